//! The artifact set: canonical JSON, content hash, versioned JSON file, attendance.

mod export_support;

use export_support::{HOSTILE, PROF, STUDENT, lecture, ts};
use lkctl_core::export::{self, ArtifactSet, Format, RenderOptions, json};

#[test]
fn content_hash_ignores_gathering_order_and_tracks_content() {
    let a = lecture();
    let mut b = lecture();
    b.chat.reverse();
    b.attendance.reverse();
    b.transcript.sort_by(|x, y| x.id.cmp(&y.id));
    assert_eq!(a.canonical_json().unwrap(), b.canonical_json().unwrap());
    assert_eq!(a.content_hash().unwrap(), b.content_hash().unwrap());
    assert_eq!(a.content_hash().unwrap().len(), 64);

    let mut c = lecture();
    c.chat[0].text.push('!');
    assert_ne!(a.content_hash().unwrap(), c.content_hash().unwrap());
    let mut d = lecture();
    d.summary = None;
    assert_ne!(a.content_hash().unwrap(), d.content_hash().unwrap());
}

#[test]
fn artifact_keys_differ_per_format_and_are_stable() {
    let set = lecture();
    let opts = RenderOptions::default();
    let mut keys = std::collections::BTreeSet::new();
    for f in Format::ALL {
        let file = export::render(&set, f, &opts).unwrap();
        assert_eq!(
            file.key,
            export::artifact_key(&set.content_hash().unwrap(), f)
        );
        assert_eq!(file.folder, set.folder_name());
        assert_eq!(file.name, f.file_name());
        keys.insert(file.key);
    }
    assert_eq!(keys.len(), Format::ALL.len());
    // Rendering the PDF twice in one process gives different bytes (printpdf's font ids),
    // but the same key: that is why the key hashes the input.
    let k1 = export::render(&set, Format::Pdf, &opts).unwrap().key;
    let k2 = export::render(&set, Format::Pdf, &opts).unwrap().key;
    assert_eq!(k1, k2);
}

#[test]
fn json_file_is_versioned_and_round_trips() {
    let set = lecture();
    let bytes = json::render(&set).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(
        text.trim_start().starts_with("{\n  \"schema_version\": 1,"),
        "{}",
        &text[..80]
    );
    assert!(
        text.contains("Квантовая механика"),
        "UTF-8 kept as is, not \\u-escaped"
    );
    let mut back = json::parse(&bytes).unwrap();
    let mut want = set.clone();
    want.normalize();
    back.normalize();
    assert_eq!(back, want);

    let mut v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    v["schema_version"] = 2.into();
    let e = json::parse(v.to_string().as_bytes())
        .unwrap_err()
        .to_string();
    assert!(e.contains("version 1"), "{e}");
    v.as_object_mut().unwrap().remove("schema_version");
    assert!(json::parse(v.to_string().as_bytes()).is_err());
}

#[test]
fn attendance_folds_rejoins_overlaps_and_missing_leaves() {
    let set = lecture();
    let a = set.attendees();
    assert_eq!(a.len(), 3);
    assert_eq!(a[0].identity, PROF.0);
    assert_eq!(a[0].duration_ms, 7_560_000);
    let s = a.iter().find(|x| x.identity == STUDENT.0).unwrap();
    // 60 s..1860 s and 1800 s..3600 s overlap by a minute: 3540 s present.
    assert_eq!((s.sessions, s.duration_ms), (2, 3_540_000));
    let h = a.iter().find(|x| x.identity == HOSTILE.0).unwrap();
    assert_eq!(h.last_left, set.ended_at.unwrap());
    assert_eq!(
        h.duration_ms,
        set.ended_at.unwrap().unix_ms() - ts(3_000_000).unix_ms()
    );
    assert_eq!(set.duration_ms(), 7_500_000);
}

#[test]
fn validation_and_folder_names() {
    let set = lecture();
    set.validate().unwrap();
    assert_eq!(
        set.folder_name(),
        "2026-03-02_Физика__лекция__5_RM_Lect5xYz"
    );

    let mut bad = lecture();
    bad.ended_at = Some(ts(-1));
    assert!(bad.validate().is_err());
    let mut bad = lecture();
    bad.transcript[0].end_ms = bad.transcript[0].start_ms - 1;
    assert!(bad.validate().is_err());

    // A room with chat and attendance but no transcript or summary still renders.
    let mut bare = ArtifactSet::new("bare", "RM_bare", ts(0));
    bare.chat = lecture().chat;
    for f in Format::ALL {
        export::render(&bare, f, &RenderOptions::default()).unwrap();
    }
}

#[test]
fn formats_parse_from_the_command_line() {
    assert_eq!(
        Format::parse_list("pdf, md,json,pdf").unwrap(),
        vec![Format::Pdf, Format::Markdown, Format::Json]
    );
    assert!(Format::parse_list("docx").is_err());
    assert!(Format::parse_list(" , ").is_err());
}
