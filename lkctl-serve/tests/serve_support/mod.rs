//! Shared helpers for the `lkctl serve` tests: an emulator, a throwaway store (SQLite or
//! PostgreSQL), the app state built the way `lkctl serve` builds it, and small HTTP helpers
//! for in-process (`tower::ServiceExt::oneshot`) and loopback-socket calls.
#![allow(dead_code)] // each test binary uses a different subset

pub mod guest;
pub mod sse;

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, Response};
use http_body_util::BodyExt;
use lkctl_core::config::{self, Overrides};
use lkctl_core::ops::users::{self, NewUser, Role, User};
use lkctl_core::store::testing::TestDb;
use lkctl_core::{Lkctl, ManualClock};
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET, Emulator, EmulatorConfig, RunningEmulator};
use lkctl_serve::{AppState, ServeOptions};
use serde_json::Value;
use tower::ServiceExt;

/// The two store backends every family runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Db {
    Sqlite,
    Postgres,
}

/// Everything a test needs; `cleanup` drops the database.
pub struct Harness {
    pub emu: RunningEmulator,
    pub db: TestDb,
    pub state: AppState,
}

/// A password long enough for the policy.
pub const PASSWORD: &str = "correct horse battery staple";

pub async fn emulator() -> RunningEmulator {
    Emulator::new(EmulatorConfig::dev_default())
        .bind(([127, 0, 0, 1], 0).into())
        .await
        .expect("bind emulator")
}

pub async fn test_db(db: Db) -> TestDb {
    match db {
        Db::Sqlite => TestDb::sqlite().await.expect("sqlite"),
        Db::Postgres => TestDb::postgres().await.expect("postgres"),
    }
}

/// App state as `lkctl serve` builds it, from flags-style overrides (no profile, no env).
pub async fn state_for(livekit_url: &str, database_url: &str, options: ServeOptions) -> AppState {
    state_with_env(livekit_url, database_url, options, BTreeMap::new()).await
}

/// [`state_for`] with environment variables as `lkctl serve` would see them (S3 settings).
pub async fn state_with_env(
    livekit_url: &str,
    database_url: &str,
    options: ServeOptions,
    env: BTreeMap<String, String>,
) -> AppState {
    state_on(livekit_url, database_url, options, env, None).await
}

/// [`state_for`] whose core handle reads the time from `clock` (expiry, bans, guest tokens).
pub async fn state_with_clock(
    livekit_url: &str,
    database_url: &str,
    options: ServeOptions,
    clock: ManualClock,
) -> AppState {
    state_on(
        livekit_url,
        database_url,
        options,
        BTreeMap::new(),
        Some(clock),
    )
    .await
}

async fn state_on(
    livekit_url: &str,
    database_url: &str,
    options: ServeOptions,
    env: BTreeMap<String, String>,
    clock: Option<ManualClock>,
) -> AppState {
    let dir = std::env::temp_dir().join("lkctl-serve-tests-no-config");
    let ov = Overrides {
        url: Some(livekit_url.to_string()),
        api_key: Some(DEV_API_KEY.into()),
        api_secret: Some(DEV_API_SECRET.into()),
        profile: None,
        database_url: Some(database_url.to_string()),
        config_path: Some(dir.join("config.toml")),
    };
    let resolved = config::resolve_from(&ov, &env).expect("resolve");
    match clock {
        None => AppState::new(&resolved, options).await,
        Some(clock) => {
            let core = Lkctl::with_clock(resolved, options.livekit_timeout, Arc::new(clock));
            AppState::from_core(core, options).await
        }
    }
    .expect("app state")
}

pub fn default_options() -> ServeOptions {
    ServeOptions::new("127.0.0.1:0".parse().unwrap())
}

impl Harness {
    pub async fn new(db: Db) -> Self {
        Self::with_options(db, default_options()).await
    }

    pub async fn with_options(db: Db, options: ServeOptions) -> Self {
        let emu = emulator().await;
        let db = test_db(db).await;
        let state = state_for(&emu.url, &db.url, options).await;
        Self { emu, db, state }
    }

    /// A harness whose server sees these environment variables.
    pub async fn with_env(db: Db, env: BTreeMap<String, String>) -> Self {
        let emu = emulator().await;
        let db = test_db(db).await;
        let state = state_with_env(&emu.url, &db.url, default_options(), env).await;
        Self { emu, db, state }
    }

    pub fn app(&self) -> Router {
        lkctl_serve::app(self.state.clone())
    }

    /// Call the app in-process.
    pub async fn call(&self, req: Request<Body>) -> Reply {
        Reply::read(self.app().oneshot(req).await.expect("infallible")).await
    }

    pub async fn user(&self, name: &str, role: Role) -> User {
        add_user(&self.state.store, name, role).await
    }

    pub async fn cleanup(self) {
        self.state.store.close().await;
        self.emu.shutdown().await;
        self.db.cleanup().await;
    }
}

/// A response with its body read.
pub struct Reply {
    pub status: u16,
    pub headers: axum::http::HeaderMap,
    pub body: Vec<u8>,
}

impl Reply {
    pub async fn read(resp: Response<Body>) -> Self {
        let (parts, body) = resp.into_parts();
        let body = body.collect().await.expect("body").to_bytes().to_vec();
        Self {
            status: parts.status.as_u16(),
            headers: parts.headers,
            body,
        }
    }

    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The `{"error":{"code"}}` of an error reply.
    pub fn error_code(&self) -> String {
        self.json()["error"]["code"]
            .as_str()
            .unwrap_or_else(|| panic!("no error code: {}", self.text()))
            .to_string()
    }

    /// The session cookie's `name=value` from `Set-Cookie`.
    pub fn session_cookie(&self) -> Option<String> {
        self.header("set-cookie")
            .and_then(|c| c.split(';').next())
            .map(str::to_owned)
    }
}

/// Request builders.
pub fn get(path: &str) -> axum::http::request::Builder {
    Request::builder().method("GET").uri(path)
}

pub fn post(path: &str) -> axum::http::request::Builder {
    Request::builder().method("POST").uri(path)
}

pub fn json_body(v: Value) -> Body {
    Body::from(serde_json::to_vec(&v).unwrap())
}

/// `POST /api/v1/auth/login` as a same-origin browser would send it.
pub fn login_request(username: &str, password: &str) -> Request<Body> {
    post("/api/v1/auth/login")
        .header("content-type", "application/json")
        .header("sec-fetch-site", "same-origin")
        .body(json_body(
            serde_json::json!({"username": username, "password": password}),
        ))
        .unwrap()
}

/// Log in; returns the cookie (`name=value`) and the CSRF token.
pub async fn login(h: &Harness, username: &str) -> (String, String) {
    let r = h.call(login_request(username, PASSWORD)).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let csrf = r.json()["csrf_token"].as_str().unwrap().to_string();
    (r.session_cookie().expect("cookie"), csrf)
}

/// A served app on a loopback socket.
pub async fn serve(state: AppState) -> lkctl_serve::Running {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .expect("bind");
    lkctl_serve::serve_on(listener, state).expect("serve")
}

/// `both!(scenario)` defines `scenario_sqlite` and `scenario_postgres` tests that run
/// `scenario(Db)`.
#[allow(unused_macros)] // test binaries on one backend do not use it
macro_rules! both {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(crate::serve_support::Db::Sqlite).await;
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name(crate::serve_support::Db::Postgres).await;
                }
            )*
        }
    };
}

/// An API call as a script makes it: `Authorization: Bearer`, a JSON body when given.
pub async fn api(
    h: &Harness,
    method: &str,
    path: &str,
    bearer: &str,
    body: Option<Value>,
) -> Reply {
    let mut b = Request::builder()
        .method(method)
        .uri(path)
        .header("authorization", format!("Bearer {bearer}"));
    let body = match body {
        Some(v) => {
            b = b.header("content-type", "application/json");
            json_body(v)
        }
        None => Body::empty(),
    };
    h.call(b.body(body).unwrap()).await
}

/// Add a user and an API token of theirs; returns the token's secret.
pub async fn user_token(h: &Harness, name: &str, role: Role) -> String {
    add_user_with_token(&h.state.store, name, role).await
}

/// Add a user (password [`PASSWORD`]) and an API token of theirs to `store`; returns the
/// token's secret.
pub async fn add_user_with_token(
    store: &lkctl_core::store::Store,
    name: &str,
    role: Role,
) -> String {
    add_user(store, name, role).await;
    users::create_token(store, name, "tests", None, None, "test")
        .await
        .expect("create token")
        .secret
}

/// Add a user with the password [`PASSWORD`] to `store`.
pub async fn add_user(store: &lkctl_core::store::Store, name: &str, role: Role) -> User {
    users::add(
        store,
        NewUser {
            username: name.into(),
            password: PASSWORD.into(),
            role,
            identity: None,
        },
        "test",
    )
    .await
    .expect("add user")
}

/// Make `identity` the host of `room` (as an admin's policy change would).
pub async fn make_host(h: &Harness, room: &str, identity: &str) {
    lkctl_core::ops::policy::set(
        &h.state.store,
        room,
        lkctl_core::ops::policy::PolicyUpdate {
            hosts: Some(vec![identity.into()]),
            ..Default::default()
        },
        "test",
    )
    .await
    .expect("policy");
}

/// Assert a reply's status, showing its body when it differs.
#[track_caller]
pub fn expect(r: &Reply, status: u16) -> Value {
    assert_eq!(r.status, status, "{}", r.text());
    if r.body.is_empty() {
        Value::Null
    } else {
        r.json()
    }
}

/// Calls of the JSON API as one bearer (a user's API token): `h.by(&hal).post(path, body)`.
pub struct By<'a> {
    h: &'a Harness,
    bearer: &'a str,
}

impl Harness {
    /// API calls as the holder of `bearer`.
    pub fn by<'a>(&'a self, bearer: &'a str) -> By<'a> {
        By { h: self, bearer }
    }
}

impl By<'_> {
    pub async fn get(&self, path: &str) -> Reply {
        api(self.h, "GET", path, self.bearer, None).await
    }

    pub async fn post(&self, path: &str, body: Value) -> Reply {
        api(self.h, "POST", path, self.bearer, Some(body)).await
    }

    /// A POST without a body.
    pub async fn post_empty(&self, path: &str) -> Reply {
        api(self.h, "POST", path, self.bearer, None).await
    }

    pub async fn put(&self, path: &str, body: Value) -> Reply {
        api(self.h, "PUT", path, self.bearer, Some(body)).await
    }

    pub async fn patch(&self, path: &str, body: Value) -> Reply {
        api(self.h, "PATCH", path, self.bearer, Some(body)).await
    }

    pub async fn delete(&self, path: &str) -> Reply {
        api(self.h, "DELETE", path, self.bearer, None).await
    }

    /// `POST /api/v1/rooms` for `name`, which must succeed (the caller then hosts it).
    pub async fn create_room(&self, name: &str) -> Value {
        expect(
            &self
                .post("/api/v1/rooms", serde_json::json!({"name": name}))
                .await,
            201,
        )
    }
}

/// The API tokens of the usual cast: an admin `root` and the hosts `hal` and `olga`.
pub struct Cast {
    pub root: String,
    pub hal: String,
    pub olga: String,
}

impl Harness {
    /// A harness on `db` with [`Cast`]'s users and their API tokens.
    pub async fn with_cast(db: Db) -> (Self, Cast) {
        let h = Self::new(db).await;
        let cast = h.cast().await;
        (h, cast)
    }

    /// Add [`Cast`]'s users and their API tokens.
    pub async fn cast(&self) -> Cast {
        Cast {
            root: user_token(self, "root", Role::Admin).await,
            hal: user_token(self, "hal", Role::Host).await,
            olga: user_token(self, "olga", Role::Host).await,
        }
    }
}

impl Reply {
    /// Assert the status and that the body mentions `needle` (the field a refusal names).
    #[track_caller]
    pub fn refused(&self, status: u16, needle: &str) {
        assert_eq!(self.status, status, "{}", self.text());
        assert!(
            self.text().contains(needle),
            "`{needle}` in {}",
            self.text()
        );
    }
}
