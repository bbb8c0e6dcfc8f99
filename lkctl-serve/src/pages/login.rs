//! `GET /login`, `POST /login`, `POST /logout`: the browser face of the session auth in
//! [`crate::auth::login`].
//!
//! The login form has no session yet, so its CSRF token is a double-submit cookie
//! (`lkctl_login_csrf`, `SameSite=Strict`, path `/login`) matched against the hidden field,
//! on top of the guard's Origin / `Sec-Fetch-Site` check.

use askama::Template;
use axum::Form;
use axum::extract::{FromRequest, Query, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use lkctl_core::Error;
use lkctl_core::ops::users;
use serde::Deserialize;
use subtle::ConstantTimeEq;

use super::{Flash, Layout, Page, clear_cookie, local_path, see_other, user_message};
use crate::auth::login::session_cookie;
use crate::auth::{cookie, request_client_addr, session_cookie_name};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Cookie holding the login form's CSRF token.
pub const LOGIN_CSRF_COOKIE: &str = "lkctl_login_csrf";

/// The login page.
#[derive(Template)]
#[template(path = "login.html")]
pub struct LoginPage {
    /// Frame (its `csrf` is the login form's token).
    pub l: Layout,
    /// Where to go after logging in.
    pub next: String,
    /// The user name typed last time.
    pub username: String,
    /// Why the last attempt failed.
    pub error: Option<String>,
}

/// Query of `GET /login`.
#[derive(Debug, Deserialize)]
pub struct NextQuery {
    /// Local path to return to.
    pub next: Option<String>,
}

/// Fields of the login form.
#[derive(Debug, Deserialize)]
pub struct LoginForm {
    /// User name.
    pub username: String,
    /// Password.
    pub password: String,
    /// The form's CSRF token.
    #[serde(default)]
    pub csrf: String,
    /// Local path to return to.
    #[serde(default)]
    pub next: String,
}

fn login_page(
    page: &Page,
    status: StatusCode,
    next: &str,
    username: &str,
    error: Option<String>,
) -> ApiResult<Response> {
    let token = users::random_secret();
    let mut l = Layout::anonymous("Log in", page.flash.clone());
    l.csrf = token.clone();
    let tpl = LoginPage {
        l,
        next: local_path(next).unwrap_or("/").to_string(),
        username: username.to_string(),
        error,
    };
    let mut resp = page.render_status(status, &tpl)?;
    let cookie = HeaderValue::from_str(&format!(
        "{LOGIN_CSRF_COOKIE}={token}; Path=/login; HttpOnly; SameSite=Strict; Max-Age=3600"
    ))
    .map_err(|e| ApiError::internal(format!("cookie header: {e}")))?;
    resp.headers_mut().append(header::SET_COOKIE, cookie);
    Ok(resp)
}

/// `GET /login`.
pub async fn show(page: Page, Query(q): Query<NextQuery>) -> ApiResult<Response> {
    login_page(
        &page,
        StatusCode::OK,
        q.next.as_deref().unwrap_or("/"),
        "",
        None,
    )
}

/// `POST /login`: check the form token, log in (rate-limited by core), open a session
/// (ending any the browser had), and go to `next`.
pub async fn submit(
    State(state): State<AppState>,
    page: Page,
    req: Request,
) -> ApiResult<Response> {
    let addr = request_client_addr(&state.options, &req).to_string();
    let headers = req.headers().clone();
    let user_agent = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let form = match Form::<LoginForm>::from_request(req, &()).await {
        Ok(Form(f)) => f,
        Err(rejection) => return Ok(rejection.into_response()),
    };
    let expected = cookie(&headers, LOGIN_CSRF_COOKIE).unwrap_or_default();
    if expected.is_empty() || !bool::from(form.csrf.as_bytes().ct_eq(expected.as_bytes())) {
        return login_page(
            &page,
            StatusCode::FORBIDDEN,
            &form.next,
            &form.username,
            Some("The form expired or cookies are off; enable cookies and try again.".into()),
        );
    }
    let user = match users::login(&state.store, &addr, &form.username, &form.password).await {
        Ok(u) => u,
        Err(Error::RateLimited { retry_after_secs }) => {
            return login_page(
                &page,
                StatusCode::TOO_MANY_REQUESTS,
                &form.next,
                &form.username,
                Some(format!(
                    "Too many attempts; try again in {}.",
                    super::fmt::duration(retry_after_secs.max(1))
                )),
            );
        }
        Err(e @ (Error::Unauthenticated(_) | Error::PermissionDenied(_))) => {
            tracing::info!(addr = %addr, error = %e, "login refused");
            return login_page(
                &page,
                StatusCode::UNAUTHORIZED,
                &form.next,
                &form.username,
                Some("Wrong user name or password.".into()),
            );
        }
        Err(e) => {
            return match user_message(&e) {
                Some(m) => login_page(
                    &page,
                    crate::error::status_for(&e),
                    &form.next,
                    &form.username,
                    Some(m),
                ),
                None => Err(e.into()),
            };
        }
    };
    let old = cookie(&headers, session_cookie_name(&state.options));
    let session = users::create_session(
        &state.store,
        &user,
        state.options.sessions,
        Some(&addr),
        user_agent.as_deref(),
        old,
    )
    .await?;
    tracing::info!(user = %user.username, addr = %addr, "login (web)");
    let mut resp = see_other(
        local_path(&form.next).unwrap_or("/"),
        Some(Flash::ok(format!("Logged in as {}.", user.username))),
    );
    let h = resp.headers_mut();
    h.append(
        header::SET_COOKIE,
        session_cookie(
            &state,
            &session.secret,
            state.options.sessions.absolute.as_secs(),
        )?,
    );
    h.append(
        header::SET_COOKIE,
        clear_cookie(LOGIN_CSRF_COOKIE, "/login"),
    );
    Ok(resp)
}

/// `POST /logout`: end the session, clear its cookie, back to the login page.
pub async fn logout(State(state): State<AppState>, req: Request) -> ApiResult<Response> {
    if let Some(secret) = cookie(req.headers(), session_cookie_name(&state.options)) {
        users::delete_session(&state.store, secret).await?;
    }
    let mut resp = see_other("/login", Some(Flash::ok("Logged out.")));
    resp.headers_mut()
        .append(header::SET_COOKIE, session_cookie(&state, "", 0)?);
    Ok(resp)
}
