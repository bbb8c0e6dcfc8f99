//! `lkctl ingress ...` end to end against the in-process emulator.

mod common;

use common::{Emu, Sandbox};

#[test]
fn create_list_get_update_delete() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "ingress",
                "create",
                "--type",
                "rtmp",
                "--room",
                "stage",
                "--identity",
                "obs",
                "--name",
                "studio",
            ],
        )
        .ok()
        .json();
    let id = v["ingress_id"].as_str().unwrap().to_string();
    assert!(id.starts_with("IN_"));
    assert_eq!(v["input_type"], "rtmp");
    assert_eq!(v["stream_key"].as_str().unwrap().len(), 12);
    assert_eq!(v["reusable"], true);
    assert_eq!(v["status"], "inactive");

    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "ingress",
                "create",
                "--type",
                "url",
                "--room",
                "stage",
                "--identity",
                "feed",
                "--source-url",
                "https://media.example/live.m3u8",
                "--disabled",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["url"], "https://media.example/live.m3u8");
    assert_eq!(v["enabled"], false);
    assert_eq!(v["stream_key"], "");

    let list = sb
        .run_at(
            &emu.url,
            &["-o", "json", "ingress", "list", "--room", "stage"],
        )
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 2);
    let r = sb.run_at(&emu.url, &["ingress", "list"]).ok();
    assert!(
        r.stdout.contains("studio") && r.stdout.contains("(disabled)"),
        "{r:#?}"
    );
    sb.run_at(&emu.url, &["-o", "json", "ingress", "get", &id])
        .ok();

    emu.control(|c| c.publish_ingress(&id)).unwrap();
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "ingress",
                "update",
                &id,
                "--name",
                "studio-b",
                "--enabled",
                "false",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["name"], "studio-b");
    assert_eq!(v["status"], "publishing");
    assert_eq!(v["enabled"], false);

    sb.run_at(&emu.url, &["ingress", "delete", &id])
        .fails(2, "--yes");
    sb.run_at(&emu.url, &["--yes", "ingress", "delete", &id])
        .ok();
    sb.run_at(&emu.url, &["ingress", "get", &id])
        .fails(3, "not found");
    sb.run_at(&emu.url, &["--yes", "ingress", "delete", &id])
        .fails(3, "not found");
    sb.run_at(&emu.url, &["ingress", "update", "IN_nope", "--name", "x"])
        .fails(3, "not found");
}

#[test]
fn request_files_and_bad_input() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let f = sb.path("in.yaml");
    std::fs::write(&f, "inputType: WHIP_INPUT\nroom_name: stage\nparticipantIdentity: cam\nenable_transcoding: false\n").unwrap();
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "ingress",
                "create",
                "--request",
                f.to_str().unwrap(),
            ],
        )
        .ok()
        .json();
    assert_eq!(v["input_type"], "whip");
    assert_eq!(v["participant_identity"], "cam");
    std::fs::write(&f, "input_type: WHIP_INPUT\nroom: stage\n").unwrap();
    sb.run_at(
        &emu.url,
        &["ingress", "create", "--request", f.to_str().unwrap()],
    )
    .fails(2, "did you mean `room_name`");
    sb.run_at(
        &emu.url,
        &["ingress", "create", "--request", "/nonexistent/in.yaml"],
    )
    .fails(3, "file not found: /nonexistent/in.yaml");
    sb.run_at(
        &emu.url,
        &[
            "ingress",
            "create",
            "--type",
            "url",
            "--room",
            "r",
            "--identity",
            "i",
        ],
    )
    .fails(2, "--source-url");
    sb.run_at(
        &emu.url,
        &[
            "ingress",
            "create",
            "--type",
            "hls",
            "--room",
            "r",
            "--identity",
            "i",
        ],
    )
    .fails(2, "rtmp, whip, url");
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        common::KEY,
        "--api-secret",
        "wrong-secret-0123456789-abcdefghij",
        "ingress",
        "list",
    ]);
    assert_eq!(r.code, 4, "{r:#?}");
}
