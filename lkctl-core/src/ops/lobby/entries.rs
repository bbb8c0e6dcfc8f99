//! Lobby entries: the model, and a guest's request to join.

use std::net::IpAddr;

use serde::Serialize;

use super::{Lobby, event, policy_view};
use crate::error::{Error, Result};
use crate::ops::bans;
use crate::ops::policy::{self, validate_fingerprint, validate_room};
use crate::store::{
    BackendKind, BeginWrite, EventKind, IdKind, Timestamp, audit_in_tx, new_id, notify_in_tx,
    with_pool,
};

/// Where a lobby entry stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
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

impl Lobby {
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
        let now = self.now();
        if bans::active_ban(
            &self.store,
            &req.room,
            Some(&req.fingerprint),
            req.session_id.as_deref(),
            None,
            now,
        )
        .await?
        .is_some()
        {
            return Err(Error::PermissionDenied(format!(
                "you are banned from room `{}`",
                req.room
            )));
        }
        policy::check_pin_at(
            &self.store,
            &req.room,
            ip.as_deref(),
            req.pin.as_deref(),
            now,
        )
        .await?;
        if policy.lobby
            && let Some(max) = policy.max_guests
        {
            // Waiting for a full room helps nobody; the check is repeated when a host
            // approves, inside the admitting transaction.
            let (count,): (i64,) = with_pool!(self.store, |pool| {
                sqlx::query_as(super::GUESTS_IN_ROOM_SQL)
                    .bind(&req.room)
                    .bind(now)
                    .fetch_one(pool)
                    .await?
            });
            if count >= max {
                return Err(Error::Conflict(format!(
                    "room `{}` is full ({count} of {max} guests); try again later",
                    req.room
                )));
            }
        }

        let addr_key = ip.as_deref().map(policy::address_key);
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
            created_at: now,
        };
        let mut token = None;
        if !policy.lobby {
            let (t, expires) = self.mint(&entry, policy.webinar, self.guest_ttl)?;
            entry.decided_at = Some(entry.created_at);
            entry.token_expires_at = Some(expires);
            token = Some(t);
        }
        let ev = event(&entry, EventKind::Requested, None, now);
        let payload = self.store.events.wire_payload(&ev);
        let shared = self.store.kind() == BackendKind::Postgres;
        let room = req.room.clone();
        let banned =
            |_ban: bans::Ban| Error::PermissionDenied(format!("you are banned from room `{room}`"));
        with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            if token.is_some() {
                admission_checks_in_tx!(tx, entry, policy.max_guests, banned, now);
            } else {
                // Counted inside the inserting transaction, so parallel requests cannot
                // all pass the count at once on SQLite (writers are serialised there).
                let live_since = entry.created_at.minus(self.pending_ttl);
                let (by_fingerprint,): (i64,) = sqlx::query_as(
                    "SELECT COUNT(*) FROM lobby_entries WHERE fingerprint = $1 \
                     AND status = 'pending' AND created_at >= $2",
                )
                .bind(&entry.fingerprint)
                .bind(live_since)
                .fetch_one(&mut *tx)
                .await?;
                if by_fingerprint >= MAX_PENDING_PER_FINGERPRINT {
                    return Err(Error::TooMany(format!(
                        "this browser already waits in {by_fingerprint} lobbies (at most \
                         {MAX_PENDING_PER_FINGERPRINT}); wait for a decision first"
                    )));
                }
                if let Some(key) = &addr_key {
                    let (by_address,): (i64,) = sqlx::query_as(
                        "SELECT COUNT(*) FROM lobby_entries WHERE addr_key = $1 \
                         AND status = 'pending' AND created_at >= $2",
                    )
                    .bind(key)
                    .bind(live_since)
                    .fetch_one(&mut *tx)
                    .await?;
                    if by_address >= MAX_PENDING_PER_ADDRESS {
                        return Err(Error::TooMany(format!(
                            "{by_address} guests from this address already wait in lobbies (at \
                             most {MAX_PENDING_PER_ADDRESS}); wait for a decision first"
                        )));
                    }
                }
            }
            sqlx::query(
                "INSERT INTO lobby_entries (id, room, display_name, fingerprint, session_id, ip, \
                 identity, status, decided_at, token_collected_at, token_expires_at, created_at, \
                 claim_hash, addr_key) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)",
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
            // The token goes to the guest in this answer and nowhere else: the store keeps
            // only when it was handed out, never the token.
            .bind(token.as_ref().map(|_| entry.created_at))
            .bind(entry.token_expires_at)
            .bind(entry.created_at)
            .bind(claim_digest(&claim))
            .bind(&addr_key)
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
}

fn validate_display_name(name: &str) -> Result<String> {
    use unicode_normalization::UnicodeNormalization;
    let name: String = name.trim().nfc().collect();
    let bidi = |c: char| matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}');
    if name.is_empty()
        || name.chars().count() > 64
        || name.chars().any(|c| c.is_control() || bidi(c))
    {
        return Err(Error::invalid(
            "display_name",
            "use 1–64 printable characters (no control characters or bidi overrides)",
        ));
    }
    Ok(name)
}

/// A client address in canonical form; an IPv4-mapped IPv6 address becomes plain IPv4.
fn validate_ip(ip: &str) -> Result<String> {
    match ip.trim().parse::<IpAddr>() {
        Ok(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_some() => Ok(v6
            .to_ipv4_mapped()
            .map(|v4| v4.to_string())
            .unwrap_or_default()),
        Ok(a) => Ok(a.to_string()),
        Err(_) => Err(Error::invalid(
            "ip",
            format!("`{}` is not an IPv4 or IPv6 address", ip.escape_debug()),
        )),
    }
}

/// Most pending entries one browser (fingerprint) may hold at once, over all rooms.
pub const MAX_PENDING_PER_FINGERPRINT: i64 = 3;
/// Most pending entries one client address (IPv6: one /64) may hold at once, over all
/// rooms; higher than per browser, since many guests may share an address.
pub const MAX_PENDING_PER_ADDRESS: i64 = 20;

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
pub(super) fn claim_digest(claim: &str) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(claim.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}
