//! Following a lobby: a guest's subscription to its own entry, a host's room stream, and
//! the watch diff that turns successive reads of a room into changes (`lobby watch`, and
//! the web UI's live list).

use std::collections::HashMap;
use std::time::Duration;

use serde::Serialize;

use super::entries::claim_digest;
use super::{ENTRY_RECHECK, EntryStatus, Lobby, LobbyEntry};
use crate::error::{Error, Result};
use crate::ops::policy::validate_room;
use crate::store::{EventKind, LobbyEvent, RoomEvents, Timestamp, with_pool};

/// What a guest's own subscription reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EntryEvent {
    /// Approved (or admitted): join with this token.
    Approved {
        /// LiveKit join token.
        token: String,
        /// Identity inside the token.
        identity: String,
        /// When the token expires.
        expires_at: Option<Timestamp>,
    },
    /// Rejected by a host.
    Rejected {
        /// Reason the host gave.
        reason: Option<String>,
    },
    /// Waited too long.
    Expired,
}

impl Lobby {
    /// Follow a room's lobby (hosts). Events carry no tokens.
    pub async fn subscribe_room(&self, room: &str) -> Result<RoomEvents> {
        validate_room(room)?;
        let rx = self.store.events.subscribe().await?;
        Ok(RoomEvents {
            rx,
            room: room.to_string(),
        })
    }

    /// Follow one's own entry (the guest). `claim` is the secret [`Lobby::request_join`]
    /// returned with the pending entry; hosts never see it. If the entry is already
    /// decided, the first event reports that at once.
    pub async fn subscribe_entry(
        &self,
        room: &str,
        entry_id: &str,
        claim: &str,
    ) -> Result<EntryEvents> {
        let rx = self.store.events.subscribe().await?;
        validate_room(room)?;
        self.expire_room(room).await?;
        let stored: Option<Option<String>> = with_pool!(self.store, |pool| {
            sqlx::query_scalar("SELECT claim_hash FROM lobby_entries WHERE room = $1 AND id = $2")
                .bind(room)
                .bind(entry_id)
                .fetch_optional(pool)
                .await?
        });
        let matches = stored.flatten().is_some_and(|hash| {
            crate::secret::constant_time_eq(hash.as_bytes(), claim_digest(claim).as_bytes())
        });
        if !matches {
            // Same answer as a missing entry: do not confirm that the id exists.
            return Err(Error::NotFound {
                what: "lobby entry",
                id: entry_id.to_string(),
            });
        }
        let mut events = EntryEvents {
            lobby: self.clone(),
            rx,
            room: room.to_string(),
            entry_id: entry_id.to_string(),
            ready: None,
            done: false,
        };
        events.ready = events.outcome().await?;
        Ok(events)
    }
}

/// A guest's subscription to its own entry; see [`Lobby::subscribe_entry`].
pub struct EntryEvents {
    lobby: Lobby,
    rx: tokio::sync::broadcast::Receiver<LobbyEvent>,
    room: String,
    entry_id: String,
    ready: Option<EntryEvent>,
    done: bool,
}

impl std::fmt::Debug for EntryEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntryEvents")
            .field("entry_id", &self.entry_id)
            .finish_non_exhaustive()
    }
}

impl EntryEvents {
    /// The decision, read from the store (with the token for an approval); `None` while pending.
    async fn outcome(&self) -> Result<Option<EntryEvent>> {
        let (status, reason, token, identity, expires): (
            String,
            Option<String>,
            Option<String>,
            String,
            Option<Timestamp>,
        ) = with_pool!(self.lobby.store, |pool| {
            sqlx::query_as(
                "SELECT status, reason, token, identity, token_expires_at FROM lobby_entries \
                 WHERE id = $1 AND room = $2",
            )
            .bind(&self.entry_id)
            .bind(&self.room)
            .fetch_optional(pool)
            .await?
            .ok_or_else(|| Error::NotFound {
                what: "lobby entry",
                id: self.entry_id.clone(),
            })?
        });
        Ok(match status.parse::<EntryStatus>()? {
            EntryStatus::Pending => None,
            EntryStatus::Approved | EntryStatus::Admitted => Some(EntryEvent::Approved {
                token: token.unwrap_or_default(),
                identity,
                expires_at: expires,
            }),
            EntryStatus::Rejected => Some(EntryEvent::Rejected { reason }),
            EntryStatus::Expired => Some(EntryEvent::Expired),
        })
    }

    /// Wait for the decision. Returns it once, then `None`.
    pub async fn next(&mut self) -> Result<Option<EntryEvent>> {
        if self.done {
            return Ok(None);
        }
        if let Some(ev) = self.ready.take() {
            self.done = true;
            return Ok(Some(ev));
        }
        // Events wake us at once; a periodic re-read covers what events cannot: a NOTIFY
        // lost while the listener reconnected, and an entry that outwaits the pending TTL
        // with no host around to expire it.
        let recheck = ENTRY_RECHECK.min(self.lobby.pending_ttl);
        loop {
            use tokio::sync::broadcast::error::RecvError;
            // The wait is measured on the lobby's clock, so a test moves it instead of waiting.
            let received = tokio::select! {
                r = self.rx.recv() => Some(r),
                _ = self.lobby.clock.sleep(recheck) => None,
            };
            let relevant = match received {
                Some(Ok(ev)) => ev.entry_id == self.entry_id && ev.kind != EventKind::Requested,
                Some(Err(RecvError::Lagged(_))) => true,
                Some(Err(RecvError::Closed)) => return Ok(None),
                None => {
                    self.lobby.expire_room(&self.room).await?;
                    true
                }
            };
            if relevant && let Some(ev) = self.outcome().await? {
                self.done = true;
                return Ok(Some(ev));
            }
        }
    }
}

/// What a lobby watcher reports about an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WatchEvent {
    /// A guest asked to join (and waits, or waited).
    Requested,
    /// A host let the guest in.
    Approved,
    /// A host turned the guest away.
    Rejected,
    /// The guest waited too long.
    Expired,
    /// The lobby was off; the guest went straight in.
    Admitted,
}

impl WatchEvent {
    /// The event for an entry that is now in `status`.
    pub fn for_status(status: EntryStatus) -> Self {
        match status {
            EntryStatus::Pending => Self::Requested,
            EntryStatus::Approved => Self::Approved,
            EntryStatus::Rejected => Self::Rejected,
            EntryStatus::Expired => Self::Expired,
            EntryStatus::Admitted => Self::Admitted,
        }
    }

    /// The snake_case name, as serialised.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Requested => "requested",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
            Self::Admitted => "admitted",
        }
    }
}

impl std::fmt::Display for WatchEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One change a watcher reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LobbyChange {
    /// What happened.
    pub event: WatchEvent,
    /// The entry as it stands after it.
    pub entry: LobbyEntry,
}

/// One read of a room's lobby by a [`LobbyWatcher`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LobbyRound {
    /// The watcher's first read: `changes` are the guests waiting at the start.
    pub first: bool,
    /// What changed since the previous read, in entry order.
    pub changes: Vec<LobbyChange>,
    /// Everyone waiting now, oldest first.
    pub pending: Vec<LobbyEntry>,
}

/// The diff between successive reads of one room's lobby.
#[derive(Debug, Default, Clone)]
pub struct LobbyDiff {
    known: HashMap<String, EntryStatus>,
    started: bool,
}

impl LobbyDiff {
    /// A diff that has seen nothing yet.
    pub fn new() -> Self {
        Self::default()
    }

    /// The changes `entries` (a full read of the room, oldest first) show since the last
    /// call. The first call reports the guests waiting; an entry first seen already decided
    /// reports both its request and its decision (it was asked and decided between reads),
    /// except an admitted one, which never waited.
    pub fn observe(&mut self, entries: Vec<LobbyEntry>) -> LobbyRound {
        let first = !self.started;
        self.started = true;
        let mut changes = Vec::new();
        for e in &entries {
            match self.known.insert(e.id.clone(), e.status) {
                None if first => {
                    if e.status == EntryStatus::Pending {
                        changes.push(change(WatchEvent::Requested, e));
                    }
                }
                None => {
                    if e.status != EntryStatus::Admitted {
                        changes.push(change(WatchEvent::Requested, e));
                    }
                    if e.status != EntryStatus::Pending {
                        changes.push(change(WatchEvent::for_status(e.status), e));
                    }
                }
                Some(old) if old != e.status => {
                    changes.push(change(WatchEvent::for_status(e.status), e));
                }
                Some(_) => {}
            }
        }
        let pending = entries
            .into_iter()
            .filter(|e| e.status == EntryStatus::Pending)
            .collect();
        LobbyRound {
            first,
            changes,
            pending,
        }
    }
}

fn change(event: WatchEvent, entry: &LobbyEntry) -> LobbyChange {
    LobbyChange {
        event,
        entry: entry.clone(),
    }
}

/// Follows a room's lobby for a host: each [`LobbyWatcher::next_round`] re-reads the room
/// and reports what changed. Events (in this process, or from others on PostgreSQL) wake it
/// at once; the interval re-read catches everything else (other processes on SQLite).
#[derive(Debug)]
pub struct LobbyWatcher {
    lobby: Lobby,
    room: String,
    wakeups: RoomEvents,
    interval: Duration,
    diff: LobbyDiff,
}

impl LobbyWatcher {
    /// The next round: the first call reads at once, later ones after an event for the
    /// room or `interval`, whichever comes first.
    pub async fn next_round(&mut self) -> Result<LobbyRound> {
        if self.diff.started {
            tokio::select! {
                _ = self.wakeups.next() => {}
                _ = self.lobby.clock.sleep(self.interval) => {}
            }
        }
        let entries = self.lobby.list(&self.room, None).await?;
        Ok(self.diff.observe(entries))
    }
}

impl Lobby {
    /// Watch a room's lobby (hosts), re-reading at least every `interval`.
    pub async fn watch(&self, room: &str, interval: Duration) -> Result<LobbyWatcher> {
        let wakeups = self.subscribe_room(room).await?;
        Ok(LobbyWatcher {
            lobby: self.clone(),
            room: room.to_string(),
            wakeups,
            interval,
            diff: LobbyDiff::new(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(id: &str, status: EntryStatus) -> LobbyEntry {
        LobbyEntry {
            id: id.into(),
            room: "r".into(),
            display_name: id.into(),
            fingerprint: "f".repeat(16),
            session_id: None,
            ip: None,
            identity: format!("guest-{id}"),
            status,
            reason: None,
            decided_by: None,
            decided_at: None,
            token_expires_at: None,
            created_at: Timestamp::now(),
        }
    }

    fn events(round: &LobbyRound) -> Vec<(WatchEvent, &str)> {
        round
            .changes
            .iter()
            .map(|c| (c.event, c.entry.id.as_str()))
            .collect()
    }

    #[test]
    fn first_read_reports_who_waits() {
        use EntryStatus::*;
        let mut diff = LobbyDiff::new();
        let round = diff.observe(vec![entry("a", Approved), entry("b", Pending)]);
        assert!(round.first);
        assert_eq!(events(&round), [(WatchEvent::Requested, "b")]);
        assert_eq!(round.pending.len(), 1);
    }

    #[test]
    fn later_reads_report_transitions_and_both_steps_of_new_entries() {
        use EntryStatus::*;
        let mut diff = LobbyDiff::new();
        diff.observe(vec![entry("a", Pending)]);
        let round = diff.observe(vec![
            entry("a", Rejected),
            entry("b", Approved),
            entry("c", Admitted),
            entry("d", Pending),
        ]);
        assert!(!round.first);
        assert_eq!(
            events(&round),
            [
                (WatchEvent::Rejected, "a"),
                (WatchEvent::Requested, "b"),
                (WatchEvent::Approved, "b"),
                (WatchEvent::Admitted, "c"),
                (WatchEvent::Requested, "d"),
            ]
        );
        let round = diff.observe(vec![entry("a", Rejected), entry("d", Pending)]);
        assert!(round.changes.is_empty());
        assert_eq!(round.pending.len(), 1);
    }
}
