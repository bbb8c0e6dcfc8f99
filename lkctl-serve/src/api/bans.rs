//! Bans: `/api/v1/rooms/{room}/bans[/{ban_id}]` (a room's hosts: the room's bans and
//! global ones; they add and lift the room's own) and `/api/v1/bans[/{ban_id}]` (admins:
//! every ban, global bans).

use std::time::Duration;

use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::{Extension, Json};
use lkctl_core::ops::bans::{Ban, BanOutcome, BanSubject, NewBan};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::Body;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Query of the ban lists.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct BanQuery {
    /// Include lifted and expired bans.
    #[serde(default)]
    pub all: bool,
}

/// Body of the ban routes.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewBanBody {
    /// `fingerprint`, `session` or `identity`.
    pub kind: String,
    /// The fingerprint, session id or LiveKit identity.
    pub value: String,
    /// Why (shown to hosts).
    pub reason: Option<String>,
    /// How long, in seconds; absent: until lifted.
    pub duration_secs: Option<u64>,
    /// Client address to record.
    pub ip: Option<String>,
}

fn new_ban(room: Option<String>, b: NewBanBody, by: String) -> ApiResult<NewBan> {
    let subject = match b.kind.as_str() {
        "fingerprint" => BanSubject::Fingerprint(b.value),
        "session" => BanSubject::Session(b.value),
        "identity" => BanSubject::Identity(b.value),
        other => {
            return Err(ApiError::invalid(
                "kind",
                format!("`{other}` is not one of fingerprint, session, identity"),
            ));
        }
    };
    if b.duration_secs == Some(0) {
        return Err(ApiError::invalid("duration_secs", "give 1 or more seconds"));
    }
    Ok(NewBan {
        room,
        subject,
        ip: b.ip,
        reason: b.reason,
        duration: b.duration_secs.map(Duration::from_secs),
        by,
    })
}

/// Every ban (admins).
#[utoipa::path(get, path = "/api/v1/bans", tag = "bans", params(BanQuery),
    responses((status = 200, body = Vec<Ban>)))]
pub async fn list_all(
    State(state): State<AppState>,
    Query(q): Query<BanQuery>,
) -> ApiResult<Json<Vec<Ban>>> {
    Ok(Json(state.bans.list(None, q.all).await?))
}

/// Ban from every room (admins); whoever matches is removed from the rooms they are in.
#[utoipa::path(post, path = "/api/v1/bans", tag = "bans", request_body = NewBanBody,
    responses((status = 201, body = BanOutcome)))]
pub async fn add_global(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Body(b): Body<NewBanBody>,
) -> ApiResult<(StatusCode, Json<BanOutcome>)> {
    let ban = new_ban(None, b, caller.actor())?;
    Ok((StatusCode::CREATED, Json(state.bans.add(ban).await?)))
}

/// Lift any ban (admins).
#[utoipa::path(delete, path = "/api/v1/bans/{ban_id}", tag = "bans",
    params(("ban_id" = String, Path, description = "Ban id (`BN_…`)")),
    responses((status = 200, body = Ban)))]
pub async fn remove_any(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(ban_id): Path<String>,
) -> ApiResult<Json<Ban>> {
    Ok(Json(state.bans.remove(&ban_id, &caller.actor()).await?))
}

/// The bans that apply in a room: its own and global ones.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/bans", tag = "bans",
    params(("room" = String, Path, description = "Room name"), BanQuery),
    responses((status = 200, body = Vec<Ban>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Query(q): Query<BanQuery>,
) -> ApiResult<Json<Vec<Ban>>> {
    Ok(Json(state.bans.list(Some(&room), q.all).await?))
}

/// Ban from this room; whoever matches is removed from it now.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/bans", tag = "bans", request_body = NewBanBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = BanOutcome)))]
pub async fn add(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(room): Path<String>,
    Body(b): Body<NewBanBody>,
) -> ApiResult<(StatusCode, Json<BanOutcome>)> {
    let ban = new_ban(Some(room), b, caller.actor())?;
    Ok((StatusCode::CREATED, Json(state.bans.add(ban).await?)))
}

/// Lift a ban of this room. Global bans are lifted by admins at `/api/v1/bans/{ban_id}`.
#[utoipa::path(delete, path = "/api/v1/rooms/{room}/bans/{ban_id}", tag = "bans",
    params(("room" = String, Path, description = "Room name"),
           ("ban_id" = String, Path, description = "Ban id (`BN_…`)")),
    responses((status = 200, body = Ban)))]
pub async fn remove(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((room, ban_id)): Path<(String, String)>,
) -> ApiResult<Json<Ban>> {
    let ban = match state.bans.get(&ban_id).await {
        Ok(b) => b,
        Err(lkctl_core::Error::NotFound { .. }) => return Err(ban_not_found(&ban_id)),
        Err(e) => return Err(e.into()),
    };
    match ban.room.as_deref() {
        Some(r) if r == room => {}
        None => {
            return Err(ApiError::forbidden(format!(
                "ban {ban_id} is global; an admin lifts it"
            )));
        }
        // Another room's ban is not confirmed to exist.
        Some(_) => return Err(ban_not_found(&ban_id)),
    }
    Ok(Json(state.bans.remove(&ban_id, &caller.actor()).await?))
}

fn ban_not_found(id: &str) -> ApiError {
    ApiError(lkctl_core::Error::NotFound {
        what: "ban",
        id: id.to_string(),
    })
}
