//! 2,000 guests waiting in one room's lobby on SSE, on one `lkctl serve` (SQLite): memory per
//! waiter, and the time from a host's approve-all to each guest's `approved` event.
//!
//! The server runs in a child process (this binary again, so its RSS is the server's
//! alone); the guests are raw loopback HTTP/1.1 clients in this process. Figures, each
//! against a baseline measured in the same run:
//! - memory: the server's RSS with every guest connected (each got `pending`) against the
//!   idle server's (warmed up), and the difference per waiter;
//! - latency: from sending `POST …/lobby/approve-all` to each guest's `approved`, p50, p99
//!   and the last, against the approve-all call alone (its response returns once every
//!   approval is committed) and against one waiter approved on its own.
//!
//! Run with `cargo bench -p lkctl-serve --profile dev --bench sse_waiters` (needs about
//! 4,100 file descriptors: `ulimit -n 8192` if the limit is lower). `LKCTL_BENCH_WAITERS`
//! changes the number of guests.

#[path = "../tests/serve_support/mod.rs"]
mod serve_support;

use std::io::{BufRead, BufReader, Write};
use std::net::SocketAddr;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use lkctl_core::ops::lobby::{JoinOutcome, JoinRequest};
use lkctl_core::ops::users::Role;
use serve_support::guest::room_policy;
use serve_support::{Db, add_user_with_token, default_options, emulator, state_for, test_db};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::mpsc;

const CHILD_ENV: &str = "LKCTL_BENCH_SERVE_CHILD";

/// The server process: serve until stdin closes.
fn child(spec: &str) {
    let (lk_url, db_url) = spec.split_once(' ').expect("LK_URL DB_URL");
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(async {
        // Approving thousands in one call may take longer than a request normally may.
        let mut options = default_options();
        options.request_timeout = Duration::from_secs(600);
        let state = state_for(lk_url, db_url, options).await;
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .unwrap();
        let addr = listener.local_addr().unwrap();
        let running = lkctl_serve::serve_on(listener, state).unwrap();
        println!("LISTEN {addr}");
        std::io::stdout().flush().unwrap();
        tokio::task::spawn_blocking(|| {
            let mut line = String::new();
            while std::io::stdin().read_line(&mut line).unwrap_or(0) > 0 {
                line.clear();
            }
        })
        .await
        .unwrap();
        running.shutdown();
        let _ = running.wait().await;
    });
}

fn rss_kib(pid: u32) -> u64 {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).unwrap();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.split_whitespace().next())
        .and_then(|v| v.parse().ok())
        .expect("VmRSS")
}

fn open_files_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|l| l.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// One waiting guest: connect, wait for `pending` (then say so), wait for `approved` (then
/// send the instant it arrived).
async fn waiter(
    addr: SocketAddr,
    path: String,
    claim: String,
    ready: mpsc::UnboundedSender<()>,
    done: mpsc::UnboundedSender<Instant>,
) {
    let mut s = TcpStream::connect(addr).await.expect("connect");
    let req = format!(
        "GET {path} HTTP/1.1\r\nHost: {addr}\r\nAccept: text/event-stream\r\nX-Lobby-Claim: {claim}\r\n\r\n"
    );
    s.write_all(req.as_bytes()).await.unwrap();
    let mut buf = Vec::with_capacity(1024);
    let mut chunk = [0u8; 2048];
    let mut pending = false;
    loop {
        let k = s.read(&mut chunk).await.expect("read");
        assert!(k > 0, "stream ended: {}", String::from_utf8_lossy(&buf));
        buf.extend_from_slice(&chunk[..k]);
        assert!(
            buf.len() < 12 || buf.starts_with(b"HTTP/1.1 200"),
            "{}",
            String::from_utf8_lossy(&buf)
        );
        let text = String::from_utf8_lossy(&buf);
        if !pending && text.contains("pending") {
            pending = true;
            let _ = ready.send(());
        }
        if text.contains("approved") {
            let _ = done.send(Instant::now());
            return;
        }
    }
}

/// A lobby-on room hosted by `hal`; its invite code.
async fn lobby_room(state: &lkctl_serve::AppState, room: &str) -> String {
    let update = lkctl_core::ops::policy::PolicyUpdate {
        lobby: Some(true),
        ..Default::default()
    };
    room_policy(state, room, &["hal"], update).await
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

fn ms(d: Duration) -> String {
    format!("{:.0} ms", d.as_secs_f64() * 1e3)
}

async fn parent(n: usize) {
    let emu = emulator().await;
    let db = test_db(Db::Sqlite).await;
    let state = state_for(&emu.url, &db.url, default_options()).await;
    let hal = add_user_with_token(&state.store, "hal", Role::Host).await;
    let code = lobby_room(&state, "lecture").await;
    let single_code = lobby_room(&state, "single").await;

    let mut server: Child = Command::new(std::env::current_exe().unwrap())
        .env(CHILD_ENV, format!("{} {}", emu.url, db.url))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("server process");
    let pid = server.id();
    let mut first = String::new();
    BufReader::new(server.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    let addr: SocketAddr = first
        .trim()
        .strip_prefix("LISTEN ")
        .expect("LISTEN line")
        .parse()
        .unwrap();
    let base = format!("http://{addr}");
    let http = reqwest::Client::new();

    let mut guest_no = 0u32;
    let mut join = |room: &'static str| {
        guest_no += 1;
        let n = guest_no;
        let lobby = state.lobby.clone();
        async move {
            let req = JoinRequest {
                room: room.into(),
                display_name: format!("Student {n}"),
                fingerprint: format!("bench-fingerprint-{n:08}"),
                session_id: None,
                ip: Some(format!("10.{}.{}.{}", n >> 16, (n >> 8) & 255, n & 255)),
                pin: None,
            };
            match lobby.request_join(req).await.expect("join") {
                JoinOutcome::Waiting { entry, claim } => (entry.id, claim),
                JoinOutcome::Admitted { .. } => panic!("the lobby is on"),
            }
        }
    };

    // Baseline: one waiter approved on its own (median of 5; also warms the server up).
    let mut singles = Vec::new();
    for _ in 0..5 {
        let (entry, claim) = join("single").await;
        let (ready_tx, mut ready) = mpsc::unbounded_channel();
        let (done_tx, mut done) = mpsc::unbounded_channel();
        let path = format!("/api/v1/join/{single_code}/lobby/{entry}/events");
        tokio::spawn(waiter(addr, path, claim, ready_tx, done_tx));
        ready.recv().await.expect("pending");
        let t0 = Instant::now();
        let r = http
            .post(format!("{base}/api/v1/rooms/single/lobby/{entry}/approve"))
            .bearer_auth(&hal)
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        singles.push(done.recv().await.expect("approved") - t0);
    }
    singles.sort();
    let single = singles[singles.len() / 2];

    let idle = rss_kib(pid);
    let mut waiting = Vec::with_capacity(n);
    let t_join = Instant::now();
    for _ in 0..n {
        waiting.push(join("lecture").await);
    }
    let joins = t_join.elapsed();
    let (ready_tx, mut ready) = mpsc::unbounded_channel();
    let (done_tx, mut done) = mpsc::unbounded_channel();
    let t_connect = Instant::now();
    for (i, (entry, claim)) in waiting.into_iter().enumerate() {
        let path = format!("/api/v1/join/{code}/lobby/{entry}/events");
        tokio::spawn(waiter(addr, path, claim, ready_tx.clone(), done_tx.clone()));
        if i % 100 == 99 {
            // Connect in waves, so the listen backlog never overflows.
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }
    for _ in 0..n {
        tokio::time::timeout(Duration::from_secs(300), ready.recv())
            .await
            .expect("every guest gets `pending`")
            .unwrap();
    }
    let connect = t_connect.elapsed();
    let loaded = rss_kib(pid);

    let t0 = Instant::now();
    let r = http
        .post(format!("{base}/api/v1/rooms/lecture/lobby/approve-all"))
        .bearer_auth(&hal)
        .send()
        .await
        .unwrap();
    let call = t0.elapsed();
    assert_eq!(r.status(), 200, "{}", r.text().await.unwrap_or_default());
    let approved: serde_json::Value = r.json().await.unwrap();
    assert_eq!(approved.as_array().unwrap().len(), n);
    let mut latencies = Vec::with_capacity(n);
    for _ in 0..n {
        let at = tokio::time::timeout(Duration::from_secs(300), done.recv())
            .await
            .expect("every guest gets `approved`")
            .unwrap();
        latencies.push(at - t0);
    }
    latencies.sort();
    let (p50, p99, last) = (
        percentile(&latencies, 0.5),
        percentile(&latencies, 0.99),
        *latencies.last().unwrap(),
    );

    let per_waiter = (loaded.saturating_sub(idle)) * 1024 / n as u64;
    println!(
        "setup: {n} joins in {:.1} s; {n} SSE streams open (each got `pending`) in {:.1} s",
        joins.as_secs_f64(),
        connect.as_secs_f64()
    );
    println!("| figure | result | baseline (same run) | ratio |");
    println!("|---|---|---|---|");
    println!(
        "| server RSS with {n} waiters | {:.1} MiB ({:.1} KiB per waiter) | idle server {:.1} MiB | {:.2}x |",
        loaded as f64 / 1024.0,
        per_waiter as f64 / 1024.0,
        idle as f64 / 1024.0,
        loaded as f64 / idle as f64
    );
    let vs_call = |d: Duration| d.as_secs_f64() / call.as_secs_f64();
    println!(
        "| approve-all → `approved`, p50 | {} | approve-all call alone {} | {:.2}x |",
        ms(p50),
        ms(call),
        vs_call(p50)
    );
    println!(
        "| approve-all → `approved`, p99 | {} | approve-all call alone {} | {:.2}x |",
        ms(p99),
        ms(call),
        vs_call(p99)
    );
    println!(
        "| approve-all → last `approved` | {} | approve-all call alone {} | {:.2}x |",
        ms(last),
        ms(call),
        vs_call(last)
    );
    println!(
        "| one approval → its `approved` | {} (1 waiter) | — | per guest in the run above: {:.2} ms |",
        ms(single),
        last.as_secs_f64() * 1e3 / n as f64
    );

    drop(server.stdin.take());
    let _ = server.wait();
    state.store.close().await;
    emu.shutdown().await;
    db.cleanup().await;
}

fn main() {
    if let Ok(spec) = std::env::var(CHILD_ENV) {
        child(&spec);
        return;
    }
    let smoke = std::env::args().any(|a| a == "--test" || a == "--list");
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let n: usize = match std::env::var("LKCTL_BENCH_WAITERS") {
        Ok(v) => v.parse().expect("LKCTL_BENCH_WAITERS: a number"),
        Err(_) if smoke => 20,
        Err(_) => 2000,
    };
    let need = 2 * n as u64 + 200;
    if let Some(limit) = open_files_limit()
        && limit < need
    {
        eprintln!(
            "this bench needs {need} open files, the limit is {limit}: run `ulimit -n {}` first",
            need.next_power_of_two()
        );
        std::process::exit(2);
    }
    let rt = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    rt.block_on(parent(n));
}
