//! Lecture summaries in the store: the worker (or `lkctl summary regenerate`) puts one, the
//! artifact set and the web UI read the newest.
//!
//! Every [`put_summary`] adds a row, so a regenerated summary keeps the earlier ones as
//! history; [`summary`] is the newest of a room session.

use serde::Serialize;

use super::lectures;
use super::policy::validate_room;
use crate::error::{Error, Result};
use crate::lecture::Summary;
use crate::store::{BeginWrite, IdKind, Store, Timestamp, new_id, with_pool};

/// A summary as stored.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StoredSummary {
    /// `SM_…`.
    pub id: String,
    pub room: String,
    /// The room session it summarises, when known.
    pub room_sid: Option<String>,
    /// Who wrote it (`openai:gpt-4o-mini`, `extractive`, ...), when known.
    pub provider: Option<String>,
    pub created_at: Timestamp,
    pub summary: Summary,
}

#[derive(sqlx::FromRow)]
struct SummaryRow {
    id: String,
    room: String,
    room_sid: Option<String>,
    content: String,
    provider: Option<String>,
    created_at: Timestamp,
}

impl SummaryRow {
    fn into_stored(self) -> Result<StoredSummary> {
        let summary = Summary::from_json(&self.content).map_err(|e| {
            Error::Internal(format!("stored summary {} is not readable: {e}", self.id))
        })?;
        Ok(StoredSummary {
            id: self.id,
            room: self.room,
            room_sid: self.room_sid,
            provider: self.provider,
            created_at: self.created_at,
            summary,
        })
    }
}

const COLUMNS: &str = "id, room, room_sid, content, provider, created_at";

/// Stores a summary of a room (session) after validating it; it becomes the newest.
pub async fn put_summary(
    store: &Store,
    room: &str,
    room_sid: Option<&str>,
    summary: &Summary,
    provider: Option<&str>,
) -> Result<StoredSummary> {
    validate_room(room)?;
    summary.validate()?;
    if let Some(sid) = room_sid
        && (sid.trim().is_empty() || sid.len() > 200 || sid.chars().any(char::is_control))
    {
        return Err(Error::invalid(
            "room_sid",
            "use the room session's sid (RM_…)",
        ));
    }
    let content = serde_json::to_string(summary)
        .map_err(|e| Error::Internal(format!("summary JSON: {e}")))?;
    let stored = StoredSummary {
        id: new_id(IdKind::Summary),
        room: room.to_string(),
        room_sid: room_sid.map(str::to_string),
        provider: provider.map(str::to_string),
        created_at: Timestamp::now(),
        summary: summary.clone(),
    };
    let mut stored = stored;
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        // Newer than every earlier summary of the session even within one millisecond, so
        // "the newest" is never a tie.
        let last: Option<Timestamp> = sqlx::query_scalar(
            "SELECT MAX(created_at) FROM summaries WHERE room = $1 \
             AND (room_sid = $2 OR ($2 IS NULL AND room_sid IS NULL))",
        )
        .bind(&stored.room)
        .bind(&stored.room_sid)
        .fetch_one(&mut *tx)
        .await?;
        if let Some(last) = last
            && last >= stored.created_at
        {
            stored.created_at = Timestamp::from_unix_ms(last.unix_ms() + 1).unwrap_or(last);
        }
        sqlx::query(
            "INSERT INTO summaries (id, room, room_sid, content, provider, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6)",
        )
        .bind(&stored.id)
        .bind(&stored.room)
        .bind(&stored.room_sid)
        .bind(&content)
        .bind(&stored.provider)
        .bind(stored.created_at)
        .execute(&mut *tx)
        .await?;
        if let Some(sid) = room_sid {
            lectures::touch_session_in_tx!(tx, sid, room, stored.created_at, stored.created_at);
        }
        tx.commit().await?;
    });
    Ok(stored)
}

/// The newest summary of a room session, if any.
pub async fn summary(store: &Store, room_sid: &str) -> Result<Option<StoredSummary>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM summaries WHERE room_sid = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 1"
    );
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, SummaryRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room_sid)
            .fetch_optional(pool)
            .await?
    });
    row.map(SummaryRow::into_stored).transpose()
}

/// Every summary of a room session, newest first.
pub async fn history(store: &Store, room_sid: &str) -> Result<Vec<StoredSummary>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM summaries WHERE room_sid = $1 ORDER BY created_at DESC, id DESC"
    );
    let rows = with_pool!(store, |pool| {
        sqlx::query_as::<_, SummaryRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room_sid)
            .fetch_all(pool)
            .await?
    });
    rows.into_iter().map(SummaryRow::into_stored).collect()
}

/// The newest summary of a room, whichever session it belongs to.
pub async fn latest_for_room(store: &Store, room: &str) -> Result<Option<StoredSummary>> {
    validate_room(room)?;
    let sql = format!(
        "SELECT {COLUMNS} FROM summaries WHERE room = $1 \
         ORDER BY created_at DESC, id DESC LIMIT 1"
    );
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, SummaryRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room)
            .fetch_optional(pool)
            .await?
    });
    row.map(SummaryRow::into_stored).transpose()
}
