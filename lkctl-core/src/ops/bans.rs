//! Bans: refuse tokens to a fingerprint, session or identity, and remove banned participants.
//!
//! On self-hosted LiveKit a kick is not a ban: tokens stay valid until they expire. So a ban
//! works in three places: the lobby refuses new tokens ([`active_ban`]), guest tokens are
//! short-lived and minted only when the guest collects them (a ban before that revokes the
//! approval), and [`Bans::enforce_on_join`] removes a banned identity again as soon as a
//! `participant_joined` webhook shows it back. A fingerprint ban is primary, a session ban
//! secondary, an IP address only a recorded signal (addresses are shared and change).
//!
//! At most one unlifted ban exists per scope (room or global) and subject, enforced by a
//! partial unique index; expired bans are lifted in the same transaction before a new one
//! is inserted, so re-banning after expiry works and a duplicate active ban is a conflict.
//!
//! Longer than ~600 lines because adding, lifting, revoking approvals and enforcing on join
//! share one row type and one active-ban query; split it by verb if it grows further.

use std::collections::{BTreeMap, BTreeSet};
use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::moderation::Moderator;
use super::policy::{
    identity_ban_key, normalize_identity, validate_fingerprint, validate_identity, validate_room,
};
use crate::clock::{self, Clock};
use crate::error::{Error, ErrorKind, Result};
use crate::store::{BeginWrite, IdKind, Store, Timestamp, audit_in_tx, new_id, with_pool};

/// Scope key stored for global bans.
const GLOBAL: &str = "*";

/// Who is banned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(tag = "kind", content = "value", rename_all = "snake_case")]
pub enum BanSubject {
    /// A browser session fingerprint (primary).
    Fingerprint(String),
    /// A session id (secondary).
    Session(String),
    /// A LiveKit participant identity.
    Identity(String),
}

impl BanSubject {
    fn kind(&self) -> &'static str {
        match self {
            Self::Fingerprint(_) => "fingerprint",
            Self::Session(_) => "session",
            Self::Identity(_) => "identity",
        }
    }

    fn value(&self) -> &str {
        match self {
            Self::Fingerprint(v) | Self::Session(v) | Self::Identity(v) => v,
        }
    }

    /// The subject checked, an identity in its normal form (see
    /// [`super::policy::normalize_identity`]).
    fn normalized(self) -> Result<Self> {
        Ok(match self {
            Self::Fingerprint(v) => {
                validate_fingerprint("fingerprint", &v)?;
                Self::Fingerprint(v)
            }
            Self::Session(v) => {
                validate_fingerprint("session", &v)?;
                Self::Session(v)
            }
            Self::Identity(v) => Self::Identity(normalize_identity("identity", &v)?),
        })
    }
}

/// A ban as listed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ban {
    /// `BN_…`.
    pub id: String,
    /// Room, or `None` for a global ban.
    pub room: Option<String>,
    /// Who is banned.
    pub subject: BanSubject,
    /// Client address recorded with the ban.
    pub ip: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// Who banned.
    pub created_by: String,
    /// When.
    pub created_at: Timestamp,
    /// When it ends by itself; `None` for never.
    pub expires_at: Option<Timestamp>,
    /// When it was lifted by hand (or retired after expiry).
    pub lifted_at: Option<Timestamp>,
    /// In force now.
    pub active: bool,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct BanRow {
    id: String,
    room_key: String,
    subject_kind: String,
    subject: String,
    ip: Option<String>,
    reason: Option<String>,
    created_by: String,
    created_at: Timestamp,
    expires_at: Option<Timestamp>,
    lifted_at: Option<Timestamp>,
}

impl BanRow {
    pub(crate) fn into_ban(self, now: Timestamp) -> Ban {
        let subject = match self.subject_kind.as_str() {
            "fingerprint" => BanSubject::Fingerprint(self.subject),
            "session" => BanSubject::Session(self.subject),
            _ => BanSubject::Identity(self.subject),
        };
        Ban {
            active: self.lifted_at.is_none() && self.expires_at.is_none_or(|e| e > now),
            id: self.id,
            room: (self.room_key != GLOBAL).then_some(self.room_key),
            subject,
            ip: self.ip,
            reason: self.reason,
            created_by: self.created_by,
            created_at: self.created_at,
            expires_at: self.expires_at,
            lifted_at: self.lifted_at,
        }
    }
}

/// A new ban.
#[derive(Debug, Clone)]
pub struct NewBan {
    /// Room, or `None` for all rooms.
    pub room: Option<String>,
    /// Who.
    pub subject: BanSubject,
    /// Client address to record.
    pub ip: Option<String>,
    /// Why.
    pub reason: Option<String>,
    /// How long; `None` for until lifted.
    pub duration: Option<Duration>,
    /// Who bans (host identity or user).
    pub by: String,
}

/// A participant the ban removed (or tried to).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Removal {
    /// Room.
    pub room: String,
    /// Identity.
    pub identity: String,
    /// `None` if removed (or not there); otherwise why removal failed.
    pub error: Option<String>,
}

/// Result of [`Bans::add`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BanOutcome {
    /// The ban.
    pub ban: Ban,
    /// Participants removed from rooms because of it.
    pub removed: Vec<Removal>,
}

/// A `participant_joined` event as the webhook receiver sees it.
#[derive(Debug, Clone, Default)]
pub struct ParticipantJoined {
    /// Room name.
    pub room: String,
    /// Participant identity.
    pub identity: String,
    /// Participant attributes; `lkctl.fingerprint` and `lkctl.session` are checked if present.
    pub attributes: BTreeMap<String, String>,
}

/// What [`Bans::enforce_on_join`] did.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "verdict", rename_all = "snake_case")]
pub enum JoinVerdict {
    /// Not banned.
    Allowed,
    /// Banned and removed.
    Removed {
        /// The ban that applied.
        ban: Box<Ban>,
    },
}

/// The ban in force in room `$1` at `$2` for fingerprint `$3`, session `$4` or identity
/// `$5` (fingerprint first). Shared with the lobby, which runs it inside its transactions.
pub(crate) const ACTIVE_BAN_SQL: &str = "SELECT id, room_key, subject_kind, subject, ip, reason, created_by, created_at, \
     expires_at, lifted_at FROM bans \
     WHERE (room_key = $1 OR room_key = '*') AND lifted_at IS NULL \
     AND (expires_at IS NULL OR expires_at > $2) \
     AND ((subject_kind = 'fingerprint' AND subject = $3) \
       OR (subject_kind = 'session' AND subject = $4) \
       OR (subject_kind = 'identity' AND subject = $5)) \
     ORDER BY CASE subject_kind WHEN 'fingerprint' THEN 0 WHEN 'session' THEN 1 ELSE 2 END \
     LIMIT 1";

/// The ban that applies to any of these subjects in `room` at `now` (a clock's reading,
/// see [`crate::Clock`]), fingerprint first, if any.
pub async fn active_ban(
    store: &Store,
    room: &str,
    fingerprint: Option<&str>,
    session: Option<&str>,
    identity: Option<&str>,
    now: Timestamp,
) -> Result<Option<Ban>> {
    if fingerprint.is_none() && session.is_none() && identity.is_none() {
        return Ok(None);
    }
    let sql = ACTIVE_BAN_SQL;
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, BanRow>(sql)
            .bind(room)
            .bind(now)
            .bind(fingerprint)
            .bind(session)
            .bind(identity)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(|r| r.into_ban(now)))
}

/// Ban operations; removal goes through the [`Moderator`].
#[derive(Clone)]
pub struct Bans {
    store: Store,
    moderator: Arc<dyn Moderator>,
    clock: Arc<dyn Clock>,
}

impl std::fmt::Debug for Bans {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Bans")
            .field("store", &self.store)
            .finish_non_exhaustive()
    }
}

impl Bans {
    /// Bans on `store`, removing participants with `moderator`.
    pub fn new(store: Store, moderator: Arc<dyn Moderator>) -> Self {
        Self {
            store,
            moderator,
            clock: clock::system(),
        }
    }

    /// Decide whether bans are in force against `clock` (default: the system clock).
    pub fn with_clock(mut self, clock: Arc<dyn Clock>) -> Self {
        self.clock = clock;
        self
    }

    /// The store the bans are kept in.
    pub fn store(&self) -> &Store {
        &self.store
    }

    /// The time now, on the clock bans are decided against.
    pub fn now(&self) -> Timestamp {
        self.clock.now()
    }

    /// The ban in force now (on this clock) against any of these subjects in `room`,
    /// fingerprint first. Every "is this guest banned" check outside a transaction goes
    /// through here, so all of them read the handle's clock.
    pub async fn active(
        &self,
        room: &str,
        fingerprint: Option<&str>,
        session: Option<&str>,
        identity: Option<&str>,
    ) -> Result<Option<Ban>> {
        active_ban(
            &self.store,
            room,
            fingerprint,
            session,
            identity,
            self.now(),
        )
        .await
    }

    /// Ban someone; also removes matching participants who are in the room now.
    pub async fn add(&self, mut ban: NewBan) -> Result<BanOutcome> {
        if let Some(room) = &ban.room {
            validate_room(room)?;
        }
        ban.subject = ban.subject.normalized()?;
        validate_identity("by", &ban.by)?;
        let ip = ban
            .ip
            .as_deref()
            .map(|ip| {
                ip.parse::<IpAddr>().map(|a| a.to_string()).map_err(|_| {
                    Error::invalid("ip", format!("`{ip}` is not an IPv4 or IPv6 address"))
                })
            })
            .transpose()?;
        if let Some(d) = ban.duration
            && d < Duration::from_secs(1)
        {
            return Err(Error::invalid(
                "duration",
                "give at least 1s (e.g. --for 2h), or omit it",
            ));
        }
        if let Some(r) = &ban.reason
            && r.chars().count() > 500
        {
            return Err(Error::invalid(
                "reason",
                "keep the reason under 500 characters",
            ));
        }
        let now = self.clock.now();
        let room_key = ban.room.clone().unwrap_or_else(|| GLOBAL.to_string());
        let row = BanRow {
            id: new_id(IdKind::Ban),
            room_key: room_key.clone(),
            subject_kind: ban.subject.kind().to_string(),
            subject: ban.subject.value().to_string(),
            ip,
            reason: ban.reason.clone(),
            created_by: ban.by.clone(),
            created_at: now,
            expires_at: ban.duration.map(|d| now.plus(d)),
            lifted_at: None,
        };
        let details = serde_json::json!({
            "subject": ban.subject, "ip": row.ip, "reason": row.reason,
            "expires_at": row.expires_at,
        });
        let inserted: Result<()> = with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            // Retire expired bans of this subject so the unique index only sees live ones.
            sqlx::query(
                "UPDATE bans SET lifted_at = expires_at WHERE room_key = $1 AND subject_kind = $2 \
                 AND subject = $3 AND lifted_at IS NULL AND expires_at IS NOT NULL AND expires_at <= $4",
            )
            .bind(&row.room_key)
            .bind(&row.subject_kind)
            .bind(&row.subject)
            .bind(now)
            .execute(&mut *tx)
            .await?;
            let insert = sqlx::query(
                "INSERT INTO bans (id, room_key, subject_kind, subject, ip, reason, created_by, \
                 created_at, expires_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            )
            .bind(&row.id)
            .bind(&row.room_key)
            .bind(&row.subject_kind)
            .bind(&row.subject)
            .bind(&row.ip)
            .bind(&row.reason)
            .bind(&row.created_by)
            .bind(row.created_at)
            .bind(row.expires_at)
            .execute(&mut *tx)
            .await;
            match insert {
                Ok(_) => {
                    // Withdraw what was granted: an approved entry's token can no longer
                    // be collected (one statement per subject column, each indexed).
                    let revoke = match ban.subject {
                        BanSubject::Fingerprint(_) => {
                            "UPDATE lobby_entries SET revoked_at = $1 WHERE fingerprint = $2 \
                             AND ($3 = '*' OR room = $3) AND status IN ('approved', 'admitted') \
                             AND revoked_at IS NULL"
                        }
                        BanSubject::Session(_) => {
                            "UPDATE lobby_entries SET revoked_at = $1 WHERE session_id = $2 \
                             AND ($3 = '*' OR room = $3) AND status IN ('approved', 'admitted') \
                             AND revoked_at IS NULL"
                        }
                        BanSubject::Identity(_) => {
                            "UPDATE lobby_entries SET revoked_at = $1 WHERE identity = $2 \
                             AND ($3 = '*' OR room = $3) AND status IN ('approved', 'admitted') \
                             AND revoked_at IS NULL"
                        }
                    };
                    sqlx::query(revoke)
                        .bind(now)
                        .bind(&row.subject)
                        .bind(&row.room_key)
                        .execute(&mut *tx)
                        .await?;
                    let room = ban.room.as_deref();
                    audit_in_tx!(tx, &ban.by, "ban.add", room, Some(&row.id), details)?;
                    tx.commit().await?;
                    Ok(())
                }
                Err(e) => Err(Error::from(e)),
            }
        });
        if let Err(e) = inserted {
            if e.kind() == ErrorKind::Conflict {
                let scope = ban
                    .room
                    .as_deref()
                    .map_or("all rooms".to_string(), |r| format!("room `{r}`"));
                return Err(Error::Conflict(format!(
                    "{} `{}` is already banned in {scope}; remove that ban first to change it",
                    row.subject_kind, row.subject
                )));
            }
            return Err(e);
        }
        let ban_model = row.into_ban(now);
        let removed = self.remove_present(&ban_model).await?;
        Ok(BanOutcome {
            ban: ban_model,
            removed,
        })
    }

    /// Remove participants matching a fresh ban from the rooms it covers.
    async fn remove_present(&self, ban: &Ban) -> Result<Vec<Removal>> {
        let targets: BTreeSet<(String, String)> = match &ban.subject {
            BanSubject::Identity(identity) => match &ban.room {
                Some(room) => [(room.clone(), identity.clone())].into(),
                None => {
                    let rows: Vec<(String, String)> = with_pool!(self.store, |pool| {
                        sqlx::query_as(
                            "SELECT DISTINCT room, identity FROM participant_sessions \
                             WHERE identity = $1 AND left_at IS NULL \
                             UNION SELECT DISTINCT room, identity FROM lobby_entries \
                             WHERE identity = $1 AND status IN ('approved', 'admitted')",
                        )
                        .bind(identity)
                        .fetch_all(pool)
                        .await?
                    });
                    rows.into_iter().collect()
                }
            },
            BanSubject::Fingerprint(v) | BanSubject::Session(v) => {
                // One statement per column (not `($2 AND fingerprint = $1) OR ...`), so each
                // can use its index.
                let sql = match (&ban.subject, ban.room.is_some()) {
                    (BanSubject::Fingerprint(_), true) => {
                        "SELECT DISTINCT room, identity FROM lobby_entries \
                         WHERE fingerprint = $1 AND status IN ('approved', 'admitted') \
                         AND room = $2"
                    }
                    (BanSubject::Fingerprint(_), false) => {
                        "SELECT DISTINCT room, identity FROM lobby_entries \
                         WHERE fingerprint = $1 AND status IN ('approved', 'admitted')"
                    }
                    (_, true) => {
                        "SELECT DISTINCT room, identity FROM lobby_entries \
                         WHERE session_id = $1 AND status IN ('approved', 'admitted') \
                         AND room = $2"
                    }
                    (_, false) => {
                        "SELECT DISTINCT room, identity FROM lobby_entries \
                         WHERE session_id = $1 AND status IN ('approved', 'admitted')"
                    }
                };
                let rows: Vec<(String, String)> = with_pool!(self.store, |pool| {
                    let mut query = sqlx::query_as(sql).bind(v);
                    if let Some(room) = ban.room.as_deref() {
                        query = query.bind(room);
                    }
                    query.fetch_all(pool).await?
                });
                rows.into_iter().collect()
            }
        };
        let mut removed = Vec::new();
        for (room, identity) in targets {
            let error = match self.moderator.remove_participant(&room, &identity).await {
                Ok(()) => None,
                Err(e) if e.kind() == ErrorKind::NotFound => continue, // not in the room now
                Err(e) => Some(e.to_string()),
            };
            removed.push(Removal {
                room,
                identity,
                error,
            });
        }
        Ok(removed)
    }

    /// Bans, newest first: those of one room (including global ones) or all; `all` also
    /// lists lifted and expired bans.
    pub async fn list(&self, room: Option<&str>, all: bool) -> Result<Vec<Ban>> {
        if let Some(room) = room {
            validate_room(room)?;
        }
        let now = self.clock.now();
        let sql = "SELECT id, room_key, subject_kind, subject, ip, reason, created_by, created_at, \
                   expires_at, lifted_at FROM bans \
                   WHERE ($1 IS NULL OR room_key = $1 OR room_key = '*') \
                   AND ($2 OR (lifted_at IS NULL AND (expires_at IS NULL OR expires_at > $3))) \
                   ORDER BY created_at DESC, id";
        let rows = with_pool!(self.store, |pool| {
            sqlx::query_as::<_, BanRow>(sql)
                .bind(room)
                .bind(all)
                .bind(now)
                .fetch_all(pool)
                .await?
        });
        Ok(rows.into_iter().map(|r| r.into_ban(now)).collect())
    }

    /// Lift a ban.
    pub async fn remove(&self, ban_id: &str, by: &str) -> Result<Ban> {
        let now = self.clock.now();
        let lifted = with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            let row = sqlx::query_as::<_, BanRow>(
                "UPDATE bans SET lifted_at = $2 WHERE id = $1 AND lifted_at IS NULL \
                 RETURNING id, room_key, subject_kind, subject, ip, reason, created_by, \
                 created_at, expires_at, lifted_at",
            )
            .bind(ban_id)
            .bind(now)
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(row) = &row {
                let room = (row.room_key != GLOBAL).then_some(row.room_key.as_str());
                audit_in_tx!(
                    tx,
                    by,
                    "ban.remove",
                    room,
                    Some(ban_id),
                    serde_json::json!({})
                )?;
                tx.commit().await?;
            }
            row
        });
        if let Some(row) = lifted {
            return Ok(row.into_ban(now));
        }
        let exists: Option<(String,)> = with_pool!(self.store, |pool| {
            sqlx::query_as("SELECT id FROM bans WHERE id = $1")
                .bind(ban_id)
                .fetch_optional(pool)
                .await?
        });
        match exists {
            Some(_) => Err(Error::Conflict(format!("ban `{ban_id}` is already lifted"))),
            None => Err(Error::NotFound {
                what: "ban",
                id: ban_id.to_string(),
            }),
        }
    }

    /// One ban by id.
    pub async fn get(&self, ban_id: &str) -> Result<Ban> {
        let now = self.clock.now();
        let sql = "SELECT id, room_key, subject_kind, subject, ip, reason, created_by, created_at, \
                   expires_at, lifted_at FROM bans WHERE id = $1";
        let row = with_pool!(self.store, |pool| {
            sqlx::query_as::<_, BanRow>(sql)
                .bind(ban_id)
                .fetch_optional(pool)
                .await?
        });
        row.map(|r| r.into_ban(now)).ok_or_else(|| Error::NotFound {
            what: "ban",
            id: ban_id.into(),
        })
    }

    /// Given a `participant_joined` event, remove the participant at once if its identity, or
    /// a fingerprint or session recorded for that identity at lobby time (or carried in its
    /// attributes), is banned in that room.
    pub async fn enforce_on_join(&self, joined: &ParticipantJoined) -> Result<JoinVerdict> {
        validate_room(&joined.room)?;
        // Bans are matched on the identity's normal form, with any control or bidi
        // character dropped, so an identity with a tab or NUL slipped in cannot escape a
        // ban; the removal uses the identity exactly as LiveKit reported it.
        let key = identity_ban_key(&joined.identity);
        let recorded: Vec<(String, Option<String>)> = match &key {
            None => Vec::new(),
            Some(key) => with_pool!(self.store, |pool| {
                sqlx::query_as(
                    "SELECT DISTINCT fingerprint, session_id FROM lobby_entries \
                     WHERE room = $1 AND identity = $2",
                )
                .bind(&joined.room)
                .bind(key)
                .fetch_all(pool)
                .await?
            }),
        };
        let mut subjects: Vec<(Option<String>, Option<String>)> =
            recorded.into_iter().map(|(f, s)| (Some(f), s)).collect();
        // Attribute values are checked as fingerprints: anything else cannot match a ban
        // and must not reach the store (a NUL would fail a PostgreSQL query).
        let as_fingerprint = |name: &str| {
            joined
                .attributes
                .get(name)
                .filter(|v| validate_fingerprint(name, v).is_ok())
                .cloned()
        };
        let attr_fp = as_fingerprint("lkctl.fingerprint");
        let attr_session = as_fingerprint("lkctl.session");
        if attr_fp.is_some() || attr_session.is_some() {
            subjects.push((attr_fp, attr_session));
        }
        if subjects.is_empty() {
            subjects.push((None, None));
        }
        let mut found = None;
        let now = self.clock.now();
        for (fp, session) in &subjects {
            if let Some(ban) = active_ban(
                &self.store,
                &joined.room,
                fp.as_deref(),
                session.as_deref(),
                key.as_deref(),
                now,
            )
            .await?
            {
                found = Some(ban);
                break;
            }
        }
        let Some(ban) = found else {
            return Ok(JoinVerdict::Allowed);
        };
        match self
            .moderator
            .remove_participant(&joined.room, &joined.identity)
            .await
        {
            Ok(()) => {}
            Err(e) if e.kind() == ErrorKind::NotFound => {} // already gone
            Err(e) => return Err(e),
        }
        self.store
            .audit(
                "system",
                "ban.enforce",
                Some(&joined.room),
                Some(key.as_deref().unwrap_or("-")),
                serde_json::json!({"ban": ban.id, "reported_identity": joined.identity.escape_debug().to_string()}),
            )
            .await?;
        Ok(JoinVerdict::Removed { ban: Box::new(ban) })
    }
}
