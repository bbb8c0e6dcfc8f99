//! SIP trunks, inbound and outbound: the model (password masked), create, list, get,
//! replace, update and delete.

use std::collections::BTreeMap;

use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use super::*;
use crate::client::LiveKit;
use crate::error::{Error, Result};

/// A SIP trunk, inbound or outbound, with its password masked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SipTrunk {
    pub sip_trunk_id: String,
    /// Which calls the trunk carries.
    pub direction: Direction,
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
            direction: Direction::Inbound,
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
            direction: Direction::Outbound,
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

named_enum! {
    /// Trunk direction.
    pub enum Direction {
        Inbound => "inbound",
        Outbound => "outbound",
    }
}

/// A trunk to create or replace, as LiveKit takes it.
#[derive(Debug, Clone, PartialEq)]
pub enum TrunkSpec {
    Inbound(proto::SipInboundTrunkInfo),
    Outbound(proto::SipOutboundTrunkInfo),
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
    /// A new trunk of `direction` from these fields (unset ones empty; transport `auto`).
    /// Fields of the other direction are ignored.
    pub fn into_spec(self, direction: Direction) -> Result<TrunkSpec> {
        Ok(match direction {
            Direction::Inbound => TrunkSpec::Inbound(proto::SipInboundTrunkInfo {
                name: self.name.unwrap_or_default(),
                metadata: self.metadata.unwrap_or_default(),
                numbers: self.numbers.unwrap_or_default(),
                allowed_addresses: self.allowed_addresses.unwrap_or_default(),
                auth_username: self.auth_username.unwrap_or_default(),
                auth_password: self.auth_password.unwrap_or_default(),
                ..Default::default()
            }),
            Direction::Outbound => TrunkSpec::Outbound(proto::SipOutboundTrunkInfo {
                name: self.name.unwrap_or_default(),
                metadata: self.metadata.unwrap_or_default(),
                numbers: self.numbers.unwrap_or_default(),
                address: self.address.unwrap_or_default(),
                transport: transport_from_name(self.transport.as_deref().unwrap_or("auto"))?,
                auth_username: self.auth_username.unwrap_or_default(),
                auth_password: self.auth_password.unwrap_or_default(),
                ..Default::default()
            }),
        })
    }

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
