//! Stand-ins for LiveKit when no credentials are configured.
//!
//! Store-only front ends (the CLI without `--url`/key/secret) still build a
//! [`Lobby`](crate::ops::lobby::Lobby) or [`Bans`](crate::ops::bans::Bans): listing, rejecting or
//! recording a ban needs no LiveKit. [`Unconfigured`] fails only when a token must be signed
//! or a participant removed, with the configuration error that says what is missing.

use crate::error::{Error, Result};
use crate::ops::moderation::Moderator;
use crate::token::{JoinTokenRequest, TokenIssuer};

/// A [`TokenIssuer`] and [`Moderator`] that refuses with [`Error::Config`].
#[derive(Debug, Clone)]
pub struct Unconfigured {
    reason: String,
}

impl Unconfigured {
    /// Refuse with `reason`, e.g. "no LiveKit API key: pass --api-key, ...".
    pub fn new(reason: impl Into<String>) -> Self {
        Self {
            reason: reason.into(),
        }
    }

    fn error(&self, what: &str) -> Error {
        Error::Config(format!("cannot {what}: {}", self.reason))
    }
}

impl TokenIssuer for Unconfigured {
    fn join_token(&self, _req: &JoinTokenRequest) -> Result<String> {
        Err(self.error("sign a LiveKit token"))
    }
}

#[async_trait::async_trait]
impl Moderator for Unconfigured {
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()> {
        Err(self.error(&format!("remove `{identity}` from room `{room}`")))
    }
}
