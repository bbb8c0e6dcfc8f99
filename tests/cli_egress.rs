//! `lkctl egress ...` and `lkctl recording list` end to end against the in-process emulator.

mod common;

use std::time::Duration;

use common::{Emu, Sandbox};

fn start_composite(sb: &Sandbox, emu: &Emu, room: &str) -> String {
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "start",
                "room-composite",
                "--room",
                room,
                "--file",
                "rec/{room_name}.mp4",
            ],
        )
        .ok();
    let v = r.json();
    assert_eq!(v["status"], "starting", "{v}");
    assert_eq!(v["kind"], "room_composite");
    v["egress_id"].as_str().unwrap().to_string()
}

#[test]
fn start_list_get_and_wait_for_file_results() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let id = start_composite(&sb, &emu, "demo");
    assert!(id.starts_with("EG_"));

    let list = sb
        .run_at(
            &emu.url,
            &["-o", "json", "egress", "list", "--room", "demo"],
        )
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    let r = sb.run_at(&emu.url, &["-o", "plain", "egress", "list"]).ok();
    assert!(r.stdout.starts_with(&id), "{r:#?}");
    let r = sb.run_at(&emu.url, &["egress", "get", &id]).ok();
    assert!(r.stdout.contains("room_composite"), "{r:#?}");

    emu.control(|c| c.finish_egress(&id).expect("finish"));
    let r = sb
        .run_at(
            &emu.url,
            &["egress", "wait", &id, "--poll-interval", "100ms"],
        )
        .ok();
    assert!(
        r.stdout.contains("rec/demo.mp4") && r.stdout.contains("1.0 MiB"),
        "{r:#?}"
    );
    // The final status is reported once on stderr, not twice.
    assert_eq!(r.stderr.matches("complete").count(), 1, "{r:#?}");
    let v = sb
        .run_at(&emu.url, &["-o", "json", "egress", "wait", &id])
        .ok()
        .json();
    assert_eq!(v["status"], "complete");
    assert_eq!(v["files"][0]["filename"], "rec/demo.mp4");
    assert_eq!(v["files"][0]["size"], 1_048_576);

    let active = sb
        .run_at(&emu.url, &["-o", "json", "egress", "list", "--active"])
        .ok()
        .json();
    assert_eq!(active, serde_json::json!([]));

    // The recordings catalogue shows the finished file.
    let recs = sb
        .run_at(
            &emu.url,
            &["-o", "json", "recording", "list", "--room", "demo"],
        )
        .ok()
        .json();
    assert_eq!(recs[0]["egress_id"], id.as_str());
    assert_eq!(recs[0]["kind"], "file");
    assert_eq!(recs[0]["name"], "rec/demo.mp4");
}

#[test]
fn start_with_wait_follows_the_job_and_failure_exits_non_zero() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    std::thread::scope(|s| {
        let finisher = s.spawn(|| {
            // Find the job once the binary started it, then fail it.
            for _ in 0..100 {
                std::thread::sleep(Duration::from_millis(100));
                let id = emu.control(|c| {
                    let st = c.egress_ids();
                    st.first().cloned()
                });
                if let Some(id) = id {
                    emu.control(|c| c.fail_egress(&id, "chrome crashed"))
                        .expect("fail");
                    return;
                }
            }
            panic!("no egress started");
        });
        let r = sb.run_at(
            &emu.url,
            &[
                "egress",
                "start",
                "room-composite",
                "--room",
                "demo",
                "--stream",
                "rtmp://live.example/app/key",
                "--wait",
                "--poll-interval",
                "100ms",
            ],
        );
        finisher.join().unwrap();
        assert_eq!(r.code, 1, "{r:#?}");
        assert!(
            r.stderr.contains("chrome crashed") && r.stderr.contains("failed"),
            "{r:#?}"
        );
        // A failed job is not LiveKit refusing a request: the message says what failed.
        assert!(r.stderr.contains("error: egress `EG_"), "{r:#?}");
        assert!(!r.stderr.contains("refused"), "{r:#?}");
        assert!(r.stdout.contains("rtmp://live.example/app/key"), "{r:#?}");
    });
}

#[test]
fn stop_reports_each_and_partial_failure_exits_non_zero() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let a = start_composite(&sb, &emu, "demo");
    // Destructive: refused off a TTY without --yes.
    sb.run_at(&emu.url, &["egress", "stop", &a])
        .fails(2, "--yes");
    let r = sb.run_at(
        &emu.url,
        &[
            "-o",
            "json",
            "--yes",
            "egress",
            "stop",
            &a,
            "EG_doesnotexist",
        ],
    );
    assert_eq!(r.code, 1, "{r:#?}");
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v[0]["outcome"], "stopped");
    assert_eq!(v[0]["status"], "ending");
    assert_eq!(v[1]["outcome"], "failed");
    assert!(
        v[1]["error"]
            .as_str()
            .unwrap()
            .contains("egress does not exist"),
        "{v}"
    );
    assert_eq!(r.json_error()["error"]["code"], "partial_failure");
    // Stopping again: the job is no longer live once it completed (wait for that; a hang
    // guard bounds the wait, not a latency claim).
    let guard = std::time::Instant::now() + Duration::from_secs(60);
    while emu.control(|c| c.egress(&a).map(|e| e.status))
        != Some(livekit_protocol::EgressStatus::EgressComplete as i32)
    {
        assert!(
            std::time::Instant::now() < guard,
            "egress {a} never completed"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    // One id: its own error and exit code (failed_precondition is a conflict, 6).
    sb.run_at(&emu.url, &["--yes", "egress", "stop", &a])
        .fails(6, "cannot be stopped");
    sb.run_at(&emu.url, &["--yes", "egress", "stop", "EG_doesnotexist"])
        .fails(3, "egress does not exist");
    // A single unknown id via get is "not found" (3).
    sb.run_at(&emu.url, &["egress", "get", "EG_doesnotexist"])
        .fails(3, "not found");
}

#[test]
fn update_layout_and_stream() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "start",
                "room-composite",
                "--room",
                "demo",
                "--layout",
                "grid",
                "--stream",
                "rtmp://a.example/x",
            ],
        )
        .ok()
        .json();
    let id = v["egress_id"].as_str().unwrap().to_string();
    sb.run_at(&emu.url, &["egress", "update-layout", &id, "speaker"])
        .ok();
    let info = emu.control(|c| c.egress(&id)).unwrap();
    match info.request {
        Some(livekit_protocol::egress_info::Request::RoomComposite(r)) => {
            assert_eq!(r.layout, "speaker")
        }
        other => panic!("{other:?}"),
    }
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "update-stream",
                &id,
                "--add-url",
                "rtmp://b.example/y",
                "--remove-url",
                "rtmp://a.example/x",
            ],
        )
        .ok()
        .json();
    let streams = v["streams"].as_array().unwrap();
    assert_eq!(streams.len(), 2);
    assert_eq!(streams[0]["status"], "finished");
    assert_eq!(streams[1]["url"], "rtmp://b.example/y");
    sb.run_at(&emu.url, &["egress", "update-stream", &id])
        .fails(2, "--add-url");
}

#[test]
fn list_follows_pagination_and_limit() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    emu.control(|c| c.set_egress_page_size(2));
    for _ in 0..5 {
        start_composite(&sb, &emu, "demo");
    }
    let all = sb
        .run_at(&emu.url, &["-o", "json", "egress", "list"])
        .ok()
        .json();
    assert_eq!(all.as_array().unwrap().len(), 5);
    let some = sb
        .run_at(&emu.url, &["-o", "json", "egress", "list", "--limit", "3"])
        .ok()
        .json();
    assert_eq!(some.as_array().unwrap().len(), 3);
}

#[test]
fn every_kind_starts_including_track_to_websocket() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    emu.participant("demo", "alice");
    let track = emu.participant_info("demo", "alice").unwrap().tracks[0]
        .sid
        .clone();
    let kinds: Vec<Vec<&str>> = vec![
        vec!["web", "https://example.com/page", "--file", "web.mp4"],
        vec![
            "participant",
            "--room",
            "demo",
            "--identity",
            "alice",
            "--segments",
            "alice",
            "--preset",
            "h264-720p-30",
        ],
        vec![
            "track-composite",
            "--room",
            "demo",
            "--audio-track",
            &track,
            "--file",
            "tc.ogg",
        ],
        vec![
            "track",
            "--room",
            "demo",
            "--track",
            &track,
            "--websocket",
            "ws://127.0.0.1:9/audio?track=1",
        ],
    ];
    for args in kinds {
        let mut all = vec!["-o", "json", "egress", "start"];
        all.extend(args.iter());
        let v = sb.run_at(&emu.url, &all).ok().json();
        assert!(v["egress_id"].as_str().unwrap().starts_with("EG_"), "{v}");
    }
    let list = sb
        .run_at(&emu.url, &["-o", "json", "egress", "list"])
        .ok()
        .json();
    let kinds: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["web", "participant", "track_composite", "track"]);
    assert_eq!(
        list[3]["streams"][0]["url"],
        "ws://127.0.0.1:9/audio?track=1"
    );
    // Bad flags are usage errors.
    sb.run_at(
        &emu.url,
        &[
            "egress",
            "start",
            "track",
            "--room",
            "demo",
            "--track",
            &track,
            "--websocket",
            "http://x",
        ],
    )
    .fails(2, "ws://");
    sb.run_at(
        &emu.url,
        &["egress", "start", "room-composite", "--room", "demo"],
    )
    .fails(2, "--file");
}

#[test]
fn request_files_camel_and_snake_case_yaml_and_stdin() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let json = sb.path("req.json");
    std::fs::write(
        &json,
        r#"{"roomName":"demo","layout":"speaker","fileOutputs":[{"filepath":"x.mp4","s3":{"bucket":"b","forcePathStyle":true}}]}"#,
    )
    .unwrap();
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "start",
                "room-composite",
                "--request",
                json.to_str().unwrap(),
            ],
        )
        .ok()
        .json();
    let id = v["egress_id"].as_str().unwrap().to_string();
    match emu.control(|c| c.egress(&id)).unwrap().request {
        Some(livekit_protocol::egress_info::Request::RoomComposite(r)) => {
            assert_eq!(r.layout, "speaker");
            assert_eq!(r.file_outputs[0].filepath, "x.mp4");
        }
        other => panic!("{other:?}"),
    }
    let yaml = "room_name: demo\nfile_outputs:\n  - filepath: y.mp4\n";
    sb.run_stdin(
        &[
            "--url",
            &emu.url,
            "--api-key",
            common::KEY,
            "--api-secret",
            common::SECRET,
            "egress",
            "start",
            "room-composite",
            "--request",
            "-",
        ],
        yaml.as_bytes(),
    )
    .ok();
}

#[test]
fn malformed_and_missing_request_files() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let bad = sb.path("bad.yaml");
    std::fs::write(
        &bad,
        "room_name: demo\nfile_outputs:\n  - filepath: y.mp4\n    s3:\n      bukcet: b\n",
    )
    .unwrap();
    let r = sb.run_at(
        &emu.url,
        &[
            "egress",
            "start",
            "room-composite",
            "--request",
            bad.to_str().unwrap(),
        ],
    );
    r.fails(2, "file_outputs[0].s3.bukcet");
    let r = sb.run_at(
        &emu.url,
        &[
            "egress",
            "start",
            "room-composite",
            "--request",
            bad.to_str().unwrap(),
        ],
    );
    assert!(r.stderr.contains("did you mean `bucket`"), "{r:#?}");
    // A path that does not exist is "not found", even when it looks like JSON.
    let r = sb.run_at(
        &emu.url,
        &[
            "-o",
            "json",
            "egress",
            "start",
            "room-composite",
            "--request",
            "{\"room_name\":\"demo\"}",
        ],
    );
    assert_eq!(r.code, 3, "{r:#?}");
    assert_eq!(r.json_error()["error"]["code"], "file_not_found");
    sb.run_at(
        &emu.url,
        &[
            "egress",
            "start",
            "web",
            "--request",
            "/nonexistent/web.json",
        ],
    )
    .fails(3, "file not found: /nonexistent/web.json");
}

#[test]
fn unknown_room_wrong_secret_and_missing_grant() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    sb.run_at(
        &emu.url,
        &[
            "egress",
            "start",
            "room-composite",
            "--room",
            "nope",
            "--file",
            "a.mp4",
        ],
    )
    .fails(3, "requested room does not exist");
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        common::KEY,
        "--api-secret",
        "wrong-secret-0123456789-abcdefghij",
        "egress",
        "list",
    ]);
    assert_eq!(r.code, 4, "{r:#?}");
    // The emulator refuses tokens without roomRecord (checked in lkctl-emulator's egress tests too).
    emu.room("demo");
    let ok = sb
        .run_at(&emu.url, &["-o", "json", "egress", "list"])
        .ok()
        .json();
    assert_eq!(ok, serde_json::json!([]));
}
