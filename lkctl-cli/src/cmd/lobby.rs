//! `lkctl lobby list|approve|reject|watch` for hosts, `lobby request|status` for guests.
//!
//! The lobby lives in lkctl's store. Deciding needs no LiveKit server, but approving (and
//! admitting a guest when the lobby is off) signs a LiveKit token, so it needs the API key
//! and secret; everything else works with the store alone.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use clap::{ArgGroup, Args, Subcommand};
use lkctl_core::Error;
use lkctl_core::ops::lobby::{
    EntryEvent, EntryStatus, JoinOutcome, JoinRequest, Lobby, LobbyEntry, LobbyRound,
};
use serde_json::json;

use super::args::actor;
use crate::exit::Result;
use crate::output::{Output, OutputFormat, Tabular};
use crate::safe::Safe;
use crate::{Ctx, parse_duration};

/// Lobby verbs.
#[derive(Debug, Subcommand)]
pub enum LobbyCmd {
    /// Entries of a room's lobby, oldest first
    List {
        /// Room name
        room: String,
        /// Only entries in this status (pending, approved, rejected, expired, admitted)
        #[arg(long, value_parser = parse_status)]
        status: Option<EntryStatus>,
    },
    /// Let a waiting guest in (signs their token: needs the API key and secret)
    Approve(ApproveArgs),
    /// Turn a waiting guest away
    Reject {
        /// Room name
        room: String,
        /// Lobby entry id (LB_...)
        entry: String,
        /// Reason shown to the guest
        #[arg(long)]
        reason: Option<String>,
    },
    /// Follow a room's lobby live until Ctrl-C (JSON: one object per line per event)
    Watch(WatchArgs),
    /// As a guest, ask to join a room: prints the token, or the lobby entry to wait on
    Request(RequestArgs),
    /// As a guest, show the decision on one's own entry (with the token once approved)
    Status(StatusArgs),
}

/// Flags of `lobby approve`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").args(["entry", "all"]).required(true)))]
pub struct ApproveArgs {
    /// Room name
    pub room: String,
    /// Lobby entry id (LB_...)
    pub entry: Option<String>,
    /// Every pending entry, oldest first
    #[arg(long)]
    pub all: bool,
}

/// Flags of `lobby watch`.
#[derive(Debug, Args)]
pub struct WatchArgs {
    /// Room name
    pub room: String,
    /// Stop once nobody is waiting (at once if the lobby is empty)
    #[arg(long)]
    pub until_empty: bool,
    /// Stop after this many events
    #[arg(long, value_name = "N")]
    pub count: Option<usize>,
    /// How often to re-read the lobby (other processes' changes on SQLite show up this way)
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = parse_duration)]
    pub interval: Duration,
}

/// Flags of `lobby request`.
#[derive(Debug, Args)]
pub struct RequestArgs {
    /// Room name
    pub room: String,
    /// Display name
    #[arg(long, value_name = "NAME")]
    pub name: String,
    /// Session fingerprint of the guest (16–128 characters of A-Z a-z 0-9 _ -)
    #[arg(long, value_name = "F")]
    pub fingerprint: String,
    /// The room's PIN, if it has one (`-` reads it from stdin)
    #[arg(long, value_name = "PIN")]
    pub pin: Option<String>,
    /// Session id (same format as the fingerprint)
    #[arg(long, value_name = "S")]
    pub session: Option<String>,
    /// Client IP address (PIN attempts are limited per address)
    #[arg(long, value_name = "ADDR")]
    pub ip: Option<String>,
}

/// Flags of `lobby status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Room name
    pub room: String,
    /// Lobby entry id (LB_...)
    pub entry: String,
    /// The claim secret `lobby request` printed for this entry (only the guest has it)
    #[arg(long, value_name = "CLAIM")]
    pub claim: String,
    /// Wait for the decision instead of reporting `pending` (progress on stderr; a rejected or expired entry exits 8)
    #[arg(long)]
    pub wait: bool,
    /// Give up waiting after this long
    #[arg(long, value_name = "DURATION", default_value = "10m", value_parser = parse_duration, requires = "wait")]
    pub timeout: Duration,
}

fn parse_status(s: &str) -> std::result::Result<EntryStatus, String> {
    s.parse::<EntryStatus>().map_err(|e| match e {
        Error::Invalid { reason, .. } => reason,
        other => other.to_string(),
    })
}

impl Tabular for LobbyEntry {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "status",
            "display_name",
            "identity",
            "created_at",
            "decided_by",
            "reason",
        ]
    }
    fn row(&self) -> Vec<String> {
        let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
        vec![
            self.id.clone(),
            self.status.as_str().into(),
            self.display_name.clone(),
            self.identity.clone(),
            self.created_at.to_string(),
            dash(&self.decided_by),
            dash(&self.reason),
        ]
    }
}

async fn lobby(ctx: &Ctx) -> Result<Lobby> {
    Ok(ctx.core()?.lobby().await?)
}

impl LobbyCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List { room, status } => {
                let lobby = lobby(ctx).await?;
                Ok(Output::list(&lobby.list(&room, status).await?))
            }
            Self::Approve(a) => {
                let lobby = lobby(ctx).await?;
                match a.entry {
                    Some(entry) => {
                        let e = lobby.approve(&a.room, &entry, &actor()).await?;
                        Ok(Output::done(format!(
                            "approved {} ({}) in room {}; the guest's token is ready for them",
                            e.id, e.display_name, e.room
                        ))
                        .with_json(&e)
                        .with_plain(e.id.clone()))
                    }
                    None => {
                        ctx.confirm(&format!("approve everyone waiting in room {}", a.room))?;
                        let approved = lobby.approve_all(&a.room, &actor()).await?;
                        Ok(Output::list(&approved).with_message(format!(
                            "approved {} guest(s) in room {}",
                            approved.len(),
                            a.room
                        )))
                    }
                }
            }
            Self::Reject {
                room,
                entry,
                reason,
            } => {
                let lobby = lobby(ctx).await?;
                let e = lobby
                    .reject(&room, &entry, &actor(), reason.as_deref())
                    .await?;
                Ok(Output::done(format!(
                    "rejected {} ({}) in room {}",
                    e.id, e.display_name, e.room
                ))
                .with_json(&e)
                .with_plain(e.id.clone()))
            }
            Self::Watch(a) => watch(ctx, &lobby(ctx).await?, a).await,
            Self::Request(a) => request(ctx, a).await,
            Self::Status(a) => status(ctx, a).await,
        }
    }
}

async fn request(ctx: &Ctx, a: RequestArgs) -> Result<Output> {
    let pin = a
        .pin
        .as_deref()
        .map(|p| super::arg_or_stdin(p, "pin"))
        .transpose()?;
    let lobby = lobby(ctx).await?;
    let outcome = lobby
        .request_join(JoinRequest {
            room: a.room,
            display_name: a.name,
            fingerprint: a.fingerprint,
            session_id: a.session,
            ip: a.ip,
            pin,
        })
        .await?;
    let json = serde_json::to_value(&outcome).unwrap_or_default();
    Ok(match &outcome {
        JoinOutcome::Admitted { entry, token } => Output::fields(
            json,
            vec![
                ("outcome".into(), "admitted".into()),
                ("entry".into(), entry.id.clone()),
                ("identity".into(), entry.identity.clone()),
                (
                    "expires_at".into(),
                    entry.token_expires_at.map_or("-".into(), |t| t.to_string()),
                ),
                ("token".into(), token.clone()),
            ],
        )
        .with_plain(token.clone()),
        JoinOutcome::Waiting { entry, claim } => Output::fields(
            json,
            vec![
                ("outcome".into(), "waiting".into()),
                ("entry".into(), entry.id.clone()),
                ("identity".into(), entry.identity.clone()),
                ("claim".into(), claim.clone()),
            ],
        )
        .with_plain(format!("{}\t{claim}", entry.id))
        .with_message(format!(
            "waiting in the lobby of room {}; follow it with `lkctl lobby status {} {} \
             --claim {claim} --wait` (keep the claim private: it collects the token)",
            entry.room, entry.room, entry.id
        )),
    })
}

/// How often a waiting `lobby status --wait` says it is still waiting when stderr is not a
/// terminal (a log file gets a line now and then, not a spinner's redraws).
const STILL_WAITING_EVERY: Duration = Duration::from_secs(30);

/// Progress of `lobby status --wait` on stderr, never on stdout: a spinner on a terminal,
/// otherwise one line when the wait starts and one every [`STILL_WAITING_EVERY`]. Nothing
/// with `--quiet` or `--output json`.
struct WaitProgress {
    spinner: Option<indicatif::ProgressBar>,
    lines: bool,
    started: tokio::time::Instant,
    last_line: tokio::time::Instant,
}

impl WaitProgress {
    fn start(ctx: &Ctx, a: &StatusArgs) -> Self {
        let shown = !ctx.global.quiet && ctx.format() != OutputFormat::Json;
        let tty = std::io::stderr().is_terminal();
        let what = format!(
            "waiting for a host to decide on lobby entry {} in room {} (up to {})",
            Safe::cell(&a.entry),
            Safe::cell(&a.room),
            humantime::format_duration(a.timeout)
        );
        let spinner = (shown && tty).then(|| {
            let s = indicatif::ProgressBar::new_spinner();
            s.set_style(
                indicatif::ProgressStyle::with_template("{spinner} {msg} {elapsed}")
                    .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
            );
            s.set_message(what.clone());
            s.enable_steady_tick(Duration::from_millis(120));
            s
        });
        let lines = shown && !tty;
        if lines {
            crate::safe_eprintln!("{what}");
        }
        let now = tokio::time::Instant::now();
        Self {
            spinner,
            lines,
            started: now,
            last_line: now,
        }
    }

    fn tick(&mut self) {
        let now = tokio::time::Instant::now();
        if self.lines && now - self.last_line >= STILL_WAITING_EVERY {
            self.last_line = now;
            let waited = Duration::from_secs((now - self.started).as_secs());
            crate::safe_eprintln!("still waiting ({})", humantime::format_duration(waited));
        }
    }
}

impl Drop for WaitProgress {
    fn drop(&mut self) {
        if let Some(s) = self.spinner.take() {
            s.finish_and_clear();
        }
    }
}

async fn status(ctx: &Ctx, a: StatusArgs) -> Result<Output> {
    let lobby = lobby(ctx).await?;
    let deadline = tokio::time::Instant::now() + a.timeout;
    let mut progress: Option<WaitProgress> = None;
    let decision = loop {
        // Each subscription re-reads the entry, so decisions made by another process show up
        // even on SQLite, where events do not cross processes.
        let mut events = lobby.subscribe_entry(&a.room, &a.entry, &a.claim).await?;
        // The entry's state as stored now, before any waiting.
        match events.next_within(Duration::ZERO).await {
            Ok(Some(ev)) => break Some(ev),
            Err(e) => return Err(e.into()),
            Ok(None) if !a.wait => break None,
            Ok(None) => {}
        }
        progress
            .get_or_insert_with(|| WaitProgress::start(ctx, &a))
            .tick();
        let step = Duration::from_millis(500).min(a.timeout);
        match events.next_within(step).await {
            Ok(Some(ev)) => break Some(ev),
            Err(e) => return Err(e.into()),
            _ if tokio::time::Instant::now() >= deadline => {
                return Err(Error::Unavailable {
                    url: format!("lobby of room {}", a.room),
                    reason: format!(
                        "no decision within {}",
                        humantime::format_duration(a.timeout)
                    ),
                    source: None,
                }
                .into());
            }
            _ => {}
        }
    };
    drop(progress);
    let (status, fields, json) = match &decision {
        None => ("pending", vec![], json!({ "status": "pending" })),
        Some(EntryEvent::Approved {
            token,
            identity,
            expires_at,
        }) => (
            "approved",
            vec![
                ("identity".to_string(), identity.clone()),
                (
                    "expires_at".to_string(),
                    expires_at.map_or("-".into(), |t| t.to_string()),
                ),
                ("token".to_string(), token.clone()),
            ],
            json!({ "status": "approved", "identity": identity, "expires_at": expires_at, "token": token }),
        ),
        Some(EntryEvent::Rejected { reason }) => (
            "rejected",
            vec![(
                "reason".to_string(),
                reason.clone().unwrap_or_else(|| "-".into()),
            )],
            json!({ "status": "rejected", "reason": reason }),
        ),
        Some(EntryEvent::Expired) => ("expired", vec![], json!({ "status": "expired" })),
    };
    let mut all = vec![
        ("entry".to_string(), a.entry.clone()),
        ("status".to_string(), status.to_string()),
    ];
    all.extend(fields);
    let mut json = json;
    json["entry"] = json!(a.entry);
    let plain = match &decision {
        Some(EntryEvent::Approved { token, .. }) => token.clone(),
        _ => status.to_string(),
    };
    let out = Output::fields(json, all).with_plain(plain);
    // The entry is printed either way; a decision against the guest is its own exit code,
    // so a script can tell "let in" from "turned away" without parsing the output.
    let declined = |status, reason: Option<String>| Error::Declined {
        what: "lobby entry",
        id: a.entry.clone(),
        status,
        reason,
    };
    Ok(match decision {
        Some(EntryEvent::Rejected { reason }) => {
            out.with_failure(declined("rejected", reason).into())
        }
        Some(EntryEvent::Expired) => out.with_failure(declined("expired", None).into()),
        _ => out,
    })
}

async fn watch(ctx: &Ctx, lobby: &Lobby, a: WatchArgs) -> Result<Output> {
    let mut watcher = lobby.watch(&a.room, a.interval).await?;
    let mut emitted = 0usize;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        let mut round = tokio::select! {
            round = watcher.next_round() => round?,
            _ = &mut ctrl_c => break,
        };
        if let Some(n) = a.count {
            round.changes.truncate(n.saturating_sub(emitted));
        }
        if !emit(ctx, &a.room, &round) {
            break; // stdout closed
        }
        emitted += round.changes.len();
        if a.count.is_some_and(|n| emitted >= n) || (a.until_empty && round.pending.is_empty()) {
            break;
        }
    }
    Ok(Output::empty())
}

/// Print one round of changes; `false` when stdout is gone.
fn emit(ctx: &Ctx, room: &str, round: &LobbyRound) -> bool {
    let mut out = std::io::stdout().lock();
    let changes = &round.changes;
    let written = match ctx.format() {
        OutputFormat::Json => changes
            .iter()
            .try_for_each(|c| writeln!(out, "{}", json!({ "event": c.event, "entry": c.entry }))),
        OutputFormat::Plain => changes.iter().try_for_each(|c| {
            let e = &c.entry;
            writeln!(
                out,
                "{}\t{}\t{}\t{}",
                c.event,
                Safe::plain_cell(&e.id),
                Safe::plain_cell(&e.display_name),
                Safe::plain_cell(&e.identity)
            )
        }),
        OutputFormat::Table => {
            if !round.first && changes.is_empty() {
                return true;
            }
            for c in changes {
                let e = &c.entry;
                let by = e.decided_by.as_deref().map(|b| format!(" by {b}"));
                ctx.note(format!(
                    "{}: {} ({}){}",
                    c.event,
                    e.id,
                    e.display_name,
                    by.unwrap_or_default()
                ));
            }
            ctx.note(format!("{} waiting in room {room}:", round.pending.len()));
            drop(out);
            ctx.print(&Output::list(&round.pending));
            out = std::io::stdout().lock();
            writeln!(out)
        }
    };
    written.and_then(|()| out.flush()).is_ok()
}
