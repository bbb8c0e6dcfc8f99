//! Helpers for the guest-flow tests: a served instance on a loopback socket with its
//! emulator and database, rooms with policies and invite codes, host API tokens, and
//! requests as a guest's browser or script sends them.

use std::net::SocketAddr;

use lkctl_core::ManualClock;
use lkctl_core::ops::bans::{BanSubject, Bans, NewBan};
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::users::Role;
use lkctl_core::store::testing::TestDb;
use lkctl_emulator::{Emulator, EmulatorConfig, RunningEmulator};
use lkctl_serve::{AppState, Running, ServeOptions};
use serde_json::{Value, json};

use super::sse::SseStream;
use super::{Db, state_for, state_with_clock, test_db};

/// A browser fingerprint for guest `n` (16+ characters of the allowed alphabet).
pub fn fp(n: u32) -> String {
    format!("browser-fingerprint-{n:06}")
}

/// One `lkctl serve` on a socket, with its emulator (whose webhooks, when asked for, go to
/// this server) and database.
pub struct Served {
    pub emu: RunningEmulator,
    pub db: TestDb,
    pub state: AppState,
    pub running: Running,
    pub base: String,
    pub http: reqwest::Client,
}

impl Served {
    pub async fn start(db: Db, options: ServeOptions, webhooks: bool) -> Self {
        Self::start_on(db, options, webhooks, None).await
    }

    /// [`Served::start`] whose core reads the time from `clock` (no webhooks).
    pub async fn start_with_clock(db: Db, options: ServeOptions, clock: ManualClock) -> Self {
        Self::start_on(db, options, false, Some(clock)).await
    }

    async fn start_on(
        db: Db,
        options: ServeOptions,
        webhooks: bool,
        clock: Option<ManualClock>,
    ) -> Self {
        let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
            .await
            .expect("bind");
        let addr = listener.local_addr().unwrap();
        let mut cfg = EmulatorConfig::dev_default();
        if webhooks {
            cfg.webhook_urls = vec![format!("http://{addr}/webhooks/livekit")];
        }
        let emu = Emulator::new(cfg)
            .bind(([127, 0, 0, 1], 0).into())
            .await
            .expect("emulator");
        let db = test_db(db).await;
        let state = match clock {
            None => state_for(&emu.url, &db.url, options).await,
            Some(clock) => state_with_clock(&emu.url, &db.url, options, clock).await,
        };
        let running = lkctl_serve::serve_on(listener, state.clone()).expect("serve");
        Self {
            emu,
            db,
            state,
            running,
            base: format!("http://{addr}"),
            http: reqwest::Client::new(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A host user named `name` and an API token of theirs.
    pub async fn host(&self, name: &str, role: Role) -> String {
        super::add_user_with_token(&self.state.store, name, role).await
    }

    /// Give `room` a policy hosted by `hosts`; returns its invite code.
    pub async fn room(&self, room: &str, hosts: &[&str], update: PolicyUpdate) -> String {
        room_policy(&self.state, room, hosts, update).await
    }

    /// `POST /api/v1/join/{code}` with a JSON body.
    pub async fn join(&self, code: &str, body: Value) -> (u16, Value) {
        let r = self
            .http
            .post(self.url(&format!("/api/v1/join/{code}")))
            .json(&body)
            .send()
            .await
            .expect("join");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// Join a lobby-on room as guest `n`; returns (entry id, claim).
    pub async fn wait_in_lobby(&self, code: &str, name: &str, n: u32) -> (String, String) {
        let (status, body) = self
            .join(code, json!({"display_name": name, "fingerprint": fp(n)}))
            .await;
        assert_eq!(status, 202, "{body}");
        assert_eq!(body["outcome"], "waiting", "{body}");
        (
            body["entry"]["id"].as_str().unwrap().to_string(),
            body["claim"].as_str().unwrap().to_string(),
        )
    }

    /// The guest's event stream (claim in the query, as EventSource sends it).
    pub async fn guest_events(
        &self,
        code: &str,
        entry: &str,
        claim: &str,
        last_event_id: Option<&str>,
    ) -> Result<SseStream, (u16, String)> {
        let mut req = self
            .http
            .get(self.url(&format!("/api/v1/join/{code}/lobby/{entry}/events")))
            .query(&[("claim", claim)]);
        if let Some(id) = last_event_id {
            req = req.header("last-event-id", id);
        }
        SseStream::open(req).await
    }

    /// A host's room stream.
    pub async fn host_events(&self, room: &str, token: &str) -> SseStream {
        let req = self
            .http
            .get(self.url(&format!("/api/v1/rooms/{room}/events")))
            .bearer_auth(token);
        match SseStream::open(req).await {
            Ok(s) => s,
            Err((status, text)) => panic!("host stream refused: {status} {text}"),
        }
    }

    /// A host's POST (bearer token) with an optional JSON body.
    pub async fn host_post(&self, token: &str, path: &str, body: Option<Value>) -> (u16, Value) {
        let mut req = self.http.post(self.url(path)).bearer_auth(token);
        if let Some(b) = body {
            req = req.json(&b);
        }
        let r = req.send().await.expect("host request");
        let status = r.status().as_u16();
        (status, r.json().await.unwrap_or(Value::Null))
    }

    /// A guest's request with its session as a bearer token.
    pub fn as_guest(
        &self,
        method: reqwest::Method,
        path: &str,
        secret: &str,
    ) -> reqwest::RequestBuilder {
        self.http
            .request(method, self.url(path))
            .bearer_auth(secret)
    }

    /// Give `room` a lobby-on policy hosted by `hosts`; returns its invite code.
    pub async fn lobby_room(&self, room: &str, hosts: &[&str]) -> String {
        let lobby = PolicyUpdate {
            lobby: Some(true),
            ..Default::default()
        };
        self.room(room, hosts, lobby).await
    }

    /// Join a lobby-off room as guest `n`: admitted at once with a guest session.
    pub async fn admitted(&self, code: &str, name: &str, n: u32) -> Admitted {
        let (status, body) = self
            .join(code, json!({"display_name": name, "fingerprint": fp(n)}))
            .await;
        assert_eq!(status, 200, "{body}");
        Admitted::from_grant(&body)
    }

    /// A host approves `entry` of `room`, which must succeed.
    pub async fn approve(&self, host_token: &str, room: &str, entry: &str) {
        let path = format!("/api/v1/rooms/{room}/lobby/{entry}/approve");
        let (status, body) = self.host_post(host_token, &path, None).await;
        assert_eq!(status, 200, "{body}");
    }

    /// `POST …/lobby/{entry}/session` with the claim in its header: the one collection of
    /// the token, with a guest session.
    pub async fn claim_session(&self, code: &str, entry: &str, claim: &str) -> (u16, Value) {
        let url = self.url(&format!("/api/v1/join/{code}/lobby/{entry}/session"));
        send(self.http.post(url).header("x-lobby-claim", claim)).await
    }

    pub async fn stop(self) {
        self.running.shutdown();
        self.running.wait().await.expect("server stops");
        self.state.store.close().await;
        self.emu.shutdown().await;
        self.db.cleanup().await;
    }
}

/// Give `room` a policy hosted by `hosts`; returns its invite code.
pub async fn room_policy(
    state: &AppState,
    room: &str,
    hosts: &[&str],
    update: PolicyUpdate,
) -> String {
    policy::set(
        &state.store,
        room,
        PolicyUpdate {
            hosts: Some(hosts.iter().map(|h| h.to_string()).collect()),
            ..update
        },
        "test",
    )
    .await
    .expect("policy");
    policy::invite(&state.store, room, false, "test")
        .await
        .expect("invite")
}

/// A reply's JSON or its text.
pub async fn reply(r: reqwest::Response) -> (u16, Value) {
    let status = r.status().as_u16();
    let text = r.text().await.unwrap_or_default();
    let v = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, v)
}

/// An admitted guest: its identity and guest session.
#[derive(Debug, Clone)]
pub struct Admitted {
    pub identity: String,
    pub secret: String,
    pub csrf: String,
    /// The LiveKit token handed out with the session.
    pub token: String,
}

impl Admitted {
    /// From an answer carrying `entry`, `token` and `guest_session` (a lobby-off join, or a
    /// claimed session).
    pub fn from_grant(body: &Value) -> Self {
        let g = &body["guest_session"];
        let text = |v: &Value| {
            v.as_str()
                .unwrap_or_else(|| panic!("no such field in {body}"))
                .to_string()
        };
        Self {
            identity: text(&body["entry"]["identity"]),
            secret: text(&g["secret"]),
            csrf: text(&g["csrf_token"]),
            token: text(&body["token"]),
        }
    }
}

/// Send a request; its status and JSON (or text).
pub async fn send(r: reqwest::RequestBuilder) -> (u16, Value) {
    reply(r.send().await.expect("request")).await
}

/// Ban guest `n`'s fingerprint ([`fp`]) from `room`, as host `by`.
pub async fn ban_fingerprint(bans: &Bans, room: &str, n: u32, by: &str) {
    bans.add(NewBan {
        room: Some(room.into()),
        subject: BanSubject::Fingerprint(fp(n)),
        ip: None,
        reason: None,
        duration: None,
        by: by.into(),
    })
    .await
    .expect("ban");
}
