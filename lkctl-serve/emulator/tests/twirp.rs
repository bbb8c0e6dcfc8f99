//! The Twirp transport, JSON rendering, authentication and the control API over raw HTTP.

mod support;

use std::time::Duration;

use livekit_api::access_token::VideoGrants;
use livekit_protocol as proto;
use std::sync::Arc;
use support::*;

use lkctl_emulator::{
    CallCtx, Code, DEV_API_KEY, FailureSpec, ParticipantSpec, Reply, Request, RunningEmulator,
    TrackSpec, TwirpError, TwirpService,
};
use prost::Message;
use reqwest::Method;
use serde_json::json;

fn jwt(claims: serde_json::Value, secret: &str) -> String {
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

fn now() -> i64 {
    jsonwebtoken::get_current_timestamp() as i64
}

#[tokio::test]
async fn health_check_says_ok() {
    let emu = start().await;
    let a = send(Method::GET, &format!("{}/", emu.url), None, None, "").await;
    assert_eq!((a.status, a.text().as_str()), (200, "OK"));
}

#[tokio::test]
async fn json_create_room_renders_every_field_in_snake_case() {
    let emu = start().await;
    let a = twirp_json(
        &emu,
        "CreateRoom",
        &creator(),
        r#"{"name":"r1","emptyTimeout":60}"#,
    )
    .await;
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.content_type, "application/json");
    assert_eq!(a.content_length, Some(a.body.len() as u64));
    let room = a.json();
    assert!(room["sid"].as_str().unwrap().starts_with("RM_"));
    assert_eq!(room["sid"].as_str().unwrap().len(), 15);
    assert_eq!(room["name"], "r1");
    assert_eq!(room["empty_timeout"], 60);
    assert_eq!(room["departure_timeout"], 20);
    assert!(
        room["creation_time"]
            .as_str()
            .unwrap()
            .parse::<i64>()
            .unwrap()
            > 1_700_000_000
    );
    assert!(room["creation_time_ms"].is_string());
    assert_eq!(room["enabled_codecs"], json!([]));
    assert_eq!(room["num_participants"], 0);
    assert_eq!(room["active_recording"], false);
    assert!(room.as_object().unwrap().contains_key("version") && room["version"].is_null());
    assert!(!room["turn_password"].as_str().unwrap().is_empty());

    // snake_case request names work too, and an existing room keeps its sid.
    let again = twirp_json(
        &emu,
        "CreateRoom",
        &creator(),
        r#"{"name":"r1","empty_timeout":90,"junk":1}"#,
    )
    .await
    .json();
    assert_eq!(again["sid"], room["sid"]);
    assert_eq!(again["empty_timeout"], 90);
}

#[tokio::test]
#[allow(deprecated)] // DataPacket.kind is deprecated upstream but still filled by the server
async fn json_participant_has_enum_names_and_int64_strings() {
    let emu = start().await;
    twirp_json(&emu, "CreateRoom", &creator(), r#"{"name":"r"}"#).await;
    emu.control()
        .add_participant(
            "r",
            ParticipantSpec::new("ann")
                .kind("agent")
                .track(TrackSpec::audio("mic")),
        )
        .unwrap();
    let p = twirp_json(
        &emu,
        "GetParticipant",
        &admin("r"),
        r#"{"room":"r","identity":"ann"}"#,
    )
    .await
    .json();
    assert_eq!(p["state"], "ACTIVE");
    assert_eq!(p["kind"], "AGENT");
    assert!(p["joined_at"].is_string() && p["joined_at_ms"].is_string());
    assert_eq!(p["is_publisher"], true);
    assert_eq!(p["permission"]["can_publish"], true);
    assert_eq!(p["attributes"], json!({}));
    assert_eq!(p["tracks"][0]["type"], "AUDIO");
    assert_eq!(p["tracks"][0]["source"], "MICROPHONE");
    assert!(p["tracks"][0]["sid"].as_str().unwrap().starts_with("TR_"));
    assert!(p["sid"].as_str().unwrap().starts_with("PA_"));

    // Enum by number in a JSON request (kind 1 = LOSSY), bytes as base64.
    let a = twirp_json(
        &emu,
        "SendData",
        &admin("r"),
        r#"{"room":"r","data":"aGk=","kind":1}"#,
    )
    .await;
    assert_eq!((a.status, a.text().as_str()), (200, "{}"));
    let sent = emu.control().data_packets();
    assert_eq!(sent[0].packet.kind, 1);
    assert_eq!(sent[0].recipients, ["ann"]);
}

#[tokio::test]
async fn protobuf_empty_bodies_and_responses() {
    let emu = start().await;
    let url = format!("{}/twirp/livekit.RoomService/ListRooms", emu.url);
    let auth = format!("Bearer {}", creator());
    // An empty protobuf body is the default request.
    let a = send(
        Method::POST,
        &url,
        Some(&auth),
        Some("application/protobuf"),
        "",
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(a.content_type, "application/protobuf");
    assert_eq!(a.content_length, Some(0));
    let create = proto::CreateRoomRequest {
        name: "x".into(),
        ..Default::default()
    };
    let url_create = format!("{}/twirp/livekit.RoomService/CreateRoom", emu.url);
    let ct = Some("Application/Protobuf; charset=whatever");
    let a = send(
        Method::POST,
        &url_create,
        Some(&auth),
        ct,
        create.encode_to_vec(),
    )
    .await;
    assert_eq!(a.status, 200);
    assert_eq!(proto::Room::decode(a.body.as_slice()).unwrap().name, "x");
    let del = proto::DeleteRoomRequest { room: "x".into() }.encode_to_vec();
    let url_del = format!("{}/twirp/livekit.RoomService/DeleteRoom", emu.url);
    let a = send(
        Method::POST,
        &url_del,
        Some(&auth),
        Some("application/protobuf"),
        del,
    )
    .await;
    assert_eq!((a.status, a.body.len()), (200, 0));
    // Garbage protobuf.
    let a = send(
        Method::POST,
        &url,
        Some(&auth),
        Some("application/protobuf"),
        vec![0xff, 0xff],
    )
    .await;
    assert_eq!(a.status, 400);
    assert_eq!(
        a.json(),
        json!({"code":"malformed","msg":"the protobuf request could not be decoded"})
    );
}

#[tokio::test]
async fn routing_and_content_type_errors_are_bad_route() {
    let emu = start().await;
    let auth = format!("Bearer {}", creator());
    let path = "/twirp/livekit.RoomService/ListRooms";
    let url = format!("{}{path}", emu.url);

    let a = send(
        Method::POST,
        &url,
        Some(&auth),
        Some("application/x-protobuf"),
        "",
    )
    .await;
    assert_eq!(a.status, 404);
    assert_eq!(a.content_type, "application/json");
    let body = a.json();
    assert_eq!(body["code"], "bad_route");
    assert_eq!(
        body["msg"],
        r#"unexpected Content-Type: "application/x-protobuf""#
    );

    let a = send(Method::GET, &url, Some(&auth), None, "").await;
    assert_eq!(a.status, 404);
    let body = a.json();
    assert_eq!(body["code"], "bad_route");
    assert_eq!(body["meta"]["twirp_invalid_route"], format!("GET {path}"));

    for unknown in [
        "/twirp/livekit.RoomService/Nope",
        // Cloud-only, never registered (Egress, SIP, ... are now real services).
        "/twirp/livekit.Connector/DialWhatsAppCall",
        "/twirp/foo",
    ] {
        let a = send(
            Method::POST,
            &format!("{}{unknown}", emu.url),
            Some(&auth),
            Some("application/json"),
            "{}",
        )
        .await;
        assert_eq!(a.status, 404, "{unknown}");
        let body = a.json();
        assert_eq!(body["code"], "bad_route");
        assert_eq!(body["msg"], format!("no handler for path {unknown:?}"));
    }
}

#[tokio::test]
async fn malformed_json_bodies() {
    let emu = start().await;
    for bad in ["", "{", "{} {}", "[1]", r#"{"names":"notalist"}"#] {
        let a = twirp_json(&emu, "ListRooms", &creator(), bad).await;
        assert_eq!(a.status, 400, "{bad:?}");
        assert_eq!(
            a.json(),
            json!({"code":"malformed","msg":"the json request could not be decoded"})
        );
    }
}

#[tokio::test]
async fn oversized_body_is_413() {
    let emu = start().await;
    let big = vec![b' '; 10 * 1024 * 1024 + 10];
    let a = twirp_json(
        &emu,
        "ListRooms",
        &creator(),
        std::str::from_utf8(&big).unwrap(),
    )
    .await;
    assert_eq!(a.status, 413);
    assert!(!a.content_type.contains("json"));
}

#[tokio::test]
async fn token_problems_get_plain_text_401s() {
    let emu = start().await;
    let url = format!("{}/twirp/livekit.RoomService/ListRooms", emu.url);
    let cases = [
        (
            "Token abc".to_owned(),
            "invalid authorization header. Must start with Bearer ".to_owned(),
        ),
        (
            "Bearer not-a-jwt".into(),
            "invalid authorization token".into(),
        ),
        (
            format!(
                "Bearer {}",
                jwt(json!({"iss":"otherkey","exp":now()+60}), "x")
            ),
            "invalid API key".into(),
        ),
    ];
    for (auth, expected) in cases {
        let a = send(
            Method::POST,
            &url,
            Some(&auth),
            Some("application/json"),
            "{}",
        )
        .await;
        assert_eq!(a.status, 401, "{auth}");
        assert!(
            a.content_type.starts_with("text/plain"),
            "{}",
            a.content_type
        );
        assert_eq!(a.text(), expected);
    }
    let wrong_secret = jwt(
        json!({"iss":DEV_API_KEY,"exp":now()+60,"video":{"roomList":true}}),
        "wrong",
    );
    let expired = jwt(
        json!({"iss":DEV_API_KEY,"exp":now()-3600,"video":{"roomList":true}}),
        lkctl_emulator::DEV_API_SECRET,
    );
    let no_exp = jwt(
        json!({"iss":DEV_API_KEY,"video":{"roomList":true}}),
        lkctl_emulator::DEV_API_SECRET,
    );
    for (token, needle) in [
        (wrong_secret, "cryptographic"),
        (expired, "expired"),
        (no_exp, "exp"),
    ] {
        let a = twirp_json(&emu, "ListRooms", &token, "{}").await;
        assert_eq!(a.status, 401);
        assert!(
            a.text().starts_with("invalid authorization token: "),
            "{}",
            a.text()
        );
        assert!(a.text().contains(needle), "{}", a.text());
    }
    // The form value `access_token` works when the header is absent.
    let q = format!("{url}?access_token={}", creator());
    let a = send(Method::POST, &q, None, Some("application/json"), "{}").await;
    assert_eq!(a.status, 200, "{}", a.text());
}

#[tokio::test]
async fn grant_failures_are_permissions_denied() {
    let emu = start().await;
    let denied = json!({"code":"unauthenticated","msg":"permissions denied"});
    let url = format!("{}/twirp/livekit.RoomService/ListRooms", emu.url);
    // No Authorization header at all passes the middleware with no grants.
    let a = send(Method::POST, &url, None, Some("application/json"), "{}").await;
    assert_eq!((a.status, a.json()), (401, denied.clone()));

    let list_only = token(VideoGrants {
        room_list: true,
        ..Default::default()
    });
    let a = twirp_json(&emu, "CreateRoom", &list_only, r#"{"name":"r"}"#).await;
    assert_eq!((a.status, a.json()), (401, denied.clone()));
    twirp_json(&emu, "CreateRoom", &creator(), r#"{"name":"r"}"#).await;

    let a = twirp_json(&emu, "ListParticipants", &admin("other"), r#"{"room":"r"}"#).await;
    assert_eq!((a.status, a.json()), (401, denied.clone()));
    let a = twirp_json(&emu, "ListParticipants", &admin(""), r#"{"room":""}"#).await;
    assert_eq!((a.status, a.json()), (401, denied.clone()));
    let no_admin = token(VideoGrants {
        room: "r".into(),
        room_record: true,
        ..Default::default()
    });
    let a = twirp_json(&emu, "ListParticipants", &no_admin, r#"{"room":"r"}"#).await;
    assert_eq!((a.status, a.json()), (401, denied.clone()));
    let a = twirp_json(&emu, "ListParticipants", &admin("r"), r#"{"room":"r"}"#).await;
    assert_eq!((a.status, a.json()), (200, json!({"participants":[]})));
}

#[tokio::test]
async fn control_api_over_http() {
    let emu = start().await;
    twirp_json(&emu, "CreateRoom", &creator(), r#"{"name":"r"}"#).await;

    // Authentication is required.
    let a = send(
        Method::POST,
        &format!("{}/_emulator/reset", emu.url),
        None,
        None,
        "",
    )
    .await;
    assert_eq!(a.status, 401);
    assert_eq!(a.json()["error"]["code"], "unauthenticated");

    let spec = json!({"identity":"bob","name":"Bob","kind":"sip","attributes":{"a":"1"},
        "permission":{"canPublish":false,"can_subscribe":true},
        "tracks":[{"type":"audio","name":"mic"}]});
    let a = control(&emu, Method::POST, "/_emulator/rooms/r/participants", spec).await;
    assert_eq!(a.status, 200, "{}", a.text());
    let p = a.json();
    assert_eq!(p["kind"], "SIP");
    assert_eq!(p["permission"]["can_publish"], false);
    assert_eq!(p["tracks"].as_array().unwrap().len(), 1);

    let a = control(
        &emu,
        Method::POST,
        "/_emulator/rooms/nope/participants",
        json!({"identity":"x"}),
    )
    .await;
    assert_eq!(a.status, 404);
    assert_eq!(a.json()["error"]["code"], "not_found");

    let a = control(
        &emu,
        Method::POST,
        "/_emulator/rooms/r/participants/bob/tracks",
        json!({"type":"video","source":"screen_share","name":"slides"}),
    )
    .await;
    let track = a.json();
    assert_eq!(track["source"], "SCREEN_SHARE");
    let sid = track["sid"].as_str().unwrap();
    let a = control(
        &emu,
        Method::DELETE,
        &format!("/_emulator/rooms/r/participants/bob/tracks/{sid}"),
        json!(null),
    )
    .await;
    assert_eq!(a.status, 200);

    let hooks = control(&emu, Method::GET, "/_emulator/webhooks", json!(null))
        .await
        .json();
    let events: Vec<&str> = hooks
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["event"].as_str().unwrap())
        .collect();
    assert_eq!(
        events,
        [
            "room_started",
            "participant_joined",
            "track_published",
            "track_published",
            "track_unpublished"
        ]
    );
    let body: serde_json::Value = serde_json::from_str(hooks[1]["body"].as_str().unwrap()).unwrap();
    assert_eq!(body["participant"]["identity"], "bob");

    let a = control(
        &emu,
        Method::DELETE,
        "/_emulator/rooms/r/participants/bob",
        json!(null),
    )
    .await;
    assert_eq!(a.json()["state"], "DISCONNECTED");

    twirp_json(
        &emu,
        "SendData",
        &admin("r"),
        r#"{"room":"r","data":"aGk=","topic":"t"}"#,
    )
    .await;
    let data = control(&emu, Method::GET, "/_emulator/data", json!(null))
        .await
        .json();
    assert_eq!(data[0]["room"], "r");
    assert_eq!(data[0]["packet"]["user"]["payload"], "aGk=");
    assert_eq!(data[0]["packet"]["user"]["topic"], "t");

    let a = control(&emu, Method::POST, "/_emulator/reset", json!(null)).await;
    assert_eq!(a.status, 200);
    let a = twirp_json(&emu, "ListRooms", &creator(), "{}").await;
    assert_eq!(a.json(), json!({"rooms":[]}));
}

#[tokio::test]
async fn injected_failures_hit_the_next_calls() {
    let emu = start().await;
    let a = control(
        &emu,
        Method::POST,
        "/_emulator/failures",
        json!({"code":"unavailable","msg":"node down","count":2,"method":"RoomService/ListRooms"}),
    )
    .await;
    assert_eq!(a.status, 200, "{}", a.text());
    // Another method is unaffected.
    assert_eq!(
        twirp_json(&emu, "CreateRoom", &creator(), r#"{"name":"r"}"#)
            .await
            .status,
        200
    );
    for _ in 0..2 {
        let a = twirp_json(&emu, "ListRooms", &creator(), "{}").await;
        assert_eq!(
            (a.status, a.json()),
            (503, json!({"code":"unavailable","msg":"node down"}))
        );
    }
    assert_eq!(
        twirp_json(&emu, "ListRooms", &creator(), "{}").await.status,
        200
    );

    // In-process, any method; the Rust client sees the Twirp error.
    emu.control()
        .inject_failure(FailureSpec::new(Code::ResourceExhausted, "slow down"))
        .unwrap();
    let err = rooms(&emu).list_rooms(vec![]).await.unwrap_err();
    assert!(err.to_string().contains("slow down"), "{err}");
    assert!(rooms(&emu).list_rooms(vec![]).await.is_ok());

    let a = control(
        &emu,
        Method::POST,
        "/_emulator/failures",
        json!({"code":"nope"}),
    )
    .await;
    assert_eq!(a.status, 400);
}

/// Injected latency holds every call until that much time has passed on the emulator's
/// clock, concurrent calls are held together (they overlap rather than queue), and clearing
/// it takes effect. On a manual clock nothing is timed: the test moves the clock. How much
/// overlap buys under real latency is measured by `benches/mute_all.rs`.
#[tokio::test]
async fn latency_applies_to_every_call() {
    let (emu, clock) = start_manual().await;
    let a = control(&emu, Method::PUT, "/_emulator/latency", json!({"ms":300})).await;
    assert_eq!(a.status, 200);
    assert_eq!(emu.control().latency(), Duration::from_millis(300));
    let calls: Vec<_> = (0..3)
        .map(|_| {
            let client = rooms(&emu);
            tokio::spawn(async move { client.list_rooms(vec![]).await })
        })
        .collect();
    // All three are held at the same time. (The bound only guards against a hang.)
    tokio::time::timeout(Duration::from_secs(60), clock.until_waiting(3))
        .await
        .expect("three calls held at once");
    // (That a wait ends at its deadline and not before is the clock's own unit test.)
    emu.control().advance(Duration::from_millis(300)).unwrap();
    for call in calls {
        assert!(call.await.unwrap().is_ok());
    }
    assert_eq!(clock.waiting(), 0);
    emu.control().set_latency(Duration::ZERO);
    assert_eq!(emu.control().latency(), Duration::ZERO);
    rooms(&emu).list_rooms(vec![]).await.unwrap();
}

/// A stand-in for a service added later: registering it is all it takes to be routed.
struct FakeEgress;

#[async_trait::async_trait]
impl TwirpService for FakeEgress {
    fn name(&self) -> &'static str {
        "Egress"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        match method {
            "ListEgress" => {
                ctx.grants.room_record()?;
                let req: proto::ListEgressRequest = req.decode()?;
                let item = proto::EgressInfo {
                    room_name: req.room_name,
                    ..Default::default()
                };
                Ok(Reply::new(&proto::ListEgressResponse {
                    items: vec![item],
                    ..Default::default()
                }))
            }
            _ => Err(ctx.no_handler()),
        }
    }
}

#[tokio::test]
async fn services_plug_in_without_touching_the_transport() {
    let emu = start().await;
    let path = "/twirp/livekit.Egress/ListEgress";
    let a = twirp_raw(
        &emu,
        path,
        &token(VideoGrants {
            room_record: true,
            ..Default::default()
        }),
    )
    .await;
    // The built-in Egress service answers (no jobs yet); registering another replaces it.
    assert_eq!(a.status, 200, "{}", a.text());
    assert_eq!(a.json()["items"], json!([]));

    emu.emulator.register_service(Arc::new(FakeEgress));
    let recorder = token(VideoGrants {
        room_record: true,
        ..Default::default()
    });
    let a = twirp_raw(&emu, path, &recorder).await;
    assert_eq!(a.status, 200, "{}", a.text());
    let body = a.json();
    assert_eq!(body["items"][0]["room_name"], "r");
    assert_eq!(body["items"][0]["status"], "EGRESS_STARTING");
    assert!(body["next_page_token"].is_null());
    let a = twirp_raw(&emu, path, &creator()).await;
    assert_eq!(
        (a.status, a.json()["msg"].as_str()),
        (401, Some("permissions denied"))
    );
    let a = twirp_raw(&emu, "/twirp/livekit.Egress/StopEgress", &recorder).await;
    assert_eq!(a.json()["code"], "bad_route");
}

async fn twirp_raw(emu: &RunningEmulator, path: &str, token: &str) -> Answer {
    let auth = format!("Bearer {token}");
    let url = format!("{}{path}", emu.url);
    send(
        Method::POST,
        &url,
        Some(&auth),
        Some("application/json"),
        r#"{"roomName":"r"}"#,
    )
    .await
}
