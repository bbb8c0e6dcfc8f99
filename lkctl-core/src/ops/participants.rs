//! Participants: list, get, remove (kick), update, mute, subscriptions, forward and move.

use std::collections::{BTreeMap, HashMap};

use livekit_api::services::ServiceError;
use livekit_api::services::room::UpdateParticipantOptions;
use livekit_protocol as proto;

use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::models::{Participant, Track, track_source_from_name};
use crate::ops::rooms::{admin_grants, not_found_room, validate_metadata, validate_name};

/// List the participants of a room (an unknown room gives an empty list, as in LiveKit).
pub async fn list(lk: &LiveKit, room: &str) -> Result<Vec<Participant>> {
    match lk.room_client().list_participants(room).await {
        Ok(ps) => {
            let mut ps: Vec<Participant> = ps.into_iter().map(Participant::from).collect();
            ps.sort_by(|a, b| a.identity.cmp(&b.identity));
            Ok(ps)
        }
        Err(e) => Err(lk.map_service_error(e).await),
    }
}

/// Get one participant.
pub async fn get(lk: &LiveKit, room: &str, identity: &str) -> Result<Participant> {
    let reply = lk.room_client().get_participant(room, identity).await;
    Ok(on_participant(lk, room, identity, reply).await?.into())
}

/// Remove (kick) a participant. On self-hosted LiveKit their token stays valid:
/// use a ban to keep them out.
pub async fn remove(lk: &LiveKit, room: &str, identity: &str) -> Result<()> {
    let reply = lk.room_client().remove_participant(room, identity).await;
    on_participant(lk, room, identity, reply).await
}

/// Changes to a participant's permission; `None` keeps the current value.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PermissionChange {
    pub can_publish: Option<bool>,
    pub can_subscribe: Option<bool>,
    pub can_publish_data: Option<bool>,
    pub can_publish_sources: Option<Vec<String>>,
    pub can_update_metadata: Option<bool>,
    pub hidden: Option<bool>,
}

impl PermissionChange {
    /// True when nothing would change.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// Apply to a current permission (LiveKit replaces the whole permission).
    pub fn apply(
        &self,
        current: Option<proto::ParticipantPermission>,
    ) -> Result<proto::ParticipantPermission> {
        let mut p = current.unwrap_or(proto::ParticipantPermission {
            can_subscribe: true,
            can_publish: true,
            can_publish_data: true,
            ..Default::default()
        });
        if let Some(v) = self.can_publish {
            p.can_publish = v;
        }
        if let Some(v) = self.can_subscribe {
            p.can_subscribe = v;
        }
        if let Some(v) = self.can_publish_data {
            p.can_publish_data = v;
        }
        if let Some(v) = self.can_update_metadata {
            p.can_update_metadata = v;
        }
        if let Some(v) = self.hidden {
            p.hidden = v;
        }
        if let Some(sources) = &self.can_publish_sources {
            p.can_publish_sources = sources
                .iter()
                .map(|s| {
                    track_source_from_name(s).map(|v| v as i32).ok_or_else(|| {
                        Error::invalid(
                            "publish source",
                            format!("`{s}` is not one of camera, microphone, screen_share, screen_share_audio"),
                        )
                    })
                })
                .collect::<Result<_>>()?;
        }
        Ok(p)
    }
}

/// An update to a participant.
#[derive(Debug, Clone, Default)]
pub struct UpdateParticipant {
    pub name: Option<String>,
    pub metadata: Option<String>,
    /// Attributes to set; an empty value deletes the key.
    pub attributes: BTreeMap<String, String>,
    pub permission: PermissionChange,
}

/// Update a participant's name, metadata, attributes or permission.
pub async fn update(
    lk: &LiveKit,
    room: &str,
    identity: &str,
    upd: UpdateParticipant,
) -> Result<Participant> {
    if let Some(m) = &upd.metadata {
        validate_metadata(m)?;
    }
    if let Some(n) = &upd.name {
        validate_name("name", n)?;
    }
    crate::ops::rooms::validate_attributes(&upd.attributes)?;
    if upd.name.is_none()
        && upd.metadata.is_none()
        && upd.attributes.is_empty()
        && upd.permission.is_empty()
    {
        return Err(Error::invalid(
            "update",
            "nothing to change; pass --name, --metadata, --attribute or a permission flag",
        ));
    }
    let permission = if upd.permission.is_empty() {
        None
    } else {
        let reply = lk.room_client().get_participant(room, identity).await;
        let current = on_participant(lk, room, identity, reply).await?.permission;
        Some(upd.permission.apply(current)?)
    };
    let opts = UpdateParticipantOptions {
        metadata: upd.metadata.unwrap_or_default(),
        attributes: upd.attributes.into_iter().collect::<HashMap<_, _>>(),
        permission,
        name: upd.name.unwrap_or_default(),
    };
    let reply = lk
        .room_client()
        .update_participant(room, identity, opts)
        .await;
    Ok(on_participant(lk, room, identity, reply).await?.into())
}

/// Which tracks to mute.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TrackSelector {
    /// One track by sid.
    Sid(String),
    /// Every published track of the participant.
    All,
}

/// Mute or unmute one or all published tracks; returns the tracks changed.
///
/// Uses our own Twirp call: livekit-api's `mute_published_track` panics when
/// the reply has no track.
pub async fn set_muted(
    lk: &LiveKit,
    room: &str,
    identity: &str,
    which: TrackSelector,
    muted: bool,
) -> Result<Vec<Track>> {
    let sids: Vec<String> = match which {
        TrackSelector::Sid(s) => vec![s],
        TrackSelector::All => get(lk, room, identity)
            .await?
            .tracks
            .into_iter()
            .filter(|t| t.muted != muted)
            .map(|t| t.sid)
            .collect(),
    };
    let mut changed = Vec::with_capacity(sids.len());
    for sid in sids {
        changed.push(mute_track(lk, room, identity, &sid, muted).await?);
    }
    Ok(changed)
}

/// Mute or unmute one track.
pub async fn mute_track(
    lk: &LiveKit,
    room: &str,
    identity: &str,
    track_sid: &str,
    muted: bool,
) -> Result<Track> {
    let req = proto::MuteRoomTrackRequest {
        room: room.to_string(),
        identity: identity.to_string(),
        track_sid: track_sid.to_string(),
        muted,
    };
    let resp: proto::MuteRoomTrackResponse = lk
        .twirp(
            "RoomService",
            "MutePublishedTrack",
            &req,
            admin_grants(room),
            None,
        )
        .await
        .map_err(|e| not_found_participant(e, room, identity))?;
    resp.track.map(Track::from).ok_or_else(|| {
        Error::Internal(format!(
            "LiveKit did not return track {track_sid} after muting it"
        ))
    })
}

/// Subscribe a participant to tracks, or unsubscribe.
pub async fn update_subscriptions(
    lk: &LiveKit,
    room: &str,
    identity: &str,
    track_sids: Vec<String>,
    subscribe: bool,
) -> Result<()> {
    if track_sids.is_empty() {
        return Err(Error::invalid("track", "name at least one track sid"));
    }
    let reply = lk
        .room_client()
        .update_subscriptions(room, identity, track_sids, subscribe)
        .await;
    on_participant(lk, room, identity, reply).await
}

/// Forward a participant's tracks to another room (LiveKit Cloud).
pub async fn forward(lk: &LiveKit, room: &str, identity: &str, destination: &str) -> Result<()> {
    validate_name("destination room", destination)?;
    let reply = lk
        .room_client()
        .forward_participant(room, identity, destination)
        .await;
    on_participant(lk, room, identity, reply)
        .await
        .map_err(cloud_only)
}

/// Move a participant to another room (LiveKit Cloud).
pub async fn move_to(lk: &LiveKit, room: &str, identity: &str, destination: &str) -> Result<()> {
    validate_name("destination room", destination)?;
    let reply = lk
        .room_client()
        .move_participant(room, identity, destination)
        .await;
    on_participant(lk, room, identity, reply)
        .await
        .map_err(cloud_only)
}

fn cloud_only(e: Error) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } if code == "unimplemented" => Error::LiveKit {
            code,
            message: format!("{message} (forward and move are LiveKit Cloud features)"),
            meta,
        },
        other => other,
    }
}

/// The reply of a RoomService call on one participant, its error mapped and naming them.
async fn on_participant<T>(
    lk: &LiveKit,
    room: &str,
    identity: &str,
    reply: std::result::Result<T, ServiceError>,
) -> Result<T> {
    match reply {
        Ok(v) => Ok(v),
        Err(e) => Err(not_found_participant(
            lk.map_service_error(e).await,
            room,
            identity,
        )),
    }
}

fn not_found_participant(e: Error, room: &str, identity: &str) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } if code == "not_found" => Error::LiveKit {
            code,
            message: format!("{message} (participant `{identity}` in room `{room}`)"),
            meta,
        },
        other => not_found_room(other, room),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn permission_change_keeps_unchanged_fields() {
        let current = proto::ParticipantPermission {
            can_subscribe: true,
            can_publish: true,
            can_publish_data: false,
            hidden: true,
            ..Default::default()
        };
        let p = PermissionChange {
            can_publish: Some(false),
            ..Default::default()
        }
        .apply(Some(current))
        .unwrap();
        assert!(!p.can_publish && p.can_subscribe && !p.can_publish_data && p.hidden);
    }

    #[test]
    fn permission_change_rejects_bad_source() {
        let c = PermissionChange {
            can_publish_sources: Some(vec!["webcam".into()]),
            ..Default::default()
        };
        assert!(c.apply(None).is_err());
    }
}
