//! Participant sessions (built from LiveKit's signed webhooks delivered to
//! `/webhooks/livekit`) and the audit log over the API.

mod serve_support;

use axum::body::Body;
use lkctl_core::ops::webhook_receiver;
use lkctl_emulator::ParticipantSpec;
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
    let Cast { root, hal, olga } = h.cast().await;
    h.by(&hal).create_room("lab").await;
    let c = h.emu.control();
    c.add_participant("lab", ParticipantSpec::new("ann"))
        .unwrap();
    c.add_participant("lab", ParticipantSpec::new("bob"))
        .unwrap();
    c.remove_participant("lab", "ann").unwrap();
    deliver_all(&h).await;

    let s = expect(&h.by(&hal).get("/api/v1/rooms/lab/sessions").await, 200);
    let s = s.as_array().unwrap();
    assert_eq!(s.len(), 2, "{s:?}");
    let ann = s.iter().find(|x| x["identity"] == "ann").unwrap();
    assert!(!ann["left_at"].is_null(), "{ann}");
    let bob = s.iter().find(|x| x["identity"] == "bob").unwrap();
    assert!(bob["left_at"].is_null(), "{bob}");
    assert_eq!(
        h.by(&olga).get("/api/v1/rooms/lab/sessions").await.status,
        403
    );
    let one = expect(
        &h.by(&hal).get("/api/v1/rooms/lab/sessions?limit=1").await,
        200,
    );
    assert_eq!(one.as_array().unwrap().len(), 1);
    let later = expect(
        &h.by(&hal)
            .get("/api/v1/rooms/lab/sessions?since=2999-01-01T00:00:00Z")
            .await,
        200,
    );
    assert!(later.as_array().unwrap().is_empty());
    let r = h.by(&hal).get("/api/v1/rooms/lab/sessions?limit=0").await;
    r.refused(400, "limit");
    let r = h
        .by(&hal)
        .get("/api/v1/rooms/lab/sessions?since=yesterday")
        .await;
    r.refused(400, "since");

    let all = expect(&h.by(&root).get("/api/v1/sessions").await, 200);
    assert_eq!(all.as_array().unwrap().len(), 2);
    assert_eq!(h.by(&hal).get("/api/v1/sessions").await.status, 403);

    // The audit log: the host's room creation made their policy.
    let audit = expect(&h.by(&root).get("/api/v1/audit?limit=50").await, 200);
    assert!(
        audit
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["room"] == "lab" && e["actor"] == "user:hal"),
        "{audit}"
    );
    assert_eq!(h.by(&hal).get("/api/v1/audit").await.status, 403);
    h.cleanup().await;
}
