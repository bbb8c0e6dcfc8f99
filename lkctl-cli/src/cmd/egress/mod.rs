//! `lkctl egress start|list|get|stop|update-layout|update-stream|wait`.

use std::time::Duration;

use clap::{Args, Subcommand};
use lkctl_core::config::S3Overrides;
use lkctl_core::ops::egress::{
    self, Egress, ListEgress, StopOutcome, StopResult, StreamStatus, WaitOptions,
};
use serde_json::json;

use super::args::human_size;
use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

mod start;

pub use start::{
    OutputArgs, ParticipantArgs, RoomCompositeArgs, StartCmd, StartCommon, TrackArgs,
    TrackCompositeArgs, UploadArgs, WebArgs,
};

/// Egress verbs.
#[derive(Debug, Subcommand)]
pub enum EgressCmd {
    /// Start recording or streaming a room, web page, participant or track
    #[command(subcommand)]
    Start(Box<StartCmd>),
    /// List egress jobs (follows pagination)
    List(ListArgs),
    /// Show one egress job with its results
    Get {
        /// Egress ID (EG_...)
        id: String,
    },
    /// Stop egress jobs; each is reported, and any failure exits non-zero
    Stop {
        /// Egress IDs (EG_...)
        #[arg(required = true)]
        ids: Vec<String>,
    },
    /// Change the layout of a running room composite egress
    UpdateLayout {
        /// Egress ID
        id: String,
        /// New layout (grid, speaker, single-speaker, or your template's)
        layout: String,
    },
    /// Add or remove stream URLs of a running egress
    UpdateStream {
        /// Egress ID
        id: String,
        /// Start streaming to this URL too (repeatable)
        #[arg(long = "add-url", value_name = "URL")]
        add: Vec<String>,
        /// Stop streaming to this URL (repeatable)
        #[arg(long = "remove-url", value_name = "URL")]
        remove: Vec<String>,
    },
    /// Follow a job until it ends and print its results (exit non-zero if it failed)
    Wait {
        /// Egress ID
        id: String,
        #[command(flatten)]
        wait: WaitArgs,
    },
}

/// Polling of `--wait` and `egress wait`.
#[derive(Debug, Clone, Args)]
pub struct WaitArgs {
    /// Give up waiting after this long (e.g. 2h; default: wait forever)
    #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration)]
    pub wait_timeout: Option<Duration>,
    /// How often to ask LiveKit
    #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration, default_value = "2s")]
    pub poll_interval: Duration,
}

/// Flags of `egress list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only jobs of this room
    #[arg(long)]
    pub room: Option<String>,
    /// Only jobs that have not ended
    #[arg(long)]
    pub active: bool,
    /// At most this many
    #[arg(long, value_name = "N", default_value_t = 0, hide_default_value = true)]
    pub limit: usize,
}

fn outputs_summary(e: &Egress) -> String {
    let mut parts: Vec<String> = e.files.iter().map(|f| f.filename.clone()).collect();
    parts.extend(e.segments.iter().map(|s| s.playlist_name.clone()));
    parts.extend(e.streams.iter().map(|s| s.url.clone()));
    or_dash(&parts.join(","))
}

impl Tabular for Egress {
    fn headers() -> Vec<&'static str> {
        vec![
            "egress_id",
            "room",
            "kind",
            "status",
            "started_at",
            "ended_at",
            "outputs",
            "error",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.egress_id.clone(),
            or_dash(&self.room_name),
            self.kind.to_string(),
            self.status.to_string(),
            or_dash(&self.started_at),
            or_dash(&self.ended_at),
            outputs_summary(self),
            or_dash(&self.error),
        ]
    }
}

impl Tabular for StopOutcome {
    fn headers() -> Vec<&'static str> {
        vec!["egress_id", "outcome", "status", "error"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.egress_id.clone(),
            self.outcome.to_string(),
            self.status.map_or_else(|| "-".into(), |s| s.to_string()),
            self.error.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

/// An ended job: its results as rows, failing if it failed.
fn results_output(e: &Egress) -> Output {
    let mut rows: Vec<Vec<String>> = e
        .files
        .iter()
        .map(|f| {
            vec![
                "file".into(),
                f.filename.clone(),
                f.location.clone(),
                human_size(f.size),
                format!("{:.1}s", f.duration_secs),
            ]
        })
        .collect();
    rows.extend(e.segments.iter().map(|s| {
        vec![
            "segments".into(),
            format!("{} ({} segments)", s.playlist_name, s.segment_count),
            s.playlist_location.clone(),
            human_size(s.size),
            format!("{:.1}s", s.duration_secs),
        ]
    }));
    rows.extend(e.streams.iter().map(|s| {
        vec![
            "stream".into(),
            s.url.clone(),
            s.status.to_string(),
            "-".into(),
            "-".into(),
        ]
    }));
    // No closing message: the wait loop already printed the final status.
    let mut out = Output::rows(
        serde_json::to_value(e).unwrap_or_default(),
        vec!["type", "name", "location", "size", "duration"],
        rows,
    );
    if let Err(err) = egress::check_ended(e) {
        out = out.with_failure(err.into());
    }
    out
}

async fn wait_for(ctx: &Ctx, lk: &lkctl_core::LiveKit, id: &str, w: &WaitArgs) -> Result<Output> {
    let opts = WaitOptions {
        poll_interval: w.poll_interval,
        timeout: w.wait_timeout,
    };
    let quiet = ctx.global.quiet || ctx.format() == crate::output::OutputFormat::Json;
    let mut on_change = |e: &Egress| {
        if !quiet {
            crate::safe_eprintln!("egress {}: {}", e.egress_id, e.status);
        }
    };
    let e = egress::wait(lk, id, opts, &mut on_change).await?;
    Ok(results_output(&e))
}

impl EgressCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Start(cmd) => {
                let wait = cmd.common().wait;
                let wait_opts = cmd.common().wait_opts.clone();
                // Profile S3 settings are optional here: a broken or partial [s3]
                // table only matters when it is meant for egress uploads.
                let profile_s3 = ctx.resolved()?.s3(&S3Overrides::default()).unwrap_or(None);
                let req = (*cmd).request(profile_s3.as_ref())?;
                let lk = ctx.livekit()?;
                let e = egress::start(lk, req).await?;
                if wait {
                    ctx.note(format!(
                        "started egress {}; waiting for it to end",
                        e.egress_id
                    ));
                    return wait_for(ctx, lk, &e.egress_id, &wait_opts).await;
                }
                Ok(
                    Output::done(format!("started egress {} ({})", e.egress_id, e.status))
                        .with_json(&e)
                        .with_plain(e.egress_id.clone()),
                )
            }
            Self::List(a) => {
                let lk = ctx.livekit()?;
                let filter = ListEgress {
                    room: a.room,
                    egress_id: None,
                    active: a.active,
                    limit: a.limit,
                };
                Ok(Output::list(&egress::list(lk, &filter).await?))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&egress::get(lk, &id).await?))
            }
            Self::Stop { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("stop egress {}", ids.join(", ")))?;
                if let [id] = ids.as_slice() {
                    // One job: its own error (and exit code), not a partial failure.
                    let e = egress::stop(lk, id).await?;
                    return Ok(Output::done(format!("stopped egress {id} ({})", e.status))
                        .with_json(&[egress::StopOutcome {
                            egress_id: id.clone(),
                            outcome: StopResult::Stopped,
                            status: Some(e.status),
                            error: None,
                        }]));
                }
                let outcomes = egress::stop_many(lk, &ids).await;
                let mut out = Output::list(&outcomes);
                match egress::check_stop_outcomes(&outcomes) {
                    Err(e) => {
                        let failed: Vec<String> = outcomes
                            .iter()
                            .filter(|o| o.outcome == StopResult::Failed)
                            .map(|o| {
                                format!("{}: {}", o.egress_id, o.error.clone().unwrap_or_default())
                            })
                            .collect();
                        out = out.with_failure(CliError::from(e).with_hint(failed.join("; ")));
                    }
                    Ok(()) => {
                        out = out.with_message(format!("stopped {} egress job(s)", outcomes.len()))
                    }
                }
                Ok(out)
            }
            Self::UpdateLayout { id, layout } => {
                let lk = ctx.livekit()?;
                let e = egress::update_layout(lk, &id, &layout).await?;
                Ok(Output::done(format!("egress {id} now uses layout {layout}")).with_json(&e))
            }
            Self::UpdateStream { id, add, remove } => {
                let lk = ctx.livekit()?;
                let e = egress::update_stream(lk, &id, &add, &remove).await?;
                let active: Vec<&str> = e
                    .streams
                    .iter()
                    .filter(|s| s.status == StreamStatus::Active)
                    .map(|s| s.url.as_str())
                    .collect();
                Ok(Output::done(format!(
                    "egress {id} streams to: {}",
                    or_dash(&active.join(", "))
                ))
                .with_json(&json!(e)))
            }
            Self::Wait { id, wait } => {
                let lk = ctx.livekit()?;
                wait_for(ctx, lk, &id, &wait).await
            }
        }
    }
}
