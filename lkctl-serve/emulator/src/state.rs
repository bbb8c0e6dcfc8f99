//! The emulator's in-memory world, behind one `Mutex` in [`super::Emulator`].
//!
//! Services lock it, mutate, emit webhooks through [`State::emit`] and unlock before any
//! `.await`. New services (egress, ingress, SIP, agent dispatch) add their own fields here.

use std::collections::{BTreeMap, HashSet};
use std::time::Duration;

use livekit_protocol as proto;

use super::clock::Clock;
use super::error::TwirpError;
use super::ids;
use super::webhooks::{EventSink, WebhookRecord};

/// Everything the emulator knows. Field order is not significant.
#[non_exhaustive]
pub(crate) struct State {
    /// Live rooms by name.
    pub rooms: BTreeMap<String, RoomEntry>,
    /// Every packet accepted by `SendData`, in order.
    pub data_packets: Vec<DataRecord>,
    /// Every `PerformRpc` that reached a participant, in order.
    pub rpc_calls: Vec<RpcRecord>,
    /// Every webhook event emitted (whether or not any URL is configured), in order.
    pub webhooks: Vec<WebhookRecord>,
    /// Injected latency and failures.
    pub faults: Faults,
    /// Whether `MutePublishedTrack{muted:false}` is allowed (server `enable_remote_unmute`).
    pub remote_unmute: bool,
    /// Fixed `PerformRpc` answer; `None` echoes the request payload.
    pub rpc_response: Option<String>,
    /// Egress jobs (see [`super::egress`]).
    pub egress: super::egress::EgressState,
    /// Ingress endpoints (see [`super::ingress`]).
    pub ingress: super::ingress::IngressState,
    /// SIP trunks, rules and scripted call outcomes (see [`super::sip`]).
    pub sip: super::sip::SipState,
    /// Agent dispatches (see [`super::agent_dispatch`]).
    pub dispatch: super::agent_dispatch::DispatchState,
    sink: EventSink,
    /// Where time is read (see [`super::clock`]).
    pub clock: Clock,
}

/// A room and the participants in it (in join order).
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct RoomEntry {
    pub room: proto::Room,
    pub participants: Vec<proto::ParticipantInfo>,
    /// 16-byte `SendData` nonces already delivered: a repeat is dropped, like the SFU does.
    pub(crate) seen_nonces: HashSet<Vec<u8>>,
    /// When the first participant that keeps the room open (not an agent or egress) joined,
    /// in Unix ms; 0 while none has (`Room.joinedAt` on the server).
    pub first_joined_at_ms: i64,
    /// When any participant last left, in Unix ms; 0 while none has (`Room.leftAt`).
    pub last_left_at_ms: i64,
}

impl RoomEntry {
    pub fn participant(&self, identity: &str) -> Option<&proto::ParticipantInfo> {
        self.participants.iter().find(|p| p.identity == identity)
    }

    pub(crate) fn participant_mut(
        &mut self,
        identity: &str,
    ) -> Option<&mut proto::ParticipantInfo> {
        self.participants
            .iter_mut()
            .find(|p| p.identity == identity)
    }

    /// Recomputes the derived counters after any membership or track change.
    pub(crate) fn refresh_counts(&mut self) {
        for p in &mut self.participants {
            p.is_publisher = !p.tracks.is_empty();
        }
        self.room.num_participants = self.participants.len() as u32;
        self.room.num_publishers =
            self.participants.iter().filter(|p| p.is_publisher).count() as u32;
    }
}

/// A `SendData` packet as the SFU would have built it, with who received it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct DataRecord {
    pub room: String,
    /// Identities of the participants the packet was delivered to.
    pub recipients: Vec<String>,
    pub packet: proto::DataPacket,
}

/// A `PerformRpc` call and the answer given.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RpcRecord {
    pub room: String,
    pub destination_identity: String,
    pub method: String,
    pub payload: String,
    pub response: String,
}

/// Test-only misbehaviour: latency on every Twirp call and canned failures.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub(crate) struct Faults {
    pub latency: Duration,
    pub failures: Vec<Failure>,
}

/// Fail the next `remaining` calls (optionally only `Service/Method`) with `error`.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub(crate) struct Failure {
    pub error: TwirpError,
    pub remaining: u32,
    /// `"RoomService/CreateRoom"`; `None` matches every call.
    pub method: Option<String>,
}

impl Failure {
    pub(crate) fn new(error: TwirpError, remaining: u32, method: Option<String>) -> Self {
        Self {
            error,
            remaining,
            method,
        }
    }
}

impl Faults {
    /// Consumes one use of the first failure matching `service/method`, if any.
    pub(crate) fn take(&mut self, service: &str, method: &str) -> Option<TwirpError> {
        let full = format!("{service}/{method}");
        let idx = self
            .failures
            .iter()
            .position(|f| f.remaining > 0 && f.method.as_deref().is_none_or(|m| m == full))?;
        let failure = &mut self.failures[idx];
        failure.remaining -= 1;
        let error = failure.error.clone();
        if failure.remaining == 0 {
            self.failures.remove(idx);
        }
        Some(error)
    }
}

impl State {
    pub(crate) fn new(sink: EventSink, remote_unmute: bool, clock: Clock) -> Self {
        Self {
            rooms: BTreeMap::new(),
            data_packets: Vec::new(),
            rpc_calls: Vec::new(),
            webhooks: Vec::new(),
            faults: Faults::default(),
            remote_unmute,
            rpc_response: None,
            egress: Default::default(),
            ingress: Default::default(),
            sip: Default::default(),
            dispatch: Default::default(),
            sink,
            clock,
        }
    }

    /// Forgets every room, record and fault; keeps the configuration.
    pub(crate) fn reset(&mut self) {
        *self = Self::new(self.sink.clone(), self.remote_unmute, self.clock.clone());
    }

    /// Emits a webhook event: assigns `id`/`created_at` when empty, records it, and queues it
    /// for every configured URL. Called with the lock held so events keep state order.
    pub(crate) fn emit(&mut self, mut event: proto::WebhookEvent) {
        if event.id.is_empty() {
            event.id = ids::new_id(ids::EVENT);
        }
        if event.created_at == 0 {
            event.created_at = self.now_ms() / 1000;
        }
        let record = self.sink.dispatch(&event);
        self.webhooks.push(record);
    }

    /// The time on the emulator's clock, in Unix milliseconds.
    pub(crate) fn now_ms(&self) -> i64 {
        self.clock.now_unix_ms()
    }

    /// The time on the emulator's clock, in Unix nanoseconds (egress and ingress fields).
    pub(crate) fn now_ns(&self) -> i64 {
        self.now_ms() * 1_000_000
    }
}

/// Seconds since the Unix epoch.
pub(crate) fn now_unix() -> i64 {
    now_unix_ms() / 1000
}

/// Milliseconds since the Unix epoch.
pub(crate) fn now_unix_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Code;

    #[test]
    fn failures_are_consumed_per_method() {
        let mut faults = Faults::default();
        let err = TwirpError::new(Code::Unavailable, "down");
        faults.failures.push(Failure::new(
            err.clone(),
            2,
            Some("RoomService/ListRooms".into()),
        ));
        faults.failures.push(Failure::new(err.clone(), 1, None));
        assert_eq!(faults.take("RoomService", "CreateRoom"), Some(err.clone()));
        assert_eq!(faults.take("RoomService", "CreateRoom"), None);
        assert_eq!(faults.take("RoomService", "ListRooms"), Some(err.clone()));
        assert_eq!(faults.take("RoomService", "ListRooms"), Some(err));
        assert_eq!(faults.take("RoomService", "ListRooms"), None);
        assert!(faults.failures.is_empty());
    }
}
