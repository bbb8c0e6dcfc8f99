//! Room activity for hosts' live streams: raised hands, publish grants, participants joining
//! and leaving (from LiveKit's webhooks) and guests removed.
//!
//! [`announce`] is called by the operation that stored the change (hands, guests, the
//! webhook ingest); it reaches this process's subscribers and, on PostgreSQL, every other
//! process's through `pg_notify` on [`crate::store::ACTIVITY_CHANNEL`]. Subscribers follow one
//! room with [`subscribe`].

use tokio::sync::broadcast;

use super::policy::validate_room;
use crate::error::Result;
use crate::store::{
    ActivityKind, BackendKind, PG_NOTIFY, RoomActivity, Store, Timestamp, with_pool,
};

/// Tell every subscriber (in this process and, on PostgreSQL, in others) about `activity`.
/// Best effort beyond this process: a failed NOTIFY is logged, never fails the operation
/// that already stored its change.
pub async fn announce(store: &Store, activity: RoomActivity) {
    if store.kind() == BackendKind::Postgres {
        let payload = store.events.activity_payload(&activity);
        let sent = async {
            with_pool!(store, |pool| {
                sqlx::query(PG_NOTIFY)
                    .bind(crate::store::ACTIVITY_CHANNEL)
                    .bind(&payload)
                    .execute(pool)
                    .await?;
            });
            Ok::<(), crate::error::Error>(())
        }
        .await;
        if let Err(e) = sent {
            tracing::warn!(room = %activity.room, "room activity not sent to other processes: {e}");
        }
    }
    store.events.publish_activity_local(activity);
}

/// Build an activity record stamped now.
pub fn activity(
    room: &str,
    kind: ActivityKind,
    identity: &str,
    name: Option<&str>,
    by: Option<&str>,
) -> RoomActivity {
    RoomActivity {
        room: room.to_string(),
        kind,
        identity: identity.to_string(),
        name: name.map(str::to_string),
        by: by.map(str::to_string),
        at: Timestamp::now(),
    }
}

/// What a room's activity subscription yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActivityItem {
    /// Something happened in the room.
    Activity(RoomActivity),
    /// The subscriber fell this many events behind and missed some: reload what you show.
    Missed(u64),
}

/// One room's activity; see [`subscribe`].
#[derive(Debug)]
pub struct ActivityEvents {
    rx: broadcast::Receiver<RoomActivity>,
    room: String,
}

impl ActivityEvents {
    /// The next item for this room; `None` when the store is gone.
    pub async fn next(&mut self) -> Option<ActivityItem> {
        loop {
            match self.rx.recv().await {
                Ok(a) if a.room == self.room => return Some(ActivityItem::Activity(a)),
                Ok(_) => {}
                Err(broadcast::error::RecvError::Lagged(n)) => {
                    return Some(ActivityItem::Missed(n));
                }
                Err(broadcast::error::RecvError::Closed) => return None,
            }
        }
    }
}

/// Follow one room's activity (hosts).
pub async fn subscribe(store: &Store, room: &str) -> Result<ActivityEvents> {
    validate_room(room)?;
    let rx = store.events.subscribe_activity().await?;
    Ok(ActivityEvents {
        rx,
        room: room.to_string(),
    })
}
