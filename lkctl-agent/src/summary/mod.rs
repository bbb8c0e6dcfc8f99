//! Lecture summaries in core's schema ([`lkctl_core::lecture::Summary`], v1).
//!
//! Two summarisers fill the same schema: [`llm`] asks an OpenAI-compatible
//! chat endpoint with a strict JSON-schema response format (map-reduce over
//! chunks when the transcript does not fit the context budget), and
//! [`extractive`] works offline from the transcript alone, in English and
//! Russian. Both return summaries that passed [`Summary::validate`].

pub mod extractive;
pub mod llm;

use lkctl_core::lecture::{Summary, TranscriptSegment};
use serde_json::{Value, json};

/// The JSON schema of [`Summary`] for OpenAI's strict structured outputs:
/// every key required, optional values as `[T, "null"]`, no extra keys.
pub fn summary_schema() -> Value {
    fn object(props: Value) -> Value {
        let required: Vec<Value> = props
            .as_object()
            .expect("properties are an object")
            .keys()
            .map(|k| Value::String(k.clone()))
            .collect();
        json!({"type": "object", "properties": props, "required": required, "additionalProperties": false})
    }
    let s = || json!({"type": "string"});
    let ns = || json!({"type": ["string", "null"]});
    let ni = || json!({"type": ["integer", "null"]});
    let list = |items: Value| json!({"type": "array", "items": items});
    object(json!({
        "schema_version": {"type": "string", "enum": [lkctl_core::lecture::SUMMARY_SCHEMA_VERSION]},
        "title": s(),
        "summary": s(),
        "participants": list(object(json!({"identity": s(), "name": ns()}))),
        "topics": list(object(json!({"title": s(), "summary": s(), "start_ms": ni(), "end_ms": ni()}))),
        "decisions": list(object(json!({"decision": s(), "decided_by": list(s()), "at_ms": ni()}))),
        "action_items": list(object(json!({"task": s(), "owner": ns(), "due": ns(), "at_ms": ni()}))),
        "questions": list(object(json!({
            "question": s(), "asked_by": ns(), "answer": ns(), "answered_by": ns(), "at_ms": ni()
        }))),
        "open_issues": list(s()),
        "next_steps": list(s()),
    }))
}

/// Chooses the summariser: the LLM when one is configured, else (and when the LLM fails)
/// the offline extractive one, so a finished room always gets a summary.
#[derive(Debug)]
pub enum SummaryMaker {
    Llm(Box<llm::LlmSummariser>, extractive::ExtractiveConfig),
    Extractive(extractive::ExtractiveConfig),
}

/// What [`SummaryMaker::make`] made.
#[derive(Debug, Clone, PartialEq)]
pub struct Made {
    pub summary: Summary,
    /// `llm:<model>` or `extractive`.
    pub provider: String,
    /// Why the LLM's summary was not used, when it failed.
    pub llm_error: Option<String>,
}

impl SummaryMaker {
    /// Summarises a transcript (final segments in order).
    pub async fn make(&self, segments: &[TranscriptSegment]) -> Made {
        let (cfg, llm_error) = match self {
            SummaryMaker::Llm(llm, cfg) if !segments.is_empty() => {
                match llm.summarise(segments).await {
                    Ok((summary, _)) => {
                        return Made {
                            summary,
                            provider: format!("llm:{}", llm.model()),
                            llm_error: None,
                        };
                    }
                    Err(e) => (cfg, Some(e.to_string())),
                }
            }
            SummaryMaker::Llm(_, cfg) | SummaryMaker::Extractive(cfg) => (cfg, None),
        };
        Made {
            summary: extractive::summarise(segments, cfg),
            provider: "extractive".into(),
            llm_error,
        }
    }
}

/// `mm:ss` (or `h:mm:ss`) of a millisecond time.
pub fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

/// The speaker shown for a segment: the name, else the identity.
pub fn speaker_label(seg: &TranscriptSegment) -> &str {
    seg.speaker_name
        .as_deref()
        .or(seg.speaker.as_deref())
        .unwrap_or("Unknown")
}

/// One transcript line as the LLM reads it: `[mm:ss] Name: text`.
pub fn render_line(seg: &TranscriptSegment) -> String {
    format!(
        "[{}] {}: {}",
        clock(seg.start_ms),
        speaker_label(seg),
        seg.text.trim()
    )
}

/// Splits a transcript on segment boundaries into chunks whose rendered
/// lines fit `max_chars`, each chunk repeating the last `overlap` segments of
/// the one before for context. A single segment longer than the limit gets a
/// chunk of its own (its text is cut to fit).
pub fn chunk_transcript(
    segments: &[TranscriptSegment],
    max_chars: usize,
    overlap: usize,
) -> Vec<Vec<String>> {
    let lines: Vec<String> = segments
        .iter()
        .map(|s| {
            let line = render_line(s);
            if line.chars().count() > max_chars {
                line.chars().take(max_chars.saturating_sub(1)).collect()
            } else {
                line
            }
        })
        .collect();
    let mut chunks: Vec<Vec<String>> = Vec::new();
    let mut start = 0;
    while start < lines.len() {
        let mut len = 0;
        let mut end = start;
        while end < lines.len() && (end == start || len + lines[end].chars().count() < max_chars) {
            len += lines[end].chars().count() + 1;
            end += 1;
        }
        chunks.push(lines[start..end].to_vec());
        if end >= lines.len() {
            break;
        }
        // Step back for the overlap, but always make progress.
        start = end.saturating_sub(overlap).max(start + 1);
    }
    chunks
}

/// Every distinct speaker of a transcript, in order of first appearance.
pub fn participants(
    segments: &[TranscriptSegment],
) -> Vec<lkctl_core::lecture::SummaryParticipant> {
    let mut out: Vec<lkctl_core::lecture::SummaryParticipant> = Vec::new();
    for s in segments {
        let Some(id) = s.speaker.as_deref() else {
            continue;
        };
        match out.iter_mut().find(|p| p.identity == id) {
            Some(p) => {
                if p.name.is_none() {
                    p.name = s.speaker_name.clone();
                }
            }
            None => out.push(lkctl_core::lecture::SummaryParticipant {
                identity: id.to_string(),
                name: s.speaker_name.clone(),
            }),
        }
    }
    out
}

/// Adds transcript speakers a summary left out of its participants.
pub fn complete_participants(summary: &mut Summary, segments: &[TranscriptSegment]) {
    for p in participants(segments) {
        if !summary
            .participants
            .iter()
            .any(|q| q.identity == p.identity)
        {
            summary.participants.push(p);
        }
    }
}

#[cfg(test)]
pub(crate) fn seg(i: usize, who: &str, name: &str, text: &str, start_ms: i64) -> TranscriptSegment {
    TranscriptSegment {
        id: format!("SG_{i}"),
        room: "physics".into(),
        room_sid: Some("RM_1".into()),
        speaker: Some(who.into()),
        speaker_name: Some(name.into()),
        track_id: Some(format!("TR_{who}")),
        text: text.into(),
        language: None,
        start_ms,
        end_ms: start_ms + 4000,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn schema_is_strict_everywhere() {
        fn check(v: &Value) {
            if v["type"] == "object" {
                assert_eq!(v["additionalProperties"], false);
                let props = v["properties"].as_object().unwrap();
                let req: Vec<&str> = v["required"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|r| r.as_str().unwrap())
                    .collect();
                assert_eq!(req.len(), props.len());
                for (k, p) in props {
                    assert!(req.contains(&k.as_str()));
                    check(p);
                }
            }
            if v["type"] == "array" {
                check(&v["items"]);
            }
        }
        let s = summary_schema();
        check(&s);
        assert_eq!(s["properties"].as_object().unwrap().len(), 10);
    }

    #[test]
    fn chunks_split_on_segment_boundaries_with_overlap() {
        let segs: Vec<_> = (0..10)
            .map(|i| {
                seg(
                    i,
                    "ada",
                    "Ada",
                    &format!("sentence number {i} about physics"),
                    i as i64 * 5000,
                )
            })
            .collect();
        let line = render_line(&segs[0]).chars().count() + 1;
        let chunks = chunk_transcript(&segs, line * 3, 1);
        assert!(
            chunks
                .iter()
                .all(|c| c.iter().map(|l| l.chars().count() + 1).sum::<usize>() <= line * 3)
        );
        assert_eq!(chunks[0].len(), 3);
        assert_eq!(chunks[1][0], chunks[0][2], "one segment of overlap");
        assert!(chunks.last().unwrap().last().unwrap().contains("number 9"));
        assert_eq!(
            render_line(&segs[1]),
            "[00:05] Ada: sentence number 1 about physics"
        );
        assert_eq!(clock(3_726_000), "1:02:06");
    }
}
