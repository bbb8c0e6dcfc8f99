//! SIP: inbound and outbound trunks, dispatch rules, outbound calls
//! (CreateSIPParticipant), transfers, and the declarative `sip apply`.
//!
//! Hand-rolled Twirp calls throughout: livekit-api 0.10 has no Get for trunks,
//! no list filters and cannot set every call option (LIVEKIT.md §5). Output
//! models never carry a password or PIN in clear: [`mask`] is applied when a
//! protocol object becomes a model, so every front end is safe by construction.

//!
//! One file per noun: [`trunks`], [`rules`], [`calls`], the request-file shapes
//! ([`files`]) and the declarative plan ([`apply`]).

use std::collections::{BTreeMap, HashMap};

use livekit_api::access_token::{SIPGrants, VideoGrants};

use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::token::rfc3339;

pub mod apply;
mod calls;
mod files;
mod rules;
mod trunks;

pub use calls::{
    CallOptions, DEFAULT_RINGING, SipCall, Transfer, TransferOptions, call_participant, transfer,
};
pub use files::{FileShape, Parsed, parse_rule, parse_trunk, read_rule, read_trunk};
pub use rules::{
    RuleOptions, SipRule, create_rule, delete_rule, get_rule, get_rule_raw, list_rules,
    list_rules_raw, replace_rule, update_rule,
};
pub use trunks::{
    Direction, SipTrunk, TrunkChanges, TrunkSpec, create_trunk, delete_trunk, get_trunk,
    get_trunk_raw, list_inbound_raw, list_outbound_raw, list_trunks, replace_trunk,
    transport_from_name, update_trunk,
};

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
