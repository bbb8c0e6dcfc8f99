//! RoomService driven by the official Rust client (protobuf), plus webhooks.

mod support;

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::http::HeaderMap;
use livekit_api::access_token::TokenVerifier;
use livekit_api::services::ServiceError;
use livekit_api::services::room::{CreateRoomOptions, SendDataOptions, UpdateParticipantOptions};
use livekit_api::webhooks::WebhookReceiver;
use livekit_protocol as proto;
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET, EmulatorConfig, ParticipantSpec, TrackSpec};
use serde_json::json;
use support::*;

/// The Twirp code and message of a client error.
fn twirp(err: ServiceError) -> (String, String) {
    match err {
        ServiceError::Twirp(livekit_api::services::TwirpError::Twirp(code)) => {
            (code.code, code.msg)
        }
        other => panic!("not a twirp error: {other:?}"),
    }
}

#[tokio::test]
async fn create_list_delete_rooms() {
    let emu = start().await;
    let c = rooms(&emu);
    let room = c
        .create_room("a", CreateRoomOptions::default())
        .await
        .unwrap();
    assert!(room.sid.starts_with("RM_"));
    assert_eq!((room.empty_timeout, room.departure_timeout), (300, 20));
    assert!(room.creation_time > 0 && room.creation_time_ms / 1000 == room.creation_time);
    assert_eq!(room.turn_password.len(), 32);
    let opts = CreateRoomOptions {
        empty_timeout: 10,
        metadata: "m".into(),
        max_participants: 5,
        ..Default::default()
    };
    let again = c.create_room("a", opts).await.unwrap();
    assert_eq!(again.sid, room.sid);
    assert_eq!(
        (
            again.empty_timeout,
            again.departure_timeout,
            again.max_participants
        ),
        (10, 20, 5)
    );
    assert_eq!(again.metadata, "m");
    // Empty metadata leaves it unchanged.
    assert_eq!(
        c.create_room("a", CreateRoomOptions::default())
            .await
            .unwrap()
            .metadata,
        "m"
    );
    c.create_room("b", CreateRoomOptions::default())
        .await
        .unwrap();

    let names = |rs: Vec<proto::Room>| rs.into_iter().map(|r| r.name).collect::<Vec<_>>();
    assert_eq!(names(c.list_rooms(vec![]).await.unwrap()), ["a", "b"]);
    assert_eq!(
        names(c.list_rooms(vec!["b".into(), "zz".into()]).await.unwrap()),
        ["b"]
    );

    c.delete_room("a").await.unwrap();
    assert_eq!(names(c.list_rooms(vec![]).await.unwrap()), ["b"]);
    let err = twirp(c.delete_room("a").await.unwrap_err());
    assert_eq!(
        err,
        ("not_found".into(), "requested room does not exist".into())
    );

    let long = "x".repeat(257);
    let (code, _) = twirp(
        c.create_room(&long, CreateRoomOptions::default())
            .await
            .unwrap_err(),
    );
    assert_eq!(code, "invalid_argument");
}

#[tokio::test]
async fn participants_list_get_remove() {
    let emu = start().await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    assert!(
        c.list_participants("unknown-room")
            .await
            .unwrap()
            .is_empty()
    );
    let ctl = emu.control();
    ctl.add_participant(
        "r",
        ParticipantSpec::new("host")
            .name("Host")
            .track(TrackSpec::video("cam")),
    )
    .unwrap();
    ctl.add_participant("r", ParticipantSpec::new("guest"))
        .unwrap();

    let list = c.list_participants("r").await.unwrap();
    assert_eq!(
        list.iter().map(|p| p.identity.as_str()).collect::<Vec<_>>(),
        ["host", "guest"]
    );
    let host = c.get_participant("r", "host").await.unwrap();
    assert_eq!(host.state, proto::participant_info::State::Active as i32);
    assert!(host.is_publisher && host.joined_at > 0);
    let perm = host.permission.unwrap();
    assert!(perm.can_subscribe && perm.can_publish && perm.can_publish_data);
    let room = &c.list_rooms(vec!["r".into()]).await.unwrap()[0];
    assert_eq!((room.num_participants, room.num_publishers), (2, 1));

    let err = twirp(c.get_participant("r", "nobody").await.unwrap_err());
    assert_eq!(
        err,
        ("not_found".into(), "participant does not exist".into())
    );
    c.remove_participant("r", "guest").await.unwrap();
    let err = twirp(c.remove_participant("r", "guest").await.unwrap_err());
    assert_eq!(
        err,
        ("not_found".into(), "participant does not exist".into())
    );
    assert_eq!(
        c.list_rooms(vec!["r".into()]).await.unwrap()[0].num_participants,
        1
    );
}

#[tokio::test]
async fn mute_published_track_rules() {
    let emu = start().await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    let p = emu
        .control()
        .add_participant(
            "r",
            ParticipantSpec::new("a").track(TrackSpec::audio("mic")),
        )
        .unwrap();
    let sid = p.tracks[0].sid.clone();
    let t = c.mute_published_track("r", "a", &sid, true).await.unwrap();
    assert!(t.muted);
    assert!(c.get_participant("r", "a").await.unwrap().tracks[0].muted);
    let err = twirp(
        c.mute_published_track("r", "a", &sid, false)
            .await
            .unwrap_err(),
    );
    assert_eq!(
        err,
        (
            "failed_precondition".into(),
            "remote unmute not enabled".into()
        )
    );
    let err = twirp(
        c.mute_published_track("r", "a", "TR_nope", true)
            .await
            .unwrap_err(),
    );
    assert_eq!(err, ("not_found".into(), "track is not found".into()));

    let emu2 = start_with(EmulatorConfig {
        remote_unmute: true,
        ..EmulatorConfig::dev_default()
    })
    .await;
    let c2 = rooms(&emu2);
    c2.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    let p = emu2
        .control()
        .add_participant(
            "r",
            ParticipantSpec::new("a").track(TrackSpec::audio("m").muted(true)),
        )
        .unwrap();
    assert!(
        !c2.mute_published_track("r", "a", &p.tracks[0].sid, false)
            .await
            .unwrap()
            .muted
    );
}

#[tokio::test]
async fn update_participant_merges_and_limits() {
    let emu = start().await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    let before = emu
        .control()
        .add_participant("r", ParticipantSpec::new("a").name("A").metadata("m0"))
        .unwrap();
    let attrs = HashMap::from([
        ("k1".to_owned(), "v1".to_owned()),
        ("k2".to_owned(), "v2".to_owned()),
    ]);
    let p = c
        .update_participant(
            "r",
            "a",
            UpdateParticipantOptions {
                attributes: attrs,
                ..Default::default()
            },
        )
        .await
        .unwrap();
    assert_eq!((p.name.as_str(), p.metadata.as_str()), ("A", "m0"));
    assert!(p.version > before.version);
    let attrs = HashMap::from([
        ("k1".to_owned(), String::new()),
        ("k3".to_owned(), "v3".to_owned()),
    ]);
    let perm = proto::ParticipantPermission {
        can_subscribe: true,
        ..Default::default()
    };
    let p = c
        .update_participant(
            "r",
            "a",
            UpdateParticipantOptions {
                attributes: attrs,
                metadata: "m1".into(),
                name: "Anna".into(),
                permission: Some(perm.clone()),
            },
        )
        .await
        .unwrap();
    assert_eq!(
        p.attributes,
        HashMap::from([("k2".into(), "v2".into()), ("k3".into(), "v3".into())])
    );
    assert_eq!((p.name.as_str(), p.metadata.as_str()), ("Anna", "m1"));
    assert_eq!(p.permission, Some(perm));

    let big = UpdateParticipantOptions {
        metadata: "x".repeat(512 * 1024 + 1),
        ..Default::default()
    };
    let err = twirp(c.update_participant("r", "a", big).await.unwrap_err());
    assert_eq!(
        err,
        (
            "invalid_argument".into(),
            "metadata size exceeds limits 524288".into()
        )
    );
    let big = HashMap::from([("k".to_owned(), "x".repeat(64 * 1024 + 1))]);
    let opts = UpdateParticipantOptions {
        attributes: big,
        ..Default::default()
    };
    assert_eq!(
        twirp(c.update_participant("r", "a", opts).await.unwrap_err()).0,
        "invalid_argument"
    );
    let err = twirp(
        c.update_participant("r", "zz", Default::default())
            .await
            .unwrap_err(),
    );
    assert_eq!(err.0, "not_found");
}

#[tokio::test]
async fn metadata_limit_has_argument_meta_and_room_metadata_updates() {
    let emu = start().await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    assert_eq!(
        c.update_room_metadata("r", "hello").await.unwrap().metadata,
        "hello"
    );
    assert_eq!(c.list_rooms(vec![]).await.unwrap()[0].metadata, "hello");
    let body = json!({"room":"r","metadata":"x".repeat(524_289)}).to_string();
    let a = twirp_json(&emu, "UpdateRoomMetadata", &admin("r"), &body).await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json(),
        json!({"code":"invalid_argument","msg":"metadata size exceeds limits 524288",
               "meta":{"argument":"metadata size exceeds limits"}})
    );
    assert_eq!(
        twirp(c.update_room_metadata("nope", "x").await.unwrap_err()).0,
        "not_found"
    );
}

#[tokio::test]
async fn subscriptions_send_data_and_nonce_rule() {
    let emu = start().await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    let ctl = emu.control();
    ctl.add_participant("r", ParticipantSpec::new("a")).unwrap();
    ctl.add_participant("r", ParticipantSpec::new("b")).unwrap();
    c.update_subscriptions("r", "a", vec!["TR_x".into()], true)
        .await
        .unwrap();
    assert_eq!(
        twirp(
            c.update_subscriptions("r", "zz", vec![], true)
                .await
                .unwrap_err()
        )
        .0,
        "not_found"
    );

    let opts = SendDataOptions {
        kind: proto::data_packet::Kind::Lossy,
        destination_identities: vec!["b".into()],
        topic: Some("chat".into()),
        ..Default::default()
    };
    c.send_data("r", b"hello".to_vec(), opts).await.unwrap();
    c.send_data("r", b"all".to_vec(), SendDataOptions::default())
        .await
        .unwrap();
    let sent = ctl.data_packets();
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].recipients, ["b"]);
    assert_eq!(sent[1].recipients, ["a", "b"]);
    let Some(proto::data_packet::Value::User(user)) = &sent[0].packet.value else {
        panic!()
    };
    assert_eq!(
        (user.payload.as_slice(), user.topic.as_deref()),
        (&b"hello"[..], Some("chat"))
    );
    assert_eq!(user.nonce.len(), 16);

    // Nonce: 16 bytes or nothing; a repeat is dropped.
    let a = twirp_json(
        &emu,
        "SendData",
        &admin("r"),
        r#"{"room":"r","data":"eA==","nonce":"AAEC"}"#,
    )
    .await;
    assert_eq!(
        (a.status, a.json()["code"].as_str()),
        (400, Some("invalid_argument"))
    );
    let nonce = r#"{"room":"r","data":"eA==","nonce":"AAECAwQFBgcICQoLDA0ODw=="}"#;
    for _ in 0..2 {
        assert_eq!(
            twirp_json(&emu, "SendData", &admin("r"), nonce)
                .await
                .status,
            200
        );
    }
    assert_eq!(ctl.data_packets().len(), 3);
}

#[tokio::test]
async fn perform_rpc_and_cloud_only_rpcs() {
    let emu = start().await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    emu.control()
        .add_participant("r", ParticipantSpec::new("agent").kind("agent"))
        .unwrap();
    let token = admin("r");
    let call = |body: &'static str| twirp_json(&emu, "PerformRpc", &token, body);
    let a = call(r#"{"room":"r","method":"m","payload":"ping"}"#).await;
    assert_eq!(
        a.json(),
        json!({"code":"invalid_argument","msg":"destination identity is required"})
    );
    let a = call(r#"{"room":"r","destination_identity":"ghost","method":"m"}"#).await;
    assert_eq!(a.json()["code"], "not_found");
    let a =
        call(r#"{"room":"r","destinationIdentity":"agent","method":"m","payload":"ping"}"#).await;
    assert_eq!((a.status, a.json()), (200, json!({"payload":"ping"})));
    emu.control().set_rpc_response(Some("pong".into()));
    let a =
        call(r#"{"room":"r","destinationIdentity":"agent","method":"m","payload":"ping"}"#).await;
    assert_eq!(a.json(), json!({"payload":"pong"}));
    assert_eq!(emu.control().rpc_calls().len(), 2);

    let (code, _) = twirp(c.forward_participant("r", "agent", "r2").await.unwrap_err());
    assert_eq!(code, "unimplemented");
    let (code, _) = twirp(c.move_participant("r", "agent", "r2").await.unwrap_err());
    assert_eq!(code, "unimplemented");
}

#[tokio::test]
async fn demo_data_seeds_rooms() {
    let emu = start_with(EmulatorConfig {
        demo_data: true,
        ..EmulatorConfig::dev_default()
    })
    .await;
    let c = rooms(&emu);
    let list = c.list_rooms(vec![]).await.unwrap();
    let names: Vec<_> = list.iter().map(|r| r.name.as_str()).collect();
    assert_eq!(names, ["lecture-101", "lobby-test", "standup"]);
    let lecture = &list[0];
    assert!(lecture.num_participants >= 3 && lecture.num_publishers >= 2);
    assert_eq!(list[1].num_participants, 0);
}

/// Received webhooks: (Authorization, body, "content-type | user-agent").
type Inbox = Arc<Mutex<Vec<(String, String, String)>>>;

/// A local webhook receiver recording (auth header, body) pairs.
async fn receiver() -> (String, Inbox) {
    let got = Arc::new(Mutex::new(Vec::new()));
    let sink = got.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |headers: HeaderMap, body: String| {
            let sink = sink.clone();
            async move {
                let h = |k: &str| {
                    headers
                        .get(k)
                        .map(|v| v.to_str().unwrap().to_owned())
                        .unwrap_or_default()
                };
                let ct = format!("{} | {}", h("content-type"), h("user-agent"));
                sink.lock().unwrap().push((h("authorization"), body, ct));
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (url, got)
}

/// Waits for `n` webhooks; the bound (60 s) only guards against a hang.
async fn wait_for(got: &Inbox, n: usize) {
    for _ in 0..6000 {
        if got.lock().unwrap().len() >= n {
            return;
        }
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    panic!(
        "only {} webhooks arrived, wanted {n}",
        got.lock().unwrap().len()
    );
}

#[tokio::test]
async fn webhooks_are_signed_ordered_and_verified_by_the_sdk() {
    let (url, got) = receiver().await;
    // A dead receiver must not block anything or disturb the good one.
    let dead = "http://127.0.0.1:9/hook".to_owned();
    let cfg = EmulatorConfig {
        webhook_urls: vec![dead, url],
        ..EmulatorConfig::dev_default()
    };
    let emu = start_with(cfg).await;
    let c = rooms(&emu);
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    let ctl = emu.control();
    let p = ctl
        .add_participant(
            "r",
            ParticipantSpec::new("a")
                .name("A")
                .track(TrackSpec::audio("mic")),
        )
        .unwrap();
    ctl.unpublish_track("r", "a", &p.tracks[0].sid).unwrap();
    c.delete_room("r").await.unwrap();

    let expected = [
        "room_started",
        "participant_joined",
        "track_published",
        "track_unpublished",
        "participant_left",
        "room_finished",
    ];
    wait_for(&got, expected.len()).await;
    let receiver = WebhookReceiver::new(TokenVerifier::with_api_key(DEV_API_KEY, DEV_API_SECRET));
    let got = got.lock().unwrap().clone();
    let mut events = Vec::new();
    for (auth, body, headers) in &got {
        assert!(!auth.starts_with("Bearer"), "{auth}");
        assert_eq!(headers, "application/webhook+json | LiveKit");
        let ev = receiver
            .receive(body, auth)
            .expect("SDK accepts our signature");
        assert!(ev.id.starts_with("EV_") && ev.created_at > 0);
        assert_eq!(ev.room.as_ref().unwrap().name, "r");
        // pbjson camelCase with defaults omitted.
        assert!(
            !body.contains("empty_timeout") && body.contains("\"emptyTimeout\":300"),
            "{body}"
        );
        events.push(ev);
    }
    let names: Vec<_> = events.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(names, expected);
    let joined = events[1].participant.as_ref().unwrap();
    assert_eq!((joined.identity.as_str(), joined.name.as_str()), ("a", "A"));
    let published = &events[2];
    let who = published.participant.as_ref().unwrap();
    assert_eq!(
        who,
        &proto::ParticipantInfo {
            sid: p.sid.clone(),
            identity: "a".into(),
            ..Default::default()
        }
    );
    assert_eq!(published.track.as_ref().unwrap().sid, p.tracks[0].sid);
    // A tampered body is rejected with the same header.
    assert!(
        receiver
            .receive(&got[0].1.replace("\"r\"", "\"x\""), &got[0].0)
            .is_err()
    );
    assert_eq!(ctl.webhooks().len(), expected.len());
}
