//! `lkctl chat list|send`: chat messages kept in lkctl's store (for export and late joiners).

use clap::Subcommand;
use lkctl_core::ops::chat::{self, ChatMessage};

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
    /// Store a message as sent by IDENTITY (kept in the store only; nothing goes to LiveKit)
    Send {
        /// Room name
        room: String,
        /// Sender identity
        #[arg(long = "as", value_name = "IDENTITY")]
        identity: String,
        /// Message text; `-` reads it from stdin
        text: String,
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
            } => {
                let text = arg_or_stdin(&text, "text")?;
                let store = ctx.store().await?;
                let msg = chat::add(store, &room, &identity, &text, None).await?;
                Ok(Output::done(format!(
                    "stored message {} from {} in room {}",
                    msg.id, msg.identity, msg.room
                ))
                .with_json(&msg)
                .with_plain(msg.id.clone()))
            }
        }
    }
}
