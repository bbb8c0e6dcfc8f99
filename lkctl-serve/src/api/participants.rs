//! `/api/v1/rooms/{room}/participants[/{identity}]`: list, get, kick, update, mute, and
//! grant or revoke publishing (webinar hand raising).

use axum::Json;
use axum::extract::{Path, State};
use lkctl_core::models::{Participant, Track};
use lkctl_core::ops::moderation;
use lkctl_core::ops::participants::{self, PermissionChange, TrackSelector, UpdateParticipant};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::Body;
use crate::error::ApiResult;
use crate::state::AppState;

/// The participants of a room.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/participants", tag = "participants",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Vec<Participant>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Json<Vec<Participant>>> {
    Ok(Json(participants::list(state.livekit(), &room).await?))
}

/// One participant.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/participants/{identity}", tag = "participants",
    params(("room" = String, Path, description = "Room name"),
           ("identity" = String, Path, description = "Participant identity")),
    responses((status = 200, body = Participant)))]
pub async fn get(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Json<Participant>> {
    Ok(Json(
        participants::get(state.livekit(), &room, &identity).await?,
    ))
}

/// What `DELETE .../participants/{identity}` did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Kicked {
    /// Room.
    pub room: String,
    /// Who was removed.
    pub identity: String,
    /// Always true.
    pub removed: bool,
}

/// Remove (kick) a participant. They may rejoin with a valid token; ban them to stop that.
#[utoipa::path(delete, path = "/api/v1/rooms/{room}/participants/{identity}", tag = "participants",
    params(("room" = String, Path, description = "Room name"),
           ("identity" = String, Path, description = "Participant identity")),
    responses((status = 200, body = Kicked)))]
pub async fn kick(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Json<Kicked>> {
    participants::remove(state.livekit(), &room, &identity).await?;
    Ok(Json(Kicked {
        room,
        identity,
        removed: true,
    }))
}

/// Body of `PATCH .../participants/{identity}`; absent fields stay as they are.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ParticipantUpdate {
    /// Display name.
    pub name: Option<String>,
    /// Metadata (replaces the old).
    pub metadata: Option<String>,
    /// Attributes to set; an empty value deletes the key.
    #[serde(default)]
    pub attributes: std::collections::BTreeMap<String, String>,
    /// May publish tracks.
    pub can_publish: Option<bool>,
    /// May subscribe to tracks.
    pub can_subscribe: Option<bool>,
    /// May publish data.
    pub can_publish_data: Option<bool>,
    /// Sources they may publish: camera, microphone, screen_share, screen_share_audio.
    pub can_publish_sources: Option<Vec<String>>,
    /// May update their own metadata.
    pub can_update_metadata: Option<bool>,
    /// Hidden from other participants.
    pub hidden: Option<bool>,
}

/// Update a participant's name, metadata, attributes or permission.
#[utoipa::path(patch, path = "/api/v1/rooms/{room}/participants/{identity}", tag = "participants",
    request_body = ParticipantUpdate,
    params(("room" = String, Path, description = "Room name"),
           ("identity" = String, Path, description = "Participant identity")),
    responses((status = 200, body = Participant)))]
pub async fn update(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
    Body(body): Body<ParticipantUpdate>,
) -> ApiResult<Json<Participant>> {
    let upd = UpdateParticipant {
        name: body.name,
        metadata: body.metadata,
        attributes: body.attributes,
        permission: PermissionChange {
            can_publish: body.can_publish,
            can_subscribe: body.can_subscribe,
            can_publish_data: body.can_publish_data,
            can_publish_sources: body.can_publish_sources,
            can_update_metadata: body.can_update_metadata,
            hidden: body.hidden,
        },
    };
    Ok(Json(
        participants::update(state.livekit(), &room, &identity, upd).await?,
    ))
}

/// Body of `POST .../participants/{identity}/mute`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MuteBody {
    /// One track (`TR_…`); absent: every published track.
    #[serde(default)]
    pub track_sid: Option<String>,
    /// Mute (true, the default) or unmute.
    #[serde(default = "yes")]
    pub muted: bool,
}

fn yes() -> bool {
    true
}

/// Mute or unmute one track or all of a participant's tracks; answers the tracks changed.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/participants/{identity}/mute", tag = "participants",
    request_body = MuteBody,
    params(("room" = String, Path, description = "Room name"),
           ("identity" = String, Path, description = "Participant identity")),
    responses((status = 200, body = Vec<Track>)))]
pub async fn mute(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
    Body(body): Body<MuteBody>,
) -> ApiResult<Json<Vec<Track>>> {
    let which = match body.track_sid {
        Some(sid) => TrackSelector::Sid(sid),
        None => TrackSelector::All,
    };
    Ok(Json(
        participants::set_muted(state.livekit(), &room, &identity, which, body.muted).await?,
    ))
}

/// Let a participant publish (a raised hand taken).
#[utoipa::path(post, path = "/api/v1/rooms/{room}/participants/{identity}/grant-publish",
    tag = "participants",
    params(("room" = String, Path, description = "Room name"),
           ("identity" = String, Path, description = "Participant identity")),
    responses((status = 200, body = Participant)))]
pub async fn grant_publish(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Json<Participant>> {
    Ok(Json(
        moderation::grant_publish(state.livekit(), &room, &identity).await?,
    ))
}

/// Stop a participant publishing; their tracks are muted.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/participants/{identity}/revoke-publish",
    tag = "participants",
    params(("room" = String, Path, description = "Room name"),
           ("identity" = String, Path, description = "Participant identity")),
    responses((status = 200, body = Participant)))]
pub async fn revoke_publish(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Json<Participant>> {
    Ok(Json(
        moderation::revoke_publish(state.livekit(), &room, &identity).await?,
    ))
}
