//! Lobby throughput: one join request plus its approval per iteration, on SQLite and on
//! PostgreSQL (`LKCTL_TEST_PG_URL`, default 127.0.0.1:5432; skipped if unreachable).
//!
//! Run with `cargo bench -p lkctl-core --bench lobby`; criterion prints time per
//! request+approval pair and elements per second.
//!
//! Baseline, measured in the same run on the same database: two bare write
//! transactions of one audit-log insert each, the least any join plus approval
//! must cost (one write to record the request, one to decide it).

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use lkctl_core::Secret;
use lkctl_core::ops::lobby::{JoinOutcome, JoinRequest, Lobby};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::store::testing::TestDb;
use lkctl_core::token::CredentialsIssuer;

fn lobby_throughput(c: &mut Criterion) {
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    let mut group = c.benchmark_group("lobby");
    group.throughput(Throughput::Elements(1));
    group.sample_size(20);
    group.measurement_time(std::time::Duration::from_secs(8));
    for backend in ["sqlite", "postgres"] {
        let db = rt.block_on(async {
            match backend {
                "sqlite" => TestDb::sqlite().await,
                _ => TestDb::postgres().await,
            }
        });
        let db = match db {
            Ok(db) => db,
            Err(e) => {
                eprintln!("!!! skipping {backend} lobby bench: {e}");
                continue;
            }
        };
        let issuer =
            CredentialsIssuer::new("APIbench", Secret::new("bench-secret-bench-secret-bench-0"));
        let lobby = Lobby::new(db.store.clone(), Arc::new(issuer));
        rt.block_on(policy::set(
            &db.store,
            "bench",
            PolicyUpdate {
                lobby: Some(true),
                ..Default::default()
            },
            "bench",
        ))
        .expect("policy");
        let n = AtomicU64::new(0);
        group.bench_function(format!("join_and_approve/{backend}"), |b| {
            b.to_async(&rt).iter(|| async {
                let i = n.fetch_add(1, Ordering::Relaxed);
                let req = JoinRequest {
                    room: "bench".into(),
                    display_name: "Guest".into(),
                    fingerprint: format!("bench-fingerprint-{i:012}"),
                    ip: Some("192.0.2.1".into()),
                    ..Default::default()
                };
                let JoinOutcome::Waiting { entry, .. } =
                    lobby.request_join(req).await.expect("join")
                else {
                    panic!("lobby is on")
                };
                lobby
                    .approve("bench", &entry.id, "host")
                    .await
                    .expect("approve");
            });
        });
        group.bench_function(format!("baseline_two_write_transactions/{backend}"), |b| {
            b.to_async(&rt).iter(|| async {
                for action in ["bench.request", "bench.decide"] {
                    db.store
                        .audit(
                            "bench",
                            action,
                            Some("bench"),
                            None,
                            serde_json::Value::Null,
                        )
                        .await
                        .expect("audit");
                }
            });
        });
        rt.block_on(db.cleanup());
    }
    group.finish();
}

criterion_group!(benches, lobby_throughput);
criterion_main!(benches);
