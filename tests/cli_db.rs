//! `lkctl db migrate|status` on SQLite and PostgreSQL, and the store verbs on PostgreSQL.

mod common;
mod store_cli;

use store_cli::{Db, fp, open_room};

#[test]
fn status_then_migrate_on_a_new_sqlite_file() {
    let db = Db::sqlite();
    let status = db.run(&["-o", "json", "db", "status"]).ok().json();
    assert_eq!(status["backend"], "sqlite");
    assert_eq!(status["applied"], serde_json::json!([]));
    let pending = status["pending"].as_array().unwrap();
    assert!(!pending.is_empty());
    assert_eq!(pending[0]["version"], 1);
    assert!(status["url"].as_str().unwrap().ends_with("store/lkctl.db"));

    let r = db.run(&["db", "migrate"]).ok();
    assert_eq!(r.stdout, "");
    assert!(r.stderr.starts_with("applied "), "{r:#?}");
    let again = db.run(&["-o", "json", "db", "migrate"]).ok().json();
    assert_eq!(again["applied"], serde_json::json!([]));
    let status = db.run(&["-o", "json", "db", "status"]).ok().json();
    assert_eq!(status["pending"], serde_json::json!([]));
    assert_eq!(status["applied"].as_array().unwrap().len(), pending.len());

    let table = db.run(&["db", "status"]).ok();
    assert!(table.stdout.contains("backend  sqlite"), "{table:#?}");
}

#[test]
fn the_default_database_is_under_xdg_data_home() {
    let sb = common::Sandbox::new();
    let status = sb.run(&["-o", "json", "db", "status"]).ok().json();
    let url = status["url"].as_str().unwrap();
    assert!(url.ends_with("data/lkctl/lkctl.db"), "{url}");
    // LKCTL_DATABASE_URL is honoured too.
    let path = sb.path("env.db");
    let r = sb
        .cmd()
        .env("LKCTL_DATABASE_URL", format!("sqlite://{}", path.display()))
        .args(["-o", "json", "db", "migrate"])
        .output()
        .unwrap();
    assert!(r.status.success());
    assert!(path.exists());
}

#[test]
fn unreachable_or_malformed_databases() {
    let sb = common::Sandbox::new();
    let r = sb.run(&[
        "--database-url",
        "postgres://postgres:hunter2@127.0.0.1:1/nothing",
        "db",
        "status",
    ]);
    assert_eq!(r.code, 5, "{r:#?}");
    assert!(!r.stderr.contains("hunter2"), "password leaked: {r:#?}");
    sb.run(&["--database-url", "sqlite://", "db", "status"])
        .fails(2, "database_url");
}

#[test]
fn store_verbs_work_on_postgres() {
    let db = Db::postgres();
    let status = db.run(&["-o", "json", "db", "status"]).ok().json();
    assert_eq!(status["backend"], "postgres");
    assert_eq!(status["pending"], serde_json::json!([]), "opened migrated");

    open_room(&db, "pg-room", true);
    let waiting = db
        .run(&[
            "-o",
            "json",
            "lobby",
            "request",
            "pg-room",
            "--name",
            "Pia",
            "--fingerprint",
            &fp(1),
        ])
        .ok()
        .json();
    let entry = waiting["entry"]["id"].as_str().unwrap().to_string();
    let claim = waiting["claim"].as_str().unwrap().to_string();
    db.run_signing(&["lobby", "approve", "pg-room", &entry])
        .ok();
    db.run_signing(&["lobby", "approve", "pg-room", &entry])
        .fails(6, "already approved");
    // Collecting the approval mints the token, so it needs signing credentials.
    let token = db
        .run_signing(&[
            "-o", "plain", "lobby", "status", "pg-room", &entry, "--claim", &claim,
        ])
        .ok();
    let claims = store_cli::claims(token.stdout.trim());
    assert_eq!(claims.video.room, "pg-room");

    db.run(&["-y", "ban", "add", "pg-room", "--fingerprint", &fp(2)])
        .ok();
    db.run(&["-y", "ban", "add", "pg-room", "--fingerprint", &fp(2)])
        .fails(6, "already banned");
    db.run(&[
        "lobby",
        "request",
        "pg-room",
        "--name",
        "Troll",
        "--fingerprint",
        &fp(2),
    ])
    .fails(4, "banned");
    db.run(&[
        "chat",
        "send",
        "pg-room",
        "--as",
        "alice",
        "hello",
        "--store-only",
    ])
    .ok();
    let chat = db
        .run(&["-o", "json", "chat", "list", "pg-room"])
        .ok()
        .json();
    assert_eq!(chat[0]["text"], "hello");
}
