//! Following a lobby: a guest's subscription to its own entry, a host's room stream, and
//! the watch diff that turns successive reads of a room into changes (`lobby watch`, and
//! the web UI's live list).

use std::collections::HashMap;
use std::time::Duration;

use serde::Serialize;

use super::entries::claim_digest;
use super::{ENTRY_RECHECK, EntryStatus, Lobby, LobbyEntry};
use crate::error::{Error, Result};
use crate::ops::bans::BanRow;
use crate::ops::policy::{self, validate_room};
use crate::store::{BeginWrite, EventKind, LobbyEvent, RoomEvents, Timestamp, with_pool};

/// What a guest's own subscription reports.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum EntryEvent {
    /// Approved (or admitted): join with this token.
    Approved {
        /// LiveKit join token; empty when the decision was read without collecting it
        /// ([`EntryEvents::without_token`], [`Lobby::claimed_outcome`]).
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
    /// decided, the first [`EntryEvents::next`] reports that at once. An approval's token is
    /// minted when `next` reports it, once per entry: a second collection is a conflict, and
    /// a ban since the approval refuses it (see [`Lobby::collect`]).
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
        Ok(EntryEvents {
            lobby: self.clone(),
            rx,
            room: room.to_string(),
            entry_id: entry_id.to_string(),
            checked: false,
            done: false,
            collect: true,
        })
    }

    /// Hand out the token of an approved (or admitted) entry: once, to the caller who proved
    /// the claim, valid until the approval's window ends. Refused when a ban applies now or
    /// revoked the approval, when the token was collected before, and when the window
    /// passed. The store records only that the token was collected.
    pub(super) async fn collect(&self, room: &str, entry_id: &str) -> Result<EntryEvent> {
        let entry = self.get(room, entry_id).await?;
        let webinar = policy::load(&self.store, room)
            .await?
            .is_some_and(|p| p.into_policy().webinar);
        let now = self.now();
        let expires = entry.token_expires_at.unwrap_or(now);
        let left =
            Duration::from_millis(u64::try_from(expires.unix_ms() - now.unix_ms()).unwrap_or(0));
        if left < Duration::from_secs(1) {
            return Err(Error::Conflict(format!(
                "the approval of lobby entry `{entry_id}` ran out at {expires} before its token \
                 was collected; ask to join again"
            )));
        }
        let (token, expires_at) = self.mint(&entry, webinar, left)?;
        let refusal = with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            let state: Option<(Option<Timestamp>, Option<Timestamp>)> = sqlx::query_as(
                "SELECT token_collected_at, revoked_at FROM lobby_entries WHERE id = $1 AND room = $2",
            )
            .bind(entry_id)
            .bind(room)
            .fetch_optional(&mut *tx)
            .await?;
            let ban: Option<BanRow> = entry_ban_in_tx!(tx, entry, now);
            match (state, ban) {
                (None, _) => Some(Error::NotFound {
                    what: "lobby entry",
                    id: entry_id.to_string(),
                }),
                (Some((_, Some(_))), _) | (Some((None, None)), Some(_)) => {
                    // Remember the withdrawal, so lifting the ban later does not bring the
                    // token back.
                    sqlx::query(
                        "UPDATE lobby_entries SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL",
                    )
                    .bind(now)
                    .bind(entry_id)
                    .execute(&mut *tx)
                    .await?;
                    tx.commit().await?;
                    Some(revoked(entry_id))
                }
                (Some((Some(_), None)), _) => Some(Error::Conflict(format!(
                    "the token of lobby entry `{entry_id}` was already collected (it is handed \
                     out once); ask to join again"
                ))),
                (Some((None, None)), None) => {
                    let taken = sqlx::query(
                        "UPDATE lobby_entries SET token_collected_at = $1 WHERE id = $2 \
                         AND token_collected_at IS NULL AND revoked_at IS NULL",
                    )
                    .bind(now)
                    .bind(entry_id)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if taken == 1 {
                        tx.commit().await?;
                        None
                    } else {
                        Some(Error::Conflict(format!(
                            "the token of lobby entry `{entry_id}` was collected at the same time \
                             by another request"
                        )))
                    }
                }
            }
        });
        match refusal {
            Some(e) => Err(e),
            None => Ok(EntryEvent::Approved {
                token,
                identity: entry.identity,
                expires_at: Some(expires_at.min(expires)),
            }),
        }
    }
}

fn revoked(entry_id: &str) -> Error {
    Error::PermissionDenied(format!(
        "the approval of lobby entry `{entry_id}` was withdrawn: the guest is banned"
    ))
}

/// A guest's subscription to its own entry; see [`Lobby::subscribe_entry`].
pub struct EntryEvents {
    lobby: Lobby,
    rx: tokio::sync::broadcast::Receiver<LobbyEvent>,
    room: String,
    entry_id: String,
    /// Whether the entry was read once since subscribing (a decision made before the
    /// subscription is reported by the first `next`).
    checked: bool,
    done: bool,
    /// Whether an approval collects the token (minted now, handed out once).
    collect: bool,
}

impl std::fmt::Debug for EntryEvents {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EntryEvents")
            .field("entry_id", &self.entry_id)
            .finish_non_exhaustive()
    }
}

impl Lobby {
    /// The entry this claim belongs to, whatever its room (guests follow their entry by id
    /// and claim; the invite code they joined with may have been rotated since). A wrong
    /// claim is `NotFound`, the same as a missing entry. Overdue entries of its room expire
    /// first, so the status read is current.
    pub async fn claimed_entry(&self, entry_id: &str, claim: &str) -> Result<LobbyEntry> {
        let stored: Option<(String, Option<String>)> = with_pool!(self.store, |pool| {
            sqlx::query_as("SELECT room, claim_hash FROM lobby_entries WHERE id = $1")
                .bind(entry_id)
                .fetch_optional(pool)
                .await?
        });
        let room = stored.and_then(|(room, hash)| {
            let hash = hash?;
            crate::secret::constant_time_eq(hash.as_bytes(), claim_digest(claim).as_bytes())
                .then_some(room)
        });
        let Some(room) = room else {
            return Err(Error::NotFound {
                what: "lobby entry",
                id: entry_id.to_string(),
            });
        };
        self.expire_room(&room).await?;
        self.get(&room, entry_id).await
    }

    /// Where an entry stands for its guest: the decision, or `None` while pending. An
    /// approval is reported without its token (empty): reading the state never spends the
    /// one collection, which [`Lobby::collect_claimed`] makes. Only for callers that
    /// checked the entry's claim.
    pub async fn claimed_outcome(&self, entry: &LobbyEntry) -> Result<Option<EntryEvent>> {
        read_outcome(self, &entry.room, &entry.id, false).await
    }

    /// Collect the token of an approved entry whose claim the caller checked: minted now,
    /// handed out once (a second collection is a conflict).
    pub async fn collect_claimed(&self, entry: &LobbyEntry) -> Result<EntryEvent> {
        self.collect(&entry.room, &entry.id).await
    }
}

/// The decision on an entry, read from the store; with `collect`, an approval collects its
/// token (minted now, handed out once: see [`Lobby::collect`]), else it comes without one.
/// `None` while pending.
async fn read_outcome(
    lobby: &Lobby,
    room: &str,
    entry_id: &str,
    collect: bool,
) -> Result<Option<EntryEvent>> {
    let (status, reason, identity, expires_at): (
        String,
        Option<String>,
        String,
        Option<Timestamp>,
    ) = with_pool!(lobby.store, |pool| {
        sqlx::query_as(
            "SELECT status, reason, identity, token_expires_at FROM lobby_entries \
             WHERE id = $1 AND room = $2",
        )
        .bind(entry_id)
        .bind(room)
        .fetch_optional(pool)
        .await?
        .ok_or_else(|| Error::NotFound {
            what: "lobby entry",
            id: entry_id.to_string(),
        })?
    });
    Ok(match status.parse::<EntryStatus>()? {
        EntryStatus::Pending => None,
        EntryStatus::Approved | EntryStatus::Admitted if collect => {
            Some(lobby.collect(room, entry_id).await?)
        }
        EntryStatus::Approved | EntryStatus::Admitted => Some(EntryEvent::Approved {
            token: String::new(),
            identity,
            expires_at,
        }),
        EntryStatus::Rejected => Some(EntryEvent::Rejected { reason }),
        EntryStatus::Expired => Some(EntryEvent::Expired),
    })
}

impl EntryEvents {
    /// The decision, read from the store (an approval collects its token); `None` while
    /// pending.
    async fn outcome(&self) -> Result<Option<EntryEvent>> {
        read_outcome(&self.lobby, &self.room, &self.entry_id, self.collect).await
    }

    /// Report an approval without collecting its token (the token field is empty), for a
    /// stream that only tells the guest the decision; the guest collects it once elsewhere.
    pub fn without_token(mut self) -> Self {
        self.collect = false;
        self
    }

    /// Wait for the decision. Returns it once, then `None`.
    pub async fn next(&mut self) -> Result<Option<EntryEvent>> {
        self.next_until(None).await
    }

    /// Wait at most `wait` for the decision: `Ok(None)` while it is still pending then.
    /// Only the waiting is bounded, never the collection of a token once the decision is
    /// there (cutting that short could record a token as collected that nobody received),
    /// which is why callers use this rather than a timeout around [`EntryEvents::next`].
    pub async fn next_within(&mut self, wait: Duration) -> Result<Option<EntryEvent>> {
        self.next_until(Some(tokio::time::Instant::now() + wait))
            .await
    }

    async fn next_until(
        &mut self,
        deadline: Option<tokio::time::Instant>,
    ) -> Result<Option<EntryEvent>> {
        if self.done {
            return Ok(None);
        }
        if !self.checked {
            self.checked = true;
            if let Some(ev) = self.outcome().await? {
                self.done = true;
                return Ok(Some(ev));
            }
        }
        // Events wake us at once; a periodic re-read covers what events cannot: a NOTIFY
        // lost while the listener reconnected, and an entry that outwaits the pending TTL
        // with no host around to expire it.
        let recheck = ENTRY_RECHECK.min(self.lobby.pending_ttl);
        loop {
            use tokio::sync::broadcast::error::RecvError;
            // The caller's deadline is real time (it bounds a wait for a person); the
            // re-check interval is measured on the lobby's clock, so a test moves it
            // instead of waiting.
            let left = match deadline {
                Some(d) => {
                    let left = d.saturating_duration_since(tokio::time::Instant::now());
                    if left.is_zero() {
                        return Ok(None);
                    }
                    Some(left)
                }
                None => None,
            };
            let deadline_passed = async {
                match left {
                    Some(left) => tokio::time::sleep(left).await,
                    None => std::future::pending().await,
                }
            };
            let received = tokio::select! {
                r = self.rx.recv() => Some(r),
                _ = self.lobby.clock.sleep(recheck) => None,
                _ = deadline_passed => return Ok(None),
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
