//! Two `lkctl serve` instances on one PostgreSQL behave as one: a guest waiting on instance
//! A hears the approval a host makes on instance B, and a host following the room on A sees
//! the hand the guest raises through B.

#[allow(unused_macros)] // the both! macro: this test runs on PostgreSQL only
mod serve_support;

use std::net::SocketAddr;

use lkctl_core::ops::policy::PolicyUpdate;
use lkctl_core::ops::users::Role;
use reqwest::Method;
use serde_json::json;
use serve_support::guest::*;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn approval_on_b_reaches_the_guest_on_a() {
    let a = Served::start(Db::Postgres, default_options(), false).await;
    // Instance B: its own process state (store pool, event hub, listener) on the same
    // database and LiveKit.
    let b_state = state_for(&a.emu.url, &a.db.url, default_options()).await;
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let b_base = format!("http://{}", listener.local_addr().unwrap());
    let b = lkctl_serve::serve_on(listener, b_state.clone()).unwrap();

    let hal = a.host("hal", Role::Host).await;
    let code = a
        .room(
            "class",
            &["hal"],
            PolicyUpdate {
                lobby: Some(true),
                webinar: Some(true),
                ..Default::default()
            },
        )
        .await;
    let mut host_on_a = a.host_events("class", &hal).await;
    host_on_a.expect("ready").await;

    // The guest joins and waits on A.
    let (entry, claim) = a.wait_in_lobby(&code, "Gus", 1).await;
    let mut guest_on_a = a.guest_events(&code, &entry, &claim, None).await.unwrap();
    guest_on_a.expect("pending").await;

    // The host approves on B.
    let r = a
        .http
        .post(format!("{b_base}/api/v1/rooms/class/lobby/{entry}/approve"))
        .bearer_auth(&hal)
        .send()
        .await
        .unwrap();
    let (status, body) = reply(r).await;
    assert_eq!(status, 200, "{body}");
    let approved = guest_on_a.expect("approved").await;
    assert!(
        approved.json()["session"]
            .as_str()
            .unwrap()
            .ends_with("/session")
    );
    assert!(guest_on_a.next_event().await.is_none());
    // The host on A saw the request and B's decision.
    let mut kinds = Vec::new();
    while kinds.last().map(String::as_str) != Some("approved") {
        let ev = host_on_a.expect("lobby").await;
        kinds.push(ev.json()["kind"].as_str().unwrap().to_string());
    }
    assert_eq!(kinds, ["requested", "approved"]);

    // The guest takes its session on B and raises a hand there; the host on A sees it.
    let r = a
        .http
        .post(format!("{b_base}/api/v1/join/{code}/lobby/{entry}/session"))
        .header("x-lobby-claim", &claim)
        .send()
        .await
        .unwrap();
    let (status, body) = reply(r).await;
    assert_eq!(status, 200, "{body}");
    assert!(body["token"].as_str().unwrap().contains('.'));
    let secret = body["guest_session"]["secret"].as_str().unwrap();
    let r = a
        .http
        .request(Method::POST, format!("{b_base}/api/v1/guest/hand"))
        .bearer_auth(secret)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);
    let hand = host_on_a.expect("hand").await;
    assert_eq!(hand.json()["kind"], "hand_raised");
    assert_eq!(hand.json()["name"], json!("Gus"));
    // And the session opened on B works on A.
    let r = a
        .as_guest(Method::GET, "/api/v1/guest", secret)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 200);

    b.shutdown();
    b.wait().await.unwrap();
    b_state.store.close().await;
    a.stop().await;
}
