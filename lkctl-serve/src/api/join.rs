//! The guest join flow: `POST /api/v1/join/{code}`, then, while the lobby holds the guest,
//! `GET /api/v1/join/{code}/lobby/{entry}[/events]`, and once admitted
//! `POST /api/v1/join/{code}/lobby/{entry}/session` for a guest session.
//!
//! A waiting guest proves itself with the entry's claim (returned once by the join), sent as
//! the `X-Lobby-Claim` header or, for `EventSource` (which cannot set headers), as the
//! `claim` query parameter. The claim, not the code, identifies the entry: a code rotated
//! after the guest joined does not cut it off.
//!
//! The guest's event stream sends `pending` (id 1) while it waits, then one of `approved`
//! (LiveKit URL and token), `rejected` (reason) or `expired` (id 2), and ends. Heartbeats are
//! comment lines. A reconnect with `Last-Event-ID: 1` skips `pending`; one with
//! `Last-Event-ID: 2` (the outcome was seen) gets 204, which tells `EventSource` to stop.
//! Streams end when the server shuts down.

use std::net::SocketAddr;

use axum::extract::rejection::JsonRejection;
use axum::extract::{ConnectInfo, FromRequest, Path, Query, Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::{Form, Json};
use futures::StreamExt;
use lkctl_core::Error;
use lkctl_core::ops::guests::{self, GuestSession, OpenedGuestSession};
use lkctl_core::ops::lobby::{EntryEvent, EntryStatus, JoinOutcome, JoinRequest, LobbyEntry};
use lkctl_core::ops::policy;
use lkctl_core::store::Timestamp;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::json;

use crate::auth::{client_addr, guest_cookie_name};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Header carrying a lobby entry's claim.
pub const CLAIM_HEADER: &str = "x-lobby-claim";

/// Event id of `pending`.
pub const PENDING_EVENT_ID: u32 = 1;
/// Event id of the final event (`approved`, `rejected`, `expired`).
pub const FINAL_EVENT_ID: u32 = 2;

/// Parse a JSON or form-encoded body (by `Content-Type`) into `T`.
pub async fn json_or_form<T: DeserializeOwned>(req: Request) -> ApiResult<T> {
    let ct = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    if ct.starts_with("application/x-www-form-urlencoded") {
        match Form::<T>::from_request(req, &()).await {
            Ok(Form(v)) => Ok(v),
            Err(e) => Err(ApiError::invalid("body", e.body_text())),
        }
    } else {
        match Json::<T>::from_request(req, &()).await {
            Ok(Json(v)) => Ok(v),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::invalid(
                "content-type",
                "send application/json or application/x-www-form-urlencoded",
            )),
            Err(e) => Err(ApiError::invalid("body", e.body_text())),
        }
    }
}

/// What a guest sends to join.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JoinBody {
    /// Name shown to the host and in the room.
    pub display_name: String,
    /// A random value the browser keeps for the session (16–128 of `A-Z a-z 0-9 _ -`).
    pub fingerprint: String,
    /// Optional second id of the browser session, same format.
    #[serde(default)]
    pub session_id: Option<String>,
    /// The room's PIN, if it has one.
    #[serde(default)]
    pub pin: Option<String>,
}

/// A lobby entry as its own guest sees it.
#[derive(Debug, Clone, Serialize)]
pub struct GuestEntry {
    /// `LB_…`.
    pub id: String,
    /// Room.
    pub room: String,
    /// The name the guest gave.
    pub display_name: String,
    /// The guest's LiveKit identity.
    pub identity: String,
    /// Where the entry stands.
    pub status: EntryStatus,
    /// Rejection reason, if rejected.
    pub reason: Option<String>,
    /// When the guest asked.
    pub created_at: Timestamp,
}

impl From<&LobbyEntry> for GuestEntry {
    fn from(e: &LobbyEntry) -> Self {
        Self {
            id: e.id.clone(),
            room: e.room.clone(),
            display_name: e.display_name.clone(),
            identity: e.identity.clone(),
            status: e.status,
            reason: e.reason.clone(),
            created_at: e.created_at,
        }
    }
}

/// A guest session as handed to its guest, once.
#[derive(Debug, Serialize)]
pub struct GuestSessionGrant {
    /// The session.
    #[serde(flatten)]
    pub session: GuestSession,
    /// Its secret: the cookie's value, or send it as `Authorization: Bearer`.
    pub secret: String,
    /// Send as `X-CSRF-Token` on state-changing requests authenticated by the cookie.
    pub csrf_token: String,
}

impl From<OpenedGuestSession> for GuestSessionGrant {
    fn from(o: OpenedGuestSession) -> Self {
        Self {
            session: o.session,
            secret: o.secret,
            csrf_token: o.csrf_token,
        }
    }
}

fn links(code: &str, entry: &str) -> serde_json::Value {
    let base = format!("/api/v1/join/{}/lobby/{entry}", code_segment(code));
    json!({
        "entry": base,
        "events": format!("{base}/events"),
        "session": format!("{base}/session"),
    })
}

/// The guest cookie carrying a new session.
fn guest_cookie(state: &AppState, opened: &OpenedGuestSession) -> ApiResult<HeaderValue> {
    let secure = if state.options.is_https() {
        "; Secure"
    } else {
        ""
    };
    let max_age = (opened.session.expires_at.unix_ms() - state.bans.now().unix_ms()).max(0) / 1000;
    let text = format!(
        "{}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}",
        guest_cookie_name(&state.options),
        opened.secret
    );
    HeaderValue::from_str(&text).map_err(|e| ApiError::internal(format!("cookie header: {e}")))
}

/// A cookie header that ends the guest cookie.
pub fn clear_guest_cookie(state: &AppState) -> HeaderValue {
    let secure = if state.options.is_https() {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0{secure}",
        guest_cookie_name(&state.options)
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("lkctl_guest=; Path=/; Max-Age=0"))
}

/// What the join form needs to know about an invite before asking for a PIN.
pub async fn invite(
    State(state): State<AppState>,
    Path(code): Path<String>,
) -> ApiResult<Json<serde_json::Value>> {
    let policy = policy::room_for_invite(&state.store, &code).await?;
    Ok(Json(json!({
        "room": policy.room,
        "pin_required": policy.pin_set,
        "lobby": policy.lobby,
        "webinar": policy.webinar,
    })))
}

/// `POST /api/v1/join/{code}`: ask to join the room the invite code opens.
pub async fn join(
    State(state): State<AppState>,
    Path(code): Path<String>,
    req: Request,
) -> ApiResult<Response> {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let addr = peer.map(|p| client_addr(&state.options, p, req.headers()));
    let body: JoinBody = json_or_form(req).await?;
    let policy = policy::room_for_invite(&state.store, &code).await?;
    let outcome = state
        .lobby
        .request_join(JoinRequest {
            room: policy.room,
            display_name: body.display_name,
            fingerprint: body.fingerprint,
            session_id: body.session_id,
            ip: addr.map(|a| a.to_string()),
            pin: body.pin,
        })
        .await?;
    match outcome {
        JoinOutcome::Waiting { entry, claim } => {
            tracing::info!(room = %entry.room, entry = %entry.id, "guest waits in the lobby");
            let body = json!({
                "outcome": "waiting",
                "entry": GuestEntry::from(&entry),
                "claim": claim,
                "links": links(&code, &entry.id),
            });
            Ok((StatusCode::ACCEPTED, Json(body)).into_response())
        }
        JoinOutcome::Admitted { entry, token } => {
            let opened = guests::open(&state.bans, &entry, guests::GUEST_SESSION_TTL).await?;
            let cookie = guest_cookie(&state, &opened)?;
            tracing::info!(room = %entry.room, entry = %entry.id, "guest admitted (lobby off)");
            let body = json!({
                "outcome": "admitted",
                "entry": GuestEntry::from(&entry),
                "livekit_url": state.livekit_public_url,
                "token": token,
                "guest_session": GuestSessionGrant::from(opened),
            });
            let mut resp = Json(body).into_response();
            resp.headers_mut().insert(header::SET_COOKIE, cookie);
            Ok(resp)
        }
    }
}

/// `?claim=` for clients that cannot send headers.
#[derive(Debug, Default, Deserialize)]
pub struct ClaimQuery {
    /// The entry's claim.
    #[serde(default)]
    pub claim: Option<String>,
}

fn claim_of<'a>(headers: &'a HeaderMap, query: &'a ClaimQuery) -> ApiResult<&'a str> {
    headers
        .get(CLAIM_HEADER)
        .and_then(|v| v.to_str().ok())
        .or(query.claim.as_deref())
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or_else(|| {
            ApiError::unauthenticated(
                "send the entry's claim (X-Lobby-Claim header or ?claim=) from the join answer",
            )
        })
}

/// The guest-facing answer for an entry and its outcome.
fn entry_view(
    state: &AppState,
    code: &str,
    entry: &LobbyEntry,
    outcome: Option<&EntryEvent>,
) -> serde_json::Value {
    let mut v = json!({ "entry": GuestEntry::from(entry) });
    if let Some(EntryEvent::Approved { expires_at, .. }) = outcome {
        // The token itself is collected once, with the guest session (`session`).
        v["livekit_url"] = json!(state.livekit_public_url);
        v["token_expires_at"] = json!(expires_at);
        v["session"] = json!(session_path(code, entry));
    }
    v
}

/// `GET /api/v1/join/{code}/lobby/{entry}`: the entry now, for clients without SSE (poll it).
pub async fn entry(
    State(state): State<AppState>,
    Path((code, entry_id)): Path<(String, String)>,
    Query(query): Query<ClaimQuery>,
    headers: HeaderMap,
) -> ApiResult<Json<serde_json::Value>> {
    let claim = claim_of(&headers, &query)?;
    let entry = state.lobby.claimed_entry(&entry_id, claim).await?;
    let outcome = state.lobby.claimed_outcome(&entry).await?;
    Ok(Json(entry_view(&state, &code, &entry, outcome.as_ref())))
}

/// Where an approved guest collects its token and guest session (POST, with the claim), under
/// the invite code the guest used.
fn session_path(code: &str, entry: &LobbyEntry) -> String {
    format!(
        "/api/v1/join/{}/lobby/{}/session",
        code_segment(code),
        entry.id
    )
}

/// The invite code as a path segment of the links handed back. Entries are found by id and
/// claim, so a code that is not plain (it came from the request path, unchecked on these
/// routes) is written as `-` rather than echoed.
fn code_segment(code: &str) -> &str {
    let plain = !code.is_empty()
        && code
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if plain { code } else { "-" }
}

fn sse_event(id: u32, name: &str, data: &serde_json::Value) -> Event {
    Event::default()
        .id(id.to_string())
        .event(name)
        .data(data.to_string())
}

fn final_event(state: &AppState, code: &str, entry: &LobbyEntry, ev: &EntryEvent) -> Event {
    match ev {
        EntryEvent::Approved {
            identity,
            expires_at,
            ..
        } => sse_event(
            FINAL_EVENT_ID,
            "approved",
            &json!({
                "entry_id": entry.id,
                "livekit_url": state.livekit_public_url,
                "identity": identity,
                "token_expires_at": expires_at,
                "session": session_path(code, entry),
            }),
        ),
        EntryEvent::Rejected { reason } => sse_event(
            FINAL_EVENT_ID,
            "rejected",
            &json!({ "entry_id": entry.id, "reason": reason }),
        ),
        EntryEvent::Expired => {
            sse_event(FINAL_EVENT_ID, "expired", &json!({ "entry_id": entry.id }))
        }
    }
}

/// Headers every SSE response gets beyond axum's: no proxy buffering.
pub fn sse_headers() -> [(HeaderName, HeaderValue); 1] {
    [(
        HeaderName::from_static("x-accel-buffering"),
        HeaderValue::from_static("no"),
    )]
}

enum Step {
    Pending,
    Waiting,
    Done,
}

/// `GET /api/v1/join/{code}/lobby/{entry}/events`: the waiting guest's event stream.
pub async fn entry_events(
    State(state): State<AppState>,
    Path((code, entry_id)): Path<(String, String)>,
    Query(query): Query<ClaimQuery>,
    headers: HeaderMap,
) -> ApiResult<Response> {
    let claim = claim_of(&headers, &query)?;
    let entry = state.lobby.claimed_entry(&entry_id, claim).await?;
    let last_seen = headers
        .get("last-event-id")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u32>().ok())
        .unwrap_or(0);
    if last_seen >= FINAL_EVENT_ID {
        // The outcome was delivered: 204 makes EventSource stop reconnecting.
        return Ok(StatusCode::NO_CONTENT.into_response());
    }
    // The stream tells the decision; the token is collected once, with the guest session.
    let events = state
        .lobby
        .subscribe_entry(&entry.room, &entry.id, claim)
        .await?
        .without_token();
    let first = if entry.status == EntryStatus::Pending && last_seen < PENDING_EVENT_ID {
        Step::Pending
    } else {
        Step::Waiting
    };
    let st = state.clone();
    let stream = futures::stream::unfold((events, first), move |(mut events, step)| {
        let st = st.clone();
        let entry = entry.clone();
        let code = code.clone();
        async move {
            match step {
                Step::Pending => {
                    let data = json!({ "entry_id": entry.id, "status": "pending" });
                    let ev = sse_event(PENDING_EVENT_ID, "pending", &data);
                    Some((
                        Ok::<_, std::convert::Infallible>(ev),
                        (events, Step::Waiting),
                    ))
                }
                Step::Waiting => match events.next().await {
                    Ok(Some(outcome)) => {
                        let ev = final_event(&st, &code, &entry, &outcome);
                        Some((Ok(ev), (events, Step::Done)))
                    }
                    Ok(None) => None,
                    Err(e) => {
                        tracing::warn!(entry = %entry.id, "guest event stream ends: {e}");
                        None
                    }
                },
                Step::Done => None,
            }
        }
    })
    .take_until(state.shutdown.clone().cancelled_owned());
    let sse = Sse::new(stream).keep_alive(
        KeepAlive::new()
            .interval(state.options.sse_heartbeat)
            .text("heartbeat"),
    );
    Ok((sse_headers(), sse).into_response())
}

/// Body of a claim for a session, when the claim is not in the header.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClaimBody {
    /// The entry's claim.
    #[serde(default)]
    pub claim: Option<String>,
}

/// `POST /api/v1/join/{code}/lobby/{entry}/session`: an approved guest trades its claim for
/// a guest session (cookie and bearer secret) and gets its LiveKit token again.
pub async fn claim_session(
    State(state): State<AppState>,
    Path((_code, entry_id)): Path<(String, String)>,
    req: Request,
) -> ApiResult<Response> {
    let header_claim = req
        .headers()
        .get(CLAIM_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let has_body = req
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|v| !v.is_empty());
    let claim = match header_claim {
        Some(c) => c,
        None if has_body => json_or_form::<ClaimBody>(req)
            .await?
            .claim
            .unwrap_or_default(),
        None => String::new(),
    };
    let claim = claim_of(&HeaderMap::new(), &ClaimQuery { claim: Some(claim) })?.to_owned();
    let entry = state.lobby.claimed_entry(&entry_id, &claim).await?;
    // The one collection of the approval's token (a second claim is a conflict: the token
    // is never stored, so it cannot be handed out again).
    let token = match state.lobby.claimed_outcome(&entry).await? {
        Some(EntryEvent::Approved { .. }) => match state.lobby.collect_claimed(&entry).await? {
            EntryEvent::Approved { token, .. } => token,
            _ => unreachable!("collecting an approval yields an approval"),
        },
        _ => {
            return Err(ApiError(Error::Conflict(format!(
                "lobby entry `{}` is {}: only admitted guests get a session",
                entry.id,
                entry.status.as_str()
            ))));
        }
    };
    let opened = guests::open(&state.bans, &entry, guests::GUEST_SESSION_TTL).await?;
    let cookie = guest_cookie(&state, &opened)?;
    let body = json!({
        "entry": GuestEntry::from(&entry),
        "livekit_url": state.livekit_public_url,
        "token": token,
        "guest_session": GuestSessionGrant::from(opened),
    });
    let mut resp = Json(body).into_response();
    resp.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(resp)
}
