//! Start requests: typed options (outputs, upload target, preset) or a request file, turned
//! into LiveKit's per-kind start messages. Front ends never build protobuf themselves.

use livekit_protocol as proto;

use crate::config::S3Settings;
use crate::error::{Error, Result};
use crate::request_file::RequestText;
use crate::secret::Secret;

/// Where an egress uploads its files; [`Upload::Local`] keeps them on the egress worker.
#[derive(Debug, Clone, Default, PartialEq)]
pub enum Upload {
    #[default]
    Local,
    /// An S3 (or S3-compatible) bucket.
    S3(S3Upload),
    /// A Google Cloud Storage bucket.
    Gcp {
        bucket: String,
        /// The service account's JSON key (empty: the egress worker's own credentials).
        credentials: String,
    },
    /// An Azure storage container.
    Azure {
        account: String,
        key: Secret,
        container: String,
    },
}

/// An S3 upload target.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct S3Upload {
    pub bucket: String,
    /// Empty: the egress worker's default.
    pub region: String,
    /// S3-compatible endpoint (MinIO, R2, ...); `None` for AWS.
    pub endpoint: Option<String>,
    pub access_key: String,
    pub secret: Secret,
    /// Path-style addressing (endpoint/bucket/key).
    pub force_path_style: bool,
}

impl From<&S3Settings> for S3Upload {
    fn from(s: &S3Settings) -> Self {
        Self {
            bucket: s.bucket.clone(),
            region: s.region.clone(),
            endpoint: s.endpoint.clone(),
            access_key: s.access_key.clone(),
            secret: s.secret_key.clone(),
            force_path_style: s.path_style,
        }
    }
}

impl Upload {
    /// The upload target of a start request: the one given explicitly (flags, a form);
    /// otherwise the profile's S3 settings when they set `egress_upload = true`; otherwise
    /// the egress worker's disk.
    pub fn choose(explicit: Option<Upload>, profile_s3: Option<&S3Settings>) -> Upload {
        match (explicit, profile_s3) {
            (Some(upload), _) => upload,
            (None, Some(s3)) if s3.egress_upload => Upload::S3(S3Upload::from(s3)),
            (None, _) => Upload::Local,
        }
    }

    fn s3_proto(s: &S3Upload) -> proto::S3Upload {
        proto::S3Upload {
            bucket: s.bucket.clone(),
            region: s.region.clone(),
            endpoint: s.endpoint.clone().unwrap_or_default(),
            access_key: s.access_key.clone(),
            secret: s.secret.expose().to_string(),
            force_path_style: s.force_path_style,
            ..Default::default()
        }
    }

    fn gcp_proto(bucket: &str, credentials: &str) -> proto::GcpUpload {
        proto::GcpUpload {
            credentials: credentials.to_string(),
            bucket: bucket.to_string(),
            proxy: None,
        }
    }

    fn azure_proto(account: &str, key: &Secret, container: &str) -> proto::AzureBlobUpload {
        proto::AzureBlobUpload {
            account_name: account.to_string(),
            account_key: key.expose().to_string(),
            container_name: container.to_string(),
        }
    }
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
            Upload::S3(s) => Some(Output::S3(Upload::s3_proto(s))),
            Upload::Gcp {
                bucket,
                credentials,
            } => Some(Output::Gcp(Upload::gcp_proto(bucket, credentials))),
            Upload::Azure {
                account,
                key,
                container,
            } => Some(Output::Azure(Upload::azure_proto(account, key, container))),
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

    /// The request given in full in a file (JSON or YAML) for `kind`.
    pub fn from_file(kind: &str, req: &RequestText) -> Result<Self> {
        Ok(match kind {
            "room-composite" => Self::RoomComposite(req.parse()?),
            "web" => Self::Web(req.parse()?),
            "participant" => Self::Participant(req.parse()?),
            "track-composite" => Self::TrackComposite(req.parse()?),
            "track" => Self::Track(req.parse()?),
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

    pub(super) fn room(&self) -> &str {
        match self {
            Self::RoomComposite(r) => &r.room_name,
            Self::Participant(r) => &r.room_name,
            Self::TrackComposite(r) => &r.room_name,
            Self::Track(r) => &r.room_name,
            Self::Web(_) => "",
        }
    }
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
}
