//! Export runs: one `export_runs` row per destination per `lkctl export`, with what it did.

use serde::Serialize;

use crate::error::Result;
use crate::store::{IdKind, Store, Timestamp, new_id, with_pool};

/// One run at one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ExportRun {
    /// `EX_…`.
    pub id: String,
    /// The destination URL.
    pub target: String,
    /// `running`, `done` or `failed` (a run killed midway stays `running`).
    pub status: String,
    /// The formats asked for, comma-separated.
    pub formats: String,
    /// Files placed (uploaded, or found already identical at the destination).
    pub items: i64,
    /// Files skipped: already placed from the same input, or leased by another exporter.
    pub skipped: i64,
    pub failed: i64,
    /// The destination's error, or the first file error.
    pub error: Option<String>,
    /// The exporter (`host:pid:start:nonce`).
    pub owner: Option<String>,
    pub started_at: Timestamp,
    pub finished_at: Option<Timestamp>,
}

/// Records the start of a run.
pub async fn start(store: &Store, target: &str, formats: &str, owner: &str) -> Result<String> {
    let id = new_id(IdKind::Export);
    with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO export_runs (id, target, status, items, formats, skipped, failed, \
             lease_owner, started_at) VALUES ($1, $2, 'running', 0, $3, 0, 0, $4, $5)",
        )
        .bind(&id)
        .bind(target)
        .bind(formats)
        .bind(owner)
        .bind(Timestamp::now())
        .execute(pool)
        .await?;
    });
    Ok(id)
}

/// Records the end of a run.
pub async fn finish(
    store: &Store,
    id: &str,
    items: i64,
    skipped: i64,
    failed: i64,
    error: Option<&str>,
) -> Result<()> {
    let status = if failed > 0 || error.is_some() {
        "failed"
    } else {
        "done"
    };
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE export_runs SET status = $1, items = $2, skipped = $3, failed = $4, \
             error = $5, finished_at = $6 WHERE id = $7",
        )
        .bind(status)
        .bind(items)
        .bind(skipped)
        .bind(failed)
        .bind(error)
        .bind(Timestamp::now())
        .bind(id)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Runs, newest first, of one destination or all.
pub async fn list(store: &Store, target: Option<&str>, limit: i64) -> Result<Vec<ExportRun>> {
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, ExportRun>(
            "SELECT id, target, status, formats, items, skipped, failed, error, \
             lease_owner AS owner, started_at, finished_at FROM export_runs \
             WHERE ($1 IS NULL OR target = $1) ORDER BY started_at DESC, id DESC LIMIT $2",
        )
        .bind(target)
        .bind(limit.max(1))
        .fetch_all(pool)
        .await?
    }))
}
