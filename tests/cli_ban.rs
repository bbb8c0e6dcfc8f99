//! `lkctl ban ...` and ban enforcement through `lkctl webhook ingest`, against a temp
//! SQLite store and the in-process LiveKit emulator.

mod common;
mod store_cli;

use common::Emu;
use store_cli::{Db, fp, open_room};

/// The JSON body of the last `participant_joined` webhook the emulator emitted for `identity`.
fn joined_body(emu: &Emu, identity: &str) -> String {
    joined(emu, identity).0
}

/// That webhook's body and the `Authorization` value the emulator signed it with.
fn joined(emu: &Emu, identity: &str) -> (String, String) {
    let needle = serde_json::to_string(identity).expect("json string");
    let w = emu
        .control(|c| c.webhooks())
        .into_iter()
        .rev()
        .find(|w| w.event == "participant_joined" && w.body.contains(&needle))
        .expect("participant_joined webhook");
    (w.body, w.authorization)
}

#[test]
fn add_list_remove_and_duplicates() {
    let db = Db::sqlite();
    assert_eq!(db.run(&["-o", "json", "ban", "list"]).ok().stdout, "[]\n");
    let r = db.run(&["ban", "add", "demo", "--fingerprint", &fp(1)]);
    r.fails(2, "--yes");
    let added = db
        .run(&[
            "-y",
            "-o",
            "json",
            "ban",
            "add",
            "demo",
            "--fingerprint",
            &fp(1),
            "--ip",
            "198.51.100.7",
            "--reason",
            "spam",
            "--for",
            "2h",
        ])
        .ok();
    let v = added.json();
    let ban = &v["ban"];
    assert!(ban["id"].as_str().unwrap().starts_with("BN_"));
    assert_eq!(ban["room"], "demo");
    assert_eq!(
        ban["subject"],
        serde_json::json!({"kind": "fingerprint", "value": fp(1)})
    );
    assert_eq!(ban["ip"], "198.51.100.7");
    assert_eq!(ban["reason"], "spam");
    assert_eq!(ban["active"], true);
    assert!(ban["expires_at"].is_string());
    assert_eq!(v["removed"], serde_json::json!([]));
    let id = ban["id"].as_str().unwrap().to_string();

    db.run(&["-y", "ban", "add", "demo", "--fingerprint", &fp(1)])
        .fails(6, "already banned");
    let r = db.run(&[
        "-y",
        "-o",
        "json",
        "ban",
        "add",
        "demo",
        "--fingerprint",
        &fp(1),
    ]);
    assert_eq!(r.code, 6);
    assert_eq!(r.json_error()["error"]["code"], "conflict");

    db.run(&["-y", "ban", "add", "--global", "--session", &fp(2)])
        .ok();
    db.run(&["-y", "ban", "add", "other", "--identity", "mallory"])
        .ok();
    let demo = db.run(&["-o", "json", "ban", "list", "demo"]).ok().json();
    let subjects: Vec<&str> = demo
        .as_array()
        .unwrap()
        .iter()
        .map(|b| b["subject"]["kind"].as_str().unwrap())
        .collect();
    assert_eq!(subjects.len(), 2, "room bans plus global ones: {demo}");
    assert!(subjects.contains(&"session") && subjects.contains(&"fingerprint"));
    assert_eq!(
        db.run(&["-o", "json", "ban", "list"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        3
    );
    let plain = db.run(&["-o", "plain", "ban", "list", "demo"]).ok();
    assert_eq!(plain.stdout.lines().count(), 2);

    db.run(&["ban", "remove", &id]).fails(2, "--yes");
    let lifted = db
        .run(&["-y", "-o", "json", "ban", "remove", &id])
        .ok()
        .json();
    assert_eq!(lifted["active"], false);
    assert!(lifted["lifted_at"].is_string());
    db.run(&["-y", "ban", "remove", &id])
        .fails(6, "already lifted");
    db.run(&["-y", "ban", "remove", "BN_nosuchban000000000000"])
        .fails(3, "ban `BN_nosuchban000000000000` not found");
    assert_eq!(
        db.run(&["-o", "json", "ban", "list", "demo"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        1
    );
    assert_eq!(
        db.run(&["-o", "json", "ban", "list", "demo", "--all"])
            .ok()
            .json()
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // After lifting, the same subject can be banned again.
    db.run(&["-y", "ban", "add", "demo", "--fingerprint", &fp(1)])
        .ok();
}

#[test]
fn bad_input_is_refused_without_rows() {
    let db = Db::sqlite();
    let cases: &[(&[&str], &str)] = &[
        (&["demo", "--fingerprint", "short"], "invalid fingerprint"),
        (
            &["demo", "--session", "no spaces allowed here"],
            "invalid session",
        ),
        (
            &["demo", "--identity", "alice", "--ip", "999.1.1.1"],
            "invalid ip",
        ),
        (&["demo", "--identity", "alice", "--for", "soon"], "--for"),
        (&["demo", "--identity", "alice", "--for", "0s"], "duration"),
        (&["demo"], "--fingerprint"),
        (&["--identity", "alice"], "ROOM"),
        (&["demo", "--global", "--identity", "alice"], "--global"),
        (
            &["demo", "--identity", "a", "--fingerprint", &fp(1)],
            "cannot be used",
        ),
    ];
    for (extra, needle) in cases {
        let mut args = vec!["-y", "ban", "add"];
        args.extend_from_slice(extra);
        db.run(&args).fails(2, needle);
    }
    assert_eq!(
        db.run(&["-o", "json", "ban", "list", "--all"]).ok().stdout,
        "[]\n"
    );
}

#[test]
fn banning_removes_present_participants_or_says_it_could_not() {
    let db = Db::sqlite();
    let emu = Emu::start();
    emu.room("demo");
    emu.participant("demo", "mallory");
    emu.participant("demo", "alice");

    // Without LiveKit credentials the ban is recorded and the removal skipped, on stderr.
    let r = db
        .run(&["-y", "ban", "add", "demo", "--identity", "mallory"])
        .ok();
    assert!(r.stderr.contains("removal from LiveKit skipped"), "{r:#?}");
    assert!(emu.participant_info("demo", "mallory").is_some());
    let id = db.run(&["-o", "json", "ban", "list", "demo"]).ok().json()[0]["id"]
        .as_str()
        .unwrap()
        .to_string();
    db.run(&["-y", "ban", "remove", &id]).ok();

    // With them, the participant is removed at once; others stay.
    let v = db
        .run_at(
            &emu.url,
            &[
                "-y",
                "-o",
                "json",
                "ban",
                "add",
                "demo",
                "--identity",
                "mallory",
            ],
        )
        .ok()
        .json();
    assert_eq!(
        v["removed"],
        serde_json::json!([{"room": "demo", "identity": "mallory", "error": null}])
    );
    assert!(emu.participant_info("demo", "mallory").is_none());
    assert!(emu.participant_info("demo", "alice").is_some());
}

#[test]
fn a_banned_guest_rejoining_is_removed_by_webhook_ingest() {
    let db = Db::sqlite();
    let emu = Emu::start();
    emu.room("demo");
    open_room(&db, "demo", false);
    // The guest is admitted through the lobby (which records its fingerprint)...
    let admitted = db
        .run_signing(&[
            "-o",
            "json",
            "lobby",
            "request",
            "demo",
            "--name",
            "Troll",
            "--fingerprint",
            &fp(9),
        ])
        .ok()
        .json();
    let identity = admitted["entry"]["identity"].as_str().unwrap().to_string();
    // ...is banned by fingerprint while away (nothing to remove yet)...
    let v = db
        .run_at(
            &emu.url,
            &[
                "-y",
                "-o",
                "json",
                "ban",
                "add",
                "demo",
                "--fingerprint",
                &fp(9),
            ],
        )
        .ok()
        .json();
    assert_eq!(v["removed"], serde_json::json!([]));
    // ...and joins LiveKit again with the still-valid token.
    emu.participant("demo", &identity);
    assert!(emu.participant_info("demo", &identity).is_some());

    let (body, auth) = joined(&emu, &identity);
    let out = db
        .sb
        .run_stdin(
            &[
                "--database-url",
                &db.url,
                "--url",
                &emu.url,
                "--api-key",
                common::KEY,
                "--api-secret",
                common::SECRET,
                "-o",
                "json",
                "webhook",
                "ingest",
                "--auth",
                &auth,
                "-",
            ],
            body.as_bytes(),
        )
        .ok()
        .json();
    assert_eq!(out["event"], "participant_joined");
    assert_eq!(out["identity"], identity.as_str());
    assert_eq!(out["recorded"], "stored");
    assert_eq!(out["verdict"]["verdict"], "removed");
    assert_eq!(out["verdict"]["ban"]["subject"]["value"], fp(9));
    assert!(
        emu.participant_info("demo", &identity).is_none(),
        "the banned participant is gone from the room"
    );

    // Someone not banned is allowed, and stays.
    emu.participant("demo", "alice");
    let file = db.sb.path("alice.json");
    let auth_file = db.sb.path("alice.auth");
    let (body, auth) = joined(&emu, "alice");
    std::fs::write(&file, body).unwrap();
    std::fs::write(&auth_file, format!("Bearer {auth}\n")).unwrap();
    let out = db
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "webhook",
                "ingest",
                "--auth-file",
                auth_file.to_str().unwrap(),
                file.to_str().unwrap(),
            ],
        )
        .ok()
        .json();
    assert_eq!(out["verdict"]["verdict"], "allowed");
    assert!(emu.participant_info("demo", "alice").is_some());

    // Without credentials a banned join cannot be enforced: a clear error, and since bans
    // come first nothing is recorded (a redelivery applies it all).
    emu.participant("demo", &identity);
    db.run_stdin(
        &["webhook", "ingest", "--unverified", "-"],
        joined_body(&emu, &identity).as_bytes(),
    )
    .fails(2, "cannot remove");
    assert!(emu.participant_info("demo", &identity).is_some());
    let sessions = db
        .run(&["-o", "json", "room", "history", "demo"])
        .ok()
        .json();
    assert_eq!(sessions.as_array().unwrap().len(), 2);
}
