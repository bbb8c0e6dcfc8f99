//! Chat messages kept per room (for export and for late joiners of the web UI), and
//! delivered into the room where LiveKit's front-end components show chat.
//!
//! Delivery is a reliable data packet on [`CHAT_TOPIC`] carrying `{id, timestamp, message}`
//! (`timestamp` in Unix milliseconds): the chat LiveKit's components-js (`useChat`, the
//! prebuilt `<Chat>`) reads besides its newer `lk.chat` text streams, which a server cannot
//! send through `SendData`. LiveKit sends a server's packet without a sender participant,
//! so front ends show it as coming from no one in the room; the stored row keeps the
//! identity given.

use serde::Serialize;

use super::policy::{normalize_identity, validate_room};
use super::rooms::{self, SendData};
use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::store::{IdKind, Store, Timestamp, new_id, with_pool};

/// Longest message kept, in characters.
pub const MAX_CHAT_CHARS: usize = 4096;

/// The data-packet topic LiveKit's front-end components read chat messages on
/// (components-js `LegacyDataTopic.CHAT`).
pub const CHAT_TOPIC: &str = "lk-chat-topic";

/// A message sent with [`send`]: the stored row, and whether it went into the room.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SentChat {
    /// The stored message.
    #[serde(flatten)]
    pub message: ChatMessage,
    /// True when the message was delivered into the room as a data packet.
    pub delivered: bool,
    /// The data-packet topic it was delivered on ([`CHAT_TOPIC`]); `None` when stored only.
    pub topic: Option<String>,
}

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

/// A checked message, not yet stored: the room checked, the sender's identity in the one
/// normal form every entrance uses ([`normalize_identity`], as for bans), the text's length.
fn prepare(
    room: &str,
    identity: &str,
    text: &str,
    sent_at: Option<Timestamp>,
) -> Result<ChatMessage> {
    validate_room(room)?;
    let identity = normalize_identity("identity", identity)?;
    if text.trim().is_empty() || text.chars().count() > MAX_CHAT_CHARS {
        return Err(Error::invalid(
            "text",
            format!("use 1–{MAX_CHAT_CHARS} characters"),
        ));
    }
    Ok(ChatMessage {
        id: new_id(IdKind::Chat),
        room: room.to_string(),
        identity,
        text: text.to_string(),
        sent_at: sent_at.unwrap_or_else(Timestamp::now),
    })
}

/// The data packet LiveKit's components read as a chat message: `{id, timestamp, message}`.
pub fn chat_payload(msg: &ChatMessage) -> Vec<u8> {
    serde_json::json!({
        "id": msg.id,
        "timestamp": msg.sent_at.unix_ms(),
        "message": msg.text,
    })
    .to_string()
    .into_bytes()
}

/// Store a message without delivering it (history imports, tests); `sent_at` defaults to
/// now. The sender's identity is stored in its normal form.
pub async fn add(
    store: &Store,
    room: &str,
    identity: &str,
    text: &str,
    sent_at: Option<Timestamp>,
) -> Result<ChatMessage> {
    let msg = prepare(room, identity, text, sent_at)?;
    insert(store, &msg).await?;
    Ok(msg)
}

/// Deliver a message into the room (a reliable data packet on [`CHAT_TOPIC`] to everyone
/// there), then store it. Nothing is stored when delivery fails (an unknown room is "not
/// found"), so the history never shows a message nobody received.
pub async fn send(
    store: &Store,
    lk: &LiveKit,
    room: &str,
    identity: &str,
    text: &str,
) -> Result<SentChat> {
    let msg = prepare(room, identity, text, None)?;
    let payload = chat_payload(&msg);
    if payload.len() > rooms::MAX_DATA_LEN {
        return Err(Error::invalid(
            "text",
            format!(
                "is {} bytes as a chat packet; LiveKit carries at most {} bytes per packet \
                 (shorten the message)",
                payload.len(),
                rooms::MAX_DATA_LEN
            ),
        ));
    }
    rooms::send_data(
        lk,
        SendData {
            room: msg.room.clone(),
            payload,
            topic: Some(CHAT_TOPIC.to_string()),
            destination_identities: Vec::new(),
            lossy: false,
        },
    )
    .await?;
    insert(store, &msg).await?;
    Ok(SentChat {
        message: msg,
        delivered: true,
        topic: Some(CHAT_TOPIC.to_string()),
    })
}

async fn insert(store: &Store, msg: &ChatMessage) -> Result<()> {
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
    Ok(())
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
