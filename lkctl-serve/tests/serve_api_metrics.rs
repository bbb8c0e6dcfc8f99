//! `/metrics`: Prometheus text for admins on the main listener, and without credentials on
//! the separate `--metrics-listen` listener; requests by route pattern and status with
//! latency histograms, open SSE streams, lobby decisions, webhook deliveries by outcome.

mod serve_support;

use axum::body::Body;
use lkctl_core::ops::lobby::{JoinOutcome, JoinRequest};
use lkctl_core::ops::users::Role;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn metrics_count_what_happens() {
    let h = Harness::new(Db::Sqlite).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    h.by(&hal).create_room("lab").await;
    expect(&h.by(&hal).get("/api/v1/rooms/lab").await, 200);
    expect(&h.by(&hal).get("/api/v1/rooms/lab").await, 200);
    assert_eq!(h.by(&root).get("/api/v1/rooms/nope").await.status, 404);
    assert_eq!(h.by(&root).get("/no/such/path").await.status, 404);

    // A lobby decision.
    lkctl_core::ops::policy::set(
        &h.state.store,
        "lab",
        lkctl_core::ops::policy::PolicyUpdate {
            lobby: Some(true),
            ..Default::default()
        },
        "test",
    )
    .await
    .unwrap();
    let JoinOutcome::Waiting { entry, .. } = h
        .state
        .lobby
        .request_join(JoinRequest {
            room: "lab".into(),
            display_name: "Gus".into(),
            fingerprint: "fingerprint-of-gus-0001".into(),
            session_id: None,
            ip: None,
            pin: None,
        })
        .await
        .unwrap()
    else {
        panic!("lobby is on")
    };
    let r = h
        .by(&hal)
        .post_empty(&format!("/api/v1/rooms/lab/lobby/{}/approve", entry.id))
        .await;
    expect(&r, 200);

    // Webhooks: one forged, one applied, the same again (a duplicate).
    let body = r#"{"event":"room_started","id":"EV_metrics_1","room":{"name":"lab","sid":"RM_x"},"createdAt":"1"}"#;
    let forged = post("/webhooks/livekit")
        .header("authorization", "nope")
        .body(Body::from(body))
        .unwrap();
    assert_eq!(h.call(forged).await.status, 401);
    let auth = lkctl_core::ops::webhook_receiver::sign(
        body.as_bytes(),
        lkctl_emulator::DEV_API_KEY,
        &lkctl_core::Secret::new(lkctl_emulator::DEV_API_SECRET),
    )
    .unwrap();
    for _ in 0..2 {
        let req = post("/webhooks/livekit")
            .header("authorization", &auth)
            .body(Body::from(body))
            .unwrap();
        assert_eq!(h.call(req).await.status, 200);
    }

    // An SSE handler's guard.
    let guard = h.state.metrics().sse_opened();

    assert_eq!(
        h.call(get("/metrics").body(Default::default()).unwrap())
            .await
            .status,
        401
    );
    assert_eq!(h.by(&hal).get("/metrics").await.status, 403);
    let r = h.by(&root).get("/metrics").await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("text/plain; version=0.0.4")
    );
    let text = r.text();
    for line in [
        r#"lkctl_http_requests_total{method="GET",route="/api/v1/rooms/{room}",status="200"} 2"#,
        r#"lkctl_http_requests_total{method="GET",route="/api/v1/rooms/{room}",status="404"} 1"#,
        r#"lkctl_http_requests_total{method="POST",route="/api/v1/rooms",status="201"} 1"#,
        r#"lkctl_http_requests_total{method="GET",route="unmatched",status="404"} 1"#,
        r#"lkctl_http_request_duration_seconds_count{method="GET",route="/api/v1/rooms/{room}"} 3"#,
        r#"lkctl_sse_streams_open 1"#,
        r#"lkctl_lobby_decisions_total{decision="approved"} 1"#,
        r#"lkctl_webhook_deliveries_total{outcome="bad_signature"} 1"#,
        r#"lkctl_webhook_deliveries_total{outcome="applied"} 1"#,
        r#"lkctl_webhook_deliveries_total{outcome="duplicate"} 1"#,
    ] {
        assert!(
            text.lines().any(|l| l == line),
            "missing `{line}` in:\n{text}"
        );
    }
    assert!(text.contains("# TYPE lkctl_http_request_duration_seconds histogram"));
    assert!(
        !text.contains("/api/v1/rooms/lab"),
        "raw URLs never label metrics"
    );
    drop(guard);

    // The separate listener answers without credentials.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let running = lkctl_serve::app::serve_metrics_on(listener, h.state.clone()).unwrap();
    let url = format!("http://{}/metrics", running.addr);
    let resp = reqwest::get(&url).await.unwrap();
    assert_eq!(resp.status().as_u16(), 200);
    let text = resp.text().await.unwrap();
    assert!(
        text.lines().any(|l| l == "lkctl_sse_streams_open 0"),
        "{text}"
    );
    assert_eq!(
        reqwest::get(format!("http://{}/api/v1/rooms", running.addr))
            .await
            .unwrap()
            .status()
            .as_u16(),
        404
    );
    running.shutdown();
    running.wait().await.unwrap();
    h.cleanup().await;
}
