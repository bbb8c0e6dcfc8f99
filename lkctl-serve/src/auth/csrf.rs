//! Cross-site request forgery defences for state-changing requests.
//!
//! 1. Origin check, for every unsafe request not carrying a bearer token: a
//!    `Sec-Fetch-Site` other than `same-origin` or `none`, or an `Origin` other than the
//!    public origin, is refused. This also covers requests without a session (login, the
//!    guest join form).
//! 2. Synchronizer token, for cookie-authenticated unsafe requests (browser sessions and
//!    guest sessions alike): `X-CSRF-Token` must equal the session's token (constant-time
//!    comparison). HTML forms cannot set headers, so for a session's
//!    `application/x-www-form-urlencoded` post without the header, the form's `csrf` field
//!    is used instead ([`form_token_as_header`]).
//!
//! `SameSite=Lax` on the session cookie is defence in depth.

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, HeaderValue, Method, header};
use axum::response::Response;
use subtle::ConstantTimeEq;

use super::{Caller, GuestVia, Via};
use crate::error::ApiError;
use crate::state::ServeOptions;

/// Header carrying the synchronizer token.
pub const CSRF_HEADER: &str = "x-csrf-token";

/// Whether a method changes state.
pub fn is_unsafe(method: &Method) -> bool {
    !matches!(*method, Method::GET | Method::HEAD | Method::OPTIONS)
}

/// Name of the form field carrying the synchronizer token.
pub const CSRF_FIELD: &str = "csrf";

/// For a session's unsafe form post without `X-CSRF-Token`, read the body (at most
/// `limit` bytes) and put its `csrf` field into that header for [`check`]; the body is
/// handed on unchanged. Other requests pass untouched.
pub async fn form_token_as_header(
    req: Request,
    caller: &Caller,
    limit: usize,
) -> Result<Request, Response> {
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/x-www-form-urlencoded"));
    let session = matches!(
        caller,
        Caller::User {
            via: Via::Session { .. },
            ..
        }
    );
    if !is_unsafe(req.method()) || !is_form || !session || req.headers().contains_key(CSRF_HEADER) {
        return Ok(req);
    }
    let (mut parts, body) = req.into_parts();
    let bytes = crate::api::read_body(body, limit).await?;
    let token = url::form_urlencoded::parse(&bytes)
        .find(|(k, _)| k == CSRF_FIELD)
        .map(|(_, v)| v.into_owned());
    if let Some(value) = token.and_then(|t| HeaderValue::from_str(&t).ok()) {
        parts.headers.insert(CSRF_HEADER, value);
    }
    Ok(Request::from_parts(parts, Body::from(bytes)))
}

/// Check an unsafe request; safe methods and bearer-token callers pass.
pub fn check(
    options: &ServeOptions,
    method: &Method,
    headers: &HeaderMap,
    caller: &Caller,
    has_bearer: bool,
) -> Result<(), ApiError> {
    if !is_unsafe(method) || has_bearer {
        return Ok(());
    }
    let site = headers
        .get("sec-fetch-site")
        .map(|s| s.to_str().unwrap_or(""));
    if let Some(site) = site
        && !matches!(site, "same-origin" | "none")
    {
        return Err(ApiError::forbidden(format!(
            "cross-site request refused (Sec-Fetch-Site: {site})"
        )));
    }
    // Under `Referrer-Policy: no-referrer` browsers send `Origin: null` on same-origin form
    // posts; the browser's own `Sec-Fetch-Site: same-origin` then vouches for the origin.
    let null_but_same_site = |origin: &str| origin == "null" && site == Some("same-origin");
    if let Some(origin) = headers.get("origin").map(|o| o.to_str().unwrap_or(""))
        && origin != options.origin()
        && !null_but_same_site(origin)
    {
        return Err(ApiError::forbidden(
            "cross-origin request refused (Origin does not match the public URL)",
        ));
    }
    let session_token = match caller {
        Caller::User {
            via: Via::Session { csrf_token, .. },
            ..
        } => Some(csrf_token),
        Caller::Guest {
            via: GuestVia::Cookie { csrf_token },
            ..
        } => Some(csrf_token),
        _ => None,
    };
    if let Some(csrf_token) = session_token {
        let sent = headers
            .get(CSRF_HEADER)
            .map(|v| v.as_bytes())
            .unwrap_or_default();
        if !bool::from(sent.ct_eq(csrf_token.as_bytes())) || csrf_token.is_empty() {
            return Err(ApiError::forbidden(
                "missing or wrong CSRF token (send the session's token in X-CSRF-Token, or reload \
                 the page and submit the form again)",
            ));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use lkctl_core::ops::users::{Principal, Role, User};
    use lkctl_core::store::Timestamp;

    fn options() -> ServeOptions {
        ServeOptions::new("127.0.0.1:8080".parse().unwrap())
            .with_public_url("https://lk.example.com")
            .unwrap()
    }

    fn session_caller() -> Caller {
        let user = User {
            id: "US_x".into(),
            username: "ann".into(),
            role: Role::Host,
            identity: "ann".into(),
            disabled: false,
            created_at: Timestamp::now(),
        };
        Caller::User {
            principal: Principal {
                user,
                role: Role::Host,
                token_id: None,
            },
            via: Via::Session {
                id: "LS_x".into(),
                csrf_token: "tok".into(),
            },
        }
    }

    #[test]
    fn cross_site_and_foreign_origins_are_refused() {
        let o = options();
        let mut h = HeaderMap::new();
        h.insert("sec-fetch-site", HeaderValue::from_static("cross-site"));
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, false).is_err());
        assert!(check(&o, &Method::GET, &h, &Caller::Anonymous, false).is_ok());
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, true).is_ok());
        let mut h = HeaderMap::new();
        h.insert("origin", HeaderValue::from_static("https://evil.example"));
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, false).is_err());
        h.insert("origin", HeaderValue::from_static("https://lk.example.com"));
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, false).is_ok());
        // `Origin: null` (no-referrer form posts) passes only with Sec-Fetch-Site: same-origin.
        let mut h = HeaderMap::new();
        h.insert("origin", HeaderValue::from_static("null"));
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, false).is_err());
        h.insert("sec-fetch-site", HeaderValue::from_static("none"));
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, false).is_err());
        h.insert("sec-fetch-site", HeaderValue::from_static("same-origin"));
        assert!(check(&o, &Method::POST, &h, &Caller::Anonymous, false).is_ok());
    }

    #[test]
    fn sessions_need_their_token() {
        let o = options();
        let caller = session_caller();
        let mut h = HeaderMap::new();
        assert!(check(&o, &Method::DELETE, &h, &caller, false).is_err());
        h.insert(CSRF_HEADER, HeaderValue::from_static("wrong"));
        assert!(check(&o, &Method::DELETE, &h, &caller, false).is_err());
        h.insert(CSRF_HEADER, HeaderValue::from_static("tok"));
        assert!(check(&o, &Method::DELETE, &h, &caller, false).is_ok());
    }
}
