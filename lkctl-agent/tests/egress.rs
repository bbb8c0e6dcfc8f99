//! The egress listener driven by a tungstenite client that sends what LiveKit's
//! track egress sends: S16LE 48 kHz stereo split anywhere, mute messages,
//! pings, and a Close at the end.

use std::time::Duration;

use futures::{SinkExt, StreamExt};
use lkctl_agent::audio::egress::{EgressListener, EgressListenerConfig};
use lkctl_agent::audio::{AudioEvent, AudioSource, Conditioner, EndReason, TrackInfo};
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::{Error as WsError, Message};

fn track() -> TrackInfo {
    TrackInfo {
        room: "physics-101".into(),
        room_sid: Some("RM_abc".into()),
        participant_identity: "prof-ada".into(),
        participant_name: Some("Ada".into()),
        track_id: "TR_mic1".into(),
        offset_ms: 0,
    }
}

async fn listener() -> EgressListener {
    EgressListener::bind(EgressListenerConfig {
        listen: "127.0.0.1:0".parse().unwrap(),
        idle_timeout: Duration::from_secs(30),
        ..Default::default()
    })
    .await
    .unwrap()
}

/// Connects like egress's gorilla dialer, with `Content-Type: audio/x-raw`.
async fn dial(
    url: &str,
) -> Result<
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>,
    WsError,
> {
    let mut req = url.into_client_request().unwrap();
    req.headers_mut()
        .insert("Content-Type", "audio/x-raw".parse().unwrap());
    tokio_tungstenite::connect_async(req).await.map(|(s, _)| s)
}

fn status_of(e: WsError) -> u16 {
    match e {
        WsError::Http(resp) => resp.status().as_u16(),
        other => panic!("expected an HTTP refusal, got {other}"),
    }
}

/// Stereo S16LE bytes of a ramp, left and right equal, like egress's default.
fn pcm_bytes(frames: usize, start: i32) -> (Vec<i16>, Vec<u8>) {
    let mut samples = Vec::new();
    for i in 0..frames {
        let v = ((start + i as i32 * 13) % 30000) as i16;
        samples.push(v);
        samples.push(v);
    }
    let bytes = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
    (samples, bytes)
}

#[tokio::test]
async fn streams_pcm_mutes_pings_and_close_in_order() {
    let lst = listener().await;
    let reg = lst.register(track());
    let url = reg.url.expose().to_string();
    assert!(url.starts_with(&format!("ws://{}/egress/", lst.local_addr())));
    assert!(url.contains("token=") && url.contains("trackID=TR_mic1"));
    assert!(
        !format!("{:?}", reg.url).contains("token="),
        "the URL is masked when printed"
    );
    let mut source = reg.source;
    assert_eq!(source.track().participant_identity, "prof-ada");

    let (first, first_bytes) = pcm_bytes(960, 0);
    let (second, second_bytes) = pcm_bytes(481, 7);
    let client = tokio::spawn(async move {
        let mut ws = dial(&url).await.unwrap();
        // Odd splits: inside a sample, inside a frame, and a 10 ms mixer buffer.
        let mut at = 0;
        for size in [1usize, 2, 3, 1920, 5, 7, 1] {
            let end = (at + size).min(first_bytes.len());
            ws.send(Message::binary(first_bytes[at..end].to_vec()))
                .await
                .unwrap();
            at = end;
        }
        ws.send(Message::binary(first_bytes[at..].to_vec()))
            .await
            .unwrap();
        ws.send(Message::text(r#"{"muted":true}"#)).await.unwrap();
        ws.send(Message::Ping("ping".into())).await.unwrap();
        // The pong comes back while the server keeps reading.
        let pong = match ws.next().await.unwrap().unwrap() {
            Message::Pong(p) => p,
            other => panic!("unexpected {other:?}"),
        };
        assert_eq!(&pong[..], b"ping");
        ws.send(Message::text("not json")).await.unwrap();
        ws.send(Message::text(r#"{"muted":false}"#)).await.unwrap();
        for chunk in second_bytes.chunks(333) {
            ws.send(Message::binary(chunk.to_vec())).await.unwrap();
        }
        ws.close(None).await.unwrap();
    });

    let mut before_mute = Vec::new();
    let mut after_unmute = Vec::new();
    let mut mutes = Vec::new();
    let mut positions = Vec::new();
    let mut cond = Conditioner::new(16_000);
    let mut mono = Vec::new();
    let end = loop {
        match source.next_event().await.unwrap() {
            AudioEvent::Frame(f) => {
                assert_eq!((f.sample_rate, f.channels), (48_000, 2));
                assert_eq!(f.samples.len() % 2, 0);
                positions.push(f.position);
                mono.extend(cond.push(&f).unwrap());
                if mutes.is_empty() {
                    before_mute.extend(f.samples);
                } else {
                    after_unmute.extend(f.samples);
                }
            }
            AudioEvent::Muted(m) => mutes.push(m),
            AudioEvent::End(r) => break r,
        }
    };
    client.await.unwrap();
    mono.extend(cond.flush());
    assert_eq!(end, EndReason::Closed);
    assert!(source.next_event().await.is_none(), "nothing after the end");
    assert_eq!(mutes, vec![true, false]);
    assert_eq!(before_mute, first);
    assert_eq!(after_unmute, second);
    // Positions count frames since the stream began.
    assert_eq!(positions[0], 0);
    assert!(positions.windows(2).all(|w| w[0] < w[1]));
    // 1441 frames at 48 kHz is ~480 at 16 kHz.
    assert!((mono.len() as i64 - 480).abs() <= 1, "{}", mono.len());
}

#[tokio::test]
async fn refuses_clients_without_the_right_token_and_spent_urls() {
    let lst = listener().await;
    let reg = lst.register(track());
    let url = reg.url.expose().to_string();
    let parsed = url::Url::parse(&url).unwrap();
    let base = format!(
        "ws://{}{}",
        parsed.host_str().unwrap().to_owned() + ":" + &parsed.port().unwrap().to_string(),
        parsed.path()
    );
    let token: String = parsed
        .query_pairs()
        .find(|(k, _)| k == "token")
        .map(|(_, v)| v.into_owned())
        .unwrap();

    // No token, a wrong token of the same length, a token for another id.
    assert_eq!(status_of(dial(&base).await.unwrap_err()), 401);
    let mut wrong = token.clone().into_bytes();
    wrong[0] = if wrong[0] == b'a' { b'b' } else { b'a' };
    let wrong = String::from_utf8(wrong).unwrap();
    assert_eq!(
        status_of(dial(&format!("{base}?token={wrong}")).await.unwrap_err()),
        401
    );
    let other_id = format!(
        "ws://{}/egress/000000000000000000000000?token={token}",
        lst.local_addr()
    );
    assert_eq!(status_of(dial(&other_id).await.unwrap_err()), 401);
    // A plain HTTP GET without the upgrade and without a token is refused too.
    let plain = reqwest_like_get(&format!("http://{}{}", lst.local_addr(), parsed.path())).await;
    assert!(plain.starts_with("HTTP/1.1 401"), "{plain}");

    // The right token works once.
    let mut ws = dial(&url).await.unwrap();
    assert_eq!(status_of(dial(&url).await.unwrap_err()), 409);
    ws.close(None).await.unwrap();
    let mut source = reg.source;
    assert_eq!(
        source.next_event().await,
        Some(AudioEvent::End(EndReason::Closed))
    );
    drop(source);
    assert_eq!(lst.registrations(), 0);
    assert_eq!(status_of(dial(&url).await.unwrap_err()), 401);
}

/// A raw HTTP/1.1 GET on loopback, returning the status line and headers.
async fn reqwest_like_get(url: &str) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    let u = url::Url::parse(url).unwrap();
    let mut s = tokio::net::TcpStream::connect((u.host_str().unwrap(), u.port().unwrap()))
        .await
        .unwrap();
    let req = format!(
        "GET {} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n",
        u.path()
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut out = Vec::new();
    s.read_to_end(&mut out).await.unwrap();
    String::from_utf8_lossy(&out).into_owned()
}

#[tokio::test]
async fn a_dropped_connection_ends_the_stream_as_lost() {
    let lst = listener().await;
    let reg = lst.register(track());
    let mut ws = dial(reg.url.expose()).await.unwrap();
    let (_, bytes) = pcm_bytes(100, 0);
    ws.send(Message::binary(bytes)).await.unwrap();
    ws.flush().await.unwrap();
    // Drop the TCP connection without a Close frame, as a crashed egress would.
    drop(ws);
    let mut source = reg.source;
    let mut frames = 0;
    let end = loop {
        match source.next_event().await.unwrap() {
            AudioEvent::Frame(f) => frames += f.frames(),
            AudioEvent::Muted(_) => panic!("no mute was sent"),
            AudioEvent::End(r) => break r,
        }
    };
    assert_eq!(frames, 100);
    assert!(matches!(end, EndReason::Lost(_)), "{end:?}");
}

#[tokio::test]
async fn shutdown_ends_open_streams_as_cancelled() {
    let lst = listener().await;
    let reg = lst.register(track());
    let mut ws = dial(reg.url.expose()).await.unwrap();
    let mut source = reg.source;
    lst.shutdown().await;
    assert_eq!(
        source.next_event().await,
        Some(AudioEvent::End(EndReason::Cancelled))
    );
    // The listener said goodbye with a Close frame.
    let mut saw_close = false;
    while let Some(Ok(m)) = ws.next().await {
        if matches!(m, Message::Close(_)) {
            saw_close = true;
        }
    }
    assert!(saw_close);
}
