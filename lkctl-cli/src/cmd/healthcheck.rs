//! `lkctl healthcheck`: is a running `lkctl serve` answering? For a container's
//! `HEALTHCHECK` (the image has no shell and no curl), orchestrator probes and scripts.

use clap::Args;
use lkctl_core::Error;
use lkctl_core::ops::probe;

use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::Output;

/// Flags of `lkctl healthcheck`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Exit status: 0 when the URL answers 2xx, 5 when it answers anything else or does not
answer within --timeout. Uses no profile, credentials or database.

Examples:
  lkctl healthcheck
  lkctl healthcheck --url http://127.0.0.1:8080/readyz --timeout 3s")]
pub struct HealthcheckArgs {
    /// The URL to GET: `/healthz` (process up) or `/readyz` (store and LiveKit reachable)
    #[arg(
        long,
        value_name = "URL",
        default_value = "http://127.0.0.1:8080/healthz"
    )]
    pub url: String,
}

impl HealthcheckArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let result = probe::probe(&self.url, ctx.global.timeout)
            .await
            .map_err(|error| {
                let hint = matches!(error, Error::Unavailable { .. })
                    .then(|| "is `lkctl serve` running and listening on that address?".to_string());
                CliError { error, hint }
            })?;
        let out = Output::fields(
            serde_json::to_value(&result).map_err(|e| Error::Internal(e.to_string()))?,
            vec![
                ("url".into(), result.url.clone()),
                ("status".into(), result.status.to_string()),
                ("healthy".into(), result.healthy.to_string()),
            ],
        );
        Ok(if result.healthy {
            out
        } else {
            out.with_failure(CliError {
                error: Error::Unavailable {
                    url: result.url.clone(),
                    reason: format!("answered HTTP {}", result.status),
                    source: None,
                },
                hint: None,
            })
        })
    }
}
