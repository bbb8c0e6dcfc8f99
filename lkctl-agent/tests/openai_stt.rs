//! The OpenAI-compatible transcription client against a local server that
//! implements `/v1/audio/transcriptions` (multipart) and checks the request.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use lkctl_agent::stt::openai::{OpenAiStt, OpenAiSttConfig};
use lkctl_agent::stt::{Backoff, ProviderStatus, SpeechToText, StreamContext, SttEvent};
use lkctl_agent::wav;
use lkctl_core::Secret;

#[derive(Default)]
struct Server {
    /// Status to answer with for the first N requests.
    fail_first: usize,
    fail_status: u16,
    requests: usize,
    durations_ms: Vec<u64>,
}

type Shared = Arc<Mutex<Server>>;

/// Splits a multipart/form-data body into (name, filename, content).
fn parts(content_type: &str, body: &[u8]) -> Vec<(String, Option<String>, Vec<u8>)> {
    let boundary = content_type
        .split("boundary=")
        .nth(1)
        .unwrap()
        .trim_matches('"');
    let delim = format!("--{boundary}").into_bytes();
    let mut out = Vec::new();
    let mut rest = body;
    while let Some(pos) = find(rest, &delim) {
        rest = &rest[pos + delim.len()..];
        if rest.starts_with(b"--") {
            break;
        }
        let head_end = find(rest, b"\r\n\r\n").unwrap();
        let head = String::from_utf8_lossy(&rest[..head_end]).to_string();
        let content_start = head_end + 4;
        let next = find(&rest[content_start..], &delim).unwrap();
        let content = rest[content_start..content_start + next - 2].to_vec(); // strip CRLF
        let name = head
            .split("name=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap()
            .to_string();
        let filename = head
            .split("filename=\"")
            .nth(1)
            .map(|f| f.split('"').next().unwrap().to_string());
        out.push((name, filename, content));
        rest = &rest[content_start + next..];
    }
    out
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

async fn transcribe(State(s): State<Shared>, headers: HeaderMap, body: Bytes) -> Response {
    let mut s = s.lock().unwrap();
    s.requests += 1;
    assert_eq!(
        headers.get("authorization").unwrap(),
        "Bearer whisper-local-key"
    );
    if s.requests <= s.fail_first {
        let status = StatusCode::from_u16(s.fail_status).unwrap();
        return (
            status,
            r#"{"error":{"message":"try later","type":"server_error","param":null,"code":null}}"#,
        )
            .into_response();
    }
    let ct = headers
        .get("content-type")
        .unwrap()
        .to_str()
        .unwrap()
        .to_string();
    assert!(ct.starts_with("multipart/form-data"), "{ct}");
    let parts = parts(&ct, &body);
    let field = |n: &str| {
        parts
            .iter()
            .find(|p| p.0 == n)
            .map(|p| String::from_utf8(p.2.clone()).unwrap())
    };
    assert_eq!(field("model").as_deref(), Some("whisper-tiny"));
    assert_eq!(field("language").as_deref(), Some("en"));
    assert_eq!(field("response_format").as_deref(), Some("json"));
    let file = parts.iter().find(|p| p.0 == "file").expect("a file part");
    assert_eq!(file.1.as_deref(), Some("utterance.wav"));
    let w = wav::decode_s16(&file.2).expect("a WAV file");
    assert_eq!((w.sample_rate, w.channels), (16_000, 1));
    let ms = w.samples.len() as u64 * 1000 / 16_000;
    s.durations_ms.push(ms);
    let n = s.durations_ms.len();
    // Shaped like faster-whisper stubs: text plus usage.
    axum::Json(serde_json::json!({"text": format!(" utterance {n} "), "usage": {"type": "duration", "seconds": ms as f64 / 1000.0}}))
        .into_response()
}

async fn server(state: Server) -> (String, Shared) {
    let shared: Shared = Arc::new(Mutex::new(state));
    let app = axum::Router::new()
        .route("/v1/audio/transcriptions", post(transcribe))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v1"), shared)
}

fn tone(secs: f32) -> Vec<f32> {
    (0..(16_000.0 * secs) as usize)
        .map(|i| 0.3 * (2.0 * std::f32::consts::PI * 220.0 * i as f32 / 16_000.0).sin())
        .collect()
}

fn silence(secs: f32) -> Vec<f32> {
    vec![0.0; (16_000.0 * secs) as usize]
}

fn config(url: String) -> OpenAiSttConfig {
    let mut cfg = OpenAiSttConfig::new(url, Secret::new("whisper-local-key"), "whisper-tiny");
    cfg.backoff = Backoff {
        initial: Duration::from_millis(10),
        max: Duration::from_millis(20),
    };
    cfg
}

fn ctx() -> StreamContext {
    StreamContext {
        speaker: Some("prof-ada".into()),
        language: Some("en".into()),
    }
}

#[tokio::test]
async fn vad_cut_utterances_are_uploaded_as_wav_and_a_failure_is_retried() {
    // async-openai retries 429 and 5xx itself (a few times); a refused key is
    // left to the stream, whose retry and status reporting show here.
    let (url, state) = server(Server {
        fail_first: 1,
        fail_status: 401,
        ..Default::default()
    })
    .await;
    let stt = OpenAiStt::new(config(url)).unwrap();
    assert_eq!((stt.name(), stt.sample_rate()), ("openai", 16_000));
    let mut stream = stt.start(ctx());
    for part in [
        silence(1.0),
        tone(1.2),
        silence(1.0),
        tone(0.8),
        silence(0.5),
    ] {
        for c in part.chunks(160) {
            stream.push_audio(c.to_vec()).await.unwrap();
        }
    }
    // Muted time is silence on the clock; speech after it is its own utterance.
    stream.set_muted(true).await.unwrap();
    stream.push_audio(tone(1.0)).await.unwrap();
    stream.set_muted(false).await.unwrap();
    stream.push_audio(tone(0.6)).await.unwrap();
    stream.close().await.unwrap();
    let mut finals = Vec::new();
    let mut statuses = Vec::new();
    while let Some(ev) = stream.next_event().await {
        match ev {
            SttEvent::Final(s) => finals.push(s),
            SttEvent::Status(st) => statuses.push(st),
            other => panic!("{other:?}"),
        }
    }
    assert!(
        matches!(&statuses[0], ProviderStatus::Failing { error, attempt: 1, .. } if error.contains("try later") || error.contains("401")),
        "{statuses:?}"
    );
    assert_eq!(statuses[1], ProviderStatus::Connected);
    assert_eq!(finals.len(), 3, "{finals:?}");
    assert_eq!(
        finals.iter().map(|f| f.text.as_str()).collect::<Vec<_>>(),
        vec!["utterance 1", "utterance 2", "utterance 3"]
    );
    assert!(
        finals.iter().all(
            |f| f.speaker.as_deref() == Some("prof-ada") && f.language.as_deref() == Some("en")
        )
    );
    // Times on the stream clock, with the VAD's 200 ms pre-roll.
    assert!(
        (750..=1000).contains(&finals[0].start_ms),
        "{}",
        finals[0].start_ms
    );
    assert!(
        (3000..=3200).contains(&finals[1].start_ms),
        "{}",
        finals[1].start_ms
    );
    assert!(
        (5200..=5400).contains(&finals[2].start_ms),
        "{}",
        finals[2].start_ms
    );
    assert_eq!(
        finals[2].end_ms, 6100,
        "the last utterance is flushed at close"
    );
    let st = state.lock().unwrap();
    assert_eq!(st.requests, 4);
    assert!(
        st.durations_ms[0] >= 1200 && st.durations_ms[0] <= 1700,
        "{:?}",
        st.durations_ms
    );
}

#[tokio::test]
async fn a_refused_key_ends_in_gaps_after_the_attempts() {
    let (url, state) = server(Server {
        fail_first: usize::MAX,
        fail_status: 401,
        ..Default::default()
    })
    .await;
    let mut cfg = config(url);
    cfg.attempts = 2;
    let mut stream = OpenAiStt::new(cfg).unwrap().start(ctx());
    let mut audio = silence(0.5);
    audio.extend(tone(1.0));
    audio.extend(silence(1.0));
    stream.push_audio(audio).await.unwrap();
    stream.close().await.unwrap();
    let mut gaps = Vec::new();
    let mut failing = 0;
    while let Some(ev) = stream.next_event().await {
        match ev {
            SttEvent::Gap(g) => gaps.push(g),
            SttEvent::Status(ProviderStatus::Failing { .. }) => failing += 1,
            other => panic!("{other:?}"),
        }
    }
    assert_eq!(failing, 2);
    assert_eq!(gaps.len(), 1);
    assert!(gaps[0].reason.contains("2 times"), "{}", gaps[0].reason);
    assert!(!gaps[0].reason.contains("whisper-local-key"));
    assert!((250..=500).contains(&gaps[0].start_ms), "{gaps:?}");
    assert_eq!(state.lock().unwrap().requests, 2);
}
