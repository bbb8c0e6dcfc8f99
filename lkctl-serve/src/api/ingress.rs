//! `/api/v1/ingress[/{ingress_id}]` (admins): list, create, delete.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lkctl_core::ops::ingress::{self, CreateIngress, Ingress};
use serde::Deserialize;
use utoipa::{IntoParams, ToSchema};

use super::Body;
use crate::error::ApiResult;
use crate::state::AppState;

/// Query of `GET /api/v1/ingress`.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct IngressQuery {
    /// Only the ingresses of this room.
    pub room: Option<String>,
}

/// Ingresses, all or of one room.
#[utoipa::path(get, path = "/api/v1/ingress", tag = "ingress", params(IngressQuery),
    responses((status = 200, body = Vec<Ingress>)))]
pub async fn list(
    State(state): State<AppState>,
    Query(q): Query<IngressQuery>,
) -> ApiResult<Json<Vec<Ingress>>> {
    Ok(Json(
        ingress::list(state.livekit(), q.room.as_deref(), None).await?,
    ))
}

/// Body of `POST /api/v1/ingress`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewIngress {
    /// `rtmp`, `whip` or `url`.
    pub input_type: String,
    /// Label.
    #[serde(default)]
    pub name: String,
    /// Room the stream is published into.
    pub room: String,
    /// Identity of the publishing participant.
    pub identity: String,
    pub participant_name: Option<String>,
    pub metadata: Option<String>,
    /// For `url`: the media to pull.
    pub url: Option<String>,
    pub enable_transcoding: Option<bool>,
    pub enabled: Option<bool>,
}

/// Create an ingress.
#[utoipa::path(post, path = "/api/v1/ingress", tag = "ingress", request_body = NewIngress,
    responses((status = 201, body = Ingress)))]
pub async fn create(
    State(state): State<AppState>,
    Body(b): Body<NewIngress>,
) -> ApiResult<(StatusCode, Json<Ingress>)> {
    let req = CreateIngress {
        input_type: b.input_type,
        name: b.name,
        room: b.room,
        identity: b.identity,
        participant_name: b.participant_name,
        metadata: b.metadata,
        url: b.url,
        enable_transcoding: b.enable_transcoding,
        enabled: b.enabled,
    }
    .into_request()?;
    Ok((
        StatusCode::CREATED,
        Json(ingress::create(state.livekit(), req).await?),
    ))
}

/// Delete an ingress.
#[utoipa::path(delete, path = "/api/v1/ingress/{ingress_id}", tag = "ingress",
    params(("ingress_id" = String, Path, description = "Ingress id (`IN_…`)")),
    responses((status = 200, body = Ingress)))]
pub async fn delete(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<Ingress>> {
    Ok(Json(ingress::delete(state.livekit(), &id).await?))
}
