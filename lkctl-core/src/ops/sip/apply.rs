//! `lkctl sip apply -f sip.yaml`: make trunks and dispatch rules match a file.
//!
//! Objects are matched by name. Missing ones are created, different ones replaced,
//! and with `prune` those absent from the file deleted. The plan is computed first
//! and is the output of `--dry-run`; applying the same file twice changes nothing
//! because "different" compares the desired object with the current one after
//! copying over what LiveKit owns (IDs and timestamps).
//!
//! File shape (JSON or YAML; each entry is the bare info object, snake_case or camelCase):
//! ```yaml
//! inbound_trunks:
//!   - name: main
//!     numbers: ["+15550100"]
//! outbound_trunks:
//!   - name: carrier
//!     address: sip.example.com
//!     numbers: ["+15550100"]
//! dispatch_rules:
//!   - name: support
//!     trunks: [main]            # lkctl extension: trunk names, resolved to IDs
//!     rule: { dispatch_rule_direct: { room_name: support } }
//! ```

use std::collections::{BTreeMap, BTreeSet};

use livekit_protocol as proto;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::{
    TrunkSpec, create_rule, create_trunk, delete_rule, delete_trunk, replace_rule, replace_trunk,
};
use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::request_file;

/// The desired SIP configuration.
#[derive(Debug, Clone, Default)]
pub struct SipFile {
    pub inbound_trunks: Vec<proto::SipInboundTrunkInfo>,
    pub outbound_trunks: Vec<proto::SipOutboundTrunkInfo>,
    /// Rules with the trunk names they reference (resolved at apply time).
    pub dispatch_rules: Vec<(proto::SipDispatchRuleInfo, Vec<String>)>,
}

const TOP_KEYS: &[&str] = &[
    "inbound_trunks",
    "inboundTrunks",
    "outbound_trunks",
    "outboundTrunks",
    "dispatch_rules",
    "dispatchRules",
];

fn entries(
    origin: &str,
    map: &serde_json::Map<String, Value>,
    snake: &str,
    camel: &str,
) -> Result<Vec<Value>> {
    match map.get(snake).or_else(|| map.get(camel)) {
        None | Some(Value::Null) => Ok(vec![]),
        Some(Value::Array(items)) => Ok(items.clone()),
        Some(_) => Err(Error::invalid(
            format!("sip file {origin}"),
            format!("`{snake}` must be a list"),
        )),
    }
}

/// Parse a SIP file's JSON value.
pub fn parse(origin: &str, value: Value) -> Result<SipFile> {
    let Value::Object(map) = value else {
        return Err(Error::invalid(
            format!("sip file {origin}"),
            "must hold one object",
        ));
    };
    for key in map.keys() {
        if !TOP_KEYS.contains(&key.as_str()) {
            let hint = request_file::suggest(key, TOP_KEYS)
                .map(|s| format!("did you mean `{s}`?"))
                .unwrap_or_else(|| {
                    "valid keys: inbound_trunks, outbound_trunks, dispatch_rules".into()
                });
            return Err(Error::invalid(
                format!("sip file {origin}"),
                format!("unknown field `{key}`; {hint}"),
            ));
        }
    }
    let mut file = SipFile::default();
    for (i, v) in entries(origin, &map, "inbound_trunks", "inboundTrunks")?
        .into_iter()
        .enumerate()
    {
        let t: proto::SipInboundTrunkInfo =
            request_file::from_value(&format!("{origin} inbound_trunks[{i}]"), v)?;
        file.inbound_trunks.push(t);
    }
    for (i, v) in entries(origin, &map, "outbound_trunks", "outboundTrunks")?
        .into_iter()
        .enumerate()
    {
        let t: proto::SipOutboundTrunkInfo =
            request_file::from_value(&format!("{origin} outbound_trunks[{i}]"), v)?;
        file.outbound_trunks.push(t);
    }
    for (i, mut v) in entries(origin, &map, "dispatch_rules", "dispatchRules")?
        .into_iter()
        .enumerate()
    {
        let place = format!("{origin} dispatch_rules[{i}]");
        let trunks = match v.as_object_mut().and_then(|m| m.remove("trunks")) {
            None | Some(Value::Null) => vec![],
            Some(t) => serde_json::from_value::<Vec<String>>(t).map_err(|_| {
                Error::invalid(
                    format!("sip file {place}"),
                    "`trunks` must be a list of trunk names",
                )
            })?,
        };
        let r: proto::SipDispatchRuleInfo = request_file::from_value(&place, v)?;
        file.dispatch_rules.push((r, trunks));
    }
    check_names(
        origin,
        "inbound trunk",
        file.inbound_trunks.iter().map(|t| t.name.as_str()),
    )?;
    check_names(
        origin,
        "outbound trunk",
        file.outbound_trunks.iter().map(|t| t.name.as_str()),
    )?;
    check_names(
        origin,
        "dispatch rule",
        file.dispatch_rules.iter().map(|(r, _)| r.name.as_str()),
    )?;
    Ok(file)
}

fn check_names<'a>(origin: &str, what: &str, names: impl Iterator<Item = &'a str>) -> Result<()> {
    let mut seen = BTreeSet::new();
    for n in names {
        if n.is_empty() {
            return Err(Error::invalid(
                format!("sip file {origin}"),
                format!("every {what} needs a `name` (apply matches by name)"),
            ));
        }
        if !seen.insert(n) {
            return Err(Error::invalid(
                format!("sip file {origin}"),
                format!("{what} name `{n}` appears twice"),
            ));
        }
    }
    Ok(())
}

/// Parse a SIP file's text.
pub fn read(req: &request_file::RequestText) -> Result<SipFile> {
    parse(&req.origin, req.value()?)
}

/// One step of the plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// `inbound_trunk`, `outbound_trunk` or `dispatch_rule`.
    pub kind: String,
    pub name: String,
    /// `create`, `update`, `delete` or `unchanged`.
    pub action: String,
    /// The object's ID: existing, or assigned when created (empty in a dry run).
    pub id: String,
}

fn step(kind: &str, name: &str, action: &str, id: &str) -> Step {
    Step {
        kind: kind.into(),
        name: name.into(),
        action: action.into(),
        id: id.into(),
    }
}

fn by_name<T: Managed>(items: Vec<T>) -> Result<BTreeMap<String, T>> {
    let mut map = BTreeMap::new();
    for it in items {
        let n = it.name().to_string();
        if n.is_empty() {
            continue;
        }
        if map.contains_key(&n) {
            return Err(Error::Conflict(format!(
                "two {}s are named `{n}` in LiveKit; apply matches by name, so rename or delete one first",
                T::WHAT
            )));
        }
        map.insert(n, it);
    }
    Ok(map)
}

/// What apply needs of each kind of object it manages.
trait Managed: Clone + PartialEq {
    /// The step's `kind`.
    const KIND: &'static str;
    /// The object for people, in messages.
    const WHAT: &'static str;
    fn name(&self) -> &str;
    fn id(&self) -> &str;
    /// Take over what LiveKit owns (ID and timestamps), so that equal means unchanged.
    fn adopt(&mut self, have: &Self);
    /// Create the object; its new ID.
    async fn create(self, lk: &LiveKit) -> Result<String>;
    async fn replace(self, lk: &LiveKit, id: &str) -> Result<()>;
    async fn delete(lk: &LiveKit, id: &str) -> Result<()>;
}

/// Inbound and outbound trunks differ only in their type and `TrunkSpec` variant.
macro_rules! managed_trunk {
    ($info:ty, $variant:ident, $kind:literal, $what:literal) => {
        impl Managed for $info {
            const KIND: &'static str = $kind;
            const WHAT: &'static str = $what;
            fn name(&self) -> &str {
                &self.name
            }
            fn id(&self) -> &str {
                &self.sip_trunk_id
            }
            fn adopt(&mut self, have: &Self) {
                self.sip_trunk_id = have.sip_trunk_id.clone();
                self.created_at = have.created_at;
                self.updated_at = have.updated_at;
            }
            async fn create(self, lk: &LiveKit) -> Result<String> {
                Ok(create_trunk(lk, TrunkSpec::$variant(self))
                    .await?
                    .sip_trunk_id)
            }
            async fn replace(self, lk: &LiveKit, id: &str) -> Result<()> {
                replace_trunk(lk, id, TrunkSpec::$variant(self))
                    .await
                    .map(drop)
            }
            async fn delete(lk: &LiveKit, id: &str) -> Result<()> {
                delete_trunk(lk, id).await
            }
        }
    };
}

managed_trunk!(
    proto::SipInboundTrunkInfo,
    Inbound,
    "inbound_trunk",
    "inbound trunk"
);
managed_trunk!(
    proto::SipOutboundTrunkInfo,
    Outbound,
    "outbound_trunk",
    "outbound trunk"
);

impl Managed for proto::SipDispatchRuleInfo {
    const KIND: &'static str = "dispatch_rule";
    const WHAT: &'static str = "dispatch rule";
    fn name(&self) -> &str {
        &self.name
    }
    fn id(&self) -> &str {
        &self.sip_dispatch_rule_id
    }
    fn adopt(&mut self, have: &Self) {
        self.sip_dispatch_rule_id = have.sip_dispatch_rule_id.clone();
        self.created_at = have.created_at;
        self.updated_at = have.updated_at;
    }
    async fn create(self, lk: &LiveKit) -> Result<String> {
        Ok(create_rule(lk, self).await?.sip_dispatch_rule_id)
    }
    async fn replace(self, lk: &LiveKit, id: &str) -> Result<()> {
        replace_rule(lk, id, self).await.map(drop)
    }
    async fn delete(lk: &LiveKit, id: &str) -> Result<()> {
        delete_rule(lk, id).await
    }
}

/// Create `want`, replace `have` with it, or leave `have` when they are the same.
async fn reconcile<T: Managed>(
    lk: &LiveKit,
    mut want: T,
    have: Option<&T>,
    dry_run: bool,
) -> Result<Step> {
    let name = want.name().to_string();
    let Some(have) = have else {
        let id = if dry_run {
            String::new()
        } else {
            want.create(lk).await?
        };
        return Ok(step(T::KIND, &name, "create", &id));
    };
    want.adopt(have);
    if &want == have {
        return Ok(step(T::KIND, &name, "unchanged", have.id()));
    }
    if !dry_run {
        want.replace(lk, have.id()).await?;
    }
    Ok(step(T::KIND, &name, "update", have.id()))
}

/// Delete what LiveKit has and the file does not name.
async fn delete_unwanted<'a, T: Managed + 'a>(
    lk: &LiveKit,
    have: &BTreeMap<String, T>,
    want: impl IntoIterator<Item = &'a T>,
    dry_run: bool,
    steps: &mut Vec<Step>,
) -> Result<()> {
    let wanted: BTreeSet<&str> = want.into_iter().map(Managed::name).collect();
    for (name, have) in have {
        if !wanted.contains(name.as_str()) {
            if !dry_run {
                T::delete(lk, have.id()).await?;
            }
            steps.push(step(T::KIND, name, "delete", have.id()));
        }
    }
    Ok(())
}

/// Compute and (unless `dry_run`) carry out the plan. Returns every step, including unchanged ones.
pub async fn apply(lk: &LiveKit, file: &SipFile, prune: bool, dry_run: bool) -> Result<Vec<Step>> {
    let inbound = by_name(super::list_inbound_raw(lk).await?)?;
    let outbound = by_name(super::list_outbound_raw(lk).await?)?;
    let rules = by_name(super::list_rules_raw(lk).await?)?;
    let mut steps = Vec::new();
    // Trunk name → ID, for rules; new trunks get theirs when created.
    let mut trunk_ids: BTreeMap<String, String> = BTreeMap::new();
    for (n, t) in &inbound {
        trunk_ids.insert(n.clone(), t.sip_trunk_id.clone());
    }
    for (n, t) in &outbound {
        trunk_ids.insert(n.clone(), t.sip_trunk_id.clone());
    }

    for want in &file.inbound_trunks {
        let s = reconcile(lk, want.clone(), inbound.get(&want.name), dry_run).await?;
        trunk_ids.insert(want.name.clone(), s.id.clone());
        steps.push(s);
    }
    for want in &file.outbound_trunks {
        let s = reconcile(lk, want.clone(), outbound.get(&want.name), dry_run).await?;
        trunk_ids.insert(want.name.clone(), s.id.clone());
        steps.push(s);
    }

    for (want, trunk_names) in &file.dispatch_rules {
        let mut desired = want.clone();
        for n in trunk_names {
            match trunk_ids.get(n) {
                Some(id) if !id.is_empty() => desired.trunk_ids.push(id.clone()),
                // A trunk created in this dry run has no ID yet.
                Some(_) => desired.trunk_ids.push(format!("<new trunk {n}>")),
                None => {
                    return Err(Error::invalid(
                        "sip file",
                        format!(
                            "dispatch rule `{}` names trunk `{n}`, which is neither in the file nor in LiveKit",
                            want.name
                        ),
                    ));
                }
            }
        }
        steps.push(reconcile(lk, desired, rules.get(&want.name), dry_run).await?);
    }

    if prune {
        // Rules first: they reference trunks.
        let rules_wanted = file.dispatch_rules.iter().map(|(r, _)| r);
        delete_unwanted(lk, &rules, rules_wanted, dry_run, &mut steps).await?;
        delete_unwanted(lk, &inbound, &file.inbound_trunks, dry_run, &mut steps).await?;
        delete_unwanted(lk, &outbound, &file.outbound_trunks, dry_run, &mut steps).await?;
    }
    Ok(steps)
}

/// How many steps change something.
pub fn changes(steps: &[Step]) -> usize {
    steps.iter().filter(|s| s.action != "unchanged").count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_parses_with_trunk_names_and_camel_case() {
        let v = serde_json::json!({
            "inboundTrunks": [{"name": "main", "numbers": ["+1555"]}],
            "dispatch_rules": [{"name": "r", "trunks": ["main"], "rule": {"dispatchRuleDirect": {"roomName": "x"}}}]
        });
        let f = parse("sip.yaml", v).unwrap();
        assert_eq!(f.inbound_trunks[0].name, "main");
        assert_eq!(f.dispatch_rules[0].1, vec!["main".to_string()]);
    }

    #[test]
    fn unknown_keys_and_duplicates_are_named() {
        let e = parse("f", serde_json::json!({"inbound_trunk": []})).unwrap_err();
        assert!(
            e.to_string().contains("did you mean `inbound_trunks`"),
            "{e}"
        );
        let e = parse(
            "f",
            serde_json::json!({"inbound_trunks": [{"name": "a", "numbrs": []}]}),
        )
        .unwrap_err();
        assert!(e.to_string().contains("numbrs"), "{e}");
        let e = parse(
            "f",
            serde_json::json!({"inbound_trunks": [{"name": "a"}, {"name": "a"}]}),
        )
        .unwrap_err();
        assert!(e.to_string().contains("twice"), "{e}");
    }
}
