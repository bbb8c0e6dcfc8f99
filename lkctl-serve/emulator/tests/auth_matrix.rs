//! The emulator's authorization, one table over the service registry (issue 15).
//!
//! Every RPC of every registered service × {no token, expired, not yet valid, unknown key,
//! wrong secret, every grant but the one needed, the grant for another room, the grant for
//! a room whose name is a prefix of the request's, the right grant} gets LiveKit's answer
//! (LIVEKIT.md §1.4, §2.0):
//! - token problems: the middleware's plain-text 401, before any RPC runs;
//! - a missing grant or a room that is not *exactly* the request's: Twirp 401
//!   `unauthenticated` "permissions denied";
//! - the right grant: anything but an authorization failure (the call may still fail on its
//!   arguments, e.g. `not_found` for a room that does not exist).
//!
//! The test enumerates the registry and the service descriptors: an RPC without a row, or a
//! row without an RPC, fails it.

use std::collections::BTreeSet;

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use lkctl_emulator::{Emulator, EmulatorConfig, RunningEmulator};
use serde_json::{Value, json};

const KEY: &str = "matrixkey";
const SECRET: &str = "matrix-secret-0123456789-abcdefghij";
const ROOM: &str = "team";

/// What an RPC needs (LIVEKIT.md §2.0).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Need {
    RoomCreate,
    RoomList,
    /// `roomAdmin` with `room` == the request's room.
    RoomAdmin,
    RoomRecord,
    IngressAdmin,
    SipAdmin,
    SipCall,
    /// `sip.call` plus `roomAdmin` for the request's room.
    SipCallAndRoomAdmin,
    /// Cloud-only RPCs: the emulator answers `unimplemented` to every authenticated caller.
    CloudOnly,
}

/// `(service, rpc, need, JSON request body)`. Room-scoped bodies name [`ROOM`].
const ROWS: &[(&str, &str, Need, &str)] = &[
    (
        "RoomService",
        "CreateRoom",
        Need::RoomCreate,
        r#"{"name":"team"}"#,
    ),
    ("RoomService", "ListRooms", Need::RoomList, "{}"),
    (
        "RoomService",
        "DeleteRoom",
        Need::RoomCreate,
        r#"{"room":"team"}"#,
    ),
    (
        "RoomService",
        "ListParticipants",
        Need::RoomAdmin,
        r#"{"room":"team"}"#,
    ),
    (
        "RoomService",
        "GetParticipant",
        Need::RoomAdmin,
        r#"{"room":"team","identity":"a"}"#,
    ),
    (
        "RoomService",
        "RemoveParticipant",
        Need::RoomAdmin,
        r#"{"room":"team","identity":"a"}"#,
    ),
    (
        "RoomService",
        "MutePublishedTrack",
        Need::RoomAdmin,
        r#"{"room":"team","identity":"a","track_sid":"TR_x","muted":true}"#,
    ),
    (
        "RoomService",
        "UpdateParticipant",
        Need::RoomAdmin,
        r#"{"room":"team","identity":"a"}"#,
    ),
    (
        "RoomService",
        "UpdateSubscriptions",
        Need::RoomAdmin,
        r#"{"room":"team","identity":"a"}"#,
    ),
    (
        "RoomService",
        "SendData",
        Need::RoomAdmin,
        r#"{"room":"team","data":"aGk="}"#,
    ),
    (
        "RoomService",
        "UpdateRoomMetadata",
        Need::RoomAdmin,
        r#"{"room":"team","metadata":"m"}"#,
    ),
    (
        "RoomService",
        "PerformRpc",
        Need::RoomAdmin,
        r#"{"room":"team","destination_identity":"a","method":"m"}"#,
    ),
    (
        "RoomService",
        "ForwardParticipant",
        Need::CloudOnly,
        r#"{"room":"team","identity":"a","destination_room":"b"}"#,
    ),
    (
        "RoomService",
        "MoveParticipant",
        Need::CloudOnly,
        r#"{"room":"team","identity":"a","destination_room":"b"}"#,
    ),
    (
        "Egress",
        "StartEgress",
        Need::RoomRecord,
        r#"{"room_name":"team"}"#,
    ),
    (
        "Egress",
        "UpdateLayout",
        Need::RoomRecord,
        r#"{"egress_id":"EG_x","layout":"grid"}"#,
    ),
    (
        "Egress",
        "UpdateStream",
        Need::RoomRecord,
        r#"{"egress_id":"EG_x"}"#,
    ),
    ("Egress", "ListEgress", Need::RoomRecord, "{}"),
    (
        "Egress",
        "StopEgress",
        Need::RoomRecord,
        r#"{"egress_id":"EG_x"}"#,
    ),
    (
        "Egress",
        "StartRoomCompositeEgress",
        Need::RoomRecord,
        r#"{"room_name":"team"}"#,
    ),
    (
        "Egress",
        "StartWebEgress",
        Need::RoomRecord,
        r#"{"url":"https://example.com"}"#,
    ),
    (
        "Egress",
        "StartParticipantEgress",
        Need::RoomRecord,
        r#"{"room_name":"team","identity":"a"}"#,
    ),
    (
        "Egress",
        "StartTrackCompositeEgress",
        Need::RoomRecord,
        r#"{"room_name":"team"}"#,
    ),
    (
        "Egress",
        "StartTrackEgress",
        Need::RoomRecord,
        r#"{"room_name":"team","track_id":"TR_x"}"#,
    ),
    (
        "Ingress",
        "CreateIngress",
        Need::IngressAdmin,
        r#"{"room_name":"team"}"#,
    ),
    (
        "Ingress",
        "UpdateIngress",
        Need::IngressAdmin,
        r#"{"ingress_id":"IN_x"}"#,
    ),
    ("Ingress", "ListIngress", Need::IngressAdmin, "{}"),
    (
        "Ingress",
        "DeleteIngress",
        Need::IngressAdmin,
        r#"{"ingress_id":"IN_x"}"#,
    ),
    ("SIP", "ListSIPTrunk", Need::SipAdmin, "{}"),
    (
        "SIP",
        "CreateSIPInboundTrunk",
        Need::SipAdmin,
        r#"{"trunk":{"name":"t","numbers":["+1555"]}}"#,
    ),
    (
        "SIP",
        "CreateSIPOutboundTrunk",
        Need::SipAdmin,
        r#"{"trunk":{"name":"t","address":"sip.example.com","numbers":["+1555"]}}"#,
    ),
    (
        "SIP",
        "UpdateSIPInboundTrunk",
        Need::SipAdmin,
        r#"{"sip_trunk_id":"ST_x"}"#,
    ),
    (
        "SIP",
        "UpdateSIPOutboundTrunk",
        Need::SipAdmin,
        r#"{"sip_trunk_id":"ST_x"}"#,
    ),
    (
        "SIP",
        "GetSIPInboundTrunk",
        Need::SipAdmin,
        r#"{"sip_trunk_id":"ST_x"}"#,
    ),
    (
        "SIP",
        "GetSIPOutboundTrunk",
        Need::SipAdmin,
        r#"{"sip_trunk_id":"ST_x"}"#,
    ),
    ("SIP", "ListSIPInboundTrunk", Need::SipAdmin, "{}"),
    ("SIP", "ListSIPOutboundTrunk", Need::SipAdmin, "{}"),
    (
        "SIP",
        "DeleteSIPTrunk",
        Need::SipAdmin,
        r#"{"sip_trunk_id":"ST_x"}"#,
    ),
    (
        "SIP",
        "CreateSIPDispatchRule",
        Need::SipAdmin,
        r#"{"dispatch_rule":{"name":"d","rule":{"dispatchRuleDirect":{"roomName":"team"}}}}"#,
    ),
    (
        "SIP",
        "UpdateSIPDispatchRule",
        Need::SipAdmin,
        r#"{"sip_dispatch_rule_id":"SDR_x"}"#,
    ),
    ("SIP", "ListSIPDispatchRule", Need::SipAdmin, "{}"),
    (
        "SIP",
        "DeleteSIPDispatchRule",
        Need::SipAdmin,
        r#"{"sip_dispatch_rule_id":"SDR_x"}"#,
    ),
    (
        "SIP",
        "CreateSIPParticipant",
        Need::SipCall,
        r#"{"sip_trunk_id":"ST_x","sip_call_to":"+1555","room_name":"team"}"#,
    ),
    (
        "SIP",
        "TransferSIPParticipant",
        Need::SipCallAndRoomAdmin,
        r#"{"room_name":"team","participant_identity":"a","transfer_to":"tel:+1555"}"#,
    ),
    (
        "AgentDispatchService",
        "CreateDispatch",
        Need::RoomAdmin,
        r#"{"room":"team","agent_name":"a"}"#,
    ),
    (
        "AgentDispatchService",
        "DeleteDispatch",
        Need::RoomAdmin,
        r#"{"room":"team","dispatch_id":"AD_x"}"#,
    ),
    (
        "AgentDispatchService",
        "ListDispatch",
        Need::RoomAdmin,
        r#"{"room":"team"}"#,
    ),
];

fn now() -> i64 {
    jsonwebtoken::get_current_timestamp() as i64
}

fn sign(claims: &Value, secret: &str) -> String {
    jsonwebtoken::encode(
        &Header::new(Algorithm::HS256),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("encode")
}

/// Every grant there is, for `room`.
fn all_grants(room: &str) -> (Value, Value) {
    (
        json!({
            "roomCreate": true, "roomList": true, "roomRecord": true, "roomAdmin": true,
            "roomJoin": true, "ingressAdmin": true, "room": room, "destinationRoom": "b",
        }),
        json!({"admin": true, "call": true}),
    )
}

/// Only what `need` asks for, for `room`.
fn exact_grants(need: Need, room: &str) -> (Value, Value) {
    let video = |k: &str| {
        let mut v = json!({ "room": room });
        v[k] = json!(true);
        v
    };
    match need {
        Need::RoomCreate => (video("roomCreate"), json!({})),
        Need::RoomList => (video("roomList"), json!({})),
        Need::RoomAdmin => (video("roomAdmin"), json!({})),
        Need::RoomRecord => (video("roomRecord"), json!({})),
        Need::IngressAdmin => (video("ingressAdmin"), json!({})),
        Need::SipAdmin => (json!({}), json!({"admin": true})),
        Need::SipCall => (json!({}), json!({"call": true})),
        Need::SipCallAndRoomAdmin => (video("roomAdmin"), json!({"call": true})),
        Need::CloudOnly => all_grants(room),
    }
}

/// Every grant except the ones `need` asks for: one token per needed grant.
fn all_but(need: Need) -> Vec<(Value, Value)> {
    let without = |video_key: Option<&str>, sip_key: Option<&str>| {
        let (mut v, mut s) = all_grants(ROOM);
        if let Some(k) = video_key {
            v[k] = json!(false);
        }
        if let Some(k) = sip_key {
            s[k] = json!(false);
        }
        (v, s)
    };
    match need {
        Need::RoomCreate => vec![without(Some("roomCreate"), None)],
        Need::RoomList => vec![without(Some("roomList"), None)],
        Need::RoomAdmin => vec![without(Some("roomAdmin"), None)],
        Need::RoomRecord => vec![without(Some("roomRecord"), None)],
        Need::IngressAdmin => vec![without(Some("ingressAdmin"), None)],
        Need::SipAdmin => vec![without(None, Some("admin"))],
        Need::SipCall => vec![without(None, Some("call"))],
        Need::SipCallAndRoomAdmin => vec![
            without(Some("roomAdmin"), None),
            without(None, Some("call")),
        ],
        Need::CloudOnly => vec![],
    }
}

fn token(video: &Value, sip: &Value) -> String {
    let claims = json!({
        "iss": KEY, "sub": "admin", "nbf": now() - 10, "exp": now() + 3600,
        "video": video, "sip": sip,
    });
    sign(&claims, SECRET)
}

fn room_scoped(need: Need) -> bool {
    matches!(need, Need::RoomAdmin | Need::SipCallAndRoomAdmin)
}

#[derive(Debug)]
struct Answer {
    status: u16,
    content_type: String,
    body: String,
}

impl Answer {
    fn twirp_code(&self) -> Option<String> {
        if !self.content_type.starts_with("application/json") || self.status == 200 {
            return None;
        }
        let v: Value = serde_json::from_str(&self.body).ok()?;
        v["code"].as_str().map(str::to_owned)
    }

    fn is_plain_401(&self, needle: &str) -> bool {
        self.status == 401
            && self.content_type.starts_with("text/plain")
            && self.body.contains(needle)
    }

    fn is_permissions_denied(&self) -> bool {
        self.status == 401
            && self.twirp_code().as_deref() == Some("unauthenticated")
            && self.body.contains("permissions denied")
    }
}

async fn call(
    emu: &RunningEmulator,
    service: &str,
    rpc: &str,
    body: &str,
    token: Option<&str>,
) -> Answer {
    static CLIENT: std::sync::OnceLock<reqwest::Client> = std::sync::OnceLock::new();
    let mut req = CLIENT
        .get_or_init(reqwest::Client::new)
        .post(format!("{}/twirp/livekit.{service}/{rpc}", emu.url))
        .header("content-type", "application/json")
        .body(body.to_owned());
    if let Some(t) = token {
        req = req.bearer_auth(t);
    }
    let resp = req.send().await.expect("send");
    Answer {
        status: resp.status().as_u16(),
        content_type: resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned(),
        body: resp.text().await.expect("body"),
    }
}

#[tokio::test]
async fn every_registered_rpc_has_a_row_and_every_row_an_rpc() {
    let emulator = Emulator::new(EmulatorConfig::dev_default());
    let registered: BTreeSet<(String, String)> = emulator
        .rpc_names()
        .into_iter()
        .map(|(s, m)| (s.to_string(), m))
        .collect();
    for service in emulator.service_names() {
        assert!(
            registered.iter().any(|(s, _)| s == service),
            "registered service {service} has no descriptor or no RPC"
        );
    }
    let rows: BTreeSet<(String, String)> = ROWS
        .iter()
        .map(|(s, m, ..)| (s.to_string(), m.to_string()))
        .collect();
    assert_eq!(rows.len(), ROWS.len(), "an RPC has two rows");
    let missing: Vec<_> = registered.difference(&rows).collect();
    assert!(
        missing.is_empty(),
        "RPCs without an authorization row: {missing:?}"
    );
    let stale: Vec<_> = rows.difference(&registered).collect();
    assert!(
        stale.is_empty(),
        "rows for RPCs the emulator does not serve: {stale:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_rpc_gives_livekits_answer_to_every_kind_of_caller() {
    let emu = Emulator::new(EmulatorConfig {
        keys: vec![(KEY.into(), SECRET.into())],
        ..Default::default()
    })
    .bind(([127, 0, 0, 1], 0).into())
    .await
    .expect("bind");
    let (v, s) = all_grants(ROOM);
    let expired = sign(
        &json!({"iss": KEY, "exp": now() - 3600, "nbf": now() - 7200, "video": v, "sip": s}),
        SECRET,
    );
    let not_yet = sign(
        &json!({"iss": KEY, "exp": now() + 7200, "nbf": now() + 3600, "video": v, "sip": s}),
        SECRET,
    );
    let unknown_key = sign(
        &json!({"iss": "otherkey", "exp": now() + 3600, "video": v, "sip": s}),
        SECRET,
    );
    let wrong_secret = sign(
        &json!({"iss": KEY, "exp": now() + 3600, "video": v, "sip": s}),
        "another-secret-0123456789-abcdefghi",
    );
    let no_exp = sign(&json!({"iss": KEY, "video": v, "sip": s}), SECRET);

    let mut failures = Vec::new();
    let mut check = |rpc: String, case: &str, ok: bool, answer: &Answer| {
        if !ok {
            failures.push(format!(
                "{rpc} [{case}]: {} {} {}",
                answer.status, answer.content_type, answer.body
            ));
        }
    };
    for &(service, rpc, need, body) in ROWS {
        let name = || format!("{service}/{rpc}");
        // Token problems: the middleware's plain text, whatever the RPC.
        for (case, t, needle) in [
            ("expired", &expired, "token is expired"),
            ("not yet valid", &not_yet, "not valid yet"),
            ("unknown key", &unknown_key, "invalid API key"),
            ("wrong secret", &wrong_secret, "invalid authorization token"),
            ("no exp", &no_exp, "invalid authorization token"),
        ] {
            let a = call(&emu, service, rpc, body, Some(t)).await;
            check(name(), case, a.is_plain_401(needle), &a);
        }
        let right = {
            let (v, s) = exact_grants(need, ROOM);
            token(&v, &s)
        };
        let a = call(&emu, service, rpc, body, Some(&right)).await;
        if need == Need::CloudOnly {
            check(
                name(),
                "right grant",
                a.twirp_code().as_deref() == Some("unimplemented"),
                &a,
            );
            let a = call(&emu, service, rpc, body, None).await;
            check(name(), "no token", a.status != 200, &a);
            continue;
        }
        check(name(), "right grant", a.status != 401, &a);

        let a = call(&emu, service, rpc, body, None).await;
        check(name(), "no token", a.is_permissions_denied(), &a);
        for (v, s) in all_but(need) {
            let a = call(&emu, service, rpc, body, Some(&token(&v, &s))).await;
            check(
                name(),
                "every grant but the one needed",
                a.is_permissions_denied(),
                &a,
            );
        }
        for (case, room) in [
            ("another room", "other"),
            ("a prefix of the room", "tea"),
            ("the room as a prefix", "team-2"),
            ("no room", ""),
        ] {
            let (v, s) = exact_grants(need, room);
            let a = call(&emu, service, rpc, body, Some(&token(&v, &s))).await;
            let ok = if room_scoped(need) {
                a.is_permissions_denied()
            } else {
                // Grants that are not per room do not look at `video.room`.
                a.status != 401
            };
            check(name(), case, ok, &a);
        }
    }
    emu.shutdown().await;
    assert!(
        failures.is_empty(),
        "{} wrong answers:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
