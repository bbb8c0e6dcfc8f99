//! `/api/v1/rooms/{room}/dispatches`: a room's host dispatches agents, lists and deletes
//! dispatches, against the emulator.

mod serve_support;

use lkctl_core::ops::users::Role;
use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hosts_dispatch_agents() {
    let h = Harness::new(Db::Sqlite).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    let olga = user_token(&h, "olga", Role::Host).await;
    expect(
        &api(
            &h,
            "POST",
            "/api/v1/rooms",
            &hal,
            Some(json!({"name": "lab"})),
        )
        .await,
        201,
    );

    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/dispatches",
        &hal,
        Some(json!({"agent_name": "captioner", "metadata": "{\"lang\":\"en\"}"})),
    )
    .await;
    let d = expect(&r, 201);
    assert_eq!(d["agent_name"], "captioner");
    assert_eq!(d["room"], "lab");
    let id = d["id"].as_str().unwrap().to_string();
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/lab/dispatches",
        &hal,
        Some(json!({"metadata": "x"})),
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("agent_name"), "{}", r.text());

    let list = expect(
        &api(&h, "GET", "/api/v1/rooms/lab/dispatches", &hal, None).await,
        200,
    );
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(
        api(&h, "GET", "/api/v1/rooms/lab/dispatches", &olga, None)
            .await
            .status,
        403
    );

    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/rooms/lab/dispatches/{id}"),
        &hal,
        None,
    )
    .await;
    assert_eq!(expect(&r, 200)["id"], id.as_str());
    let list = expect(
        &api(&h, "GET", "/api/v1/rooms/lab/dispatches", &hal, None).await,
        200,
    );
    assert!(list.as_array().unwrap().is_empty());
    h.cleanup().await;
}
