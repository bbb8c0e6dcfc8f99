//! The store: what lkctl remembers that LiveKit does not.
//!
//! [`Store`] wraps a sqlx pool for either SQLite (the embedded default, one file in
//! `$XDG_DATA_HOME/lkctl/lkctl.db`, WAL) or PostgreSQL (for teams and for several
//! `lkctl serve` instances). Every operation in [`crate::ops`] runs the same parameterised
//! SQL on both backends: queries are built at run time (`query_as` into `FromRow` rows),
//! never checked against one database at compile time.
//!
//! Portability rules the SQL in this crate follows:
//! - placeholders are `$1, $2, ...` (SQLite accepts them as numbered parameters);
//! - timestamps are stored as Unix milliseconds in `BIGINT` columns ([`Timestamp`]), so that
//!   comparisons in SQL are exact on both backends; models expose them as UTC RFC 3339;
//! - integers are `BIGINT`/`INTEGER` (both `i64` in Rust), booleans `BOOLEAN`, lists TEXT JSON;
//! - a transaction that writes starts with `BEGIN IMMEDIATE` on SQLite ([`Store`] does this),
//!   so two writers queue on the busy timeout instead of failing on a lock upgrade.
//!
//! Migrations live in `migrations/sqlite` and `migrations/postgres` with identical version
//! numbers; [`Store::open`] applies them, [`Store::migrate`] and [`Store::status`] back
//! `lkctl db migrate|status`.

mod events;
mod ids;
#[cfg(feature = "testing")]
pub mod testing;
mod timestamp;

use std::path::Path;
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::Connection;
use sqlx::migrate::Migrator;
use sqlx::postgres::{PgConnectOptions, PgConnection, PgPool, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePool, SqlitePoolOptions};
use sqlx::{Postgres, Sqlite, Transaction};

use crate::error::{Error, Result};

pub(crate) use self::events::EventHub;
pub use self::events::{
    ACTIVITY_CHANNEL, ActivityKind, CHANNEL, EventKind, LobbyEvent, RoomActivity, RoomEvents,
};
pub use self::ids::{IdKind, invite_code, new_id, normalize_invite_code};
pub use self::timestamp::Timestamp;

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("../migrations/postgres");

/// The database behind a [`Store`].
#[derive(Debug, Clone)]
pub enum Backend {
    /// Embedded SQLite file.
    Sqlite(SqlitePool),
    /// Shared PostgreSQL server.
    Postgres(PgPool),
}

/// Which kind of database a store uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BackendKind {
    /// SQLite.
    Sqlite,
    /// PostgreSQL.
    Postgres,
}

/// Applied and pending migrations, as `lkctl db status` shows them.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MigrationStatus {
    /// Backend the status was read from.
    pub backend: BackendKind,
    /// Database location with any password masked.
    pub url: String,
    /// Versions recorded as applied, ascending.
    pub applied: Vec<MigrationInfo>,
    /// Versions embedded in this binary and not yet applied, ascending.
    pub pending: Vec<MigrationInfo>,
}

/// One migration.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct MigrationInfo {
    /// Version number, the numeric prefix of the file name.
    pub version: i64,
    /// Description from the file name.
    pub description: String,
}

/// Handle to the lkctl database. Cheap to clone; clones share the pool and the event hub.
#[derive(Debug, Clone)]
pub struct Store {
    backend: Backend,
    url: Arc<str>,
    pub(crate) events: Arc<EventHub>,
}

/// How long a connection attempt may take before the store reports the database unavailable.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

impl Store {
    /// Open the database named by `database_url` (`postgres://…`, `sqlite://…`, or a file
    /// path) and apply pending migrations. The default location is configuration's business
    /// ([`crate::config::Resolved::database_location`]); the store reads no environment.
    pub async fn open(database_url: &str) -> Result<Self> {
        let store = Self::connect(database_url).await?;
        store.migrate().await?;
        Ok(store)
    }

    /// Open the database without applying migrations (for `lkctl db status`).
    pub async fn connect(database_url: &str) -> Result<Self> {
        match database_url {
            url if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                Self::connect_postgres(url).await
            }
            url => {
                let path = url
                    .strip_prefix("sqlite://")
                    .or_else(|| url.strip_prefix("sqlite:"))
                    .unwrap_or(url);
                if path.is_empty() {
                    return Err(Error::invalid(
                        "database_url",
                        "empty SQLite path; give a file path or a postgres:// URL \
                         (--database-url or LKCTL_DATABASE_URL)",
                    ));
                }
                Self::connect_sqlite(Path::new(path)).await
            }
        }
    }

    /// Open (creating it and its parent directory if needed) a SQLite database file in WAL mode.
    pub async fn connect_sqlite(path: &Path) -> Result<Self> {
        if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
            std::fs::create_dir_all(parent).map_err(|e| Error::io(parent, e))?;
        }
        create_private_file(path)?;
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(sqlx::sqlite::SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(15));
        let url = format!("sqlite://{}", path.display());
        let pool = SqlitePoolOptions::new()
            .max_connections(8)
            .acquire_timeout(Duration::from_secs(30))
            .connect_with(options)
            .await
            .map_err(|e| unavailable(&url, e))?;
        Ok(Self::from_backend(Backend::Sqlite(pool), url))
    }

    /// Connect to PostgreSQL.
    pub async fn connect_postgres(url: &str) -> Result<Self> {
        let masked = mask_url(url);
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| Error::invalid("database_url", format!("cannot parse {masked}: {e}")))?;
        // One direct attempt first: the pool would retry a refused connection until its
        // acquire timeout, and "unreachable" should be reported at once.
        let probe = tokio::time::timeout(CONNECT_TIMEOUT, PgConnection::connect_with(&options))
            .await
            .map_err(|e| Error::Unavailable {
                url: masked.clone(),
                reason: "connect timed out".into(),
                source: Some(e.into()),
            })?
            .map_err(|e| unavailable(&masked, e))?;
        let _ = probe.close().await;
        let pool = PgPoolOptions::new()
            .max_connections(10)
            .acquire_timeout(CONNECT_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(|e| unavailable(&masked, e))?;
        Ok(Self::from_backend(Backend::Postgres(pool), masked))
    }

    fn from_backend(backend: Backend, url: String) -> Self {
        let events = Arc::new(EventHub::new(match &backend {
            Backend::Sqlite(_) => None,
            Backend::Postgres(pool) => Some(pool.clone()),
        }));
        Self {
            backend,
            url: url.into(),
            events,
        }
    }

    /// The pool behind this store.
    pub fn backend(&self) -> &Backend {
        &self.backend
    }

    /// SQLite or PostgreSQL.
    pub fn kind(&self) -> BackendKind {
        match self.backend {
            Backend::Sqlite(_) => BackendKind::Sqlite,
            Backend::Postgres(_) => BackendKind::Postgres,
        }
    }

    /// Database location with the password masked, safe to print.
    pub fn display_url(&self) -> &str {
        &self.url
    }

    /// Apply every pending migration; returns the versions applied now.
    pub async fn migrate(&self) -> Result<Vec<i64>> {
        let before = self.status().await?;
        let result = match &self.backend {
            Backend::Sqlite(pool) => SQLITE_MIGRATIONS.run(pool).await,
            Backend::Postgres(pool) => POSTGRES_MIGRATIONS.run(pool).await,
        };
        result.map_err(|e| Error::Internal(format!("migrating {}: {e}", self.url)))?;
        Ok(before.pending.iter().map(|m| m.version).collect())
    }

    /// Applied and pending migrations.
    pub async fn status(&self) -> Result<MigrationStatus> {
        // The table name is fixed by sqlx.
        let sql = "SELECT version FROM _sqlx_migrations WHERE success ORDER BY version";
        let applied = applied_versions(with_pool!(self, |pool| {
            sqlx::query_scalar::<_, i64>(sql).fetch_all(pool).await
        }))?;
        let migrator = match &self.backend {
            Backend::Sqlite(_) => &SQLITE_MIGRATIONS,
            Backend::Postgres(_) => &POSTGRES_MIGRATIONS,
        };
        let mut status = MigrationStatus {
            backend: self.kind(),
            url: self.url.to_string(),
            applied: Vec::new(),
            pending: Vec::new(),
        };
        for m in migrator
            .iter()
            .filter(|m| m.migration_type.is_up_migration())
        {
            let info = MigrationInfo {
                version: m.version,
                description: m.description.to_string(),
            };
            if applied.contains(&m.version) {
                status.applied.push(info);
            } else {
                status.pending.push(info);
            }
        }
        Ok(status)
    }

    /// Close the pool, waiting for connections to finish.
    pub async fn close(&self) {
        self.events.shutdown();
        match &self.backend {
            Backend::Sqlite(pool) => pool.close().await,
            Backend::Postgres(pool) => pool.close().await,
        }
    }
}

/// Create the database file readable by its owner only, if it does not exist yet. It holds
/// guest tokens that are still valid and PIN hashes; SQLite gives its `-wal` and `-shm` files
/// the database file's permissions. An existing file keeps the mode its owner chose.
fn create_private_file(path: &Path) -> Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Versions from `_sqlx_migrations`; a missing table means nothing is applied yet.
fn applied_versions(result: std::result::Result<Vec<i64>, sqlx::Error>) -> Result<Vec<i64>> {
    match result {
        Ok(v) => Ok(v),
        Err(sqlx::Error::Database(e))
            if e.message().contains("no such table") || e.code().as_deref() == Some("42P01") =>
        {
            Ok(Vec::new())
        }
        Err(e) => Err(e.into()),
    }
}

/// `postgres://user:secret@host/db` → `postgres://user:***@host/db`.
pub fn mask_url(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut parsed) if parsed.password().is_some() => {
            // Setting a password only fails for URLs without a host, which have none to mask.
            let _ = parsed.set_password(Some("***"));
            parsed.to_string()
        }
        Ok(parsed) => parsed.to_string(),
        Err(_) => "<unparseable database url>".into(),
    }
}

fn unavailable(url: &str, e: sqlx::Error) -> Error {
    match e {
        sqlx::Error::Configuration(reason) => {
            Error::invalid("database_url", format!("{url}: {reason}"))
        }
        other => Error::Unavailable {
            url: url.to_string(),
            reason: other.to_string(),
            source: Some(other.into()),
        },
    }
}

impl From<sqlx::Error> for Error {
    fn from(e: sqlx::Error) -> Self {
        match e {
            sqlx::Error::Database(db) if db.is_unique_violation() => {
                Error::Conflict(format!("already exists: {}", db.message()))
            }
            sqlx::Error::Database(db) if db.is_foreign_key_violation() => Error::NotFound {
                what: "referenced object",
                id: db.message().to_string(),
            },
            // PostgreSQL refuses a NUL byte (and text its encoding cannot hold) in text: the
            // caller's input, not lkctl's fault. Entrances validate first; this is the net.
            sqlx::Error::Database(db)
                if matches!(db.code().as_deref(), Some("22021" | "22P05")) =>
            {
                Error::invalid(
                    "input",
                    format!(
                        "text holds a NUL byte or a character the database cannot store ({})",
                        db.message()
                    ),
                )
            }
            sqlx::Error::RowNotFound => Error::NotFound {
                what: "row",
                id: "(query returned nothing)".into(),
            },
            e @ (sqlx::Error::PoolTimedOut
            | sqlx::Error::PoolClosed
            | sqlx::Error::Io(_)
            | sqlx::Error::Tls(_)
            | sqlx::Error::WorkerCrashed) => Error::Unavailable {
                url: "the database".into(),
                reason: e.to_string(),
                source: Some(e.into()),
            },
            other => Error::Internal(format!("database: {other}")),
        }
    }
}

/// Begin a write transaction with the backend's preferred statement.
pub(crate) trait BeginWrite {
    type Db: sqlx::Database;
    async fn begin_write(&self) -> Result<Transaction<'static, Self::Db>>;
}

impl BeginWrite for SqlitePool {
    type Db = Sqlite;
    async fn begin_write(&self) -> Result<Transaction<'static, Sqlite>> {
        Ok(self.begin_with("BEGIN IMMEDIATE").await?)
    }
}

impl BeginWrite for PgPool {
    type Db = Postgres;
    async fn begin_write(&self) -> Result<Transaction<'static, Postgres>> {
        Ok(self.begin().await?)
    }
}

/// Run the same code against whichever pool the store holds. `$pool` is bound to
/// `&SqlitePool` in one arm and `&PgPool` in the other, so the body must compile for both.
macro_rules! with_pool {
    ($store:expr, |$pool:ident| $body:expr) => {
        match $store.backend() {
            $crate::store::Backend::Sqlite($pool) => $body,
            $crate::store::Backend::Postgres($pool) => $body,
        }
    };
}
pub(crate) use with_pool;

/// Statement that queues a cross-process notification on PostgreSQL; a no-op on SQLite.
pub(crate) const PG_NOTIFY: &str = "SELECT pg_notify($1, $2)";

/// Queue a lobby event for other processes inside a transaction (PostgreSQL only: callers
/// check the backend, SQLite has no `pg_notify`).
macro_rules! notify_in_tx {
    ($tx:expr, $payload:expr) => {
        sqlx::query($crate::store::PG_NOTIFY)
            .bind($crate::store::CHANNEL)
            .bind($payload)
            .execute(&mut *$tx)
            .await
    };
}
pub(crate) use notify_in_tx;

/// Append an audit row inside a transaction.
macro_rules! audit_in_tx {
    ($tx:expr, $actor:expr, $action:expr, $room:expr, $target:expr, $details:expr) => {
        sqlx::query(
            "INSERT INTO audit_log (id, at, actor, action, room, target, details) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind($crate::store::new_id($crate::store::IdKind::Audit))
        .bind($crate::store::Timestamp::now())
        .bind($actor)
        .bind($action)
        .bind($room)
        .bind($target)
        .bind(($details).to_string())
        .execute(&mut *$tx)
        .await
    };
}
pub(crate) use audit_in_tx;

/// One row of the append-only audit log.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, sqlx::FromRow)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    /// `AU_…` id.
    pub id: String,
    /// When it happened.
    pub at: Timestamp,
    /// Who did it (host identity, user name or `system`).
    pub actor: String,
    /// What happened, e.g. `lobby.approve`.
    pub action: String,
    /// Room concerned, if any.
    pub room: Option<String>,
    /// Object concerned (entry id, ban id, ...).
    pub target: Option<String>,
    /// JSON details.
    pub details: String,
}

impl Store {
    /// Append a row to the audit log.
    pub async fn audit(
        &self,
        actor: &str,
        action: &str,
        room: Option<&str>,
        target: Option<&str>,
        details: serde_json::Value,
    ) -> Result<()> {
        with_pool!(self, |pool| {
            let mut tx = pool.begin_write().await?;
            audit_in_tx!(tx, actor, action, room, target, details)?;
            tx.commit().await?;
        });
        Ok(())
    }

    /// The audit log, newest first, optionally for one room.
    pub async fn audit_log(&self, room: Option<&str>, limit: i64) -> Result<Vec<AuditEntry>> {
        let sql = "SELECT id, at, actor, action, room, target, details FROM audit_log \
                   WHERE ($1 IS NULL OR room = $1) ORDER BY at DESC, id DESC LIMIT $2";
        Ok(with_pool!(self, |pool| {
            sqlx::query_as::<_, AuditEntry>(sql)
                .bind(room)
                .bind(limit)
                .fetch_all(pool)
                .await?
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lost_database_keeps_the_sqlx_error_as_source() {
        let err = Error::from(sqlx::Error::PoolTimedOut);
        assert_eq!(err.kind(), crate::error::ErrorKind::Unavailable);
        assert_eq!(
            err.to_string(),
            format!("the database is unreachable: {}", sqlx::Error::PoolTimedOut)
        );
        let source = std::error::Error::source(&err).expect("the sqlx error is kept");
        assert!(matches!(
            source.downcast_ref::<sqlx::Error>(),
            Some(sqlx::Error::PoolTimedOut)
        ));
    }

    #[test]
    fn urls_are_masked() {
        assert_eq!(
            mask_url("postgres://u:pw@h:5432/db"),
            "postgres://u:***@h:5432/db"
        );
        assert_eq!(mask_url("postgres://u@h/db"), "postgres://u@h/db");
    }
}
