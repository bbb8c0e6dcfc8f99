//! `lkctl sip trunk|rule|call|transfer|apply`.

use std::collections::HashMap;
use std::time::Duration;

use clap::{ArgGroup, Args, Subcommand};
use livekit_protocol as proto;
use lkctl_core::ops::sip::{
    self, CallOptions, Direction, RuleOptions, SipCall, SipRule, SipTrunk, TransferOptions,
    TrunkChanges, TrunkSpec, apply,
};
use serde_json::json;

use super::parse_key_val;
use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

/// SIP verbs.
#[derive(Debug, Subcommand)]
pub enum SipCmd {
    /// Inbound and outbound trunks
    #[command(subcommand)]
    Trunk(TrunkCmd),
    /// Dispatch rules: which room an inbound call goes to
    #[command(subcommand)]
    Rule(RuleCmd),
    /// Call a number and put the callee into a room
    Call(CallArgs),
    /// Transfer a SIP participant to another number or SIP URI
    Transfer(TransferArgs),
    /// Make trunks and dispatch rules match a file (matched by name)
    Apply(ApplyArgs),
}

/// Trunk verbs.
#[derive(Debug, Subcommand)]
pub enum TrunkCmd {
    /// List trunks (both directions unless one is given)
    List(DirectionArgs),
    /// Show one trunk
    Get {
        /// Trunk ID (ST_...)
        id: String,
    },
    /// Create a trunk from flags or a file
    Create(TrunkArgs),
    /// Change a trunk: flags change those fields, a file replaces it
    Update {
        /// Trunk ID (ST_...)
        id: String,
        #[command(flatten)]
        args: TrunkArgs,
    },
    /// Delete trunks
    Delete {
        /// Trunk IDs
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

/// `--inbound` / `--outbound`.
#[derive(Debug, Clone, Args)]
#[command(group(ArgGroup::new("direction").args(["inbound", "outbound"])))]
pub struct DirectionArgs {
    /// Inbound trunks (calls to LiveKit)
    #[arg(long)]
    pub inbound: bool,
    /// Outbound trunks (calls from LiveKit)
    #[arg(long)]
    pub outbound: bool,
}

impl DirectionArgs {
    fn get(&self) -> Option<Direction> {
        match (self.inbound, self.outbound) {
            (true, _) => Some(Direction::Inbound),
            (_, true) => Some(Direction::Outbound),
            _ => None,
        }
    }
}

/// Trunk fields.
#[derive(Debug, Args)]
pub struct TrunkArgs {
    #[command(flatten)]
    pub direction: DirectionArgs,
    /// The whole trunk as JSON or YAML: the bare info object or `{"trunk": {...}}` (`-` reads stdin)
    #[arg(long, short = 'f', visible_alias = "request", value_name = "FILE")]
    pub file: Option<String>,
    /// Trunk name
    #[arg(long)]
    pub name: Option<String>,
    /// Metadata
    #[arg(long)]
    pub metadata: Option<String>,
    /// Phone number (repeatable; replaces the list on update)
    #[arg(long = "number", value_name = "NUMBER")]
    pub numbers: Vec<String>,
    /// Outbound: the provider's SIP address (host[:port])
    #[arg(long)]
    pub address: Option<String>,
    /// Outbound: auto, udp, tcp or tls
    #[arg(long)]
    pub transport: Option<String>,
    /// Inbound: accept calls only from this address or CIDR (repeatable)
    #[arg(long = "allowed-address", value_name = "CIDR")]
    pub allowed_addresses: Vec<String>,
    /// SIP auth user name
    #[arg(long)]
    pub auth_user: Option<String>,
    /// SIP auth password (never printed back)
    #[arg(long)]
    pub auth_password: Option<String>,
}

impl TrunkArgs {
    fn changes(&self) -> Result<TrunkChanges> {
        if let Some(t) = &self.transport {
            sip::transport_from_name(t)?;
        }
        Ok(self.changes_unchecked())
    }

    fn changes_unchecked(&self) -> TrunkChanges {
        TrunkChanges {
            name: self.name.clone(),
            metadata: self.metadata.clone(),
            numbers: (!self.numbers.is_empty()).then(|| self.numbers.clone()),
            auth_username: self.auth_user.clone(),
            auth_password: self.auth_password.clone(),
            address: self.address.clone(),
            transport: self.transport.clone(),
            allowed_addresses: (!self.allowed_addresses.is_empty())
                .then(|| self.allowed_addresses.clone()),
        }
    }

    fn spec(&self, ctx: &Ctx) -> Result<TrunkSpec> {
        if let Some(path) = &self.file {
            let parsed = sip::read_trunk(&super::request_text(path)?, self.direction.get())?;
            let what = match parsed.value {
                TrunkSpec::Inbound(_) => "SIPInboundTrunkInfo",
                TrunkSpec::Outbound(_) => "SIPOutboundTrunkInfo",
            };
            ctx.note(format!("note: {}", parsed.shape.describe(what)));
            return Ok(parsed.value);
        }
        let direction = self.direction.get().ok_or_else(|| {
            CliError::invalid(
                "direction",
                "pass --inbound or --outbound (or give the trunk with --file)",
            )
        })?;
        Ok(self.changes_unchecked().into_spec(direction)?)
    }
}

/// Dispatch-rule verbs.
#[derive(Debug, Subcommand)]
pub enum RuleCmd {
    /// List dispatch rules
    List,
    /// Show one rule
    Get {
        /// Rule ID (SDR_...)
        id: String,
    },
    /// Create a rule from flags or a file
    Create(RuleArgs),
    /// Change a rule: flags change those fields, a file replaces it
    Update {
        /// Rule ID (SDR_...)
        id: String,
        #[command(flatten)]
        args: RuleArgs,
    },
    /// Delete rules
    Delete {
        /// Rule IDs
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

/// Dispatch-rule fields.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("kind").args(["direct", "individual", "callee"])))]
pub struct RuleArgs {
    /// The whole rule as JSON or YAML: the bare info object or `{"dispatch_rule": {...}}` (`-` reads stdin)
    #[arg(long, short = 'f', visible_alias = "request", value_name = "FILE")]
    pub file: Option<String>,
    /// Rule name
    #[arg(long)]
    pub name: Option<String>,
    /// Send every caller to this room
    #[arg(long, value_name = "ROOM")]
    pub direct: Option<String>,
    /// Give each caller a new room with this prefix
    #[arg(long, value_name = "PREFIX")]
    pub individual: Option<String>,
    /// Send callers to a room named after the called number, with this prefix
    #[arg(long, value_name = "PREFIX")]
    pub callee: Option<String>,
    /// PIN callers must enter (never printed back)
    #[arg(long)]
    pub pin: Option<String>,
    /// Individual: add a random suffix (default); callee: add one
    #[arg(long, value_name = "BOOL")]
    pub randomize: Option<bool>,
    /// Only calls arriving on this trunk (repeatable)
    #[arg(long = "trunk", value_name = "TRUNK_ID")]
    pub trunks: Vec<String>,
    /// Only calls from this number (repeatable)
    #[arg(long = "inbound-number", value_name = "NUMBER")]
    pub inbound_numbers: Vec<String>,
    /// Dispatch this agent into the room (repeatable)
    #[arg(long = "agent", value_name = "AGENT_NAME")]
    pub agents: Vec<String>,
    /// Metadata of the caller's participant
    #[arg(long)]
    pub metadata: Option<String>,
    /// Hide the caller's number from other participants
    #[arg(long, value_name = "BOOL")]
    pub hide_phone_number: Option<bool>,
}

impl RuleArgs {
    fn options(&self) -> RuleOptions {
        let some = |v: &Vec<String>| (!v.is_empty()).then(|| v.clone());
        RuleOptions {
            name: self.name.clone(),
            direct_room: self.direct.clone(),
            individual_prefix: self.individual.clone(),
            callee_prefix: self.callee.clone(),
            pin: self.pin.clone(),
            randomize: self.randomize,
            trunk_ids: some(&self.trunks),
            inbound_numbers: some(&self.inbound_numbers),
            agents: some(&self.agents),
            metadata: self.metadata.clone(),
            hide_phone_number: self.hide_phone_number,
        }
    }

    fn file_info(&self, ctx: &Ctx) -> Result<Option<proto::SipDispatchRuleInfo>> {
        let Some(path) = &self.file else {
            return Ok(None);
        };
        let parsed = sip::read_rule(&super::request_text(path)?)?;
        ctx.note(format!(
            "note: {}",
            parsed.shape.describe("SIPDispatchRuleInfo")
        ));
        // Flags given with a file override its fields.
        Ok(Some(self.options().apply(parsed.value)?))
    }
}

/// Flags of `sip call`.
#[derive(Debug, Args)]
pub struct CallArgs {
    /// Outbound trunk ID (ST_...)
    #[arg(long)]
    pub trunk: String,
    /// Number (or SIP user) to call
    #[arg(long)]
    pub to: String,
    /// Caller number to show (one of the trunk's numbers)
    #[arg(long)]
    pub from: Option<String>,
    /// Room to put the callee in (created if missing)
    #[arg(long)]
    pub room: String,
    /// Participant identity of the callee (default: sip_<number>)
    #[arg(long)]
    pub identity: Option<String>,
    /// Participant name of the callee
    #[arg(long)]
    pub name: Option<String>,
    /// Participant metadata
    #[arg(long)]
    pub metadata: Option<String>,
    /// Participant attribute key=value (repeatable)
    #[arg(long = "attribute", value_name = "KEY=VALUE", value_parser = parse_key_val)]
    pub attributes: Vec<(String, String)>,
    /// SIP header key=value on the INVITE (repeatable)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_key_val)]
    pub headers: Vec<(String, String)>,
    /// DTMF digits to send once answered
    #[arg(long)]
    pub dtmf: Option<String>,
    /// Play a dial tone in the room while ringing
    #[arg(long)]
    pub play_dialtone: bool,
    /// Hide the callee's number from other participants
    #[arg(long)]
    pub hide_phone_number: bool,
    /// Krisp noise cancellation
    #[arg(long)]
    pub krisp: bool,
    /// Give up ringing after this long
    #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration)]
    pub ringing_timeout: Option<Duration>,
    /// Hang up after this long
    #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration)]
    pub max_call_duration: Option<Duration>,
    /// Wait until the callee answers; a rejected call fails with its SIP status
    #[arg(long)]
    pub wait: bool,
}

/// Flags of `sip transfer`.
#[derive(Debug, Args)]
pub struct TransferArgs {
    /// Room of the SIP participant
    #[arg(long)]
    pub room: String,
    /// Identity of the SIP participant
    #[arg(long)]
    pub identity: String,
    /// Where to: tel:+NUMBER or sip:user@host
    #[arg(long)]
    pub to: String,
    /// Play a dial tone while transferring
    #[arg(long)]
    pub play_dialtone: bool,
    /// SIP header key=value on the REFER (repeatable)
    #[arg(long = "header", value_name = "KEY=VALUE", value_parser = parse_key_val)]
    pub headers: Vec<(String, String)>,
    /// Give up ringing after this long
    #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration)]
    pub ringing_timeout: Option<Duration>,
}

/// Flags of `sip apply`.
#[derive(Debug, Args)]
pub struct ApplyArgs {
    /// File with inbound_trunks, outbound_trunks and dispatch_rules (JSON or YAML; `-` reads stdin)
    #[arg(long, short = 'f', value_name = "FILE")]
    pub file: String,
    /// Also delete trunks and rules that are not in the file (asks first; `--yes` off a terminal)
    #[arg(long)]
    pub prune: bool,
    /// Print the plan and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl Tabular for SipTrunk {
    fn headers() -> Vec<&'static str> {
        vec![
            "sip_trunk_id",
            "direction",
            "name",
            "numbers",
            "address",
            "auth_user",
            "auth_password",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.sip_trunk_id.clone(),
            self.direction.to_string(),
            or_dash(&self.name),
            or_dash(&self.numbers.join(",")),
            or_dash(&self.address),
            or_dash(&self.auth_username),
            or_dash(&self.auth_password),
        ]
    }
}

impl Tabular for SipRule {
    fn headers() -> Vec<&'static str> {
        vec![
            "sip_dispatch_rule_id",
            "name",
            "kind",
            "room",
            "pin",
            "trunks",
            "agents",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.sip_dispatch_rule_id.clone(),
            or_dash(&self.name),
            self.kind.clone(),
            or_dash(&self.room),
            or_dash(&self.pin),
            if self.trunk_ids.is_empty() {
                "any".into()
            } else {
                self.trunk_ids.join(",")
            },
            or_dash(&self.agents.join(",")),
        ]
    }
}

impl Tabular for SipCall {
    fn headers() -> Vec<&'static str> {
        vec![
            "participant_identity",
            "participant_id",
            "room_name",
            "sip_call_id",
            "state",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.participant_identity.clone(),
            self.participant_id.clone(),
            self.room_name.clone(),
            self.sip_call_id.clone(),
            self.state.clone(),
        ]
    }
}

impl Tabular for apply::Step {
    fn headers() -> Vec<&'static str> {
        vec!["action", "kind", "name", "id"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.action.clone(),
            self.kind.clone(),
            self.name.clone(),
            or_dash(&self.id),
        ]
    }
}

/// Delete several objects, reporting each; a failure makes the whole verb fail.
pub(crate) async fn delete_each<F, Fut>(ids: &[String], what: &'static str, mut del: F) -> Output
where
    F: FnMut(String) -> Fut,
    Fut: std::future::Future<Output = lkctl_core::Result<()>>,
{
    let mut rows = Vec::new();
    let mut results = Vec::new();
    let mut failed = 0;
    let mut first_error = None;
    for id in ids {
        match del(id.clone()).await {
            Ok(()) => {
                rows.push(vec![id.clone(), "deleted".into(), "-".into()]);
                results.push(json!({"id": id, "outcome": "deleted"}));
            }
            Err(e) => {
                failed += 1;
                rows.push(vec![id.clone(), "failed".into(), e.to_string()]);
                results.push(json!({"id": id, "outcome": "failed", "error": e.to_string()}));
                first_error.get_or_insert(e);
            }
        }
    }
    let out = Output::rows(json!(results), vec!["id", "outcome", "error"], rows);
    match first_error {
        // One object: fail exactly as that error (not found → 3).
        Some(e) if ids.len() == 1 => out.with_failure(e.into()),
        Some(_) => out.with_failure(
            lkctl_core::Error::Partial {
                what,
                failed,
                total: ids.len(),
            }
            .into(),
        ),
        None => out.with_message(format!("deleted {} {what}", ids.len())),
    }
}

impl SipCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Trunk(c) => c.run(ctx).await,
            Self::Rule(c) => c.run(ctx).await,
            Self::Call(a) => {
                let opts = CallOptions {
                    trunk_id: a.trunk,
                    to: a.to,
                    from: a.from,
                    room: a.room,
                    identity: a.identity,
                    name: a.name,
                    metadata: a.metadata,
                    attributes: a.attributes.into_iter().collect(),
                    headers: a.headers.into_iter().collect(),
                    dtmf: a.dtmf,
                    play_dialtone: a.play_dialtone,
                    hide_phone_number: a.hide_phone_number,
                    krisp: a.krisp,
                    ringing_timeout: a.ringing_timeout,
                    max_call_duration: a.max_call_duration,
                    wait_until_answered: a.wait,
                };
                let lk = ctx.livekit()?;
                let call = sip::call_participant(&lk, opts).await.map_err(|e| {
                    let hint = match &e {
                        lkctl_core::Error::LiveKit { meta, .. } => {
                            meta.get("sip_status_code").map(|c| {
                                format!(
                                    "the callee's side answered SIP {c} {}",
                                    meta.get("sip_status").cloned().unwrap_or_default()
                                )
                            })
                        }
                        _ => None,
                    };
                    let err = CliError::from(e);
                    match hint {
                        Some(h) => err.with_hint(h),
                        None => err,
                    }
                })?;
                Ok(Output::one(&call).with_message(format!(
                    "{} {} in room {}",
                    if call.state == "answered" {
                        "answered:"
                    } else {
                        "dialing:"
                    },
                    call.participant_identity,
                    call.room_name
                )))
            }
            Self::Transfer(a) => {
                let lk = ctx.livekit()?;
                let t = sip::transfer(
                    &lk,
                    TransferOptions {
                        room: a.room,
                        identity: a.identity,
                        to: a.to,
                        play_dialtone: a.play_dialtone,
                        headers: a.headers.into_iter().collect::<HashMap<_, _>>(),
                        ringing_timeout: a.ringing_timeout,
                    },
                )
                .await?;
                Ok(
                    Output::done(format!("transferred {} to {}", t.identity, t.transfer_to))
                        .with_json(&t),
                )
            }
            Self::Apply(a) => {
                let file = apply::read(&super::request_text(&a.file)?)?;
                let lk = ctx.livekit()?;
                if a.prune && !a.dry_run {
                    // Pruning deletes: plan first and confirm exactly what goes.
                    let plan = apply::apply(&lk, &file, true, true).await?;
                    let doomed: Vec<String> = plan
                        .iter()
                        .filter(|s| s.action == "delete")
                        .map(|s| format!("{} {} ({})", s.kind, s.name, s.id))
                        .collect();
                    if !doomed.is_empty() {
                        ctx.confirm(&format!("delete {} (not in {})", doomed.join(", "), a.file))?;
                    }
                }
                let steps = apply::apply(&lk, &file, a.prune, a.dry_run).await?;
                let n = apply::changes(&steps);
                let msg = match (a.dry_run, n) {
                    (true, 0) => "dry run: nothing to change".to_string(),
                    (true, n) => format!("dry run: {n} change(s) planned; nothing changed"),
                    (false, 0) => "nothing to change: LiveKit already matches the file".to_string(),
                    (false, n) => format!("applied {n} change(s)"),
                };
                Ok(Output::list(&steps).with_message(msg))
            }
        }
    }
}

impl TrunkCmd {
    async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List(d) => {
                let lk = ctx.livekit()?;
                Ok(Output::list(&sip::list_trunks(&lk, d.get()).await?))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&sip::get_trunk(&lk, &id).await?))
            }
            Self::Create(a) => {
                let spec = a.spec(ctx)?;
                let lk = ctx.livekit()?;
                let t = sip::create_trunk(&lk, spec).await?;
                Ok(Output::done(format!(
                    "created {} trunk {} ({})",
                    t.direction, t.sip_trunk_id, t.name
                ))
                .with_json(&t)
                .with_plain(t.sip_trunk_id.clone()))
            }
            Self::Update { id, args } => {
                let lk = ctx.livekit()?;
                let t = if let Some(path) = &args.file {
                    // The file's direction is the trunk's unless given explicitly.
                    let direction = match args.direction.get() {
                        Some(d) => d,
                        None => sip::get_trunk_raw(&lk, &id).await?.direction(),
                    };
                    let parsed = sip::read_trunk(&super::request_text(path)?, Some(direction))?;
                    ctx.note(format!("note: {}", parsed.shape.describe("trunk")));
                    sip::replace_trunk(&lk, &id, parsed.value).await?
                } else {
                    sip::update_trunk(&lk, &id, args.changes()?).await?
                };
                Ok(Output::done(format!("updated trunk {}", t.sip_trunk_id)).with_json(&t))
            }
            Self::Delete { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("delete SIP trunk {}", ids.join(", ")))?;
                Ok(delete_each(&ids, "trunks", |id| {
                    let lk = &lk;
                    async move { sip::delete_trunk(lk, &id).await }
                })
                .await)
            }
        }
    }
}

impl RuleCmd {
    async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List => {
                let lk = ctx.livekit()?;
                Ok(Output::list(&sip::list_rules(&lk).await?))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&sip::get_rule(&lk, &id).await?))
            }
            Self::Create(a) => {
                let info = match a.file_info(ctx)? {
                    Some(info) => info,
                    None => a.options().apply(Default::default())?,
                };
                let lk = ctx.livekit()?;
                let r = sip::create_rule(&lk, info).await?;
                Ok(Output::done(format!(
                    "created dispatch rule {} ({})",
                    r.sip_dispatch_rule_id, r.name
                ))
                .with_json(&r)
                .with_plain(r.sip_dispatch_rule_id.clone()))
            }
            Self::Update { id, args } => {
                let lk = ctx.livekit()?;
                let r = match args.file_info(ctx)? {
                    Some(info) => sip::replace_rule(&lk, &id, info).await?,
                    None => sip::update_rule(&lk, &id, &args.options()).await?,
                };
                Ok(
                    Output::done(format!("updated dispatch rule {}", r.sip_dispatch_rule_id))
                        .with_json(&r),
                )
            }
            Self::Delete { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("delete dispatch rule {}", ids.join(", ")))?;
                Ok(delete_each(&ids, "dispatch rules", |id| {
                    let lk = &lk;
                    async move { sip::delete_rule(lk, &id).await }
                })
                .await)
            }
        }
    }
}
