//! Participant sessions (the `session` noun): who was in which room, when, for how long.
//!
//! Self-hosted LiveKit keeps no history. The webhook receiver hands `participant_joined` and
//! `participant_left` events to [`record`]; each webhook's event id is recorded in
//! `webhook_deliveries` in the same transaction, so a redelivered webhook changes nothing.

use serde::Serialize;

use super::policy::{validate_identity, validate_room};
use crate::error::{Error, Result};
use crate::store::{BeginWrite, IdKind, Store, Timestamp, new_id, with_pool};

/// Which participant event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantEventKind {
    /// `participant_joined`.
    Joined,
    /// `participant_left`.
    Left,
}

/// A participant webhook event.
#[derive(Debug, Clone)]
pub struct ParticipantEvent {
    /// Webhook event id (`id` field), used to drop redeliveries.
    pub event_id: String,
    /// Joined or left.
    pub kind: ParticipantEventKind,
    /// Room name.
    pub room: String,
    /// Room sid, if known.
    pub room_sid: Option<String>,
    /// Participant identity.
    pub identity: String,
    /// Participant sid, if known.
    pub participant_sid: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// When it happened (the webhook's `createdAt`).
    pub at: Timestamp,
    /// Digest of the delivery's content (see [`crate::ops::webhooks::event_digest`]); a later
    /// delivery under the same event id with another digest is refused.
    pub digest: Option<String>,
}

/// What [`record`] did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Recorded {
    /// Stored.
    Stored,
    /// This event id was seen before; nothing changed.
    Duplicate,
    /// A `left` without a matching open session; only the delivery was recorded.
    Unmatched,
}

/// One participant's stay in a room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ParticipantSession {
    /// `PS_…`.
    pub id: String,
    /// Room name.
    pub room: String,
    /// Room sid.
    pub room_sid: Option<String>,
    /// Identity.
    pub identity: String,
    /// Participant sid.
    pub participant_sid: Option<String>,
    /// Display name.
    pub name: Option<String>,
    /// Joined at.
    pub joined_at: Timestamp,
    /// Left at; `None` while present.
    pub left_at: Option<Timestamp>,
    /// Time in the room, once left.
    pub duration_ms: Option<i64>,
}

fn validate_event_id(id: &str) -> Result<()> {
    if id.is_empty() || id.len() > 200 || id.chars().any(char::is_control) {
        return Err(Error::invalid(
            "event_id",
            "use the webhook's non-empty `id` field",
        ));
    }
    Ok(())
}

/// Record a webhook delivery by event id; `false` if it was recorded before. For webhook
/// kinds that have no table of their own. With a `digest`, a delivery seen before under
/// this event id with different content is refused ([`Error::Conflict`]).
pub async fn record_delivery(
    store: &Store,
    event_id: &str,
    event: &str,
    room: Option<&str>,
    digest: Option<&str>,
) -> Result<bool> {
    validate_event_id(event_id)?;
    let fresh = with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        let fresh = sqlx::query(
            "INSERT INTO webhook_deliveries (event_id, event, room, received_at, body_sha256) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING",
        )
        .bind(event_id)
        .bind(event)
        .bind(room)
        .bind(Timestamp::now())
        .bind(digest)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !fresh {
            let seen: Option<Option<String>> = sqlx::query_scalar(
                "SELECT body_sha256 FROM webhook_deliveries WHERE event_id = $1",
            )
            .bind(event_id)
            .fetch_optional(&mut *tx)
            .await?;
            check_same_body(event_id, seen.flatten().as_deref(), digest)?;
        }
        tx.commit().await?;
        fresh
    });
    Ok(fresh)
}

/// A delivery under a seen event id must carry the content seen then: LiveKit retries
/// send the same body, so a different one is a forgery or a replay with a changed body.
fn check_same_body(event_id: &str, seen: Option<&str>, now: Option<&str>) -> Result<()> {
    match (seen, now) {
        (Some(seen), Some(now)) if seen != now => Err(Error::Conflict(format!(
            "webhook event `{event_id}` was received before with a different body; \
             the changed replay is refused"
        ))),
        _ => Ok(()),
    }
}

/// Record a participant event (idempotent by event id).
pub async fn record(store: &Store, ev: &ParticipantEvent) -> Result<Recorded> {
    validate_event_id(&ev.event_id)?;
    validate_room(&ev.room)?;
    validate_identity("identity", &ev.identity)?;
    let event_name = match ev.kind {
        ParticipantEventKind::Joined => "participant_joined",
        ParticipantEventKind::Left => "participant_left",
    };
    Ok(with_pool!(store, |pool| {
        let mut tx = pool.begin_write().await?;
        let fresh = sqlx::query(
            "INSERT INTO webhook_deliveries (event_id, event, room, received_at, body_sha256) \
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (event_id) DO NOTHING",
        )
        .bind(&ev.event_id)
        .bind(event_name)
        .bind(&ev.room)
        .bind(Timestamp::now())
        .bind(&ev.digest)
        .execute(&mut *tx)
        .await?
        .rows_affected()
            == 1;
        if !fresh {
            let seen: Option<Option<String>> = sqlx::query_scalar(
                "SELECT body_sha256 FROM webhook_deliveries WHERE event_id = $1",
            )
            .bind(&ev.event_id)
            .fetch_optional(&mut *tx)
            .await?;
            check_same_body(
                &ev.event_id,
                seen.flatten().as_deref(),
                ev.digest.as_deref(),
            )?;
        }
        let outcome = if !fresh {
            Recorded::Duplicate
        } else {
            match ev.kind {
                ParticipantEventKind::Joined => {
                    sqlx::query(
                        "INSERT INTO participant_sessions (id, room, room_sid, identity, \
                         participant_sid, name, joined_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
                    )
                    .bind(new_id(IdKind::Session))
                    .bind(&ev.room)
                    .bind(&ev.room_sid)
                    .bind(&ev.identity)
                    .bind(&ev.participant_sid)
                    .bind(&ev.name)
                    .bind(ev.at)
                    .execute(&mut *tx)
                    .await?;
                    Recorded::Stored
                }
                ParticipantEventKind::Left => {
                    let updated = sqlx::query(
                        "UPDATE participant_sessions SET left_at = $1, duration_ms = $1 - joined_at \
                         WHERE id = (SELECT id FROM participant_sessions WHERE room = $2 \
                           AND identity = $3 AND left_at IS NULL \
                           AND ($4 IS NULL OR participant_sid IS NULL OR participant_sid = $4) \
                           ORDER BY joined_at DESC LIMIT 1)",
                    )
                    .bind(ev.at)
                    .bind(&ev.room)
                    .bind(&ev.identity)
                    .bind(&ev.participant_sid)
                    .execute(&mut *tx)
                    .await?
                    .rows_affected();
                    if updated == 1 {
                        Recorded::Stored
                    } else {
                        Recorded::Unmatched
                    }
                }
            }
        };
        tx.commit().await?;
        outcome
    }))
}

/// Sessions, newest first: of one room or all, joined at or after `since`, at most `limit`.
pub async fn list(
    store: &Store,
    room: Option<&str>,
    since: Option<Timestamp>,
    limit: i64,
) -> Result<Vec<ParticipantSession>> {
    if let Some(room) = room {
        validate_room(room)?;
    }
    if limit < 1 {
        return Err(Error::invalid("limit", "give 1 or more"));
    }
    let sql = "SELECT id, room, room_sid, identity, participant_sid, name, joined_at, left_at, \
               duration_ms FROM participant_sessions \
               WHERE ($1 IS NULL OR room = $1) AND ($2 IS NULL OR joined_at >= $2) \
               ORDER BY joined_at DESC, id LIMIT $3";
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, ParticipantSession>(sql)
            .bind(room)
            .bind(since)
            .bind(limit)
            .fetch_all(pool)
            .await?
    }))
}
