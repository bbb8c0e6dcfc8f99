//! SIP: inbound and outbound trunks, dispatch rules, outbound calls
//! (CreateSIPParticipant), transfers, and the declarative `sip apply`.
//!
//! Hand-rolled Twirp calls throughout: livekit-api 0.10 has no Get for trunks,
//! no list filters and cannot set every call option (LIVEKIT.md §5). Output
//! models never carry a password or PIN in clear: [`mask`] is applied when a
//! protocol object becomes a model, so every front end is safe by construction.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration;

use livekit_api::access_token::{SIPGrants, VideoGrants};
use livekit_protocol as proto;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::request_file;
use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::token::rfc3339;

const SERVICE: &str = "SIP";

fn admin() -> Option<SIPGrants> {
    Some(SIPGrants {
        admin: true,
        call: false,
    })
}

fn call_grants() -> Option<SIPGrants> {
    Some(SIPGrants {
        admin: false,
        call: true,
    })
}

/// What a secret looks like in output: `********` when set, empty when not.
pub fn mask(secret: &str) -> String {
    if secret.is_empty() {
        String::new()
    } else {
        "********".into()
    }
}

fn ts(t: &Option<pbjson_types::Timestamp>) -> String {
    t.as_ref()
        .filter(|t| t.seconds > 0)
        .map(|t| rfc3339(t.seconds as u64))
        .unwrap_or_default()
}

fn sorted(map: &HashMap<String, String>) -> BTreeMap<String, String> {
    map.iter().map(|(k, v)| (k.clone(), v.clone())).collect()
}

/// A SIP trunk, inbound or outbound, with its password masked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SipTrunk {
    pub sip_trunk_id: String,
    /// `inbound` or `outbound`.
    pub direction: String,
    pub name: String,
    pub metadata: String,
    pub numbers: Vec<String>,
    /// Outbound only: the provider's SIP address.
    pub address: String,
    /// Outbound only: `auto`, `udp`, `tcp` or `tls`.
    pub transport: String,
    pub destination_country: String,
    /// Inbound only.
    pub allowed_addresses: Vec<String>,
    /// Inbound only.
    pub allowed_numbers: Vec<String>,
    pub auth_username: String,
    /// Always masked (`********`) when set.
    pub auth_password: String,
    pub headers: BTreeMap<String, String>,
    pub krisp_enabled: bool,
    pub created_at: String,
    pub updated_at: String,
}

fn transport_name(v: i32) -> &'static str {
    match proto::SipTransport::try_from(v) {
        Ok(proto::SipTransport::Udp) => "udp",
        Ok(proto::SipTransport::Tcp) => "tcp",
        Ok(proto::SipTransport::Tls) => "tls",
        _ => "auto",
    }
}

/// Parse a transport name.
pub fn transport_from_name(s: &str) -> Result<i32> {
    Ok(match s.to_ascii_lowercase().as_str() {
        "auto" | "" => proto::SipTransport::Auto as i32,
        "udp" => proto::SipTransport::Udp as i32,
        "tcp" => proto::SipTransport::Tcp as i32,
        "tls" => proto::SipTransport::Tls as i32,
        other => {
            return Err(Error::invalid(
                "transport",
                format!("`{other}` is not one of auto, udp, tcp, tls"),
            ));
        }
    })
}

impl From<&proto::SipInboundTrunkInfo> for SipTrunk {
    fn from(t: &proto::SipInboundTrunkInfo) -> Self {
        Self {
            sip_trunk_id: t.sip_trunk_id.clone(),
            direction: "inbound".into(),
            name: t.name.clone(),
            metadata: t.metadata.clone(),
            numbers: t.numbers.clone(),
            address: String::new(),
            transport: String::new(),
            destination_country: String::new(),
            allowed_addresses: t.allowed_addresses.clone(),
            allowed_numbers: t.allowed_numbers.clone(),
            auth_username: t.auth_username.clone(),
            auth_password: mask(&t.auth_password),
            headers: sorted(&t.headers),
            krisp_enabled: t.krisp_enabled,
            created_at: ts(&t.created_at),
            updated_at: ts(&t.updated_at),
        }
    }
}

impl From<&proto::SipOutboundTrunkInfo> for SipTrunk {
    fn from(t: &proto::SipOutboundTrunkInfo) -> Self {
        Self {
            sip_trunk_id: t.sip_trunk_id.clone(),
            direction: "outbound".into(),
            name: t.name.clone(),
            metadata: t.metadata.clone(),
            numbers: t.numbers.clone(),
            address: t.address.clone(),
            transport: transport_name(t.transport).into(),
            destination_country: t.destination_country.clone(),
            allowed_addresses: vec![],
            allowed_numbers: vec![],
            auth_username: t.auth_username.clone(),
            auth_password: mask(&t.auth_password),
            headers: sorted(&t.headers),
            krisp_enabled: false,
            created_at: ts(&t.created_at),
            updated_at: ts(&t.updated_at),
        }
    }
}

/// A dispatch rule with its PIN masked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SipRule {
    pub sip_dispatch_rule_id: String,
    pub name: String,
    /// `direct`, `individual`, `callee` or `none`.
    pub kind: String,
    /// The room (direct) or room prefix (individual, callee).
    pub room: String,
    /// Always masked (`********`) when set.
    pub pin: String,
    pub trunk_ids: Vec<String>,
    pub inbound_numbers: Vec<String>,
    pub numbers: Vec<String>,
    pub hide_phone_number: bool,
    pub metadata: String,
    pub attributes: BTreeMap<String, String>,
    /// Agents dispatched into the room.
    pub agents: Vec<String>,
    pub krisp_enabled: bool,
    pub created_at: String,
    pub updated_at: String,
}

impl From<&proto::SipDispatchRuleInfo> for SipRule {
    fn from(r: &proto::SipDispatchRuleInfo) -> Self {
        use proto::sip_dispatch_rule::Rule;
        let (kind, room, pin) = match r.rule.as_ref().and_then(|r| r.rule.as_ref()) {
            Some(Rule::DispatchRuleDirect(d)) => ("direct", d.room_name.clone(), d.pin.clone()),
            Some(Rule::DispatchRuleIndividual(i)) => {
                ("individual", i.room_prefix.clone(), i.pin.clone())
            }
            Some(Rule::DispatchRuleCallee(c)) => ("callee", c.room_prefix.clone(), c.pin.clone()),
            None => ("none", String::new(), String::new()),
        };
        Self {
            sip_dispatch_rule_id: r.sip_dispatch_rule_id.clone(),
            name: r.name.clone(),
            kind: kind.into(),
            room,
            pin: mask(&pin),
            trunk_ids: r.trunk_ids.clone(),
            inbound_numbers: r.inbound_numbers.clone(),
            numbers: r.numbers.clone(),
            hide_phone_number: r.hide_phone_number,
            metadata: r.metadata.clone(),
            attributes: sorted(&r.attributes),
            agents: r
                .room_config
                .as_ref()
                .map(|c| c.agents.iter().map(|a| a.agent_name.clone()).collect())
                .unwrap_or_default(),
            krisp_enabled: r.krisp_enabled,
            created_at: ts(&r.created_at),
            updated_at: ts(&r.updated_at),
        }
    }
}

/// Trunk direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Inbound,
    Outbound,
}

/// A trunk to create or replace, as LiveKit takes it.
#[derive(Debug, Clone, PartialEq)]
pub enum TrunkSpec {
    Inbound(proto::SipInboundTrunkInfo),
    Outbound(proto::SipOutboundTrunkInfo),
}

/// Which shape a SIP file had: the bare info object or the wrapped request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileShape {
    /// `{"name": ..., "numbers": ...}`
    Bare,
    /// `{"trunk": {...}}` or `{"dispatch_rule": {...}}`
    Wrapped,
}

impl FileShape {
    /// A note for people, e.g. "read a wrapped CreateSIPInboundTrunkRequest".
    pub fn describe(self, what: &str) -> String {
        match self {
            Self::Bare => format!("read the file as a bare {what} object"),
            Self::Wrapped => format!("read the file as a wrapped request; used its inner {what}"),
        }
    }
}

/// A parsed SIP file and which shape was detected.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub value: T,
    pub shape: FileShape,
}

fn unwrap_key(origin: &str, value: Value, keys: &[&str]) -> Result<(Value, FileShape)> {
    let Value::Object(map) = &value else {
        return Err(Error::invalid(
            format!("request file {origin}"),
            "must hold one object",
        ));
    };
    for key in keys {
        if let Some(inner) = map.get(*key).filter(|v| v.is_object()) {
            if map.len() > 1 {
                let others: Vec<&str> = map
                    .keys()
                    .map(String::as_str)
                    .filter(|k| k != key)
                    .collect();
                return Err(Error::invalid(
                    format!("request file {origin}"),
                    format!(
                        "has `{key}` (a wrapped request) next to {}; put every field inside `{key}`",
                        others.join(", ")
                    ),
                ));
            }
            return Ok((inner.clone(), FileShape::Wrapped));
        }
    }
    Ok((value, FileShape::Bare))
}

/// Parse a trunk file (bare `SIP*TrunkInfo` or `{"trunk": {...}}`). With no
/// direction given, a trunk with an `address` is outbound, otherwise inbound.
pub fn parse_trunk(
    origin: &str,
    value: Value,
    direction: Option<Direction>,
) -> Result<Parsed<TrunkSpec>> {
    let (inner, shape) = unwrap_key(origin, value, &["trunk"])?;
    let direction = direction.unwrap_or_else(|| {
        if inner.get("address").is_some() || inner.get("transport").is_some() {
            Direction::Outbound
        } else {
            Direction::Inbound
        }
    });
    let spec = match direction {
        Direction::Inbound => TrunkSpec::Inbound(request_file::from_value(origin, inner)?),
        Direction::Outbound => TrunkSpec::Outbound(request_file::from_value(origin, inner)?),
    };
    Ok(Parsed { value: spec, shape })
}

/// Read a trunk file (`-` for stdin).
pub fn read_trunk(path: &str, direction: Option<Direction>) -> Result<Parsed<TrunkSpec>> {
    let (origin, value) = request_file::read_value(path)?;
    parse_trunk(&origin, value, direction)
}

/// Parse a dispatch-rule file (bare `SIPDispatchRuleInfo` or `{"dispatch_rule": {...}}`).
pub fn parse_rule(origin: &str, value: Value) -> Result<Parsed<proto::SipDispatchRuleInfo>> {
    let (inner, shape) = unwrap_key(origin, value, &["dispatch_rule", "dispatchRule"])?;
    Ok(Parsed {
        value: request_file::from_value(origin, inner)?,
        shape,
    })
}

/// Read a dispatch-rule file (`-` for stdin).
pub fn read_rule(path: &str) -> Result<Parsed<proto::SipDispatchRuleInfo>> {
    let (origin, value) = request_file::read_value(path)?;
    parse_rule(&origin, value)
}

fn not_found_trunk(e: Error, id: &str) -> Error {
    match e {
        Error::LiveKit { code, .. } if code == "not_found" => Error::NotFound {
            what: "sip trunk",
            id: id.into(),
        },
        other => other,
    }
}

fn not_found_rule(e: Error, id: &str) -> Error {
    match e {
        Error::LiveKit { code, .. } if code == "not_found" => Error::NotFound {
            what: "dispatch rule",
            id: id.into(),
        },
        other => other,
    }
}

/// A SIP admin call (trunks and dispatch rules).
async fn call<Req: prost::Message, Resp: prost::Message + Default>(
    lk: &LiveKit,
    method: &str,
    req: &Req,
) -> Result<Resp> {
    lk.twirp(SERVICE, method, req, VideoGrants::default(), admin())
        .await
}

/// An admin call on trunk `id`: LiveKit's not-found becomes ours, naming the trunk.
async fn call_on_trunk<Req: prost::Message, Resp: prost::Message + Default>(
    lk: &LiveKit,
    method: &str,
    req: &Req,
    id: &str,
) -> Result<Resp> {
    call(lk, method, req)
        .await
        .map_err(|e| not_found_trunk(e, id))
}

/// An admin call on dispatch rule `id`: LiveKit's not-found becomes ours, naming the rule.
async fn call_on_rule<Req: prost::Message, Resp: prost::Message + Default>(
    lk: &LiveKit,
    method: &str,
    req: &Req,
    id: &str,
) -> Result<Resp> {
    call(lk, method, req)
        .await
        .map_err(|e| not_found_rule(e, id))
}

/// Output models sorted by name.
fn by_name<'a, T: 'a, M: From<&'a T>>(items: &'a [T], name: fn(&M) -> &str) -> Vec<M> {
    let mut models: Vec<M> = items.iter().map(M::from).collect();
    models.sort_by(|a, b| name(a).cmp(name(b)));
    models
}

/// Raw inbound trunks (passwords included: for apply and updates, never for output).
pub async fn list_inbound_raw(lk: &LiveKit) -> Result<Vec<proto::SipInboundTrunkInfo>> {
    let req = proto::ListSipInboundTrunkRequest::default();
    let r: proto::ListSipInboundTrunkResponse = call(lk, "ListSIPInboundTrunk", &req).await?;
    Ok(r.items)
}

/// Raw outbound trunks.
pub async fn list_outbound_raw(lk: &LiveKit) -> Result<Vec<proto::SipOutboundTrunkInfo>> {
    let req = proto::ListSipOutboundTrunkRequest::default();
    let r: proto::ListSipOutboundTrunkResponse = call(lk, "ListSIPOutboundTrunk", &req).await?;
    Ok(r.items)
}

/// Raw dispatch rules.
pub async fn list_rules_raw(lk: &LiveKit) -> Result<Vec<proto::SipDispatchRuleInfo>> {
    let req = proto::ListSipDispatchRuleRequest::default();
    let r: proto::ListSipDispatchRuleResponse = call(lk, "ListSIPDispatchRule", &req).await?;
    Ok(r.items)
}

/// List trunks of one direction or both (inbound first), sorted by name.
pub async fn list_trunks(lk: &LiveKit, direction: Option<Direction>) -> Result<Vec<SipTrunk>> {
    let name: fn(&SipTrunk) -> &str = |t| &t.name;
    let mut out = Vec::new();
    if direction != Some(Direction::Outbound) {
        out.extend(by_name(&list_inbound_raw(lk).await?, name));
    }
    if direction != Some(Direction::Inbound) {
        out.extend(by_name(&list_outbound_raw(lk).await?, name));
    }
    Ok(out)
}

/// A trunk by ID, whichever its direction (passwords included; mask before output).
pub async fn get_trunk_raw(lk: &LiveKit, id: &str) -> Result<TrunkSpec> {
    if id.trim().is_empty() {
        return Err(Error::invalid("trunk id", "must not be empty"));
    }
    let req = proto::GetSipInboundTrunkRequest {
        sip_trunk_id: id.into(),
    };
    match call::<_, proto::GetSipInboundTrunkResponse>(lk, "GetSIPInboundTrunk", &req).await {
        Ok(r) if r.trunk.is_some() => return Ok(TrunkSpec::Inbound(r.trunk.unwrap_or_default())),
        Ok(_) => {}
        Err(Error::LiveKit { code, .. }) if code == "not_found" => {}
        Err(e) => return Err(e),
    }
    let req = proto::GetSipOutboundTrunkRequest {
        sip_trunk_id: id.into(),
    };
    let r: proto::GetSipOutboundTrunkResponse =
        call_on_trunk(lk, "GetSIPOutboundTrunk", &req, id).await?;
    r.trunk
        .map(TrunkSpec::Outbound)
        .ok_or_else(|| Error::NotFound {
            what: "sip trunk",
            id: id.into(),
        })
}

impl TrunkSpec {
    /// The output model (password masked).
    pub fn model(&self) -> SipTrunk {
        match self {
            Self::Inbound(t) => t.into(),
            Self::Outbound(t) => t.into(),
        }
    }

    pub fn name(&self) -> &str {
        match self {
            Self::Inbound(t) => &t.name,
            Self::Outbound(t) => &t.name,
        }
    }

    pub fn direction(&self) -> Direction {
        match self {
            Self::Inbound(_) => Direction::Inbound,
            Self::Outbound(_) => Direction::Outbound,
        }
    }
}

/// One trunk by ID.
pub async fn get_trunk(lk: &LiveKit, id: &str) -> Result<SipTrunk> {
    Ok(get_trunk_raw(lk, id).await?.model())
}

/// Create a trunk.
pub async fn create_trunk(lk: &LiveKit, spec: TrunkSpec) -> Result<SipTrunk> {
    validate_trunk(&spec)?;
    match spec {
        TrunkSpec::Inbound(mut t) => {
            t.sip_trunk_id.clear();
            let req = proto::CreateSipInboundTrunkRequest { trunk: Some(t) };
            let info: proto::SipInboundTrunkInfo = call(lk, "CreateSIPInboundTrunk", &req).await?;
            Ok((&info).into())
        }
        TrunkSpec::Outbound(mut t) => {
            t.sip_trunk_id.clear();
            let req = proto::CreateSipOutboundTrunkRequest { trunk: Some(t) };
            let info: proto::SipOutboundTrunkInfo =
                call(lk, "CreateSIPOutboundTrunk", &req).await?;
            Ok((&info).into())
        }
    }
}

fn validate_trunk(spec: &TrunkSpec) -> Result<()> {
    match spec {
        TrunkSpec::Inbound(t) => {
            if t.numbers.is_empty() && t.allowed_addresses.is_empty() && t.auth_username.is_empty()
            {
                return Err(Error::invalid(
                    "trunk",
                    "an inbound trunk needs --number, allowed addresses or credentials, or LiveKit accepts any caller",
                ));
            }
        }
        TrunkSpec::Outbound(t) => {
            if t.address.is_empty() {
                return Err(Error::invalid(
                    "address",
                    "an outbound trunk needs the provider's --address",
                ));
            }
            if t.numbers.is_empty() {
                return Err(Error::invalid(
                    "numbers",
                    "an outbound trunk needs at least one --number to call from",
                ));
            }
        }
    }
    Ok(())
}

use proto::update_sip_inbound_trunk_request::Action as InboundAction;
use proto::update_sip_outbound_trunk_request::Action as OutboundAction;

/// Replace or update inbound trunk `id`.
async fn update_inbound(lk: &LiveKit, id: &str, action: InboundAction) -> Result<SipTrunk> {
    let req = proto::UpdateSipInboundTrunkRequest {
        sip_trunk_id: id.into(),
        action: Some(action),
    };
    let info: proto::SipInboundTrunkInfo =
        call_on_trunk(lk, "UpdateSIPInboundTrunk", &req, id).await?;
    Ok((&info).into())
}

/// Replace or update outbound trunk `id`.
async fn update_outbound(lk: &LiveKit, id: &str, action: OutboundAction) -> Result<SipTrunk> {
    let req = proto::UpdateSipOutboundTrunkRequest {
        sip_trunk_id: id.into(),
        action: Some(action),
    };
    let info: proto::SipOutboundTrunkInfo =
        call_on_trunk(lk, "UpdateSIPOutboundTrunk", &req, id).await?;
    Ok((&info).into())
}

/// Replace a trunk entirely (same direction as it has).
pub async fn replace_trunk(lk: &LiveKit, id: &str, spec: TrunkSpec) -> Result<SipTrunk> {
    match spec {
        TrunkSpec::Inbound(mut t) => {
            t.sip_trunk_id = id.into();
            update_inbound(lk, id, InboundAction::Replace(t)).await
        }
        TrunkSpec::Outbound(mut t) => {
            t.sip_trunk_id = id.into();
            update_outbound(lk, id, OutboundAction::Replace(t)).await
        }
    }
}

/// Field changes to a trunk; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct TrunkChanges {
    pub name: Option<String>,
    pub metadata: Option<String>,
    pub numbers: Option<Vec<String>>,
    pub auth_username: Option<String>,
    pub auth_password: Option<String>,
    /// Outbound only.
    pub address: Option<String>,
    /// Outbound only.
    pub transport: Option<String>,
    /// Inbound only.
    pub allowed_addresses: Option<Vec<String>>,
}

impl TrunkChanges {
    fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.metadata.is_none()
            && self.numbers.is_none()
            && self.auth_username.is_none()
            && self.auth_password.is_none()
            && self.address.is_none()
            && self.transport.is_none()
            && self.allowed_addresses.is_none()
    }
}

/// Update some fields of a trunk (LiveKit's `update` action: other fields stay).
pub async fn update_trunk(lk: &LiveKit, id: &str, ch: TrunkChanges) -> Result<SipTrunk> {
    if ch.is_empty() {
        return Err(Error::invalid(
            "update",
            "nothing to change; pass a flag or --file",
        ));
    }
    let set = |v: &Option<Vec<String>>| {
        v.as_ref().map(|v| proto::ListUpdate {
            set: v.clone(),
            ..Default::default()
        })
    };
    match get_trunk_raw(lk, id).await? {
        TrunkSpec::Inbound(_) => {
            if ch.address.is_some() || ch.transport.is_some() {
                return Err(Error::invalid(
                    "trunk",
                    format!("{id} is inbound; --address and --transport are outbound settings"),
                ));
            }
            let upd = proto::SipInboundTrunkUpdate {
                numbers: set(&ch.numbers),
                allowed_addresses: set(&ch.allowed_addresses),
                auth_username: ch.auth_username,
                auth_password: ch.auth_password,
                name: ch.name,
                metadata: ch.metadata,
                ..Default::default()
            };
            update_inbound(lk, id, InboundAction::Update(upd)).await
        }
        TrunkSpec::Outbound(_) => {
            if ch.allowed_addresses.is_some() {
                return Err(Error::invalid(
                    "trunk",
                    format!("{id} is outbound; allowed addresses are an inbound setting"),
                ));
            }
            let upd = proto::SipOutboundTrunkUpdate {
                address: ch.address,
                transport: ch
                    .transport
                    .as_deref()
                    .map(transport_from_name)
                    .transpose()?,
                numbers: set(&ch.numbers),
                auth_username: ch.auth_username,
                auth_password: ch.auth_password,
                name: ch.name,
                metadata: ch.metadata,
                ..Default::default()
            };
            update_outbound(lk, id, OutboundAction::Update(upd)).await
        }
    }
}

/// Delete a trunk.
pub async fn delete_trunk(lk: &LiveKit, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::invalid("trunk id", "must not be empty"));
    }
    // LiveKit's DeleteSIPTrunk succeeds for IDs it does not know (its store's
    // delete ignores them), so look the trunk up first: a typo must not report
    // success.
    get_trunk_raw(lk, id).await?;
    let req = proto::DeleteSipTrunkRequest {
        sip_trunk_id: id.into(),
    };
    let _: proto::SipTrunkInfo = call_on_trunk(lk, "DeleteSIPTrunk", &req, id).await?;
    Ok(())
}

/// List dispatch rules, sorted by name.
pub async fn list_rules(lk: &LiveKit) -> Result<Vec<SipRule>> {
    Ok(by_name(&list_rules_raw(lk).await?, |r: &SipRule| &r.name))
}

/// A rule by ID (PIN included; mask before output).
pub async fn get_rule_raw(lk: &LiveKit, id: &str) -> Result<proto::SipDispatchRuleInfo> {
    if id.trim().is_empty() {
        return Err(Error::invalid("dispatch rule id", "must not be empty"));
    }
    let req = proto::ListSipDispatchRuleRequest {
        dispatch_rule_ids: vec![id.into()],
        ..Default::default()
    };
    let r: proto::ListSipDispatchRuleResponse = call(lk, "ListSIPDispatchRule", &req).await?;
    r.items
        .into_iter()
        .find(|r| r.sip_dispatch_rule_id == id)
        .ok_or_else(|| Error::NotFound {
            what: "dispatch rule",
            id: id.into(),
        })
}

/// One rule by ID.
pub async fn get_rule(lk: &LiveKit, id: &str) -> Result<SipRule> {
    Ok(SipRule::from(&get_rule_raw(lk, id).await?))
}

/// Flags of `sip rule create|update`.
#[derive(Debug, Clone, Default)]
pub struct RuleOptions {
    pub name: Option<String>,
    /// Exactly one of these three picks the kind.
    pub direct_room: Option<String>,
    pub individual_prefix: Option<String>,
    pub callee_prefix: Option<String>,
    pub pin: Option<String>,
    /// Individual: no random suffix; callee: add one.
    pub randomize: Option<bool>,
    pub trunk_ids: Option<Vec<String>>,
    pub inbound_numbers: Option<Vec<String>>,
    pub agents: Option<Vec<String>>,
    pub metadata: Option<String>,
    pub hide_phone_number: Option<bool>,
}

impl RuleOptions {
    fn rule(
        &self,
        current: Option<&proto::SipDispatchRule>,
    ) -> Result<Option<proto::SipDispatchRule>> {
        use proto::sip_dispatch_rule::Rule;
        let kinds = [
            &self.direct_room,
            &self.individual_prefix,
            &self.callee_prefix,
        ];
        if kinds.iter().filter(|k| k.is_some()).count() > 1 {
            return Err(Error::invalid(
                "rule",
                "give only one of --direct, --individual and --callee",
            ));
        }
        let mut rule = match (
            &self.direct_room,
            &self.individual_prefix,
            &self.callee_prefix,
        ) {
            (Some(room), _, _) => Rule::DispatchRuleDirect(proto::SipDispatchRuleDirect {
                room_name: room.clone(),
                pin: String::new(),
            }),
            (_, Some(prefix), _) => {
                Rule::DispatchRuleIndividual(proto::SipDispatchRuleIndividual {
                    room_prefix: prefix.clone(),
                    ..Default::default()
                })
            }
            (_, _, Some(prefix)) => Rule::DispatchRuleCallee(proto::SipDispatchRuleCallee {
                room_prefix: prefix.clone(),
                ..Default::default()
            }),
            _ => match current.and_then(|c| c.rule.clone()) {
                Some(r) => r,
                None if self.pin.is_some() || self.randomize.is_some() => {
                    return Err(Error::invalid(
                        "rule",
                        "--pin needs a rule kind: --direct, --individual or --callee",
                    ));
                }
                None => return Ok(None),
            },
        };
        // Keep the current PIN and randomness unless given again.
        let (cur_pin, cur_rand) = match current.and_then(|c| c.rule.as_ref()) {
            Some(Rule::DispatchRuleDirect(d)) => (d.pin.clone(), false),
            Some(Rule::DispatchRuleIndividual(i)) => (i.pin.clone(), i.no_randomness),
            Some(Rule::DispatchRuleCallee(c)) => (c.pin.clone(), c.randomize),
            None => (String::new(), false),
        };
        let pin = self.pin.clone().unwrap_or(cur_pin);
        match &mut rule {
            Rule::DispatchRuleDirect(d) => d.pin = pin,
            Rule::DispatchRuleIndividual(i) => {
                i.pin = pin;
                i.no_randomness = self.randomize.map(|r| !r).unwrap_or(cur_rand);
            }
            Rule::DispatchRuleCallee(c) => {
                c.pin = pin;
                c.randomize = self.randomize.unwrap_or(cur_rand);
            }
        }
        Ok(Some(proto::SipDispatchRule { rule: Some(rule) }))
    }

    /// Apply these options over `base` (a new rule or the current one).
    pub fn apply(
        &self,
        mut base: proto::SipDispatchRuleInfo,
    ) -> Result<proto::SipDispatchRuleInfo> {
        if let Some(r) = self.rule(base.rule.as_ref())? {
            base.rule = Some(r);
        }
        if let Some(n) = &self.name {
            base.name = n.clone();
        }
        if let Some(t) = &self.trunk_ids {
            base.trunk_ids = t.clone();
        }
        if let Some(n) = &self.inbound_numbers {
            base.inbound_numbers = n.clone();
        }
        if let Some(m) = &self.metadata {
            base.metadata = m.clone();
        }
        if let Some(h) = self.hide_phone_number {
            base.hide_phone_number = h;
        }
        if let Some(agents) = &self.agents {
            let cfg = base.room_config.get_or_insert_with(Default::default);
            cfg.agents = agents
                .iter()
                .map(|a| proto::RoomAgentDispatch {
                    agent_name: a.clone(),
                    ..Default::default()
                })
                .collect();
        }
        Ok(base)
    }
}

/// Create a dispatch rule.
pub async fn create_rule(lk: &LiveKit, mut info: proto::SipDispatchRuleInfo) -> Result<SipRule> {
    if info.rule.as_ref().and_then(|r| r.rule.as_ref()).is_none() {
        return Err(Error::invalid(
            "rule",
            "give a rule kind: --direct ROOM, --individual PREFIX or --callee PREFIX",
        ));
    }
    info.sip_dispatch_rule_id.clear();
    let req = proto::CreateSipDispatchRuleRequest {
        dispatch_rule: Some(info),
        ..Default::default()
    };
    let out: proto::SipDispatchRuleInfo = call(lk, "CreateSIPDispatchRule", &req).await?;
    Ok((&out).into())
}

/// Replace a dispatch rule.
pub async fn replace_rule(
    lk: &LiveKit,
    id: &str,
    mut info: proto::SipDispatchRuleInfo,
) -> Result<SipRule> {
    info.sip_dispatch_rule_id = id.into();
    let req = proto::UpdateSipDispatchRuleRequest {
        sip_dispatch_rule_id: id.into(),
        action: Some(proto::update_sip_dispatch_rule_request::Action::Replace(
            info,
        )),
    };
    let out: proto::SipDispatchRuleInfo =
        call_on_rule(lk, "UpdateSIPDispatchRule", &req, id).await?;
    Ok((&out).into())
}

/// Update some fields of a rule (read, change, replace).
pub async fn update_rule(lk: &LiveKit, id: &str, opts: &RuleOptions) -> Result<SipRule> {
    let current = get_rule_raw(lk, id).await?;
    let next = opts.apply(current.clone())?;
    if next == current {
        return Err(Error::invalid(
            "update",
            "nothing to change; pass a flag or --file",
        ));
    }
    replace_rule(lk, id, next).await
}

/// Delete a dispatch rule.
pub async fn delete_rule(lk: &LiveKit, id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::invalid("dispatch rule id", "must not be empty"));
    }
    let req = proto::DeleteSipDispatchRuleRequest {
        sip_dispatch_rule_id: id.into(),
    };
    let _: proto::SipDispatchRuleInfo = call_on_rule(lk, "DeleteSIPDispatchRule", &req, id).await?;
    Ok(())
}

/// An outbound call (`CreateSIPParticipant`).
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub trunk_id: String,
    /// Number (or SIP user) to call.
    pub to: String,
    /// Caller number to present (one of the trunk's numbers).
    pub from: Option<String>,
    pub room: String,
    pub identity: Option<String>,
    pub name: Option<String>,
    pub metadata: Option<String>,
    pub attributes: HashMap<String, String>,
    pub headers: HashMap<String, String>,
    pub dtmf: Option<String>,
    pub play_dialtone: bool,
    pub hide_phone_number: bool,
    pub krisp: bool,
    pub ringing_timeout: Option<Duration>,
    pub max_call_duration: Option<Duration>,
    /// Block until the callee answers (or the call fails with a SIP status).
    pub wait_until_answered: bool,
}

/// A SIP participant created by a call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SipCall {
    pub participant_id: String,
    pub participant_identity: String,
    pub room_name: String,
    pub sip_call_id: String,
    /// `answered` with `--wait`, otherwise `dialing`.
    pub state: String,
}

fn duration(d: Duration) -> pbjson_types::Duration {
    pbjson_types::Duration {
        seconds: d.as_secs() as i64,
        nanos: d.subsec_nanos() as i32,
    }
}

/// Put the SIP status in the message when LiveKit sent one (`486 Busy Here`).
fn with_sip_status(e: Error) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } => {
            let message = match (meta.get("sip_status_code"), meta.get("sip_status")) {
                (Some(c), Some(s))
                    if !(message.contains(c.as_str()) && message.contains(s.as_str())) =>
                {
                    format!("{message} (SIP {c} {s})")
                }
                (Some(c), None) if !message.contains(c.as_str()) => format!("{message} (SIP {c})"),
                _ => message,
            };
            Error::LiveKit {
                code,
                message,
                meta,
            }
        }
        other => other,
    }
}

/// Default ringing timeout, as the SDKs use.
pub const DEFAULT_RINGING: Duration = Duration::from_secs(30);

/// Dial out and put the callee into a room.
pub async fn call_participant(lk: &LiveKit, o: CallOptions) -> Result<SipCall> {
    if o.trunk_id.is_empty() {
        return Err(Error::invalid("trunk", "is required; pass --trunk ST_..."));
    }
    if o.to.is_empty() {
        return Err(Error::invalid("number", "is required; pass --to NUMBER"));
    }
    super::rooms::validate_name("room name", &o.room)?;
    let ringing = o.ringing_timeout.unwrap_or(DEFAULT_RINGING);
    let req = proto::CreateSipParticipantRequest {
        sip_trunk_id: o.trunk_id.clone(),
        sip_call_to: o.to.clone(),
        sip_number: o.from.unwrap_or_default(),
        room_name: o.room.clone(),
        participant_identity: o.identity.unwrap_or_default(),
        participant_name: o.name.unwrap_or_default(),
        participant_metadata: o.metadata.unwrap_or_default(),
        participant_attributes: o.attributes,
        dtmf: o.dtmf.unwrap_or_default(),
        play_dialtone: o.play_dialtone,
        hide_phone_number: o.hide_phone_number,
        headers: o.headers,
        ringing_timeout: Some(duration(ringing)),
        max_call_duration: o.max_call_duration.map(duration),
        krisp_enabled: o.krisp,
        wait_until_answered: o.wait_until_answered,
        ..Default::default()
    };
    let timeout = (ringing + Duration::from_secs(2)).max(lk.timeout());
    let info: proto::SipParticipantInfo = lk
        .twirp_with_timeout(
            SERVICE,
            "CreateSIPParticipant",
            &req,
            VideoGrants::default(),
            call_grants(),
            timeout,
        )
        .await
        .map_err(|e| match with_sip_status(e) {
            Error::LiveKit {
                code,
                message,
                meta,
            } if code == "not_found" && !meta.contains_key("sip_status_code") => Error::LiveKit {
                code,
                message: format!("{message} (trunk `{}`)", o.trunk_id),
                meta,
            },
            other => other,
        })?;
    Ok(SipCall {
        participant_id: info.participant_id,
        participant_identity: info.participant_identity,
        room_name: info.room_name,
        sip_call_id: info.sip_call_id,
        state: if o.wait_until_answered {
            "answered"
        } else {
            "dialing"
        }
        .into(),
    })
}

/// A transfer (SIP REFER) of a SIP participant.
#[derive(Debug, Clone, Default)]
pub struct TransferOptions {
    pub room: String,
    pub identity: String,
    /// `tel:+1555...` or `sip:user@host`.
    pub to: String,
    pub play_dialtone: bool,
    pub headers: HashMap<String, String>,
    pub ringing_timeout: Option<Duration>,
}

/// The result of a transfer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Transfer {
    pub room: String,
    pub identity: String,
    pub transfer_to: String,
    pub transfer_id: String,
    /// `ongoing`, `failed`, `successful` or empty (older servers).
    pub status: String,
}

/// Transfer a SIP participant to another number or SIP URI.
pub async fn transfer(lk: &LiveKit, o: TransferOptions) -> Result<Transfer> {
    super::rooms::validate_name("room name", &o.room)?;
    super::rooms::validate_name("identity", &o.identity)?;
    if !(o.to.starts_with("tel:") || o.to.starts_with("sip:") || o.to.starts_with("sips:")) {
        return Err(Error::invalid(
            "transfer to",
            format!("`{}` must be tel:+NUMBER or sip:user@host", o.to),
        ));
    }
    let ringing = o.ringing_timeout.unwrap_or(DEFAULT_RINGING);
    let req = proto::TransferSipParticipantRequest {
        participant_identity: o.identity.clone(),
        room_name: o.room.clone(),
        transfer_to: o.to.clone(),
        play_dialtone: o.play_dialtone,
        headers: o.headers,
        ringing_timeout: Some(duration(ringing)),
    };
    let grants = VideoGrants {
        room_admin: true,
        room: o.room.clone(),
        ..Default::default()
    };
    let timeout = (ringing + Duration::from_secs(2)).max(lk.timeout());
    let resp: proto::TransferSipParticipantResponse = lk
        .twirp_with_timeout(
            SERVICE,
            "TransferSIPParticipant",
            &req,
            grants,
            call_grants(),
            timeout,
        )
        .await
        .map_err(with_sip_status)?;
    let status = if resp.transfer_id.is_empty() {
        String::new()
    } else {
        match proto::SipTransferStatus::try_from(resp.status) {
            Ok(proto::SipTransferStatus::StsTransferOngoing) => "ongoing",
            Ok(proto::SipTransferStatus::StsTransferFailed) => "failed",
            Ok(proto::SipTransferStatus::StsTransferSuccessful) => "successful",
            Err(_) => "unknown",
        }
        .into()
    };
    Ok(Transfer {
        room: o.room,
        identity: o.identity,
        transfer_to: o.to,
        transfer_id: resp.transfer_id,
        status,
    })
}

pub mod apply;
