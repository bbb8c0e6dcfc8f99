//! lkctl-emulator: a LiveKit server API emulator, no media, just the server API as LiveKit
//! serves it. It is the engine of `lkctl dev` and the LiveKit server of lkctl's test suites;
//! it uses no other lkctl crate.
//!
//! - **Twirp** `POST /twirp/livekit.<Service>/<Method>` with protobuf or JSON bodies, the Go
//!   server's JSON rendering, error bodies and status codes (`transport.rs`, `codec.rs`).
//! - **Auth**: HS256 API tokens checked against the configured keys, plain-text 401s, grants per
//!   RPC (`auth.rs`).
//! - **RoomService**, complete, over in-memory state (`room_service.rs`, `rooms.rs`,
//!   `state.rs`). Egress (`egress.rs`), Ingress (`ingress.rs`), SIP (`sip.rs`) and
//!   AgentDispatchService (`agent_dispatch.rs`) are further [`TwirpService`]s; an unregistered
//!   service's paths are `bad_route` like any unknown path.
//! - **Webhooks**, signed, to every configured URL (`webhooks.rs`).
//! - **Control API** for tests and `lkctl dev`: in-process via [`Control`], over HTTP under
//!   `/_emulator/` (`control_http.rs` documents the endpoints). `GET /` answers `OK`.
//!
//! The public face is [`Emulator`], [`EmulatorConfig`], [`RunningEmulator`], [`Control`] with
//! its specs and the records it reads back, and the service registry
//! ([`Emulator::register_service`], [`TwirpService`]); everything else is private to the crate,
//! so tests set the emulated world up through [`Control`] (or the control HTTP API) only.
//! Tests and benches start one with [`Emulator::start`]:
//!
//! ```no_run
//! # async fn demo() -> std::io::Result<()> {
//! use lkctl_emulator::{Emulator, EmulatorConfig};
//! let running = Emulator::start(EmulatorConfig::dev_default()).await?;
//! println!("LiveKit API at {} (key {})", running.url, running.api_key());
//! running.shutdown().await;
//! # Ok(()) }
//! ```
//!
//! - **Life cycle** as the server's: a background reaper started with [`Emulator::router`]
//!   closes idle rooms (`Room.CloseIfEmpty`): a room with nobody in it but agents and egress
//!   closes `departure_timeout` (default 20 s) after the last participant left if anyone
//!   else ever joined, else `empty_timeout` (default 300 s) after creation. Leaving
//!   unpublishes each track (`track_unpublished`) before `participant_left`; a closed or
//!   deleted room ends its egress (STARTING → ABORTED, ACTIVE → ENDING → COMPLETE) and
//!   keeps its ingress endpoints.
//!
//! Deliberate simplifications: timeouts are measured in milliseconds and checked every
//! 250 ms (the server compares whole Unix seconds once a second, so it may close
//! a room up to a second early or late); subscriptions are not modelled; only a room's closing
//! ends egress (a participant or file track egress does not end when its participant leaves or
//! its track is unpublished; a WebSocket track egress does, see `egress_ws.rs`, since it is
//! the one egress whose media the emulator streams for real), and a PUBLISHING ingress stays PUBLISHING when its room closes
//! (the real ingress worker loses its room connection); and error messages are the bare
//! server messages without the `twirp error unknown: ` prefix psrpc adds in multi-node
//! setups.

// The public face is the `pub use` list below; any other `pub` item is a mistake.
#![warn(unreachable_pub)]

mod agent_dispatch;
mod auth;
mod clock;
mod codec;
mod control;
mod control_http;
mod demo;
mod egress;
mod egress_ws;
mod error;
mod ids;
mod ingress;
mod room_service;
mod rooms;
mod service;
mod sip;
mod state;
mod transport;
mod webhooks;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, MutexGuard, RwLock, Weak};
use std::time::Duration;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{any, get};

pub use auth::Grants;
pub use clock::ManualClock;
pub use control::{Control, FailureSpec, ParticipantSpec, TrackSpec};
pub use egress_ws::AttachedAudio;
pub use error::{Code, TwirpError};
pub use service::{CallCtx, Reply, Request, TwirpService};
pub use state::{DataRecord, RoomEntry, RpcRecord};
pub use webhooks::WebhookRecord;

use state::State;

/// API key of [`EmulatorConfig::dev_default`].
pub const DEV_API_KEY: &str = "devkey";
/// API secret of [`EmulatorConfig::dev_default`]: public, for local development only. It is
/// 32+ characters because LiveKit warns about shorter secrets.
pub const DEV_API_SECRET: &str = "secret-lkctl-dev-emulator-not-private";

/// What the emulator accepts and where it sends webhooks.
#[derive(Debug, Clone, Default)]
pub struct EmulatorConfig {
    /// `(api key, api secret)` pairs; tokens are verified with the secret of their `iss`.
    /// Webhooks are signed with the first pair.
    pub keys: Vec<(String, String)>,
    /// Every event is POSTed to each URL.
    pub webhook_urls: Vec<String>,
    /// Allow `MutePublishedTrack{muted:false}` (the server's `enable_remote_unmute`).
    pub remote_unmute: bool,
    /// Seed demo rooms and participants (for `lkctl dev`).
    pub demo_data: bool,
    /// Read room timeouts, egress steps and injected latency from this clock instead of the
    /// system's: time then passes only through [`Control::advance`] (tests).
    pub clock: Option<ManualClock>,
}

impl EmulatorConfig {
    /// `devkey` / [`DEV_API_SECRET`], no webhooks, no demo data.
    pub fn dev_default() -> Self {
        Self {
            keys: vec![(DEV_API_KEY.into(), DEV_API_SECRET.into())],
            ..Default::default()
        }
    }
}

/// How often the reaper looks for idle rooms (the server's `backgroundWorker` ticks each second).
pub(crate) const REAPER_INTERVAL: Duration = Duration::from_millis(250);

pub(crate) struct Shared {
    config: EmulatorConfig,
    reaper_started: AtomicBool,
    state: Mutex<State>,
    services: RwLock<BTreeMap<&'static str, Arc<dyn TwirpService>>>,
    sink: webhooks::EventSink,
}

/// The emulator: a cheap-clone handle around shared state.
#[derive(Clone)]
pub struct Emulator {
    shared: Arc<Shared>,
}

impl Emulator {
    pub fn new(config: EmulatorConfig) -> Self {
        let (key, secret) = config.keys.first().cloned().unwrap_or_default();
        let sink = webhooks::EventSink::new(&config.webhook_urls, &key, &secret);
        let clock = config
            .clock
            .clone()
            .map_or(clock::Clock::System, clock::Clock::Manual);
        let state = State::new(sink.clone(), config.remote_unmute, clock);
        let emu = Self {
            shared: Arc::new(Shared {
                state: Mutex::new(state),
                services: RwLock::new(BTreeMap::new()),
                reaper_started: AtomicBool::new(false),
                sink,
                config,
            }),
        };
        emu.register_service(Arc::new(room_service::RoomService));
        emu.register_service(Arc::new(egress::EgressService));
        emu.register_service(Arc::new(ingress::IngressService));
        emu.register_service(Arc::new(sip::SipService));
        emu.register_service(Arc::new(agent_dispatch::AgentDispatchService));
        if emu.shared.config.demo_data {
            demo::seed(&emu.control());
        }
        emu
    }

    /// Adds (or replaces) the service answering `/twirp/livekit.<name>/*`.
    pub fn register_service(&self, service: Arc<dyn TwirpService>) {
        let mut services = self
            .shared
            .services
            .write()
            .unwrap_or_else(|e| e.into_inner());
        services.insert(service.name(), service);
    }

    /// The names of the registered services (`RoomService`, `Egress`, ...), sorted: what the
    /// emulator answers under `/twirp/livekit.<name>/*`. Tests enumerate it so a new service
    /// cannot go untested.
    pub fn service_names(&self) -> Vec<&'static str> {
        let services = self
            .shared
            .services
            .read()
            .unwrap_or_else(|e| e.into_inner());
        services.keys().copied().collect()
    }

    /// The service registered under `name`, so a test can wrap it (count, hold or fail
    /// calls) and register the wrapper in its place.
    pub fn service(&self, name: &str) -> Option<Arc<dyn TwirpService>> {
        let services = self
            .shared
            .services
            .read()
            .unwrap_or_else(|e| e.into_inner());
        services.get(name).cloned()
    }

    /// Every RPC the registered services answer, as `(service, method)` pairs from the
    /// services' protobuf descriptors, so tests can enumerate the whole surface.
    pub fn rpc_names(&self) -> Vec<(&'static str, String)> {
        let pool = codec::pool();
        let mut rpcs = Vec::new();
        for service in self.service_names() {
            if let Some(desc) = pool.get_service_by_name(&format!("livekit.{service}")) {
                rpcs.extend(desc.methods().map(|m| (service, m.name().to_string())));
            }
        }
        rpcs
    }

    pub fn config(&self) -> &EmulatorConfig {
        &self.shared.config
    }

    /// Locks the state. Never hold the guard across an `.await`.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        // A panic while holding the lock leaves plain data behind; keep serving.
        self.shared.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The in-process control handle.
    pub fn control(&self) -> Control {
        Control { emu: self.clone() }
    }

    /// The full app: `GET /`, `/twirp/...` and `/_emulator/...`.
    pub fn router(&self) -> Router {
        // Webhook delivery and the reaper need a runtime; routers are built inside one.
        self.shared.sink.start();
        self.start_reaper();
        Router::new()
            .route("/", get(transport::health))
            .route("/twirp/{*path}", any(transport::handle))
            .merge(control_http::router())
            .layer(DefaultBodyLimit::max(transport::MAX_BODY_BYTES))
            .with_state(self.clone())
    }

    /// Starts (once) the task closing idle rooms every [`REAPER_INTERVAL`], as the server's
    /// `RoomManager.CloseIdleRooms` does. It holds only a weak reference, so it ends once
    /// every handle to the emulator is gone. On a manual clock there is none:
    /// [`Control::advance`] does its work.
    fn start_reaper(&self) {
        if !self.state().clock.runs_by_itself() {
            return;
        }
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        if self.shared.reaper_started.swap(true, Ordering::AcqRel) {
            return;
        }
        let weak = Arc::downgrade(&self.shared);
        handle.spawn(reap(weak));
    }

    /// Closes every room idle at this moment (see [`State::idle_rooms`]): participants left
    /// in it (agents, egress) leave as ROOM_CLOSED, then `room_finished`.
    pub(crate) fn close_idle_rooms(&self) {
        let mut state = self.state();
        let now = state.now_ms();
        self.close_idle_rooms_in(&mut state, now);
    }

    fn close_idle_rooms_in(&self, state: &mut State, now_ms: i64) {
        for name in state.idle_rooms(now_ms) {
            match state.close_room(&name, livekit_protocol::DisconnectReason::RoomClosed) {
                Ok(ending) => {
                    let after = state.egress.end_after;
                    egress::complete_later(self, state, after, ending);
                }
                Err(e) => tracing::warn!(room = %name, error = %e, "could not close idle room"),
            }
        }
    }

    /// Moves the manual clock `d` forward, doing the timed work that falls due on the way in
    /// time order: each egress step at its due time (with idle rooms closed first at that
    /// moment), then idle rooms at the end. `None` when the emulator runs on the system clock.
    pub(crate) fn advance(&self, d: Duration) -> Option<i64> {
        let mut state = self.state();
        let clock::Clock::Manual(clock) = state.clock.clone() else {
            return None;
        };
        let step = i64::try_from(d.as_millis()).unwrap_or(i64::MAX);
        let target = clock.now_unix_ms().saturating_add(step);
        while let Some(due) = state
            .egress
            .timers
            .iter()
            .map(egress::Timer::due_ms)
            .filter(|&t| t <= target)
            .min()
        {
            clock.advance_to(due);
            self.close_idle_rooms_in(&mut state, due);
            state.run_due_egress_steps(due);
        }
        clock.advance_to(target);
        self.close_idle_rooms_in(&mut state, target);
        state.run_due_egress_steps(target);
        Some(target)
    }

    /// Starts an emulator with `config` on a free port of 127.0.0.1, served in a background
    /// task of the current runtime: how tests and benches start one. Its URL, API key and
    /// secret are on the returned handle.
    pub async fn start(config: EmulatorConfig) -> std::io::Result<RunningEmulator> {
        Self::new(config)
            .bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
    }

    /// Serves on `addr` (port 0 picks a free one) in a background task.
    pub async fn bind(self, addr: SocketAddr) -> std::io::Result<RunningEmulator> {
        let listener = tokio::net::TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let host = if addr.ip().is_unspecified() {
            SocketAddr::from(([127, 0, 0, 1], addr.port()))
        } else {
            addr
        };
        let (stop_tx, stop_rx) = tokio::sync::oneshot::channel::<()>();
        let app = self.router();
        let task = tokio::spawn(async move {
            let shutdown = async {
                let _ = stop_rx.await;
            };
            if let Err(e) = axum::serve(listener, app)
                .with_graceful_shutdown(shutdown)
                .await
            {
                tracing::error!(error = %e, "emulator server stopped");
            }
        });
        Ok(RunningEmulator {
            url: format!("http://{host}"),
            addr,
            emulator: self,
            stop: Some(stop_tx),
            task,
        })
    }
}

async fn reap(shared: Weak<Shared>) {
    let mut tick = tokio::time::interval(REAPER_INTERVAL);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        // Only started on the system clock, so tokio's timer is that clock's.
        tick.tick().await;
        let Some(shared) = shared.upgrade() else {
            return;
        };
        Emulator { shared }.close_idle_rooms();
    }
}

/// A served emulator; dropping it leaves the server running until the runtime ends.
pub struct RunningEmulator {
    /// `http://127.0.0.1:PORT`
    pub url: String,
    pub addr: SocketAddr,
    pub emulator: Emulator,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<()>,
}

impl RunningEmulator {
    pub fn control(&self) -> Control {
        self.emulator.control()
    }

    /// The API key of the first configured pair, which webhooks are signed with (empty when
    /// no keys are configured).
    pub fn api_key(&self) -> &str {
        self.emulator
            .config()
            .keys
            .first()
            .map_or("", |(key, _)| key.as_str())
    }

    /// The API secret of the first configured pair (empty when no keys are configured).
    pub fn api_secret(&self) -> &str {
        self.emulator
            .config()
            .keys
            .first()
            .map_or("", |(_, secret)| secret.as_str())
    }

    /// Stops accepting connections and waits (briefly) for in-flight requests.
    pub async fn shutdown(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        // Idle keep-alive clients can hold graceful shutdown open; don't wait forever.
        if tokio::time::timeout(Duration::from_secs(2), &mut self.task)
            .await
            .is_err()
        {
            self.task.abort();
        }
    }
}
