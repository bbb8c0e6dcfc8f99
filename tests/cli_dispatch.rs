//! `lkctl dispatch ...` end to end against the in-process emulator.

mod common;

use common::{Emu, Sandbox};

#[test]
fn create_list_get_delete() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "plain",
                "dispatch",
                "create",
                "--room",
                "demo",
                "--agent",
                "transcriber",
                "--metadata",
                "{\"lang\":\"en\"}",
                "--attribute",
                "team=blue",
            ],
        )
        .ok();
    let id = r.stdout.trim().to_string();
    assert!(id.starts_with("AD_"), "{r:#?}");
    let list = sb
        .run_at(
            &emu.url,
            &["-o", "json", "dispatch", "list", "--room", "demo"],
        )
        .ok()
        .json();
    assert_eq!(list[0]["agent_name"], "transcriber");
    assert_eq!(list[0]["jobs"], 1);
    assert_eq!(list[0]["attributes"]["team"], "blue");
    let v = sb
        .run_at(
            &emu.url,
            &["-o", "json", "dispatch", "get", &id, "--room", "demo"],
        )
        .ok()
        .json();
    assert_eq!(v["metadata"], "{\"lang\":\"en\"}");
    let r = sb
        .run_at(&emu.url, &["dispatch", "list", "--room", "demo"])
        .ok();
    assert!(
        r.stdout.starts_with("ID") && r.stdout.contains("transcriber"),
        "{r:#?}"
    );

    sb.run_at(&emu.url, &["dispatch", "delete", &id, "--room", "demo"])
        .fails(2, "--yes");
    sb.run_at(
        &emu.url,
        &["--yes", "dispatch", "delete", &id, "--room", "demo"],
    )
    .ok();
    sb.run_at(&emu.url, &["dispatch", "get", &id, "--room", "demo"])
        .fails(3, "not found");
    sb.run_at(
        &emu.url,
        &["--yes", "dispatch", "delete", &id, "--room", "demo"],
    )
    .fails(3, "not found");
    let list = sb
        .run_at(
            &emu.url,
            &["-o", "json", "dispatch", "list", "--room", "demo"],
        )
        .ok()
        .json();
    assert_eq!(list, serde_json::json!([]));
}

#[test]
fn unknown_room_and_wrong_secret() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    sb.run_at(
        &emu.url,
        &["dispatch", "create", "--room", "ghost", "--agent", "a"],
    )
    .fails(3, "requested room does not exist");
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        common::KEY,
        "--api-secret",
        "wrong-secret-0123456789-abcdefghij",
        "dispatch",
        "list",
        "--room",
        "x",
    ]);
    assert_eq!(r.code, 4, "{r:#?}");
}
