//! Webhook retries of a partly applied delivery (issue 15).
//!
//! The semantics: ban enforcement runs first (issue 14: nothing may stand between a banned
//! participant and its removal), outside any write transaction because it calls LiveKit;
//! then the delivery is recorded (history row and delivery id) in its own transaction.
//! Enforcement is re-evaluated on *every* delivery, fresh or duplicate: a delivery whose
//! enforcement failed makes the ingest fail before anything is recorded (the receiver
//! answers 5xx, LiveKit redelivers), and the redelivery applies it all; a ban added after a
//! delivery was recorded is enforced by the next redelivery although its history part is a
//! `duplicate`. Nothing is written twice.

mod store_support;

use std::collections::VecDeque;
use std::sync::{Arc, Mutex};

use lkctl_core::ops::bans::{BanSubject, Bans, JoinVerdict, NewBan};
use lkctl_core::ops::lobby::JoinOutcome;
use lkctl_core::ops::moderation::Moderator;
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::webhooks::{ingest_webhook, parse_webhook};
use lkctl_core::store::testing::TestDb;
use lkctl_core::{Error, ErrorKind, Result};
use store_support::{RecordingModerator, count, fp, join, lobby};

contract!(
    a_failed_enforcement_is_retried_on_redelivery,
    every_redelivery_reenforces_a_ban_added_meanwhile,
    a_banned_participant_seen_in_any_presence_event_is_removed,
);

/// Answers each removal with the next scripted result (`Ok` once the script runs out) and
/// records every attempt.
#[derive(Default)]
struct ScriptedModerator {
    script: Mutex<VecDeque<Result<()>>>,
    attempts: Mutex<Vec<(String, String)>>,
}

impl ScriptedModerator {
    fn failing_with(errors: Vec<Error>) -> Self {
        Self {
            script: Mutex::new(errors.into_iter().map(Err).collect()),
            attempts: Mutex::default(),
        }
    }

    fn attempts(&self) -> usize {
        self.attempts.lock().expect("lock").len()
    }
}

#[async_trait::async_trait]
impl Moderator for ScriptedModerator {
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()> {
        self.attempts
            .lock()
            .expect("lock")
            .push((room.into(), identity.into()));
        self.script
            .lock()
            .expect("lock")
            .pop_front()
            .unwrap_or(Ok(()))
    }
}

fn unreachable() -> Error {
    Error::Unavailable {
        url: "http://127.0.0.1:1".into(),
        reason: "connection refused".into(),
        source: None,
    }
}

fn joined(id: &str, room: &str, identity: &str) -> livekit_protocol::WebhookEvent {
    parse_webhook(
        serde_json::json!({
            "event": "participant_joined",
            "id": id,
            "room": {"name": room, "sid": "RM_1"},
            "participant": {"identity": identity, "sid": "PA_1"},
            "createdAt": "1700000000",
        })
        .to_string()
        .as_bytes(),
    )
    .expect("webhook")
}

async fn admitted_identity(store: &lkctl_core::store::Store, room: &str, n: u32) -> String {
    policy::set(
        store,
        room,
        PolicyUpdate {
            hosts: Some(vec!["host".into()]),
            lobby: Some(false),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
    match lobby(store)
        .request_join(join(room, "Guest", &fp(n)))
        .await
        .expect("join")
    {
        JoinOutcome::Admitted { entry, .. } => entry.identity,
        other => panic!("lobby off admits at once, got {other:?}"),
    }
}

/// Bans added by a host: their removals go to a recorder, not to the moderator under test.
fn host_bans(store: &lkctl_core::store::Store) -> Bans {
    Bans::new(store.clone(), Arc::new(RecordingModerator::default()))
}

fn ban(room: &str, n: u32) -> NewBan {
    NewBan {
        room: Some(room.into()),
        subject: BanSubject::Fingerprint(fp(n)),
        ip: None,
        reason: None,
        duration: None,
        by: "host".into(),
    }
}

async fn a_failed_enforcement_is_retried_on_redelivery(db: Arc<TestDb>) {
    let store = &db.store;
    let identity = admitted_identity(store, "team", 1).await;
    let moderator = Arc::new(ScriptedModerator::failing_with(vec![unreachable()]));
    let bans = Bans::new(store.clone(), moderator.clone());
    // Banned by a host elsewhere (its own removal of present participants is not under test).
    host_bans(store).add(ban("team", 1)).await.expect("ban");
    let event = joined("EV_retry", "team", &identity);

    // LiveKit is unreachable: the ingest fails (so the receiver asks for a redelivery).
    // Bans come first, so nothing was recorded: the delivery does not look done.
    let err = ingest_webhook(store, &bans, &event)
        .await
        .expect_err("enforcement failed, the delivery must not look done");
    assert_eq!(err.kind(), ErrorKind::Unavailable, "{err}");
    assert_eq!(moderator.attempts(), 1);
    assert_eq!(count(store, "participant_sessions").await, 0);
    assert_eq!(count(store, "webhook_deliveries").await, 0);
    let audits = count(store, "audit_log").await;

    // The redelivery applies it all: the removal, then the history row.
    let outcome = ingest_webhook(store, &bans, &event)
        .await
        .expect("redelivery applies what the first delivery could not");
    assert_eq!(outcome.recorded, "stored");
    assert!(
        matches!(outcome.verdict, Some(JoinVerdict::Removed { .. })),
        "{outcome:?}"
    );
    assert_eq!(moderator.attempts(), 2, "the retry called LiveKit again");
    assert_eq!(
        moderator.attempts.lock().expect("lock")[1],
        ("team".to_string(), identity.clone())
    );
    assert_eq!(
        count(store, "participant_sessions").await,
        1,
        "no second session"
    );
    assert_eq!(count(store, "webhook_deliveries").await, 1);
    assert_eq!(
        count(store, "audit_log").await,
        audits + 1,
        "one ban.enforce row"
    );
}

async fn every_redelivery_reenforces_a_ban_added_meanwhile(db: Arc<TestDb>) {
    let store = &db.store;
    let identity = admitted_identity(store, "team", 2).await;
    // LiveKit answers the first removal with not found (the participant already left), which
    // counts as removed; the second succeeds.
    let moderator = Arc::new(ScriptedModerator::failing_with(vec![Error::NotFound {
        what: "participant",
        id: identity.clone(),
    }]));
    let bans = Bans::new(store.clone(), moderator.clone());
    let event = joined("EV_later", "team", &identity);

    let first = ingest_webhook(store, &bans, &event).await.expect("ingest");
    assert_eq!(first.recorded, "stored");
    assert_eq!(first.verdict, Some(JoinVerdict::Allowed));
    assert_eq!(moderator.attempts(), 0);

    host_bans(store).add(ban("team", 2)).await.expect("ban");
    for _ in 0..2 {
        let again = ingest_webhook(store, &bans, &event)
            .await
            .expect("redelivery");
        assert_eq!(again.recorded, "duplicate");
        assert!(
            matches!(again.verdict, Some(JoinVerdict::Removed { .. })),
            "{again:?}"
        );
    }
    assert_eq!(moderator.attempts(), 2);
    assert_eq!(count(store, "participant_sessions").await, 1);
}

/// A webhook event of kind `event` about `identity` in `room`, with a track.
fn participant_event(
    event: &str,
    id: &str,
    room: &str,
    identity: &str,
) -> livekit_protocol::WebhookEvent {
    parse_webhook(
        serde_json::json!({
            "event": event,
            "id": id,
            "room": {"name": room, "sid": "RM_1"},
            "participant": {"identity": identity, "sid": "PA_1"},
            "track": {"sid": "TR_1", "type": "AUDIO"},
            "createdAt": "1700000000",
        })
        .to_string()
        .as_bytes(),
    )
    .expect("webhook")
}

/// A banned identity whose `participant_joined` never came (lost, or it joined before the
/// ban) is removed when a later event shows it in the room: `track_published` and
/// `track_unpublished`, also with a control character slipped into its identity. Events that
/// show it gone, and events of people not banned, remove no one.
async fn a_banned_participant_seen_in_any_presence_event_is_removed(db: Arc<TestDb>) {
    let store = &db.store;
    let moderator = Arc::new(RecordingModerator::default());
    let bans = Bans::new(store.clone(), moderator.clone());
    host_bans(store)
        .add(NewBan {
            room: Some("team".into()),
            subject: BanSubject::Identity("mallory".into()),
            ip: None,
            reason: None,
            duration: None,
            by: "host".into(),
        })
        .await
        .expect("ban");
    let removed = || moderator.removed.lock().expect("lock").clone();

    for (i, (event, identity)) in [
        ("track_published", "mallory"),
        ("track_unpublished", "mallory"),
        ("track_published", "mal\tlory"),
        ("track_published", "mallory\u{0}"),
    ]
    .into_iter()
    .enumerate()
    {
        let before = removed().len();
        let out = ingest_webhook(
            store,
            &bans,
            &participant_event(event, &format!("EV_p{i}"), "team", identity),
        )
        .await
        .expect("ingest");
        assert!(
            matches!(out.verdict, Some(JoinVerdict::Removed { .. })),
            "{event} {identity:?}: {out:?}"
        );
        assert_eq!(out.identity.as_deref(), Some(identity));
        assert_eq!(
            removed()[before..],
            [("team".to_string(), identity.to_string())],
            "{event} {identity:?}"
        );
    }
    // Someone not banned publishing: allowed, nobody removed.
    let before = removed().len();
    let out = ingest_webhook(
        store,
        &bans,
        &participant_event("track_published", "EV_ok", "team", "alice"),
    )
    .await
    .expect("ingest");
    assert_eq!(out.verdict, Some(JoinVerdict::Allowed));
    // The ban is per room.
    let out = ingest_webhook(
        store,
        &bans,
        &participant_event("track_published", "EV_other", "other", "mallory"),
    )
    .await
    .expect("ingest");
    assert_eq!(out.verdict, Some(JoinVerdict::Allowed));
    // Leaving shows the participant gone: no removal, no verdict.
    for (i, event) in ["participant_left", "participant_connection_aborted"]
        .into_iter()
        .enumerate()
    {
        let out = ingest_webhook(
            store,
            &bans,
            &participant_event(event, &format!("EV_gone{i}"), "team", "mallory"),
        )
        .await
        .expect("ingest");
        assert_eq!(out.verdict, None, "{event}: {out:?}");
    }
    assert_eq!(removed().len(), before, "{:?}", removed());
}
