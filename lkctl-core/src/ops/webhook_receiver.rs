//! Receiving LiveKit webhooks over HTTP (`lkctl serve`'s `POST /webhooks/livekit`):
//! signature verification, then [`super::webhooks::ingest_webhook`], the delivery's outcome
//! recorded beside its dedup row, a `room_finished` job queued for later work, and room and
//! track events queued for the transcription worker (`ops::agent`).
//!
//! LiveKit signs each delivery with a JWT in `Authorization` (HS256 with the API secret,
//! `iss` = API key) whose `sha256` claim is the base64 SHA-256 of the raw body. Anything
//! that fails [`verify`] changes nothing.

use base64::Engine;
use livekit_protocol as proto;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::bans::Bans;
use super::jobs::{self, Job};
use super::webhooks::{self, WebhookOutcome};
use crate::error::{Error, Result};
use crate::secret::{Secret, constant_time_eq};
use crate::store::{Store, with_pool};

/// Check a delivery's `Authorization` header against the raw body. Every failure is
/// [`Error::Unauthenticated`] with a reason for the log.
pub fn verify(
    authorization: Option<&str>,
    body: &[u8],
    api_key: &str,
    secret: &Secret,
) -> Result<()> {
    let token = authorization
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .ok_or_else(|| Error::Unauthenticated("webhook without an Authorization header".into()))?;
    let token = token.strip_prefix("Bearer ").unwrap_or(token);
    // A malformed value is as unauthenticated as a forged one.
    let info = crate::token::verify(token, api_key, secret).map_err(|e| match e {
        Error::Invalid { reason, .. } => {
            Error::Unauthenticated(format!("webhook Authorization is not a token: {reason}"))
        }
        other => other,
    })?;
    let claimed = info
        .claims
        .get("sha256")
        .and_then(|v| v.as_str())
        .ok_or_else(|| Error::Unauthenticated("webhook token has no sha256 claim".into()))?;
    let actual = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body));
    if !constant_time_eq(claimed.as_bytes(), actual.as_bytes()) {
        return Err(Error::Unauthenticated(
            "webhook body does not match its signed sha256".into(),
        ));
    }
    Ok(())
}

/// Sign a delivery as LiveKit does: an HS256 JWT from `api_key` whose `sha256` claim is the
/// base64 SHA-256 of `body`, valid for five minutes (for `lkctl webhook test` and tests).
pub fn sign(body: &[u8], api_key: &str, secret: &Secret) -> Result<String> {
    if api_key.is_empty() {
        return Err(Error::Config("the API key is empty".into()));
    }
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as usize)
        .unwrap_or_default();
    let claims = livekit_api::access_token::Claims {
        iss: api_key.to_string(),
        nbf: now,
        exp: now + 300,
        sha256: base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body)),
        ..Default::default()
    };
    crate::token::sign(&claims, secret)
}

/// A webhook event for checking a receiver end to end (`lkctl webhook test`): a
/// `room_started` of room `lkctl-webhook-test` with a fresh event id.
pub fn test_event() -> proto::WebhookEvent {
    let now = crate::store::Timestamp::now().unix_ms();
    proto::WebhookEvent {
        event: "room_started".into(),
        id: format!("EV_test_{}", &super::users::random_secret()[..16]),
        created_at: now / 1000,
        room: Some(proto::Room {
            name: "lkctl-webhook-test".into(),
            sid: "RM_lkctl_webhook_test".into(),
            creation_time: now / 1000,
            ..Default::default()
        }),
        ..Default::default()
    }
}

/// What the receiver did with one delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Delivery {
    /// The ingest outcome (event, ids, what was stored, ban verdict).
    #[serde(flatten)]
    pub outcome: WebhookOutcome,
    /// The job queued for this event (`room_finished`), if a new one was.
    pub job: Option<Job>,
}

/// Apply a verified delivery: ingest it, queue a `room_finished` job, record the outcome.
pub async fn receive(store: &Store, bans: &Bans, event: &proto::WebhookEvent) -> Result<Delivery> {
    let outcome = webhooks::ingest_webhook(store, bans, event).await?;
    let job = if event.event == jobs::ROOM_FINISHED && outcome.recorded != "duplicate" {
        let room = event.room.as_ref();
        let payload = serde_json::json!({
            "event_id": event.id,
            "room": room.map(|r| r.name.clone()),
            "room_sid": room.map(|r| r.sid.clone()),
            "created_at": event.created_at,
        });
        jobs::enqueue(
            store,
            jobs::ROOM_FINISHED,
            &event.id,
            outcome.room.as_deref(),
            payload,
        )
        .await?
    } else {
        None
    };
    // A track published by a participant just removed as banned is not one for the agent
    // to transcribe (an unpublish still goes through, so the agent lets go of the track).
    let removed = event.event == "track_published"
        && matches!(
            outcome.verdict,
            Some(super::bans::JoinVerdict::Removed { .. })
        );
    if outcome.recorded != "duplicate"
        && !removed
        && super::agent::ROOM_EVENTS.contains(&event.event.as_str())
    {
        // For `lkctl agent`: rooms to transcribe and their tracks.
        let room = event.room.as_ref();
        let ev = super::agent::RoomEvent {
            event: event.event.clone(),
            room: room.map(|r| r.name.clone()).unwrap_or_default(),
            room_sid: room.map(|r| r.sid.clone()).filter(|s| !s.is_empty()),
            participant: event.participant.as_ref().map(|p| p.identity.clone()),
            track_sid: event.track.as_ref().map(|t| t.sid.clone()),
        };
        super::agent::queue_room_event(store, &event.id, &ev).await?;
    }
    let delivery = Delivery { outcome, job };
    record_outcome(store, &event.id, &delivery).await?;
    Ok(delivery)
}

/// Store what became of a delivery beside its dedup row (the first outcome wins).
async fn record_outcome(store: &Store, event_id: &str, delivery: &Delivery) -> Result<()> {
    let text = serde_json::to_string(delivery)
        .map_err(|e| Error::Internal(format!("webhook outcome: {e}")))?;
    with_pool!(store, |pool| {
        sqlx::query(
            "UPDATE webhook_deliveries SET outcome = $1 WHERE event_id = $2 AND outcome IS NULL",
        )
        .bind(&text)
        .bind(event_id)
        .execute(pool)
        .await?;
    });
    Ok(())
}

/// A recorded delivery.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct DeliveryRecord {
    /// Webhook event id.
    pub event_id: String,
    /// Event name.
    pub event: String,
    /// Room, if any.
    pub room: Option<String>,
    /// When it was first received.
    pub received_at: crate::store::Timestamp,
    /// JSON of the [`Delivery`], once applied.
    pub outcome: Option<String>,
}

/// Recorded deliveries, newest first.
pub async fn list(store: &Store, limit: i64) -> Result<Vec<DeliveryRecord>> {
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, DeliveryRecord>(
            "SELECT event_id, event, room, received_at, outcome FROM webhook_deliveries \
             ORDER BY received_at DESC, event_id LIMIT $1",
        )
        .bind(limit)
        .fetch_all(pool)
        .await?
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signed_deliveries_verify_and_others_do_not() {
        let secret = Secret::new("a-secret-of-thirty-two-characters!!");
        let event = test_event();
        assert_eq!(event.event, "room_started");
        let body = serde_json::to_vec(&event).unwrap();
        let auth = sign(&body, "key", &secret).unwrap();
        verify(Some(&auth), &body, "key", &secret).unwrap();
        verify(Some(&format!("Bearer {auth}")), &body, "key", &secret).unwrap();
        let other = Secret::new("another-secret-of-thirty-two-chars!");
        assert!(verify(Some(&auth), &body, "key", &other).is_err());
        assert!(verify(Some(&auth), &body, "other-key", &secret).is_err());
        assert!(verify(Some(&auth), b"{}", "key", &secret).is_err());
        assert!(verify(None, &body, "key", &secret).is_err());
        assert!(sign(&body, "", &secret).is_err());
        // Fresh ids: receivers deduplicate by id.
        assert_ne!(test_event().id, test_event().id);
        // The body parses as LiveKit's webhook JSON.
        let parsed = super::webhooks::parse_webhook(&body).unwrap();
        assert_eq!(parsed.room.unwrap().name, "lkctl-webhook-test");
    }
}
