//! Lobby and bans contract: every story on SQLite and PostgreSQL.

mod store_support;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use lkctl_core::ErrorKind;
use lkctl_core::ops::bans::{BanSubject, Bans, JoinVerdict, NewBan, ParticipantJoined};
use lkctl_core::ops::lobby::{EntryEvent, EntryStatus, JoinOutcome};
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate};
use lkctl_core::store::testing::TestDb;
use lkctl_core::store::{EventKind, Store};
use store_support::{RecordingModerator, age, count, fp, join, lobby, verify};

contract!(
    lobby_off_admits_at_once_with_a_scoped_token,
    lobby_on_waits_for_approval_and_delivers_token_to_guest_only,
    webinar_guests_cannot_publish,
    rejection_and_expiry_reach_the_guest,
    bad_join_requests_leave_no_rows,
    deciding_twice_is_a_conflict,
    concurrent_deciders_end_in_one_outcome,
    approve_all_and_list_by_status,
    max_guests_is_enforced,
    bans_refuse_tokens_and_conflict_on_duplicates,
    ban_expiry_and_global_bans,
    banning_removes_present_participants,
    enforce_on_join_removes_banned_identities,
    approval_in_one_store_reaches_a_guest_of_another,
    concurrent_approvals_respect_max_guests,
    overdue_entries_expire_and_cannot_be_approved,
    a_host_joining_admits_nobody,
    lookups_have_indexes,
);

async fn open_room(store: &Store, room: &str, lobby_on: bool) {
    policy::set(
        store,
        room,
        PolicyUpdate {
            hosts: Some(vec!["host".into()]),
            lobby: Some(lobby_on),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
}

/// A pending entry and the claim secret only its guest received.
#[derive(Debug)]
struct Pending {
    entry: lkctl_core::ops::lobby::LobbyEntry,
    claim: String,
}

impl std::ops::Deref for Pending {
    type Target = lkctl_core::ops::lobby::LobbyEntry;
    fn deref(&self) -> &Self::Target {
        &self.entry
    }
}

fn waiting(outcome: JoinOutcome) -> Pending {
    match outcome {
        JoinOutcome::Waiting { entry, claim } => Pending { entry, claim },
        other => panic!("expected a pending entry, got {other:?}"),
    }
}

async fn lobby_off_admits_at_once_with_a_scoped_token(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "open", false).await;
    let JoinOutcome::Admitted { entry, token } = lobby(store)
        .request_join(join("open", "Gus", &fp(1)))
        .await
        .expect("join")
    else {
        panic!("lobby off admits at once")
    };
    assert_eq!(entry.status, EntryStatus::Admitted);
    let claims = verify(&token);
    assert_eq!(claims.sub, entry.identity);
    assert_eq!(claims.name, "Gus");
    assert_eq!(claims.video.room, "open");
    assert!(claims.video.room_join && claims.video.can_publish());
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .expect("clock")
        .as_secs();
    let ttl = claims.exp as i64 - now as i64;
    assert!((1..=600).contains(&ttl), "short-lived: {ttl}s");
    // The real signer in core produces an equivalent token.
    let issuer = lkctl_core::ops::lobby::CredentialsIssuer::new(
        store_support::API_KEY,
        lkctl_core::Secret::new(store_support::API_SECRET),
    );
    let core_lobby = lkctl_core::ops::lobby::Lobby::new(store.clone(), Arc::new(issuer));
    let JoinOutcome::Admitted { token, .. } = core_lobby
        .request_join(join("open", "Hal", &fp(2)))
        .await
        .expect("join")
    else {
        panic!("admitted")
    };
    assert_eq!(verify(&token).video.room, "open");
    assert!(
        store
            .audit_log(Some("open"), 10)
            .await
            .expect("audit")
            .iter()
            .any(|a| a.action == "lobby.admit")
    );
}

async fn lobby_on_waits_for_approval_and_delivers_token_to_guest_only(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", true).await;
    let lobby = lobby(store);
    let mut host_view = lobby.subscribe_room("team").await.expect("room stream");
    let entry = waiting(
        lobby
            .request_join(join("team", "Gwen", &fp(3)))
            .await
            .expect("join"),
    );
    assert_eq!(entry.status, EntryStatus::Pending);
    assert!(entry.id.starts_with("LB_"));

    let requested = host_view.next().await.expect("event");
    assert_eq!(
        (requested.kind, requested.entry_id.as_str()),
        (EventKind::Requested, entry.id.as_str())
    );

    // Nobody but the guest, holding the claim, may follow the entry: not another
    // claim, and not the fingerprint, which hosts see in the lobby list.
    for wrong in [fp(99), fp(3), format!("CL_{}", "x".repeat(43))] {
        let err = lobby
            .subscribe_entry("team", &entry.id, &wrong)
            .await
            .expect_err("wrong claim");
        assert_eq!(err.kind(), ErrorKind::NotFound);
    }
    assert!(entry.claim.starts_with("CL_"), "never starts with `-`");
    assert_eq!(
        entry.claim.len(),
        46,
        "CL_ and 32 random bytes in base64url"
    );
    let mut guest = lobby
        .subscribe_entry("team", &entry.id, &entry.claim)
        .await
        .expect("entry stream");

    let decided = lobby
        .approve("team", &entry.id, "host")
        .await
        .expect("approve");
    assert_eq!(decided.status, EntryStatus::Approved);
    assert_eq!(decided.decided_by.as_deref(), Some("host"));

    let approved = host_view.next().await.expect("event");
    assert_eq!(approved.kind, EventKind::Approved);
    let host_json = serde_json::to_string(&approved).expect("json");
    assert!(
        !host_json.contains("eyJ"),
        "host stream must not carry tokens: {host_json}"
    );

    let Some(EntryEvent::Approved {
        token, identity, ..
    }) = guest.next().await.expect("guest event")
    else {
        panic!("guest sees the approval")
    };
    assert_eq!(identity, entry.identity);
    let claims = verify(&token);
    assert_eq!(
        (claims.sub.as_str(), claims.video.room.as_str()),
        (entry.identity.as_str(), "team")
    );
    assert_eq!(guest.next().await.expect("done"), None);

    // A late subscriber (reconnect) gets the decision at once.
    let mut again = lobby
        .subscribe_entry("team", &entry.id, &entry.claim)
        .await
        .expect("resubscribe");
    assert!(matches!(
        again.next().await.expect("event"),
        Some(EntryEvent::Approved { .. })
    ));
    let audit = store.audit_log(Some("team"), 10).await.expect("audit");
    assert!(
        audit
            .iter()
            .any(|a| a.action == "lobby.approve" && a.actor == "host")
    );
}

async fn webinar_guests_cannot_publish(db: Arc<TestDb>) {
    let store = &db.store;
    policy::set(
        store,
        "talk",
        PolicyUpdate {
            lobby: Some(true),
            webinar: Some(true),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
    let lobby = lobby(store);
    let entry = waiting(
        lobby
            .request_join(join("talk", "Viewer", &fp(4)))
            .await
            .expect("join"),
    );
    let mut guest = lobby
        .subscribe_entry("talk", &entry.id, &entry.claim)
        .await
        .expect("sub");
    lobby
        .approve("talk", &entry.id, "host")
        .await
        .expect("approve");
    let Some(EntryEvent::Approved { token, .. }) = guest.next().await.expect("event") else {
        panic!("approved")
    };
    let claims = verify(&token);
    assert!(!claims.video.can_publish());
    assert!(claims.video.can_subscribe() && claims.video.can_publish_data());
}

async fn rejection_and_expiry_reach_the_guest(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", true).await;
    let lobby = lobby(store);
    let a = waiting(
        lobby
            .request_join(join("team", "A", &fp(5)))
            .await
            .expect("join"),
    );
    let mut guest_a = lobby
        .subscribe_entry("team", &a.id, &a.claim)
        .await
        .expect("sub");
    let rejected = lobby
        .reject("team", &a.id, "host", Some("not on the list"))
        .await
        .expect("reject");
    assert_eq!(rejected.reason.as_deref(), Some("not on the list"));
    assert_eq!(
        guest_a.next().await.expect("event"),
        Some(EntryEvent::Rejected {
            reason: Some("not on the list".into())
        })
    );

    let b = waiting(
        lobby
            .request_join(join("team", "B", &fp(6)))
            .await
            .expect("join"),
    );
    let mut guest_b = lobby
        .subscribe_entry("team", &b.id, &b.claim)
        .await
        .expect("sub");
    assert!(
        lobby
            .expire_pending(Duration::from_secs(3600))
            .await
            .expect("none old")
            .is_empty()
    );
    // Two hours pass for B (time is data: no sleeping).
    age(
        store,
        "lobby_entries",
        &b.id,
        &["created_at"],
        Duration::from_secs(7200),
    )
    .await;
    let expired = lobby
        .expire_pending(Duration::from_secs(3600))
        .await
        .expect("expire");
    assert_eq!(
        expired.iter().map(|e| e.id.as_str()).collect::<Vec<_>>(),
        [b.id.as_str()]
    );
    assert_eq!(
        guest_b.next().await.expect("event"),
        Some(EntryEvent::Expired)
    );
    assert_eq!(
        lobby
            .approve("team", &b.id, "host")
            .await
            .expect_err("expired")
            .kind(),
        ErrorKind::Conflict
    );
}

async fn bad_join_requests_leave_no_rows(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", true).await;
    policy::set(
        store,
        "pinned",
        PolicyUpdate {
            pin: Some(PinChange::Set("1234".into())),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("pin room");
    let lobby = lobby(store);
    let cases = [
        (join("nope", "A", &fp(7)), ErrorKind::NotFound),
        (join("team", "A", "short"), ErrorKind::Invalid),
        (
            join("team", "A", "has spaces in it, not ok"),
            ErrorKind::Invalid,
        ),
        (join("team", "", &fp(7)), ErrorKind::Invalid),
        (
            lkctl_core::ops::lobby::JoinRequest {
                ip: Some("not-an-ip".into()),
                ..join("team", "A", &fp(7))
            },
            ErrorKind::Invalid,
        ),
        (
            lkctl_core::ops::lobby::JoinRequest {
                pin: Some("9999".into()),
                ..join("pinned", "A", &fp(7))
            },
            ErrorKind::Denied,
        ),
        (join("pinned", "A", &fp(7)), ErrorKind::Invalid),
    ];
    for (req, kind) in cases {
        let dbg = format!("{req:?}");
        assert!(!dbg.contains("9999"), "PIN must not appear in Debug: {dbg}");
        let err = lobby.request_join(req).await.expect_err("refused");
        assert_eq!(err.kind(), kind, "{dbg}: {err}");
    }
    assert_eq!(count(store, "lobby_entries").await, 0);
    let ok = lkctl_core::ops::lobby::JoinRequest {
        pin: Some("1234".into()),
        ..join("pinned", "A", &fp(7))
    };
    assert!(matches!(
        lobby.request_join(ok).await.expect("right PIN"),
        JoinOutcome::Admitted { .. }
    ));
}

async fn deciding_twice_is_a_conflict(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", true).await;
    let lobby = lobby(store);
    let e = waiting(
        lobby
            .request_join(join("team", "A", &fp(8)))
            .await
            .expect("join"),
    );
    lobby.approve("team", &e.id, "host").await.expect("approve");
    let err = lobby
        .reject("team", &e.id, "host2", None)
        .await
        .expect_err("already");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(
        err.to_string().contains("already approved by host"),
        "{err}"
    );
    assert_eq!(
        lobby
            .approve("team", "LB_missing", "host")
            .await
            .expect_err("x")
            .kind(),
        ErrorKind::NotFound
    );
    assert_eq!(
        lobby
            .approve("other", &e.id, "host")
            .await
            .expect_err("x")
            .kind(),
        ErrorKind::NotFound
    );
}

async fn concurrent_deciders_end_in_one_outcome(db: Arc<TestDb>) {
    let store = db.store.clone();
    open_room(&store, "race", true).await;
    let lobby = lobby(&store);
    let mut entries = Vec::new();
    for i in 0..8 {
        entries.push(waiting(
            lobby
                .request_join(join("race", "G", &fp(100 + i)))
                .await
                .expect("join"),
        ));
    }
    let mut handles = Vec::new();
    for e in &entries {
        let (l1, l2) = (lobby.clone(), lobby.clone());
        let (id1, id2) = (e.id.clone(), e.id.clone());
        handles.push(tokio::spawn(async move {
            let a = tokio::spawn(async move { l1.approve("race", &id1, "host-a").await });
            let b =
                tokio::spawn(async move { l2.reject("race", &id2, "host-b", Some("race")).await });
            (a.await.expect("a"), b.await.expect("b"))
        }));
    }
    for (h, e) in handles.into_iter().zip(&entries) {
        let (a, b) = h.await.expect("pair");
        assert!(
            a.is_ok() ^ b.is_ok(),
            "exactly one decider wins: {a:?} / {b:?}"
        );
        let loser = a.as_ref().err().or(b.as_ref().err()).expect("one error");
        assert_eq!(loser.kind(), ErrorKind::Conflict, "{loser}");
        let stored = lobby.get("race", &e.id).await.expect("get");
        let expected = if a.is_ok() {
            EntryStatus::Approved
        } else {
            EntryStatus::Rejected
        };
        assert_eq!(stored.status, expected);
    }
    // One audit row per entry, none for the losers.
    let decisions = store
        .audit_log(Some("race"), 100)
        .await
        .expect("audit")
        .into_iter()
        .filter(|a| a.action == "lobby.approve" || a.action == "lobby.reject")
        .count();
    assert_eq!(decisions, entries.len());
}

async fn approve_all_and_list_by_status(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "team", true).await;
    let lobby = lobby(store);
    for i in 0..3 {
        lobby
            .request_join(join("team", "G", &fp(200 + i)))
            .await
            .expect("join");
    }
    let first = lobby
        .list("team", Some(EntryStatus::Pending))
        .await
        .expect("list");
    assert_eq!(first.len(), 3);
    lobby
        .reject("team", &first[0].id, "host", None)
        .await
        .expect("reject one");
    let approved = lobby
        .approve_all("team", "host")
        .await
        .expect("approve all");
    assert_eq!(approved.len(), 2);
    assert!(
        lobby
            .list("team", Some(EntryStatus::Pending))
            .await
            .expect("list")
            .is_empty()
    );
    assert_eq!(
        lobby
            .list("team", Some(EntryStatus::Approved))
            .await
            .expect("list")
            .len(),
        2
    );
    assert_eq!(lobby.list("team", None).await.expect("list").len(), 3);
}

async fn max_guests_is_enforced(db: Arc<TestDb>) {
    let store = &db.store;
    policy::set(
        store,
        "small",
        PolicyUpdate {
            lobby: Some(true),
            max_guests: Some(Some(1)),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
    let lobby = lobby(store);
    let a = waiting(
        lobby
            .request_join(join("small", "A", &fp(300)))
            .await
            .expect("join"),
    );
    let b = waiting(
        lobby
            .request_join(join("small", "B", &fp(301)))
            .await
            .expect("join"),
    );
    lobby
        .approve("small", &a.id, "host")
        .await
        .expect("first fits");
    let err = lobby
        .approve("small", &b.id, "host")
        .await
        .expect_err("full");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert_eq!(
        lobby.get("small", &b.id).await.expect("get").status,
        EntryStatus::Pending
    );
}

fn ban(room: Option<&str>, subject: BanSubject) -> NewBan {
    NewBan {
        room: room.map(Into::into),
        subject,
        ip: None,
        reason: Some("spam".into()),
        duration: None,
        by: "host".into(),
    }
}

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

async fn approval_in_one_store_reaches_a_guest_of_another(db: Arc<TestDb>) {
    // Two stores on one database stand for two `lkctl serve` processes.
    let a = db.store.clone();
    let b = Store::open(Some(&db.url)).await.expect("second store");
    open_room(&a, "team", true).await;
    let lobby_a = lobby(&a);
    let lobby_b = lobby(&b);
    let mut host_on_b = lobby_b
        .subscribe_room("team")
        .await
        .expect("room stream on b");
    let entry = waiting(
        lobby_a
            .request_join(join("team", "Guest", &fp(800)))
            .await
            .expect("join on a"),
    );
    let mut guest_on_a = lobby_a
        .subscribe_entry("team", &entry.id, &entry.claim)
        .await
        .expect("sub on a");

    if a.kind() == lkctl_core::store::BackendKind::Postgres {
        let seen = tokio::time::timeout(Duration::from_secs(5), host_on_b.next())
            .await
            .expect("in time");
        assert_eq!(seen.map(|e| e.kind), Some(EventKind::Requested));
    }
    lobby_b
        .approve("team", &entry.id, "host")
        .await
        .expect("approve on b");
    if a.kind() == lkctl_core::store::BackendKind::Postgres {
        let ev = tokio::time::timeout(Duration::from_secs(5), guest_on_a.next())
            .await
            .expect("in time");
        let Some(EntryEvent::Approved { token, .. }) = ev.expect("event") else {
            panic!("approved")
        };
        assert_eq!(verify(&token).sub, entry.identity);
    } else {
        // SQLite serves one process: events fan out in-process only. A fresh subscription
        // still reads the decision from the shared file.
        let mut late = lobby_a
            .subscribe_entry("team", &entry.id, &entry.claim)
            .await
            .expect("sub");
        assert!(matches!(
            late.next().await.expect("event"),
            Some(EntryEvent::Approved { .. })
        ));
    }
    b.close().await;
}

async fn concurrent_approvals_respect_max_guests(db: Arc<TestDb>) {
    let store = db.store.clone();
    policy::set(
        &store,
        "tight",
        PolicyUpdate {
            lobby: Some(true),
            max_guests: Some(Some(2)),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
    let lobby = lobby(&store);
    let mut ids = Vec::new();
    for i in 0..8 {
        ids.push(
            waiting(
                lobby
                    .request_join(join("tight", "G", &fp(400 + i)))
                    .await
                    .expect("join"),
            )
            .entry
            .id,
        );
    }
    // Eight hosts (two stores on PostgreSQL would behave the same: the policy row lock is
    // taken in the database) approve at once; the room has space for two.
    let handles: Vec<_> = ids
        .iter()
        .map(|id| {
            let (lobby, id) = (lobby.clone(), id.clone());
            tokio::spawn(async move { lobby.approve("tight", &id, "host").await })
        })
        .collect();
    let mut ok = 0;
    for h in handles {
        match h.await.expect("task") {
            Ok(_) => ok += 1,
            Err(e) => {
                assert_eq!(e.kind(), ErrorKind::Conflict, "{e}");
                assert!(e.to_string().contains("is full"), "{e}");
            }
        }
    }
    assert_eq!(ok, 2, "exactly max_guests approvals");
    assert_eq!(
        lobby
            .list("tight", Some(EntryStatus::Approved))
            .await
            .expect("list")
            .len(),
        2
    );
    assert_eq!(
        lobby
            .list("tight", Some(EntryStatus::Pending))
            .await
            .expect("list")
            .len(),
        6
    );
}

async fn overdue_entries_expire_and_cannot_be_approved(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "slow", true).await;
    // An hour's wait; entries are made overdue by moving their creation back, not by
    // sleeping, so a slow machine cannot expire the fresh ones.
    let lobby = lobby(store).with_pending_ttl(Duration::from_secs(3600));
    let overdue = Duration::from_secs(2 * 3600);
    let mut host_view = lobby.subscribe_room("slow").await.expect("room stream");
    let old = waiting(
        lobby
            .request_join(join("slow", "Old", &fp(500)))
            .await
            .expect("join"),
    );
    let mut guest = lobby
        .subscribe_entry("slow", &old.id, &old.claim)
        .await
        .expect("entry stream");
    assert_eq!(
        host_view.next().await.expect("requested").kind,
        EventKind::Requested
    );
    age(store, "lobby_entries", &old.id, &["created_at"], overdue).await;
    let fresh = waiting(
        lobby
            .request_join(join("slow", "Fresh", &fp(501)))
            .await
            .expect("join"),
    );

    // Nobody swept: the approval itself refuses the overdue entry and expires it.
    let err = lobby
        .approve("slow", &old.id, "host")
        .await
        .expect_err("overdue");
    assert_eq!(err.kind(), ErrorKind::Conflict);
    assert!(err.to_string().contains("already expired"), "{err}");
    assert_eq!(
        guest.next().await.expect("event"),
        Some(EntryEvent::Expired)
    );
    let mut kinds = Vec::new();
    while kinds.len() < 2 {
        let ev = host_view.next().await.expect("event");
        kinds.push((ev.kind, ev.entry_id));
    }
    assert!(kinds.contains(&(EventKind::Requested, fresh.id.clone())));
    assert!(kinds.contains(&(EventKind::Expired, old.id.clone())));

    let statuses: Vec<_> = lobby
        .list("slow", None)
        .await
        .expect("list")
        .into_iter()
        .map(|e| (e.id, e.status))
        .collect();
    assert_eq!(
        statuses,
        [
            (old.id.clone(), EntryStatus::Expired),
            (fresh.id.clone(), EntryStatus::Pending)
        ]
    );
    // The fresh one is still within its wait and can be let in; a list expires it later.
    lobby
        .approve("slow", &fresh.id, "host")
        .await
        .expect("fresh entry");
    let late = waiting(
        lobby
            .request_join(join("slow", "Late", &fp(502)))
            .await
            .expect("join"),
    );
    age(store, "lobby_entries", &late.id, &["created_at"], overdue).await;
    let pending = lobby
        .list("slow", Some(EntryStatus::Pending))
        .await
        .expect("list");
    assert!(pending.is_empty(), "{pending:?}");
    assert_eq!(
        lobby.get("slow", &late.id).await.expect("get").status,
        EntryStatus::Expired
    );

    // A guest left waiting with no host around hears "expired" by itself.
    let alone = waiting(
        lobby
            .request_join(join("slow", "Alone", &fp(503)))
            .await
            .expect("join"),
    );
    let mut sub = lobby
        .subscribe_entry("slow", &alone.id, &alone.claim)
        .await
        .expect("sub");
    // It becomes overdue while subscribed; the stream's periodic re-read (every 5 s)
    // notices. The timeout only guards against a hang.
    age(store, "lobby_entries", &alone.id, &["created_at"], overdue).await;
    let ev = tokio::time::timeout(Duration::from_secs(60), sub.next())
        .await
        .expect("expiry is noticed without anyone reading the lobby")
        .expect("event");
    assert_eq!(ev, Some(EntryEvent::Expired));
}

async fn a_host_joining_admits_nobody(db: Arc<TestDb>) {
    use lkctl_core::ops::webhooks::{ingest_webhook, parse_webhook};
    let store = &db.store;
    open_room(store, "class", true).await;
    let lobby = lobby(store);
    let guest = waiting(
        lobby
            .request_join(join("class", "Gia", &fp(600)))
            .await
            .expect("join"),
    );
    // The host (listed in the policy) joins LiveKit: the webhook records a session, and the
    // lobby entry stays pending until the host decides.
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let body = br#"{"event":"participant_joined","id":"EV_host_1","room":{"name":"class"},
        "participant":{"identity":"host"},"createdAt":"1700000000"}"#;
    let out = ingest_webhook(store, &bans, &parse_webhook(body).expect("parse"))
        .await
        .expect("ingest");
    assert_eq!(out.recorded, "stored");
    assert_eq!(
        lobby.get("class", &guest.id).await.expect("get").status,
        EntryStatus::Pending
    );
    let mut sub = lobby
        .subscribe_entry("class", &guest.id, &guest.claim)
        .await
        .expect("sub");
    assert!(
        tokio::time::timeout(Duration::from_millis(200), sub.next())
            .await
            .is_err(),
        "no decision without a host's approval"
    );
}

/// The lookups added in migration 0003 have their indexes on both backends, and SQLite's
/// planner uses them (PostgreSQL plans empty tables with sequential scans, so only the index
/// definitions are checked there).
async fn lookups_have_indexes(db: Arc<TestDb>) {
    use lkctl_core::store::Backend;
    let store = &db.store;
    let names = ["lobby_entries_status_created", "lobby_entries_session"];
    for name in names {
        let found: i64 = match store.backend() {
            Backend::Sqlite(p) => sqlx::query_scalar(
                "SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = $1",
            )
            .bind(name)
            .fetch_one(p)
            .await
            .expect("sqlite_master"),
            Backend::Postgres(p) => {
                sqlx::query_scalar("SELECT COUNT(*) FROM pg_indexes WHERE indexname = $1")
                    .bind(name)
                    .fetch_one(p)
                    .await
                    .expect("pg_indexes")
            }
        };
        assert_eq!(found, 1, "index {name}");
    }
    if let Backend::Sqlite(p) = store.backend() {
        for (sql, index) in [
            (
                "EXPLAIN QUERY PLAN UPDATE lobby_entries SET status = 'expired' \
                 WHERE status = 'pending' AND created_at < 1",
                "lobby_entries_status_created",
            ),
            (
                "EXPLAIN QUERY PLAN SELECT DISTINCT room, identity FROM lobby_entries \
                 WHERE session_id = 'x' AND status IN ('approved', 'admitted')",
                "lobby_entries_session",
            ),
        ] {
            let plan: Vec<(i64, i64, i64, String)> =
                sqlx::query_as(sql).fetch_all(p).await.expect("plan");
            assert!(
                plan.iter().any(|row| row.3.contains(index)),
                "{sql}: {plan:?}"
            );
        }
    }
}
