//! Room policies and invite codes: `PUT /api/v1/rooms/{room}/policy` (the policy's `GET`
//! is in [`super::lobby`]), `/api/v1/rooms/{room}/invite[/rotate]`, and
//! `GET /api/v1/policies` (admins).

use axum::extract::{Path, State};
use axum::{Extension, Json};
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate, RoomPolicy};
use serde::{Deserialize, Deserializer, Serialize};
use utoipa::ToSchema;

use super::Body;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Every room policy (admins).
#[utoipa::path(get, path = "/api/v1/policies", tag = "policies",
    responses((status = 200, body = Vec<RoomPolicy>)))]
pub async fn list(State(state): State<AppState>) -> ApiResult<Json<Vec<RoomPolicy>>> {
    Ok(Json(policy::list(&state.store).await?))
}

/// `null` → `Some(None)`, absent → `None` (with `#[serde(default)]`).
fn nullable<'de, D, T>(d: D) -> Result<Option<Option<T>>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    Option::<T>::deserialize(d).map(Some)
}

/// Body of `PUT /api/v1/rooms/{room}/policy`: absent fields stay as they are.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PolicyBody {
    /// Replace the host list (LiveKit identities).
    pub hosts: Option<Vec<String>>,
    /// A PIN guests must give; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<String>)]
    pub pin: Option<Option<String>>,
    /// Guests wait in a lobby for a host.
    pub lobby: Option<bool>,
    /// Guests join without publishing; hosts grant it from a raised hand.
    pub webinar: Option<bool>,
    /// Guest limit; `null` removes it.
    #[serde(default, deserialize_with = "nullable")]
    #[schema(value_type = Option<i64>)]
    pub max_guests: Option<Option<i64>>,
    /// `lkctl agent` transcribes the room (captions, transcript, summary).
    pub transcribe: Option<bool>,
}

/// Create or change a room's policy. A host may not drop themselves from the hosts
/// (that would lock them out of the room mid-change); an admin may.
#[utoipa::path(put, path = "/api/v1/rooms/{room}/policy", tag = "policies",
    request_body = PolicyBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = RoomPolicy)))]
pub async fn set(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(room): Path<String>,
    Body(b): Body<PolicyBody>,
) -> ApiResult<Json<RoomPolicy>> {
    let me = super::principal(&caller)?;
    if let Some(hosts) = &b.hosts {
        for (i, h) in hosts.iter().enumerate() {
            policy::validate_identity(&format!("hosts[{i}]"), h)?;
        }
        if me.role != lkctl_core::ops::users::Role::Admin && !hosts.contains(&me.user.identity) {
            return Err(ApiError::invalid(
                "hosts",
                format!(
                    "must include your own identity `{}` (ask an admin to hand the room over)",
                    me.user.identity
                ),
            ));
        }
    }
    let update = PolicyUpdate {
        hosts: b.hosts,
        pin: b.pin.map(|p| match p {
            Some(pin) => PinChange::Set(pin),
            None => PinChange::Clear,
        }),
        lobby: b.lobby,
        webinar: b.webinar,
        max_guests: b.max_guests,
        transcribe: b.transcribe,
    };
    Ok(Json(
        policy::set(&state.store, &room, update, &caller.actor()).await?,
    ))
}

/// A room's invite code.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Invite {
    /// Room.
    pub room: String,
    /// The code guests join with (`POST /api/v1/join/{invite_code}`).
    pub invite_code: String,
}

/// The room's invite code (made on first use).
#[utoipa::path(get, path = "/api/v1/rooms/{room}/invite", tag = "policies",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Invite)))]
pub async fn invite(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(room): Path<String>,
) -> ApiResult<Json<Invite>> {
    let invite_code = policy::invite(&state.store, &room, false, &caller.actor()).await?;
    Ok(Json(Invite { room, invite_code }))
}

/// Replace the room's invite code; the old one stops working.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/invite/rotate", tag = "policies",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Invite)))]
pub async fn rotate_invite(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(room): Path<String>,
) -> ApiResult<Json<Invite>> {
    let invite_code = policy::invite(&state.store, &room, true, &caller.actor()).await?;
    Ok(Json(Invite { room, invite_code }))
}
