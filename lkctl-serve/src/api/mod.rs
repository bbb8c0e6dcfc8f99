//! The JSON API under `/api/v1`, one module per noun. Handlers parse, call lkctl-core and
//! return core's model types, so the JSON is the CLI's `--output json`.

pub mod access_tokens;
pub mod bans;
pub mod dispatch;
pub mod egress;
pub mod guest;
pub mod ingress;
pub mod join;
pub mod lobby;
pub mod openapi;
pub mod participants;
pub mod policies;
pub mod recordings;
pub mod room_events;
pub mod rooms;
pub mod sessions;
pub mod sip;
pub mod users;

use axum::extract::rejection::JsonRejection;
use axum::extract::{FromRequest, Request};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use serde::de::DeserializeOwned;

use lkctl_core::ops::users::Principal;
use serde::Serialize;
use utoipa::ToSchema;

use crate::auth::Caller;
use crate::error::{ApiError, ApiResult, error_body};

/// The caller's principal (routes that need a user have one past the guard).
pub fn principal(caller: &Caller) -> ApiResult<&Principal> {
    caller
        .principal()
        .ok_or_else(|| ApiError::unauthenticated("log in first"))
}

/// What deleting a named object did.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct Deleted {
    /// The name deleted.
    pub name: String,
    /// Always true.
    pub deleted: bool,
}

/// Read a whole request body of at most `limit` bytes; a longer one is a 413 (a broken one
/// a 400).
pub async fn read_body(body: axum::body::Body, limit: usize) -> Result<Bytes, Response> {
    axum::body::to_bytes(body, limit).await.map_err(|e| {
        let mut source: Option<&(dyn std::error::Error + 'static)> = Some(&e);
        let mut too_large = false;
        while let Some(err) = source {
            if err.is::<http_body_util::LengthLimitError>() {
                too_large = true;
                break;
            }
            source = err.source();
        }
        if too_large {
            (
                StatusCode::PAYLOAD_TOO_LARGE,
                axum::Json(error_body(
                    "payload_too_large",
                    &format!("the request body is larger than {limit} bytes"),
                )),
            )
                .into_response()
        } else {
            ApiError::invalid("body", "the request body could not be read").into_response()
        }
    })
}

/// `Json` whose rejections are API errors (`invalid_argument` with the reason).
#[derive(Debug, Clone, Copy, Default)]
pub struct Body<T>(pub T);

impl<T, S> FromRequest<S> for Body<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Json::<T>::from_request(req, state).await {
            Ok(axum::Json(v)) => Ok(Self(v)),
            Err(JsonRejection::MissingJsonContentType(_)) => Err(ApiError::invalid(
                "content-type",
                "send the body as application/json",
            )),
            Err(e) => Err(ApiError::invalid("body", e.body_text())),
        }
    }
}
