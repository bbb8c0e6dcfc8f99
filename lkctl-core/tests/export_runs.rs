//! Export runs from the store (issue 12): artifact sets gathered from what production
//! writes, exported to a directory twice (the second run does nothing), leases against
//! other exporters and dead ones, two exporters at once on PostgreSQL, and transcript
//! search with hostile and Cyrillic queries on both databases.

mod lecture_seed;
mod store_support;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use lecture_seed::{Seed, seed};
use lkctl_core::export::dest::{DestinationSettings, DestinationUrl};
use lkctl_core::export::{Format, RenderOptions};
use lkctl_core::ops::artifacts;
use lkctl_core::ops::exports::{
    self, DEFAULT_LEASE, ExportReport, ExportRequest, FileOutcome, FileStatus, Selection,
    manifest, runs,
};
use lkctl_core::ops::lectures::SessionFilter;
use lkctl_core::ops::search::{self, HitSource, SearchRequest};
use lkctl_core::ops::summaries;
use lkctl_core::store::testing::TestDb;
use lkctl_core::store::{Backend, Store, Timestamp};
use lkctl_core::{ErrorKind, lecture::Summary};
use sha2::Digest;

contract!(
    artifact_sets_gather_what_the_session_left,
    exporting_twice_to_a_directory_does_nothing_the_second_time,
    leases_of_live_exporters_are_respected_and_dead_ones_taken_over,
    a_failed_destination_does_not_stop_the_others,
    two_exporters_at_once_never_export_the_same_file_twice,
    search_ranks_cyrillic_hits_and_survives_hostile_queries,
);

fn request(selection: Selection, dir: &std::path::Path) -> ExportRequest {
    ExportRequest {
        selection,
        destinations: vec![DestinationUrl::Dir(dir.to_path_buf())],
        formats: Format::ALL.to_vec(),
        render: RenderOptions::default(),
        force: false,
        lease: DEFAULT_LEASE,
    }
}

/// Runs an export and collects its file events.
async fn export(store: &Store, req: &ExportRequest) -> (ExportReport, Vec<FileOutcome>) {
    let files = Mutex::new(Vec::new());
    let report = exports::run(
        store,
        &DestinationSettings::default(),
        req,
        &|ev: &exports::ExportEvent<'_>| {
            if let exports::ExportEvent::File(f) = ev {
                files.lock().unwrap().push((*f).clone());
            }
        },
    )
    .await
    .expect("export runs");
    (report, files.into_inner().unwrap())
}

fn statuses(files: &[FileOutcome]) -> BTreeMap<(String, &'static str), FileStatus> {
    files
        .iter()
        .map(|f| ((f.room_sid.clone(), f.format.name()), f.status))
        .collect()
}

/// Every file under `dir` (relative path → bytes), hidden temporary files included.
fn tree(dir: &std::path::Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    for folder in std::fs::read_dir(dir).unwrap() {
        let folder = folder.unwrap().path();
        for f in std::fs::read_dir(&folder).unwrap() {
            let f = f.unwrap().path();
            let rel = f.strip_prefix(dir).unwrap().display().to_string();
            out.insert(rel, std::fs::read(&f).unwrap());
        }
    }
    out
}

async fn artifact_sets_gather_what_the_session_left(db: Arc<TestDb>) {
    let store = &db.store;
    seed(store, "физика-101", "RM_full", Seed::FULL).await;
    seed(store, "семинар", "RM_bare", Seed::BARE).await;
    // A session still running is listed only with --all, and is never exported.
    lkctl_core::ops::lectures::room_started(store, "RM_live", "физика-101", Timestamp::now())
        .await
        .unwrap();

    let full = artifacts::artifact_set(store, "RM_full").await.unwrap();
    assert_eq!(full.room, "физика-101");
    assert!(full.summary.is_some());
    assert!(full.transcript.len() >= 10, "{}", full.transcript.len());
    assert_eq!(full.chat.len(), 3);
    assert_eq!(
        full.chat[0].sender_name.as_deref(),
        Some(lecture_seed::fixture::PROF.1),
        "chat is labelled with the names people joined with"
    );
    assert_eq!(full.files.len(), 1);
    assert_eq!(full.recordings.len(), 1);
    assert_eq!(full.attendance.len(), 4);
    let student = full
        .attendees()
        .into_iter()
        .find(|a| a.identity == lecture_seed::fixture::STUDENT.0)
        .unwrap();
    assert_eq!(student.sessions, 2, "rejoined once");
    // The content hash is stable across gatherings.
    let again = artifacts::artifact_set(store, "RM_full").await.unwrap();
    assert_eq!(full.content_hash().unwrap(), again.content_hash().unwrap());

    // Chat and attendance only: still a set.
    let bare = artifacts::artifact_set(store, "RM_bare").await.unwrap();
    assert!(bare.summary.is_none() && bare.transcript.is_empty());
    assert_eq!(bare.chat.len(), 3);
    assert_eq!(bare.attendees().len(), 3);
    assert!(bare.files.is_empty() && bare.recordings.is_empty());

    let listed = artifacts::list(
        store,
        &SessionFilter {
            finished_only: true,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let sids: Vec<&str> = listed.iter().map(|a| a.room_sid.as_str()).collect();
    assert_eq!(sids.len(), 2, "finished only: {sids:?}");
    assert!(sids.contains(&"RM_full") && sids.contains(&"RM_bare"));
    let full_row = listed.iter().find(|a| a.room_sid == "RM_full").unwrap();
    assert!(full_row.has_summary && full_row.finished);
    assert_eq!(
        (full_row.chat_messages, full_row.files, full_row.attendees, full_row.recordings),
        (3, 1, 3, 1)
    );
    let all = artifacts::list(
        store,
        &SessionFilter {
            finished_only: false,
            room: Some("физика-101".into()),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].room_sid, "RM_live", "newest first");
    assert!(!all[0].finished);

    let err = artifacts::artifact_set(store, "RM_nope").await.unwrap_err();
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

async fn exporting_twice_to_a_directory_does_nothing_the_second_time(db: Arc<TestDb>) {
    let store = &db.store;
    seed(store, "физика-101", "RM_full", Seed::FULL).await;
    seed(store, "семинар", "RM_bare", Seed::BARE).await;
    let out = tempfile::tempdir().unwrap();

    let (report, files) = export(store, &request(Selection::Pending { since: None }, out.path())).await;
    let d = &report.destinations[0];
    assert_eq!((d.sessions, d.uploaded, d.failed), (2, 10, 0), "{d:?}");
    assert!(report.error().is_none());
    let first = tree(out.path());
    assert_eq!(first.len(), 10, "{:?}", first.keys().collect::<Vec<_>>());
    // Every file is recorded with the hash of its bytes.
    let rows = manifest::list(store, None, None).await.unwrap();
    assert_eq!(rows.len(), 10);
    for row in &rows {
        assert_eq!(row.status, "done", "{row:?}");
        let bytes = std::fs::read(&row.location).unwrap();
        let sha: String = sha2::Sha256::digest(&bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(row.sha256.as_deref(), Some(sha.as_str()));
        assert_eq!(row.size, Some(bytes.len() as i64));
    }
    assert!(files.iter().all(|f| f.status == FileStatus::Uploaded));

    // Second run, pending: nothing is pending.
    let (report, files) = export(store, &request(Selection::Pending { since: None }, out.path())).await;
    assert_eq!(report.destinations[0].sessions, 0);
    assert!(files.is_empty());
    // Named explicitly: every file is skipped without rendering.
    let named = Selection::Sessions(vec!["RM_full".into(), "RM_bare".into()]);
    let (report, files) = export(store, &request(named.clone(), out.path())).await;
    assert_eq!(report.destinations[0].skipped, 10);
    assert!(files.iter().all(|f| f.status == FileStatus::Skipped));
    assert_eq!(tree(out.path()), first, "nothing changed at the destination");

    // A regenerated summary changes the set: the session is pending again, and only the
    // files whose bytes changed are written (subtitles do not show the summary).
    let mut s: Summary = lecture_seed::fixture::lecture().summary.unwrap();
    s.title = "Новое название".into();
    summaries::put_summary(store, "физика-101", Some("RM_full"), &s, None)
        .await
        .unwrap();
    let (_, files) = export(store, &request(Selection::Pending { since: None }, out.path())).await;
    let st = statuses(&files);
    assert_eq!(st.len(), 5, "{st:?}");
    for (fmt, want) in [
        ("json", FileStatus::Uploaded),
        ("md", FileStatus::Uploaded),
        ("pdf", FileStatus::Uploaded),
        ("vtt", FileStatus::Unchanged),
        ("srt", FileStatus::Unchanged),
    ] {
        assert_eq!(st[&("RM_full".to_string(), fmt)], want, "{fmt}");
    }
    let (report, _) = export(store, &request(Selection::Pending { since: None }, out.path())).await;
    assert_eq!(report.destinations[0].sessions, 0, "settled again");
    // --force re-places every file; the directory still holds one copy of each. Only the
    // PDFs are written again: printpdf names font resources from a per-process counter, so a
    // second render in one process differs in bytes (never in content).
    let mut forced = request(named, out.path());
    forced.force = true;
    let (_, files) = export(store, &forced).await;
    for f in &files {
        let want = if f.format == Format::Pdf {
            FileStatus::Uploaded
        } else {
            FileStatus::Unchanged
        };
        assert_eq!(f.status, want, "{f:?}");
    }
    assert_eq!(tree(out.path()).len(), 10);

    let history = runs::list(store, None, 10).await.unwrap();
    assert_eq!(history.len(), 6);
    assert!(history.iter().all(|r| r.status == "done" && r.finished_at.is_some()));
    assert_eq!(history.last().unwrap().items, 10);

    // An unfinished or unknown session is refused before anything is written.
    lkctl_core::ops::lectures::room_started(store, "RM_live", "x", Timestamp::now())
        .await
        .unwrap();
    for (sid, kind) in [("RM_live", ErrorKind::Conflict), ("RM_nope", ErrorKind::NotFound)] {
        let e = exports::run(
            store,
            &DestinationSettings::default(),
            &request(Selection::Sessions(vec![sid.into()]), out.path()),
            &|_: &exports::ExportEvent<'_>| {},
        )
        .await
        .unwrap_err();
        assert_eq!(e.kind(), kind, "{sid}: {e}");
    }
}

/// Puts a lease on every format of a session as if another exporter held it.
async fn hold_leases(store: &Store, target: &str, sid: &str, owner: &str) {
    for f in Format::ALL {
        let sql = "INSERT INTO artifacts (id, room, room_sid, kind, format, location, target, \
                   artifact_key, status, attempts, lease_owner, lease_expires_at, created_at, \
                   updated_at) VALUES ($1, 'r', $2, 'lecture', $3, '', $4, '', 'running', 1, $5, \
                   $6, 0, 0)";
        let far = Timestamp::now().plus(std::time::Duration::from_secs(3600));
        let id = format!("AR_{sid}_{}", f.name());
        match store.backend() {
            Backend::Sqlite(p) => {
                sqlx::query(sql)
                    .bind(&id)
                    .bind(sid)
                    .bind(f.name())
                    .bind(target)
                    .bind(owner)
                    .bind(far)
                    .execute(p)
                    .await
                    .unwrap();
            }
            Backend::Postgres(p) => {
                sqlx::query(sql)
                    .bind(&id)
                    .bind(sid)
                    .bind(f.name())
                    .bind(target)
                    .bind(owner)
                    .bind(far)
                    .execute(p)
                    .await
                    .unwrap();
            }
        }
    }
}

async fn leases_of_live_exporters_are_respected_and_dead_ones_taken_over(db: Arc<TestDb>) {
    let store = &db.store;
    seed(store, "r", "RM_held", Seed::BARE).await;
    seed(store, "r", "RM_dead", Seed::BARE).await;
    let out = tempfile::tempdir().unwrap();
    let target = exports::canonical_target(&DestinationUrl::Dir(out.path().into())).unwrap();
    // Another machine's exporter, within its lease.
    hold_leases(store, &target, "RM_held", "other-host:4242:77:abc").await;
    // An exporter of this host that was killed (no such pid can exist).
    let host = lkctl_core::export::owner::hostname();
    hold_leases(store, &target, "RM_dead", &format!("{host}:4194400:1:dead")).await;

    let (report, files) = export(store, &request(Selection::Pending { since: None }, out.path())).await;
    let st = statuses(&files);
    for f in Format::ALL {
        assert_eq!(st[&("RM_held".to_string(), f.name())], FileStatus::Busy);
        assert_eq!(st[&("RM_dead".to_string(), f.name())], FileStatus::Uploaded);
    }
    let d = &report.destinations[0];
    assert_eq!((d.busy, d.uploaded, d.failed), (5, 5, 0));
    assert!(report.error().is_none(), "busy is not a failure");
    assert!(!out.path().read_dir().unwrap().any(|e| e
        .unwrap()
        .file_name()
        .to_string_lossy()
        .contains("RM_held")));
}

async fn a_failed_destination_does_not_stop_the_others(db: Arc<TestDb>) {
    let store = &db.store;
    seed(store, "r", "RM_a", Seed::BARE).await;
    let out = tempfile::tempdir().unwrap();
    // A regular file where a directory should be: every write there fails.
    let blocked = out.path().join("blocked");
    std::fs::write(&blocked, b"not a directory").unwrap();
    let good = out.path().join("good");
    let mut req = request(Selection::Since(Timestamp::from_unix_ms(0).unwrap()), &good);
    req.destinations.push(DestinationUrl::Dir(blocked.clone()));
    // S3 without settings cannot even be opened.
    req.destinations.push("s3://lectures/x".parse().unwrap());
    req.formats = vec![Format::Json, Format::Markdown];
    let (report, _) = export(store, &req).await;
    let by_target: BTreeMap<&str, _> = report
        .destinations
        .iter()
        .map(|d| (d.target.as_str(), d))
        .collect();
    let good_r = by_target[good.to_str().unwrap()];
    assert_eq!((good_r.uploaded, good_r.failed), (2, 0));
    let blocked_r = by_target[blocked.to_str().unwrap()];
    assert!(blocked_r.is_failed() && blocked_r.uploaded == 0, "{blocked_r:?}");
    let s3 = by_target["s3://lectures/x"];
    assert!(s3.error.as_deref().unwrap().contains("S3 settings"), "{s3:?}");
    assert_eq!(s3.not_attempted, 2);
    assert_eq!(tree(&good).len(), 2);
    // Two kinds of failure: the run ends as partly failed.
    let e = report.error().expect("failed");
    assert!(matches!(e, lkctl_core::Error::Partial { .. }), "{e}");
    let runs = runs::list(store, None, 10).await.unwrap();
    assert_eq!(runs.len(), 2, "one run per destination that could be opened");
    assert!(runs.iter().any(|r| r.status == "failed" && r.error.is_some()));
    assert!(runs.iter().any(|r| r.status == "done"));
}

async fn search_ranks_cyrillic_hits_and_survives_hostile_queries(db: Arc<TestDb>) {
    let store = &db.store;
    seed(store, "физика-101", "RM_full", Seed::FULL).await;
    seed(store, "семинар", "RM_bare", Seed::BARE).await;
    let find = |text: &str| SearchRequest {
        text: text.into(),
        ..Default::default()
    };
    // Cyrillic, case folded, ё = е, a prefix, and accents.
    for (q, want) in [
        ("КВАНТОВАЯ", "квантовая механика"),
        ("неопределенность", "неопределённость"),
        ("неопредел*", "неопределённость"),
        ("\"квантовая механика\"", "квантовая механика"),
        ("café", "café"),
        ("слайды", "Слайды"),
    ] {
        let hits = search::search(store, &find(q)).await.unwrap();
        assert!(
            hits.iter().any(|h| h.text.to_lowercase().contains(&want.to_lowercase())),
            "{q}: {hits:#?}"
        );
        for h in &hits {
            for [a, b] in &h.highlights {
                assert!(a < b && *b <= h.snippet.chars().count(), "{h:?}");
            }
        }
    }
    // Chat hits come from both sessions of their rooms; the room filter keeps one.
    let chat = search::search(store, &find("слайды")).await.unwrap();
    assert_eq!(chat.len(), 2, "{chat:#?}");
    assert!(chat.iter().all(|h| h.source == HitSource::Chat));
    let one = search::search(
        store,
        &SearchRequest {
            room: Some("семинар".into()),
            ..find("слайды")
        },
    )
    .await
    .unwrap();
    assert_eq!(one.len(), 1);
    assert_eq!(one[0].room_sid.as_deref(), Some("RM_bare"));
    assert!(one[0].offset_ms.is_some_and(|o| o > 0));
    // A transcript hit knows its session and time.
    let seg = search::search(store, &find("Здравствуйте")).await.unwrap();
    assert_eq!(seg[0].source, HitSource::Transcript);
    assert_eq!(seg[0].room_sid.as_deref(), Some("RM_full"));
    assert_eq!(seg[0].offset_ms, Some(5_000));
    assert_eq!(seg[0].speaker_name.as_deref(), Some(lecture_seed::fixture::PROF.1));
    // --since after everything: nothing.
    let later = search::search(
        store,
        &SearchRequest {
            since: Some(Timestamp::now().plus(std::time::Duration::from_secs(60))),
            ..find("слайды")
        },
    )
    .await
    .unwrap();
    assert!(later.is_empty());
    // Hostile text: never an error, whatever it parses to.
    for q in [
        "C++",
        "co-op",
        "\"unterminated",
        "a AND OR NOT b",
        "NEAR(a b, 2)",
        "*",
        "\"\"",
        "body:x",
        "'; DROP TABLE transcript_segments; --",
        "-->",
        "\\",
        "<script>alert(1)</script>",
        "\u{0}\u{1b}[31m",
        "!!!",
        "",
        "физик* ИЛИ (механика",
        &"я".repeat(5000),
        &"w ".repeat(1000),
    ] {
        let r = search::search(store, &find(q)).await;
        assert!(r.is_ok(), "{q:?}: {r:?}");
    }
    // Words among markup and table syntax are words. (PostgreSQL's parser reads HTML tags,
    // URLs and hosts as tokens of their own, so exactly which words around markup are
    // indexed differs between the databases; words in plain text never do.)
    let hostile = search::search(store, &find("alert")).await.unwrap();
    assert!(!hostile.is_empty(), "{hostile:#?}");
    let pipes = search::search(store, &find("pipes")).await.unwrap();
    assert!(
        pipes.iter().any(|h| h.source == HitSource::Transcript),
        "{pipes:#?}"
    );
    let e = search::search(
        store,
        &SearchRequest {
            limit: Some(0),
            ..find("x")
        },
    )
    .await
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
}

/// Two exporters (two processes' stores on one database: cron overlap, or two machines
/// on PostgreSQL) started at once on the same sessions and destination.
async fn two_exporters_at_once_never_export_the_same_file_twice(db: Arc<TestDb>) {
    let store = &db.store;
    for i in 0..4 {
        seed(store, "r", &format!("RM_c{i}"), Seed::BARE).await;
    }
    let other = Store::open(&db.url).await.unwrap();
    let out = tempfile::tempdir().unwrap();
    let req = request(Selection::Pending { since: None }, out.path());
    let ((ra, fa), (rb, fb)) = tokio::join!(export(store, &req), export(&other, &req));
    other.close().await;
    let mut uploaded = BTreeMap::new();
    for f in fa.iter().chain(&fb) {
        match f.status {
            FileStatus::Uploaded => {
                *uploaded
                    .entry((f.room_sid.clone(), f.format.name()))
                    .or_insert(0) += 1
            }
            FileStatus::Skipped | FileStatus::Busy => {}
            other => panic!("unexpected {other:?}: {f:?}"),
        }
    }
    assert_eq!(uploaded.len(), 20, "every file placed: {uploaded:?}");
    assert!(
        uploaded.values().all(|n| *n == 1),
        "a file was exported twice: {uploaded:?}"
    );
    assert_eq!(tree(out.path()).len(), 20);
    assert!(ra.error().is_none() && rb.error().is_none());
    let rows = manifest::list(store, None, None).await.unwrap();
    assert!(rows.iter().all(|r| r.status == "done" && r.lease_owner.is_none()));
}

mod export_drive_fake;
#[path = "../../tests/s3_support/mod.rs"]
mod s3_support;

fn drive_settings(fake: &export_drive_fake::FakeDrive) -> DestinationSettings {
    DestinationSettings {
        drive: Some(lkctl_core::export::dest::drive::DriveAuth::RefreshToken {
            client_id: export_drive_fake::CLIENT_ID.into(),
            client_secret: lkctl_core::Secret::new(export_drive_fake::CLIENT_SECRET),
            refresh_token: lkctl_core::Secret::new(export_drive_fake::REFRESH_TOKEN),
        }),
        drive_api_base: Some(fake.base.clone()),
        drive_token_url: Some(fake.token_url.clone()),
        ..Default::default()
    }
}

async fn export_with(
    store: &Store,
    settings: &DestinationSettings,
    req: &ExportRequest,
) -> (ExportReport, Vec<FileOutcome>) {
    let files = Mutex::new(Vec::new());
    let report = exports::run(store, settings, req, &|ev: &exports::ExportEvent<'_>| {
        if let exports::ExportEvent::File(f) = ev {
            files.lock().unwrap().push((*f).clone());
        }
    })
    .await
    .expect("export runs");
    (report, files.into_inner().unwrap())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drive_export_places_a_folder_per_session_once() {
    let db = TestDb::sqlite().await.unwrap();
    let store = &db.store;
    seed(store, "физика-101", "RM_drive", Seed::FULL).await;
    let fake = export_drive_fake::start().await;
    let settings = drive_settings(&fake);
    let mut req = request(Selection::Pending { since: None }, std::path::Path::new("."));
    req.destinations = vec![format!("gdrive://{}", export_drive_fake::PARENT).parse().unwrap()];
    let (report, files) = export_with(store, &settings, &req).await;
    assert_eq!(report.destinations[0].uploaded, 5, "{report:?}");
    let ids: Vec<String> = files.iter().filter_map(|f| f.location.clone()).collect();
    {
        let st = fake.state.lock().unwrap();
        let folders = st.children(export_drive_fake::PARENT);
        assert_eq!(folders.len(), 1, "one folder per session");
        assert_eq!(st.children(&folders[0].id).len(), 5);
        for id in &ids {
            assert!(st.files.contains_key(id), "{id} recorded as placed");
        }
    }
    let uploads = |fake: &export_drive_fake::FakeDrive| {
        fake.state
            .lock()
            .unwrap()
            .log
            .iter()
            .filter(|l| l.method == "POST" && l.path.starts_with("/upload/"))
            .count()
    };
    let before = uploads(&fake);
    // Named again: skipped by the manifest; forced: found in Drive by key, not re-sent.
    let named = Selection::Sessions(vec!["RM_drive".into()]);
    req.selection = named;
    let (_, files) = export_with(store, &settings, &req).await;
    assert!(files.iter().all(|f| f.status == FileStatus::Skipped));
    req.force = true;
    let (_, files) = export_with(store, &settings, &req).await;
    assert!(files.iter().all(|f| f.status == FileStatus::Unchanged), "{files:?}");
    assert_eq!(uploads(&fake), before, "nothing uploaded twice");
    db.cleanup().await;
}

/// A Drive resumable upload interrupted in one process continues in the next: the session
/// URI lives in the store, not in memory.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn drive_upload_sessions_survive_the_process_in_the_store() {
    use lkctl_core::export::dest::drive::{DriveConfig, DriveDestination};
    use lkctl_core::export::dest::{Destination, ResumeState};
    use lkctl_core::ops::exports::resume::StoreResume;

    let db = TestDb::sqlite().await.unwrap();
    let fake = export_drive_fake::start().await;
    let settings = drive_settings(&fake);
    let mut cfg = DriveConfig::new(export_drive_fake::PARENT, settings.drive.clone().unwrap());
    cfg.api_base = fake.base.clone();
    cfg.token_url = fake.token_url.clone();
    cfg.resumable_threshold = 300 * 1024;
    cfg.chunk_size = 256 * 1024;
    cfg.max_retries = 0;
    cfg.retry_base = std::time::Duration::from_millis(1);
    let set = lecture_seed::fixture::lecture();
    let mut big = lkctl_core::export::render(&set, Format::Pdf, &RenderOptions::default()).unwrap();
    let payload: Vec<u8> = (0..900_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 9) as u8).collect();
    big.sha256 = sha2::Sha256::digest(&payload).iter().map(|b| format!("{b:02x}")).collect();
    big.bytes = payload.into();
    let target = "gdrive://parent-folder-0001";

    fake.state
        .lock()
        .unwrap()
        .faults
        .push_back(export_drive_fake::Fault::PartialChunkThen503(50_000));
    let run1 = DriveDestination::new(cfg.clone()).unwrap();
    let resume1 = StoreResume::new(db.store.clone(), target);
    run1.put(&big, None, &resume1).await.unwrap_err();
    db.store.close().await;

    // "Another process": a new store on the same database, a new destination.
    let store2 = Store::open(&db.url).await.unwrap();
    let resume2 = StoreResume::new(store2.clone(), target);
    let saved = resume2.load(&big.key).await.unwrap().expect("kept in the store");
    assert_eq!((saved.size, saved.sha256.as_str()), (900_000, big.sha256.as_str()));
    assert!(
        StoreResume::new(store2.clone(), "gdrive://other")
            .load(&big.key)
            .await
            .unwrap()
            .is_none(),
        "sessions are per destination"
    );
    let run2 = DriveDestination::new(cfg).unwrap();
    let placed = run2.put(&big, None, &resume2).await.unwrap();
    assert!(placed.uploaded);
    assert!(resume2.load(&big.key).await.unwrap().is_none(), "forgotten once done");
    let st = fake.state.lock().unwrap();
    assert_eq!(st.files[&placed.target_ref].content, big.bytes.as_ref());
    assert_eq!(
        st.count("POST", "/upload/drive/v3/files", Some("resumable")),
        1,
        "continued, not restarted"
    );
    drop(st);
    store2.close().await;
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs s3s-fs (cargo install s3s-fs@0.14.1 --features binary); run with --run-ignored all"]
async fn s3_export_places_each_file_once() {
    let server = s3_support::S3Server::start("s3_export_places_each_file_once", &["lectures"]);
    let db = TestDb::sqlite().await.unwrap();
    let store = &db.store;
    seed(store, "физика-101", "RM_s3", Seed::FULL).await;
    seed(store, "семинар", "RM_s3b", Seed::BARE).await;
    let settings = DestinationSettings {
        s3: Some(lkctl_core::ops::files::S3Config {
            endpoint: Some(server.endpoint.clone()),
            region: "us-east-1".into(),
            bucket: "ignored".into(),
            access_key: s3_support::ACCESS_KEY.into(),
            secret_key: lkctl_core::Secret::new(s3_support::SECRET_KEY),
            path_style: true,
        }),
        ..Default::default()
    };
    let mut req = request(Selection::Pending { since: None }, std::path::Path::new("."));
    req.destinations = vec!["s3://lectures/spring".parse().unwrap()];
    let (report, files) = export_with(store, &settings, &req).await;
    assert_eq!(report.destinations[0].uploaded, 10, "{report:?}");
    for f in &files {
        let key = f.location.as_deref().unwrap();
        assert!(key.starts_with("spring/"), "{key}");
        let on_disk = std::fs::read(server.root().join("lectures").join(key)).unwrap();
        assert_eq!(Some(on_disk.len() as u64), f.size);
    }
    let (report, files) = export_with(store, &settings, &req).await;
    assert_eq!(report.destinations[0].sessions, 0);
    assert!(files.is_empty());
    req.selection = Selection::Sessions(vec!["RM_s3".into()]);
    req.force = true;
    let (_, files) = export_with(store, &settings, &req).await;
    for f in &files {
        // A second PDF render in one process differs in bytes (see the directory test).
        let want = if f.format == Format::Pdf {
            FileStatus::Uploaded
        } else {
            FileStatus::Unchanged
        };
        assert_eq!(f.status, want, "{f:?}");
    }
    db.cleanup().await;
}
