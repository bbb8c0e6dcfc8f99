//! LiveKit access tokens over the API: admins mint any grants, a room's hosts mint join
//! tokens for it only (never for a banned identity), and anyone logged in may inspect or
//! verify a token.

mod serve_support;

use lkctl_core::ops::users::Role;
use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tokens_by_role() {
    let h = Harness::new(Db::Sqlite).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    make_host(&h, "bio", "hal").await;

    // Admin: any grants, as `lkctl token create -o json`.
    let r = h.by(&root).post("/api/v1/access-tokens", json!({
            "identity": "svc", "room_admin": true, "room_list": true, "room": "bio", "ttl_secs": 600
        }))
    .await;
    let t = expect(&r, 201);
    assert_eq!(t["identity"], "svc");
    assert_eq!(t["grants"]["room_admin"], true);
    assert_eq!(t["valid_for_secs"], 600);
    let admin_jwt = t["token"].as_str().unwrap().to_string();
    // Hosts may not mint arbitrary grants.
    let r = h
        .by(&hal)
        .post(
            "/api/v1/access-tokens",
            json!({"identity": "x", "room_admin": true}),
        )
        .await;
    assert_eq!(r.status, 403);

    // Host: a join token for their room, join grants only.
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/bio/access-tokens",
            json!({"identity": "gus", "name": "Gus", "can_publish": false}),
        )
        .await;
    let t = expect(&r, 201);
    assert_eq!(t["room"], "bio");
    assert_eq!(t["grants"]["room_join"], true);
    assert_eq!(t["grants"]["can_publish"], false);
    assert!(
        t["grants"].get("room_admin").is_none_or(|v| v == false),
        "{t}"
    );
    assert_eq!(
        h.by(&hal)
            .post(
                "/api/v1/rooms/math/access-tokens",
                json!({"identity": "gus"})
            )
            .await
            .status,
        403
    );
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/bio/access-tokens",
            json!({"identity": "gus", "ttl_secs": 10_000_000}),
        )
        .await;
    r.refused(400, "ttl_secs");
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/bio/access-tokens",
            json!({"room_admin": true}),
        )
        .await;
    assert_eq!(r.status, 400, "unknown fields are refused: {}", r.text());

    // A banned identity gets no token.
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/bio/bans",
            json!({"kind": "identity", "value": "mallory"}),
        )
        .await;
    expect(&r, 201);
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/bio/access-tokens",
            json!({"identity": "mallory"}),
        )
        .await;
    r.refused(403, "banned");

    // Inspect and verify.
    let r = h
        .by(&hal)
        .post("/api/v1/access-tokens/inspect", json!({"token": admin_jwt}))
        .await;
    let info = expect(&r, 200);
    assert_eq!(info["identity"], "svc");
    assert_eq!(info["verified"], false);
    let r = h
        .by(&hal)
        .post("/api/v1/access-tokens/verify", json!({"token": admin_jwt}))
        .await;
    assert_eq!(expect(&r, 200)["verified"], true);
    let forged = lkctl_core::token::create(
        "devkey",
        &lkctl_core::Secret::new("not-the-secret-not-the-secret-000"),
        &lkctl_core::token::TokenRequest {
            identity: Some("x".into()),
            room_join: true,
            room: Some("bio".into()),
            ..Default::default()
        },
    )
    .unwrap()
    .token;
    let r = h
        .by(&hal)
        .post("/api/v1/access-tokens/verify", json!({"token": forged}))
        .await;
    // The token is refused, not the caller: 400 naming the token, never 401.
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("token"),
        "{}",
        r.text()
    );
    let r = h
        .by(&hal)
        .post("/api/v1/access-tokens/inspect", json!({"token": "garbage"}))
        .await;
    assert_eq!(r.status, 400, "{}", r.text());
    h.cleanup().await;
}
