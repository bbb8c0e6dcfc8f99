//! Chat messages kept per room (for export and for late joiners of the web UI).

use serde::Serialize;

use super::policy::{validate_identity, validate_room};
use crate::error::{Error, Result};
use crate::store::{IdKind, Store, Timestamp, new_id, with_pool};

/// Longest message kept, in characters.
pub const MAX_CHAT_CHARS: usize = 4096;

/// One chat message.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct ChatMessage {
    /// `CM_…`.
    pub id: String,
    /// Room.
    pub room: String,
    /// Sender identity.
    pub identity: String,
    /// Text.
    pub text: String,
    /// When it was sent.
    pub sent_at: Timestamp,
}

/// Store a message; `sent_at` defaults to now.
pub async fn add(
    store: &Store,
    room: &str,
    identity: &str,
    text: &str,
    sent_at: Option<Timestamp>,
) -> Result<ChatMessage> {
    validate_room(room)?;
    validate_identity("identity", identity)?;
    if text.trim().is_empty() || text.chars().count() > MAX_CHAT_CHARS {
        return Err(Error::invalid(
            "text",
            format!("use 1–{MAX_CHAT_CHARS} characters"),
        ));
    }
    let msg = ChatMessage {
        id: new_id(IdKind::Chat),
        room: room.to_string(),
        identity: identity.to_string(),
        text: text.to_string(),
        sent_at: sent_at.unwrap_or_else(Timestamp::now),
    };
    with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO chat_messages (id, room, identity, text, sent_at) VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&msg.id)
        .bind(&msg.room)
        .bind(&msg.identity)
        .bind(&msg.text)
        .bind(msg.sent_at)
        .execute(pool)
        .await?;
    });
    Ok(msg)
}

/// Messages of a room in order, sent at or after `since`, at most `limit`.
pub async fn list(
    store: &Store,
    room: &str,
    since: Option<Timestamp>,
    limit: i64,
) -> Result<Vec<ChatMessage>> {
    validate_room(room)?;
    if limit < 1 {
        return Err(Error::invalid("limit", "give 1 or more"));
    }
    let sql = "SELECT id, room, identity, text, sent_at FROM chat_messages \
               WHERE room = $1 AND ($2 IS NULL OR sent_at >= $2) ORDER BY sent_at, id LIMIT $3";
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, ChatMessage>(sql)
            .bind(room)
            .bind(since)
            .bind(limit)
            .fetch_all(pool)
            .await?
    }))
}
