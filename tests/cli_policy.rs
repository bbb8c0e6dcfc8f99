//! `lkctl room policy set|show` and `lkctl room invite` against a temp SQLite store.

mod common;
mod store_cli;

use store_cli::Db;

#[test]
fn set_and_show_never_reveal_the_pin() {
    let db = Db::sqlite();
    let set = db
        .run(&[
            "-o",
            "json",
            "room",
            "policy",
            "set",
            "demo",
            "--host",
            "alice",
            "--host",
            "bob",
            "--pin",
            "4711",
            "--lobby",
            "on",
            "--webinar",
            "on",
            "--max-guests",
            "3",
        ])
        .ok();
    let p = set.json();
    assert_eq!(p["room"], "demo");
    assert_eq!(p["hosts"], serde_json::json!(["alice", "bob"]));
    assert_eq!(p["pin_set"], true);
    assert_eq!(p["lobby"], true);
    assert_eq!(p["webinar"], true);
    assert_eq!(p["max_guests"], 3);
    assert!(p.get("pin").is_none() && p.get("pin_hash").is_none(), "{p}");

    for format in ["json", "table", "plain"] {
        let r = db
            .run(&["-o", format, "room", "policy", "show", "demo"])
            .ok();
        assert!(!r.stdout.contains("4711"), "{r:#?}");
        assert!(!r.stdout.contains("argon2"), "{r:#?}");
    }
    let table = db.run(&["room", "policy", "show", "demo"]).ok();
    assert!(table.stdout.contains("pin_set      true"), "{table:#?}");

    // Flags not given keep their value; --no-pin and --no-max-guests clear.
    let p = db
        .run(&[
            "-o",
            "json",
            "room",
            "policy",
            "set",
            "demo",
            "--no-pin",
            "--no-max-guests",
            "--webinar",
            "off",
        ])
        .ok()
        .json();
    assert_eq!(p["pin_set"], false);
    assert_eq!(p["max_guests"], serde_json::Value::Null);
    assert_eq!(p["lobby"], true);
    assert_eq!(p["hosts"], serde_json::json!(["alice", "bob"]));

    // A PIN from stdin.
    let p = db
        .run_stdin(
            &["-o", "json", "room", "policy", "set", "demo", "--pin", "-"],
            b"2468\n",
        )
        .ok()
        .json();
    assert_eq!(p["pin_set"], true);
}

#[test]
fn bad_input_names_the_field_and_writes_nothing() {
    let db = Db::sqlite();
    db.run(&["room", "policy", "set", "r1", "--max-guests", "0"])
        .fails(2, "max_guests");
    db.run(&["room", "policy", "set", "r1", "--pin", "12"])
        .fails(2, "invalid pin");
    db.run(&["room", "policy", "set", "r1", "--pin", "12", "--no-pin"])
        .fails(2, "--no-pin");
    db.run(&["room", "policy", "set", "r1", "--lobby", "maybe"])
        .fails(2, "--lobby");
    db.run(&["room", "policy", "set", "r1", "--host", ""])
        .fails(2, "host");
    // None of them left a policy behind.
    db.run(&["room", "policy", "show", "r1"])
        .fails(3, "room policy `r1` not found");
    let r = db.run(&["-o", "json", "room", "policy", "show", "r1"]);
    assert_eq!(r.code, 3);
    assert_eq!(r.json_error()["error"]["code"], "not_found");
}

#[test]
fn invite_codes_are_stable_until_rotated() {
    let db = Db::sqlite();
    db.run(&["room", "invite", "nowhere"])
        .fails(3, "room policy `nowhere` not found");
    store_cli::open_room(&db, "demo", true);
    let first = db.run(&["room", "invite", "demo"]).ok().stdout;
    let code = first.trim();
    assert!(code.len() >= 8, "{code}");
    assert_eq!(
        db.run(&["-o", "plain", "room", "invite", "demo"])
            .ok()
            .stdout
            .trim(),
        code
    );
    let shown = db
        .run(&["-o", "json", "room", "policy", "show", "demo"])
        .ok()
        .json();
    assert_eq!(shown["invite_code"], code);

    // Rotating breaks shared links: it needs confirmation off a terminal.
    db.run(&["room", "invite", "demo", "--rotate"])
        .fails(2, "--yes");
    assert_eq!(db.run(&["room", "invite", "demo"]).ok().stdout.trim(), code);
    let rotated = db
        .run(&["-y", "-o", "json", "room", "invite", "demo", "--rotate"])
        .ok()
        .json();
    assert_eq!(rotated["rotated"], true);
    let new_code = rotated["invite_code"].as_str().unwrap();
    assert_ne!(new_code, code);
    db.run(&["-y", "room", "invite", "nowhere", "--rotate"])
        .fails(3, "not found");
}
