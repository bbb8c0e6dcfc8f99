//! The emulator's Egress service through the official Rust SDK and raw Twirp JSON.

mod support;

use std::time::Duration;

use livekit_api::access_token::VideoGrants;
use livekit_api::services::egress::{
    EgressClient, EgressListFilter, EgressListOptions, EgressOutput, RoomCompositeOptions,
    TrackEgressOutput,
};
use livekit_api::services::{ServerError, ServiceError};
use livekit_protocol as proto;
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET};
use reqwest::Method;
use support::*;

fn egress(emu: &lkctl_emulator::RunningEmulator) -> EgressClient {
    EgressClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET)
}

fn code(e: ServiceError) -> (String, String) {
    match e {
        ServiceError::Twirp(ServerError::Twirp(c)) => (c.code, c.msg),
        other => panic!("not a twirp error: {other:?}"),
    }
}

fn file_output(path: &str) -> EgressOutput {
    EgressOutput::File(proto::EncodedFileOutput {
        filepath: path.into(),
        output: Some(proto::encoded_file_output::Output::S3(proto::S3Upload {
            bucket: "rec".into(),
            endpoint: "http://127.0.0.1:9000".into(),
            ..Default::default()
        })),
        ..Default::default()
    })
}

/// The job's status, as the emulator holds it.
fn status(emu: &lkctl_emulator::RunningEmulator, id: &str) -> proto::EgressStatus {
    let status = emu.control().egress(id).expect("egress").status;
    proto::EgressStatus::try_from(status).expect("known status")
}

/// Wait (with a hang guard, not a timing bound) until real I/O moves an egress to `status`.
async fn reaches(
    emu: &lkctl_emulator::RunningEmulator,
    egress_id: &str,
    status: proto::EgressStatus,
) {
    let ctl = emu.control();
    let guard = tokio::time::Instant::now() + Duration::from_secs(60);
    while ctl.egress(egress_id).map(|e| e.status) != Some(status as i32) {
        assert!(
            tokio::time::Instant::now() < guard,
            "egress {egress_id} never reached {status:?}"
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

#[tokio::test]
async fn life_cycle_results_and_webhooks() {
    // On a manual clock: each step happens when the clock reaches it, to the millisecond.
    let (emu, clock) = start_manual().await;
    rooms(&emu)
        .create_room("demo", Default::default())
        .await
        .unwrap();
    let client = egress(&emu);
    let info = client
        .start_room_composite_egress(
            "demo",
            vec![file_output("{room_name}/a.mp4")],
            RoomCompositeOptions::default(),
        )
        .await
        .unwrap();
    assert!(info.egress_id.starts_with("EG_"));
    assert_eq!(info.status, proto::EgressStatus::EgressStarting as i32);
    assert!(!info.room_id.is_empty());
    let created_ns = clock.now_unix_ms() * 1_000_000;
    assert_eq!(info.updated_at, created_ns);

    // STARTING becomes ACTIVE 50 ms later (the default activation delay), not before.
    emu.control().advance(Duration::from_millis(49)).unwrap();
    assert_eq!(
        status(&emu, &info.egress_id),
        proto::EgressStatus::EgressStarting
    );
    emu.control().advance(Duration::from_millis(1)).unwrap();
    assert_eq!(
        status(&emu, &info.egress_id),
        proto::EgressStatus::EgressActive
    );
    let listed = client
        .list_egress(EgressListOptions {
            filter: EgressListFilter::Egress(info.egress_id.clone()),
            ..Default::default()
        })
        .await
        .unwrap();
    assert_eq!(listed[0].status, proto::EgressStatus::EgressActive as i32);
    assert_eq!(listed[0].started_at, created_ns + 50_000_000);

    emu.control().advance(Duration::from_secs(60)).unwrap();
    let stopped = client.stop_egress(&info.egress_id).await.unwrap();
    assert_eq!(stopped.status, proto::EgressStatus::EgressEnding as i32);
    // ENDING becomes COMPLETE 50 ms after the stop.
    emu.control().advance(Duration::from_millis(49)).unwrap();
    assert_eq!(
        status(&emu, &info.egress_id),
        proto::EgressStatus::EgressEnding
    );
    emu.control().advance(Duration::from_millis(1)).unwrap();
    let done = emu.control().egress(&info.egress_id).unwrap();
    assert_eq!(done.status, proto::EgressStatus::EgressComplete as i32);
    assert_eq!(done.file_results[0].filename, "demo/a.mp4");
    assert_eq!(
        done.file_results[0].location,
        "http://127.0.0.1:9000/rec/demo/a.mp4"
    );
    assert_eq!(
        (done.started_at, done.ended_at),
        (created_ns + 50_000_000, created_ns + 60_100_000_000)
    );

    let events: Vec<String> = emu
        .control()
        .webhooks()
        .into_iter()
        .map(|w| w.event)
        .filter(|e| e.starts_with("egress"))
        .collect();
    assert_eq!(
        events,
        [
            "egress_started",
            "egress_updated",
            "egress_updated",
            "egress_ended"
        ]
    );

    let (c, m) = code(client.stop_egress(&info.egress_id).await.unwrap_err());
    assert_eq!(
        (c.as_str(), m.as_str()),
        (
            "failed_precondition",
            "egress with status EGRESS_COMPLETE cannot be stopped"
        )
    );
    let (c, m) = code(client.stop_egress("EG_nope").await.unwrap_err());
    assert_eq!(
        (c.as_str(), m.as_str()),
        ("not_found", "egress does not exist")
    );
}

#[tokio::test]
async fn track_egress_websocket_failures_and_unknown_room() {
    let emu = start().await;
    let client = egress(&emu);
    let (c, m) = code(
        client
            .start_track_egress(
                "ghost",
                TrackEgressOutput::WebSocket("ws://x".into()),
                "TR_1",
            )
            .await
            .unwrap_err(),
    );
    assert_eq!(
        (c.as_str(), m.as_str()),
        ("not_found", "requested room does not exist")
    );
    rooms(&emu)
        .create_room("demo", Default::default())
        .await
        .unwrap();
    let info = client
        .start_track_egress(
            "demo",
            TrackEgressOutput::WebSocket("ws://127.0.0.1:1/a".into()),
            "TR_1",
        )
        .await
        .unwrap();
    assert_eq!(info.stream_results[0].url, "ws://127.0.0.1:1/a");
    // Nothing listens on port 1: the emulator's dial fails and so does the egress, as
    // LiveKit's does (egress_ws.rs streams reachable URLs for real).
    reaches(&emu, &info.egress_id, proto::EgressStatus::EgressFailed).await;
    let failed = emu.control().egress(&info.egress_id).unwrap();
    assert!(failed.error.contains("websocket dial"), "{}", failed.error);
    assert!(emu.control().fail_egress(&info.egress_id, "again").is_err());
}

#[tokio::test]
async fn list_pages_with_tokens_and_filters() {
    let emu = start().await;
    rooms(&emu)
        .create_room("a", Default::default())
        .await
        .unwrap();
    rooms(&emu)
        .create_room("b", Default::default())
        .await
        .unwrap();
    let client = egress(&emu);
    for room in ["a", "a", "a", "b"] {
        client
            .start_room_composite_egress(room, vec![file_output("x.mp4")], Default::default())
            .await
            .unwrap();
    }
    emu.control().set_egress_page_size(2);
    let token = token(VideoGrants {
        room_record: true,
        ..Default::default()
    });
    let first = send(
        Method::POST,
        &format!("{}/twirp/livekit.Egress/ListEgress", emu.url),
        Some(&format!("Bearer {token}")),
        Some("application/json"),
        "{}",
    )
    .await
    .json();
    assert_eq!(first["items"].as_array().unwrap().len(), 2);
    let next = first["next_page_token"]["token"]
        .as_str()
        .unwrap()
        .to_string();
    let body = format!(r#"{{"pageToken":{{"token":"{next}"}}}}"#);
    let second = send(
        Method::POST,
        &format!("{}/twirp/livekit.Egress/ListEgress", emu.url),
        Some(&format!("Bearer {token}")),
        Some("application/json"),
        body,
    )
    .await
    .json();
    assert_eq!(second["items"].as_array().unwrap().len(), 2);
    assert!(second["next_page_token"].is_null(), "{second}");
    let only_b = send(
        Method::POST,
        &format!("{}/twirp/livekit.Egress/ListEgress", emu.url),
        Some(&format!("Bearer {token}")),
        Some("application/json"),
        r#"{"room_name":"b"}"#,
    )
    .await
    .json();
    assert_eq!(only_b["items"].as_array().unwrap().len(), 1);
}

#[tokio::test]
async fn every_egress_rpc_needs_room_record() {
    let emu = start().await;
    let no_record = token(VideoGrants {
        room_admin: true,
        room: "demo".into(),
        room_create: true,
        room_list: true,
        ..Default::default()
    });
    for method in [
        "ListEgress",
        "StartRoomCompositeEgress",
        "StopEgress",
        "UpdateLayout",
        "UpdateStream",
        "StartTrackEgress",
    ] {
        let a = send(
            Method::POST,
            &format!("{}/twirp/livekit.Egress/{method}", emu.url),
            Some(&format!("Bearer {no_record}")),
            Some("application/json"),
            "{}",
        )
        .await;
        assert_eq!(a.status, 401, "{method}: {}", a.text());
        assert_eq!(a.json()["msg"], "permissions denied");
    }
}

#[tokio::test]
async fn control_api_over_http_finishes_and_fails_jobs() {
    let emu = start().await;
    rooms(&emu)
        .create_room("demo", Default::default())
        .await
        .unwrap();
    let client = egress(&emu);
    let a = client
        .start_room_composite_egress("demo", vec![file_output("a.mp4")], Default::default())
        .await
        .unwrap();
    let b = client
        .start_room_composite_egress("demo", vec![file_output("b.mp4")], Default::default())
        .await
        .unwrap();
    let done = control(
        &emu,
        Method::POST,
        &format!("/_emulator/egress/{}/finish", a.egress_id),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(done.status, 200, "{}", done.text());
    assert_eq!(done.json()["status"], "EGRESS_COMPLETE");
    assert_eq!(done.json()["file_results"][0]["filename"], "a.mp4");
    let failed = control(
        &emu,
        Method::POST,
        &format!("/_emulator/egress/{}/fail", b.egress_id),
        serde_json::json!({"error": "boom"}),
    )
    .await;
    assert_eq!(failed.json()["error"], "boom");
    let again = control(
        &emu,
        Method::POST,
        &format!("/_emulator/egress/{}/fail", b.egress_id),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(again.status, 412);
    assert_eq!(again.json()["error"]["code"], "failed_precondition");
    let unknown = control(
        &emu,
        Method::POST,
        "/_emulator/egress/EG_nope/finish",
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(unknown.status, 404);
    let sip = control(
        &emu,
        Method::PUT,
        "/_emulator/sip/call-failure",
        serde_json::json!({"status_code": 486, "status": "Busy Here"}),
    )
    .await;
    assert_eq!(sip.status, 200);
    let anon = send(
        Method::POST,
        &format!("{}/_emulator/egress/EG_x/finish", emu.url),
        None,
        None,
        "",
    )
    .await;
    assert_eq!(anon.status, 401);
}

#[tokio::test]
async fn start_egress_v2_with_request_wide_storage() {
    let emu = start().await;
    rooms(&emu)
        .create_room("demo", Default::default())
        .await
        .unwrap();
    let req = proto::StartEgressRequest {
        room_name: "demo".into(),
        source: Some(proto::start_egress_request::Source::Template(
            proto::TemplateSource {
                layout: "grid".into(),
                ..Default::default()
            },
        )),
        outputs: vec![
            proto::Output {
                storage: None,
                config: Some(proto::output::Config::File(proto::FileOutput {
                    filepath: "v2/{room_name}.mp4".into(),
                    ..Default::default()
                })),
            },
            proto::Output {
                storage: None,
                config: Some(proto::output::Config::Stream(proto::StreamOutput {
                    urls: vec!["rtmp://live.example/x".into()],
                    ..Default::default()
                })),
            },
        ],
        storage: Some(proto::StorageConfig {
            provider: Some(proto::storage_config::Provider::S3(proto::S3Upload {
                bucket: "rec".into(),
                ..Default::default()
            })),
        }),
        ..Default::default()
    };
    let info = egress(&emu).start_egress(req).await.unwrap();
    assert_eq!(info.stream_results[0].url, "rtmp://live.example/x");
    egress(&emu)
        .update_layout(&info.egress_id, "speaker")
        .await
        .unwrap();
    let done = emu.control().finish_egress(&info.egress_id).unwrap();
    assert_eq!(done.file_results[0].filename, "v2/demo.mp4");
    assert_eq!(
        done.file_results[0].location,
        "https://rec.s3.amazonaws.com/v2/demo.mp4"
    );
    let (c, _) = code(
        egress(&emu)
            .start_egress(proto::StartEgressRequest::default())
            .await
            .unwrap_err(),
    );
    assert_eq!(c, "invalid_argument");
}
