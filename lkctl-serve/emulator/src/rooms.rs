//! Room and participant life cycle shared by RoomService and the control API: every change
//! here keeps counters consistent and emits the webhooks LiveKit would.

use livekit_protocol as proto;
use proto::participant_info::{Kind, State as PState};

use super::error::TwirpError;
use super::ids;
use super::state::{RoomEntry, State};

pub(crate) const ROOM_NOT_FOUND: &str = "requested room does not exist";
pub(crate) const PARTICIPANT_NOT_FOUND: &str = "participant does not exist";
pub(crate) const TRACK_NOT_FOUND: &str = "track is not found";

/// Server defaults for a new room (`config.RoomConfig`).
const DEFAULT_EMPTY_TIMEOUT: u32 = 300;
const DEFAULT_DEPARTURE_TIMEOUT: u32 = 20;

/// The permission a participant gets when none is given: a plain join token's defaults.
pub(crate) fn default_permission() -> proto::ParticipantPermission {
    proto::ParticipantPermission {
        can_subscribe: true,
        can_publish: true,
        can_publish_data: true,
        ..Default::default()
    }
}

/// Webhooks carry only sid and identity for track events (`telemetry.TrackPublished`).
fn participant_ref(p: &proto::ParticipantInfo) -> proto::ParticipantInfo {
    proto::ParticipantInfo {
        sid: p.sid.clone(),
        identity: p.identity.clone(),
        ..Default::default()
    }
}

fn event(name: &str) -> proto::WebhookEvent {
    proto::WebhookEvent {
        event: name.into(),
        ..Default::default()
    }
}

impl State {
    pub(crate) fn room(&self, name: &str) -> Result<&RoomEntry, TwirpError> {
        self.rooms
            .get(name)
            .ok_or_else(|| TwirpError::not_found(ROOM_NOT_FOUND))
    }

    pub(crate) fn room_mut(&mut self, name: &str) -> Result<&mut RoomEntry, TwirpError> {
        self.rooms
            .get_mut(name)
            .ok_or_else(|| TwirpError::not_found(ROOM_NOT_FOUND))
    }

    pub(crate) fn participant_mut(
        &mut self,
        room: &str,
        identity: &str,
    ) -> Result<&mut proto::ParticipantInfo, TwirpError> {
        self.room_mut(room)?
            .participant_mut(identity)
            .ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))
    }

    /// CreateRoom semantics: a new room gets an ID, timestamps, defaults and a TURN password
    /// and emits `room_started`; an existing one keeps its sid and takes the non-zero values.
    pub(crate) fn create_room(&mut self, req: &proto::CreateRoomRequest) -> proto::Room {
        if let Some(entry) = self.rooms.get_mut(&req.name) {
            let room = &mut entry.room;
            if req.empty_timeout > 0 {
                room.empty_timeout = req.empty_timeout;
            }
            if req.departure_timeout > 0 {
                room.departure_timeout = req.departure_timeout;
            }
            if req.max_participants > 0 {
                room.max_participants = req.max_participants;
            }
            if !req.metadata.is_empty() {
                room.metadata = req.metadata.clone();
            }
            return room.clone();
        }
        let now_ms = self.now_ms();
        let room = proto::Room {
            sid: ids::new_id(ids::ROOM),
            name: req.name.clone(),
            empty_timeout: if req.empty_timeout > 0 {
                req.empty_timeout
            } else {
                DEFAULT_EMPTY_TIMEOUT
            },
            departure_timeout: if req.departure_timeout > 0 {
                req.departure_timeout
            } else {
                DEFAULT_DEPARTURE_TIMEOUT
            },
            max_participants: req.max_participants,
            creation_time: now_ms / 1000,
            creation_time_ms: now_ms,
            turn_password: ids::random_base57(32),
            metadata: req.metadata.clone(),
            ..Default::default()
        };
        let entry = RoomEntry {
            room: room.clone(),
            ..Default::default()
        };
        self.rooms.insert(req.name.clone(), entry);
        self.emit(proto::WebhookEvent {
            room: Some(room.clone()),
            ..event("room_started")
        });
        room
    }

    /// DeleteRoom: the room closes with everyone leaving as ROOM_DELETED (see
    /// [`State::close_room`]). Returns the IDs of the room's egress jobs now ENDING.
    pub(crate) fn delete_room(&mut self, name: &str) -> Result<Vec<String>, TwirpError> {
        self.close_room(name, proto::DisconnectReason::RoomDeleted)
    }

    /// Closes a room (`Room.Close`): every participant leaves with `reason` (their tracks
    /// unpublished first), then `room_finished`; the room's egress jobs then see their source
    /// close (see [`State::end_room_egress`]). Ingress endpoints are untouched. Returns the
    /// IDs of the egress jobs now ENDING, which the caller completes after
    /// `egress.end_after`.
    pub(crate) fn close_room(
        &mut self,
        name: &str,
        reason: proto::DisconnectReason,
    ) -> Result<Vec<String>, TwirpError> {
        let identities: Vec<String> = self
            .room(name)?
            .participants
            .iter()
            .map(|p| p.identity.clone())
            .collect();
        for identity in identities {
            self.leave(name, &identity, reason)?;
        }
        let entry = self
            .rooms
            .remove(name)
            .ok_or_else(|| TwirpError::not_found(ROOM_NOT_FOUND))?;
        self.emit(proto::WebhookEvent {
            room: Some(entry.room),
            ..event("room_finished")
        });
        Ok(self.end_room_egress(name))
    }

    /// Rooms `Room.CloseIfEmpty` would close at `now_ms`: nobody but agents and egress is
    /// in them and either `departure_timeout` has passed since the last participant left
    /// (when someone who keeps the room open ever joined) or `empty_timeout` since creation.
    pub(crate) fn idle_rooms(&self, now_ms: i64) -> Vec<String> {
        self.rooms
            .values()
            .filter(|e| !e.participants.iter().any(|p| !is_dependent(p)))
            .filter(|e| {
                let (since, timeout) = if e.first_joined_at_ms > 0 && e.last_left_at_ms > 0 {
                    (e.last_left_at_ms, e.room.departure_timeout)
                } else {
                    (e.room.creation_time_ms, e.room.empty_timeout)
                };
                now_ms - since >= i64::from(timeout) * 1000
            })
            .map(|e| e.room.name.clone())
            .collect()
    }

    /// A participant becomes ACTIVE in an existing room (`participant_joined`, then
    /// `track_published` for each initial track). A duplicate identity replaces the old
    /// participant, as a second connection with the same identity does on the server.
    pub(crate) fn join(
        &mut self,
        room: &str,
        mut p: proto::ParticipantInfo,
    ) -> Result<proto::ParticipantInfo, TwirpError> {
        if self.room(room)?.participant(&p.identity).is_some() {
            self.leave(
                room,
                &p.identity,
                proto::DisconnectReason::DuplicateIdentity,
            )?;
        }
        let now_ms = self.now_ms();
        p.sid = ids::new_id(ids::PARTICIPANT);
        p.state = PState::Active as i32;
        p.joined_at = now_ms / 1000;
        p.joined_at_ms = now_ms;
        p.version = p.version.max(1);
        if p.permission.is_none() {
            p.permission = Some(default_permission());
        }
        let tracks = std::mem::take(&mut p.tracks);
        let entry = self.room_mut(room)?;
        if entry.first_joined_at_ms == 0 && !is_dependent(&p) {
            entry.first_joined_at_ms = now_ms;
        }
        entry.participants.push(p.clone());
        entry.refresh_counts();
        let room_info = entry.room.clone();
        self.emit(proto::WebhookEvent {
            room: Some(room_info),
            participant: Some(p.clone()),
            ..event("participant_joined")
        });
        for track in tracks {
            self.publish(room, &p.identity, track)?;
        }
        Ok(self
            .room(room)?
            .participant(&p.identity)
            .cloned()
            .unwrap_or(p))
    }

    /// A participant leaves: `track_unpublished` for each of its tracks, then
    /// `participant_left` with state DISCONNECTED, `reason` and no tracks, as the server's
    /// `ParticipantImpl.Close` closes the published tracks before its close callbacks run.
    pub(crate) fn leave(
        &mut self,
        room: &str,
        identity: &str,
        reason: proto::DisconnectReason,
    ) -> Result<proto::ParticipantInfo, TwirpError> {
        let p = self
            .room(room)?
            .participant(identity)
            .ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))?;
        // The server never clears `is_publisher` once set.
        let was_publisher = p.is_publisher;
        let track_sids: Vec<String> = p.tracks.iter().map(|t| t.sid.clone()).collect();
        for sid in track_sids {
            self.unpublish(room, identity, &sid)?;
        }
        let now_ms = self.now_ms();
        let entry = self.room_mut(room)?;
        let idx = entry
            .participants
            .iter()
            .position(|p| p.identity == identity)
            .ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))?;
        let mut p = entry.participants.remove(idx);
        entry.refresh_counts();
        entry.last_left_at_ms = now_ms;
        let room_info = entry.room.clone();
        p.state = PState::Disconnected as i32;
        p.disconnect_reason = reason as i32;
        p.is_publisher = was_publisher;
        self.emit(proto::WebhookEvent {
            room: Some(room_info),
            participant: Some(p.clone()),
            ..event("participant_left")
        });
        Ok(p)
    }

    /// Publishes a track for a participant (`track_published`). A missing sid is generated.
    pub(crate) fn publish(
        &mut self,
        room: &str,
        identity: &str,
        mut track: proto::TrackInfo,
    ) -> Result<proto::TrackInfo, TwirpError> {
        if track.sid.is_empty() {
            track.sid = ids::new_id(ids::TRACK);
        }
        let entry = self.room_mut(room)?;
        let p = entry
            .participant_mut(identity)
            .ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))?;
        p.tracks.push(track.clone());
        p.version += 1;
        let who = participant_ref(p);
        entry.refresh_counts();
        let room_info = entry.room.clone();
        self.emit(proto::WebhookEvent {
            room: Some(room_info),
            participant: Some(who),
            track: Some(track.clone()),
            ..event("track_published")
        });
        Ok(track)
    }

    /// Unpublishes a track (`track_unpublished`).
    pub(crate) fn unpublish(
        &mut self,
        room: &str,
        identity: &str,
        track_sid: &str,
    ) -> Result<proto::TrackInfo, TwirpError> {
        let entry = self.room_mut(room)?;
        let p = entry
            .participant_mut(identity)
            .ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))?;
        let idx = p
            .tracks
            .iter()
            .position(|t| t.sid == track_sid)
            .ok_or_else(|| TwirpError::not_found(TRACK_NOT_FOUND))?;
        let track = p.tracks.remove(idx);
        p.version += 1;
        let who = participant_ref(p);
        entry.refresh_counts();
        let room_info = entry.room.clone();
        self.emit(proto::WebhookEvent {
            room: Some(room_info),
            participant: Some(who),
            track: Some(track.clone()),
            ..event("track_unpublished")
        });
        Ok(track)
    }
}

/// Agents and egress do not keep a room open (`ParticipantImpl.IsDependent`).
fn is_dependent(p: &proto::ParticipantInfo) -> bool {
    p.kind == Kind::Agent as i32 || p.kind == Kind::Egress as i32
}

/// A participant of `kind` with the given identity, ready for [`State::join`].
pub(crate) fn new_participant(identity: &str, name: &str, kind: Kind) -> proto::ParticipantInfo {
    proto::ParticipantInfo {
        identity: identity.into(),
        name: name.into(),
        kind: kind as i32,
        ..Default::default()
    }
}
