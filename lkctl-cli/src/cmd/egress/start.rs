//! `lkctl egress start <kind>`: the flags of each kind, outputs and upload targets, turned into
//! core's typed start options (core builds the protobuf request).

use std::path::PathBuf;

use clap::{Args, Subcommand};
use lkctl_core::Secret;
use lkctl_core::config::S3Settings;
use lkctl_core::ops::egress::{
    Outputs, ParticipantOptions, RoomCompositeOptions, S3Upload, StartRequest,
    TrackCompositeOptions, TrackOptions, Upload, WebOptions,
};

use super::WaitArgs;
use crate::exit::{CliError, Result};

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
    /// The upload target the flags name, if any.
    fn explicit(&self) -> Result<Option<Upload>> {
        if let Some(bucket) = &self.s3_bucket {
            return Ok(Some(Upload::S3(S3Upload {
                bucket: bucket.clone(),
                region: self.s3_region.clone().unwrap_or_default(),
                endpoint: self.s3_endpoint.clone(),
                access_key: self.s3_access_key.clone().unwrap_or_default(),
                secret: Secret::new(self.s3_secret.clone().unwrap_or_default()),
                force_path_style: self.s3_force_path_style,
            })));
        }
        if let Some(bucket) = &self.gcp_bucket {
            let credentials = match &self.gcp_credentials {
                Some(p) => String::from_utf8(crate::cmd::read_file(p)?).map_err(|_| {
                    CliError::invalid(
                        "gcp credentials",
                        format!("{} is not UTF-8 JSON", p.display()),
                    )
                })?,
                None => String::new(),
            };
            return Ok(Some(Upload::Gcp {
                bucket: bucket.clone(),
                credentials,
            }));
        }
        if let Some(account) = &self.azure_account {
            return Ok(Some(Upload::Azure {
                account: account.clone(),
                key: Secret::new(self.azure_key.clone().unwrap_or_default()),
                container: self.azure_container.clone().unwrap_or_default(),
            }));
        }
        Ok(None)
    }

    /// The upload target: flags first, then the profile's `[s3]` table when it sets
    /// `egress_upload = true`, then the egress server's disk.
    fn upload(&self, profile_s3: Option<&S3Settings>) -> Result<Upload> {
        Ok(Upload::choose(self.explicit()?, profile_s3))
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

impl StartCmd {
    pub(super) fn common(&self) -> &StartCommon {
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

    pub(super) fn request(self, profile_s3: Option<&S3Settings>) -> Result<StartRequest> {
        if let Some(path) = &self.common().request {
            let mut req = StartRequest::from_file(self.kind(), &crate::cmd::request_text(path)?)?;
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
