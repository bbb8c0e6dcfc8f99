//! A guest's journey through the lobby, on SQLite and PostgreSQL: admitted at once or
//! waiting, approved, rejected or expired, and what reaches whom.
//!
//! Longer than ~600 lines: each story runs on both backends through one `contract!` list,
//! which is easier to keep complete in one file.

mod store_support;

use std::sync::Arc;
use std::time::Duration;

use lkctl_core::ErrorKind;
use lkctl_core::ManualClock;
use lkctl_core::ops::bans::Bans;
use lkctl_core::ops::lobby::{EntryEvent, EntryStatus, JoinOutcome};
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate};
use lkctl_core::store::testing::TestDb;
use lkctl_core::store::{EventKind, Store};
use store_support::lobby_stories::*;
use store_support::{RecordingModerator, count, fp, join, lobby, lobby_at, verify};

contract!(
    lobby_off_admits_at_once_with_a_scoped_token,
    lobby_on_waits_for_approval_and_delivers_token_to_guest_only,
    webinar_guests_cannot_publish,
    rejection_and_expiry_reach_the_guest,
    bad_join_requests_leave_no_rows,
    approval_in_one_store_reaches_a_guest_of_another,
    overdue_entries_expire_and_cannot_be_approved,
    a_host_joining_admits_nobody,
    a_ban_withdraws_an_uncollected_approval_and_no_token_is_stored,
    pending_entries_are_limited_per_browser_and_address,
    pin_attempts_count_per_normalised_address,
);

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
    let issuer = lkctl_core::token::CredentialsIssuer::new(
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

    // The token is handed out once: a late subscriber learns it was already collected.
    let mut again = lobby
        .subscribe_entry("team", &entry.id, &entry.claim)
        .await
        .expect("resubscribe");
    let err = again.next().await.expect_err("collected once");
    assert_eq!(err.kind(), ErrorKind::Conflict, "{err}");
    assert!(err.to_string().contains("already collected"), "{err}");
    assert_eq!(
        count(store, "lobby_entries WHERE token IS NOT NULL").await,
        0,
        "no token is stored"
    );
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
    let clock = ManualClock::starting_now();
    let lobby = lobby_at(store, &clock);
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
    // An hour passes: not yet overdue (expiry needs a wait longer than the limit)...
    clock.advance(Duration::from_secs(3600));
    assert!(
        lobby
            .expire_pending(Duration::from_secs(3600))
            .await
            .expect("not yet")
            .is_empty()
    );
    // ...one millisecond more and it is.
    clock.advance(Duration::from_millis(1));
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

async fn approval_in_one_store_reaches_a_guest_of_another(db: Arc<TestDb>) {
    // Two stores on one database stand for two `lkctl serve` processes.
    let a = db.store.clone();
    let b = Store::open(&db.url).await.expect("second store");
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
        // The bound only guards against a hang; how fast NOTIFY travels is not under test.
        let seen = tokio::time::timeout(Duration::from_secs(60), host_on_b.next())
            .await
            .expect("the event crosses stores");
        assert_eq!(seen.map(|e| e.kind), Some(EventKind::Requested));
    }
    lobby_b
        .approve("team", &entry.id, "host")
        .await
        .expect("approve on b");
    if a.kind() == lkctl_core::store::BackendKind::Postgres {
        let ev = tokio::time::timeout(Duration::from_secs(60), guest_on_a.next())
            .await
            .expect("the approval crosses stores");
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

async fn overdue_entries_expire_and_cannot_be_approved(db: Arc<TestDb>) {
    let store = &db.store;
    open_room(store, "slow", true).await;
    // An hour's wait, on a manual clock: entries become overdue when the test moves the
    // clock, so a slow machine cannot expire the fresh ones.
    let clock = ManualClock::starting_now();
    let lobby = lobby_at(store, &clock).with_pending_ttl(Duration::from_secs(3600));
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
    clock.advance(overdue);
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
    clock.advance(overdue);
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
    // It becomes overdue while the guest waits on the stream; the stream's periodic
    // re-read (every 5 s on the lobby's clock) notices. The test waits until the stream is
    // parked on the clock, then moves the clock; the timeout only guards against a hang.
    let waiting_guest = tokio::spawn(async move { sub.next().await });
    tokio::time::timeout(Duration::from_secs(60), clock.until_waiting(1))
        .await
        .expect("the guest's stream waits on the clock");
    clock.advance(overdue);
    let ev = tokio::time::timeout(Duration::from_secs(60), waiting_guest)
        .await
        .expect("expiry is noticed without anyone reading the lobby")
        .expect("task")
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
    // Still undecided (no waiting for something not to happen): the host can turn the guest
    // away, and that is the first and only outcome the guest hears.
    lobby
        .reject("class", &guest.id, "host", Some("later"))
        .await
        .expect("the host joining decided nothing");
    assert_eq!(
        sub.next().await.expect("event"),
        Some(EntryEvent::Rejected {
            reason: Some("later".into())
        })
    );
}

async fn a_ban_withdraws_an_uncollected_approval_and_no_token_is_stored(db: Arc<TestDb>) {
    use lkctl_core::ops::bans::BanSubject;
    let store = &db.store;
    open_room(store, "team", true).await;
    open_room(store, "open", false).await;
    let lobby = lobby(store);
    let bans = Bans::new(store.clone(), Arc::new(RecordingModerator::default()));

    // Approved, then banned (by fingerprint) before the guest collected the token.
    let a = waiting(
        lobby
            .request_join(join("team", "Troll", &fp(901)))
            .await
            .expect("join"),
    );
    lobby.approve("team", &a.id, "host").await.expect("approve");
    bans.add(ban(Some("team"), BanSubject::Fingerprint(fp(901))))
        .await
        .expect("ban");
    let mut guest = lobby
        .subscribe_entry("team", &a.id, &a.claim)
        .await
        .expect("sub");
    let err = guest.next().await.expect_err("withdrawn");
    assert_eq!(err.kind(), ErrorKind::Denied, "{err}");
    assert!(err.to_string().contains("withdrawn"), "{err}");

    // Approved, then banned by identity; lifting the ban does not bring the token back.
    let b = waiting(
        lobby
            .request_join(join("team", "Other", &fp(902)))
            .await
            .expect("join"),
    );
    let approved = lobby.approve("team", &b.id, "host").await.expect("approve");
    let banned = bans
        .add(ban(None, BanSubject::Identity(approved.identity.clone())))
        .await
        .expect("ban");
    bans.remove(&banned.ban.id, "host").await.expect("lift");
    let mut guest = lobby
        .subscribe_entry("team", &b.id, &b.claim)
        .await
        .expect("sub");
    let err = guest.next().await.expect_err("still withdrawn");
    assert_eq!(err.kind(), ErrorKind::Denied, "{err}");

    // A clean approval is collected once, valid only within the approval's window.
    let c = waiting(
        lobby
            .request_join(join("team", "Fine", &fp(903)))
            .await
            .expect("join"),
    );
    lobby.approve("team", &c.id, "host").await.expect("approve");
    let mut guest = lobby
        .subscribe_entry("team", &c.id, &c.claim)
        .await
        .expect("sub");
    let Some(EntryEvent::Approved {
        token, expires_at, ..
    }) = guest.next().await.expect("event")
    else {
        panic!("approved")
    };
    let claims = verify(&token);
    let window = expires_at.expect("expiry").unix_ms() / 1000;
    assert!(
        claims.exp as i64 <= window + 1,
        "token outlives the approval window"
    );

    // Lobby off: the token is in the answer and nowhere else.
    let JoinOutcome::Admitted { .. } = lobby
        .request_join(join("open", "Quick", &fp(904)))
        .await
        .expect("join")
    else {
        panic!("admitted")
    };
    assert_eq!(
        count(store, "lobby_entries WHERE token IS NOT NULL").await,
        0,
        "a copy of the database holds no token"
    );
}

async fn pending_entries_are_limited_per_browser_and_address(db: Arc<TestDb>) {
    use lkctl_core::ops::lobby::{
        JoinRequest, MAX_PENDING_PER_ADDRESS, MAX_PENDING_PER_FINGERPRINT,
    };
    let store = &db.store;
    for room in ["r1", "r2", "r3", "r4"] {
        open_room(store, room, true).await;
    }
    let lobby = lobby(store);
    let rooms = ["r1", "r2", "r3", "r4"];
    for room in rooms.iter().take(MAX_PENDING_PER_FINGERPRINT as usize) {
        waiting(
            lobby
                .request_join(join(room, "G", &fp(950)))
                .await
                .expect("join"),
        );
    }
    let err = lobby
        .request_join(join("r4", "G", &fp(950)))
        .await
        .expect_err("one browser, too many lobbies");
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err}");
    assert_eq!(err.kind().exit_code(), 7);
    assert!(err.to_string().contains("wait for a decision"), "{err}");

    // Per address: IPv6 addresses of one /64, and an IPv4-mapped address as its IPv4 one.
    let from = |n: u32, ip: String| JoinRequest {
        ip: Some(ip),
        ..join(rooms[(n % 4) as usize], "G", &fp(1000 + n))
    };
    for n in 0..MAX_PENDING_PER_ADDRESS as u32 {
        waiting(
            lobby
                .request_join(from(n, format!("2001:db8:1:2::{:x}", n + 1)))
                .await
                .expect("join"),
        );
    }
    let err = lobby
        .request_join(from(99, "2001:db8:1:2:ffff::9".into()))
        .await
        .expect_err("same /64");
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err}");
    waiting(
        lobby
            .request_join(from(98, "2001:db8:1:3::1".into()))
            .await
            .expect("another /64 is another address"),
    );
    for n in 0..MAX_PENDING_PER_ADDRESS as u32 {
        let ip = if n % 2 == 0 {
            "198.51.100.7".to_string()
        } else {
            "::ffff:198.51.100.7".to_string()
        };
        waiting(lobby.request_join(from(200 + n, ip)).await.expect("join"));
    }
    let err = lobby
        .request_join(from(300, "198.51.100.7".into()))
        .await
        .expect_err("mapped and plain IPv4 are one address");
    assert_eq!(err.kind(), ErrorKind::RateLimited, "{err}");
}

async fn pin_attempts_count_per_normalised_address(db: Arc<TestDb>) {
    let store = &db.store;
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
    assert_eq!(policy::address_key("::ffff:192.0.2.1"), "192.0.2.1");
    assert_eq!(policy::address_key("192.0.2.1"), "192.0.2.1");
    assert_eq!(
        policy::address_key("2001:db8:a:b:1:2:3:4"),
        "2001:db8:a:b::/64"
    );
    assert_eq!(
        policy::address_key("2001:db8:a:b::ffff"),
        "2001:db8:a:b::/64"
    );
    let addrs = ["192.0.2.1", "::ffff:192.0.2.1"];
    for i in 0..policy::PIN_ATTEMPTS_PER_WINDOW {
        let err = policy::check_pin(store, "pinned", Some(addrs[i as usize % 2]), Some("0000"))
            .await
            .expect_err("wrong PIN");
        assert_eq!(err.kind(), ErrorKind::Denied);
    }
    let err = policy::check_pin(store, "pinned", Some("::ffff:192.0.2.1"), Some("1234"))
        .await
        .expect_err("limit holds across both spellings");
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    for i in 0..policy::PIN_ATTEMPTS_PER_WINDOW {
        let addr = format!("2001:db8:5:6::{:x}", i + 1);
        let _ = policy::check_pin(store, "pinned", Some(&addr), Some("0000")).await;
    }
    let err = policy::check_pin(store, "pinned", Some("2001:db8:5:6:aaaa::1"), Some("1234"))
        .await
        .expect_err("one /64 is one address");
    assert_eq!(err.kind(), ErrorKind::RateLimited);
    policy::check_pin(store, "pinned", Some("203.0.113.9"), Some("1234"))
        .await
        .expect("another address may try");
}
