//! SIP dispatch rules: the model (PIN masked), the flags that build or change one, and
//! create, list, get, replace, update and delete.

use std::collections::BTreeMap;

use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use super::*;
use crate::client::LiveKit;
use crate::error::{Error, Result};

/// A dispatch rule with its PIN masked.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

/// Raw dispatch rules.
pub async fn list_rules_raw(lk: &LiveKit) -> Result<Vec<proto::SipDispatchRuleInfo>> {
    let req = proto::ListSipDispatchRuleRequest::default();
    let r: proto::ListSipDispatchRuleResponse = call(lk, "ListSIPDispatchRule", &req).await?;
    Ok(r.items)
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
