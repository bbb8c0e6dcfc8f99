//! The artifact set of one room session, and its canonical JSON and content hash.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::lecture::{Summary, TranscriptSegment};
use crate::store::Timestamp;

/// The artifact-set schema version this build writes and reads.
pub const ARTIFACT_SCHEMA_VERSION: u32 = 1;

/// Everything a finished room session left behind, as one document.
///
/// Field names are the wire format of `lecture.json`, the API and the content hash: keep
/// them stable, and bump [`ARTIFACT_SCHEMA_VERSION`] on any incompatible change.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ArtifactSet {
    /// Always [`ARTIFACT_SCHEMA_VERSION`] when written by this build.
    pub schema_version: u32,
    /// The room's name.
    pub room: String,
    /// The LiveKit room session (`RM_...`): the identity of the set.
    pub room_sid: String,
    pub started_at: Timestamp,
    /// `None` while the session is still running (such a set is not exported).
    pub ended_at: Option<Timestamp>,
    /// The AI summary, when there is one.
    pub summary: Option<Summary>,
    /// Final transcript segments; times are offsets from `started_at`.
    pub transcript: Vec<TranscriptSegment>,
    pub chat: Vec<ChatMessage>,
    pub files: Vec<SharedFileInfo>,
    /// One record per participant session (a participant who rejoined has several).
    pub attendance: Vec<AttendanceRecord>,
    pub recordings: Vec<Recording>,
}

/// A chat message sent in the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChatMessage {
    pub id: String,
    /// The sender's participant identity.
    pub sender: String,
    pub sender_name: Option<String>,
    pub text: String,
    pub sent_at: Timestamp,
}

/// Metadata of a file shared in the room (the bytes stay in object storage).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SharedFileInfo {
    pub id: String,
    pub name: String,
    pub size: i64,
    pub content_type: String,
    pub uploader: String,
    pub uploaded_at: Timestamp,
}

/// One participant session: when an identity joined and left.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRecord {
    pub identity: String,
    pub name: Option<String>,
    pub joined_at: Timestamp,
    /// `None` when the leave was never seen; the session's end closes it.
    pub left_at: Option<Timestamp>,
}

/// A recording of the session, from the recordings catalogue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Recording {
    /// The egress id (`EG_...`).
    pub egress_id: String,
    /// `room_composite`, `track`, ...
    pub kind: String,
    /// Where the file is (an S3 key, a path or a URL).
    pub location: String,
    pub size: Option<i64>,
    pub duration_ms: Option<i64>,
    pub started_at: Option<Timestamp>,
}

/// Attendance folded per identity, for the title page and the attendance table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Attendee {
    pub identity: String,
    /// The last known display name.
    pub name: Option<String>,
    pub first_joined: Timestamp,
    pub last_left: Timestamp,
    /// Time present, overlapping sessions counted once.
    pub duration_ms: i64,
    /// How many times the identity joined.
    pub sessions: usize,
}

impl ArtifactSet {
    /// An empty set for a session (every list empty, no summary).
    pub fn new(
        room: impl Into<String>,
        room_sid: impl Into<String>,
        started_at: Timestamp,
    ) -> Self {
        Self {
            schema_version: ARTIFACT_SCHEMA_VERSION,
            room: room.into(),
            room_sid: room_sid.into(),
            started_at,
            ended_at: None,
            summary: None,
            transcript: Vec::new(),
            chat: Vec::new(),
            files: Vec::new(),
            attendance: Vec::new(),
            recordings: Vec::new(),
        }
    }

    /// Sorts every list into its canonical order (by time, then id), so the same content
    /// gathered in another order gives the same canonical JSON and hash.
    pub fn normalize(&mut self) {
        self.transcript
            .sort_by(|a, b| (a.start_ms, a.end_ms, &a.id).cmp(&(b.start_ms, b.end_ms, &b.id)));
        self.chat
            .sort_by(|a, b| (a.sent_at, &a.id).cmp(&(b.sent_at, &b.id)));
        self.files
            .sort_by(|a, b| (a.uploaded_at, &a.id).cmp(&(b.uploaded_at, &b.id)));
        self.attendance.sort_by(|a, b| {
            (a.joined_at, &a.identity, a.left_at).cmp(&(b.joined_at, &b.identity, b.left_at))
        });
        self.recordings.sort_by(|a, b| {
            (a.started_at, &a.egress_id, &a.location).cmp(&(
                b.started_at,
                &b.egress_id,
                &b.location,
            ))
        });
    }

    /// Checks what the types cannot.
    pub fn validate(&self) -> Result<()> {
        let invalid = |reason: String| Error::invalid("artifact set", reason);
        if self.schema_version != ARTIFACT_SCHEMA_VERSION {
            return Err(invalid(format!(
                "schema_version is {}; this build reads version {ARTIFACT_SCHEMA_VERSION}",
                self.schema_version
            )));
        }
        if self.room_sid.trim().is_empty() {
            return Err(invalid("room_sid is empty".into()));
        }
        if let Some(end) = self.ended_at
            && end < self.started_at
        {
            return Err(invalid(format!(
                "the session ends ({end}) before it starts ({})",
                self.started_at
            )));
        }
        if let Some(s) = &self.summary {
            s.validate()?;
        }
        for seg in &self.transcript {
            if seg.start_ms < 0 || seg.end_ms < seg.start_ms {
                return Err(invalid(format!(
                    "transcript segment {} has bad times {}..{} ms",
                    seg.id, seg.start_ms, seg.end_ms
                )));
            }
        }
        for a in &self.attendance {
            if let Some(left) = a.left_at
                && left < a.joined_at
            {
                return Err(invalid(format!("{} leaves before joining", a.identity)));
            }
        }
        Ok(())
    }

    /// The canonical JSON: the normalized set, compact, keys in declaration order.
    /// This is what [`Self::content_hash`] hashes.
    pub fn canonical_json(&self) -> Result<Vec<u8>> {
        let mut set = self.clone();
        set.normalize();
        serde_json::to_vec(&set).map_err(|e| Error::Internal(format!("artifact set JSON: {e}")))
    }

    /// Hex SHA-256 of the canonical JSON: the same content always gives the same hash, in
    /// any process, whatever order its parts were gathered in.
    pub fn content_hash(&self) -> Result<String> {
        Ok(super::hex(&Sha256::digest(self.canonical_json()?)))
    }

    /// The session's end, or the last thing that happened in it when the end is unknown.
    pub fn effective_end(&self) -> Timestamp {
        if let Some(end) = self.ended_at {
            return end;
        }
        let start_ms = self.started_at.unix_ms();
        let mut last = start_ms;
        last = last.max(
            self.transcript
                .iter()
                .map(|s| start_ms.saturating_add(s.end_ms))
                .max()
                .unwrap_or(start_ms),
        );
        for t in self
            .chat
            .iter()
            .map(|c| c.sent_at)
            .chain(self.attendance.iter().filter_map(|a| a.left_at))
        {
            last = last.max(t.unix_ms());
        }
        Timestamp::from_unix_ms(last).unwrap_or(self.started_at)
    }

    /// How long the session lasted, in milliseconds.
    pub fn duration_ms(&self) -> i64 {
        (self.effective_end().unix_ms() - self.started_at.unix_ms()).max(0)
    }

    /// Attendance folded per identity, ordered by first join; a session without a leave
    /// ends with the room session.
    pub fn attendees(&self) -> Vec<Attendee> {
        let end = self.effective_end();
        let mut by_id: BTreeMap<&str, Vec<&AttendanceRecord>> = BTreeMap::new();
        for a in &self.attendance {
            by_id.entry(a.identity.as_str()).or_default().push(a);
        }
        let mut out: Vec<Attendee> = by_id
            .into_iter()
            .map(|(identity, mut recs)| {
                recs.sort_by_key(|r| r.joined_at);
                let mut intervals: Vec<(i64, i64)> = recs
                    .iter()
                    .map(|r| {
                        let left = r.left_at.unwrap_or(end).max(r.joined_at);
                        (r.joined_at.unix_ms(), left.unix_ms())
                    })
                    .collect();
                intervals.sort();
                let mut total = 0i64;
                let mut cur: Option<(i64, i64)> = None;
                for (s, e) in intervals {
                    cur = match cur {
                        Some((cs, ce)) if s <= ce => Some((cs, ce.max(e))),
                        Some((cs, ce)) => {
                            total += ce - cs;
                            Some((s, e))
                        }
                        None => Some((s, e)),
                    };
                }
                if let Some((cs, ce)) = cur {
                    total += ce - cs;
                }
                Attendee {
                    identity: identity.to_string(),
                    name: recs.iter().rev().find_map(|r| r.name.clone()),
                    first_joined: recs[0].joined_at,
                    last_left: recs
                        .iter()
                        .map(|r| r.left_at.unwrap_or(end).max(r.joined_at))
                        .max()
                        .unwrap_or(end),
                    duration_ms: total,
                    sessions: recs.len(),
                }
            })
            .collect();
        out.sort_by(|a, b| (a.first_joined, &a.identity).cmp(&(b.first_joined, &b.identity)));
        out
    }

    /// The folder a destination puts this session's files in:
    /// `YYYY-MM-DD_<room>_<sid>`, with anything but letters, digits, `-` and `_` replaced
    /// by `_` so the name is safe as a path segment, an S3 key part and a Drive name.
    pub fn folder_name(&self) -> String {
        let t = self.started_at.as_offset();
        let date = format!("{:04}-{:02}-{:02}", t.year(), u8::from(t.month()), t.day());
        format!(
            "{date}_{}_{}",
            safe_segment(&self.room, 60),
            safe_segment(&self.room_sid, 40)
        )
    }
}

/// Letters and digits (any script), `-` and `_` kept; everything else `_`; at most
/// `max` characters; never empty.
fn safe_segment(s: &str, max: usize) -> String {
    let out: String = s
        .chars()
        .map(|c| {
            if c.is_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(max)
        .collect();
    if out.is_empty() { "_".into() } else { out }
}
