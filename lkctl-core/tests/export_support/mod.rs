//! The fixture lecture of the export tests: Cyrillic, accents, typographic punctuation,
//! emoji, and hostile text (Markdown and HTML metacharacters, `-->`, control characters,
//! blank lines inside a message, very long words).

#![allow(dead_code)]

use lkctl_core::export::{ArtifactSet, AttendanceRecord, ChatMessage, Recording, SharedFileInfo};
use lkctl_core::lecture::{
    ActionItem, Decision, Question, Summary, SummaryParticipant, Topic, TranscriptSegment,
};
use lkctl_core::store::Timestamp;

/// 2026-03-02T09:00:00Z
pub const START_MS: i64 = 1_772_442_000_000;

pub fn ts(offset_ms: i64) -> Timestamp {
    Timestamp::from_unix_ms(START_MS + offset_ms).expect("timestamp")
}

/// A word longer than any line.
pub fn long_word() -> String {
    "Сверхдлинноеслово".repeat(12)
}

/// Every hostile line, as said in the transcript or chat.
pub fn hostile_lines() -> Vec<String> {
    vec![
        "# Not a heading".into(),
        "1. not a list".into(),
        "- not a bullet".into(),
        "> not a quote".into(),
        "**bold?** _em?_ `code?` [link](http://evil.example) <script>alert(1)</script>".into(),
        "&amp; &lt; entities stay as typed".into(),
        "a --> b --> c".into(),
        "=== and --- and | pipes | here |".into(),
        "trailing backslash \\".into(),
    ]
}

fn seg(i: usize, start_s: i64, who: (&str, &str), text: &str) -> TranscriptSegment {
    TranscriptSegment {
        id: format!("seg-{i:03}"),
        room: "physics-101".into(),
        room_sid: Some("RM_Lect5xYz".into()),
        speaker: Some(who.0.into()),
        speaker_name: Some(who.1.into()),
        track_id: Some(format!("TR_{}", who.0)),
        text: text.into(),
        language: Some("ru".into()),
        start_ms: start_s * 1000,
        end_ms: start_s * 1000 + 4_500,
    }
}

pub const PROF: (&str, &str) = ("prof-ivanova", "Анна Иванова");
pub const STUDENT: (&str, &str) = ("student-42", "Élodie Brontë");
pub const HOSTILE: (&str, &str) = ("h4x0r", "<b>Evil</b> & > `*Name*` -->");

pub fn lecture() -> ArtifactSet {
    let mut set = ArtifactSet::new("Физика: лекция №5", "RM_Lect5xYz", ts(0));
    set.ended_at = Some(ts(2 * 3_600_000 + 5 * 60_000));
    set.summary = Some(Summary {
        schema_version: "1".into(),
        title: "Квантовая механика — «введение»".into(),
        summary: "Лекция о принципе неопределённости Гейзенберга.\n\nСтуденты обсудили café-эксперименты и ёлку. # not a heading".into(),
        participants: vec![SummaryParticipant { identity: PROF.0.into(), name: Some(PROF.1.into()) }],
        topics: vec![
            Topic {
                title: "Принцип неопределённости".into(),
                summary: "Δx·Δp ≥ ħ/2, объяснение на примерах.".into(),
                start_ms: Some(0),
                end_ms: Some(1_800_000),
            },
            Topic {
                title: "Wave <functions> & [links](x)".into(),
                summary: "Ψ-функция, нормировка.".into(),
                start_ms: Some(1_800_000),
                end_ms: None,
            },
        ],
        decisions: vec![Decision {
            decision: "Экзамен перенесён на 15 марта".into(),
            decided_by: vec![PROF.0.into()],
            at_ms: Some(3_000_000),
        }],
        action_items: vec![ActionItem {
            task: "Прочитать главу 3 (Ландау)".into(),
            owner: Some(STUDENT.1.into()),
            due: Some("2026-03-09".into()),
            at_ms: None,
        }],
        questions: vec![Question {
            question: "Почему ħ/2, а не ħ?".into(),
            asked_by: Some(STUDENT.1.into()),
            answer: Some("Из-за гауссова волнового пакета.".into()),
            answered_by: Some(PROF.0.into()),
            at_ms: Some(2_000_000),
        }],
        open_issues: vec!["Как измерять импульс одиночного электрона?".into()],
        next_steps: vec!["Следующая лекция: туннельный эффект".into()],
    });
    let mut transcript = vec![
        seg(
            1,
            5,
            PROF,
            "Здравствуйте! Сегодня — квантовая механика и «неопределённость».",
        ),
        seg(
            2,
            12,
            STUDENT,
            "Élève, café, naïve, Ærø — accents must survive.",
        ),
        seg(
            3,
            20,
            PROF,
            &format!("Очень длинное слово: {} конец.", long_word()),
        ),
        seg(
            4,
            31,
            HOSTILE,
            "control\u{7}chars\u{1b}[31m and\u{0} nulls\r\nand a CRLF",
        ),
        seg(5, 40, STUDENT, "emoji: 😀 ✓ ★ 👍🏽 🎉 and e\u{301} (NFD)"),
        seg(6, 47, PROF, "a line\n\n\nwith blank lines inside"),
        seg(7, 52, PROF, "   "),
    ];
    for (i, line) in hostile_lines().iter().enumerate() {
        transcript.push(seg(10 + i, 60 + i as i64 * 6, HOSTILE, line));
    }
    // Out of order on purpose: the renderers sort.
    transcript.reverse();
    set.transcript = transcript;
    set.chat = vec![
        ChatMessage {
            id: "msg-2".into(),
            sender: STUDENT.0.into(),
            sender_name: Some(STUDENT.1.into()),
            text: "Merci ! Où sont les diapositives ?".into(),
            sent_at: ts(600_000),
        },
        ChatMessage {
            id: "msg-1".into(),
            sender: PROF.0.into(),
            sender_name: Some(PROF.1.into()),
            text: "Слайды в разделе «Файлы».".into(),
            sent_at: ts(300_000),
        },
        ChatMessage {
            id: "msg-3".into(),
            sender: HOSTILE.0.into(),
            sender_name: Some(HOSTILE.1.into()),
            text: "<img src=x onerror=alert(1)> | --> ![x](y)".into(),
            sent_at: ts(900_000),
        },
    ];
    set.files = vec![
        SharedFileInfo {
            id: "file-1".into(),
            name: "Лекция 5 — слайды.pdf".into(),
            size: 2_345_678,
            content_type: "application/pdf".into(),
            uploader: PROF.0.into(),
            uploaded_at: ts(120_000),
        },
        SharedFileInfo {
            id: "file-2".into(),
            name: "notes | draft [v2].md".into(),
            size: 1_024,
            content_type: "text/markdown".into(),
            uploader: STUDENT.0.into(),
            uploaded_at: ts(1_500_000),
        },
    ];
    set.attendance = vec![
        AttendanceRecord {
            identity: PROF.0.into(),
            name: Some(PROF.1.into()),
            joined_at: ts(-60_000),
            left_at: Some(ts(7_500_000)),
        },
        AttendanceRecord {
            identity: STUDENT.0.into(),
            name: Some(STUDENT.1.into()),
            joined_at: ts(60_000),
            left_at: Some(ts(1_860_000)),
        },
        // Rejoined after a network drop, overlapping by a minute.
        AttendanceRecord {
            identity: STUDENT.0.into(),
            name: Some(STUDENT.1.into()),
            joined_at: ts(1_800_000),
            left_at: Some(ts(3_600_000)),
        },
        // Never seen leaving: counted to the end of the session.
        AttendanceRecord {
            identity: HOSTILE.0.into(),
            name: Some(HOSTILE.1.into()),
            joined_at: ts(3_000_000),
            left_at: None,
        },
    ];
    set.recordings = vec![Recording {
        egress_id: "EG_abc123".into(),
        kind: "room_composite".into(),
        location: "recordings/physics-101/2026-03-02.mp4".into(),
        size: Some(1_234_567_890),
        duration_ms: Some(7_500_000),
        started_at: Some(ts(0)),
    }];
    set
}

/// A test that needs a tool is `#[ignore]`d (reported as skipped) unless asked for with
/// `--run-ignored`; once asked for, a missing tool fails it, saying how to install it.
pub fn missing(test: &str, what: &str, how: &str) {
    panic!("{test}: {what} is missing; {how}");
}
