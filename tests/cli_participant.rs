//! `lkctl participant ...` end to end against the in-process emulator.

mod common;

use common::{Emu, KEY, SECRET, Sandbox, assert_golden};

fn seeded() -> (Sandbox, Emu) {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("r");
    emu.participant("r", "alice");
    emu.participant("r", "bob");
    (sb, emu)
}

fn track_sids(emu: &Emu, identity: &str) -> Vec<String> {
    emu.participant_info("r", identity)
        .unwrap()
        .tracks
        .into_iter()
        .map(|t| t.sid)
        .collect()
}

#[test]
fn list_and_get() {
    let (sb, emu) = seeded();
    let r = sb
        .run_at(&emu.url, &["-o", "json", "participant", "list", "r"])
        .ok();
    assert_golden("participant_list", r.json());
    let r = sb.run_at(&emu.url, &["participant", "list", "r"]).ok();
    let header = r.stdout.lines().next().unwrap();
    for col in [
        "IDENTITY",
        "SID",
        "STATE",
        "KIND",
        "JOINED_AT",
        "TRACKS",
        "PERMISSIONS",
    ] {
        assert!(header.contains(col), "{header}");
    }
    let v = sb
        .run_at(&emu.url, &["-o", "json", "participant", "get", "r", "bob"])
        .ok()
        .json();
    assert_eq!(v["identity"], "bob");
    assert_eq!(v["tracks"].as_array().unwrap().len(), 2);
    // An unknown room lists nobody, as LiveKit does.
    assert_eq!(
        sb.run_at(&emu.url, &["-o", "json", "participant", "list", "empty"])
            .ok()
            .stdout,
        "[]\n"
    );
}

#[test]
fn unknown_participant_is_not_found() {
    let (sb, emu) = seeded();
    sb.run_at(&emu.url, &["participant", "get", "r", "zed"])
        .fails(
            3,
            "error: LiveKit refused the request (not_found): participant does not exist",
        );
    sb.run_at(&emu.url, &["-y", "participant", "remove", "r", "zed"])
        .fails(3, "zed");
}

#[test]
fn remove_confirms_then_kicks() {
    let (sb, emu) = seeded();
    sb.run_at(&emu.url, &["participant", "remove", "r", "bob"])
        .fails(
            2,
            "refusing to remove participant bob from room r without confirmation; pass --yes",
        );
    assert!(emu.participant_info("r", "bob").is_some());
    let r = sb
        .run_at(&emu.url, &["participant", "remove", "r", "bob", "--yes"])
        .ok();
    assert_eq!(r.stderr.trim(), "removed bob from room r");
    assert!(emu.participant_info("r", "bob").is_none());
}

#[test]
fn update_name_metadata_attributes_and_permissions() {
    let (sb, emu) = seeded();
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "participant",
                "update",
                "r",
                "alice",
                "--name",
                "Alice A.",
                "--metadata",
                "m1",
                "--attribute",
                "hand=up",
                "--can-publish",
                "false",
                "--publish-sources",
                "microphone",
                "--hidden",
                "true",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["name"], "Alice A.");
    assert_eq!(v["metadata"], "m1");
    assert_eq!(v["attributes"]["hand"], "up");
    assert_eq!(v["permission"]["can_publish"], false);
    assert_eq!(v["permission"]["can_subscribe"], true);
    assert_eq!(v["permission"]["hidden"], true);
    assert_eq!(
        v["permission"]["can_publish_sources"],
        serde_json::json!(["microphone"])
    );
    sb.run_at(&emu.url, &["participant", "update", "r", "alice"])
        .fails(2, "nothing to change");
    sb.run_at(
        &emu.url,
        &[
            "participant",
            "update",
            "r",
            "alice",
            "--can-publish",
            "yes-please",
        ],
    )
    .fails(2, "yes-please");
}

#[test]
fn mute_one_track_or_all_and_unmute_needs_remote_unmute() {
    let (sb, emu) = seeded();
    let sids = track_sids(&emu, "alice");
    let r = sb
        .run_at(
            &emu.url,
            &["-o", "json", "participant", "mute", "r", "alice", &sids[0]],
        )
        .ok();
    let v = r.json();
    assert_eq!(v[0]["sid"], sids[0].as_str());
    assert_eq!(v[0]["muted"], true);
    sb.run_at(&emu.url, &["participant", "mute", "r", "alice", "--all"])
        .ok();
    assert!(
        emu.participant_info("r", "alice")
            .unwrap()
            .tracks
            .iter()
            .all(|t| t.muted)
    );
    sb.run_at(&emu.url, &["participant", "mute", "r", "alice"])
        .fails(2, "--all");
    sb.run_at(
        &emu.url,
        &["participant", "mute", "r", "alice", "TR_Nonexistent1"],
    )
    .fails(3, "not_found");
    sb.run_at(&emu.url, &["participant", "unmute", "r", "alice", "--all"])
        .fails(6, "(failed_precondition): remote unmute not enabled");

    let emu = Emu::start_with(|c| c.remote_unmute = true);
    emu.room("r");
    emu.participant("r", "alice");
    sb.run_at(&emu.url, &["participant", "mute", "r", "alice", "--all"])
        .ok();
    let r = sb
        .run_at(&emu.url, &["participant", "unmute", "r", "alice", "--all"])
        .ok();
    assert!(r.stderr.contains("unmuted 2 track(s)"), "{r:#?}");
    assert!(
        emu.participant_info("r", "alice")
            .unwrap()
            .tracks
            .iter()
            .all(|t| !t.muted)
    );
}

#[test]
fn subscriptions_forward_and_move() {
    let (sb, emu) = seeded();
    let sids = track_sids(&emu, "alice");
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "participant",
                "subscriptions",
                "r",
                "bob",
                &sids[0],
                "--unsubscribe",
            ],
        )
        .ok();
    assert_eq!(r.json()["subscribe"], false);
    sb.run_at(&emu.url, &["participant", "subscriptions", "r", "bob"])
        .fails(2, "TRACK_SID");
    // Forward and move are LiveKit Cloud features; the open-source server (and the emulator) say so.
    sb.run_at(&emu.url, &["participant", "forward", "r", "bob", "other"])
        .fails(2, "LiveKit Cloud");
    sb.run_at(&emu.url, &["participant", "move", "r", "bob", "other"])
        .fails(2, "LiveKit Cloud");
}

#[test]
fn grant_and_revoke_publish() {
    let (sb, emu) = seeded();
    let v = sb
        .run_at(
            &emu.url,
            &["-o", "json", "participant", "revoke-publish", "r", "bob"],
        )
        .ok()
        .json();
    assert_eq!(v["permission"]["can_publish"], false);
    assert!(
        v["tracks"]
            .as_array()
            .unwrap()
            .iter()
            .all(|t| t["muted"] == true),
        "{v}"
    );
    let r = sb
        .run_at(&emu.url, &["participant", "grant-publish", "r", "bob"])
        .ok();
    assert_eq!(r.stderr.trim(), "bob may now publish in room r");
    assert!(
        emu.participant_info("r", "bob")
            .unwrap()
            .permission
            .unwrap()
            .can_publish
    );
}

#[test]
fn room_sid_is_accepted_for_participant_verbs() {
    let (sb, emu) = seeded();
    let sid = emu.control(|c| c.room("r").unwrap().room.sid);
    let v = sb
        .run_at(&emu.url, &["-o", "json", "participant", "list", &sid])
        .ok()
        .json();
    assert_eq!(v.as_array().unwrap().len(), 2);
}

#[test]
fn credentials_from_the_environment_work_against_the_server() {
    let (sb, emu) = seeded();
    let out = sb
        .cmd()
        .env("LIVEKIT_URL", &emu.url)
        .env("LIVEKIT_API_KEY", KEY)
        .env("LIVEKIT_API_SECRET", SECRET)
        .args(["-o", "plain", "participant", "list", "r"])
        .output()
        .unwrap();
    let r = common::Run::from(out).ok();
    assert_eq!(r.stdout.lines().count(), 2);
}
