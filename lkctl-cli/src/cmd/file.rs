//! `lkctl file`: records of files shared in rooms; the bytes live in S3 and move
//! through presigned URLs, so lkctl never proxies them.

use std::time::Duration;

use clap::{Args, Subcommand};
use lkctl_core::ops::files::{self, FileStorage, NewSharedFile, PresignedUrl, SharedFile};
use serde::Serialize;

use super::args::S3Args;
use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// Flags of `lkctl file share`.
#[derive(Debug, Args)]
pub struct ShareArgs {
    /// Room name
    pub room: String,
    /// File name as people will see it
    pub name: String,
    /// Size in bytes
    #[arg(long)]
    pub size: i64,
    /// MIME type, e.g. application/pdf (the upload must send the same)
    #[arg(long, default_value = "application/octet-stream")]
    pub content_type: String,
    /// Identity of the uploader
    #[arg(long = "as", value_name = "IDENTITY")]
    pub uploader: String,
    /// How long the upload URL works (1s to 7d)
    #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration, default_value = "15m")]
    pub expires_in: Duration,
    #[command(flatten)]
    pub s3: S3Args,
}

/// A shared file with the presigned request to use.
#[derive(Debug, Serialize)]
struct FileWithUrl {
    file: SharedFile,
    request: PresignedUrl,
}

/// File verbs.
#[derive(Debug, Subcommand)]
pub enum FileCmd {
    /// Files shared in a room, oldest first
    List {
        /// Room name
        room: String,
    },
    /// Record a file shared in a room and print a presigned URL to PUT its bytes to
    Share(ShareArgs),
    /// Print a presigned URL to download a shared file
    DownloadUrl {
        /// File id (`SF_...`)
        id: String,
        /// How long the URL works (1s to 7d)
        #[arg(long, value_name = "DURATION", value_parser = crate::parse_duration, default_value = "15m")]
        expires_in: Duration,
        #[command(flatten)]
        s3: S3Args,
    },
}

fn url_output(file: SharedFile, request: PresignedUrl) -> Output {
    let url = request.url.clone();
    let json = serde_json::to_value(FileWithUrl {
        file: file.clone(),
        request: request.clone(),
    })
    .unwrap_or_default();
    let mut fields = vec![
        ("id".to_string(), file.id.clone()),
        ("method".to_string(), request.method.clone()),
        ("url".to_string(), request.url.clone()),
        ("expires_at".to_string(), request.expires_at.to_string()),
    ];
    fields.extend(
        request
            .headers
            .iter()
            .map(|(k, v)| (format!("header {k}"), v.clone())),
    );
    Output::fields(json, fields).with_plain(url)
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
                Ok(Output::list(&files::list(store, &room).await?))
            }
            Self::Share(a) => {
                // Check the S3 settings before a row exists, so bad flags leave nothing behind.
                let storage = FileStorage::new(&a.s3.config(ctx)?)?;
                let store = ctx.store().await?;
                let file = files::add(
                    store,
                    NewSharedFile {
                        room: a.room,
                        name: a.name,
                        size: a.size,
                        content_type: a.content_type,
                        uploader: a.uploader,
                    },
                )
                .await?;
                let request = storage.presign_upload(&file, a.expires_in).await?;
                Ok(url_output(file, request))
            }
            Self::DownloadUrl { id, expires_in, s3 } => {
                let storage = FileStorage::new(&s3.config(ctx)?)?;
                let store = ctx.store().await?;
                let file = files::get(store, &id).await?;
                let request = storage.presign_download(&file, expires_in).await?;
                Ok(url_output(file, request))
            }
        }
    }
}
