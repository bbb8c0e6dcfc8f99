//! The lobby: guests ask to join, hosts decide, approved guests get a short-lived token.
//!
//! Order of checks for a join request: input format, room policy exists, not banned, PIN
//! (counted, rate limited). Then, with the lobby off, the guest is admitted at once (the
//! entry is recorded as `admitted` so bans can later find the identity); with the lobby on,
//! a `pending` entry waits for a host. Nothing admits a pending guest but a host's decision.
//! A pending entry older than [`PENDING_TTL`] expires (reads and decisions of its room, a
//! guest's own subscription, or [`Lobby::expire_pending`] notice it) and cannot be approved.
//! Ban and guest-limit checks run again inside the admitting transaction, behind a lock on
//! the room's policy row, so neither a fresh ban nor a concurrent approval can be raced past.
//!
//! Decisions are one conditional `UPDATE … WHERE status = 'pending'` in a transaction, so
//! two hosts deciding the same entry at once end in exactly one outcome; the loser gets
//! [`Error::Conflict`]. Every decision writes an audit row and an event (see
//! [`crate::store::LobbyEvent`]). An approval stores no token: the guest's own subscription
//! ([`Lobby::subscribe_entry`], which needs the guest's claim secret) mints it when it
//! collects it, once, valid until the approval's window ends, so a copy of the database holds
//! nothing to replay. Collection checks bans again, and a ban marks matching approved
//! entries revoked, so a ban makes a granted but uncollected token unobtainable. Tokens
//! never travel on the room stream.
//!
//! The module is split by what a reader looks for: [`entries`] (the model and a guest's
//! request), [`decisions`] (approve, reject, expiry), [`events`] (subscriptions and the
//! watch diff) and [`renewal`] (a fresh token for a guest already in). The token issuer lives in [`crate::token`], the moderator in
//! [`crate::ops::moderation`].

use std::sync::Arc;
use std::time::Duration;

use super::policy::{self, validate_room};
use crate::clock::{self, Clock};
use crate::error::{Error, Result};
use crate::store::{EventKind, LobbyEvent, Store, Timestamp, with_pool};
use crate::token::{JoinTokenRequest, TokenIssuer};

/// Lifetime of a guest token: short, because a kick does not revoke a token (see bans).
pub const GUEST_TOKEN_TTL: Duration = Duration::from_secs(10 * 60);

/// How long a guest may wait in the lobby. Older pending entries expire (with an `expired`
/// event) the next time their room's lobby is read or decided, and can no longer be approved:
/// the guest who asked is most likely gone.
pub const PENDING_TTL: Duration = Duration::from_secs(30 * 60);

/// How often a guest's subscription re-reads its entry when no event arrives.
const ENTRY_RECHECK: Duration = Duration::from_secs(5);

/// Guests holding a place in a room (`$1`) at `$2`: approved or admitted entries whose
/// identity is in the room now, or whose token is still valid and not used yet.
pub(crate) const GUESTS_IN_ROOM_SQL: &str = "SELECT COUNT(*) FROM lobby_entries e WHERE e.room = $1 \
     AND e.status IN ('approved', 'admitted') AND ( \
       EXISTS (SELECT 1 FROM participant_sessions s WHERE s.room = e.room \
               AND s.identity = e.identity AND s.left_at IS NULL) \
       OR (e.token_expires_at > $2 AND e.revoked_at IS NULL AND NOT EXISTS (SELECT 1 FROM participant_sessions s \
               WHERE s.room = e.room AND s.identity = e.identity)))";

/// Inside a write transaction: the ban that applies at `$now` to a lobby entry's guest (by
/// fingerprint, session or identity, in the entry's room or everywhere), if any. One query
/// for admission, token collection and renewal, so all three refuse the same guests.
macro_rules! entry_ban_in_tx {
    ($tx:expr, $entry:expr, $now:expr) => {
        sqlx::query_as::<_, crate::ops::bans::BanRow>(crate::ops::bans::ACTIVE_BAN_SQL)
            .bind(&$entry.room)
            .bind($now)
            .bind(&$entry.fingerprint)
            .bind(&$entry.session_id)
            .bind(&$entry.identity)
            .fetch_optional(&mut *$tx)
            .await?
    };
}

/// Inside a write transaction, before a guest is let in: lock the room's policy row (on
/// PostgreSQL concurrent admissions to one room queue here; SQLite's `BEGIN IMMEDIATE`
/// already serialises writers), then refuse a banned guest and a full room. Checked here,
/// not before the transaction, so a ban or another approval committed a moment earlier
/// cannot be raced past. Returns from the enclosing function on refusal (the transaction
/// rolls back when dropped).
macro_rules! admission_checks_in_tx {
    ($tx:expr, $entry:expr, $max_guests:expr, $banned:expr, $now:expr) => {{
        sqlx::query("UPDATE room_policies SET updated_at = updated_at WHERE room = $1")
            .bind(&$entry.room)
            .execute(&mut *$tx)
            .await?;
        let now: crate::store::Timestamp = $now;
        if let Some(ban) = entry_ban_in_tx!($tx, $entry, now) {
            return Err($banned(ban.into_ban(now)));
        }
        if let Some(max) = $max_guests {
            let (count,): (i64,) = sqlx::query_as($crate::ops::lobby::GUESTS_IN_ROOM_SQL)
                .bind(&$entry.room)
                .bind(now)
                .fetch_one(&mut *$tx)
                .await?;
            if count >= max {
                return Err(crate::error::Error::Conflict(format!(
                    "room `{}` is full ({count} of {max} guests); raise --max-guests or wait",
                    $entry.room
                )));
            }
        }
    }};
}

mod decisions;
mod entries;
mod events;
mod renewal;

pub use entries::{
    EntryStatus, JoinOutcome, JoinRequest, LobbyEntry, MAX_PENDING_PER_ADDRESS,
    MAX_PENDING_PER_FINGERPRINT,
};
pub use events::{
    EntryEvent, EntryEvents, LobbyChange, LobbyDiff, LobbyRound, LobbyWatcher, WatchEvent,
};
pub use renewal::RenewedToken;

/// Lobby operations over a store, a token issuer and (for bans) a moderator.
#[derive(Clone)]
pub struct Lobby {
    store: Store,
    issuer: Arc<dyn TokenIssuer>,
    guest_ttl: Duration,
    pending_ttl: Duration,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Lobby {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lobby")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl Lobby {
    /// Lobby on `store`, minting tokens with `issuer`.
    pub fn new(store: Store, issuer: Arc<dyn TokenIssuer>) -> Self {
        Self {
            store,
            issuer,
            guest_ttl: GUEST_TOKEN_TTL,
            pending_ttl: PENDING_TTL,
            clock: clock::system(),
        }
    }

    /// Decide waits, expiry and token lifetimes against `clock` (default: the system clock).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The time now, on the lobby's clock.
    pub(crate) fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// Let guests wait this long before their entry expires (default [`PENDING_TTL`]).
    pub fn with_pending_ttl(mut self, ttl: Duration) -> Self {
        self.pending_ttl = ttl;
        self
    }

    /// Use a different guest token lifetime (default [`GUEST_TOKEN_TTL`]).
    pub fn with_guest_ttl(mut self, ttl: Duration) -> Self {
        self.guest_ttl = ttl;
        self
    }

    /// The store.
    pub fn store(&self) -> &Store {
        &self.store
    }

    fn mint(
        &self,
        entry: &LobbyEntry,
        webinar: bool,
        ttl: Duration,
    ) -> Result<(String, Timestamp)> {
        let token = self.issuer.join_token(&JoinTokenRequest {
            identity: entry.identity.clone(),
            name: entry.display_name.clone(),
            room: entry.room.clone(),
            ttl,
            can_publish: !webinar,
            can_subscribe: true,
            can_publish_data: true,
        })?;
        Ok((token, self.now().plus(ttl)))
    }

    /// One entry of a room.
    pub async fn get(&self, room: &str, entry_id: &str) -> Result<LobbyEntry> {
        let sql = "SELECT id, room, display_name, fingerprint, session_id, ip, identity, status, \
                   reason, decided_by, decided_at, token_expires_at, created_at \
                   FROM lobby_entries WHERE id = $1 AND room = $2";
        let entry = with_pool!(self.store, |pool| {
            sqlx::query_as::<_, LobbyEntry>(sql)
                .bind(entry_id)
                .bind(room)
                .fetch_optional(pool)
                .await?
        });
        entry.ok_or_else(|| Error::NotFound {
            what: "lobby entry",
            id: entry_id.to_string(),
        })
    }

    /// Entries of a room, oldest first, optionally only those in one status.
    pub async fn list(&self, room: &str, status: Option<EntryStatus>) -> Result<Vec<LobbyEntry>> {
        validate_room(room)?;
        self.expire_room(room).await?;
        let sql = "SELECT id, room, display_name, fingerprint, session_id, ip, identity, status, \
                   reason, decided_by, decided_at, token_expires_at, created_at \
                   FROM lobby_entries WHERE room = $1 AND ($2 IS NULL OR status = $2) \
                   ORDER BY created_at, id";
        let status = status.map(EntryStatus::as_str);
        let entries = with_pool!(self.store, |pool| {
            sqlx::query_as::<_, LobbyEntry>(sql)
                .bind(room)
                .bind(status)
                .fetch_all(pool)
                .await?
        });
        if entries.is_empty() {
            // Nothing listed for a room lkctl has no policy for is most likely a
            // typo: say so instead of printing an empty list.
            super::policy::show(&self.store, room).await?;
        }
        Ok(entries)
    }
}

fn event(entry: &LobbyEntry, kind: EventKind, by: Option<&str>, at: Timestamp) -> LobbyEvent {
    LobbyEvent {
        room: entry.room.clone(),
        entry_id: entry.id.clone(),
        kind,
        display_name: entry.display_name.clone(),
        reason: entry.reason.clone(),
        by: by.map(str::to_string),
        at,
    }
}

struct PolicyView {
    lobby: bool,
    webinar: bool,
    max_guests: Option<i64>,
}

fn policy_view(row: policy::PolicyRow) -> PolicyView {
    let p = row.into_policy();
    PolicyView {
        lobby: p.lobby,
        webinar: p.webinar,
        max_guests: p.max_guests,
    }
}
