//! `lkctl webhook ingest`: apply a LiveKit webhook event to lkctl's store without `serve`,
//! for cron jobs, CI and tests: participant sessions, and ban enforcement on joins.

use std::path::PathBuf;

use clap::Subcommand;
use lkctl_core::ops::bans::JoinVerdict;
use lkctl_core::ops::webhooks::{self, WebhookOutcome};

use super::{read_file, read_stdin};
use crate::Ctx;
use crate::exit::Result;
use crate::output::Output;

/// Webhook verbs.
#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Apply one WebhookEvent (LiveKit's JSON body) to the store; removes banned joiners
    Ingest {
        /// File with the event's JSON; `-` reads stdin
        #[arg(value_name = "FILE|-")]
        file: PathBuf,
    },
}

fn fields(o: &WebhookOutcome) -> Vec<(String, String)> {
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let verdict = match &o.verdict {
        None => "-".into(),
        Some(JoinVerdict::Allowed) => "allowed".into(),
        Some(JoinVerdict::Removed { ban }) => format!("removed (ban {})", ban.id),
    };
    vec![
        ("event".into(), o.event.clone()),
        ("event_id".into(), o.event_id.clone()),
        ("room".into(), dash(&o.room)),
        ("identity".into(), dash(&o.identity)),
        ("recorded".into(), o.recorded.clone()),
        ("verdict".into(), verdict),
    ]
}

impl WebhookCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Ingest { file } => {
                let body = if file.as_os_str() == "-" {
                    read_stdin()?
                } else {
                    read_file(&file)?
                };
                let event = webhooks::parse_webhook(&body)?;
                let store = ctx.store().await?;
                let (bans, _) = ctx.core()?.bans().await?;
                let outcome = webhooks::ingest_webhook(store, &bans, &event).await?;
                let mut out = Output::fields(
                    serde_json::to_value(&outcome).unwrap_or_default(),
                    fields(&outcome),
                );
                if let Some(JoinVerdict::Removed { ban }) = &outcome.verdict {
                    out = out.with_message(format!(
                        "removed banned participant {} from room {} (ban {})",
                        outcome.identity.as_deref().unwrap_or_default(),
                        outcome.room.as_deref().unwrap_or_default(),
                        ban.id
                    ));
                }
                Ok(out)
            }
        }
    }
}
