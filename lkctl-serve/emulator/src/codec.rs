//! Descriptor-driven protobuf ⇄ JSON, faithful to the Go server's protojson.
//!
//! The Go server marshals with `UseProtoNames` and `EmitUnpopulated`: snake_case names, every
//! field present, unset singular messages as `null`, oneof members and proto3 `optional`
//! fields omitted when unset (LIVEKIT.md §1.3). prost-reflect's serializer with
//! `skip_default_fields(false)` gets everything right except that it *omits* unset message
//! fields, so [`encode_json`] puts the `null`s back by walking the descriptor.
//!
//! The descriptors come from `build.rs` (LiveKit's protos compiled with protox).

use std::sync::LazyLock;

use prost::Message;
use prost_reflect::{
    DescriptorPool, DeserializeOptions, DynamicMessage, Kind, MessageDescriptor, SerializeOptions,
};
use serde_json::Value;

static POOL: LazyLock<DescriptorPool> = LazyLock::new(|| {
    let bytes = include_bytes!(concat!(env!("OUT_DIR"), "/livekit_descriptors.bin"));
    DescriptorPool::decode(bytes.as_slice()).expect("descriptor set built by build.rs is valid")
});

/// The pool of LiveKit descriptors (`livekit.*`, `google.protobuf.*`, ...).
pub(crate) fn pool() -> &'static DescriptorPool {
    &POOL
}

/// Looks up a message type by full name, e.g. `livekit.Room`.
pub(crate) fn message_descriptor(full_name: &str) -> Option<MessageDescriptor> {
    POOL.get_message_by_name(full_name)
}

/// Why a JSON body could not be turned into protobuf.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub(crate) struct JsonDecodeError(String);

/// Parses exactly one JSON value as `desc`, accepting proto and json names, enum names or
/// numbers, int64 as strings or numbers, and ignoring unknown keys; returns protobuf bytes.
pub(crate) fn decode_json(
    desc: &MessageDescriptor,
    body: &[u8],
) -> Result<Vec<u8>, JsonDecodeError> {
    let mut de = serde_json::Deserializer::from_slice(body);
    let options = DeserializeOptions::new().deny_unknown_fields(false);
    let msg = DynamicMessage::deserialize_with_options(desc.clone(), &mut de, &options)
        .map_err(|e| JsonDecodeError(e.to_string()))?;
    // Trailing data means more than one value, which protojson rejects.
    de.end().map_err(|e| JsonDecodeError(e.to_string()))?;
    Ok(msg.encode_to_vec())
}

/// Renders protobuf bytes of type `desc` the way the Go server does.
pub(crate) fn encode_json(
    desc: &MessageDescriptor,
    protobuf: &[u8],
) -> Result<Value, JsonDecodeError> {
    let msg = DynamicMessage::decode(desc.clone(), protobuf)
        .map_err(|e| JsonDecodeError(e.to_string()))?;
    let options = SerializeOptions::new()
        .use_proto_field_name(true)
        .skip_default_fields(false);
    let mut value = msg
        .serialize_with_options(serde_json::value::Serializer, &options)
        .map_err(|e| JsonDecodeError(e.to_string()))?;
    fill_unset_messages(&mut value, desc);
    Ok(value)
}

/// Renders a prost message by full type name, e.g. `to_json("livekit.Room", &room)`.
///
/// # Panics
/// If `full_name` is not in the pool: that is a programming error, not a runtime condition.
pub(crate) fn to_json<M: Message>(full_name: &str, msg: &M) -> Value {
    let desc = message_descriptor(full_name)
        .unwrap_or_else(|| panic!("message type {full_name} missing from the descriptor pool"));
    encode_json(&desc, &msg.encode_to_vec()).expect("a prost message re-decodes as itself")
}

/// Inserts `null` for unset singular message fields outside oneofs (Go's EmitUnpopulated),
/// recursing into nested messages, lists and maps.
fn fill_unset_messages(value: &mut Value, desc: &MessageDescriptor) {
    // Well-known types have their own JSON forms (strings, numbers, any value).
    if desc.full_name().starts_with("google.protobuf.") {
        return;
    }
    let Value::Object(obj) = value else { return };
    for field in desc.fields() {
        let Kind::Message(child) = field.kind() else {
            continue;
        };
        let entry = obj.get_mut(field.name());
        if field.is_map() {
            let value_field = child.map_entry_value_field();
            if let (Some(Value::Object(map)), Kind::Message(vdesc)) = (entry, value_field.kind()) {
                map.values_mut()
                    .for_each(|v| fill_unset_messages(v, &vdesc));
            }
        } else if field.is_list() {
            if let Some(Value::Array(items)) = entry {
                items
                    .iter_mut()
                    .for_each(|v| fill_unset_messages(v, &child));
            }
        } else if let Some(v) = entry {
            fill_unset_messages(v, &child);
        } else if field.containing_oneof().is_none() {
            obj.insert(field.name().to_owned(), Value::Null);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use livekit_protocol as proto;

    #[test]
    fn room_json_matches_go_protojson_shape() {
        let room = proto::Room {
            sid: "RM_x".into(),
            name: "r1".into(),
            empty_timeout: 300,
            creation_time: 1_700_000_000,
            ..Default::default()
        };
        let v = to_json("livekit.Room", &room);
        assert_eq!(v["sid"], "RM_x");
        assert_eq!(v["empty_timeout"], 300);
        assert_eq!(v["creation_time"], "1700000000");
        assert_eq!(v["creation_time_ms"], "0");
        assert_eq!(v["enabled_codecs"], serde_json::json!([]));
        assert_eq!(v["metadata"], "");
        assert_eq!(v["active_recording"], false);
        assert!(v["version"].is_null() && v.as_object().unwrap().contains_key("version"));
    }

    #[test]
    fn participant_json_has_enum_names_maps_and_nulls() {
        let p = proto::ParticipantInfo {
            identity: "alice".into(),
            state: proto::participant_info::State::Active as i32,
            kind: proto::participant_info::Kind::Agent as i32,
            tracks: vec![proto::TrackInfo {
                sid: "TR_1".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let v = to_json("livekit.ParticipantInfo", &p);
        assert_eq!(v["state"], "ACTIVE");
        assert_eq!(v["kind"], "AGENT");
        assert_eq!(v["attributes"], serde_json::json!({}));
        assert!(v["permission"].is_null());
        assert_eq!(v["tracks"][0]["type"], "AUDIO");
        assert!(v["tracks"][0]["version"].is_null());
    }

    #[test]
    fn oneof_and_optional_fields_are_omitted_when_unset() {
        let packet = proto::DataPacket::default();
        let v = to_json("livekit.DataPacket", &packet);
        let obj = v.as_object().unwrap();
        assert!(
            !obj.contains_key("user"),
            "oneof member must be omitted: {v}"
        );
        let user = proto::UserPacket::default();
        let v = to_json("livekit.UserPacket", &user);
        assert!(
            !v.as_object().unwrap().contains_key("topic"),
            "optional must be omitted: {v}"
        );
        assert_eq!(v["payload"], "");
    }

    #[test]
    fn json_requests_accept_both_names_enums_and_int64_forms() {
        let desc = message_descriptor("livekit.SendDataRequest").unwrap();
        let bytes = decode_json(
            &desc,
            br#"{"room":"r","destinationIdentities":["a"],"kind":"LOSSY","x":1}"#,
        )
        .unwrap();
        let req = proto::SendDataRequest::decode(bytes.as_slice()).unwrap();
        assert_eq!(req.destination_identities, ["a"]);
        assert_eq!(req.kind, 1);
        let bytes = decode_json(&desc, br#"{"destination_identities":["b"],"kind":1}"#).unwrap();
        let req = proto::SendDataRequest::decode(bytes.as_slice()).unwrap();
        assert_eq!(req.destination_identities, ["b"]);

        let desc = message_descriptor("livekit.RoomParticipantIdentity").unwrap();
        for body in [
            &br#"{"revoke_token_ts":"12"}"#[..],
            br#"{"revokeTokenTs":12}"#,
        ] {
            let bytes = decode_json(&desc, body).unwrap();
            let req = proto::RoomParticipantIdentity::decode(bytes.as_slice()).unwrap();
            assert_eq!(req.revoke_token_ts, 12);
        }
    }

    #[test]
    fn json_requests_must_be_one_object() {
        let desc = message_descriptor("livekit.ListRoomsRequest").unwrap();
        for bad in [&b""[..], b"{", b"{} {}", b"[]", b"nope"] {
            assert!(
                decode_json(&desc, bad).is_err(),
                "{:?}",
                String::from_utf8_lossy(bad)
            );
        }
    }
}
