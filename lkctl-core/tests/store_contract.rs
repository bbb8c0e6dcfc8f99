//! Store contract: every story runs on SQLite and on PostgreSQL (`sqlite::*`, `postgres::*`).

mod store_support;

use std::sync::Arc;
use std::time::Duration;

use lkctl_core::ErrorKind;
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate};
use lkctl_core::ops::session::{self, ParticipantEvent, ParticipantEventKind, Recorded};
use lkctl_core::ops::{chat, files};
use lkctl_core::store::testing::TestDb;
use lkctl_core::store::{Backend, Store, Timestamp};
use store_support::count;

contract!(
    migrations_are_applied_once,
    policy_set_show_and_partial_update,
    policy_rejects_bad_input_without_rows,
    invite_codes_are_stable_until_rotated,
    pin_is_hashed_and_checked,
    pin_attempts_are_rate_limited,
    pin_rate_limit_holds_under_concurrency,
    pin_window_is_measured_on_the_clock,
    history_records_sessions_once,
    chat_messages_round_trip,
    shared_file_records_round_trip,
    audit_log_is_append_only,
);

#[test]
fn migration_folders_have_the_same_versions() {
    let names = |dir: &str| -> Vec<String> {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../migrations")
            .join(dir);
        let mut v: Vec<String> = std::fs::read_dir(&path)
            .unwrap_or_else(|e| panic!("read {}: {e}", path.display()))
            .map(|e| {
                e.expect("dir entry")
                    .file_name()
                    .to_string_lossy()
                    .into_owned()
            })
            .filter(|n| n.ends_with(".sql"))
            .collect();
        v.sort();
        v
    };
    let sqlite = names("sqlite");
    assert!(!sqlite.is_empty());
    assert_eq!(
        sqlite,
        names("postgres"),
        "migrations/sqlite and migrations/postgres must match"
    );
}

#[tokio::test]
async fn sqlite_file_is_created_with_parent_dir_in_wal_mode() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a/b/lkctl.db");
    let store = Store::open(path.to_str().expect("utf-8 path"))
        .await
        .expect("open");
    assert!(path.exists());
    let Backend::Sqlite(pool) = store.backend() else {
        panic!("expected SQLite")
    };
    let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
        .fetch_one(pool)
        .await
        .expect("pragma");
    assert_eq!(mode, "wal");
    // The file holds still-valid guest tokens and PIN hashes: owner only, WAL included.
    #[cfg(unix)]
    for file in [path.clone(), dir.path().join("a/b/lkctl.db-wal")] {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()))
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "{}", file.display());
    }
    store.close().await;
    // Reopening finds everything applied.
    let store = Store::open(&format!("sqlite://{}", path.display()))
        .await
        .expect("reopen");
    assert!(store.status().await.expect("status").pending.is_empty());
    store.close().await;
}

#[tokio::test]
async fn unreachable_postgres_is_unavailable_with_masked_password() {
    let err = Store::open("postgres://bob:hunter2@127.0.0.1:1/nope")
        .await
        .expect_err("no server");
    assert_eq!(err.kind(), ErrorKind::Unavailable, "{err}");
    let msg = err.to_string();
    assert!(!msg.contains("hunter2"), "{msg}");
    assert!(msg.contains("***"), "{msg}");
}

async fn migrations_are_applied_once(db: Arc<TestDb>) {
    let store = &db.store;
    let status = store.status().await.expect("status");
    assert!(status.pending.is_empty(), "{status:?}");
    assert_eq!(status.applied.first().map(|m| m.version), Some(1));
    assert!(store.migrate().await.expect("migrate").is_empty());
    // Another "process" opening the same database changes nothing.
    let other = Store::open(&db.url).await.expect("second store");
    assert_eq!(
        other.status().await.expect("status").applied,
        status.applied
    );
    other.close().await;
}

async fn policy_set_show_and_partial_update(db: Arc<TestDb>) {
    let store = &db.store;
    let err = policy::show(store, "standup")
        .await
        .expect_err("no policy yet");
    assert_eq!(err.kind(), ErrorKind::NotFound);

    let p = policy::set(
        store,
        "standup",
        PolicyUpdate {
            hosts: Some(vec!["alice".into(), "bob".into()]),
            lobby: Some(true),
            max_guests: Some(Some(10)),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("set");
    assert_eq!(p.hosts, ["alice", "bob"]);
    assert!(p.lobby && !p.webinar && !p.pin_set);
    assert_eq!(p.max_guests, Some(10));

    // Only the named fields change.
    let p2 = policy::set(
        store,
        "standup",
        PolicyUpdate {
            webinar: Some(true),
            max_guests: Some(None),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("update");
    assert_eq!(p2.hosts, ["alice", "bob"]);
    assert!(p2.lobby && p2.webinar);
    assert_eq!(p2.max_guests, None);
    assert_eq!(p2.created_at, p.created_at);
    assert!(p2.updated_at >= p.updated_at);
    assert_eq!(policy::show(store, "standup").await.expect("show"), p2);
    assert_eq!(policy::list(store).await.expect("list").len(), 1);
    let json = serde_json::to_value(&p2).expect("json");
    assert!(json.get("pin_hash").is_none());
    assert!(
        json["created_at"]
            .as_str()
            .is_some_and(|s| s.ends_with('Z'))
    );
}

async fn policy_rejects_bad_input_without_rows(db: Arc<TestDb>) {
    let store = &db.store;
    let audit_before = count(store, "audit_log").await;
    for (room, update, field) in [
        ("", PolicyUpdate::default(), "room"),
        (
            "r",
            PolicyUpdate {
                pin: Some(PinChange::Set("12".into())),
                ..Default::default()
            },
            "pin",
        ),
        (
            "r",
            PolicyUpdate {
                max_guests: Some(Some(0)),
                ..Default::default()
            },
            "max_guests",
        ),
        (
            "r",
            PolicyUpdate {
                hosts: Some(vec![" ".into()]),
                ..Default::default()
            },
            "host",
        ),
    ] {
        let err = policy::set(store, room, update, "admin")
            .await
            .expect_err("invalid");
        assert!(
            matches!(&err, lkctl_core::Error::Invalid { field: f, .. } if f == field),
            "{err}"
        );
    }
    assert_eq!(count(store, "room_policies").await, 0);
    assert_eq!(count(store, "audit_log").await, audit_before);
    // One guest is the smallest limit.
    let one = PolicyUpdate {
        max_guests: Some(Some(1)),
        ..Default::default()
    };
    let p = policy::set(store, "r", one, "admin")
        .await
        .expect("one guest");
    assert_eq!(p.max_guests, Some(1));
}

async fn invite_codes_are_stable_until_rotated(db: Arc<TestDb>) {
    let store = &db.store;
    let err = policy::invite(store, "nope", false, "admin")
        .await
        .expect_err("unknown room");
    assert_eq!(err.kind(), ErrorKind::NotFound);
    policy::set(store, "r1", PolicyUpdate::default(), "admin")
        .await
        .expect("set");
    let code = policy::invite(store, "r1", false, "admin")
        .await
        .expect("invite");
    assert_eq!(code.len(), 10);
    assert!(
        code.chars()
            .all(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c)),
        "{code}"
    );
    assert_eq!(
        policy::invite(store, "r1", false, "admin")
            .await
            .expect("again"),
        code
    );
    let rotated = policy::invite(store, "r1", true, "admin")
        .await
        .expect("rotate");
    assert_ne!(rotated, code);
    assert_eq!(
        policy::room_for_invite(store, &rotated.to_lowercase())
            .await
            .expect("lookup")
            .room,
        "r1"
    );
    let err = policy::room_for_invite(store, &code)
        .await
        .expect_err("old code is dead");
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

async fn pin_is_hashed_and_checked(db: Arc<TestDb>) {
    let store = &db.store;
    let p = policy::set(
        store,
        "locked",
        PolicyUpdate {
            pin: Some(PinChange::Set("4711".into())),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("set pin");
    assert!(p.pin_set);
    let stored: Option<String> = match store.backend() {
        Backend::Sqlite(pool) => {
            sqlx::query_scalar("SELECT pin_hash FROM room_policies")
                .fetch_one(pool)
                .await
        }
        Backend::Postgres(pool) => {
            sqlx::query_scalar("SELECT pin_hash FROM room_policies")
                .fetch_one(pool)
                .await
        }
    }
    .expect("hash");
    let stored = stored.expect("a hash is stored");
    assert!(stored.starts_with("$argon2id$"), "{stored}");
    assert!(!stored.contains("4711"));

    policy::check_pin(store, "locked", Some("10.0.0.1"), Some("4711"))
        .await
        .expect("right PIN");
    let err = policy::check_pin(store, "locked", Some("10.0.0.1"), Some("0000"))
        .await
        .expect_err("wrong");
    assert_eq!(err.kind(), ErrorKind::Denied);
    let err = policy::check_pin(store, "locked", Some("10.0.0.1"), None)
        .await
        .expect_err("missing");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    let err = policy::check_pin(store, "unknown", None, Some("4711"))
        .await
        .expect_err("no room");
    assert_eq!(err.kind(), ErrorKind::NotFound);

    policy::set(
        store,
        "locked",
        PolicyUpdate {
            pin: Some(PinChange::Clear),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("clear");
    policy::check_pin(store, "locked", Some("10.0.0.1"), None)
        .await
        .expect("no PIN needed");
}

async fn set_pin(store: &Store, room: &str) {
    policy::set(
        store,
        room,
        PolicyUpdate {
            pin: Some(PinChange::Set("2468".into())),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("set pin");
}

async fn pin_attempts_are_rate_limited(db: Arc<TestDb>) {
    let store = &db.store;
    set_pin(store, "r").await;
    for _ in 0..5 {
        let err = policy::check_pin(store, "r", Some("198.51.100.7"), Some("0000"))
            .await
            .expect_err("wrong");
        assert_eq!(err.kind(), ErrorKind::Denied);
    }
    // The sixth attempt is refused before the PIN is even looked at, right or wrong.
    let err = policy::check_pin(store, "r", Some("198.51.100.7"), Some("2468"))
        .await
        .expect_err("limited");
    match err {
        lkctl_core::Error::RateLimited { retry_after_secs } => {
            assert!((1..=60).contains(&retry_after_secs))
        }
        other => panic!("expected RateLimited, got {other}"),
    }
    // Other addresses and other rooms have their own budget.
    policy::check_pin(store, "r", Some("198.51.100.8"), Some("2468"))
        .await
        .expect("other address");
    set_pin(store, "r2").await;
    policy::check_pin(store, "r2", Some("198.51.100.7"), Some("2468"))
        .await
        .expect("other room");
    // The count lives in the store: a second store on the same database sees it.
    let other = Store::open(&db.url).await.expect("second store");
    let err = policy::check_pin(&other, "r", Some("198.51.100.7"), Some("2468"))
        .await
        .expect_err("limited");
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    other.close().await;
}

async fn pin_rate_limit_holds_under_concurrency(db: Arc<TestDb>) {
    let store = db.store.clone();
    set_pin(&store, "r").await;
    // Rounds from fresh addresses; in each, twelve attempts are released together by a
    // barrier so they reach the counter at once. Every round must count exactly.
    for round in 0..6 {
        let addr = format!("203.0.113.{}", 10 + round);
        let barrier = Arc::new(tokio::sync::Barrier::new(12));
        let tasks: Vec<_> = (0..12)
            .map(|_| {
                let (store, addr, barrier) = (store.clone(), addr.clone(), barrier.clone());
                tokio::spawn(async move {
                    barrier.wait().await;
                    policy::check_pin(&store, "r", Some(&addr), Some("9999")).await
                })
            })
            .collect();
        let mut limited = 0;
        let mut denied = 0;
        for t in tasks {
            match t.await.expect("task").expect_err("never succeeds").kind() {
                ErrorKind::RateLimited => limited += 1,
                ErrorKind::Denied => denied += 1,
                other => panic!("unexpected {other:?}"),
            }
        }
        assert_eq!((denied, limited), (5, 7), "round {round}");
    }
}

/// The attempt window, to the millisecond, on given times (no waiting): five attempts per
/// address and room per 60 s, the sixth refused with the exact wait, and a fresh budget
/// once 60 s have passed since the window opened.
async fn pin_window_is_measured_on_the_clock(db: Arc<TestDb>) {
    let store = &db.store;
    set_pin(store, "w").await;
    let t0 = 1_900_000_000_000_i64;
    let at = |ms: i64| Timestamp::from_unix_ms(t0 + ms).expect("time");
    let addr = Some("198.51.100.20");
    // An empty PIN is no PIN: refused as missing, and not counted as an attempt.
    for _ in 0..6 {
        let err = policy::check_pin_at(store, "w", addr, Some(""), at(0))
            .await
            .expect_err("missing");
        assert_eq!(err.kind(), ErrorKind::Invalid, "{err}");
    }
    for i in 0..5 {
        let err = policy::check_pin_at(store, "w", addr, Some("0000"), at(i * 1000))
            .await
            .expect_err("wrong");
        assert_eq!(err.kind(), ErrorKind::Denied);
    }
    let retry = |e: lkctl_core::Error| match e {
        lkctl_core::Error::RateLimited { retry_after_secs } => retry_after_secs,
        other => panic!("expected RateLimited, got {other}"),
    };
    // The window opened at t0 and closes at t0 + 60 s: the right PIN is refused meanwhile,
    // with the seconds left (rounded up).
    let err = policy::check_pin_at(store, "w", addr, Some("2468"), at(30_000))
        .await
        .expect_err("limited");
    assert_eq!(retry(err), 30);
    let err = policy::check_pin_at(store, "w", addr, Some("2468"), at(59_999))
        .await
        .expect_err("limited");
    assert_eq!(retry(err), 1);
    let err = policy::check_pin_at(store, "w", addr, Some("2468"), at(58_001))
        .await
        .expect_err("limited");
    assert_eq!(retry(err), 2);
    // At t0 + 60 s a new window opens: the right PIN is accepted...
    policy::check_pin_at(store, "w", addr, Some("2468"), at(60_000))
        .await
        .expect("new window");
    // ...and it has the whole budget again: four more attempts, then refused until
    // t0 + 120 s.
    for i in 0..4 {
        let err = policy::check_pin_at(store, "w", addr, Some("0000"), at(61_000 + i))
            .await
            .expect_err("wrong");
        assert_eq!(err.kind(), ErrorKind::Denied);
    }
    let err = policy::check_pin_at(store, "w", addr, Some("2468"), at(62_000))
        .await
        .expect_err("limited");
    assert_eq!(retry(err), 58);
}

fn participant(
    event_id: &str,
    kind: ParticipantEventKind,
    identity: &str,
    at_ms: i64,
) -> ParticipantEvent {
    ParticipantEvent {
        event_id: event_id.into(),
        kind,
        room: "daily".into(),
        room_sid: Some("RM_1".into()),
        identity: identity.into(),
        participant_sid: Some(format!("PA_{identity}")),
        name: Some(identity.to_uppercase()),
        at: Timestamp::from_unix_ms(at_ms).expect("time"),
        digest: None,
    }
}

async fn history_records_sessions_once(db: Arc<TestDb>) {
    use ParticipantEventKind::{Joined, Left};
    let store = &db.store;
    let t0 = 1_700_000_000_000;
    assert_eq!(
        session::record(store, &participant("EV1", Joined, "ann", t0))
            .await
            .expect("j"),
        Recorded::Stored
    );
    assert_eq!(
        session::record(store, &participant("EV1", Joined, "ann", t0))
            .await
            .expect("dup"),
        Recorded::Duplicate
    );
    session::record(store, &participant("EV2", Joined, "ben", t0 + 1_000))
        .await
        .expect("j2");
    assert_eq!(
        session::record(store, &participant("EV3", Left, "ann", t0 + 90_000))
            .await
            .expect("left"),
        Recorded::Stored
    );
    assert_eq!(
        session::record(store, &participant("EV4", Left, "zed", t0 + 90_000))
            .await
            .expect("left"),
        Recorded::Unmatched
    );
    assert_eq!(count(store, "participant_sessions").await, 2);

    let all = session::list(store, Some("daily"), None, 100)
        .await
        .expect("list");
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].identity, "ben", "newest first");
    let ann = &all[1];
    assert_eq!(ann.duration_ms, Some(90_000));
    assert_eq!(ann.left_at.map(|t| t.unix_ms()), Some(t0 + 90_000));
    let since = session::list(store, None, Timestamp::from_unix_ms(t0 + 500), 100)
        .await
        .expect("since");
    assert_eq!(
        since
            .iter()
            .map(|s| s.identity.as_str())
            .collect::<Vec<_>>(),
        ["ben"]
    );
    assert!(
        session::list(store, Some("other"), None, 10)
            .await
            .expect("empty")
            .is_empty()
    );

    assert!(
        session::record_delivery(store, "EV9", "room_finished", Some("daily"), Some("d1"))
            .await
            .expect("new")
    );
    assert!(
        !session::record_delivery(store, "EV9", "room_finished", Some("daily"), Some("d1"))
            .await
            .expect("dup")
    );
    // The same event id with other content is a changed replay, refused.
    let err = session::record_delivery(store, "EV9", "room_finished", Some("daily"), Some("d2"))
        .await
        .expect_err("changed replay");
    assert_eq!(err.kind(), lkctl_core::ErrorKind::Conflict, "{err}");
    let err = session::record(store, &participant("", Joined, "ann", t0))
        .await
        .expect_err("no id");
    assert_eq!(err.kind(), ErrorKind::Invalid);
}

async fn chat_messages_round_trip(db: Arc<TestDb>) {
    let store = &db.store;
    // Times are given, not waited for: b is 5 ms after a.
    let t0 = Timestamp::now();
    let a = chat::add(store, "daily", "ann", "hello", Some(t0))
        .await
        .expect("add");
    let b = chat::add(
        store,
        "daily",
        "ben",
        "hi ann 👋",
        Some(t0.plus(Duration::from_millis(5))),
    )
    .await
    .expect("add");
    chat::add(store, "other", "ben", "elsewhere", None)
        .await
        .expect("add");
    assert_eq!(
        chat::list(store, "daily", None, 100).await.expect("list"),
        vec![a.clone(), b.clone()]
    );
    assert_eq!(
        chat::list(store, "daily", Some(b.sent_at), 100)
            .await
            .expect("since"),
        vec![b]
    );
    for bad in ["", "   ", &"x".repeat(5000)] {
        let err = chat::add(store, "daily", "ann", bad, None)
            .await
            .expect_err("bad text");
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }
    assert_eq!(count(store, "chat_messages").await, 3);
}

async fn shared_file_records_round_trip(db: Arc<TestDb>) {
    let store = &db.store;
    let new = |name: &str, size: i64| files::NewSharedFile {
        room: "daily".into(),
        name: name.into(),
        size,
        content_type: "application/pdf".into(),
        uploader: "ann".into(),
    };
    let f = files::add(store, new("Q3 plan (final).pdf", 1234))
        .await
        .expect("add");
    assert!(f.s3_key.starts_with("rooms/daily/SF_"), "{}", f.s3_key);
    assert!(f.s3_key.ends_with("/Q3_plan__final_.pdf"), "{}", f.s3_key);
    assert_eq!(files::get(store, &f.id).await.expect("get"), f);
    assert_eq!(files::list(store, "daily").await.expect("list"), vec![f]);
    for bad in [new("../etc/passwd", 1), new("ok.pdf", -1), new("", 1)] {
        assert_eq!(
            files::add(store, bad).await.expect_err("bad").kind(),
            ErrorKind::Invalid
        );
    }
    assert_eq!(
        files::get(store, "SF_nope")
            .await
            .expect_err("missing")
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(count(store, "shared_files").await, 1);
}

async fn audit_log_is_append_only(db: Arc<TestDb>) {
    let store = &db.store;
    store
        .audit(
            "admin",
            "test.event",
            Some("r"),
            None,
            serde_json::json!({"k": 1}),
        )
        .await
        .expect("audit");
    let rows = store.audit_log(Some("r"), 10).await.expect("log");
    assert_eq!(rows.len(), 1);
    assert_eq!(rows[0].action, "test.event");
    let update = "UPDATE audit_log SET actor = 'mallory'";
    let delete = "DELETE FROM audit_log";
    for sql in [update, delete] {
        let result = match store.backend() {
            Backend::Sqlite(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
            Backend::Postgres(p) => sqlx::query(sql).execute(p).await.map(|_| ()),
        };
        assert!(result.is_err(), "{sql} must fail");
    }
    assert_eq!(
        store.audit_log(None, 10).await.expect("log")[0].actor,
        "admin"
    );
}
