//! Agent dispatch: `/api/v1/rooms/{room}/dispatches[/{dispatch_id}]` (a room's hosts).

use std::collections::HashMap;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use lkctl_core::ops::dispatch::{self, Dispatch};
use serde::Deserialize;
use utoipa::ToSchema;

use super::Body;
use crate::error::ApiResult;
use crate::state::AppState;

/// The agent dispatches of a room.
#[utoipa::path(get, path = "/api/v1/rooms/{room}/dispatches", tag = "dispatch",
    params(("room" = String, Path, description = "Room name")),
    responses((status = 200, body = Vec<Dispatch>)))]
pub async fn list(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Json<Vec<Dispatch>>> {
    Ok(Json(dispatch::list(state.livekit(), &room).await?))
}

/// Body of `POST /api/v1/rooms/{room}/dispatches`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewDispatch {
    /// The agent to dispatch.
    pub agent_name: String,
    /// Job metadata for the agent.
    #[serde(default)]
    pub metadata: String,
    /// Attributes of the agent's participant.
    #[serde(default)]
    pub attributes: HashMap<String, String>,
}

/// Dispatch an agent into the room.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/dispatches", tag = "dispatch",
    request_body = NewDispatch,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = Dispatch)))]
pub async fn create(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(b): Body<NewDispatch>,
) -> ApiResult<(StatusCode, Json<Dispatch>)> {
    let d = dispatch::create(
        state.livekit(),
        &room,
        &b.agent_name,
        &b.metadata,
        b.attributes,
    )
    .await?;
    Ok((StatusCode::CREATED, Json(d)))
}

/// Delete a dispatch of the room.
#[utoipa::path(delete, path = "/api/v1/rooms/{room}/dispatches/{dispatch_id}", tag = "dispatch",
    params(("room" = String, Path, description = "Room name"),
           ("dispatch_id" = String, Path, description = "Dispatch id (`AD_…`)")),
    responses((status = 200, body = Dispatch)))]
pub async fn delete(
    State(state): State<AppState>,
    Path((room, id)): Path<(String, String)>,
) -> ApiResult<Json<Dispatch>> {
    Ok(Json(dispatch::delete(state.livekit(), &room, &id).await?))
}
