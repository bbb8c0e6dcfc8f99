//! Egress and recordings over the API: a room's host starts a room-composite and a track
//! egress, lists and stops them; finished outputs are in the recordings catalogue with a
//! presigned download URL when S3 is configured. Admins list everything.

mod serve_support;

use std::collections::BTreeMap;

use lkctl_core::ops::users::Role;
use lkctl_emulator::{ParticipantSpec, TrackSpec};
use serde_json::json;
use serve_support::*;

/// A WebSocket peer on loopback that accepts the emulator's track egress (it dials for
/// real, as LiveKit's egress does) and discards the audio.
async fn audio_peer() -> String {
    use axum::extract::ws::WebSocketUpgrade;
    let app = axum::Router::new().route(
        "/in",
        axum::routing::get(|ws: WebSocketUpgrade| async move {
            ws.on_upgrade(
                |mut socket| async move { while let Some(Ok(_)) = socket.recv().await {} },
            )
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    format!("ws://{addr}/in")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn egress_and_recordings() {
    let env: BTreeMap<String, String> = [
        ("LKCTL_S3_BUCKET", "recordings"),
        ("LKCTL_S3_ENDPOINT", "http://127.0.0.1:9"),
        ("LKCTL_S3_REGION", "us-east-1"),
        ("LKCTL_S3_ACCESS_KEY", "AKIDEXAMPLE"),
        (
            "LKCTL_S3_SECRET_KEY",
            "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        ),
        ("LKCTL_S3_PATH_STYLE", "true"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let h = Harness::with_env(Db::Sqlite, env).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    let olga = user_token(&h, "olga", Role::Host).await;
    expect(
        &api(
            &h,
            "POST",
            "/api/v1/rooms",
            &hal,
            Some(json!({"name": "lab"})),
        )
        .await,
        201,
    );
    expect(
        &api(
            &h,
            "POST",
            "/api/v1/rooms",
            &olga,
            Some(json!({"name": "art"})),
        )
        .await,
        201,
    );
    let c = h.emu.control();
    let ann = c
        .add_participant(
            "lab",
            ParticipantSpec::new("ann").track(TrackSpec::audio("mic")),
        )
        .unwrap();
    let track_sid = ann.tracks[0].sid.clone();

    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/egress/room-composite",
        &hal,
        Some(json!({"layout": "grid", "file": "lab-{time}.mp4"})),
    )
    .await;
    let comp = expect(&r, 201);
    assert_eq!(comp["room_name"], "lab");
    assert_eq!(comp["kind"], "room_composite");
    let comp_id = comp["egress_id"].as_str().unwrap().to_string();
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/egress/track",
        &hal,
        Some(json!({"track_id": track_sid, "websocket_url": audio_peer().await})),
    )
    .await;
    let track = expect(&r, 201);
    assert_eq!(track["kind"], "track");

    // Bad input names the field.
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/egress/room-composite",
        &hal,
        Some(json!({"audio_only": true, "video_only": true})),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text());
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/egress/track",
        &hal,
        Some(json!({"track_id": track_sid})),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("output"), "{}", r.text());
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/egress/room-composite",
        &hal,
        Some(json!({"file": "x.mp4", "file_type": "avi"})),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("file type"), "{}", r.text());

    // Lists: the room's for its host, everything for admins, nothing for other hosts.
    let lab = expect(
        &api(&h, "GET", "/api/v1/rooms/lab/egress", &hal, None).await,
        200,
    );
    assert_eq!(lab.as_array().unwrap().len(), 2);
    assert_eq!(
        api(&h, "GET", "/api/v1/rooms/lab/egress", &olga, None)
            .await
            .status,
        403
    );
    assert_eq!(
        api(&h, "GET", "/api/v1/egress", &hal, None).await.status,
        403
    );
    let all = expect(
        &api(&h, "GET", "/api/v1/egress?active=true", &root, None).await,
        200,
    );
    assert_eq!(all.as_array().unwrap().len(), 2);
    // Another room's host cannot stop this room's egress through their own room.
    let r = api(
        &h,
        "POST",
        &format!("/api/v1/rooms/art/egress/{comp_id}/stop"),
        &olga,
        None,
    )
    .await;
    assert_eq!(r.status, 404, "{}", r.text());

    // Stop, finish, and find the recording with a presigned URL.
    let r = api(
        &h,
        "POST",
        &format!("/api/v1/rooms/lab/egress/{comp_id}/stop"),
        &hal,
        None,
    )
    .await;
    assert_eq!(expect(&r, 200)["egress_id"], comp_id.as_str());
    c.finish_egress(&comp_id).unwrap();
    let recs = expect(
        &api(&h, "GET", "/api/v1/rooms/lab/recordings", &hal, None).await,
        200,
    );
    let rec = recs
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["egress_id"] == comp_id.as_str())
        .unwrap_or_else(|| panic!("{recs}"));
    assert_eq!(rec["kind"], "file");
    let got = expect(
        &api(
            &h,
            "GET",
            &format!("/api/v1/rooms/lab/recordings/{comp_id}"),
            &hal,
            None,
        )
        .await,
        200,
    );
    let first = &got[0];
    assert_eq!(first["egress_id"], comp_id.as_str());
    let url = first["download"]["url"]
        .as_str()
        .unwrap_or_else(|| panic!("{got}"));
    assert!(
        url.starts_with("http://127.0.0.1:9/recordings/lab-"),
        "{url}"
    );
    assert!(url.contains("X-Amz-Signature="), "{url}");
    assert_eq!(first["download"]["method"], "GET");
    assert_eq!(
        api(
            &h,
            "GET",
            &format!("/api/v1/rooms/art/recordings/{comp_id}"),
            &olga,
            None
        )
        .await
        .status,
        404
    );
    let everything = expect(
        &api(&h, "GET", "/api/v1/recordings", &root, None).await,
        200,
    );
    assert!(!everything.as_array().unwrap().is_empty());
    assert_eq!(
        api(&h, "GET", "/api/v1/recordings", &hal, None)
            .await
            .status,
        403
    );
    h.cleanup().await;
}
