//! The one error type of lkctl-core.
//!
//! Every front end maps [`ErrorKind`] once: the CLI to an exit code, serve to an
//! HTTP status. Messages are lower-case, name the object and suggest the fix.

use std::collections::BTreeMap;
use std::path::PathBuf;

/// Boxed error used as a `source` where the concrete type does not matter.
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Result alias used throughout lkctl-core.
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that can go wrong in an lkctl operation.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// The caller gave a value that cannot be used.
    #[error("invalid {field}: {reason}")]
    Invalid { field: String, reason: String },

    /// Configuration is missing or inconsistent (credentials, profiles, files).
    #[error("{0}")]
    Config(String),

    /// A named object does not exist.
    #[error("{what} `{id}` not found")]
    NotFound { what: &'static str, id: String },

    /// Credentials were rejected or a token is invalid.
    #[error("unauthenticated: {0}")]
    Unauthenticated(String),

    /// Credentials are valid but lack a grant or role.
    #[error("permission denied: {0}")]
    PermissionDenied(String),

    /// The operation conflicts with the current state (already exists, already decided, ...).
    #[error("conflict: {0}")]
    Conflict(String),

    /// Too many attempts; retry after the given number of seconds.
    #[error("rate limited: too many attempts, retry in {retry_after_secs}s")]
    RateLimited { retry_after_secs: u64 },

    /// The user declined a confirmation or a destructive verb ran without `--yes` off a TTY.
    #[error("{0}")]
    NotConfirmed(String),

    /// LiveKit answered with a Twirp error.
    #[error("LiveKit refused the request ({code}): {message}")]
    LiveKit {
        code: String,
        message: String,
        meta: BTreeMap<String, String>,
    },

    /// LiveKit (or another remote service) could not be reached or timed out.
    #[error("{url} is unreachable: {reason}")]
    Unavailable { url: String, reason: String },

    /// The URL answers, but not as LiveKit does (an HTML page, a foreign 404).
    #[error("this is not a LiveKit server API{}: {reason}", in_parens(url))]
    NotLiveKit { url: String, reason: String },

    /// A file could not be read or written.
    #[error("{}", io_message(path, source))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A job LiveKit ran for us (an egress, for instance) ended in failure.
    #[error("{what} `{id}` failed: {reason}")]
    Failed {
        what: &'static str,
        id: String,
        reason: String,
    },

    /// A bulk operation finished with some items failed; the report lists them.
    #[error("{failed} of {total} {what} failed")]
    Partial {
        what: &'static str,
        failed: usize,
        total: usize,
    },

    /// Anything else: a bug or an unexpected reply.
    #[error("{0}")]
    Internal(String),
}

/// The message of [`Error::Io`]: "file not found" for a missing path, so a typo in a
/// file argument reads as such and not as an operating-system error code.
fn io_message(path: &std::path::Path, source: &std::io::Error) -> String {
    let path = path.display();
    match source.kind() {
        std::io::ErrorKind::NotFound => format!("file not found: {path}; check the path"),
        std::io::ErrorKind::PermissionDenied => {
            format!("permission denied on {path}; check its owner and mode")
        }
        _ => format!("{path}: {source}"),
    }
}

/// Coarse classification of an [`Error`], the input of every exit-code and status mapping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Bad input or usage (exit 2, HTTP 400).
    Invalid,
    /// Missing object (exit 3, HTTP 404).
    NotFound,
    /// Unauthenticated or permission denied (exit 4, HTTP 401/403).
    Denied,
    /// LiveKit or the network is unavailable (exit 5, HTTP 502/503).
    Unavailable,
    /// Conflict with current state (exit 6, HTTP 409).
    Conflict,
    /// Rate limited (exit 7, HTTP 429).
    RateLimited,
    /// Unexpected (exit 1, HTTP 500).
    Internal,
}

impl Error {
    /// Shorthand for [`Error::Invalid`].
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self::Invalid {
            field: field.into(),
            reason: reason.into(),
        }
    }

    /// Shorthand for [`Error::Io`].
    pub fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Self::Io {
            path: path.into(),
            source,
        }
    }

    /// The classification used by the front ends.
    pub fn kind(&self) -> ErrorKind {
        match self {
            Self::Invalid { .. } | Self::Config(_) | Self::NotConfirmed(_) => ErrorKind::Invalid,
            Self::NotFound { .. } => ErrorKind::NotFound,
            Self::Unauthenticated(_) | Self::PermissionDenied(_) => ErrorKind::Denied,
            Self::Conflict(_) => ErrorKind::Conflict,
            Self::RateLimited { .. } => ErrorKind::RateLimited,
            Self::Unavailable { .. } | Self::NotLiveKit { .. } => ErrorKind::Unavailable,
            Self::Io { source, .. } => match source.kind() {
                std::io::ErrorKind::NotFound => ErrorKind::NotFound,
                std::io::ErrorKind::PermissionDenied => ErrorKind::Denied,
                _ => ErrorKind::Internal,
            },
            Self::LiveKit { code, .. } => twirp_kind(code),
            Self::Partial { .. } | Self::Failed { .. } | Self::Internal(_) => ErrorKind::Internal,
        }
    }

    /// A stable snake_case code for JSON error bodies: the Twirp code for LiveKit
    /// errors, otherwise a name for the variant.
    pub fn code(&self) -> String {
        match self {
            Self::LiveKit { code, .. } => code.clone(),
            Self::Invalid { .. } => "invalid_argument".into(),
            Self::Config(_) => "config".into(),
            Self::NotFound { .. } => "not_found".into(),
            Self::Unauthenticated(_) => "unauthenticated".into(),
            Self::PermissionDenied(_) => "permission_denied".into(),
            Self::Conflict(_) => "conflict".into(),
            Self::RateLimited { .. } => "rate_limited".into(),
            Self::NotConfirmed(_) => "not_confirmed".into(),
            Self::Unavailable { .. } => "unavailable".into(),
            Self::NotLiveKit { .. } => "not_livekit".into(),
            Self::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                "file_not_found".into()
            }
            Self::Io { .. } => "io".into(),
            Self::Partial { .. } => "partial_failure".into(),
            Self::Failed { .. } => "failed".into(),
            Self::Internal(_) => "internal".into(),
        }
    }
}

fn in_parens(s: &str) -> String {
    if s.is_empty() {
        String::new()
    } else {
        format!(" ({s})")
    }
}

/// Classify a Twirp error code (LIVEKIT.md §1.4).
pub fn twirp_kind(code: &str) -> ErrorKind {
    match code {
        "not_found" | "bad_route" => ErrorKind::NotFound,
        "unauthenticated" | "permission_denied" => ErrorKind::Denied,
        "already_exists" | "aborted" | "failed_precondition" => ErrorKind::Conflict,
        "invalid_argument" | "malformed" | "out_of_range" | "unimplemented" => ErrorKind::Invalid,
        "resource_exhausted" => ErrorKind::RateLimited,
        "unavailable" | "deadline_exceeded" | "canceled" | "internal" | "unknown" | "data_loss"
        | "dataloss" => ErrorKind::Unavailable,
        _ => ErrorKind::Internal,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twirp_codes_map_to_kinds() {
        assert_eq!(twirp_kind("not_found"), ErrorKind::NotFound);
        assert_eq!(twirp_kind("unauthenticated"), ErrorKind::Denied);
        assert_eq!(twirp_kind("already_exists"), ErrorKind::Conflict);
        assert_eq!(twirp_kind("malformed"), ErrorKind::Invalid);
        assert_eq!(twirp_kind("unavailable"), ErrorKind::Unavailable);
        assert_eq!(twirp_kind("something_new"), ErrorKind::Internal);
    }

    #[test]
    fn io_not_found_is_not_found() {
        let e = Error::io("/x", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.code(), "file_not_found");
    }
}
