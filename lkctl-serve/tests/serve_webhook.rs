//! `POST /webhooks/livekit`: real deliveries from the emulator applied through core
//! (sessions, ban enforcement, room_finished jobs), the forgery corpus, deduplication and
//! recorded outcomes; on SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use std::time::Duration;

use base64::Engine;
use lkctl_core::ops::bans::{BanSubject, NewBan};
use lkctl_core::ops::rooms::{self, CreateRoom};
use lkctl_core::ops::{jobs, session as history, webhook_receiver};
use lkctl_emulator::ParticipantSpec;
use lkctl_emulator::{DEV_API_KEY, DEV_API_SECRET, Emulator, EmulatorConfig};
use serde_json::json;
use serve_support::*;
use sha2::{Digest, Sha256};

both!(emulator_deliveries_are_applied, forgeries_change_nothing);

fn sign(body: &[u8], key: &str, secret: &str, exp_offset: i64, sha: Option<String>) -> String {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs() as i64;
    let sha = sha
        .unwrap_or_else(|| base64::engine::general_purpose::STANDARD.encode(Sha256::digest(body)));
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &json!({"iss": key, "nbf": now - 10, "exp": now + exp_offset, "sha256": sha}),
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .unwrap()
}

fn event(id: &str, name: &str, room: &str) -> Vec<u8> {
    serde_json::to_vec(&json!({
        "event": name,
        "id": id,
        "createdAt": 1_700_000_000,
        "room": {"name": room, "sid": "RM_test"},
    }))
    .unwrap()
}

async fn deliveries(h: &Harness) -> usize {
    webhook_receiver::list(&h.state.store, 1000)
        .await
        .unwrap()
        .len()
}

/// Poll until `f` holds (deliveries are asynchronous). The 60 s bound only guards against a
/// hang; how fast deliveries arrive is not under test.
async fn eventually<F, Fut>(what: &str, mut f: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = tokio::time::Instant::now() + Duration::from_secs(60);
    while !f().await {
        assert!(
            tokio::time::Instant::now() < deadline,
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

async fn emulator_deliveries_are_applied(db: Db) {
    // The server's port must be known before the emulator, which posts to it.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    let mut cfg = EmulatorConfig::dev_default();
    cfg.webhook_urls = vec![format!("http://{addr}/webhooks/livekit")];
    let emu = Emulator::new(cfg)
        .bind(([127, 0, 0, 1], 0).into())
        .await
        .unwrap();
    let tdb = test_db(db).await;
    let state = state_for(&emu.url, &tdb.url, default_options()).await;
    let running = lkctl_serve::serve_on(listener, state.clone()).unwrap();
    let store = &state.store;

    rooms::create(
        state.livekit(),
        CreateRoom {
            name: "class".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    emu.control()
        .add_participant("class", ParticipantSpec::new("ann"))
        .unwrap();
    eventually("ann's session", || async {
        history::list(store, Some("class"), None, 10)
            .await
            .unwrap()
            .iter()
            .any(|s| s.identity == "ann")
    })
    .await;

    // A banned identity that joins anyway is removed again.
    state
        .bans
        .add(NewBan {
            room: Some("class".into()),
            subject: BanSubject::Identity("mallory".into()),
            ip: None,
            reason: Some("test".into()),
            duration: None,
            by: "host".into(),
        })
        .await
        .unwrap();
    emu.control()
        .add_participant("class", ParticipantSpec::new("mallory"))
        .unwrap();
    let control = emu.control();
    eventually("mallory removed", || {
        let control = control.clone();
        async move {
            control
                .room("class")
                .is_some_and(|r| !r.participants.iter().any(|p| p.identity == "mallory"))
        }
    })
    .await;

    // Every emulator delivery is recorded with its outcome.
    eventually("outcomes", || async {
        let list = webhook_receiver::list(store, 100).await.unwrap();
        list.len() >= 3 && list.iter().all(|d| d.outcome.is_some())
    })
    .await;
    let recorded = webhook_receiver::list(store, 100).await.unwrap();
    let joined_mallory = recorded
        .iter()
        .find(|d| {
            d.event == "participant_joined" && d.outcome.as_deref().unwrap().contains("mallory")
        })
        .expect("mallory's join recorded");
    assert!(
        joined_mallory
            .outcome
            .as_deref()
            .unwrap()
            .contains("removed"),
        "{joined_mallory:?}"
    );

    // room_finished queues one job; a redelivery of the same event queues nothing.
    let body = event("EV_finished_1", "room_finished", "class");
    let client = reqwest::Client::new();
    for round in 0..2 {
        let r = client
            .post(format!("http://{addr}/webhooks/livekit"))
            .header("content-type", "application/webhook+json")
            .header(
                "authorization",
                sign(&body, DEV_API_KEY, DEV_API_SECRET, 600, None),
            )
            .body(body.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(r.status(), 200);
        let v: serde_json::Value = r.json().await.unwrap();
        if round == 0 {
            assert_eq!(v["recorded"], "delivery_only", "{v}");
            assert_eq!(v["job"]["kind"], "room_finished", "{v}");
        } else {
            assert_eq!(v["recorded"], "duplicate", "{v}");
            assert!(v["job"].is_null(), "{v}");
        }
    }
    let queued = jobs::list(store, Some(jobs::ROOM_FINISHED), None)
        .await
        .unwrap();
    assert_eq!(queued.len(), 1);
    assert_eq!(queued[0].room.as_deref(), Some("class"));
    assert_eq!(queued[0].status, "pending");
    // The extension point: a worker claims it once and finishes it.
    let job = jobs::claim(store, jobs::ROOM_FINISHED, "w1", Duration::from_secs(60))
        .await
        .unwrap()
        .expect("claimable");
    assert!(
        jobs::claim(store, jobs::ROOM_FINISHED, "w2", Duration::from_secs(60))
            .await
            .unwrap()
            .is_none()
    );
    let done = jobs::finish(store, &job.id, "w1", None).await.unwrap();
    assert_eq!(done.status, "done");

    running.shutdown();
    running.wait().await.unwrap();
    state.store.close().await;
    emu.shutdown().await;
    tdb.cleanup().await;
}

async fn forgeries_change_nothing(db: Db) {
    let h = Harness::new(db).await;
    let body = event("EV_forged_1", "room_finished", "class");
    let other = event("EV_forged_2", "room_finished", "class");
    let good = sign(&body, DEV_API_KEY, DEV_API_SECRET, 600, None);
    let none_alg = {
        let b64 = |v: serde_json::Value| {
            base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(v.to_string())
        };
        let sha = base64::engine::general_purpose::STANDARD.encode(Sha256::digest(&body));
        format!(
            "{}.{}.",
            b64(json!({"alg": "none", "typ": "JWT"})),
            b64(json!({"iss": DEV_API_KEY, "exp": 4_000_000_000_i64, "sha256": sha}))
        )
    };
    let corpus: Vec<(&str, Option<String>, Vec<u8>)> = vec![
        ("unsigned", None, body.clone()),
        ("empty header", Some(String::new()), body.clone()),
        ("garbage", Some("not a jwt".into()), body.clone()),
        (
            "wrong secret",
            Some(sign(
                &body,
                DEV_API_KEY,
                "another-secret-entirely-0123456789",
                600,
                None,
            )),
            body.clone(),
        ),
        (
            "wrong key",
            Some(sign(&body, "otherkey", DEV_API_SECRET, 600, None)),
            body.clone(),
        ),
        ("body swapped", Some(good.clone()), other.clone()),
        (
            "sha256 of something else",
            Some(sign(
                &body,
                DEV_API_KEY,
                DEV_API_SECRET,
                600,
                Some("AAAA".into()),
            )),
            body.clone(),
        ),
        (
            "expired",
            Some(sign(&body, DEV_API_KEY, DEV_API_SECRET, -3600, None)),
            body.clone(),
        ),
        ("alg none", Some(none_alg), body.clone()),
    ];
    for (what, auth, payload) in corpus {
        let mut req = post("/webhooks/livekit").header("content-type", "application/webhook+json");
        if let Some(a) = auth {
            req = req.header("authorization", a);
        }
        let r = h.call(req.body(payload.into()).unwrap()).await;
        assert_eq!(r.status, 401, "{what}: {}", r.text());
        assert_eq!(r.error_code(), "unauthenticated", "{what}");
    }
    // Oversized: 413 before any parsing.
    let big = vec![b' '; lkctl_serve::webhook::MAX_WEBHOOK_BODY + 1];
    let r = h
        .call(
            post("/webhooks/livekit")
                .header(
                    "authorization",
                    sign(&big, DEV_API_KEY, DEV_API_SECRET, 600, None),
                )
                .body(big.into())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 413, "{}", r.text());

    assert_eq!(deliveries(&h).await, 0, "nothing was recorded");
    assert!(
        jobs::list(&h.state.store, None, None)
            .await
            .unwrap()
            .is_empty(),
        "nothing was queued"
    );

    // The genuine delivery goes through (with or without a Bearer prefix), once.
    let r = h
        .call(
            post("/webhooks/livekit")
                .header("authorization", good.clone())
                .body(body.clone().into())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let r = h
        .call(
            post("/webhooks/livekit")
                .header("authorization", format!("Bearer {good}"))
                .body(body.clone().into())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["recorded"], "duplicate");
    assert_eq!(deliveries(&h).await, 1);
    h.cleanup().await;
}
