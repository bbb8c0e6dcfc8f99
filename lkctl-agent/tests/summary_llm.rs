//! The LLM summariser against a local chat-completions server that checks each
//! request (strict schema present, input within the budget) and answers,
//! including one invalid answer.

use std::sync::{Arc, Mutex};

use axum::Json;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use lkctl_agent::summary::llm::{LlmConfig, LlmSummariser};
use lkctl_core::Secret;
use lkctl_core::lecture::TranscriptSegment;
use serde_json::{Value, json};

#[derive(Default)]
struct Server {
    requests: Vec<Value>,
    /// Answer the call with this index (0-based) with something invalid.
    invalid_at: Option<usize>,
    /// Answer every call with something invalid.
    always_invalid: bool,
    max_user_chars: usize,
}

type Shared = Arc<Mutex<Server>>;

fn summary(title: &str, decision: &str, at_ms: i64) -> Value {
    json!({
        "schema_version": "1", "title": title, "summary": format!("Summary of {title}."),
        "participants": [{"identity": "ada", "name": "Ada"}],
        "topics": [{"title": title, "summary": "Discussed.", "start_ms": at_ms, "end_ms": at_ms + 1000}],
        "decisions": [{"decision": decision, "decided_by": ["ada"], "at_ms": at_ms}],
        "action_items": [], "questions": [], "open_issues": [], "next_steps": []
    })
}

async fn chat(State(s): State<Shared>, headers: HeaderMap, Json(body): Json<Value>) -> Json<Value> {
    let mut s = s.lock().unwrap();
    assert_eq!(
        headers.get("authorization").unwrap(),
        "Bearer sk-local-test-key"
    );
    assert_eq!(body["model"], "test-model");
    let rf = &body["response_format"];
    assert_eq!(
        rf["type"], "json_schema",
        "a JSON-schema response format is asked for"
    );
    assert_eq!(rf["json_schema"]["strict"], true);
    assert_eq!(rf["json_schema"]["name"], "lecture_summary");
    let schema = &rf["json_schema"]["schema"];
    assert_eq!(schema["additionalProperties"], false);
    assert_eq!(schema["required"].as_array().unwrap().len(), 10);
    let messages = body["messages"].as_array().unwrap();
    assert_eq!(messages[0]["role"], "system");
    let user = messages[1]["content"].as_str().unwrap();
    assert!(
        user.chars().count() <= s.max_user_chars,
        "a request carries {} chars, over the {} budget",
        user.chars().count(),
        s.max_user_chars
    );
    let index = s.requests.len();
    s.requests.push(body.clone());
    let system = messages[0]["content"].as_str().unwrap();
    let content = if s.always_invalid || s.invalid_at == Some(index) {
        // Missing keys and a wrong version: not a valid summary.
        json!({"schema_version": "2", "title": "oops"}).to_string()
    } else if system.contains("partial summaries") {
        // Reduce: merge what the map step produced.
        let n = user.lines().count();
        summary(&format!("Merged {n}"), "Use the FFT", 0).to_string()
    } else if let Some(part) = system.split("This is part ").nth(1) {
        let i = part.split(' ').next().unwrap();
        summary(&format!("Part {i}"), &format!("Decision {i}"), 1000).to_string()
    } else {
        summary("Whole lecture", "Use the FFT", 0).to_string()
    };
    Json(json!({
        "id": format!("chatcmpl-{index}"), "object": "chat.completion", "created": 1_700_000_000,
        "model": "test-model",
        "choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 10, "completion_tokens": 10, "total_tokens": 20}
    }))
}

async fn server(state: Server) -> (String, Shared) {
    let shared: Shared = Arc::new(Mutex::new(state));
    let app = axum::Router::new()
        .route("/v1/chat/completions", post(chat))
        .with_state(shared.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v1"), shared)
}

fn transcript(n: usize) -> Vec<TranscriptSegment> {
    (0..n)
        .map(|i| TranscriptSegment {
            id: format!("SG_{i}"),
            room: "physics".into(),
            room_sid: None,
            speaker: Some(if i % 3 == 2 {
                "bob".into()
            } else {
                "ada".into()
            }),
            speaker_name: None,
            track_id: None,
            text: format!(
                "This is sentence {i} about the Fourier transform and its uses in filtering."
            ),
            language: Some("en".into()),
            start_ms: i as i64 * 5000,
            end_ms: i as i64 * 5000 + 4000,
        })
        .collect()
}

fn config(url: String, context_tokens: usize) -> LlmConfig {
    let mut cfg = LlmConfig::new(url, Secret::new("sk-local-test-key"), "test-model");
    cfg.context_tokens = context_tokens;
    cfg
}

#[tokio::test]
async fn a_short_transcript_is_one_call_and_an_invalid_answer_is_retried_once() {
    let (url, state) = server(Server {
        invalid_at: Some(0),
        max_user_chars: 1_000_000,
        ..Default::default()
    })
    .await;
    let llm = LlmSummariser::new(config(url, 16_000)).unwrap();
    let (s, report) = llm.summarise(&transcript(5)).await.unwrap();
    s.validate().unwrap();
    assert_eq!(s.title, "Whole lecture");
    assert_eq!((report.chunks, report.calls), (1, 2));
    // Speakers the model left out are added from the transcript.
    let ids: Vec<_> = s.participants.iter().map(|p| p.identity.as_str()).collect();
    assert_eq!(ids, vec!["ada", "bob"]);
    let st = state.lock().unwrap();
    // The retry carries the invalid answer and the reason back to the model.
    let retry = st.requests[1]["messages"].as_array().unwrap();
    assert_eq!(retry.len(), 4);
    assert_eq!(retry[2]["role"], "assistant");
    assert!(retry[3]["content"].as_str().unwrap().contains("not valid"));
}

#[tokio::test]
async fn a_long_transcript_is_mapped_in_chunks_within_budget_and_reduced() {
    // 600 tokens * 0.6 * 3.5 chars = 1260 characters per request.
    let cfg = config(String::new(), 600);
    let budget = cfg.budget_chars();
    let (url, state) = server(Server {
        max_user_chars: budget,
        ..Default::default()
    })
    .await;
    let llm = LlmSummariser::new(LlmConfig {
        base_url: url,
        ..cfg
    })
    .unwrap();
    let (s, report) = llm.summarise(&transcript(80)).await.unwrap();
    s.validate().unwrap();
    assert!(report.chunks >= 5, "{report:?}");
    assert!(s.title.starts_with("Merged"), "{}", s.title);
    let st = state.lock().unwrap();
    let maps = st
        .requests
        .iter()
        .filter(|r| {
            r["messages"][0]["content"]
                .as_str()
                .unwrap()
                .contains("This is part")
        })
        .count();
    assert_eq!(maps, report.chunks);
    // The partials do not fit one request, so they are merged in groups, then again.
    assert!(
        st.requests.len() >= maps + 2,
        "reduce runs in rounds: {report:?}"
    );
    assert_eq!(report.calls, st.requests.len());
    // Every transcript line went into some map call, on segment boundaries.
    let mapped: String = st
        .requests
        .iter()
        .take(maps)
        .map(|r| r["messages"][1]["content"].as_str().unwrap().to_string())
        .collect::<Vec<_>>()
        .join("\n");
    for i in 0..80 {
        assert!(
            mapped.contains(&format!("sentence {i} about")),
            "segment {i} missing"
        );
    }
}

#[tokio::test]
async fn two_invalid_answers_fail_and_an_empty_transcript_is_refused() {
    let (url, state) = server(Server {
        always_invalid: true,
        max_user_chars: 1_000_000,
        ..Default::default()
    })
    .await;
    let llm = LlmSummariser::new(config(url, 16_000)).unwrap();
    let err = llm.summarise(&transcript(3)).await.unwrap_err();
    assert!(matches!(err, lkctl_agent::Error::BadAnswer { .. }), "{err}");
    assert!(err.to_string().contains("not a valid summary"), "{err}");
    assert_eq!(state.lock().unwrap().requests.len(), 2, "exactly one retry");
    assert!(matches!(
        llm.summarise(&[]).await,
        Err(lkctl_agent::Error::Invalid(_))
    ));
    assert_eq!(
        state.lock().unwrap().requests.len(),
        2,
        "nothing is sent for an empty transcript"
    );
}
