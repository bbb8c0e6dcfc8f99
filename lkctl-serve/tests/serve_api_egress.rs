//! Egress and recordings over the API: a room's host starts a room-composite and a track
//! egress, lists and stops them; finished outputs are in the recordings catalogue with a
//! presigned download URL when S3 is configured. Admins list everything.

#[macro_use]
mod serve_support;

use std::collections::BTreeMap;

use lkctl_emulator::{ParticipantSpec, TrackSpec};
use serde_json::json;
use serve_support::*;

both!(participant_track_composite_and_web_egress);

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
    let Cast { root, hal, olga } = h.cast().await;
    h.by(&hal).create_room("lab").await;
    h.by(&olga).create_room("art").await;
    let c = h.emu.control();
    let ann = c
        .add_participant(
            "lab",
            ParticipantSpec::new("ann").track(TrackSpec::audio("mic")),
        )
        .unwrap();
    let track_sid = ann.tracks[0].sid.clone();

    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/room-composite",
            json!({"layout": "grid", "file": "lab-{time}.mp4"}),
        )
        .await;
    let comp = expect(&r, 201);
    assert_eq!(comp["room_name"], "lab");
    assert_eq!(comp["kind"], "room_composite");
    let comp_id = comp["egress_id"].as_str().unwrap().to_string();
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/track",
            json!({"track_id": track_sid, "websocket_url": audio_peer().await}),
        )
        .await;
    let track = expect(&r, 201);
    assert_eq!(track["kind"], "track");

    // Bad input names the field.
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/room-composite",
            json!({"audio_only": true, "video_only": true}),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text());
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/track",
            json!({"track_id": track_sid}),
        )
        .await;
    r.refused(400, "output");
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/room-composite",
            json!({"file": "x.mp4", "file_type": "avi"}),
        )
        .await;
    r.refused(400, "file type");

    // Lists: the room's for its host, everything for admins, nothing for other hosts.
    let lab = expect(&h.by(&hal).get("/api/v1/rooms/lab/egress").await, 200);
    assert_eq!(lab.as_array().unwrap().len(), 2);
    assert_eq!(
        h.by(&olga).get("/api/v1/rooms/lab/egress").await.status,
        403
    );
    assert_eq!(h.by(&hal).get("/api/v1/egress").await.status, 403);
    let all = expect(&h.by(&root).get("/api/v1/egress?active=true").await, 200);
    assert_eq!(all.as_array().unwrap().len(), 2);
    // Another room's host cannot stop this room's egress through their own room.
    let r = h
        .by(&olga)
        .post_empty(&format!("/api/v1/rooms/art/egress/{comp_id}/stop"))
        .await;
    assert_eq!(r.status, 404, "{}", r.text());

    // Stop, finish, and find the recording with a presigned URL.
    let r = h
        .by(&hal)
        .post_empty(&format!("/api/v1/rooms/lab/egress/{comp_id}/stop"))
        .await;
    assert_eq!(expect(&r, 200)["egress_id"], comp_id.as_str());
    c.finish_egress(&comp_id).unwrap();
    let recs = expect(&h.by(&hal).get("/api/v1/rooms/lab/recordings").await, 200);
    let rec = recs
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["egress_id"] == comp_id.as_str())
        .unwrap_or_else(|| panic!("{recs}"));
    assert_eq!(rec["kind"], "file");
    let got = expect(
        &h.by(&hal)
            .get(&format!("/api/v1/rooms/lab/recordings/{comp_id}"))
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
        h.by(&olga)
            .get(&format!("/api/v1/rooms/art/recordings/{comp_id}"))
            .await
            .status,
        404
    );
    let everything = expect(&h.by(&root).get("/api/v1/recordings").await, 200);
    assert!(!everything.as_array().unwrap().is_empty());
    assert_eq!(h.by(&hal).get("/api/v1/recordings").await.status, 403);
    h.cleanup().await;
}

/// The other egress kinds: a participant's and a track composite for the room's host, a
/// web page for admins only (it is not a room's); bad input names the field.
async fn participant_track_composite_and_web_egress(db: Db) {
    let h = Harness::new(db).await;
    let Cast { root, hal, olga } = h.cast().await;
    h.by(&hal).create_room("lab").await;
    let bea = h
        .emu
        .control()
        .add_participant(
            "lab",
            ParticipantSpec::new("bea")
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("cam")),
        )
        .unwrap();
    let (audio, video) = (bea.tracks[0].sid.clone(), bea.tracks[1].sid.clone());

    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/participant",
            json!({"identity": "bea", "file": "bea-{time}.mp4"}),
        )
        .await;
    let p = expect(&r, 201);
    assert_eq!(p["kind"], "participant");
    assert_eq!(p["room_name"], "lab");
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/track-composite",
            json!({"audio_track_id": audio, "video_track_id": video, "file": "mix.mp4"}),
        )
        .await;
    let tc = expect(&r, 201);
    assert_eq!(tc["kind"], "track_composite");
    let web = json!({"url": "https://example.com/board", "file": "board.mp4"});
    let r = h.by(&root).post("/api/v1/egress/web", web.clone()).await;
    assert_eq!(expect(&r, 201)["kind"], "web");
    assert_eq!(h.by(&hal).post("/api/v1/egress/web", web).await.status, 403);
    let lab = expect(&h.by(&hal).get("/api/v1/rooms/lab/egress").await, 200);
    let kinds: Vec<&str> = lab
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["kind"].as_str().unwrap())
        .collect();
    assert!(
        kinds.contains(&"participant") && kinds.contains(&"track_composite"),
        "{kinds:?}"
    );

    // Bad input names the field; other hosts are refused.
    h.by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/participant",
            json!({"identity": "", "file": "x.mp4"}),
        )
        .await
        .refused(400, "identity");
    h.by(&hal)
        .post(
            "/api/v1/rooms/lab/egress/track-composite",
            json!({"file": "x.mp4"}),
        )
        .await
        .refused(400, "tracks");
    h.by(&root)
        .post(
            "/api/v1/egress/web",
            json!({"url": "not a url", "file": "x.mp4"}),
        )
        .await
        .refused(400, "url");
    let r = h
        .by(&olga)
        .post(
            "/api/v1/rooms/lab/egress/participant",
            json!({"identity": "bea", "file": "x.mp4"}),
        )
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    h.cleanup().await;
}
