//! Mute-all on a 1,000-participant room with 2 ms injected latency per call,
//! bounded concurrency against the naive one-call-after-another loop
//! (`concurrency = 1`), measured in the same run and reported as a ratio.
//!
//! Run with `cargo bench --bench mute_all`. Not a criterion bench: one naive
//! pass alone takes seconds, so each variant runs a few times and the median
//! is reported.

use std::time::{Duration, Instant};

use lkctl_core::LiveKit;
use lkctl_core::config::Connection;
use lkctl_core::models::Outcome;
use lkctl_core::ops::moderation::{MuteAll, mute_all};
use lkctl_core::ops::rooms::{CreateRoom, create};
use lkctl_core::secret::Secret;
use lkctl_emulator::{Emulator, EmulatorConfig, ParticipantSpec, RunningEmulator, TrackSpec};

const PARTICIPANTS: usize = 1_000;
const LATENCY: Duration = Duration::from_millis(2);
const RUNS: usize = 3;

async fn seed(lk: &LiveKit, emu: &RunningEmulator, room: &str) {
    create(
        lk,
        CreateRoom {
            name: room.into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let control = emu.control();
    for i in 0..PARTICIPANTS {
        control
            .add_participant(
                room,
                ParticipantSpec::new(format!("p{i:04}")).track(TrackSpec::audio("mic")),
            )
            .unwrap();
    }
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    // `cargo test --benches` passes `--bench`-less args; run a smoke pass only then.
    let smoke = std::env::args().any(|a| a == "--test" || a == "--list");
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let rt = tokio::runtime::Runtime::new().unwrap();
    rt.block_on(async {
        let emu = Emulator::start(EmulatorConfig::dev_default())
            .await
            .expect("start emulator");
        let lk = LiveKit::new(
            Connection {
                url: emu.url.clone(),
                api_key: emu.api_key().into(),
                api_secret: Secret::new(emu.api_secret()),
            },
            Duration::from_secs(30),
        )
        .unwrap();
        let runs = if smoke { 1 } else { RUNS };
        let mut results = Vec::new();
        for concurrency in [1usize, 16, 64] {
            let mut times = Vec::new();
            for run in 0..runs {
                let room = format!("bench-{concurrency}-{run}");
                emu.control().set_latency(Duration::ZERO);
                seed(&lk, &emu, &room).await;
                emu.control().set_latency(LATENCY);
                let opts = MuteAll {
                    room: room.clone(),
                    except: vec![],
                    concurrency,
                    dry_run: false,
                };
                let started = Instant::now();
                let outcomes = mute_all(&lk, &opts).await.unwrap().outcomes;
                times.push(started.elapsed());
                assert_eq!(outcomes.len(), PARTICIPANTS);
                assert!(
                    outcomes
                        .iter()
                        .all(|o| o.outcome == Outcome::Done && o.tracks_muted == 1)
                );
                emu.control().set_latency(Duration::ZERO);
                lkctl_core::ops::rooms::delete(&lk, &room).await.unwrap();
            }
            results.push((concurrency, median(times)));
        }
        let naive = results[0].1;
        println!(
            "mute-all, {PARTICIPANTS} participants, {} ms latency per call, median of {runs}",
            LATENCY.as_millis()
        );
        for (concurrency, t) in &results {
            println!(
                "  concurrency {concurrency:>3}: {:>8.1} ms  ({:.1}x the naive loop)",
                t.as_secs_f64() * 1000.0,
                naive.as_secs_f64() / t.as_secs_f64()
            );
        }
    });
}
