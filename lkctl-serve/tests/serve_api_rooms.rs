//! `/api/v1/rooms`: list, create (hosts become hosts of what they create), get, update,
//! delete and mute-all, as admins and hosts, against the emulator, on SQLite and
//! PostgreSQL.

#[macro_use]
mod serve_support;

use lkctl_core::ops::policy;
use lkctl_core::ops::users::Role;
use lkctl_emulator::{ParticipantSpec, TrackSpec};
use serde_json::json;
use serve_support::*;

both!(rooms_for_admins_and_hosts, mute_all_spares_the_host);

async fn rooms_for_admins_and_hosts(db: Db) {
    let h = Harness::new(db).await;
    let Cast { root, hal, olga } = h.cast().await;

    // An admin creates with options; the JSON is core's Room, as `lkctl room create -o json`.
    let r = h
        .by(&root)
        .post(
            "/api/v1/rooms",
            json!({"name": "math", "max_participants": 30, "metadata": "m1", "empty_timeout": 60}),
        )
        .await;
    let math = expect(&r, 201);
    assert_eq!(math["name"], "math");
    assert_eq!(math["max_participants"], 30);
    assert_eq!(math["metadata"], "m1");
    assert!(math["sid"].as_str().unwrap().starts_with("RM_"), "{math}");
    assert!(
        policy::show(&h.state.store, "math").await.is_err(),
        "admins do not become hosts"
    );

    // A host who creates a room hosts it.
    let r = h
        .by(&hal)
        .post("/api/v1/rooms", json!({"name": "bio"}))
        .await;
    expect(&r, 201);
    assert_eq!(
        policy::show(&h.state.store, "bio").await.unwrap().hosts,
        vec!["hal"]
    );

    // Another host cannot take it over by "creating" it again, nor take a running room.
    let r = h
        .by(&olga)
        .post("/api/v1/rooms", json!({"name": "bio"}))
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    let r = h
        .by(&olga)
        .post("/api/v1/rooms", json!({"name": "math"}))
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    assert_eq!(
        policy::show(&h.state.store, "bio").await.unwrap().hosts,
        vec!["hal"]
    );

    // Lists: admins see every room, hosts theirs.
    let names = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|r| r["name"].as_str().unwrap().to_string())
            .collect()
    };
    assert_eq!(
        names(expect(&h.by(&root).get("/api/v1/rooms").await, 200)),
        ["bio", "math"]
    );
    assert_eq!(
        names(expect(&h.by(&hal).get("/api/v1/rooms").await, 200)),
        ["bio"]
    );
    assert_eq!(
        names(expect(&h.by(&olga).get("/api/v1/rooms").await, 200)),
        Vec::<String>::new()
    );

    // Get and update as the host; another host is refused.
    let r = h.by(&hal).get("/api/v1/rooms/bio").await;
    assert_eq!(expect(&r, 200)["name"], "bio");
    assert_eq!(h.by(&olga).get("/api/v1/rooms/bio").await.status, 403);
    assert_eq!(h.by(&hal).get("/api/v1/rooms/math").await.status, 403);
    let r = h
        .by(&hal)
        .patch(
            "/api/v1/rooms/bio",
            json!({"metadata": "{\"topic\":\"cells\"}"}),
        )
        .await;
    assert_eq!(expect(&r, 200)["metadata"], "{\"topic\":\"cells\"}");
    assert_eq!(
        h.emu.control().room("bio").unwrap().room.metadata,
        "{\"topic\":\"cells\"}"
    );

    // Bad input names the field.
    let r = h
        .by(&root)
        .post("/api/v1/rooms", json!({"max_participants": 3}))
        .await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(
        r.json()["error"]["message"]
            .as_str()
            .unwrap()
            .contains("name"),
        "{}",
        r.text()
    );
    let r = h
        .by(&root)
        .post("/api/v1/rooms", json!({"name": "x", "colour": "red"}))
        .await;
    r.refused(400, "colour");
    let r = h.by(&root).post("/api/v1/rooms", json!({"name": ""})).await;
    r.refused(400, "name");
    let r = h.by(&hal).patch("/api/v1/rooms/bio", json!({})).await;
    r.refused(400, "metadata");

    // Unknown rooms are 404 for whoever may ask.
    assert_eq!(
        h.by(&root).get("/api/v1/rooms/nope").await.error_code(),
        "not_found"
    );

    // Delete as the host; then it is gone.
    let r = h.by(&hal).delete("/api/v1/rooms/bio").await;
    assert_eq!(expect(&r, 200), json!({"name": "bio", "deleted": true}));
    assert!(h.emu.control().room("bio").is_none());
    assert_eq!(h.by(&hal).get("/api/v1/rooms/bio").await.status, 404);
    h.cleanup().await;
}

async fn mute_all_spares_the_host(db: Db) {
    let h = Harness::new(db).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    h.by(&hal).create_room("lab").await;
    let c = h.emu.control();
    for who in ["hal", "ann", "bob"] {
        c.add_participant(
            "lab",
            ParticipantSpec::new(who).track(TrackSpec::audio("mic")),
        )
        .unwrap();
    }
    let r = h
        .by(&hal)
        .post("/api/v1/rooms/lab/mute-all", json!({"dry_run": true}))
        .await;
    let report = expect(&r, 200);
    assert_eq!(report["dry_run"], true);
    let outcomes: Vec<(String, String)> = report["outcomes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|o| {
            (
                o["identity"].as_str().unwrap().into(),
                o["outcome"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(outcomes.len(), 3, "{report}");
    let hal_outcome = &outcomes.iter().find(|(i, _)| i == "hal").unwrap().1;
    assert_ne!(hal_outcome, "would_change", "{report}");

    let r = h
        .by(&hal)
        .post("/api/v1/rooms/lab/mute-all", json!({"except": ["bob"]}))
        .await;
    let report = expect(&r, 200);
    assert_eq!(report["dry_run"], false);
    let muted = |id: &str| {
        c.room("lab")
            .unwrap()
            .participants
            .iter()
            .find(|p| p.identity == id)
            .unwrap()
            .tracks
            .iter()
            .all(|t| t.muted)
    };
    assert!(muted("ann"));
    assert!(!muted("bob"));
    assert!(!muted("hal"), "the host is spared");
    h.cleanup().await;
}
