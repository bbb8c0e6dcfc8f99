//! `lkctl db migrate|status`: lkctl's own database (SQLite by default, or PostgreSQL).

use clap::Subcommand;
use lkctl_core::store::{MigrationInfo, Store};
use serde_json::json;

use crate::Ctx;
use crate::exit::Result;
use crate::output::Output;

/// Database verbs.
#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Apply pending migrations (every command that uses the store also does this)
    Migrate,
    /// Show the backend, the database (password masked) and applied and pending migrations
    Status,
}

fn versions(ms: &[MigrationInfo]) -> String {
    if ms.is_empty() {
        return "-".into();
    }
    ms.iter()
        .map(|m| format!("{} {}", m.version, m.description))
        .collect::<Vec<_>>()
        .join(", ")
}

impl DbCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let location = ctx.core()?.database_location()?;
        // Connect without migrating, so `status` can show what is pending.
        let store = Store::connect(&location).await?;
        let out = match self {
            Self::Migrate => {
                let applied = store.migrate().await?;
                let message = if applied.is_empty() {
                    format!("{} is up to date", store.display_url())
                } else {
                    format!(
                        "applied {} migration(s) to {}",
                        applied.len(),
                        store.display_url()
                    )
                };
                Output::done(message).with_json(&json!({
                    "backend": store.kind(),
                    "url": store.display_url(),
                    "applied": applied,
                }))
            }
            Self::Status => {
                let status = store.status().await?;
                let backend = serde_json::to_value(status.backend)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default();
                Output::fields(
                    serde_json::to_value(&status).unwrap_or_default(),
                    vec![
                        ("backend".into(), backend),
                        ("url".into(), status.url.clone()),
                        ("applied".into(), versions(&status.applied)),
                        ("pending".into(), versions(&status.pending)),
                    ],
                )
            }
        };
        store.close().await;
        Ok(out)
    }
}
