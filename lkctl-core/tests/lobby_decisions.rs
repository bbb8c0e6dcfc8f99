//! Hosts deciding on lobby entries, on SQLite and PostgreSQL: conflicts, races, bulk
//! approval, guest limits, and the indexes lookups rely on.

mod store_support;

use std::sync::Arc;

use tokio::sync::Barrier;

use lkctl_core::ErrorKind;
use lkctl_core::ops::lobby::{EntryStatus, JoinRequest};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::store::testing::TestDb;
use store_support::lobby_stories::*;
use store_support::{fp, join, lobby};

contract!(
    deciding_twice_is_a_conflict,
    concurrent_deciders_end_in_one_outcome,
    approve_all_and_list_by_status,
    max_guests_is_enforced,
    concurrent_approvals_respect_max_guests,
    lookups_have_indexes,
);

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

/// Rounds of each race: every round must end right, so a defect the barrier lets through
/// even once fails the test.
const RACE_ROUNDS: u32 = 12;

async fn concurrent_deciders_end_in_one_outcome(db: Arc<TestDb>) {
    let store = db.store.clone();
    open_room(&store, "race", true).await;
    let lobby = lobby(&store);
    let mut decided = 0;
    for round in 0..RACE_ROUNDS {
        let mut entries = Vec::new();
        for i in 0..4 {
            entries.push(waiting(
                lobby
                    .request_join(join("race", "G", &fp(1000 + round * 10 + i)))
                    .await
                    .expect("join"),
            ));
        }
        // Every approval and rejection of the round is released at the same moment, so
        // they reach the conditional update together rather than one after another.
        let barrier = Arc::new(Barrier::new(2 * entries.len()));
        let mut pairs = Vec::new();
        for e in &entries {
            let (l1, l2) = (lobby.clone(), lobby.clone());
            let (id1, id2) = (e.id.clone(), e.id.clone());
            let (b1, b2) = (barrier.clone(), barrier.clone());
            let a = tokio::spawn(async move {
                b1.wait().await;
                l1.approve("race", &id1, "host-a").await
            });
            let b = tokio::spawn(async move {
                b2.wait().await;
                l2.reject("race", &id2, "host-b", Some("race")).await
            });
            pairs.push((a, b));
        }
        for ((a, b), e) in pairs.into_iter().zip(&entries) {
            let (a, b) = (a.await.expect("a"), b.await.expect("b"));
            assert!(
                a.is_ok() ^ b.is_ok(),
                "round {round}: exactly one decider wins: {a:?} / {b:?}"
            );
            let loser = a.as_ref().err().or(b.as_ref().err()).expect("one error");
            assert_eq!(loser.kind(), ErrorKind::Conflict, "{loser}");
            let stored = lobby.get("race", &e.id).await.expect("get");
            let expected = if a.is_ok() {
                EntryStatus::Approved
            } else {
                EntryStatus::Rejected
            };
            assert_eq!(stored.status, expected, "round {round}");
        }
        // One audit row per decided entry, none for the losers.
        decided += entries.len();
        let decisions = store
            .audit_log(Some("race"), 1000)
            .await
            .expect("audit")
            .into_iter()
            .filter(|a| a.action == "lobby.approve" || a.action == "lobby.reject")
            .count();
        assert_eq!(decisions, decided, "round {round}");
    }
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

async fn concurrent_approvals_respect_max_guests(db: Arc<TestDb>) {
    let store = db.store.clone();
    let lobby = lobby(&store);
    for round in 0..RACE_ROUNDS {
        // A fresh room per round with space for two guests and six waiting.
        let room = format!("tight-{round}");
        policy::set(
            &store,
            &room,
            PolicyUpdate {
                lobby: Some(true),
                max_guests: Some(Some(2)),
                ..Default::default()
            },
            "admin",
        )
        .await
        .expect("policy");
        let mut ids = Vec::new();
        for i in 0..6 {
            ids.push(
                waiting(
                    lobby
                        .request_join(JoinRequest {
                            // One address per guest: entries left pending by earlier rounds
                            // must not run into the per-address limit of pending entries.
                            ip: Some(format!("198.51.100.{}", 1 + round * 10 + i)),
                            ..join(&room, "G", &fp(2000 + round * 10 + i))
                        })
                        .await
                        .expect("join"),
                )
                .entry
                .id,
            );
        }
        // Six hosts approve at the same moment (released together by the barrier); the
        // capacity check and the approval must be one step, so exactly two get in.
        let barrier = Arc::new(Barrier::new(ids.len()));
        let handles: Vec<_> = ids
            .iter()
            .map(|id| {
                let (lobby, id, room) = (lobby.clone(), id.clone(), room.clone());
                let barrier = barrier.clone();
                tokio::spawn(async move {
                    barrier.wait().await;
                    lobby.approve(&room, &id, "host").await
                })
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
        assert_eq!(ok, 2, "round {round}: exactly max_guests approvals");
        let approved = lobby
            .list(&room, Some(EntryStatus::Approved))
            .await
            .expect("list");
        assert_eq!(approved.len(), 2, "round {round}");
        let pending = lobby
            .list(&room, Some(EntryStatus::Pending))
            .await
            .expect("list");
        assert_eq!(pending.len(), 4, "round {round}");
    }
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
