//! What a room's hosts follow live and do about guests: `GET /api/v1/rooms/{room}/events`
//! (SSE), `GET /api/v1/rooms/{room}/hands`, `POST …/hands/{identity}/grant`,
//! `DELETE …/hands/{identity}` and `POST /api/v1/rooms/{room}/guests/{identity}/kick`.
//!
//! The host stream starts with `ready`, then sends `lobby` (a lobby entry was requested,
//! approved, rejected or expired), `hand` (raised, lowered, granted) and `participant`
//! (joined, left, guest removed; from LiveKit's webhooks), each with a JSON body whose
//! `kind` says which. It carries no tokens. After a gap it sends `refresh`: reload the
//! lists. It does not replay: on reconnect a console reloads the lobby and hands lists and
//! follows from `ready`. Events made on other instances arrive too on PostgreSQL.

use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use futures::StreamExt;
use lkctl_core::models::Participant;
use lkctl_core::ops::activity::{self, ActivityEvents, ActivityItem};
use lkctl_core::ops::guests::{self, GuestRemoval};
use lkctl_core::ops::hands::{self, RaisedHand};
use lkctl_core::store::{ActivityKind, LobbyEvent, RoomEvents};
use serde_json::json;

use crate::api::join::sse_headers;
use crate::auth::Caller;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// The identity a host acts as (audit log, `by` in events).
fn host_identity(caller: &Caller) -> ApiResult<String> {
    caller
        .principal()
        .map(|p| p.user.identity.clone())
        .ok_or_else(|| ApiError::unauthenticated("log in first"))
}

/// The SSE event name of an activity.
fn activity_event(kind: ActivityKind) -> &'static str {
    match kind {
        ActivityKind::HandRaised | ActivityKind::HandLowered | ActivityKind::PublishGranted => {
            "hand"
        }
        ActivityKind::ParticipantJoined
        | ActivityKind::ParticipantLeft
        | ActivityKind::GuestRemoved => "participant",
    }
}

struct Feed {
    lobby: RoomEvents,
    activity: ActivityEvents,
    next_id: u64,
    started: bool,
    room: String,
}

impl Feed {
    fn event(&mut self, name: &str, data: serde_json::Value) -> Event {
        self.next_id += 1;
        Event::default()
            .id(self.next_id.to_string())
            .event(name)
            .data(data.to_string())
    }

    /// The next event, or `None` when the store's event hub is gone.
    async fn next(&mut self) -> Option<Event> {
        if !self.started {
            self.started = true;
            let room = self.room.clone();
            return Some(self.event("ready", json!({ "room": room })));
        }
        enum Got {
            Lobby(Option<LobbyEvent>),
            Activity(Option<ActivityItem>),
        }
        let got = tokio::select! {
            ev = self.lobby.next() => Got::Lobby(ev),
            item = self.activity.next() => Got::Activity(item),
        };
        match got {
            Got::Lobby(ev) => {
                let data = serde_json::to_value(&ev?).unwrap_or_default();
                Some(self.event("lobby", data))
            }
            Got::Activity(item) => match item? {
                ActivityItem::Activity(a) => {
                    let name = activity_event(a.kind);
                    let data = serde_json::to_value(&a).unwrap_or_default();
                    Some(self.event(name, data))
                }
                ActivityItem::Missed(n) => Some(self.event("refresh", json!({ "missed": n }))),
            },
        }
    }
}

/// `GET /api/v1/rooms/{room}/events`: the room's live stream for its hosts.
pub async fn room_events(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Response> {
    let feed = Feed {
        lobby: state.lobby.subscribe_room(&room).await?,
        activity: activity::subscribe(&state.store, &room).await?,
        next_id: 0,
        started: false,
        room,
    };
    let stream = futures::stream::unfold(feed, |mut feed| async move {
        let ev = feed.next().await?;
        Some((Ok::<_, std::convert::Infallible>(ev), feed))
    })
    .take_until(state.shutdown.clone().cancelled_owned());
    let sse = Sse::new(stream).keep_alive(
        KeepAlive::new()
            .interval(state.options.sse_heartbeat)
            .text("heartbeat"),
    );
    Ok((sse_headers(), sse).into_response())
}

/// `GET /api/v1/rooms/{room}/hands`: raised hands, first raised first.
pub async fn hands_list(
    State(state): State<AppState>,
    Path(room): Path<String>,
) -> ApiResult<Json<Vec<RaisedHand>>> {
    Ok(Json(hands::list(&state.store, &room).await?))
}

/// `POST /api/v1/rooms/{room}/hands/{identity}/grant`: let a raised hand publish.
pub async fn hand_grant(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Json<Participant>> {
    let by = host_identity(&caller)?;
    Ok(Json(
        hands::grant(state.livekit(), &state.store, &room, &identity, &by).await?,
    ))
}

/// `DELETE /api/v1/rooms/{room}/hands/{identity}`: a host lowers someone's hand.
pub async fn hand_lower(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<StatusCode> {
    let by = host_identity(&caller)?;
    hands::lower(&state.store, &room, &identity, Some(&by)).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// `POST /api/v1/rooms/{room}/guests/{identity}/kick`: end a guest's session and remove it
/// from the room.
pub async fn guest_kick(
    State(state): State<AppState>,
    Extension(caller): Extension<Caller>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Json<GuestRemoval>> {
    let by = host_identity(&caller)?;
    Ok(Json(
        guests::kick(state.livekit(), &state.store, &room, &identity, &by).await?,
    ))
}
