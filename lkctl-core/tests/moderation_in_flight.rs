//! Bans against what is already in flight (issue 15): a guest banned while waiting in the
//! lobby is refused at approval, and approve-all skips banned guests without stopping. Every
//! story runs on SQLite and PostgreSQL.

mod store_support;

use std::sync::Arc;

use lkctl_core::ErrorKind;
use lkctl_core::ops::bans::{BanSubject, Bans, NewBan};
use lkctl_core::ops::lobby::{EntryStatus, JoinOutcome, JoinRequest, LobbyEntry};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::store::Store;
use lkctl_core::store::testing::TestDb;
use store_support::{RecordingModerator, count, fp, join, lobby};

contract!(
    a_guest_banned_while_waiting_is_refused_at_approval,
    approve_all_skips_banned_guests_wherever_they_wait,
    lifting_the_ban_lets_the_waiting_guest_in,
);

async fn lobby_room(store: &Store, room: &str) {
    policy::set(
        store,
        room,
        PolicyUpdate {
            hosts: Some(vec!["host".into()]),
            lobby: Some(true),
            ..Default::default()
        },
        "admin",
    )
    .await
    .expect("policy");
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

async fn wait_in(store: &Store, req: JoinRequest) -> LobbyEntry {
    match lobby(store).request_join(req).await.expect("join") {
        JoinOutcome::Waiting { entry, .. } => entry,
        other => panic!("expected the guest to wait, got {other:?}"),
    }
}

async fn status(store: &Store, room: &str, id: &str) -> EntryStatus {
    lobby(store).get(room, id).await.expect("entry").status
}

/// Each way a ban can name a waiting guest (fingerprint, session, identity, and a global
/// ban) is re-checked when the host approves: the approval is refused as denied, the entry
/// stays pending, and no token or audit row is written.
async fn a_guest_banned_while_waiting_is_refused_at_approval(db: Arc<TestDb>) {
    let store = &db.store;
    lobby_room(store, "team").await;
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let lobby = lobby(store);

    let by_fingerprint = wait_in(store, join("team", "A", &fp(1))).await;
    let by_session = wait_in(
        store,
        JoinRequest {
            session_id: Some(fp(900)),
            ..join("team", "B", &fp(2))
        },
    )
    .await;
    let by_identity = wait_in(store, join("team", "C", &fp(3))).await;
    let globally = wait_in(store, join("team", "D", &fp(4))).await;

    bans.add(ban(Some("team"), BanSubject::Fingerprint(fp(1))))
        .await
        .expect("ban fingerprint");
    bans.add(ban(Some("team"), BanSubject::Session(fp(900))))
        .await
        .expect("ban session");
    bans.add(ban(
        Some("team"),
        BanSubject::Identity(by_identity.identity.clone()),
    ))
    .await
    .expect("ban identity");
    bans.add(ban(None, BanSubject::Fingerprint(fp(4))))
        .await
        .expect("global ban");

    let audit_before = count(store, "audit_log").await;
    for entry in [&by_fingerprint, &by_session, &by_identity, &globally] {
        let err = lobby
            .approve("team", &entry.id, "host")
            .await
            .expect_err("a banned guest must not be approved");
        assert_eq!(
            err.kind(),
            ErrorKind::Denied,
            "{}: {err}",
            entry.display_name
        );
        assert!(err.to_string().contains("banned"), "{err}");
        let after = lobby.get("team", &entry.id).await.expect("entry");
        assert_eq!(after.status, EntryStatus::Pending, "{}", entry.display_name);
        assert!(
            after.token_expires_at.is_none(),
            "no token was minted into the row"
        );
    }
    assert_eq!(
        count(store, "audit_log").await,
        audit_before,
        "refusals leave no audit row"
    );

    // The host can still turn them away.
    let rejected = lobby
        .reject("team", &by_fingerprint.id, "host", Some("banned"))
        .await
        .expect("reject");
    assert_eq!(rejected.status, EntryStatus::Rejected);
}

/// approve-all lets in everyone who is not banned, whether a banned guest waits first (the
/// run must not give up before approving anyone) or between others (it must not stop).
async fn approve_all_skips_banned_guests_wherever_they_wait(db: Arc<TestDb>) {
    let store = &db.store;
    lobby_room(store, "team").await;
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let lobby = lobby(store);
    // Oldest first: banned, fine, banned, fine.
    let mut entries = Vec::new();
    for n in 10..14 {
        entries.push(wait_in(store, join("team", "G", &fp(n))).await);
    }
    for n in [10, 12] {
        bans.add(ban(Some("team"), BanSubject::Fingerprint(fp(n))))
            .await
            .expect("ban");
    }
    let approved = lobby
        .approve_all("team", "host")
        .await
        .expect("approve all");
    let ids: Vec<&str> = approved.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, [entries[1].id.as_str(), entries[3].id.as_str()]);
    assert_eq!(
        status(store, "team", &entries[0].id).await,
        EntryStatus::Pending
    );
    assert_eq!(
        status(store, "team", &entries[2].id).await,
        EntryStatus::Pending
    );
    assert_eq!(
        status(store, "team", &entries[1].id).await,
        EntryStatus::Approved
    );
    assert_eq!(
        status(store, "team", &entries[3].id).await,
        EntryStatus::Approved
    );

    // Only banned guests left: approve-all approves nobody, and says so without an error.
    assert!(
        lobby
            .approve_all("team", "host")
            .await
            .expect("approve all again")
            .is_empty()
    );
}

/// The refusal is the ban's, not the entry's: once the ban is lifted the same entry can be
/// approved.
async fn lifting_the_ban_lets_the_waiting_guest_in(db: Arc<TestDb>) {
    let store = &db.store;
    lobby_room(store, "team").await;
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));
    let lobby = lobby(store);
    let entry = wait_in(store, join("team", "E", &fp(20))).await;
    let added = bans
        .add(ban(Some("team"), BanSubject::Fingerprint(fp(20))))
        .await
        .expect("ban");
    assert_eq!(
        lobby
            .approve("team", &entry.id, "host")
            .await
            .expect_err("banned")
            .kind(),
        ErrorKind::Denied
    );
    bans.remove(&added.ban.id, "host").await.expect("lift");
    let approved = lobby
        .approve("team", &entry.id, "host")
        .await
        .expect("approve");
    assert_eq!(approved.status, EntryStatus::Approved);
}
