//! Guest sessions: what an admitted guest holds after the lobby, to chat, share files and
//! raise a hand in its room (and nothing else).
//!
//! A session is opened from a lobby entry that was approved (or admitted with the lobby
//! off), after the guest proved it holds the entry's claim. Its secret (`lkg_` and 256
//! random bits) goes to the guest once, as a cookie or a bearer token; the store keeps only
//! its SHA-256. A session ends at its expiry, when the guest leaves, when the entry is
//! claimed again (the newer session replaces it), and at once when the guest is removed by a
//! host ([`kick`], or LiveKit's `participant_left` with reason `PARTICIPANT_REMOVED`) or
//! banned: [`find`] checks bans on every use, so a ban made anywhere ends the session
//! without anyone revoking it. A removed or banned guest cannot open a new session from the
//! same entry.

use std::time::Duration;

use serde::Serialize;

use super::activity::{activity, announce};
use super::bans::Bans;
use super::lobby::{EntryStatus, LobbyEntry};
use super::policy::{validate_identity, validate_room};
use super::users::{random_secret, secret_hash};
use crate::client::LiveKit;
use crate::error::{Error, ErrorKind, Result};
use crate::store::{
    ActivityKind, BeginWrite, IdKind, Store, Timestamp, audit_in_tx, new_id, with_pool,
};

/// How long a guest session lasts: a long class, not a week.
pub const GUEST_SESSION_TTL: Duration = Duration::from_secs(12 * 3600);

/// Prefix of guest session secrets (so a bearer value says what it is).
pub const GUEST_SECRET_PREFIX: &str = "lkg_";

/// Revocation reasons after which the entry cannot be claimed again.
const FINAL_REASONS: [&str; 2] = ["removed", "banned"];

/// A guest session as the guest and hosts see it (no secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct GuestSession {
    /// `GS_…`.
    pub id: String,
    /// The guest's room.
    pub room: String,
    /// The lobby entry it came from.
    pub entry_id: String,
    /// The guest's LiveKit identity.
    pub identity: String,
    /// The guest's display name.
    pub display_name: String,
    /// When it was opened.
    pub created_at: Timestamp,
    /// When it ends by itself.
    pub expires_at: Timestamp,
}

/// A session just opened: the secret is shown to the guest only now.
#[derive(Clone)]
pub struct OpenedGuestSession {
    /// The session.
    pub session: GuestSession,
    /// Cookie or bearer value (`lkg_…`).
    pub secret: String,
    /// Synchronizer CSRF token for cookie-authenticated requests.
    pub csrf_token: String,
}

impl std::fmt::Debug for OpenedGuestSession {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("OpenedGuestSession")
            .field("session", &self.session)
            .field("secret", &"***")
            .finish_non_exhaustive()
    }
}

/// A live guest session found from its secret.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuestPrincipal {
    /// The session.
    pub session: GuestSession,
    /// Its CSRF token.
    pub csrf_token: String,
}

/// Open a guest session for an approved or admitted entry (the caller has checked the
/// entry's claim). Earlier live sessions of the entry are replaced.
pub async fn open(bans: &Bans, entry: &LobbyEntry, ttl: Duration) -> Result<OpenedGuestSession> {
    if !matches!(entry.status, EntryStatus::Approved | EntryStatus::Admitted) {
        return Err(Error::Conflict(format!(
            "lobby entry `{}` is {}: only admitted guests get a session",
            entry.id,
            entry.status.as_str()
        )));
    }
    if bans
        .active(
            &entry.room,
            Some(&entry.fingerprint),
            entry.session_id.as_deref(),
            Some(&entry.identity),
        )
        .await?
        .is_some()
    {
        return Err(Error::PermissionDenied(format!(
            "you are banned from room `{}`",
            entry.room
        )));
    }
    let store = bans.store();
    let now = bans.now();
    let opened = OpenedGuestSession {
        session: GuestSession {
            id: new_id(IdKind::GuestSession),
            room: entry.room.clone(),
            entry_id: entry.id.clone(),
            identity: entry.identity.clone(),
            display_name: entry.display_name.clone(),
            created_at: now,
            expires_at: now.plus(ttl),
        },
        secret: format!("{GUEST_SECRET_PREFIX}{}", random_secret()),
        csrf_token: random_secret(),
    };
    let s = &opened.session;
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        let ended: Option<(String,)> = sqlx::query_as(
            "SELECT revoked_reason FROM guest_sessions WHERE entry_id = $1 \
             AND revoked_reason IN ($2, $3) LIMIT 1",
        )
        .bind(&entry.id)
        .bind(FINAL_REASONS[0])
        .bind(FINAL_REASONS[1])
        .fetch_optional(&mut *tx)
        .await?;
        if let Some((reason,)) = ended {
            return Err(Error::PermissionDenied(format!(
                "your place in room `{}` ended ({reason}); ask a host",
                entry.room
            )));
        }
        sqlx::query(
            "UPDATE guest_sessions SET revoked_at = $2, revoked_reason = 'replaced' \
             WHERE entry_id = $1 AND revoked_at IS NULL",
        )
        .bind(&entry.id)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        // Sessions long over go whenever a new one opens, so the table stays small.
        sqlx::query("DELETE FROM guest_sessions WHERE expires_at <= $1 AND revoked_at IS NULL")
            .bind(now.minus(GUEST_SESSION_TTL))
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO guest_sessions (id, token_hash, csrf_token, room, entry_id, identity, \
             display_name, fingerprint, session_id, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
        )
        .bind(&s.id)
        .bind(secret_hash(&opened.secret))
        .bind(&opened.csrf_token)
        .bind(&s.room)
        .bind(&s.entry_id)
        .bind(&s.identity)
        .bind(&s.display_name)
        .bind(&entry.fingerprint)
        .bind(&entry.session_id)
        .bind(s.created_at)
        .bind(s.expires_at)
        .execute(&mut *tx)
        .await?;
        audit_in_tx!(
            tx,
            format!("guest:{}", s.identity),
            "guest.session",
            Some(&s.room),
            Some(&s.id),
            serde_json::json!({"entry": s.entry_id})
        )?;
        tx.commit().await?;
    });
    Ok(opened)
}

#[derive(sqlx::FromRow)]
struct SessionRow {
    id: String,
    room: String,
    entry_id: String,
    identity: String,
    display_name: String,
    created_at: Timestamp,
    expires_at: Timestamp,
    csrf_token: String,
    fingerprint: String,
    session_id: Option<String>,
}

/// The live session whose secret this is; `None` when unknown, ended, expired, or when its
/// guest is banned now (the session is then revoked on the spot). Expiry and bans are read
/// against the clock of `bans` (the handle's).
pub async fn find(bans: &Bans, secret: &str) -> Result<Option<GuestPrincipal>> {
    if !secret.starts_with(GUEST_SECRET_PREFIX) {
        return Ok(None);
    }
    let store = bans.store();
    let now = bans.now();
    let sql = "SELECT id, room, entry_id, identity, display_name, created_at, expires_at, \
               csrf_token, fingerprint, session_id FROM guest_sessions \
               WHERE token_hash = $1 AND revoked_at IS NULL AND expires_at > $2";
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, SessionRow>(sql)
            .bind(secret_hash(secret))
            .bind(now)
            .fetch_optional(pool)
            .await?
    });
    let Some(row) = row else {
        return Ok(None);
    };
    if let Some(ban) = bans
        .active(
            &row.room,
            Some(&row.fingerprint),
            row.session_id.as_deref(),
            Some(&row.identity),
        )
        .await?
    {
        tracing::info!(session = %row.id, ban = %ban.id, "guest session ended by a ban");
        revoke_identity(store, &row.room, &row.identity, "banned").await?;
        return Ok(None);
    }
    Ok(Some(GuestPrincipal {
        session: GuestSession {
            id: row.id,
            room: row.room,
            entry_id: row.entry_id,
            identity: row.identity,
            display_name: row.display_name,
            created_at: row.created_at,
            expires_at: row.expires_at,
        },
        csrf_token: row.csrf_token,
    }))
}

/// End every live session of `identity` in `room` (`reason`: `removed`, `banned`, `left`);
/// returns how many ended.
pub async fn revoke_identity(
    store: &Store,
    room: &str,
    identity: &str,
    reason: &str,
) -> Result<u64> {
    let now = Timestamp::now();
    let ended = with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE guest_sessions SET revoked_at = $3, revoked_reason = $4 \
             WHERE room = $1 AND identity = $2 AND revoked_at IS NULL",
        )
        .bind(room)
        .bind(identity)
        .bind(now)
        .bind(reason)
        .execute(pool)
        .await?
        .rows_affected()
    });
    if FINAL_REASONS.contains(&reason) {
        // A removed or banned guest must not claim its entry again: mark the entry's last
        // session even when none was live any more.
        with_pool!(store, |pool| {
            sqlx::query(
                "UPDATE guest_sessions SET revoked_reason = $3 \
                 WHERE room = $1 AND identity = $2 AND revoked_reason IN ('replaced', 'left')",
            )
            .bind(room)
            .bind(identity)
            .bind(reason)
            .execute(pool)
            .await?;
        });
    }
    Ok(ended)
}

/// The guest leaves: end this session only.
pub async fn end(store: &Store, session_id: &str) -> Result<()> {
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE guest_sessions SET revoked_at = $2, revoked_reason = 'left' \
             WHERE id = $1 AND revoked_at IS NULL",
        )
        .bind(session_id)
        .bind(Timestamp::now())
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// What [`kick`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GuestRemoval {
    /// Room.
    pub room: String,
    /// The guest's identity.
    pub identity: String,
    /// Guest sessions ended.
    pub sessions_ended: u64,
    /// Whether the participant was in the LiveKit room and was removed.
    pub removed_from_room: bool,
}

/// A host removes a guest: its guest session ends first (so nothing it sends afterwards is
/// accepted), its hand goes down, then LiveKit disconnects it. `NotFound` when the identity
/// has neither a guest session nor a place in the room.
pub async fn kick(
    lk: &LiveKit,
    store: &Store,
    room: &str,
    identity: &str,
    by: &str,
) -> Result<GuestRemoval> {
    validate_room(room)?;
    validate_identity("identity", identity)?;
    let sessions_ended = revoke_identity(store, room, identity, "removed").await?;
    super::hands::forget(store, room, identity).await?;
    let removed_from_room = match super::participants::remove(lk, room, identity).await {
        Ok(()) => true,
        Err(e) if e.kind() == ErrorKind::NotFound => false,
        Err(e) => return Err(e),
    };
    if sessions_ended == 0 && !removed_from_room {
        return Err(Error::NotFound {
            what: "guest",
            id: identity.to_string(),
        });
    }
    store
        .audit(
            by,
            "guest.remove",
            Some(room),
            Some(identity),
            serde_json::json!({"sessions_ended": sessions_ended, "removed_from_room": removed_from_room}),
        )
        .await?;
    announce(
        store,
        activity(room, ActivityKind::GuestRemoved, identity, None, Some(by)),
    )
    .await;
    Ok(GuestRemoval {
        room: room.to_string(),
        identity: identity.to_string(),
        sessions_ended,
        removed_from_room,
    })
}
