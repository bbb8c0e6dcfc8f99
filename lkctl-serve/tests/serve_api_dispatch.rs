//! `/api/v1/rooms/{room}/dispatches`: a room's host dispatches agents, lists and deletes
//! dispatches, against the emulator.

mod serve_support;

use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn hosts_dispatch_agents() {
    let h = Harness::new(Db::Sqlite).await;
    let Cast { hal, olga, .. } = h.cast().await;
    h.by(&hal).create_room("lab").await;

    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/lab/dispatches",
            json!({"agent_name": "captioner", "metadata": "{\"lang\":\"en\"}"}),
        )
        .await;
    let d = expect(&r, 201);
    assert_eq!(d["agent_name"], "captioner");
    assert_eq!(d["room"], "lab");
    let id = d["id"].as_str().unwrap().to_string();
    let r = h
        .by(&hal)
        .post("/api/v1/rooms/lab/dispatches", json!({"metadata": "x"}))
        .await;
    r.refused(400, "agent_name");

    let list = expect(&h.by(&hal).get("/api/v1/rooms/lab/dispatches").await, 200);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(
        h.by(&olga).get("/api/v1/rooms/lab/dispatches").await.status,
        403
    );

    let r = h
        .by(&hal)
        .delete(&format!("/api/v1/rooms/lab/dispatches/{id}"))
        .await;
    assert_eq!(expect(&r, 200)["id"], id.as_str());
    let list = expect(&h.by(&hal).get("/api/v1/rooms/lab/dispatches").await, 200);
    assert!(list.as_array().unwrap().is_empty());
    h.cleanup().await;
}
