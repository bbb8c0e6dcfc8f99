//! SIP (admins): `/api/v1/sip/trunks` and `/api/v1/sip/rules` (list, create from LiveKit's
//! own JSON, get, update some fields, delete), `/api/v1/sip/calls` (dial out) and
//! `/api/v1/sip/transfers` (a SIP participant to another number or URI).
//!
//! Trunks and rules are created from the same JSON `lkctl sip trunk|rule create --file`
//! reads (a bare `SIP*TrunkInfo`/`SIPDispatchRuleInfo` or the wrapped request), checked
//! key by key so an unknown field is named.

use std::collections::HashMap;
use std::time::Duration;

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use lkctl_core::ops::sip::{
    self, CallOptions, Direction, RuleOptions, SipCall, SipRule, SipTrunk, Transfer,
    TransferOptions, TrunkChanges,
};
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

/// One trunk (password masked).
#[utoipa::path(get, path = "/api/v1/sip/trunks/{trunk_id}", tag = "sip",
    params(("trunk_id" = String, Path, description = "Trunk id (`ST_…`)")),
    responses((status = 200, body = SipTrunk)))]
pub async fn get_trunk(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<SipTrunk>> {
    Ok(Json(sip::get_trunk(state.livekit(), &id).await?))
}

/// Body of `PATCH /api/v1/sip/trunks/{trunk_id}`: the fields to change (absent ones stay),
/// as `lkctl sip trunk update` takes them.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TrunkPatch {
    pub name: Option<String>,
    pub metadata: Option<String>,
    /// Replaces the trunk's numbers.
    pub numbers: Option<Vec<String>>,
    pub auth_username: Option<String>,
    pub auth_password: Option<String>,
    /// Outbound trunks only.
    pub address: Option<String>,
    /// Outbound trunks only: `auto`, `udp`, `tcp` or `tls`.
    pub transport: Option<String>,
    /// Inbound trunks only: replaces the allowed addresses.
    pub allowed_addresses: Option<Vec<String>>,
}

/// Change some fields of a trunk.
#[utoipa::path(patch, path = "/api/v1/sip/trunks/{trunk_id}", tag = "sip",
    request_body = TrunkPatch,
    params(("trunk_id" = String, Path, description = "Trunk id (`ST_…`)")),
    responses((status = 200, body = SipTrunk)))]
pub async fn update_trunk(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Body(b): Body<TrunkPatch>,
) -> ApiResult<Json<SipTrunk>> {
    let changes = TrunkChanges {
        name: b.name,
        metadata: b.metadata,
        numbers: b.numbers,
        auth_username: b.auth_username,
        auth_password: b.auth_password,
        address: b.address,
        transport: b.transport,
        allowed_addresses: b.allowed_addresses,
    };
    Ok(Json(
        sip::update_trunk(state.livekit(), &id, changes).await?,
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

/// One dispatch rule.
#[utoipa::path(get, path = "/api/v1/sip/rules/{rule_id}", tag = "sip",
    params(("rule_id" = String, Path, description = "Dispatch rule id (`SDR_…`)")),
    responses((status = 200, body = SipRule)))]
pub async fn get_rule(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> ApiResult<Json<SipRule>> {
    Ok(Json(sip::get_rule(state.livekit(), &id).await?))
}

/// Body of `PATCH /api/v1/sip/rules/{rule_id}`: the fields to change (absent ones stay), as
/// `lkctl sip rule update` takes them.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RulePatch {
    pub name: Option<String>,
    /// Make it a direct rule into this room (at most one of the three kinds).
    pub direct_room: Option<String>,
    /// Make it an individual rule: a room per caller, with this prefix.
    pub individual_prefix: Option<String>,
    /// Make it a callee rule: the called number's room, with this prefix.
    pub callee_prefix: Option<String>,
    pub pin: Option<String>,
    /// Individual: no random suffix when false; callee: add one when true.
    pub randomize: Option<bool>,
    /// Replaces the trunks the rule applies to.
    pub trunk_ids: Option<Vec<String>>,
    /// Replaces the inbound numbers it applies to.
    pub inbound_numbers: Option<Vec<String>>,
    /// Replaces the agents dispatched into the room.
    pub agents: Option<Vec<String>>,
    pub metadata: Option<String>,
    pub hide_phone_number: Option<bool>,
}

/// Change some fields of a dispatch rule.
#[utoipa::path(patch, path = "/api/v1/sip/rules/{rule_id}", tag = "sip",
    request_body = RulePatch,
    params(("rule_id" = String, Path, description = "Dispatch rule id (`SDR_…`)")),
    responses((status = 200, body = SipRule)))]
pub async fn update_rule(
    State(state): State<AppState>,
    Path(id): Path<String>,
    Body(b): Body<RulePatch>,
) -> ApiResult<Json<SipRule>> {
    let opts = RuleOptions {
        name: b.name,
        direct_room: b.direct_room,
        individual_prefix: b.individual_prefix,
        callee_prefix: b.callee_prefix,
        pin: b.pin,
        randomize: b.randomize,
        trunk_ids: b.trunk_ids,
        inbound_numbers: b.inbound_numbers,
        agents: b.agents,
        metadata: b.metadata,
        hide_phone_number: b.hide_phone_number,
    };
    Ok(Json(sip::update_rule(state.livekit(), &id, &opts).await?))
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

/// Body of `POST /api/v1/sip/transfers`.
#[derive(Debug, Default, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewTransfer {
    /// Room the SIP participant is in.
    pub room: String,
    /// The SIP participant's identity.
    pub identity: String,
    /// `tel:+1555…` or `sip:user@host`.
    pub to: String,
    #[serde(default)]
    pub play_dialtone: bool,
    /// SIP headers to send with the REFER.
    #[serde(default)]
    pub headers: HashMap<String, String>,
    /// Seconds to let the new destination ring.
    pub ringing_timeout_secs: Option<u64>,
}

/// Transfer a SIP participant (SIP REFER) to another number or SIP URI.
#[utoipa::path(post, path = "/api/v1/sip/transfers", tag = "sip", request_body = NewTransfer,
    responses((status = 200, body = Transfer)))]
pub async fn transfer(
    State(state): State<AppState>,
    Body(b): Body<NewTransfer>,
) -> ApiResult<Json<Transfer>> {
    let o = TransferOptions {
        room: b.room,
        identity: b.identity,
        to: b.to,
        play_dialtone: b.play_dialtone,
        headers: b.headers,
        ringing_timeout: b.ringing_timeout_secs.map(Duration::from_secs),
    };
    Ok(Json(sip::transfer(state.livekit(), o).await?))
}
