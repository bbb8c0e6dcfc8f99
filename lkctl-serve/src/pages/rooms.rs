//! Rooms: `GET /rooms` (list with search, create form), `POST /rooms` (create with every
//! CreateRoom option a form can carry), `GET /rooms/{room}` (info, metadata, participants,
//! join token), `POST /rooms/{room}/metadata`, `GET`/`POST /rooms/{room}/close` (a
//! confirmation page, so closing needs no script).

use askama::Template;
use axum::Form;
use axum::extract::{Path, Query, State};
use axum::response::Response;
use lkctl_core::Error;
use lkctl_core::models::{Participant, Room};
use lkctl_core::ops::participants;
use lkctl_core::ops::rooms::{self, CreateRoom};
use serde::Deserialize;

use super::fmt::{When, timeout};
use super::overview::RoomRow;
use super::participants::ParticipantRow;
use super::tokens::IssuedView;
use super::{Flash, Layout, Page, after, room_path, see_other, user_message};
use crate::error::ApiResult;
use crate::state::AppState;

/// The rooms page.
#[derive(Template)]
#[template(path = "rooms/list.html")]
pub struct RoomsPage {
    /// Frame.
    pub l: Layout,
    /// The search text.
    pub q: String,
    /// Matching rooms, by name.
    pub rooms: Vec<RoomRow>,
    /// Rooms before filtering.
    pub total: usize,
    /// Why the list is empty when LiveKit failed.
    pub problem: Option<String>,
}

/// Query of `GET /rooms`.
#[derive(Debug, Deserialize)]
pub struct Search {
    /// Case-insensitive part of the name or metadata.
    #[serde(default)]
    pub q: String,
}

/// `GET /rooms`.
pub async fn list(
    State(state): State<AppState>,
    page: Page,
    Query(search): Query<Search>,
) -> ApiResult<Response> {
    let (all, problem) = match rooms::list(state.livekit(), &[]).await {
        Ok(r) => (r, None),
        Err(e) => match user_message(&e) {
            Some(m) => (Vec::new(), Some(m)),
            None => return Err(e.into()),
        },
    };
    let needle = search.q.trim().to_lowercase();
    let mut shown: Vec<&Room> = all
        .iter()
        .filter(|r| {
            needle.is_empty()
                || r.name.to_lowercase().contains(&needle)
                || r.metadata.to_lowercase().contains(&needle)
        })
        .collect();
    shown.sort_by(|a, b| a.name.cmp(&b.name));
    let tpl = RoomsPage {
        l: page.layout("Rooms", "rooms"),
        q: search.q.trim().to_string(),
        rooms: shown.into_iter().map(RoomRow::new).collect(),
        total: all.len(),
        problem,
    };
    page.render(&tpl)
}

/// Fields of the create form.
#[derive(Debug, Deserialize)]
pub struct CreateForm {
    /// Room name.
    pub name: String,
    /// Maximum participants (empty: no limit).
    #[serde(default)]
    pub max_participants: String,
    /// Empty timeout in seconds or with a unit (empty: server default).
    #[serde(default)]
    pub empty_timeout: String,
    /// Departure timeout (empty: server default).
    #[serde(default)]
    pub departure_timeout: String,
    /// Metadata.
    #[serde(default)]
    pub metadata: String,
    /// Agents to dispatch, comma-separated names.
    #[serde(default)]
    pub agents: String,
    /// Checkbox: synchronise audio and video.
    #[serde(default)]
    pub sync_streams: Option<String>,
}

fn number(field: &'static str, text: &str) -> lkctl_core::Result<u32> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    text.parse()
        .map_err(|_| Error::invalid(field, format!("`{text}` is not a whole number")))
}

fn seconds(field: &'static str, text: &str) -> lkctl_core::Result<u32> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(0);
    }
    super::fmt::parse_duration(text)
        .and_then(|s| u32::try_from(s).ok())
        .ok_or_else(|| Error::invalid(field, format!("`{text}`: give seconds (300) or 5m")))
}

impl CreateForm {
    fn request(&self) -> lkctl_core::Result<CreateRoom> {
        let agents: Vec<serde_json::Value> = self
            .agents
            .split(',')
            .map(str::trim)
            .filter(|a| !a.is_empty())
            .map(|a| serde_json::json!({ "agent_name": a }))
            .collect();
        let config = if agents.is_empty() {
            Default::default()
        } else {
            let text = serde_json::json!({ "agents": agents }).to_string();
            rooms::parse_room_config(&text).map_err(|r| Error::invalid("agents", r))?
        };
        Ok(CreateRoom {
            name: self.name.trim().to_string(),
            max_participants: number("max participants", &self.max_participants)?,
            empty_timeout: seconds("empty timeout", &self.empty_timeout)?,
            departure_timeout: seconds("departure timeout", &self.departure_timeout)?,
            metadata: self.metadata.clone(),
            sync_streams: self.sync_streams.is_some(),
            config,
            ..Default::default()
        })
    }
}

/// `POST /rooms`: create, then show the new room.
pub async fn create(
    State(state): State<AppState>,
    Form(form): Form<CreateForm>,
) -> ApiResult<Response> {
    let req = match form.request() {
        Ok(r) => r,
        Err(e) => return after::<()>(Err(e), "/rooms", |_| String::new()),
    };
    match rooms::create(state.livekit(), req).await {
        Ok(room) => Ok(see_other(
            &room_path(&room.name),
            Some(Flash::ok(format!("Created room {}.", room.name))),
        )),
        Err(e) => after::<()>(Err(e), "/rooms", |_| String::new()),
    }
}

/// The room page.
#[derive(Template)]
#[template(path = "rooms/detail.html")]
pub struct RoomPage {
    /// Frame.
    pub l: Layout,
    /// The room.
    pub room: Room,
    /// Its page's path.
    pub href: String,
    /// Creation time.
    pub created: When,
    /// Empty timeout, human.
    pub empty_timeout: String,
    /// Departure timeout, human.
    pub departure_timeout: String,
    /// Participants.
    pub participants: Vec<ParticipantRow>,
    /// A token just minted for this room (shown once).
    pub issued: Option<IssuedView>,
    /// When this was rendered.
    pub now: When,
}

/// Render room `name`'s page, with `issued` when a join token was just made.
pub(crate) async fn room_page(
    state: &AppState,
    page: &Page,
    name: &str,
    issued: Option<IssuedView>,
) -> ApiResult<Response> {
    let lk = state.livekit();
    let room = rooms::get(lk, name).await?;
    let mut people: Vec<Participant> = participants::list(lk, &room.name).await?;
    people.sort_by(|a, b| a.identity.cmp(&b.identity));
    let href = room_path(&room.name);
    let tpl = RoomPage {
        l: page.layout(format!("Room {}", room.name), "rooms"),
        created: When::rfc3339(&room.creation_time),
        empty_timeout: timeout(room.empty_timeout),
        departure_timeout: timeout(room.departure_timeout),
        participants: people
            .iter()
            .map(|p| ParticipantRow::new(&room.name, p))
            .collect(),
        href,
        room,
        issued,
        now: When::timestamp(lkctl_core::store::Timestamp::now()),
    };
    page.render(&tpl)
}

/// `GET /rooms/{room}`.
pub async fn show(
    State(state): State<AppState>,
    page: Page,
    Path(room): Path<String>,
) -> ApiResult<Response> {
    room_page(&state, &page, &room, None).await
}

/// Fields of the metadata form.
#[derive(Debug, Deserialize)]
pub struct MetadataForm {
    /// New metadata.
    #[serde(default)]
    pub metadata: String,
}

/// `POST /rooms/{room}/metadata`.
pub async fn update_metadata(
    State(state): State<AppState>,
    Path(room): Path<String>,
    Form(form): Form<MetadataForm>,
) -> ApiResult<Response> {
    // Browsers send textarea line breaks as CRLF; keep what the user typed.
    let metadata = form.metadata.replace("\r\n", "\n");
    let result = rooms::update_metadata(state.livekit(), &room, &metadata).await;
    after(result, &room_path(&room), |r| {
        format!("Updated the metadata of room {}.", r.name)
    })
}

/// The close confirmation page.
#[derive(Template)]
#[template(path = "rooms/close.html")]
pub struct ClosePage {
    /// Frame.
    pub l: Layout,
    /// The room.
    pub room: Room,
    /// Its page's path.
    pub href: String,
}

/// `GET /rooms/{room}/close`: ask first.
pub async fn confirm_close(
    State(state): State<AppState>,
    page: Page,
    Path(room): Path<String>,
) -> ApiResult<Response> {
    let room = rooms::get(state.livekit(), &room).await?;
    let tpl = ClosePage {
        l: page.layout(format!("Close room {}", room.name), "rooms"),
        href: room_path(&room.name),
        room,
    };
    page.render(&tpl)
}

/// `POST /rooms/{room}/close`: close the room, disconnecting everyone.
pub async fn close(
    State(state): State<AppState>,
    page: Page,
    Path(room): Path<String>,
) -> ApiResult<Response> {
    let result = rooms::delete(state.livekit(), &room).await;
    // Hosts cannot list every room; they go back to the overview.
    let back = if page.is_admin() { "/rooms" } else { "/" };
    match result {
        Ok(name) => Ok(see_other(
            back,
            Some(Flash::ok(format!(
                "Closed room {name}; everyone in it was disconnected."
            ))),
        )),
        Err(e) => after::<()>(Err(e), &room_path(&room), |_| String::new()),
    }
}
