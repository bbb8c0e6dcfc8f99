//! `lkctl webhook ingest`: apply a LiveKit webhook event to lkctl's store without `serve`,
//! for cron jobs, CI and tests: participant sessions, and ban enforcement on joins.
//!
//! A delivery is applied only once its `Authorization` value (`--auth` or `--auth-file`)
//! verifies against the API secret and the body, exactly as `lkctl serve`'s receiver
//! checks it ([`webhook_receiver::verify`]); `--unverified` skips that for a body the
//! caller vouches for.

use std::path::PathBuf;

use clap::Subcommand;
use lkctl_core::Error;
use lkctl_core::ops::bans::JoinVerdict;
use lkctl_core::ops::webhook_receiver;
use lkctl_core::ops::webhooks::{self, WebhookOutcome};

use super::{read_file, read_stdin};
use crate::Ctx;
use crate::exit::Result;
use crate::output::Output;

/// Webhook verbs.
#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Apply one signed WebhookEvent (LiveKit's JSON body) to the store; removes banned joiners
    Ingest {
        /// File with the event's JSON; `-` reads stdin
        #[arg(value_name = "FILE|-")]
        file: PathBuf,
        /// The delivery's Authorization header value (the JWT LiveKit signed it with)
        #[arg(long, value_name = "VALUE", conflicts_with_all = ["auth_file", "unverified"])]
        auth: Option<String>,
        /// File holding the delivery's Authorization header value
        #[arg(long, value_name = "FILE", conflicts_with = "unverified")]
        auth_file: Option<PathBuf>,
        /// Apply the body without checking its signature (only for a body you trust)
        #[arg(long)]
        unverified: bool,
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
            Self::Ingest {
                file,
                auth,
                auth_file,
                unverified,
            } => {
                let auth = match (auth, auth_file) {
                    (Some(value), _) => Some(value),
                    (None, Some(path)) => {
                        let bytes = read_file(&path)?;
                        Some(String::from_utf8(bytes).map_err(|_| {
                            Error::invalid(
                                "auth-file",
                                format!("{} is not UTF-8 text", path.display()),
                            )
                        })?)
                    }
                    (None, None) if unverified => None,
                    (None, None) => {
                        return Err(Error::invalid(
                            "auth",
                            "webhook ingest checks the delivery's signature: pass its \
                             Authorization header value with --auth VALUE or --auth-file FILE \
                             (or --unverified for a body you trust)",
                        )
                        .into());
                    }
                };
                let body = if file.as_os_str() == "-" {
                    read_stdin()?
                } else {
                    read_file(&file)?
                };
                match auth {
                    Some(value) => {
                        let (key, secret) = ctx.resolved()?.credentials()?;
                        webhook_receiver::verify(Some(value.trim()), &body, &key, &secret)
                            .map_err(|e| match e {
                                Error::Unauthenticated(why) => Error::Unauthenticated(format!(
                                    "webhook refused, nothing applied: {why}"
                                )),
                                other => other,
                            })?;
                    }
                    None => ctx.warn(
                        "the webhook's signature was not checked (--unverified): apply only bodies you trust",
                    ),
                }
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
