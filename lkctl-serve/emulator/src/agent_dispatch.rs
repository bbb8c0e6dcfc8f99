//! `livekit.AgentDispatchService` (LIVEKIT.md §2.5): dispatches per room, no workers.
//!
//! Every RPC needs `roomAdmin` on the request's room. The room must exist (LiveKit
//! routes the call to the room's node); a new dispatch gets one pending job, as if
//! a worker had been asked to take it.

use std::collections::BTreeMap;

use async_trait::async_trait;
use livekit_protocol as proto;

use super::error::TwirpError;
use super::ids;
use super::service::{CallCtx, Reply, Request, TwirpService};

/// The emulator's message for an unknown dispatch ID.
pub(crate) const DISPATCH_NOT_FOUND: &str = "dispatch not found";

/// Dispatches by ID.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub(crate) struct DispatchState {
    pub dispatches: BTreeMap<String, proto::AgentDispatch>,
}

pub(crate) struct AgentDispatchService;

#[async_trait]
impl TwirpService for AgentDispatchService {
    fn name(&self) -> &'static str {
        "AgentDispatchService"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        match method {
            "CreateDispatch" => {
                let r: proto::CreateAgentDispatchRequest = req.decode()?;
                ctx.grants.room_admin(&r.room)?;
                create(ctx, r)
            }
            "DeleteDispatch" => {
                let r: proto::DeleteAgentDispatchRequest = req.decode()?;
                ctx.grants.room_admin(&r.room)?;
                let mut state = ctx.state();
                state.room(&r.room)?;
                let now_ms = state.now_ms();
                let found = state
                    .dispatch
                    .dispatches
                    .get(&r.dispatch_id)
                    .is_some_and(|d| d.room == r.room);
                if !found {
                    return Err(TwirpError::not_found(DISPATCH_NOT_FOUND));
                }
                let mut d = state
                    .dispatch
                    .dispatches
                    .remove(&r.dispatch_id)
                    .unwrap_or_default();
                if let Some(s) = &mut d.state {
                    s.deleted_at = now_ms * 1_000_000;
                }
                Ok(Reply::new(&d))
            }
            "ListDispatch" => {
                let r: proto::ListAgentDispatchRequest = req.decode()?;
                ctx.grants.room_admin(&r.room)?;
                let state = ctx.state();
                state.room(&r.room)?;
                let agent_dispatches = state
                    .dispatch
                    .dispatches
                    .values()
                    .filter(|d| d.room == r.room)
                    .filter(|d| r.dispatch_id.is_empty() || d.id == r.dispatch_id)
                    .cloned()
                    .collect();
                Ok(Reply::new(&proto::ListAgentDispatchResponse {
                    agent_dispatches,
                }))
            }
            _ => Err(ctx.no_handler()),
        }
    }
}

fn create(ctx: &CallCtx, r: proto::CreateAgentDispatchRequest) -> Result<Reply, TwirpError> {
    if r.agent_name.is_empty() {
        return Err(TwirpError::invalid_argument("agent name is required"));
    }
    let mut state = ctx.state();
    let room = state.room(&r.room)?.room.clone();
    let now_ns = state.now_ms() * 1_000_000;
    let id = ids::new_id("AD_");
    let job = proto::Job {
        id: ids::new_id("AJ_"),
        dispatch_id: id.clone(),
        r#type: proto::JobType::JtRoom as i32,
        room: Some(room),
        agent_name: r.agent_name.clone(),
        metadata: r.metadata.clone(),
        state: Some(proto::JobState {
            status: proto::JobStatus::JsPending as i32,
            updated_at: now_ns,
            ..Default::default()
        }),
        ..Default::default()
    };
    let d = proto::AgentDispatch {
        id,
        agent_name: r.agent_name,
        room: r.room,
        metadata: r.metadata,
        state: Some(proto::AgentDispatchState {
            jobs: vec![job],
            created_at: now_ns,
            deleted_at: 0,
        }),
        restart_policy: r.restart_policy,
        deployment: r.deployment,
        attributes: r.attributes,
    };
    state.dispatch.dispatches.insert(d.id.clone(), d.clone());
    Ok(Reply::new(&d))
}
