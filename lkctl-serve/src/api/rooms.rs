//! `/api/v1/rooms[/{room}]`: list, get, create, update metadata, delete, and mute-all.
//!
//! Admins see and change every room; a host sees the rooms whose policy lists their
//! identity, and becomes a host of each room they create here.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use lkctl_core::models::Room;
use lkctl_core::ops::moderation::{self, DEFAULT_CONCURRENCY, MuteAll, MuteAllReport};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::rooms::{self, CreateRoom};
use lkctl_core::ops::users::Role;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::{Body, Deleted, principal};
use crate::auth::{self, Caller};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The room named `room` exactly (the API takes names, never sids, so that host checks,
/// which are by name, cover what is acted on).
pub async fn exact_room(state: &AppState, room: &str) -> ApiResult<Room> {
    let found = rooms::get(state.livekit(), room).await?;
    if found.name != room {
        return Err(ApiError(lkctl_core::Error::NotFound {
            what: "room",
            id: room.to_string(),
        }));
    }
    Ok(found)
}

/// Rooms the caller may see: every room for admins, hosted rooms for hosts.
#[utoipa::path(get, path = "/api/v1/rooms", tag = "rooms",
    responses((status = 200, description = "Rooms, by name", body = Vec<Room>)))]
pub async fn list(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
) -> ApiResult<Json<Vec<Room>>> {
    let me = principal(&caller)?;
    let all = rooms::list(state.livekit(), &[]).await?;
    if me.role == Role::Admin {
        return Ok(Json(all));
    }
    let mut mine = Vec::new();
    for room in all {
        if auth::hosts_room(&state, me, &room.name).await? {
            mine.push(room);
        }
    }
    Ok(Json(mine))
}

/// One room.
#[utoipa::path(get, path = "/api/v1/rooms/{room}", tag = "rooms",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Room)))]
pub async fn get(State(state): State<AppState>, Path(room): Path<String>) -> ApiResult<Json<Room>> {
    Ok(Json(exact_room(&state, &room).await?))
}

/// Body of `POST /api/v1/rooms`; zero or absent values mean the server's default.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewRoom {
    /// Room name.
    pub name: String,
    /// Seconds an empty room stays open.
    #[serde(default)]
    pub empty_timeout: u32,
    /// Seconds the room stays open after the last participant left.
    #[serde(default)]
    pub departure_timeout: u32,
    /// Participant limit.
    #[serde(default)]
    pub max_participants: u32,
    /// Room metadata.
    #[serde(default)]
    pub metadata: String,
    /// Minimum playout delay, ms.
    #[serde(default)]
    pub min_playout_delay: u32,
    /// Maximum playout delay, ms.
    #[serde(default)]
    pub max_playout_delay: u32,
    /// Synchronise audio and video.
    #[serde(default)]
    pub sync_streams: bool,
    /// Room preset name.
    #[serde(default)]
    pub room_preset: String,
    /// Room tags.
    #[serde(default)]
    pub tags: std::collections::BTreeMap<String, String>,
}

/// Create a room. A host who creates a room becomes one of its hosts; a host may not
/// take over a room that exists already or whose policy names other hosts.
#[utoipa::path(post, path = "/api/v1/rooms", tag = "rooms", request_body = NewRoom,
    responses((status = 201, body = Room)))]
pub async fn create(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Body(body): Body<NewRoom>,
) -> ApiResult<(StatusCode, Json<Room>)> {
    let me = principal(&caller)?;
    rooms::validate_name("name", &body.name)?;
    if me.role != Role::Admin {
        // CreateRoom is idempotent in LiveKit: without this, any host could "create" a
        // room that is running and become its host.
        match rooms::get(state.livekit(), &body.name).await {
            Ok(_) => {
                if !auth::hosts_room(&state, me, &body.name).await? {
                    return Err(ApiError::forbidden(format!(
                        "room `{}` exists and you are not one of its hosts",
                        body.name
                    )));
                }
            }
            Err(lkctl_core::Error::NotFound { .. }) => {}
            Err(e) => return Err(e.into()),
        }
        if let Ok(p) = policy::show(&state.store, &body.name).await
            && !p.hosts.is_empty()
            && !p.hosts.contains(&me.user.identity)
        {
            return Err(ApiError::forbidden(format!(
                "room `{}` has other hosts",
                body.name
            )));
        }
    }
    let opts = CreateRoom {
        name: body.name.clone(),
        empty_timeout: body.empty_timeout,
        departure_timeout: body.departure_timeout,
        max_participants: body.max_participants,
        metadata: body.metadata,
        min_playout_delay: body.min_playout_delay,
        max_playout_delay: body.max_playout_delay,
        sync_streams: body.sync_streams,
        config: rooms::RoomConfigFile {
            tags: body.tags.into_iter().collect(),
            room_preset: body.room_preset,
            ..Default::default()
        },
        ..Default::default()
    };
    let room = rooms::create(state.livekit(), opts).await?;
    if me.role != Role::Admin {
        let mut hosts = match policy::show(&state.store, &room.name).await {
            Ok(p) => p.hosts,
            Err(lkctl_core::Error::NotFound { .. }) => Vec::new(),
            Err(e) => return Err(e.into()),
        };
        if !hosts.contains(&me.user.identity) {
            hosts.push(me.user.identity.clone());
            let update = PolicyUpdate {
                hosts: Some(hosts),
                ..Default::default()
            };
            policy::set(&state.store, &room.name, update, &caller.actor()).await?;
        }
    }
    Ok((StatusCode::CREATED, Json(room)))
}

/// Body of `PATCH /api/v1/rooms/{room}`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RoomUpdate {
    /// New metadata (replaces the old).
    pub metadata: String,
}

/// Replace a room's metadata.
#[utoipa::path(patch, path = "/api/v1/rooms/{room}", tag = "rooms", request_body = RoomUpdate,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Room)))]
pub async fn update(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(body): Body<RoomUpdate>,
) -> ApiResult<Json<Room>> {
    rooms::validate_metadata(&body.metadata)?;
    exact_room(&state, &room).await?;
    Ok(Json(
        rooms::update_metadata(state.livekit(), &room, &body.metadata).await?,
    ))
}

/// Close a room, disconnecting everyone.
#[utoipa::path(delete, path = "/api/v1/rooms/{room}", tag = "rooms",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Deleted)))]
pub async fn delete(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Json<Deleted>> {
    exact_room(&state, &room).await?;
    let name = rooms::delete(state.livekit(), &room).await?;
    Ok(Json(Deleted {
        name,
        deleted: true,
    }))
}

/// Body of `POST /api/v1/rooms/{room}/mute-all`.
#[derive(Debug, Default, Deserialize, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct MuteAllBody {
    /// Identities left alone (the host's own is always spared).
    #[serde(default)]
    pub except: Vec<String>,
    /// Report who would be affected; change nothing.
    #[serde(default)]
    pub dry_run: bool,
}

/// Revoke publishing and mute every track, except the listed identities and the caller.
/// The report has one outcome per participant; failures do not stop the others.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/mute-all", tag = "rooms",
    request_body = MuteAllBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = MuteAllReport)))]
pub async fn mute_all(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(room): Path<String>,
    Body(body): Body<MuteAllBody>,
) -> ApiResult<Json<MuteAllReport>> {
    let me = principal(&caller)?;
    exact_room(&state, &room).await?;
    let mut except = body.except;
    if !except.contains(&me.user.identity) {
        except.push(me.user.identity.clone());
    }
    let opts = MuteAll {
        room,
        except,
        concurrency: DEFAULT_CONCURRENCY,
        dry_run: body.dry_run,
    };
    Ok(Json(moderation::mute_all(state.livekit(), &opts).await?))
}
