//! The worker behind `lkctl agent run`: picks rooms up, transcribes each audio track,
//! publishes captions, stores final segments and writes the summary when a room ends.
//!
//! - **Rooms.** The worker learns of rooms from the room events serve's webhook receiver
//!   queues (`ops::agent::apply_room_events`) and, unless told not to, by listing LiveKit's
//!   rooms every poll. Rooms are shared between workers through leases in the store
//!   (`ops::agent::claim_room`): the worker claims up to `concurrency` rooms, renews each
//!   lease with a heartbeat, and a room whose holder died is claimed by another worker once
//!   its lease ran out.
//! - **Tracks.** For each claimed room a task ([`room`]) lists the participants after every
//!   event for the room and every poll, starts a track egress to this worker's listener for
//!   each new audio track and stops the egress of a track that went away.
//! - **Audio to text.** Each track's audio ([`track`]) is downmixed and resampled for the
//!   provider, transcribed, published as captions (interims rate-limited, finals reliable)
//!   and its final segments stored; segment ids come from the room session, the track and
//!   the start time, so a segment stored twice is stored once.
//! - **Room end.** When the room finishes (an event, or LiveKit no longer lists it), the
//!   task stops the egresses, lets the tracks drain, writes the summary (the LLM when one is
//!   configured, else the offline extractive summariser; the extractive one also when the
//!   LLM fails) and releases the room as done. A finished room whose holder died is claimed
//!   like any other, and its summary written by the new holder.

mod room;
mod track;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use async_trait::async_trait;
use lkctl_core::LiveKit;
use lkctl_core::lecture::{Summary, TranscriptSegment};
use lkctl_core::ops::agent::{self, RoomNote, WorkerRegistration};
use lkctl_core::store::Store;
use tokio::sync::watch;
use tokio::task::JoinHandle;
use url::Url;

use crate::audio::egress::{EgressListener, EgressListenerConfig};
use crate::captions::CaptionSettings;
use crate::error::Result;
use crate::stt::SpeechToText;
use crate::summary::SummaryMaker;

/// Where transcripts and summaries are kept (the store, in production).
#[async_trait]
pub trait TranscriptStore: Send + Sync {
    /// Stores a final segment; `false` when a segment with its id was stored before.
    async fn put_segment(&self, segment: &TranscriptSegment, provider: &str) -> Result<bool>;
    /// The room session's final segments in order.
    async fn segments(&self, room: &str, room_sid: Option<&str>) -> Result<Vec<TranscriptSegment>>;
    /// Stores the room session's summary (replacing an earlier one).
    async fn put_summary(
        &self,
        room: &str,
        room_sid: Option<&str>,
        summary: &Summary,
        provider: &str,
    ) -> Result<()>;
}

/// Settings of `lkctl agent run`.
#[derive(Debug, Clone)]
pub struct WorkerConfig {
    /// Rooms transcribed at once (`--concurrency`).
    pub concurrency: usize,
    /// Every room, not only those whose policy has transcription on (`--all-rooms`).
    pub all_rooms: bool,
    /// The audio WebSocket listener (`--listen`).
    pub listen: SocketAddr,
    /// What LiveKit's egress can reach the listener at (`--public-ws-url`).
    pub public_ws_url: Option<Url>,
    /// A room's lease: another worker takes a room over this long after its holder's last
    /// heartbeat.
    pub lease: Duration,
    /// How often leases are renewed and room tasks look at their rooms.
    pub heartbeat: Duration,
    /// How often the worker lists LiveKit's rooms and looks for rooms to claim.
    pub poll_interval: Duration,
    /// List LiveKit's rooms (off when serve's webhook receiver feeds the events alone).
    pub poll_livekit: bool,
    /// How long a room's tracks may take to drain at its end before the summary.
    pub drain_timeout: Duration,
    pub captions: CaptionSettings,
    /// A language hint for the provider.
    pub language: Option<String>,
}

impl Default for WorkerConfig {
    fn default() -> Self {
        Self {
            concurrency: 4,
            all_rooms: false,
            listen: SocketAddr::from(([0, 0, 0, 0], 7890)),
            public_ws_url: None,
            lease: Duration::from_secs(30),
            heartbeat: Duration::from_secs(5),
            poll_interval: Duration::from_secs(5),
            poll_livekit: true,
            drain_timeout: Duration::from_secs(30),
            captions: CaptionSettings::default(),
            language: None,
        }
    }
}

/// What the room tasks share.
pub(crate) struct Shared {
    pub cfg: WorkerConfig,
    pub id: String,
    pub store: Store,
    pub livekit: Arc<LiveKit>,
    pub stt: Arc<dyn SpeechToText>,
    pub transcripts: Arc<dyn TranscriptStore>,
    pub summaries: SummaryMaker,
    pub listener: EgressListener,
    /// Every room and track task, so [`Worker::kill`] can stop them all at once.
    tasks: std::sync::Mutex<Vec<tokio::task::AbortHandle>>,
}

impl Shared {
    /// Spawns a room or track task, remembered for [`Worker::kill`].
    pub(crate) fn spawn<F>(&self, fut: F) -> JoinHandle<()>
    where
        F: std::future::Future<Output = ()> + Send + 'static,
    {
        let task = tokio::spawn(fut);
        let mut tasks = self.tasks.lock().unwrap_or_else(|e| e.into_inner());
        tasks.retain(|t| !t.is_finished());
        tasks.push(task.abort_handle());
        task
    }
}

/// A running worker.
pub struct Worker {
    shared: Arc<Shared>,
    stop: watch::Sender<bool>,
    task: Option<JoinHandle<Result<()>>>,
}

impl std::fmt::Debug for Worker {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Worker")
            .field("id", &self.shared.id)
            .finish_non_exhaustive()
    }
}

/// The parts a worker is made of.
pub struct WorkerParts {
    pub store: Store,
    pub livekit: Arc<LiveKit>,
    pub stt: Arc<dyn SpeechToText>,
    pub transcripts: Arc<dyn TranscriptStore>,
    pub summaries: SummaryMaker,
}

impl Worker {
    /// Registers the worker, binds the audio listener and starts working in the background.
    pub async fn start(cfg: WorkerConfig, parts: WorkerParts) -> Result<Self> {
        let reg = WorkerRegistration {
            host: hostname(),
            pid: i64::from(std::process::id()),
            concurrency: cfg.concurrency as i64,
            all_rooms: cfg.all_rooms,
        };
        let id = agent::register_worker(&parts.store, &reg, cfg.lease).await?;
        let listener = EgressListener::bind(EgressListenerConfig {
            listen: cfg.listen,
            public_url: cfg.public_ws_url.clone(),
            ..Default::default()
        })
        .await?;
        tracing::info!(worker = %id, listen = %listener.local_addr(), "agent worker started");
        let shared = Arc::new(Shared {
            cfg,
            id,
            store: parts.store,
            livekit: parts.livekit,
            stt: parts.stt,
            transcripts: parts.transcripts,
            summaries: parts.summaries,
            listener,
            tasks: Default::default(),
        });
        let (stop, stopped) = watch::channel(false);
        let task = tokio::spawn(run(shared.clone(), stopped));
        Ok(Self {
            shared,
            stop,
            task: Some(task),
        })
    }

    /// The worker's id (`AW_...`).
    pub fn id(&self) -> &str {
        &self.shared.id
    }

    /// Where the audio listener is bound.
    pub fn listen_addr(&self) -> SocketAddr {
        self.shared.listener.local_addr()
    }

    /// Stops in order: room tasks stop their egresses, leases are released so other workers
    /// take the rooms at once, and the worker is marked stopped.
    pub async fn shutdown(mut self) -> Result<()> {
        let _ = self.stop.send(true);
        match self.task.take() {
            Some(task) => task
                .await
                .map_err(|e| crate::Error::Invalid(format!("worker task: {e}")))?,
            None => Ok(()),
        }
    }

    /// Stops everything at once, the way a crash does: no egress is stopped, no lease
    /// released, the worker not marked stopped; the audio connections drop. Other workers
    /// take its rooms over when their leases run out. For failure drills and tests.
    pub fn kill(mut self) {
        if let Some(task) = self.task.take() {
            task.abort();
        }
        let tasks =
            std::mem::take(&mut *self.shared.tasks.lock().unwrap_or_else(|e| e.into_inner()));
        for t in tasks {
            t.abort();
        }
    }

    /// Waits until the worker stops on its own (an error) or `signal` resolves, then shuts down.
    pub async fn run_until(mut self, signal: impl std::future::Future<Output = ()>) -> Result<()> {
        let task = self.task.as_mut().expect("running");
        tokio::select! {
            r = task => {
                self.task = None;
                r.map_err(|e| crate::Error::Invalid(format!("worker task: {e}")))?
            }
            _ = signal => self.shutdown().await,
        }
    }
}

fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "unknown".into())
}

async fn run(shared: Arc<Shared>, mut stopped: watch::Receiver<bool>) -> Result<()> {
    let mut rooms: HashMap<String, (watch::Sender<bool>, JoinHandle<()>)> = HashMap::new();
    let mut heartbeat = tokio::time::interval(shared.cfg.heartbeat);
    heartbeat.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut poll = tokio::time::interval(shared.cfg.poll_interval);
    poll.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    loop {
        tokio::select! {
            _ = async { let _ = stopped.wait_for(|s| *s).await; } => break,
            _ = heartbeat.tick() => {
                if let Err(e) = agent::worker_heartbeat(&shared.store, &shared.id).await {
                    tracing::warn!(error = %e, "worker heartbeat failed");
                }
                // Events are cheap to apply: take them at heartbeat pace.
                if let Err(e) = agent::apply_room_events(&shared.store, &shared.id, 256).await {
                    tracing::warn!(error = %e, "reading room events failed");
                }
            }
            _ = poll.tick() => {
                if shared.cfg.poll_livekit
                    && let Err(e) = poll_livekit(&shared).await
                {
                    tracing::warn!(error = %e, "listing LiveKit's rooms failed");
                }
            }
        }
        rooms.retain(|_, (_, task)| !task.is_finished());
        while rooms.len() < shared.cfg.concurrency.max(1) {
            match agent::claim_room(
                &shared.store,
                &shared.id,
                shared.cfg.lease,
                shared.cfg.all_rooms,
            )
            .await
            {
                Ok(Some(claimed)) => {
                    tracing::info!(room = %claimed.room, state = %claimed.state, "claimed a room");
                    let (tx, rx) = watch::channel(false);
                    let name = claimed.room.clone();
                    let task = shared.spawn(room::run(shared.clone(), claimed, rx));
                    rooms.insert(name, (tx, task));
                }
                Ok(None) => break,
                Err(e) => {
                    tracing::warn!(error = %e, "claiming a room failed");
                    break;
                }
            }
        }
    }
    for (tx, _) in rooms.values() {
        let _ = tx.send(true);
    }
    for (_, (_, task)) in rooms {
        let _ = task.await;
    }
    agent::stop_worker(&shared.store, &shared.id).await?;
    Ok(())
}

/// Notes every room LiveKit lists as live, and rooms it no longer lists as finished.
async fn poll_livekit(shared: &Shared) -> Result<()> {
    let live = lkctl_core::ops::rooms::list(&shared.livekit, &[]).await?;
    for r in &live {
        agent::note_room(&shared.store, &r.name, Some(&r.sid), RoomNote::Live).await?;
    }
    let status = agent::status(&shared.store, shared.cfg.lease, Duration::ZERO).await?;
    for r in status.rooms {
        if r.room.state == agent::AgentRoomState::Active
            && !live.iter().any(|l| l.name == r.room.room)
        {
            agent::note_room(
                &shared.store,
                &r.room.room,
                r.room.room_sid.as_deref(),
                RoomNote::Finished,
            )
            .await?;
        }
    }
    Ok(())
}
