//! LiveKit access tokens: `/api/v1/access-tokens` (admins: any grants),
//! `/api/v1/rooms/{room}/access-tokens` (hosts: a join token for their room), and
//! `/api/v1/access-tokens/{inspect,verify}`. (`/api/v1/tokens` is lkctl's own API tokens.)

use std::collections::BTreeMap;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use lkctl_core::token::{self, IssuedToken, TokenInfo, TokenRequest};
use serde::Deserialize;
use utoipa::ToSchema;

use super::Body;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Longest lifetime of a join token a host mints.
pub const MAX_HOST_TOKEN_TTL: Duration = Duration::from_secs(24 * 3600);

/// Body of `POST /api/v1/access-tokens`: the grants of `lkctl token create`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenBody {
    pub identity: Option<String>,
    pub name: Option<String>,
    pub room: Option<String>,
    pub metadata: Option<String>,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    /// Participant kind: standard, ingress, egress, sip, agent.
    pub kind: Option<String>,
    #[serde(default)]
    pub room_join: bool,
    #[serde(default)]
    pub room_create: bool,
    #[serde(default)]
    pub room_list: bool,
    #[serde(default)]
    pub room_admin: bool,
    #[serde(default)]
    pub room_record: bool,
    #[serde(default)]
    pub ingress_admin: bool,
    pub can_publish: Option<bool>,
    pub can_subscribe: Option<bool>,
    pub can_publish_data: Option<bool>,
    #[serde(default)]
    pub can_publish_sources: Vec<String>,
    pub can_update_own_metadata: Option<bool>,
    #[serde(default)]
    pub hidden: bool,
    #[serde(default)]
    pub agent: bool,
    #[serde(default)]
    pub sip_admin: bool,
    #[serde(default)]
    pub sip_call: bool,
    /// Lifetime in seconds (default 6 hours).
    pub ttl_secs: Option<u64>,
    /// Base URL for a ready join link.
    pub join_url_base: Option<String>,
}

fn livekit_url(state: &AppState) -> Option<String> {
    state.core.config().url.as_ref().map(|u| u.value.clone())
}

fn ttl(secs: Option<u64>) -> ApiResult<Option<Duration>> {
    match secs {
        Some(0) => Err(ApiError::invalid("ttl_secs", "give 1 or more seconds")),
        other => Ok(other.map(Duration::from_secs)),
    }
}

/// Mint a token with any grants (admins).
#[utoipa::path(post, path = "/api/v1/access-tokens", tag = "access-tokens",
    request_body = TokenBody, responses((status = 201, body = IssuedToken)))]
pub async fn create(
    State(state): State<AppState>,
    Body(b): Body<TokenBody>,
) -> ApiResult<(StatusCode, Json<IssuedToken>)> {
    let req = TokenRequest {
        identity: b.identity,
        name: b.name,
        room: b.room,
        metadata: b.metadata,
        attributes: b.attributes,
        kind: b.kind,
        room_join: b.room_join,
        room_create: b.room_create,
        room_list: b.room_list,
        room_admin: b.room_admin,
        room_record: b.room_record,
        ingress_admin: b.ingress_admin,
        can_publish: b.can_publish,
        can_subscribe: b.can_subscribe,
        can_publish_data: b.can_publish_data,
        can_publish_sources: b.can_publish_sources,
        can_update_own_metadata: b.can_update_own_metadata,
        hidden: b.hidden,
        agent: b.agent,
        sip_admin: b.sip_admin,
        sip_call: b.sip_call,
        valid_for: ttl(b.ttl_secs)?,
        not_before: None,
        room_config: None,
        join_url_base: b.join_url_base,
        livekit_url: livekit_url(&state),
    };
    let issued = token::create(&state.api_key, &state.api_secret, &req)?;
    Ok((StatusCode::CREATED, Json(issued)))
}

/// Body of `POST /api/v1/rooms/{room}/access-tokens`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct JoinTokenBody {
    /// Participant identity.
    pub identity: String,
    /// Display name.
    pub name: Option<String>,
    pub metadata: Option<String>,
    #[serde(default)]
    pub attributes: BTreeMap<String, String>,
    /// May publish (default true).
    pub can_publish: Option<bool>,
    /// May subscribe (default true).
    pub can_subscribe: Option<bool>,
    /// May publish data (default true).
    pub can_publish_data: Option<bool>,
    /// Lifetime in seconds (default 6 hours, at most 24 hours).
    pub ttl_secs: Option<u64>,
    /// Base URL for a ready join link.
    pub join_url_base: Option<String>,
}

/// Mint a join token for one room (its hosts): join grants only, never admin grants;
/// refused for an identity banned from the room.
#[utoipa::path(post, path = "/api/v1/rooms/{room}/access-tokens", tag = "access-tokens",
    request_body = JoinTokenBody,
    params(("room" = String, Path, description = "Room name")),
    responses((status = 201, body = IssuedToken)))]
pub async fn create_join(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Body(b): Body<JoinTokenBody>,
) -> ApiResult<(StatusCode, Json<IssuedToken>)> {
    let valid_for = ttl(b.ttl_secs)?;
    if valid_for.is_some_and(|t| t > MAX_HOST_TOKEN_TTL) {
        return Err(ApiError::invalid(
            "ttl_secs",
            format!("at most {} seconds", MAX_HOST_TOKEN_TTL.as_secs()),
        ));
    }
    lkctl_core::ops::policy::validate_identity("identity", &b.identity)?;
    if let Some(ban) = state
        .bans
        .active(&room, None, None, Some(&b.identity))
        .await?
    {
        return Err(ApiError::forbidden(format!(
            "`{}` is banned from room `{room}` (ban {})",
            b.identity, ban.id
        )));
    }
    let req = TokenRequest {
        identity: Some(b.identity),
        name: b.name,
        room: Some(room),
        metadata: b.metadata,
        attributes: b.attributes,
        room_join: true,
        can_publish: b.can_publish,
        can_subscribe: b.can_subscribe,
        can_publish_data: b.can_publish_data,
        valid_for,
        join_url_base: b.join_url_base,
        livekit_url: livekit_url(&state),
        ..Default::default()
    };
    let issued = token::create(&state.api_key, &state.api_secret, &req)?;
    Ok((StatusCode::CREATED, Json(issued)))
}

/// Body of the inspect and verify routes.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TokenText {
    /// The JWT.
    pub token: String,
}

/// Decode a token without checking its signature.
#[utoipa::path(post, path = "/api/v1/access-tokens/inspect", tag = "access-tokens",
    request_body = TokenText, responses((status = 200, body = TokenInfo)))]
pub async fn inspect(Body(b): Body<TokenText>) -> ApiResult<Json<TokenInfo>> {
    Ok(Json(token::inspect(b.token.trim())?))
}

/// Check a token's signature with this server's API secret, and decode it.
#[utoipa::path(post, path = "/api/v1/access-tokens/verify", tag = "access-tokens",
    request_body = TokenText, responses((status = 200, body = TokenInfo)))]
pub async fn verify(
    State(state): State<AppState>,
    Body(b): Body<TokenText>,
) -> ApiResult<Json<TokenInfo>> {
    match token::verify(b.token.trim(), &state.api_key, &state.api_secret) {
        Ok(info) => Ok(Json(info)),
        // The token is refused, not the caller: a 401 would read as "log in again".
        Err(lkctl_core::Error::Unauthenticated(why) | lkctl_core::Error::PermissionDenied(why)) => {
            Err(ApiError::invalid("token", why))
        }
        Err(e) => Err(e.into()),
    }
}
