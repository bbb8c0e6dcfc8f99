//! `lkctl sip trunk|rule|call|transfer|apply`.

use std::collections::HashMap;
use std::time::Duration;

use clap::{Args, Subcommand};
use lkctl_core::ops::sip::{self, CallOptions, SipCall, TransferOptions, apply};

use super::args::ParticipantInfoArgs;
use super::parse_key_val;
use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

mod rule;
mod trunk;

pub use rule::{RuleArgs, RuleCmd};
pub use trunk::{DirectionArgs, TrunkArgs, TrunkCmd};

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
    #[command(flatten)]
    pub participant: ParticipantInfoArgs,
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
                    name: a.participant.name,
                    metadata: a.participant.metadata,
                    attributes: a.participant.attributes.into_iter().collect(),
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
                let call = sip::call_participant(lk, opts).await.map_err(|e| {
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
                    lk,
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
                let file = apply::read(&crate::cmd::request_text(&a.file)?)?;
                let lk = ctx.livekit()?;
                if a.prune && !a.dry_run {
                    // Pruning deletes: plan first and confirm exactly what goes.
                    let plan = apply::apply(lk, &file, true, true).await?;
                    let doomed: Vec<String> = plan
                        .iter()
                        .filter(|s| s.action == "delete")
                        .map(|s| format!("{} {} ({})", s.kind, s.name, s.id))
                        .collect();
                    if !doomed.is_empty() {
                        ctx.confirm(&format!("delete {} (not in {})", doomed.join(", "), a.file))?;
                    }
                }
                let steps = apply::apply(lk, &file, a.prune, a.dry_run).await?;
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
