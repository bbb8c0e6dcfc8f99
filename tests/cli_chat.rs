//! `lkctl chat list|send` and `lkctl file list` against a temp SQLite store; `chat send`
//! delivering into a room of the emulator.

mod common;
mod store_cli;

use common::Emu;
use livekit_protocol::data_packet::Value;
use lkctl_emulator::DataRecord;
use store_cli::Db;

#[test]
fn send_and_list_messages() {
    let db = Db::sqlite();
    assert_eq!(
        db.run(&["-o", "json", "chat", "list", "demo"]).ok().stdout,
        "[]\n"
    );
    let r = db
        .run(&[
            "chat",
            "send",
            "demo",
            "--as",
            "alice",
            "hello all",
            "--store-only",
        ])
        .ok();
    assert!(r.stderr.starts_with("stored message CM_"), "{r:#?}");
    assert!(r.stderr.contains("not delivered"), "{r:#?}");
    let sent = db
        .run_stdin(
            &[
                "-o",
                "json",
                "chat",
                "send",
                "demo",
                "--as",
                "bob",
                "-",
                "--store-only",
            ],
            b"from stdin\n",
        )
        .ok()
        .json();
    assert_eq!(sent["text"], "from stdin");
    assert_eq!(sent["identity"], "bob");
    assert!(sent["id"].as_str().unwrap().starts_with("CM_"));
    assert_eq!(sent["delivered"], false);
    assert_eq!(sent["topic"], serde_json::Value::Null);
    db.run(&[
        "chat",
        "send",
        "other",
        "--as",
        "carol",
        "elsewhere",
        "--store-only",
    ])
    .ok();

    let list = db.run(&["-o", "json", "chat", "list", "demo"]).ok().json();
    let texts: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["hello all", "from stdin"], "oldest first, one room");
    let one = db
        .run(&["-o", "json", "chat", "list", "demo", "--limit", "1"])
        .ok()
        .json();
    assert_eq!(one.as_array().unwrap().len(), 1);
    let later = db
        .run(&[
            "-o",
            "json",
            "chat",
            "list",
            "demo",
            "--since",
            "2999-01-01T00:00:00Z",
        ])
        .ok();
    assert_eq!(later.stdout, "[]\n");
    let plain = db.run(&["-o", "plain", "chat", "list", "demo"]).ok();
    assert!(
        plain
            .stdout
            .lines()
            .next()
            .unwrap()
            .contains("\talice\thello all\t"),
        "{plain:#?}"
    );
}

#[test]
fn bad_messages_leave_no_rows() {
    let db = Db::sqlite();
    let send = |identity: &str, text: &str| {
        db.run(&[
            "chat",
            "send",
            "demo",
            "--as",
            identity,
            text,
            "--store-only",
        ])
    };
    send("alice", "   ").fails(2, "invalid text");
    let long = "x".repeat(5000);
    send("alice", &long).fails(2, "invalid text");
    send("", "hi").fails(2, "invalid identity");
    // Identities are checked as bans check them: no tab, escape or bidi override, at most
    // LiveKit's 256 characters (a NUL cannot be a command-line argument).
    let overlong = "a".repeat(257);
    for bad in [
        "ali\tce",
        "alice\u{1b}[2J",
        "\u{202e}ecila",
        overlong.as_str(),
    ] {
        let r = send(bad, "hi").fails(2, "invalid identity");
        assert!(!r.stderr.contains('\u{1b}'), "{r:#?}");
    }
    db.run(&["chat", "send", "demo", "hi"]).fails(2, "--as");
    assert_eq!(
        db.run(&["-o", "json", "chat", "list", "demo"]).ok().stdout,
        "[]\n"
    );
}

#[test]
fn file_list_is_empty_for_a_new_room() {
    let db = Db::sqlite();
    assert_eq!(
        db.run(&["-o", "json", "file", "list", "demo"]).ok().stdout,
        "[]\n"
    );
    let table = db.run(&["file", "list", "demo"]).ok();
    assert!(table.stdout.starts_with("ID"), "{table:#?}");
    db.run(&["file", "list", ""]).fails(2, "invalid room");
}

#[test]
fn identities_are_stored_in_their_normal_form() {
    let db = Db::sqlite();
    // Surrounding spaces go, and a decomposed accent is stored composed (NFC), as bans
    // compare identities: `alice\u{301}` and `alicé` are one sender.
    let sent = db
        .run(&[
            "-o",
            "json",
            "chat",
            "send",
            "demo",
            "--as",
            "  alice\u{301} ",
            "hi",
            "--store-only",
        ])
        .ok()
        .json();
    assert_eq!(sent["identity"], "alic\u{e9}");
    let listed = db.run(&["-o", "json", "chat", "list", "demo"]).ok().json();
    assert_eq!(listed[0]["identity"], "alic\u{e9}");

    // Shared files: the uploader likewise (presigning needs no S3 server).
    let share = |uploader: &str| {
        common::Run::from(
            db.cmd(&[
                "-o",
                "json",
                "file",
                "share",
                "demo",
                "notes.pdf",
                "--size",
                "10",
                "--as",
                uploader,
                "--bucket",
                "shared",
                "--endpoint",
                "http://127.0.0.1:9",
                "--access-key",
                "AKIDEXAMPLE",
            ])
            .env("LKCTL_S3_SECRET_KEY", "secret")
            .output()
            .expect("run"),
        )
    };
    let shared = share(" bo\u{301} ").ok().json();
    assert_eq!(shared["file"]["uploader"], "b\u{f3}");
    let overlong = "a".repeat(257);
    for bad in [
        "b\tob",
        "bob\u{1b}]52;c;eA==\u{7}",
        "\u{2066}bob",
        overlong.as_str(),
    ] {
        let r = share(bad).fails(2, "invalid uploader");
        assert!(!r.stderr.contains('\u{1b}'), "{r:#?}");
    }
    let listed = db.run(&["-o", "json", "file", "list", "demo"]).ok().json();
    assert_eq!(
        listed.as_array().unwrap().len(),
        1,
        "refused uploads left no rows"
    );
}

/// The chat packets the emulator delivered in `room`.
fn chat_packets(emu: &Emu, room: &str) -> Vec<(DataRecord, serde_json::Value)> {
    emu.control(|c| c.data_packets())
        .into_iter()
        .filter(|r| r.room == room)
        .filter_map(|r| match &r.packet.value {
            Some(Value::User(u)) if u.topic.as_deref() == Some("lk-chat-topic") => {
                let body = serde_json::from_slice(&u.payload).expect("chat payload is JSON");
                Some((r.clone(), body))
            }
            _ => None,
        })
        .collect()
}

#[test]
fn send_delivers_into_the_room_on_the_components_chat_topic() {
    let db = Db::sqlite();
    let emu = Emu::start();
    emu.room("class");
    emu.participant("class", "student-1");
    emu.participant("class", "student-2");

    let r = db
        .run_at(
            &emu.url,
            &["chat", "send", "class", "--as", "teacher", "hello"],
        )
        .ok();
    assert!(
        r.stderr.starts_with("delivered message CM_") && r.stderr.contains("lk-chat-topic"),
        "{r:#?}"
    );
    let hostile = "bell\u{7} \u{1b}[2J\u{202e} \"quoted\"\nline";
    let sent = db
        .run_at(
            &emu.url,
            &[
                "-o", "json", "chat", "send", "class", "--as", "teacher", hostile,
            ],
        )
        .ok()
        .json();
    assert_eq!(sent["delivered"], true);
    assert_eq!(sent["topic"], "lk-chat-topic");
    assert_eq!(sent["text"], hostile);

    // Each message reached everyone in the room, reliably, as components-js reads chat:
    // `{id, timestamp, message}` with the stored id and the send time in Unix ms.
    let packets = chat_packets(&emu, "class");
    assert_eq!(packets.len(), 2, "{packets:?}");
    let (record, body) = &packets[1];
    let mut recipients = record.recipients.clone();
    recipients.sort();
    assert_eq!(recipients, ["student-1", "student-2"]);
    // `DataPacket.kind` is deprecated in the protocol but still what marks a reliable packet.
    #[allow(deprecated)]
    let kind = record.packet.kind;
    assert_eq!(kind, livekit_protocol::data_packet::Kind::Reliable as i32);
    assert_eq!(body["id"], sent["id"]);
    assert_eq!(
        body["message"], hostile,
        "the payload carries the text exactly"
    );
    let at: lkctl_core::store::Timestamp =
        serde_json::from_value(sent["sent_at"].clone()).expect("sent_at");
    assert_eq!(body["timestamp"].as_i64().unwrap(), at.unix_ms());
    let mut keys: Vec<&str> = body
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    keys.sort_unstable();
    assert_eq!(keys, ["id", "message", "timestamp"]);
    // ...and is kept for late joiners and export.
    let listed = db.run(&["-o", "json", "chat", "list", "class"]).ok().json();
    assert_eq!(listed.as_array().unwrap().len(), 2);

    // An unknown room is not found, and nothing is stored for it.
    db.run_at(&emu.url, &["chat", "send", "clas", "--as", "teacher", "hi"])
        .fails(3, "clas");
    assert_eq!(
        db.run(&["-o", "json", "chat", "list", "clas"]).ok().stdout,
        "[]\n"
    );
    // Without LiveKit credentials, sending says what is missing (use --store-only to only
    // record a message).
    let r = db.run(&["chat", "send", "class", "--as", "teacher", "hi"]);
    assert_eq!(r.code, 2, "{r:#?}");
    assert_eq!(chat_packets(&emu, "class").len(), 2);
}
