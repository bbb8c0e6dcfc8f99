//! Users of `lkctl serve`, their API tokens and browser sessions, and login rate limits.
//!
//! - Users have a role ([`Role::Admin`] or [`Role::Host`]), an argon2id password hash and the
//!   LiveKit identity they use as a host (default: their name).
//! - API tokens (`lkt_…`) are shown once; only their SHA-256 is stored. A token acts with its
//!   own role, never above its owner's current role; each use records `last_used_at` (to the minute).
//! - Browser sessions are 256-bit random secrets of which only the SHA-256 is stored, with a
//!   per-session CSRF token, an absolute expiry and an idle expiry (from `last_seen_at`).
//! - Login attempts are counted per client address and per user name in fixed windows kept in
//!   the store (one atomic upsert), so the limits hold across several serve instances.
//!
//! Password checks take the same time for unknown users (a dummy hash is verified) and answer
//! with the same error as a wrong password.
//!
//! Longer than our ~600-line mark on purpose: users, API tokens, browser sessions and login
//! limits share the secret hashing, the principal type and the audit rows, and a quarter of the
//! file is their unit tests.

use std::sync::OnceLock;
use std::time::Duration;

use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use rand::RngCore;
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::store::{BeginWrite, IdKind, Store, Timestamp, audit_in_tx, new_id, with_pool};

/// What a user (or an API token) may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Rooms they host, nothing of other hosts.
    Host,
    /// Everything.
    Admin,
}

impl Role {
    /// The stored and displayed name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Host => "host",
            Self::Admin => "admin",
        }
    }

    /// Parse `admin` or `host`.
    pub fn parse(s: &str) -> Result<Self> {
        match s {
            "admin" => Ok(Self::Admin),
            "host" => Ok(Self::Host),
            other => Err(Error::invalid(
                "role",
                format!("`{other}` is not a role; use admin or host"),
            )),
        }
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A user as every front end shows it (never the password hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct User {
    /// `US_…` id.
    pub id: String,
    /// Login name.
    pub username: String,
    /// Role.
    pub role: Role,
    /// LiveKit identity used as a host.
    pub identity: String,
    /// Disabled users cannot log in and their tokens stop working.
    pub disabled: bool,
    /// When the user was created.
    pub created_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct UserRow {
    id: String,
    username: String,
    password_hash: String,
    role: String,
    identity: Option<String>,
    disabled: bool,
    created_at: Timestamp,
}

impl UserRow {
    fn into_user(self) -> Result<(User, String)> {
        let role = Role::parse(&self.role)
            .map_err(|_| Error::Internal(format!("user {} has unknown role", self.id)))?;
        let identity = self.identity.unwrap_or_else(|| self.username.clone());
        Ok((
            User {
                id: self.id,
                username: self.username,
                role,
                identity,
                disabled: self.disabled,
                created_at: self.created_at,
            },
            self.password_hash,
        ))
    }
}

/// How fresh an API token's `last_used_at` is kept: uses within this of the recorded time
/// write nothing.
pub const LAST_USED_RESOLUTION: Duration = Duration::from_secs(60);

const USER_COLUMNS: &str = "id, username, password_hash, role, identity, disabled, created_at";

/// Minimum password length.
pub const MIN_PASSWORD_LEN: usize = 12;

/// Check a user name: 1–64 characters of `A-Z a-z 0-9 . _ -`, starting with a letter or digit.
pub fn validate_username(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            "username",
            format!(
                "`{name}`: use 1–64 letters, digits, `.`, `_` or `-`, starting with a letter or digit"
            ),
        ))
    }
}

/// Check a new password's length (at least [`MIN_PASSWORD_LEN`] characters, at most 1024 bytes).
pub fn validate_password(password: &str) -> Result<()> {
    if password.chars().count() < MIN_PASSWORD_LEN {
        return Err(Error::invalid(
            "password",
            format!("use at least {MIN_PASSWORD_LEN} characters"),
        ));
    }
    if password.len() > 1024 {
        return Err(Error::invalid("password", "longer than 1024 bytes"));
    }
    Ok(())
}

/// Hash a password with argon2id and a random salt, on the blocking pool.
pub async fn hash_password(password: &str) -> Result<String> {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || {
        argon2::Argon2::default()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| Error::Internal(format!("hashing password: {e}")))
    })
    .await
    .map_err(|e| Error::Internal(format!("hashing password: {e}")))?
}

async fn password_matches(password: &str, hash: &str) -> Result<bool> {
    let (password, hash) = (password.to_owned(), hash.to_owned());
    tokio::task::spawn_blocking(move || {
        argon2::Argon2::default()
            .verify_password(password.as_bytes(), hash.as_str())
            .is_ok()
    })
    .await
    .map_err(|e| Error::Internal(format!("verifying password: {e}")))
}

/// A hash of a random password, verified for unknown users so they take as long as known ones.
async fn dummy_hash() -> Result<&'static str> {
    static DUMMY: OnceLock<String> = OnceLock::new();
    if let Some(h) = DUMMY.get() {
        return Ok(h);
    }
    let h = hash_password(&random_secret()).await?;
    Ok(DUMMY.get_or_init(|| h))
}

/// 32 random bytes, base64url without padding (43 characters, 256 bits).
pub fn random_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

/// SHA-256 of a secret, hex: what the store keeps of tokens and session ids.
pub fn secret_hash(secret: &str) -> String {
    Sha256::digest(secret.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// A new user.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Login name.
    pub username: String,
    /// Password in clear (hashed here).
    pub password: String,
    /// Role.
    pub role: Role,
    /// LiveKit identity as a host; `None` means the user name.
    pub identity: Option<String>,
}

/// Create a user.
pub async fn add(store: &Store, new: NewUser, by: &str) -> Result<User> {
    validate_username(&new.username)?;
    validate_password(&new.password)?;
    if let Some(identity) = &new.identity {
        super::policy::validate_identity("identity", identity)?;
    }
    let hash = hash_password(&new.password).await?;
    let user = User {
        id: new_id(IdKind::User),
        username: new.username.clone(),
        role: new.role,
        identity: new.identity.clone().unwrap_or_else(|| new.username.clone()),
        disabled: false,
        created_at: Timestamp::now(),
    };
    let details = serde_json::json!({ "role": user.role, "identity": user.identity });
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        let inserted = sqlx::query(
            "INSERT INTO users (id, username, password_hash, role, identity, disabled, created_at) \
             VALUES ($1, $2, $3, $4, $5, FALSE, $6)",
        )
        .bind(&user.id)
        .bind(&user.username)
        .bind(&hash)
        .bind(user.role.as_str())
        .bind(&new.identity)
        .bind(user.created_at)
        .execute(&mut *tx)
        .await;
        match inserted {
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
                return Err(Error::Conflict(format!(
                    "user `{}` already exists",
                    user.username
                )));
            }
            other => {
                other?;
            }
        }
        audit_in_tx!(
            tx,
            by,
            "user.add",
            None::<&str>,
            Some(&user.username),
            details
        )?;
        tx.commit().await?;
    });
    Ok(user)
}

async fn load_row(store: &Store, username: &str) -> Result<Option<UserRow>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE username = $1");
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(username)
            .fetch_optional(pool)
            .await?
    }))
}

async fn load_row_by_id(store: &Store, id: &str) -> Result<Option<UserRow>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1");
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id)
            .fetch_optional(pool)
            .await?
    }))
}

fn user_not_found(username: &str) -> Error {
    Error::NotFound {
        what: "user",
        id: username.to_string(),
    }
}

/// One user by name.
pub async fn get(store: &Store, username: &str) -> Result<User> {
    let row = load_row(store, username)
        .await?
        .ok_or_else(|| user_not_found(username))?;
    Ok(row.into_user()?.0)
}

/// One user by id.
pub async fn get_by_id(store: &Store, id: &str) -> Result<User> {
    let row = load_row_by_id(store, id)
        .await?
        .ok_or_else(|| user_not_found(id))?;
    Ok(row.into_user()?.0)
}

/// Every user, by name.
pub async fn list(store: &Store) -> Result<Vec<User>> {
    let sql = format!("SELECT {USER_COLUMNS} FROM users ORDER BY username");
    let rows = with_pool!(store, |pool| {
        sqlx::query_as::<_, UserRow>(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_all(pool)
            .await?
    });
    rows.into_iter().map(|r| Ok(r.into_user()?.0)).collect()
}

/// Number of enabled admins.
pub async fn count_admins(store: &Store) -> Result<i64> {
    Ok(with_pool!(store, |pool| {
        sqlx::query_scalar::<_, i64>(
            "SELECT COUNT(*) FROM users WHERE role = 'admin' AND NOT disabled",
        )
        .fetch_one(pool)
        .await?
    }))
}

/// Refuse to take away the last enabled admin.
async fn keep_an_admin(store: &Store, user: &User) -> Result<()> {
    if user.role == Role::Admin && !user.disabled && count_admins(store).await? <= 1 {
        return Err(Error::Conflict(format!(
            "`{}` is the last admin; make another user admin first",
            user.username
        )));
    }
    Ok(())
}

/// Delete a user with their tokens and sessions.
pub async fn remove(store: &Store, username: &str, by: &str) -> Result<User> {
    let user = get(store, username).await?;
    keep_an_admin(store, &user).await?;
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        for sql in [
            "DELETE FROM login_sessions WHERE user_id = $1",
            "DELETE FROM api_tokens WHERE user_id = $1",
            "DELETE FROM users WHERE id = $1",
        ] {
            sqlx::query(sql).bind(&user.id).execute(&mut *tx).await?;
        }
        audit_in_tx!(
            tx,
            by,
            "user.remove",
            None::<&str>,
            Some(&user.username),
            serde_json::json!({})
        )?;
        tx.commit().await?;
    });
    Ok(user)
}

/// Set a new password; ends every browser session of the user.
pub async fn set_password(store: &Store, username: &str, password: &str, by: &str) -> Result<User> {
    validate_password(password)?;
    let user = get(store, username).await?;
    let hash = hash_password(password).await?;
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE users SET password_hash = $1 WHERE id = $2")
            .bind(&hash)
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM login_sessions WHERE user_id = $1")
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        audit_in_tx!(
            tx,
            by,
            "user.passwd",
            None::<&str>,
            Some(&user.username),
            serde_json::json!({})
        )?;
        tx.commit().await?;
    });
    Ok(user)
}

/// Change a user's role; demoting ends their sessions (tokens are capped at use).
pub async fn set_role(store: &Store, username: &str, role: Role, by: &str) -> Result<User> {
    let mut user = get(store, username).await?;
    if user.role == role {
        return Ok(user);
    }
    if role < user.role {
        keep_an_admin(store, &user).await?;
    }
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE users SET role = $1 WHERE id = $2")
            .bind(role.as_str())
            .bind(&user.id)
            .execute(&mut *tx)
            .await?;
        if role < user.role {
            sqlx::query("DELETE FROM login_sessions WHERE user_id = $1")
                .bind(&user.id)
                .execute(&mut *tx)
                .await?;
        }
        audit_in_tx!(
            tx,
            by,
            "user.role",
            None::<&str>,
            Some(&user.username),
            serde_json::json!({ "from": user.role, "to": role })
        )?;
        tx.commit().await?;
    });
    user.role = role;
    Ok(user)
}

/// Check a user name and password. Unknown users, disabled users and wrong passwords all
/// give the same [`Error::Unauthenticated`] after the same argon2 work.
pub async fn verify_login(store: &Store, username: &str, password: &str) -> Result<User> {
    let row = load_row(store, username).await?;
    let (user, hash) = match row {
        Some(r) => {
            let (u, h) = r.into_user()?;
            (Some(u), h)
        }
        None => (None, dummy_hash().await?.to_string()),
    };
    let matches = password_matches(password, &hash).await?;
    match user {
        Some(u) if matches && !u.disabled => Ok(u),
        _ => Err(bad_login()),
    }
}

fn bad_login() -> Error {
    Error::Unauthenticated("wrong user name or password".into())
}

// ---------------------------------------------------------------------------------------
// Login rate limits

/// Login attempts allowed per client address per window.
pub const LOGIN_ATTEMPTS_PER_ADDR: i64 = 20;
/// Login attempts allowed per user name per window.
pub const LOGIN_ATTEMPTS_PER_USER: i64 = 10;
/// The login rate-limit window.
pub const LOGIN_WINDOW: Duration = Duration::from_secs(300);

/// Count one attempt in `(scope, key)`; `RateLimited` with the seconds until the window
/// reopens once more than `limit` attempts fell in it.
pub async fn count_attempt(
    store: &Store,
    scope: &str,
    key: &str,
    limit: i64,
    window: Duration,
) -> Result<()> {
    let now = Timestamp::now();
    let (attempts, window_start): (i64, Timestamp) = with_pool!(store, |pool| {
        sqlx::query_as(
            "INSERT INTO login_attempts (scope, key, window_start, attempts) \
             VALUES ($1, $2, $3, 1) \
             ON CONFLICT (scope, key) DO UPDATE SET \
               attempts = CASE WHEN login_attempts.window_start <= $4 THEN 1 \
                               ELSE login_attempts.attempts + 1 END, \
               window_start = CASE WHEN login_attempts.window_start <= $4 THEN $3 \
                                   ELSE login_attempts.window_start END \
             RETURNING attempts, window_start",
        )
        .bind(scope)
        .bind(key)
        .bind(now)
        .bind(now.minus(window))
        .fetch_one(pool)
        .await?
    });
    if attempts > limit {
        let wait_ms = (window_start.plus(window).unix_ms() - now.unix_ms()).max(1);
        return Err(Error::RateLimited {
            retry_after_secs: (wait_ms as u64).div_ceil(1000),
        });
    }
    Ok(())
}

/// Forget the attempts of `(scope, key)` (after a successful login).
pub async fn clear_attempts(store: &Store, scope: &str, key: &str) -> Result<()> {
    with_pool!(store, |pool| {
        sqlx::query("DELETE FROM login_attempts WHERE scope = $1 AND key = $2")
            .bind(scope)
            .bind(key)
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// A login as serve does it: count the attempt per address and per user name (429 past
/// either limit), then verify; success clears the user name's count.
pub async fn login(
    store: &Store,
    client_addr: &str,
    username: &str,
    password: &str,
) -> Result<User> {
    count_attempt(
        store,
        "addr",
        client_addr,
        LOGIN_ATTEMPTS_PER_ADDR,
        LOGIN_WINDOW,
    )
    .await?;
    // Lower-cased so case variations share one budget; names longer than any valid one
    // share a single bucket instead of filling the table.
    let user_key = if username.len() <= 64 {
        username.to_ascii_lowercase()
    } else {
        "-".into()
    };
    count_attempt(
        store,
        "user",
        &user_key,
        LOGIN_ATTEMPTS_PER_USER,
        LOGIN_WINDOW,
    )
    .await?;
    let user = verify_login(store, username, password).await?;
    clear_attempts(store, "user", &user_key).await?;
    Ok(user)
}

// ---------------------------------------------------------------------------------------
// API tokens

/// Prefix of API token secrets.
pub const API_TOKEN_PREFIX: &str = "lkt_";

/// An API token as listed (never the secret).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApiToken {
    /// `AT_…` id.
    pub id: String,
    /// Owner's user name.
    pub username: String,
    /// Label given at creation.
    pub name: String,
    /// Role the token acts with (capped by the owner's role at use).
    #[sqlx(try_from = "String")]
    #[cfg_attr(feature = "openapi", schema(value_type = Role))]
    pub role: RoleColumn,
    /// Creation time.
    pub created_at: Timestamp,
    /// Last successful use.
    pub last_used_at: Option<Timestamp>,
    /// Expiry, if any.
    pub expires_at: Option<Timestamp>,
    /// When it was revoked.
    pub revoked_at: Option<Timestamp>,
}

/// A [`Role`] read from a TEXT column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(transparent)]
pub struct RoleColumn(pub Role);

impl TryFrom<String> for RoleColumn {
    type Error = Error;
    fn try_from(s: String) -> Result<Self> {
        Role::parse(&s).map(RoleColumn)
    }
}

/// A token just created: the record and the secret, shown this once.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct CreatedToken {
    /// The record.
    #[serde(flatten)]
    pub token: ApiToken,
    /// The secret to send as `Authorization: Bearer`.
    pub secret: String,
}

const TOKEN_SELECT: &str = "SELECT t.id, u.username, t.name, t.role, t.created_at, \
     t.last_used_at, t.expires_at, t.revoked_at FROM api_tokens t JOIN users u ON u.id = t.user_id";

/// Create an API token for `username` with `role` (default: the owner's role).
pub async fn create_token(
    store: &Store,
    username: &str,
    name: &str,
    role: Option<Role>,
    ttl: Option<Duration>,
    by: &str,
) -> Result<CreatedToken> {
    let owner = get(store, username).await?;
    let role = role.unwrap_or(owner.role);
    if role > owner.role {
        return Err(Error::PermissionDenied(format!(
            "a token cannot have a higher role ({role}) than its owner `{}` ({})",
            owner.username, owner.role
        )));
    }
    if name.trim().is_empty() || name.len() > 100 {
        return Err(Error::invalid(
            "name",
            "give the token a name of 1–100 characters",
        ));
    }
    let secret = format!("{API_TOKEN_PREFIX}{}", random_secret());
    let now = Timestamp::now();
    let token = ApiToken {
        id: new_id(IdKind::ApiToken),
        username: owner.username.clone(),
        name: name.to_string(),
        role: RoleColumn(role),
        created_at: now,
        last_used_at: None,
        expires_at: ttl.map(|d| now.plus(d)),
        revoked_at: None,
    };
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        sqlx::query(
            "INSERT INTO api_tokens (id, user_id, name, token_hash, role, created_at, expires_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(&token.id)
        .bind(&owner.id)
        .bind(&token.name)
        .bind(secret_hash(&secret))
        .bind(role.as_str())
        .bind(now)
        .bind(token.expires_at)
        .execute(&mut *tx)
        .await?;
        audit_in_tx!(
            tx,
            by,
            "token.create",
            None::<&str>,
            Some(&token.id),
            serde_json::json!({ "user": owner.username, "role": role, "name": token.name })
        )?;
        tx.commit().await?;
    });
    Ok(CreatedToken { token, secret })
}

/// API tokens, optionally of one user, newest first.
pub async fn list_tokens(store: &Store, username: Option<&str>) -> Result<Vec<ApiToken>> {
    let sql = format!(
        "{TOKEN_SELECT} WHERE ($1 IS NULL OR u.username = $1) ORDER BY t.created_at DESC, t.id"
    );
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, ApiToken>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(username)
            .fetch_all(pool)
            .await?
    }))
}

/// One API token by id.
pub async fn get_token(store: &Store, id: &str) -> Result<ApiToken> {
    let sql = format!("{TOKEN_SELECT} WHERE t.id = $1");
    with_pool!(store, |pool| {
        sqlx::query_as::<_, ApiToken>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id)
            .fetch_optional(pool)
            .await?
    })
    .ok_or_else(|| Error::NotFound {
        what: "API token",
        id: id.to_string(),
    })
}

/// Revoke an API token (idempotent: revoking twice keeps the first time).
pub async fn revoke_token(store: &Store, id: &str, by: &str) -> Result<ApiToken> {
    get_token(store, id).await?;
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE api_tokens SET revoked_at = $1 WHERE id = $2 AND revoked_at IS NULL")
            .bind(Timestamp::now())
            .bind(id)
            .execute(&mut *tx)
            .await?;
        audit_in_tx!(
            tx,
            by,
            "token.revoke",
            None::<&str>,
            Some(id),
            serde_json::json!({})
        )?;
        tx.commit().await?;
    });
    get_token(store, id).await
}

/// Who a credential speaks for, with the role it acts with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Principal {
    /// The user.
    pub user: User,
    /// Effective role: the user's role, or the token's if lower.
    pub role: Role,
    /// The API token used, if any.
    pub token_id: Option<String>,
}

/// `(id, user_id, role, expires_at, revoked_at)` of a token looked up by hash.
type TokenRow = (String, String, String, Option<Timestamp>, Option<Timestamp>);

/// Authenticate an API token secret; records its use.
pub async fn authenticate_token(store: &Store, secret: &str) -> Result<Principal> {
    let unauth = || Error::Unauthenticated("invalid or revoked API token".into());
    if !secret.starts_with(API_TOKEN_PREFIX) {
        return Err(unauth());
    }
    let hash = secret_hash(secret);
    let row: Option<TokenRow> = with_pool!(store, |pool| {
        sqlx::query_as(
            "SELECT id, user_id, role, expires_at, revoked_at FROM api_tokens \
                 WHERE token_hash = $1",
        )
        .bind(&hash)
        .fetch_optional(pool)
        .await?
    });
    let Some((id, user_id, role, expires_at, revoked_at)) = row else {
        return Err(unauth());
    };
    let now = Timestamp::now();
    if revoked_at.is_some() || expires_at.is_some_and(|e| e <= now) {
        return Err(unauth());
    }
    let user = get_by_id(store, &user_id).await.map_err(|_| unauth())?;
    if user.disabled {
        return Err(unauth());
    }
    let role = Role::parse(&role)?.min(user.role);
    // Recorded to the minute: a script calling the API many times a second must not pay a
    // committed write (an fsync on PostgreSQL) per request; an update that matches no row
    // writes nothing.
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE api_tokens SET last_used_at = $1 WHERE id = $2 \
             AND (last_used_at IS NULL OR last_used_at <= $3)",
        )
        .bind(now)
        .bind(&id)
        .bind(now.minus(LAST_USED_RESOLUTION))
        .execute(pool)
        .await?;
    });
    Ok(Principal {
        user,
        role,
        token_id: Some(id),
    })
}

// ---------------------------------------------------------------------------------------
// Browser sessions

/// How long browser sessions live.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SessionLimits {
    /// Ends this long after the last request.
    pub idle: Duration,
    /// Ends this long after login, whatever the activity.
    pub absolute: Duration,
}

impl Default for SessionLimits {
    fn default() -> Self {
        Self {
            idle: Duration::from_secs(2 * 3600),
            absolute: Duration::from_secs(12 * 3600),
        }
    }
}

/// A session just created: the cookie secret (shown to the browser only) and CSRF token.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// `LS_…` id.
    pub id: String,
    /// The cookie value (256 bits, base64url).
    pub secret: String,
    /// The synchronizer CSRF token.
    pub csrf_token: String,
    /// Absolute expiry.
    pub expires_at: Timestamp,
}

/// A live session found from its cookie.
#[derive(Debug, Clone)]
pub struct SessionInfo {
    /// `LS_…` id.
    pub id: String,
    /// The user and role.
    pub principal: Principal,
    /// The synchronizer CSRF token.
    pub csrf_token: String,
    /// Absolute expiry.
    pub expires_at: Timestamp,
}

/// Open a browser session for `user`. `replaces` (the secret of a session the browser
/// presented, if any) is deleted in the same transaction, so the id changes at login.
pub async fn create_session(
    store: &Store,
    user: &User,
    limits: SessionLimits,
    ip: Option<&str>,
    user_agent: Option<&str>,
    replaces: Option<&str>,
) -> Result<NewSession> {
    let now = Timestamp::now();
    let session = NewSession {
        id: new_id(IdKind::Login),
        secret: random_secret(),
        csrf_token: random_secret(),
        expires_at: now.plus(limits.absolute),
    };
    let user_agent = user_agent.map(|ua| ua.chars().take(256).collect::<String>());
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        if let Some(old) = replaces {
            sqlx::query("DELETE FROM login_sessions WHERE token_hash = $1")
                .bind(secret_hash(old))
                .execute(&mut *tx)
                .await?;
        }
        // Expired rows go on every login, so the table stays small without a sweeper.
        sqlx::query("DELETE FROM login_sessions WHERE expires_at <= $1")
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO login_sessions \
             (id, user_id, token_hash, ip, user_agent, created_at, expires_at, csrf_token, last_seen_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $6)",
        )
        .bind(&session.id)
        .bind(&user.id)
        .bind(secret_hash(&session.secret))
        .bind(ip)
        .bind(&user_agent)
        .bind(now)
        .bind(session.expires_at)
        .bind(&session.csrf_token)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    });
    Ok(session)
}

/// Look a session up from its cookie secret; `None` when unknown, expired or idle too long,
/// or when its user is disabled. Refreshes `last_seen_at` (at most once a minute).
pub async fn find_session(
    store: &Store,
    secret: &str,
    limits: SessionLimits,
) -> Result<Option<SessionInfo>> {
    let hash = secret_hash(secret);
    let row: Option<(String, String, String, Timestamp, Timestamp)> = with_pool!(store, |pool| {
        sqlx::query_as(
            "SELECT id, user_id, csrf_token, expires_at, last_seen_at FROM login_sessions \
             WHERE token_hash = $1",
        )
        .bind(&hash)
        .fetch_optional(pool)
        .await?
    });
    let Some((id, user_id, csrf_token, expires_at, last_seen)) = row else {
        return Ok(None);
    };
    let now = Timestamp::now();
    if expires_at <= now || last_seen.plus(limits.idle) <= now {
        delete_session(store, secret).await?;
        return Ok(None);
    }
    let user = match get_by_id(store, &user_id).await {
        Ok(u) if !u.disabled => u,
        _ => return Ok(None),
    };
    if now.unix_ms() - last_seen.unix_ms() >= 60_000 {
        with_pool!(store, |pool| {
            sqlx::query("UPDATE login_sessions SET last_seen_at = $1 WHERE id = $2")
                .bind(now)
                .bind(&id)
                .execute(pool)
                .await?;
        });
    }
    Ok(Some(SessionInfo {
        id,
        principal: Principal {
            role: user.role,
            user,
            token_id: None,
        },
        csrf_token,
        expires_at,
    }))
}

/// End a session (logout). Unknown secrets are ignored.
pub async fn delete_session(store: &Store, secret: &str) -> Result<()> {
    with_pool!(store, |pool| {
        sqlx::query("DELETE FROM login_sessions WHERE token_hash = $1")
            .bind(secret_hash(secret))
            .execute(pool)
            .await?;
    });
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_order_and_parse() {
        assert!(Role::Host < Role::Admin);
        assert_eq!(Role::parse("admin").unwrap(), Role::Admin);
        assert!(Role::parse("root").is_err());
    }

    #[test]
    fn usernames_are_checked() {
        validate_username("alice").unwrap();
        validate_username("a.b-c_d9").unwrap();
        assert!(validate_username("").is_err());
        assert!(validate_username("-x").is_err());
        assert!(validate_username("a b").is_err());
        assert!(validate_username(&"a".repeat(65)).is_err());
    }

    #[test]
    fn secrets_are_256_bits_and_hashed_hex() {
        let s = random_secret();
        assert_eq!(s.len(), 43);
        assert_ne!(s, random_secret());
        assert_eq!(secret_hash("abc").len(), 64);
    }
}
