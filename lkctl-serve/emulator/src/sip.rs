//! `livekit.SIP` (LIVEKIT.md §2.4): trunks, dispatch rules, outbound calls and transfers.
//!
//! Trunk and rule RPCs need `sip.admin`; CreateSIPParticipant needs `sip.call`;
//! TransferSIPParticipant needs `sip.call` and `roomAdmin` on the room. A call puts a
//! SIP participant into the room (created if missing). A call failure set with
//! [`Control::set_sip_call_failure`] answers calls that wait for an answer
//! (`wait_until_answered`) like LiveKit does when the callee rejects: a Twirp error
//! whose code follows `sipCodeToGRPCCode`, with meta `sip_status_code`, `sip_status` and
//! `error_details` (base64 of a `google.rpc.Status` carrying a `livekit.SIPStatus` detail).
//!
//! Longer than our ~600-line mark on purpose: one LiveKit service (trunks, dispatch rules,
//! calls and transfers share the trunk-matching and failure-scripting state).

use std::collections::BTreeMap;

use async_trait::async_trait;
use livekit_protocol as proto;

use super::control::Control;
use super::error::{Code, TwirpError};
use super::ids;
use super::rooms::{self, PARTICIPANT_NOT_FOUND};
use super::service::{CallCtx, Reply, Request, TwirpService};
use super::state::now_unix;

/// LiveKit's message for an unknown trunk.
pub(crate) const TRUNK_NOT_FOUND: &str = "requested sip trunk does not exist";
/// The emulator's message for an unknown dispatch rule.
pub(crate) const RULE_NOT_FOUND: &str = "requested sip dispatch rule does not exist";

/// Trunks, rules and the scripted outcome of calls.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub(crate) struct SipState {
    pub inbound: BTreeMap<String, proto::SipInboundTrunkInfo>,
    pub outbound: BTreeMap<String, proto::SipOutboundTrunkInfo>,
    pub rules: BTreeMap<String, proto::SipDispatchRuleInfo>,
    /// `(status code, reason)` every waiting call fails with, e.g. `(486, "Busy Here")`.
    pub call_failure: Option<(u32, String)>,
    /// `(status code, reason)` every transfer fails with.
    pub transfer_failure: Option<(u32, String)>,
    /// Every CreateSIPParticipant request accepted, in order.
    pub calls: Vec<proto::CreateSipParticipantRequest>,
}

pub(crate) struct SipService;

#[async_trait]
impl TwirpService for SipService {
    fn name(&self) -> &'static str {
        "SIP"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        match method {
            "CreateSIPParticipant" => {
                ctx.grants.sip_call()?;
                return create_participant(ctx, req.decode()?);
            }
            "TransferSIPParticipant" => {
                let r: proto::TransferSipParticipantRequest = req.decode()?;
                ctx.grants.sip_call()?;
                ctx.grants.room_admin(&r.room_name)?;
                return transfer(ctx, r);
            }
            _ => {}
        }
        ctx.grants.sip_admin()?;
        match method {
            "CreateSIPInboundTrunk" => create_inbound(ctx, req.decode()?),
            "CreateSIPOutboundTrunk" => create_outbound(ctx, req.decode()?),
            "UpdateSIPInboundTrunk" => update_inbound(ctx, req.decode()?),
            "UpdateSIPOutboundTrunk" => update_outbound(ctx, req.decode()?),
            "GetSIPInboundTrunk" => {
                let r: proto::GetSipInboundTrunkRequest = req.decode()?;
                let trunk = ctx.state().sip.inbound.get(&r.sip_trunk_id).cloned();
                let trunk = trunk.ok_or_else(|| TwirpError::not_found(TRUNK_NOT_FOUND))?;
                Ok(Reply::new(&proto::GetSipInboundTrunkResponse {
                    trunk: Some(trunk),
                }))
            }
            "GetSIPOutboundTrunk" => {
                let r: proto::GetSipOutboundTrunkRequest = req.decode()?;
                let trunk = ctx.state().sip.outbound.get(&r.sip_trunk_id).cloned();
                let trunk = trunk.ok_or_else(|| TwirpError::not_found(TRUNK_NOT_FOUND))?;
                Ok(Reply::new(&proto::GetSipOutboundTrunkResponse {
                    trunk: Some(trunk),
                }))
            }
            "ListSIPInboundTrunk" => {
                let r: proto::ListSipInboundTrunkRequest = req.decode()?;
                let items = ctx
                    .state()
                    .sip
                    .inbound
                    .values()
                    .filter(|t| r.trunk_ids.is_empty() || r.trunk_ids.contains(&t.sip_trunk_id))
                    .filter(|t| {
                        r.numbers.is_empty() || t.numbers.iter().any(|n| r.numbers.contains(n))
                    })
                    .cloned()
                    .collect();
                Ok(Reply::new(&proto::ListSipInboundTrunkResponse { items }))
            }
            "ListSIPOutboundTrunk" => {
                let r: proto::ListSipOutboundTrunkRequest = req.decode()?;
                let items = ctx
                    .state()
                    .sip
                    .outbound
                    .values()
                    .filter(|t| r.trunk_ids.is_empty() || r.trunk_ids.contains(&t.sip_trunk_id))
                    .filter(|t| {
                        r.numbers.is_empty() || t.numbers.iter().any(|n| r.numbers.contains(n))
                    })
                    .cloned()
                    .collect();
                Ok(Reply::new(&proto::ListSipOutboundTrunkResponse { items }))
            }
            "DeleteSIPTrunk" => delete_trunk(ctx, req.decode()?),
            "CreateSIPDispatchRule" => create_rule(ctx, req.decode()?),
            "UpdateSIPDispatchRule" => update_rule(ctx, req.decode()?),
            "ListSIPDispatchRule" => {
                let r: proto::ListSipDispatchRuleRequest = req.decode()?;
                let items = ctx
                    .state()
                    .sip
                    .rules
                    .values()
                    .filter(|d| {
                        r.dispatch_rule_ids.is_empty()
                            || r.dispatch_rule_ids.contains(&d.sip_dispatch_rule_id)
                    })
                    .filter(|d| {
                        r.trunk_ids.is_empty()
                            || d.trunk_ids.iter().any(|t| r.trunk_ids.contains(t))
                    })
                    .cloned()
                    .collect();
                Ok(Reply::new(&proto::ListSipDispatchRuleResponse { items }))
            }
            "DeleteSIPDispatchRule" => {
                let r: proto::DeleteSipDispatchRuleRequest = req.decode()?;
                let rule = ctx.state().sip.rules.remove(&r.sip_dispatch_rule_id);
                Ok(Reply::new(
                    &rule.ok_or_else(|| TwirpError::not_found(RULE_NOT_FOUND))?,
                ))
            }
            "ListSIPTrunk" => {
                // Deprecated but still served: every trunk in the legacy shape, sorted by
                // ID (redisstore_sip.go ListSIPTrunk, sortPage).
                let _: proto::ListSipTrunkRequest = req.decode()?;
                let state = ctx.state();
                let inbound = state.sip.inbound.values().map(inbound_as_legacy);
                let outbound = state.sip.outbound.values().map(outbound_as_legacy);
                let mut items: Vec<_> = inbound.chain(outbound).collect();
                items.sort_by(|a, b| a.sip_trunk_id.cmp(&b.sip_trunk_id));
                Ok(Reply::new(&proto::ListSipTrunkResponse { items }))
            }
            _ => Err(ctx.no_handler()),
        }
    }
}

/// Sets `created_at`/`updated_at` (a `google.protobuf.Timestamp`) to now.
macro_rules! stamp {
    ($field:expr) => {{
        let mut t = $field.take().unwrap_or_default();
        t.seconds = now_unix();
        t.nanos = 0;
        $field = Some(t);
    }};
}

fn create_inbound(
    ctx: &CallCtx,
    req: proto::CreateSipInboundTrunkRequest,
) -> Result<Reply, TwirpError> {
    let mut t = req
        .trunk
        .ok_or_else(|| TwirpError::invalid_argument("trunk is required"))?;
    t.sip_trunk_id = ids::new_id("ST_");
    stamp!(t.created_at);
    t.updated_at = t.created_at;
    ctx.state()
        .sip
        .inbound
        .insert(t.sip_trunk_id.clone(), t.clone());
    Ok(Reply::new(&t))
}

fn create_outbound(
    ctx: &CallCtx,
    req: proto::CreateSipOutboundTrunkRequest,
) -> Result<Reply, TwirpError> {
    let mut t = req
        .trunk
        .ok_or_else(|| TwirpError::invalid_argument("trunk is required"))?;
    if t.address.is_empty() {
        return Err(TwirpError::invalid_argument("no trunk address specified"));
    }
    t.sip_trunk_id = ids::new_id("ST_");
    stamp!(t.created_at);
    t.updated_at = t.created_at;
    ctx.state()
        .sip
        .outbound
        .insert(t.sip_trunk_id.clone(), t.clone());
    Ok(Reply::new(&t))
}

fn apply_list(list: &mut Vec<String>, upd: Option<proto::ListUpdate>) {
    let Some(u) = upd else { return };
    if u.clear {
        list.clear();
    }
    if !u.set.is_empty() {
        *list = u.set;
    }
    for a in u.add {
        if !list.contains(&a) {
            list.push(a);
        }
    }
    list.retain(|x| !u.remove.contains(x));
}

fn update_inbound(
    ctx: &CallCtx,
    req: proto::UpdateSipInboundTrunkRequest,
) -> Result<Reply, TwirpError> {
    use proto::update_sip_inbound_trunk_request::Action;
    let mut state = ctx.state();
    let cur = state
        .sip
        .inbound
        .get_mut(&req.sip_trunk_id)
        .ok_or_else(|| TwirpError::not_found(TRUNK_NOT_FOUND))?;
    match req.action.ok_or_else(|| {
        TwirpError::invalid_argument("an update action (replace or update) is required")
    })? {
        Action::Replace(mut t) => {
            t.sip_trunk_id = cur.sip_trunk_id.clone();
            t.created_at = cur.created_at;
            *cur = t;
        }
        Action::Update(u) => {
            apply_list(&mut cur.numbers, u.numbers);
            apply_list(&mut cur.allowed_addresses, u.allowed_addresses);
            apply_list(&mut cur.allowed_numbers, u.allowed_numbers);
            for (field, v) in [
                (&mut cur.auth_username, u.auth_username),
                (&mut cur.auth_password, u.auth_password),
                (&mut cur.auth_realm, u.auth_realm),
                (&mut cur.name, u.name),
                (&mut cur.metadata, u.metadata),
            ] {
                if let Some(v) = v {
                    *field = v;
                }
            }
            if u.media.is_some() {
                cur.media = u.media;
            }
        }
    }
    stamp!(cur.updated_at);
    Ok(Reply::new(&cur.clone()))
}

fn update_outbound(
    ctx: &CallCtx,
    req: proto::UpdateSipOutboundTrunkRequest,
) -> Result<Reply, TwirpError> {
    use proto::update_sip_outbound_trunk_request::Action;
    let mut state = ctx.state();
    let cur = state
        .sip
        .outbound
        .get_mut(&req.sip_trunk_id)
        .ok_or_else(|| TwirpError::not_found(TRUNK_NOT_FOUND))?;
    match req.action.ok_or_else(|| {
        TwirpError::invalid_argument("an update action (replace or update) is required")
    })? {
        Action::Replace(mut t) => {
            if t.address.is_empty() {
                return Err(TwirpError::invalid_argument("no trunk address specified"));
            }
            t.sip_trunk_id = cur.sip_trunk_id.clone();
            t.created_at = cur.created_at;
            *cur = t;
        }
        Action::Update(u) => {
            apply_list(&mut cur.numbers, u.numbers);
            for (field, v) in [
                (&mut cur.address, u.address),
                (&mut cur.destination_country, u.destination_country),
                (&mut cur.auth_username, u.auth_username),
                (&mut cur.auth_password, u.auth_password),
                (&mut cur.name, u.name),
                (&mut cur.metadata, u.metadata),
                (&mut cur.from_host, u.from_host),
            ] {
                if let Some(v) = v {
                    *field = v;
                }
            }
            if let Some(t) = u.transport {
                cur.transport = t;
            }
            if u.media.is_some() {
                cur.media = u.media;
            }
        }
    }
    stamp!(cur.updated_at);
    Ok(Reply::new(&cur.clone()))
}

/// The deprecated `SIPTrunkInfo` view of an inbound trunk (protocol `livekit/sip.go`
/// `SIPInboundTrunkInfo.AsTrunkInfo`).
#[allow(deprecated)]
fn inbound_as_legacy(t: &proto::SipInboundTrunkInfo) -> proto::SipTrunkInfo {
    proto::SipTrunkInfo {
        sip_trunk_id: t.sip_trunk_id.clone(),
        kind: proto::sip_trunk_info::TrunkKind::TrunkInbound as i32,
        name: t.name.clone(),
        metadata: t.metadata.clone(),
        outbound_number: t.numbers.first().cloned().unwrap_or_default(),
        inbound_addresses: t.allowed_addresses.clone(),
        inbound_numbers: t.allowed_numbers.clone(),
        inbound_username: t.auth_username.clone(),
        inbound_password: t.auth_password.clone(),
        ..Default::default()
    }
}

/// The deprecated `SIPTrunkInfo` view of an outbound trunk (`AsTrunkInfo`).
#[allow(deprecated)]
fn outbound_as_legacy(t: &proto::SipOutboundTrunkInfo) -> proto::SipTrunkInfo {
    proto::SipTrunkInfo {
        sip_trunk_id: t.sip_trunk_id.clone(),
        kind: proto::sip_trunk_info::TrunkKind::TrunkOutbound as i32,
        name: t.name.clone(),
        metadata: t.metadata.clone(),
        outbound_address: t.address.clone(),
        transport: t.transport,
        outbound_number: t.numbers.first().cloned().unwrap_or_default(),
        outbound_username: t.auth_username.clone(),
        outbound_password: t.auth_password.clone(),
        ..Default::default()
    }
}

fn delete_trunk(ctx: &CallCtx, req: proto::DeleteSipTrunkRequest) -> Result<Reply, TwirpError> {
    if req.sip_trunk_id.is_empty() {
        return Err(TwirpError::invalid_argument("trunk ID is required"));
    }
    // LiveKit answers 200 for unknown IDs too (pkg/service/sip.go DeleteSIPTrunk
    // calls the store's delete, an HDel that ignores missing keys).
    let mut state = ctx.state();
    state.sip.inbound.remove(&req.sip_trunk_id);
    state.sip.outbound.remove(&req.sip_trunk_id);
    // LiveKit echoes only the ID.
    Ok(Reply::new(&proto::SipTrunkInfo {
        sip_trunk_id: req.sip_trunk_id,
        ..Default::default()
    }))
}

fn has_rule(r: &proto::SipDispatchRuleInfo) -> bool {
    r.rule.as_ref().and_then(|r| r.rule.as_ref()).is_some()
}

fn create_rule(
    ctx: &CallCtx,
    req: proto::CreateSipDispatchRuleRequest,
) -> Result<Reply, TwirpError> {
    #[allow(deprecated)]
    let mut r = match req.dispatch_rule {
        Some(r) => r,
        // The deprecated flat fields of the request.
        None => proto::SipDispatchRuleInfo {
            rule: req.rule,
            trunk_ids: req.trunk_ids,
            hide_phone_number: req.hide_phone_number,
            inbound_numbers: req.inbound_numbers,
            name: req.name,
            metadata: req.metadata,
            attributes: req.attributes,
            room_preset: req.room_preset,
            room_config: req.room_config,
            ..Default::default()
        },
    };
    if !has_rule(&r) {
        return Err(TwirpError::invalid_argument(
            "dispatch rule is required (direct, individual or callee)",
        ));
    }
    r.sip_dispatch_rule_id = ids::new_id("SDR_");
    stamp!(r.created_at);
    r.updated_at = r.created_at;
    ctx.state()
        .sip
        .rules
        .insert(r.sip_dispatch_rule_id.clone(), r.clone());
    Ok(Reply::new(&r))
}

fn update_rule(
    ctx: &CallCtx,
    req: proto::UpdateSipDispatchRuleRequest,
) -> Result<Reply, TwirpError> {
    use proto::update_sip_dispatch_rule_request::Action;
    let mut state = ctx.state();
    let cur = state
        .sip
        .rules
        .get_mut(&req.sip_dispatch_rule_id)
        .ok_or_else(|| TwirpError::not_found(RULE_NOT_FOUND))?;
    match req.action.ok_or_else(|| {
        TwirpError::invalid_argument("an update action (replace or update) is required")
    })? {
        Action::Replace(mut r) => {
            if !has_rule(&r) {
                return Err(TwirpError::invalid_argument(
                    "dispatch rule is required (direct, individual or callee)",
                ));
            }
            r.sip_dispatch_rule_id = cur.sip_dispatch_rule_id.clone();
            r.created_at = cur.created_at;
            *cur = r;
        }
        Action::Update(u) => {
            apply_list(&mut cur.trunk_ids, u.trunk_ids);
            if u.rule.is_some() {
                cur.rule = u.rule;
            }
            if let Some(n) = u.name {
                cur.name = n;
            }
            if let Some(m) = u.metadata {
                cur.metadata = m;
            }
            for (k, v) in u.attributes {
                cur.attributes.insert(k, v);
            }
            if u.media.is_some() {
                cur.media = u.media;
            }
        }
    }
    stamp!(cur.updated_at);
    Ok(Reply::new(&cur.clone()))
}

/// LiveKit's mapping from a SIP status to a Twirp code (`livekit/sip.go` `sipCodeToGRPCCode`).
pub(crate) fn sip_status_code(status: u32) -> Code {
    match status {
        480 | 486 | 600 => Code::ResourceExhausted,
        401 | 402 | 403 | 603 => Code::PermissionDenied,
        404 => Code::NotFound,
        408 | 504 => Code::DeadlineExceeded,
        487 => Code::Aborted,
        400..=499 => Code::InvalidArgument,
        500..=599 => Code::FailedPrecondition,
        _ => Code::Unknown,
    }
}

/// `google.rpc.Status`, as `xtwirp.WithDetailsFromStatus` marshals it.
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct RpcStatus {
    #[prost(int32, tag = "1")]
    pub code: i32,
    #[prost(string, tag = "2")]
    pub message: String,
    #[prost(message, repeated, tag = "3")]
    pub details: Vec<AnyMessage>,
}

/// `google.protobuf.Any`.
#[derive(Clone, PartialEq, prost::Message)]
pub(crate) struct AnyMessage {
    #[prost(string, tag = "1")]
    pub type_url: String,
    #[prost(bytes = "vec", tag = "2")]
    pub value: Vec<u8>,
}

/// The gRPC status code number of a Twirp code (inverse of `xtwirp.ErrorCodeFromGRPC`).
fn grpc_code(code: Code) -> i32 {
    match code {
        Code::Canceled => 1,
        Code::Unknown => 2,
        Code::InvalidArgument | Code::Malformed => 3,
        Code::DeadlineExceeded => 4,
        Code::NotFound | Code::BadRoute => 5,
        Code::AlreadyExists => 6,
        Code::PermissionDenied => 7,
        Code::ResourceExhausted => 8,
        Code::FailedPrecondition => 9,
        Code::Aborted => 10,
        Code::OutOfRange => 11,
        Code::Unimplemented => 12,
        Code::Internal => 13,
        Code::Unavailable => 14,
        Code::DataLoss => 15,
        Code::Unauthenticated => 16,
    }
}

/// A failed INVITE or REFER as the server reports it: the SIP status's gRPC status
/// (`livekit/sip.go` `SIPStatus.GRPCStatus`: code from `sipCodeToGRPCCode`, one
/// `livekit.SIPStatus` detail) becomes Twirp meta `sip_status_code` and `sip_status`
/// (`SIPStatus.TwirpErrorMeta`) plus `error_details`, the standard base64 of the marshalled
/// `google.rpc.Status` (`utils/xtwirp/errors.go` `WithDetailsFromStatus`).
fn sip_error(what: &str, status: u32, reason: &str) -> TwirpError {
    use base64::Engine;
    use prost::Message;
    let code = sip_status_code(status);
    let detail = proto::SipStatus {
        code: status as i32,
        status: reason.to_string(),
    };
    let msg = format!("{what} failed: sip status: {status}: {reason}");
    // grpc-go's `status.FromError` on the wrapped SIPStatus keeps the whole error message.
    let st = RpcStatus {
        code: grpc_code(code),
        message: msg.clone(),
        details: vec![AnyMessage {
            type_url: "type.googleapis.com/livekit.SIPStatus".into(),
            value: detail.encode_to_vec(),
        }],
    };
    let details = base64::engine::general_purpose::STANDARD.encode(st.encode_to_vec());
    TwirpError::new(code, msg)
        .with_meta("sip_status_code", status.to_string())
        .with_meta("sip_status", reason)
        .with_meta("error_details", details)
}

fn create_participant(
    ctx: &CallCtx,
    req: proto::CreateSipParticipantRequest,
) -> Result<Reply, TwirpError> {
    if req.sip_call_to.is_empty() {
        return Err(TwirpError::invalid_argument("call-to number must be set"));
    }
    if req.room_name.is_empty() {
        return Err(TwirpError::invalid_argument("room name must be set"));
    }
    let mut state = ctx.state();
    if req.trunk.is_none() && !state.sip.outbound.contains_key(&req.sip_trunk_id) {
        return Err(TwirpError::not_found(TRUNK_NOT_FOUND));
    }
    if req.wait_until_answered
        && let Some((status, reason)) = state.sip.call_failure.clone()
    {
        state.sip.calls.push(req);
        return Err(sip_error("INVITE", status, &reason));
    }
    if !state.rooms.contains_key(&req.room_name) {
        state.create_room(&proto::CreateRoomRequest {
            name: req.room_name.clone(),
            ..Default::default()
        });
    }
    let identity = if req.participant_identity.is_empty() {
        format!("sip_{}", req.sip_call_to)
    } else {
        req.participant_identity.clone()
    };
    let mut p = rooms::new_participant(
        &identity,
        &req.participant_name,
        proto::participant_info::Kind::Sip,
    );
    p.metadata = req.participant_metadata.clone();
    p.attributes = req.participant_attributes.clone();
    let call_id = ids::new_id("SCL_");
    p.attributes.insert("sip.callID".into(), call_id.clone());
    p.attributes
        .insert("sip.callStatus".into(), "active".into());
    if !req.hide_phone_number {
        p.attributes
            .insert("sip.phoneNumber".into(), req.sip_call_to.clone());
    }
    let p = state.join(&req.room_name, p)?;
    let info = proto::SipParticipantInfo {
        participant_id: p.sid,
        participant_identity: p.identity,
        room_name: req.room_name.clone(),
        sip_call_id: call_id,
    };
    state.sip.calls.push(req);
    Ok(Reply::new(&info))
}

fn transfer(ctx: &CallCtx, req: proto::TransferSipParticipantRequest) -> Result<Reply, TwirpError> {
    if req.transfer_to.is_empty() {
        return Err(TwirpError::invalid_argument("transfer_to must be set"));
    }
    let mut state = ctx.state();
    let p = state
        .room(&req.room_name)?
        .participant(&req.participant_identity)
        .cloned();
    let p = p.ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))?;
    if p.kind != proto::participant_info::Kind::Sip as i32 {
        return Err(TwirpError::new(
            Code::FailedPrecondition,
            "participant is not a SIP participant",
        ));
    }
    if let Some((status, reason)) = state.sip.transfer_failure.clone() {
        return Err(sip_error("transfer", status, &reason));
    }
    state.leave(
        &req.room_name,
        &req.participant_identity,
        proto::DisconnectReason::ClientInitiated,
    )?;
    Ok(Reply::new(&proto::TransferSipParticipantResponse {
        transfer_id: ids::new_id("STR_"),
        status: proto::SipTransferStatus::StsTransferSuccessful as i32,
        ..Default::default()
    }))
}

impl Control {
    /// Makes every call that waits for an answer fail with this SIP status (e.g. 486
    /// "Busy Here"); `None` lets calls be answered again.
    pub fn set_sip_call_failure(&self, failure: Option<(u32, &str)>) {
        self.emu.state().sip.call_failure = failure.map(|(c, s)| (c, s.to_string()));
    }

    /// Makes every transfer fail with this SIP status; `None` lets transfers succeed.
    pub fn set_sip_transfer_failure(&self, failure: Option<(u32, &str)>) {
        self.emu.state().sip.transfer_failure = failure.map(|(c, s)| (c, s.to_string()));
    }

    /// Outbound trunks as stored (passwords in clear).
    pub fn sip_outbound_trunks(&self) -> Vec<proto::SipOutboundTrunkInfo> {
        self.emu.state().sip.outbound.values().cloned().collect()
    }

    /// Inbound trunks as stored (passwords in clear).
    pub fn sip_inbound_trunks(&self) -> Vec<proto::SipInboundTrunkInfo> {
        self.emu.state().sip.inbound.values().cloned().collect()
    }

    /// Every CreateSIPParticipant request accepted so far.
    pub fn sip_calls(&self) -> Vec<proto::CreateSipParticipantRequest> {
        self.emu.state().sip.calls.clone()
    }
}
