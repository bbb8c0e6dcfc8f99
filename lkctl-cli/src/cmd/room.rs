//! `lkctl room list|get|create|delete|update|send-data|mute-all|policy|invite|history`.

use std::path::PathBuf;

use clap::{Args, Subcommand};
use lkctl_core::models::Outcome;
use lkctl_core::ops::moderation::{self, DEFAULT_CONCURRENCY, MuteAll};
use lkctl_core::ops::rooms::{self, CreateRoom, SendData};
use serde_json::json;

use super::{read_file, read_stdin};
use crate::Ctx;
use crate::confirm::DryRun;
use crate::exit::{CliError, Result};
use crate::output::Output;

/// Room verbs.
#[derive(Debug, Subcommand)]
pub enum RoomCmd {
    /// List active rooms, all or those named
    List {
        /// Only these rooms
        names: Vec<String>,
    },
    /// Show one room
    Get {
        /// Room name or RM_ sid
        room: String,
    },
    /// Create a room (or update it: LiveKit's CreateRoom is idempotent)
    Create(Box<CreateArgs>),
    /// Close a room and disconnect everyone in it
    Delete {
        /// Room name or RM_ sid
        room: String,
    },
    /// Replace a room's metadata
    Update {
        /// Room name or RM_ sid
        room: String,
        /// New metadata (`-` reads it from stdin)
        #[arg(long)]
        metadata: String,
    },
    /// Send a data packet to everyone in a room, or to some identities
    SendData(SendDataArgs),
    /// Panic button: revoke publishing and mute every track, except for --except identities
    MuteAll(MuteAllArgs),
    /// Guest policy kept by lkctl: hosts, PIN, lobby, webinar mode, guest limit
    #[command(subcommand)]
    Policy(super::policy::PolicyCmd),
    /// Print the room's invite code, making one if it has none
    Invite(super::policy::InviteArgs),
    /// Who was in the room, when and for how long (recorded from webhooks)
    History(super::session::HistoryArgs),
}

/// Flags of `room create`: every CreateRoom option.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Room name
    pub name: String,
    /// Close the room this long after it was created if nobody joins (e.g. 5m; server default 300s)
    #[arg(long, value_name = "DURATION", value_parser = parse_secs)]
    pub empty_timeout: Option<u32>,
    /// Close the room this long after the last participant leaves (server default 20s)
    #[arg(long, value_name = "DURATION", value_parser = parse_secs)]
    pub departure_timeout: Option<u32>,
    /// Maximum number of participants (0: no limit)
    #[arg(long, value_name = "N")]
    pub max_participants: Option<u32>,
    /// Room metadata
    #[arg(long)]
    pub metadata: Option<String>,
    /// Minimum playout delay in milliseconds
    #[arg(long, value_name = "MS")]
    pub min_playout_delay: Option<u32>,
    /// Maximum playout delay in milliseconds
    #[arg(long, value_name = "MS")]
    pub max_playout_delay: Option<u32>,
    /// Synchronise audio and video of each participant
    #[arg(long)]
    pub sync_streams: bool,
    /// Enable room replay (LiveKit Cloud)
    #[arg(long)]
    pub replay_enabled: bool,
    /// Create the room on this node
    #[arg(long, value_name = "ID")]
    pub node_id: Option<String>,
    /// JSON or YAML file with egress, agents (dispatch), tags and room_preset
    #[arg(long = "config", visible_alias = "room-config", value_name = "FILE")]
    pub room_config: Option<PathBuf>,
}

/// Flags of `room send-data`.
#[derive(Debug, Args)]
pub struct SendDataArgs {
    /// Room name or RM_ sid
    pub room: String,
    /// Payload text; `-` reads it from stdin
    #[arg(conflicts_with = "file", required_unless_present = "file")]
    pub payload: Option<String>,
    /// Read the payload from a file
    #[arg(long, value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Topic of the packet
    #[arg(long)]
    pub topic: Option<String>,
    /// Send only to this identity (repeatable; default: everyone)
    #[arg(long = "to", value_name = "IDENTITY")]
    pub to: Vec<String>,
    /// Use the lossy (unordered, no retransmit) channel instead of the reliable one
    #[arg(long)]
    pub lossy: bool,
}

/// Flags of `room mute-all`.
#[derive(Debug, Args)]
pub struct MuteAllArgs {
    /// Room name or RM_ sid
    pub room: String,
    /// Leave this identity alone (repeatable), e.g. the host
    #[arg(long, value_name = "IDENTITY")]
    pub except: Vec<String>,
    /// Participants handled at once
    #[arg(long, value_name = "N", default_value_t = DEFAULT_CONCURRENCY)]
    pub concurrency: usize,
    #[command(flatten)]
    pub dry_run: DryRun,
}

/// Parse seconds given as a number (`300`) or a duration (`5m`).
pub fn parse_secs(s: &str) -> std::result::Result<u32, String> {
    if let Ok(n) = s.parse::<u32>() {
        return Ok(n);
    }
    let d = humantime::parse_duration(s)
        .map_err(|e| format!("{e}: give seconds (300) or a duration (5m)"))?;
    u32::try_from(d.as_secs()).map_err(|_| "too long".to_string())
}

impl CreateArgs {
    fn into_request(self) -> Result<CreateRoom> {
        let config = match &self.room_config {
            Some(path) => rooms::read_room_config(path)?,
            None => Default::default(),
        };
        Ok(CreateRoom {
            name: self.name,
            empty_timeout: self.empty_timeout.unwrap_or(0),
            departure_timeout: self.departure_timeout.unwrap_or(0),
            max_participants: self.max_participants.unwrap_or(0),
            metadata: self.metadata.unwrap_or_default(),
            min_playout_delay: self.min_playout_delay.unwrap_or(0),
            max_playout_delay: self.max_playout_delay.unwrap_or(0),
            sync_streams: self.sync_streams,
            node_id: self.node_id.unwrap_or_default(),
            replay_enabled: self.replay_enabled,
            config,
        })
    }
}

impl SendDataArgs {
    fn payload(&self) -> Result<Vec<u8>> {
        match (&self.payload, &self.file) {
            (_, Some(f)) => read_file(f),
            (Some(p), None) if p == "-" => read_stdin(),
            (Some(p), None) => Ok(p.clone().into_bytes()),
            (None, None) => Err(CliError::invalid(
                "payload",
                "give it as an argument, `-` for stdin, or --file",
            )),
        }
    }
}

impl RoomCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Policy(c) => c.run(ctx).await,
            Self::Invite(a) => a.run(ctx).await,
            Self::History(a) => a.run(ctx).await,
            Self::List { names } => {
                let lk = ctx.livekit()?;
                Ok(Output::list(&rooms::list(lk, &names).await?))
            }
            Self::Get { room } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&rooms::get(lk, &room).await?))
            }
            Self::Create(args) => {
                let req = args.into_request()?;
                let lk = ctx.livekit()?;
                let room = rooms::create(lk, req).await?;
                Ok(
                    Output::done(format!("created room {} ({})", room.name, room.sid))
                        .with_json(&room)
                        .with_plain(room.sid.clone()),
                )
            }
            Self::Delete { room } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("delete room {room}"))?;
                let name = rooms::delete(lk, &room).await?;
                Ok(Output::done(format!("deleted room {name}"))
                    .with_json(&json!({ "name": name, "deleted": true })))
            }
            Self::Update { room, metadata } => {
                let metadata = super::arg_or_stdin(&metadata, "metadata")?;
                let lk = ctx.livekit()?;
                let updated = rooms::update_metadata(lk, &room, &metadata).await?;
                Ok(
                    Output::done(format!("updated the metadata of room {}", updated.name))
                        .with_json(&updated),
                )
            }
            Self::SendData(args) => {
                let payload = args.payload()?;
                let lk = ctx.livekit()?;
                let room = existing_room(lk, &args.room).await?;
                let bytes = payload.len();
                rooms::send_data(
                    lk,
                    SendData {
                        room: room.clone(),
                        payload,
                        topic: args.topic.clone(),
                        destination_identities: args.to.clone(),
                        lossy: args.lossy,
                    },
                )
                .await?;
                let to = if args.to.is_empty() {
                    "everyone".to_string()
                } else {
                    args.to.join(", ")
                };
                Ok(
                    Output::done(format!("sent {bytes} bytes to {to} in room {room}")).with_json(
                        &json!({
                            "room": room,
                            "bytes": bytes,
                            "topic": args.topic,
                            "destination_identities": args.to,
                            "kind": if args.lossy { "lossy" } else { "reliable" },
                        }),
                    ),
                )
            }
            Self::MuteAll(args) => {
                let lk = ctx.livekit()?;
                let room = existing_room(lk, &args.room).await?;
                if !args.dry_run.dry_run {
                    ctx.confirm(&format!("mute everyone in room {room}"))?;
                }
                let opts = MuteAll {
                    room: room.clone(),
                    except: args.except,
                    concurrency: args.concurrency,
                    dry_run: args.dry_run.dry_run,
                };
                let report = moderation::mute_all(lk, &opts).await?;
                let mut out = Output::list(&report.outcomes);
                if let Err(e) = report.check() {
                    out = out.with_failure(
                        CliError::from(e)
                            .with_hint(format!("failed: {}", report.failed().join(", "))),
                    );
                } else if report.dry_run {
                    let n = report.count(Outcome::WouldChange);
                    out = out.with_message(format!(
                        "dry run: {n} participant(s) would be muted in room {room}; nothing changed"
                    ));
                } else {
                    let n = report.count(Outcome::Done);
                    out = out.with_message(format!("muted {n} participant(s) in room {room}"));
                }
                Ok(out)
            }
        }
    }
}

/// The name of a room LiveKit has now, given by name or `RM_` sid. An unknown room is
/// "not found" (exit 3) with close names suggested, so a typo never does nothing quietly.
async fn existing_room(lk: &lkctl_core::LiveKit, name_or_sid: &str) -> Result<String> {
    match rooms::get(lk, name_or_sid).await {
        Ok(room) => Ok(room.name),
        Err(e @ lkctl_core::Error::NotFound { .. }) => {
            let names: Vec<String> = rooms::list(lk, &[])
                .await
                .unwrap_or_default()
                .into_iter()
                .map(|r| r.name)
                .collect();
            let close = close_matches(name_or_sid, &names);
            let err = CliError::from(e);
            Err(if close.is_empty() {
                err.with_hint("`lkctl room list` shows the rooms LiveKit has now")
            } else {
                err.with_hint(format!("did you mean {}?", close.join(", ")))
            })
        }
        Err(e) => Err(e.into()),
    }
}

/// Names within a small edit distance of `wanted` (or equal ignoring case), closest first.
fn close_matches(wanted: &str, names: &[String]) -> Vec<String> {
    let limit = (wanted.chars().count() / 3).clamp(1, 3);
    let mut scored: Vec<(usize, &String)> = names
        .iter()
        .filter_map(|n| {
            let d = if n.eq_ignore_ascii_case(wanted) {
                0
            } else {
                edit_distance(&wanted.to_lowercase(), &n.to_lowercase())
            };
            (d <= limit).then_some((d, n))
        })
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, n)| n.clone()).collect()
}

/// Levenshtein distance over chars.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            cur[j + 1] = (prev[j] + usize::from(ca != *cb))
                .min(prev[j + 1] + 1)
                .min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_matches_catch_typos_and_case() {
        let names: Vec<String> = ["demo", "Lecture-1", "lecture-2", "other"]
            .map(String::from)
            .to_vec();
        assert_eq!(close_matches("demp", &names), ["demo"]);
        assert_eq!(
            close_matches("LECTURE-1", &names),
            ["Lecture-1", "lecture-2"]
        );
        assert!(close_matches("zzzzzz", &names).is_empty());
        assert_eq!(edit_distance("kitten", "sitting"), 3);
    }

    #[test]
    fn seconds_or_durations() {
        assert_eq!(parse_secs("300").unwrap(), 300);
        assert_eq!(parse_secs("5m").unwrap(), 300);
        assert!(parse_secs("soon").is_err());
    }
}
