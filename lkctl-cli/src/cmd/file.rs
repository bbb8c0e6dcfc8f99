//! `lkctl file list`: records of files shared in rooms (the bytes live in S3).
//!
//! Presigned upload and download URLs exist in core (`ops::files::FileStorage`); their verbs
//! are to come once the S3 flag group of `cmd::recording` (`S3Args`) can be shared.

use clap::Subcommand;
use lkctl_core::ops::files::{self, SharedFile};

use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// File verbs.
#[derive(Debug, Subcommand)]
pub enum FileCmd {
    /// Files shared in a room, oldest first
    List {
        /// Room name
        room: String,
    },
}

impl Tabular for SharedFile {
    fn headers() -> Vec<&'static str> {
        vec![
            "id",
            "name",
            "size",
            "content_type",
            "uploader",
            "created_at",
            "s3_key",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.name.clone(),
            self.size.to_string(),
            self.content_type.clone(),
            self.uploader.clone(),
            self.created_at.to_string(),
            self.s3_key.clone(),
        ]
    }
}

impl FileCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List { room } => {
                let store = ctx.store().await?;
                Ok(Output::list(&files::list(&store, &room).await?))
            }
        }
    }
}
