//! lkctl-core's room, participant, moderation and doctor operations against the
//! emulator over real sockets, through the official `livekit-api` client where
//! core uses it.

use std::time::Duration;

use lkctl_core::config::{Connection, Overrides};
use lkctl_core::error::ErrorKind;
use lkctl_core::models::Outcome;
use lkctl_core::ops::moderation::{self, MuteAll};
use lkctl_core::ops::participants::{self, PermissionChange, TrackSelector, UpdateParticipant};
use lkctl_core::ops::rooms::{self, CreateRoom, SendData};
use lkctl_core::{LiveKit, Secret};
use lkctl_emulator::{
    Code, Emulator, EmulatorConfig, FailureSpec, ParticipantSpec, RunningEmulator, TrackSpec,
};

const KEY: &str = "corekey";
const SECRET: &str = "core-secret-0123456789-abcdefghijkl";

async fn start(remote_unmute: bool) -> (RunningEmulator, LiveKit) {
    let cfg = EmulatorConfig {
        keys: vec![(KEY.into(), SECRET.into())],
        remote_unmute,
        ..Default::default()
    };
    let emu = Emulator::start(cfg).await.expect("start emulator");
    let lk = connect(&emu.url, SECRET);
    (emu, lk)
}

fn connect(url: &str, secret: &str) -> LiveKit {
    LiveKit::new(
        Connection {
            url: url.into(),
            api_key: KEY.into(),
            api_secret: Secret::new(secret),
        },
        Duration::from_secs(5),
    )
    .unwrap()
}

async fn room_with_people(lk: &LiveKit, emu: &RunningEmulator, room: &str, n: usize) {
    rooms::create(
        lk,
        CreateRoom {
            name: room.into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    for i in 0..n {
        emu.control()
            .add_participant(
                room,
                ParticipantSpec::new(format!("p{i}"))
                    .track(TrackSpec::audio("mic").source("microphone"))
                    .track(TrackSpec::video("cam").source("camera")),
            )
            .unwrap();
    }
}

#[tokio::test]
async fn create_with_options_get_by_sid_update_and_delete() {
    let (_emu, lk) = start(false).await;
    let config = rooms::parse_room_config(r#"{"agents":[{"agent_name":"transcriber"}]}"#).unwrap();
    let created = rooms::create(
        &lk,
        CreateRoom {
            name: "lecture".into(),
            empty_timeout: 60,
            departure_timeout: 5,
            max_participants: 30,
            metadata: "{\"course\":\"101\"}".into(),
            min_playout_delay: 100,
            max_playout_delay: 500,
            sync_streams: true,
            config,
            ..Default::default()
        },
    )
    .await
    .unwrap();
    assert!(created.sid.starts_with("RM_"), "{}", created.sid);
    assert_eq!(
        (
            created.empty_timeout,
            created.departure_timeout,
            created.max_participants
        ),
        (60, 5, 30)
    );

    let by_sid = rooms::get(&lk, &created.sid).await.unwrap();
    assert_eq!(by_sid.name, "lecture");
    let updated = rooms::update_metadata(&lk, &created.sid, "new")
        .await
        .unwrap();
    assert_eq!(updated.metadata, "new");
    assert_eq!(rooms::list(&lk, &[]).await.unwrap().len(), 1);

    assert_eq!(rooms::delete(&lk, &created.sid).await.unwrap(), "lecture");
    assert!(rooms::list(&lk, &[]).await.unwrap().is_empty());
    let e = rooms::delete(&lk, "lecture").await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().contains("lecture"), "{e}");
    let e = rooms::get(&lk, "RM_doesnotexist").await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
}

#[tokio::test]
async fn send_data_reaches_the_named_identities() {
    let (emu, lk) = start(false).await;
    room_with_people(&lk, &emu, "r", 3).await;
    rooms::send_data(
        &lk,
        SendData {
            room: "r".into(),
            payload: b"hello".to_vec(),
            topic: Some("chat".into()),
            destination_identities: vec!["p1".into()],
            lossy: false,
        },
    )
    .await
    .unwrap();
    let packets = emu.control().data_packets();
    assert_eq!(packets.len(), 1);
    assert_eq!(packets[0].recipients, vec!["p1".to_string()]);
    let e = rooms::send_data(
        &lk,
        SendData {
            room: "r".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
}

#[tokio::test]
async fn participants_update_mute_and_remove() {
    let (emu, lk) = start(false).await;
    room_with_people(&lk, &emu, "r", 2).await;
    let ps = participants::list(&lk, "r").await.unwrap();
    assert_eq!(
        ps.iter().map(|p| p.identity.as_str()).collect::<Vec<_>>(),
        ["p0", "p1"]
    );
    assert_eq!(ps[0].tracks.len(), 2);
    assert!(participants::list(&lk, "nope").await.unwrap().is_empty());

    let upd = UpdateParticipant {
        name: Some("Zoe".into()),
        attributes: [("hand".to_string(), "up".to_string())].into(),
        permission: PermissionChange {
            can_publish_data: Some(false),
            ..Default::default()
        },
        ..Default::default()
    };
    let p = participants::update(&lk, "r", "p0", upd).await.unwrap();
    assert_eq!(p.name, "Zoe");
    assert_eq!(p.attributes.get("hand").map(String::as_str), Some("up"));
    let perm = p.permission.unwrap();
    assert!(!perm.can_publish_data && perm.can_publish && perm.can_subscribe);

    let muted = participants::set_muted(&lk, "r", "p0", TrackSelector::All, true)
        .await
        .unwrap();
    assert_eq!(muted.len(), 2);
    assert!(
        participants::get(&lk, "r", "p0")
            .await
            .unwrap()
            .tracks
            .iter()
            .all(|t| t.muted)
    );
    // Remote unmute is off by default in LiveKit: failed_precondition, a conflict.
    let sid = muted[0].sid.clone();
    let e = participants::set_muted(&lk, "r", "p0", TrackSelector::Sid(sid), false)
        .await
        .unwrap_err();
    assert_eq!(e.code(), "failed_precondition");

    let e = participants::set_muted(&lk, "r", "p0", TrackSelector::Sid("TR_nope".into()), true)
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);

    participants::remove(&lk, "r", "p1").await.unwrap();
    let e = participants::get(&lk, "r", "p1").await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::NotFound);
    assert!(e.to_string().contains("p1"), "{e}");
    let e = participants::update(&lk, "r", "p0", UpdateParticipant::default())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Invalid);
}

#[tokio::test]
async fn unmute_works_when_the_server_allows_it() {
    let (emu, lk) = start(true).await;
    room_with_people(&lk, &emu, "r", 1).await;
    participants::set_muted(&lk, "r", "p0", TrackSelector::All, true)
        .await
        .unwrap();
    let unmuted = participants::set_muted(&lk, "r", "p0", TrackSelector::All, false)
        .await
        .unwrap();
    assert_eq!(unmuted.len(), 2);
    assert!(unmuted.iter().all(|t| !t.muted));
}

#[tokio::test]
async fn mute_all_spares_exceptions_and_reports_each_participant() {
    let (emu, lk) = start(false).await;
    room_with_people(&lk, &emu, "r", 5).await;
    let dry = moderation::mute_all(
        &lk,
        &MuteAll {
            room: "r".into(),
            except: vec!["p0".into()],
            concurrency: 4,
            dry_run: true,
        },
    )
    .await
    .unwrap();
    assert!(dry.dry_run);
    assert_eq!(dry.count(Outcome::WouldChange), 4);
    assert!(
        participants::get(&lk, "r", "p1")
            .await
            .unwrap()
            .tracks
            .iter()
            .all(|t| !t.muted)
    );

    let out = moderation::mute_all(
        &lk,
        &MuteAll {
            room: "r".into(),
            except: vec!["p0".into()],
            concurrency: 4,
            dry_run: false,
        },
    )
    .await
    .unwrap();
    let (room, out) = (out.room.clone(), out.outcomes);
    assert_eq!(room, "r");
    assert_eq!(out.len(), 5);
    assert_eq!(out[0].identity, "p0");
    assert_eq!(out[0].outcome, Outcome::Skipped);
    for o in &out[1..] {
        assert_eq!((o.outcome, o.tracks_muted), (Outcome::Done, 2), "{o:?}");
    }
    moderation::check_outcomes("participants", &out).unwrap();
    let host = participants::get(&lk, "r", "p0").await.unwrap();
    assert!(host.permission.is_none_or(|p| p.can_publish));
    assert!(host.tracks.iter().all(|t| !t.muted));
    for i in 1..5 {
        let p = participants::get(&lk, "r", &format!("p{i}")).await.unwrap();
        assert!(!p.permission.unwrap().can_publish);
        assert!(p.tracks.iter().all(|t| t.muted));
    }

    // Run again: the dry run and the real run agree that nothing is left to do.
    for dry_run in [true, false] {
        let again = moderation::mute_all(
            &lk,
            &MuteAll {
                room: "r".into(),
                except: vec!["p0".into()],
                concurrency: 4,
                dry_run,
            },
        )
        .await
        .unwrap();
        for o in &again.outcomes[1..] {
            assert_eq!(
                (o.outcome, o.detail.as_deref()),
                (Outcome::Skipped, Some("already muted")),
                "dry_run={dry_run}: {o:?}"
            );
        }
    }
}

#[tokio::test]
async fn mute_all_partial_failure_names_who_failed() {
    let (emu, lk) = start(false).await;
    room_with_people(&lk, &emu, "r", 3).await;
    emu.control()
        .inject_failure(
            FailureSpec::new(Code::Unavailable, "node draining")
                .count(1)
                .method("RoomService/UpdateParticipant"),
        )
        .unwrap();
    let out = moderation::mute_all(
        &lk,
        &MuteAll {
            room: "r".into(),
            except: vec![],
            concurrency: 1,
            dry_run: false,
        },
    )
    .await
    .unwrap();
    let failed: Vec<_> = out
        .outcomes
        .iter()
        .filter(|o| o.outcome == Outcome::Failed)
        .collect();
    assert_eq!(failed.len(), 1);
    assert_eq!(out.failed(), [failed[0].identity.as_str()]);
    assert!(
        failed[0]
            .detail
            .as_deref()
            .unwrap()
            .contains("node draining")
    );
    let e = out.check().unwrap_err();
    assert_eq!(e.to_string(), "1 of 3 participants failed");
}

#[tokio::test]
async fn grant_and_revoke_publish() {
    let (emu, lk) = start(false).await;
    room_with_people(&lk, &emu, "r", 1).await;
    let p = moderation::revoke_publish(&lk, "r", "p0").await.unwrap();
    assert!(!p.permission.as_ref().unwrap().can_publish);
    assert!(p.tracks.iter().all(|t| t.muted));
    let p = moderation::grant_publish(&lk, "r", "p0").await.unwrap();
    assert!(p.permission.unwrap().can_publish);
}

#[tokio::test]
async fn wrong_secret_is_denied_with_the_server_text() {
    let (emu, _lk) = start(false).await;
    let bad = connect(&emu.url, "wrong-secret-0123456789-abcdefghij");
    let e = rooms::list(&bad, &[]).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Denied, "{e}");
    assert!(e.to_string().contains("invalid authorization token"), "{e}");
}

#[tokio::test]
async fn unreachable_server_is_unavailable() {
    let lk = connect("http://127.0.0.1:1", SECRET);
    let e = rooms::list(&lk, &[]).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unavailable, "{e}");
}

#[tokio::test]
async fn injected_latency_past_the_timeout_is_unavailable() {
    let (emu, _lk) = start(false).await;
    emu.control().set_latency(Duration::from_millis(1500));
    let lk = LiveKit::new(
        Connection {
            url: emu.url.clone(),
            api_key: KEY.into(),
            api_secret: Secret::new(SECRET),
        },
        Duration::from_millis(300),
    )
    .unwrap();
    let e = rooms::list(&lk, &[]).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unavailable, "{e}");
    assert!(e.to_string().contains("timed out"), "{e}");
}

#[tokio::test]
async fn doctor_reports_each_check() {
    let (emu, _lk) = start(false).await;
    let env: std::collections::BTreeMap<String, String> = [
        ("LIVEKIT_URL".to_string(), emu.url.clone()),
        ("LIVEKIT_API_KEY".to_string(), KEY.to_string()),
        ("LIVEKIT_API_SECRET".to_string(), SECRET.to_string()),
    ]
    .into();
    let resolved =
        lkctl_core::config::resolve(&Overrides::default(), &env, &Default::default(), "c".into())
            .unwrap();
    let checks = lkctl_core::ops::doctor::run(&resolved, Duration::from_secs(5)).await;
    let names: Vec<_> = checks
        .iter()
        .map(|c| (c.name.as_str(), c.verdict.as_str()))
        .collect();
    assert!(names.contains(&("credentials accepted", "ok")), "{names:?}");
    assert!(names.contains(&("reachability", "ok")), "{names:?}");
    assert!(names.iter().any(|(n, _)| *n == "clock skew"), "{names:?}");

    let mut bad = env.clone();
    bad.insert(
        "LIVEKIT_API_SECRET".into(),
        "wrong-secret-0123456789-abcdefghij".into(),
    );
    let resolved =
        lkctl_core::config::resolve(&Overrides::default(), &bad, &Default::default(), "c".into())
            .unwrap();
    let checks = lkctl_core::ops::doctor::run(&resolved, Duration::from_secs(5)).await;
    let creds = checks
        .iter()
        .find(|c| c.name == "credentials accepted")
        .unwrap();
    assert_eq!(creds.verdict, "fail");
}
