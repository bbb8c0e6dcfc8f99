//! Errors as the HTTP API reports them: `{"error":{"code","message"}}` with the status from
//! [`status_for`], the one mapping from core's error kinds to HTTP statuses (the CLI's exit
//! codes come from the same kinds in `lkctl-cli/src/exit.rs`).
//!
//! Internal errors never reach a client: the response carries only a request id, and the
//! request-context middleware ([`crate::app`]) logs the detail under that id.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lkctl_core::Error;
use serde_json::json;

/// Error of a handler; wraps a core error.
#[derive(Debug)]
pub struct ApiError(pub Error);

/// Result of a handler.
pub type ApiResult<T> = std::result::Result<T, ApiError>;

impl From<Error> for ApiError {
    fn from(e: Error) -> Self {
        Self(e)
    }
}

impl ApiError {
    /// 401: no or invalid credentials.
    pub fn unauthenticated(msg: impl Into<String>) -> Self {
        Self(Error::Unauthenticated(msg.into()))
    }

    /// 403: authenticated but not allowed.
    pub fn forbidden(msg: impl Into<String>) -> Self {
        Self(Error::PermissionDenied(msg.into()))
    }

    /// 400: bad input.
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Self(Error::invalid(field, reason))
    }

    /// 500: something that must not be shown to the client.
    pub fn internal(detail: impl Into<String>) -> Self {
        Self(Error::Internal(detail.into()))
    }
}

/// The detail of an internal error, attached to the response for the middleware to log.
#[derive(Debug, Clone)]
pub struct InternalDetail(pub String);

/// The HTTP status for a core error: the one table beside the CLI's exit codes.
///
/// | kind | exit | status |
/// |---|---|---|
/// | invalid | 2 | 400 |
/// | not found | 3 | 404 |
/// | denied | 4 | 401 (caller unauthenticated) / 403 (permission denied) / 502 (LiveKit refused lkctl's key) |
/// | unavailable | 5 | 502 (LiveKit answered with an error) / 503 (unreachable) |
/// | conflict | 6 | 409 |
/// | rate limited | 7 | 429 with `Retry-After` |
/// | internal | 1 | 500 |
pub fn status_for(error: &Error) -> StatusCode {
    // One table for every front end: core's (beside the exit codes).
    StatusCode::from_u16(error.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
}

/// The `{"error":{"code","message"}}` body.
pub fn error_body(code: &str, message: &str) -> serde_json::Value {
    json!({ "error": { "code": code, "message": message } })
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = status_for(&self.0);
        if status == StatusCode::INTERNAL_SERVER_ERROR {
            // The body is written by the middleware, which knows the request id.
            let mut resp = status.into_response();
            resp.extensions_mut()
                .insert(InternalDetail(self.0.to_string()));
            return resp;
        }
        let message = match &self.0 {
            // Which database or LiveKit URL failed is for the log, not for clients.
            Error::Unavailable { .. } => "a service lkctl depends on is unavailable".to_string(),
            other => other.to_string(),
        };
        if let Error::Unavailable { .. } = &self.0 {
            tracing::warn!(error = %self.0, "dependency unavailable");
        }
        let mut resp = (status, Json(error_body(&self.0.code(), &message))).into_response();
        if let Error::RateLimited { retry_after_secs } = self.0
            && let Ok(v) = HeaderValue::from_str(&retry_after_secs.max(1).to_string())
        {
            resp.headers_mut().insert(header::RETRY_AFTER, v);
        }
        resp
    }
}

/// The code for an error response that did not come from an [`ApiError`] (axum's own
/// rejections, unknown routes, the body limit).
pub fn code_for_status(status: StatusCode) -> &'static str {
    match status {
        StatusCode::BAD_REQUEST | StatusCode::UNPROCESSABLE_ENTITY => "invalid_argument",
        StatusCode::UNSUPPORTED_MEDIA_TYPE => "unsupported_media_type",
        StatusCode::UNAUTHORIZED => "unauthenticated",
        StatusCode::FORBIDDEN => "permission_denied",
        StatusCode::NOT_FOUND => "not_found",
        StatusCode::METHOD_NOT_ALLOWED => "method_not_allowed",
        StatusCode::CONFLICT => "conflict",
        StatusCode::PAYLOAD_TOO_LARGE => "payload_too_large",
        StatusCode::TOO_MANY_REQUESTS => "rate_limited",
        StatusCode::REQUEST_TIMEOUT | StatusCode::GATEWAY_TIMEOUT => "timeout",
        StatusCode::SERVICE_UNAVAILABLE | StatusCode::BAD_GATEWAY => "unavailable",
        _ => "error",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn statuses_follow_the_kinds() {
        let cases = [
            (Error::invalid("x", "y"), 400),
            (
                Error::NotFound {
                    what: "room",
                    id: "r".into(),
                },
                404,
            ),
            (Error::Unauthenticated("x".into()), 401),
            (Error::PermissionDenied("x".into()), 403),
            (Error::Conflict("x".into()), 409),
            (
                Error::RateLimited {
                    retry_after_secs: 3,
                },
                429,
            ),
            (
                Error::Unavailable {
                    url: "u".into(),
                    reason: "r".into(),
                    source: None,
                },
                503,
            ),
            (
                Error::LiveKit {
                    code: "unavailable".into(),
                    message: "m".into(),
                    meta: Default::default(),
                },
                502,
            ),
            (Error::Internal("boom".into()), 500),
        ];
        for (e, status) in cases {
            assert_eq!(status_for(&e).as_u16(), status, "{e:?}");
        }
    }

    #[test]
    fn rate_limits_say_when_to_retry() {
        let resp = ApiError(Error::RateLimited {
            retry_after_secs: 42,
        })
        .into_response();
        assert_eq!(resp.status(), 429);
        assert_eq!(resp.headers()[header::RETRY_AFTER], "42");
    }

    #[test]
    fn internal_errors_keep_their_detail_out_of_the_body() {
        let resp = ApiError::internal("database password is hunter2").into_response();
        assert_eq!(resp.status(), 500);
        assert!(resp.extensions().get::<InternalDetail>().is_some());
    }
}
