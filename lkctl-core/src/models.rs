//! Model types shared by every front end.
//!
//! The CLI's `--output json`, serve's `/api/v1` JSON and the UI templates all
//! serialize these structs, so a script can move between them. Field names are
//! snake_case and stable; timestamps are RFC 3339 UTC strings; lists are
//! always present (empty as `[]`).

use std::collections::BTreeMap;

use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use crate::token::rfc3339;

/// A live LiveKit room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Room {
    pub sid: String,
    pub name: String,
    pub num_participants: u32,
    pub num_publishers: u32,
    pub max_participants: u32,
    pub empty_timeout: u32,
    pub departure_timeout: u32,
    pub creation_time: String,
    pub metadata: String,
    pub active_recording: bool,
    pub enabled_codecs: Vec<String>,
}

impl From<proto::Room> for Room {
    fn from(r: proto::Room) -> Self {
        let created = if r.creation_time_ms > 0 {
            r.creation_time_ms / 1000
        } else {
            r.creation_time
        };
        Self {
            sid: r.sid,
            name: r.name,
            num_participants: r.num_participants,
            num_publishers: r.num_publishers,
            max_participants: r.max_participants,
            empty_timeout: r.empty_timeout,
            departure_timeout: r.departure_timeout,
            creation_time: rfc3339(created.max(0) as u64),
            metadata: r.metadata,
            active_recording: r.active_recording,
            enabled_codecs: r.enabled_codecs.into_iter().map(|c| c.mime).collect(),
        }
    }
}

/// What a participant may do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Permission {
    pub can_subscribe: bool,
    pub can_publish: bool,
    pub can_publish_data: bool,
    pub can_publish_sources: Vec<String>,
    pub can_update_metadata: bool,
    pub hidden: bool,
}

impl From<proto::ParticipantPermission> for Permission {
    fn from(p: proto::ParticipantPermission) -> Self {
        Self {
            can_subscribe: p.can_subscribe,
            can_publish: p.can_publish,
            can_publish_data: p.can_publish_data,
            can_publish_sources: p
                .can_publish_sources
                .iter()
                .map(|s| track_source_name(*s).to_string())
                .collect(),
            can_update_metadata: p.can_update_metadata,
            hidden: p.hidden,
        }
    }
}

impl From<&Permission> for proto::ParticipantPermission {
    fn from(p: &Permission) -> Self {
        Self {
            can_subscribe: p.can_subscribe,
            can_publish: p.can_publish,
            can_publish_data: p.can_publish_data,
            can_publish_sources: p
                .can_publish_sources
                .iter()
                .filter_map(|s| track_source_from_name(s).map(|v| v as i32))
                .collect(),
            can_update_metadata: p.can_update_metadata,
            hidden: p.hidden,
            ..Default::default()
        }
    }
}

/// A published track.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Track {
    pub sid: String,
    /// `audio`, `video` or `data`.
    pub kind: String,
    /// `camera`, `microphone`, `screen_share`, `screen_share_audio` or `unknown`.
    pub source: String,
    pub name: String,
    pub muted: bool,
    pub mime_type: String,
    pub width: u32,
    pub height: u32,
}

impl From<proto::TrackInfo> for Track {
    fn from(t: proto::TrackInfo) -> Self {
        Self {
            kind: match proto::TrackType::try_from(t.r#type) {
                Ok(proto::TrackType::Audio) => "audio",
                Ok(proto::TrackType::Video) => "video",
                Ok(proto::TrackType::Data) => "data",
                Err(_) => "unknown",
            }
            .to_string(),
            source: track_source_name(t.source).to_string(),
            sid: t.sid,
            name: t.name,
            muted: t.muted,
            mime_type: t.mime_type,
            width: t.width,
            height: t.height,
        }
    }
}

/// A participant in a live room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Participant {
    pub sid: String,
    pub identity: String,
    pub name: String,
    /// `joining`, `joined`, `active` or `disconnected`.
    pub state: String,
    /// `standard`, `ingress`, `egress`, `sip`, `agent`, ...
    pub kind: String,
    pub joined_at: String,
    pub metadata: String,
    pub attributes: BTreeMap<String, String>,
    pub is_publisher: bool,
    pub region: String,
    pub permission: Option<Permission>,
    pub tracks: Vec<Track>,
}

impl From<proto::ParticipantInfo> for Participant {
    fn from(p: proto::ParticipantInfo) -> Self {
        let joined = if p.joined_at_ms > 0 {
            p.joined_at_ms / 1000
        } else {
            p.joined_at
        };
        Self {
            state: match proto::participant_info::State::try_from(p.state) {
                Ok(proto::participant_info::State::Joining) => "joining",
                Ok(proto::participant_info::State::Joined) => "joined",
                Ok(proto::participant_info::State::Active) => "active",
                Ok(proto::participant_info::State::Disconnected) => "disconnected",
                Err(_) => "unknown",
            }
            .to_string(),
            kind: participant_kind_name(p.kind).to_string(),
            joined_at: rfc3339(joined.max(0) as u64),
            attributes: p.attributes.into_iter().collect(),
            permission: p.permission.map(Permission::from),
            tracks: p.tracks.into_iter().map(Track::from).collect(),
            sid: p.sid,
            identity: p.identity,
            name: p.name,
            metadata: p.metadata,
            is_publisher: p.is_publisher,
            region: p.region,
        }
    }
}

/// The lower-case name of a `TrackSource` value.
pub fn track_source_name(v: i32) -> &'static str {
    match proto::TrackSource::try_from(v) {
        Ok(proto::TrackSource::Camera) => "camera",
        Ok(proto::TrackSource::Microphone) => "microphone",
        Ok(proto::TrackSource::ScreenShare) => "screen_share",
        Ok(proto::TrackSource::ScreenShareAudio) => "screen_share_audio",
        _ => "unknown",
    }
}

/// Parse a track source name into the protocol value.
pub fn track_source_from_name(name: &str) -> Option<proto::TrackSource> {
    Some(match name {
        "camera" => proto::TrackSource::Camera,
        "microphone" => proto::TrackSource::Microphone,
        "screen_share" => proto::TrackSource::ScreenShare,
        "screen_share_audio" => proto::TrackSource::ScreenShareAudio,
        _ => return None,
    })
}

/// The lower-case name of a `ParticipantInfo.Kind` value.
pub fn participant_kind_name(v: i32) -> &'static str {
    use proto::participant_info::Kind;
    match Kind::try_from(v) {
        Ok(Kind::Standard) => "standard",
        Ok(Kind::Ingress) => "ingress",
        Ok(Kind::Egress) => "egress",
        Ok(Kind::Sip) => "sip",
        Ok(Kind::Agent) => "agent",
        Ok(Kind::Connector) => "connector",
        Ok(Kind::Bridge) => "bridge",
        _ => "unknown",
    }
}

/// What a bulk moderation step did for one participant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// Changed as asked.
    Done,
    /// Left alone (excepted, or nothing to change).
    Skipped,
    /// Dry run: would have been changed.
    WouldChange,
    /// The change failed; `detail` says why.
    Failed,
}

impl Outcome {
    /// The snake_case name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Done => "done",
            Self::Skipped => "skipped",
            Self::WouldChange => "would_change",
            Self::Failed => "failed",
        }
    }
}

impl std::fmt::Display for Outcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The outcome of a bulk moderation step for one participant.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantOutcome {
    pub identity: String,
    /// What happened to this participant.
    pub outcome: Outcome,
    /// Tracks muted for this participant.
    pub tracks_muted: u32,
    /// Why it was skipped or failed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
}

/// One check of `lkctl doctor`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    pub name: String,
    /// `ok`, `warn`, `fail` or `skipped`.
    pub verdict: String,
    pub detail: String,
}
