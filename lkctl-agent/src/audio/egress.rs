//! The WebSocket listener LiveKit track egresses stream to.
//!
//! For every audio track it transcribes, the worker [registers](EgressListener::register)
//! the track and gets back a URL to put into `StartTrackEgress` plus an
//! [`AudioSource`] that yields what the egress sends. Each URL carries its own
//! random id and secret token (`/egress/{id}?token=...`): the id finds the
//! registration, the token is compared in constant time, and any client that
//! does not present the right pair is refused with 401 before the upgrade, so
//! nobody else can push audio into a transcript. A URL works once: a second
//! connection for a registration that is streaming or finished gets 409.
//!
//! The wire format is LiveKit egress's (`pkg/pipeline/sink/websocket.go`):
//! binary messages of interleaved S16LE, 48 kHz, stereo, of any size (split
//! anywhere, even inside a sample); text messages `{"muted":true|false}`;
//! pings (answered with pongs by the WebSocket layer); a Close frame at the end.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use async_trait::async_trait;
use axum::Router;
use axum::extract::ws::{Message, WebSocket, WebSocketUpgrade};
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use lkctl_core::Secret;
use rand::RngCore;
use serde::Deserialize;
use tokio::sync::{mpsc, watch};
use url::Url;

use super::{
    AudioEvent, AudioSource, EGRESS_CHANNELS, EGRESS_SAMPLE_RATE, EndReason, PcmFrame,
    S16leDecoder, TrackInfo,
};
use crate::error::{Error, Result};

/// Settings of the egress listener.
#[derive(Debug, Clone)]
pub struct EgressListenerConfig {
    /// Where to listen (`--listen`).
    pub listen: SocketAddr,
    /// The base URL LiveKit's egress can reach the listener at (`--public-ws-url`),
    /// `ws://` or `wss://`. When `None`, `ws://` plus the bound address is used,
    /// which only works when egress runs on the same host.
    pub public_url: Option<Url>,
    /// With nothing received for this long (egress streams audio, silence
    /// included, and pings every 30 s), a connection counts as lost.
    pub idle_timeout: Duration,
    /// Events buffered per stream before the listener stops reading from the
    /// socket (back-pressure to the sender rather than dropping audio).
    pub queue: usize,
}

impl Default for EgressListenerConfig {
    fn default() -> Self {
        Self {
            listen: SocketAddr::from(([0, 0, 0, 0], 7890)),
            public_url: None,
            idle_timeout: Duration::from_secs(75),
            queue: 256,
        }
    }
}

enum Slot {
    /// Registered, no egress connected yet.
    Waiting {
        secret: Secret,
        tx: mpsc::Sender<AudioEvent>,
    },
    /// An egress connected (and may have finished); the URL is spent.
    Used { secret: Secret },
}

impl Slot {
    fn secret(&self) -> &Secret {
        match self {
            Slot::Waiting { secret, .. } | Slot::Used { secret } => secret,
        }
    }
}

struct Shared {
    slots: Mutex<HashMap<String, Slot>>,
    idle_timeout: Duration,
    queue: usize,
    shutdown: watch::Receiver<bool>,
}

/// The running listener. Dropping it (or [`EgressListener::shutdown`]) stops
/// it and ends every stream with [`EndReason::Cancelled`].
pub struct EgressListener {
    shared: Arc<Shared>,
    local_addr: SocketAddr,
    public_url: Url,
    stop: watch::Sender<bool>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for EgressListener {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EgressListener")
            .field("local_addr", &self.local_addr)
            .field("public_url", &self.public_url.as_str())
            .finish_non_exhaustive()
    }
}

impl EgressListener {
    /// Binds and starts serving.
    pub async fn bind(config: EgressListenerConfig) -> Result<Self> {
        let listener = tokio::net::TcpListener::bind(config.listen).await?;
        let local_addr = listener.local_addr()?;
        let public_url = match config.public_url {
            Some(u) => {
                if !matches!(u.scheme(), "ws" | "wss") {
                    return Err(Error::Invalid(format!(
                        "the public WebSocket URL must be ws:// or wss://, not {u}"
                    )));
                }
                u
            }
            None => Url::parse(&format!("ws://{local_addr}/"))
                .map_err(|e| Error::Invalid(format!("listen address {local_addr}: {e}")))?,
        };
        let (stop, shutdown) = watch::channel(false);
        let shared = Arc::new(Shared {
            slots: Mutex::new(HashMap::new()),
            idle_timeout: config.idle_timeout,
            queue: config.queue.max(1),
            shutdown: shutdown.clone(),
        });
        let app = router(shared.clone());
        let mut until = shutdown;
        let task = tokio::spawn(async move {
            let served = axum::serve(listener, app)
                .with_graceful_shutdown(async move {
                    let _ = until.wait_for(|s| *s).await;
                })
                .await;
            if let Err(e) = served {
                tracing::error!(error = %e, "egress listener stopped");
            }
        });
        Ok(Self {
            shared,
            local_addr,
            public_url,
            stop,
            task: Some(task),
        })
    }

    /// The address actually bound (useful with port 0).
    pub fn local_addr(&self) -> SocketAddr {
        self.local_addr
    }

    /// Registers a track and returns the URL to give its egress and the audio
    /// source that yields what arrives there. Dropping the source forgets the
    /// registration, and a later connection with its URL is refused.
    pub fn register(&self, track: TrackInfo) -> EgressRegistration {
        let id = random_hex(12);
        let secret = Secret::new(random_hex(32));
        let mut url = self.public_url.clone();
        if !url.path().ends_with('/') {
            let path = format!("{}/", url.path());
            url.set_path(&path);
        }
        let mut url = url
            .join(&format!("egress/{id}"))
            .expect("a hex id is a valid relative path");
        url.query_pairs_mut()
            .append_pair("token", secret.expose())
            .append_pair("room", &track.room)
            .append_pair("trackID", &track.track_id)
            .append_pair("participant", &track.participant_identity);
        let (tx, rx) = mpsc::channel(self.shared.queue);
        self.shared
            .slots
            .lock()
            .expect("slot map poisoned")
            .insert(id.clone(), Slot::Waiting { secret, tx });
        EgressRegistration {
            url: Secret::new(url.to_string()),
            source: EgressAudio {
                id,
                track,
                rx,
                ended: false,
                shared: self.shared.clone(),
            },
        }
    }

    /// Registrations not yet dropped.
    pub fn registrations(&self) -> usize {
        self.shared.slots.lock().expect("slot map poisoned").len()
    }

    /// Stops listening and ends every open stream.
    pub async fn shutdown(mut self) {
        let _ = self.stop.send(true);
        if let Some(task) = self.task.take() {
            let _ = task.await;
        }
    }
}

impl Drop for EgressListener {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
    }
}

/// What [`EgressListener::register`] returns.
#[derive(Debug)]
pub struct EgressRegistration {
    /// The WebSocket URL for `StartTrackEgress`; it holds the token, so it is
    /// kept as a secret (masked when printed).
    pub url: Secret,
    /// The audio that arrives on that URL.
    pub source: EgressAudio,
}

/// One registered track's audio from its egress.
pub struct EgressAudio {
    id: String,
    track: TrackInfo,
    rx: mpsc::Receiver<AudioEvent>,
    ended: bool,
    shared: Arc<Shared>,
}

impl std::fmt::Debug for EgressAudio {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("EgressAudio")
            .field("id", &self.id)
            .field("track", &self.track)
            .finish_non_exhaustive()
    }
}

#[async_trait]
impl AudioSource for EgressAudio {
    fn track(&self) -> &TrackInfo {
        &self.track
    }

    async fn next_event(&mut self) -> Option<AudioEvent> {
        if self.ended {
            return None;
        }
        let ev = self
            .rx
            .recv()
            .await
            .unwrap_or(AudioEvent::End(EndReason::Cancelled));
        if matches!(ev, AudioEvent::End(_)) {
            self.ended = true;
        }
        Some(ev)
    }
}

impl Drop for EgressAudio {
    fn drop(&mut self) {
        if let Ok(mut slots) = self.shared.slots.lock() {
            slots.remove(&self.id);
        }
    }
}

fn random_hex(bytes: usize) -> String {
    let mut buf = vec![0u8; bytes];
    rand::rng().fill_bytes(&mut buf);
    buf.iter().map(|b| format!("{b:02x}")).collect()
}

#[derive(Deserialize)]
struct TokenQuery {
    token: Option<String>,
}

fn router(shared: Arc<Shared>) -> Router {
    Router::new()
        .route("/egress/{id}", get(connect))
        .with_state(shared)
}

enum Admission {
    Ok(mpsc::Sender<AudioEvent>),
    Refused,
    Spent,
}

fn admit(shared: &Shared, id: &str, token: Option<&str>) -> Admission {
    let mut slots = shared.slots.lock().expect("slot map poisoned");
    let candidate = token.unwrap_or("");
    let Some(slot) = slots.get_mut(id) else {
        // Compare anyway so an unknown id costs what a wrong token costs.
        let _ = Secret::new("0".repeat(64)).matches(candidate);
        return Admission::Refused;
    };
    if !slot.secret().matches(candidate) {
        return Admission::Refused;
    }
    let secret = slot.secret().clone();
    match std::mem::replace(slot, Slot::Used { secret }) {
        Slot::Waiting { tx, .. } => Admission::Ok(tx),
        Slot::Used { .. } => Admission::Spent,
    }
}

async fn connect(
    State(shared): State<Arc<Shared>>,
    Path(id): Path<String>,
    Query(q): Query<TokenQuery>,
    ws: Result<WebSocketUpgrade, axum::extract::ws::rejection::WebSocketUpgradeRejection>,
) -> Response {
    let ws = match ws {
        Ok(ws) => ws,
        Err(rejection) => {
            // Check the token first anyway so a probe learns nothing about ids.
            return match admit_peek(&shared, &id, q.token.as_deref()) {
                true => rejection.into_response(),
                false => (StatusCode::UNAUTHORIZED, "unauthorized\n").into_response(),
            };
        }
    };
    match admit(&shared, &id, q.token.as_deref()) {
        Admission::Refused => {
            tracing::warn!(egress = %id, "refused an audio WebSocket without a valid token");
            (StatusCode::UNAUTHORIZED, "unauthorized\n").into_response()
        }
        Admission::Spent => (
            StatusCode::CONFLICT,
            "this egress URL was already used; register the track again\n",
        )
            .into_response(),
        Admission::Ok(tx) => {
            let idle = shared.idle_timeout;
            let shutdown = shared.shutdown.clone();
            ws.on_upgrade(move |socket| pump(socket, tx, idle, shutdown))
        }
    }
}

fn admit_peek(shared: &Shared, id: &str, token: Option<&str>) -> bool {
    let slots = shared.slots.lock().expect("slot map poisoned");
    slots
        .get(id)
        .is_some_and(|s| s.secret().matches(token.unwrap_or("")))
}

#[derive(Deserialize)]
struct MutedMessage {
    muted: bool,
}

/// Reads one egress connection until it ends, turning messages into events.
async fn pump(
    mut socket: WebSocket,
    tx: mpsc::Sender<AudioEvent>,
    idle: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    let mut decoder = S16leDecoder::new(EGRESS_CHANNELS);
    let mut position = 0u64;
    let end = loop {
        let msg = tokio::select! {
            _ = async { let _ = shutdown.wait_for(|s| *s).await; } => {
                let _ = socket.send(Message::Close(None)).await;
                break EndReason::Cancelled;
            }
            msg = tokio::time::timeout(idle, socket.recv()) => msg,
        };
        let msg = match msg {
            Err(_) => break EndReason::Lost(format!("nothing received for {}s", idle.as_secs())),
            Ok(None) => {
                break EndReason::Lost("the connection closed without a Close frame".into());
            }
            Ok(Some(Err(e))) => break EndReason::Lost(e.to_string()),
            Ok(Some(Ok(m))) => m,
        };
        let event = match msg {
            Message::Binary(bytes) => {
                let samples = decoder.push(&bytes);
                if samples.is_empty() {
                    continue;
                }
                let frame = PcmFrame {
                    sample_rate: EGRESS_SAMPLE_RATE,
                    channels: EGRESS_CHANNELS,
                    samples,
                    position,
                };
                position += frame.frames() as u64;
                AudioEvent::Frame(frame)
            }
            Message::Text(text) => match serde_json::from_str::<MutedMessage>(text.as_str()) {
                Ok(m) => AudioEvent::Muted(m.muted),
                Err(_) => {
                    tracing::debug!(message = %text.as_str(), "ignored an unknown text message from egress");
                    continue;
                }
            },
            // The WebSocket layer answers pings itself; keep reading so it can.
            Message::Ping(_) | Message::Pong(_) => continue,
            Message::Close(_) => break EndReason::Closed,
        };
        if tx.send(event).await.is_err() {
            // The worker dropped the source: stop reading, tell egress we are done.
            let _ = socket.send(Message::Close(None)).await;
            return;
        }
    };
    if decoder.pending_bytes() > 0 {
        tracing::debug!(
            bytes = decoder.pending_bytes(),
            "egress stream ended inside a frame"
        );
    }
    let _ = tx.send(AudioEvent::End(end)).await;
}
