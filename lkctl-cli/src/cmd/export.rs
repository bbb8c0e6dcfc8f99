//! `lkctl export`: render finished room sessions and place them in directories, S3
//! buckets or Google Drive folders, safely from cron.
//!
//! Progress: bars on a terminal (stderr), otherwise one JSON line per event on stdout
//! (`planned`, `file`, `finished`), so a cron log is machine-readable.

use std::io::{IsTerminal, Write};
use std::sync::Mutex;
use std::time::Duration;

use clap::Args;
use lkctl_core::config::S3Overrides;
use lkctl_core::export::dest::drive::DriveAuth;
use lkctl_core::export::dest::{DestinationSettings, DestinationUrl};
use lkctl_core::export::{Format, RenderOptions};
use lkctl_core::ops::exports::{
    self, DEFAULT_LEASE, DestinationReport, ExportEvent, ExportRequest, FileStatus, Selection,
};
use lkctl_core::store::Timestamp;

use super::session::parse_since;
use crate::exit::{CliError, Result};
use crate::output::{Output, OutputFormat, Tabular};
use crate::safe::Safe;
use crate::{Ctx, parse_duration};

/// Flags of `lkctl export`.
#[derive(Debug, Args)]
#[command(after_long_help = EXPORT_HELP)]
pub struct ExportArgs {
    /// Room sessions to export (room sids, RM_...)
    #[arg(value_name = "ROOM_SESSION")]
    pub sessions: Vec<String>,
    /// Every finished room session not yet exported to the destination in every format,
    /// or changed since it was (a regenerated summary)
    #[arg(long, conflicts_with = "sessions")]
    pub pending: bool,
    /// Every finished room session started since then: a duration back from now (2h, 7d)
    /// or an RFC 3339 time; with --pending, only those
    #[arg(long, value_name = "DURATION|RFC3339", value_parser = parse_since, conflicts_with = "sessions")]
    pub since: Option<Timestamp>,
    /// Destination: a directory, s3://bucket/prefix or gdrive://FOLDER_ID (repeatable)
    #[arg(long = "to", value_name = "DEST", required = true)]
    pub to: Vec<String>,
    /// Formats, comma-separated: pdf, md, json, vtt, srt
    #[arg(long, value_name = "LIST", default_value = "pdf,md,json,vtt,srt")]
    pub format: String,
    /// Place files again even when the store says they are placed (identical bytes at the
    /// destination are still not sent again)
    #[arg(long)]
    pub force: bool,
    /// Start SRT files with a UTF-8 byte order mark (for players that guess a legacy code page)
    #[arg(long)]
    pub srt_bom: bool,
    /// How long a file stays leased to this run before another host may take it over
    #[arg(long, value_name = "DURATION", default_value = "30m", value_parser = parse_duration)]
    pub lease: Duration,
}

const EXPORT_HELP: &str = "\
Each file is recorded in lkctl's store with the hash of what it was rendered from, so
running the same export again does nothing, and a run killed at any point finishes the
job when started again (no duplicate and no partial file at the destination). Two
exporters at once (cron overlap, or two machines sharing PostgreSQL) never export the
same file twice: each file is leased; what another exporter holds is reported as busy.

Credentials: s3:// uses LKCTL_S3_ENDPOINT, LKCTL_S3_ACCESS_KEY, LKCTL_S3_SECRET_KEY (or
the AWS variables, or the profile's [s3] table). gdrive:// uses
LKCTL_GDRIVE_SERVICE_ACCOUNT_FILE (with LKCTL_GDRIVE_SUBJECT), or LKCTL_GDRIVE_CLIENT_ID,
LKCTL_GDRIVE_CLIENT_SECRET and LKCTL_GDRIVE_REFRESH_TOKEN; LKCTL_GDRIVE_API_BASE and
LKCTL_GDRIVE_TOKEN_URL point it at another server (a proxy or a test double).

Progress: bars on a terminal; otherwise one JSON line per event on stdout.
A destination that fails does not stop the others; the exit code then says why
(5 unreachable, 4 denied, 3 bucket not found, ...; 1 when failures differ).";

impl Tabular for DestinationReport {
    fn headers() -> Vec<&'static str> {
        vec![
            "destination",
            "sessions",
            "uploaded",
            "unchanged",
            "skipped",
            "busy",
            "failed",
            "error",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.target.clone(),
            self.sessions.to_string(),
            self.uploaded.to_string(),
            self.unchanged.to_string(),
            self.skipped.to_string(),
            self.busy.to_string(),
            (self.failed + self.not_attempted).to_string(),
            self.error.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

/// The destinations' settings: S3 from flags/env/profile (the bucket from the URL), Drive
/// credentials and endpoints from the environment.
fn settings(ctx: &Ctx, urls: &[DestinationUrl]) -> Result<DestinationSettings> {
    let mut s = DestinationSettings::default();
    if let Some(bucket) = urls.iter().find_map(|u| match u {
        DestinationUrl::S3 { bucket, .. } => Some(bucket.clone()),
        _ => None,
    }) {
        let ov = S3Overrides {
            bucket: Some(bucket),
            ..Default::default()
        };
        // Missing or broken credentials fail that destination only (reported with it);
        // the others still run.
        match ctx.resolved()?.s3(&ov) {
            Ok(cfg) => s.s3 = cfg.map(Into::into),
            Err(e) => ctx.warn(format!("S3 settings: {e}")),
        }
    }
    if urls
        .iter()
        .any(|u| matches!(u, DestinationUrl::Drive { .. }))
    {
        match DriveAuth::from_lookup(|k| std::env::var(k).ok()) {
            Ok(auth) => s.drive = auth,
            Err(e) => ctx.warn(format!("Google Drive credentials: {e}")),
        }
        s.drive_api_base = std::env::var("LKCTL_GDRIVE_API_BASE").ok();
        s.drive_token_url = std::env::var("LKCTL_GDRIVE_TOKEN_URL").ok();
    }
    Ok(s)
}

/// Bars on stderr, one per destination.
struct Bars {
    multi: indicatif::MultiProgress,
    bars: Mutex<Vec<(String, indicatif::ProgressBar)>>,
}

impl Bars {
    fn bar(&self, target: &str, files: usize) -> indicatif::ProgressBar {
        let mut bars = self.bars.lock().unwrap_or_else(|p| p.into_inner());
        if let Some((_, b)) = bars.iter().find(|(t, _)| t == target) {
            return b.clone();
        }
        let b = self.multi.add(indicatif::ProgressBar::new(files as u64));
        b.set_style(
            indicatif::ProgressStyle::with_template("{prefix} {bar:30} {pos}/{len} {wide_msg}")
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        b.set_prefix(Safe::cell(target).to_string());
        bars.push((target.to_string(), b.clone()));
        b
    }
}

impl ExportArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let selection = if self.pending {
            Selection::Pending { since: self.since }
        } else if let Some(since) = self.since {
            Selection::Since(since)
        } else if !self.sessions.is_empty() {
            Selection::Sessions(self.sessions.clone())
        } else {
            return Err(CliError::invalid(
                "selection",
                "name room sessions, or give --pending or --since",
            ));
        };
        let formats = Format::parse_list(&self.format)?;
        let urls = self
            .to
            .iter()
            .map(|t| t.parse::<DestinationUrl>())
            .collect::<lkctl_core::Result<Vec<_>>>()?;
        let settings = settings(ctx, &urls)?;
        let store = ctx.store().await?;
        let req = ExportRequest {
            selection,
            destinations: urls,
            formats,
            render: RenderOptions {
                srt_bom: self.srt_bom,
            },
            force: self.force,
            lease: if self.lease.is_zero() {
                DEFAULT_LEASE
            } else {
                self.lease
            },
        };
        let tty = std::io::stderr().is_terminal()
            && !ctx.global.quiet
            && ctx.format() != OutputFormat::Json;
        let bars = tty.then(|| Bars {
            multi: indicatif::MultiProgress::new(),
            bars: Mutex::new(Vec::new()),
        });
        let on_event = |ev: &ExportEvent<'_>| match &bars {
            Some(bars) => match ev {
                ExportEvent::Planned { target, files, .. } => {
                    bars.bar(target, *files);
                }
                ExportEvent::File(f) => {
                    let b = bars.bar(&f.target, 0);
                    b.inc(1);
                    let what = format!("{} {}", f.room, f.name);
                    b.set_message(Safe::cell(&what).to_string());
                    if f.status == FileStatus::Failed {
                        let _ = bars.multi.println(
                            Safe::cell(&format!(
                                "failed: {} {} at {}: {}",
                                f.room_sid,
                                f.name,
                                f.target,
                                f.error.as_deref().unwrap_or("")
                            ))
                            .to_string(),
                        );
                    }
                }
                ExportEvent::Finished(r) => bars.bar(&r.target, 0).finish(),
            },
            None => {
                // JSON lines; a closed stdout must not stop the export itself.
                let mut out = std::io::stdout().lock();
                if let Ok(line) = serde_json::to_string(ev) {
                    let _ = writeln!(out, "{line}");
                    let _ = out.flush();
                }
            }
        };
        let report = exports::run(store, &settings, &req, &on_event).await?;
        let out = if tty {
            let totals = report.destinations.iter().fold((0, 0, 0), |acc, d| {
                (
                    acc.0 + d.uploaded,
                    acc.1 + d.skipped + d.unchanged,
                    acc.2 + d.failed + d.not_attempted,
                )
            });
            Output::list(&report.destinations).with_message(format!(
                "{} uploaded, {} already there, {} failed",
                totals.0, totals.1, totals.2
            ))
        } else {
            Output::empty()
        };
        Ok(match report.error() {
            Some(e) => out.with_failure(CliError::from(e)),
            None => out,
        })
    }
}
