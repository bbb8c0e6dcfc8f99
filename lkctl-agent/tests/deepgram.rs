//! The Deepgram client against a local WebSocket server that checks the
//! client's side of the protocol and answers in Deepgram's message shapes.

// tungstenite's handshake callback returns its own (large) ErrorResponse type.
#![allow(clippy::result_large_err)]

use std::collections::HashMap;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use lkctl_agent::stt::deepgram::{Deepgram, DeepgramConfig};
use lkctl_agent::stt::{Backoff, ProviderStatus, SpeechToText, StreamContext, SttEvent};
use lkctl_core::Secret;
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_tungstenite::WebSocketStream;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::handshake::server::{ErrorResponse, Request, Response};

const KEY: &str = "dg-test-key-0123456789";

struct Seen {
    auth: Option<String>,
    query: HashMap<String, String>,
}

/// Accepts one connection; `refuse` answers 401 like Deepgram does for a bad key.
async fn accept(
    listener: &TcpListener,
    refuse: bool,
) -> Option<(WebSocketStream<TcpStream>, Seen)> {
    let (tcp, _) = listener.accept().await.unwrap();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let ws = tokio_tungstenite::accept_hdr_async(tcp, move |req: &Request, resp: Response| {
        let auth = req
            .headers()
            .get("authorization")
            .map(|v| v.to_str().unwrap().to_string());
        let query = url::Url::parse(&format!("ws://x{}", req.uri()))
            .unwrap()
            .query_pairs()
            .into_owned()
            .collect();
        tx.send(Seen { auth, query }).unwrap();
        if refuse {
            let mut e = ErrorResponse::new(Some(
                r#"{"err_code":"INVALID_AUTH","err_msg":"Invalid credentials."}"#.into(),
            ));
            *e.status_mut() = http::StatusCode::UNAUTHORIZED;
            return Err(e);
        }
        Ok(resp)
    })
    .await;
    let seen = rx.recv().await.unwrap();
    ws.ok().map(|ws| (ws, seen))
}

fn config(url: String) -> DeepgramConfig {
    let mut cfg = DeepgramConfig::new(Secret::new(KEY));
    cfg.url = url::Url::parse(&url).unwrap();
    cfg.keepalive = Duration::from_millis(100);
    cfg.backoff = Backoff {
        initial: Duration::from_millis(10),
        max: Duration::from_millis(50),
    };
    cfg.close_timeout = Duration::from_secs(5);
    cfg
}

fn ctx() -> StreamContext {
    StreamContext {
        speaker: Some("prof-ada".into()),
        language: Some("en".into()),
    }
}

/// Reads client messages until one matches, returning binary bytes seen before it.
async fn until_text(ws: &mut WebSocketStream<TcpStream>, want: &str) -> (usize, Vec<String>) {
    let mut bytes = 0;
    let mut texts = Vec::new();
    loop {
        match ws.next().await.unwrap().unwrap() {
            Message::Binary(b) => bytes += b.len(),
            Message::Text(t) => {
                let ty = serde_json::from_str::<serde_json::Value>(t.as_str()).unwrap()["type"]
                    .as_str()
                    .unwrap()
                    .to_string();
                texts.push(ty.clone());
                if ty == want {
                    return (bytes, texts);
                }
            }
            other => panic!("unexpected {other:?}"),
        }
    }
}

async fn until_bytes(ws: &mut WebSocketStream<TcpStream>, want: usize) {
    let mut bytes = 0;
    while bytes < want {
        match ws.next().await.unwrap().unwrap() {
            Message::Binary(b) => bytes += b.len(),
            Message::Text(_) => {}
            other => panic!("unexpected {other:?}"),
        }
    }
    assert_eq!(bytes, want, "audio goes up in whole chunks");
}

fn results(start: f64, duration: f64, text: &str, is_final: bool, speech_final: bool) -> Message {
    let words: Vec<_> = if text.is_empty() {
        vec![]
    } else {
        vec![
            serde_json::json!({"word":"w","start":start + 0.1,"end":start + duration - 0.1,"confidence":0.9,"punctuated_word":"W"}),
        ]
    };
    Message::text(
        serde_json::json!({
            "type":"Results","channel_index":[0,1],"start":start,"duration":duration,
            "is_final":is_final,"speech_final":speech_final,"from_finalize":false,
            "channel":{"alternatives":[{"transcript":text,"confidence":0.9,"words":words}]},
            "metadata":{"request_id":"r","model_info":{},"model_uuid":"m"}
        })
        .to_string(),
    )
}

fn secs(n: f32) -> Vec<f32> {
    (0..(16_000.0 * n) as usize)
        .map(|i| 0.2 * (i as f32 * 0.05).sin())
        .collect()
}

#[tokio::test]
async fn speaks_the_protocol_and_assembles_utterances() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/listen", listener.local_addr().unwrap());
    let (kept_alive, got_keepalive) = tokio::sync::oneshot::channel();
    let server = tokio::spawn(async move {
        let (mut ws, seen) = accept(&listener, false).await.unwrap();
        assert_eq!(seen.auth.as_deref(), Some(&*format!("Token {KEY}")));
        let q = &seen.query;
        for (k, v) in [
            ("model", "nova-3"),
            ("encoding", "linear16"),
            ("sample_rate", "16000"),
            ("channels", "1"),
            ("interim_results", "true"),
            ("punctuate", "true"),
            ("smart_format", "true"),
            ("endpointing", "300"),
            ("utterance_end_ms", "1000"),
            ("vad_events", "true"),
            ("language", "en"),
        ] {
            assert_eq!(q.get(k).map(String::as_str), Some(v), "{k}");
        }
        // One second of audio, 50 ms (1600-byte) chunks.
        until_bytes(&mut ws, 32_000).await;
        ws.send(Message::text(
            r#"{"type":"SpeechStarted","channel":[0,1],"timestamp":0.1}"#,
        ))
        .await
        .unwrap();
        ws.send(results(0.0, 0.5, "hello", false, false))
            .await
            .unwrap();
        ws.send(results(0.0, 0.6, "hello every", true, false))
            .await
            .unwrap();
        ws.send(results(0.6, 0.3, "one", false, false))
            .await
            .unwrap();
        ws.send(results(0.6, 0.4, "one here", true, true))
            .await
            .unwrap();
        // Mute: the client flushes with Finalize, then keeps the stream alive.
        // A KeepAlive may come first when the machine is slow (the audio stopped more than
        // `keepalive` ago); that is legal. Anything else before the Finalize is not.
        let (_, texts) = until_text(&mut ws, "Finalize").await;
        assert_eq!(texts.last().map(String::as_str), Some("Finalize"));
        assert!(
            texts[..texts.len() - 1].iter().all(|t| t == "KeepAlive"),
            "{texts:?}"
        );
        let (bytes, _) = until_text(&mut ws, "KeepAlive").await;
        assert_eq!(bytes, 0, "no audio goes up while muted");
        kept_alive.send(()).unwrap();
        // Unmuted audio after 0.5 s of muted time; then UtteranceEnd ends the utterance.
        until_bytes(&mut ws, 16_000).await;
        ws.send(results(1.0, 0.5, "back again", true, false))
            .await
            .unwrap();
        ws.send(Message::text(
            r#"{"type":"UtteranceEnd","channel":[0,1],"last_word_end":1.4}"#,
        ))
        .await
        .unwrap();
        let (_, texts) = until_text(&mut ws, "CloseStream").await;
        assert!(
            texts.iter().all(|t| t == "KeepAlive" || t == "CloseStream"),
            "{texts:?}"
        );
        ws.send(Message::text(
            r#"{"type":"Metadata","request_id":"r","duration":1.5}"#,
        ))
        .await
        .unwrap();
        ws.close(None).await.unwrap();
    });

    let dg = Deepgram::new(config(url));
    assert_eq!((dg.name(), dg.sample_rate()), ("deepgram", 16_000));
    let mut stream = dg.start(ctx());
    stream.push_audio(secs(1.0)).await.unwrap();
    let mut events = Vec::new();
    while events
        .iter()
        .filter(|e| matches!(e, SttEvent::Final(_)))
        .count()
        < 1
    {
        events.push(stream.next_event().await.unwrap());
    }
    assert_eq!(events[0], SttEvent::Status(ProviderStatus::Connected));
    let texts: Vec<_> = events[1..]
        .iter()
        .map(|e| match e {
            SttEvent::Interim(s) => format!("~{}", s.text),
            SttEvent::Final(s) => format!("={}", s.text),
            other => panic!("{other:?}"),
        })
        .collect();
    assert_eq!(
        texts,
        vec![
            "~hello",
            "~hello every",
            "~hello every one",
            "=hello every one here"
        ]
    );
    let SttEvent::Final(f) = events.last().unwrap() else {
        unreachable!()
    };
    assert_eq!((f.start_ms, f.end_ms), (100, 900));
    assert_eq!(f.speaker.as_deref(), Some("prof-ada"));
    assert!((f.confidence.unwrap() - 0.9).abs() < 1e-6);
    for e in &events[1..] {
        let (SttEvent::Interim(s) | SttEvent::Final(s)) = e else {
            unreachable!()
        };
        assert_eq!(
            s.start_ms, 100,
            "an utterance keeps its start from interim to final"
        );
    }

    stream.set_muted(true).await.unwrap();
    stream.push_audio(secs(0.5)).await.unwrap();
    // While muted and quiet the client sends KeepAlive (the server checks it).
    got_keepalive.await.unwrap();
    stream.set_muted(false).await.unwrap();
    stream.push_audio(secs(0.5)).await.unwrap();
    let f = loop {
        match stream.next_event().await.unwrap() {
            SttEvent::Final(s) => break s,
            SttEvent::Interim(_) => {}
            other => panic!("{other:?}"),
        }
    };
    assert_eq!(f.text, "back again");
    // Deepgram's 1.1 s on its clock is 1.6 s on the stream's: 0.5 s was muted.
    assert_eq!((f.start_ms, f.end_ms), (1600, 1900));
    stream.close().await.unwrap();
    assert_eq!(
        stream.next_event().await,
        None,
        "the stream ends after CloseStream"
    );
    server.await.unwrap();
}

#[tokio::test]
async fn refused_key_error_and_dropped_connection_are_retried_without_losing_audio() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("ws://{}/v1/listen", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        // 1: the key is refused.
        assert!(accept(&listener, true).await.is_none());
        // 2: an error message after some audio.
        let (mut ws, _) = accept(&listener, false).await.unwrap();
        until_bytes(&mut ws, 1600).await;
        ws.send(Message::text(r#"{"type":"Error","description":"Failed to process audio","message":"corrupt data","variant":"DATA-0000"}"#)).await.unwrap();
        ws.close(None).await.ok();
        drop(ws);
        // 3: finalises the first half second, then the connection drops.
        let (mut ws, _) = accept(&listener, false).await.unwrap();
        until_bytes(&mut ws, 32_000).await;
        ws.send(results(0.0, 0.5, "first half", true, true))
            .await
            .unwrap();
        ws.flush().await.unwrap();
        drop(ws);
        // 4: gets the unfinalised second half again, finalises it, closes.
        let (mut ws, _) = accept(&listener, false).await.unwrap();
        until_bytes(&mut ws, 16_000).await;
        ws.send(results(0.0, 0.5, "second half", true, true))
            .await
            .unwrap();
        until_text(&mut ws, "CloseStream").await;
        ws.close(None).await.unwrap();
    });

    let mut stream = Deepgram::new(config(url)).start(ctx());
    stream.push_audio(secs(1.0)).await.unwrap();
    let mut finals = Vec::new();
    let mut failures = Vec::new();
    let mut connects = 0;
    while finals.len() < 2 {
        match stream.next_event().await.unwrap() {
            SttEvent::Final(s) => finals.push(s),
            SttEvent::Status(ProviderStatus::Connected) => connects += 1,
            SttEvent::Status(ProviderStatus::Failing { error, .. }) => failures.push(error),
            SttEvent::Interim(_) => {}
            SttEvent::Gap(g) => panic!("nothing should be lost: {g:?}"),
        }
    }
    stream.close().await.unwrap();
    while let Some(ev) = stream.next_event().await {
        assert!(!matches!(ev, SttEvent::Gap(_)), "{ev:?}");
    }
    server.await.unwrap();
    assert_eq!(connects, 3);
    assert_eq!(failures.len(), 3, "{failures:?}");
    assert!(
        failures[0].contains("refused") && failures[0].contains("401"),
        "{}",
        failures[0]
    );
    assert!(!failures[0].contains(KEY), "the key never shows");
    assert!(failures[1].contains("DATA-0000"), "{}", failures[1]);
    assert!(
        failures[2].contains("lost") || failures[2].contains("closed"),
        "{}",
        failures[2]
    );
    assert_eq!(finals[0].text, "first half");
    assert_eq!((finals[0].start_ms, finals[0].end_ms), (100, 400));
    assert_eq!(finals[1].text, "second half");
    assert_eq!((finals[1].start_ms, finals[1].end_ms), (600, 900));
}

#[tokio::test]
async fn audio_beyond_the_buffer_while_unreachable_is_reported_as_a_gap() {
    // Nothing listens on this port: every connect fails.
    let port = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap().port()
    };
    let mut cfg = config(format!("ws://127.0.0.1:{port}/v1/listen"));
    cfg.max_buffer = Duration::from_millis(500);
    let mut stream = Deepgram::new(cfg).start(ctx());
    stream.push_audio(secs(1.0)).await.unwrap();
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
    assert!(failing >= 1);
    // The oldest half second fell out of the buffer; the rest was never sent.
    let covered: i64 = gaps.iter().map(|g| g.end_ms - g.start_ms).sum();
    assert_eq!(covered, 1000, "{gaps:?}");
    assert_eq!(gaps[0].start_ms, 0);
    assert!(gaps[0].reason.contains("buffer"));
}
