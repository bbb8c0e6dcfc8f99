//! The axum application: routes, middleware, and the server with graceful shutdown.
//!
//! Middleware, outermost first:
//! 1. request context: a request id (`X-Request-Id` on every response), one log line per
//!    request, and error bodies normalised to `{"error":{"code","message"}}` (for a
//!    browser's page request, an HTML error page, and a 401 becomes a redirect to the login
//!    page); a 500 never carries internal text, only the request id under which the detail
//!    was logged;
//! 2. security headers (CSP without `unsafe-inline`, `frame-ancestors 'none'`, nosniff,
//!    Referrer-Policy, HSTS over https);
//! 3. panics become 500s;
//! 4. a timeout on producing the response head (SSE bodies stream on afterwards);
//! 5. request body limits.

use std::net::SocketAddr;
use std::time::Instant;

use axum::Router;
use axum::body::Body;
use axum::extract::{DefaultBodyLimit, MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use lkctl_core::{Error, Result};
use rand::RngCore;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

use crate::error::{ApiError, InternalDetail, code_for_status, error_body};
use crate::state::AppState;
use crate::{pages, routes};

/// The request id, in request extensions for handlers and in `X-Request-Id` for clients.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestId(pub String);

/// Response header naming the request.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// The Content-Security-Policy of every response.
pub const CSP: &str = "default-src 'self'; script-src 'self'; style-src 'self'; \
     img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
     form-action 'self'; frame-ancestors 'none'";

/// Build the application for `state`.
pub fn app(state: AppState) -> Router {
    layered(routes::router(&state), state)
}

/// Put `router` behind the middleware stack (the application is [`app`]; tests add routes
/// of their own to check the stack).
pub fn layered(router: Router<AppState>, state: AppState) -> Router {
    let options = &state.options;
    // `Router::layer` wraps what is already there, so the last layer added runs first.
    let mut router = router
        .fallback(not_found)
        .layer(RequestBodyLimitLayer::new(options.body_limit))
        .layer(DefaultBodyLimit::max(options.body_limit))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            options.request_timeout,
        ))
        .layer(CatchPanicLayer::new());
    if options.is_https() {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=31536000; includeSubDomains"),
        ));
    }
    let headers: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (
            HeaderName::from_static("permissions-policy"),
            "camera=(), microphone=(), geolocation=()",
        ),
        (header::CACHE_CONTROL, "no-store"),
    ];
    for (name, value) in headers {
        router = router.layer(SetResponseHeaderLayer::if_not_present(
            name,
            HeaderValue::from_static(value),
        ));
    }
    router
        .layer(middleware::from_fn_with_state(
            state.clone(),
            request_context,
        ))
        .with_state(state)
}

async fn not_found() -> ApiError {
    ApiError(Error::NotFound {
        what: "route",
        id: "(no such path)".into(),
    })
}

fn new_request_id() -> String {
    let mut bytes = [0u8; 12];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Request id, logging, and error body normalisation.
async fn request_context(State(state): State<AppState>, mut req: Request, next: Next) -> Response {
    let id = new_request_id();
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let path_and_query = req
        .uri()
        .path_and_query()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| path.clone());
    // A browser's page request gets its errors as HTML pages (and a 401 as a redirect to
    // the login page); everything else gets the JSON shape.
    let html = pages::wants_html(&method, &path, req.headers());
    // The route pattern, not the URL, labels metrics (bounded cardinality).
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map_or("unmatched", |m| m.as_str())
        .to_owned();
    req.extensions_mut().insert(RequestId(id.clone()));
    let started = Instant::now();
    let mut resp = next.run(req).await;
    let status = resp.status();
    if status == StatusCode::INTERNAL_SERVER_ERROR {
        let detail = resp
            .extensions_mut()
            .remove::<InternalDetail>()
            .map(|d| d.0)
            .unwrap_or_else(|| "handler panicked or produced an unexplained 500".into());
        tracing::error!(request_id = %id, %method, %path, error = %detail, "internal error");
        let message = format!("internal error; quote request id {id} to the administrator");
        resp = if html {
            pages::error_page(
                status,
                &method,
                &path_and_query,
                "lkctl could not complete this request.",
                Some(&id),
            )
        } else {
            (status, axum::Json(error_body("internal", &message))).into_response()
        };
    } else if (status.is_client_error() || status.is_server_error()) && !is_html(&resp) {
        // axum's own rejections, the body limit and the timeout answer in plain text.
        let json = is_json(&resp);
        if html || !json {
            let (parts, body) = resp.into_parts();
            let bytes = axum::body::to_bytes(body, 64 * 1024)
                .await
                .unwrap_or_default();
            let from_json = json
                .then(|| serde_json::from_slice::<serde_json::Value>(&bytes).ok())
                .flatten()
                .and_then(|v| v["error"]["message"].as_str().map(str::to_owned));
            let text =
                from_json.unwrap_or_else(|| String::from_utf8_lossy(&bytes).trim().to_string());
            let message = if text.is_empty() {
                status.canonical_reason().unwrap_or("error").to_lowercase()
            } else {
                text
            };
            let mut rebuilt = if html {
                pages::error_page(status, &method, &path_and_query, &message, None)
            } else {
                (
                    status,
                    axum::Json(error_body(code_for_status(status), &message)),
                )
                    .into_response()
            };
            for (name, value) in parts.headers.iter() {
                if name != header::CONTENT_TYPE
                    && name != header::CONTENT_LENGTH
                    && !rebuilt.headers().contains_key(name)
                {
                    rebuilt.headers_mut().append(name.clone(), value.clone());
                }
            }
            resp = rebuilt;
        }
    }
    if let Ok(v) = HeaderValue::from_str(&id) {
        resp.headers_mut().insert(REQUEST_ID_HEADER, v);
    }
    state.metrics().request(
        method.as_str(),
        &route,
        resp.status().as_u16(),
        started.elapsed(),
    );
    tracing::debug!(
        request_id = %id,
        %method,
        %path,
        status = resp.status().as_u16(),
        elapsed_ms = started.elapsed().as_millis() as u64,
        "request"
    );
    resp
}

fn is_html(resp: &Response<Body>) -> bool {
    resp.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("text/html"))
}

fn is_json(resp: &Response<Body>) -> bool {
    resp.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|ct| ct.starts_with("application/json"))
}

/// A running server.
#[derive(Debug)]
pub struct Running {
    /// The address it listens on.
    pub addr: SocketAddr,
    /// Its state (for `shutdown` and for tests).
    pub state: AppState,
    task: JoinHandle<std::io::Result<()>>,
}

impl Running {
    /// Ask the server to stop: no new connections, open SSE streams end, in-flight requests
    /// finish.
    pub fn shutdown(&self) {
        self.state.shutdown.cancel();
    }

    /// Wait until the server has stopped.
    pub async fn wait(self) -> Result<()> {
        match self.task.await {
            Ok(Ok(())) => Ok(()),
            Ok(Err(e)) => Err(Error::Internal(format!("server: {e}"))),
            Err(e) => Err(Error::Internal(format!("server task: {e}"))),
        }
    }
}

/// Bind `state.options.listen` and serve until `state.shutdown` is cancelled.
pub async fn bind(state: AppState) -> Result<Running> {
    let listen = state.options.listen;
    let listener = TcpListener::bind(listen)
        .await
        .map_err(|e| Error::io(format!("listen address {listen}"), e))?;
    serve_on(listener, state)
}

/// The metrics-only application of `--metrics-listen`: `GET /metrics` without
/// authentication, for a listener only the scraper reaches.
pub fn metrics_app(state: AppState) -> Router {
    Router::new()
        .route("/metrics", axum::routing::get(crate::metrics::metrics))
        .fallback(not_found)
        .with_state(state)
}

/// Serve [`metrics_app`] on a bound listener until `state.shutdown` is cancelled.
pub fn serve_metrics_on(listener: TcpListener, state: AppState) -> Result<Running> {
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("listener address: {e}")))?;
    let service = metrics_app(state.clone()).into_make_service();
    let shutdown = state.shutdown.clone();
    let task = tokio::spawn(async move {
        axum::serve(listener, service)
            .with_graceful_shutdown(shutdown.cancelled_owned())
            .await
    });
    Ok(Running { addr, state, task })
}

/// Serve on a bound listener until `state.shutdown` is cancelled.
pub fn serve_on(listener: TcpListener, state: AppState) -> Result<Running> {
    let addr = listener
        .local_addr()
        .map_err(|e| Error::Internal(format!("listener address: {e}")))?;
    let service = app(state.clone()).into_make_service_with_connect_info::<SocketAddr>();
    let shutdown = state.shutdown.clone();
    let task = tokio::spawn(async move {
        axum::serve(listener, service)
            .with_graceful_shutdown(shutdown.cancelled_owned())
            .await
    });
    Ok(Running { addr, state, task })
}
