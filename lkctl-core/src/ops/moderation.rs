//! Moderation that LiveKit can carry out: the mute-all panic button and
//! webinar hand raising (grant or revoke publish for one identity).

use futures::StreamExt;

use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::models::{Outcome, Participant, ParticipantOutcome};
use crate::ops::participants::{self, PermissionChange, UpdateParticipant};

/// Removes participants from LiveKit rooms (implemented with the RoomService client).
#[async_trait::async_trait]
pub trait Moderator: Send + Sync {
    /// Disconnect `identity` from `room`. `NotFound` when it is not there.
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()>;
}

/// The real moderator: RoomService `RemoveParticipant` through the LiveKit client.
#[async_trait::async_trait]
impl Moderator for LiveKit {
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()> {
        participants::remove(self, room, identity).await
    }
}

/// Default number of participants handled at once by bulk verbs.
pub const DEFAULT_CONCURRENCY: usize = 16;

/// Options of [`mute_all`].
#[derive(Debug, Clone)]
pub struct MuteAll {
    pub room: String,
    /// Identities left alone (hosts).
    pub except: Vec<String>,
    /// Participants handled at once; 1 is the naive one-after-another loop.
    pub concurrency: usize,
    /// Report who would be affected, change nothing.
    pub dry_run: bool,
}

/// What [`mute_all`] did in one room: an outcome per participant, sorted by identity.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MuteAllReport {
    /// The room.
    pub room: String,
    /// Nothing was changed; `would_change` outcomes say who would have been.
    pub dry_run: bool,
    /// One per participant.
    pub outcomes: Vec<ParticipantOutcome>,
}

impl MuteAllReport {
    /// How many participants ended with `outcome`.
    pub fn count(&self, outcome: Outcome) -> usize {
        self.outcomes
            .iter()
            .filter(|o| o.outcome == outcome)
            .count()
    }

    /// Identities whose change failed.
    pub fn failed(&self) -> Vec<&str> {
        self.outcomes
            .iter()
            .filter(|o| o.outcome == Outcome::Failed)
            .map(|o| o.identity.as_str())
            .collect()
    }

    /// [`Error::Partial`] when any participant failed.
    pub fn check(&self) -> Result<()> {
        check_outcomes("participants", &self.outcomes)
    }
}

/// Revoke `can_publish` and mute published tracks for everyone except the
/// listed identities. Every participant gets an outcome; failures do not stop
/// the others. The caller decides how to report partial failure ([`MuteAllReport::check`]).
pub async fn mute_all(lk: &LiveKit, opts: &MuteAll) -> Result<MuteAllReport> {
    if opts.concurrency == 0 {
        return Err(Error::invalid("concurrency", "must be at least 1"));
    }
    let people = participants::list(lk, &opts.room).await?;
    let mut outcomes: Vec<ParticipantOutcome> = futures::stream::iter(people)
        .map(|p| async move { mute_one(lk, opts, p).await })
        .buffer_unordered(opts.concurrency)
        .collect()
        .await;
    outcomes.sort_by(|a, b| a.identity.cmp(&b.identity));
    Ok(MuteAllReport {
        room: opts.room.clone(),
        dry_run: opts.dry_run,
        outcomes,
    })
}

async fn mute_one(lk: &LiveKit, opts: &MuteAll, p: Participant) -> ParticipantOutcome {
    let outcome =
        |outcome: Outcome, tracks_muted: u32, detail: Option<String>| ParticipantOutcome {
            identity: p.identity.clone(),
            outcome,
            tracks_muted,
            detail,
        };
    if opts.except.iter().any(|e| e == &p.identity) {
        return outcome(Outcome::Skipped, 0, Some("excepted".into()));
    }
    let unmuted: Vec<String> = p
        .tracks
        .iter()
        .filter(|t| !t.muted)
        .map(|t| t.sid.clone())
        .collect();
    let can_publish = p.permission.as_ref().is_none_or(|perm| perm.can_publish);
    // The same verdict with and without --dry-run: nothing to do is "skipped".
    if !can_publish && unmuted.is_empty() {
        return outcome(Outcome::Skipped, 0, Some("already muted".into()));
    }
    if opts.dry_run {
        return outcome(Outcome::WouldChange, unmuted.len() as u32, None);
    }
    // Revoke first so the participant cannot publish a new track in between.
    if can_publish {
        let upd = UpdateParticipant {
            permission: PermissionChange {
                can_publish: Some(false),
                ..Default::default()
            },
            ..Default::default()
        };
        if let Err(e) = revoke_with_known(lk, &opts.room, &p, upd).await {
            return outcome(Outcome::Failed, 0, Some(e.to_string()));
        }
    }
    let mut muted = 0;
    for sid in unmuted {
        match participants::mute_track(lk, &opts.room, &p.identity, &sid, true).await {
            Ok(_) => muted += 1,
            Err(e) => return outcome(Outcome::Failed, muted, Some(format!("track {sid}: {e}"))),
        }
    }
    outcome(Outcome::Done, muted, None)
}

/// Update the permission from the listing we already have instead of fetching
/// each participant again: one call per participant instead of two.
async fn revoke_with_known(
    lk: &LiveKit,
    room: &str,
    p: &Participant,
    upd: UpdateParticipant,
) -> Result<()> {
    let current = p.permission.as_ref().map(Into::into);
    let permission = upd.permission.apply(current)?;
    let opts = livekit_api::services::room::UpdateParticipantOptions {
        permission: Some(permission),
        ..Default::default()
    };
    match lk
        .room_client()
        .update_participant(room, &p.identity, opts)
        .await
    {
        Ok(_) => Ok(()),
        Err(e) => Err(lk.map_service_error(e).await),
    }
}

/// Let one participant publish (a raised hand granted in webinar mode).
pub async fn grant_publish(lk: &LiveKit, room: &str, identity: &str) -> Result<Participant> {
    let upd = UpdateParticipant {
        permission: PermissionChange {
            can_publish: Some(true),
            ..Default::default()
        },
        ..Default::default()
    };
    participants::update(lk, room, identity, upd).await
}

/// Take publishing away from one participant and mute what they publish.
pub async fn revoke_publish(lk: &LiveKit, room: &str, identity: &str) -> Result<Participant> {
    let upd = UpdateParticipant {
        permission: PermissionChange {
            can_publish: Some(false),
            ..Default::default()
        },
        ..Default::default()
    };
    let p = participants::update(lk, room, identity, upd).await?;
    for t in p.tracks.iter().filter(|t| !t.muted) {
        participants::mute_track(lk, room, identity, &t.sid, true).await?;
    }
    participants::get(lk, room, identity).await
}

/// Count failures in a bulk report and turn them into [`Error::Partial`].
pub fn check_outcomes(what: &'static str, outcomes: &[ParticipantOutcome]) -> Result<()> {
    let failed = outcomes
        .iter()
        .filter(|o| o.outcome == Outcome::Failed)
        .count();
    if failed > 0 {
        return Err(Error::Partial {
            what,
            failed,
            total: outcomes.len(),
        });
    }
    Ok(())
}
