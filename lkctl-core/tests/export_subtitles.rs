//! WebVTT and SRT: exact format checks, then the strict npm validators (`webvtt-parser`,
//! `srt-validator`) installed with `npm ci` in `tests/export/node`.

mod export_support;

use std::path::{Path, PathBuf};
use std::process::Command;

use export_support::{HOSTILE, lecture, missing};
use lkctl_core::export::subtitles;

#[test]
fn webvtt_is_escaped_and_well_formed() {
    let vtt = subtitles::webvtt(&lecture());
    assert!(vtt.starts_with(
        "WEBVTT\n\nseg-00001\n00:00:05.000 --> 00:00:09.500\n<v Анна Иванова>Здравствуйте!"
    ));
    // Cue blocks: header, then one block per non-empty segment (the blank one is skipped).
    let blocks: Vec<&str> = vtt.trim_end().split("\n\n").collect();
    assert_eq!(blocks.len(), 1 + 6 + 9);
    for block in &blocks[1..] {
        let lines: Vec<&str> = block.lines().collect();
        assert!(lines[0].starts_with("seg-"));
        assert_eq!(lines[1].matches("-->").count(), 1, "timing line: {block}");
        for payload in &lines[2..] {
            assert!(!payload.contains("-->"), "arrow in payload: {payload}");
            assert!(!payload.trim().is_empty());
            assert!(
                !payload.contains('<') || payload.starts_with("<v "),
                "raw tag: {payload}"
            );
        }
    }
    assert!(
        vtt.contains("<v &lt;b&gt;Evil&lt;/b&gt; &amp; &gt; `*Name*` --&gt;>a --&gt; b --&gt; c\n")
    );
    assert!(vtt.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(vtt.contains("<v Анна Иванова>a line\nwith blank lines inside\n"));
    assert!(!vtt.chars().any(|c| c.is_control() && c != '\n'));
}

#[test]
fn srt_is_numbered_without_gaps() {
    let srt = subtitles::srt(&lecture(), false);
    let blocks: Vec<&str> = srt.trim_end().split("\n\n").collect();
    assert_eq!(blocks.len(), 6 + 9);
    for (i, block) in blocks.iter().enumerate() {
        let mut lines = block.lines();
        assert_eq!(lines.next(), Some((i + 1).to_string().as_str()));
        let timing = lines.next().unwrap();
        assert_eq!(
            timing.len(),
            "00:00:05,000 --> 00:00:09,500".len(),
            "{timing}"
        );
        assert!(timing.contains(',') && !timing.contains('.'));
    }
    assert!(srt.contains(&format!("{}: a --> b --> c\n", HOSTILE.1)));
    assert!(subtitles::srt(&lecture(), true).starts_with('\u{feff}'));
}

fn node_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/export/node")
}

/// Runs `validate.js KIND FILE`; `None` when node or the npm modules are missing.
fn validate(kind: &str, text: &str) -> Option<(bool, String)> {
    let dir = node_dir();
    if !dir.join("node_modules/webvtt-parser").exists()
        || !dir.join("node_modules/srt-validator").exists()
    {
        return None;
    }
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join(format!("t.{kind}"));
    std::fs::write(&file, text).unwrap();
    let out = Command::new("node")
        .arg(dir.join("validate.js"))
        .arg(kind)
        .arg(&file)
        .output()
        .ok()?;
    Some((
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    ))
}

fn with_validators(test: &str) -> bool {
    if validate("vtt", "WEBVTT\n").is_some() {
        return true;
    }
    missing(
        test,
        "node with the npm validators",
        "run `npm ci` in lkctl-core/tests/export/node (needs node)",
    );
    false
}

#[test]
#[ignore = "needs node and `npm ci` in lkctl-core/tests/export/node; run with --run-ignored all"]
fn strict_validators_accept_our_files_and_reject_broken_ones() {
    if !with_validators("strict_validators_accept_our_files_and_reject_broken_ones") {
        return;
    }
    let set = lecture();
    let (ok, report) = validate("vtt", &subtitles::webvtt(&set)).unwrap();
    assert!(ok, "webvtt-parser rejected our WebVTT: {report}");
    assert!(report.contains("\"cues\":15"), "{report}");
    for bom in [false, true] {
        let (ok, report) = validate("srt", &subtitles::srt(&set, bom)).unwrap();
        assert!(ok, "srt-validator rejected our SRT (bom {bom}): {report}");
    }
    // The validators are strict: what a naive writer would produce fails.
    let naive_vtt = "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>a --> b & <c>\n";
    // An empty transcript's WebVTT (the header alone) is a valid file.
    assert!(validate("vtt", "WEBVTT\n").unwrap().0);
    assert!(!validate("vtt", naive_vtt).unwrap().0);
    let comma_vtt = subtitles::webvtt(&set).replacen("00:00:05.000", "00:00:05,000", 1);
    assert!(!validate("vtt", &comma_vtt).unwrap().0);
    let gap_srt = subtitles::srt(&set, false).replacen("\n2\n", "\n3\n", 1);
    assert!(!validate("srt", &gap_srt).unwrap().0);
}

#[test]
fn an_empty_transcript_still_gives_valid_files() {
    let mut set = lecture();
    set.transcript.clear();
    assert_eq!(subtitles::webvtt(&set), "WEBVTT\n");
    assert_eq!(subtitles::srt(&set, false), "");
}
