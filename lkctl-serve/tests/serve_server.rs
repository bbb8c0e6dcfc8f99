//! `lkctl serve` skeleton: health and readiness, request ids, error bodies, security
//! headers, body limits, internal errors that never leak, graceful shutdown; in-process and
//! over a loopback socket, on SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use axum::Router;
use axum::routing::get as route_get;
use lkctl_serve::error::ApiError;
use lkctl_serve::{AppState, ServeOptions};
use serve_support::*;
use tower::ServiceExt;

both!(
    health_and_headers,
    readiness_follows_livekit,
    errors_are_json_and_limited,
    internal_errors_do_not_leak,
    serves_on_a_socket_and_shuts_down
);

async fn health_and_headers(db: Db) {
    let h = Harness::new(db).await;
    let r = h
        .call(get("/healthz").body(Default::default()).unwrap())
        .await;
    assert_eq!(r.status, 200);
    assert_eq!(r.json()["status"], "ok");
    let id = r.header("x-request-id").expect("request id");
    assert_eq!(id.len(), 24);
    let csp = r.header("content-security-policy").expect("csp");
    assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
    assert!(!csp.contains("unsafe-inline"), "{csp}");
    assert_eq!(r.header("x-content-type-options"), Some("nosniff"));
    assert_eq!(r.header("referrer-policy"), Some("no-referrer"));
    assert_eq!(
        r.header("strict-transport-security"),
        None,
        "no HSTS over http"
    );
    let again = h
        .call(get("/healthz").body(Default::default()).unwrap())
        .await;
    assert_ne!(
        again.header("x-request-id"),
        Some(id),
        "ids differ per request"
    );
    h.cleanup().await;

    let https = default_options()
        .with_public_url("https://lk.example.com")
        .unwrap();
    let h = Harness::with_options(db, https).await;
    let r = h
        .call(get("/healthz").body(Default::default()).unwrap())
        .await;
    assert!(
        r.header("strict-transport-security")
            .is_some_and(|v| v.contains("max-age=")),
        "HSTS over https"
    );
    h.cleanup().await;
}

async fn readiness_follows_livekit(db: Db) {
    let h = Harness::new(db).await;
    let r = h
        .call(get("/readyz").body(Default::default()).unwrap())
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["checks"]["store"], "ok");
    assert_eq!(r.json()["checks"]["livekit"], "ok");

    // A LiveKit URL nobody listens on: not ready, and the URL is not in the answer.
    let closed = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let dead_url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let state = state_for(&dead_url, &h.db.url, default_options()).await;
    let r = Reply::read(
        lkctl_serve::app(state.clone())
            .oneshot(get("/readyz").body(axum::body::Body::empty()).unwrap())
            .await
            .unwrap(),
    )
    .await;
    assert_eq!(r.status, 503, "{}", r.text());
    assert_eq!(r.json()["checks"]["livekit"], "unavailable");
    assert_eq!(r.json()["checks"]["store"], "ok");
    assert!(!r.text().contains("127.0.0.1"), "{}", r.text());
    state.store.close().await;
    h.cleanup().await;
}

async fn errors_are_json_and_limited(db: Db) {
    let mut options = default_options();
    options.body_limit = 1024;
    let h = Harness::with_options(db, options).await;

    let r = h.call(get("/nope").body(Default::default()).unwrap()).await;
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "not_found");

    // Wrong method on a known path: axum's plain-text 405 becomes the JSON shape.
    let r = h
        .call(get("/api/v1/auth/login").body(Default::default()).unwrap())
        .await;
    assert_eq!(r.status, 405);
    assert_eq!(r.error_code(), "method_not_allowed");

    // Over the body limit.
    let big = "x".repeat(4096);
    let r = h
        .call(
            post("/api/v1/auth/login")
                .header("content-type", "application/json")
                .body(json_body(
                    serde_json::json!({"username": big, "password": "p"}),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 413, "{}", r.text());
    assert_eq!(r.error_code(), "payload_too_large");

    // Malformed JSON.
    let r = h
        .call(
            post("/api/v1/auth/login")
                .header("content-type", "application/json")
                .body("{not json".into())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.error_code(), "invalid_argument");
    h.cleanup().await;
}

async fn internal_errors_do_not_leak(db: Db) {
    let h = Harness::new(db).await;
    async fn fails() -> Result<(), ApiError> {
        Err(ApiError::internal("db password is hunter2"))
    }
    async fn panics() -> &'static str {
        panic!("secret panic text")
    }
    let test_routes: Router<AppState> = Router::new()
        .route("/fails", route_get(fails))
        .route("/panics", route_get(panics));
    let app = lkctl_serve::app::layered(test_routes, h.state.clone());
    for path in ["/fails", "/panics"] {
        let r = Reply::read(
            app.clone()
                .oneshot(get(path).body(axum::body::Body::empty()).unwrap())
                .await
                .unwrap(),
        )
        .await;
        assert_eq!(r.status, 500);
        assert_eq!(r.error_code(), "internal");
        let id = r.header("x-request-id").unwrap().to_string();
        let text = r.text();
        assert!(text.contains(&id), "the body names the request id: {text}");
        assert!(
            !text.contains("hunter2") && !text.contains("secret panic"),
            "{text}"
        );
    }
    h.cleanup().await;
}

async fn serves_on_a_socket_and_shuts_down(db: Db) {
    let h = Harness::new(db).await;
    let running = serve(h.state.clone()).await;
    let base = format!("http://{}", running.addr);
    let client = reqwest::Client::new();
    let r = client.get(format!("{base}/healthz")).send().await.unwrap();
    assert_eq!(r.status(), 200);
    assert!(r.headers().contains_key("x-request-id"));
    let r = client.get(format!("{base}/readyz")).send().await.unwrap();
    assert_eq!(r.status(), 200);

    running.shutdown();
    tokio::time::timeout(std::time::Duration::from_secs(10), running.wait())
        .await
        .expect("shutdown finishes")
        .expect("clean exit");
    assert!(
        client.get(format!("{base}/healthz")).send().await.is_err(),
        "nothing listens after shutdown"
    );
    h.cleanup().await;
}

#[test]
fn public_url_must_be_an_origin() {
    let o = ServeOptions::new("127.0.0.1:0".parse().unwrap());
    assert!(o.clone().with_public_url("https://x.example/path").is_err());
    assert!(o.with_public_url("https://x.example").is_ok());
}
