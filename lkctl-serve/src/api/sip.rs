//! SIP (admins): `/api/v1/sip/trunks`, `/api/v1/sip/rules` (list, create from LiveKit's own
//! JSON, delete) and `/api/v1/sip/calls` (dial out).
//!
//! Trunks and rules are created from the same JSON `lkctl sip trunk|rule create --file`
//! reads (a bare `SIP*TrunkInfo`/`SIPDispatchRuleInfo` or the wrapped request), checked
//! key by key so an unknown field is named.

use std::collections::HashMap;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lkctl_core::ops::sip::{self, CallOptions, Direction, SipCall, SipRule, SipTrunk};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

use super::Body;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Query of the trunk routes.
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct DirectionQuery {
    /// `inbound` or `outbound` (list: both when absent; create: guessed from the body,
    /// outbound when it has an `address`).
    pub direction: Option<String>,
}

fn direction(q: &DirectionQuery) -> ApiResult<Option<Direction>> {
    q.direction
        .as_deref()
        .map(|d| {
            Direction::from_name(d).ok_or_else(|| {
                ApiError::invalid("direction", format!("`{d}` is not inbound or outbound"))
            })
        })
        .transpose()
}

/// What a delete did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct DeletedId {
    /// The id deleted.
    pub id: String,
    /// Always true.
    pub deleted: bool,
}

/// SIP trunks (passwords masked).
#[utoipa::path(get, path = "/api/v1/sip/trunks", tag = "sip", params(DirectionQuery),
    responses((status = 200, body = Vec<SipTrunk>)))]
pub async fn list_trunks(
    State(state): State<AppState>,
    Query(q): Query<DirectionQuery>,
) -> ApiResult<Json<Vec<SipTrunk>>> {
    Ok(Json(
        sip::list_trunks(state.livekit(), direction(&q)?).await?,
    ))
}

fn request_text(body: &serde_json::Value) -> lkctl_core::request_file::RequestText {
    lkctl_core::request_file::RequestText::new("request body", body.to_string())
}

/// Create a trunk from LiveKit's `SIPInboundTrunkInfo` or `SIPOutboundTrunkInfo` JSON.
#[utoipa::path(post, path = "/api/v1/sip/trunks", tag = "sip", params(DirectionQuery),
    request_body(content = Object, description = "SIPInboundTrunkInfo or SIPOutboundTrunkInfo, bare or as {\"trunk\": {...}}"),
    responses((status = 201, body = SipTrunk)))]
pub async fn create_trunk(
    State(state): State<AppState>,
    Query(q): Query<DirectionQuery>,
    Body(body): Body<serde_json::Value>,
) -> ApiResult<(StatusCode, Json<SipTrunk>)> {
    let parsed = sip::read_trunk(&request_text(&body), direction(&q)?)?;
    Ok((
        StatusCode::CREATED,
        Json(sip::create_trunk(state.livekit(), parsed.value).await?),
    ))
}

/// Delete a trunk.
#[utoipa::path(delete, path = "/api/v1/sip/trunks/{trunk_id}", tag = "sip",
    params(("trunk_id" = String, Path, description = "Trunk id (`ST_…`)")),
    responses((status = 200, body = DeletedId)))]
pub async fn delete_trunk(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<DeletedId>> {
    sip::delete_trunk(state.livekit(), &id).await?;
    Ok(Json(DeletedId { id, deleted: true }))
}

/// SIP dispatch rules.
#[utoipa::path(get, path = "/api/v1/sip/rules", tag = "sip",
    responses((status = 200, body = Vec<SipRule>)))]
pub async fn list_rules(State(state): State<AppState>) -> ApiResult<Json<Vec<SipRule>>> {
    Ok(Json(sip::list_rules(state.livekit()).await?))
}

/// Create a dispatch rule from LiveKit's `SIPDispatchRuleInfo` JSON.
#[utoipa::path(post, path = "/api/v1/sip/rules", tag = "sip",
    request_body(content = Object, description = "SIPDispatchRuleInfo, bare or as {\"dispatch_rule\": {...}}"),
    responses((status = 201, body = SipRule)))]
pub async fn create_rule(
    State(state): State<AppState>,
    Body(body): Body<serde_json::Value>,
) -> ApiResult<(StatusCode, Json<SipRule>)> {
    let parsed = sip::read_rule(&request_text(&body))?;
    Ok((
        StatusCode::CREATED,
        Json(sip::create_rule(state.livekit(), parsed.value).await?),
    ))
}

/// Delete a dispatch rule.
#[utoipa::path(delete, path = "/api/v1/sip/rules/{rule_id}", tag = "sip",
    params(("rule_id" = String, Path, description = "Dispatch rule id (`SDR_…`)")),
    responses((status = 200, body = DeletedId)))]
pub async fn delete_rule(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<DeletedId>> {
    sip::delete_rule(state.livekit(), &id).await?;
    Ok(Json(DeletedId { id, deleted: true }))
}

/// Body of `POST /api/v1/sip/calls`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewCall {
    /// Outbound trunk (`ST_…`).
    pub trunk_id: String,
    /// Number (or SIP user) to call.
    pub to: String,
    /// Caller number to present.
    pub from: Option<String>,
    /// Room the callee joins.
    pub room: String,
    pub identity: Option<String>,
    pub name: Option<String>,
    pub metadata: Option<String>,
    #[serde(default)]
    pub attributes: HashMap<String, String>,
    /// SIP headers to send.
    #[serde(default)]
    pub headers: HashMap<String, String>,
    /// DTMF to send once answered.
    pub dtmf: Option<String>,
    #[serde(default)]
    pub play_dialtone: bool,
    #[serde(default)]
    pub hide_phone_number: bool,
    #[serde(default)]
    pub krisp: bool,
    /// Seconds to let it ring.
    pub ringing_timeout_secs: Option<u64>,
    /// Longest call, seconds.
    pub max_call_duration_secs: Option<u64>,
    /// Answer only once the callee picks up (or the call fails with its SIP status).
    #[serde(default)]
    pub wait_until_answered: bool,
}

/// Dial out and put the callee into a room.
#[utoipa::path(post, path = "/api/v1/sip/calls", tag = "sip", request_body = NewCall,
    responses((status = 201, body = SipCall)))]
pub async fn call(
    State(state): State<AppState>,
    Body(b): Body<NewCall>,
) -> ApiResult<(StatusCode, Json<SipCall>)> {
    let o = CallOptions {
        trunk_id: b.trunk_id,
        to: b.to,
        from: b.from,
        room: b.room,
        identity: b.identity,
        name: b.name,
        metadata: b.metadata,
        attributes: b.attributes,
        headers: b.headers,
        dtmf: b.dtmf,
        play_dialtone: b.play_dialtone,
        hide_phone_number: b.hide_phone_number,
        krisp: b.krisp,
        ringing_timeout: b.ringing_timeout_secs.map(Duration::from_secs),
        max_call_duration: b.max_call_duration_secs.map(Duration::from_secs),
        wait_until_answered: b.wait_until_answered,
    };
    Ok((
        StatusCode::CREATED,
        Json(sip::call_participant(state.livekit(), o).await?),
    ))
}
