//! `lkctl room ...` end to end against the in-process emulator.

mod common;

use common::{Emu, Sandbox, assert_golden};
use lkctl_emulator::{Code, FailureSpec};

#[test]
fn empty_lists_are_empty_json_arrays_and_header_only_tables() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let r = sb.run_at(&emu.url, &["-o", "json", "room", "list"]).ok();
    assert_eq!(r.stdout, "[]\n");
    let r = sb.run_at(&emu.url, &["-o", "plain", "room", "list"]).ok();
    assert_eq!(r.stdout, "");
    let r = sb.run_at(&emu.url, &["room", "list"]).ok();
    assert!(
        r.stdout.starts_with("NAME") && r.stdout.lines().count() == 1,
        "{r:#?}"
    );
    assert!(!r.stdout.contains('\u{1b}'), "no colour off a TTY");
}

#[test]
fn create_with_every_option_then_get_and_list() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let cfg = sb.path("room.yaml");
    std::fs::write(
        &cfg,
        "agents:\n  - agent_name: transcriber\ntags:\n  team: blue\n",
    )
    .unwrap();
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "room",
                "create",
                "demo",
                "--empty-timeout",
                "5m",
                "--departure-timeout",
                "30",
                "--max-participants",
                "10",
                "--metadata",
                "{\"topic\":\"x\"}",
                "--min-playout-delay",
                "100",
                "--max-playout-delay",
                "500",
                "--sync-streams",
                "--config",
                cfg.to_str().unwrap(),
            ],
        )
        .ok();
    let room = r.json();
    assert_golden("room_create", room.clone());
    assert!(room["sid"].as_str().unwrap().starts_with("RM_"));

    // A state change says so on stderr in table mode, and stdout stays empty.
    let r = sb.run_at(&emu.url, &["room", "create", "second"]).ok();
    assert_eq!(r.stdout, "");
    assert!(r.stderr.starts_with("created room second (RM_"), "{r:#?}");
    let r = sb.run_at(&emu.url, &["-q", "room", "create", "third"]).ok();
    assert_eq!(r.stderr, "");

    let got = sb
        .run_at(&emu.url, &["-o", "json", "room", "get", "demo"])
        .ok()
        .json();
    assert_eq!(got["max_participants"], 10);
    assert_eq!(got["empty_timeout"], 300);
    // By sid too.
    let sid = got["sid"].as_str().unwrap().to_string();
    let by_sid = sb
        .run_at(&emu.url, &["-o", "json", "room", "get", &sid])
        .ok()
        .json();
    assert_eq!(by_sid["name"], "demo");

    let list = sb
        .run_at(&emu.url, &["-o", "json", "room", "list"])
        .ok()
        .json();
    let names: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["demo", "second", "third"]);
    let list = sb
        .run_at(&emu.url, &["-o", "json", "room", "list", "second"])
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);

    let plain = sb.run_at(&emu.url, &["-o", "plain", "room", "list"]).ok();
    let first: Vec<&str> = plain.stdout.lines().next().unwrap().split('\t').collect();
    assert_eq!(first[0], "demo");
    assert_eq!(first[1], sid);
}

#[test]
fn malformed_config_file_is_a_usage_error_naming_the_file() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let cfg = sb.path("bad-room.json");
    std::fs::write(&cfg, "{\"agentz\": []}").unwrap();
    sb.run_at(
        &emu.url,
        &[
            "room",
            "create",
            "x",
            "--room-config",
            cfg.to_str().unwrap(),
        ],
    )
    .fails(2, "bad-room.json");
    sb.run_at(
        &emu.url,
        &[
            "room",
            "create",
            "x",
            "--room-config",
            "/nonexistent/room.json",
        ],
    )
    .fails(3, "file not found: /nonexistent/room.json");
}

#[test]
fn unknown_room_is_not_found() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    sb.run_at(&emu.url, &["room", "get", "nope"])
        .fails(3, "nope");
    let r = sb.run_at(&emu.url, &["-y", "room", "delete", "nope"]);
    let r = r.fails(
        3,
        "error: LiveKit refused the request (not_found): requested room does not exist",
    );
    // One error line and one hint saying what to do next.
    assert_eq!(r.stderr.lines().count(), 2, "{r:#?}");
    assert!(r.stderr.contains("hint: `lkctl room list`"), "{r:#?}");
    sb.run_at(&emu.url, &["-y", "room", "delete", "RM_Nonexistent12"])
        .fails(3, "RM_Nonexistent12");
    let r = sb.run_at(
        &emu.url,
        &["-o", "json", "room", "update", "nope", "--metadata", "m"],
    );
    assert_eq!(r.code, 3);
    assert_eq!(r.json_error()["error"]["code"], "not_found");
}

#[test]
fn delete_refuses_without_yes_off_a_tty() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("keep");
    sb.run_at(&emu.url, &["room", "delete", "keep"]).fails(
        2,
        "error: refusing to delete room keep without confirmation; pass --yes",
    );
    assert!(emu.control(|c| c.room("keep")).is_some());
    let r = sb.run_at(&emu.url, &["-o", "json", "room", "delete", "keep"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.json_error()["error"]["code"], "not_confirmed");

    let r = sb
        .run_at(&emu.url, &["-o", "json", "room", "delete", "keep", "--yes"])
        .ok();
    assert_eq!(
        r.json(),
        serde_json::json!({"name": "keep", "deleted": true})
    );
    assert!(emu.control(|c| c.room("keep")).is_none());
}

#[test]
fn delete_by_sid_resolves_the_name() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("by-sid");
    let sid = emu.control(|c| c.room("by-sid").unwrap().room.sid);
    let r = sb.run_at(&emu.url, &["room", "delete", &sid, "-y"]).ok();
    assert_eq!(r.stderr.trim(), "deleted room by-sid");
}

#[test]
fn update_metadata_prints_the_room_in_json() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("r");
    let v = sb
        .run_at(
            &emu.url,
            &["-o", "json", "room", "update", "r", "--metadata", "hello"],
        )
        .ok()
        .json();
    assert_eq!(v["metadata"], "hello");
    sb.run_stdin(
        &[
            "--url",
            &emu.url,
            "--api-key",
            common::KEY,
            "--api-secret",
            common::SECRET,
            "room",
            "update",
            "r",
            "--metadata",
            "-",
        ],
        b"from stdin\n",
    )
    .ok();
    assert_eq!(
        emu.control(|c| c.room("r").unwrap().room.metadata),
        "from stdin"
    );
}

#[test]
fn send_data_from_argument_file_and_stdin() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("r");
    emu.participant("r", "alice");
    emu.participant("r", "bob");
    let r = sb
        .run_at(
            &emu.url,
            &[
                "room",
                "send-data",
                "r",
                "hello",
                "--topic",
                "chat",
                "--to",
                "alice",
                "--lossy",
            ],
        )
        .ok();
    assert!(
        r.stderr.contains("sent 5 bytes to alice in room r"),
        "{r:#?}"
    );
    let file = sb.path("payload.bin");
    std::fs::write(&file, b"from-file").unwrap();
    sb.run_at(
        &emu.url,
        &["room", "send-data", "r", "--file", file.to_str().unwrap()],
    )
    .ok();
    sb.run_stdin(
        &[
            "--url",
            &emu.url,
            "--api-key",
            common::KEY,
            "--api-secret",
            common::SECRET,
            "room",
            "send-data",
            "r",
            "-",
        ],
        b"piped",
    )
    .ok();

    let packets = emu.control(|c| c.data_packets());
    assert_eq!(packets.len(), 3);
    assert_eq!(packets[0].recipients, ["alice"]);
    let user = |i: usize| match packets[i].packet.value.clone() {
        Some(livekit_protocol::data_packet::Value::User(u)) => u,
        other => panic!("not a user packet: {other:?}"),
    };
    assert_eq!(user(0).payload, b"hello");
    assert_eq!(user(0).topic.as_deref(), Some("chat"));
    assert_eq!(user(1).payload, b"from-file");
    assert_eq!(user(2).payload, b"piped");
    assert_eq!(packets[1].recipients.len(), 2);

    // Neither payload nor file is a usage error; so is an empty payload.
    sb.run_at(&emu.url, &["room", "send-data", "r"])
        .fails(2, "");
    sb.run_at(&emu.url, &["room", "send-data", "r", ""])
        .fails(2, "payload");
}

fn seed_class(emu: &Emu) {
    emu.room("class");
    for who in ["host", "s1", "s2", "s3"] {
        emu.participant("class", who);
    }
}

#[test]
fn mute_all_dry_run_changes_nothing() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    seed_class(&emu);
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "room",
                "mute-all",
                "class",
                "--except",
                "host",
                "--dry-run",
            ],
        )
        .ok();
    assert_golden("room_mute_all_dry_run", r.json());
    let s1 = emu.participant_info("class", "s1").unwrap();
    assert!(s1.tracks.iter().all(|t| !t.muted));
    // A dry run needs no --yes.
    let r = sb
        .run_at(&emu.url, &["room", "mute-all", "class", "--dry-run"])
        .ok();
    assert!(r.stderr.contains("nothing changed"), "{r:#?}");
}

#[test]
fn mute_all_mutes_everyone_but_the_exceptions() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    seed_class(&emu);
    sb.run_at(&emu.url, &["room", "mute-all", "class"])
        .fails(2, "pass --yes");
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "room",
                "mute-all",
                "class",
                "--except",
                "host",
                "--concurrency",
                "2",
                "-y",
            ],
        )
        .ok();
    assert_golden("room_mute_all", r.json());
    for who in ["s1", "s2", "s3"] {
        let p = emu.participant_info("class", who).unwrap();
        assert!(
            p.tracks.iter().all(|t| t.muted),
            "{who} still has an unmuted track"
        );
        assert!(
            !p.permission.unwrap().can_publish,
            "{who} may still publish"
        );
    }
    let host = emu.participant_info("class", "host").unwrap();
    assert!(host.tracks.iter().all(|t| !t.muted));
}

#[test]
fn mute_all_partial_failure_reports_everyone_and_exits_non_zero() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    seed_class(&emu);
    let spec = FailureSpec::new(Code::Internal, "injected").method("RoomService/UpdateParticipant");
    emu.control(|c| c.inject_failure(spec)).unwrap();
    let r = sb.run_at(
        &emu.url,
        &[
            "-o",
            "plain",
            "room",
            "mute-all",
            "class",
            "-y",
            "--concurrency",
            "1",
        ],
    );
    assert_eq!(r.code, 1, "{r:#?}");
    assert_eq!(
        r.stdout.lines().count(),
        4,
        "every participant has an outcome: {r:#?}"
    );
    let failed: Vec<&str> = r
        .stdout
        .lines()
        .filter(|l| l.contains("\tfailed\t"))
        .collect();
    assert_eq!(failed.len(), 1, "{r:#?}");
    let who = failed[0].split('\t').next().unwrap();
    assert!(
        r.stderr.contains("error: 1 of 4 participants failed"),
        "{r:#?}"
    );
    assert!(r.stderr.contains(&format!("hint: failed: {who}")), "{r:#?}");
}

#[test]
fn wrong_secret_is_unauthenticated() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        common::KEY,
        "--api-secret",
        "wrong-secret-value",
        "room",
        "list",
    ]);
    let r = r.fails(
        4,
        "error: unauthenticated: LiveKit rejected the credentials: invalid authorization token",
    );
    assert!(r.stdout.is_empty());
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        "unknown",
        "--api-secret",
        "x",
        "-o",
        "json",
        "room",
        "list",
    ]);
    assert_eq!(r.code, 4);
    let e = r.json_error();
    assert_eq!(e["error"]["code"], "unauthenticated");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("invalid API key"),
        "{e}"
    );
}

#[test]
fn permission_denied_by_the_server_exits_4_with_the_twirp_code() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.control(|c| {
        c.inject_failure(FailureSpec::new(
            Code::Unauthenticated,
            "permissions denied",
        ))
    })
    .unwrap();
    let r = sb.run_at(&emu.url, &["room", "list"]);
    let r = r.fails(
        4,
        "error: LiveKit refused the request (unauthenticated): permissions denied",
    );
    assert!(r.stderr.contains("hint: "), "{r:#?}");
}

#[test]
fn unreachable_and_slow_servers_are_unavailable() {
    let sb = Sandbox::new();
    let r = sb
        .run_at("http://127.0.0.1:1", &["room", "list"])
        .fails(5, "error: http://127.0.0.1:1 is unreachable");
    assert!(r.stderr.contains("hint: "), "{r:#?}");
    let r = sb.run_at("http://127.0.0.1:1", &["-o", "json", "room", "list"]);
    assert_eq!(r.code, 5);
    assert_eq!(r.json_error()["error"]["code"], "unavailable");
    assert!(r.stdout.is_empty());

    let emu = Emu::start();
    emu.control(|c| c.set_latency(std::time::Duration::from_secs(3)));
    sb.run_at(&emu.url, &["--timeout", "300ms", "room", "list"])
        .fails(5, "timed out");
}

#[test]
fn twirp_errors_keep_their_code() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.control(|c| c.inject_failure(FailureSpec::new(Code::ResourceExhausted, "slow down")))
        .unwrap();
    sb.run_at(&emu.url, &["room", "list"])
        .fails(7, "(resource_exhausted): slow down");
    emu.control(|c| c.inject_failure(FailureSpec::new(Code::AlreadyExists, "exists")))
        .unwrap();
    sb.run_at(&emu.url, &["room", "list"])
        .fails(6, "(already_exists)");
}
