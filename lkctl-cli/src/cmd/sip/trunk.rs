//! `lkctl sip trunk list|get|create|update|delete`.

use clap::{ArgGroup, Args, Subcommand};
use lkctl_core::ops::sip::{self, Direction, SipTrunk, TrunkChanges, TrunkSpec};

use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

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
            let parsed = sip::read_trunk(&crate::cmd::request_text(path)?, self.direction.get())?;
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

impl TrunkCmd {
    pub(super) async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List(d) => {
                let lk = ctx.livekit()?;
                Ok(Output::list(&sip::list_trunks(lk, d.get()).await?))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&sip::get_trunk(lk, &id).await?))
            }
            Self::Create(a) => {
                let spec = a.spec(ctx)?;
                let lk = ctx.livekit()?;
                let t = sip::create_trunk(lk, spec).await?;
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
                        None => sip::get_trunk_raw(lk, &id).await?.direction(),
                    };
                    let parsed =
                        sip::read_trunk(&crate::cmd::request_text(path)?, Some(direction))?;
                    ctx.note(format!("note: {}", parsed.shape.describe("trunk")));
                    sip::replace_trunk(lk, &id, parsed.value).await?
                } else {
                    sip::update_trunk(lk, &id, args.changes()?).await?
                };
                Ok(Output::done(format!("updated trunk {}", t.sip_trunk_id)).with_json(&t))
            }
            Self::Delete { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("delete SIP trunk {}", ids.join(", ")))?;
                Ok(
                    crate::cmd::args::delete_each(&ids, "trunks", |id| async move {
                        sip::delete_trunk(lk, &id).await
                    })
                    .await,
                )
            }
        }
    }
}
