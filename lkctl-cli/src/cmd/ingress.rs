//! `lkctl ingress create|list|get|update|delete`.

use clap::{Args, Subcommand};
use lkctl_core::ops::ingress::{self, CreateIngress, Ingress, UpdateIngress};

use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};
use crate::tables::or_dash;

/// Ingress verbs.
#[derive(Debug, Subcommand)]
pub enum IngressCmd {
    /// Create an RTMP, WHIP or URL-pull ingress
    Create(CreateArgs),
    /// List ingresses (follows pagination)
    List {
        /// Only this room's
        #[arg(long)]
        room: Option<String>,
    },
    /// Show one ingress
    Get {
        /// Ingress ID (IN_...)
        id: String,
    },
    /// Change an ingress
    Update(UpdateArgs),
    /// Delete ingresses
    Delete {
        /// Ingress IDs
        #[arg(required = true)]
        ids: Vec<String>,
    },
}

/// Flags of `ingress create`.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Input: rtmp, whip or url
    #[arg(long = "type", value_name = "TYPE", default_value = "rtmp")]
    pub input_type: String,
    /// Room to publish into
    #[arg(long, required_unless_present = "request")]
    pub room: Option<String>,
    /// Identity of the publishing participant
    #[arg(long, required_unless_present = "request")]
    pub identity: Option<String>,
    /// Ingress name
    #[arg(long, default_value = "", hide_default_value = true)]
    pub name: String,
    /// Display name of the publishing participant
    #[arg(long)]
    pub participant_name: Option<String>,
    /// Metadata of the publishing participant
    #[arg(long)]
    pub metadata: Option<String>,
    /// URL input: the media to pull (http(s):// or srt://)
    #[arg(long, value_name = "URL")]
    pub source_url: Option<String>,
    /// Transcode (true) or pass through (false; WHIP only)
    #[arg(long, value_name = "BOOL")]
    pub transcode: Option<bool>,
    /// Create it disabled
    #[arg(long)]
    pub disabled: bool,
    /// Full CreateIngressRequest as JSON or YAML (snake_case or camelCase; `-` reads stdin)
    #[arg(long, value_name = "FILE")]
    pub request: Option<String>,
}

/// Flags of `ingress update`.
#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Ingress ID (IN_...)
    #[arg(required_unless_present = "request")]
    pub id: Option<String>,
    /// New name
    #[arg(long)]
    pub name: Option<String>,
    /// New room
    #[arg(long)]
    pub room: Option<String>,
    /// New participant identity
    #[arg(long)]
    pub identity: Option<String>,
    /// New participant name
    #[arg(long)]
    pub participant_name: Option<String>,
    /// New participant metadata
    #[arg(long)]
    pub metadata: Option<String>,
    /// Transcode or pass through
    #[arg(long, value_name = "BOOL")]
    pub transcode: Option<bool>,
    /// Enable or disable
    #[arg(long, value_name = "BOOL")]
    pub enabled: Option<bool>,
    /// Full UpdateIngressRequest as JSON or YAML (`-` reads stdin)
    #[arg(long, value_name = "FILE")]
    pub request: Option<String>,
}

impl Tabular for Ingress {
    fn headers() -> Vec<&'static str> {
        vec![
            "ingress_id",
            "name",
            "type",
            "room",
            "identity",
            "url",
            "stream_key",
            "status",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.ingress_id.clone(),
            or_dash(&self.name),
            self.input_type.to_string(),
            or_dash(&self.room_name),
            or_dash(&self.participant_identity),
            or_dash(&self.url),
            or_dash(&self.stream_key),
            if self.enabled {
                self.status.to_string()
            } else {
                format!("{} (disabled)", self.status)
            },
        ]
    }
}

impl IngressCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Create(a) => {
                let req = match &a.request {
                    Some(path) => ingress::create_request_from(
                        &super::request_text(path)?,
                        a.room.as_deref(),
                    )?,
                    None => CreateIngress {
                        input_type: a.input_type,
                        name: a.name,
                        room: a.room.unwrap_or_default(),
                        identity: a.identity.unwrap_or_default(),
                        participant_name: a.participant_name,
                        metadata: a.metadata,
                        url: a.source_url,
                        enable_transcoding: a.transcode,
                        enabled: a.disabled.then_some(false),
                    }
                    .into_request()?,
                };
                let lk = ctx.livekit()?;
                let i = ingress::create(lk, req).await?;
                Ok(Output::one(&i)
                    .with_message(format!("created {} ingress {}", i.input_type, i.ingress_id)))
            }
            Self::List { room } => {
                let lk = ctx.livekit()?;
                Ok(Output::list(
                    &ingress::list(lk, room.as_deref(), None).await?,
                ))
            }
            Self::Get { id } => {
                let lk = ctx.livekit()?;
                Ok(Output::one(&ingress::get(lk, &id).await?))
            }
            Self::Update(a) => {
                let lk = ctx.livekit()?;
                let i = match &a.request {
                    Some(path) => {
                        let r = ingress::update_request_from(
                            &super::request_text(path)?,
                            a.id.as_deref(),
                        )?;
                        ingress::update_request(lk, r).await?
                    }
                    None => {
                        let id = a.id.clone().unwrap_or_default();
                        let u = UpdateIngress {
                            name: a.name,
                            room: a.room,
                            identity: a.identity,
                            participant_name: a.participant_name,
                            metadata: a.metadata,
                            enable_transcoding: a.transcode,
                            enabled: a.enabled,
                        };
                        ingress::update(lk, &id, u).await?
                    }
                };
                Ok(Output::done(format!("updated ingress {}", i.ingress_id)).with_json(&i))
            }
            Self::Delete { ids } => {
                let lk = ctx.livekit()?;
                ctx.confirm(&format!("delete ingress {}", ids.join(", ")))?;
                Ok(
                    super::args::delete_each(&ids, "ingresses", |id| async move {
                        ingress::delete(lk, &id).await.map(|_| ())
                    })
                    .await,
                )
            }
        }
    }
}
