//! Model types of a lecture's text: transcript segments and the structured summary.
//!
//! The worker (`lkctl agent`) produces them, the store keeps them, and the
//! exporter and the web UI render them, so they live here where every front end
//! can reach them. Field names are the wire format of the stored JSON, the CLI's
//! `--output json` and the API: snake_case and stable.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

/// The summary schema version this build writes and accepts.
pub const SUMMARY_SCHEMA_VERSION: &str = "1";

/// One final piece of transcribed speech.
///
/// `id` is derived from what identifies the audio (room session, track, start
/// time), not drawn at random, so a segment written twice (a retried write, a
/// worker taking over a room) is stored once.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TranscriptSegment {
    pub id: String,
    pub room: String,
    /// The LiveKit room session (`RM_...`); absent when it was not known.
    pub room_sid: Option<String>,
    /// The speaker's participant identity.
    pub speaker: Option<String>,
    /// The speaker's display name at the time, when known.
    pub speaker_name: Option<String>,
    /// The audio track the speech came from (`TR_...`).
    pub track_id: Option<String>,
    pub text: String,
    pub language: Option<String>,
    /// Milliseconds from the start of the room session.
    pub start_ms: i64,
    pub end_ms: i64,
}

/// A structured lecture summary (schema version 1).
///
/// Every key is always present so a strict JSON-schema response format can
/// describe it; optional values are `null`, lists are `[]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Summary {
    pub schema_version: String,
    pub title: String,
    /// A 3-6 sentence overview.
    pub summary: String,
    pub participants: Vec<SummaryParticipant>,
    pub topics: Vec<Topic>,
    pub decisions: Vec<Decision>,
    pub action_items: Vec<ActionItem>,
    pub questions: Vec<Question>,
    pub open_issues: Vec<String>,
    pub next_steps: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SummaryParticipant {
    pub identity: String,
    pub name: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub title: String,
    pub summary: String,
    pub start_ms: Option<i64>,
    pub end_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub decision: String,
    pub decided_by: Vec<String>,
    pub at_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionItem {
    pub task: String,
    pub owner: Option<String>,
    pub due: Option<String>,
    pub at_ms: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub question: String,
    pub asked_by: Option<String>,
    pub answer: Option<String>,
    pub answered_by: Option<String>,
    pub at_ms: Option<i64>,
}

impl Summary {
    /// Parses and validates a summary from JSON (an LLM's answer or a stored row).
    pub fn from_json(text: &str) -> Result<Self> {
        let summary: Summary = serde_json::from_str(text)
            .map_err(|e| Error::invalid("summary", format!("not a valid summary document: {e}")))?;
        summary.validate()?;
        Ok(summary)
    }

    /// Checks what the types cannot: the version, non-empty text, sane times.
    pub fn validate(&self) -> Result<()> {
        let invalid = |reason: String| Error::invalid("summary", reason);
        if self.schema_version != SUMMARY_SCHEMA_VERSION {
            return Err(invalid(format!(
                "schema_version is {:?}; this build reads version {SUMMARY_SCHEMA_VERSION}",
                self.schema_version
            )));
        }
        if self.title.trim().is_empty() {
            return Err(invalid("title is empty".into()));
        }
        if self.summary.trim().is_empty() {
            return Err(invalid("summary is empty".into()));
        }
        let times = self
            .topics
            .iter()
            .flat_map(|t| [t.start_ms, t.end_ms])
            .chain(self.decisions.iter().map(|d| d.at_ms))
            .chain(self.action_items.iter().map(|a| a.at_ms))
            .chain(self.questions.iter().map(|q| q.at_ms));
        if let Some(bad) = times.flatten().find(|ms| *ms < 0) {
            return Err(invalid(format!("a timestamp is negative ({bad} ms)")));
        }
        for t in &self.topics {
            if let (Some(s), Some(e)) = (t.start_ms, t.end_ms)
                && e < s
            {
                return Err(invalid(format!(
                    "topic {:?} ends ({e} ms) before it starts ({s} ms)",
                    t.title
                )));
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> Summary {
        Summary {
            schema_version: "1".into(),
            title: "Лекция 5".into(),
            summary: "Intro to WebRTC.".into(),
            participants: vec![SummaryParticipant {
                identity: "prof-ada".into(),
                name: Some("Ada".into()),
            }],
            topics: vec![Topic {
                title: "ICE".into(),
                summary: "How candidates pair.".into(),
                start_ms: Some(0),
                end_ms: Some(60_000),
            }],
            decisions: vec![],
            action_items: vec![ActionItem {
                task: "Read RFC 8445".into(),
                owner: None,
                due: None,
                at_ms: Some(59_000),
            }],
            questions: vec![],
            open_issues: vec![],
            next_steps: vec![],
        }
    }

    #[test]
    fn round_trips_and_validates() {
        let s = sample();
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(Summary::from_json(&json).unwrap(), s);
    }

    #[test]
    fn refuses_unknown_keys_wrong_version_and_bad_times() {
        let mut v = serde_json::to_value(sample()).unwrap();
        v["extra"] = serde_json::json!(1);
        assert!(Summary::from_json(&v.to_string()).is_err());

        let mut s = sample();
        s.schema_version = "2".into();
        let e = s.validate().unwrap_err().to_string();
        assert!(e.contains("schema_version"), "{e}");

        let mut s = sample();
        s.topics[0].end_ms = Some(-1);
        assert!(s.validate().is_err());

        let mut s = sample();
        s.topics[0].start_ms = Some(10);
        s.topics[0].end_ms = Some(5);
        assert!(s.validate().unwrap_err().to_string().contains("ends"));

        let mut s = sample();
        s.title = "  ".into();
        assert!(s.validate().is_err());
    }
}
