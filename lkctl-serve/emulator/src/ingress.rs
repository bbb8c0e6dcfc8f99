//! `livekit.Ingress` (LIVEKIT.md §2.3): endpoints with stream keys, no media.
//!
//! RTMP and WHIP ingresses get a stream key and are reusable; URL input needs a URL
//! and has no key. New endpoints are ENDPOINT_INACTIVE; [`Control::publish_ingress`]
//! makes one PUBLISHING (`ingress_started`). ListIngress filters by room or ID.

use std::collections::BTreeMap;

use async_trait::async_trait;
use livekit_protocol as proto;

use super::control::Control;
use super::error::TwirpError;
use super::ids;
use super::service::{CallCtx, Reply, Request, TwirpService};

/// LiveKit's message for an unknown ingress ID.
pub(crate) const INGRESS_NOT_FOUND: &str = "ingress does not exist";

/// Ingress endpoints by ID.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub(crate) struct IngressState {
    pub endpoints: BTreeMap<String, proto::IngressInfo>,
}

/// Public base URLs the emulator hands out (nothing listens there).
const RTMP_BASE: &str = "rtmp://127.0.0.1:1935/x";
const WHIP_BASE: &str = "http://127.0.0.1:8080/w";

pub(crate) struct IngressService;

#[async_trait]
impl TwirpService for IngressService {
    fn name(&self) -> &'static str {
        "Ingress"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        ctx.grants.ingress_admin()?;
        match method {
            "CreateIngress" => create(ctx, req.decode()?),
            "UpdateIngress" => update(ctx, req.decode()?),
            "ListIngress" => list(ctx, req.decode()?),
            "DeleteIngress" => delete(ctx, req.decode()?),
            _ => Err(ctx.no_handler()),
        }
    }
}

fn create(ctx: &CallCtx, req: proto::CreateIngressRequest) -> Result<Reply, TwirpError> {
    let input = proto::IngressInput::try_from(req.input_type)
        .map_err(|_| TwirpError::invalid_argument("invalid input type"))?;
    let (url, stream_key, reusable) = match input {
        proto::IngressInput::UrlInput => {
            if req.url.is_empty() {
                return Err(TwirpError::invalid_argument("missing URL"));
            }
            (req.url.clone(), String::new(), false)
        }
        proto::IngressInput::RtmpInput => (RTMP_BASE.to_string(), ids::random_base57(12), true),
        proto::IngressInput::WhipInput => (WHIP_BASE.to_string(), ids::random_base57(12), true),
    };
    if req.room_name.is_empty() && input == proto::IngressInput::UrlInput {
        return Err(TwirpError::invalid_argument("missing room name"));
    }
    let info = proto::IngressInfo {
        ingress_id: ids::new_id("IN_"),
        name: req.name,
        stream_key,
        url,
        input_type: req.input_type,
        #[allow(deprecated)]
        bypass_transcoding: req.bypass_transcoding,
        enable_transcoding: req.enable_transcoding,
        audio: req.audio,
        video: req.video,
        room_name: req.room_name,
        participant_identity: req.participant_identity,
        participant_name: req.participant_name,
        participant_metadata: req.participant_metadata,
        reusable,
        state: Some(proto::IngressState {
            status: 0,
            ..Default::default()
        }),
        enabled: req.enabled,
    };
    ctx.state()
        .ingress
        .endpoints
        .insert(info.ingress_id.clone(), info.clone());
    Ok(Reply::new(&info))
}

fn update(ctx: &CallCtx, req: proto::UpdateIngressRequest) -> Result<Reply, TwirpError> {
    let mut state = ctx.state();
    let info = state
        .ingress
        .endpoints
        .get_mut(&req.ingress_id)
        .ok_or_else(|| TwirpError::not_found(INGRESS_NOT_FOUND))?;
    let set = |field: &mut String, v: String| {
        if !v.is_empty() {
            *field = v;
        }
    };
    set(&mut info.name, req.name);
    set(&mut info.room_name, req.room_name);
    set(&mut info.participant_identity, req.participant_identity);
    set(&mut info.participant_name, req.participant_name);
    set(&mut info.participant_metadata, req.participant_metadata);
    if req.enable_transcoding.is_some() {
        info.enable_transcoding = req.enable_transcoding;
    }
    if req.enabled.is_some() {
        info.enabled = req.enabled;
    }
    if req.audio.is_some() {
        info.audio = req.audio;
    }
    if req.video.is_some() {
        info.video = req.video;
    }
    Ok(Reply::new(&info.clone()))
}

fn list(ctx: &CallCtx, req: proto::ListIngressRequest) -> Result<Reply, TwirpError> {
    let state = ctx.state();
    let items = state
        .ingress
        .endpoints
        .values()
        .filter(|i| req.room_name.is_empty() || i.room_name == req.room_name)
        .filter(|i| req.ingress_id.is_empty() || i.ingress_id == req.ingress_id)
        .cloned()
        .collect();
    Ok(Reply::new(&proto::ListIngressResponse {
        items,
        next_page_token: None,
    }))
}

fn delete(ctx: &CallCtx, req: proto::DeleteIngressRequest) -> Result<Reply, TwirpError> {
    let mut state = ctx.state();
    let now_ms = state.now_ms();
    let mut info = state
        .ingress
        .endpoints
        .remove(&req.ingress_id)
        .ok_or_else(|| TwirpError::not_found(INGRESS_NOT_FOUND))?;
    if let Some(s) = &mut info.state {
        let was_publishing = s.status == proto::ingress_state::Status::EndpointPublishing as i32;
        s.status = proto::ingress_state::Status::EndpointInactive as i32;
        if was_publishing {
            s.ended_at = now_ms * 1_000_000;
            state.emit(proto::WebhookEvent {
                event: "ingress_ended".into(),
                ingress_info: Some(info.clone()),
                room: Some(proto::Room {
                    name: info.room_name.clone(),
                    ..Default::default()
                }),
                ..Default::default()
            });
        }
    }
    Ok(Reply::new(&info))
}

impl Control {
    /// Marks an ingress as receiving media (`ingress_started`).
    pub fn publish_ingress(&self, ingress_id: &str) -> Result<proto::IngressInfo, TwirpError> {
        let mut state = self.emu.state();
        let now_ms = state.now_ms();
        let info = state
            .ingress
            .endpoints
            .get_mut(ingress_id)
            .ok_or_else(|| TwirpError::not_found(INGRESS_NOT_FOUND))?;
        let s = info.state.get_or_insert_with(Default::default);
        s.status = proto::ingress_state::Status::EndpointPublishing as i32;
        s.started_at = now_ms * 1_000_000;
        let info = info.clone();
        state.emit(proto::WebhookEvent {
            event: "ingress_started".into(),
            ingress_info: Some(info.clone()),
            room: Some(proto::Room {
                name: info.room_name.clone(),
                ..Default::default()
            }),
            ..Default::default()
        });
        Ok(info)
    }
}
