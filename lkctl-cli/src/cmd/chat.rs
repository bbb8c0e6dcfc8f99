//! `lkctl chat list|send`: chat messages kept in lkctl's store (for export and late joiners);
//! `send` also delivers the message into the room, where LiveKit's components show chat.

use clap::Subcommand;
use lkctl_core::ops::chat::{self, ChatMessage, SentChat};

use super::arg_or_stdin;
use super::session::Window;
use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// Chat verbs.
#[derive(Debug, Subcommand)]
pub enum ChatCmd {
    /// Messages of a room, oldest first
    List {
        /// Room name
        room: String,
        #[command(flatten)]
        window: Window,
    },
    /// Send a message into a room (on the chat topic LiveKit's components show) and store it as sent by IDENTITY
    Send {
        /// Room name
        room: String,
        /// Sender identity (stored with the message)
        #[arg(long = "as", value_name = "IDENTITY")]
        identity: String,
        /// Message text; `-` reads it from stdin
        text: String,
        /// Only store the message (importing history); nothing goes to LiveKit
        #[arg(long)]
        store_only: bool,
    },
}

impl Tabular for ChatMessage {
    fn headers() -> Vec<&'static str> {
        vec!["sent_at", "identity", "text", "id"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.sent_at.to_string(),
            self.identity.clone(),
            self.text.clone(),
            self.id.clone(),
        ]
    }
}

impl ChatCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List { room, window } => {
                let store = ctx.store().await?;
                let msgs = chat::list(store, &room, window.since, window.limit).await?;
                Ok(Output::list(&msgs))
            }
            Self::Send {
                room,
                identity,
                text,
                store_only,
            } => {
                let text = arg_or_stdin(&text, "text")?;
                let sent = if store_only {
                    let store = ctx.store().await?;
                    SentChat {
                        message: chat::add(store, &room, &identity, &text, None).await?,
                        delivered: false,
                        topic: None,
                    }
                } else {
                    let lk = ctx.livekit()?;
                    let store = ctx.store().await?;
                    chat::send(store, lk, &room, &identity, &text).await?
                };
                let msg = &sent.message;
                let said = match &sent.topic {
                    Some(topic) => format!(
                        "delivered message {} from {} into room {} (data topic {topic}) and stored it",
                        msg.id, msg.identity, msg.room
                    ),
                    None => format!(
                        "stored message {} from {} in room {} (not delivered: --store-only)",
                        msg.id, msg.identity, msg.room
                    ),
                };
                Ok(Output::done(said)
                    .with_json(&sent)
                    .with_plain(msg.id.clone()))
            }
        }
    }
}
