//! `lecture.md`: the whole set as CommonMark (with GFM tables).
//!
//! Every piece of user text (names, transcript, chat, summary, file names) goes through
//! [`escape`]: each ASCII punctuation character that can start or end markup gets a
//! backslash, which CommonMark allows before any ASCII punctuation, so no user text can
//! open a heading, list, link, emphasis, code span, HTML or table cell. Newlines in user
//! text become hard breaks inside the paragraph; user text never goes in code spans.

use std::fmt::Write;

use super::model::ArtifactSet;
use super::text::{clean, clock, duration, one_line};

/// Bumped whenever the bytes written for the same set change.
pub const RENDERER_VERSION: u32 = 1;

/// Escapes one line of user text for Markdown (it must not contain newlines; callers
/// pass text through [`one_line`] or split it first).
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '('
                | ')'
                | '#'
                | '+'
                | '-'
                | '.'
                | '!'
                | '|'
                | '~'
                | '&'
                | '='
                | ':'
                | '"'
                | '\''
                | '$'
                | '^'
        ) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// User text that may span lines: lines escaped and trimmed, joined by hard breaks,
/// blank lines dropped (a blank line would end the paragraph the caller opened).
fn escape_block(s: &str) -> String {
    clean(s)
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(escape)
        .collect::<Vec<_>>()
        .join("\\\n")
}

fn esc1(s: &str) -> String {
    escape(&one_line(s))
}

fn date_time(t: crate::store::Timestamp) -> String {
    let t = t.as_offset();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02} UTC",
        t.year(),
        u8::from(t.month()),
        t.day(),
        t.hour(),
        t.minute()
    )
}

/// Renders the set.
pub fn render(set: &ArtifactSet) -> String {
    let mut set = set.clone();
    set.normalize();
    let mut md = String::new();
    let title = set
        .summary
        .as_ref()
        .map(|s| one_line(&s.title))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| one_line(&set.room));
    let attendees = set.attendees();
    let _ = writeln!(md, "# {}\n", escape(&title));
    let _ = writeln!(md, "- Room: {}", esc1(&set.room));
    let _ = writeln!(md, "- Session: {}", esc1(&set.room_sid));
    let _ = writeln!(md, "- Started: {}", escape(&date_time(set.started_at)));
    let _ = writeln!(md, "- Duration: {}", escape(&duration(set.duration_ms())));
    let _ = writeln!(md, "- Attendance: {}\n", attendees.len());

    if let Some(s) = &set.summary {
        let _ = writeln!(md, "## Summary\n\n{}\n", escape_block(&s.summary));
        if !s.topics.is_empty() {
            md.push_str("### Topics\n\n");
            for t in &s.topics {
                let at = match (t.start_ms, t.end_ms) {
                    (Some(a), Some(b)) => format!(" \\[{}–{}\\]", clock(a), clock(b)),
                    (Some(a), None) => format!(" \\[{}\\]", clock(a)),
                    _ => String::new(),
                };
                let _ = writeln!(md, "- **{}**{at}: {}", esc1(&t.title), esc1(&t.summary));
            }
            md.push('\n');
        }
        list(
            &mut md,
            "Decisions",
            s.decisions.iter().map(|d| {
                let by = if d.decided_by.is_empty() {
                    String::new()
                } else {
                    format!(" ({})", esc1(&d.decided_by.join(", ")))
                };
                format!("{}{by}", esc1(&d.decision))
            }),
        );
        list(
            &mut md,
            "Action items",
            s.action_items.iter().map(|a| {
                let mut line = esc1(&a.task);
                if let Some(o) = &a.owner {
                    let _ = write!(line, " — {}", esc1(o));
                }
                if let Some(d) = &a.due {
                    let _ = write!(line, " (due {})", esc1(d));
                }
                line
            }),
        );
        list(
            &mut md,
            "Questions",
            s.questions.iter().map(|q| {
                let mut line = esc1(&q.question);
                if let Some(who) = &q.asked_by {
                    let _ = write!(line, " ({})", esc1(who));
                }
                if let Some(a) = &q.answer {
                    let _ = write!(line, " — {}", esc1(a));
                }
                line
            }),
        );
        list(
            &mut md,
            "Open issues",
            s.open_issues.iter().map(|t| esc1(t)),
        );
        list(&mut md, "Next steps", s.next_steps.iter().map(|t| esc1(t)));
    }

    md.push_str("## Transcript\n\n");
    if set.transcript.is_empty() {
        md.push_str("No transcript.\n\n");
    }
    for seg in set
        .transcript
        .iter()
        .filter(|s| !one_line(&s.text).is_empty())
    {
        let who = seg
            .speaker_name
            .as_deref()
            .or(seg.speaker.as_deref())
            .map(one_line)
            .filter(|w| !w.is_empty())
            .unwrap_or_else(|| "Unknown speaker".into());
        let _ = writeln!(
            md,
            "**{}** \\[{}\\]: {}\n",
            escape(&who),
            clock(seg.start_ms),
            escape_block(&seg.text)
        );
    }

    md.push_str("## Chat\n\n");
    if set.chat.is_empty() {
        md.push_str("No chat messages.\n\n");
    }
    for m in &set.chat {
        let who = m.sender_name.as_deref().unwrap_or(&m.sender);
        let offset = m.sent_at.unix_ms() - set.started_at.unix_ms();
        let _ = writeln!(
            md,
            "**{}** \\[{}\\]: {}\n",
            esc1(who),
            clock(offset),
            escape_block(&m.text)
        );
    }

    md.push_str("## Files\n\n");
    if set.files.is_empty() {
        md.push_str("No shared files.\n\n");
    } else {
        md.push_str("| Name | Size | Type | Shared by | Shared at |\n|---|---:|---|---|---|\n");
        for f in &set.files {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                esc1(&f.name),
                f.size,
                esc1(&f.content_type),
                esc1(&f.uploader),
                escape(&date_time(f.uploaded_at))
            );
        }
        md.push('\n');
    }

    md.push_str("## Attendance\n\n");
    if attendees.is_empty() {
        md.push_str("No attendance recorded.\n\n");
    } else {
        md.push_str("| Name | Identity | Joined | Left | Time present |\n|---|---|---|---|---:|\n");
        for a in &attendees {
            let _ = writeln!(
                md,
                "| {} | {} | {} | {} | {} |",
                esc1(a.name.as_deref().unwrap_or(&a.identity)),
                esc1(&a.identity),
                escape(&date_time(a.first_joined)),
                escape(&date_time(a.last_left)),
                escape(&duration(a.duration_ms))
            );
        }
        md.push('\n');
    }

    if !set.recordings.is_empty() {
        md.push_str("## Recordings\n\n");
        for r in &set.recordings {
            let mut line = format!("{}: {}", esc1(&r.kind), esc1(&r.location));
            if let Some(d) = r.duration_ms {
                let _ = write!(line, " ({})", escape(&duration(d)));
            }
            let _ = writeln!(md, "- {line}");
        }
        md.push('\n');
    }
    while md.ends_with("\n\n") {
        md.pop();
    }
    md
}

fn list(md: &mut String, heading: &str, items: impl Iterator<Item = String>) {
    let items: Vec<String> = items.collect();
    if items.is_empty() {
        return;
    }
    let _ = writeln!(md, "### {heading}\n");
    for i in items {
        let _ = writeln!(md, "- {i}");
    }
    md.push('\n');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_marks_every_markup_character() {
        assert_eq!(escape("# a *b* [c](d)"), "\\# a \\*b\\* \\[c\\]\\(d\\)");
        assert_eq!(escape("Ёлка — café"), "Ёлка — café");
        assert_eq!(escape_block("a\n\n  b\\"), "a\\\nb\\\\");
    }
}
