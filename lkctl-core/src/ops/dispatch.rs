//! Agent dispatch: ask LiveKit to send a named agent into a room (create, list, get, delete).

use std::collections::{BTreeMap, HashMap};

use livekit_api::access_token::VideoGrants;
use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use super::rooms::{admin_grants, not_found_room, validate_metadata, validate_name};
use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::token::rfc3339;

const SERVICE: &str = "AgentDispatchService";

/// An agent dispatch.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Dispatch {
    pub id: String,
    pub agent_name: String,
    pub room: String,
    pub metadata: String,
    pub attributes: BTreeMap<String, String>,
    /// Jobs started for this dispatch.
    pub jobs: usize,
    pub created_at: String,
}

impl From<proto::AgentDispatch> for Dispatch {
    fn from(d: proto::AgentDispatch) -> Self {
        let (jobs, created) = d
            .state
            .as_ref()
            .map(|s| (s.jobs.len(), s.created_at))
            .unwrap_or((0, 0));
        // LiveKit stores created_at in nanoseconds.
        let secs = if created > 10_000_000_000 {
            created / 1_000_000_000
        } else {
            created
        };
        Self {
            id: d.id,
            agent_name: d.agent_name,
            room: d.room,
            metadata: d.metadata,
            attributes: d.attributes.into_iter().collect(),
            jobs,
            created_at: if secs > 0 {
                rfc3339(secs as u64)
            } else {
                String::new()
            },
        }
    }
}

fn grants(room: &str) -> VideoGrants {
    admin_grants(room)
}

/// Dispatch `agent_name` into `room`.
pub async fn create(
    lk: &LiveKit,
    room: &str,
    agent_name: &str,
    metadata: &str,
    attributes: HashMap<String, String>,
) -> Result<Dispatch> {
    validate_name("room name", room)?;
    validate_name("agent name", agent_name)?;
    validate_metadata(metadata)?;
    let req = proto::CreateAgentDispatchRequest {
        agent_name: agent_name.into(),
        room: room.into(),
        metadata: metadata.into(),
        attributes,
        ..Default::default()
    };
    let d: proto::AgentDispatch = lk
        .twirp(SERVICE, "CreateDispatch", &req, grants(room), None)
        .await
        .map_err(|e| not_found_room(e, room))?;
    Ok(d.into())
}

/// The dispatches of a room.
pub async fn list(lk: &LiveKit, room: &str) -> Result<Vec<Dispatch>> {
    validate_name("room name", room)?;
    let req = proto::ListAgentDispatchRequest {
        room: room.into(),
        ..Default::default()
    };
    let r: proto::ListAgentDispatchResponse = lk
        .twirp(SERVICE, "ListDispatch", &req, grants(room), None)
        .await
        .map_err(|e| not_found_room(e, room))?;
    Ok(r.agent_dispatches.into_iter().map(Dispatch::from).collect())
}

/// One dispatch of a room.
pub async fn get(lk: &LiveKit, room: &str, id: &str) -> Result<Dispatch> {
    validate_name("room name", room)?;
    let req = proto::ListAgentDispatchRequest {
        room: room.into(),
        dispatch_id: id.into(),
    };
    let r: proto::ListAgentDispatchResponse = lk
        .twirp(SERVICE, "ListDispatch", &req, grants(room), None)
        .await
        .map_err(|e| not_found_room(e, room))?;
    r.agent_dispatches
        .into_iter()
        .find(|d| d.id == id)
        .map(Dispatch::from)
        .ok_or_else(|| Error::NotFound {
            what: "agent dispatch",
            id: id.into(),
        })
}

/// Delete a dispatch.
pub async fn delete(lk: &LiveKit, room: &str, id: &str) -> Result<Dispatch> {
    validate_name("room name", room)?;
    let req = proto::DeleteAgentDispatchRequest {
        dispatch_id: id.into(),
        room: room.into(),
    };
    let d: proto::AgentDispatch = lk
        .twirp(SERVICE, "DeleteDispatch", &req, grants(room), None)
        .await
        .map_err(|e| match e {
            Error::LiveKit {
                code,
                message,
                meta,
            } if code == "not_found" && !message.contains("room") => {
                let _ = (message, meta);
                Error::NotFound {
                    what: "agent dispatch",
                    id: id.into(),
                }
            }
            other => not_found_room(other, room),
        })?;
    Ok(d.into())
}
