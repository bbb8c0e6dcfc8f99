//! The extension point: one [`TwirpService`] per LiveKit service (`RoomService`, later
//! `Egress`, `Ingress`, `SIP`, `AgentDispatchService`). The transport decodes the body (protobuf
//! or JSON) into protobuf bytes, verifies the token, and calls the service by name; the service
//! checks grants, does the work on the emulator's state and returns protobuf bytes, which
//! the transport renders in the caller's encoding.

use std::sync::MutexGuard;

use async_trait::async_trait;
use bytes::Bytes;
use prost::Message;

use super::auth::Grants;
use super::error::{Code, TwirpError};
use super::state::State;
use super::{Emulator, EmulatorConfig};

/// A Twirp service implementation, registered with [`Emulator::register_service`].
#[async_trait]
pub trait TwirpService: Send + Sync + 'static {
    /// The service name in the path, e.g. `"RoomService"` for `/twirp/livekit.RoomService/*`.
    /// It must name a service in the descriptor pool (`livekit.<name>`).
    fn name(&self) -> &'static str;

    /// Handles one call. `method` is the RPC name (known to exist in the service descriptor).
    /// Unknown methods should return [`CallCtx::no_handler`].
    async fn call(&self, ctx: &CallCtx, method: &str, req: Request) -> Result<Reply, TwirpError>;
}

/// Per-call context: the caller's grants and the emulator.
pub struct CallCtx {
    pub grants: Grants,
    pub(crate) emulator: Emulator,
    pub(crate) http_method: String,
    pub(crate) path: String,
}

impl CallCtx {
    /// Locks the shared state (the built-in services' view; services from outside the crate
    /// work through [`CallCtx::emulator`]'s [`Control`](crate::Control)). Never hold the guard
    /// across an `.await`.
    pub(crate) fn state(&self) -> MutexGuard<'_, State> {
        self.emulator.state()
    }

    pub fn config(&self) -> &EmulatorConfig {
        self.emulator.config()
    }

    /// The handle, for services that spawn background work.
    pub fn emulator(&self) -> &Emulator {
        &self.emulator
    }

    /// The `bad_route` error for a method the service does not implement.
    pub fn no_handler(&self) -> TwirpError {
        TwirpError::bad_route(
            format!("no handler for path {:?}", self.path),
            &self.http_method,
            &self.path,
        )
    }
}

/// A request body, always protobuf (JSON requests were converted by the transport).
pub struct Request {
    body: Bytes,
}

impl Request {
    pub(crate) fn new(body: Bytes) -> Self {
        Self { body }
    }

    /// Decodes the body; an empty body is the default message.
    pub fn decode<M: Message + Default>(&self) -> Result<M, TwirpError> {
        M::decode(self.body.clone()).map_err(|_| {
            TwirpError::new(Code::Malformed, "the protobuf request could not be decoded")
        })
    }
}

/// A response message, protobuf-encoded.
pub struct Reply {
    pub(crate) body: Vec<u8>,
}

impl Reply {
    pub fn new<M: Message>(msg: &M) -> Self {
        Self {
            body: msg.encode_to_vec(),
        }
    }
}
