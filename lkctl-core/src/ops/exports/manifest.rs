//! The export manifest: one `artifacts` row per (destination, room session, format).
//!
//! The row says what was placed (the artifact key it was rendered from, the SHA-256 and
//! size of the bytes, where the destination keeps them) and is the lease exporters contend
//! for. [`claim`] takes it only when the file is not already placed from the same input
//! and nobody else holds it: on PostgreSQL the row is picked `FOR UPDATE SKIP LOCKED`, so
//! two machines never both take it; on SQLite the claim is one `BEGIN IMMEDIATE`
//! transaction (one writer at a time). A lease ends with [`complete`] or [`fail`], when it
//! expires, or at once when its holder on this host has died ([`crate::export::owner`]).

use std::time::Duration;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::export::dest::Placed;
use crate::export::{Format, owner as lease_owner};
use crate::store::{Backend, BeginWrite, IdKind, Store, Timestamp, new_id, with_pool};

/// One file as the manifest records it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ExportedFile {
    /// `AR_…`.
    pub id: String,
    /// The destination URL.
    pub target: String,
    pub room: String,
    pub room_sid: Option<String>,
    /// `json`, `md`, `vtt`, `srt` or `pdf`.
    pub format: String,
    /// `lecture` (the whole set) or `transcript` (subtitles).
    pub kind: String,
    /// `pending`, `running`, `done` or `failed`.
    pub status: String,
    /// The input hash the placed file was rendered from (empty until placed).
    pub artifact_key: String,
    /// Hex SHA-256 of the placed bytes.
    pub sha256: Option<String>,
    pub size: Option<i64>,
    /// The destination's name for the file: a path, an S3 key or a Drive file id.
    pub location: String,
    /// The run that last touched it.
    pub run_id: Option<String>,
    pub attempts: i64,
    pub last_error: Option<String>,
    pub lease_owner: Option<String>,
    pub lease_expires_at: Option<Timestamp>,
    pub updated_at: Timestamp,
}

const COLUMNS: &str = "id, target, room, room_sid, format, kind, status, artifact_key, sha256, size, \
     location, run_id, attempts, last_error, lease_owner, lease_expires_at, updated_at";

/// What [`claim`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Claim {
    /// The lease is ours; `prior` is where an earlier run placed this file, if anywhere.
    Claimed { prior: Option<String> },
    /// Already placed from the same input: nothing to do.
    Done(ExportedFile),
    /// Another exporter holds the lease.
    Busy { owner: String },
}

/// One item: a format of a room session at a destination.
#[derive(Debug, Clone, Copy)]
pub struct Item<'a> {
    pub target: &'a str,
    pub room: &'a str,
    pub room_sid: &'a str,
    pub format: Format,
}

fn kind_of(format: Format) -> &'static str {
    match format {
        Format::Vtt | Format::Srt => "transcript",
        _ => "lecture",
    }
}

/// The manifest row of an item, if any.
pub async fn get(store: &Store, item: Item<'_>) -> Result<Option<ExportedFile>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM artifacts WHERE target = $1 AND room_sid = $2 AND format = $3"
    );
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, ExportedFile>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(item.target)
            .bind(item.room_sid)
            .bind(item.format.name())
            .fetch_optional(pool)
            .await?
    }))
}

/// Takes the lease of an item for `lease`, unless it is already placed from `key` (and
/// not `force`d) or held by another live exporter.
pub async fn claim(
    store: &Store,
    item: Item<'_>,
    owner: &str,
    key: &str,
    run_id: &str,
    lease: Duration,
    force: bool,
) -> Result<Claim> {
    let me = owner;
    let now = Timestamp::now();
    with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO artifacts (id, room, room_sid, kind, format, location, target, \
             artifact_key, status, attempts, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, '', $6, '', 'pending', 0, $7, $7) \
             ON CONFLICT (target, room_sid, format) DO NOTHING",
        )
        .bind(new_id(IdKind::Artifact))
        .bind(item.room)
        .bind(item.room_sid)
        .bind(kind_of(item.format))
        .bind(item.format.name())
        .bind(item.target)
        .bind(now)
        .execute(pool)
        .await?;
    });
    let pick = format!(
        "SELECT {COLUMNS} FROM artifacts WHERE target = $1 AND room_sid = $2 AND format = $3"
    );
    // Decide and take in the transaction that read the row.
    macro_rules! decide_and_take {
        ($tx:expr, $row:expr) => {{
            match $row {
                None => Claim::Busy {
                    owner: "another exporter (row locked)".into(),
                },
                Some(row) if row.status == "done" && row.artifact_key == key && !force => {
                    // Checked against the session's current content: `pending` compares
                    // this time with the session's last change.
                    sqlx::query("UPDATE artifacts SET updated_at = $1 WHERE id = $2")
                        .bind(now)
                        .bind(&row.id)
                        .execute(&mut *$tx)
                        .await?;
                    Claim::Done(row)
                }
                Some(row)
                    if row.status == "running"
                        && row.lease_owner.as_deref() != Some(me)
                        && row.lease_expires_at.is_some_and(|t| t > now)
                        && !row
                            .lease_owner
                            .as_deref()
                            .is_some_and(lease_owner::is_dead_local) =>
                {
                    Claim::Busy {
                        owner: row.lease_owner.unwrap_or_default(),
                    }
                }
                Some(row) => {
                    sqlx::query(
                        "UPDATE artifacts SET status = 'running', lease_owner = $1, \
                         lease_expires_at = $2, attempts = attempts + 1, run_id = $3, \
                         updated_at = $4 WHERE id = $5",
                    )
                    .bind(me)
                    .bind(now.plus(lease))
                    .bind(run_id)
                    .bind(now)
                    .bind(&row.id)
                    .execute(&mut *$tx)
                    .await?;
                    Claim::Claimed {
                        prior: Some(row.location).filter(|l| !l.is_empty()),
                    }
                }
            }
        }};
    }
    let claim = match store.backend() {
        Backend::Sqlite(pool) => {
            let mut tx = pool.begin_write().await?;
            let row = sqlx::query_as::<_, ExportedFile>(sqlx::AssertSqlSafe(pick))
                .bind(item.target)
                .bind(item.room_sid)
                .bind(item.format.name())
                .fetch_optional(&mut *tx)
                .await?;
            let claim = decide_and_take!(tx, row);
            tx.commit().await?;
            claim
        }
        Backend::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let row = sqlx::query_as::<_, ExportedFile>(sqlx::AssertSqlSafe(format!(
                "{pick} FOR UPDATE SKIP LOCKED"
            )))
            .bind(item.target)
            .bind(item.room_sid)
            .bind(item.format.name())
            .fetch_optional(&mut *tx)
            .await?;
            let claim = decide_and_take!(tx, row);
            tx.commit().await?;
            claim
        }
    };
    Ok(claim)
}

fn lost_lease(item: Item<'_>) -> Error {
    Error::Conflict(format!(
        "the export lease of {} {} at {} was taken over by another exporter",
        item.room_sid, item.format, item.target
    ))
}

/// Records a placed file and releases the lease.
pub async fn complete(
    store: &Store,
    item: Item<'_>,
    owner: &str,
    key: &str,
    placed: &Placed,
) -> Result<()> {
    let size = i64::try_from(placed.size).unwrap_or(i64::MAX);
    let changed = with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE artifacts SET status = 'done', artifact_key = $1, sha256 = $2, size = $3, \
             location = $4, last_error = NULL, lease_owner = NULL, lease_expires_at = NULL, \
             updated_at = $5 WHERE target = $6 AND room_sid = $7 AND format = $8 \
             AND lease_owner = $9",
        )
        .bind(key)
        .bind(&placed.sha256)
        .bind(size)
        .bind(&placed.target_ref)
        .bind(Timestamp::now())
        .bind(item.target)
        .bind(item.room_sid)
        .bind(item.format.name())
        .bind(owner)
        .execute(pool)
        .await?
        .rows_affected()
    });
    if changed == 0 {
        return Err(lost_lease(item));
    }
    Ok(())
}

/// Records a failure and releases the lease (the next run tries again).
pub async fn fail(store: &Store, item: Item<'_>, owner: &str, error: &str) -> Result<()> {
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE artifacts SET status = 'failed', last_error = $1, lease_owner = NULL, \
             lease_expires_at = NULL, updated_at = $2 WHERE target = $3 AND room_sid = $4 \
             AND format = $5 AND lease_owner = $6",
        )
        .bind(error)
        .bind(Timestamp::now())
        .bind(item.target)
        .bind(item.room_sid)
        .bind(item.format.name())
        .bind(owner)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Manifest rows, of one room session and/or one destination, in a stable order.
pub async fn list(
    store: &Store,
    room_sid: Option<&str>,
    target: Option<&str>,
) -> Result<Vec<ExportedFile>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM artifacts WHERE ($1 IS NULL OR room_sid = $1) \
         AND ($2 IS NULL OR target = $2) ORDER BY target, room_sid, format"
    );
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, ExportedFile>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room_sid)
            .bind(target)
            .fetch_all(pool)
            .await?
    }))
}
