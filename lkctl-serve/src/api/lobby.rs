//! A room's policy and lobby for its hosts: `/api/v1/rooms/{room}/policy` and
//! `/api/v1/rooms/{room}/lobby[/{entry}/approve|reject]` and `…/lobby/approve-all`.

use axum::extract::{Path, Query, State};
use axum::{Extension, Json};
use lkctl_core::ops::lobby::{EntryStatus, LobbyEntry};
use lkctl_core::ops::policy::{self, RoomPolicy};
use serde::Deserialize;

use super::Body;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The identity a host decides as (recorded as `decided_by` and in the audit log).
fn host_identity(caller: &Caller) -> ApiResult<String> {
    caller
        .principal()
        .map(|p| p.user.identity.clone())
        .ok_or_else(|| ApiError::unauthenticated("log in first"))
}

/// The room's policy.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/policy", tag = "policies", params(("room" = String, Path, description = "Room name")), responses((status = 200, body = RoomPolicy)))]
pub async fn show_policy(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Json<RoomPolicy>> {
    Ok(Json(policy::show(&state.store, &room).await?))
}

/// Query of the lobby list.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Only entries in this status.
    pub status: Option<String>,
}

/// The room's lobby entries, oldest first.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/lobby", tag = "lobby", params(("room" = String, Path, description = "Room name"), ListQuery), responses((status = 200, body = Vec<LobbyEntry>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Query(q): Query<ListQuery>,
) -> ApiResult<Json<Vec<LobbyEntry>>> {
    let status = q
        .status
        .as_deref()
        .map(str::parse::<EntryStatus>)
        .transpose()?;
    Ok(Json(state.lobby.list(&room, status).await?))
}

/// Let a waiting guest in.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/lobby/{entry}/approve", tag = "lobby", params(("room" = String, Path, description = "Room name"), ("entry" = String, Path, description = "Lobby entry id (`LB_…`)")), responses((status = 200, body = LobbyEntry)))]
pub async fn approve(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((room, entry)): Path<(String, String)>,
) -> ApiResult<Json<LobbyEntry>> {
    let by = host_identity(&caller)?;
    let decided = state.lobby.approve(&room, &entry, &by).await?;
    state.metrics().lobby_decision("approved");
    Ok(Json(decided))
}

/// Let every waiting guest in, oldest first (banned guests and entries another host decided
/// meanwhile are skipped; a full room stops the run). Answers the entries approved.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/lobby/approve-all", tag = "lobby", params(("room" = String, Path, description = "Room name")), responses((status = 200, body = Vec<LobbyEntry>)))]
pub async fn approve_all(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path(room): Path<String>,
) -> ApiResult<Json<Vec<LobbyEntry>>> {
    let by = host_identity(&caller)?;
    let decided = state.lobby.approve_all(&room, &by).await?;
    for _ in &decided {
        state.metrics().lobby_decision("approved");
    }
    Ok(Json(decided))
}

/// Body of a rejection.
#[derive(Debug, Default, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RejectBody {
    /// Reason shown to the guest.
    #[serde(default)]
    pub reason: Option<String>,
}

/// Turn a waiting guest away.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/lobby/{entry}/reject", tag = "lobby", request_body = RejectBody, params(("room" = String, Path, description = "Room name"), ("entry" = String, Path, description = "Lobby entry id (`LB_…`)")), responses((status = 200, body = LobbyEntry)))]
pub async fn reject(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((room, entry)): Path<(String, String)>,
    Body(body): Body<RejectBody>,
) -> ApiResult<Json<LobbyEntry>> {
    let by = host_identity(&caller)?;
    let decided = state
        .lobby
        .reject(&room, &entry, &by, body.reason.as_deref())
        .await?;
    state.metrics().lobby_decision("rejected");
    Ok(Json(decided))
}
