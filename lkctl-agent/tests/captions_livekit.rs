//! Captions through core's LiveKit client: a local RoomService that decodes
//! the `SendData` request and checks topic, kind and payload.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::routing::post;
use livekit_protocol as proto;
use lkctl_agent::audio::TrackInfo;
use lkctl_agent::captions::{
    CAPTION_TOPIC, Caption, CaptionPublisher, CaptionSettings, LiveKitCaptions, Published,
};
use lkctl_agent::stt::SttSegment;
use lkctl_core::LiveKit;
use lkctl_core::Secret;
use lkctl_core::config::Connection;
use prost::Message;

type Seen = Arc<Mutex<Vec<proto::SendDataRequest>>>;

async fn send_data(
    State(seen): State<Seen>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, Vec<u8>) {
    let auth = headers
        .get("authorization")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    assert!(
        auth.starts_with("Bearer "),
        "RoomService calls carry an API token"
    );
    let req = proto::SendDataRequest::decode(body).unwrap();
    seen.lock().unwrap().push(req);
    (StatusCode::OK, proto::SendDataResponse {}.encode_to_vec())
}

#[tokio::test]
async fn captions_go_out_as_send_data_on_the_transcription_topic() {
    let seen: Seen = Arc::default();
    let app = axum::Router::new()
        .route("/twirp/livekit.RoomService/SendData", post(send_data))
        .with_state(seen.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });

    let lk = LiveKit::new(
        Connection {
            url: format!("http://{addr}"),
            api_key: "APIkey".into(),
            api_secret: Secret::new("a-secret-of-sufficient-length-123"),
        },
        Duration::from_secs(5),
    )
    .unwrap();
    let mut p = CaptionPublisher::new(
        LiveKitCaptions::new(Arc::new(lk)),
        "physics",
        CaptionSettings::default(),
    );
    let track = TrackInfo {
        room: "physics".into(),
        room_sid: Some("RM_x".into()),
        participant_identity: "prof-ada".into(),
        participant_name: Some("Ada".into()),
        track_id: "TR_a".into(),
        offset_ms: 0,
    };
    let seg = SttSegment {
        speaker: Some("prof-ada".into()),
        text: "Доброе утро".into(),
        start_ms: 100,
        end_ms: 900,
        confidence: None,
        language: Some("ru".into()),
    };
    let interim = Caption::from_segment(&track, &seg, false);
    let fin = Caption::from_segment(&track, &seg, true);
    let now = Instant::now();
    assert_eq!(p.publish(&interim, now).await.unwrap(), Published::Sent);
    assert_eq!(p.publish(&fin, now).await.unwrap(), Published::Sent);

    let seen = seen.lock().unwrap();
    assert_eq!(seen.len(), 2);
    for (req, want_final) in seen.iter().zip([false, true]) {
        assert_eq!(req.room, "physics");
        assert_eq!(req.topic.as_deref(), Some(CAPTION_TOPIC));
        let kind = proto::data_packet::Kind::try_from(req.kind).unwrap();
        let want_kind = if want_final {
            proto::data_packet::Kind::Reliable
        } else {
            proto::data_packet::Kind::Lossy
        };
        assert_eq!(kind, want_kind);
        let c: Caption = serde_json::from_slice(&req.data).unwrap();
        assert_eq!(c.is_final, want_final);
        assert_eq!(c.text, "Доброе утро");
        assert_eq!(c.segment_id, fin.segment_id);
    }
}
