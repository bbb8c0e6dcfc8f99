//! Track egress to a WebSocket: the emulator dials the URL like LiveKit's egress and streams
//! the WAV attached to the track (LIVEKIT.md §6). A local WebSocket server in each test
//! plays the worker's listener and checks what arrives.

mod support;

use std::time::Duration;

use futures::StreamExt;
use livekit_api::services::egress::{EgressClient, TrackEgressOutput};
use livekit_protocol as proto;
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET, ParticipantSpec, RunningEmulator, TrackSpec};
use reqwest::Method;
use support::*;
use tokio::net::TcpListener;
use tokio::sync::mpsc;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{Request, Response};

fn egress(emu: &RunningEmulator) -> EgressClient {
    EgressClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET)
}

/// A mono 16-bit WAV of `n` samples at `rate`, sample i = f(i).
fn wav(rate: u32, n: usize, f: impl Fn(usize) -> i16) -> Vec<u8> {
    let data: Vec<u8> = (0..n).flat_map(|i| f(i).to_le_bytes()).collect();
    let mut b = Vec::new();
    b.extend_from_slice(b"RIFF");
    b.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
    b.extend_from_slice(b"WAVEfmt ");
    b.extend_from_slice(&16u32.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&1u16.to_le_bytes());
    b.extend_from_slice(&rate.to_le_bytes());
    b.extend_from_slice(&(rate * 2).to_le_bytes());
    b.extend_from_slice(&2u16.to_le_bytes());
    b.extend_from_slice(&16u16.to_le_bytes());
    b.extend_from_slice(b"data");
    b.extend_from_slice(&(data.len() as u32).to_le_bytes());
    b.extend_from_slice(&data);
    b
}

/// What the listener saw on one connection.
#[derive(Debug)]
enum Seen {
    Header(Option<String>, String),
    Binary(Vec<u8>),
    Text(String),
    Ping(Vec<u8>),
    Close(Option<String>),
    Gone,
}

/// Accepts one WebSocket connection and reports everything it receives.
// The handshake callback's error type is tungstenite's, large or not.
#[allow(clippy::result_large_err)]
async fn listener() -> (String, mpsc::UnboundedReceiver<Seen>) {
    let tcp = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/egress/abc?trackID=x", tcp.local_addr().unwrap());
    let (tx, rx) = mpsc::unbounded_channel();
    tokio::spawn(async move {
        let (sock, _) = tcp.accept().await.unwrap();
        let htx = tx.clone();
        let ws = tokio_tungstenite::accept_hdr_async(sock, move |req: &Request, resp: Response| {
            let ct = req
                .headers()
                .get("content-type")
                .map(|v| v.to_str().unwrap().to_string());
            let _ = htx.send(Seen::Header(ct, req.uri().to_string()));
            Ok(resp)
        })
        .await
        .unwrap();
        let (_sink, mut stream) = ws.split();
        while let Some(msg) = stream.next().await {
            let seen = match msg {
                Ok(Message::Binary(b)) => Seen::Binary(b.to_vec()),
                Ok(Message::Text(t)) => Seen::Text(t.to_string()),
                Ok(Message::Ping(p)) => Seen::Ping(p.to_vec()),
                Ok(Message::Close(c)) => {
                    let _ = tx.send(Seen::Close(c.map(|c| c.reason.to_string())));
                    break;
                }
                Ok(_) => continue,
                Err(_) => break,
            };
            if tx.send(seen).is_err() {
                break;
            }
        }
        let _ = tx.send(Seen::Gone);
    });
    (url, rx)
}

async fn next(rx: &mut mpsc::UnboundedReceiver<Seen>) -> Seen {
    tokio::time::timeout(Duration::from_secs(30), rx.recv())
        .await
        .expect("the egress went quiet")
        .expect("the listener ended")
}

/// Waits for `status`; the bound only guards against a hang.
async fn reaches(emu: &RunningEmulator, egress_id: &str, status: proto::EgressStatus) {
    let ctl = emu.control();
    let guard = tokio::time::Instant::now() + Duration::from_secs(30);
    while ctl.egress(egress_id).map(|e| e.status) != Some(status as i32) {
        assert!(
            tokio::time::Instant::now() < guard,
            "egress {egress_id} never reached {status:?}: {:?}",
            ctl.egress(egress_id)
        );
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

async fn room_with_speaker(emu: &RunningEmulator) -> String {
    rooms(emu)
        .create_room("class", Default::default())
        .await
        .unwrap();
    let p = emu
        .control()
        .add_participant(
            "class",
            ParticipantSpec::new("prof").track(TrackSpec::audio("mic")),
        )
        .unwrap();
    p.tracks[0].sid.clone()
}

fn egress_events(emu: &RunningEmulator) -> Vec<String> {
    emu.control()
        .webhooks()
        .into_iter()
        .filter(|w| w.event.starts_with("egress"))
        .map(|w| w.event)
        .collect()
}

#[tokio::test]
async fn streams_the_attached_wav_mutes_and_closes_when_unpublished() {
    let emu = start().await;
    let track = room_with_speaker(&emu).await;
    // 0.2 s at 16 kHz: a ramp, so the converted stream can be checked sample by sample.
    let clip = wav(16_000, 3_200, |i| (i as i16) * 8 - 12_000);
    let attached = control(
        &emu,
        Method::PUT,
        &format!("/_emulator/rooms/class/tracks/{track}/audio?speed=20"),
        serde_json::Value::Null,
    )
    .await;
    assert_eq!(attached.status, 400, "an empty body is not a WAV");
    let auth = format!("Bearer {}", token(Default::default()));
    let attached = send(
        Method::PUT,
        &format!(
            "{}/_emulator/rooms/class/tracks/{track}/audio?speed=20",
            emu.url
        ),
        Some(&auth),
        Some("audio/wav"),
        clip,
    )
    .await;
    assert_eq!(attached.status, 200, "{}", attached.text());
    assert_eq!(attached.json()["duration_ms"], 200);
    assert_eq!(attached.json()["source_rate"], 16_000);

    let (url, mut rx) = listener().await;
    let info = egress(&emu)
        .start_track_egress("class", TrackEgressOutput::WebSocket(url.clone()), &track)
        .await
        .unwrap();
    assert_eq!(info.status, proto::EgressStatus::EgressStarting as i32);
    assert_eq!(info.stream_results[0].url, url);

    match next(&mut rx).await {
        Seen::Header(ct, uri) => {
            assert_eq!(ct.as_deref(), Some("audio/x-raw"));
            assert_eq!(uri, "/egress/abc?trackID=x", "the URL is dialled as given");
        }
        other => panic!("expected the handshake, got {other:?}"),
    }
    reaches(&emu, &info.egress_id, proto::EgressStatus::EgressActive).await;

    // The clip arrives as 48 kHz stereo S16LE: 0.2 s = 9600 frames, 3 per input sample.
    let mut pcm = Vec::new();
    while pcm.len() < 9_600 * 4 {
        match next(&mut rx).await {
            Seen::Binary(b) => {
                assert_eq!(b.len(), 1920, "10 ms messages");
                pcm.extend(b);
            }
            other => panic!("expected audio, got {other:?}"),
        }
    }
    let samples: Vec<i16> = pcm
        .chunks_exact(2)
        .map(|b| i16::from_le_bytes([b[0], b[1]]))
        .collect();
    for input in [0usize, 1, 1000, 3199] {
        let frame = input * 3;
        let expected = (input as i16) * 8 - 12_000;
        assert_eq!(samples[2 * frame], expected, "left of input sample {input}");
        assert_eq!(
            samples[2 * frame + 1],
            expected,
            "right of input sample {input}"
        );
    }

    // After the clip, silence keeps flowing; a mute is announced.
    rooms(&emu)
        .mute_published_track("class", "prof", &track, true)
        .await
        .unwrap();
    loop {
        match next(&mut rx).await {
            Seen::Binary(b) => assert!(b.iter().all(|&x| x == 0), "silence after the clip"),
            Seen::Text(t) => {
                assert_eq!(t, r#"{"muted":true}"#);
                break;
            }
            other => panic!("expected the mute message, got {other:?}"),
        }
    }

    emu.control()
        .unpublish_track("class", "prof", &track)
        .unwrap();
    loop {
        match next(&mut rx).await {
            Seen::Binary(_) => continue,
            Seen::Close(reason) => {
                assert_eq!(reason, None, "an empty close payload");
                break;
            }
            other => panic!("expected the close, got {other:?}"),
        }
    }
    reaches(&emu, &info.egress_id, proto::EgressStatus::EgressComplete).await;
    assert_eq!(
        egress_events(&emu),
        ["egress_started", "egress_updated", "egress_ended"]
    );
    let done = emu.control().egress(&info.egress_id).unwrap();
    assert_eq!(
        done.stream_results[0].status,
        proto::stream_info::Status::Finished as i32
    );
}

#[tokio::test]
async fn an_undialable_url_fails_the_egress() {
    let emu = start().await;
    let track = room_with_speaker(&emu).await;
    // A port that was free a moment ago: nothing listens there.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let url = format!("ws://127.0.0.1:{port}/egress/x");
    let info = egress(&emu)
        .start_track_egress("class", TrackEgressOutput::WebSocket(url), &track)
        .await
        .unwrap();
    reaches(&emu, &info.egress_id, proto::EgressStatus::EgressFailed).await;
    let failed = emu.control().egress(&info.egress_id).unwrap();
    assert!(
        failed.error.contains("websocket dial") && failed.error.contains(&port.to_string()),
        "{}",
        failed.error
    );
    assert_eq!(
        failed.stream_results[0].status,
        proto::stream_info::Status::Failed as i32
    );
    assert_eq!(egress_events(&emu), ["egress_started", "egress_ended"]);
    let ended = emu
        .control()
        .webhooks()
        .into_iter()
        .find(|w| w.event == "egress_ended")
        .unwrap();
    let body: serde_json::Value = serde_json::from_str(&ended.body).unwrap();
    assert_eq!(body["egressInfo"]["status"], "EGRESS_FAILED");
}

#[tokio::test]
async fn pings_streams_silence_without_a_clip_and_closes_on_stop() {
    let emu = start().await;
    emu.control()
        .set_egress_ws_ping_interval(Duration::from_millis(30));
    let track = room_with_speaker(&emu).await;
    let (url, mut rx) = listener().await;
    let info = egress(&emu)
        .start_track_egress("class", TrackEgressOutput::WebSocket(url), &track)
        .await
        .unwrap();
    assert!(matches!(next(&mut rx).await, Seen::Header(..)));
    let mut silent = 0;
    loop {
        match next(&mut rx).await {
            Seen::Binary(b) => {
                assert!(b.iter().all(|&x| x == 0), "no clip: silence");
                silent += 1;
            }
            Seen::Ping(p) => {
                assert_eq!(p, b"ping");
                break;
            }
            other => panic!("expected audio or a ping, got {other:?}"),
        }
    }
    assert!(silent > 0, "silence flows before the first ping");
    egress(&emu).stop_egress(&info.egress_id).await.unwrap();
    loop {
        match next(&mut rx).await {
            Seen::Binary(_) | Seen::Ping(_) => continue,
            Seen::Close(_) => break,
            other => panic!("expected the close, got {other:?}"),
        }
    }
    reaches(&emu, &info.egress_id, proto::EgressStatus::EgressComplete).await;
}

#[tokio::test]
async fn attaching_checks_the_track_and_the_file() {
    let emu = start().await;
    let track = room_with_speaker(&emu).await;
    let ctl = emu.control();
    let clip = wav(8_000, 80, |_| 1);
    assert!(
        ctl.attach_track_audio("class", "TR_nope", &clip, 1.0)
            .is_err()
    );
    assert!(ctl.attach_track_audio("nope", &track, &clip, 1.0).is_err());
    assert!(ctl.attach_track_audio("class", &track, &clip, 0.0).is_err());
    assert!(
        ctl.attach_track_audio("class", &track, b"RIFF....WAVE", 1.0)
            .is_err()
    );
    let video = ctl
        .publish_track("class", "prof", TrackSpec::video("cam"))
        .unwrap();
    assert!(
        ctl.attach_track_audio("class", &video.sid, &clip, 1.0)
            .is_err()
    );
    let a = ctl.attach_track_audio("class", &track, &clip, 1.0).unwrap();
    assert_eq!((a.duration_ms, a.source_rate), (10, 8_000));
}
