//! Raised hands in webinar rooms: a guest asks to speak, a host lets it publish.
//!
//! Guests of a webinar room join without publish rights. A raised hand is a row per
//! (room, identity) until the guest lowers it, a host lowers it, the guest leaves, or a host
//! grants it: [`grant`] calls [`super::moderation::grant_publish`] and then takes the hand
//! down. Every change is announced to the room's hosts ([`super::activity`]).

use serde::Serialize;

use super::activity::{activity, announce};
use super::moderation;
use super::policy::{self, validate_identity, validate_room};
use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::models::Participant;
use crate::store::{ActivityKind, Store, Timestamp, with_pool};

/// A raised hand.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct RaisedHand {
    /// Room.
    pub room: String,
    /// Who raised it.
    pub identity: String,
    /// Their display name.
    pub display_name: String,
    /// When.
    pub raised_at: Timestamp,
}

/// Raise `identity`'s hand in a webinar room (raising it again changes nothing).
pub async fn raise(
    store: &Store,
    room: &str,
    identity: &str,
    display_name: &str,
) -> Result<RaisedHand> {
    validate_room(room)?;
    validate_identity("identity", identity)?;
    let policy = policy::show(store, room).await?;
    if !policy.webinar {
        return Err(Error::Conflict(format!(
            "room `{room}` is not in webinar mode: everyone may publish already"
        )));
    }
    let hand = RaisedHand {
        room: room.to_string(),
        identity: identity.to_string(),
        display_name: display_name.to_string(),
        raised_at: Timestamp::now(),
    };
    let inserted = with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO raised_hands (room, identity, display_name, raised_at) \
             VALUES ($1, $2, $3, $4) ON CONFLICT (room, identity) DO NOTHING",
        )
        .bind(&hand.room)
        .bind(&hand.identity)
        .bind(&hand.display_name)
        .bind(hand.raised_at)
        .execute(pool)
        .await?
        .rows_affected()
    });
    if inserted == 0 {
        return get(store, room, identity).await;
    }
    announce(
        store,
        activity(
            room,
            ActivityKind::HandRaised,
            identity,
            Some(display_name),
            None,
        ),
    )
    .await;
    Ok(hand)
}

/// One raised hand; `NotFound` when that hand is down.
pub async fn get(store: &Store, room: &str, identity: &str) -> Result<RaisedHand> {
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, RaisedHand>(
            "SELECT room, identity, display_name, raised_at FROM raised_hands \
             WHERE room = $1 AND identity = $2",
        )
        .bind(room)
        .bind(identity)
        .fetch_optional(pool)
        .await?
    });
    row.ok_or_else(|| Error::NotFound {
        what: "raised hand",
        id: identity.to_string(),
    })
}

/// Raised hands of a room, first raised first.
pub async fn list(store: &Store, room: &str) -> Result<Vec<RaisedHand>> {
    validate_room(room)?;
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, RaisedHand>(
            "SELECT room, identity, display_name, raised_at FROM raised_hands \
             WHERE room = $1 ORDER BY raised_at, identity",
        )
        .bind(room)
        .fetch_all(pool)
        .await?
    }))
}

/// Take a hand down without announcing it; true if one was up.
pub(crate) async fn forget(store: &Store, room: &str, identity: &str) -> Result<bool> {
    let deleted = with_pool!(store, |pool| {
        sqlx::query("DELETE FROM raised_hands WHERE room = $1 AND identity = $2")
            .bind(room)
            .bind(identity)
            .execute(pool)
            .await?
            .rows_affected()
    });
    Ok(deleted > 0)
}

/// Lower a hand (the guest itself, or a host `by`); false if it was not raised.
pub async fn lower(store: &Store, room: &str, identity: &str, by: Option<&str>) -> Result<bool> {
    validate_room(room)?;
    validate_identity("identity", identity)?;
    let lowered = forget(store, room, identity).await?;
    if lowered {
        announce(
            store,
            activity(room, ActivityKind::HandLowered, identity, None, by),
        )
        .await;
    }
    Ok(lowered)
}

/// A host lets a raised hand publish: LiveKit grants `can_publish`, then the hand goes
/// down. `NotFound` when no hand is raised (a host grants publish to anyone else with
/// the participants API).
pub async fn grant(
    lk: &LiveKit,
    store: &Store,
    room: &str,
    identity: &str,
    by: &str,
) -> Result<Participant> {
    validate_room(room)?;
    validate_identity("identity", identity)?;
    let hand = get(store, room, identity).await?;
    let participant = moderation::grant_publish(lk, room, identity).await?;
    forget(store, room, identity).await?;
    store
        .audit(
            by,
            "hand.grant",
            Some(room),
            Some(identity),
            serde_json::json!({"raised_at": hand.raised_at}),
        )
        .await?;
    announce(
        store,
        activity(
            room,
            ActivityKind::PublishGranted,
            identity,
            Some(&hand.display_name),
            Some(by),
        ),
    )
    .await;
    Ok(participant)
}
