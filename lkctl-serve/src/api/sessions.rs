//! Participant sessions (history from webhooks): `/api/v1/sessions` (admins) and
//! `/api/v1/rooms/{room}/sessions` (a room's hosts); and the audit log,
//! `/api/v1/audit` (admins).

use axum::Json;
use axum::extract::{Path, Query, State};
use lkctl_core::ops::session::{self, ParticipantSession};
use lkctl_core::store::{AuditEntry, Timestamp};
use serde::Deserialize;
use utoipa::IntoParams;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Default and largest page of the history routes.
const DEFAULT_LIMIT: i64 = 100;
const MAX_LIMIT: i64 = 1000;

/// Query of the session lists.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct SessionQuery {
    /// Only sessions that started at or after this RFC 3339 time.
    pub since: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<i64>,
}

fn limit(l: Option<i64>) -> ApiResult<i64> {
    match l.unwrap_or(DEFAULT_LIMIT) {
        n if (1..=MAX_LIMIT).contains(&n) => Ok(n),
        _ => Err(ApiError::invalid("limit", format!("give 1 to {MAX_LIMIT}"))),
    }
}

fn since(s: Option<&str>) -> ApiResult<Option<Timestamp>> {
    s.map(|s| {
        time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339)
            .map(Timestamp::from)
            .map_err(|_| ApiError::invalid("since", format!("`{s}` is not an RFC 3339 time")))
    })
    .transpose()
}

async fn sessions(
    state: &AppState,
    room: Option<&str>,
    q: SessionQuery,
) -> ApiResult<Vec<ParticipantSession>> {
    Ok(session::list(
        &state.store,
        room,
        since(q.since.as_deref())?,
        limit(q.limit)?,
    )
    .await?)
}

/// Participant sessions of every room, newest first (admins).
#[utoipa::path(get, path = "/api/v1/sessions", tag = "sessions", params(SessionQuery),
    responses((status = 200, body = Vec<ParticipantSession>)))]
pub async fn list_all(
    State(state): State<AppState>,
    Query(q): Query<SessionQuery>,
) -> ApiResult<Json<Vec<ParticipantSession>>> {
    Ok(Json(sessions(&state, None, q).await?))
}

/// A room's history: its participant sessions, newest first.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/sessions", tag = "sessions",
    params(("room" = String, Path, description = "Room name"), SessionQuery),
    responses((status = 200, body = Vec<ParticipantSession>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Query(q): Query<SessionQuery>,
) -> ApiResult<Json<Vec<ParticipantSession>>> {
    Ok(Json(sessions(&state, Some(&room), q).await?))
}

/// Query of the audit log.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct AuditQuery {
    /// Only entries about this room.
    pub room: Option<String>,
    /// At most this many (default 100, at most 1000).
    pub limit: Option<i64>,
}

/// The audit log, newest first (admins).
#[utoipa::path(get, path = "/api/v1/audit", tag = "audit", params(AuditQuery),
    responses((status = 200, body = Vec<AuditEntry>)))]
pub async fn audit(
    State(state): State<AppState>,
    Query(q): Query<AuditQuery>,
) -> ApiResult<Json<Vec<AuditEntry>>> {
    Ok(Json(
        state
            .store
            .audit_log(q.room.as_deref(), limit(q.limit)?)
            .await?,
    ))
}
