//! Errors of the worker's pieces.

use std::time::Duration;

/// What went wrong in the worker.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A setting or an argument is not usable.
    #[error("invalid: {0}")]
    Invalid(String),
    /// A provider (speech-to-text, LLM) failed. `retryable` says whether trying
    /// again later can help (a dropped connection, a timeout, a 5xx, a 429) or
    /// not (a refused key is reported as retryable too: keys get fixed while a
    /// worker runs, and the caller backs off).
    #[error("{provider}: {message}")]
    Provider {
        provider: String,
        message: String,
        retryable: bool,
        retry_after: Option<Duration>,
    },
    /// A provider answered something that does not fit the expected shape.
    #[error("{provider} answered something unusable: {message}")]
    BadAnswer { provider: String, message: String },
    /// The listener or a connection failed.
    #[error("{0}")]
    Io(#[from] std::io::Error),
    /// An operation of lkctl-core failed (LiveKit, validation).
    #[error(transparent)]
    Core(#[from] lkctl_core::Error),
    /// The stream this call belongs to is already closed.
    #[error("the stream is closed")]
    Closed,
}

impl Error {
    pub(crate) fn provider(provider: &str, message: impl Into<String>, retryable: bool) -> Self {
        Error::Provider {
            provider: provider.to_string(),
            message: message.into(),
            retryable,
            retry_after: None,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
