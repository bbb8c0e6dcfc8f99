//! One claimed room: keep the lease, follow its audio tracks, and at its end write the
//! summary.

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Instant;

use lkctl_core::ops::agent::{self, AgentRoom, AgentRoomState, RoomReport};
use lkctl_core::ops::egress::{self, StartRequest, TrackOptions};
use lkctl_core::ops::{participants, rooms};
use lkctl_core::store::Timestamp;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use super::{Shared, track};
use crate::audio::TrackInfo;
use crate::error::Result;

/// What the room's tracks report between heartbeats.
#[derive(Debug, Default)]
pub(crate) struct RoomStats {
    inner: Mutex<RoomReport>,
}

impl RoomStats {
    pub(crate) fn audio(&self) {
        self.lock().last_audio_at = Some(Timestamp::now());
    }

    pub(crate) fn segment(&self) {
        let mut r = self.lock();
        r.new_segments += 1;
        r.last_segment_at = Some(Timestamp::now());
    }

    pub(crate) fn error(&self, error: impl Into<String>) {
        let error = error.into();
        tracing::warn!(%error, "transcription problem");
        self.lock().error = Some(error);
    }

    fn take(&self, tracks: usize) -> RoomReport {
        let mut r = std::mem::take(&mut *self.lock());
        r.tracks = tracks as i64;
        r
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, RoomReport> {
        self.inner.lock().unwrap_or_else(|e| e.into_inner())
    }
}

/// One transcribed track.
struct Running {
    egress_id: String,
    connected: Arc<AtomicBool>,
    task: JoinHandle<()>,
}

/// How a room task ended.
enum Ending {
    /// The summary is written.
    Done,
    /// The worker is stopping: release so another takes the room at once.
    Release,
    /// Another worker holds the room now.
    Lost,
}

pub(crate) async fn run(shared: Arc<Shared>, claimed: AgentRoom, stop: watch::Receiver<bool>) {
    let name = claimed.room.clone();
    let stats = Arc::new(RoomStats::default());
    let ending = match follow(&shared, claimed, stop, &stats).await {
        Ok(e) => e,
        Err(e) => {
            stats.error(e.to_string());
            Ending::Release
        }
    };
    let done = match ending {
        Ending::Lost => return,
        Ending::Done => true,
        Ending::Release => false,
    };
    // The last report (an error, the final segment count) goes with the release.
    let report = stats.take(0);
    if let Err(e) =
        agent::renew_room(&shared.store, &name, &shared.id, shared.cfg.lease, &report).await
    {
        tracing::warn!(room = %name, error = %e, "reporting before release failed");
    }
    if let Err(e) = agent::release_room(&shared.store, &name, &shared.id, done).await {
        tracing::warn!(room = %name, error = %e, "releasing the room failed");
    }
}

async fn follow(
    shared: &Arc<Shared>,
    mut row: AgentRoom,
    mut stop: watch::Receiver<bool>,
    stats: &Arc<RoomStats>,
) -> Result<Ending> {
    let mut tracks: HashMap<String, Running> = HashMap::new();
    let mut tick = tokio::time::interval(shared.cfg.heartbeat);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut seen_change = None;
    let mut last_look: Option<Instant> = None;
    while row.state == AgentRoomState::Active {
        let stopping = tokio::select! {
            _ = async { let _ = stop.wait_for(|s| *s).await; } => true,
            _ = tick.tick() => false,
        };
        if stopping {
            stop_all(shared, &mut tracks).await;
            return Ok(Ending::Release);
        }
        tracks.retain(|_, t| !t.task.is_finished());
        let report = stats.take(tracks.len());
        match agent::renew_room(
            &shared.store,
            &row.room,
            &shared.id,
            shared.cfg.lease,
            &report,
        )
        .await
        {
            Ok(Some(r)) => row = r,
            Ok(None) => {
                tracing::warn!(room = %row.room, "lost the room's lease to another worker");
                stop_all(shared, &mut tracks).await;
                return Ok(Ending::Lost);
            }
            Err(e) => {
                tracing::warn!(room = %row.room, error = %e, "renewing the lease failed");
                continue;
            }
        }
        if row.state != AgentRoomState::Active {
            break;
        }
        let due = last_look.is_none_or(|t| t.elapsed() >= shared.cfg.poll_interval);
        if seen_change != Some(row.changed_at) || due {
            seen_change = Some(row.changed_at);
            last_look = Some(Instant::now());
            match look(shared, &row, &mut tracks, stats).await {
                Ok(true) => {}
                Ok(false) => {
                    agent::finish_room(&shared.store, &row.room).await?;
                    break;
                }
                Err(e) => stats.error(format!("following the room's tracks: {e}")),
            }
        }
    }
    // The room ended: no more audio; let what was heard come out, then summarise.
    stop_all(shared, &mut tracks).await;
    let report = stats.take(0);
    agent::renew_room(
        &shared.store,
        &row.room,
        &shared.id,
        shared.cfg.lease,
        &report,
    )
    .await?;
    summarise(shared, &row, stats).await?;
    Ok(Ending::Done)
}

/// Reconciles the room's audio tracks with the running ones; `false` when the room (this
/// session of it) is gone.
async fn look(
    shared: &Arc<Shared>,
    row: &AgentRoom,
    tracks: &mut HashMap<String, Running>,
    stats: &Arc<RoomStats>,
) -> Result<bool> {
    let lk = &shared.livekit;
    let listed = rooms::list(lk, std::slice::from_ref(&row.room)).await?;
    let Some(live) = listed.into_iter().find(|r| r.name == row.room) else {
        return Ok(false);
    };
    if row.room_sid.as_deref().is_some_and(|sid| sid != live.sid) {
        // A new session replaced the one this row is about.
        return Ok(false);
    }
    let people = participants::list(lk, &row.room).await?;
    let mut wanted = HashMap::new();
    for p in &people {
        if matches!(p.kind.as_str(), "agent" | "egress") {
            continue;
        }
        for t in p.tracks.iter().filter(|t| t.kind == "audio") {
            wanted.insert(t.sid.clone(), p);
        }
    }
    // Tracks that went away: stop their egress (it may have ended on its own already).
    let gone: Vec<String> = tracks
        .keys()
        .filter(|sid| !wanted.contains_key(*sid))
        .cloned()
        .collect();
    for sid in gone {
        if let Some(t) = tracks.remove(&sid) {
            let _ = egress::stop(lk, &t.egress_id).await;
            detach(t);
        }
    }
    // Egress that never connected and has ended (the listener was unreachable): retry later.
    let mut failed = Vec::new();
    for (sid, t) in tracks.iter() {
        if !t.connected.load(Ordering::Relaxed)
            && let Ok(e) = egress::get(lk, &t.egress_id).await
            && e.has_ended()
        {
            stats.error(format!(
                "egress {} for track {sid} ended before it streamed: {}",
                t.egress_id,
                if e.error.is_empty() {
                    "no error given"
                } else {
                    &e.error
                }
            ));
            failed.push(sid.clone());
        }
    }
    for sid in failed {
        if let Some(t) = tracks.remove(&sid) {
            t.task.abort();
        }
    }
    let origin = row.created_at.unix_ms();
    for (sid, p) in wanted {
        if tracks.contains_key(&sid) {
            continue;
        }
        let info = TrackInfo {
            room: row.room.clone(),
            room_sid: Some(live.sid.clone()),
            participant_identity: p.identity.clone(),
            participant_name: (!p.name.is_empty()).then(|| p.name.clone()),
            track_id: sid.clone(),
            offset_ms: (Timestamp::now().unix_ms() - origin).max(0),
        };
        let reg = shared.listener.register(info);
        let req = StartRequest::track(TrackOptions {
            room: row.room.clone(),
            track_id: sid.clone(),
            websocket_url: Some(reg.url.expose().to_string()),
            outputs: Default::default(),
        })?;
        match egress::start(lk, req).await {
            Ok(e) => {
                tracing::info!(room = %row.room, track = %sid, egress = %e.egress_id, "transcribing a track");
                let connected = Arc::new(AtomicBool::new(false));
                let task = shared.spawn(track::run(
                    shared.clone(),
                    reg.source,
                    stats.clone(),
                    connected.clone(),
                ));
                tracks.insert(
                    sid,
                    Running {
                        egress_id: e.egress_id,
                        connected,
                        task,
                    },
                );
            }
            Err(e) => stats.error(format!("starting egress for track {sid}: {e}")),
        }
    }
    Ok(true)
}

/// Lets a track's task finish on its own (its egress closes the stream).
fn detach(t: Running) {
    drop(t.task);
}

/// Stops every track's egress and waits (bounded) for their tasks to drain.
async fn stop_all(shared: &Arc<Shared>, tracks: &mut HashMap<String, Running>) {
    let running: Vec<Running> = tracks.drain().map(|(_, t)| t).collect();
    for t in &running {
        let _ = egress::stop(&shared.livekit, &t.egress_id).await;
    }
    let deadline = tokio::time::Instant::now() + shared.cfg.drain_timeout;
    for t in running {
        let abort = t.task.abort_handle();
        if tokio::time::timeout_at(deadline, t.task).await.is_err() {
            abort.abort();
        }
    }
}

async fn summarise(shared: &Arc<Shared>, row: &AgentRoom, stats: &Arc<RoomStats>) -> Result<()> {
    let segments = shared
        .transcripts
        .segments(&row.room, row.room_sid.as_deref())
        .await?;
    let made = shared.summaries.make(&segments).await;
    if let Some(e) = &made.llm_error {
        stats.error(format!("LLM summary failed, wrote the extractive one: {e}"));
    }
    shared
        .transcripts
        .put_summary(
            &row.room,
            row.room_sid.as_deref(),
            &made.summary,
            &made.provider,
        )
        .await?;
    tracing::info!(room = %row.room, segments = segments.len(), provider = %made.provider, "summary written");
    Ok(())
}
