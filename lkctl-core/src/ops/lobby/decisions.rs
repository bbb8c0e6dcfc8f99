//! Hosts' decisions on lobby entries (approve, reject) and the expiry of guests who waited
//! too long. Each decision is one conditional update in a transaction with its audit row.

use std::time::Duration;

use super::{EntryStatus, Lobby, LobbyEntry, event, policy_view};
use crate::error::{Error, Result};
use crate::ops::bans;
use crate::ops::policy::{self, validate_room};
use crate::store::{
    BackendKind, BeginWrite, EventKind, Timestamp, audit_in_tx, notify_in_tx, with_pool,
};

/// A host's decision on a pending entry.
#[derive(Debug, Clone, Copy)]
enum Decision<'a> {
    Approve {
        expires: Timestamp,
        webinar: bool,
        guest: &'a LobbyEntry,
        max_guests: Option<i64>,
    },
    Reject {
        reason: Option<&'a str>,
    },
}

impl Decision<'_> {
    /// The update of a still-pending entry that has not waited too long; binds id, room,
    /// decided by and at, then the decision's own value (the token's expiry, or the reason), then
    /// the oldest `created_at` still allowed to wait.
    fn sql(self) -> &'static str {
        match self {
            Self::Approve { .. } => {
                "UPDATE lobby_entries SET status = 'approved', decided_by = $3, decided_at = $4, \
                 token_expires_at = $5 \
                 WHERE id = $1 AND room = $2 AND status = 'pending' AND created_at >= $6 \
                 RETURNING id, room, display_name, fingerprint, session_id, ip, identity, status, \
                 reason, decided_by, decided_at, token_expires_at, created_at"
            }
            Self::Reject { .. } => {
                "UPDATE lobby_entries SET status = 'rejected', decided_by = $3, decided_at = $4, \
                 reason = $5 WHERE id = $1 AND room = $2 AND status = 'pending' \
                 AND created_at >= $6 \
                 RETURNING id, room, display_name, fingerprint, session_id, ip, identity, status, \
                 reason, decided_by, decided_at, token_expires_at, created_at"
            }
        }
    }

    fn kind(self) -> EventKind {
        match self {
            Self::Approve { .. } => EventKind::Approved,
            Self::Reject { .. } => EventKind::Rejected,
        }
    }

    fn action(self) -> &'static str {
        match self {
            Self::Approve { .. } => "lobby.approve",
            Self::Reject { .. } => "lobby.reject",
        }
    }

    fn audit_details(self, entry: &LobbyEntry) -> serde_json::Value {
        match self {
            Self::Approve { webinar, .. } => {
                serde_json::json!({"identity": entry.identity, "webinar": webinar})
            }
            Self::Reject { reason } => serde_json::json!({"reason": reason}),
        }
    }
}

impl Lobby {
    /// Why a decision found nothing to decide: the entry is missing or already decided.
    async fn undecidable(&self, room: &str, entry_id: &str) -> Error {
        match self.get(room, entry_id).await {
            Ok(e) => Error::AlreadyDecided {
                what: "lobby entry",
                id: e.id,
                status: e.status.as_str(),
                by: e.decided_by,
            },
            Err(e) => e,
        }
    }

    /// Let a pending guest in. Returns the decided entry; the guest's subscription mints
    /// the token when it collects it (the host never sees it, the store never holds it).
    pub async fn approve(&self, room: &str, entry_id: &str, by: &str) -> Result<LobbyEntry> {
        validate_room(room)?;
        self.expire_room(room).await?;
        let pending = self.get(room, entry_id).await?;
        if pending.status != EntryStatus::Pending {
            return Err(self.undecidable(room, entry_id).await);
        }
        let policy = policy::load(&self.store, room)
            .await?
            .ok_or_else(|| policy::not_found(room))?;
        let policy = policy_view(policy);
        // Fail now, not when the guest collects, if no token can be signed here; this
        // token is discarded (the guest's collection mints its own, nothing is stored).
        self.mint(&pending, policy.webinar, self.guest_ttl)?;
        // Ban and capacity are checked inside the decision's transaction (see `decide`).
        let expires = self.now().plus(self.guest_ttl);
        let decision = Decision::Approve {
            expires,
            webinar: policy.webinar,
            guest: &pending,
            max_guests: policy.max_guests,
        };
        self.decide(room, entry_id, by, decision).await
    }

    /// Turn a pending guest away, with an optional reason shown to the guest.
    pub async fn reject(
        &self,
        room: &str,
        entry_id: &str,
        by: &str,
        reason: Option<&str>,
    ) -> Result<LobbyEntry> {
        validate_room(room)?;
        if let Some(r) = reason
            && r.chars().count() > 500
        {
            return Err(Error::invalid(
                "reason",
                "keep the reason under 500 characters",
            ));
        }
        self.expire_room(room).await?;
        self.decide(room, entry_id, by, Decision::Reject { reason })
            .await
    }

    /// Record a host's decision on a pending entry in one transaction (the entry, an audit
    /// row and, on PostgreSQL, the event for other processes), then tell local subscribers.
    async fn decide(
        &self,
        room: &str,
        entry_id: &str,
        by: &str,
        decision: Decision<'_>,
    ) -> Result<LobbyEntry> {
        let now = self.now();
        let oldest_allowed = now.minus(self.pending_ttl);
        let shared = self.store.kind() == BackendKind::Postgres;
        let decided = with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            if let Decision::Approve {
                guest, max_guests, ..
            } = decision
            {
                let banned = |ban: bans::Ban| {
                    Error::PermissionDenied(format!(
                        "guest of lobby entry `{entry_id}` is banned ({}); reject the entry instead",
                        ban.id
                    ))
                };
                admission_checks_in_tx!(tx, guest, max_guests, banned, now);
            }
            let update = sqlx::query_as::<_, LobbyEntry>(decision.sql())
                .bind(entry_id)
                .bind(room)
                .bind(by)
                .bind(now);
            let update = match decision {
                Decision::Approve { expires, .. } => update.bind(expires),
                Decision::Reject { reason } => update.bind(reason),
            };
            let update = update.bind(oldest_allowed);
            let decided = update.fetch_optional(&mut *tx).await?;
            if let Some(entry) = &decided {
                let details = decision.audit_details(entry);
                audit_in_tx!(
                    tx,
                    by,
                    decision.action(),
                    Some(room),
                    Some(entry_id),
                    details
                )?;
                if shared {
                    let payload = self.store.events.wire_payload(&event(
                        entry,
                        decision.kind(),
                        Some(by),
                        now,
                    ));
                    notify_in_tx!(tx, payload)?;
                }
                tx.commit().await?;
            }
            decided
        });
        match decided {
            Some(entry) => {
                self.store
                    .events
                    .publish_local(event(&entry, decision.kind(), Some(by), now));
                Ok(entry)
            }
            None => {
                // Not pending any more, or waited too long: expire first so the error says so.
                self.expire_room(room).await?;
                Err(self.undecidable(room, entry_id).await)
            }
        }
    }

    /// Approve every pending entry of a room, oldest first. Entries another host decided
    /// meanwhile, and banned guests, are skipped; a full room stops the run.
    pub async fn approve_all(&self, room: &str, by: &str) -> Result<Vec<LobbyEntry>> {
        let mut approved = Vec::new();
        for entry in self.list(room, Some(EntryStatus::Pending)).await? {
            match self.approve(room, &entry.id, by).await {
                Ok(e) => approved.push(e),
                Err(Error::AlreadyDecided { .. }) => {}
                Err(Error::PermissionDenied(_)) => {}
                Err(e) if approved.is_empty() => return Err(e),
                Err(_) => break,
            }
        }
        Ok(approved)
    }

    /// Expire entries (of every room) that have waited longer than `max_wait`; returns them.
    /// A sweeper may call this; reads and decisions also expire a room's overdue entries
    /// (older than the lobby's pending TTL) as they go.
    pub async fn expire_pending(&self, max_wait: Duration) -> Result<Vec<LobbyEntry>> {
        self.expire(None, max_wait).await
    }

    /// Expire the room's entries older than the pending TTL, if there are any (a read first,
    /// so the common case takes no write lock).
    pub(super) async fn expire_room(&self, room: &str) -> Result<()> {
        let cutoff = self.now().minus(self.pending_ttl);
        let overdue: Option<(String,)> = with_pool!(self.store, |pool| {
            sqlx::query_as(
                "SELECT id FROM lobby_entries WHERE room = $1 AND status = 'pending' \
                 AND created_at < $2 LIMIT 1",
            )
            .bind(room)
            .bind(cutoff)
            .fetch_optional(pool)
            .await?
        });
        if overdue.is_some() {
            self.expire(Some(room), self.pending_ttl).await?;
        }
        Ok(())
    }

    async fn expire(&self, room: Option<&str>, max_wait: Duration) -> Result<Vec<LobbyEntry>> {
        let now = self.now();
        let cutoff = now.minus(max_wait);
        let shared = self.store.kind() == BackendKind::Postgres;
        // Two statements rather than `$3 IS NULL OR room = $3`, so each can use its index.
        let sql = match room {
            Some(_) => {
                "UPDATE lobby_entries SET status = 'expired', decided_at = $1 \
                 WHERE status = 'pending' AND created_at < $2 AND room = $3 \
                 RETURNING id, room, display_name, fingerprint, session_id, ip, identity, status, \
                 reason, decided_by, decided_at, token_expires_at, created_at"
            }
            None => {
                "UPDATE lobby_entries SET status = 'expired', decided_at = $1 \
                 WHERE status = 'pending' AND created_at < $2 \
                 RETURNING id, room, display_name, fingerprint, session_id, ip, identity, status, \
                 reason, decided_by, decided_at, token_expires_at, created_at"
            }
        };
        let expired = with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            let mut query = sqlx::query_as::<_, LobbyEntry>(sql).bind(now).bind(cutoff);
            if let Some(room) = room {
                query = query.bind(room);
            }
            let expired = query.fetch_all(&mut *tx).await?;
            if shared {
                for entry in &expired {
                    let payload = self.store.events.wire_payload(&event(
                        entry,
                        EventKind::Expired,
                        None,
                        now,
                    ));
                    notify_in_tx!(tx, payload)?;
                }
            }
            tx.commit().await?;
            expired
        });
        for entry in &expired {
            self.store
                .events
                .publish_local(event(entry, EventKind::Expired, None, now));
        }
        Ok(expired)
    }
}
