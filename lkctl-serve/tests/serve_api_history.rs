//! Participant sessions (built from LiveKit's signed webhooks delivered to
//! `/webhooks/livekit`) and the audit log over the API.

mod serve_support;

use axum::body::Body;
use lkctl_core::ops::users::Role;
use lkctl_core::ops::webhook_receiver;
use lkctl_emulator::ParticipantSpec;
use serde_json::json;
use serve_support::*;

/// Deliver every webhook the emulator emitted to our receiver, signed as LiveKit signs.
async fn deliver_all(h: &Harness) {
    let secret = lkctl_core::Secret::new(lkctl_emulator::DEV_API_SECRET);
    for w in h.emu.control().webhooks() {
        let auth = webhook_receiver::sign(w.body.as_bytes(), lkctl_emulator::DEV_API_KEY, &secret)
            .unwrap();
        let req = post("/webhooks/livekit")
            .header("content-type", "application/webhook+json")
            .header("authorization", auth)
            .body(Body::from(w.body.clone()))
            .unwrap();
        let r = h.call(req).await;
        assert_eq!(r.status, 200, "{}: {}", w.event, r.text());
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sessions_and_audit() {
    let h = Harness::new(Db::Sqlite).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    let olga = user_token(&h, "olga", Role::Host).await;
    expect(
        &api(
            &h,
            "POST",
            "/api/v1/rooms",
            &hal,
            Some(json!({"name": "lab"})),
        )
        .await,
        201,
    );
    let c = h.emu.control();
    c.add_participant("lab", ParticipantSpec::new("ann"))
        .unwrap();
    c.add_participant("lab", ParticipantSpec::new("bob"))
        .unwrap();
    c.remove_participant("lab", "ann").unwrap();
    deliver_all(&h).await;

    let s = expect(
        &api(&h, "GET", "/api/v1/rooms/lab/sessions", &hal, None).await,
        200,
    );
    let s = s.as_array().unwrap();
    assert_eq!(s.len(), 2, "{s:?}");
    let ann = s.iter().find(|x| x["identity"] == "ann").unwrap();
    assert!(!ann["left_at"].is_null(), "{ann}");
    let bob = s.iter().find(|x| x["identity"] == "bob").unwrap();
    assert!(bob["left_at"].is_null(), "{bob}");
    assert_eq!(
        api(&h, "GET", "/api/v1/rooms/lab/sessions", &olga, None)
            .await
            .status,
        403
    );
    let one = expect(
        &api(&h, "GET", "/api/v1/rooms/lab/sessions?limit=1", &hal, None).await,
        200,
    );
    assert_eq!(one.as_array().unwrap().len(), 1);
    let later = expect(
        &api(
            &h,
            "GET",
            "/api/v1/rooms/lab/sessions?since=2999-01-01T00:00:00Z",
            &hal,
            None,
        )
        .await,
        200,
    );
    assert!(later.as_array().unwrap().is_empty());
    let r = api(&h, "GET", "/api/v1/rooms/lab/sessions?limit=0", &hal, None).await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("limit"), "{}", r.text());
    let r = api(
        &h,
        "GET",
        "/api/v1/rooms/lab/sessions?since=yesterday",
        &hal,
        None,
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("since"), "{}", r.text());

    let all = expect(&api(&h, "GET", "/api/v1/sessions", &root, None).await, 200);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(
        api(&h, "GET", "/api/v1/sessions", &hal, None).await.status,
        403
    );

    // The audit log: the host's room creation made their policy.
    let audit = expect(
        &api(&h, "GET", "/api/v1/audit?limit=50", &root, None).await,
        200,
    );
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["room"] == "lab" && e["actor"] == "user:hal"),
        "{audit}"
    );
    assert_eq!(
        api(&h, "GET", "/api/v1/audit", &hal, None).await.status,
        403
    );
    h.cleanup().await;
}
