//! The in-process control handle: what a test (or `lkctl dev`) does to the emulated world that
//! no LiveKit API can do: participants joining and leaving, tracks, faults, and reading what
//! the emulator delivered. [`super::control_http`] exposes the same operations over HTTP.

use std::collections::HashMap;
use std::time::Duration;

use livekit_protocol as proto;
use serde::Deserialize;

use super::Emulator;
use super::error::{Code, TwirpError};
use super::rooms;
use super::state::{DataRecord, Failure, RoomEntry, RpcRecord};
use super::webhooks::WebhookRecord;

/// A participant to add. JSON: `{"identity","name"?,"metadata"?,"kind"?,"attributes"?,
/// "permission"?,"tracks"?}`; `kind` is `standard` (default), `ingress`, `egress`, `sip`,
/// `agent`, `connector` or `bridge`; `permission` is a `ParticipantPermission` in proto JSON
/// (snake_case or camelCase).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct ParticipantSpec {
    pub identity: String,
    pub name: String,
    pub metadata: String,
    pub kind: String,
    pub attributes: HashMap<String, String>,
    pub permission: Option<proto::ParticipantPermission>,
    pub tracks: Vec<TrackSpec>,
}

impl ParticipantSpec {
    pub fn new(identity: impl Into<String>) -> Self {
        Self {
            identity: identity.into(),
            ..Default::default()
        }
    }

    pub fn name(mut self, name: impl Into<String>) -> Self {
        self.name = name.into();
        self
    }

    pub fn kind(mut self, kind: impl Into<String>) -> Self {
        self.kind = kind.into();
        self
    }

    pub fn metadata(mut self, metadata: impl Into<String>) -> Self {
        self.metadata = metadata.into();
        self
    }

    pub fn track(mut self, track: TrackSpec) -> Self {
        self.tracks.push(track);
        self
    }
}

/// A track to publish. JSON: `{"type":"audio"|"video","source"?,"name"?,"muted"?,"mime_type"?,
/// "width"?,"height"?,"sid"?}`; `source` is `camera`, `microphone`, `screen_share`,
/// `screen_share_audio` or `unknown` (default: microphone for audio, camera for video).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct TrackSpec {
    #[serde(rename = "type")]
    pub kind: String,
    pub source: String,
    pub name: String,
    pub muted: bool,
    pub mime_type: String,
    pub width: u32,
    pub height: u32,
    pub sid: String,
}

impl TrackSpec {
    pub fn audio(name: impl Into<String>) -> Self {
        Self {
            kind: "audio".into(),
            name: name.into(),
            ..Default::default()
        }
    }

    pub fn video(name: impl Into<String>) -> Self {
        Self {
            kind: "video".into(),
            name: name.into(),
            ..Default::default()
        }
    }

    pub fn source(mut self, source: impl Into<String>) -> Self {
        self.source = source.into();
        self
    }

    pub fn muted(mut self, muted: bool) -> Self {
        self.muted = muted;
        self
    }

    fn into_track(self) -> Result<proto::TrackInfo, TwirpError> {
        let kind = proto::TrackType::from_str_name(&self.kind.to_ascii_uppercase())
            .ok_or_else(|| invalid(format!("unknown track type {:?}", self.kind)))?;
        let source = match self.source.as_str() {
            "" if kind == proto::TrackType::Audio => proto::TrackSource::Microphone,
            "" if kind == proto::TrackType::Video => proto::TrackSource::Camera,
            "" => proto::TrackSource::Unknown,
            s => proto::TrackSource::from_str_name(&s.to_ascii_uppercase())
                .ok_or_else(|| invalid(format!("unknown track source {s:?}")))?,
        };
        let mime_type = match (self.mime_type.is_empty(), kind) {
            (false, _) => self.mime_type,
            (true, proto::TrackType::Audio) => "audio/opus".into(),
            (true, proto::TrackType::Video) => "video/VP8".into(),
            (true, _) => String::new(),
        };
        let (width, height) = match (kind, self.width, self.height) {
            (proto::TrackType::Video, 0, 0) => (1280, 720),
            (_, w, h) => (w, h),
        };
        Ok(proto::TrackInfo {
            sid: self.sid,
            r#type: kind as i32,
            name: self.name,
            muted: self.muted,
            width,
            height,
            source: source as i32,
            mime_type,
            ..Default::default()
        })
    }
}

/// A failure to inject. JSON: `{"code":"unavailable","msg":"...","count"?:1,"method"?:
/// "RoomService/CreateRoom"}`.
#[derive(Debug, Clone, Deserialize)]
#[non_exhaustive]
pub struct FailureSpec {
    pub code: String,
    #[serde(default)]
    pub msg: String,
    #[serde(default = "one")]
    pub count: u32,
    #[serde(default)]
    pub method: Option<String>,
}

fn one() -> u32 {
    1
}

impl FailureSpec {
    pub fn new(code: Code, msg: impl Into<String>) -> Self {
        Self {
            code: code.as_str().into(),
            msg: msg.into(),
            count: 1,
            method: None,
        }
    }

    pub fn count(mut self, count: u32) -> Self {
        self.count = count;
        self
    }

    /// Restricts the failure to one RPC, written `Service/Method`.
    pub fn method(mut self, method: impl Into<String>) -> Self {
        self.method = Some(method.into());
        self
    }
}

fn invalid(msg: String) -> TwirpError {
    TwirpError::new(Code::InvalidArgument, msg)
}

/// Cheap-clone handle over the emulator's state.
#[derive(Clone)]
pub struct Control {
    pub(crate) emu: Emulator,
}

impl Control {
    /// Makes a participant join an existing room (`participant_joined`, `track_published`).
    pub fn add_participant(
        &self,
        room: &str,
        spec: ParticipantSpec,
    ) -> Result<proto::ParticipantInfo, TwirpError> {
        if spec.identity.is_empty() {
            return Err(invalid("identity is required".into()));
        }
        if spec.identity.chars().count() > super::room_service::MAX_NAME_LENGTH {
            return Err(invalid("identity length exceeds limits 256".into()));
        }
        let kind_name = if spec.kind.is_empty() {
            "STANDARD".into()
        } else {
            spec.kind.to_ascii_uppercase()
        };
        let kind = proto::participant_info::Kind::from_str_name(&kind_name)
            .ok_or_else(|| invalid(format!("unknown participant kind {:?}", spec.kind)))?;
        let mut p = rooms::new_participant(&spec.identity, &spec.name, kind);
        p.metadata = spec.metadata;
        p.attributes = spec.attributes;
        p.permission = spec.permission;
        p.tracks = spec
            .tracks
            .into_iter()
            .map(TrackSpec::into_track)
            .collect::<Result<_, _>>()?;
        self.emu.state().join(room, p)
    }

    /// Makes a participant leave as if it disconnected (`participant_left`).
    pub fn remove_participant(
        &self,
        room: &str,
        identity: &str,
    ) -> Result<proto::ParticipantInfo, TwirpError> {
        self.emu
            .state()
            .leave(room, identity, proto::DisconnectReason::ClientInitiated)
    }

    /// Publishes a track (`track_published`).
    pub fn publish_track(
        &self,
        room: &str,
        identity: &str,
        track: TrackSpec,
    ) -> Result<proto::TrackInfo, TwirpError> {
        let track = track.into_track()?;
        self.emu.state().publish(room, identity, track)
    }

    /// Unpublishes a track (`track_unpublished`).
    pub fn unpublish_track(
        &self,
        room: &str,
        identity: &str,
        track_sid: &str,
    ) -> Result<proto::TrackInfo, TwirpError> {
        self.emu.state().unpublish(room, identity, track_sid)
    }

    /// Makes the next `count` matching Twirp calls fail with the given code and message.
    pub fn inject_failure(&self, spec: FailureSpec) -> Result<(), TwirpError> {
        let code = Code::parse(&spec.code)
            .ok_or_else(|| invalid(format!("unknown twirp code {:?}", spec.code)))?;
        if spec.count == 0 {
            return Err(invalid("count must be at least 1".into()));
        }
        let error = TwirpError::new(code, spec.msg);
        self.emu
            .state()
            .faults
            .failures
            .push(Failure::new(error, spec.count, spec.method));
        Ok(())
    }

    pub fn clear_failures(&self) {
        self.emu.state().faults.failures.clear();
    }

    /// Delay added to every Twirp call (zero disables).
    pub fn set_latency(&self, latency: Duration) {
        self.emu.state().faults.latency = latency;
    }

    /// The delay currently added to every Twirp call.
    pub fn latency(&self) -> Duration {
        self.emu.state().faults.latency
    }

    /// Fixed `PerformRpc` answer; `None` echoes the request payload.
    pub fn set_rpc_response(&self, payload: Option<String>) {
        self.emu.state().rpc_response = payload;
    }

    pub fn webhooks(&self) -> Vec<WebhookRecord> {
        self.emu.state().webhooks.clone()
    }

    pub fn data_packets(&self) -> Vec<DataRecord> {
        self.emu.state().data_packets.clone()
    }

    pub fn rpc_calls(&self) -> Vec<RpcRecord> {
        self.emu.state().rpc_calls.clone()
    }

    /// A snapshot of one room and its participants.
    pub fn room(&self, name: &str) -> Option<RoomEntry> {
        self.emu.state().rooms.get(name).cloned()
    }

    /// Emits any webhook event (for services added later, or tests).
    pub fn emit(&self, event: proto::WebhookEvent) {
        self.emu.state().emit(event);
    }

    /// Forgets all rooms, records and faults.
    pub fn reset(&self) {
        self.emu.state().reset();
    }

    /// Makes `d` pass on the emulator's [`crate::ManualClock`] (see
    /// [`crate::EmulatorConfig::clock`]) and, before returning, does what falls due on the
    /// way, in time order: egress jobs move on, idle rooms close, held calls (injected
    /// latency) are released. Returns the new time in Unix ms. `failed_precondition` when
    /// the emulator runs on the system clock, where time passes by itself.
    pub fn advance(&self, d: Duration) -> Result<i64, TwirpError> {
        self.emu.advance(d).ok_or_else(|| {
            TwirpError::new(
                Code::FailedPrecondition,
                "the emulator runs on the system clock; start it with a ManualClock to advance time",
            )
        })
    }

    /// The time on the emulator's clock, in Unix ms.
    pub fn now_unix_ms(&self) -> i64 {
        self.emu.state().now_ms()
    }
}
