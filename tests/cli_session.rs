//! `lkctl session list`, `lkctl room history` and `lkctl webhook ingest` for sessions.

mod common;
mod store_cli;

use store_cli::Db;

fn event(kind: &str, id: &str, room: &str, identity: &str, at: i64) -> String {
    serde_json::json!({
        "event": kind,
        "id": id,
        "createdAt": at.to_string(),
        "room": {"name": room, "sid": "RM_test"},
        "participant": {"identity": identity, "sid": format!("PA_{identity}"), "name": identity.to_uppercase()},
    })
    .to_string()
}

fn ingest(db: &Db, body: &str) -> serde_json::Value {
    db.run_stdin(
        &["-o", "json", "webhook", "ingest", "--unverified", "-"],
        body.as_bytes(),
    )
    .ok()
    .json()
}

#[test]
fn sessions_from_webhooks_with_duration_and_dedup() {
    let db = Db::sqlite();
    assert_eq!(
        db.run(&["-o", "json", "session", "list"]).ok().stdout,
        "[]\n"
    );
    assert_eq!(
        db.run(&["-o", "json", "room", "history", "demo"])
            .ok()
            .stdout,
        "[]\n"
    );

    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let joined = event("participant_joined", "EV_1", "demo", "ann", now - 3600);
    let out = ingest(&db, &joined);
    assert_eq!(out["recorded"], "stored");
    assert_eq!(out["verdict"]["verdict"], "allowed");
    // A redelivery changes nothing.
    assert_eq!(ingest(&db, &joined)["recorded"], "duplicate");
    let left = event("participant_left", "EV_2", "demo", "ann", now - 3600 + 125);
    assert_eq!(ingest(&db, &left)["recorded"], "stored");
    let out = ingest(
        &db,
        &event("participant_left", "EV_3", "demo", "ghost", now),
    );
    assert_eq!(out["recorded"], "unmatched");
    ingest(
        &db,
        &event("participant_joined", "EV_4", "other", "bob", now - 60),
    );
    let out = ingest(
        &db,
        &serde_json::json!({"event": "room_started", "id": "EV_5", "room": {"name": "demo"}})
            .to_string(),
    );
    assert_eq!(out["recorded"], "delivery_only");
    assert_eq!(out["verdict"], serde_json::Value::Null);

    let history = db
        .run(&["-o", "json", "room", "history", "demo"])
        .ok()
        .json();
    let history = history.as_array().unwrap();
    assert_eq!(history.len(), 1);
    assert_eq!(history[0]["identity"], "ann");
    assert_eq!(history[0]["name"], "ANN");
    assert_eq!(history[0]["duration_ms"], 125_000);
    assert!(history[0]["left_at"].as_str().unwrap().ends_with('Z'));
    let table = db.run(&["room", "history", "demo"]).ok();
    assert!(table.stdout.contains("2m 5s"), "{table:#?}");

    let all = db.run(&["-o", "json", "session", "list"]).ok().json();
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(all[0]["identity"], "bob", "newest first");
    let recent = db
        .run(&["-o", "json", "session", "list", "--since", "30m"])
        .ok()
        .json();
    assert_eq!(recent.as_array().unwrap().len(), 1);
    let by_room = db
        .run(&["-o", "json", "session", "list", "--room", "other"])
        .ok()
        .json();
    assert_eq!(by_room[0]["room"], "other");
    let since = db
        .run(&[
            "-o",
            "json",
            "session",
            "list",
            "--since",
            "2000-01-01T00:00:00Z",
            "--limit",
            "1",
        ])
        .ok()
        .json();
    assert_eq!(since.as_array().unwrap().len(), 1);
    db.run(&["session", "list", "--since", "yesterday"])
        .fails(2, "--since");
    db.run(&["session", "list", "--limit", "0"])
        .fails(2, "limit");
}

#[test]
fn malformed_webhooks_are_refused_without_rows() {
    let db = Db::sqlite();
    db.run_stdin(&["webhook", "ingest", "--unverified", "-"], b"{not json")
        .fails(2, "invalid webhook");
    db.run_stdin(
        &["webhook", "ingest", "--unverified", "-"],
        br#"{"event":"participant_joined"}"#,
    )
    .fails(2, "`id`");
    db.run_stdin(
        &["webhook", "ingest", "--unverified", "-"],
        br#"{"event":"participant_joined","id":"EV_x","room":{"name":"demo"}}"#,
    )
    .fails(2, "participant");
    db.run(&[
        "webhook",
        "ingest",
        "--unverified",
        "/nonexistent/event.json",
    ])
    .fails(3, "/nonexistent/event.json");
    assert_eq!(
        db.run(&["-o", "json", "session", "list"]).ok().stdout,
        "[]\n"
    );
    // The malformed event id was not recorded: a valid delivery with it is fresh.
    let body = event("participant_joined", "EV_x", "demo", "ann", 1_700_000_000);
    let out = db
        .run_stdin(
            &["-o", "json", "webhook", "ingest", "--unverified", "-"],
            body.as_bytes(),
        )
        .ok()
        .json();
    assert_eq!(out["recorded"], "stored");
}
