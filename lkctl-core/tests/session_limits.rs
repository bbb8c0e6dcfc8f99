//! The bounds of the session store's inputs (issue 15: the mutation run showed that nothing
//! checked them exactly): a webhook event id is 1 to 200 characters without control
//! characters, and a listing's limit is at least 1.

mod store_support;

use std::sync::Arc;

use lkctl_core::ErrorKind;
use lkctl_core::ops::bans::Bans;
use lkctl_core::ops::session::{self, ParticipantEvent, ParticipantEventKind, Recorded};
use lkctl_core::ops::webhooks::{ingest_webhook, parse_webhook};
use lkctl_core::store::Timestamp;
use lkctl_core::store::testing::TestDb;
use store_support::RecordingModerator;

contract!(
    event_ids_are_checked_at_their_bounds,
    a_listing_limit_is_at_least_one,
    a_changed_body_under_a_seen_id_is_refused_and_times_come_from_the_event,
    a_leave_closes_the_stay_and_an_undated_event_is_dated_on_arrival,
);

fn joined_event(event_id: &str, identity: &str) -> ParticipantEvent {
    ParticipantEvent {
        event_id: event_id.into(),
        kind: ParticipantEventKind::Joined,
        room: "bounds".into(),
        room_sid: None,
        identity: identity.into(),
        participant_sid: None,
        name: None,
        at: Timestamp::now(),
        digest: None,
    }
}

async fn event_ids_are_checked_at_their_bounds(db: Arc<TestDb>) {
    let longest = "e".repeat(200);
    let too_long = "e".repeat(201);
    for bad in ["", too_long.as_str(), "ev\u{1b}[2J", "ev\tid", "ev\u{85}"] {
        let err = session::record_delivery(&db.store, bad, "room_started", Some("bounds"), None)
            .await
            .expect_err(bad);
        assert_eq!(err.kind(), ErrorKind::Invalid, "{bad:?}: {err}");
        assert!(err.to_string().contains("event_id"), "{err}");
        let err = session::record(&db.store, &joined_event(bad, "ada"))
            .await
            .expect_err(bad);
        assert_eq!(err.kind(), ErrorKind::Invalid, "{bad:?}: {err}");
    }
    assert_eq!(
        store_support::count(&db.store, "webhook_deliveries").await,
        0
    );
    assert_eq!(
        store_support::count(&db.store, "participant_sessions").await,
        0
    );

    assert!(
        session::record_delivery(&db.store, &longest, "room_started", Some("bounds"), None)
            .await
            .expect("200 characters is the longest id")
    );
    assert!(
        session::record_delivery(&db.store, "EV_plain-1", "room_started", None, None)
            .await
            .expect("an ordinary id")
    );
    assert_eq!(
        session::record(&db.store, &joined_event("EV_joined", "ada"))
            .await
            .expect("record"),
        Recorded::Stored
    );
}

async fn a_listing_limit_is_at_least_one(db: Arc<TestDb>) {
    for (i, who) in ["ada", "bo", "cy"].iter().enumerate() {
        session::record(&db.store, &joined_event(&format!("EV_{i}"), who))
            .await
            .expect("record");
    }
    for bad in [0, -1, i64::MIN] {
        let err = session::list(&db.store, Some("bounds"), None, bad)
            .await
            .expect_err("a limit below 1");
        assert_eq!(err.kind(), ErrorKind::Invalid, "limit {bad}: {err}");
        assert!(err.to_string().contains("limit"), "{err}");
    }
    let one = session::list(&db.store, Some("bounds"), None, 1)
        .await
        .expect("limit 1");
    assert_eq!(one.len(), 1);
    let all = session::list(&db.store, None, None, 3)
        .await
        .expect("limit 3");
    assert_eq!(all.len(), 3);
}

fn webhook(json: serde_json::Value) -> livekit_protocol::WebhookEvent {
    parse_webhook(json.to_string().as_bytes()).expect("webhook")
}

async fn a_changed_body_under_a_seen_id_is_refused_and_times_come_from_the_event(db: Arc<TestDb>) {
    let store = &db.store;
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let started = |room: &str| {
        webhook(serde_json::json!({
            "event": "room_started", "id": "EV_started",
            "room": {"name": room, "sid": "RM_b"}, "createdAt": "1700000000",
        }))
    };
    let first = ingest_webhook(store, &bans, &started("bounds"))
        .await
        .expect("ingest");
    assert_eq!(first.recorded, "delivery_only");
    let again = ingest_webhook(store, &bans, &started("bounds"))
        .await
        .expect("redelivery");
    assert_eq!(again.recorded, "duplicate");
    let err = ingest_webhook(store, &bans, &started("elsewhere"))
        .await
        .expect_err("another body under a seen id");
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");

    // A session starts when the event says it happened, not when it arrived.
    let joined = webhook(serde_json::json!({
        "event": "participant_joined", "id": "EV_joined_at",
        "room": {"name": "bounds", "sid": "RM_b"},
        "participant": {"identity": "ada", "sid": "PA_a"}, "createdAt": "1700000000",
    }));
    ingest_webhook(store, &bans, &joined).await.expect("joined");
    let sessions = session::list(store, Some("bounds"), None, 10)
        .await
        .expect("list");
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0].identity, "ada");
    assert_eq!(sessions[0].joined_at.unix_ms(), 1_700_000_000_000);

    // The store's own answer for a repeated event id and for a leave without a stay.
    let ev = joined_event("EV_direct", "bo");
    assert_eq!(
        session::record(store, &ev).await.expect("record"),
        Recorded::Stored
    );
    assert_eq!(
        session::record(store, &ev).await.expect("again"),
        Recorded::Duplicate
    );
    let mut left = joined_event("EV_left_alone", "cy");
    left.kind = ParticipantEventKind::Left;
    assert_eq!(
        session::record(store, &left).await.expect("left"),
        Recorded::Unmatched
    );
}

async fn a_leave_closes_the_stay_and_an_undated_event_is_dated_on_arrival(db: Arc<TestDb>) {
    let store = &db.store;
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let event = |kind: &str, id: &str, created: Option<&str>| {
        let mut json = serde_json::json!({
            "event": kind, "id": id,
            "room": {"name": "stay", "sid": "RM_s"},
            "participant": {"identity": "ada", "sid": "PA_a"},
        });
        if let Some(at) = created {
            json["createdAt"] = at.into();
        }
        webhook(json)
    };
    ingest_webhook(
        store,
        &bans,
        &event("participant_joined", "EV_in", Some("1700000000")),
    )
    .await
    .expect("joined");
    let left = ingest_webhook(
        store,
        &bans,
        &event("participant_left", "EV_out", Some("1700000060")),
    )
    .await
    .expect("left");
    assert_eq!(left.recorded, "stored", "{left:?}");
    let stays = session::list(store, Some("stay"), None, 10)
        .await
        .expect("list");
    assert_eq!(stays.len(), 1);
    assert_eq!(
        stays[0].left_at.map(|t| t.unix_ms()),
        Some(1_700_000_060_000)
    );
    assert_eq!(stays[0].duration_ms, Some(60_000));
    // No display name in the event: none stored (not an empty one).
    assert_eq!(stays[0].name, None);
    // A join with the room's sid opens (or touches) that room session.
    assert_eq!(store_support::count(store, "room_sessions").await, 1);

    // A display name is kept as given.
    let named = {
        let mut e = event("participant_joined", "EV_named", Some("1700000100"));
        if let Some(p) = e.participant.as_mut() {
            p.identity = "cy".into();
            p.name = "Cy Young".into();
        }
        e
    };
    ingest_webhook(store, &bans, &named).await.expect("named");
    let stays = session::list(store, Some("stay"), None, 10)
        .await
        .expect("list");
    let cy = stays
        .iter()
        .find(|s| s.identity == "cy")
        .expect("cy's stay");
    assert_eq!(cy.name.as_deref(), Some("Cy Young"));

    // Without `createdAt` (or with 0) the event is dated when it arrives, not at the epoch.
    let before = Timestamp::now().unix_ms();
    ingest_webhook(
        store,
        &bans,
        &event("participant_joined", "EV_undated", None),
    )
    .await
    .expect("undated");
    ingest_webhook(store, &bans, &{
        let mut e = event("participant_joined", "EV_zero", Some("0"));
        if let Some(p) = e.participant.as_mut() {
            p.identity = "bo".into();
        }
        e
    })
    .await
    .expect("zero");
    let stays = session::list(store, Some("stay"), None, 10)
        .await
        .expect("list");
    let open: Vec<_> = stays.iter().filter(|s| s.left_at.is_none()).collect();
    assert_eq!(open.len(), 3, "{stays:?}");
    for s in open.iter().filter(|s| s.identity != "cy") {
        assert!(
            s.joined_at.unix_ms() >= before,
            "{s:?} dated before it arrived"
        );
    }
}
