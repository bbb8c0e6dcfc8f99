//! `lkctl sip rule list|get|create|update|delete`: dispatch rules.

use clap::{ArgGroup, Args, Subcommand};
use livekit_protocol as proto;
use lkctl_core::ops::sip::{self, RuleOptions, SipRule};

use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

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
        let parsed = sip::read_rule(&crate::cmd::request_text(path)?)?;
        ctx.note(format!(
            "note: {}",
            parsed.shape.describe("SIPDispatchRuleInfo")
        ));
        // Flags given with a file override its fields.
        Ok(Some(self.options().apply(parsed.value)?))
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

impl RuleCmd {
    pub(super) async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List => {
                let lk = ctx.livekit()?;
                Ok(Output::list(&sip::list_rules(lk).await?))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&sip::get_rule(lk, &id).await?))
            }
            Self::Create(a) => {
                let info = match a.file_info(ctx)? {
                    Some(info) => info,
                    None => a.options().apply(Default::default())?,
                };
                let lk = ctx.livekit()?;
                let r = sip::create_rule(lk, info).await?;
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
                    Some(info) => sip::replace_rule(lk, &id, info).await?,
                    None => sip::update_rule(lk, &id, &args.options()).await?,
                };
                Ok(
                    Output::done(format!("updated dispatch rule {}", r.sip_dispatch_rule_id))
                        .with_json(&r),
                )
            }
            Self::Delete { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("delete dispatch rule {}", ids.join(", ")))?;
                Ok(
                    crate::cmd::args::delete_each(&ids, "dispatch rules", |id| async move {
                        sip::delete_rule(lk, &id).await
                    })
                    .await,
                )
            }
        }
    }
}
