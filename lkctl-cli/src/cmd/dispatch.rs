//! `lkctl dispatch create|list|get|delete`: send agents into rooms.

use clap::Subcommand;
use lkctl_core::ops::dispatch::{self, Dispatch};

use super::parse_key_val;
use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

/// Agent dispatch verbs.
#[derive(Debug, Subcommand)]
pub enum DispatchCmd {
    /// Dispatch an agent into a room
    Create {
        /// Room
        #[arg(long)]
        room: String,
        /// Agent name (as the worker registered it)
        #[arg(long = "agent", value_name = "AGENT_NAME")]
        agent: String,
        /// Metadata handed to the agent's job
        #[arg(long, default_value = "", hide_default_value = true)]
        metadata: String,
        /// Attribute key=value of the agent participant (repeatable)
        #[arg(long = "attribute", value_name = "KEY=VALUE", value_parser = parse_key_val)]
        attributes: Vec<(String, String)>,
    },
    /// List the dispatches of a room
    List {
        /// Room
        #[arg(long)]
        room: String,
    },
    /// Show one dispatch
    Get {
        /// Dispatch ID (AD_...)
        id: String,
        /// Room
        #[arg(long)]
        room: String,
    },
    /// Delete a dispatch
    Delete {
        /// Dispatch ID (AD_...)
        id: String,
        /// Room
        #[arg(long)]
        room: String,
    },
}

impl Tabular for Dispatch {
    fn headers() -> Vec<&'static str> {
        vec!["id", "agent_name", "room", "jobs", "created_at", "metadata"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.agent_name.clone(),
            self.room.clone(),
            self.jobs.to_string(),
            or_dash(&self.created_at),
            or_dash(&self.metadata),
        ]
    }
}

impl DispatchCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let lk = ctx.livekit()?;
        match self {
            Self::Create {
                room,
                agent,
                metadata,
                attributes,
            } => {
                let d = dispatch::create(
                    lk,
                    &room,
                    &agent,
                    &metadata,
                    attributes.into_iter().collect(),
                )
                .await?;
                Ok(Output::done(format!(
                    "dispatched agent {} into room {} ({})",
                    d.agent_name, d.room, d.id
                ))
                .with_json(&d)
                .with_plain(d.id.clone()))
            }
            Self::List { room } => Ok(Output::list(&dispatch::list(lk, &room).await?)),
            Self::Get { id, room } => Ok(Output::one(&dispatch::get(lk, &room, &id).await?)),
            Self::Delete { id, room } => {
                ctx.confirm(&format!("delete agent dispatch {id} in room {room}"))?;
                let d = dispatch::delete(lk, &room, &id).await?;
                Ok(Output::done(format!("deleted agent dispatch {id}")).with_json(&d))
            }
        }
    }
}
