//! `livekit.RoomService` (LIVEKIT.md §2.1) over the in-memory state.

use async_trait::async_trait;
use livekit_protocol as proto;

use super::error::{Code, TwirpError};
use super::rooms::{PARTICIPANT_NOT_FOUND, TRACK_NOT_FOUND};
use super::service::{CallCtx, Reply, Request, TwirpService};
use super::state::{DataRecord, RpcRecord};

/// Server limits (`config.LimitConfig` defaults).
pub(crate) const MAX_NAME_LENGTH: usize = 256;
pub(crate) const MAX_METADATA_SIZE: usize = 512 * 1024;
pub(crate) const MAX_ATTRIBUTES_SIZE: usize = 64 * 1024;

pub(crate) struct RoomService;

#[async_trait]
impl TwirpService for RoomService {
    fn name(&self) -> &'static str {
        "RoomService"
    }

    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError> {
        match method {
            "CreateRoom" => create_room(ctx, req.decode()?),
            "ListRooms" => list_rooms(ctx, req.decode()?),
            "DeleteRoom" => delete_room(ctx, req.decode()?),
            "ListParticipants" => list_participants(ctx, req.decode()?),
            "GetParticipant" => get_participant(ctx, req.decode()?),
            "RemoveParticipant" => remove_participant(ctx, req.decode()?),
            "MutePublishedTrack" => mute_published_track(ctx, req.decode()?),
            "UpdateParticipant" => update_participant(ctx, req.decode()?),
            "UpdateSubscriptions" => update_subscriptions(ctx, req.decode()?),
            "SendData" => send_data(ctx, req.decode()?),
            "UpdateRoomMetadata" => update_room_metadata(ctx, req.decode()?),
            "PerformRpc" => perform_rpc(ctx, req.decode()?),
            // Cloud-only: the open-source server does not implement them.
            "ForwardParticipant" | "MoveParticipant" => Err(TwirpError::new(
                Code::Unimplemented,
                format!("{method} is not supported"),
            )),
            _ => Err(ctx.no_handler()),
        }
    }
}

fn check_name(what: &str, value: &str) -> Result<(), TwirpError> {
    if value.chars().count() > MAX_NAME_LENGTH {
        return Err(TwirpError::invalid_argument_meta(
            &format!("{what} length exceeds limits"),
            &MAX_NAME_LENGTH.to_string(),
        ));
    }
    Ok(())
}

fn check_metadata(metadata: &str) -> Result<(), TwirpError> {
    if metadata.len() > MAX_METADATA_SIZE {
        return Err(TwirpError::invalid_argument_meta(
            "metadata size exceeds limits",
            &MAX_METADATA_SIZE.to_string(),
        ));
    }
    Ok(())
}

fn check_attributes<'a>(
    attrs: impl Iterator<Item = (&'a String, &'a String)>,
) -> Result<(), TwirpError> {
    let size: usize = attrs.map(|(k, v)| k.len() + v.len()).sum();
    if size > MAX_ATTRIBUTES_SIZE {
        return Err(TwirpError::invalid_argument_meta(
            "attributes size exceeds limits",
            &MAX_ATTRIBUTES_SIZE.to_string(),
        ));
    }
    Ok(())
}

fn create_room(ctx: &CallCtx, req: proto::CreateRoomRequest) -> Result<Reply, TwirpError> {
    ctx.grants.room_create()?;
    if req.name.is_empty() {
        return Err(TwirpError::invalid_argument_meta(
            "name",
            "room name is required",
        ));
    }
    check_name("room name", &req.name)?;
    check_metadata(&req.metadata)?;
    let room = ctx.state().create_room(&req);
    Ok(Reply::new(&room))
}

fn list_rooms(ctx: &CallCtx, req: proto::ListRoomsRequest) -> Result<Reply, TwirpError> {
    ctx.grants.room_list()?;
    let state = ctx.state();
    let rooms = state
        .rooms
        .values()
        .filter(|e| req.names.is_empty() || req.names.contains(&e.room.name))
        .map(|e| e.room.clone())
        .collect();
    Ok(Reply::new(&proto::ListRoomsResponse { rooms }))
}

fn delete_room(ctx: &CallCtx, req: proto::DeleteRoomRequest) -> Result<Reply, TwirpError> {
    ctx.grants.room_create()?;
    let mut state = ctx.state();
    let ending = state.delete_room(&req.room)?;
    let after = state.egress.end_after;
    super::egress::complete_later(ctx.emulator(), &mut state, after, ending);
    Ok(Reply::new(&proto::DeleteRoomResponse {}))
}

fn list_participants(
    ctx: &CallCtx,
    req: proto::ListParticipantsRequest,
) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    // The server lists from its store, so an unknown room is simply empty.
    let participants = ctx
        .state()
        .rooms
        .get(&req.room)
        .map(|e| e.participants.clone())
        .unwrap_or_default();
    Ok(Reply::new(&proto::ListParticipantsResponse {
        participants,
    }))
}

fn get_participant(
    ctx: &CallCtx,
    req: proto::RoomParticipantIdentity,
) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    let state = ctx.state();
    let p = state
        .rooms
        .get(&req.room)
        .and_then(|e| e.participant(&req.identity))
        .ok_or_else(|| TwirpError::not_found(PARTICIPANT_NOT_FOUND))?;
    Ok(Reply::new(p))
}

fn remove_participant(
    ctx: &CallCtx,
    req: proto::RoomParticipantIdentity,
) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    let mut state = ctx.state();
    if state
        .rooms
        .get(&req.room)
        .and_then(|e| e.participant(&req.identity))
        .is_none()
    {
        return Err(TwirpError::not_found(PARTICIPANT_NOT_FOUND));
    }
    state.leave(
        &req.room,
        &req.identity,
        proto::DisconnectReason::ParticipantRemoved,
    )?;
    Ok(Reply::new(&proto::RemoveParticipantResponse {}))
}

fn mute_published_track(
    ctx: &CallCtx,
    req: proto::MuteRoomTrackRequest,
) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    let mut state = ctx.state();
    let remote_unmute = state.remote_unmute;
    let p = state.participant_mut(&req.room, &req.identity)?;
    let track = p
        .tracks
        .iter_mut()
        .find(|t| t.sid == req.track_sid)
        .ok_or_else(|| TwirpError::not_found(TRACK_NOT_FOUND))?;
    if !req.muted && !remote_unmute {
        return Err(TwirpError::new(
            Code::FailedPrecondition,
            "remote unmute not enabled",
        ));
    }
    track.muted = req.muted;
    let track = track.clone();
    p.version += 1;
    Ok(Reply::new(&proto::MuteRoomTrackResponse {
        track: Some(track),
    }))
}

fn update_participant(
    ctx: &CallCtx,
    req: proto::UpdateParticipantRequest,
) -> Result<Reply, TwirpError> {
    // The server checks sizes before permissions.
    check_metadata(&req.metadata)?;
    check_attributes(req.attributes.iter())?;
    ctx.grants.room_admin(&req.room)?;
    check_name("name", &req.name)?;
    let mut state = ctx.state();
    let p = state.participant_mut(&req.room, &req.identity)?;
    let mut merged = p.attributes.clone();
    for (k, v) in &req.attributes {
        if v.is_empty() {
            merged.remove(k);
        } else {
            merged.insert(k.clone(), v.clone());
        }
    }
    check_attributes(merged.iter())?;
    p.attributes = merged;
    if !req.metadata.is_empty() {
        p.metadata = req.metadata;
    }
    if !req.name.is_empty() {
        p.name = req.name;
    }
    if let Some(permission) = req.permission {
        p.permission = Some(permission);
    }
    p.version += 1;
    Ok(Reply::new(&p.clone()))
}

fn update_subscriptions(
    ctx: &CallCtx,
    req: proto::UpdateSubscriptionsRequest,
) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    // Subscriptions are media-plane state the emulator does not model; the participant must
    // exist, as the server routes the message to it.
    ctx.state().participant_mut(&req.room, &req.identity)?;
    Ok(Reply::new(&proto::UpdateSubscriptionsResponse {}))
}

// The deprecated sid and kind fields are still filled by the server for older clients.
#[allow(deprecated)]
fn send_data(ctx: &CallCtx, req: proto::SendDataRequest) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    if !req.nonce.is_empty() && req.nonce.len() != 16 {
        return Err(TwirpError::invalid_argument(
            "nonce should be 16-bytes or not present",
        ));
    }
    let mut state = ctx.state();
    let entry = state.room_mut(&req.room)?;
    if !req.nonce.is_empty() && !entry.seen_nonces.insert(req.nonce.clone()) {
        // A repeated nonce is a retry of a packet already delivered: drop it silently.
        return Ok(Reply::new(&proto::SendDataResponse {}));
    }
    let targeted = !req.destination_identities.is_empty() || !req.destination_sids.is_empty();
    let recipients = entry
        .participants
        .iter()
        .filter(|p| {
            !targeted
                || req.destination_identities.contains(&p.identity)
                || req.destination_sids.contains(&p.sid)
        })
        .map(|p| p.identity.clone())
        .collect();
    let packet = proto::DataPacket {
        kind: req.kind,
        destination_identities: req.destination_identities.clone(),
        value: Some(proto::data_packet::Value::User(proto::UserPacket {
            payload: req.data,
            destination_sids: req.destination_sids,
            destination_identities: req.destination_identities,
            topic: req.topic,
            nonce: req.nonce,
            ..Default::default()
        })),
        ..Default::default()
    };
    state.data_packets.push(DataRecord {
        room: req.room,
        recipients,
        packet,
    });
    Ok(Reply::new(&proto::SendDataResponse {}))
}

fn update_room_metadata(
    ctx: &CallCtx,
    req: proto::UpdateRoomMetadataRequest,
) -> Result<Reply, TwirpError> {
    check_metadata(&req.metadata)?;
    ctx.grants.room_admin(&req.room)?;
    let mut state = ctx.state();
    let entry = state.room_mut(&req.room)?;
    entry.room.metadata = req.metadata;
    Ok(Reply::new(&entry.room.clone()))
}

fn perform_rpc(ctx: &CallCtx, req: proto::PerformRpcRequest) -> Result<Reply, TwirpError> {
    ctx.grants.room_admin(&req.room)?;
    if req.destination_identity.is_empty() {
        return Err(TwirpError::invalid_argument(
            "destination identity is required",
        ));
    }
    let mut state = ctx.state();
    state.participant_mut(&req.room, &req.destination_identity)?;
    let response = state
        .rpc_response
        .clone()
        .unwrap_or_else(|| req.payload.clone());
    state.rpc_calls.push(RpcRecord {
        room: req.room,
        destination_identity: req.destination_identity,
        method: req.method,
        payload: req.payload,
        response: response.clone(),
    });
    Ok(Reply::new(&proto::PerformRpcResponse { payload: response }))
}
