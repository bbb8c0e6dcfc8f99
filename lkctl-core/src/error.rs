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

    /// LiveKit refused our credentials outright (a plain-text 401).
    #[error(
        "unauthenticated: LiveKit rejected the credentials: {text}; check the API key and secret (`lkctl profile show`)"
    )]
    CredentialsRejected { text: String },

    /// Credentials are valid but lack a grant or role.
    #[error("permission denied: {0}")]
    PermissionDenied(String),

    /// The operation conflicts with the current state (already exists, already decided, ...).
    #[error("conflict: {0}")]
    Conflict(String),

    /// A one-time decision was already taken (a lobby entry approved, rejected or expired
    /// before this decision could be recorded). A conflict, typed so callers can skip it.
    #[error("conflict: {what} `{id}` is already {status}{}", by.as_deref().map(|b| format!(" by {b}")).unwrap_or_default())]
    AlreadyDecided {
        what: &'static str,
        id: String,
        /// Where it stands now (`approved`, `rejected`, `expired`, `admitted`).
        status: &'static str,
        /// Who decided, when someone did.
        by: Option<String>,
    },

    /// Too many attempts; retry after the given number of seconds.
    #[error("rate limited: too many attempts, retry in {retry_after_secs}s")]
    RateLimited { retry_after_secs: u64 },

    /// Too many of something held at once (pending lobby entries per browser or address);
    /// the message says what and how to free one.
    #[error("rate limited: {0}")]
    TooMany(String),

    /// A decision someone else took went against the request: a lobby entry a host
    /// rejected, or one that expired before anyone decided. Not a failure of lkctl's: the
    /// outcome the caller waited for, told apart by its own exit code.
    #[error("{what} `{id}` was {status}{}", reason.as_deref().map(|r| format!(": {r}")).unwrap_or_default())]
    Declined {
        what: &'static str,
        id: String,
        /// `rejected` or `expired`.
        status: &'static str,
        /// The reason given with the decision, if any.
        reason: Option<String>,
    },

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
    Unavailable {
        url: String,
        reason: String,
        /// The underlying error, when there is one (a transport, database or SDK error);
        /// `reason` already says it in words, this keeps it for `Error::source()`.
        #[source]
        source: Option<BoxError>,
    },

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

/// Coarse classification of an [`Error`], the input of every exit-code and status mapping
/// (see [`KINDS`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    /// Bad input or usage.
    Invalid,
    /// Missing object.
    NotFound,
    /// Unauthenticated or permission denied.
    Denied,
    /// LiveKit or the network is unavailable.
    Unavailable,
    /// Conflict with current state.
    Conflict,
    /// Rate limited.
    RateLimited,
    /// A decision went against the request (a lobby entry rejected or expired).
    Declined,
    /// Unexpected.
    Internal,
}

/// One row of [`KINDS`]: what an outcome means, and how each front end reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KindRow {
    /// The error kind; `None` for success.
    pub kind: Option<ErrorKind>,
    /// The CLI's exit code.
    pub exit_code: i32,
    /// The HTTP status `lkctl serve` answers with.
    pub http_status: u16,
    /// What it means, as `lkctl --help` lists it; `\n` continues on an indented line.
    pub meaning: &'static str,
}

/// The one table from which the CLI's exit codes (and their help text) and serve's HTTP
/// statuses are derived. Ordered by exit code.
pub const KINDS: [KindRow; 9] = [
    KindRow {
        kind: None,
        exit_code: 0,
        http_status: 200,
        meaning: "success",
    },
    KindRow {
        kind: Some(ErrorKind::Internal),
        exit_code: 1,
        http_status: 500,
        meaning: "unexpected error (a bug, a bulk operation that partly failed, or a LiveKit job\n\
                  such as an egress that ended in failure)",
    },
    KindRow {
        kind: Some(ErrorKind::Invalid),
        exit_code: 2,
        http_status: 400,
        meaning: "usage error or invalid input (bad flag, malformed file, missing credentials,\n\
                  destructive verb refused without --yes)",
    },
    KindRow {
        kind: Some(ErrorKind::NotFound),
        exit_code: 3,
        http_status: 404,
        meaning: "not found (room, participant, profile, file)",
    },
    KindRow {
        kind: Some(ErrorKind::Denied),
        exit_code: 4,
        // 401 for a caller without credentials, 502 for LiveKit refusing ours: see
        // [`Error::http_status`].
        http_status: 403,
        meaning: "unauthenticated or permission denied (wrong key or secret, missing grant,\n\
                  invalid token)",
    },
    KindRow {
        kind: Some(ErrorKind::Unavailable),
        exit_code: 5,
        http_status: 503,
        meaning: "LiveKit or the network is unavailable (timeouts included)",
    },
    KindRow {
        kind: Some(ErrorKind::Conflict),
        exit_code: 6,
        http_status: 409,
        meaning: "conflict with the current state",
    },
    KindRow {
        kind: Some(ErrorKind::RateLimited),
        exit_code: 7,
        http_status: 429,
        meaning: "rate limited or busy (too many PIN attempts, LiveKit's resource_exhausted such as\n\
                  a SIP callee answering 486); retry later",
    },
    KindRow {
        kind: Some(ErrorKind::Declined),
        exit_code: 8,
        http_status: 403,
        meaning: "declined: the lobby entry waited on was rejected or expired (the entry is\n\
                  still printed on stdout)",
    },
];

impl ErrorKind {
    /// This kind's row of [`KINDS`].
    pub fn row(self) -> &'static KindRow {
        KINDS
            .iter()
            .find(|r| r.kind == Some(self))
            .unwrap_or(&KINDS[1])
    }

    /// The CLI's exit code for this kind.
    pub fn exit_code(self) -> i32 {
        self.row().exit_code
    }

    /// The HTTP status for this kind.
    pub fn http_status(self) -> u16 {
        self.row().http_status
    }
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
            Self::Unauthenticated(_)
            | Self::CredentialsRejected { .. }
            | Self::PermissionDenied(_) => ErrorKind::Denied,
            Self::Conflict(_) | Self::AlreadyDecided { .. } => ErrorKind::Conflict,
            Self::RateLimited { .. } | Self::TooMany(_) => ErrorKind::RateLimited,
            Self::Declined { .. } => ErrorKind::Declined,
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

    /// The HTTP status an API caller gets for this error: its kind's (the table), except
    /// 401 when the caller itself is not authenticated, and 502 when LiveKit refused lkctl's
    /// own credentials, failed, or is not LiveKit at all: that is the server's upstream
    /// problem, never the caller's 401/403/503. LiveKit's `permission_denied` (a SIP callee
    /// refusing, say) stays 403.
    pub fn http_status(&self) -> u16 {
        match self {
            Self::Unauthenticated(_) => 401,
            Self::CredentialsRejected { .. } | Self::NotLiveKit { .. } => 502,
            Self::LiveKit { code, .. } if code == "permission_denied" => 403,
            Self::LiveKit { .. }
                if matches!(self.kind(), ErrorKind::Denied | ErrorKind::Unavailable) =>
            {
                502
            }
            other => other.kind().http_status(),
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
            Self::Unauthenticated(_) | Self::CredentialsRejected { .. } => "unauthenticated".into(),
            Self::PermissionDenied(_) => "permission_denied".into(),
            Self::Conflict(_) | Self::AlreadyDecided { .. } => "conflict".into(),
            Self::RateLimited { .. } | Self::TooMany(_) => "rate_limited".into(),
            Self::NotConfirmed(_) => "not_confirmed".into(),
            Self::Declined { status, .. } => (*status).into(),
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

/// What a LiveKit Twirp error means beyond its code, for front ends that explain it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum LiveKitReason {
    /// `unauthenticated` "permissions denied": the key lacks the grant, or the room differs.
    MissingGrant,
    /// `not_found` "room does not exist".
    RoomNotFound,
}

impl Error {
    /// The meaning of a LiveKit error, read once here from LiveKit's wire messages so that
    /// front ends choose by variant, never by text.
    pub fn livekit_reason(&self) -> Option<LiveKitReason> {
        match self {
            Self::LiveKit { code, message, .. }
                if code == "unauthenticated" && message.contains("permissions denied") =>
            {
                Some(LiveKitReason::MissingGrant)
            }
            Self::LiveKit { code, message, .. }
                if code == "not_found" && message.contains("room does not exist") =>
            {
                Some(LiveKitReason::RoomNotFound)
            }
            _ => None,
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
    fn every_kind_has_one_row_ordered_by_exit_code() {
        let kinds = [
            ErrorKind::Invalid,
            ErrorKind::NotFound,
            ErrorKind::Denied,
            ErrorKind::Unavailable,
            ErrorKind::Conflict,
            ErrorKind::RateLimited,
            ErrorKind::Declined,
            ErrorKind::Internal,
        ];
        for kind in kinds {
            assert_eq!(KINDS.iter().filter(|r| r.kind == Some(kind)).count(), 1);
        }
        assert!(KINDS.windows(2).all(|w| w[0].exit_code < w[1].exit_code));
        assert_eq!(ErrorKind::Conflict.http_status(), 409);
        assert_eq!(Error::Unauthenticated("x".into()).http_status(), 401);
        assert_eq!(Error::PermissionDenied("x".into()).http_status(), 403);
    }

    #[test]
    fn livekit_trouble_is_a_bad_gateway_for_api_callers() {
        let lk = |code: &str| Error::LiveKit {
            code: code.into(),
            message: "m".into(),
            meta: Default::default(),
        };
        assert_eq!(lk("unauthenticated").http_status(), 502);
        assert_eq!(lk("unavailable").http_status(), 502);
        assert_eq!(lk("permission_denied").http_status(), 403);
        assert_eq!(lk("not_found").http_status(), 404);
        assert_eq!(lk("already_exists").http_status(), 409);
        assert_eq!(lk("resource_exhausted").http_status(), 429);
        assert_eq!(
            Error::Unavailable {
                url: "u".into(),
                reason: "r".into(),
                source: None,
            }
            .http_status(),
            503
        );
    }

    fn lk(code: &str, message: &str) -> Error {
        Error::LiveKit {
            code: code.into(),
            message: message.into(),
            meta: Default::default(),
        }
    }

    /// Every Twirp code LiveKit uses: its kind, exit code and HTTP status, row by row.
    #[test]
    fn every_twirp_code_maps_to_its_exit_code_and_status() {
        use ErrorKind::*;
        let table: [(&str, ErrorKind, i32, u16); 17] = [
            ("not_found", NotFound, 3, 404),
            ("bad_route", NotFound, 3, 404),
            ("unauthenticated", Denied, 4, 502),
            ("permission_denied", Denied, 4, 403),
            ("already_exists", Conflict, 6, 409),
            ("aborted", Conflict, 6, 409),
            ("failed_precondition", Conflict, 6, 409),
            ("invalid_argument", Invalid, 2, 400),
            ("malformed", Invalid, 2, 400),
            ("out_of_range", Invalid, 2, 400),
            ("unimplemented", Invalid, 2, 400),
            ("resource_exhausted", RateLimited, 7, 429),
            ("unavailable", Unavailable, 5, 502),
            ("deadline_exceeded", Unavailable, 5, 502),
            ("canceled", Unavailable, 5, 502),
            ("internal", Unavailable, 5, 502),
            ("unknown", Unavailable, 5, 502),
        ];
        for (code, kind, exit, status) in table {
            let e = lk(code, "m");
            assert_eq!(
                (e.kind(), e.kind().exit_code(), e.http_status(), e.code()),
                (kind, exit, status, code.to_string()),
                "{code}"
            );
        }
        for code in ["data_loss", "dataloss"] {
            assert_eq!(twirp_kind(code), Unavailable, "{code}");
        }
        assert_eq!(lk("brand_new", "m").kind(), Internal);
        assert_eq!(lk("brand_new", "m").http_status(), 500);
    }

    /// Every variant: its kind, exit code, HTTP status and JSON code.
    #[test]
    fn every_variant_maps_to_its_kind_status_and_code() {
        use ErrorKind::*;
        let io = |k: std::io::ErrorKind| Error::io("/x", std::io::Error::from(k));
        let rows: Vec<(Error, ErrorKind, i32, u16, &str)> = vec![
            (
                Error::invalid("f", "r"),
                Invalid,
                2,
                400,
                "invalid_argument",
            ),
            (Error::Config("c".into()), Invalid, 2, 400, "config"),
            (
                Error::NotConfirmed("n".into()),
                Invalid,
                2,
                400,
                "not_confirmed",
            ),
            (
                Error::NotFound {
                    what: "room",
                    id: "r".into(),
                },
                NotFound,
                3,
                404,
                "not_found",
            ),
            (
                Error::Unauthenticated("u".into()),
                Denied,
                4,
                401,
                "unauthenticated",
            ),
            (
                Error::CredentialsRejected { text: "t".into() },
                Denied,
                4,
                502,
                "unauthenticated",
            ),
            (
                Error::PermissionDenied("p".into()),
                Denied,
                4,
                403,
                "permission_denied",
            ),
            (Error::Conflict("c".into()), Conflict, 6, 409, "conflict"),
            (
                Error::AlreadyDecided {
                    what: "lobby entry",
                    id: "LB_1".into(),
                    status: "approved",
                    by: None,
                },
                Conflict,
                6,
                409,
                "conflict",
            ),
            (
                Error::RateLimited {
                    retry_after_secs: 3,
                },
                RateLimited,
                7,
                429,
                "rate_limited",
            ),
            (
                Error::Declined {
                    what: "lobby entry",
                    id: "LB_1".into(),
                    status: "rejected",
                    reason: Some("full".into()),
                },
                Declined,
                8,
                403,
                "rejected",
            ),
            (
                Error::Unavailable {
                    url: "u".into(),
                    reason: "r".into(),
                    source: None,
                },
                Unavailable,
                5,
                503,
                "unavailable",
            ),
            (
                Error::NotLiveKit {
                    url: "u".into(),
                    reason: "r".into(),
                },
                Unavailable,
                5,
                502,
                "not_livekit",
            ),
            (
                io(std::io::ErrorKind::NotFound),
                NotFound,
                3,
                404,
                "file_not_found",
            ),
            (
                io(std::io::ErrorKind::PermissionDenied),
                Denied,
                4,
                403,
                "io",
            ),
            (io(std::io::ErrorKind::Other), Internal, 1, 500, "io"),
            (
                Error::Failed {
                    what: "egress",
                    id: "EG_1".into(),
                    reason: "r".into(),
                },
                Internal,
                1,
                500,
                "failed",
            ),
            (
                Error::Partial {
                    what: "mutes",
                    failed: 1,
                    total: 2,
                },
                Internal,
                1,
                500,
                "partial_failure",
            ),
            (Error::Internal("i".into()), Internal, 1, 500, "internal"),
        ];
        for (e, kind, exit, status, code) in rows {
            assert_eq!(
                (e.kind(), e.kind().exit_code(), e.http_status(), e.code()),
                (kind, exit, status, code.to_string()),
                "{e:?}"
            );
        }
        // Each kind's own row.
        for row in &KINDS[1..] {
            let kind = row.kind.expect("an error row");
            assert_eq!(kind.row(), row);
            assert_eq!(
                (kind.exit_code(), kind.http_status()),
                (row.exit_code, row.http_status)
            );
        }
    }

    #[test]
    fn livekit_reasons_need_both_the_code_and_the_message() {
        let denied = "permissions denied";
        let gone = "requested room does not exist";
        assert_eq!(
            lk("unauthenticated", denied).livekit_reason(),
            Some(LiveKitReason::MissingGrant)
        );
        assert_eq!(
            lk("not_found", gone).livekit_reason(),
            Some(LiveKitReason::RoomNotFound)
        );
        assert_eq!(lk("not_found", denied).livekit_reason(), None);
        assert_eq!(lk("unauthenticated", gone).livekit_reason(), None);
        assert_eq!(
            lk("unauthenticated", "invalid token").livekit_reason(),
            None
        );
        assert_eq!(
            lk("not_found", "participant not found").livekit_reason(),
            None
        );
        assert_eq!(
            Error::PermissionDenied(denied.into()).livekit_reason(),
            None
        );
    }

    #[test]
    fn messages_name_the_file_and_the_server() {
        let io = |k: std::io::ErrorKind| Error::io("/x/y", std::io::Error::from(k));
        assert_eq!(
            io(std::io::ErrorKind::NotFound).to_string(),
            "file not found: /x/y; check the path"
        );
        assert_eq!(
            io(std::io::ErrorKind::PermissionDenied).to_string(),
            "permission denied on /x/y; check its owner and mode"
        );
        assert!(
            io(std::io::ErrorKind::Other)
                .to_string()
                .starts_with("/x/y: ")
        );
        let not_lk = |url: &str| Error::NotLiveKit {
            url: url.into(),
            reason: "HTML".into(),
        };
        assert_eq!(
            not_lk("http://h").to_string(),
            "this is not a LiveKit server API (http://h): HTML"
        );
        assert_eq!(
            not_lk("").to_string(),
            "this is not a LiveKit server API: HTML"
        );
    }

    #[test]
    fn io_not_found_is_not_found() {
        let e = Error::io("/x", std::io::Error::from(std::io::ErrorKind::NotFound));
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.code(), "file_not_found");
    }
}
