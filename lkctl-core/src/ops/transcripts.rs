//! Transcript segments in the store: the worker appends them, the exporter, search and
//! `lkctl transcript show` read them.
//!
//! [`append_segments`] is idempotent by segment id (the worker derives ids from what
//! identifies the audio, so a retried write or a worker taking over a room stores each
//! segment once). A segment that names its room session also records that session
//! ([`super::lectures::touch_session`]), so a lecture whose `room_started` webhook never
//! arrived still has an artifact set.

use serde::Serialize;

use super::lectures;
use super::policy::validate_room;
use crate::error::{Error, Result};
use crate::lecture::TranscriptSegment;
use crate::store::{BeginWrite, Store, Timestamp, with_pool};

/// Longest segment text kept, in characters (an utterance is far shorter).
pub const MAX_SEGMENT_CHARS: usize = 20_000;

/// Most segments one [`append_segments`] call takes.
pub const MAX_BATCH: usize = 1_000;

#[derive(sqlx::FromRow)]
struct SegmentRow {
    id: String,
    room: String,
    room_sid: Option<String>,
    speaker: Option<String>,
    speaker_name: Option<String>,
    track_id: Option<String>,
    text: String,
    language: Option<String>,
    start_ms: i64,
    end_ms: i64,
    created_at: Timestamp,
}

impl SegmentRow {
    fn into_segment(self) -> TranscriptSegment {
        TranscriptSegment {
            id: self.id,
            room: self.room,
            room_sid: self.room_sid,
            speaker: self.speaker,
            speaker_name: self.speaker_name,
            track_id: self.track_id,
            text: self.text,
            language: self.language,
            start_ms: self.start_ms,
            end_ms: self.end_ms,
        }
    }
}

const COLUMNS: &str = "id, room, room_sid, speaker, speaker_name, track_id, text, language, \
                       start_ms, end_ms, created_at";

/// Where [`segments_since`] continues: the arrival time and id of the last segment seen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SegmentCursor {
    /// When the last seen segment was stored.
    pub created_at: Timestamp,
    /// Its id (segments stored in the same millisecond are ordered by id).
    pub id: String,
}

/// Checks one segment before it is stored.
pub fn validate_segment(seg: &TranscriptSegment) -> Result<()> {
    let invalid = |reason: String| Error::invalid("transcript segment", reason);
    if seg.id.trim().is_empty() || seg.id.len() > 200 || seg.id.chars().any(char::is_control) {
        return Err(invalid(format!(
            "`{}` is not a segment id: use 1–200 printable characters",
            seg.id
        )));
    }
    validate_room(&seg.room)?;
    for (what, value, max) in [
        ("room_sid", &seg.room_sid, 200),
        ("speaker", &seg.speaker, 256),
        ("speaker_name", &seg.speaker_name, 256),
        ("track_id", &seg.track_id, 200),
        ("language", &seg.language, 35),
    ] {
        if let Some(v) = value
            && (v.trim().is_empty() || v.chars().count() > max || v.chars().any(char::is_control))
        {
            return Err(invalid(format!(
                "segment {}: {what} must be 1–{max} printable characters",
                seg.id
            )));
        }
    }
    if seg.text.trim().is_empty() || seg.text.chars().count() > MAX_SEGMENT_CHARS {
        return Err(invalid(format!(
            "segment {}: text must be 1–{MAX_SEGMENT_CHARS} characters",
            seg.id
        )));
    }
    if seg.text.contains('\0') {
        // PostgreSQL cannot store it; refused on both backends alike.
        return Err(invalid(format!(
            "segment {}: text contains a NUL character",
            seg.id
        )));
    }
    if seg.start_ms < 0 || seg.end_ms < seg.start_ms {
        return Err(invalid(format!(
            "segment {} has bad times {}..{} ms (need 0 ≤ start ≤ end)",
            seg.id, seg.start_ms, seg.end_ms
        )));
    }
    Ok(())
}

/// Stores final segments; a segment whose id is already stored is left as it is.
/// Every segment is checked before any is written, and all are written in one
/// transaction. Returns how many were new.
pub async fn append_segments(store: &Store, segments: &[TranscriptSegment]) -> Result<u64> {
    if segments.len() > MAX_BATCH {
        return Err(Error::invalid(
            "transcript segments",
            format!(
                "{} segments in one call; send at most {MAX_BATCH}",
                segments.len()
            ),
        ));
    }
    for seg in segments {
        validate_segment(seg)?;
    }
    if segments.is_empty() {
        return Ok(0);
    }
    let now = Timestamp::now();
    let inserted = with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        let mut inserted = 0u64;
        for seg in segments {
            let fresh = sqlx::query(
                "INSERT INTO transcript_segments (id, room, room_sid, speaker, speaker_name, \
                 track_id, text, language, start_ms, end_ms, is_final, created_at) \
                 VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, TRUE, $11) \
                 ON CONFLICT (id) DO NOTHING",
            )
            .bind(&seg.id)
            .bind(&seg.room)
            .bind(&seg.room_sid)
            .bind(&seg.speaker)
            .bind(&seg.speaker_name)
            .bind(&seg.track_id)
            .bind(&seg.text)
            .bind(&seg.language)
            .bind(seg.start_ms)
            .bind(seg.end_ms)
            .bind(now)
            .execute(&mut *tx)
            .await?
            .rows_affected();
            inserted += fresh;
            // A new segment changes the session's artifact set (and makes it pending
            // for export again); a repeated one does not.
            if fresh > 0
                && let Some(sid) = &seg.room_sid
            {
                // The session began about `start_ms` before this segment arrived.
                let started = Timestamp::from_unix_ms(now.unix_ms().saturating_sub(seg.start_ms))
                    .unwrap_or(now);
                lectures::touch_session_in_tx!(tx, sid, &seg.room, started, now);
            }
        }
        tx.commit().await?;
        inserted
    });
    Ok(inserted)
}

/// The transcript of one room session, in time order.
pub async fn segments(store: &Store, room_sid: &str) -> Result<Vec<TranscriptSegment>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM transcript_segments WHERE room_sid = $1 \
         ORDER BY start_ms, end_ms, id"
    );
    let rows = with_pool!(store, |pool| {
        sqlx::query_as::<_, SegmentRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room_sid)
            .fetch_all(pool)
            .await?
    });
    Ok(rows.into_iter().map(SegmentRow::into_segment).collect())
}

/// Segments of a room (optionally of one of its sessions) in the order they were stored,
/// after `after`, at most `limit`; with the cursor to continue from. `lkctl transcript
/// show --follow` polls this: segments stored while it waits come next, whatever their
/// times.
pub async fn segments_since(
    store: &Store,
    room: &str,
    room_sid: Option<&str>,
    after: Option<&SegmentCursor>,
    limit: i64,
) -> Result<(Vec<TranscriptSegment>, Option<SegmentCursor>)> {
    validate_room(room)?;
    if limit < 1 {
        return Err(Error::invalid("limit", "give 1 or more"));
    }
    let sql = format!(
        "SELECT {COLUMNS} FROM transcript_segments WHERE room = $1 \
         AND ($2 IS NULL OR room_sid = $2) \
         AND ($3 IS NULL OR created_at > $3 OR (created_at = $3 AND id > $4)) \
         ORDER BY created_at, id LIMIT $5"
    );
    let rows = with_pool!(store, |pool| {
        sqlx::query_as::<_, SegmentRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room)
            .bind(room_sid)
            .bind(after.map(|c| c.created_at))
            .bind(after.map(|c| c.id.as_str()).unwrap_or(""))
            .bind(limit)
            .fetch_all(pool)
            .await?
    });
    let cursor = rows
        .last()
        .map(|r| SegmentCursor {
            created_at: r.created_at,
            id: r.id.clone(),
        })
        .or_else(|| after.cloned());
    Ok((
        rows.into_iter().map(SegmentRow::into_segment).collect(),
        cursor,
    ))
}

/// How many segments a room session has.
pub async fn count(store: &Store, room_sid: &str) -> Result<i64> {
    Ok(with_pool!(store, |pool| {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM transcript_segments WHERE room_sid = $1")
            .bind(room_sid)
            .fetch_one(pool)
            .await?
    }))
}

/// How far back [`Follower`] looks again each time: a segment stored (committed) a little
/// after a later-stamped one, by another writer, still shows.
pub const FOLLOW_LOOKBACK: std::time::Duration = std::time::Duration::from_secs(10);

/// Follows a room's transcript as it is stored (`lkctl transcript show --follow`, the
/// lecture page's live view): each [`Follower::next`] returns the segments not returned
/// before, in arrival order. Writers stamp segments when they store them but may commit
/// out of order, so it reads again from [`FOLLOW_LOOKBACK`] before the newest stamp it saw
/// and drops what it already returned.
#[derive(Debug, Clone)]
pub struct Follower {
    room: String,
    room_sid: Option<String>,
    newest: Option<Timestamp>,
    seen: std::collections::HashMap<String, Timestamp>,
}

impl Follower {
    /// Follows `room` (or only its session `room_sid`), from the beginning.
    pub fn new(room: &str, room_sid: Option<&str>) -> Result<Self> {
        validate_room(room)?;
        Ok(Self {
            room: room.to_string(),
            room_sid: room_sid.map(str::to_string),
            newest: None,
            seen: std::collections::HashMap::new(),
        })
    }

    /// Segments stored since the last call (all of them on the first).
    pub async fn next(&mut self, store: &Store) -> Result<Vec<TranscriptSegment>> {
        let from = self.newest.map(|t| t.minus(FOLLOW_LOOKBACK));
        let sql = format!(
            "SELECT {COLUMNS} FROM transcript_segments WHERE room = $1 \
             AND ($2 IS NULL OR room_sid = $2) AND ($3 IS NULL OR created_at >= $3) \
             ORDER BY created_at, id"
        );
        let rows = with_pool!(store, |pool| {
            sqlx::query_as::<_, SegmentRow>(sqlx::AssertSqlSafe(sql.clone()))
                .bind(&self.room)
                .bind(self.room_sid.as_deref())
                .bind(from)
                .fetch_all(pool)
                .await?
        });
        let mut out = Vec::new();
        for row in rows {
            if self.seen.contains_key(&row.id) {
                continue;
            }
            self.newest = Some(self.newest.map_or(row.created_at, |n| n.max(row.created_at)));
            self.seen.insert(row.id.clone(), row.created_at);
            out.push(row.into_segment());
        }
        // Forget what can no longer come back in the window.
        if let Some(newest) = self.newest {
            let horizon = newest.minus(FOLLOW_LOOKBACK);
            self.seen.retain(|_, at| *at >= horizon);
        }
        Ok(out)
    }
}
