//! Lobby event fan-out.
//!
//! Within one process a tokio broadcast channel carries every [`LobbyEvent`]; subscribers
//! filter by room or entry. On PostgreSQL, operations also queue a `pg_notify` on
//! [`CHANNEL`] inside their transaction (delivered on commit), and a [`sqlx::postgres::PgListener`]
//! started on the first subscription re-broadcasts events from other processes, so a guest
//! waiting on instance A sees the approval made on instance B.
//!
//! Room activity ([`RoomActivity`]: raised hands, publish grants, participants joining and
//! leaving, guests removed) travels the same way on its own broadcast channel and NOTIFY
//! channel ([`ACTIVITY_CHANNEL`]), for hosts' live room streams.
//!
//! Events never carry a LiveKit token: the room stream is for hosts, and a guest's own
//! subscription ([`crate::ops::lobby::EntryEvents`]) reads its token from the store when told
//! that its entry was approved.

use serde::{Deserialize, Serialize};
use sqlx::postgres::{PgListener, PgPool};
use tokio::sync::{OnceCell, broadcast};
use tokio::task::AbortHandle;

use super::Timestamp;
use crate::error::{Error, Result};

/// The PostgreSQL NOTIFY channel for lobby events.
pub const CHANNEL: &str = "lkctl_lobby";

/// The PostgreSQL NOTIFY channel for room activity.
pub const ACTIVITY_CHANNEL: &str = "lkctl_room";

/// What happened in a room, as hosts' live streams report it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    /// A guest raised a hand (webinar rooms).
    HandRaised,
    /// A hand was lowered (by the guest or a host).
    HandLowered,
    /// A host let a raised hand publish.
    PublishGranted,
    /// A participant joined (from LiveKit's webhook).
    ParticipantJoined,
    /// A participant left (from LiveKit's webhook).
    ParticipantLeft,
    /// A host removed a guest (its guest session ended).
    GuestRemoved,
}

impl ActivityKind {
    /// The snake_case name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::HandRaised => "hand_raised",
            Self::HandLowered => "hand_lowered",
            Self::PublishGranted => "publish_granted",
            Self::ParticipantJoined => "participant_joined",
            Self::ParticipantLeft => "participant_left",
            Self::GuestRemoved => "guest_removed",
        }
    }
}

/// One thing that happened in a room (no secrets).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RoomActivity {
    /// Room.
    pub room: String,
    /// What happened.
    pub kind: ActivityKind,
    /// The participant concerned.
    pub identity: String,
    /// Their display name, if known.
    pub name: Option<String>,
    /// Who did it (a host), if not the participant.
    pub by: Option<String>,
    /// When.
    pub at: Timestamp,
}

/// What happened to a lobby entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventKind {
    /// A guest asked to join and waits in the lobby.
    Requested,
    /// A host let the guest in.
    Approved,
    /// A host turned the guest away.
    Rejected,
    /// The request waited too long.
    Expired,
}

/// A lobby event as hosts see it (no token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LobbyEvent {
    /// Room of the entry.
    pub room: String,
    /// The entry, `LB_…`.
    pub entry_id: String,
    /// What happened.
    pub kind: EventKind,
    /// The guest's display name.
    pub display_name: String,
    /// Rejection reason, if any.
    pub reason: Option<String>,
    /// Who decided (approve/reject), if anyone.
    pub by: Option<String>,
    /// When.
    pub at: Timestamp,
}

#[derive(Serialize, Deserialize)]
struct Wire {
    origin: String,
    event: LobbyEvent,
}

#[derive(Serialize, Deserialize)]
struct ActivityWire {
    origin: String,
    activity: RoomActivity,
}

/// The per-store event hub.
#[derive(Debug)]
pub struct EventHub {
    tx: broadcast::Sender<LobbyEvent>,
    activity: broadcast::Sender<RoomActivity>,
    origin: String,
    pg: Option<PgPool>,
    listener: OnceCell<AbortHandle>,
}

impl EventHub {
    pub(crate) fn new(pg: Option<PgPool>) -> Self {
        let (tx, _) = broadcast::channel(1024);
        let (activity, _) = broadcast::channel(1024);
        Self {
            tx,
            activity,
            origin: super::new_id(super::IdKind::Audit),
            pg,
            listener: OnceCell::new(),
        }
    }

    /// Deliver an event to this process's subscribers (call after the transaction commits).
    pub(crate) fn publish_local(&self, event: LobbyEvent) {
        // No receivers is normal: nobody is watching this room right now.
        let _ = self.tx.send(event);
    }

    /// The NOTIFY payload for an event (PostgreSQL only).
    pub(crate) fn wire_payload(&self, event: &LobbyEvent) -> String {
        serde_json::to_string(&Wire {
            origin: self.origin.clone(),
            event: event.clone(),
        })
        .unwrap_or_default()
    }

    /// Deliver room activity to this process's subscribers (after it is stored).
    pub(crate) fn publish_activity_local(&self, activity: RoomActivity) {
        let _ = self.activity.send(activity);
    }

    /// The NOTIFY payload for room activity (PostgreSQL only).
    pub(crate) fn activity_payload(&self, activity: &RoomActivity) -> String {
        serde_json::to_string(&ActivityWire {
            origin: self.origin.clone(),
            activity: activity.clone(),
        })
        .unwrap_or_default()
    }

    /// Subscribe to all room activity; on PostgreSQL the listener runs first (as for
    /// [`EventHub::subscribe`]).
    pub(crate) async fn subscribe_activity(&self) -> Result<broadcast::Receiver<RoomActivity>> {
        let rx = self.activity.subscribe();
        if let Some(pool) = &self.pg {
            self.listener
                .get_or_try_init(|| self.start_listener(pool))
                .await?;
        }
        Ok(rx)
    }

    /// Subscribe to every event; on PostgreSQL, make sure the listener runs first so no event
    /// committed after this call is missed.
    pub(crate) async fn subscribe(&self) -> Result<broadcast::Receiver<LobbyEvent>> {
        let rx = self.tx.subscribe();
        if let Some(pool) = &self.pg {
            self.listener
                .get_or_try_init(|| self.start_listener(pool))
                .await?;
        }
        Ok(rx)
    }

    async fn start_listener(&self, pool: &PgPool) -> Result<AbortHandle> {
        let mut listener =
            PgListener::connect_with(pool)
                .await
                .map_err(|e| Error::Unavailable {
                    url: "the database".into(),
                    reason: format!("LISTEN: {e}"),
                    source: Some(e.into()),
                })?;
        listener.listen_all([CHANNEL, ACTIVITY_CHANNEL]).await?;
        let tx = self.tx.clone();
        let activity = self.activity.clone();
        let origin = self.origin.clone();
        let task = tokio::spawn(async move {
            loop {
                match listener.recv().await {
                    Ok(note) if note.channel() == ACTIVITY_CHANNEL => {
                        match serde_json::from_str::<ActivityWire>(note.payload()) {
                            Ok(wire) if wire.origin != origin => {
                                let _ = activity.send(wire.activity);
                            }
                            Ok(_) => {}
                            Err(e) => tracing::warn!("ignoring malformed room notification: {e}"),
                        }
                    }
                    Ok(note) => match serde_json::from_str::<Wire>(note.payload()) {
                        Ok(wire) if wire.origin != origin => {
                            let _ = tx.send(wire.event);
                        }
                        Ok(_) => {} // our own event, already delivered locally
                        Err(e) => tracing::warn!("ignoring malformed lobby notification: {e}"),
                    },
                    Err(e) => {
                        // PgListener reconnects on the next recv; back off meanwhile.
                        tracing::warn!("lobby listener: {e}");
                        tokio::time::sleep(std::time::Duration::from_secs(1)).await;
                    }
                }
            }
        });
        Ok(task.abort_handle())
    }

    /// Stop the cross-process listener, if any.
    pub(crate) fn shutdown(&self) {
        if let Some(handle) = self.listener.get() {
            handle.abort();
        }
    }
}

impl Drop for EventHub {
    fn drop(&mut self) {
        self.shutdown();
    }
}

/// A host's view of one room's lobby: every event for that room, without tokens.
#[derive(Debug)]
pub struct RoomEvents {
    pub(crate) rx: broadcast::Receiver<LobbyEvent>,
    pub(crate) room: String,
}

impl RoomEvents {
    /// The next event for this room; `None` when the store is gone. After a lag (the
    /// subscriber fell more than 1024 events behind) the stream continues with newer events
    /// and logs a warning; a UI that cares should reload the list periodically.
    pub async fn next(&mut self) -> Option<LobbyEvent> {
        loop {
            match self.rx.recv().await {
                Ok(ev) if ev.room == self.room => return Some(ev),
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    tracing::warn!("lobby watcher of {} missed {n} events", self.room);
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }
}
