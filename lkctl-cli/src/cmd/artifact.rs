//! `lkctl artifact list|show`: what each finished room session left behind (summary,
//! transcript, chat, shared files, attendance, recordings), gathered from the store.

use clap::Subcommand;
use lkctl_core::ops::artifacts::{self, ArtifactSummary};
use lkctl_core::ops::exports::manifest;
use lkctl_core::ops::lectures::SessionFilter;
use lkctl_core::store::Timestamp;

use super::session::{human_ms, parse_since};
use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// Artifact verbs.
#[derive(Debug, Subcommand)]
pub enum ArtifactCmd {
    /// Room sessions, newest first, with what each left behind
    ///
    /// A room session is one LiveKit room sid, from `room_started` to `room_finished`
    /// (recorded from webhooks, or first seen through a participant or a transcript).
    /// Only finished sessions are listed unless --all is given.
    List {
        /// Only this room's sessions
        #[arg(long)]
        room: Option<String>,
        /// Only sessions started since then: a duration back from now (2h, 7d) or an RFC 3339 time
        #[arg(long, value_name = "DURATION|RFC3339", value_parser = parse_since)]
        since: Option<Timestamp>,
        /// Include sessions still running
        #[arg(long)]
        all: bool,
        /// At most this many rows
        #[arg(long, value_name = "N", default_value_t = 100)]
        limit: i64,
    },
    /// One room session's artifact set; `--output json` prints the versioned lecture JSON
    Show {
        /// Room session (room sid, RM_...)
        room_session: String,
    },
}

fn yes_no(b: bool) -> String {
    if b { "yes" } else { "no" }.to_string()
}

impl Tabular for ArtifactSummary {
    fn headers() -> Vec<&'static str> {
        vec![
            "room_session",
            "room",
            "started_at",
            "duration",
            "summary",
            "segments",
            "chat",
            "files",
            "attendees",
            "recordings",
        ]
    }
    fn row(&self) -> Vec<String> {
        let duration = match self.ended_at {
            Some(end) => human_ms(end.unix_ms() - self.started_at.unix_ms()),
            None => "running".into(),
        };
        vec![
            self.room_sid.clone(),
            self.room.clone(),
            self.started_at.to_string(),
            duration,
            yes_no(self.has_summary),
            self.transcript_segments.to_string(),
            self.chat_messages.to_string(),
            self.files.to_string(),
            self.attendees.to_string(),
            self.recordings.to_string(),
        ]
    }
}

impl ArtifactCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let store = ctx.store().await?;
        match self {
            Self::List {
                room,
                since,
                all,
                limit,
            } => {
                let filter = SessionFilter {
                    room,
                    since,
                    finished_only: !all,
                    limit: Some(limit),
                };
                Ok(Output::list(&artifacts::list(store, &filter).await?))
            }
            Self::Show { room_session } => {
                let set = artifacts::artifact_set(store, &room_session).await?;
                let exports = manifest::list(store, Some(&room_session), None).await?;
                let mut fields = vec![
                    ("room".to_string(), set.room.clone()),
                    ("room_session".into(), set.room_sid.clone()),
                    ("started_at".into(), set.started_at.to_string()),
                    (
                        "ended_at".into(),
                        set.ended_at
                            .map_or_else(|| "running".into(), |t| t.to_string()),
                    ),
                    ("duration".into(), human_ms(set.duration_ms())),
                    (
                        "summary".into(),
                        set.summary
                            .as_ref()
                            .map_or_else(|| "none".into(), |s| s.title.clone()),
                    ),
                    (
                        "transcript".into(),
                        format!("{} segments", set.transcript.len()),
                    ),
                    ("chat".into(), format!("{} messages", set.chat.len())),
                    ("files".into(), set.files.len().to_string()),
                    ("attendees".into(), set.attendees().len().to_string()),
                    ("recordings".into(), set.recordings.len().to_string()),
                    ("content_hash".into(), set.content_hash()?),
                ];
                for a in set.attendees() {
                    fields.push((
                        "attendee".into(),
                        format!(
                            "{}{} ({}, joined {}x)",
                            a.identity,
                            a.name.map(|n| format!(" \"{n}\"")).unwrap_or_default(),
                            human_ms(a.duration_ms),
                            a.sessions
                        ),
                    ));
                }
                for e in &exports {
                    fields.push((
                        format!("export {}", e.format),
                        format!("{} at {} ({})", e.status, e.target, e.location),
                    ));
                }
                Ok(Output::fields(serde_json::json!(set), fields))
            }
        }
    }
}
