//! Shared helpers for the store contract tests: throwaway databases on both backends, a
//! token issuer that mints real LiveKit tokens, and a moderator that records removals.

#![allow(dead_code)]

pub mod lobby_stories;

use std::future::Future;
use std::sync::{Arc, Mutex};

use livekit_api::access_token::{AccessToken, Claims, TokenVerifier, VideoGrants};
use lkctl_core::ops::bans::Bans;
use lkctl_core::ops::lobby::{JoinRequest, Lobby};
use lkctl_core::ops::moderation::Moderator;
use lkctl_core::store::Store;
use lkctl_core::store::testing::TestDb;
use lkctl_core::token::{JoinTokenRequest, TokenIssuer};
use lkctl_core::{ManualClock, Result};

#[path = "../../../tests/services/mod.rs"]
mod services;

pub const API_KEY: &str = "APItestkey";
pub const API_SECRET: &str = "testsecret-testsecret-testsecret-0123";

/// Mints tokens with the official livekit-api AccessToken.
pub struct LiveKitIssuer;

impl TokenIssuer for LiveKitIssuer {
    fn join_token(&self, req: &JoinTokenRequest) -> Result<String> {
        AccessToken::with_api_key(API_KEY, API_SECRET)
            .with_identity(&req.identity)
            .with_name(&req.name)
            .with_ttl(req.ttl)
            .with_grants(VideoGrants {
                room_join: true,
                room: req.room.clone(),
                can_publish: Some(req.can_publish),
                can_subscribe: Some(req.can_subscribe),
                can_publish_data: Some(req.can_publish_data),
                ..Default::default()
            })
            .to_jwt()
            .map_err(|e| lkctl_core::Error::Internal(e.to_string()))
    }
}

/// Verify a token minted by [`LiveKitIssuer`].
pub fn verify(token: &str) -> Claims {
    TokenVerifier::with_api_key(API_KEY, API_SECRET)
        .verify(token)
        .expect("token verifies")
}

/// Records every removal; optionally answers NotFound for identities not "present".
#[derive(Default)]
pub struct RecordingModerator {
    pub removed: Mutex<Vec<(String, String)>>,
}

#[async_trait::async_trait]
impl Moderator for RecordingModerator {
    async fn remove_participant(&self, room: &str, identity: &str) -> Result<()> {
        self.removed
            .lock()
            .expect("lock")
            .push((room.to_string(), identity.to_string()));
        Ok(())
    }
}

pub fn lobby(store: &Store) -> Lobby {
    Lobby::new(store.clone(), Arc::new(LiveKitIssuer))
}

/// A lobby on a manual clock: its waits expire when the test moves the clock.
pub fn lobby_at(store: &Store, clock: &ManualClock) -> Lobby {
    lobby(store).with_clock(Arc::new(clock.clone()))
}

/// Bans recorded by a [`RecordingModerator`], decided on a manual clock.
pub fn bans_at(store: &Store, clock: &ManualClock) -> Bans {
    Bans::new(store.clone(), Arc::new(RecordingModerator::default()))
        .with_clock(Arc::new(clock.clone()))
}

/// A valid fingerprint, different per `n`.
pub fn fp(n: u32) -> String {
    format!("fp-{n:08}-abcdefghijkl")
}

pub fn join(room: &str, name: &str, fingerprint: &str) -> JoinRequest {
    JoinRequest {
        room: room.into(),
        display_name: name.into(),
        fingerprint: fingerprint.into(),
        ip: Some("192.0.2.10".into()),
        ..Default::default()
    }
}

/// Row count of a table (for "no partial rows" checks).
pub async fn count(store: &Store, table: &str) -> i64 {
    use lkctl_core::store::Backend;
    let sql = sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}"));
    match store.backend() {
        Backend::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await.expect("count"),
        Backend::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await.expect("count"),
    }
}

/// A fresh PostgreSQL test database. There is no skip: without PostgreSQL the test fails
/// (see `tests/services/mod.rs` for how to leave PostgreSQL tests out honestly).
pub async fn postgres(test: &str) -> TestDb {
    services::refuse_pg_skip(test);
    TestDb::postgres()
        .await
        .expect("create PostgreSQL test database (server at 127.0.0.1:5432 or LKCTL_TEST_PG_URL)")
}

/// Run `story` against a fresh database of the given backend, then drop the database even
/// if the story panicked.
pub async fn run<F, Fut>(backend: &str, story: F)
where
    F: FnOnce(Arc<TestDb>) -> Fut,
    Fut: Future<Output = ()> + Send + 'static,
{
    let db = match backend {
        "sqlite" => TestDb::sqlite().await.expect("create SQLite test database"),
        _ => postgres("PostgreSQL contract test").await,
    };
    let db = Arc::new(db);
    let outcome = tokio::spawn(story(db.clone())).await;
    if let Ok(db) = Arc::try_unwrap(db) {
        db.cleanup().await;
    }
    if let Err(e) = outcome {
        std::panic::resume_unwind(e.into_panic());
    }
}

/// Generate one `#[tokio::test]` per story and backend: `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! contract {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    $crate::store_support::run("sqlite", super::$name).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 4)]
                async fn $name() {
                    $crate::store_support::run("postgres", super::$name).await;
                }
            )*
        }
    };
}

/// Make time pass for one row: move its timestamp columns `by` into the past. Tests of
/// expiry use this instead of sleeping, so they neither wait nor depend on how fast the
/// machine is (time is data in the store: Unix milliseconds).
pub async fn age(store: &Store, table: &str, id: &str, columns: &[&str], by: std::time::Duration) {
    use lkctl_core::store::Backend;
    let ms = i64::try_from(by.as_millis()).expect("duration fits");
    let sets: Vec<String> = columns
        .iter()
        .map(|c| format!("{c} = CASE WHEN {c} IS NULL THEN NULL ELSE {c} - $1 END"))
        .collect();
    let sql = sqlx::AssertSqlSafe(format!(
        "UPDATE {table} SET {} WHERE id = $2",
        sets.join(", ")
    ));
    let updated = match store.backend() {
        Backend::Sqlite(p) => sqlx::query(sql)
            .bind(ms)
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()),
        Backend::Postgres(p) => sqlx::query(sql)
            .bind(ms)
            .bind(id)
            .execute(p)
            .await
            .map(|r| r.rows_affected()),
    }
    .expect("age row");
    assert_eq!(updated, 1, "no {table} row {id}");
}
