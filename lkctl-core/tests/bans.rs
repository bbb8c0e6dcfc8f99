//! Bans, on SQLite and PostgreSQL: refused tokens, duplicates, expiry, global bans and
//! removal of banned participants now and on their next join.

mod store_support;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use lkctl_core::ErrorKind;
use lkctl_core::ManualClock;
use lkctl_core::ops::bans::{BanSubject, Bans, JoinVerdict, NewBan, ParticipantJoined};
use lkctl_core::ops::lobby::JoinOutcome;
use lkctl_core::store::testing::TestDb;
use store_support::lobby_stories::*;
use store_support::{RecordingModerator, bans_at, count, fp, join, lobby, lobby_at};

contract!(
    bans_refuse_tokens_and_conflict_on_duplicates,
    ban_expiry_and_global_bans,
    banning_removes_present_participants,
    enforce_on_join_removes_banned_identities,
    ban_limits_and_participants_already_gone,
);

async fn bans_refuse_tokens_and_conflict_on_duplicates(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", false).await;
    let moderator = Arc::new(RecordingModerator::default());
    let bans = Bans::new(store.clone(), moderator.clone());
    let lobby = lobby(store);
    let outcome = bans
        .add(NewBan {
            ip: Some("198.51.100.1".into()),
            ..ban(Some("team"), BanSubject::Fingerprint(fp(400)))
        })
        .await
        .expect("ban");
    assert!(outcome.ban.active && outcome.ban.id.starts_with("BN_"));
    let err = lobby
        .request_join(join("team", "Troll", &fp(400)))
        .await
        .expect_err("banned");
    assert_eq!(err.kind(), ErrorKind::Denied);
    // Session bans apply too.
    bans.add(ban(Some("team"), BanSubject::Session(fp(401))))
        .await
        .expect("session ban");
    let req = lkctl_core::ops::lobby::JoinRequest {
        session_id: Some(fp(401)),
        ..join("team", "Troll", &fp(402))
    };
    assert_eq!(
        lobby.request_join(req).await.expect_err("banned").kind(),
        ErrorKind::Denied
    );

    let before = count(store, "bans").await;
    let err = bans
        .add(ban(Some("team"), BanSubject::Fingerprint(fp(400))))
        .await
        .expect_err("duplicate");
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");
    assert_eq!(
        err.to_string(),
        format!(
            "conflict: fingerprint `{}` is already banned in room `team`; remove that ban first to change it",
            fp(400)
        )
    );
    for bad in [
        ban(Some("team"), BanSubject::Fingerprint("x".into())),
        NewBan {
            ip: Some("nope".into()),
            ..ban(Some("team"), BanSubject::Fingerprint(fp(403)))
        },
        NewBan {
            duration: Some(Duration::ZERO),
            ..ban(Some("team"), BanSubject::Fingerprint(fp(403)))
        },
    ] {
        assert_eq!(
            bans.add(bad).await.expect_err("invalid").kind(),
            ErrorKind::Invalid
        );
    }
    assert_eq!(count(store, "bans").await, before);

    let listed = bans.list(Some("team"), false).await.expect("list");
    assert_eq!(listed.len(), 2);
    let lifted = bans.remove(&outcome.ban.id, "host").await.expect("remove");
    assert!(!lifted.active && lifted.lifted_at.is_some());
    assert_eq!(
        bans.remove(&outcome.ban.id, "host")
            .await
            .expect_err("again")
            .kind(),
        ErrorKind::Conflict
    );
    assert_eq!(
        bans.remove("BN_missing", "host")
            .await
            .expect_err("missing")
            .kind(),
        ErrorKind::NotFound
    );
    lobby
        .request_join(join("team", "Reformed", &fp(400)))
        .await
        .expect("allowed again");
    assert_eq!(bans.list(Some("team"), true).await.expect("all").len(), 2);
}

async fn ban_expiry_and_global_bans(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "a", false).await;
    open_room(store, "b", false).await;
    let clock = ManualClock::starting_now();
    let bans = bans_at(store, &clock);
    let lobby = lobby_at(store, &clock);
    bans.add(ban(None, BanSubject::Fingerprint(fp(500))))
        .await
        .expect("global");
    for room in ["a", "b"] {
        assert_eq!(
            lobby
                .request_join(join(room, "X", &fp(500)))
                .await
                .expect_err("banned")
                .kind(),
            ErrorKind::Denied
        );
    }
    let short = bans
        .add(NewBan {
            duration: Some(Duration::from_secs(3600)),
            ..ban(Some("a"), BanSubject::Fingerprint(fp(501)))
        })
        .await
        .expect("short ban");
    assert!(short.ban.expires_at.is_some());
    assert!(lobby.request_join(join("a", "Y", &fp(501))).await.is_err());
    lobby
        .request_join(join("b", "Y", &fp(501)))
        .await
        .expect("room ban only covers room a");
    // The ban holds to its last millisecond and ends at its expiry (the clock is moved;
    // nothing sleeps).
    clock.advance(Duration::from_secs(3600) - Duration::from_millis(1));
    assert!(lobby.request_join(join("a", "Y", &fp(501))).await.is_err());
    assert!(bans.get(&short.ban.id).await.expect("get").active);
    clock.advance(Duration::from_millis(1));
    lobby
        .request_join(join("a", "Y", &fp(501)))
        .await
        .expect("ban expired");
    assert!(!bans.get(&short.ban.id).await.expect("get").active);
    // After expiry the same subject can be banned again.
    bans.add(ban(Some("a"), BanSubject::Fingerprint(fp(501))))
        .await
        .expect("re-ban");
}

async fn banning_removes_present_participants(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", false).await;
    let moderator = Arc::new(RecordingModerator::default());
    let bans = Bans::new(store.clone(), moderator.clone());
    let lobby = lobby(store);
    let JoinOutcome::Admitted { entry, .. } = lobby
        .request_join(join("team", "Troll", &fp(600)))
        .await
        .expect("join")
    else {
        panic!("admitted")
    };
    let outcome = bans
        .add(ban(Some("team"), BanSubject::Fingerprint(fp(600))))
        .await
        .expect("ban");
    assert_eq!(outcome.removed.len(), 1);
    assert_eq!(outcome.removed[0].identity, entry.identity);
    assert_eq!(
        moderator.removed.lock().expect("lock").clone(),
        [("team".to_string(), entry.identity.clone())]
    );
    bans.add(ban(Some("team"), BanSubject::Identity("bob".into())))
        .await
        .expect("identity ban");
    assert!(
        moderator
            .removed
            .lock()
            .expect("lock")
            .contains(&("team".into(), "bob".into()))
    );

    // By session id, in one room and in all rooms; a guest only waiting is not removed.
    open_room(store, "other", false).await;
    let session = "sess-0000000000000001".to_string();
    let mut admitted = Vec::new();
    for (room, n) in [("team", 601), ("other", 602)] {
        let JoinOutcome::Admitted { entry, .. } = lobby
            .request_join(lkctl_core::ops::lobby::JoinRequest {
                session_id: Some(session.clone()),
                ..join(room, "Sid", &fp(n))
            })
            .await
            .expect("join")
        else {
            panic!("admitted")
        };
        admitted.push((room.to_string(), entry.identity));
    }
    let removed = |o: &lkctl_core::ops::bans::BanOutcome| {
        o.removed
            .iter()
            .map(|r| (r.room.clone(), r.identity.clone()))
            .collect::<Vec<_>>()
    };
    let in_team = bans
        .add(ban(Some("team"), BanSubject::Session(session.clone())))
        .await
        .expect("session ban");
    assert_eq!(removed(&in_team), [admitted[0].clone()]);
    let everywhere = bans
        .add(ban(None, BanSubject::Session(session.clone())))
        .await
        .expect("global session ban");
    let mut expected = admitted.clone();
    expected.sort();
    assert_eq!(removed(&everywhere), expected);
    let global_fp = bans
        .add(ban(None, BanSubject::Fingerprint(fp(602))))
        .await
        .expect("global fingerprint ban");
    assert_eq!(removed(&global_fp), [admitted[1].clone()]);
}

async fn enforce_on_join_removes_banned_identities(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", false).await;
    let moderator = Arc::new(RecordingModerator::default());
    let bans = Bans::new(store.clone(), moderator.clone());
    let lobby = lobby(store);
    let JoinOutcome::Admitted { entry, .. } = lobby
        .request_join(join("team", "Sneaky", &fp(700)))
        .await
        .expect("join")
    else {
        panic!("admitted")
    };
    let joined = |identity: &str| ParticipantJoined {
        room: "team".into(),
        identity: identity.into(),
        attributes: BTreeMap::new(),
    };
    assert_eq!(
        bans.enforce_on_join(&joined(&entry.identity))
            .await
            .expect("check"),
        JoinVerdict::Allowed
    );
    // Banned by fingerprint after the token was issued: the old token still works in LiveKit,
    // so the join webhook must remove the identity.
    let b = bans
        .add(ban(Some("team"), BanSubject::Fingerprint(fp(700))))
        .await
        .expect("ban");
    moderator.removed.lock().expect("lock").clear();
    let verdict = bans
        .enforce_on_join(&joined(&entry.identity))
        .await
        .expect("check");
    assert!(
        matches!(&verdict, JoinVerdict::Removed { ban } if ban.id == b.ban.id),
        "{verdict:?}"
    );
    assert_eq!(
        moderator.removed.lock().expect("lock").clone(),
        [("team".to_string(), entry.identity.clone())]
    );
    // Identity bans and fingerprints carried in attributes work without a lobby entry.
    bans.add(ban(Some("team"), BanSubject::Identity("eve".into())))
        .await
        .expect("ban eve");
    assert!(matches!(
        bans.enforce_on_join(&joined("eve")).await.expect("check"),
        JoinVerdict::Removed { .. }
    ));
    let mut with_attr = joined("mallory");
    with_attr
        .attributes
        .insert("lkctl.fingerprint".into(), fp(700));
    assert!(matches!(
        bans.enforce_on_join(&with_attr).await.expect("check"),
        JoinVerdict::Removed { .. }
    ));
    assert_eq!(
        bans.enforce_on_join(&joined("alice")).await.expect("check"),
        JoinVerdict::Allowed
    );
}

/// Answers removals as LiveKit would for people who already left (NotFound) or when it is
/// unreachable, and records the rest.
#[derive(Default)]
struct PickyModerator {
    gone: Vec<String>,
    unreachable: Vec<String>,
    removed: std::sync::Mutex<Vec<String>>,
}

#[async_trait::async_trait]
impl lkctl_core::ops::moderation::Moderator for PickyModerator {
    async fn remove_participant(&self, _room: &str, identity: &str) -> lkctl_core::Result<()> {
        if self.gone.iter().any(|g| g == identity) {
            return Err(lkctl_core::Error::NotFound {
                what: "participant",
                id: identity.into(),
            });
        }
        if self.unreachable.iter().any(|u| u == identity) {
            return Err(lkctl_core::Error::Internal("LiveKit unreachable".into()));
        }
        self.removed.lock().expect("lock").push(identity.into());
        Ok(())
    }
}

/// The edges of a ban: the shortest duration and the longest reason accepted, subjects
/// read back as given, and participants who already left (not an error) or cannot be
/// removed (reported, or an error on join).
async fn ban_limits_and_participants_already_gone(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "edge", false).await;
    let lobby = lobby(store);
    let mut identities = Vec::new();
    for n in 800..803 {
        let JoinOutcome::Admitted { entry, .. } = lobby
            .request_join(lkctl_core::ops::lobby::JoinRequest {
                session_id: Some("sess-edge-00000000001".into()),
                ..join("edge", "P", &fp(n))
            })
            .await
            .expect("join")
        else {
            panic!("admitted")
        };
        identities.push(entry.identity);
    }
    let moderator = Arc::new(PickyModerator {
        gone: vec![identities[0].clone()],
        unreachable: vec![identities[1].clone()],
        ..Default::default()
    });
    // A manual clock: the one-second ban must not run out while the test reads it back.
    let clock = ManualClock::starting_now();
    let bans = Bans::new(store.clone(), moderator.clone()).with_clock(Arc::new(clock.clone()));

    // One second is the shortest ban; a reason may have 500 characters, not 501.
    let short = NewBan {
        duration: Some(Duration::from_millis(999)),
        ..ban(Some("edge"), BanSubject::Identity("x1".into()))
    };
    assert_eq!(
        bans.add(short).await.expect_err("too short").kind(),
        ErrorKind::Invalid
    );
    let long = NewBan {
        reason: Some("r".repeat(501)),
        ..ban(Some("edge"), BanSubject::Identity("x1".into()))
    };
    assert_eq!(
        bans.add(long).await.expect_err("too long").kind(),
        ErrorKind::Invalid
    );
    let edge = bans
        .add(NewBan {
            duration: Some(Duration::from_secs(1)),
            reason: Some("r".repeat(500)),
            ..ban(Some("edge"), BanSubject::Identity("x1".into()))
        })
        .await
        .expect("one second, 500 characters");
    assert_eq!(
        edge.ban.expires_at,
        Some(edge.ban.created_at.plus(Duration::from_secs(1)))
    );

    // A session ban covers all three: the one already gone is skipped silently, the one
    // LiveKit could not remove is reported with the error, the third is removed.
    let out = bans
        .add(ban(
            Some("edge"),
            BanSubject::Session("sess-edge-00000000001".into()),
        ))
        .await
        .expect("session ban");
    let mut report: Vec<_> = out
        .removed
        .iter()
        .map(|r| (r.identity.clone(), r.error.is_some()))
        .collect();
    report.sort();
    let mut expected = vec![
        (identities[1].clone(), true),
        (identities[2].clone(), false),
    ];
    expected.sort();
    assert_eq!(report, expected);
    // (The identity ban on `x1` removed that identity too: identity bans always try.)
    assert_eq!(
        moderator.removed.lock().expect("lock").clone(),
        ["x1".to_string(), identities[2].clone()]
    );
    // Subjects read back as they were given.
    let listed = bans.list(Some("edge"), false).await.expect("list");
    let mut subjects: Vec<_> = listed.iter().map(|b| b.subject.clone()).collect();
    subjects.sort_by_key(|s| format!("{s:?}"));
    assert_eq!(
        subjects,
        [
            BanSubject::Identity("x1".into()),
            BanSubject::Session("sess-edge-00000000001".into()),
        ]
    );

    // On join: a banned participant already gone is still "removed" (the ban applied); one
    // LiveKit cannot remove is an error, so the webhook is retried.
    let joined = |identity: &str, attributes: BTreeMap<String, String>| ParticipantJoined {
        room: "edge".into(),
        identity: identity.into(),
        attributes,
    };
    assert!(matches!(
        bans.enforce_on_join(&joined(&identities[0], BTreeMap::new()))
            .await
            .expect("gone"),
        JoinVerdict::Removed { .. }
    ));
    assert!(
        bans.enforce_on_join(&joined(&identities[1], BTreeMap::new()))
            .await
            .is_err()
    );
    // A session carried only in the attributes (no fingerprint, no lobby entry) is enough.
    let session_only: BTreeMap<String, String> = [(
        "lkctl.session".to_string(),
        "sess-edge-00000000001".to_string(),
    )]
    .into();
    let verdict = bans
        .enforce_on_join(&joined("newcomer", session_only))
        .await
        .expect("session attribute");
    assert!(
        matches!(&verdict, JoinVerdict::Removed { ban } if ban.subject == BanSubject::Session("sess-edge-00000000001".into())),
        "{verdict:?}"
    );
}
