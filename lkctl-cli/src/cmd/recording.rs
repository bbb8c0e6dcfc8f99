//! `lkctl recording list|download`: finished egress outputs and their download from S3.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use lkctl_core::ops::recordings::{self, Downloaded, Progress, Recording};
use serde_json::json;

use super::args::{S3Args, human_size};
use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, OutputFormat, Tabular};
use crate::tables::or_dash;
use lkctl_core::ops::recordings::RecordingKind;

/// Recording verbs.
#[derive(Debug, Subcommand)]
pub enum RecordingCmd {
    /// Finished egress outputs: files and HLS playlists with sizes and locations
    ///
    /// What LiveKit still lists is saved in lkctl's store and merged with what the
    /// store kept from earlier listings and `egress_ended` webhooks (`lkctl webhook
    /// ingest`), so recordings stay listed after LiveKit forgets ended jobs (24 h).
    /// If LiveKit cannot be asked, the stored catalogue is printed and the exit
    /// code says why (e.g. 5 when unreachable).
    List {
        /// Only this room's
        #[arg(long)]
        room: Option<String>,
        /// Ask LiveKit only; neither read nor write the store
        #[arg(long)]
        live_only: bool,
    },
    /// Download an egress's files from S3 (resumable, size-checked, atomic)
    Download(DownloadArgs),
}

/// Flags of `recording download`.
#[derive(Debug, Args)]
pub struct DownloadArgs {
    /// Egress ID (EG_...) whose files to fetch
    pub egress_id: String,
    /// Directory to write into
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    /// Only the output with this file or playlist name
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// Object key to fetch instead of the one derived from the location
    #[arg(long, value_name = "KEY")]
    pub key: Option<String>,
    #[command(flatten)]
    pub s3: S3Args,
}

impl Tabular for Recording {
    fn headers() -> Vec<&'static str> {
        vec![
            "egress_id",
            "room",
            "kind",
            "name",
            "size",
            "duration",
            "ended_at",
            "location",
        ]
    }
    fn row(&self) -> Vec<String> {
        let name = if self.kind == RecordingKind::Segments {
            format!("{} ({} segments)", self.name, self.segment_count)
        } else {
            self.name.clone()
        };
        vec![
            self.egress_id.clone(),
            self.room_name.clone(),
            self.kind.to_string(),
            name,
            human_size(self.size),
            format!("{:.1}s", self.duration_secs),
            or_dash(&self.ended_at),
            self.location.clone(),
        ]
    }
}

impl Tabular for Downloaded {
    fn headers() -> Vec<&'static str> {
        vec!["egress_id", "path", "size", "resumed_from", "skipped"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.egress_id.clone(),
            self.path.clone(),
            self.size.to_string(),
            self.resumed_from.to_string(),
            self.skipped.to_string(),
        ]
    }
}

impl RecordingCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List { room, live_only } => {
                if live_only {
                    let lk = ctx.livekit()?;
                    return Ok(Output::list(&recordings::list(lk, room.as_deref()).await?));
                }
                let store = ctx.store().await?;
                let lk = ctx.livekit();
                let (rows, warning) = match lk {
                    Ok(lk) => recordings::catalogue(Some(lk), store, room.as_deref()).await?,
                    Err(e) => {
                        let (rows, _) = recordings::catalogue(None, store, room.as_deref()).await?;
                        ctx.note(format!("showing stored recordings only: {}", e.error));
                        (rows, None)
                    }
                };
                let out = Output::list(&rows);
                Ok(match warning {
                    Some(e) => out.with_failure(
                        CliError::from(e).with_hint("the list above comes from lkctl's store only"),
                    ),
                    None => out,
                })
            }
            Self::Download(a) => {
                let cfg = a.s3.config(ctx)?;
                let lk = ctx.livekit()?;
                let mut recs = recordings::of_egress(lk, &a.egress_id).await?;
                if let Some(n) = &a.name {
                    recs.retain(|r| &r.name == n);
                    if recs.is_empty() {
                        return Err(lkctl_core::Error::NotFound {
                            what: "recording",
                            id: format!("{} {n}", a.egress_id),
                        }
                        .into());
                    }
                }
                let show_bar = std::io::stderr().is_terminal()
                    && !ctx.global.quiet
                    && ctx.format() != OutputFormat::Json;
                let mut done = Vec::new();
                for rec in &recs {
                    let bar = show_bar.then(|| {
                        let b = indicatif::ProgressBar::new(0);
                        b.set_style(
                            indicatif::ProgressStyle::with_template(
                                "{msg} {bar:30} {bytes}/{total_bytes} {bytes_per_sec} {eta}",
                            )
                            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
                        );
                        b.set_message(crate::safe::Safe::cell(&rec.name).to_string());
                        b
                    });
                    let mut on_progress = |p: Progress| {
                        if let Some(b) = &bar {
                            b.set_length(p.total);
                            b.set_position(p.done);
                        }
                    };
                    let d =
                        recordings::download(&cfg, rec, &a.to, a.key.as_deref(), &mut on_progress)
                            .await?;
                    if let Some(b) = bar {
                        b.finish_and_clear();
                    }
                    done.extend(d);
                }
                let msg = done
                    .iter()
                    .map(|d| {
                        if d.skipped {
                            format!("{} already complete ({} bytes)", d.path, d.size)
                        } else if d.resumed_from > 0 {
                            format!(
                                "downloaded {} ({} bytes, resumed at {})",
                                d.path, d.size, d.resumed_from
                            )
                        } else {
                            format!("downloaded {} ({} bytes)", d.path, d.size)
                        }
                    })
                    .collect::<Vec<_>>()
                    .join("\n");
                Ok(Output::list(&done)
                    .with_json(&json!(done))
                    .with_message(msg))
            }
        }
    }
}
