//! `transcript.vtt` (WebVTT) and `transcript.srt` (SRT) from the transcript.
//!
//! WebVTT: `WEBVTT` header, one cue per segment with a generated identifier (never user
//! text), `HH:MM:SS.mmm` times from integer milliseconds, the speaker as a voice span
//! (`<v Name>`), and the text escaped (`&`, `<`, `>`), so neither `-->` nor a tag can
//! appear in a payload. Blank lines inside a cue would end it, so they are dropped.
//!
//! SRT: numbered cues from 1 without gaps, `HH:MM:SS,mmm` times, the speaker as a
//! `Name: ` prefix. SRT has no escaping, so the text stays as said, minus blank lines.
//!
//! Both: segments with no text are skipped, cues are in start order, and a cue whose end
//! is not after its start lasts one millisecond (players and validators reject empty cues).

use std::fmt::Write;

use crate::lecture::TranscriptSegment;

use super::model::ArtifactSet;
use super::text::{clean, one_line};

/// Bumped whenever the bytes written for the same transcript change.
pub const RENDERER_VERSION: u32 = 1;

struct Cue {
    start_ms: i64,
    end_ms: i64,
    speaker: Option<String>,
    lines: Vec<String>,
}

fn cues(set: &ArtifactSet) -> Vec<Cue> {
    let mut segs: Vec<&TranscriptSegment> = set.transcript.iter().collect();
    segs.sort_by(|a, b| (a.start_ms, a.end_ms, &a.id).cmp(&(b.start_ms, b.end_ms, &b.id)));
    segs.into_iter()
        .filter_map(|s| {
            let lines: Vec<String> = clean(&s.text)
                .lines()
                .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
                .filter(|l| !l.is_empty())
                .collect();
            if lines.is_empty() {
                return None;
            }
            let start_ms = s.start_ms.max(0);
            let speaker = s
                .speaker_name
                .as_deref()
                .or(s.speaker.as_deref())
                .map(one_line)
                .filter(|n| !n.is_empty());
            Some(Cue {
                start_ms,
                end_ms: s.end_ms.max(start_ms + 1),
                speaker,
                lines,
            })
        })
        .collect()
}

fn time(ms: i64, sep: char) -> String {
    let ms = ms.max(0);
    let (h, m, s, f) = (ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    format!("{h:02}:{m:02}:{s:02}{sep}{f:03}")
}

fn vtt_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The transcript as WebVTT.
pub fn webvtt(set: &ArtifactSet) -> String {
    let mut out = String::from("WEBVTT\n");
    for (i, cue) in cues(set).iter().enumerate() {
        let _ = write!(
            out,
            "\nseg-{:05}\n{} --> {}\n",
            i + 1,
            time(cue.start_ms, '.'),
            time(cue.end_ms, '.')
        );
        let text = cue
            .lines
            .iter()
            .map(|l| vtt_escape(l))
            .collect::<Vec<_>>()
            .join("\n");
        match &cue.speaker {
            // The annotation ends at the first `>`; `&` starts a reference.
            Some(name) => {
                let _ = writeln!(out, "<v {}>{text}", vtt_escape(name));
            }
            None => {
                let _ = writeln!(out, "{text}");
            }
        }
    }
    out
}

/// The transcript as SRT; `bom` prefixes a UTF-8 byte order mark.
pub fn srt(set: &ArtifactSet, bom: bool) -> String {
    let mut out = String::new();
    if bom {
        out.push('\u{feff}');
    }
    for (i, cue) in cues(set).iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let _ = writeln!(
            out,
            "{}\n{} --> {}",
            i + 1,
            time(cue.start_ms, ','),
            time(cue.end_ms, ',')
        );
        for (j, line) in cue.lines.iter().enumerate() {
            match (&cue.speaker, j) {
                (Some(name), 0) => {
                    let _ = writeln!(out, "{name}: {line}");
                }
                _ => {
                    let _ = writeln!(out, "{line}");
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_use_the_right_separator_and_hours_grow() {
        assert_eq!(time(3_723_004, '.'), "01:02:03.004");
        assert_eq!(time(3_723_004, ','), "01:02:03,004");
        assert_eq!(time(360_000_000, '.'), "100:00:00.000");
    }

    #[test]
    fn escapes_arrows_and_tags() {
        assert_eq!(vtt_escape("a --> <b> & c"), "a --&gt; &lt;b&gt; &amp; c");
    }
}
