//! A small job queue in the store: work that follows an event, such as `room_finished`
//! (transcripts, summaries and artifacts in later work). One row per `(kind, dedup_key)`,
//! so a redelivered event enqueues nothing new. Workers [`claim`] a pending job with a lease
//! (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so several workers never take the same
//! row) and [`finish`] it.

use std::time::Duration;

use serde::Serialize;

use crate::error::{Error, Result};
use crate::store::{BeginWrite, IdKind, Store, Timestamp, new_id, with_pool};

/// Job kind queued when a room finishes.
pub const ROOM_FINISHED: &str = "room_finished";

/// One job.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct Job {
    /// `JB_…` id.
    pub id: String,
    /// What to do, e.g. [`ROOM_FINISHED`].
    pub kind: String,
    /// What makes it unique within its kind (a webhook event id, for instance).
    pub dedup_key: String,
    /// Room concerned, if any.
    pub room: Option<String>,
    /// JSON payload.
    pub payload: String,
    /// `pending`, `running`, `done` or `failed`.
    pub status: String,
    /// How many times a worker took it.
    pub attempts: i64,
    /// Worker holding the lease.
    pub lease_owner: Option<String>,
    /// When the lease runs out (a crashed worker's job is taken again after it).
    pub lease_expires_at: Option<Timestamp>,
    /// Last failure.
    pub last_error: Option<String>,
    /// Queued at.
    pub created_at: Timestamp,
    /// Last change.
    pub updated_at: Timestamp,
}

const COLUMNS: &str = "id, kind, dedup_key, room, payload, status, attempts, lease_owner, \
     lease_expires_at, last_error, created_at, updated_at";

/// Queue a job unless one with the same kind and dedup key exists; `None` when it did.
pub async fn enqueue(
    store: &Store,
    kind: &str,
    dedup_key: &str,
    room: Option<&str>,
    payload: serde_json::Value,
) -> Result<Option<Job>> {
    let now = Timestamp::now();
    let id = new_id(IdKind::Job);
    let inserted = with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO jobs (id, kind, dedup_key, room, payload, status, attempts, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6) \
             ON CONFLICT (kind, dedup_key) DO NOTHING",
        )
        .bind(&id)
        .bind(kind)
        .bind(dedup_key)
        .bind(room)
        .bind(payload.to_string())
        .bind(now)
        .execute(pool)
        .await?
        .rows_affected()
    });
    if inserted == 0 {
        return Ok(None);
    }
    get(store, &id).await.map(Some)
}

/// One job by id.
pub async fn get(store: &Store, id: &str) -> Result<Job> {
    let sql = format!("SELECT {COLUMNS} FROM jobs WHERE id = $1");
    with_pool!(store, |pool| {
        sqlx::query_as::<_, Job>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(id)
            .fetch_optional(pool)
            .await?
    })
    .ok_or_else(|| Error::NotFound {
        what: "job",
        id: id.to_string(),
    })
}

/// Jobs, oldest first, optionally of one kind and status.
pub async fn list(store: &Store, kind: Option<&str>, status: Option<&str>) -> Result<Vec<Job>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM jobs WHERE ($1 IS NULL OR kind = $1) \
         AND ($2 IS NULL OR status = $2) ORDER BY created_at, id"
    );
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, Job>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(kind)
            .bind(status)
            .fetch_all(pool)
            .await?
    }))
}

/// Take the oldest pending job of `kind` (or a running one whose lease ran out) for
/// `worker`, for `lease`.
pub async fn claim(
    store: &Store,
    kind: &str,
    worker: &str,
    lease: Duration,
) -> Result<Option<Job>> {
    let now = Timestamp::now();
    // The lease is taken in the transaction that picked the row.
    macro_rules! take {
        ($tx:expr, $id:expr) => {
            sqlx::query(
                "UPDATE jobs SET status = 'running', attempts = attempts + 1, lease_owner = $1, \
                 lease_expires_at = $2, updated_at = $3 WHERE id = $4",
            )
            .bind(worker)
            .bind(now.plus(lease))
            .bind(now)
            .bind($id)
            .execute(&mut *$tx)
            .await?
        };
    }
    let pick = "SELECT id FROM jobs WHERE kind = $1 AND (status = 'pending' \
                OR (status = 'running' AND lease_expires_at <= $2)) \
                ORDER BY created_at, id LIMIT 1";
    let id: Option<String> = match store.backend() {
        crate::store::Backend::Sqlite(pool) => {
            let mut tx = pool.begin_write().await?;
            let id = sqlx::query_scalar(pick)
                .bind(kind)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(id) = &id {
                take!(tx, id);
            }
            tx.commit().await?;
            id
        }
        crate::store::Backend::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let sql = format!("{pick} FOR UPDATE SKIP LOCKED");
            let id = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(kind)
                .bind(now)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(id) = &id {
                take!(tx, id);
            }
            tx.commit().await?;
            id
        }
    };
    match id {
        Some(id) => get(store, &id).await.map(Some),
        None => Ok(None),
    }
}

/// Finish a job held by `worker`: `done`, or `failed` with the error.
pub async fn finish(store: &Store, id: &str, worker: &str, error: Option<&str>) -> Result<Job> {
    let status = if error.is_some() { "failed" } else { "done" };
    let changed = with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE jobs SET status = $1, last_error = $2, lease_owner = NULL, \
             lease_expires_at = NULL, updated_at = $3 \
             WHERE id = $4 AND status = 'running' AND lease_owner = $5",
        )
        .bind(status)
        .bind(error)
        .bind(Timestamp::now())
        .bind(id)
        .bind(worker)
        .execute(pool)
        .await?
        .rows_affected()
    });
    if changed == 0 {
        return Err(Error::Conflict(format!(
            "job `{id}` is not running under `{worker}`"
        )));
    }
    get(store, id).await
}
