//! The guest join flow over HTTP: `POST /api/v1/join/{code}` and its refusals (ban, PIN with
//! its per-address limit behind a trusted proxy, full room, unknown or rotated code,
//! cross-site), the waiting guest's SSE stream (approve, reject, expiry, `Last-Event-ID`,
//! heartbeats), the claim traded for a guest session, and the host's room stream; on
//! SQLite and PostgreSQL with real SSE clients over loopback sockets.

#[macro_use]
mod serve_support;

use std::net::SocketAddr;
use std::time::Duration;

use axum::extract::ConnectInfo;
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate};
use lkctl_core::ops::users::Role;
use serde_json::json;
use serve_support::guest::*;
use serve_support::sse::SseItem;
use serve_support::*;

both!(
    join_refusals_and_limits,
    approved_guest_gets_token_and_session,
    rejected_and_expired_guests,
    shutdown_ends_open_streams,
    approve_all_reaches_every_waiting_guest
);

/// A join as seen from `peer` with an optional `X-Forwarded-For`.
fn join_from(
    code: &str,
    body: serde_json::Value,
    peer: &str,
    forwarded: Option<&str>,
) -> axum::http::Request<axum::body::Body> {
    let mut req = post(&format!("/api/v1/join/{code}")).header("content-type", "application/json");
    if let Some(f) = forwarded {
        req = req.header("x-forwarded-for", f);
    }
    let mut req = req.body(json_body(body)).unwrap();
    let peer: SocketAddr = format!("{peer}:40000").parse().unwrap();
    req.extensions_mut().insert(ConnectInfo(peer));
    req
}

async fn join_refusals_and_limits(db: Db) {
    let mut options = default_options();
    options.trusted_proxies = vec!["10.0.0.0/8".parse().unwrap()];
    let h = Harness::with_options(db, options).await;
    let state = &h.state;
    let code = room_policy(
        state,
        "locked",
        &["hal"],
        PolicyUpdate {
            lobby: Some(true),
            pin: Some(PinChange::Set("4711".into())),
            ..Default::default()
        },
    )
    .await;
    let guest =
        |n: u32, pin: &str| json!({"display_name": "Gus", "fingerprint": fp(n), "pin": pin});

    // The invite tells the form what to ask for.
    let r = h
        .call(
            get(&format!("/api/v1/join/{code}"))
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["pin_required"], true);
    assert_eq!(r.json()["lobby"], true);

    // Unknown and rotated codes.
    let r = h
        .call(join_from("ZZZZZZZZZZ", guest(1, "4711"), "192.0.2.1", None))
        .await;
    assert_eq!(r.status, 404, "{}", r.text());
    assert_eq!(r.error_code(), "not_found");
    let rotated = policy::invite(&state.store, "locked", true, "test")
        .await
        .unwrap();
    assert_ne!(rotated, code);
    let r = h
        .call(join_from(&code, guest(1, "4711"), "192.0.2.1", None))
        .await;
    assert_eq!(r.status, 404, "the old code is dead: {}", r.text());
    let code = rotated;

    // Bad input, cross-site posts.
    let r = h
        .call(join_from(
            &code,
            json!({"display_name": "Gus"}),
            "192.0.2.1",
            None,
        ))
        .await;
    assert_eq!(r.status, 400, "{}", r.text());
    let mut req = join_from(&code, guest(1, "4711"), "192.0.2.1", None);
    req.headers_mut()
        .insert("sec-fetch-site", "cross-site".parse().unwrap());
    let r = h.call(req).await;
    assert_eq!(r.status, 403, "{}", r.text());
    let mut req = join_from(&code, guest(1, "4711"), "192.0.2.1", None);
    req.headers_mut()
        .insert("origin", "https://evil.example".parse().unwrap());
    assert_eq!(h.call(req).await.status, 403);

    // Banned fingerprints are refused before the PIN is looked at.
    ban_fingerprint(&state.bans, "locked", 66, "hal").await;
    let r = h
        .call(join_from(&code, guest(66, "4711"), "192.0.2.1", None))
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(r.error_code(), "permission_denied");

    // Wrong PINs: 401 five times per client address, then 429 with Retry-After. The
    // address is X-Forwarded-For's only when the peer is a trusted proxy.
    for attempt in 1..=5 {
        let r = h
            .call(join_from(
                &code,
                guest(2, "0000"),
                "10.0.0.1",
                Some("203.0.113.5"),
            ))
            .await;
        assert_eq!(r.status, 401, "attempt {attempt}: {}", r.text());
        assert_eq!(r.error_code(), "unauthenticated");
    }
    let r = h
        .call(join_from(
            &code,
            guest(2, "4711"),
            "10.0.0.1",
            Some("203.0.113.5"),
        ))
        .await;
    assert_eq!(r.status, 429, "the 6th attempt: {}", r.text());
    let retry: u64 = r
        .header("retry-after")
        .expect("Retry-After")
        .parse()
        .unwrap();
    assert!((1..=60).contains(&retry), "{retry}");
    // Another client behind the same proxy has its own budget.
    let r = h
        .call(join_from(
            &code,
            guest(3, "0000"),
            "10.0.0.1",
            Some("203.0.113.6"),
        ))
        .await;
    assert_eq!(r.status, 401, "{}", r.text());
    // An untrusted peer cannot pick its bucket with X-Forwarded-For.
    let r = h
        .call(join_from(
            &code,
            guest(3, "0000"),
            "192.0.2.9",
            Some("203.0.113.5"),
        ))
        .await;
    assert_eq!(r.status, 401, "{}", r.text());

    // A form-encoded join with the right PIN waits in the lobby.
    let mut req = post(&format!("/api/v1/join/{code}"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(axum::body::Body::from(format!(
            "display_name=Ann+Example&fingerprint={}&pin=4711",
            fp(4)
        )))
        .unwrap();
    req.extensions_mut()
        .insert(ConnectInfo::<SocketAddr>("192.0.2.20:1".parse().unwrap()));
    let r = h.call(req).await;
    assert_eq!(r.status, 202, "{}", r.text());
    let body = r.json();
    assert_eq!(body["outcome"], "waiting");
    assert_eq!(body["entry"]["display_name"], "Ann Example");
    assert!(body["claim"].as_str().unwrap().starts_with("CL_"));
    assert!(body.get("token").is_none(), "no token before approval");
    let entry = h
        .state
        .lobby
        .get("locked", body["entry"]["id"].as_str().unwrap())
        .await
        .unwrap();
    assert_eq!(
        entry.ip.as_deref(),
        Some("192.0.2.20"),
        "the client address is recorded"
    );

    // Lobby off: admitted at once with a token and a guest session; a full room is 409.
    let open = room_policy(
        state,
        "small",
        &["hal"],
        PolicyUpdate {
            lobby: Some(false),
            max_guests: Some(Some(1)),
            ..Default::default()
        },
    )
    .await;
    let r = h
        .call(join_from(&open, guest(10, ""), "192.0.2.30", None))
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let body = r.json();
    assert_eq!(body["outcome"], "admitted");
    assert!(body["livekit_url"].as_str().unwrap().starts_with("ws://"));
    assert_eq!(
        body["token"].as_str().unwrap().split('.').count(),
        3,
        "a JWT"
    );
    let secret = body["guest_session"]["secret"].as_str().unwrap();
    assert!(secret.starts_with("lkg_"));
    let cookie = r.header("set-cookie").unwrap();
    assert!(
        cookie.starts_with(&format!("lkctl_guest={secret};")),
        "{cookie}"
    );
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    let r = h
        .call(join_from(&open, guest(11, ""), "192.0.2.31", None))
        .await;
    assert_eq!(r.status, 409, "{}", r.text());
    assert_eq!(r.error_code(), "conflict");

    // A full room refuses lobby guests up front too.
    policy::set(
        &state.store,
        "small",
        PolicyUpdate {
            lobby: Some(true),
            ..Default::default()
        },
        "test",
    )
    .await
    .unwrap();
    let r = h
        .call(join_from(&open, guest(12, ""), "192.0.2.32", None))
        .await;
    assert_eq!(r.status, 409, "{}", r.text());
    h.cleanup().await;
}

async fn approved_guest_gets_token_and_session(db: Db) {
    let mut options = default_options();
    options.sse_heartbeat = Duration::from_millis(50);
    let s = Served::start(db, options, false).await;
    let hal = s.host("hal", Role::Host).await;
    let code = s.lobby_room("class", &["hal"]).await;
    let mut host = s.host_events("class", &hal).await;
    let ready = host.expect("ready").await;
    assert_eq!(ready.json()["room"], "class");

    let (entry, claim) = s.wait_in_lobby(&code, "Gus", 1).await;
    let requested = host.expect("lobby").await;
    assert_eq!(requested.json()["kind"], "requested");
    assert_eq!(requested.json()["entry_id"], entry.as_str());
    assert!(requested.json().get("token").is_none());

    // The entry needs its claim; a wrong one looks like a missing entry.
    let entry_url = s.url(&format!("/api/v1/join/{code}/lobby/{entry}"));
    let (status, _) = send(s.http.get(&entry_url)).await;
    assert_eq!(status, 401);
    let (status, _) = send(s.http.get(&entry_url).header("x-lobby-claim", "CL_wrong")).await;
    assert_eq!(status, 404);
    assert!(matches!(
        s.guest_events(&code, &entry, "CL_wrong", None).await,
        Err((404, _))
    ));
    let (status, body) = send(s.http.get(&entry_url).header("x-lobby-claim", &claim)).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["entry"]["status"], "pending");
    assert!(body.get("token").is_none());

    // The stream: pending, heartbeats while waiting, approved, end.
    let mut guest = s.guest_events(&code, &entry, &claim, None).await.unwrap();
    let pending = guest.expect("pending").await;
    assert_eq!(pending.id.as_deref(), Some("1"));
    match guest.next_item().await {
        Some(SseItem::Comment(c)) => assert_eq!(c, "heartbeat"),
        other => panic!("a heartbeat while waiting, got {other:?}"),
    }
    // A session cannot be claimed while pending.
    let session_url = format!("{entry_url}/session");
    let (status, body) = send(s.http.post(&session_url).header("x-lobby-claim", &claim)).await;
    assert_eq!(status, 409, "{body}");

    let (status, body) = s
        .host_post(
            &hal,
            &format!("/api/v1/rooms/class/lobby/{entry}/approve"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let approved = guest.expect("approved").await;
    assert_eq!(approved.id.as_deref(), Some("2"));
    let a = approved.json();
    // The stream tells the decision; the token is collected once, with the session.
    assert!(a.get("token").is_none(), "{a}");
    assert!(a["session"].as_str().unwrap().ends_with("/session"));
    assert!(
        a["livekit_url"]
            .as_str()
            .unwrap()
            .starts_with("ws://127.0.0.1:")
    );
    assert!(a["identity"].as_str().unwrap().starts_with("guest-"));
    assert!(
        guest.next_event().await.is_none(),
        "the stream ends after the outcome"
    );
    let decided = host.expect("lobby").await;
    assert_eq!(decided.json()["kind"], "approved");
    assert_eq!(decided.json()["by"], "hal");
    assert!(!decided.data.contains("eyJ"), "hosts never see a token");

    // Reconnects: after `pending` the outcome comes at once; after the outcome, 204.
    let mut again = s
        .guest_events(&code, &entry, &claim, Some("1"))
        .await
        .unwrap();
    assert_eq!(
        again.expect("approved").await.json()["identity"],
        a["identity"]
    );
    assert!(again.next_event().await.is_none());
    let mut fresh = s.guest_events(&code, &entry, &claim, None).await.unwrap();
    assert_eq!(fresh.expect("approved").await.id.as_deref(), Some("2"));
    assert!(matches!(
        s.guest_events(&code, &entry, &claim, Some("2")).await,
        Err((204, _))
    ));
    // Plain GET for clients without SSE.
    let (_, body) = send(s.http.get(&entry_url).query(&[("claim", &claim)])).await;
    assert_eq!(body["entry"]["status"], "approved");
    assert!(body.get("token").is_none(), "{body}");
    assert!(body["session"].as_str().unwrap().ends_with("/session"));

    // The claim, as a form body, buys a guest session.
    let r = s
        .http
        .post(&session_url)
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!("claim={claim}"))
        .send()
        .await
        .unwrap();
    let cookie = r
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .unwrap()
        .to_string();
    let (status, body) = reply(r).await;
    assert_eq!(status, 200, "{body}");
    let token = body["token"].as_str().unwrap();
    assert_eq!(token.split('.').count(), 3, "a JWT: {token}");
    let secret = body["guest_session"]["secret"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(cookie.starts_with(&format!("lkctl_guest={secret};")));
    let (status, me) = send(s.as_guest(reqwest::Method::GET, "/api/v1/guest", &secret)).await;
    assert_eq!(status, 200, "{me}");
    assert_eq!(me["session"]["room"], "class");
    assert_eq!(me["session"]["entry_id"], entry.as_str());
    // The token is handed out once: claiming again is a conflict and the session stays.
    let (status, body) = send(s.http.post(&session_url).header("x-lobby-claim", &claim)).await;
    assert_eq!(status, 409, "{body}");
    let (status, _) = send(s.as_guest(reqwest::Method::GET, "/api/v1/guest", &secret)).await;
    assert_eq!(status, 200, "the session stays");
    // Only a hash of the secret is stored.
    let newer = secret.as_str();
    let stored: Vec<String> = match s.state.store.backend() {
        lkctl_core::store::Backend::Sqlite(p) => {
            sqlx::query_scalar("SELECT token_hash FROM guest_sessions")
                .fetch_all(p)
                .await
                .unwrap()
        }
        lkctl_core::store::Backend::Postgres(p) => {
            sqlx::query_scalar("SELECT token_hash FROM guest_sessions")
                .fetch_all(p)
                .await
                .unwrap()
        }
    };
    assert_eq!(stored.len(), 1);
    assert!(stored.iter().all(|h| h.len() == 64 && !h.contains(newer)));
    s.stop().await;
}

async fn rejected_and_expired_guests(db: Db) {
    let s = Served::start(db, default_options(), false).await;
    let hal = s.host("hal", Role::Host).await;
    let code = s.lobby_room("class", &["hal"]).await;
    let (entry, claim) = s.wait_in_lobby(&code, "Mallory", 1).await;
    let mut guest = s.guest_events(&code, &entry, &claim, None).await.unwrap();
    guest.expect("pending").await;
    let (status, body) = s
        .host_post(
            &hal,
            &format!("/api/v1/rooms/class/lobby/{entry}/reject"),
            Some(json!({"reason": "not on the list"})),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let rejected = guest.expect("rejected").await;
    assert_eq!(rejected.id.as_deref(), Some("2"));
    assert_eq!(rejected.json()["reason"], "not on the list");
    assert!(rejected.json().get("token").is_none());
    assert!(guest.next_event().await.is_none());
    let (status, body) = send(
        s.http
            .post(s.url(&format!("/api/v1/join/{code}/lobby/{entry}/session")))
            .header("x-lobby-claim", &claim),
    )
    .await;
    assert_eq!(status, 409, "no session for a rejected guest: {body}");
    s.stop().await;

    // A guest who outwaits the lobby's patience gets `expired` without anyone acting.
    let mut options = default_options();
    options.lobby_pending_ttl = Some(Duration::from_millis(300));
    let s = Served::start(db, options, false).await;
    let code = s.lobby_room("slow", &["hal"]).await;
    let (entry, claim) = s.wait_in_lobby(&code, "Patient", 2).await;
    let mut guest = s.guest_events(&code, &entry, &claim, None).await.unwrap();
    let first = guest.next_event().await.expect("an event");
    let expired = if first.event == "pending" {
        guest.expect("expired").await
    } else {
        first
    };
    assert_eq!(expired.event, "expired");
    assert_eq!(expired.id.as_deref(), Some("2"));
    assert!(guest.next_event().await.is_none());
    s.stop().await;
}

async fn shutdown_ends_open_streams(db: Db) {
    let s = Served::start(db, default_options(), false).await;
    let hal = s.host("hal", Role::Host).await;
    let code = s.lobby_room("class", &["hal"]).await;
    let (entry, claim) = s.wait_in_lobby(&code, "Gus", 1).await;
    let mut guest = s.guest_events(&code, &entry, &claim, None).await.unwrap();
    guest.expect("pending").await;
    let mut host = s.host_events("class", &hal).await;
    host.expect("ready").await;

    s.running.shutdown();
    let Served {
        emu,
        db: tdb,
        state,
        running,
        ..
    } = s;
    tokio::time::timeout(Duration::from_secs(10), running.wait())
        .await
        .expect("the server stops although streams were open")
        .expect("clean exit");
    assert!(
        guest.next_event().await.is_none(),
        "the guest sees its stream end"
    );
    assert!(
        host.next_event().await.is_none(),
        "the host sees its stream end"
    );
    state.store.close().await;
    emu.shutdown().await;
    tdb.cleanup().await;
}

/// A host's approve-all lets every waiting guest in (each stream says `approved`), skips a
/// banned one, and is for the room's hosts only.
async fn approve_all_reaches_every_waiting_guest(db: Db) {
    let s = Served::start(db, default_options(), false).await;
    let hal = s.host("hal", Role::Host).await;
    let olga = s.host("olga", Role::Host).await;
    let code = s.lobby_room("class", &["hal"]).await;
    let mut streams = Vec::new();
    for n in 1..=3 {
        let (entry, claim) = s.wait_in_lobby(&code, &format!("Guest {n}"), n).await;
        let mut events = s.guest_events(&code, &entry, &claim, None).await.unwrap();
        events.expect("pending").await;
        streams.push(events);
    }
    let (_, _) = s.wait_in_lobby(&code, "Mallory", 9).await;
    ban_fingerprint(&s.state.bans, "class", 9, "hal").await;
    let path = "/api/v1/rooms/class/lobby/approve-all";
    let (status, body) = s.host_post(&olga, path, None).await;
    assert_eq!(status, 403, "{body}");
    let (status, body) = s.host_post(&hal, path, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body.as_array().unwrap().len(),
        3,
        "the banned guest stays out: {body}"
    );
    for events in &mut streams {
        events.expect("approved").await;
    }
    let (status, body) = s.host_post(&hal, path, None).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body, serde_json::json!([]), "nobody waits any more");
    s.stop().await;
}
