//! Room policies: hosts, PIN, lobby, webinar mode, guest limit and invite codes.
//!
//! A room is open to guests once it has a policy (`lkctl room policy set`). PINs are stored
//! only as argon2 PHC strings and checked with argon2's own verification. PIN attempts are
//! counted in the store, per room and client address, in a fixed one-minute window updated
//! by a single atomic upsert, so the limit holds across processes and concurrent requests:
//! the attempt is counted *before* the PIN is verified.

use std::time::Duration;

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::{
    BeginWrite, Store, Timestamp, audit_in_tx, invite_code, normalize_invite_code, with_pool,
};

/// PIN attempts allowed per room and client address in one window.
pub const PIN_ATTEMPTS_PER_WINDOW: i64 = 5;
/// Length of the PIN rate-limit window.
pub const PIN_WINDOW: Duration = Duration::from_secs(60);

/// A room's policy as front ends show it. The PIN itself is never returned.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RoomPolicy {
    /// Room name.
    pub room: String,
    /// Identities that may decide lobby entries and moderate.
    pub hosts: Vec<String>,
    /// Whether joining needs a PIN.
    pub pin_set: bool,
    /// Whether guests wait in the lobby for a host's approval.
    pub lobby: bool,
    /// Whether guests join without publish rights.
    pub webinar: bool,
    /// Most guests admitted at once; `None` for no limit.
    pub max_guests: Option<i64>,
    /// Current invite code, if one was made.
    pub invite_code: Option<String>,
    /// Whether `lkctl agent run` transcribes the room.
    pub transcribe: bool,
    /// When the policy was first set.
    pub created_at: Timestamp,
    /// When it last changed.
    pub updated_at: Timestamp,
}

#[derive(Debug, sqlx::FromRow)]
pub(crate) struct PolicyRow {
    room: String,
    hosts: String,
    pin_hash: Option<String>,
    lobby: bool,
    webinar: bool,
    max_guests: Option<i64>,
    invite_code: Option<String>,
    transcribe: bool,
    created_at: Timestamp,
    updated_at: Timestamp,
}

impl PolicyRow {
    pub(crate) fn into_policy(self) -> RoomPolicy {
        RoomPolicy {
            hosts: serde_json::from_str(&self.hosts).unwrap_or_default(),
            pin_set: self.pin_hash.is_some(),
            room: self.room,
            lobby: self.lobby,
            webinar: self.webinar,
            max_guests: self.max_guests,
            invite_code: self.invite_code,
            transcribe: self.transcribe,
            created_at: self.created_at,
            updated_at: self.updated_at,
        }
    }
}

const SELECT_POLICY: &str = "SELECT room, hosts, pin_hash, lobby, webinar, max_guests, invite_code, \
     transcribe, created_at, updated_at FROM room_policies WHERE room = $1";

/// What to change in a policy; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct PolicyUpdate {
    /// Replace the host list.
    pub hosts: Option<Vec<String>>,
    /// Set or clear the PIN.
    pub pin: Option<PinChange>,
    /// Lobby on or off.
    pub lobby: Option<bool>,
    /// Webinar mode on or off.
    pub webinar: Option<bool>,
    /// `Some(Some(n))` sets a limit, `Some(None)` removes it.
    pub max_guests: Option<Option<i64>>,
    /// Transcription by `lkctl agent` on or off.
    pub transcribe: Option<bool>,
}

/// A PIN change.
#[derive(Clone)]
pub enum PinChange {
    /// Require this PIN.
    Set(String),
    /// Require no PIN.
    Clear,
}

impl std::fmt::Debug for PinChange {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Set(_) => f.write_str("Set(***)"),
            Self::Clear => f.write_str("Clear"),
        }
    }
}

/// Check a room name: 1–128 characters, no control characters.
pub fn validate_room(room: &str) -> Result<()> {
    if room.trim().is_empty() || room.chars().count() > 128 || room.chars().any(char::is_control) {
        return Err(Error::invalid(
            "room",
            format!("`{room}` is not a room name: use 1–128 printable characters"),
        ));
    }
    Ok(())
}

/// Longest participant identity LiveKit accepts (characters).
pub const MAX_IDENTITY_CHARS: usize = 256;

/// Characters no identity may hold: control characters (C0 including tab and NUL, DEL, C1)
/// and the bidi embeddings, overrides and isolates, which make one identity look like
/// another on a screen.
fn forbidden_in_identity(c: char) -> bool {
    c.is_control() || matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// An identity in the one form lkctl stores and compares: surrounding whitespace trimmed,
/// Unicode NFC. Refuses an empty identity, one longer than LiveKit's 256 characters, and
/// any control character or bidi override, naming the first one found. Every entrance that
/// takes an identity lkctl keeps (bans, lobby, webhooks) passes it through here once.
pub fn normalize_identity(field: &str, identity: &str) -> Result<String> {
    use unicode_normalization::UnicodeNormalization;
    if let Some(bad) = identity.chars().find(|&c| forbidden_in_identity(c)) {
        return Err(Error::invalid(
            field,
            format!(
                "`{}` is not an identity: it holds the control or bidi character {} \
                 (use printable characters only)",
                identity.escape_default(),
                bad.escape_unicode()
            ),
        ));
    }
    let normal: String = identity.trim().nfc().collect();
    if normal.is_empty() || normal.chars().count() > MAX_IDENTITY_CHARS {
        return Err(Error::invalid(
            field,
            format!(
                "`{}` is not an identity: use 1–{MAX_IDENTITY_CHARS} printable characters",
                identity.escape_default()
            ),
        ));
    }
    Ok(normal)
}

/// The form of an identity a LiveKit server reported, for matching against bans: the
/// forbidden characters dropped, then normalised as [`normalize_identity`] does, so `mallory`
/// with a tab or NUL inserted still matches a ban on `mallory`. `None` if nothing is left.
pub fn identity_ban_key(identity: &str) -> Option<String> {
    use unicode_normalization::UnicodeNormalization;
    // Also drop the invisible characters that make two identities look alike.
    let invisible = |c: char| {
        matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}'
        )
    };
    let kept: String = identity
        .chars()
        .filter(|&c| !forbidden_in_identity(c) && !invisible(c))
        .collect();
    let normal: String = kept.trim().nfc().collect();
    (!normal.is_empty()).then_some(normal)
}

/// Check a participant identity: see [`normalize_identity`].
pub fn validate_identity(field: &str, identity: &str) -> Result<()> {
    normalize_identity(field, identity).map(drop)
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

/// The key a client address is limited under: an IPv4 address as is (also when it arrives
/// IPv4-mapped, `::ffff:a.b.c.d`), an IPv6 address by its /64 (one host usually holds a
/// whole /64, so its addresses must not count separately). Anything that is not an address
/// is its own key.
pub fn address_key(addr: &str) -> String {
    use std::net::IpAddr;
    match addr.trim().parse::<IpAddr>() {
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Ok(IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
            Some(v4) => v4.to_string(),
            None => {
                let s = v6.segments();
                let prefix = std::net::Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0);
                format!("{prefix}/64")
            }
        },
        Err(_) => addr.to_string(),
    }
}

/// Check a PIN: 4–32 ASCII letters or digits.
pub fn validate_pin(pin: &str) -> Result<()> {
    if !(4..=32).contains(&pin.len()) || !pin.bytes().all(|b| b.is_ascii_alphanumeric()) {
        return Err(Error::invalid(
            "pin",
            "use 4–32 letters or digits (e.g. --pin 4711)",
        ));
    }
    Ok(())
}

/// Hash a PIN with argon2id and a random salt (runs on the blocking pool: it is slow on purpose).
pub async fn hash_pin(pin: &str) -> Result<String> {
    let pin = pin.to_owned();
    tokio::task::spawn_blocking(move || {
        argon2::Argon2::default()
            .hash_password(pin.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| Error::Internal(format!("hashing PIN: {e}")))
    })
    .await
    .map_err(|e| Error::Internal(format!("hashing PIN: {e}")))?
}

/// Verify a PIN against a stored hash (argon2's comparison is constant-time).
pub async fn pin_matches(pin: &str, hash: &str) -> Result<bool> {
    let (pin, hash) = (pin.to_owned(), hash.to_owned());
    tokio::task::spawn_blocking(move || {
        argon2::Argon2::default()
            .verify_password(pin.as_bytes(), hash.as_str())
            .is_ok()
    })
    .await
    .map_err(|e| Error::Internal(format!("verifying PIN: {e}")))
}

/// Create or change a room's policy; returns the new policy.
pub async fn set(
    store: &Store,
    room: &str,
    mut update: PolicyUpdate,
    by: &str,
) -> Result<RoomPolicy> {
    validate_room(room)?;
    // Hosts are identities: kept in the one normal form bans, chat and the lobby compare.
    if let Some(hosts) = &mut update.hosts {
        for h in hosts.iter_mut() {
            *h = normalize_identity("host", h)?;
        }
    }
    if let Some(Some(n)) = update.max_guests
        && n < 1
    {
        return Err(Error::invalid(
            "max_guests",
            format!("{n} is not a limit: give 1 or more, or remove the limit"),
        ));
    }
    let pin_hash = match &update.pin {
        Some(PinChange::Set(pin)) => {
            validate_pin(pin)?;
            Some(Some(hash_pin(pin).await?))
        }
        Some(PinChange::Clear) => Some(None),
        None => None,
    };
    let now = Timestamp::now();
    let details = serde_json::json!({
        "hosts": update.hosts,
        "pin": match update.pin { Some(PinChange::Set(_)) => "set", Some(PinChange::Clear) => "cleared", None => "unchanged" },
        "lobby": update.lobby,
        "webinar": update.webinar,
        "max_guests": update.max_guests,
        "transcribe": update.transcribe,
    });
    let row = with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        sqlx::query(
            "INSERT INTO room_policies (room, created_at, updated_at) VALUES ($1, $2, $2) \
             ON CONFLICT (room) DO NOTHING",
        )
        .bind(room)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        let current = sqlx::query_as::<_, PolicyRow>(SELECT_POLICY)
            .bind(room)
            .fetch_one(&mut *tx)
            .await?;
        let hosts = match &update.hosts {
            Some(h) => serde_json::to_string(h).unwrap_or_else(|_| "[]".into()),
            None => current.hosts.clone(),
        };
        let row = sqlx::query_as::<_, PolicyRow>(
            "UPDATE room_policies SET hosts = $2, pin_hash = $3, lobby = $4, webinar = $5, \
             max_guests = $6, updated_at = $7, transcribe = $8 WHERE room = $1 RETURNING room, \
             hosts, pin_hash, lobby, webinar, max_guests, invite_code, transcribe, created_at, \
             updated_at",
        )
        .bind(room)
        .bind(hosts)
        .bind(pin_hash.clone().unwrap_or(current.pin_hash))
        .bind(update.lobby.unwrap_or(current.lobby))
        .bind(update.webinar.unwrap_or(current.webinar))
        .bind(update.max_guests.unwrap_or(current.max_guests))
        .bind(now)
        .bind(update.transcribe.unwrap_or(current.transcribe))
        .fetch_one(&mut *tx)
        .await?;
        audit_in_tx!(tx, by, "policy.set", Some(room), None::<&str>, details)?;
        tx.commit().await?;
        row
    });
    Ok(row.into_policy())
}

pub(crate) async fn load(store: &Store, room: &str) -> Result<Option<PolicyRow>> {
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, PolicyRow>(SELECT_POLICY)
            .bind(room)
            .fetch_optional(pool)
            .await?
    }))
}

/// A room's policy; `NotFound` if none was set.
pub async fn show(store: &Store, room: &str) -> Result<RoomPolicy> {
    validate_room(room)?;
    load(store, room)
        .await?
        .map(PolicyRow::into_policy)
        .ok_or_else(|| not_found(room))
}

/// Every room policy, by room name.
pub async fn list(store: &Store) -> Result<Vec<RoomPolicy>> {
    let rows = with_pool!(store, |pool| {
        sqlx::query_as::<_, PolicyRow>(
            "SELECT room, hosts, pin_hash, lobby, webinar, max_guests, invite_code, transcribe, \
             created_at, updated_at FROM room_policies ORDER BY room",
        )
        .fetch_all(pool)
        .await?
    });
    Ok(rows.into_iter().map(PolicyRow::into_policy).collect())
}

pub(crate) fn not_found(room: &str) -> Error {
    Error::NotFound {
        what: "room policy",
        id: room.to_string(),
    }
}

/// The room's invite code, making one if it has none or `rotate` is set (which invalidates
/// the old code).
pub async fn invite(store: &Store, room: &str, rotate: bool, by: &str) -> Result<String> {
    validate_room(room)?;
    for _ in 0..3 {
        let code = invite_code();
        let result: Result<Option<String>> = with_pool!(store, |pool| {
            let mut tx = pool.begin_write().await?;
            let updated: Option<(String,)> = sqlx::query_as(
                "UPDATE room_policies SET invite_code = $2, updated_at = $3 \
                 WHERE room = $1 AND ($4 OR invite_code IS NULL) RETURNING invite_code",
            )
            .bind(room)
            .bind(&code)
            .bind(Timestamp::now())
            .bind(rotate)
            .fetch_optional(&mut *tx)
            .await?;
            match updated {
                Some((code,)) => {
                    let action = if rotate {
                        "invite.rotate"
                    } else {
                        "invite.create"
                    };
                    audit_in_tx!(
                        tx,
                        by,
                        action,
                        Some(room),
                        None::<&str>,
                        serde_json::json!({})
                    )?;
                    tx.commit().await?;
                    Ok(Some(code))
                }
                None => {
                    let existing: Option<(Option<String>,)> =
                        sqlx::query_as("SELECT invite_code FROM room_policies WHERE room = $1")
                            .bind(room)
                            .fetch_optional(&mut *tx)
                            .await?;
                    match existing {
                        Some((Some(code),)) => Ok(Some(code)),
                        _ => Err(not_found(room)),
                    }
                }
            }
        });
        match result {
            Ok(Some(code)) => return Ok(code),
            // A collision with another room's code: draw again.
            Err(Error::Conflict(_)) | Ok(None) => continue,
            Err(e) => return Err(e),
        }
    }
    Err(Error::Internal(
        "could not draw a unique invite code".into(),
    ))
}

/// The room an invite code opens.
pub async fn room_for_invite(store: &Store, code: &str) -> Result<RoomPolicy> {
    let code = normalize_invite_code(code);
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, PolicyRow>(
            "SELECT room, hosts, pin_hash, lobby, webinar, max_guests, invite_code, transcribe, created_at, \
             updated_at FROM room_policies WHERE invite_code = $1",
        )
        .bind(&code)
        .fetch_optional(pool)
        .await?
    });
    row.map(PolicyRow::into_policy).ok_or(Error::NotFound {
        what: "invite code",
        id: code,
    })
}

/// Count one PIN attempt for `(room, client_addr)` at `now` (a clock's reading: the window
/// is measured on it); `RateLimited` once the window's budget is spent. One upsert, atomic
/// on both backends, so concurrent attempts cannot overshoot.
pub async fn count_pin_attempt(
    store: &Store,
    room: &str,
    client_addr: &str,
    now: Timestamp,
) -> Result<()> {
    let client_addr = address_key(client_addr);
    let window_opened_before = now.minus(PIN_WINDOW);
    let (attempts, window_start): (i64, Timestamp) = with_pool!(store, |pool| {
        sqlx::query_as(
            "INSERT INTO pin_attempts (room, client_addr, window_start, attempts) \
             VALUES ($1, $2, $3, 1) \
             ON CONFLICT (room, client_addr) DO UPDATE SET \
               attempts = CASE WHEN pin_attempts.window_start <= $4 THEN 1 \
                               ELSE pin_attempts.attempts + 1 END, \
               window_start = CASE WHEN pin_attempts.window_start <= $4 THEN $3 \
                                   ELSE pin_attempts.window_start END \
             RETURNING attempts, window_start",
        )
        .bind(room)
        .bind(&client_addr)
        .bind(now)
        .bind(window_opened_before)
        .fetch_one(pool)
        .await?
    });
    if attempts > PIN_ATTEMPTS_PER_WINDOW {
        let reopens = window_start.plus(PIN_WINDOW).unix_ms();
        let wait_ms = (reopens - now.unix_ms()).max(1);
        return Err(Error::RateLimited {
            retry_after_secs: (wait_ms as u64).div_ceil(1000),
        });
    }
    Ok(())
}

/// Check a guest's PIN for a room: no-op if the room has none; otherwise counts the attempt
/// (see [`count_pin_attempt`]) and then verifies. `client_addr` is the guest's IP address
/// (`None` puts all address-less clients in one shared bucket).
pub async fn check_pin(
    store: &Store,
    room: &str,
    client_addr: Option<&str>,
    pin: Option<&str>,
) -> Result<()> {
    check_pin_at(store, room, client_addr, pin, Timestamp::now()).await
}

/// [`check_pin`] at the time `now` (a clock's reading): the attempt window is measured on it.
pub async fn check_pin_at(
    store: &Store,
    room: &str,
    client_addr: Option<&str>,
    pin: Option<&str>,
    now: Timestamp,
) -> Result<()> {
    let row = load(store, room).await?.ok_or_else(|| not_found(room))?;
    let Some(hash) = row.pin_hash else {
        return Ok(());
    };
    let Some(pin) = pin.filter(|p| !p.is_empty()) else {
        return Err(Error::invalid(
            "pin",
            format!("room `{room}` needs a PIN; ask a host for it"),
        ));
    };
    count_pin_attempt(store, room, client_addr.unwrap_or("-"), now).await?;
    if pin_matches(pin, &hash).await? {
        Ok(())
    } else {
        // Unauthenticated (HTTP 401): the PIN is the guest's credential for the room.
        Err(Error::Unauthenticated(format!(
            "wrong PIN for room `{room}`"
        )))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ok(r: Result<()>) -> bool {
        r.is_ok()
    }

    #[test]
    fn room_names_are_1_to_128_printable_characters() {
        assert!(ok(validate_room("a")));
        assert!(ok(validate_room(&"é".repeat(128))));
        assert!(!ok(validate_room(&"é".repeat(129))));
        assert!(!ok(validate_room("")));
        assert!(!ok(validate_room("   ")));
        assert!(!ok(validate_room("a\nb")));
        let err = validate_room("").expect_err("empty");
        assert_eq!(err.kind(), crate::ErrorKind::Invalid);
    }

    #[test]
    fn identities_are_1_to_256_printable_characters() {
        assert!(ok(validate_identity("by", "h")));
        assert!(ok(validate_identity("by", &"ü".repeat(256))));
        assert!(!ok(validate_identity("by", &"ü".repeat(257))));
        assert!(!ok(validate_identity("by", " ")));
        assert!(!ok(validate_identity("by", "a\u{7}")));
        let err = validate_identity("host", "").expect_err("empty");
        assert!(err.to_string().contains("host"), "{err}");
    }

    #[test]
    fn fingerprints_are_16_to_128_url_safe_characters() {
        assert!(ok(validate_fingerprint("fp", &"a".repeat(16))));
        assert!(ok(validate_fingerprint("fp", &"Z9_-".repeat(32))));
        assert!(!ok(validate_fingerprint("fp", &"a".repeat(15))));
        assert!(!ok(validate_fingerprint("fp", &"a".repeat(129))));
        assert!(ok(validate_fingerprint("fp", "abcdefgh_ijklmn-o")));
        for bad in ["abcdefgh.ijklmnop", "abcdefgh ijklmnop", "abcdefghijklmnoé"] {
            assert!(!ok(validate_fingerprint("fp", bad)), "{bad}");
        }
    }

    #[test]
    fn pins_are_4_to_32_letters_or_digits() {
        assert!(ok(validate_pin("4711")));
        assert!(ok(validate_pin(&"a1".repeat(16))));
        assert!(!ok(validate_pin("471")));
        assert!(!ok(validate_pin(&"1".repeat(33))));
        assert!(!ok(validate_pin("47-11")));
    }

    #[tokio::test]
    async fn a_pin_matches_only_its_own_hash() {
        let hash = hash_pin("4711").await.expect("hash");
        assert!(hash.starts_with("$argon2"), "{hash}");
        assert!(pin_matches("4711", &hash).await.expect("verify"));
        assert!(!pin_matches("4712", &hash).await.expect("verify"));
        assert!(!pin_matches("4711", "").await.expect("verify"));
    }
}
