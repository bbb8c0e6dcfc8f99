//! Export runs (`lkctl export`): artifact sets rendered and placed at one or more
//! destinations, safe to run from cron.
//!
//! - **Idempotent.** Each placed file is recorded in the manifest ([`manifest`]) with the
//!   artifact key it was rendered from (the hash of the set's canonical JSON, the format and
//!   the renderer version). A second run finds every key already placed and does nothing;
//!   a set whose content changed (a regenerated summary) gets a new key and is placed again.
//! - **Crash-safe.** Destinations never show a partial file (atomic rename, S3 upload
//!   completion, Drive upload completion) and check what an earlier run placed before
//!   sending; interrupted Drive uploads resume from the store ([`resume::StoreResume`]).
//!   A run killed with SIGKILL leaves its leases behind; the next run on the same host
//!   takes them over at once ([`owner`]), other hosts after they expire.
//! - **One exporter per file.** Each (destination, session, format) is leased before it is
//!   rendered; a concurrent exporter skips what another holds ([`FileStatus::Busy`]).
//! - **Destinations are independent.** One that cannot be opened or stops answering is
//!   reported and left; the others go on. [`ExportReport::error`] says how the run ends.
//!
//! Progress goes to a callback as [`ExportEvent`]s (the CLI draws bars or prints JSON lines).

pub mod manifest;
pub mod resume;
pub mod runs;

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;

use self::manifest::{Claim, Item};
use super::artifacts;
use super::lectures::{self, RoomSession};
use crate::error::{Error, ErrorKind, Result};
use crate::export::dest::{self, Destination, DestinationSettings, DestinationUrl};
use crate::export::owner;
use crate::export::{self as render, ArtifactFile, ArtifactSet, Format, RenderOptions};
use crate::store::{Store, Timestamp, with_pool};

/// How long a file's lease lasts before another host may take it over.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(30 * 60);

/// Which room sessions to export.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// These sessions (room sids); each must exist and be finished.
    Sessions(Vec<String>),
    /// Every finished session not yet exported to the destination in every format asked
    /// for, or changed since (optionally only those started since a time).
    Pending { since: Option<Timestamp> },
    /// Every finished session started at or after this time.
    Since(Timestamp),
}

/// What to export where.
#[derive(Debug, Clone)]
pub struct ExportRequest {
    pub selection: Selection,
    pub destinations: Vec<DestinationUrl>,
    pub formats: Vec<Format>,
    pub render: RenderOptions,
    /// Place files again even when the manifest says they are placed (the destination
    /// still skips bytes it already holds).
    pub force: bool,
    pub lease: Duration,
}

/// What became of one file at one destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileStatus {
    /// Sent to the destination.
    Uploaded,
    /// The destination already held these bytes; nothing was sent.
    Unchanged,
    /// Already placed from the same input (the manifest says so); not even rendered.
    Skipped,
    /// Another exporter holds the lease.
    Busy,
    /// Failed; the next run tries again.
    Failed,
}

/// One file at one destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileOutcome {
    pub target: String,
    pub room: String,
    pub room_sid: String,
    pub format: Format,
    /// The file name inside the session's folder.
    pub name: String,
    pub status: FileStatus,
    /// Where the file is (path, S3 key, Drive file id), when placed.
    pub location: Option<String>,
    pub size: Option<u64>,
    pub sha256: Option<String>,
    pub error: Option<String>,
}

/// What a run did at one destination.
#[derive(Debug, Serialize)]
pub struct DestinationReport {
    /// The destination URL (directories absolute).
    pub target: String,
    /// The `export_runs` row, when the destination could be opened.
    pub run_id: Option<String>,
    pub sessions: usize,
    pub uploaded: usize,
    pub unchanged: usize,
    pub skipped: usize,
    pub busy: usize,
    pub failed: usize,
    /// Files not tried because the destination had failed.
    pub not_attempted: usize,
    /// Why the destination failed as a whole (could not be opened, stopped answering).
    pub error: Option<String>,
    #[serde(skip)]
    errors: Vec<Error>,
}

impl DestinationReport {
    fn new(target: String) -> Self {
        Self {
            target,
            run_id: None,
            sessions: 0,
            uploaded: 0,
            unchanged: 0,
            skipped: 0,
            busy: 0,
            failed: 0,
            not_attempted: 0,
            error: None,
            errors: Vec::new(),
        }
    }

    /// Whether anything failed here.
    pub fn is_failed(&self) -> bool {
        self.error.is_some() || self.failed > 0
    }
}

/// Progress of a run.
#[derive(Debug, Serialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum ExportEvent<'a> {
    /// A destination's work is known.
    Planned {
        target: &'a str,
        run_id: Option<&'a str>,
        sessions: usize,
        files: usize,
    },
    /// One file is done with (whatever the outcome).
    File(&'a FileOutcome),
    /// A destination is finished.
    Finished(&'a DestinationReport),
}

/// What a run did, per destination.
#[derive(Debug, Serialize)]
pub struct ExportReport {
    pub destinations: Vec<DestinationReport>,
}

impl ExportReport {
    /// How the run ends: `None` when nothing failed; the failure itself when every
    /// failure has the same kind (so the exit code says why: 5 unreachable, 4 denied, ...);
    /// [`Error::Partial`] otherwise.
    pub fn error(self) -> Option<Error> {
        let total: usize = self
            .destinations
            .iter()
            .map(|d| d.uploaded + d.unchanged + d.skipped + d.busy + d.failed + d.not_attempted)
            .sum();
        let failed_dests = self.destinations.iter().filter(|d| d.is_failed()).count();
        let mut errors: Vec<Error> = self
            .destinations
            .into_iter()
            .flat_map(|d| d.errors)
            .collect();
        if errors.is_empty() {
            return None;
        }
        let first_kind = errors[0].kind();
        if errors.iter().all(|e| e.kind() == first_kind) && first_kind != ErrorKind::Internal {
            return Some(errors.swap_remove(0));
        }
        Some(Error::Partial {
            what: if failed_dests > 1 {
                "export destinations"
            } else {
                "export files"
            },
            failed: errors.len(),
            total: total.max(errors.len()),
        })
    }
}

struct Dest {
    target: String,
    dest: Option<Box<dyn Destination>>,
    resume: resume::StoreResume,
    sessions: BTreeSet<String>,
    report: DestinationReport,
}

/// A destination URL as the manifest keys it: directories absolute, so the same folder
/// named from two working directories is one destination.
pub fn canonical_target(url: &DestinationUrl) -> Result<String> {
    Ok(match url {
        DestinationUrl::Dir(p) => std::path::absolute(p)
            .map_err(|e| Error::io(p, e))?
            .display()
            .to_string(),
        other => other.to_string(),
    })
}

/// Whether an error means the destination as a whole is unusable (so its remaining files
/// are not tried), rather than one file failing.
fn stops_destination(e: &Error) -> bool {
    matches!(
        e.kind(),
        ErrorKind::Unavailable | ErrorKind::Denied | ErrorKind::NotFound | ErrorKind::RateLimited
    ) || matches!(e, Error::Config(_) | Error::Io { .. })
}

/// Runs an export. Errors only for what makes the whole run impossible (bad request, an
/// unknown or unfinished session, the store failing); destination and file failures are
/// in the report.
pub async fn run(
    store: &Store,
    settings: &DestinationSettings,
    req: &ExportRequest,
    on_event: &(dyn Fn(&ExportEvent<'_>) + Send + Sync),
) -> Result<ExportReport> {
    if req.destinations.is_empty() {
        return Err(Error::invalid("destination", "give at least one --to"));
    }
    if req.formats.is_empty() {
        return Err(Error::invalid(
            "format",
            "name at least one of pdf, md, json, vtt, srt",
        ));
    }
    let formats_text = req
        .formats
        .iter()
        .map(|f| f.name())
        .collect::<Vec<_>>()
        .join(",");
    let me = owner::new_owner();

    // Which sessions, for every destination (the pending ones differ per destination).
    let fixed: Option<Vec<RoomSession>> = match &req.selection {
        Selection::Sessions(sids) => {
            let mut out = Vec::new();
            for sid in sids {
                let s = lectures::get(store, sid).await?;
                if s.ended_at.is_none() {
                    return Err(Error::Conflict(format!(
                        "room session `{sid}` has not finished; export it after `room_finished`"
                    )));
                }
                out.push(s);
            }
            Some(out)
        }
        Selection::Since(since) => Some(finished_sessions(store, Some(*since)).await?),
        Selection::Pending { .. } => None,
    };
    let mut all: BTreeMap<String, RoomSession> = BTreeMap::new();
    let mut dests: Vec<Dest> = Vec::new();
    let mut seen_targets = BTreeSet::new();
    for url in &req.destinations {
        let target = canonical_target(url)?;
        if !seen_targets.insert(target.clone()) {
            continue;
        }
        let mut report = DestinationReport::new(target.clone());
        let dest = match dest::open(url, settings) {
            Ok(d) => Some(d),
            Err(e) => {
                report.error = Some(e.to_string());
                report.errors.push(e);
                None
            }
        };
        let sessions = match &fixed {
            Some(list) => list.clone(),
            None => {
                let since = match &req.selection {
                    Selection::Pending { since } => *since,
                    _ => None,
                };
                pending(store, &target, &req.formats, since).await?
            }
        };
        if dest.is_some() {
            report.run_id = Some(runs::start(store, &target, &formats_text, &me).await?);
        } else {
            report.not_attempted = sessions.len() * req.formats.len();
        }
        report.sessions = sessions.len();
        let sids = sessions.iter().map(|s| s.room_sid.clone()).collect();
        for s in sessions {
            all.insert(s.room_sid.clone(), s);
        }
        dests.push(Dest {
            resume: resume::StoreResume::new(store.clone(), target.clone()),
            target,
            dest,
            sessions: sids,
            report,
        });
    }
    for d in &dests {
        on_event(&ExportEvent::Planned {
            target: &d.target,
            run_id: d.report.run_id.as_deref(),
            sessions: d.sessions.len(),
            files: d.sessions.len() * req.formats.len(),
        });
    }

    // Oldest first, so a run cut short has finished the earliest lectures.
    let mut order: Vec<&RoomSession> = all.values().collect();
    order.sort_by(|a, b| (a.started_at, &a.room_sid).cmp(&(b.started_at, &b.room_sid)));
    for session in order {
        export_session(store, req, &me, session, &mut dests, on_event).await;
    }

    let mut report = ExportReport {
        destinations: Vec::new(),
    };
    for d in dests {
        let r = d.report;
        if let Some(id) = &r.run_id {
            let first_error = r
                .error
                .clone()
                .or_else(|| r.errors.first().map(|e| e.to_string()));
            runs::finish(
                store,
                id,
                (r.uploaded + r.unchanged) as i64,
                (r.skipped + r.busy) as i64,
                (r.failed + r.not_attempted) as i64,
                first_error.as_deref(),
            )
            .await?;
        }
        on_event(&ExportEvent::Finished(&r));
        report.destinations.push(r);
    }
    Ok(report)
}

/// Every format of one session, at every destination that wants it.
async fn export_session(
    store: &Store,
    req: &ExportRequest,
    me: &str,
    session: &RoomSession,
    dests: &mut [Dest],
    on_event: &(dyn Fn(&ExportEvent<'_>) + Send + Sync),
) {
    let wanted: Vec<usize> = (0..dests.len())
        .filter(|&i| dests[i].sessions.contains(&session.room_sid))
        .collect();
    let outcome = |d: &Dest, format: Format, status: FileStatus| FileOutcome {
        target: d.target.clone(),
        room: session.room.clone(),
        room_sid: session.room_sid.clone(),
        format,
        name: format.file_name().to_string(),
        status,
        location: None,
        size: None,
        sha256: None,
        error: None,
    };
    // A destination that failed as a whole is not tried again.
    let skip_dead = |dests: &mut [Dest]| {
        for &i in &wanted {
            let d = &mut dests[i];
            if d.dest.is_none() && d.report.run_id.is_some() {
                d.report.not_attempted += req.formats.len();
            }
        }
    };
    skip_dead(dests);
    let gathered = match artifacts::artifact_set(store, &session.room_sid).await {
        Ok(set) => set.content_hash().map(|h| (Arc::new(set), h)),
        Err(e) => Err(e),
    };
    let (set, hash) = match gathered {
        Ok(x) => x,
        Err(e) => {
            let text = e.to_string();
            for &i in &wanted {
                let d = &mut dests[i];
                if d.dest.is_none() {
                    continue;
                }
                for &format in &req.formats {
                    let mut o = outcome(d, format, FileStatus::Failed);
                    o.error = Some(text.clone());
                    d.report.failed += 1;
                    on_event(&ExportEvent::File(&o));
                }
                d.report.errors.push(Error::Failed {
                    what: "artifact set",
                    id: session.room_sid.clone(),
                    reason: text.clone(),
                });
            }
            return;
        }
    };
    for &format in &req.formats {
        let key = render::artifact_key(&hash, format);
        // Claim first (cheap); render only if some destination needs the file.
        let mut claimed: Vec<(usize, Option<String>)> = Vec::new();
        for &i in &wanted {
            let d = &mut dests[i];
            let (Some(_), Some(run_id)) = (&d.dest, d.report.run_id.clone()) else {
                continue;
            };
            let item = Item {
                target: &d.target,
                room: &session.room,
                room_sid: &session.room_sid,
                format,
            };
            match manifest::claim(store, item, me, &key, &run_id, req.lease, req.force).await {
                Ok(Claim::Claimed { prior }) => claimed.push((i, prior)),
                Ok(Claim::Done(row)) => {
                    d.report.skipped += 1;
                    let mut o = outcome(d, format, FileStatus::Skipped);
                    o.location = Some(row.location);
                    o.size = row.size.and_then(|s| u64::try_from(s).ok());
                    o.sha256 = row.sha256;
                    on_event(&ExportEvent::File(&o));
                }
                Ok(Claim::Busy { owner }) => {
                    d.report.busy += 1;
                    let mut o = outcome(d, format, FileStatus::Busy);
                    o.error = Some(format!("leased by {owner}"));
                    on_event(&ExportEvent::File(&o));
                }
                Err(e) => {
                    d.report.failed += 1;
                    let mut o = outcome(d, format, FileStatus::Failed);
                    o.error = Some(e.to_string());
                    on_event(&ExportEvent::File(&o));
                    d.report.errors.push(e);
                }
            }
        }
        if claimed.is_empty() {
            continue;
        }
        let file = render_file(set.clone(), format, req.render.clone()).await;
        let file = match file {
            Ok(f) => Arc::new(f),
            Err(e) => {
                for (i, _) in claimed {
                    let d = &mut dests[i];
                    let item = Item {
                        target: &d.target,
                        room: &session.room,
                        room_sid: &session.room_sid,
                        format,
                    };
                    let _ = manifest::fail(store, item, me, &e.to_string()).await;
                    d.report.failed += 1;
                    let mut o = outcome(d, format, FileStatus::Failed);
                    o.error = Some(e.to_string());
                    on_event(&ExportEvent::File(&o));
                    d.report.errors.push(Error::Failed {
                        what: "rendering",
                        id: format!("{} {format}", session.room_sid),
                        reason: e.to_string(),
                    });
                }
                continue;
            }
        };
        // Every claiming destination at once: a slow one does not hold up the others.
        let puts = claimed.iter().map(|(i, prior)| {
            let d = &dests[*i];
            let file = file.clone();
            async move {
                match &d.dest {
                    Some(dest) => dest.put(&file, prior.as_deref(), &d.resume).await,
                    None => Err(Error::Internal(format!("{} is closed", d.target))),
                }
            }
        });
        let results = futures::future::join_all(puts).await;
        for ((i, _), result) in claimed.into_iter().zip(results) {
            let d = &mut dests[i];
            let item = Item {
                target: &d.target,
                room: &session.room,
                room_sid: &session.room_sid,
                format,
            };
            let recorded = match result {
                Ok(placed) => manifest::complete(store, item, me, &key, &placed)
                    .await
                    .map(|()| placed),
                Err(e) => Err(e),
            };
            match recorded {
                Ok(placed) => {
                    let status = if placed.uploaded {
                        d.report.uploaded += 1;
                        FileStatus::Uploaded
                    } else {
                        d.report.unchanged += 1;
                        FileStatus::Unchanged
                    };
                    let mut o = outcome(d, format, status);
                    o.location = Some(placed.target_ref);
                    o.size = Some(placed.size);
                    o.sha256 = Some(placed.sha256);
                    on_event(&ExportEvent::File(&o));
                }
                Err(e) => {
                    let _ = manifest::fail(store, item, me, &e.to_string()).await;
                    d.report.failed += 1;
                    let mut o = outcome(d, format, FileStatus::Failed);
                    o.error = Some(e.to_string());
                    on_event(&ExportEvent::File(&o));
                    if stops_destination(&e) {
                        d.report.error = Some(e.to_string());
                        d.dest = None;
                        // The rest of this session's formats and later sessions are skipped.
                        let left = req
                            .formats
                            .iter()
                            .skip_while(|f| **f != format)
                            .skip(1)
                            .count();
                        d.report.not_attempted += left;
                    }
                    d.report.errors.push(e);
                }
            }
        }
    }
}

/// Renders off the async threads (a PDF of a long lecture takes a while).
async fn render_file(
    set: Arc<ArtifactSet>,
    format: Format,
    opts: RenderOptions,
) -> Result<ArtifactFile> {
    tokio::task::spawn_blocking(move || render::render(&set, format, &opts))
        .await
        .map_err(|e| Error::Internal(format!("render task: {e}")))?
}

/// Finished sessions, oldest first, started at or after `since`.
async fn finished_sessions(store: &Store, since: Option<Timestamp>) -> Result<Vec<RoomSession>> {
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, RoomSession>(
            "SELECT room_sid, room, started_at, ended_at FROM room_sessions \
             WHERE ended_at IS NOT NULL AND ($1 IS NULL OR started_at >= $1) \
             ORDER BY started_at, room_sid",
        )
        .bind(since)
        .fetch_all(pool)
        .await?
    }))
}

#[derive(sqlx::FromRow)]
struct PendingSession {
    room_sid: String,
    room: String,
    started_at: Timestamp,
    ended_at: Option<Timestamp>,
    updated_at: Timestamp,
}

#[derive(sqlx::FromRow)]
struct DoneRow {
    room_sid: String,
    format: String,
    updated_at: Timestamp,
}

/// Finished sessions that `target` lacks in some format, or that changed (a summary
/// regenerated, late transcript segments) after they were placed there.
pub async fn pending(
    store: &Store,
    target: &str,
    formats: &[Format],
    since: Option<Timestamp>,
) -> Result<Vec<RoomSession>> {
    let sessions: Vec<PendingSession> = with_pool!(store, |pool| {
        sqlx::query_as::<_, PendingSession>(
            "SELECT room_sid, room, started_at, ended_at, updated_at FROM room_sessions \
             WHERE ended_at IS NOT NULL AND ($1 IS NULL OR started_at >= $1) \
             ORDER BY started_at, room_sid",
        )
        .bind(since)
        .fetch_all(pool)
        .await?
    });
    let done: Vec<DoneRow> = with_pool!(store, |pool| {
        sqlx::query_as::<_, DoneRow>(
            "SELECT room_sid, format, updated_at FROM artifacts \
             WHERE target = $1 AND status = 'done' AND room_sid IS NOT NULL",
        )
        .bind(target)
        .fetch_all(pool)
        .await?
    });
    let mut placed: HashMap<&str, HashMap<&str, Timestamp>> = HashMap::new();
    for row in &done {
        placed
            .entry(row.room_sid.as_str())
            .or_default()
            .insert(row.format.as_str(), row.updated_at);
    }
    Ok(sessions
        .into_iter()
        .filter(|s| {
            let Some(have) = placed.get(s.room_sid.as_str()) else {
                return true;
            };
            formats.iter().any(|f| match have.get(f.name()) {
                None => true,
                Some(at) => *at < s.updated_at,
            })
        })
        .map(|s| RoomSession {
            room_sid: s.room_sid,
            room: s.room,
            started_at: s.started_at,
            ended_at: s.ended_at,
        })
        .collect())
}
