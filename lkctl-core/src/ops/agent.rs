//! The transcription worker's bookkeeping in the store (`lkctl agent`): workers and their
//! heartbeats, one row per room with a lease, room events from the job queue, and the view
//! `lkctl agent status` shows.
//!
//! A room is transcribed by exactly one worker: [`claim_room`] gives a room whose lease is
//! free or ran out to one worker (on PostgreSQL with `FOR UPDATE SKIP LOCKED`, so racing
//! workers never take the same row; on SQLite in a write transaction, and
//! [`register_worker`] lets only one live worker use a SQLite store). The holder renews the
//! lease with every heartbeat ([`renew_room`]); when it dies, the lease runs out and the
//! next claim hands the room to another worker.
//!
//! Rooms become known from the job queue (serve's webhook receiver queues
//! [`ROOM_EVENT_JOB`] jobs for `room_started`, `track_published`, `track_unpublished` and
//! `room_finished`; see [`apply_room_event`]) and from polling LiveKit ([`note_room`]).

use std::time::Duration;

use serde::Serialize;

use super::jobs;
use crate::error::{Error, Result};
use crate::store::{Backend, BeginWrite, IdKind, Store, Timestamp, new_id, with_pool};

/// Job kind of the room events the worker reads.
pub const ROOM_EVENT_JOB: &str = "agent_room_event";
/// The webhook events queued as [`ROOM_EVENT_JOB`] jobs.
pub const ROOM_EVENTS: [&str; 4] = [
    "room_started",
    "track_published",
    "track_unpublished",
    "room_finished",
];

named_enum! {
    /// Where a room is in the worker's life cycle.
    pub enum AgentRoomState {
        /// Live: transcribed by its lease holder (or waiting for one).
        Active => "active",
        /// The room ended: the holder (or the next worker) writes the summary.
        Finished => "finished",
        /// The summary is written.
        Done => "done",
    }
}

/// One room as the workers track it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentRoom {
    pub room: String,
    /// The room session (`RM_...`) when known.
    pub room_sid: Option<String>,
    pub state: AgentRoomState,
    /// The worker holding the lease.
    pub lease_owner: Option<String>,
    pub lease_expires_at: Option<Timestamp>,
    /// Audio tracks being transcribed.
    pub tracks: i64,
    /// Final segments stored.
    pub segments: i64,
    /// When audio last arrived.
    pub last_audio_at: Option<Timestamp>,
    /// When a final segment was last stored.
    pub last_segment_at: Option<Timestamp>,
    pub last_error: Option<String>,
    pub last_error_at: Option<Timestamp>,
    /// Last event or poll that concerned the room (the holder re-reads its tracks after it).
    pub changed_at: Timestamp,
    pub created_at: Timestamp,
    pub finished_at: Option<Timestamp>,
    pub updated_at: Timestamp,
}

#[derive(Debug, sqlx::FromRow)]
struct AgentRoomRow {
    room: String,
    room_sid: Option<String>,
    state: String,
    lease_owner: Option<String>,
    lease_expires_at: Option<Timestamp>,
    tracks: i64,
    segments: i64,
    last_audio_at: Option<Timestamp>,
    last_segment_at: Option<Timestamp>,
    last_error: Option<String>,
    last_error_at: Option<Timestamp>,
    changed_at: Timestamp,
    created_at: Timestamp,
    finished_at: Option<Timestamp>,
    updated_at: Timestamp,
}

impl AgentRoomRow {
    fn into_room(self) -> AgentRoom {
        AgentRoom {
            room: self.room,
            room_sid: self.room_sid,
            state: AgentRoomState::from_name(&self.state).unwrap_or(AgentRoomState::Active),
            lease_owner: self.lease_owner,
            lease_expires_at: self.lease_expires_at,
            tracks: self.tracks,
            segments: self.segments,
            last_audio_at: self.last_audio_at,
            last_segment_at: self.last_segment_at,
            last_error: self.last_error,
            last_error_at: self.last_error_at,
            changed_at: self.changed_at,
            created_at: self.created_at,
            finished_at: self.finished_at,
            updated_at: self.updated_at,
        }
    }
}

const ROOM_COLUMNS: &str = "room, room_sid, state, lease_owner, lease_expires_at, tracks, \
     segments, last_audio_at, last_segment_at, last_error, last_error_at, changed_at, \
     created_at, finished_at, updated_at";

/// One room's row.
pub async fn room(store: &Store, room: &str) -> Result<Option<AgentRoom>> {
    let sql = format!("SELECT {ROOM_COLUMNS} FROM agent_rooms WHERE room = $1");
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, AgentRoomRow>(sqlx::AssertSqlSafe(sql.clone()))
            .bind(room)
            .fetch_optional(pool)
            .await?
    });
    Ok(row.map(AgentRoomRow::into_room))
}

/// What was learnt about a room.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoomNote {
    /// It is live (it started, a track came or went, or a poll listed it).
    Live,
    /// It finished (`room_finished`, or LiveKit no longer lists it).
    Finished,
}

/// Records what was learnt about `room` (session `room_sid` when known). A live note for a
/// room whose row is finished or done starts a new session only when the sid differs (a
/// late event of the old session changes nothing); a finished note for a room never seen
/// is ignored (there is nothing to summarise).
pub async fn note_room(
    store: &Store,
    room: &str,
    room_sid: Option<&str>,
    note: RoomNote,
) -> Result<()> {
    let room_sid = room_sid.filter(|s| !s.is_empty());
    let now = Timestamp::now();
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        let current: Option<(String, Option<String>)> =
            sqlx::query_as("SELECT state, room_sid FROM agent_rooms WHERE room = $1")
                .bind(room)
                .fetch_optional(&mut *tx)
                .await?;
        let same_session = |sid: &Option<String>| match (sid, room_sid) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        };
        match (note, current) {
            (RoomNote::Live, None) => {
                sqlx::query(
                    "INSERT INTO agent_rooms (room, room_sid, state, changed_at, created_at, \
                     updated_at) VALUES ($1, $2, 'active', $3, $3, $3)",
                )
                .bind(room)
                .bind(room_sid)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            (RoomNote::Live, Some((state, sid))) if state == "active" || same_session(&sid) => {
                if state == "active" {
                    sqlx::query(
                        "UPDATE agent_rooms SET changed_at = $2, updated_at = $2, \
                         room_sid = COALESCE(room_sid, $3) WHERE room = $1",
                    )
                    .bind(room)
                    .bind(now)
                    .bind(room_sid)
                    .execute(&mut *tx)
                    .await?;
                }
            }
            (RoomNote::Live, Some(_)) => {
                // A new session of a room whose last one ended.
                sqlx::query(
                    "UPDATE agent_rooms SET state = 'active', room_sid = $2, tracks = 0, \
                     segments = 0, last_audio_at = NULL, last_segment_at = NULL, \
                     last_error = NULL, last_error_at = NULL, finished_at = NULL, \
                     changed_at = $3, created_at = $3, updated_at = $3 WHERE room = $1",
                )
                .bind(room)
                .bind(room_sid)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            (RoomNote::Finished, Some((state, sid))) if state == "active" && same_session(&sid) => {
                sqlx::query(
                    "UPDATE agent_rooms SET state = 'finished', finished_at = $2, \
                     changed_at = $2, updated_at = $2 WHERE room = $1",
                )
                .bind(room)
                .bind(now)
                .execute(&mut *tx)
                .await?;
            }
            (RoomNote::Finished, _) => {}
        }
        tx.commit().await?;
    });
    Ok(())
}

/// A room event as the webhook receiver queues it.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct RoomEvent {
    pub event: String,
    pub room: String,
    pub room_sid: Option<String>,
    pub participant: Option<String>,
    pub track_sid: Option<String>,
}

/// Queues a room event for the workers (called by the webhook receiver); `None` when the
/// event was queued before (a redelivery) or is not one the workers read.
pub async fn queue_room_event(
    store: &Store,
    event_id: &str,
    event: &RoomEvent,
) -> Result<Option<jobs::Job>> {
    if !ROOM_EVENTS.contains(&event.event.as_str()) || event.room.is_empty() {
        return Ok(None);
    }
    let payload = serde_json::to_value(event)
        .map_err(|e| Error::Internal(format!("room event payload: {e}")))?;
    jobs::enqueue(store, ROOM_EVENT_JOB, event_id, Some(&event.room), payload).await
}

/// Takes the queued room events one by one and applies each to the rooms' rows; returns
/// how many were applied.
pub async fn apply_room_events(store: &Store, worker: &str, max: usize) -> Result<usize> {
    let mut applied = 0;
    while applied < max {
        let Some(job) = jobs::claim(store, ROOM_EVENT_JOB, worker, Duration::from_secs(60)).await?
        else {
            break;
        };
        let outcome = match serde_json::from_str::<RoomEvent>(&job.payload) {
            Ok(ev) => apply_room_event(store, &ev)
                .await
                .map_err(|e| e.to_string()),
            Err(e) => Err(format!("not a room event: {e}")),
        };
        jobs::finish(store, &job.id, worker, outcome.err().as_deref()).await?;
        applied += 1;
    }
    Ok(applied)
}

/// Applies one room event.
pub async fn apply_room_event(store: &Store, ev: &RoomEvent) -> Result<()> {
    let note = if ev.event == "room_finished" {
        RoomNote::Finished
    } else {
        RoomNote::Live
    };
    note_room(store, &ev.room, ev.room_sid.as_deref(), note).await
}

/// Gives `worker` one room whose lease is free or ran out, for `lease`: an active room to
/// transcribe or a finished one to summarise. Only rooms whose policy has transcription
/// on, unless `all_rooms`.
pub async fn claim_room(
    store: &Store,
    worker: &str,
    lease: Duration,
    all_rooms: bool,
) -> Result<Option<AgentRoom>> {
    let now = Timestamp::now();
    let pick = "SELECT room FROM agent_rooms a WHERE state IN ('active', 'finished') \
                AND (lease_owner IS NULL OR lease_expires_at <= $1) \
                AND ($2 OR EXISTS (SELECT 1 FROM room_policies p \
                                   WHERE p.room = a.room AND p.transcribe)) \
                ORDER BY changed_at, room LIMIT 1";
    macro_rules! take {
        ($tx:expr, $room:expr) => {
            sqlx::query(
                "UPDATE agent_rooms SET lease_owner = $1, lease_expires_at = $2, updated_at = $3 \
                 WHERE room = $4",
            )
            .bind(worker)
            .bind(now.plus(lease))
            .bind(now)
            .bind($room)
            .execute(&mut *$tx)
            .await?
        };
    }
    let picked: Option<String> = match store.backend() {
        Backend::Sqlite(pool) => {
            let mut tx = pool.begin_write().await?;
            let r = sqlx::query_scalar(pick)
                .bind(now)
                .bind(all_rooms)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(r) = &r {
                take!(tx, r);
            }
            tx.commit().await?;
            r
        }
        Backend::Postgres(pool) => {
            let mut tx = pool.begin().await?;
            let sql = format!("{pick} FOR UPDATE SKIP LOCKED");
            let r = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
                .bind(now)
                .bind(all_rooms)
                .fetch_optional(&mut *tx)
                .await?;
            if let Some(r) = &r {
                take!(tx, r);
            }
            tx.commit().await?;
            r
        }
    };
    match picked {
        Some(r) => room(store, &r).await,
        None => Ok(None),
    }
}

/// What a lease holder reports with each heartbeat.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct RoomReport {
    /// Audio tracks being transcribed now.
    pub tracks: i64,
    /// Final segments stored since the last report.
    pub new_segments: i64,
    pub last_audio_at: Option<Timestamp>,
    pub last_segment_at: Option<Timestamp>,
    /// An error since the last report.
    pub error: Option<String>,
}

/// Renews `worker`'s lease on `room` for `lease` and records its report. `None` when the
/// worker no longer holds the room (another took it over): the caller must stop.
pub async fn renew_room(
    store: &Store,
    room_name: &str,
    worker: &str,
    lease: Duration,
    report: &RoomReport,
) -> Result<Option<AgentRoom>> {
    let now = Timestamp::now();
    let changed = with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE agent_rooms SET lease_expires_at = $3, updated_at = $4, tracks = $5, \
             segments = segments + $6, last_audio_at = COALESCE($7, last_audio_at), \
             last_segment_at = COALESCE($8, last_segment_at), \
             last_error = COALESCE($9, last_error), \
             last_error_at = CASE WHEN $9 IS NULL THEN last_error_at ELSE $4 END \
             WHERE room = $1 AND lease_owner = $2",
        )
        .bind(room_name)
        .bind(worker)
        .bind(now.plus(lease))
        .bind(now)
        .bind(report.tracks)
        .bind(report.new_segments)
        .bind(report.last_audio_at)
        .bind(report.last_segment_at)
        .bind(report.error.as_deref())
        .execute(pool)
        .await?
        .rows_affected()
    });
    if changed == 0 {
        return Ok(None);
    }
    room(store, room_name).await
}

/// Gives a room up. With `done`, its summary is written and it is not claimed again
/// (until a new session starts); without, another worker may claim it at once.
pub async fn release_room(store: &Store, room_name: &str, worker: &str, done: bool) -> Result<()> {
    let now = Timestamp::now();
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE agent_rooms SET lease_owner = NULL, lease_expires_at = NULL, \
             updated_at = $3, tracks = CASE WHEN $4 THEN 0 ELSE tracks END, \
             state = CASE WHEN $4 AND state = 'finished' THEN 'done' ELSE state END \
             WHERE room = $1 AND lease_owner = $2",
        )
        .bind(room_name)
        .bind(worker)
        .bind(now)
        .bind(done)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// Marks a room finished (the holder saw it end).
pub async fn finish_room(store: &Store, room_name: &str) -> Result<()> {
    let now = Timestamp::now();
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE agent_rooms SET state = 'finished', finished_at = COALESCE(finished_at, $2), \
             updated_at = $2 WHERE room = $1 AND state = 'active'",
        )
        .bind(room_name)
        .bind(now)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// A worker as it registers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerRegistration {
    pub host: String,
    pub pid: i64,
    pub concurrency: i64,
    pub all_rooms: bool,
}

/// Registers a worker and returns its id (`AW_...`). On SQLite only one worker may run at a
/// time: another whose heartbeat is younger than `lease` is a conflict.
pub async fn register_worker(
    store: &Store,
    reg: &WorkerRegistration,
    lease: Duration,
) -> Result<String> {
    let now = Timestamp::now();
    let id = new_id(IdKind::Worker);
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        if matches!(store.backend(), Backend::Sqlite(_)) {
            let live: Option<String> = sqlx::query_scalar(
                "SELECT id FROM agent_workers WHERE stopped_at IS NULL AND heartbeat_at > $1 \
                 ORDER BY heartbeat_at DESC LIMIT 1",
            )
            .bind(now.minus(lease))
            .fetch_optional(&mut *tx)
            .await?;
            if let Some(other) = live {
                return Err(Error::Conflict(format!(
                    "worker `{other}` is running on this SQLite store; run one worker per \
                     SQLite store, or use PostgreSQL for several"
                )));
            }
        }
        sqlx::query(
            "INSERT INTO agent_workers (id, host, pid, concurrency, all_rooms, started_at, \
             heartbeat_at) VALUES ($1, $2, $3, $4, $5, $6, $6)",
        )
        .bind(&id)
        .bind(&reg.host)
        .bind(reg.pid)
        .bind(reg.concurrency)
        .bind(reg.all_rooms)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    });
    Ok(id)
}

/// Records that the worker is alive.
pub async fn worker_heartbeat(store: &Store, worker: &str) -> Result<()> {
    with_pool!(store, |pool| {
        sqlx::query("UPDATE agent_workers SET heartbeat_at = $2 WHERE id = $1")
            .bind(worker)
            .bind(Timestamp::now())
            .execute(pool)
            .await?;
    });
    Ok(())
}

/// A worker's orderly stop: marks it stopped and frees its leases at once.
pub async fn stop_worker(store: &Store, worker: &str) -> Result<()> {
    let now = Timestamp::now();
    with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        sqlx::query("UPDATE agent_workers SET stopped_at = $2, heartbeat_at = $2 WHERE id = $1")
            .bind(worker)
            .bind(now)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "UPDATE agent_rooms SET lease_owner = NULL, lease_expires_at = NULL, updated_at = $2 \
             WHERE lease_owner = $1",
        )
        .bind(worker)
        .bind(now)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
    });
    Ok(())
}

/// A worker in `lkctl agent status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct AgentWorker {
    pub id: String,
    pub host: String,
    pub pid: i64,
    pub concurrency: i64,
    pub all_rooms: bool,
    pub started_at: Timestamp,
    pub heartbeat_at: Timestamp,
    pub stopped_at: Option<Timestamp>,
    /// Not stopped, and its heartbeat is younger than the lease time.
    #[sqlx(skip)]
    pub alive: bool,
    /// Rooms it holds a live lease on.
    #[sqlx(skip)]
    pub rooms: i64,
}

/// A room in `lkctl agent status`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentRoomStatus {
    #[serde(flatten)]
    pub room: AgentRoom,
    /// For a live room with a holder: how long ago audio last arrived.
    pub lag_ms: Option<i64>,
    /// The lease has run out (its holder is gone) and no worker took the room yet.
    pub lease_expired: bool,
}

/// Everything `lkctl agent status` shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AgentStatus {
    pub workers: Vec<AgentWorker>,
    pub rooms: Vec<AgentRoomStatus>,
    /// Room events queued and not yet applied.
    pub queued_events: i64,
    /// Age of the oldest of them.
    pub queue_lag_ms: Option<i64>,
}

/// Workers (newest first; stopped ones only when stopped within `keep_stopped`) and rooms
/// (live first), with lags computed at this moment; a heartbeat older than `lease` means
/// the worker is gone.
pub async fn status(store: &Store, lease: Duration, keep_stopped: Duration) -> Result<AgentStatus> {
    let now = Timestamp::now();
    let mut workers = with_pool!(store, |pool| {
        sqlx::query_as::<_, AgentWorker>(
            "SELECT id, host, pid, concurrency, all_rooms, started_at, heartbeat_at, stopped_at \
             FROM agent_workers WHERE stopped_at IS NULL OR stopped_at > $1 \
             ORDER BY started_at DESC, id",
        )
        .bind(now.minus(keep_stopped))
        .fetch_all(pool)
        .await?
    });
    let sql = format!(
        "SELECT {ROOM_COLUMNS} FROM agent_rooms ORDER BY \
         CASE state WHEN 'active' THEN 0 WHEN 'finished' THEN 1 ELSE 2 END, changed_at DESC, room"
    );
    let rows = with_pool!(store, |pool| {
        sqlx::query_as::<_, AgentRoomRow>(sqlx::AssertSqlSafe(sql.clone()))
            .fetch_all(pool)
            .await?
    });
    let rooms: Vec<AgentRoomStatus> = rows
        .into_iter()
        .map(AgentRoomRow::into_room)
        .map(|room| {
            let held = room.lease_expires_at.is_some_and(|t| t > now);
            AgentRoomStatus {
                lag_ms: (held && room.state == AgentRoomState::Active)
                    .then(|| room.last_audio_at.map(|t| now.unix_ms() - t.unix_ms()))
                    .flatten(),
                lease_expired: room.lease_owner.is_some() && !held,
                room,
            }
        })
        .collect();
    for w in &mut workers {
        w.alive = w.stopped_at.is_none() && w.heartbeat_at > now.minus(lease);
        w.rooms = rooms
            .iter()
            .filter(|r| r.room.lease_owner.as_deref() == Some(w.id.as_str()) && !r.lease_expired)
            .count() as i64;
    }
    let (queued, oldest): (i64, Option<Timestamp>) = with_pool!(store, |pool| {
        sqlx::query_as(
            "SELECT COUNT(*), MIN(created_at) FROM jobs WHERE kind = $1 AND status <> 'done' \
             AND status <> 'failed'",
        )
        .bind(ROOM_EVENT_JOB)
        .fetch_one(pool)
        .await?
    });
    Ok(AgentStatus {
        workers,
        rooms,
        queued_events: queued,
        queue_lag_ms: oldest.map(|t| now.unix_ms() - t.unix_ms()),
    })
}
