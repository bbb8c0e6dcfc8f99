//! The control API over HTTP, under `/_emulator/` (not part of LiveKit).
//!
//! Every request needs `Authorization: Bearer <JWT>` signed with a configured API key (no
//! particular grant). Errors are `{"error":{"code","message"}}` with the Twirp code's status.
//! LiveKit objects in responses use the server's JSON (snake_case, every field).
//!
//! | method and path | body | response |
//! |---|---|---|
//! | `POST /_emulator/rooms/{room}/participants` | [`ParticipantSpec`] | `ParticipantInfo` |
//! | `DELETE /_emulator/rooms/{room}/participants/{identity}` | | `ParticipantInfo` (left) |
//! | `POST /_emulator/rooms/{room}/participants/{identity}/tracks` | [`TrackSpec`] | `TrackInfo` |
//! | `DELETE /_emulator/rooms/{room}/participants/{identity}/tracks/{sid}` | | `TrackInfo` |
//! | `POST /_emulator/failures` | [`FailureSpec`] | `{}` |
//! | `DELETE /_emulator/failures` | | `{}` |
//! | `PUT /_emulator/latency` | `{"ms":250}` | `{}` |
//! | `PUT /_emulator/rpc-response` | `{"payload":"..."}` or `{"payload":null}` (echo) | `{}` |
//! | `GET /_emulator/webhooks` | | `[{"id","event","created_at","body"}]` (`body` is the exact JSON text sent) |
//! | `GET /_emulator/data` | | `[{"room","recipients":[..],"packet":DataPacket}]` |
//! | `GET /_emulator/rpc` | | `[{"room","destination_identity","method","payload","response"}]` |
//! | `POST /_emulator/reset` | | `{}` |
//! | `POST /_emulator/egress/{id}/finish` | empty | `EgressInfo` (COMPLETE, with results) |
//! | `POST /_emulator/egress/{id}/fail` | `{"error":"..."}` or empty | `EgressInfo` (FAILED) |
//! | `PUT /_emulator/sip/call-failure` | `{"status_code":486,"status":"Busy Here"}` or `{}` or empty (clear) | `{}` |
//! | `POST /_emulator/ingress/{id}/publish` | empty | `IngressInfo` (PUBLISHING) |
//! | `PUT /_emulator/rooms/{room}/tracks/{sid}/audio?speed=1` | a 16-bit PCM WAV file | `{"track_sid","duration_ms","speed","source_rate","source_channels"}` |
//! | `PUT /_emulator/egress/ws-ping-interval` | `{"ms":30000}` | `{}` |

use std::time::Duration;

use axum::extract::{Path, State as AxState};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{delete, get, post, put};
use axum::{Json, Router};
use serde::Deserialize;
use serde_json::{Value, json};

use super::Emulator;
use super::auth;
use super::codec::to_json;
use super::control::{FailureSpec, ParticipantSpec, TrackSpec};
use super::error::TwirpError;

/// Error body of the control API.
struct ControlError(StatusCode, String, String);

impl From<TwirpError> for ControlError {
    fn from(e: TwirpError) -> Self {
        ControlError(e.code.status(), e.code.as_str().into(), e.msg)
    }
}

impl IntoResponse for ControlError {
    fn into_response(self) -> Response {
        (
            self.0,
            Json(json!({"error": {"code": self.1, "message": self.2}})),
        )
            .into_response()
    }
}

type Result<T> = std::result::Result<T, ControlError>;

fn authorize(emu: &Emulator, headers: &HeaderMap) -> Result<()> {
    let unauthenticated =
        |msg: String| ControlError(StatusCode::UNAUTHORIZED, "unauthenticated".into(), msg);
    let value = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or_else(|| unauthenticated("missing Authorization: Bearer <API token>".into()))?;
    let token = value
        .strip_prefix("Bearer ")
        .ok_or_else(|| unauthenticated(auth::AuthError::MissingBearer.to_string()))?;
    auth::verify(token, &emu.config().keys).map_err(|e| unauthenticated(e.to_string()))?;
    Ok(())
}

/// Parses a JSON body, reporting problems in the control API's error shape.
fn parse<T: serde::de::DeserializeOwned>(body: &[u8]) -> Result<T> {
    serde_json::from_slice(body).map_err(|e| {
        ControlError(
            StatusCode::BAD_REQUEST,
            "invalid_argument".into(),
            e.to_string(),
        )
    })
}

/// [`parse`] for the egress, SIP and ingress endpoints, whose bodies are optional: an empty
/// (or all-blank) body is `T::default()`.
fn parse_optional<T: serde::de::DeserializeOwned + Default>(body: &[u8]) -> Result<T> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(T::default());
    }
    parse(body)
}

pub(crate) fn router() -> Router<Emulator> {
    Router::new()
        .route(
            "/_emulator/rooms/{room}/participants",
            post(add_participant),
        )
        .route(
            "/_emulator/rooms/{room}/participants/{identity}",
            delete(remove_participant),
        )
        .route(
            "/_emulator/rooms/{room}/participants/{identity}/tracks",
            post(publish_track),
        )
        .route(
            "/_emulator/rooms/{room}/participants/{identity}/tracks/{sid}",
            delete(unpublish_track),
        )
        .route(
            "/_emulator/failures",
            post(inject_failure).delete(clear_failures),
        )
        .route("/_emulator/latency", put(set_latency))
        .route("/_emulator/rpc-response", put(set_rpc_response))
        .route("/_emulator/webhooks", get(webhooks))
        .route("/_emulator/data", get(data_packets))
        .route("/_emulator/rpc", get(rpc_calls))
        .route("/_emulator/reset", post(reset))
        .route("/_emulator/egress/{id}/finish", post(finish_egress))
        .route("/_emulator/egress/{id}/fail", post(fail_egress))
        .route("/_emulator/sip/call-failure", put(set_sip_call_failure))
        .route("/_emulator/ingress/{id}/publish", post(publish_ingress))
        .route(
            "/_emulator/rooms/{room}/tracks/{sid}/audio",
            put(attach_track_audio),
        )
        .route(
            "/_emulator/egress/ws-ping-interval",
            put(set_ws_ping_interval),
        )
}

async fn add_participant(
    AxState(emu): AxState<Emulator>,
    Path(room): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let spec: ParticipantSpec = parse(&body)?;
    let p = emu.control().add_participant(&room, spec)?;
    Ok(Json(to_json("livekit.ParticipantInfo", &p)))
}

async fn remove_participant(
    AxState(emu): AxState<Emulator>,
    Path((room, identity)): Path<(String, String)>,
    headers: HeaderMap,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let p = emu.control().remove_participant(&room, &identity)?;
    Ok(Json(to_json("livekit.ParticipantInfo", &p)))
}

async fn publish_track(
    AxState(emu): AxState<Emulator>,
    Path((room, identity)): Path<(String, String)>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let spec: TrackSpec = parse(&body)?;
    let t = emu.control().publish_track(&room, &identity, spec)?;
    Ok(Json(to_json("livekit.TrackInfo", &t)))
}

async fn unpublish_track(
    AxState(emu): AxState<Emulator>,
    Path((room, identity, sid)): Path<(String, String, String)>,
    headers: HeaderMap,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let t = emu.control().unpublish_track(&room, &identity, &sid)?;
    Ok(Json(to_json("livekit.TrackInfo", &t)))
}

async fn inject_failure(
    AxState(emu): AxState<Emulator>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let spec: FailureSpec = parse(&body)?;
    emu.control().inject_failure(spec)?;
    Ok(Json(json!({})))
}

async fn clear_failures(
    AxState(emu): AxState<Emulator>,
    headers: HeaderMap,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    emu.control().clear_failures();
    Ok(Json(json!({})))
}

#[derive(Deserialize)]
struct LatencyBody {
    ms: u64,
}

async fn set_latency(
    AxState(emu): AxState<Emulator>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let LatencyBody { ms } = parse(&body)?;
    emu.control().set_latency(Duration::from_millis(ms));
    Ok(Json(json!({})))
}

#[derive(Deserialize)]
struct SpeedQuery {
    speed: Option<f64>,
}

async fn attach_track_audio(
    AxState(emu): AxState<Emulator>,
    Path((room, sid)): Path<(String, String)>,
    axum::extract::Query(q): axum::extract::Query<SpeedQuery>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let attached = emu
        .control()
        .attach_track_audio(&room, &sid, &body, q.speed.unwrap_or(1.0))?;
    Ok(Json(json!(attached)))
}

async fn set_ws_ping_interval(
    AxState(emu): AxState<Emulator>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let LatencyBody { ms } = parse(&body)?;
    emu.control()
        .set_egress_ws_ping_interval(Duration::from_millis(ms));
    Ok(Json(json!({})))
}

#[derive(Deserialize)]
struct RpcResponseBody {
    payload: Option<String>,
}

async fn set_rpc_response(
    AxState(emu): AxState<Emulator>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let RpcResponseBody { payload } = parse(&body)?;
    emu.control().set_rpc_response(payload);
    Ok(Json(json!({})))
}

async fn webhooks(AxState(emu): AxState<Emulator>, headers: HeaderMap) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    Ok(Json(
        serde_json::to_value(emu.control().webhooks()).unwrap_or_default(),
    ))
}

async fn data_packets(AxState(emu): AxState<Emulator>, headers: HeaderMap) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let items: Vec<Value> = emu
        .control()
        .data_packets()
        .into_iter()
        .map(|d| {
            json!({
                "room": d.room,
                "recipients": d.recipients,
                "packet": to_json("livekit.DataPacket", &d.packet),
            })
        })
        .collect();
    Ok(Json(Value::Array(items)))
}

async fn rpc_calls(AxState(emu): AxState<Emulator>, headers: HeaderMap) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let items: Vec<Value> = emu
        .control()
        .rpc_calls()
        .into_iter()
        .map(|r| {
            json!({
                "room": r.room,
                "destination_identity": r.destination_identity,
                "method": r.method,
                "payload": r.payload,
                "response": r.response,
            })
        })
        .collect();
    Ok(Json(Value::Array(items)))
}

async fn reset(AxState(emu): AxState<Emulator>, headers: HeaderMap) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    emu.control().reset();
    Ok(Json(json!({})))
}

async fn finish_egress(
    AxState(emu): AxState<Emulator>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let info = emu.control().finish_egress(&id)?;
    Ok(Json(to_json("livekit.EgressInfo", &info)))
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct FailEgressBody {
    error: String,
}

async fn fail_egress(
    AxState(emu): AxState<Emulator>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let FailEgressBody { error } = parse_optional(&body)?;
    let info = emu.control().fail_egress(&id, &error)?;
    Ok(Json(to_json("livekit.EgressInfo", &info)))
}

#[derive(Default, Deserialize)]
#[serde(default)]
struct SipCallFailureBody {
    status_code: Option<u32>,
    status: String,
}

async fn set_sip_call_failure(
    AxState(emu): AxState<Emulator>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let b: SipCallFailureBody = parse_optional(&body)?;
    emu.control()
        .set_sip_call_failure(b.status_code.map(|c| (c, b.status.as_str())));
    Ok(Json(json!({})))
}

async fn publish_ingress(
    AxState(emu): AxState<Emulator>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Json<Value>> {
    authorize(&emu, &headers)?;
    let info = emu.control().publish_ingress(&id)?;
    Ok(Json(to_json("livekit.IngressInfo", &info)))
}
