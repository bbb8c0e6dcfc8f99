//! Artifact sets from the store: everything one room session left behind, gathered into
//! an [`ArtifactSet`] (`lkctl artifact list|show`, the exporter, the lecture page).
//!
//! What belongs to a session: transcript segments and summaries that name its sid;
//! participant sessions that name it (or, without a sid, joined the room while it ran);
//! chat messages and shared files of the room sent while it ran; recordings of the room
//! that ended while it ran or shortly after (an egress stops after the room closes).

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Serialize;

use super::lectures::{self, RoomSession, SessionFilter};
use super::{recordings, summaries, transcripts};
use crate::error::Result;
use crate::export::{self, ArtifactSet, AttendanceRecord, ChatMessage, SharedFileInfo};
use crate::store::{Store, Timestamp, with_pool};

/// How long after a session's end a recording of its room still counts as its own.
pub const RECORDING_GRACE: Duration = Duration::from_secs(15 * 60);

/// One line of `lkctl artifact list`: a session and how much it left behind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ArtifactSummary {
    pub room_sid: String,
    pub room: String,
    pub started_at: Timestamp,
    pub ended_at: Option<Timestamp>,
    /// Whether the session is over (only finished sessions are exported).
    pub finished: bool,
    pub has_summary: bool,
    pub transcript_segments: i64,
    pub chat_messages: i64,
    pub files: i64,
    /// Distinct identities that joined.
    pub attendees: i64,
    pub recordings: usize,
}

#[derive(sqlx::FromRow)]
struct AttendanceRow {
    identity: String,
    name: Option<String>,
    joined_at: Timestamp,
    left_at: Option<Timestamp>,
}

#[derive(sqlx::FromRow)]
struct ChatRow {
    id: String,
    identity: String,
    text: String,
    sent_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct FileRow {
    id: String,
    name: String,
    size: i64,
    content_type: String,
    uploader: String,
    created_at: Timestamp,
}

/// The window of a session: its start, and its end (now while it runs).
fn window(s: &RoomSession) -> (Timestamp, Timestamp) {
    (s.started_at, s.ended_at.unwrap_or_else(Timestamp::now))
}

const ATTENDANCE_SQL: &str = "SELECT identity, name, joined_at, left_at FROM participant_sessions \
     WHERE room_sid = $1 OR (room_sid IS NULL AND room = $2 AND joined_at >= $3 AND joined_at <= $4) \
     ORDER BY joined_at, identity, id";

/// The artifact set of one room session.
pub async fn artifact_set(store: &Store, room_sid: &str) -> Result<ArtifactSet> {
    let session = lectures::get(store, room_sid).await?;
    let (from, to) = window(&session);
    let mut set = ArtifactSet::new(&session.room, &session.room_sid, session.started_at);
    set.ended_at = session.ended_at;
    set.summary = summaries::summary(store, room_sid)
        .await?
        .map(|s| s.summary);
    set.transcript = transcripts::segments(store, room_sid).await?;

    let attendance: Vec<AttendanceRow> = with_pool!(store, |pool| {
        sqlx::query_as::<_, AttendanceRow>(ATTENDANCE_SQL)
            .bind(room_sid)
            .bind(&session.room)
            .bind(from)
            .bind(to)
            .fetch_all(pool)
            .await?
    });
    // Chat rows carry identities only; the names people joined with label them.
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for a in &attendance {
        if let Some(n) = &a.name {
            names.insert(a.identity.clone(), n.clone());
        }
    }
    set.attendance = attendance
        .into_iter()
        .map(|a| AttendanceRecord {
            identity: a.identity,
            name: a.name,
            joined_at: a.joined_at,
            left_at: a.left_at,
        })
        .collect();

    let chat: Vec<ChatRow> = with_pool!(store, |pool| {
        sqlx::query_as::<_, ChatRow>(
            "SELECT id, identity, text, sent_at FROM chat_messages \
             WHERE room = $1 AND sent_at >= $2 AND sent_at <= $3 ORDER BY sent_at, id",
        )
        .bind(&session.room)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?
    });
    set.chat = chat
        .into_iter()
        .map(|c| ChatMessage {
            sender_name: names.get(&c.identity).cloned(),
            id: c.id,
            sender: c.identity,
            text: c.text,
            sent_at: c.sent_at,
        })
        .collect();

    let files: Vec<FileRow> = with_pool!(store, |pool| {
        sqlx::query_as::<_, FileRow>(
            "SELECT id, name, size, content_type, uploader, created_at FROM shared_files \
             WHERE room = $1 AND created_at >= $2 AND created_at <= $3 ORDER BY created_at, id",
        )
        .bind(&session.room)
        .bind(from)
        .bind(to)
        .fetch_all(pool)
        .await?
    });
    set.files = files
        .into_iter()
        .map(|f| SharedFileInfo {
            id: f.id,
            name: f.name,
            size: f.size,
            content_type: f.content_type,
            uploader: f.uploader,
            uploaded_at: f.created_at,
        })
        .collect();

    set.recordings = session_recordings(store, &session).await?;
    set.normalize();
    set.validate()?;
    Ok(set)
}

/// Recordings of the session's room that ended inside the session (or within
/// [`RECORDING_GRACE`] after it) and started no earlier than it.
async fn session_recordings(store: &Store, s: &RoomSession) -> Result<Vec<export::Recording>> {
    let (from, to) = window(s);
    let until = to.plus(RECORDING_GRACE);
    let mut out = Vec::new();
    for r in recordings::stored(store, Some(&s.room)).await? {
        let Some(ended) = parse_time(&r.ended_at) else {
            continue;
        };
        let duration_ms = (r.duration_secs * 1000.0).round() as i64;
        let started = Timestamp::from_unix_ms(ended.unix_ms().saturating_sub(duration_ms.max(0)));
        // A minute of slack: the egress starts after the room does, but clocks differ.
        let starts_in = started.is_none_or(|st| st.unix_ms() >= from.unix_ms() - 60_000);
        if ended >= from && ended <= until && starts_in {
            out.push(export::Recording {
                egress_id: r.egress_id,
                kind: r.kind.to_string(),
                location: r.location,
                size: Some(r.size),
                duration_ms: Some(duration_ms),
                started_at: started,
            });
        }
    }
    Ok(out)
}

/// A recording's `ended_at`: RFC 3339, or Unix seconds/milliseconds/nanoseconds as LiveKit
/// reports them in different places.
fn parse_time(s: &str) -> Option<Timestamp> {
    let s = s.trim();
    if s.is_empty() {
        return None;
    }
    if let Ok(t) = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339) {
        return Some(t.into());
    }
    let n: i64 = s.parse().ok()?;
    let ms = match n {
        n if n > 100_000_000_000_000 => n / 1_000_000, // nanoseconds
        n if n > 100_000_000_000 => n,                 // milliseconds
        n => n.saturating_mul(1000),                   // seconds
    };
    Timestamp::from_unix_ms(ms).filter(|_| n > 0)
}

/// Sessions with their artifact counts, newest first.
pub async fn list(store: &Store, filter: &SessionFilter) -> Result<Vec<ArtifactSummary>> {
    let sessions = lectures::list(store, filter).await?;
    let mut out = Vec::with_capacity(sessions.len());
    for s in sessions {
        out.push(summarize(store, &s).await?);
    }
    Ok(out)
}

#[derive(sqlx::FromRow)]
struct CountsRow {
    transcript_segments: i64,
    chat_messages: i64,
    files: i64,
    attendees: i64,
    summaries: i64,
}

/// The counts of one session.
pub async fn summarize(store: &Store, s: &RoomSession) -> Result<ArtifactSummary> {
    let (from, to) = window(s);
    let counts: CountsRow = with_pool!(store, |pool| {
        sqlx::query_as::<_, CountsRow>(
            "SELECT \
             (SELECT COUNT(*) FROM transcript_segments WHERE room_sid = $1) AS transcript_segments, \
             (SELECT COUNT(*) FROM chat_messages WHERE room = $2 AND sent_at >= $3 \
               AND sent_at <= $4) AS chat_messages, \
             (SELECT COUNT(*) FROM shared_files WHERE room = $2 AND created_at >= $3 \
               AND created_at <= $4) AS files, \
             (SELECT COUNT(DISTINCT identity) FROM participant_sessions WHERE room_sid = $1 \
               OR (room_sid IS NULL AND room = $2 AND joined_at >= $3 AND joined_at <= $4)) \
               AS attendees, \
             (SELECT COUNT(*) FROM summaries WHERE room_sid = $1) AS summaries",
        )
        .bind(&s.room_sid)
        .bind(&s.room)
        .bind(from)
        .bind(to)
        .fetch_one(pool)
        .await?
    });
    Ok(ArtifactSummary {
        room_sid: s.room_sid.clone(),
        room: s.room.clone(),
        started_at: s.started_at,
        ended_at: s.ended_at,
        finished: s.ended_at.is_some(),
        has_summary: counts.summaries > 0,
        transcript_segments: counts.transcript_segments,
        chat_messages: counts.chat_messages,
        files: counts.files,
        attendees: counts.attendees,
        recordings: session_recordings(store, s).await?.len(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recording_times_in_every_shape() {
        let t = parse_time("2023-11-14T22:13:20Z").expect("rfc3339");
        assert_eq!(t.unix_ms(), 1_700_000_000_000);
        assert_eq!(parse_time("1700000000"), Some(t));
        assert_eq!(parse_time("1700000000000"), Some(t));
        assert_eq!(parse_time("1700000000000000000"), Some(t));
        assert_eq!(parse_time(""), None);
        assert_eq!(parse_time("0"), None);
        assert_eq!(parse_time("soon"), None);
    }
}
