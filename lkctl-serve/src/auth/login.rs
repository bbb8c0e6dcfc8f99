//! `POST /api/v1/auth/login`, `POST /api/v1/auth/logout`, `GET /api/v1/auth/me`.

use axum::extract::{Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::{Extension, Json};
use lkctl_core::ops::users::{self, Role, User};
use lkctl_core::store::Timestamp;
use serde::{Deserialize, Serialize};

use super::{Caller, Via, cookie, request_client_addr, session_cookie_name};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Body of a login.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    /// User name.
    pub username: String,
    /// Password.
    pub password: String,
}

/// The logged-in user as `login` and `me` return it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Me {
    /// The user.
    pub user: User,
    /// Effective role (an API token's may be lower than the user's).
    pub role: Role,
    /// The session's CSRF token (send it as `X-CSRF-Token` on state-changing requests);
    /// absent for API tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub csrf_token: Option<String>,
    /// When the session ends at the latest; absent for API tokens.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<Timestamp>,
}

pub(crate) fn session_cookie(
    state: &AppState,
    value: &str,
    max_age_secs: u64,
) -> ApiResult<HeaderValue> {
    let secure = if state.options.is_https() {
        "; Secure"
    } else {
        ""
    };
    let text = format!(
        "{}={value}; Path=/; HttpOnly; SameSite=Lax; Max-Age={max_age_secs}{secure}",
        session_cookie_name(&state.options)
    );
    HeaderValue::from_str(&text).map_err(|e| ApiError::internal(format!("cookie header: {e}")))
}

/// Log in with a user name and password: a new session (any session the browser presented
/// is ended), its cookie, and the CSRF token.
#[utoipa::path(post, path = "/api/v1/auth/login", tag = "auth", request_body = LoginRequest, responses((status = 200, description = "Logged in; the session cookie is set", body = Me)))]
pub async fn login(State(state): State<AppState>, req: Request) -> ApiResult<Response> {
    let addr = request_client_addr(&state.options, &req).to_string();
    let user_agent = req
        .headers()
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let old = cookie(req.headers(), session_cookie_name(&state.options)).map(str::to_owned);
    let limit = state.options.body_limit;
    let body = match crate::api::read_body(req.into_body(), limit).await {
        Ok(b) => b,
        Err(resp) => return Ok(resp),
    };
    let creds: LoginRequest = serde_json::from_slice(&body)
        .map_err(|e| ApiError::invalid("body", format!("expected {{username, password}}: {e}")))?;
    let user = users::login(&state.store, &addr, &creds.username, &creds.password).await?;
    let session = users::create_session(
        &state.store,
        &user,
        state.options.sessions,
        Some(&addr),
        user_agent.as_deref(),
        old.as_deref(),
    )
    .await?;
    let cookie = session_cookie(
        &state,
        &session.secret,
        state.options.sessions.absolute.as_secs(),
    )?;
    tracing::info!(user = %user.username, addr = %addr, "login");
    let me = Me {
        role: user.role,
        user,
        csrf_token: Some(session.csrf_token),
        expires_at: Some(session.expires_at),
    };
    let mut resp = Json(me).into_response();
    resp.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(resp)
}

/// End the browser session (if any) and clear its cookie.
#[utoipa::path(post, path = "/api/v1/auth/logout", tag = "auth", responses((status = 204, description = "Logged out; the cookie is cleared")))]
pub async fn logout(State(state): State<AppState>, req: Request) -> ApiResult<Response> {
    if let Some(secret) = cookie(req.headers(), session_cookie_name(&state.options)) {
        users::delete_session(&state.store, secret).await?;
    }
    let mut resp = StatusCode::NO_CONTENT.into_response();
    resp.headers_mut()
        .insert(header::SET_COOKIE, session_cookie(&state, "", 0)?);
    Ok(resp)
}

/// The caller.
#[utoipa::path(get, path = "/api/v1/auth/me", tag = "auth", responses((status = 200, body = Me)))]
pub async fn me(Extension(caller): Extension<Caller>) -> ApiResult<Json<Me>> {
    match caller {
        Caller::User { principal, via } => Ok(Json(Me {
            role: principal.role,
            user: principal.user,
            csrf_token: match via {
                Via::Session { csrf_token, .. } => Some(csrf_token),
                Via::Token => None,
            },
            expires_at: None,
        })),
        Caller::Anonymous | Caller::Guest { .. } => Err(ApiError::unauthenticated("not logged in")),
    }
}
