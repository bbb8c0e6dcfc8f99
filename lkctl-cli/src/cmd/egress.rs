//! `lkctl egress start|list|get|stop|update-layout|update-stream|wait`.

use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use livekit_protocol as proto;
use lkctl_core::ops::egress::{
    self, Egress, ListEgress, Outputs, ParticipantOptions, RoomCompositeOptions, StartRequest,
    StopOutcome, TrackCompositeOptions, TrackOptions, Upload, WaitOptions, WebOptions,
};
use serde_json::json;

use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};
use crate::tables::or_dash;
use lkctl_core::config::{S3Overrides, S3Settings};

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

/// The egress kinds.
#[derive(Debug, Subcommand)]
pub enum StartCmd {
    /// Record or stream a whole room through a layout template
    RoomComposite(RoomCompositeArgs),
    /// Record or stream any web page
    Web(WebArgs),
    /// Record or stream one participant's tracks
    Participant(ParticipantArgs),
    /// Record or stream one audio and/or one video track, mixed
    TrackComposite(TrackCompositeArgs),
    /// Export one track without transcoding to a file, or its audio to a WebSocket
    Track(TrackArgs),
}

/// `--request` and `--wait`, shared by every start kind.
#[derive(Debug, Clone, Args)]
pub struct StartCommon {
    /// Full request as JSON or YAML (snake_case or camelCase; `-` reads stdin); flags then only set --room
    #[arg(long, value_name = "FILE")]
    pub request: Option<String>,
    /// Wait until the job ends, then print its results
    #[arg(long)]
    pub wait: bool,
    #[command(flatten)]
    pub wait_opts: WaitArgs,
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

/// Outputs and upload settings (flags or LKCTL_S3_* environment).
#[derive(Debug, Clone, Args)]
pub struct OutputArgs {
    /// Write a file (path or template, e.g. `{room_name}-{time}.mp4`)
    #[arg(long, value_name = "PATH")]
    pub file: Option<String>,
    /// File type: mp4, ogg or mp3 (default: from the extension)
    #[arg(long, value_name = "TYPE")]
    pub file_type: Option<String>,
    /// Write HLS segments with this filename prefix
    #[arg(long, value_name = "PREFIX")]
    pub segments: Option<String>,
    /// HLS playlist name (default: PREFIX.m3u8)
    #[arg(long, value_name = "NAME", requires = "segments")]
    pub playlist: Option<String>,
    /// HLS live playlist name
    #[arg(long, value_name = "NAME", requires = "segments")]
    pub live_playlist: Option<String>,
    /// HLS segment length in seconds
    #[arg(long, value_name = "SECS", requires = "segments")]
    pub segment_duration: Option<u32>,
    /// Stream to an RTMP(S), SRT or WebSocket URL (repeatable)
    #[arg(long = "stream", value_name = "URL")]
    pub streams: Vec<String>,
    #[command(flatten)]
    pub upload: UploadArgs,
}

/// Where the egress uploads files.
#[derive(Debug, Clone, Args)]
pub struct UploadArgs {
    /// Upload to this S3 bucket
    #[arg(
        long,
        value_name = "BUCKET",
        env = "LKCTL_S3_BUCKET",
        hide_env_values = true
    )]
    pub s3_bucket: Option<String>,
    /// S3 region
    #[arg(
        long,
        value_name = "REGION",
        env = "LKCTL_S3_REGION",
        hide_env_values = true
    )]
    pub s3_region: Option<String>,
    /// S3-compatible endpoint URL (MinIO, R2, ...)
    #[arg(
        long,
        value_name = "URL",
        env = "LKCTL_S3_ENDPOINT",
        hide_env_values = true
    )]
    pub s3_endpoint: Option<String>,
    /// S3 access key
    #[arg(
        long,
        value_name = "KEY",
        env = "LKCTL_S3_ACCESS_KEY",
        hide_env_values = true
    )]
    pub s3_access_key: Option<String>,
    /// S3 secret key (prefer the environment: flags show in `ps`)
    #[arg(
        long,
        value_name = "SECRET",
        env = "LKCTL_S3_SECRET_KEY",
        hide_env_values = true
    )]
    pub s3_secret: Option<String>,
    /// Path-style S3 addressing (endpoint/bucket/key)
    #[arg(long)]
    pub s3_force_path_style: bool,
    /// Upload to this Google Cloud Storage bucket
    #[arg(long, value_name = "BUCKET", conflicts_with = "s3_bucket")]
    pub gcp_bucket: Option<String>,
    /// GCP service-account JSON file
    #[arg(long, value_name = "FILE", requires = "gcp_bucket")]
    pub gcp_credentials: Option<PathBuf>,
    /// Upload to this Azure storage account
    #[arg(long, value_name = "ACCOUNT", conflicts_with_all = ["s3_bucket", "gcp_bucket"], requires_all = ["azure_key", "azure_container"])]
    pub azure_account: Option<String>,
    /// Azure account key
    #[arg(long, value_name = "KEY")]
    pub azure_key: Option<String>,
    /// Azure container
    #[arg(long, value_name = "NAME")]
    pub azure_container: Option<String>,
}

impl UploadArgs {
    /// The upload target: flags first; otherwise the profile's `[s3]` table
    /// when it sets `egress_upload = true`; otherwise the egress server's disk.
    fn upload(&self, profile_s3: Option<&S3Settings>) -> Result<Upload> {
        if self.s3_bucket.is_none()
            && self.gcp_bucket.is_none()
            && self.azure_account.is_none()
            && let Some(s3) = profile_s3.filter(|s| s.egress_upload)
        {
            return Ok(Upload::S3(Box::new(proto::S3Upload {
                bucket: s3.bucket.clone(),
                region: s3.region.clone(),
                endpoint: s3.endpoint.clone().unwrap_or_default(),
                access_key: s3.access_key.clone(),
                secret: s3.secret_key.expose().to_string(),
                force_path_style: s3.path_style,
                ..Default::default()
            })));
        }
        if let Some(bucket) = &self.s3_bucket {
            return Ok(Upload::S3(Box::new(proto::S3Upload {
                bucket: bucket.clone(),
                region: self.s3_region.clone().unwrap_or_default(),
                endpoint: self.s3_endpoint.clone().unwrap_or_default(),
                access_key: self.s3_access_key.clone().unwrap_or_default(),
                secret: self.s3_secret.clone().unwrap_or_default(),
                force_path_style: self.s3_force_path_style,
                ..Default::default()
            })));
        }
        if let Some(bucket) = &self.gcp_bucket {
            let credentials = match &self.gcp_credentials {
                Some(p) => String::from_utf8(super::read_file(p)?).map_err(|_| {
                    CliError::invalid(
                        "gcp credentials",
                        format!("{} is not UTF-8 JSON", p.display()),
                    )
                })?,
                None => String::new(),
            };
            return Ok(Upload::Gcp(proto::GcpUpload {
                credentials,
                bucket: bucket.clone(),
                proxy: None,
            }));
        }
        if let Some(account) = &self.azure_account {
            return Ok(Upload::Azure(proto::AzureBlobUpload {
                account_name: account.clone(),
                account_key: self.azure_key.clone().unwrap_or_default(),
                container_name: self.azure_container.clone().unwrap_or_default(),
            }));
        }
        Ok(Upload::Local)
    }
}

impl OutputArgs {
    fn outputs(&self, profile_s3: Option<&S3Settings>) -> Result<Outputs> {
        Ok(Outputs {
            file: self.file.clone(),
            file_type: self.file_type.clone(),
            segments_prefix: self.segments.clone(),
            playlist_name: self.playlist.clone(),
            live_playlist_name: self.live_playlist.clone(),
            segment_duration: self.segment_duration.unwrap_or(0),
            stream_urls: self.streams.clone(),
            upload: self.upload.upload(profile_s3)?,
        })
    }
}

/// Flags of `egress start room-composite`.
#[derive(Debug, Args)]
pub struct RoomCompositeArgs {
    /// Room name
    #[arg(long, required_unless_present = "request")]
    pub room: Option<String>,
    /// Layout: grid, speaker, single-speaker (default: LiveKit's)
    #[arg(long, default_value = "", hide_default_value = true)]
    pub layout: String,
    /// Audio only
    #[arg(long)]
    pub audio_only: bool,
    /// Video only
    #[arg(long)]
    pub video_only: bool,
    /// Your own layout template's base URL
    #[arg(
        long,
        value_name = "URL",
        default_value = "",
        hide_default_value = true
    )]
    pub custom_base_url: String,
    /// Encoding preset, e.g. h264-720p-30, h264-1080p-60
    #[arg(long)]
    pub preset: Option<String>,
    #[command(flatten)]
    pub outputs: OutputArgs,
    #[command(flatten)]
    pub common: StartCommon,
}

/// Flags of `egress start web`.
#[derive(Debug, Args)]
pub struct WebArgs {
    /// Page to record
    #[arg(required_unless_present = "request")]
    pub page_url: Option<String>,
    /// Audio only
    #[arg(long)]
    pub audio_only: bool,
    /// Video only
    #[arg(long)]
    pub video_only: bool,
    /// Start recording only when the page logs START_RECORDING
    #[arg(long)]
    pub await_start_signal: bool,
    /// Encoding preset
    #[arg(long)]
    pub preset: Option<String>,
    #[command(flatten)]
    pub outputs: OutputArgs,
    #[command(flatten)]
    pub common: StartCommon,
}

/// Flags of `egress start participant`.
#[derive(Debug, Args)]
pub struct ParticipantArgs {
    /// Room name
    #[arg(long, required_unless_present = "request")]
    pub room: Option<String>,
    /// Participant identity
    #[arg(long, required_unless_present = "request")]
    pub identity: Option<String>,
    /// Record the screen share instead of the camera
    #[arg(long)]
    pub screen_share: bool,
    /// Encoding preset
    #[arg(long)]
    pub preset: Option<String>,
    #[command(flatten)]
    pub outputs: OutputArgs,
    #[command(flatten)]
    pub common: StartCommon,
}

/// Flags of `egress start track-composite`.
#[derive(Debug, Args)]
pub struct TrackCompositeArgs {
    /// Room name
    #[arg(long, required_unless_present = "request")]
    pub room: Option<String>,
    /// Audio track SID (TR_...)
    #[arg(
        long,
        value_name = "TRACK_SID",
        default_value = "",
        hide_default_value = true
    )]
    pub audio_track: String,
    /// Video track SID (TR_...)
    #[arg(
        long,
        value_name = "TRACK_SID",
        default_value = "",
        hide_default_value = true
    )]
    pub video_track: String,
    /// Encoding preset
    #[arg(long)]
    pub preset: Option<String>,
    #[command(flatten)]
    pub outputs: OutputArgs,
    #[command(flatten)]
    pub common: StartCommon,
}

/// Flags of `egress start track`.
#[derive(Debug, Args)]
pub struct TrackArgs {
    /// Room name
    #[arg(long, required_unless_present = "request")]
    pub room: Option<String>,
    /// Track SID (TR_...)
    #[arg(long, value_name = "TRACK_SID", required_unless_present = "request")]
    pub track: Option<String>,
    /// Send the audio as raw PCM to this WebSocket URL instead of a file
    #[arg(long, value_name = "URL", conflicts_with = "file")]
    pub websocket: Option<String>,
    /// Write the track to this file path (template allowed)
    #[arg(long, value_name = "PATH")]
    pub file: Option<String>,
    #[command(flatten)]
    pub upload: UploadArgs,
    #[command(flatten)]
    pub common: StartCommon,
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

impl StartCmd {
    fn common(&self) -> &StartCommon {
        match self {
            Self::RoomComposite(a) => &a.common,
            Self::Web(a) => &a.common,
            Self::Participant(a) => &a.common,
            Self::TrackComposite(a) => &a.common,
            Self::Track(a) => &a.common,
        }
    }

    fn kind(&self) -> &'static str {
        match self {
            Self::RoomComposite(_) => "room-composite",
            Self::Web(_) => "web",
            Self::Participant(_) => "participant",
            Self::TrackComposite(_) => "track-composite",
            Self::Track(_) => "track",
        }
    }

    fn room(&self) -> Option<&str> {
        match self {
            Self::RoomComposite(a) => a.room.as_deref(),
            Self::Participant(a) => a.room.as_deref(),
            Self::TrackComposite(a) => a.room.as_deref(),
            Self::Track(a) => a.room.as_deref(),
            Self::Web(_) => None,
        }
    }

    fn request(self, profile_s3: Option<&S3Settings>) -> Result<StartRequest> {
        if let Some(path) = &self.common().request {
            let mut req = StartRequest::from_file(self.kind(), path)?;
            if let Some(room) = self.room() {
                req.set_room(room);
            }
            return Ok(req);
        }
        Ok(match self {
            Self::RoomComposite(a) => StartRequest::room_composite(RoomCompositeOptions {
                room: a.room.unwrap_or_default(),
                layout: a.layout,
                audio_only: a.audio_only,
                video_only: a.video_only,
                custom_base_url: a.custom_base_url,
                preset: a.preset,
                outputs: a.outputs.outputs(profile_s3)?,
            })?,
            Self::Web(a) => StartRequest::web(WebOptions {
                url: a.page_url.unwrap_or_default(),
                audio_only: a.audio_only,
                video_only: a.video_only,
                await_start_signal: a.await_start_signal,
                preset: a.preset,
                outputs: a.outputs.outputs(profile_s3)?,
            })?,
            Self::Participant(a) => StartRequest::participant(ParticipantOptions {
                room: a.room.unwrap_or_default(),
                identity: a.identity.unwrap_or_default(),
                screen_share: a.screen_share,
                preset: a.preset,
                outputs: a.outputs.outputs(profile_s3)?,
            })?,
            Self::TrackComposite(a) => StartRequest::track_composite(TrackCompositeOptions {
                room: a.room.unwrap_or_default(),
                audio_track_id: a.audio_track,
                video_track_id: a.video_track,
                preset: a.preset,
                outputs: a.outputs.outputs(profile_s3)?,
            })?,
            Self::Track(a) => StartRequest::track(TrackOptions {
                room: a.room.unwrap_or_default(),
                track_id: a.track.unwrap_or_default(),
                websocket_url: a.websocket,
                outputs: Outputs {
                    file: a.file,
                    upload: a.upload.upload(profile_s3)?,
                    ..Default::default()
                },
            })?,
        })
    }
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
            self.kind.clone(),
            self.status.clone(),
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
            self.outcome.clone(),
            or_dash(&self.status),
            self.error.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

/// Human size: `1.0 MiB`.
pub fn human_size(bytes: i64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = bytes.max(0) as f64;
    let mut i = 0;
    while v >= 1024.0 && i < units.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", units[i])
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
            s.status.clone(),
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
                let e = egress::start(&lk, req).await?;
                if wait {
                    ctx.note(format!(
                        "started egress {}; waiting for it to end",
                        e.egress_id
                    ));
                    return wait_for(ctx, &lk, &e.egress_id, &wait_opts).await;
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
                Ok(Output::list(&egress::list(&lk, &filter).await?))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&egress::get(&lk, &id).await?))
            }
            Self::Stop { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("stop egress {}", ids.join(", ")))?;
                if let [id] = ids.as_slice() {
                    // One job: its own error (and exit code), not a partial failure.
                    let e = egress::stop(&lk, id).await?;
                    return Ok(Output::done(format!("stopped egress {id} ({})", e.status))
                        .with_json(&[egress::StopOutcome {
                            egress_id: id.clone(),
                            outcome: "stopped".into(),
                            status: e.status,
                            error: None,
                        }]));
                }
                let outcomes = egress::stop_many(&lk, &ids).await;
                let mut out = Output::list(&outcomes);
                match egress::check_stop_outcomes(&outcomes) {
                    Err(e) => {
                        let failed: Vec<String> = outcomes
                            .iter()
                            .filter(|o| o.outcome == "failed")
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
                let e = egress::update_layout(&lk, &id, &layout).await?;
                Ok(Output::done(format!("egress {id} now uses layout {layout}")).with_json(&e))
            }
            Self::UpdateStream { id, add, remove } => {
                let lk = ctx.livekit()?;
                let e = egress::update_stream(&lk, &id, &add, &remove).await?;
                let active: Vec<&str> = e
                    .streams
                    .iter()
                    .filter(|s| s.status == "active")
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
                wait_for(ctx, &lk, &id, &wait).await
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_human() {
        assert_eq!(human_size(10), "10 B");
        assert_eq!(human_size(1_048_576), "1.0 MiB");
    }
}
