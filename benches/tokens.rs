//! Token minting: lkctl-core in-process against the official `AccessToken`
//! builder (the baseline, measured in the same run), and `lkctl token create`
//! as a whole process.

use std::hint::black_box;
use std::process::Command;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use livekit_api::access_token::{AccessToken, VideoGrants};
use lkctl_core::Secret;
use lkctl_core::token::{TokenRequest, claims_for, create, sign};

const KEY: &str = "benchkey";
const SECRET: &str = "bench-secret-0123456789-abcdefghij";

fn request() -> TokenRequest {
    TokenRequest {
        identity: Some("alice".into()),
        room: Some("lecture-101".into()),
        room_join: true,
        can_publish_sources: vec!["microphone".into(), "camera".into()],
        ..TokenRequest::default()
    }
}

fn in_process(c: &mut Criterion) {
    let secret = Secret::new(SECRET);
    let req = request();
    let mut g = c.benchmark_group("token_mint");
    g.bench_function("lkctl_core", |b| {
        b.iter(|| black_box(create(KEY, &secret, &req).unwrap()))
    });
    // The signing path alone, without the JSON description `create` also returns.
    g.bench_function("lkctl_core_claims_and_sign", |b| {
        b.iter(|| {
            let claims = claims_for(KEY, &req, std::time::SystemTime::now()).unwrap();
            black_box(sign(&claims, &secret).unwrap())
        })
    });
    g.bench_function("baseline_livekit_api_access_token", |b| {
        b.iter(|| {
            black_box(
                AccessToken::with_api_key(KEY, SECRET)
                    .with_identity("alice")
                    .with_grants(VideoGrants {
                        room_join: true,
                        room: "lecture-101".into(),
                        can_publish_sources: vec!["microphone".into(), "camera".into()],
                        ..Default::default()
                    })
                    .to_jwt()
                    .unwrap(),
            )
        })
    });
    g.finish();
}

fn whole_process(c: &mut Criterion) {
    let bin = env!("CARGO_BIN_EXE_lkctl");
    let empty = tempfile::tempdir().unwrap();
    let mut g = c.benchmark_group("token_create_process");
    g.sample_size(20).measurement_time(Duration::from_secs(8));
    g.bench_function("lkctl_token_create", |b| {
        b.iter(|| {
            let out = Command::new(bin)
                .args([
                    "token",
                    "create",
                    "--join",
                    "--room",
                    "r",
                    "--identity",
                    "a",
                    "-o",
                    "plain",
                ])
                .env("LIVEKIT_API_KEY", KEY)
                .env("LIVEKIT_API_SECRET", SECRET)
                .env("LKCTL_CONFIG", empty.path().join("none.toml"))
                .output()
                .unwrap();
            assert!(out.status.success());
            black_box(out.stdout)
        })
    });
    // Baseline for the process cost: the same binary doing the least it can.
    g.bench_function("baseline_lkctl_version", |b| {
        b.iter(|| black_box(Command::new(bin).arg("--version").output().unwrap().stdout))
    });
    g.finish();
}

criterion_group!(benches, in_process, whole_process);
criterion_main!(benches);
