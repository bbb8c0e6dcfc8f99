//! Webhook ingestion: signed `participant_joined` deliveries through `POST /webhooks/livekit`
//! (loopback HTTP: signature check, parse, ban enforcement, participant session, recorded
//! outcome), against the bare store insert of the same events (`session::record_delivery`,
//! the deduplicating insert every delivery starts with) and against core's receiver alone
//! (`webhook_receiver::receive`, no HTTP), in events per second, on SQLite and PostgreSQL,
//! measured in the same run. Sequential deliveries (one in flight).
//!
//! Run with `cargo bench -p lkctl-serve --profile dev --bench webhook_ingest`.

#[path = "../tests/serve_support/mod.rs"]
mod serve_support;

use std::time::{Duration, Instant};

use lkctl_core::ops::{session, webhook_receiver, webhooks};
use serde_json::json;
use serve_support::guest::Served;
use serve_support::{Db, default_options};

/// A `participant_joined` delivery body; `tag` keeps ids and identities apart per variant.
fn joined(tag: &str, i: usize) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "event": "participant_joined",
        "id": format!("EV_{tag}_{i:06}"),
        "createdAt": 1_700_000_000 + i as i64,
        "room": {"name": "lecture", "sid": "RM_bench"},
        "participant": {"identity": format!("{tag}-student-{i}"), "sid": format!("PA_{tag}_{i}"), "name": "Student"},
    }))
    .unwrap()
}

fn rate(n: usize, d: Duration) -> f64 {
    n as f64 / d.as_secs_f64()
}

async fn run(db: Db, n: usize) {
    let s = Served::start(db, default_options(), false).await;
    let store = &s.state.store;
    let url = s.url("/webhooks/livekit");
    let (key, secret) = (&s.state.api_key, &s.state.api_secret);

    // Warm-up of every path.
    for i in 0..20 {
        let body = joined("warm", i);
        let auth = webhook_receiver::sign(&body, key, secret).unwrap();
        let r = s
            .http
            .post(&url)
            .header("authorization", auth)
            .header("content-type", "application/webhook+json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200, "{}", r.text().await.unwrap_or_default());
    }

    // Baseline: the bare insert.
    let events: Vec<_> = (0..n)
        .map(|i| webhooks::parse_webhook(&joined("bare", i)).unwrap())
        .collect();
    let start = Instant::now();
    for ev in &events {
        let digest = webhooks::event_digest(ev);
        let fresh =
            session::record_delivery(store, &ev.id, &ev.event, Some("lecture"), Some(&digest))
                .await
                .unwrap();
        assert!(fresh);
    }
    let bare = start.elapsed();

    // Core's receiver, no HTTP.
    let events: Vec<_> = (0..n)
        .map(|i| webhooks::parse_webhook(&joined("core", i)).unwrap())
        .collect();
    let start = Instant::now();
    for ev in &events {
        webhook_receiver::receive(store, &s.state.bans, ev)
            .await
            .unwrap();
    }
    let core = start.elapsed();

    // Signed deliveries over HTTP (signing happens before the clock starts).
    let signed: Vec<_> = (0..n)
        .map(|i| {
            let body = joined("http", i);
            let auth = webhook_receiver::sign(&body, key, secret).unwrap();
            (body, auth)
        })
        .collect();
    let start = Instant::now();
    for (body, auth) in signed {
        let r = s
            .http
            .post(&url)
            .header("authorization", auth)
            .header("content-type", "application/webhook+json")
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        r.bytes().await.unwrap();
    }
    let http = start.elapsed();

    let name = match db {
        Db::Sqlite => "SQLite",
        Db::Postgres => "PostgreSQL",
    };
    println!(
        "| {name} | {:.0}/s | {:.0}/s ({:.2}x the insert's time) | {:.0}/s | {:.2}x |",
        rate(n, http),
        rate(n, core),
        core.as_secs_f64() / bare.as_secs_f64(),
        rate(n, bare),
        http.as_secs_f64() / bare.as_secs_f64(),
    );
    s.stop().await;
}

fn main() {
    let smoke = std::env::args().any(|a| a == "--test" || a == "--list");
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n = if smoke { 5 } else { 1000 };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        println!(
            "| store | `POST /webhooks/livekit` (signed) | core receiver, no HTTP | bare insert (baseline) | HTTP time / insert time |"
        );
        println!("|---|---|---|---|---|");
        for db in [Db::Sqlite, Db::Postgres] {
            run(db, n).await;
        }
    });
}
