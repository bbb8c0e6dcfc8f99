//! LiveKit webhook events applied to the store.
//!
//! [`ingest_webhook`] takes one `WebhookEvent`: participant sessions from
//! `participant_joined`/`participant_left` (deduplicated by event id, see [`session::record`]),
//! finished recordings from `egress_ended` ([`super::recordings::save`]),
//! and ban enforcement on `participant_joined` and on every other event that shows a
//! participant in the room ([`PRESENCE_EVENTS`]; [`Bans::enforce_on_join`], which removes the
//! participant through the [`super::moderation::Moderator`]). Other events only record their
//! delivery. Serve's webhook receiver and `lkctl webhook ingest` call it, each after
//! [`super::webhook_receiver::verify`] checked the delivery's signature.
//!
//! Ban enforcement comes before anything is validated or recorded, so an event the store
//! would refuse (an identity with a control character, a replay) cannot carry a banned
//! participant past it. Deduplication keys on the event id and remembers a digest of the
//! event's content: a later delivery under a seen id with other content is refused.

use std::collections::BTreeMap;

use livekit_protocol as proto;
use serde::Serialize;

use super::bans::{Bans, JoinVerdict, ParticipantJoined};
use super::session::{self, ParticipantEvent, ParticipantEventKind, Recorded};
use super::{activity, guests, hands};
use crate::error::{Error, Result};
use crate::store::{ActivityKind, Store, Timestamp};

/// Parse a webhook body: the JSON of `livekit_protocol::WebhookEvent` as LiveKit posts it
/// (lowerCamelCase; snake_case is accepted too).
pub fn parse_webhook(body: &[u8]) -> Result<proto::WebhookEvent> {
    let event: proto::WebhookEvent = serde_json::from_slice(body).map_err(|e| {
        Error::invalid(
            "webhook",
            format!("not a LiveKit WebhookEvent JSON document: {e}"),
        )
    })?;
    if event.event.is_empty() {
        return Err(Error::invalid("webhook", "the `event` field is missing"));
    }
    if event.id.is_empty() {
        return Err(Error::invalid(
            "webhook",
            "the `id` field is missing (needed to drop redeliveries)",
        ));
    }
    Ok(event)
}

/// Events besides `participant_joined` that show a participant present in the room: a
/// banned identity seen in one is removed at once, as on joining (a participant whose
/// `participant_joined` was lost, or who joined before the ban and publishes now).
/// `participant_left` and `participant_connection_aborted` show it gone, so they do not.
pub const PRESENCE_EVENTS: [&str; 2] = ["track_published", "track_unpublished"];

/// Remove `participant` from `room` if it is banned there (see [`Bans::enforce_on_join`]).
async fn enforce_ban(
    bans: &Bans,
    room: &str,
    participant: &proto::ParticipantInfo,
) -> Result<JoinVerdict> {
    bans.enforce_on_join(&ParticipantJoined {
        room: room.to_string(),
        identity: participant.identity.clone(),
        attributes: participant
            .attributes
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<BTreeMap<_, _>>(),
    })
    .await
}

/// What [`ingest_webhook`] did with one event.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct WebhookOutcome {
    /// Event name, e.g. `participant_joined`.
    pub event: String,
    /// Webhook event id.
    pub event_id: String,
    /// Room name, if the event has one.
    pub room: Option<String>,
    /// Participant identity, for participant events and [`PRESENCE_EVENTS`].
    pub identity: Option<String>,
    /// What the store made of it: `stored`, `duplicate`, `unmatched` (a `left` without an
    /// open session) or `delivery_only` (event kinds without a table of their own).
    pub recorded: String,
    /// For `participant_joined` and [`PRESENCE_EVENTS`]: whether the participant was
    /// allowed or removed as banned.
    pub verdict: Option<JoinVerdict>,
}

fn recorded_name(r: Recorded) -> &'static str {
    match r {
        Recorded::Stored => "stored",
        Recorded::Duplicate => "duplicate",
        Recorded::Unmatched => "unmatched",
    }
}

/// Digest of an event's content: hex SHA-256 of its canonical JSON (the parsed event
/// serialised again), so formatting differences between deliveries do not count but any
/// changed field does.
pub fn event_digest(event: &proto::WebhookEvent) -> String {
    use sha2::Digest;
    let canonical = serde_json::to_vec(event).unwrap_or_default();
    sha2::Sha256::digest(&canonical)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The event's `createdAt` (Unix seconds), or now when absent.
fn event_time(event: &proto::WebhookEvent) -> Timestamp {
    (event.created_at > 0)
        .then(|| Timestamp::from_unix_ms(event.created_at.saturating_mul(1000)))
        .flatten()
        .unwrap_or_else(Timestamp::now)
}

/// Apply one webhook event to the store: on `participant_joined` first remove the
/// participant at once if banned, then participant sessions and finished recordings
/// (`egress_ended`). Enforcement runs on redeliveries too: it only ever removes someone who
/// is banned now.
pub async fn ingest_webhook(
    store: &Store,
    bans: &Bans,
    event: &proto::WebhookEvent,
) -> Result<WebhookOutcome> {
    let room = event
        .room
        .as_ref()
        .map(|r| r.name.clone())
        .filter(|n| !n.is_empty());
    let digest = event_digest(event);
    let kind = match event.event.as_str() {
        "participant_joined" => Some(ParticipantEventKind::Joined),
        "participant_left" => Some(ParticipantEventKind::Left),
        _ => None,
    };
    let Some(kind) = kind else {
        // Bans first here too: a banned participant seen publishing is removed before the
        // delivery is recorded.
        let seen = event
            .participant
            .as_ref()
            .filter(|p| PRESENCE_EVENTS.contains(&event.event.as_str()) && !p.identity.is_empty());
        let verdict = match (&room, seen) {
            (Some(room), Some(p)) => Some(enforce_ban(bans, room, p).await?),
            _ => None,
        };
        let fresh = session::record_delivery(
            store,
            &event.id,
            &event.event,
            room.as_deref(),
            Some(&digest),
        )
        .await?;
        // Room sessions: one artifact set per finished session. Both writes are
        // idempotent, so a redelivery changes nothing.
        record_room_session(store, event).await?;
        // Finished recordings outlive LiveKit's 24 h memory of ended egress jobs.
        // Saving is an upsert, so a redelivery refreshes rather than duplicates.
        let recordings = super::recordings::from_webhook(event);
        let kept = !recordings.is_empty();
        if kept {
            super::recordings::save(store, &recordings).await?;
        }
        let room = room.or_else(|| recordings.first().map(|r| r.room_name.clone()));
        let recorded = match (fresh, kept) {
            (false, _) => "duplicate",
            (true, true) => "stored",
            (true, false) => "delivery_only",
        };
        return Ok(WebhookOutcome {
            event: event.event.clone(),
            event_id: event.id.clone(),
            room,
            identity: verdict
                .is_some()
                .then(|| seen.map(|p| p.identity.clone()))
                .flatten(),
            recorded: recorded.into(),
            verdict,
        });
    };
    let room_name = room
        .clone()
        .ok_or_else(|| Error::invalid("webhook", format!("{} without a `room`", event.event)))?;
    let participant = event.participant.as_ref().ok_or_else(|| {
        Error::invalid(
            "webhook",
            format!("{} without a `participant`", event.event),
        )
    })?;
    // Bans first: nothing below (validation, deduplication, the store) may stand between
    // a banned participant and its removal.
    let verdict = match kind {
        ParticipantEventKind::Joined => Some(enforce_ban(bans, &room_name, participant).await?),
        ParticipantEventKind::Left => None,
    };
    let removed = matches!(verdict, Some(JoinVerdict::Removed { .. }));
    let non_empty = |s: &str| Some(s.to_string()).filter(|s| !s.is_empty());
    let name = non_empty(&participant.name);
    let checked = super::policy::validate_identity("identity", &participant.identity).and_then(
        |()| match &name {
            Some(n) if n.len() > super::rooms::MAX_NAME_LEN || n.contains('\0') => {
                Err(Error::invalid(
                    "name",
                    format!(
                        "the participant's name is longer than LiveKit's {} bytes or holds a NUL",
                        super::rooms::MAX_NAME_LEN
                    ),
                ))
            }
            _ => Ok(()),
        },
    );
    if let Err(e) = checked {
        return Err(match (removed, e) {
            (true, Error::Invalid { field, reason }) => Error::Invalid {
                field,
                reason: format!("{reason}; the participant was removed as banned"),
            },
            (_, e) => e,
        });
    }
    let recorded = session::record(
        store,
        &ParticipantEvent {
            event_id: event.id.clone(),
            kind,
            room: room_name.clone(),
            room_sid: event.room.as_ref().and_then(|r| non_empty(&r.sid)),
            identity: participant.identity.clone(),
            participant_sid: non_empty(&participant.sid),
            name,
            at: event_time(event),
            digest: Some(digest),
        },
    )
    .await?;
    if kind == ParticipantEventKind::Joined
        && let Some(sid) = event
            .room
            .as_ref()
            .map(|r| r.sid.as_str())
            .filter(|s| !s.is_empty())
    {
        super::lectures::touch_session(store, sid, &room_name, event_time(event)).await?;
    }
    if recorded == Recorded::Stored {
        participant_activity(store, event, kind, participant).await?;
    }
    Ok(WebhookOutcome {
        event: event.event.clone(),
        event_id: event.id.clone(),
        room,
        identity: Some(participant.identity.clone()),
        recorded: recorded_name(recorded).into(),
        verdict,
    })
}

/// What a stored participant event means beyond its session row: hosts' live streams hear
/// of it; a participant who left lowers its hand; one a host removed loses its guest session
/// at once (LiveKit reports the removal as `PARTICIPANT_REMOVED`).
async fn participant_activity(
    store: &Store,
    event: &proto::WebhookEvent,
    kind: ParticipantEventKind,
    participant: &proto::ParticipantInfo,
) -> Result<()> {
    let room = event
        .room
        .as_ref()
        .map(|r| r.name.as_str())
        .unwrap_or_default();
    let identity = participant.identity.as_str();
    let name = Some(participant.name.as_str()).filter(|n| !n.is_empty());
    let activity_kind = match kind {
        ParticipantEventKind::Joined => ActivityKind::ParticipantJoined,
        ParticipantEventKind::Left => {
            if participant.disconnect_reason == proto::DisconnectReason::ParticipantRemoved as i32 {
                guests::revoke_identity(store, room, identity, "removed").await?;
            }
            if hands::forget(store, room, identity).await? {
                activity::announce(
                    store,
                    activity::activity(room, ActivityKind::HandLowered, identity, name, None),
                )
                .await;
            }
            ActivityKind::ParticipantLeft
        }
    };
    activity::announce(
        store,
        activity::activity(room, activity_kind, identity, name, None),
    )
    .await;
    Ok(())
}

/// `room_started` and `room_finished` record the room session they name.
async fn record_room_session(store: &Store, event: &proto::WebhookEvent) -> Result<()> {
    let Some(room) = event
        .room
        .as_ref()
        .filter(|r| !r.sid.is_empty() && !r.name.is_empty())
    else {
        return Ok(());
    };
    match event.event.as_str() {
        "room_started" => {
            let created = if room.creation_time_ms > 0 {
                Timestamp::from_unix_ms(room.creation_time_ms)
            } else if room.creation_time > 0 {
                Timestamp::from_unix_ms(room.creation_time.saturating_mul(1000))
            } else {
                None
            };
            let at = created.unwrap_or_else(|| event_time(event));
            super::lectures::room_started(store, &room.sid, &room.name, at).await
        }
        "room_finished" => {
            super::lectures::room_finished(store, &room.sid, &room.name, event_time(event)).await
        }
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn webhook_bodies_need_event_and_id() {
        let ok = br#"{"event":"participant_joined","id":"EV_1","room":{"name":"r"},
            "participant":{"identity":"a"},"createdAt":"1700000000"}"#;
        let ev = parse_webhook(ok).expect("parses");
        assert_eq!(ev.participant.map(|p| p.identity).as_deref(), Some("a"));
        assert_eq!(
            event_time(&parse_webhook(ok).expect("parses")).unix_ms(),
            1_700_000_000_000
        );
        for bad in [&b"{"[..], br#"{"id":"x"}"#, br#"{"event":"room_started"}"#] {
            assert!(matches!(parse_webhook(bad), Err(Error::Invalid { .. })));
        }
    }
}
