//! `lecture.pdf`: the whole set as a paginated A4 PDF.
//!
//! printpdf with DejaVu Sans and Sans Bold embedded as subsets (`text_layout` feature),
//! so Cyrillic, accented Latin and typographic punctuation render and extract
//! (`pdftotext`) correctly. Text is wrapped by [`layout`] from real glyph advances.
//! Characters neither face has (most emoji) print as a visible box, never vanish.
//! Metadata dates are the session's times, so the same set gives the same metadata.

mod layout;

use printpdf::{
    DateTime, Mm, Op, ParsedFont, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt,
    TextItem,
};

use crate::error::{Error, Result};

use self::layout::{BOLD_TTF, Layout, PAGE_H_MM, PAGE_W_MM, REGULAR_TTF, Weight};
use super::model::ArtifactSet;
use super::text::{clean, clock, duration, one_line};

/// Bumped whenever the output for the same set changes.
pub const RENDERER_VERSION: u32 = 1;

const BODY: f32 = 10.5;
const H1: f32 = 22.0;
const H2: f32 = 15.0;
const H3: f32 = 12.0;

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

/// Lays the set out (title page, summary, transcript, chat, files, attendance,
/// recordings) into lines of pages.
fn lay_out(set: &ArtifactSet) -> Vec<Vec<layout::Line>> {
    let mut set = set.clone();
    set.normalize();
    let mut l = Layout::new();
    let attendees = set.attendees();
    let title = set
        .summary
        .as_ref()
        .map(|s| one_line(&s.title))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| one_line(&set.room));

    // Title page.
    l.space(0.0);
    l.paragraph(&[(Weight::Bold, H1, &title)], 0.0);
    l.space(14.0);
    let facts = [
        ("Room: ", one_line(&set.room)),
        ("Session: ", one_line(&set.room_sid)),
        ("Date: ", date_time(set.started_at)),
        ("Duration: ", duration(set.duration_ms())),
        ("Attendance: ", format!("{} participants", attendees.len())),
        (
            "Contents: ",
            format!(
                "{} transcript segments, {} chat messages, {} files, {} recordings",
                set.transcript.len(),
                set.chat.len(),
                set.files.len(),
                set.recordings.len()
            ),
        ),
    ];
    for (k, v) in &facts {
        l.paragraph(&[(Weight::Bold, 12.0, k), (Weight::Regular, 12.0, v)], 0.0);
        l.space(3.0);
    }

    // Summary.
    l.page_break();
    l.heading("Summary", H2, 40.0);
    match &set.summary {
        None => l.paragraph(&[(Weight::Regular, BODY, "No summary.")], 0.0),
        Some(s) => {
            for para in clean(&s.summary).split("\n\n") {
                l.paragraph(&[(Weight::Regular, BODY, &one_line(para))], 0.0);
                l.space(4.0);
            }
            let mut section = |name: &str, items: Vec<(String, String)>| {
                if items.is_empty() {
                    return;
                }
                l.heading(name, H3, 30.0);
                for (head, body) in items {
                    let head = format!("• {head}");
                    l.paragraph(
                        &[(Weight::Bold, BODY, &head), (Weight::Regular, BODY, &body)],
                        10.0,
                    );
                    l.space(2.0);
                }
            };
            section(
                "Topics",
                s.topics
                    .iter()
                    .map(|t| {
                        let at = match (t.start_ms, t.end_ms) {
                            (Some(a), Some(b)) => format!(" [{}–{}]", clock(a), clock(b)),
                            (Some(a), None) => format!(" [{}]", clock(a)),
                            _ => String::new(),
                        };
                        (
                            format!("{}{at}: ", one_line(&t.title)),
                            one_line(&t.summary),
                        )
                    })
                    .collect(),
            );
            section(
                "Decisions",
                s.decisions
                    .iter()
                    .map(|d| {
                        let by = if d.decided_by.is_empty() {
                            String::new()
                        } else {
                            format!(" ({})", one_line(&d.decided_by.join(", ")))
                        };
                        (String::new(), format!("{}{by}", one_line(&d.decision)))
                    })
                    .collect(),
            );
            section(
                "Action items",
                s.action_items
                    .iter()
                    .map(|a| {
                        let mut body = one_line(&a.task);
                        if let Some(o) = &a.owner {
                            body.push_str(&format!(" — {}", one_line(o)));
                        }
                        if let Some(d) = &a.due {
                            body.push_str(&format!(" (due {})", one_line(d)));
                        }
                        (String::new(), body)
                    })
                    .collect(),
            );
            section(
                "Questions",
                s.questions
                    .iter()
                    .map(|q| {
                        let head = match &q.asked_by {
                            Some(who) => format!("{}: ", one_line(who)),
                            None => String::new(),
                        };
                        let mut body = one_line(&q.question);
                        if let Some(a) = &q.answer {
                            body.push_str(&format!(" — {}", one_line(a)));
                        }
                        (head, body)
                    })
                    .collect(),
            );
            section(
                "Open issues",
                s.open_issues
                    .iter()
                    .map(|t| (String::new(), one_line(t)))
                    .collect(),
            );
            section(
                "Next steps",
                s.next_steps
                    .iter()
                    .map(|t| (String::new(), one_line(t)))
                    .collect(),
            );
        }
    }

    // Transcript.
    l.space(10.0);
    l.heading("Transcript", H2, 40.0);
    if set.transcript.is_empty() {
        l.paragraph(&[(Weight::Regular, BODY, "No transcript.")], 0.0);
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
        let head = format!("[{}] {who}: ", clock(seg.start_ms));
        l.paragraph(
            &[
                (Weight::Bold, BODY, &head),
                (Weight::Regular, BODY, &one_line(&seg.text)),
            ],
            14.0,
        );
        l.space(3.0);
    }

    // Chat.
    l.space(10.0);
    l.heading("Chat", H2, 40.0);
    if set.chat.is_empty() {
        l.paragraph(&[(Weight::Regular, BODY, "No chat messages.")], 0.0);
    }
    for m in &set.chat {
        let who = one_line(m.sender_name.as_deref().unwrap_or(&m.sender));
        let head = format!(
            "[{}] {who}: ",
            clock(m.sent_at.unix_ms() - set.started_at.unix_ms())
        );
        l.paragraph(
            &[
                (Weight::Bold, BODY, &head),
                (Weight::Regular, BODY, &one_line(&m.text)),
            ],
            14.0,
        );
        l.space(3.0);
    }

    // Files.
    l.space(10.0);
    l.heading("Files", H2, 40.0);
    if set.files.is_empty() {
        l.paragraph(&[(Weight::Regular, BODY, "No shared files.")], 0.0);
    }
    for f in &set.files {
        let head = format!("• {}", one_line(&f.name));
        let body = format!(
            " — {}, {} bytes, shared by {} at {}",
            one_line(&f.content_type),
            f.size,
            one_line(&f.uploader),
            date_time(f.uploaded_at)
        );
        l.paragraph(
            &[(Weight::Bold, BODY, &head), (Weight::Regular, BODY, &body)],
            10.0,
        );
        l.space(2.0);
    }

    // Attendance.
    l.space(10.0);
    l.heading("Attendance", H2, 40.0);
    if attendees.is_empty() {
        l.paragraph(&[(Weight::Regular, BODY, "No attendance recorded.")], 0.0);
    }
    for a in &attendees {
        let head = format!("• {}", one_line(a.name.as_deref().unwrap_or(&a.identity)));
        let body = format!(
            " ({}) — {}, {} to {}{}",
            one_line(&a.identity),
            duration(a.duration_ms),
            date_time(a.first_joined),
            date_time(a.last_left),
            if a.sessions > 1 {
                format!(", joined {} times", a.sessions)
            } else {
                String::new()
            }
        );
        l.paragraph(
            &[(Weight::Bold, BODY, &head), (Weight::Regular, BODY, &body)],
            10.0,
        );
        l.space(2.0);
    }

    if !set.recordings.is_empty() {
        l.space(10.0);
        l.heading("Recordings", H2, 40.0);
        for r in &set.recordings {
            let head = format!("• {}", one_line(&r.kind));
            let mut body = format!(": {}", one_line(&r.location));
            if let Some(d) = r.duration_ms {
                body.push_str(&format!(" ({})", duration(d)));
            }
            l.paragraph(
                &[(Weight::Bold, BODY, &head), (Weight::Regular, BODY, &body)],
                10.0,
            );
            l.space(2.0);
        }
    }
    l.finish(|i, n| format!("Page {i} of {n}"))
}

fn pdf_date(t: crate::store::Timestamp) -> Result<DateTime> {
    // A Timestamp is always within `time`'s range, which is what printpdf checks.
    DateTime::from_unix_timestamp(t.unix_ms().div_euclid(1000))
        .map_err(|e| Error::Internal(format!("PDF date of {t}: {e}")))
}

/// Renders the set as a PDF.
pub fn render(set: &ArtifactSet) -> Result<Vec<u8>> {
    let pages = lay_out(set);
    let title = set
        .summary
        .as_ref()
        .map(|s| one_line(&s.title))
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| one_line(&set.room));
    let mut font_warnings = Vec::new();
    let regular = ParsedFont::from_bytes(REGULAR_TTF, 0, &mut font_warnings)
        .ok_or_else(|| Error::Internal("the embedded regular font does not parse".into()))?;
    let bold = ParsedFont::from_bytes(BOLD_TTF, 0, &mut font_warnings)
        .ok_or_else(|| Error::Internal("the embedded bold font does not parse".into()))?;
    let mut doc = PdfDocument::new(&title);
    let reg_id = doc.add_font(&regular);
    let bold_id = doc.add_font(&bold);
    let created = pdf_date(set.effective_end())?;
    doc.metadata.info.creation_date = created;
    doc.metadata.info.modification_date = created;
    doc.metadata.info.metadata_date = created;
    doc.metadata.info.creator = "lkctl".into();
    doc.metadata.info.producer = "lkctl".into();
    doc.metadata.info.subject = format!("{} ({})", one_line(&set.room), one_line(&set.room_sid));
    doc.metadata.info.identifier = one_line(&set.room_sid);

    let pdf_pages = pages
        .into_iter()
        .map(|lines| {
            let mut ops = Vec::with_capacity(lines.len() * 6);
            for line in lines {
                ops.push(Op::StartTextSection);
                ops.push(Op::SetTextCursor {
                    pos: Point {
                        x: Pt(line.x_pt),
                        y: Pt(line.y_pt),
                    },
                });
                for run in line.runs {
                    let id = match run.weight {
                        Weight::Regular => reg_id.clone(),
                        Weight::Bold => bold_id.clone(),
                    };
                    ops.push(Op::SetFont {
                        font: PdfFontHandle::External(id),
                        size: Pt(run.size_pt),
                    });
                    ops.push(Op::ShowText {
                        items: vec![TextItem::Text(run.text)],
                    });
                }
                ops.push(Op::EndTextSection);
            }
            PdfPage::new(Mm(PAGE_W_MM), Mm(PAGE_H_MM), ops)
        })
        .collect();
    let mut warnings = Vec::new();
    let bytes = doc
        .with_pages(pdf_pages)
        .save(&PdfSaveOptions::default(), &mut warnings);
    if bytes.len() < 64 || !bytes.starts_with(b"%PDF-") {
        return Err(Error::Internal("printpdf produced no PDF".into()));
    }
    Ok(bytes)
}
