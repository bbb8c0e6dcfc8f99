//! Participants on a room's page: `POST /rooms/{room}/participants/{identity}/kick` and
//! `POST /rooms/{room}/participants/{identity}/mute` (one track, muted or unmuted).

use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use lkctl_core::models::{Participant, Track};
use lkctl_core::ops::participants::{self, TrackSelector};
use serde::Deserialize;

use super::fmt::When;
use super::{after, encode_segment, room_path};
use crate::error::ApiResult;
use crate::state::AppState;

/// A participant as the room page lists them.
pub struct ParticipantRow {
    /// Identity.
    pub identity: String,
    /// Display name.
    pub name: String,
    /// `joining`, `joined`, `active`, `disconnected`.
    pub state: String,
    /// `standard`, `agent`, `sip`, ...
    pub kind: String,
    /// Join time.
    pub joined: When,
    /// Metadata.
    pub metadata: String,
    /// Attributes, by key.
    pub attributes: Vec<(String, String)>,
    /// Published tracks.
    pub tracks: Vec<Track>,
    /// Permissions as short words (`publish`, `subscribe`, `data`, `hidden`, ...).
    pub permissions: Vec<String>,
    /// Path prefix of their actions (`/rooms/<room>/participants/<identity>`).
    pub actions: String,
}

impl ParticipantRow {
    /// The row of `p` in `room`.
    pub fn new(room: &str, p: &Participant) -> Self {
        let permissions = match &p.permission {
            Some(perm) => {
                let mut words = Vec::new();
                let mut flag = |on: bool, yes: &str, no: &str| {
                    words.push(if on { yes } else { no }.to_string());
                };
                flag(perm.can_publish, "publish", "no publish");
                flag(perm.can_subscribe, "subscribe", "no subscribe");
                flag(perm.can_publish_data, "data", "no data");
                if perm.can_update_metadata {
                    words.push("update metadata".into());
                }
                if perm.hidden {
                    words.push("hidden".into());
                }
                if !perm.can_publish_sources.is_empty() {
                    words.push(format!("sources: {}", perm.can_publish_sources.join(", ")));
                }
                words
            }
            None => vec!["default".into()],
        };
        Self {
            identity: p.identity.clone(),
            name: p.name.clone(),
            state: p.state.clone(),
            kind: p.kind.clone(),
            joined: When::rfc3339(&p.joined_at),
            metadata: p.metadata.clone(),
            attributes: p
                .attributes
                .iter()
                .map(|(k, v)| (k.clone(), v.clone()))
                .collect(),
            tracks: p.tracks.clone(),
            permissions,
            actions: format!(
                "{}/participants/{}",
                room_path(room),
                encode_segment(&p.identity)
            ),
        }
    }
}

/// `POST /rooms/{room}/participants/{identity}/kick`.
pub async fn kick(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
) -> ApiResult<Response> {
    let result = participants::remove(state.livekit(), &room, &identity).await;
    after(result, &room_path(&room), |()| {
        format!("Removed {identity} from room {room}.")
    })
}

/// Fields of the mute form.
#[derive(Debug, Deserialize)]
pub struct MuteForm {
    /// The track's `TR_` sid.
    pub track: String,
    /// `true` to mute, `false` to unmute.
    pub muted: bool,
}

/// `POST /rooms/{room}/participants/{identity}/mute`.
pub async fn mute(
    State(state): State<AppState>,
    Path((room, identity)): Path<(String, String)>,
    Form(form): Form<MuteForm>,
) -> ApiResult<Response> {
    let result = participants::set_muted(
        state.livekit(),
        &room,
        &identity,
        TrackSelector::Sid(form.track.clone()),
        form.muted,
    )
    .await;
    let verb = if form.muted { "Muted" } else { "Unmuted" };
    after(result, &room_path(&room), |tracks| {
        let what = tracks
            .first()
            .map(|t| format!("{} track {}", t.source, t.sid))
            .unwrap_or_else(|| format!("track {}", form.track));
        format!("{verb} {what} of {identity}.")
    })
}
