//! Bans, on SQLite and PostgreSQL: refused tokens, duplicates, expiry, global bans and
//! removal of banned participants now and on their next join.

mod store_support;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use lkctl_core::ErrorKind;
use lkctl_core::ops::bans::{BanSubject, Bans, JoinVerdict, NewBan, ParticipantJoined};
use lkctl_core::ops::lobby::JoinOutcome;
use lkctl_core::store::testing::TestDb;
use store_support::lobby_stories::*;
use store_support::{RecordingModerator, age, count, fp, join, lobby};

contract!(
    bans_refuse_tokens_and_conflict_on_duplicates,
    ban_expiry_and_global_bans,
    banning_removes_present_participants,
    enforce_on_join_removes_banned_identities,
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
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let lobby = lobby(store);
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
    // Two hours pass for the ban (its start and end move back; nothing sleeps).
    age(
        store,
        "bans",
        &short.ban.id,
        &["created_at", "expires_at"],
        Duration::from_secs(7200),
    )
    .await;
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
