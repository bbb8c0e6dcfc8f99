//! `lkctl participant list|get|remove|update|mute|unmute|subscriptions|forward|move|grant-publish|revoke-publish`.

use clap::{ArgGroup, Args, Subcommand};
use lkctl_core::LiveKit;
use lkctl_core::ops::moderation;
use lkctl_core::ops::participants::{self, PermissionChange, TrackSelector, UpdateParticipant};
use lkctl_core::ops::rooms;
use serde_json::json;

use super::args::ParticipantInfoArgs;
use crate::Ctx;
use crate::exit::Result;
use crate::output::Output;

/// A room and one participant in it.
#[derive(Debug, Args)]
pub struct Target {
    /// Room name or RM_ sid
    pub room: String,
    /// Participant identity
    pub identity: String,
}

/// Participant verbs.
#[derive(Debug, Subcommand)]
pub enum ParticipantCmd {
    /// List the participants of a room (JSON has every field)
    List {
        /// Room name or RM_ sid
        room: String,
    },
    /// Show one participant
    Get(Target),
    /// Remove (kick) a participant; on self-hosted LiveKit their token stays valid
    Remove(Target),
    /// Change name, metadata, attributes or permissions
    Update(UpdateArgs),
    /// Mute one published track, or all of them
    Mute(MuteArgs),
    /// Unmute one published track, or all of them (the server must allow remote unmute)
    Unmute(MuteArgs),
    /// Subscribe a participant to tracks, or unsubscribe with --unsubscribe
    Subscriptions(SubscriptionsArgs),
    /// Forward a participant's tracks to another room (LiveKit Cloud)
    Forward(MoveArgs),
    /// Move a participant to another room (LiveKit Cloud)
    Move(MoveArgs),
    /// Let a participant publish (webinar: grant a raised hand)
    GrantPublish(Target),
    /// Stop a participant publishing and mute their tracks (webinar: lower a hand)
    RevokePublish(Target),
}

/// Flags of `participant update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    #[command(flatten)]
    pub target: Target,
    #[command(flatten)]
    pub participant: ParticipantInfoArgs,
    /// Allow or forbid publishing tracks
    #[arg(long, value_name = "BOOL", help_heading = "Permissions")]
    pub can_publish: Option<bool>,
    /// Allow or forbid subscribing
    #[arg(long, value_name = "BOOL", help_heading = "Permissions")]
    pub can_subscribe: Option<bool>,
    /// Allow or forbid publishing data
    #[arg(long, value_name = "BOOL", help_heading = "Permissions")]
    pub can_publish_data: Option<bool>,
    /// Restrict publishing to these sources (comma-separated; camera, microphone, screen_share, screen_share_audio)
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "SOURCES",
        help_heading = "Permissions"
    )]
    pub publish_sources: Option<Vec<String>>,
    /// Allow or forbid updating their own metadata
    #[arg(long, value_name = "BOOL", help_heading = "Permissions")]
    pub can_update_metadata: Option<bool>,
    /// Hide or show the participant to others
    #[arg(long, value_name = "BOOL", help_heading = "Permissions")]
    pub hidden: Option<bool>,
}

/// Flags of `participant mute` and `unmute`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("which").args(["track_sid", "all"]).required(true)))]
pub struct MuteArgs {
    #[command(flatten)]
    pub target: Target,
    /// The track's TR_ sid
    pub track_sid: Option<String>,
    /// Every published track of the participant
    #[arg(long)]
    pub all: bool,
}

/// Flags of `participant subscriptions`.
#[derive(Debug, Args)]
pub struct SubscriptionsArgs {
    #[command(flatten)]
    pub target: Target,
    /// Track sids (TR_...)
    #[arg(required = true, value_name = "TRACK_SID")]
    pub tracks: Vec<String>,
    /// Unsubscribe instead of subscribing
    #[arg(long)]
    pub unsubscribe: bool,
}

/// Flags of `participant forward` and `move`.
#[derive(Debug, Args)]
pub struct MoveArgs {
    #[command(flatten)]
    pub target: Target,
    /// Destination room
    pub destination: String,
}

async fn room_name(lk: &LiveKit, room: &str) -> Result<String> {
    Ok(rooms::resolve_name(lk, room).await?)
}

impl ParticipantCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let lk = ctx.livekit()?;
        match self {
            Self::List { room } => {
                let room = room_name(lk, &room).await?;
                Ok(Output::list(&participants::list(lk, &room).await?))
            }
            Self::Get(t) => {
                let room = room_name(lk, &t.room).await?;
                let p = participants::get(lk, &room, &t.identity).await?;
                Ok(Output::one(&p).with_fields(crate::tables::participant_details(&p)))
            }
            Self::Remove(t) => {
                let room = room_name(lk, &t.room).await?;
                ctx.confirm(&format!(
                    "remove participant {} from room {room}",
                    t.identity
                ))?;
                participants::remove(lk, &room, &t.identity).await?;
                Ok(
                    Output::done(format!("removed {} from room {room}", t.identity)).with_json(
                        &json!({ "room": room, "identity": t.identity, "removed": true }),
                    ),
                )
            }
            Self::Update(a) => {
                let room = room_name(lk, &a.target.room).await?;
                let upd = UpdateParticipant {
                    name: a.participant.name,
                    metadata: a.participant.metadata,
                    attributes: a.participant.attributes.into_iter().collect(),
                    permission: PermissionChange {
                        can_publish: a.can_publish,
                        can_subscribe: a.can_subscribe,
                        can_publish_data: a.can_publish_data,
                        can_publish_sources: a.publish_sources,
                        can_update_metadata: a.can_update_metadata,
                        hidden: a.hidden,
                    },
                };
                let p = participants::update(lk, &room, &a.target.identity, upd).await?;
                Ok(Output::done(format!("updated {} in room {room}", p.identity)).with_json(&p))
            }
            Self::Mute(a) => mute(lk, a, true).await,
            Self::Unmute(a) => mute(lk, a, false).await,
            Self::Subscriptions(a) => {
                let room = room_name(lk, &a.target.room).await?;
                let subscribe = !a.unsubscribe;
                participants::update_subscriptions(
                    lk,
                    &room,
                    &a.target.identity,
                    a.tracks.clone(),
                    subscribe,
                )
                .await?;
                let verb = if subscribe {
                    "subscribed"
                } else {
                    "unsubscribed"
                };
                Ok(Output::done(format!(
                    "{verb} {} to {} track(s) in room {room}",
                    a.target.identity,
                    a.tracks.len()
                ))
                .with_json(&json!({
                    "room": room,
                    "identity": a.target.identity,
                    "track_sids": a.tracks,
                    "subscribe": subscribe,
                })))
            }
            Self::Forward(a) => {
                let room = room_name(lk, &a.target.room).await?;
                participants::forward(lk, &room, &a.target.identity, &a.destination).await?;
                Ok(Output::done(format!(
                    "forwarded {} from room {room} to room {}",
                    a.target.identity, a.destination
                ))
                .with_json(&json!({
                    "room": room, "identity": a.target.identity, "destination_room": a.destination,
                })))
            }
            Self::Move(a) => {
                let room = room_name(lk, &a.target.room).await?;
                participants::move_to(lk, &room, &a.target.identity, &a.destination).await?;
                Ok(Output::done(format!(
                    "moved {} from room {room} to room {}",
                    a.target.identity, a.destination
                ))
                .with_json(&json!({
                    "room": room, "identity": a.target.identity, "destination_room": a.destination,
                })))
            }
            Self::GrantPublish(t) => {
                let room = room_name(lk, &t.room).await?;
                let p = moderation::grant_publish(lk, &room, &t.identity).await?;
                Ok(
                    Output::done(format!("{} may now publish in room {room}", p.identity))
                        .with_json(&p),
                )
            }
            Self::RevokePublish(t) => {
                let room = room_name(lk, &t.room).await?;
                let p = moderation::revoke_publish(lk, &room, &t.identity).await?;
                Ok(Output::done(format!(
                    "{} may no longer publish in room {room}; their tracks are muted",
                    p.identity
                ))
                .with_json(&p))
            }
        }
    }
}

async fn mute(lk: &LiveKit, a: MuteArgs, muted: bool) -> Result<Output> {
    let room = room_name(lk, &a.target.room).await?;
    let which = match a.track_sid {
        Some(sid) => TrackSelector::Sid(sid),
        None => TrackSelector::All,
    };
    let tracks = participants::set_muted(lk, &room, &a.target.identity, which, muted).await?;
    let verb = if muted { "muted" } else { "unmuted" };
    let msg = if tracks.is_empty() {
        format!(
            "nothing to do: {} has no track to {}",
            a.target.identity,
            &verb[..verb.len() - 1]
        )
    } else {
        format!(
            "{verb} {} track(s) of {} in room {room}",
            tracks.len(),
            a.target.identity
        )
    };
    Ok(Output::list(&tracks).with_message(msg))
}
