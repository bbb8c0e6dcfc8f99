//! Recordings: `/api/v1/recordings` (admins: the whole catalogue) and
//! `/api/v1/rooms/{room}/recordings[/{egress_id}]` (a room's hosts), the latter with
//! presigned download URLs when the recording is in the configured S3 bucket.

use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use lkctl_core::config::S3Overrides;
use lkctl_core::ops::files::S3Config;
use lkctl_core::ops::recordings::{self, Recording, RecordingDownload};

use super::egress::of_room;
use crate::error::ApiResult;
use crate::state::AppState;

/// How long a presigned download URL works.
pub const DOWNLOAD_URL_TTL: Duration = Duration::from_secs(15 * 60);

/// The catalogue as LiveKit lists it, saved into the store and merged with what the store
/// kept (from webhooks and earlier listings); the stored part alone when LiveKit fails.
async fn catalogue(state: &AppState, room: Option<&str>) -> ApiResult<Vec<Recording>> {
    let (recs, warning) = recordings::catalogue(Some(state.livekit()), &state.store, room).await?;
    if let Some(e) = warning {
        tracing::warn!(error = %e, "recordings: LiveKit's list failed; answering the stored catalogue");
    }
    Ok(recs)
}

/// Every recording (admins).
#[utoipa::path(get, path = "/api/v1/recordings", tag = "recordings",
    responses((status = 200, body = Vec<Recording>)))]
pub async fn list_all(State(state): State<AppState>) -> ApiResult<Json<Vec<Recording>>> {
    Ok(Json(catalogue(&state, None).await?))
}

/// The recordings of a room.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/recordings", tag = "recordings",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Vec<Recording>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Json<Vec<Recording>>> {
    Ok(Json(catalogue(&state, Some(&room)).await?))
}

/// The outputs of one egress of the room, each with a presigned download URL (valid 15
/// minutes) when S3 is configured and the output is in its bucket.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/recordings/{egress_id}", tag = "recordings",
    params(("room" = String, Path, description = "Room name"),
           ("egress_id" = String, Path, description = "Egress id (`EG_…`)")),
    responses((status = 200, body = Vec<RecordingDownload>)))]
pub async fn get(
    State(state): State<AppState>,
    Path((room, egress_id)): Path<(String, String)>,
) -> ApiResult<Json<Vec<RecordingDownload>>> {
    of_room(&state, &room, &egress_id).await?;
    let recs = recordings::of_egress(state.livekit(), &egress_id).await?;
    let out = match state.core.s3(&S3Overrides::default())? {
        Some(s3) => recordings::download_urls(&S3Config::from(s3), recs, DOWNLOAD_URL_TTL).await?,
        None => recs
            .into_iter()
            .map(|recording| RecordingDownload {
                recording,
                download: None,
            })
            .collect(),
    };
    Ok(Json(out))
}
