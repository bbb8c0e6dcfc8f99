//! Egress: start (room composite, web, participant, track composite, track), list
//! (following page tokens), get, stop, update layout and stream URLs, and wait
//! until a job ends.
//!
//! Every call is a Twirp call of our own with livekit-protocol types: livekit-api's
//! `list_egress` drops `next_page_token` and its start helpers always force
//! `advanced` encoding, so a request file would not reach LiveKit unchanged.

use std::time::{Duration, Instant};

use livekit_api::access_token::VideoGrants;
use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::token::rfc3339;

const SERVICE: &str = "Egress";

fn record_grants() -> VideoGrants {
    VideoGrants {
        room_record: true,
        ..Default::default()
    }
}

/// One call to the Egress service with recording grants.
async fn call<Resp>(lk: &LiveKit, method: &str, req: &impl prost::Message) -> Result<Resp>
where
    Resp: prost::Message + Default,
{
    lk.twirp(SERVICE, method, req, record_grants(), None).await
}

/// A call that changes one existing egress: its not-found error names the ID.
async fn call_on(
    lk: &LiveKit,
    method: &str,
    req: &impl prost::Message,
    egress_id: &str,
) -> Result<Egress> {
    call::<proto::EgressInfo>(lk, method, req)
        .await
        .map(Egress::from)
        .map_err(|e| not_found_egress(e, egress_id))
}

/// One egress job as lkctl shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Egress {
    pub egress_id: String,
    pub room_name: String,
    pub room_id: String,
    /// `room_composite`, `web`, `participant`, `track_composite`, `track`, `egress` or `unknown`.
    pub kind: String,
    /// `starting`, `active`, `ending`, `complete`, `failed`, `aborted` or `limit_reached`.
    pub status: String,
    /// RFC 3339, empty until started.
    pub started_at: String,
    pub ended_at: String,
    pub updated_at: String,
    pub error: String,
    pub files: Vec<EgressFile>,
    pub segments: Vec<EgressSegments>,
    pub streams: Vec<EgressStream>,
    pub images: Vec<EgressImages>,
}

/// A file written by an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EgressFile {
    pub filename: String,
    pub location: String,
    pub size: i64,
    pub duration_secs: f64,
}

/// An HLS playlist written by an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EgressSegments {
    pub playlist_name: String,
    pub playlist_location: String,
    pub live_playlist_name: String,
    pub segment_count: i64,
    pub size: i64,
    pub duration_secs: f64,
}

/// A stream (RTMP, SRT, WebSocket) of an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EgressStream {
    pub url: String,
    /// `active`, `finished` or `failed`.
    pub status: String,
    pub error: String,
}

/// Images captured by an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EgressImages {
    pub filename_prefix: String,
    pub image_count: i64,
}

/// LiveKit's egress worker writes timestamps in nanoseconds.
fn ns_to_rfc3339(ns: i64) -> String {
    if ns <= 0 {
        String::new()
    } else {
        rfc3339((ns / 1_000_000_000) as u64)
    }
}

fn ns_to_secs(ns: i64) -> f64 {
    ns as f64 / 1e9
}

/// The lower-case name of an `EgressStatus`.
pub fn status_name(v: i32) -> &'static str {
    use proto::EgressStatus as S;
    match S::try_from(v) {
        Ok(S::EgressStarting) => "starting",
        Ok(S::EgressActive) => "active",
        Ok(S::EgressEnding) => "ending",
        Ok(S::EgressComplete) => "complete",
        Ok(S::EgressFailed) => "failed",
        Ok(S::EgressAborted) => "aborted",
        Ok(S::EgressLimitReached) => "limit_reached",
        _ => "unknown",
    }
}

impl Egress {
    /// True once LiveKit will not change the job any more.
    pub fn has_ended(&self) -> bool {
        matches!(
            self.status.as_str(),
            "complete" | "failed" | "aborted" | "limit_reached"
        )
    }

    /// True when the job ended without producing its outputs.
    pub fn has_failed(&self) -> bool {
        matches!(self.status.as_str(), "failed" | "aborted")
    }
}

impl From<proto::EgressInfo> for Egress {
    fn from(e: proto::EgressInfo) -> Self {
        use proto::egress_info::Request as R;
        let kind = match &e.request {
            Some(R::RoomComposite(_)) => "room_composite",
            Some(R::Web(_)) => "web",
            Some(R::Participant(_)) => "participant",
            Some(R::TrackComposite(_)) => "track_composite",
            Some(R::Track(_)) => "track",
            Some(R::Egress(_)) => "egress",
            _ => "unknown",
        };
        #[allow(deprecated)]
        let mut file_results = e.file_results.clone();
        #[allow(deprecated)]
        let mut segment_results = e.segment_results.clone();
        #[allow(deprecated)]
        let mut stream_results = e.stream_results.clone();
        // Old servers fill only the deprecated single `result`.
        #[allow(deprecated)]
        match &e.result {
            Some(proto::egress_info::Result::File(f)) if file_results.is_empty() => {
                file_results.push(f.clone())
            }
            Some(proto::egress_info::Result::Segments(s)) if segment_results.is_empty() => {
                segment_results.push(s.clone())
            }
            Some(proto::egress_info::Result::Stream(s)) if stream_results.is_empty() => {
                stream_results = s.info.clone()
            }
            _ => {}
        }
        Self {
            kind: kind.into(),
            status: status_name(e.status).into(),
            started_at: ns_to_rfc3339(e.started_at),
            ended_at: ns_to_rfc3339(e.ended_at),
            updated_at: ns_to_rfc3339(e.updated_at),
            files: file_results
                .into_iter()
                .map(|f| EgressFile {
                    filename: f.filename,
                    location: f.location,
                    size: f.size,
                    duration_secs: ns_to_secs(f.duration),
                })
                .collect(),
            segments: segment_results
                .into_iter()
                .map(|s| EgressSegments {
                    playlist_name: s.playlist_name,
                    playlist_location: s.playlist_location,
                    live_playlist_name: s.live_playlist_name,
                    segment_count: s.segment_count,
                    size: s.size,
                    duration_secs: ns_to_secs(s.duration),
                })
                .collect(),
            streams: stream_results
                .into_iter()
                .map(|s| EgressStream {
                    url: s.url,
                    status: match proto::stream_info::Status::try_from(s.status) {
                        Ok(proto::stream_info::Status::Active) => "active",
                        Ok(proto::stream_info::Status::Finished) => "finished",
                        Ok(proto::stream_info::Status::Failed) => "failed",
                        Err(_) => "unknown",
                    }
                    .into(),
                    error: s.error,
                })
                .collect(),
            images: e
                .image_results
                .into_iter()
                .map(|i| EgressImages {
                    filename_prefix: i.filename_prefix,
                    image_count: i.image_count,
                })
                .collect(),
            egress_id: e.egress_id,
            room_name: e.room_name,
            room_id: e.room_id,
            error: e.error,
        }
    }
}

/// Where an egress uploads its files; `None` keeps them on the egress worker.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Upload {
    #[default]
    Local,
    S3(Box<proto::S3Upload>),
    Gcp(proto::GcpUpload),
    Azure(proto::AzureBlobUpload),
}

/// The outputs common to composite, web and participant egress, from flags.
#[derive(Debug, Clone, Default)]
pub struct Outputs {
    /// MP4/OGG file path or template, e.g. `{room_name}-{time}.mp4`.
    pub file: Option<String>,
    /// `mp4` or `ogg` (default: from the file's extension).
    pub file_type: Option<String>,
    /// HLS segments: filename prefix.
    pub segments_prefix: Option<String>,
    pub playlist_name: Option<String>,
    pub live_playlist_name: Option<String>,
    /// Segment length in seconds (0: server default, 4 s).
    pub segment_duration: u32,
    /// RTMP/SRT/WebSocket URLs to stream to.
    pub stream_urls: Vec<String>,
    pub upload: Upload,
}

fn file_type(name: Option<&str>, path: &str) -> Result<i32> {
    let ext = match name {
        Some(n) => n.to_ascii_lowercase(),
        None => path
            .rsplit_once('.')
            .map(|(_, e)| e.to_ascii_lowercase())
            .unwrap_or_default(),
    };
    Ok(match ext.as_str() {
        "mp4" => proto::EncodedFileType::Mp4 as i32,
        "ogg" => proto::EncodedFileType::Ogg as i32,
        "mp3" => proto::EncodedFileType::Mp3 as i32,
        "" | "default" => proto::EncodedFileType::DefaultFiletype as i32,
        other if name.is_some() => {
            return Err(Error::invalid(
                "file type",
                format!("`{other}` is not one of mp4, ogg, mp3"),
            ));
        }
        _ => proto::EncodedFileType::DefaultFiletype as i32,
    })
}

fn stream_protocol(urls: &[String]) -> i32 {
    let first = urls.first().map(String::as_str).unwrap_or_default();
    if first.starts_with("srt://") {
        proto::StreamProtocol::Srt as i32
    } else if first.starts_with("ws://") || first.starts_with("wss://") {
        proto::StreamProtocol::Websocket as i32
    } else {
        proto::StreamProtocol::Rtmp as i32
    }
}

/// The upload settings as one of the protocol's per-output `Output` enums, which all have
/// the same `S3`, `Gcp` and `Azure` variants but no common type.
macro_rules! upload_output {
    ($upload:expr, $output:path) => {{
        use $output as Output;
        match $upload {
            Upload::Local => None,
            Upload::S3(s) => Some(Output::S3((**s).clone())),
            Upload::Gcp(g) => Some(Output::Gcp(g.clone())),
            Upload::Azure(a) => Some(Output::Azure(a.clone())),
        }
    }};
}

/// Outputs as the v1 request fields: (files, streams, segments).
type V1Outputs = (
    Vec<proto::EncodedFileOutput>,
    Vec<proto::StreamOutput>,
    Vec<proto::SegmentedFileOutput>,
);

impl Outputs {
    /// True when no output is configured.
    pub fn is_empty(&self) -> bool {
        self.file.is_none() && self.segments_prefix.is_none() && self.stream_urls.is_empty()
    }

    fn build(&self) -> Result<V1Outputs> {
        if self.is_empty() {
            return Err(Error::invalid(
                "outputs",
                "give at least one of --file, --segments or --stream (or the whole request with --request)",
            ));
        }
        for url in &self.stream_urls {
            if !["rtmp://", "rtmps://", "srt://", "ws://", "wss://"]
                .iter()
                .any(|p| url.starts_with(p))
            {
                return Err(Error::invalid(
                    "stream url",
                    format!("`{url}` must start with rtmp(s)://, srt:// or ws(s)://"),
                ));
            }
        }
        let files = match &self.file {
            Some(path) => vec![proto::EncodedFileOutput {
                file_type: file_type(self.file_type.as_deref(), path)?,
                filepath: path.clone(),
                output: upload_output!(&self.upload, proto::encoded_file_output::Output),
                ..Default::default()
            }],
            None => vec![],
        };
        let segments = match &self.segments_prefix {
            Some(prefix) => vec![proto::SegmentedFileOutput {
                protocol: proto::SegmentedFileProtocol::HlsProtocol as i32,
                filename_prefix: prefix.clone(),
                playlist_name: self
                    .playlist_name
                    .clone()
                    .unwrap_or_else(|| format!("{prefix}.m3u8")),
                live_playlist_name: self.live_playlist_name.clone().unwrap_or_default(),
                segment_duration: self.segment_duration,
                output: upload_output!(&self.upload, proto::segmented_file_output::Output),
                ..Default::default()
            }],
            None => vec![],
        };
        let streams = if self.stream_urls.is_empty() {
            vec![]
        } else {
            vec![proto::StreamOutput {
                protocol: stream_protocol(&self.stream_urls),
                urls: self.stream_urls.clone(),
            }]
        };
        Ok((files, streams, segments))
    }

    /// The output of a track egress: a direct file with the same upload settings.
    fn direct_file(&self, path: &str) -> proto::DirectFileOutput {
        proto::DirectFileOutput {
            filepath: path.to_string(),
            output: upload_output!(&self.upload, proto::direct_file_output::Output),
            ..Default::default()
        }
    }
}

/// An encoding preset name (`h264-720p-30`, `H264_1080P_60`, ...) as the protocol value.
pub fn preset_from_name(name: &str) -> Result<i32> {
    let canon = name.to_ascii_uppercase().replace('-', "_");
    proto::EncodingOptionsPreset::from_str_name(&canon).map(|p| p as i32).ok_or_else(|| {
        Error::invalid(
            "preset",
            format!(
                "`{name}` is not a preset; use one of h264-720p-30, h264-720p-60, h264-1080p-30, \
                 h264-1080p-60, portrait-h264-720p-30, portrait-h264-720p-60, portrait-h264-1080p-30, \
                 portrait-h264-1080p-60"
            ),
        )
    })
}

/// The `--preset` of a start request, when given.
fn preset(name: Option<&str>) -> Result<Option<i32>> {
    name.map(preset_from_name).transpose()
}

/// What to start: one request type per egress kind.
#[derive(Debug, Clone)]
pub enum StartRequest {
    RoomComposite(proto::RoomCompositeEgressRequest),
    Web(proto::WebEgressRequest),
    Participant(proto::ParticipantEgressRequest),
    TrackComposite(proto::TrackCompositeEgressRequest),
    Track(proto::TrackEgressRequest),
}

/// Flags of `egress start room-composite`.
#[derive(Debug, Clone, Default)]
pub struct RoomCompositeOptions {
    pub room: String,
    pub layout: String,
    pub audio_only: bool,
    pub video_only: bool,
    pub custom_base_url: String,
    pub preset: Option<String>,
    pub outputs: Outputs,
}

/// Flags of `egress start web`.
#[derive(Debug, Clone, Default)]
pub struct WebOptions {
    pub url: String,
    pub audio_only: bool,
    pub video_only: bool,
    pub await_start_signal: bool,
    pub preset: Option<String>,
    pub outputs: Outputs,
}

/// Flags of `egress start participant`.
#[derive(Debug, Clone, Default)]
pub struct ParticipantOptions {
    pub room: String,
    pub identity: String,
    pub screen_share: bool,
    pub preset: Option<String>,
    pub outputs: Outputs,
}

/// Flags of `egress start track-composite`.
#[derive(Debug, Clone, Default)]
pub struct TrackCompositeOptions {
    pub room: String,
    pub audio_track_id: String,
    pub video_track_id: String,
    pub preset: Option<String>,
    pub outputs: Outputs,
}

/// Flags of `egress start track`: a file or a WebSocket URL.
#[derive(Debug, Clone, Default)]
pub struct TrackOptions {
    pub room: String,
    pub track_id: String,
    pub websocket_url: Option<String>,
    pub outputs: Outputs,
}

fn need(field: &'static str, value: &str, flag: &str) -> Result<()> {
    if value.trim().is_empty() {
        return Err(Error::invalid(field, format!("is required; pass {flag}")));
    }
    Ok(())
}

impl StartRequest {
    pub fn room_composite(o: RoomCompositeOptions) -> Result<Self> {
        need("room", &o.room, "--room")?;
        if o.audio_only && o.video_only {
            return Err(Error::invalid(
                "audio/video",
                "--audio-only and --video-only exclude each other",
            ));
        }
        let (file_outputs, stream_outputs, segment_outputs) = o.outputs.build()?;
        let options =
            preset(o.preset.as_deref())?.map(proto::room_composite_egress_request::Options::Preset);
        Ok(Self::RoomComposite(proto::RoomCompositeEgressRequest {
            room_name: o.room,
            layout: o.layout,
            audio_only: o.audio_only,
            video_only: o.video_only,
            custom_base_url: o.custom_base_url,
            file_outputs,
            stream_outputs,
            segment_outputs,
            options,
            ..Default::default()
        }))
    }

    pub fn web(o: WebOptions) -> Result<Self> {
        need("url", &o.url, "the page URL")?;
        url::Url::parse(&o.url)
            .map_err(|e| Error::invalid("url", format!("`{}` is not a URL: {e}", o.url)))?;
        let (file_outputs, stream_outputs, segment_outputs) = o.outputs.build()?;
        let options = preset(o.preset.as_deref())?.map(proto::web_egress_request::Options::Preset);
        Ok(Self::Web(proto::WebEgressRequest {
            url: o.url,
            audio_only: o.audio_only,
            video_only: o.video_only,
            await_start_signal: o.await_start_signal,
            file_outputs,
            stream_outputs,
            segment_outputs,
            options,
            ..Default::default()
        }))
    }

    pub fn participant(o: ParticipantOptions) -> Result<Self> {
        need("room", &o.room, "--room")?;
        need("identity", &o.identity, "--identity")?;
        let (file_outputs, stream_outputs, segment_outputs) = o.outputs.build()?;
        let options =
            preset(o.preset.as_deref())?.map(proto::participant_egress_request::Options::Preset);
        Ok(Self::Participant(proto::ParticipantEgressRequest {
            room_name: o.room,
            identity: o.identity,
            screen_share: o.screen_share,
            file_outputs,
            stream_outputs,
            segment_outputs,
            options,
            ..Default::default()
        }))
    }

    pub fn track_composite(o: TrackCompositeOptions) -> Result<Self> {
        need("room", &o.room, "--room")?;
        if o.audio_track_id.is_empty() && o.video_track_id.is_empty() {
            return Err(Error::invalid(
                "tracks",
                "give --audio-track, --video-track or both",
            ));
        }
        let (file_outputs, stream_outputs, segment_outputs) = o.outputs.build()?;
        let options = preset(o.preset.as_deref())?
            .map(proto::track_composite_egress_request::Options::Preset);
        Ok(Self::TrackComposite(proto::TrackCompositeEgressRequest {
            room_name: o.room,
            audio_track_id: o.audio_track_id,
            video_track_id: o.video_track_id,
            file_outputs,
            stream_outputs,
            segment_outputs,
            options,
            ..Default::default()
        }))
    }

    pub fn track(o: TrackOptions) -> Result<Self> {
        need("room", &o.room, "--room")?;
        need("track", &o.track_id, "--track")?;
        let output = match (&o.websocket_url, &o.outputs.file) {
            (Some(_), Some(_)) => {
                return Err(Error::invalid(
                    "output",
                    "--websocket and --file exclude each other",
                ));
            }
            (Some(ws), None) => {
                if !(ws.starts_with("ws://") || ws.starts_with("wss://")) {
                    return Err(Error::invalid(
                        "websocket url",
                        format!("`{ws}` must start with ws:// or wss://"),
                    ));
                }
                proto::track_egress_request::Output::WebsocketUrl(ws.clone())
            }
            (None, Some(path)) => {
                proto::track_egress_request::Output::File(o.outputs.direct_file(path))
            }
            (None, None) => {
                return Err(Error::invalid(
                    "output",
                    "give --file PATH or --websocket URL",
                ));
            }
        };
        if o.outputs.segments_prefix.is_some() || !o.outputs.stream_urls.is_empty() {
            return Err(Error::invalid(
                "output",
                "track egress writes one file or one WebSocket stream",
            ));
        }
        Ok(Self::Track(proto::TrackEgressRequest {
            room_name: o.room,
            track_id: o.track_id,
            output: Some(output),
            ..Default::default()
        }))
    }

    /// The request given in full in a file (JSON or YAML; `-` for stdin) for `kind`.
    pub fn from_file(kind: &str, path: &str) -> Result<Self> {
        use super::request_file::read;
        Ok(match kind {
            "room-composite" => Self::RoomComposite(read(path)?),
            "web" => Self::Web(read(path)?),
            "participant" => Self::Participant(read(path)?),
            "track-composite" => Self::TrackComposite(read(path)?),
            "track" => Self::Track(read(path)?),
            other => {
                return Err(Error::invalid(
                    "egress kind",
                    format!("`{other}` is not an egress kind"),
                ));
            }
        })
    }

    /// Override the room of a request read from a file (`--room` wins).
    pub fn set_room(&mut self, room: &str) {
        match self {
            Self::RoomComposite(r) => r.room_name = room.into(),
            Self::Participant(r) => r.room_name = room.into(),
            Self::TrackComposite(r) => r.room_name = room.into(),
            Self::Track(r) => r.room_name = room.into(),
            Self::Web(_) => {}
        }
    }

    fn room(&self) -> &str {
        match self {
            Self::RoomComposite(r) => &r.room_name,
            Self::Participant(r) => &r.room_name,
            Self::TrackComposite(r) => &r.room_name,
            Self::Track(r) => &r.room_name,
            Self::Web(_) => "",
        }
    }
}

/// Start an egress.
pub async fn start(lk: &LiveKit, req: StartRequest) -> Result<Egress> {
    let room = req.room().to_string();
    let result: Result<proto::EgressInfo> = match &req {
        StartRequest::RoomComposite(r) => call(lk, "StartRoomCompositeEgress", r).await,
        StartRequest::Web(r) => call(lk, "StartWebEgress", r).await,
        StartRequest::Participant(r) => call(lk, "StartParticipantEgress", r).await,
        StartRequest::TrackComposite(r) => call(lk, "StartTrackCompositeEgress", r).await,
        StartRequest::Track(r) => call(lk, "StartTrackEgress", r).await,
    };
    match result {
        Ok(info) => Ok(info.into()),
        Err(e) if room.is_empty() => Err(e),
        Err(e) => Err(super::rooms::not_found_room(e, &room)),
    }
}

/// Filters of `egress list`.
#[derive(Debug, Clone, Default)]
pub struct ListEgress {
    pub room: Option<String>,
    pub egress_id: Option<String>,
    /// Only jobs that have not ended.
    pub active: bool,
    /// Stop after this many (0: all).
    pub limit: usize,
}

/// List egress jobs, following `next_page_token` until done or `limit` is reached.
pub async fn list(lk: &LiveKit, filter: &ListEgress) -> Result<Vec<Egress>> {
    let mut out = Vec::new();
    let mut token: Option<proto::TokenPagination> = None;
    // A misbehaving server repeating a token must not loop forever.
    let mut seen = std::collections::HashSet::new();
    loop {
        let req = proto::ListEgressRequest {
            room_name: filter.room.clone().unwrap_or_default(),
            egress_id: filter.egress_id.clone().unwrap_or_default(),
            active: filter.active,
            page_token: token.clone(),
        };
        let resp: proto::ListEgressResponse = call(lk, "ListEgress", &req).await?;
        out.extend(resp.items.into_iter().map(Egress::from));
        if filter.limit > 0 && out.len() >= filter.limit {
            out.truncate(filter.limit);
            break;
        }
        match resp.next_page_token {
            Some(t) if !t.token.is_empty() && seen.insert(t.token.clone()) => token = Some(t),
            _ => break,
        }
    }
    Ok(out)
}

/// One egress by ID.
pub async fn get(lk: &LiveKit, egress_id: &str) -> Result<Egress> {
    validate_id(egress_id)?;
    let filter = ListEgress {
        egress_id: Some(egress_id.to_string()),
        ..Default::default()
    };
    list(lk, &filter)
        .await?
        .into_iter()
        .find(|e| e.egress_id == egress_id)
        .ok_or_else(|| Error::NotFound {
            what: "egress",
            id: egress_id.to_string(),
        })
}

fn validate_id(id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::invalid("egress id", "must not be empty"));
    }
    Ok(())
}

/// Name the egress in LiveKit's not-found message.
fn not_found_egress(e: Error, id: &str) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } if code == "not_found" && !message.contains(id) => Error::LiveKit {
            code,
            message: format!("{message} (egress `{id}`)"),
            meta,
        },
        other => other,
    }
}

/// Stop one egress.
pub async fn stop(lk: &LiveKit, egress_id: &str) -> Result<Egress> {
    validate_id(egress_id)?;
    let req = proto::StopEgressRequest {
        egress_id: egress_id.to_string(),
    };
    call_on(lk, "StopEgress", &req, egress_id).await
}

/// The outcome of stopping one egress of many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StopOutcome {
    pub egress_id: String,
    /// `stopped` or `failed`.
    pub outcome: String,
    /// The job's status after the stop, or empty when it failed.
    pub status: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// Stop several egress jobs, one report per ID, in order.
pub async fn stop_many(lk: &LiveKit, ids: &[String]) -> Vec<StopOutcome> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.push(match stop(lk, id).await {
            Ok(e) => StopOutcome {
                egress_id: id.clone(),
                outcome: "stopped".into(),
                status: e.status,
                error: None,
            },
            Err(e) => StopOutcome {
                egress_id: id.clone(),
                outcome: "failed".into(),
                status: String::new(),
                error: Some(e.to_string()),
            },
        });
    }
    out
}

/// `Error::Partial` when any stop failed.
pub fn check_stop_outcomes(outcomes: &[StopOutcome]) -> Result<()> {
    let failed = outcomes.iter().filter(|o| o.outcome == "failed").count();
    if failed > 0 {
        return Err(Error::Partial {
            what: "egress stops",
            failed,
            total: outcomes.len(),
        });
    }
    Ok(())
}

/// Change the layout of a running room composite egress.
pub async fn update_layout(lk: &LiveKit, egress_id: &str, layout: &str) -> Result<Egress> {
    validate_id(egress_id)?;
    if layout.is_empty() {
        return Err(Error::invalid(
            "layout",
            "must not be empty (e.g. grid, speaker, single-speaker)",
        ));
    }
    let req = proto::UpdateLayoutRequest {
        egress_id: egress_id.into(),
        layout: layout.into(),
    };
    call_on(lk, "UpdateLayout", &req, egress_id).await
}

/// Add or remove stream URLs of a running egress.
pub async fn update_stream(
    lk: &LiveKit,
    egress_id: &str,
    add: &[String],
    remove: &[String],
) -> Result<Egress> {
    validate_id(egress_id)?;
    if add.is_empty() && remove.is_empty() {
        return Err(Error::invalid(
            "update",
            "nothing to change; pass --add-url or --remove-url",
        ));
    }
    let req = proto::UpdateStreamRequest {
        egress_id: egress_id.into(),
        add_output_urls: add.to_vec(),
        remove_output_urls: remove.to_vec(),
    };
    call_on(lk, "UpdateStream", &req, egress_id).await
}

/// How `wait` polls.
#[derive(Debug, Clone, Copy)]
pub struct WaitOptions {
    pub poll_interval: Duration,
    /// Give up after this long (`None`: wait forever).
    pub timeout: Option<Duration>,
}

impl Default for WaitOptions {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_secs(2),
            timeout: None,
        }
    }
}

/// Poll until the egress ends; `on_change` sees every status change. Returns the
/// ended job whatever its outcome: see [`check_ended`] to turn failures into errors.
pub async fn wait(
    lk: &LiveKit,
    egress_id: &str,
    opts: WaitOptions,
    on_change: &mut (dyn FnMut(&Egress) + Send),
) -> Result<Egress> {
    let started = Instant::now();
    let mut last_status = String::new();
    loop {
        let e = get(lk, egress_id).await?;
        if e.status != last_status {
            last_status = e.status.clone();
            on_change(&e);
        }
        if e.has_ended() {
            return Ok(e);
        }
        if let Some(t) = opts.timeout
            && started.elapsed() >= t
        {
            return Err(Error::Unavailable {
                url: lk.url().to_string(),
                reason: format!(
                    "egress {egress_id} is still {} after {}s; raise --wait-timeout",
                    e.status,
                    t.as_secs()
                ),
            });
        }
        tokio::time::sleep(opts.poll_interval).await;
    }
}

/// An error for an egress that ended badly (failed or aborted), `Ok` otherwise.
pub fn check_ended(e: &Egress) -> Result<()> {
    if e.has_failed() {
        let reason = if e.error.is_empty() {
            "no reason given".to_string()
        } else {
            e.error.clone()
        };
        return Err(Error::Failed {
            what: "egress",
            id: e.egress_id.clone(),
            reason: format!("{} ({reason})", e.status),
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn outputs_need_something() {
        assert!(Outputs::default().build().is_err());
        let o = Outputs {
            file: Some("a.mp4".into()),
            ..Default::default()
        };
        let (f, s, g) = o.build().unwrap();
        assert_eq!(f[0].file_type, proto::EncodedFileType::Mp4 as i32);
        assert!(s.is_empty() && g.is_empty());
    }

    #[test]
    fn stream_urls_are_checked() {
        let o = Outputs {
            stream_urls: vec!["http://x".into()],
            ..Default::default()
        };
        assert!(o.build().is_err());
        let o = Outputs {
            stream_urls: vec!["rtmp://x/live".into()],
            ..Default::default()
        };
        assert_eq!(
            o.build().unwrap().1[0].protocol,
            proto::StreamProtocol::Rtmp as i32
        );
    }

    #[test]
    fn presets_parse() {
        assert_eq!(
            preset_from_name("h264-1080p-60").unwrap(),
            proto::EncodingOptionsPreset::H2641080p60 as i32
        );
        assert!(preset_from_name("4k").is_err());
    }

    #[test]
    fn track_egress_takes_websocket_or_file() {
        let o = TrackOptions {
            room: "r".into(),
            track_id: "TR_1".into(),
            websocket_url: Some("ws://127.0.0.1:9/a".into()),
            ..Default::default()
        };
        assert!(matches!(
            StartRequest::track(o.clone()).unwrap(),
            StartRequest::Track(_)
        ));
        let bad = TrackOptions {
            websocket_url: Some("http://x".into()),
            ..o
        };
        assert!(StartRequest::track(bad).is_err());
    }

    #[test]
    fn status_and_times_convert() {
        let info = proto::EgressInfo {
            egress_id: "EG_1".into(),
            status: proto::EgressStatus::EgressComplete as i32,
            started_at: 1_700_000_000_000_000_000,
            file_results: vec![proto::FileInfo {
                filename: "a.mp4".into(),
                size: 5,
                duration: 2_000_000_000,
                ..Default::default()
            }],
            ..Default::default()
        };
        let e = Egress::from(info);
        assert_eq!(e.status, "complete");
        assert!(e.has_ended() && !e.has_failed());
        assert_eq!(e.started_at, "2023-11-14T22:13:20Z");
        assert_eq!(e.files[0].duration_secs, 2.0);
        assert!(check_ended(&e).is_ok());
    }
}
