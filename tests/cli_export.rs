//! `lkctl export`, `lkctl artifact list|show` and `lkctl transcript search|show` as a user
//! and cron run them: the real binary against a store filled the way production fills it.
//!
//! The crash test kills `lkctl export` with SIGKILL at points drawn from a fixed list of
//! seeds (after some number of progress lines, plus a few hundred microseconds), twice in
//! a row, and checks that the next run finishes the job with no duplicate, no partial and
//! no temporary file left at the destination, and without redoing finished files.

mod common;
#[path = "../lkctl-core/tests/lecture_seed/mod.rs"]
mod lecture_seed;
mod store_cli;

use std::collections::BTreeMap;
use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::Stdio;
use std::time::Duration;

use lecture_seed::{Seed, seed};
use lkctl_core::store::Store;
use serde_json::Value;
use sha2::Digest;
use store_cli::Db;

/// Fills the database behind `db` (its own pool, closed before the CLI runs).
fn seed_store(db: &Db, lectures: &[(&str, &str, Seed)]) {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = Store::open(&db.url).await.expect("open store");
        for (room, sid, what) in lectures {
            seed(&store, room, sid, *what).await;
        }
        store.close().await;
    });
}

fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn file_events(events: &[Value]) -> Vec<&Value> {
    events.iter().filter(|e| e["event"] == "file").collect()
}

/// Every file under `dir` (relative path → bytes).
fn tree(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    let Ok(folders) = std::fs::read_dir(dir) else {
        return out;
    };
    for folder in folders {
        let folder = folder.unwrap().path();
        for f in std::fs::read_dir(&folder).unwrap() {
            let f = f.unwrap().path();
            let rel = f.strip_prefix(dir).unwrap().display().to_string();
            out.insert(rel, std::fs::read(&f).unwrap());
        }
    }
    out
}

fn sha256(bytes: &[u8]) -> String {
    sha2::Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The manifest as `lkctl artifact show` reports it is not enough here: read the rows.
fn manifest(db: &Db) -> Vec<(String, String, String, Option<String>)> {
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        let store = Store::open(&db.url).await.unwrap();
        let rows = lkctl_core::ops::exports::manifest::list(&store, None, None)
            .await
            .unwrap();
        store.close().await;
        rows.into_iter()
            .map(|r| (r.status, r.format, r.location, r.sha256))
            .collect()
    })
}

#[test]
fn export_twice_to_a_directory_and_the_second_run_does_nothing() {
    let db = Db::sqlite();
    seed_store(
        &db,
        &[
            ("физика-101", "RM_one", Seed::FULL),
            ("семинар", "RM_two", Seed::BARE),
        ],
    );
    let out = db.sb.path("exports");
    let to = out.to_str().unwrap();
    let first = db.run(&["export", "--pending", "--to", to]).ok();
    let events = lines(&first.stdout);
    assert_eq!(events[0]["event"], "planned");
    assert_eq!(events[0]["files"], 10);
    let files = file_events(&events);
    assert_eq!(files.len(), 10);
    assert!(
        files.iter().all(|f| f["status"] == "uploaded"),
        "{events:#?}"
    );
    let finished = events.last().unwrap();
    assert_eq!(finished["event"], "finished");
    assert_eq!(finished["uploaded"], 10);
    let placed = tree(&out);
    assert_eq!(placed.len(), 10);
    for (status, _, location, sha) in manifest(&db) {
        assert_eq!(status, "done");
        assert_eq!(
            Some(sha256(&std::fs::read(&location).unwrap())),
            sha,
            "{location}"
        );
    }

    let second = db.run(&["export", "--pending", "--to", to]).ok();
    let events = lines(&second.stdout);
    assert!(file_events(&events).is_empty(), "{events:#?}");
    assert_eq!(events.last().unwrap()["sessions"], 0);
    let named = db
        .run(&["export", "RM_one", "--to", to, "--format", "pdf,md"])
        .ok();
    let files = lines(&named.stdout);
    let files = file_events(&files);
    assert_eq!(files.len(), 2);
    assert!(files.iter().all(|f| f["status"] == "skipped"));
    assert_eq!(tree(&out), placed, "nothing at the destination changed");

    // Usage errors and unknown sessions.
    db.run(&["export", "--to", to])
        .fails(2, "--pending or --since");
    db.run(&["export", "RM_one", "--to", to, "--format", "docx"])
        .fails(2, "not a format");
    db.run(&["export", "RM_nope", "--to", to])
        .fails(3, "RM_nope");
    db.run(&["export", "RM_one", "--to", "ftp://x"])
        .fails(2, "not a destination");
}

/// A destination that cannot be written fails with the error's exit code, after the
/// other destination got its files.
#[test]
fn a_failed_destination_is_reported_and_the_others_finish() {
    let db = Db::sqlite();
    seed_store(&db, &[("семинар", "RM_two", Seed::BARE)]);
    let good = db.sb.path("good");
    let r = db.run(&[
        "export",
        "RM_two",
        "--format",
        "json",
        "--to",
        good.to_str().unwrap(),
        "--to",
        "s3://lectures/x",
    ]);
    assert_eq!(
        r.code, 2,
        "missing S3 settings is a configuration error: {r:#?}"
    );
    assert!(r.stderr.contains("no S3 access key"), "{r:#?}");
    assert!(r.stderr.contains("S3 settings"), "{r:#?}");
    assert_eq!(tree(&good).len(), 1);
    let events = lines(&r.stdout);
    let s3 = events
        .iter()
        .find(|e| e["event"] == "finished" && e["target"] == "s3://lectures/x")
        .unwrap();
    assert!(s3["error"].as_str().unwrap().contains("S3 settings"));
}

/// Deterministic kill points: a tiny xorshift so the seeds give the same points everywhere.
fn points(seed: u64, total_lines: usize) -> impl Iterator<Item = (usize, Duration)> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    std::iter::from_fn(move || {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let after_lines = (x % total_lines as u64) as usize;
        let micros = (x >> 32) % 800;
        Some((after_lines, Duration::from_micros(micros)))
    })
}

/// Starts `lkctl export`, reads `after_lines` progress lines, waits `delay`, SIGKILLs it.
/// Returns the lines it printed.
fn export_killed(db: &Db, to: &str, after_lines: usize, delay: Duration) -> Vec<Value> {
    let mut child = db
        .cmd(&["export", "--pending", "--to", to])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawn lkctl");
    let stdout = child.stdout.take().unwrap();
    let mut reader = BufReader::new(stdout);
    let mut seen = Vec::new();
    let mut line = String::new();
    while seen.len() < after_lines {
        line.clear();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            break; // it finished first
        }
        seen.push(serde_json::from_str(line.trim()).unwrap());
    }
    std::thread::sleep(delay);
    let _ = child.kill(); // SIGKILL
    let _ = child.wait();
    // Lines written before the kill but not read yet.
    for l in reader.lines().map_while(|l| l.ok()) {
        if let Ok(v) = serde_json::from_str(&l) {
            seen.push(v);
        }
    }
    seen
}

/// A file under its final name is whole: JSON parses, a PDF has its end marker, WebVTT its
/// header. (Hidden temporary files are the writer's business.)
fn assert_whole(seed: u64, path: &str, bytes: &[u8]) {
    let name = path.rsplit('/').next().unwrap_or(path);
    if name.starts_with('.') {
        return;
    }
    let ok = match name.rsplit('.').next() {
        Some("json") => serde_json::from_slice::<Value>(bytes).is_ok(),
        Some("pdf") => {
            bytes.starts_with(b"%PDF-") && bytes.windows(5).rev().take(64).any(|w| w == b"%%EOF")
        }
        Some("vtt") => bytes.starts_with(b"WEBVTT"),
        _ => true,
    };
    assert!(ok, "seed {seed}: {path} is partial ({} bytes)", bytes.len());
}

#[test]
fn export_killed_at_random_points_finishes_on_rerun_without_duplicates() {
    // Not vacuous: some kill must land after a file was placed, and some rerun must have
    // had work left.
    let (mut killed_after_work, mut rerun_with_work) = (false, false);
    for seed_value in [1u64, 7, 42, 1234, 98_765] {
        let db = Db::sqlite();
        seed_store(
            &db,
            &[
                ("физика-101", "RM_k1", Seed::FULL),
                ("семинар", "RM_k2", Seed::BARE),
                ("физика-102", "RM_k3", Seed::FULL),
            ],
        );
        let out = db.sb.path("exports");
        let to = out.to_str().unwrap();
        // planned + 15 files + finished; kill within the first half so work is left.
        let mut kills = points(seed_value, 8);
        let mut done_before: Vec<(String, String)> = Vec::new();
        for _ in 0..2 {
            let (after, delay) = kills.next().unwrap();
            let seen = export_killed(&db, to, after, delay);
            for f in file_events(&seen) {
                if f["status"] == "uploaded" {
                    done_before.push((
                        f["room_sid"].as_str().unwrap().into(),
                        f["format"].as_str().unwrap().into(),
                    ));
                }
            }
            // Whatever the kill left: never a partial file under a final name.
            for (path, bytes) in tree(&out) {
                assert_whole(seed_value, &path, &bytes);
            }
        }
        killed_after_work |= !done_before.is_empty();
        let rerun = db.run(&["export", "--pending", "--to", to]).ok();
        let events = lines(&rerun.stdout);
        rerun_with_work |= file_events(&events)
            .iter()
            .any(|f| f["status"] == "uploaded");
        for f in file_events(&events) {
            let key = (
                f["room_sid"].as_str().unwrap().to_string(),
                f["format"].as_str().unwrap().to_string(),
            );
            assert!(
                !(done_before.contains(&key) && f["status"] == "uploaded"),
                "seed {seed_value}: {key:?} finished before the kill and was uploaded again"
            );
            assert_ne!(f["status"], "failed", "seed {seed_value}: {f}");
            assert_ne!(
                f["status"], "busy",
                "seed {seed_value}: a dead run's lease held: {f}"
            );
        }
        let placed = tree(&out);
        assert_eq!(
            placed.len(),
            15,
            "seed {seed_value}: exactly the 15 files, no temporaries: {:?}",
            placed.keys().collect::<Vec<_>>()
        );
        let rows = manifest(&db);
        assert_eq!(rows.len(), 15);
        for (status, format, location, sha) in rows {
            assert_eq!(status, "done", "seed {seed_value}: {format}");
            let bytes = std::fs::read(&location).unwrap();
            assert_eq!(
                Some(sha256(&bytes)),
                sha,
                "seed {seed_value}: {location} is whole"
            );
        }
        // And the job is done: one more run does nothing.
        let again = db.run(&["export", "--pending", "--to", to]).ok();
        assert!(file_events(&lines(&again.stdout)).is_empty());
    }
    assert!(
        killed_after_work && rerun_with_work,
        "the seeds must interrupt runs midway (after work: {killed_after_work}, rerun had work: {rerun_with_work})"
    );
}

#[test]
fn two_exporter_processes_on_postgres_export_each_file_once() {
    let db = Db::postgres();
    seed_store(
        &db,
        &[
            ("r", "RM_p1", Seed::BARE),
            ("r", "RM_p2", Seed::BARE),
            ("r", "RM_p3", Seed::BARE),
        ],
    );
    let out = db.sb.path("exports");
    let to = out.to_str().unwrap();
    let spawn = || {
        db.cmd(&[
            "export",
            "--pending",
            "--to",
            to,
            "--format",
            "json,md,vtt,srt",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn lkctl")
    };
    let (a, b) = (spawn(), spawn());
    let (a, b) = (a.wait_with_output().unwrap(), b.wait_with_output().unwrap());
    assert!(a.status.success() && b.status.success(), "{a:?} {b:?}");
    let mut uploaded: BTreeMap<(String, String), usize> = BTreeMap::new();
    for out in [&a, &b] {
        for f in file_events(&lines(&String::from_utf8_lossy(&out.stdout))) {
            match f["status"].as_str().unwrap() {
                "uploaded" => {
                    *uploaded
                        .entry((
                            f["room_sid"].as_str().unwrap().into(),
                            f["format"].as_str().unwrap().into(),
                        ))
                        .or_default() += 1
                }
                "skipped" | "busy" => {}
                other => panic!("unexpected {other}: {f}"),
            }
        }
    }
    assert_eq!(uploaded.len(), 12, "{uploaded:?}");
    assert!(uploaded.values().all(|n| *n == 1), "{uploaded:?}");
    assert_eq!(tree(&out).len(), 12);
}

fn search_story(db: &Db) {
    seed_store(
        db,
        &[
            ("физика-101", "RM_s1", Seed::FULL),
            ("семинар", "RM_s2", Seed::BARE),
        ],
    );
    let hits = db
        .run(&["-o", "json", "transcript", "search", "КВАНТОВАЯ механика"])
        .ok()
        .json();
    let hits = hits.as_array().unwrap();
    assert!(!hits.is_empty());
    assert_eq!(hits[0]["room_sid"], "RM_s1");
    assert_eq!(hits[0]["source"], "transcript");
    assert!(hits[0]["snippet"].as_str().unwrap().contains("квантовая"));
    let one = db
        .run(&[
            "-o",
            "json",
            "transcript",
            "search",
            "слайды",
            "--room",
            "семинар",
        ])
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    for hostile in [
        "C++",
        "\"unterminated",
        "a AND (OR",
        "'; DROP TABLE chat_messages; --",
        "*",
        "\u{1b}[31mred",
        "NEAR(x y)",
    ] {
        let r = db
            .run(&["-o", "json", "transcript", "search", "--", hostile])
            .ok();
        assert!(r.json().is_array(), "{hostile:?}: {r:#?}");
    }
    // Human output escapes what other people typed.
    let table = db.run(&["transcript", "search", "control chars"]).ok();
    assert!(!table.stdout.contains('\u{1b}'), "{table:#?}");
}

#[test]
fn search_on_sqlite_with_hostile_and_cyrillic_queries() {
    search_story(&Db::sqlite());
}

#[test]
fn search_on_postgres_with_hostile_and_cyrillic_queries() {
    search_story(&Db::postgres());
}

#[test]
fn artifact_list_show_and_transcript_show() {
    let db = Db::sqlite();
    seed_store(
        &db,
        &[
            ("физика-101", "RM_a1", Seed::FULL),
            ("семинар", "RM_a2", Seed::BARE),
        ],
    );
    let list = db.run(&["-o", "json", "artifact", "list"]).ok().json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 2);
    let one = db
        .run(&["-o", "json", "artifact", "list", "--room", "семинар"])
        .ok()
        .json();
    assert_eq!(one[0]["room_sid"], "RM_a2");
    assert_eq!(one[0]["has_summary"], false);
    assert_eq!(one[0]["transcript_segments"], 0);
    assert_eq!(one[0]["chat_messages"], 3);
    let set = db
        .run(&["-o", "json", "artifact", "show", "RM_a1"])
        .ok()
        .json();
    assert_eq!(set["schema_version"], 1);
    assert_eq!(set["room_sid"], "RM_a1");
    assert!(set["summary"]["title"].is_string());
    let human = db.run(&["artifact", "show", "RM_a1"]).ok();
    assert!(human.stdout.contains("физика-101"), "{human:#?}");
    assert!(!human.stdout.contains('\u{1b}'));
    db.run(&["artifact", "show", "RM_zzz"]).fails(3, "RM_zzz");

    let text = db.run(&["transcript", "show", "RM_a1"]).ok();
    assert!(text.stdout.starts_with("[0:00:05] "), "{text:#?}");
    assert!(
        !text.stdout.contains('\u{1b}'),
        "control characters escaped"
    );
    let by_room = db
        .run(&["-o", "json", "transcript", "show", "физика-101"])
        .ok()
        .json();
    assert_eq!(
        by_room.as_array().unwrap().len(),
        text.stdout.lines().count()
    );
    let empty = db
        .run(&["-o", "json", "transcript", "show", "семинар"])
        .ok();
    assert_eq!(empty.stdout, "[]\n");
}
