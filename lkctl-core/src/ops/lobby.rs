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
//! [`crate::store::LobbyEvent`]); the token is stored on the entry and only handed to the
//! guest's own subscription ([`Lobby::subscribe_entry`], which needs the guest's
//! fingerprint), never to the room stream.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use super::bans;
use super::policy::{self, validate_room};
use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::store::{
    BackendKind, BeginWrite, EventKind, IdKind, LobbyEvent, RoomEvents, Store, Timestamp,
    audit_in_tx, new_id, notify_in_tx, with_pool,
};

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
const GUESTS_IN_ROOM_SQL: &str = "SELECT COUNT(*) FROM lobby_entries e WHERE e.room = $1 \
     AND e.status IN ('approved', 'admitted') AND ( \
       EXISTS (SELECT 1 FROM participant_sessions s WHERE s.room = e.room \
               AND s.identity = e.identity AND s.left_at IS NULL) \
       OR (e.token_expires_at > $2 AND NOT EXISTS (SELECT 1 FROM participant_sessions s \
               WHERE s.room = e.room AND s.identity = e.identity)))";

/// Inside a write transaction, before a guest is let in: lock the room's policy row (on
/// PostgreSQL concurrent admissions to one room queue here; SQLite's `BEGIN IMMEDIATE`
/// already serialises writers), then refuse a banned guest and a full room. Checked here,
/// not before the transaction, so a ban or another approval committed a moment earlier
/// cannot be raced past. Returns from the enclosing function on refusal (the transaction
/// rolls back when dropped).
macro_rules! admission_checks_in_tx {
    ($tx:expr, $entry:expr, $max_guests:expr, $banned:expr) => {{
        sqlx::query("UPDATE room_policies SET updated_at = updated_at WHERE room = $1")
            .bind(&$entry.room)
            .execute(&mut *$tx)
            .await?;
        let now = Timestamp::now();
        let ban = sqlx::query_as::<_, bans::BanRow>(bans::ACTIVE_BAN_SQL)
            .bind(&$entry.room)
            .bind(now)
            .bind(&$entry.fingerprint)
            .bind(&$entry.session_id)
            .bind(&$entry.identity)
            .fetch_optional(&mut *$tx)
            .await?;
        if let Some(ban) = ban {
            return Err($banned(ban.into_ban(now)));
        }
        if let Some(max) = $max_guests {
            let (count,): (i64,) = sqlx::query_as(GUESTS_IN_ROOM_SQL)
                .bind(&$entry.room)
                .bind(now)
                .fetch_one(&mut *$tx)
                .await?;
            if count >= max {
                return Err(Error::Conflict(format!(
                    "room `{}` is full ({count} of {max} guests); raise --max-guests or wait",
                    $entry.room
                )));
            }
        }
    }};
}

/// What a join token must grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinTokenRequest {
    /// Participant identity.
    pub identity: String,
    /// Display name.
    pub name: String,
    /// The one room the token opens.
    pub room: String,
    /// Token lifetime.
    pub ttl: Duration,
    /// May publish audio/video (false in webinar rooms).
    pub can_publish: bool,
    /// May subscribe.
    pub can_subscribe: bool,
    /// May send data messages (chat).
    pub can_publish_data: bool,
}

/// Mints LiveKit join tokens. [`CredentialsIssuer`] is the real one.
pub trait TokenIssuer: Send + Sync {
    /// A signed join token for the request.
    fn join_token(&self, req: &JoinTokenRequest) -> Result<String>;
}

/// Removes participants from LiveKit rooms (implemented with the RoomService client).
#[async_trait::async_trait]
pub trait Moderator: Send + Sync {
    /// Disconnect `identity` from `room`. `NotFound` when it is not there.
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()>;
}

/// The real moderator: RoomService `RemoveParticipant` through the LiveKit client.
#[async_trait::async_trait]
impl Moderator for crate::client::LiveKit {
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()> {
        super::participants::remove(self, room, identity).await
    }
}

/// A [`TokenIssuer`] that signs with an API key and secret.
#[derive(Debug, Clone)]
pub struct CredentialsIssuer {
    api_key: String,
    api_secret: Secret,
}

impl CredentialsIssuer {
    /// Sign with these credentials.
    pub fn new(api_key: impl Into<String>, api_secret: Secret) -> Self {
        Self {
            api_key: api_key.into(),
            api_secret,
        }
    }
}

impl TokenIssuer for CredentialsIssuer {
    fn join_token(&self, req: &JoinTokenRequest) -> Result<String> {
        let claims = crate::token::TokenRequest {
            identity: Some(req.identity.clone()),
            name: Some(req.name.clone()).filter(|n| !n.is_empty()),
            room: Some(req.room.clone()),
            room_join: true,
            can_publish: Some(req.can_publish),
            can_publish_data: Some(req.can_publish_data),
            can_subscribe: Some(req.can_subscribe),
            valid_for: Some(req.ttl),
            ..Default::default()
        };
        let claims =
            crate::token::claims_for(&self.api_key, &claims, std::time::SystemTime::now())?;
        crate::token::sign(&claims, &self.api_secret)
    }
}

/// Where a lobby entry stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EntryStatus {
    /// Waiting for a host.
    Pending,
    /// A host approved; a token was issued.
    Approved,
    /// A host rejected.
    Rejected,
    /// Waited too long.
    Expired,
    /// The lobby was off; admitted at once.
    Admitted,
}

impl EntryStatus {
    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pending => "pending",
            Self::Approved => "approved",
            Self::Rejected => "rejected",
            Self::Expired => "expired",
            Self::Admitted => "admitted",
        }
    }
}

impl std::str::FromStr for EntryStatus {
    type Err = Error;
    fn from_str(s: &str) -> Result<Self> {
        Ok(match s {
            "pending" => Self::Pending,
            "approved" => Self::Approved,
            "rejected" => Self::Rejected,
            "expired" => Self::Expired,
            "admitted" => Self::Admitted,
            other => {
                return Err(Error::invalid(
                    "status",
                    format!(
                        "`{other}` is not one of pending, approved, rejected, expired, admitted"
                    ),
                ));
            }
        })
    }
}

impl TryFrom<String> for EntryStatus {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        s.parse()
    }
}

/// A guest's request to join, as hosts see it (no token).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct LobbyEntry {
    /// `LB_…`; also the guest's handle to follow its own entry.
    pub id: String,
    /// Room asked for.
    pub room: String,
    /// Name the guest gave.
    pub display_name: String,
    /// Session fingerprint of the guest's browser.
    pub fingerprint: String,
    /// Session id, if the front end has one.
    pub session_id: Option<String>,
    /// Client address (recorded signal only).
    pub ip: Option<String>,
    /// Identity the guest gets in LiveKit.
    pub identity: String,
    /// Where the entry stands.
    #[sqlx(try_from = "String")]
    pub status: EntryStatus,
    /// Rejection reason.
    pub reason: Option<String>,
    /// Host who decided.
    pub decided_by: Option<String>,
    /// When it was decided.
    pub decided_at: Option<Timestamp>,
    /// When the issued token stops working.
    pub token_expires_at: Option<Timestamp>,
    /// When the guest asked.
    pub created_at: Timestamp,
}

/// A guest's request to join.
#[derive(Clone, Default)]
pub struct JoinRequest {
    /// Room to join.
    pub room: String,
    /// Name to show.
    pub display_name: String,
    /// Session fingerprint: 16–128 characters of `A-Z a-z 0-9 _ -`.
    pub fingerprint: String,
    /// Session id, same format, optional.
    pub session_id: Option<String>,
    /// Client IP address, optional.
    pub ip: Option<String>,
    /// PIN, if the room has one.
    pub pin: Option<String>,
}

impl std::fmt::Debug for JoinRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JoinRequest")
            .field("room", &self.room)
            .field("display_name", &self.display_name)
            .field("fingerprint", &self.fingerprint)
            .field("session_id", &self.session_id)
            .field("ip", &self.ip)
            .field("pin", &self.pin.as_ref().map(|_| "***"))
            .finish()
    }
}

/// What a join request led to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "outcome", rename_all = "snake_case")]
pub enum JoinOutcome {
    /// Lobby off: here is the token.
    Admitted {
        /// The recorded entry.
        entry: LobbyEntry,
        /// LiveKit join token for this room and identity.
        token: String,
    },
    /// Lobby on: wait for a host; follow the entry with [`Lobby::subscribe_entry`].
    Waiting {
        /// The pending entry.
        entry: LobbyEntry,
        /// The secret that lets this guest, and nobody else, follow the entry and
        /// collect its token. Given out once; only its hash is stored.
        claim: String,
    },
}

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

/// Check a fingerprint or session id: 16–128 characters of `A-Z a-z 0-9 _ -`.
pub fn validate_fingerprint(field: &str, value: &str) -> Result<()> {
    if !(16..=128).contains(&value.len())
        || !value
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
    {
        return Err(Error::invalid(
            field,
            "use 16–128 characters of A-Z, a-z, 0-9, `_` and `-` (a random value per browser)",
        ));
    }
    Ok(())
}

fn validate_display_name(name: &str) -> Result<String> {
    let name = name.trim();
    if name.is_empty() || name.chars().count() > 64 || name.chars().any(char::is_control) {
        return Err(Error::invalid(
            "display_name",
            "use 1–64 printable characters",
        ));
    }
    Ok(name.to_string())
}

fn validate_ip(ip: &str) -> Result<String> {
    ip.parse::<IpAddr>()
        .map(|a| a.to_string())
        .map_err(|_| Error::invalid("ip", format!("`{ip}` is not an IPv4 or IPv6 address")))
}

fn event(entry: &LobbyEntry, kind: EventKind, by: Option<&str>) -> LobbyEvent {
    LobbyEvent {
        room: entry.room.clone(),
        entry_id: entry.id.clone(),
        kind,
        display_name: entry.display_name.clone(),
        reason: entry.reason.clone(),
        by: by.map(str::to_string),
        at: Timestamp::now(),
    }
}

/// A host's decision on a pending entry.
#[derive(Debug, Clone, Copy)]
enum Decision<'a> {
    Approve {
        token: &'a str,
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
    /// decided by and at, then the decision's own values (token and expiry, or reason), then
    /// the oldest `created_at` still allowed to wait.
    fn sql(self) -> &'static str {
        match self {
            Self::Approve { .. } => {
                "UPDATE lobby_entries SET status = 'approved', decided_by = $3, decided_at = $4, \
                 token = $5, token_expires_at = $6 \
                 WHERE id = $1 AND room = $2 AND status = 'pending' AND created_at >= $7 \
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

/// Lobby operations over a store, a token issuer and (for bans) a moderator.
#[derive(Clone)]
pub struct Lobby {
    store: Store,
    issuer: Arc<dyn TokenIssuer>,
    guest_ttl: Duration,
    pending_ttl: Duration,
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
        }
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

    fn mint(&self, entry: &LobbyEntry, webinar: bool) -> Result<(String, Timestamp)> {
        let token = self.issuer.join_token(&JoinTokenRequest {
            identity: entry.identity.clone(),
            name: entry.display_name.clone(),
            room: entry.room.clone(),
            ttl: self.guest_ttl,
            can_publish: !webinar,
            can_subscribe: true,
            can_publish_data: true,
        })?;
        Ok((token, Timestamp::now().plus(self.guest_ttl)))
    }

    /// A guest asks to join. See the module docs for the order of checks.
    pub async fn request_join(&self, req: JoinRequest) -> Result<JoinOutcome> {
        validate_room(&req.room)?;
        let display_name = validate_display_name(&req.display_name)?;
        validate_fingerprint("fingerprint", &req.fingerprint)?;
        if let Some(s) = &req.session_id {
            validate_fingerprint("session_id", s)?;
        }
        let ip = req.ip.as_deref().map(validate_ip).transpose()?;
        let policy = policy::load(&self.store, &req.room)
            .await?
            .ok_or_else(|| policy::not_found(&req.room))?;
        let policy = policy_view(policy);
        if bans::active_ban(
            &self.store,
            &req.room,
            Some(&req.fingerprint),
            req.session_id.as_deref(),
            None,
        )
        .await?
        .is_some()
        {
            return Err(Error::PermissionDenied(format!(
                "you are banned from room `{}`",
                req.room
            )));
        }
        policy::check_pin(&self.store, &req.room, ip.as_deref(), req.pin.as_deref()).await?;

        let id = new_id(IdKind::LobbyEntry);
        let identity = format!("guest-{}", &id[3..15]);
        let claim = new_claim();
        let mut entry = LobbyEntry {
            id,
            room: req.room.clone(),
            display_name,
            fingerprint: req.fingerprint.clone(),
            session_id: req.session_id.clone(),
            ip,
            identity,
            status: if policy.lobby {
                EntryStatus::Pending
            } else {
                EntryStatus::Admitted
            },
            reason: None,
            decided_by: None,
            decided_at: None,
            token_expires_at: None,
            created_at: Timestamp::now(),
        };
        let mut token = None;
        if !policy.lobby {
            let (t, expires) = self.mint(&entry, policy.webinar)?;
            entry.decided_at = Some(entry.created_at);
            entry.token_expires_at = Some(expires);
            token = Some(t);
        }
        let ev = event(&entry, EventKind::Requested, None);
        let payload = self.store.events.wire_payload(&ev);
        let shared = self.store.kind() == BackendKind::Postgres;
        let room = req.room.clone();
        let banned =
            |_ban: bans::Ban| Error::PermissionDenied(format!("you are banned from room `{room}`"));
        with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            if token.is_some() {
                admission_checks_in_tx!(tx, entry, policy.max_guests, banned);
            }
            sqlx::query(
                "INSERT INTO lobby_entries (id, room, display_name, fingerprint, session_id, ip, \
                 identity, status, decided_at, token, token_expires_at, created_at, claim_hash) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)",
            )
            .bind(&entry.id)
            .bind(&entry.room)
            .bind(&entry.display_name)
            .bind(&entry.fingerprint)
            .bind(&entry.session_id)
            .bind(&entry.ip)
            .bind(&entry.identity)
            .bind(entry.status.as_str())
            .bind(entry.decided_at)
            .bind(&token)
            .bind(entry.token_expires_at)
            .bind(entry.created_at)
            .bind(claim_digest(&claim))
            .execute(&mut *tx)
            .await?;
            if token.is_some() {
                let details = serde_json::json!({"identity": entry.identity, "lobby": false});
                audit_in_tx!(
                    tx,
                    "system",
                    "lobby.admit",
                    Some(&entry.room),
                    Some(&entry.id),
                    details
                )?;
            } else if shared {
                notify_in_tx!(tx, &payload)?;
            }
            tx.commit().await?;
        });
        match token {
            Some(token) => Ok(JoinOutcome::Admitted { entry, token }),
            None => {
                self.store.events.publish_local(ev);
                Ok(JoinOutcome::Waiting { entry, claim })
            }
        }
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

    /// Why a decision found nothing to decide: the entry is missing or already decided.
    async fn undecidable(&self, room: &str, entry_id: &str) -> Error {
        match self.get(room, entry_id).await {
            Ok(e) => Error::Conflict(format!(
                "lobby entry `{}` is already {}{}",
                e.id,
                e.status.as_str(),
                e.decided_by.map(|b| format!(" by {b}")).unwrap_or_default()
            )),
            Err(e) => e,
        }
    }

    /// Let a pending guest in. Returns the decided entry (the token goes to the guest's
    /// subscription, not to the host).
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
        // Ban and capacity are checked inside the decision's transaction (see `decide`).
        let (token, expires) = self.mint(&pending, policy.webinar)?;
        let decision = Decision::Approve {
            token: &token,
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
        let now = Timestamp::now();
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
                admission_checks_in_tx!(tx, guest, max_guests, banned);
            }
            let update = sqlx::query_as::<_, LobbyEntry>(decision.sql())
                .bind(entry_id)
                .bind(room)
                .bind(by)
                .bind(now);
            let update = match decision {
                Decision::Approve { token, expires, .. } => update.bind(token).bind(expires),
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
                    let payload =
                        self.store
                            .events
                            .wire_payload(&event(entry, decision.kind(), Some(by)));
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
                    .publish_local(event(&entry, decision.kind(), Some(by)));
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
                Err(Error::Conflict(msg)) if msg.contains("already") => {}
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
    async fn expire_room(&self, room: &str) -> Result<()> {
        let cutoff = Timestamp::now().minus(self.pending_ttl);
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
        let now = Timestamp::now();
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
                    let payload =
                        self.store
                            .events
                            .wire_payload(&event(entry, EventKind::Expired, None));
                    notify_in_tx!(tx, payload)?;
                }
            }
            tx.commit().await?;
            expired
        });
        for entry in &expired {
            self.store
                .events
                .publish_local(event(entry, EventKind::Expired, None));
        }
        Ok(expired)
    }

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

/// A fresh claim secret: `CL_` and 32 random bytes in base64url. The prefix keeps
/// it from starting with `-`, which a command line would take for a flag.
fn new_claim() -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!(
        "CL_{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
    )
}

/// What the store keeps of a claim: its SHA-256, hex.
fn claim_digest(claim: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(claim.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
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
            let relevant = match tokio::time::timeout(recheck, self.rx.recv()).await {
                Ok(Ok(ev)) => ev.entry_id == self.entry_id && ev.kind != EventKind::Requested,
                Ok(Err(RecvError::Lagged(_))) => true,
                Ok(Err(RecvError::Closed)) => return Ok(None),
                Err(_) => {
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
