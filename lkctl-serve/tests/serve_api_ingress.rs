//! `/api/v1/ingress` (admins): create, list, delete against the emulator.

mod serve_support;

use lkctl_core::ops::users::Role;
use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_manage_ingress() {
    let h = Harness::new(Db::Sqlite).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    make_host(&h, "stage", "hal").await;

    let r = h
        .by(&root)
        .post(
            "/api/v1/ingress",
            json!({
                "input_type": "rtmp", "name": "obs", "room": "stage", "identity": "obs-cam"
            }),
        )
        .await;
    let ing = expect(&r, 201);
    assert_eq!(ing["input_type"], "rtmp");
    assert_eq!(ing["room_name"], "stage");
    let id = ing["ingress_id"].as_str().unwrap().to_string();
    assert!(!ing["stream_key"].as_str().unwrap().is_empty());

    let r = h
        .by(&root)
        .post(
            "/api/v1/ingress",
            json!({
                "input_type": "url", "room": "stage", "identity": "pull"
            }),
        )
        .await;
    r.refused(400, "url");
    let r = h
        .by(&root)
        .post(
            "/api/v1/ingress",
            json!({
                "input_type": "carrier-pigeon", "room": "stage", "identity": "p"
            }),
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.text());

    let all = expect(&h.by(&root).get("/api/v1/ingress").await, 200);
    assert_eq!(all.as_array().unwrap().len(), 1);
    let none = expect(&h.by(&root).get("/api/v1/ingress?room=other").await, 200);
    assert!(none.as_array().unwrap().is_empty());
    // Ingress is global: not for hosts, even of the room it publishes into.
    assert_eq!(h.by(&hal).get("/api/v1/ingress").await.status, 403);
    assert_eq!(
        h.by(&hal)
            .delete(&format!("/api/v1/ingress/{id}"))
            .await
            .status,
        403
    );

    let r = h.by(&root).delete(&format!("/api/v1/ingress/{id}")).await;
    assert_eq!(expect(&r, 200)["ingress_id"], id.as_str());
    assert!(
        expect(&h.by(&root).get("/api/v1/ingress").await, 200)
            .as_array()
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        h.by(&root)
            .delete(&format!("/api/v1/ingress/{id}"))
            .await
            .status,
        404
    );
    h.cleanup().await;
}
