//! Markdown: user text can never change the document's structure (parsed back with
//! pulldown-cmark).

mod export_support;

use export_support::{HOSTILE, hostile_lines, lecture};
use lkctl_core::export::markdown;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

fn events(md: &str) -> Vec<Event<'_>> {
    Parser::new_ext(md, Options::ENABLE_TABLES).collect()
}

#[test]
fn structure_is_only_what_the_renderer_made() {
    let md = markdown::render(&lecture());
    let evs = events(&md);
    let mut headings = Vec::new();
    let mut in_heading = None;
    for e in &evs {
        match e {
            Event::Html(h) | Event::InlineHtml(h) => panic!("HTML leaked into Markdown: {h:?}"),
            Event::Code(c) => panic!("a code span leaked: {c:?}"),
            Event::Start(
                Tag::Link { .. } | Tag::Image { .. } | Tag::CodeBlock(_) | Tag::BlockQuote(_),
            ) => {
                panic!("user text made structure: {e:?}")
            }
            Event::Start(Tag::Emphasis) => panic!("user text made emphasis"),
            Event::Start(Tag::Heading { level, .. }) => in_heading = Some((*level, String::new())),
            Event::Text(t) if in_heading.is_some() => in_heading.as_mut().unwrap().1.push_str(t),
            Event::End(TagEnd::Heading(_)) => headings.push(in_heading.take().unwrap()),
            _ => {}
        }
    }
    let names: Vec<(HeadingLevel, &str)> = headings.iter().map(|(l, t)| (*l, t.as_str())).collect();
    assert_eq!(
        names,
        vec![
            (HeadingLevel::H1, "Квантовая механика — «введение»"),
            (HeadingLevel::H2, "Summary"),
            (HeadingLevel::H3, "Topics"),
            (HeadingLevel::H3, "Decisions"),
            (HeadingLevel::H3, "Action items"),
            (HeadingLevel::H3, "Questions"),
            (HeadingLevel::H3, "Open issues"),
            (HeadingLevel::H3, "Next steps"),
            (HeadingLevel::H2, "Transcript"),
            (HeadingLevel::H2, "Chat"),
            (HeadingLevel::H2, "Files"),
            (HeadingLevel::H2, "Attendance"),
            (HeadingLevel::H2, "Recordings"),
        ]
    );
    // Exactly two tables (files, attendance), with the right number of rows and cells.
    let tables = evs
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::Table(_))))
        .count();
    assert_eq!(tables, 2);
    let rows = evs
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::TableRow)))
        .count();
    assert_eq!(
        rows,
        2 + 3,
        "2 file rows and 3 attendees, whatever pipes their names hold"
    );
    let cells = evs
        .iter()
        .filter(|e| matches!(e, Event::Start(Tag::TableCell)))
        .count();
    assert_eq!(cells, 5 * (2 + 2 + 3), "5 columns in every header and row");
}

/// Paragraphs of the transcript: each is `**speaker**` + text, and the text reads back
/// exactly as the user typed it.
#[test]
fn hostile_lines_read_back_verbatim_as_plain_paragraphs() {
    let md = markdown::render(&lecture());
    let mut paragraphs: Vec<(String, String)> = Vec::new(); // (strong, rest)
    let (mut in_para, mut in_strong) = (false, false);
    let (mut strong, mut rest) = (String::new(), String::new());
    for e in events(&md) {
        match e {
            Event::Start(Tag::Paragraph) => {
                in_para = true;
                strong.clear();
                rest.clear();
            }
            Event::End(TagEnd::Paragraph) => {
                in_para = false;
                paragraphs.push((strong.clone(), rest.clone()));
            }
            Event::Start(Tag::Strong) => in_strong = true,
            Event::End(TagEnd::Strong) => in_strong = false,
            Event::Text(t) if in_para && in_strong => strong.push_str(&t),
            Event::Text(t) if in_para => rest.push_str(&t),
            Event::HardBreak if in_para => rest.push('\n'),
            _ => {}
        }
    }
    let said_by_hostile: Vec<&String> = paragraphs
        .iter()
        .filter(|(s, _)| s == HOSTILE.1)
        .map(|(_, r)| r)
        .collect();
    for line in hostile_lines() {
        let want = line.trim_end().to_string();
        assert!(
            said_by_hostile
                .iter()
                .any(|r| r.ends_with(&format!("]: {want}"))),
            "hostile line {line:?} did not read back; got {said_by_hostile:#?}"
        );
    }
    // Control characters are gone, CRLF became a hard break.
    assert!(
        said_by_hostile
            .iter()
            .any(|r| r.ends_with("]: controlchars[31m and nulls\nand a CRLF"))
    );
    assert!(!md.chars().any(|c| c.is_control() && c != '\n'));
    // Cyrillic, accents, emoji and NFC.
    assert!(md.contains("Élève, café, naïve, Ærø"));
    assert!(
        paragraphs
            .iter()
            .any(|(_, r)| r.ends_with("]: emoji: 😀 ✓ ★ 👍🏽 🎉 and \u{e9} (NFD)"))
    );
    assert!(
        paragraphs
            .iter()
            .any(|(_, r)| r.contains("Слайды в разделе «Файлы»"))
    );
}
