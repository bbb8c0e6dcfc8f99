//! Egress: start (room composite, web, participant, track composite, track), list
//! (following page tokens), get, stop, update layout and stream URLs, and wait
//! until a job ends.
//!
//! Every call is a Twirp call of our own with livekit-protocol types: livekit-api's
//! `list_egress` drops `next_page_token` and its start helpers always force
//! `advanced` encoding, so a request file would not reach LiveKit unchanged.
//!
//! [`model`] holds what lkctl shows of a job, [`start`] turns typed start options (or a
//! request file) into LiveKit's start requests; this module makes the calls.

use std::time::{Duration, Instant};

use livekit_api::access_token::VideoGrants;
use livekit_protocol as proto;

use crate::client::LiveKit;
use crate::error::{Error, Result};

mod model;
mod start;

pub use model::{
    Egress, EgressFile, EgressImages, EgressKind, EgressSegments, EgressStatus, EgressStream,
    StopOutcome, StopResult, StreamStatus,
};
pub use start::{
    Outputs, ParticipantOptions, RoomCompositeOptions, S3Upload, StartRequest,
    TrackCompositeOptions, TrackOptions, Upload, WebOptions, preset_from_name,
};

const SERVICE: &str = "Egress";

fn record_grants() -> VideoGrants {
    VideoGrants {
        room_record: true,
        ..Default::default()
    }
}

/// One call to the Egress service with recording grants.
async fn call<Resp>(lk: &LiveKit, method: &str, req: &impl prost::Message) -> Result<Resp>
where
    Resp: prost::Message + Default,
{
    lk.twirp(SERVICE, method, req, record_grants(), None).await
}

/// A call that changes one existing egress: its not-found error names the ID.
async fn call_on(
    lk: &LiveKit,
    method: &str,
    req: &impl prost::Message,
    egress_id: &str,
) -> Result<Egress> {
    call::<proto::EgressInfo>(lk, method, req)
        .await
        .map(Egress::from)
        .map_err(|e| not_found_egress(e, egress_id))
}

/// Start an egress.
pub async fn start(lk: &LiveKit, req: StartRequest) -> Result<Egress> {
    let room = req.room().to_string();
    let result: Result<proto::EgressInfo> = match &req {
        StartRequest::RoomComposite(r) => call(lk, "StartRoomCompositeEgress", r).await,
        StartRequest::Web(r) => call(lk, "StartWebEgress", r).await,
        StartRequest::Participant(r) => call(lk, "StartParticipantEgress", r).await,
        StartRequest::TrackComposite(r) => call(lk, "StartTrackCompositeEgress", r).await,
        StartRequest::Track(r) => call(lk, "StartTrackEgress", r).await,
    };
    match result {
        Ok(info) => Ok(info.into()),
        Err(e) if room.is_empty() => Err(e),
        Err(e) => Err(super::rooms::not_found_room(e, &room)),
    }
}

/// Filters of `egress list`.
#[derive(Debug, Clone, Default)]
pub struct ListEgress {
    pub room: Option<String>,
    pub egress_id: Option<String>,
    /// Only jobs that have not ended.
    pub active: bool,
    /// Stop after this many (0: all).
    pub limit: usize,
}

/// List egress jobs, following `next_page_token` until done or `limit` is reached.
pub async fn list(lk: &LiveKit, filter: &ListEgress) -> Result<Vec<Egress>> {
    let mut out = Vec::new();
    let mut token: Option<proto::TokenPagination> = None;
    // A misbehaving server repeating a token must not loop forever.
    let mut seen = std::collections::HashSet::new();
    loop {
        let req = proto::ListEgressRequest {
            room_name: filter.room.clone().unwrap_or_default(),
            egress_id: filter.egress_id.clone().unwrap_or_default(),
            active: filter.active,
            page_token: token.clone(),
        };
        let resp: proto::ListEgressResponse = call(lk, "ListEgress", &req).await?;
        out.extend(resp.items.into_iter().map(Egress::from));
        if filter.limit > 0 && out.len() >= filter.limit {
            out.truncate(filter.limit);
            break;
        }
        match resp.next_page_token {
            Some(t) if !t.token.is_empty() && seen.insert(t.token.clone()) => token = Some(t),
            _ => break,
        }
    }
    Ok(out)
}

/// One egress by ID.
pub async fn get(lk: &LiveKit, egress_id: &str) -> Result<Egress> {
    validate_id(egress_id)?;
    let filter = ListEgress {
        egress_id: Some(egress_id.to_string()),
        ..Default::default()
    };
    list(lk, &filter)
        .await?
        .into_iter()
        .find(|e| e.egress_id == egress_id)
        .ok_or_else(|| Error::NotFound {
            what: "egress",
            id: egress_id.to_string(),
        })
}

fn validate_id(id: &str) -> Result<()> {
    if id.trim().is_empty() {
        return Err(Error::invalid("egress id", "must not be empty"));
    }
    Ok(())
}

/// Name the egress in LiveKit's not-found message.
fn not_found_egress(e: Error, id: &str) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } if code == "not_found" && !message.contains(id) => Error::LiveKit {
            code,
            message: format!("{message} (egress `{id}`)"),
            meta,
        },
        other => other,
    }
}

/// Stop one egress.
pub async fn stop(lk: &LiveKit, egress_id: &str) -> Result<Egress> {
    validate_id(egress_id)?;
    let req = proto::StopEgressRequest {
        egress_id: egress_id.to_string(),
    };
    call_on(lk, "StopEgress", &req, egress_id).await
}

/// Stop several egress jobs, one report per ID, in order.
pub async fn stop_many(lk: &LiveKit, ids: &[String]) -> Vec<StopOutcome> {
    let mut out = Vec::with_capacity(ids.len());
    for id in ids {
        out.push(match stop(lk, id).await {
            Ok(e) => StopOutcome {
                egress_id: id.clone(),
                outcome: StopResult::Stopped,
                status: Some(e.status),
                error: None,
            },
            Err(e) => StopOutcome {
                egress_id: id.clone(),
                outcome: StopResult::Failed,
                status: None,
                error: Some(e.to_string()),
            },
        });
    }
    out
}

/// `Error::Partial` when any stop failed.
pub fn check_stop_outcomes(outcomes: &[StopOutcome]) -> Result<()> {
    let failed = outcomes
        .iter()
        .filter(|o| o.outcome == StopResult::Failed)
        .count();
    if failed > 0 {
        return Err(Error::Partial {
            what: "egress stops",
            failed,
            total: outcomes.len(),
        });
    }
    Ok(())
}

/// Change the layout of a running room composite egress.
pub async fn update_layout(lk: &LiveKit, egress_id: &str, layout: &str) -> Result<Egress> {
    validate_id(egress_id)?;
    if layout.is_empty() {
        return Err(Error::invalid(
            "layout",
            "must not be empty (e.g. grid, speaker, single-speaker)",
        ));
    }
    let req = proto::UpdateLayoutRequest {
        egress_id: egress_id.into(),
        layout: layout.into(),
    };
    call_on(lk, "UpdateLayout", &req, egress_id).await
}

/// Add or remove stream URLs of a running egress.
pub async fn update_stream(
    lk: &LiveKit,
    egress_id: &str,
    add: &[String],
    remove: &[String],
) -> Result<Egress> {
    validate_id(egress_id)?;
    if add.is_empty() && remove.is_empty() {
        return Err(Error::invalid(
            "update",
            "nothing to change; pass --add-url or --remove-url",
        ));
    }
    let req = proto::UpdateStreamRequest {
        egress_id: egress_id.into(),
        add_output_urls: add.to_vec(),
        remove_output_urls: remove.to_vec(),
    };
    call_on(lk, "UpdateStream", &req, egress_id).await
}

/// How `wait` polls.
#[derive(Debug, Clone, Copy)]
pub struct WaitOptions {
    pub poll_interval: Duration,
    /// Give up after this long (`None`: wait forever).
    pub timeout: Option<Duration>,
}

impl Default for WaitOptions {
    fn default() -> Self {
        Self {
            poll_interval: Duration::from_secs(2),
            timeout: None,
        }
    }
}

/// Poll until the egress ends; `on_change` sees every status change. Returns the
/// ended job whatever its outcome: see [`check_ended`] to turn failures into errors.
pub async fn wait(
    lk: &LiveKit,
    egress_id: &str,
    opts: WaitOptions,
    on_change: &mut (dyn FnMut(&Egress) + Send),
) -> Result<Egress> {
    let started = Instant::now();
    let mut last_status = None;
    loop {
        let e = get(lk, egress_id).await?;
        if last_status != Some(e.status) {
            last_status = Some(e.status);
            on_change(&e);
        }
        if e.has_ended() {
            return Ok(e);
        }
        if let Some(t) = opts.timeout
            && started.elapsed() >= t
        {
            return Err(Error::Unavailable {
                url: lk.url().to_string(),
                reason: format!(
                    "egress {egress_id} is still {} after {}s; raise --wait-timeout",
                    e.status,
                    t.as_secs()
                ),
                source: None,
            });
        }
        tokio::time::sleep(opts.poll_interval).await;
    }
}

/// An error for an egress that ended badly (failed or aborted), `Ok` otherwise.
pub fn check_ended(e: &Egress) -> Result<()> {
    if e.has_failed() {
        let reason = if e.error.is_empty() {
            "no reason given".to_string()
        } else {
            e.error.clone()
        };
        return Err(Error::Failed {
            what: "egress",
            id: e.egress_id.clone(),
            reason: format!("{} ({reason})", e.status),
        });
    }
    Ok(())
}
