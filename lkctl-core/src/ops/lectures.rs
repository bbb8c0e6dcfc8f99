//! Room sessions (the `lecture` noun): one LiveKit room sid, from start to finish.
//!
//! LiveKit forgets a room when it closes; the store keeps each session so its artifact set
//! (transcript, summary, chat, files, attendance, recordings) can be gathered and exported
//! later. A session is recorded by the `room_started` and `room_finished` webhooks
//! ([`room_started`], [`room_finished`]) and, when those were missed, first seen through a
//! participant joining or a transcript segment or summary naming it ([`touch_session`]).
//! Only a finished session (one with `ended_at`) has an artifact set to export.

use serde::Serialize;

use super::policy::validate_room;
use crate::error::{Error, Result};
use crate::store::{Store, Timestamp, with_pool};

/// One room session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct RoomSession {
    /// The LiveKit room sid (`RM_…`).
    pub room_sid: String,
    pub room: String,
    pub started_at: Timestamp,
    /// `None` while the session runs (or its end was never seen).
    pub ended_at: Option<Timestamp>,
}

/// Records a session first seen at `started_at` inside a write transaction; an existing
/// row keeps the earlier start. Estimates of the start (a segment's arrival minus its
/// offset) are never earlier than the real start, so the minimum only gets closer to it.
macro_rules! touch_session_in_tx {
    ($tx:expr, $sid:expr, $room:expr, $started:expr, $now:expr) => {
        sqlx::query(
            "INSERT INTO room_sessions (room_sid, room, started_at, ended_at, updated_at) \
             VALUES ($1, $2, $3, NULL, $4) ON CONFLICT (room_sid) DO UPDATE SET \
             started_at = CASE WHEN excluded.started_at < room_sessions.started_at \
               THEN excluded.started_at ELSE room_sessions.started_at END, \
             updated_at = excluded.updated_at",
        )
        .bind($sid)
        .bind($room)
        .bind($started)
        .bind($now)
        .execute(&mut *$tx)
        .await?
    };
}
pub(crate) use touch_session_in_tx;

fn validate_sid(sid: &str) -> Result<()> {
    if sid.trim().is_empty() || sid.len() > 200 || sid.chars().any(char::is_control) {
        return Err(Error::invalid(
            "room session",
            format!("`{sid}` is not a room session id: use the room sid (RM_…)"),
        ));
    }
    Ok(())
}

/// Records that a session was seen, starting no later than `started_at`.
pub async fn touch_session(
    store: &Store,
    room_sid: &str,
    room: &str,
    started_at: Timestamp,
) -> Result<()> {
    validate_sid(room_sid)?;
    validate_room(room)?;
    let now = Timestamp::now();
    with_pool!(store, |pool| {
        let mut tx = crate::store::BeginWrite::begin_write(pool).await?;
        touch_session_in_tx!(tx, room_sid, room, started_at, now);
        tx.commit().await?;
    });
    Ok(())
}

/// `room_started`: the session's real start replaces any estimate.
pub async fn room_started(
    store: &Store,
    room_sid: &str,
    room: &str,
    started_at: Timestamp,
) -> Result<()> {
    validate_sid(room_sid)?;
    validate_room(room)?;
    with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO room_sessions (room_sid, room, started_at, ended_at, updated_at) \
             VALUES ($1, $2, $3, NULL, $4) ON CONFLICT (room_sid) DO UPDATE SET \
             started_at = excluded.started_at, updated_at = excluded.updated_at",
        )
        .bind(room_sid)
        .bind(room)
        .bind(started_at)
        .bind(Timestamp::now())
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// `room_finished`: the session ends at `ended_at` (a session never seen before starts at
/// its first participant's join, or at its end).
pub async fn room_finished(
    store: &Store,
    room_sid: &str,
    room: &str,
    ended_at: Timestamp,
) -> Result<()> {
    validate_sid(room_sid)?;
    validate_room(room)?;
    with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO room_sessions (room_sid, room, started_at, ended_at, updated_at) \
             VALUES ($1, $2, COALESCE((SELECT MIN(joined_at) FROM participant_sessions \
               WHERE room_sid = $1), $3), $3, $4) \
             ON CONFLICT (room_sid) DO UPDATE SET \
             ended_at = CASE WHEN excluded.ended_at < room_sessions.started_at \
               THEN room_sessions.started_at ELSE excluded.ended_at END, \
             updated_at = excluded.updated_at",
        )
        .bind(room_sid)
        .bind(room)
        .bind(ended_at)
        .bind(Timestamp::now())
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// One session, or `NotFound`.
pub async fn get(store: &Store, room_sid: &str) -> Result<RoomSession> {
    validate_sid(room_sid)?;
    with_pool!(store, |pool| {
        sqlx::query_as::<_, RoomSession>(
            "SELECT room_sid, room, started_at, ended_at FROM room_sessions WHERE room_sid = $1",
        )
        .bind(room_sid)
        .fetch_optional(pool)
        .await?
    })
    .ok_or_else(|| Error::NotFound {
        what: "room session",
        id: room_sid.to_string(),
    })
}

/// Which sessions [`list`] returns.
#[derive(Debug, Clone, Default)]
pub struct SessionFilter {
    /// Only this room's.
    pub room: Option<String>,
    /// Only those started at or after this time.
    pub since: Option<Timestamp>,
    /// Only finished ones.
    pub finished_only: bool,
    /// At most this many (default 100).
    pub limit: Option<i64>,
}

/// Sessions, newest first.
pub async fn list(store: &Store, filter: &SessionFilter) -> Result<Vec<RoomSession>> {
    if let Some(room) = &filter.room {
        validate_room(room)?;
    }
    let limit = filter.limit.unwrap_or(100);
    if limit < 1 {
        return Err(Error::invalid("limit", "give 1 or more"));
    }
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, RoomSession>(
            "SELECT room_sid, room, started_at, ended_at FROM room_sessions \
             WHERE ($1 IS NULL OR room = $1) AND ($2 IS NULL OR started_at >= $2) \
             AND ($3 = FALSE OR ended_at IS NOT NULL) \
             ORDER BY started_at DESC, room_sid DESC LIMIT $4",
        )
        .bind(filter.room.as_deref())
        .bind(filter.since)
        .bind(filter.finished_only)
        .bind(limit)
        .fetch_all(pool)
        .await?
    }))
}
