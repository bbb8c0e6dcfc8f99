//! Rooms: list, get, create (every CreateRoom option), delete, update metadata, send data.

use std::collections::HashMap;
use std::path::Path;

use livekit_api::access_token::VideoGrants;
use livekit_api::services::room::SendDataOptions;
use livekit_protocol as proto;
use serde::Deserialize;

use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::models::Room;

/// LiveKit's limit on names and identities, in bytes.
pub const MAX_NAME_LEN: usize = 256;
/// LiveKit's limit on metadata, in bytes.
pub const MAX_METADATA_LEN: usize = 512 * 1024;
/// LiveKit's limit on a participant's attributes (keys and values together), in bytes.
pub const MAX_ATTRIBUTES_LEN: usize = 64 * 1024;

/// Options of `CreateRoom`; zero values mean "server default".
#[derive(Debug, Clone, Default)]
pub struct CreateRoom {
    pub name: String,
    pub empty_timeout: u32,
    pub departure_timeout: u32,
    pub max_participants: u32,
    pub metadata: String,
    pub min_playout_delay: u32,
    pub max_playout_delay: u32,
    pub sync_streams: bool,
    pub node_id: String,
    pub replay_enabled: bool,
    /// Egress, agent dispatch, tags and preset from a `--config` file.
    pub config: RoomConfigFile,
}

/// The parts of CreateRoom given in a file (JSON or YAML; snake_case or camelCase).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "snake_case")]
pub struct RoomConfigFile {
    /// `RoomEgress`: automatic room, participant or track egress.
    #[serde(default)]
    pub egress: Option<proto::RoomEgress>,
    /// Agents to dispatch when the room is created.
    #[serde(default)]
    pub agents: Vec<proto::RoomAgentDispatch>,
    #[serde(default)]
    pub tags: HashMap<String, String>,
    #[serde(default, alias = "roomPreset")]
    pub room_preset: String,
}

/// Read a room configuration file. A missing file is "file not found", never parsed as text.
pub fn read_room_config(path: &Path) -> Result<RoomConfigFile> {
    let text = crate::fsutil::read_input_text(path, crate::fsutil::MAX_INPUT_BYTES, "config file")?;
    parse_room_config(&text).map_err(|reason| {
        Error::invalid(
            "config file",
            format!(
                "{}: {reason}; expected keys: egress, agents, tags, room_preset",
                path.display()
            ),
        )
    })
}

/// Parse room configuration text (YAML is a superset of JSON, so both work).
pub fn parse_room_config(text: &str) -> std::result::Result<RoomConfigFile, String> {
    // Text that looks like JSON gets JSON's error messages (YAML's parser would
    // read `{oops` as a mapping with an unknown key).
    if text.trim_start().starts_with('{') {
        return serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"));
    }
    // YAML's parser slows down fast with deeply nested flow collections (`[[[[…`).
    let max = crate::request_file::MAX_NESTING;
    if crate::request_file::nesting_depth(text) > max {
        return Err(format!("nests `[` or `{{` deeper than {max} levels"));
    }
    serde_yaml::from_str(text).map_err(|e| e.to_string())
}

/// Check a room or participant name against LiveKit's rules.
pub fn validate_name(field: &'static str, value: &str) -> Result<()> {
    if value.is_empty() {
        return Err(Error::invalid(field, "must not be empty"));
    }
    if value.len() > MAX_NAME_LEN {
        return Err(Error::invalid(
            field,
            format!("is {} bytes; LiveKit allows {MAX_NAME_LEN}", value.len()),
        ));
    }
    Ok(())
}

/// Check metadata size.
pub fn validate_metadata(value: &str) -> Result<()> {
    if value.len() > MAX_METADATA_LEN {
        return Err(Error::invalid(
            "metadata",
            format!(
                "is {} bytes; LiveKit allows {MAX_METADATA_LEN}",
                value.len()
            ),
        ));
    }
    Ok(())
}

/// Check participant attributes against LiveKit's limit on their total size.
pub fn validate_attributes<'a>(
    attributes: impl IntoIterator<Item = (&'a String, &'a String)>,
) -> Result<()> {
    let total: usize = attributes.into_iter().map(|(k, v)| k.len() + v.len()).sum();
    if total > MAX_ATTRIBUTES_LEN {
        return Err(Error::invalid(
            "attributes",
            format!("are {total} bytes together; LiveKit allows {MAX_ATTRIBUTES_LEN}"),
        ));
    }
    Ok(())
}

/// List rooms, all of them or those named.
pub async fn list(lk: &LiveKit, names: &[String]) -> Result<Vec<Room>> {
    let rooms = match lk.room_client().list_rooms(names.to_vec()).await {
        Ok(r) => r,
        Err(e) => return Err(lk.map_service_error(e).await),
    };
    let mut rooms: Vec<Room> = rooms.into_iter().map(Room::from).collect();
    rooms.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(rooms)
}

/// Resolve a room given by name or `RM_` sid to its name.
pub async fn resolve_name(lk: &LiveKit, name_or_sid: &str) -> Result<String> {
    if name_or_sid.starts_with("RM_") {
        return Ok(find(lk, name_or_sid).await?.name);
    }
    Ok(name_or_sid.to_string())
}

/// Get one room by name or sid.
pub async fn get(lk: &LiveKit, name_or_sid: &str) -> Result<Room> {
    find(lk, name_or_sid).await
}

/// One ListRooms call: all rooms for a sid (LiveKit filters by name only), else the
/// named one. A room may really be named like a sid, so a name match also counts.
async fn find(lk: &LiveKit, name_or_sid: &str) -> Result<Room> {
    let filter = if name_or_sid.starts_with("RM_") {
        vec![]
    } else {
        vec![name_or_sid.to_string()]
    };
    let mut rooms = list(lk, &filter).await?;
    let at = rooms
        .iter()
        .position(|r| r.sid == name_or_sid)
        .or_else(|| rooms.iter().position(|r| r.name == name_or_sid));
    at.map(|i| rooms.swap_remove(i))
        .ok_or_else(|| Error::NotFound {
            what: "room",
            id: name_or_sid.to_string(),
        })
}

/// Create a room (or update it: CreateRoom is idempotent in LiveKit).
pub async fn create(lk: &LiveKit, opts: CreateRoom) -> Result<Room> {
    validate_name("room name", &opts.name)?;
    validate_metadata(&opts.metadata)?;
    if opts.max_playout_delay > 0 && opts.min_playout_delay > opts.max_playout_delay {
        return Err(Error::invalid(
            "playout delay",
            "--min-playout-delay must not exceed --max-playout-delay",
        ));
    }
    let req = proto::CreateRoomRequest {
        name: opts.name.clone(),
        room_preset: opts.config.room_preset,
        empty_timeout: opts.empty_timeout,
        departure_timeout: opts.departure_timeout,
        max_participants: opts.max_participants,
        node_id: opts.node_id,
        metadata: opts.metadata,
        tags: opts.config.tags,
        egress: opts.config.egress,
        min_playout_delay: opts.min_playout_delay,
        max_playout_delay: opts.max_playout_delay,
        sync_streams: opts.sync_streams,
        replay_enabled: opts.replay_enabled,
        agents: opts.config.agents,
    };
    // livekit-api's create_room cannot send agents, tags, preset or sync_streams.
    let grants = VideoGrants {
        room_create: true,
        ..Default::default()
    };
    let room: proto::Room = lk
        .twirp("RoomService", "CreateRoom", &req, grants, None)
        .await?;
    Ok(room.into())
}

/// Delete (close) a room by name or sid, disconnecting everyone.
pub async fn delete(lk: &LiveKit, name_or_sid: &str) -> Result<String> {
    let name = resolve_name(lk, name_or_sid).await?;
    match lk.room_client().delete_room(&name).await {
        Ok(()) => Ok(name),
        Err(e) => Err(not_found_room(lk.map_service_error(e).await, &name)),
    }
}

/// Replace a room's metadata.
pub async fn update_metadata(lk: &LiveKit, name_or_sid: &str, metadata: &str) -> Result<Room> {
    validate_metadata(metadata)?;
    let name = resolve_name(lk, name_or_sid).await?;
    match lk.room_client().update_room_metadata(&name, metadata).await {
        Ok(r) => Ok(r.into()),
        Err(e) => Err(not_found_room(lk.map_service_error(e).await, &name)),
    }
}

/// A data message to send to a room.
#[derive(Debug, Clone, Default)]
pub struct SendData {
    pub room: String,
    pub payload: Vec<u8>,
    pub topic: Option<String>,
    pub destination_identities: Vec<String>,
    pub lossy: bool,
}

/// LiveKit's data channel carries about 15 KB per packet; larger payloads are refused.
pub const MAX_DATA_LEN: usize = 15 * 1024;

/// Send a data packet to everyone in a room or to some identities.
pub async fn send_data(lk: &LiveKit, msg: SendData) -> Result<()> {
    if msg.payload.is_empty() {
        return Err(Error::invalid(
            "payload",
            "is empty; give it as an argument, with --file, or on stdin",
        ));
    }
    if msg.payload.len() > MAX_DATA_LEN {
        return Err(Error::invalid(
            "payload",
            format!(
                "is {} bytes; keep data packets under {MAX_DATA_LEN} bytes",
                msg.payload.len()
            ),
        ));
    }
    let opts = SendDataOptions {
        kind: if msg.lossy {
            proto::data_packet::Kind::Lossy
        } else {
            proto::data_packet::Kind::Reliable
        },
        destination_identities: msg.destination_identities,
        topic: msg.topic,
        ..Default::default()
    };
    match lk
        .room_client()
        .send_data(&msg.room, msg.payload, opts)
        .await
    {
        Ok(()) => Ok(()),
        Err(e) => Err(not_found_room(lk.map_service_error(e).await, &msg.room)),
    }
}

/// LiveKit reports a missing room as `not_found` with a server wording; keep
/// the Twirp code but make sure the room's name is in the message.
pub(crate) fn not_found_room(e: Error, room: &str) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } if code == "not_found" && !message.contains(room) => Error::LiveKit {
            code,
            message: format!("{message} (room `{room}`)"),
            meta,
        },
        other => other,
    }
}

/// `roomAdmin` on exactly this room (LiveKit matches the room name exactly).
pub(crate) fn admin_grants(room: &str) -> VideoGrants {
    VideoGrants {
        room_admin: true,
        room: room.to_string(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_accepts_snake_and_camel_and_yaml() {
        let c = parse_room_config(r#"{"agents":[{"agentName":"transcriber","metadata":"m"}]}"#)
            .unwrap();
        assert_eq!(c.agents[0].agent_name, "transcriber");
        let c = parse_room_config("agents:\n  - agent_name: a\nroom_preset: p\n").unwrap();
        assert_eq!(c.agents[0].agent_name, "a");
        assert_eq!(c.room_preset, "p");
    }

    #[test]
    fn config_json_syntax_errors_say_json() {
        let e = parse_room_config("{oops").unwrap_err();
        assert!(e.contains("not valid JSON"), "{e}");
    }

    #[test]
    fn config_unknown_key_is_named() {
        let e = parse_room_config(r#"{"agentz":[]}"#).unwrap_err();
        assert!(e.contains("agentz"), "{e}");
    }

    #[test]
    fn missing_config_file_is_not_found() {
        let e = read_room_config(Path::new("/nonexistent/room.json")).unwrap_err();
        assert_eq!(e.code(), "file_not_found");
    }

    #[test]
    fn names_and_metadata_limits() {
        assert!(validate_name("room name", "").is_err());
        assert!(validate_name("room name", &"x".repeat(257)).is_err());
        assert!(validate_metadata(&"x".repeat(MAX_METADATA_LEN + 1)).is_err());
    }
}
