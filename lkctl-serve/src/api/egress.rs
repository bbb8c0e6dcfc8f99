//! Egress: `/api/v1/egress` (admins: every job) and `/api/v1/rooms/{room}/egress[...]`
//! (a room's hosts: list, start a room-composite, participant, track-composite or track
//! egress, stop), and `/api/v1/egress/web` (admins: record any web page).
//!
//! Uploads go where `lkctl egress start` sends them by default: the profile's S3 bucket
//! when it sets `egress_upload = true`, otherwise the egress worker's disk.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lkctl_core::config::S3Overrides;
use lkctl_core::ops::egress::{
    self, Egress, ListEgress, Outputs, ParticipantOptions, RoomCompositeOptions, StartRequest,
    TrackCompositeOptions, TrackOptions, Upload, WebOptions,
};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::Body;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Query of the egress lists.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct EgressQuery {
    /// Only jobs that have not ended.
    #[serde(default)]
    pub active: bool,
}

/// Every egress job (admins).
#[utoipa::path(get, path = "/api/v1/egress", tag = "egress", params(EgressQuery),
    responses((status = 200, body = Vec<Egress>)))]
pub async fn list_all(
    State(state): State<AppState>,
    Query(q): Query<EgressQuery>,
) -> ApiResult<Json<Vec<Egress>>> {
    let filter = ListEgress {
        active: q.active,
        ..Default::default()
    };
    Ok(Json(egress::list(state.livekit(), &filter).await?))
}

/// The egress jobs of a room.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/egress", tag = "egress",
    params(("room" = String, Path, description = "Room name"), EgressQuery),
    responses((status = 200, body = Vec<Egress>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Query(q): Query<EgressQuery>,
) -> ApiResult<Json<Vec<Egress>>> {
    let filter = ListEgress {
        room: Some(room),
        active: q.active,
        ..Default::default()
    };
    Ok(Json(egress::list(state.livekit(), &filter).await?))
}

/// File outputs of a start request.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct OutputsBody {
    /// File path or template, e.g. `{room_name}-{time}.mp4`.
    pub file: Option<String>,
    /// `mp4`, `ogg` or `mp3` (default: from the file's extension).
    pub file_type: Option<String>,
    /// HLS segments: filename prefix.
    pub segments_prefix: Option<String>,
    /// HLS playlist name.
    pub playlist_name: Option<String>,
    /// Segment length in seconds (default 4).
    #[serde(default)]
    pub segment_duration: u32,
    /// RTMP/SRT URLs to stream to.
    #[serde(default)]
    pub stream_urls: Vec<String>,
}

fn outputs(state: &AppState, b: OutputsBody) -> ApiResult<Outputs> {
    let s3 = state.core.s3(&S3Overrides::default())?;
    Ok(Outputs {
        file: b.file,
        file_type: b.file_type,
        segments_prefix: b.segments_prefix,
        playlist_name: b.playlist_name,
        live_playlist_name: None,
        segment_duration: b.segment_duration,
        stream_urls: b.stream_urls,
        upload: Upload::choose(None, s3.as_ref()),
    })
}

/// Body of `POST /api/v1/rooms/{room}/egress/room-composite`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoomCompositeBody {
    /// Layout: grid, speaker, single-speaker (default: the egress default).
    #[serde(default)]
    pub layout: String,
    #[serde(default)]
    pub audio_only: bool,
    #[serde(default)]
    pub video_only: bool,
    /// Encoding preset name, e.g. `h264-720p-30`.
    pub preset: Option<String>,
    /// Where the recording goes.
    #[serde(flatten)]
    pub outputs: OutputsBody,
}

/// Record or stream the whole room.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/egress/room-composite", tag = "egress",
    request_body = RoomCompositeBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = Egress)))]
pub async fn start_room_composite(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(b): Body<RoomCompositeBody>,
) -> ApiResult<(StatusCode, Json<Egress>)> {
    let req = StartRequest::room_composite(RoomCompositeOptions {
        room,
        layout: b.layout,
        audio_only: b.audio_only,
        video_only: b.video_only,
        custom_base_url: String::new(),
        preset: b.preset,
        outputs: outputs(&state, b.outputs)?,
    })?;
    started(&state, req).await
}

/// Body of `POST /api/v1/rooms/{room}/egress/track`: a file or a WebSocket.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackBody {
    /// Track sid (`TR_…`).
    pub track_id: String,
    /// File path or template.
    pub file: Option<String>,
    /// ws:// or wss:// URL to stream the raw track to.
    pub websocket_url: Option<String>,
}

/// Export one track, unmixed, to a file or a WebSocket.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/egress/track", tag = "egress",
    request_body = TrackBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = Egress)))]
pub async fn start_track(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(b): Body<TrackBody>,
) -> ApiResult<(StatusCode, Json<Egress>)> {
    let outputs = outputs(
        &state,
        OutputsBody {
            file: b.file,
            ..Default::default()
        },
    )?;
    let req = StartRequest::track(TrackOptions {
        room,
        track_id: b.track_id,
        websocket_url: b.websocket_url,
        outputs,
    })?;
    started(&state, req).await
}

/// Start `req` and answer 201 with the job.
async fn started(state: &AppState, req: StartRequest) -> ApiResult<(StatusCode, Json<Egress>)> {
    Ok((
        StatusCode::CREATED,
        Json(egress::start(state.livekit(), req).await?),
    ))
}

/// Body of `POST /api/v1/egress/web`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebBody {
    /// The page to record (http or https).
    pub url: String,
    #[serde(default)]
    pub audio_only: bool,
    #[serde(default)]
    pub video_only: bool,
    /// Start recording only when the page logs `START_RECORDING`.
    #[serde(default)]
    pub await_start_signal: bool,
    /// Encoding preset name, e.g. `h264-720p-30`.
    pub preset: Option<String>,
    /// Where the recording goes.
    #[serde(flatten)]
    pub outputs: OutputsBody,
}

/// Record or stream a web page (admins: the page is not a room's).
#[utoipa::path(post, path = "/api/v1/egress/web", tag = "egress",
    request_body = WebBody,
    responses((status = 201, body = Egress)))]
pub async fn start_web(
    State(state): State<AppState>,
    Body(b): Body<WebBody>,
) -> ApiResult<(StatusCode, Json<Egress>)> {
    let req = StartRequest::web(WebOptions {
        url: b.url,
        audio_only: b.audio_only,
        video_only: b.video_only,
        await_start_signal: b.await_start_signal,
        preset: b.preset,
        outputs: outputs(&state, b.outputs)?,
    })?;
    started(&state, req).await
}

/// Body of `POST /api/v1/rooms/{room}/egress/participant`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParticipantBody {
    /// The participant to record.
    pub identity: String,
    /// Record its screen share instead of its camera.
    #[serde(default)]
    pub screen_share: bool,
    /// Encoding preset name.
    pub preset: Option<String>,
    /// Where the recording goes.
    #[serde(flatten)]
    pub outputs: OutputsBody,
}

/// Record or stream one participant's audio and video.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/egress/participant", tag = "egress",
    request_body = ParticipantBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = Egress)))]
pub async fn start_participant(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(b): Body<ParticipantBody>,
) -> ApiResult<(StatusCode, Json<Egress>)> {
    let req = StartRequest::participant(ParticipantOptions {
        room,
        identity: b.identity,
        screen_share: b.screen_share,
        preset: b.preset,
        outputs: outputs(&state, b.outputs)?,
    })?;
    started(&state, req).await
}

/// Body of `POST /api/v1/rooms/{room}/egress/track-composite`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrackCompositeBody {
    /// Audio track sid (`TR_…`); give it, the video one, or both.
    #[serde(default)]
    pub audio_track_id: String,
    /// Video track sid (`TR_…`).
    #[serde(default)]
    pub video_track_id: String,
    /// Encoding preset name.
    pub preset: Option<String>,
    /// Where the recording goes.
    #[serde(flatten)]
    pub outputs: OutputsBody,
}

/// Record or stream one audio and/or one video track, mixed.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/egress/track-composite", tag = "egress",
    request_body = TrackCompositeBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = Egress)))]
pub async fn start_track_composite(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(b): Body<TrackCompositeBody>,
) -> ApiResult<(StatusCode, Json<Egress>)> {
    let req = StartRequest::track_composite(TrackCompositeOptions {
        room,
        audio_track_id: b.audio_track_id,
        video_track_id: b.video_track_id,
        preset: b.preset,
        outputs: outputs(&state, b.outputs)?,
    })?;
    started(&state, req).await
}

/// Stop an egress of this room.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/egress/{egress_id}/stop", tag = "egress",
    params(("room" = String, Path, description = "Room name"),
           ("egress_id" = String, Path, description = "Egress id (`EG_…`)")),
    responses((status = 200, body = Egress)))]
pub async fn stop(
    State(state): State<AppState>,
    Path((room, egress_id)): Path<(String, String)>,
) -> ApiResult<Json<Egress>> {
    of_room(&state, &room, &egress_id).await?;
    Ok(Json(egress::stop(state.livekit(), &egress_id).await?))
}

/// The egress `egress_id` if it belongs to `room`; another room's is "not found" (a host
/// learns nothing of other rooms' jobs).
pub async fn of_room(state: &AppState, room: &str, egress_id: &str) -> ApiResult<Egress> {
    let not_found = || {
        ApiError(lkctl_core::Error::NotFound {
            what: "egress",
            id: egress_id.to_string(),
        })
    };
    match egress::get(state.livekit(), egress_id).await {
        Ok(e) if e.room_name == room => Ok(e),
        Ok(_) => Err(not_found()),
        Err(lkctl_core::Error::NotFound { .. }) => Err(not_found()),
        Err(e) => Err(e.into()),
    }
}
