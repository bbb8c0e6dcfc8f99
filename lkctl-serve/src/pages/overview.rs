//! `GET /`: the overview. Admins see LiveKit's health and API latency, active rooms and
//! participants, the newest rooms and the egress jobs running; hosts see the rooms they
//! host. The script refreshes the `data-live` regions.

use std::time::Instant;

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lkctl_core::models::Room;
use lkctl_core::ops::egress::{self, Egress, ListEgress};
use lkctl_core::ops::rooms;

use super::fmt::When;
use super::{Layout, Page, room_path, user_message};
use crate::auth::hosts_room;
use crate::error::ApiResult;
use crate::state::AppState;

/// How many rooms the "recent rooms" table shows.
const RECENT_ROOMS: usize = 10;

/// A room row.
pub struct RoomRow {
    /// Name.
    pub name: String,
    /// Link to its page.
    pub href: String,
    /// Participants now.
    pub participants: u32,
    /// Publishers now.
    pub publishers: u32,
    /// Creation time.
    pub created: When,
    /// Whether a recording is running.
    pub recording: bool,
}

impl RoomRow {
    /// The row of `room`.
    pub fn new(room: &Room) -> Self {
        Self {
            name: room.name.clone(),
            href: room_path(&room.name),
            participants: room.num_participants,
            publishers: room.num_publishers,
            created: When::rfc3339(&room.creation_time),
            recording: room.active_recording,
        }
    }
}

/// An egress row.
pub struct EgressRow {
    /// Egress id.
    pub id: String,
    /// Room.
    pub room: String,
    /// Link to the room.
    pub room_href: String,
    /// What it records.
    pub kind: String,
    /// Status.
    pub status: String,
    /// Start time.
    pub started: When,
}

impl EgressRow {
    fn new(e: &Egress) -> Self {
        Self {
            id: e.egress_id.clone(),
            room: e.room_name.clone(),
            room_href: room_path(&e.room_name),
            kind: e.kind.to_string(),
            status: e.status.to_string(),
            started: When::rfc3339(&e.started_at),
        }
    }
}

/// The overview page.
#[derive(Template)]
#[template(path = "overview.html")]
pub struct OverviewPage {
    /// Frame.
    pub l: Layout,
    /// Whether LiveKit answered.
    pub healthy: bool,
    /// What went wrong when it did not.
    pub problem: String,
    /// Round trip of ListRooms, in milliseconds.
    pub latency_ms: u128,
    /// Active rooms.
    pub room_count: usize,
    /// Participants across those rooms.
    pub participant_count: u32,
    /// Newest rooms first.
    pub recent: Vec<RoomRow>,
    /// Egress jobs not yet ended; `None` when the list failed.
    pub egress: Option<Vec<EgressRow>>,
    /// Whether the viewer is an admin (hosts see only their rooms).
    pub admin: bool,
    /// When this was rendered.
    pub now: When,
}

/// `GET /`.
pub async fn show(State(state): State<AppState>, page: Page) -> ApiResult<Response> {
    let lk = state.livekit();
    let started = Instant::now();
    let listed = rooms::list(lk, &[]).await;
    let latency_ms = started.elapsed().as_millis();
    let (healthy, problem, mut all) = match listed {
        Ok(r) => (true, String::new(), r),
        Err(e) => match user_message(&e) {
            Some(m) => (false, m, Vec::new()),
            None => return Err(e.into()),
        },
    };
    let admin = page.is_admin();
    if !admin && let Some(p) = page.caller.principal() {
        let mut mine = Vec::new();
        for room in all {
            if hosts_room(&state, p, &room.name).await? {
                mine.push(room);
            }
        }
        all = mine;
    }
    let participant_count = all.iter().map(|r| r.num_participants).sum();
    all.sort_by(|a, b| {
        b.creation_time
            .cmp(&a.creation_time)
            .then(a.name.cmp(&b.name))
    });
    let egress = if admin && healthy {
        let filter = ListEgress {
            active: true,
            limit: 50,
            ..Default::default()
        };
        egress::list(lk, &filter)
            .await
            .ok()
            .map(|jobs| jobs.iter().map(EgressRow::new).collect())
    } else {
        None
    };
    let tpl = OverviewPage {
        l: page.layout("Overview", "overview"),
        healthy,
        problem,
        latency_ms,
        room_count: all.len(),
        participant_count,
        recent: all.iter().take(RECENT_ROOMS).map(RoomRow::new).collect(),
        egress,
        admin,
        now: When::timestamp(lkctl_core::store::Timestamp::now()),
    };
    page.render(&tpl)
}
