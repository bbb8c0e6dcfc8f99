//! The PDF: every section's text extracts with `pdftotext` (Cyrillic, accents and
//! typographic punctuation intact), the font is an embedded subset, pages are numbered,
//! metadata dates are the session's, and a page renders with `pdftoppm`.
//!
//! Needs poppler-utils (`apt-get install poppler-utils`); skipped loudly without it,
//! failed when CI or LKCTL_REQUIRE_SERVICES is set.

mod export_support;

use std::path::Path;
use std::process::Command;

use export_support::{lecture, long_word, missing};
use lkctl_core::export::{ArtifactSet, pdf};

fn have(tool: &str) -> bool {
    Command::new(tool).arg("-v").output().is_ok()
}

fn pdftotext(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftotext: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

fn write_pdf(dir: &Path, set: &ArtifactSet) -> std::path::PathBuf {
    let path = dir.join("lecture.pdf");
    std::fs::write(&path, pdf::render(set).unwrap()).unwrap();
    path
}

#[test]
#[ignore = "needs poppler-utils (apt-get install poppler-utils); run with --run-ignored all"]
fn every_section_extracts_with_unicode_intact() {
    if !have("pdftotext") {
        return missing(
            "every_section_extracts_with_unicode_intact",
            "pdftotext",
            "apt-get install poppler-utils",
        );
    }
    let tmp = tempfile::tempdir().unwrap();
    let path = write_pdf(tmp.path(), &lecture());
    let text = pdftotext(&path);
    // Words wrap at line ends; compare with whitespace collapsed.
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for want in [
        // Title page
        "Квантовая механика — «введение»",
        "Room: Физика: лекция №5",
        "Session: RM_Lect5xYz",
        "Date: 2026-03-02 09:00 UTC",
        "Duration: 2 h 05 min",
        "Attendance: 3 participants",
        // Summary sections
        "Summary",
        "Лекция о принципе неопределённости Гейзенберга.",
        "Topics",
        "Принцип неопределённости [0:00:00–0:30:00]:",
        "Δx·Δp ≥ ħ/2",
        "Wave <functions> & [links](x)",
        "Decisions",
        "Экзамен перенесён на 15 марта (prof-ivanova)",
        "Action items",
        "Прочитать главу 3 (Ландау) — Élodie Brontë (due 2026-03-09)",
        "Questions",
        "Почему ħ/2, а не ħ? — Из-за гауссова волнового пакета.",
        "Open issues",
        "Next steps",
        "Следующая лекция: туннельный эффект",
        // Transcript with speakers and timestamps
        "Transcript",
        "[0:00:05] Анна Иванова: Здравствуйте! Сегодня — квантовая механика и «неопределённость».",
        "[0:00:12] Élodie Brontë: Élève, café, naïve, Ærø — accents must survive.",
        "[0:01:00] <b>Evil</b> & > `*Name*` -->: # Not a heading",
        "a --> b --> c",
        "controlchars[31m and nulls and a CRLF",
        "and é (NFD)",
        // Chat
        "Chat",
        "[0:05:00] Анна Иванова: Слайды в разделе «Файлы».",
        "Merci ! Où sont les diapositives ?",
        "<img src=x onerror=alert(1)> | --> ![x](y)",
        // Files
        "Files",
        "Лекция 5 — слайды.pdf — application/pdf, 2345678 bytes, shared by prof-ivanova",
        "notes | draft [v2].md",
        // Attendance and recordings
        "Attendance",
        "Анна Иванова (prof-ivanova) — 2 h 06 min",
        "Élodie Brontë (student-42) — 59 min",
        "joined 2 times",
        "Recordings",
        "room_composite: recordings/physics-101/2026-03-02.mp4",
    ] {
        assert!(
            flat.contains(want),
            "missing from the PDF text: {want:?}\n--- text ---\n{text}"
        );
    }
    // The long word is broken across lines, not lost: every character is there.
    let no_space: String = text.chars().filter(|c| !c.is_whitespace()).collect();
    assert!(
        no_space.contains(&long_word()),
        "the very long word lost characters"
    );
    // Emoji: DejaVu has 😀 ✓ ★; 👍 and 🎉 become a visible box, never vanish.
    assert!(flat.contains("emoji: 😀 ✓ ★ □ □"), "emoji line: {flat}");
    // No control characters made it into the page.
    assert!(
        !text
            .chars()
            .any(|c| c.is_control() && !matches!(c, '\n' | '\u{c}'))
    );
    // Page numbers on every page.
    let pages = text.matches('\u{c}').count();
    assert!(pages >= 3, "{pages} pages");
    for i in 1..=pages {
        assert!(
            flat.contains(&format!("Page {i} of {pages}")),
            "page {i} has no number"
        );
    }
}

#[test]
#[ignore = "needs poppler-utils (apt-get install poppler-utils); run with --run-ignored all"]
fn fonts_are_embedded_subsets_and_metadata_is_deterministic() {
    if !have("pdffonts") || !have("pdfinfo") {
        return missing(
            "fonts_are_embedded_subsets_and_metadata_is_deterministic",
            "pdffonts/pdfinfo",
            "apt-get install poppler-utils",
        );
    }
    let tmp = tempfile::tempdir().unwrap();
    let set = lecture();
    let path = write_pdf(tmp.path(), &set);
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(
        size < 200_000,
        "subset fonts keep the PDF small, got {size} bytes"
    );
    let fonts =
        String::from_utf8(Command::new("pdffonts").arg(&path).output().unwrap().stdout).unwrap();
    let rows: Vec<&str> = fonts.lines().filter(|l| l.contains("DejaVuSans")).collect();
    assert_eq!(rows.len(), 2, "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type... emb sub uni object ID
        let n = cols.len();
        assert_eq!(
            &cols[n - 5..n - 2],
            &["yes", "yes", "yes"],
            "not an embedded unicode subset: {row}"
        );
        assert!(
            cols[0].contains('+'),
            "subset fonts are named XXXXXX+Name: {row}"
        );
    }
    let info = String::from_utf8(
        Command::new("pdfinfo")
            .arg("-isodates")
            .arg(&path)
            .output()
            .unwrap()
            .stdout,
    )
    .unwrap();
    let field = |k: &str| {
        info.lines()
            .find_map(|l| l.strip_prefix(&format!("{k}:")))
            .map(|v| v.trim().to_string())
            .unwrap_or_else(|| panic!("no {k} in {info}"))
    };
    // The session's end, not the time of rendering (and not printpdf's 1970 default).
    assert_eq!(field("CreationDate"), "2026-03-02T11:05:00Z");
    assert_eq!(field("ModDate"), "2026-03-02T11:05:00Z");
    assert_eq!(field("Title"), "Квантовая механика — «введение»");
    assert!(field("Page size").contains("(A4)"), "{info}");
}

#[test]
#[ignore = "needs poppler-utils (apt-get install poppler-utils); run with --run-ignored all"]
fn a_page_renders_to_png() {
    if !have("pdftoppm") {
        return missing(
            "a_page_renders_to_png",
            "pdftoppm",
            "apt-get install poppler-utils",
        );
    }
    let tmp = tempfile::tempdir().unwrap();
    let path = write_pdf(tmp.path(), &lecture());
    let prefix = tmp.path().join("page");
    let out = Command::new("pdftoppm")
        .args(["-png", "-r", "60", "-f", "3", "-l", "3"])
        .arg(&path)
        .arg(&prefix)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "pdftoppm: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let png = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .find(|e| e.file_name().to_string_lossy().ends_with(".png"))
        .expect("a PNG");
    let bytes = std::fs::read(png.path()).unwrap();
    assert!(
        bytes.starts_with(b"\x89PNG\r\n\x1a\n") && bytes.len() > 2_000,
        "a real image"
    );
    if let Some(keep) = std::env::var_os("LKCTL_KEEP_PDF") {
        // For eyeballing: LKCTL_KEEP_PDF=/tmp/x keeps the PDF and the page image.
        let keep = Path::new(&keep);
        std::fs::create_dir_all(keep).unwrap();
        std::fs::copy(&path, keep.join("lecture.pdf")).unwrap();
        std::fs::copy(png.path(), keep.join("page-3.png")).unwrap();
    }
}

#[test]
fn a_long_lecture_paginates() {
    let mut set = lecture();
    let base = set.transcript[0].clone();
    set.transcript = (0..1500)
        .map(|i| {
            let mut s = base.clone();
            s.id = format!("long-{i:05}");
            s.start_ms = i * 4_000;
            s.end_ms = i * 4_000 + 3_500;
            s.text = format!(
                "Фраза номер {i}: квантовая механика объясняет, почему электрон не падает на ядро."
            );
            s
        })
        .collect();
    let bytes = pdf::render(&set).unwrap();
    assert!(bytes.starts_with(b"%PDF-"));
    if have("pdftotext") {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("long.pdf");
        std::fs::write(&path, &bytes).unwrap();
        let text = pdftotext(&path);
        assert!(text.contains("Фраза номер 1499:"));
        assert!(text.matches('\u{c}').count() > 40);
    }
}
