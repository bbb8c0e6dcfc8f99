//! `lkctl ban add|list|remove`: bans kept in lkctl's store.
//!
//! A ban refuses lobby tokens to the fingerprint, session or identity, and removes matching
//! participants from LiveKit now (and again when a `participant_joined` webhook shows them
//! back, see `lkctl webhook ingest`). Without LiveKit credentials the ban is still recorded;
//! the removal is skipped with a note on stderr.

use std::time::Duration;

use clap::{ArgGroup, Args, Subcommand};
use lkctl_core::Error;
use lkctl_core::ops::bans::{Ban, BanOutcome, BanSubject, Bans, NewBan};

use super::args::actor;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};
use crate::{Ctx, parse_duration};

/// Ban verbs.
#[derive(Debug, Subcommand)]
pub enum BanCmd {
    /// Ban someone from a room (or all rooms) and remove them if present
    Add(AddArgs),
    /// Bans in force, newest first: of one room (global ones included) or all
    List {
        /// Only bans that apply in this room
        room: Option<String>,
        /// Also lifted and expired bans
        #[arg(long)]
        all: bool,
    },
    /// Lift a ban
    Remove {
        /// Ban id (BN_...)
        ban_id: String,
    },
}

/// Flags of `ban add`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("subject").args(["fingerprint", "session", "identity"]).required(true)))]
pub struct AddArgs {
    /// Room name (omit with --global)
    #[arg(required_unless_present = "global", conflicts_with = "global")]
    pub room: Option<String>,
    /// Session fingerprint of the guest's browser (the primary ban)
    #[arg(long, value_name = "F")]
    pub fingerprint: Option<String>,
    /// Session id
    #[arg(long, value_name = "S")]
    pub session: Option<String>,
    /// LiveKit participant identity
    #[arg(long, value_name = "IDENTITY")]
    pub identity: Option<String>,
    /// Client IP address to record with the ban (a signal only; never enforced alone)
    #[arg(long, value_name = "ADDR")]
    pub ip: Option<String>,
    /// Why (shown in `ban list`)
    #[arg(long)]
    pub reason: Option<String>,
    /// End the ban after this long (e.g. 2h, 7d); default: until removed
    #[arg(long = "for", value_name = "DURATION", value_parser = parse_duration)]
    pub duration: Option<Duration>,
    /// Ban from every room
    #[arg(long)]
    pub global: bool,
}

impl AddArgs {
    fn subject(&self) -> BanSubject {
        match (&self.fingerprint, &self.session, &self.identity) {
            (Some(f), _, _) => BanSubject::Fingerprint(f.clone()),
            (None, Some(s), _) => BanSubject::Session(s.clone()),
            (None, None, Some(i)) => BanSubject::Identity(i.clone()),
            // clap's required group guarantees one of them.
            (None, None, None) => BanSubject::Identity(String::new()),
        }
    }
}

fn subject_parts(s: &BanSubject) -> (&'static str, &str) {
    match s {
        BanSubject::Fingerprint(v) => ("fingerprint", v),
        BanSubject::Session(v) => ("session", v),
        BanSubject::Identity(v) => ("identity", v),
    }
}

impl Tabular for Ban {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "room",
            "kind",
            "subject",
            "active",
            "expires_at",
            "reason",
            "created_by",
            "created_at",
            "ip",
        ]
    }
    fn row(&self) -> Vec<String> {
        let (kind, value) = subject_parts(&self.subject);
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        vec![
            self.id.clone(),
            self.room.clone().unwrap_or_else(|| "* (all rooms)".into()),
            kind.into(),
            value.into(),
            self.active.to_string(),
            self.expires_at.map_or("never".into(), |t| t.to_string()),
            dash(&self.reason),
            self.created_by.clone(),
            self.created_at.to_string(),
            dash(&self.ip),
        ]
    }
}

/// The `Bans` service with the best moderator available, and whether it reaches LiveKit.
async fn bans(ctx: &Ctx) -> Result<(Bans, bool)> {
    Ok(ctx.core()?.bans().await?)
}

fn scope(ban: &Ban) -> String {
    ban.room
        .as_deref()
        .map_or("all rooms".into(), |r| format!("room {r}"))
}

fn added(ctx: &Ctx, outcome: &BanOutcome, connected: bool) -> Output {
    let (kind, value) = subject_parts(&outcome.ban.subject);
    let mut message = format!(
        "banned {kind} {value} in {} ({})",
        scope(&outcome.ban),
        outcome.ban.id
    );
    let removed: Vec<String> = outcome
        .removed
        .iter()
        .filter(|r| r.error.is_none())
        .map(|r| format!("{} from room {}", r.identity, r.room))
        .collect();
    if !removed.is_empty() {
        message.push_str(&format!("; removed {}", removed.join(", ")));
    }
    let failed: Vec<_> = outcome
        .removed
        .iter()
        .filter(|r| r.error.is_some())
        .collect();
    let mut out = Output::done(message)
        .with_json(outcome)
        .with_plain(outcome.ban.id.clone());
    if !connected {
        // The ban holds; enforcement waits for the next join webhook or a `ban add` with
        // credentials. Say so even with --output json: it is a diagnostic, not data.
        let who: Vec<String> = failed
            .iter()
            .map(|r| format!("{} in room {}", r.identity, r.room))
            .collect();
        let detail = if who.is_empty() {
            String::new()
        } else {
            format!(" (would have removed {})", who.join(", "))
        };
        ctx.warn(format!(
            "no LiveKit credentials configured: ban recorded, removal from LiveKit skipped{detail}"
        ));
    } else if !failed.is_empty() {
        let hint = failed
            .iter()
            .map(|r| {
                format!(
                    "{} in room {}: {}",
                    r.identity,
                    r.room,
                    r.error.as_deref().unwrap_or_default()
                )
            })
            .collect::<Vec<_>>()
            .join("; ");
        out = out.with_failure(
            CliError::from(Error::Partial {
                what: "removals of banned participants",
                failed: failed.len(),
                total: outcome.removed.len(),
            })
            .with_hint(format!("the ban is recorded; {hint}")),
        );
    }
    out
}

impl BanCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Add(a) => {
                let subject = a.subject();
                let (kind, value) = subject_parts(&subject);
                let where_ = a
                    .room
                    .as_deref()
                    .map_or("all rooms".into(), |r| format!("room {r}"));
                let (bans, connected) = bans(ctx).await?;
                ctx.confirm(&format!(
                    "ban {kind} {value} from {where_} and remove them if present"
                ))?;
                let outcome = bans
                    .add(NewBan {
                        room: a.room.clone(),
                        subject,
                        ip: a.ip,
                        reason: a.reason,
                        duration: a.duration,
                        by: actor(),
                    })
                    .await?;
                Ok(added(ctx, &outcome, connected))
            }
            Self::List { room, all } => {
                let (bans, _) = bans(ctx).await?;
                Ok(Output::list(&bans.list(room.as_deref(), all).await?))
            }
            Self::Remove { ban_id } => {
                let (bans, _) = bans(ctx).await?;
                let ban = bans.get(&ban_id).await?;
                let (kind, value) = subject_parts(&ban.subject);
                ctx.confirm(&format!(
                    "lift ban {ban_id} of {kind} {value} in {}",
                    scope(&ban)
                ))?;
                let lifted = bans.remove(&ban_id, &actor()).await?;
                Ok(Output::done(format!("lifted ban {}", lifted.id)).with_json(&lifted))
            }
        }
    }
}
