//! `livekit.Egress` (LIVEKIT.md §2.2): jobs with a life cycle but no media.
//!
//! A new job is STARTING, becomes ACTIVE after [`EgressState::activate_after`], and
//! StopEgress moves it to ENDING and then COMPLETE after [`EgressState::end_after`],
//! with file, segment and stream results derived from the request (file names from
//! the filepath template, locations from the upload settings, sizes from
//! [`EgressState::result_size`]). Tests end jobs directly with
//! [`Control::finish_egress`] and [`Control::fail_egress`]. Every transition emits
//! `egress_started`, `egress_updated` or `egress_ended`. ListEgress pages with
//! opaque tokens ([`EgressState::page_size`] items per page).
//!
//! Longer than our ~600-line mark on purpose: one LiveKit service with one job life cycle;
//! request validation and result derivation differ per egress kind but share that life cycle.

use std::collections::BTreeMap;
use std::time::Duration;

use async_trait::async_trait;
use livekit_protocol as proto;
use proto::EgressStatus as S;
use proto::egress_info::Request as R;

use super::Emulator;
use super::control::Control;
use super::error::{Code, TwirpError};
use super::ids;
use super::rooms::ROOM_NOT_FOUND;
use super::service::{CallCtx, Reply, Request, TwirpService};
use super::state::State;

/// LiveKit's message for an unknown egress ID.
pub(crate) const EGRESS_NOT_FOUND: &str = "egress does not exist";
/// `EgressInfo.details` of a job whose room closed (`livekit.EndReasonSrcClosed`).
pub(crate) const END_REASON_SRC_CLOSED: &str = "End reason: Source closed";
/// `EgressInfo.error` of a job that had not started when it was stopped.
pub(crate) const MSG_STOPPED_BEFORE_STARTED: &str = "Stop called before pipeline could start";
/// ID prefix of egress jobs.
pub(crate) const EGRESS_PREFIX: &str = "EG_";

/// Egress jobs and the knobs of their simulated life cycle.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub(crate) struct EgressState {
    /// Jobs by ID, in creation order of their IDs' insertion.
    pub jobs: BTreeMap<String, proto::EgressInfo>,
    /// Creation order, for stable listing.
    pub order: Vec<String>,
    /// STARTING → ACTIVE after this long (`None`: stay STARTING until told).
    pub activate_after: Option<Duration>,
    /// ENDING → COMPLETE after StopEgress, after this long.
    pub end_after: Duration,
    /// Size reported for every file and playlist result.
    pub result_size: i64,
    /// ListEgress items per page.
    pub page_size: usize,
    /// Steps waiting for their time (see `schedule`).
    pub timers: Vec<Timer>,
    /// Audio attached to tracks (by track sid) for WebSocket track egress.
    pub track_audio: std::collections::HashMap<String, super::egress_ws::TrackAudio>,
    /// How often a WebSocket track egress pings its peer.
    pub ws_ping_interval: Duration,
}

impl Default for EgressState {
    fn default() -> Self {
        Self {
            jobs: BTreeMap::new(),
            order: Vec::new(),
            activate_after: Some(Duration::from_millis(50)),
            end_after: Duration::from_millis(50),
            result_size: 1_048_576,
            page_size: 100,
            timers: Vec::new(),
            track_audio: Default::default(),
            ws_ping_interval: Duration::from_secs(30),
        }
    }
}

pub(crate) struct EgressService;

#[async_trait]
impl TwirpService for EgressService {
    fn name(&self) -> &'static str {
        "Egress"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        ctx.grants.room_record()?;
        match method {
            "StartRoomCompositeEgress" => {
                let r: proto::RoomCompositeEgressRequest = req.decode()?;
                if r.file_outputs.is_empty()
                    && r.stream_outputs.is_empty()
                    && r.segment_outputs.is_empty()
                    && r.image_outputs.is_empty()
                    && r.output.is_none()
                {
                    return Err(no_outputs());
                }
                start(ctx, r.room_name.clone(), R::RoomComposite(r))
            }
            "StartWebEgress" => {
                let r: proto::WebEgressRequest = req.decode()?;
                if r.url.is_empty() {
                    return Err(TwirpError::invalid_argument("url is required"));
                }
                if r.file_outputs.is_empty()
                    && r.stream_outputs.is_empty()
                    && r.segment_outputs.is_empty()
                    && r.image_outputs.is_empty()
                    && r.output.is_none()
                {
                    return Err(no_outputs());
                }
                start(ctx, String::new(), R::Web(r))
            }
            "StartParticipantEgress" => {
                let r: proto::ParticipantEgressRequest = req.decode()?;
                if r.identity.is_empty() {
                    return Err(TwirpError::invalid_argument("identity is required"));
                }
                if r.file_outputs.is_empty()
                    && r.stream_outputs.is_empty()
                    && r.segment_outputs.is_empty()
                    && r.image_outputs.is_empty()
                {
                    return Err(no_outputs());
                }
                start(ctx, r.room_name.clone(), R::Participant(r))
            }
            "StartTrackCompositeEgress" => {
                let r: proto::TrackCompositeEgressRequest = req.decode()?;
                if r.file_outputs.is_empty()
                    && r.stream_outputs.is_empty()
                    && r.segment_outputs.is_empty()
                    && r.image_outputs.is_empty()
                    && r.output.is_none()
                {
                    return Err(no_outputs());
                }
                start(ctx, r.room_name.clone(), R::TrackComposite(r))
            }
            "StartTrackEgress" => {
                let r: proto::TrackEgressRequest = req.decode()?;
                if r.track_id.is_empty() {
                    return Err(TwirpError::invalid_argument("track_id is required"));
                }
                if r.output.is_none() {
                    return Err(no_outputs());
                }
                start(ctx, r.room_name.clone(), R::Track(r))
            }
            "StartEgress" => {
                let r: proto::StartEgressRequest = req.decode()?;
                if r.source.is_none() {
                    return Err(TwirpError::invalid_argument(
                        "source is required (template, web or media)",
                    ));
                }
                if r.outputs.iter().all(|o| o.config.is_none()) {
                    return Err(no_outputs());
                }
                start(ctx, r.room_name.clone(), R::Egress(r))
            }
            "ListEgress" => list(ctx, req.decode()?),
            "StopEgress" => stop(ctx, req.decode()?),
            "UpdateLayout" => update_layout(ctx, req.decode()?),
            "UpdateStream" => update_stream(ctx, req.decode()?),
            _ => Err(ctx.no_handler()),
        }
    }
}

fn no_outputs() -> TwirpError {
    TwirpError::invalid_argument("no outputs given: add a file, stream, segment or image output")
}

fn event(name: &str, info: &proto::EgressInfo) -> proto::WebhookEvent {
    proto::WebhookEvent {
        event: name.into(),
        egress_info: Some(info.clone()),
        room: Some(proto::Room {
            sid: info.room_id.clone(),
            name: info.room_name.clone(),
            ..Default::default()
        }),
        ..Default::default()
    }
}

fn stream_urls(req: &R) -> Vec<String> {
    let outs: &[proto::StreamOutput] = match req {
        R::RoomComposite(r) => &r.stream_outputs,
        R::Web(r) => &r.stream_outputs,
        R::Participant(r) => &r.stream_outputs,
        R::TrackComposite(r) => &r.stream_outputs,
        _ => &[],
    };
    let mut urls: Vec<String> = outs.iter().flat_map(|o| o.urls.clone()).collect();
    if let R::Egress(e) = req {
        for o in &e.outputs {
            if let Some(proto::output::Config::Stream(st)) = &o.config {
                urls.extend(st.urls.iter().cloned());
            }
        }
    }
    if let R::Track(t) = req
        && let Some(proto::track_egress_request::Output::WebsocketUrl(u)) = &t.output
    {
        urls.push(u.clone());
    }
    urls
}

fn start(ctx: &CallCtx, room_name: String, request: R) -> Result<Reply, TwirpError> {
    let mut state = ctx.state();
    let room_id = if room_name.is_empty() {
        String::new()
    } else {
        state
            .rooms
            .get(&room_name)
            .map(|e| e.room.sid.clone())
            .ok_or_else(|| TwirpError::not_found(ROOM_NOT_FOUND))?
    };
    let source_type = match &request {
        R::RoomComposite(_) | R::Web(_) => proto::EgressSourceType::Web,
        _ => proto::EgressSourceType::Sdk,
    };
    let now = state.now_ns();
    let info = proto::EgressInfo {
        egress_id: ids::new_id(EGRESS_PREFIX),
        room_id,
        room_name,
        source_type: source_type as i32,
        status: S::EgressStarting as i32,
        updated_at: now,
        stream_results: stream_urls(&request)
            .into_iter()
            .map(|url| proto::StreamInfo {
                url,
                ..Default::default()
            })
            .collect(),
        request: Some(request),
        ..Default::default()
    };
    state
        .egress
        .jobs
        .insert(info.egress_id.clone(), info.clone());
    state.egress.order.push(info.egress_id.clone());
    state.emit(event("egress_started", &info));
    if let Some(R::Track(t)) = &info.request
        && let Some(proto::track_egress_request::Output::WebsocketUrl(url)) = &t.output
    {
        // Streamed for real: ACTIVE once the URL is dialled, FAILED when it cannot be.
        super::egress_ws::spawn(
            ctx.emulator().clone(),
            info.egress_id.clone(),
            url.clone(),
            info.room_name.clone(),
            t.track_id.clone(),
        );
    } else if let Some(after) = state.egress.activate_after {
        schedule(
            ctx.emulator(),
            &mut state,
            info.egress_id.clone(),
            after,
            Step::Activate,
        );
    }
    Ok(Reply::new(&info))
}

/// What a timer does to a job when it is due.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Step {
    Activate,
    Complete,
}

/// A job's next step, due at `due_ms` on the emulator's clock.
#[derive(Debug, Clone)]
pub(crate) struct Timer {
    due_ms: i64,
    id: String,
    step: Step,
}

/// Schedules `step` for job `id` after `after` on the emulator's clock. With the system
/// clock a background task runs it when due; with a manual clock
/// [`crate::Control::advance`] does. Takes the locked state, so it may be called with the
/// lock held.
fn schedule(emu: &Emulator, state: &mut State, id: String, after: Duration, step: Step) {
    let after_ms = i64::try_from(after.as_millis()).unwrap_or(i64::MAX);
    let due_ms = state.now_ms().saturating_add(after_ms);
    state.egress.timers.push(Timer { due_ms, id, step });
    if !state.clock.runs_by_itself() {
        return;
    }
    // Outside a runtime (sync unit tests) jobs simply stay where they are.
    let Ok(handle) = tokio::runtime::Handle::try_current() else {
        return;
    };
    let (emu, wait) = (emu.clone(), state.clock.sleep(after));
    handle.spawn(async move {
        wait.await;
        let mut state = emu.state();
        let now = state.now_ms();
        state.run_due_egress_steps(now);
    });
}

impl Timer {
    pub(crate) fn due_ms(&self) -> i64 {
        self.due_ms
    }
}

impl State {
    /// Runs every egress step due at `now_ms`, oldest due first.
    pub(crate) fn run_due_egress_steps(&mut self, now_ms: i64) {
        let (mut due, pending): (Vec<Timer>, Vec<Timer>) = std::mem::take(&mut self.egress.timers)
            .into_iter()
            .partition(|t| t.due_ms <= now_ms);
        self.egress.timers = pending;
        due.sort_by_key(|t| t.due_ms);
        for t in due {
            match t.step {
                Step::Activate => {
                    let _ = self.activate_egress(&t.id);
                }
                Step::Complete => {
                    let _ = self.end_egress(&t.id, S::EgressComplete, "");
                }
            }
        }
    }
}

/// Completes jobs a closed room left ENDING after `after` ([`EgressState::end_after`]).
/// Takes the locked state, so it may be called with the lock held.
pub(crate) fn complete_later(emu: &Emulator, state: &mut State, after: Duration, ids: Vec<String>) {
    for id in ids {
        schedule(emu, state, id, after, Step::Complete);
    }
}

/// Expand the filepath templates LiveKit documents (`{room_name}`, `{time}`, ...) for a job
/// that started at `started_ns` (Unix nanoseconds on the emulator's clock).
fn expand(template: &str, info: &proto::EgressInfo, default_ext: &str, started_ns: i64) -> String {
    let (time, utc) = time_labels(started_ns / 1_000_000);
    let identity = match &info.request {
        Some(R::Participant(p)) => p.identity.clone(),
        _ => String::new(),
    };
    let track_id = match &info.request {
        Some(R::Track(t)) => t.track_id.clone(),
        _ => String::new(),
    };
    let mut name = if template.is_empty() || template.ends_with('/') {
        format!("{template}{{room_name}}-{{time}}{default_ext}")
    } else {
        template.to_string()
    };
    for (k, v) in [
        ("{room_name}", info.room_name.as_str()),
        ("{room_id}", info.room_id.as_str()),
        ("{time}", time.as_str()),
        ("{utc}", utc.as_str()),
        ("{publisher_identity}", identity.as_str()),
        ("{track_id}", track_id.as_str()),
        ("{track_type}", "audio"),
        ("{track_source}", "microphone"),
    ] {
        name = name.replace(k, v);
    }
    if !name.contains('.') {
        name.push_str(default_ext);
    }
    name
}

/// The `{time}` and `{utc}` labels of a file name, as LiveKit's egress writes them: `{time}`
/// is `YYYY-MM-DDTHHMMSS` (Go's `2006-01-02T150405`), `{utc}` is `YYYYMMDDHHMMSS` followed
/// by the milliseconds (`20060102150405` + 3 digits). The egress service formats its host's
/// local time; the emulator uses UTC.
fn time_labels(unix_ms: i64) -> (String, String) {
    let secs = unix_ms.div_euclid(1000);
    let millis = unix_ms.rem_euclid(1000);
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    let (hh, mm, ss) = (rest / 3600, rest % 3600 / 60, rest % 60);
    (
        format!("{y:04}-{m:02}-{d:02}T{hh:02}{mm:02}{ss:02}"),
        format!("{y:04}{m:02}{d:02}{hh:02}{mm:02}{ss:02}{millis:03}"),
    )
}

/// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian calendar).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Where an upload lands, as the egress worker reports it.
fn location(upload: Option<Upload<'_>>, key: &str) -> String {
    match upload {
        Some(Upload::S3(s)) if !s.endpoint.is_empty() => {
            format!("{}/{}/{}", s.endpoint.trim_end_matches('/'), s.bucket, key)
        }
        Some(Upload::S3(s)) => format!("https://{}.s3.amazonaws.com/{key}", s.bucket),
        Some(Upload::Gcp(g)) => format!("https://storage.googleapis.com/{}/{key}", g.bucket),
        Some(Upload::Azure(a)) => {
            format!(
                "https://{}.blob.core.windows.net/{}/{key}",
                a.account_name, a.container_name
            )
        }
        Some(Upload::Other) | None => key.to_string(),
    }
}

enum Upload<'a> {
    S3(&'a proto::S3Upload),
    Gcp(&'a proto::GcpUpload),
    Azure(&'a proto::AzureBlobUpload),
    Other,
}

fn encoded_upload(o: &Option<proto::encoded_file_output::Output>) -> Option<Upload<'_>> {
    use proto::encoded_file_output::Output as O;
    o.as_ref().map(|o| match o {
        O::S3(s) => Upload::S3(s),
        O::Gcp(g) => Upload::Gcp(g),
        O::Azure(a) => Upload::Azure(a),
        _ => Upload::Other,
    })
}

fn segment_upload(o: &Option<proto::segmented_file_output::Output>) -> Option<Upload<'_>> {
    use proto::segmented_file_output::Output as O;
    o.as_ref().map(|o| match o {
        O::S3(s) => Upload::S3(s),
        O::Gcp(g) => Upload::Gcp(g),
        O::Azure(a) => Upload::Azure(a),
        _ => Upload::Other,
    })
}

fn storage_upload(s: Option<&proto::StorageConfig>) -> Option<Upload<'_>> {
    use proto::storage_config::Provider as P;
    s.and_then(|s| s.provider.as_ref()).map(|p| match p {
        P::S3(s) => Upload::S3(s),
        P::Gcp(g) => Upload::Gcp(g),
        P::Azure(a) => Upload::Azure(a),
        _ => Upload::Other,
    })
}

fn direct_upload(o: &Option<proto::direct_file_output::Output>) -> Option<Upload<'_>> {
    use proto::direct_file_output::Output as O;
    o.as_ref().map(|o| match o {
        O::S3(s) => Upload::S3(s),
        O::Gcp(g) => Upload::Gcp(g),
        O::Azure(a) => Upload::Azure(a),
        _ => Upload::Other,
    })
}

/// File and segment results for a job that completed at `now` having started at `started`.
fn results(
    info: &proto::EgressInfo,
    size: i64,
    started: i64,
    now: i64,
) -> (Vec<proto::FileInfo>, Vec<proto::SegmentsInfo>) {
    let duration = (now - started).max(0);
    let file = |filepath: &str, upload: Option<Upload<'_>>, ext: &str| {
        let filename = expand(filepath, info, ext, started);
        proto::FileInfo {
            location: location(upload, &filename),
            filename,
            started_at: started,
            ended_at: now,
            duration,
            size,
        }
    };
    let mut files = Vec::new();
    let mut segments = Vec::new();
    let (encoded, segs): (&[proto::EncodedFileOutput], &[proto::SegmentedFileOutput]) =
        match &info.request {
            Some(R::RoomComposite(r)) => (&r.file_outputs, &r.segment_outputs),
            Some(R::Web(r)) => (&r.file_outputs, &r.segment_outputs),
            Some(R::Participant(r)) => (&r.file_outputs, &r.segment_outputs),
            Some(R::TrackComposite(r)) => (&r.file_outputs, &r.segment_outputs),
            _ => (&[], &[]),
        };
    for f in encoded {
        let ext = if f.file_type == proto::EncodedFileType::Ogg as i32 {
            ".ogg"
        } else {
            ".mp4"
        };
        files.push(file(&f.filepath, encoded_upload(&f.output), ext));
    }
    if let Some(R::Track(t)) = &info.request
        && let Some(proto::track_egress_request::Output::File(f)) = &t.output
    {
        files.push(file(&f.filepath, direct_upload(&f.output), ".ogg"));
    }
    // v2 (StartEgress): outputs with per-output or request-wide storage.
    let mut v2_segments: Vec<(&proto::SegmentedFileOutput, Option<Upload<'_>>)> = Vec::new();
    if let Some(R::Egress(r)) = &info.request {
        for o in &r.outputs {
            let storage = o.storage.as_ref().or(r.storage.as_ref());
            match &o.config {
                Some(proto::output::Config::File(f)) => {
                    let ext = if f.file_type == proto::EncodedFileType::Ogg as i32 {
                        ".ogg"
                    } else {
                        ".mp4"
                    };
                    files.push(file(&f.filepath, storage_upload(storage), ext));
                }
                Some(proto::output::Config::Segments(sg)) => {
                    v2_segments.push((
                        sg,
                        segment_upload(&sg.output).or_else(|| storage_upload(storage)),
                    ));
                }
                _ => {}
            }
        }
    }
    let v1_segments = segs.iter().map(|sg| (sg, segment_upload(&sg.output)));
    for (s, upload) in v1_segments.chain(v2_segments) {
        let prefix = if s.filename_prefix.is_empty() {
            "{room_name}-{time}".to_string()
        } else {
            s.filename_prefix.clone()
        };
        let playlist = if s.playlist_name.is_empty() {
            format!("{prefix}.m3u8")
        } else {
            s.playlist_name.clone()
        };
        let playlist = expand(&playlist, info, ".m3u8", started);
        let seg_len = i64::from(if s.segment_duration == 0 {
            4
        } else {
            s.segment_duration
        }) * 1_000_000_000;
        segments.push(proto::SegmentsInfo {
            playlist_location: location(upload, &playlist),
            playlist_name: playlist,
            live_playlist_name: s.live_playlist_name.clone(),
            duration,
            size,
            segment_count: (duration / seg_len).max(1),
            started_at: started,
            ended_at: now,
            ..Default::default()
        });
    }
    (files, segments)
}

fn is_live(info: &proto::EgressInfo) -> bool {
    info.status == S::EgressStarting as i32 || info.status == S::EgressActive as i32
}

fn status_name(v: i32) -> &'static str {
    S::try_from(v)
        .map(|s| s.as_str_name())
        .unwrap_or("EGRESS_UNKNOWN")
}

impl State {
    fn egress_mut(&mut self, id: &str) -> Result<&mut proto::EgressInfo, TwirpError> {
        self.egress
            .jobs
            .get_mut(id)
            .ok_or_else(|| TwirpError::not_found(EGRESS_NOT_FOUND))
    }

    /// STARTING → ACTIVE (`egress_updated`); a job in any other state is left alone.
    pub(crate) fn activate_egress(&mut self, id: &str) -> Result<proto::EgressInfo, TwirpError> {
        let now = self.now_ns();
        let info = self.egress_mut(id)?;
        if info.status != S::EgressStarting as i32 {
            return Ok(info.clone());
        }
        info.status = S::EgressActive as i32;
        info.started_at = now;
        info.updated_at = now;
        for s in &mut info.stream_results {
            s.started_at = now;
        }
        let info = info.clone();
        self.emit(event("egress_updated", &info));
        Ok(info)
    }

    /// Ends a job with `status` (COMPLETE gets results, FAILED gets `error`) and emits
    /// `egress_ended`. Ending an ended job is `failed_precondition`.
    pub(crate) fn end_egress(
        &mut self,
        id: &str,
        status: S,
        error: &str,
    ) -> Result<proto::EgressInfo, TwirpError> {
        let size = self.egress.result_size;
        let now = self.now_ns();
        let info = self.egress_mut(id)?;
        if !(is_live(info) || info.status == S::EgressEnding as i32) {
            return Err(TwirpError::new(
                Code::FailedPrecondition,
                format!(
                    "egress with status {} cannot be ended",
                    status_name(info.status)
                ),
            ));
        }
        // A job aborted before it started never gets a start time.
        if info.started_at == 0 && status != S::EgressAborted {
            info.started_at = now;
        }
        info.status = status as i32;
        info.ended_at = now;
        info.updated_at = now;
        for s in &mut info.stream_results {
            s.ended_at = now;
            s.duration = now - s.started_at.max(info.started_at);
            s.status = if status == S::EgressFailed {
                proto::stream_info::Status::Failed as i32
            } else {
                proto::stream_info::Status::Finished as i32
            };
        }
        if status == S::EgressFailed || status == S::EgressAborted {
            info.error = if error.is_empty() {
                "egress failed".into()
            } else {
                error.into()
            };
            // `EgressInfo.SetAborted` uses 412 (Precondition Failed).
            info.error_code = if status == S::EgressAborted { 412 } else { 500 };
        } else {
            let (files, segments) = results(info, size, info.started_at, now);
            info.file_results = files;
            info.segment_results = segments;
        }
        let info = info.clone();
        self.emit(event("egress_ended", &info));
        Ok(info)
    }
}

impl State {
    /// The room's egress jobs see their source close (`SendEOS(EndReasonSrcClosed)` in
    /// livekit/egress `pkg/pipeline/controller.go`), with details `End reason: Source closed`:
    /// a STARTING job is ABORTED ("Stop called before pipeline could start", `egress_ended`),
    /// an ACTIVE one goes ENDING (`egress_updated`) and its ID is returned so the caller can
    /// complete it later. Jobs already ENDING finish on their own.
    pub(crate) fn end_room_egress(&mut self, room_name: &str) -> Vec<String> {
        let ids: Vec<String> = self
            .egress
            .order
            .iter()
            .filter(|id| {
                self.egress
                    .jobs
                    .get(*id)
                    .is_some_and(|e| e.room_name == room_name && is_live(e))
            })
            .cloned()
            .collect();
        let mut ending = Vec::new();
        let now = self.now_ns();
        for id in ids {
            let Ok(info) = self.egress_mut(&id) else {
                continue;
            };
            info.details = END_REASON_SRC_CLOSED.into();
            if info.status == S::EgressStarting as i32 {
                let _ = self.end_egress(&id, S::EgressAborted, MSG_STOPPED_BEFORE_STARTED);
            } else {
                info.status = S::EgressEnding as i32;
                info.updated_at = now;
                let info = info.clone();
                self.emit(event("egress_updated", &info));
                ending.push(id);
            }
        }
        ending
    }
}

fn list(ctx: &CallCtx, req: proto::ListEgressRequest) -> Result<Reply, TwirpError> {
    let state = ctx.state();
    let matching: Vec<&proto::EgressInfo> = state
        .egress
        .order
        .iter()
        .filter_map(|id| state.egress.jobs.get(id))
        .filter(|e| req.egress_id.is_empty() || e.egress_id == req.egress_id)
        .filter(|e| req.room_name.is_empty() || e.room_name == req.room_name)
        .filter(|e| !req.active || is_live(e) || e.status == S::EgressEnding as i32)
        .collect();
    // The token is the index of the next item: opaque to clients, stable enough here.
    let start = match req
        .page_token
        .as_ref()
        .map(|t| t.token.as_str())
        .filter(|t| !t.is_empty())
    {
        Some(t) => t
            .parse::<usize>()
            .map_err(|_| TwirpError::invalid_argument("invalid page token"))?,
        None => 0,
    };
    let page = state.egress.page_size.max(1);
    let end = (start + page).min(matching.len());
    let items = matching
        .get(start.min(end)..end)
        .unwrap_or_default()
        .iter()
        .map(|e| (*e).clone())
        .collect();
    let next_page_token = (end < matching.len()).then(|| proto::TokenPagination {
        token: end.to_string(),
    });
    Ok(Reply::new(&proto::ListEgressResponse {
        items,
        next_page_token,
    }))
}

fn stop(ctx: &CallCtx, req: proto::StopEgressRequest) -> Result<Reply, TwirpError> {
    let mut state = ctx.state();
    let end_after = state.egress.end_after;
    let now = state.now_ns();
    let info = state.egress_mut(&req.egress_id)?;
    if !is_live(info) {
        return Err(TwirpError::new(
            Code::FailedPrecondition,
            format!(
                "egress with status {} cannot be stopped",
                status_name(info.status)
            ),
        ));
    }
    if info.started_at == 0 {
        info.started_at = now;
    }
    info.status = S::EgressEnding as i32;
    info.updated_at = now;
    let info = info.clone();
    state.emit(event("egress_updated", &info));
    schedule(
        ctx.emulator(),
        &mut state,
        info.egress_id.clone(),
        end_after,
        Step::Complete,
    );
    Ok(Reply::new(&info))
}

fn update_layout(ctx: &CallCtx, req: proto::UpdateLayoutRequest) -> Result<Reply, TwirpError> {
    let mut state = ctx.state();
    let now = state.now_ns();
    let info = state.egress_mut(&req.egress_id)?;
    if !is_live(info) {
        return Err(TwirpError::new(
            Code::FailedPrecondition,
            "egress is not active",
        ));
    }
    match &mut info.request {
        Some(R::RoomComposite(r)) => r.layout = req.layout,
        Some(R::Egress(proto::StartEgressRequest {
            source: Some(proto::start_egress_request::Source::Template(t)),
            ..
        })) => t.layout = req.layout,
        _ => {
            return Err(TwirpError::invalid_argument(
                "only room composite (template) egress has a layout",
            ));
        }
    }
    info.updated_at = now;
    let info = info.clone();
    state.emit(event("egress_updated", &info));
    Ok(Reply::new(&info))
}

fn update_stream(ctx: &CallCtx, req: proto::UpdateStreamRequest) -> Result<Reply, TwirpError> {
    let mut state = ctx.state();
    let now = state.now_ns();
    let info = state.egress_mut(&req.egress_id)?;
    if !is_live(info) {
        return Err(TwirpError::new(
            Code::FailedPrecondition,
            "egress is not active",
        ));
    }
    for url in &req.add_output_urls {
        if !info
            .stream_results
            .iter()
            .any(|s| &s.url == url && s.status == proto::stream_info::Status::Active as i32)
        {
            info.stream_results.push(proto::StreamInfo {
                url: url.clone(),
                started_at: now,
                ..Default::default()
            });
        }
    }
    for url in &req.remove_output_urls {
        let s = info
            .stream_results
            .iter_mut()
            .find(|s| &s.url == url && s.status == proto::stream_info::Status::Active as i32)
            .ok_or_else(|| TwirpError::invalid_argument(format!("stream {url} not found")))?;
        s.status = proto::stream_info::Status::Finished as i32;
        s.ended_at = now;
    }
    info.updated_at = now;
    let info = info.clone();
    state.emit(event("egress_updated", &info));
    Ok(Reply::new(&info))
}

impl Control {
    /// Ends a live egress with COMPLETE and file results (`egress_ended`).
    pub fn finish_egress(&self, egress_id: &str) -> Result<proto::EgressInfo, TwirpError> {
        self.emu
            .state()
            .end_egress(egress_id, S::EgressComplete, "")
    }

    /// Ends a live egress with FAILED and `error` (`egress_ended`).
    pub fn fail_egress(
        &self,
        egress_id: &str,
        error: &str,
    ) -> Result<proto::EgressInfo, TwirpError> {
        self.emu
            .state()
            .end_egress(egress_id, S::EgressFailed, error)
    }

    /// Makes a STARTING egress ACTIVE now.
    pub fn activate_egress(&self, egress_id: &str) -> Result<proto::EgressInfo, TwirpError> {
        self.emu.state().activate_egress(egress_id)
    }

    /// One job as the emulator holds it.
    pub fn egress(&self, egress_id: &str) -> Option<proto::EgressInfo> {
        self.emu.state().egress.jobs.get(egress_id).cloned()
    }

    /// IDs of every job, oldest first.
    pub fn egress_ids(&self) -> Vec<String> {
        self.emu.state().egress.order.clone()
    }

    /// Size reported for every file and playlist of jobs completed from now on.
    pub fn set_egress_result_size(&self, bytes: i64) {
        self.emu.state().egress.result_size = bytes;
    }

    /// ListEgress page size (small values exercise pagination).
    pub fn set_egress_page_size(&self, items: usize) {
        self.emu.state().egress.page_size = items.max(1);
    }

    /// STARTING → ACTIVE delay; `None` keeps new jobs STARTING until [`Self::activate_egress`].
    pub fn set_egress_activation(&self, after: Option<Duration>) {
        self.emu.state().egress.activate_after = after;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_and_locations() {
        let info = proto::EgressInfo {
            room_name: "demo".into(),
            ..Default::default()
        };
        assert_eq!(
            expand("rec/{room_name}.mp4", &info, ".mp4", 0),
            "rec/demo.mp4"
        );
        // 2024-02-29 13:05:09.042 UTC.
        let started_ns = 1_709_211_909_042 * 1_000_000;
        assert_eq!(
            expand("", &info, ".mp4", started_ns),
            "demo-2024-02-29T130509.mp4"
        );
        assert_eq!(
            expand("{room_name}/{time}_{utc}.ogg", &info, ".mp4", started_ns),
            "demo/2024-02-29T130509_20240229130509042.ogg"
        );
        let s3 = proto::S3Upload {
            bucket: "b".into(),
            endpoint: "http://127.0.0.1:9000/".into(),
            ..Default::default()
        };
        assert_eq!(
            location(Some(Upload::S3(&s3)), "k.mp4"),
            "http://127.0.0.1:9000/b/k.mp4"
        );
        assert_eq!(location(None, "k.mp4"), "k.mp4");
    }
}
