//! API overhead per request: `GET /api/v1/rooms` and `POST /api/v1/rooms/{room}/access-tokens`
//! over loopback HTTP with `Authorization: Bearer` (an API token looked up in the store),
//! against the core operation they call (`rooms::list` against the same emulator,
//! `token::create`), measured in the same run on SQLite and PostgreSQL; the ratio is the
//! point, not the absolute times.
//!
//! Run with `cargo bench -p lkctl-serve --profile dev --bench api_overhead` (PostgreSQL at
//! `LKCTL_TEST_PG_URL`, default 127.0.0.1:5432). Not a criterion bench: each variant is timed
//! over a few hundred sequential calls, three rounds, and the median round is reported.

#[path = "../tests/serve_support/mod.rs"]
mod serve_support;

use std::time::{Duration, Instant};

use lkctl_core::ops::rooms::{self, CreateRoom};
use lkctl_core::ops::users::Role;
use lkctl_core::token::{self, TokenRequest};
use serde_json::json;
use serve_support::guest::Served;
use serve_support::{Db, default_options};

const ROUNDS: usize = 3;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Mean time of one call over `n` calls of `f`, median of [`ROUNDS`] rounds.
async fn per_call<F, Fut>(n: usize, mut f: F) -> Duration
where
    F: FnMut(usize) -> Fut,
    Fut: std::future::Future<Output = ()>,
{
    let mut rounds = Vec::new();
    for _ in 0..ROUNDS {
        let start = Instant::now();
        for i in 0..n {
            f(i).await;
        }
        rounds.push(start.elapsed() / n as u32);
    }
    median(rounds)
}

fn us(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

async fn run(db: Db, n: usize) {
    let s = Served::start(db, default_options(), false).await;
    let root = s.host("root", Role::Admin).await;
    let lk = s.state.livekit();
    for i in 0..5 {
        let opts = CreateRoom {
            name: format!("room-{i}"),
            ..Default::default()
        };
        rooms::create(lk, opts).await.expect("room");
    }
    let http = &s.http;
    let rooms_url = s.url("/api/v1/rooms");
    let token_url = s.url("/api/v1/rooms/room-0/access-tokens");
    // Warm up both paths (connections, statement caches).
    for _ in 0..20 {
        rooms::list(lk, &[]).await.unwrap();
        let r = http
            .get(&rooms_url)
            .bearer_auth(&root)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
    }

    let core_list = per_call(n, |_| async move {
        rooms::list(lk, &[]).await.unwrap();
    })
    .await;
    let api_list = per_call(n, |_| {
        let req = http.get(&rooms_url).bearer_auth(&root);
        async move {
            let r = req.send().await.unwrap();
            assert_eq!(r.status(), 200);
            r.bytes().await.unwrap();
        }
    })
    .await;
    let (key, secret) = (s.state.api_key.clone(), s.state.api_secret.clone());
    let core_token = per_call(n, |i| {
        let req = TokenRequest {
            identity: Some(format!("guest-{i}")),
            room: Some("room-0".into()),
            room_join: true,
            ..Default::default()
        };
        let issued = token::create(&key, &secret, &req).unwrap();
        async move {
            std::hint::black_box(issued);
        }
    })
    .await;
    let api_token = per_call(n, |i| {
        let req = http
            .post(&token_url)
            .bearer_auth(&root)
            .json(&json!({"identity": format!("guest-{i}")}));
        async move {
            let r = req.send().await.unwrap();
            assert_eq!(r.status(), 201);
            r.bytes().await.unwrap();
        }
    })
    .await;
    let name = match db {
        Db::Sqlite => "SQLite",
        Db::Postgres => "PostgreSQL",
    };
    let ratio = |a: Duration, b: Duration| a.as_secs_f64() / b.as_secs_f64();
    println!(
        "| {name} | `GET /api/v1/rooms` (5 rooms) | {} | `rooms::list` {} | {:.2}x (+{}) |",
        us(api_list),
        us(core_list),
        ratio(api_list, core_list),
        us(api_list.saturating_sub(core_list))
    );
    println!(
        "| {name} | `POST /api/v1/rooms/{{room}}/access-tokens` | {} | `token::create` {} | {:.1}x (+{}) |",
        us(api_token),
        us(core_token),
        ratio(api_token, core_token),
        us(api_token.saturating_sub(core_token))
    );
    s.stop().await;
}

fn main() {
    // `cargo test --benches` runs benches with `--test`: a smoke pass only then.
    let smoke = std::env::args().any(|a| a == "--test" || a == "--list");
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n = if smoke { 5 } else { 300 };
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        println!("| store | API call (bearer, loopback HTTP) | per request | core call alone | ratio (overhead) |");
        println!("|---|---|---|---|---|");
        for db in [Db::Sqlite, Db::Postgres] {
            run(db, n).await;
        }
    });
}
