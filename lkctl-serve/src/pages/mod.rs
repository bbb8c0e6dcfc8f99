//! The web UI: server-rendered HTML pages over the same core calls the CLI makes.
//!
//! - Templates are askama (`lkctl-serve/templates/`), checked at compile time and
//!   auto-escaped; every page extends `base.html` and carries a [`Layout`].
//! - Every action is a plain `<form method="post">` with the session's CSRF token in a
//!   hidden `csrf` field (the route guard reads it, see [`crate::auth::csrf`]), answered
//!   with a redirect (POST-redirect-GET) and a one-shot flash message kept in a cookie.
//! - Assets are embedded ([`assets`]) under content-hashed names; the one script only adds
//!   niceties (local times, confirm dialogs, copy buttons, live refresh), so every page works
//!   with JavaScript off. No inline script or style: the CSP forbids them.
//! - Errors of browser requests become HTML pages in the request-context middleware
//!   ([`error_page`]); a missing session becomes a redirect to the login page.
//!
//! One module per noun: [`login`], [`overview`], [`rooms`], [`participants`], [`tokens`],
//! [`settings`].

pub mod assets;
pub mod fmt;
pub mod login;
pub mod overview;
pub mod participants;
pub mod rooms;
pub mod settings;
pub mod tokens;

use askama::Template;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::response::{Html, IntoResponse, Response};
use lkctl_core::Error;
use lkctl_core::ops::users::Role;

use crate::auth::{Caller, Via, cookie};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Name of the cookie carrying a flash message to the next page.
pub const FLASH_COOKIE: &str = "lkctl_flash";
/// Longest flash message kept (cookies are small).
const FLASH_MAX: usize = 600;

/// A one-shot message shown on the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Flash {
    /// `ok` or `error` (a CSS class and the ARIA role).
    pub kind: &'static str,
    /// The text (escaped by the template).
    pub message: String,
}

impl Flash {
    /// A success message.
    pub fn ok(message: impl Into<String>) -> Self {
        Self {
            kind: "ok",
            message: message.into(),
        }
    }

    /// An error message.
    pub fn error(message: impl Into<String>) -> Self {
        Self {
            kind: "error",
            message: message.into(),
        }
    }

    /// Whether it reports an error (rendered with `role="alert"`).
    pub fn is_error(&self) -> bool {
        self.kind == "error"
    }

    fn encode(&self) -> String {
        let mut message: String = self.message.chars().take(FLASH_MAX).collect();
        if message.len() < self.message.len() {
            message.push('…');
        }
        url::form_urlencoded::Serializer::new(String::new())
            .append_pair(self.kind, &message)
            .finish()
    }

    fn decode(value: &str) -> Option<Self> {
        let (kind, message) = url::form_urlencoded::parse(value.as_bytes()).next()?;
        let kind = match kind.as_ref() {
            "ok" => "ok",
            "error" => "error",
            _ => return None,
        };
        Some(Self {
            kind,
            message: message.chars().take(FLASH_MAX + 1).collect(),
        })
    }
}

/// The signed-in user as the layout shows them.
#[derive(Debug, Clone)]
pub struct UserView {
    /// User name.
    pub username: String,
    /// Effective role.
    pub role: &'static str,
    /// Whether they are an admin (admin pages in the navigation).
    pub admin: bool,
}

/// What every page's frame needs: title, navigation, user, CSRF token, flash, assets.
#[derive(Debug, Clone)]
pub struct Layout {
    /// Page title (before "· lkctl").
    pub title: String,
    /// Which navigation entry is current (`overview`, `rooms`, `tokens`, `settings`).
    pub nav: &'static str,
    /// The signed-in user, if any.
    pub user: Option<UserView>,
    /// The session's CSRF token for hidden form fields.
    pub csrf: String,
    /// The flash message from the previous request.
    pub flash: Option<Flash>,
    /// URL of the stylesheet.
    pub css: &'static str,
    /// URL of the script.
    pub js: &'static str,
}

impl Layout {
    /// A layout for a page without a signed-in user (login, error pages).
    pub fn anonymous(title: impl Into<String>, flash: Option<Flash>) -> Self {
        Self {
            title: title.into(),
            nav: "",
            user: None,
            csrf: String::new(),
            flash,
            css: assets::css_url(),
            js: assets::js_url(),
        }
    }

    /// Whether `entry` is the current navigation entry (for `aria-current`).
    pub fn current(&self, entry: &str) -> bool {
        self.nav == entry
    }
}

/// The per-request context of a page handler: the caller and the incoming flash.
#[derive(Debug, Clone)]
pub struct Page {
    /// Who is asking (set by the route guard).
    pub caller: Caller,
    /// The flash message sent by the previous response, if any.
    pub flash: Option<Flash>,
}

impl FromRequestParts<AppState> for Page {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, _state: &AppState) -> ApiResult<Self> {
        let caller = parts
            .extensions
            .get::<Caller>()
            .cloned()
            .unwrap_or(Caller::Anonymous);
        let flash = cookie(&parts.headers, FLASH_COOKIE).and_then(Flash::decode);
        Ok(Self { caller, flash })
    }
}

impl Page {
    /// The layout of a page titled `title` under navigation entry `nav`.
    pub fn layout(&self, title: impl Into<String>, nav: &'static str) -> Layout {
        let (user, csrf) = match &self.caller {
            Caller::User { principal, via } => (
                Some(UserView {
                    username: principal.user.username.clone(),
                    role: principal.role.as_str(),
                    admin: principal.role == Role::Admin,
                }),
                match via {
                    Via::Session { csrf_token, .. } => csrf_token.clone(),
                    Via::Token => String::new(),
                },
            ),
            Caller::Guest { .. } | Caller::Anonymous => (None, String::new()),
        };
        Layout {
            title: title.into(),
            nav,
            user,
            csrf,
            flash: self.flash.clone(),
            css: assets::css_url(),
            js: assets::js_url(),
        }
    }

    /// Whether the caller is an admin.
    pub fn is_admin(&self) -> bool {
        self.caller
            .principal()
            .is_some_and(|p| p.role == Role::Admin)
    }

    /// Render `template` as a 200 page, consuming the incoming flash.
    pub fn render<T: Template>(&self, template: &T) -> ApiResult<Response> {
        self.render_status(StatusCode::OK, template)
    }

    /// Render `template` with `status`, consuming the incoming flash.
    pub fn render_status<T: Template>(
        &self,
        status: StatusCode,
        template: &T,
    ) -> ApiResult<Response> {
        let mut resp = html(status, template)?;
        if self.flash.is_some() {
            resp.headers_mut()
                .append(header::SET_COOKIE, clear_cookie(FLASH_COOKIE, "/"));
        }
        Ok(resp)
    }
}

/// Render a template into an HTML response.
pub fn html<T: Template>(status: StatusCode, template: &T) -> ApiResult<Response> {
    let body = template
        .render()
        .map_err(|e| ApiError::internal(format!("template: {e}")))?;
    Ok((status, Html(body)).into_response())
}

/// A `Set-Cookie` value that deletes cookie `name` at `path`.
pub fn clear_cookie(name: &str, path: &str) -> HeaderValue {
    HeaderValue::from_str(&format!(
        "{name}=; Path={path}; HttpOnly; SameSite=Lax; Max-Age=0"
    ))
    .unwrap_or_else(|_| HeaderValue::from_static("lkctl_flash=; Max-Age=0"))
}

/// 303 See Other to `location` (a local path) carrying `flash` to the next page.
pub fn see_other(location: &str, flash: Option<Flash>) -> Response {
    let mut resp = StatusCode::SEE_OTHER.into_response();
    let location = local_path(location).unwrap_or("/");
    if let Ok(v) = HeaderValue::from_str(location) {
        resp.headers_mut().insert(header::LOCATION, v);
    }
    if let Some(flash) = flash
        && let Ok(v) = HeaderValue::from_str(&format!(
            "{FLASH_COOKIE}={}; Path=/; HttpOnly; SameSite=Lax; Max-Age=120",
            flash.encode()
        ))
    {
        resp.headers_mut().append(header::SET_COOKIE, v);
    }
    resp
}

/// `path` if it is a path on this site (`/x`, not `//host` or `/\host`, no scheme), for
/// redirect targets that come from the client.
pub fn local_path(path: &str) -> Option<&str> {
    let ok = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control());
    ok.then_some(path)
}

/// The message a user may see for a failed action, or `None` for internal errors, which
/// must go to the log and an error page with a request id instead.
pub fn user_message(e: &Error) -> Option<String> {
    match e {
        Error::Internal(_) => None,
        Error::Unavailable { .. } => {
            tracing::warn!(error = %e, "dependency unavailable");
            Some("a service lkctl depends on is unavailable; try again shortly".into())
        }
        other => Some(other.to_string()),
    }
}

/// After an action: back to `location` with `ok` on success, or with the error as the
/// flash message (internal errors become the error page).
pub fn after<T>(
    result: lkctl_core::Result<T>,
    location: &str,
    ok: impl FnOnce(T) -> String,
) -> ApiResult<Response> {
    match result {
        Ok(v) => Ok(see_other(location, Some(Flash::ok(ok(v))))),
        Err(e) => match user_message(&e) {
            Some(message) => Ok(see_other(location, Some(Flash::error(message)))),
            None => Err(e.into()),
        },
    }
}

/// The URL path of room `name`'s page (`/rooms/<percent-encoded name>`).
pub fn room_path(name: &str) -> String {
    format!("/rooms/{}", encode_segment(name))
}

/// Percent-encode one path segment.
pub fn encode_segment(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

/// Whether a request is a browser's page request, whose errors are HTML pages: not the
/// JSON API, not a webhook, and it accepts `text/html` (navigations and form posts do).
pub fn wants_html(method: &Method, path: &str, headers: &HeaderMap) -> bool {
    if !matches!(*method, Method::GET | Method::HEAD | Method::POST) {
        return false;
    }
    if path.starts_with("/api/") || path.starts_with("/webhooks/") || path.starts_with("/assets/") {
        return false;
    }
    headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .any(|v| v.contains("text/html"))
}

/// The error page.
#[derive(Template)]
#[template(path = "error.html")]
pub struct ErrorPage {
    /// Frame.
    pub l: Layout,
    /// HTTP status code.
    pub status: u16,
    /// Short heading ("Not found").
    pub heading: String,
    /// What went wrong (client-safe text).
    pub message: String,
    /// The request id, for internal errors.
    pub request_id: Option<String>,
}

/// The HTML answer to a failed browser request: a redirect to the login page for 401 (back
/// to `path_and_query` afterwards when it was a GET), else an error page. `message` is
/// already client-safe; `request_id` is shown for internal errors.
pub fn error_page(
    status: StatusCode,
    method: &Method,
    path_and_query: &str,
    message: &str,
    request_id: Option<&str>,
) -> Response {
    if status == StatusCode::UNAUTHORIZED {
        let next = if *method == Method::GET {
            path_and_query
        } else {
            "/"
        };
        let location = format!(
            "/login?{}",
            url::form_urlencoded::Serializer::new(String::new())
                .append_pair("next", next)
                .finish()
        );
        return see_other(&location, Some(Flash::error("log in to continue")));
    }
    let heading = match status {
        StatusCode::FORBIDDEN => "Not allowed".to_string(),
        StatusCode::NOT_FOUND => "Not found".to_string(),
        StatusCode::TOO_MANY_REQUESTS => "Too many requests".to_string(),
        s if s.is_server_error() => "Something went wrong".to_string(),
        s => s.canonical_reason().unwrap_or("Error").to_string(),
    };
    let page = ErrorPage {
        l: Layout::anonymous(heading.clone(), None),
        status: status.as_u16(),
        heading,
        message: message.to_string(),
        request_id: request_id.map(str::to_owned),
    };
    match page.render() {
        Ok(body) => (status, Html(body)).into_response(),
        Err(_) => (status, message.to_string()).into_response(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flashes_round_trip_through_the_cookie() {
        let f = Flash::error("room `a;b=c` <x> not found ✓");
        let encoded = f.encode();
        assert!(
            !encoded.contains(';') && !encoded.contains(' '),
            "{encoded}"
        );
        assert_eq!(Flash::decode(&encoded), Some(f));
        assert_eq!(Flash::decode("evil=1"), None);
        let long = Flash::ok("x".repeat(5000));
        assert!(
            Flash::decode(&long.encode())
                .unwrap()
                .message
                .chars()
                .count()
                <= FLASH_MAX + 1
        );
    }

    #[test]
    fn redirect_targets_stay_on_this_site() {
        assert_eq!(local_path("/rooms?q=a"), Some("/rooms?q=a"));
        assert_eq!(local_path("//evil.example"), None);
        assert_eq!(local_path("/\\evil.example"), None);
        assert_eq!(local_path("https://evil.example"), None);
        assert_eq!(local_path("/a\nb"), None);
    }

    #[test]
    fn room_paths_encode_names() {
        assert_eq!(room_path("a b/c?d"), "/rooms/a%20b%2Fc%3Fd");
    }

    #[test]
    fn browser_requests_are_told_apart() {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT, HeaderValue::from_static("text/html,*/*"));
        assert!(wants_html(&Method::GET, "/rooms", &h));
        assert!(!wants_html(&Method::GET, "/api/v1/users", &h));
        assert!(!wants_html(&Method::DELETE, "/rooms", &h));
        assert!(!wants_html(&Method::GET, "/rooms", &HeaderMap::new()));
    }
}
