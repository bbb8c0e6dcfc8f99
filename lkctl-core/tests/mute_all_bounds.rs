//! mute-all's concurrency bound and its exceptions, measured at the server (issue 15).
//!
//! The emulator's RoomService is wrapped by a service that counts `UpdateParticipant` calls
//! in flight and holds each one until either `bound` calls are held at once or every call
//! mute-all will make has arrived. A correct client reaches exactly `bound`; a client that
//! ignores the bound exceeds it; one that serialises never reaches it. No clock is involved:
//! the gate opens on counts, not on time.

use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use lkctl_core::config::Connection;
use lkctl_core::models::Outcome;
use lkctl_core::ops::moderation::{self, MuteAll};
use lkctl_core::ops::participants;
use lkctl_core::{LiveKit, Secret};
use lkctl_emulator::{
    CallCtx, Emulator, EmulatorConfig, ParticipantSpec, Reply, Request, RunningEmulator, TrackSpec,
    TwirpError, TwirpService,
};
use tokio::sync::Notify;

const KEY: &str = "boundkey";
const SECRET: &str = "bound-secret-0123456789-abcdefghijk";

#[derive(Default)]
struct Counts {
    in_flight: usize,
    max_in_flight: usize,
    arrived: usize,
}

/// RoomService with a counting gate on `UpdateParticipant`.
struct GatedRoomService {
    bound: usize,
    expected: usize,
    counts: Mutex<Counts>,
    changed: Notify,
    /// The emulator's own RoomService, which every call is passed on to.
    inner: OnceLock<Arc<dyn TwirpService>>,
}

impl GatedRoomService {
    fn open(&self) -> bool {
        let c = self.counts.lock().expect("lock");
        c.in_flight >= self.bound || c.arrived >= self.expected
    }

    async fn gate(&self) {
        {
            let mut c = self.counts.lock().expect("lock");
            c.in_flight += 1;
            c.arrived += 1;
            c.max_in_flight = c.max_in_flight.max(c.in_flight);
        }
        self.changed.notify_waiters();
        loop {
            let notified = self.changed.notified();
            tokio::pin!(notified);
            notified.as_mut().enable();
            if self.open() {
                break;
            }
            notified.await;
        }
    }

    fn leave(&self) {
        self.counts.lock().expect("lock").in_flight -= 1;
        self.changed.notify_waiters();
    }
}

#[async_trait::async_trait]
impl TwirpService for GatedRoomService {
    fn name(&self) -> &'static str {
        "RoomService"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        let inner = self.inner.get().expect("wrapped RoomService");
        if method != "UpdateParticipant" {
            return inner.call(ctx, method, req).await;
        }
        self.gate().await;
        let reply = inner.call(ctx, method, req).await;
        self.leave();
        reply
    }
}

async fn start(gate: Arc<GatedRoomService>) -> (RunningEmulator, LiveKit) {
    let emulator = Emulator::new(EmulatorConfig {
        keys: vec![(KEY.into(), SECRET.into())],
        ..Default::default()
    });
    let inner = emulator
        .service("RoomService")
        .expect("RoomService registered");
    gate.inner.set(inner).ok().expect("wrapped once");
    emulator.register_service(gate);
    let emu = emulator
        .bind(([127, 0, 0, 1], 0).into())
        .await
        .expect("bind");
    let lk = LiveKit::new(
        Connection {
            url: emu.url.clone(),
            api_key: KEY.into(),
            api_secret: Secret::new(SECRET),
        },
        Duration::from_secs(30),
    )
    .expect("client");
    (emu, lk)
}

async fn people(emu: &RunningEmulator, lk: &LiveKit, room: &str, identities: &[String]) {
    lk.room_client()
        .create_room(room, Default::default())
        .await
        .expect("room");
    let control = emu.control();
    for who in identities {
        control
            .add_participant(
                room,
                ParticipantSpec::new(who.clone())
                    .track(TrackSpec::audio("mic").source("microphone")),
            )
            .expect("participant");
    }
}

/// Guards against a hung gate (a test bug, not a timing claim): fail loudly instead.
async fn within_a_minute<T>(what: &str, f: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), f)
        .await
        .unwrap_or_else(|_| panic!("{what} did not finish: the gate never opened"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn mute_all_holds_exactly_concurrency_calls_in_flight() {
    for (bound, n) in [(1, 5), (3, 10), (4, 17), (16, 40)] {
        let gate = Arc::new(GatedRoomService {
            bound,
            expected: n,
            counts: Mutex::default(),
            changed: Notify::new(),
            inner: OnceLock::new(),
        });
        let (emu, lk) = start(gate.clone()).await;
        let identities: Vec<String> = (0..n).map(|i| format!("p{i:02}")).collect();
        people(&emu, &lk, "r", &identities).await;
        let out = within_a_minute(
            "mute-all",
            moderation::mute_all(
                &lk,
                &MuteAll {
                    room: "r".into(),
                    except: vec![],
                    concurrency: bound,
                    dry_run: false,
                },
            ),
        )
        .await
        .expect("mute-all");
        assert!(
            out.outcomes.iter().all(|o| o.outcome == Outcome::Done),
            "{out:?}"
        );
        let (arrived, max_in_flight) = {
            let c = gate.counts.lock().expect("lock");
            (c.arrived, c.max_in_flight)
        };
        assert_eq!(arrived, n, "one UpdateParticipant per participant");
        assert_eq!(
            max_in_flight, bound,
            "--concurrency {bound} over {n} participants"
        );
        emu.shutdown().await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_repeated_except_is_spared() {
    let gate = Arc::new(GatedRoomService {
        bound: 1,
        expected: usize::MAX,
        counts: Mutex::default(),
        changed: Notify::new(),
        inner: OnceLock::new(),
    });
    let (emu, lk) = start(gate).await;
    let identities: Vec<String> = ["host", "cohost", "guest1", "guest2", "mod"]
        .map(String::from)
        .to_vec();
    people(&emu, &lk, "r", &identities).await;
    let except: Vec<String> = ["host", "cohost", "mod", "host", "nobody-here"]
        .map(String::from)
        .to_vec();
    let out = moderation::mute_all(
        &lk,
        &MuteAll {
            room: "r".into(),
            except: except.clone(),
            concurrency: 2,
            dry_run: false,
        },
    )
    .await
    .expect("mute-all");
    for o in &out.outcomes {
        let spared = except.contains(&o.identity);
        let expected = if spared {
            Outcome::Skipped
        } else {
            Outcome::Done
        };
        assert_eq!(o.outcome, expected, "{o:?}");
        let p = participants::get(&lk, "r", &o.identity).await.expect("get");
        let can_publish = p.permission.is_none_or(|perm| perm.can_publish);
        assert_eq!(can_publish, spared, "{}", o.identity);
        assert_eq!(p.tracks.iter().all(|t| t.muted), !spared, "{}", o.identity);
    }
    assert_eq!(out.outcomes.len(), identities.len());
}
