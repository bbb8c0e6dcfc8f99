//! Twirp errors: the `{"code","msg","meta"}` JSON body and the code → HTTP status table
//! (LIVEKIT.md §1.4).

use std::collections::BTreeMap;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

/// A Twirp error code. `as_str` gives the wire spelling.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Code {
    Canceled,
    Unknown,
    InvalidArgument,
    Malformed,
    DeadlineExceeded,
    NotFound,
    BadRoute,
    AlreadyExists,
    PermissionDenied,
    Unauthenticated,
    ResourceExhausted,
    FailedPrecondition,
    Aborted,
    OutOfRange,
    Unimplemented,
    Internal,
    Unavailable,
    DataLoss,
}

impl Code {
    pub const ALL: [Code; 18] = [
        Code::Canceled,
        Code::Unknown,
        Code::InvalidArgument,
        Code::Malformed,
        Code::DeadlineExceeded,
        Code::NotFound,
        Code::BadRoute,
        Code::AlreadyExists,
        Code::PermissionDenied,
        Code::Unauthenticated,
        Code::ResourceExhausted,
        Code::FailedPrecondition,
        Code::Aborted,
        Code::OutOfRange,
        Code::Unimplemented,
        Code::Internal,
        Code::Unavailable,
        Code::DataLoss,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Canceled => "canceled",
            Code::Unknown => "unknown",
            Code::InvalidArgument => "invalid_argument",
            Code::Malformed => "malformed",
            Code::DeadlineExceeded => "deadline_exceeded",
            Code::NotFound => "not_found",
            Code::BadRoute => "bad_route",
            Code::AlreadyExists => "already_exists",
            Code::PermissionDenied => "permission_denied",
            Code::Unauthenticated => "unauthenticated",
            Code::ResourceExhausted => "resource_exhausted",
            Code::FailedPrecondition => "failed_precondition",
            Code::Aborted => "aborted",
            Code::OutOfRange => "out_of_range",
            Code::Unimplemented => "unimplemented",
            Code::Internal => "internal",
            Code::Unavailable => "unavailable",
            Code::DataLoss => "data_loss",
        }
    }

    /// Parses the wire spelling (as used by failure injection).
    pub fn parse(s: &str) -> Option<Code> {
        Code::ALL.into_iter().find(|c| c.as_str() == s)
    }

    pub fn status(self) -> StatusCode {
        match self {
            Code::Canceled | Code::DeadlineExceeded => StatusCode::REQUEST_TIMEOUT,
            Code::Unknown | Code::Internal | Code::DataLoss => StatusCode::INTERNAL_SERVER_ERROR,
            Code::InvalidArgument | Code::Malformed | Code::OutOfRange => StatusCode::BAD_REQUEST,
            Code::NotFound | Code::BadRoute => StatusCode::NOT_FOUND,
            Code::AlreadyExists | Code::Aborted => StatusCode::CONFLICT,
            Code::PermissionDenied => StatusCode::FORBIDDEN,
            Code::Unauthenticated => StatusCode::UNAUTHORIZED,
            Code::ResourceExhausted => StatusCode::TOO_MANY_REQUESTS,
            Code::FailedPrecondition => StatusCode::PRECONDITION_FAILED,
            Code::Unimplemented => StatusCode::NOT_IMPLEMENTED,
            Code::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// An error returned by a Twirp method, rendered as LiveKit's JSON error body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{code}: {msg}")]
pub struct TwirpError {
    pub code: Code,
    pub msg: String,
    pub meta: BTreeMap<String, String>,
}

impl TwirpError {
    pub fn new(code: Code, msg: impl Into<String>) -> Self {
        Self {
            code,
            msg: msg.into(),
            meta: BTreeMap::new(),
        }
    }

    pub fn with_meta(mut self, key: impl Into<String>, value: impl Into<String>) -> Self {
        self.meta.insert(key.into(), value.into());
        self
    }

    /// Every failed grant check, exactly as the Go server words it.
    pub fn permission_denied() -> Self {
        Self::new(Code::Unauthenticated, "permissions denied")
    }

    pub fn not_found(msg: impl Into<String>) -> Self {
        Self::new(Code::NotFound, msg)
    }

    pub fn invalid_argument(msg: impl Into<String>) -> Self {
        Self::new(Code::InvalidArgument, msg)
    }

    /// Mirrors Go's `twirp.InvalidArgumentError(argument, validationMsg)`: the message joins
    /// both, and `meta.argument` carries the first.
    pub fn invalid_argument_meta(argument: &str, validation: &str) -> Self {
        Self::new(Code::InvalidArgument, format!("{argument} {validation}"))
            .with_meta("argument", argument)
    }

    /// Twirp's bad route error; the meta names the offending method and path.
    pub fn bad_route(msg: impl Into<String>, method: &str, path: &str) -> Self {
        Self::new(Code::BadRoute, msg).with_meta("twirp_invalid_route", format!("{method} {path}"))
    }

    pub fn malformed(msg: impl Into<String>) -> Self {
        Self::new(Code::Malformed, msg)
    }

    pub(crate) fn body(&self) -> serde_json::Value {
        let mut body = serde_json::json!({ "code": self.code.as_str(), "msg": self.msg });
        if !self.meta.is_empty() {
            body["meta"] = serde_json::to_value(&self.meta).unwrap_or_default();
        }
        body
    }
}

impl IntoResponse for TwirpError {
    fn into_response(self) -> Response {
        let body = self.body().to_string();
        let mut resp = (self.code.status(), body).into_response();
        resp.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every code: its wire name (parsed back) and its HTTP status, as Twirp specifies them.
    #[test]
    fn every_code_has_its_name_and_status() {
        let table: [(Code, &str, u16); 18] = [
            (Code::Canceled, "canceled", 408),
            (Code::Unknown, "unknown", 500),
            (Code::InvalidArgument, "invalid_argument", 400),
            (Code::Malformed, "malformed", 400),
            (Code::DeadlineExceeded, "deadline_exceeded", 408),
            (Code::NotFound, "not_found", 404),
            (Code::BadRoute, "bad_route", 404),
            (Code::AlreadyExists, "already_exists", 409),
            (Code::PermissionDenied, "permission_denied", 403),
            (Code::Unauthenticated, "unauthenticated", 401),
            (Code::ResourceExhausted, "resource_exhausted", 429),
            (Code::FailedPrecondition, "failed_precondition", 412),
            (Code::Aborted, "aborted", 409),
            (Code::OutOfRange, "out_of_range", 400),
            (Code::Unimplemented, "unimplemented", 501),
            (Code::Internal, "internal", 500),
            (Code::Unavailable, "unavailable", 503),
            (Code::DataLoss, "data_loss", 500),
        ];
        assert_eq!(table.map(|(c, _, _)| c), Code::ALL);
        for (code, name, status) in table {
            assert_eq!(code.as_str(), name);
            assert_eq!(code.to_string(), name);
            assert_eq!(Code::parse(name), Some(code));
            assert_eq!(code.status().as_u16(), status, "{name}");
        }
        assert_eq!(Code::parse("nope"), None);
        assert_eq!(Code::parse(""), None);
    }

    #[test]
    fn error_bodies_carry_code_message_and_meta_only_when_there_is_some() {
        let plain = TwirpError::not_found("room does not exist");
        assert_eq!(
            plain.body(),
            serde_json::json!({"code": "not_found", "msg": "room does not exist"})
        );
        let routed = TwirpError::bad_route("no such method", "POST", "/twirp/x");
        assert_eq!(
            routed.body(),
            serde_json::json!({"code": "bad_route", "msg": "no such method",
                "meta": {"twirp_invalid_route": "POST /twirp/x"}})
        );
        let arg = TwirpError::invalid_argument_meta("room", "is required");
        assert_eq!(
            (arg.code, arg.msg.as_str()),
            (Code::InvalidArgument, "room is required")
        );
        assert_eq!(arg.meta.get("argument").map(String::as_str), Some("room"));
        let denied = TwirpError::permission_denied();
        assert_eq!(
            (denied.code, denied.msg.as_str()),
            (Code::Unauthenticated, "permissions denied")
        );
        assert_eq!(TwirpError::malformed("m").code, Code::Malformed);
        let resp = TwirpError::new(Code::ResourceExhausted, "busy").into_response();
        assert_eq!(resp.status().as_u16(), 429);
        assert_eq!(
            resp.headers()
                .get(header::CONTENT_TYPE)
                .map(|v| v.as_bytes()),
            Some(&b"application/json"[..])
        );
    }
}
