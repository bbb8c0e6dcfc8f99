//! `lkctl room policy set --transcribe`, `lkctl agent status` and `lkctl summary show`
//! against a temp SQLite store (the worker itself runs end to end in lkctl-agent's tests).

mod common;
mod store_cli;

use store_cli::Db;

#[test]
fn transcription_is_a_policy_switch() {
    let db = Db::sqlite();
    let p = db
        .run(&[
            "-o",
            "json",
            "room",
            "policy",
            "set",
            "physics",
            "--transcribe",
            "on",
        ])
        .ok()
        .json();
    assert_eq!(p["transcribe"], true);
    // Other changes keep it; `off` clears it.
    let p = db
        .run(&[
            "-o", "json", "room", "policy", "set", "physics", "--lobby", "on",
        ])
        .ok()
        .json();
    assert_eq!(
        (p["transcribe"].clone(), p["lobby"].clone()),
        (true.into(), true.into())
    );
    let table = db.run(&["room", "policy", "show", "physics"]).ok();
    assert!(table.stdout.contains("transcribe"), "{table:#?}");
    let p = db
        .run(&[
            "-o",
            "json",
            "room",
            "policy",
            "set",
            "physics",
            "--transcribe",
            "off",
        ])
        .ok()
        .json();
    assert_eq!(p["transcribe"], false);
    db.run(&["room", "policy", "set", "physics", "--transcribe", "maybe"])
        .fails(2, "--transcribe");
}

#[test]
fn status_and_summaries_of_an_empty_store() {
    let db = Db::sqlite();
    let s = db.run(&["-o", "json", "agent", "status"]).ok().json();
    assert_eq!(
        s,
        serde_json::json!({"workers": [], "rooms": [], "queued_events": 0, "queue_lag_ms": null})
    );
    let human = db.run(&["agent", "status"]).ok();
    assert!(human.stdout.contains("no workers"), "{human:#?}");
    db.run(&["summary", "show", "physics"]).fails(3, "summary");
    db.run(&["summary", "regenerate", "physics"])
        .fails(3, "transcript");
    db.run(&[
        "summary",
        "regenerate",
        "physics",
        "--llm-url",
        "http://127.0.0.1:9/v1",
    ])
    .fails(2, "--llm-model");
}
