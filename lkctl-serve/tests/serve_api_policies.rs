//! Room policies and invite codes over the API: admins create policies and hand rooms to
//! hosts; hosts change their rooms' policies (never dropping themselves) and get or rotate
//! invite codes. On SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use lkctl_core::ops::policy;
use serde_json::json;
use serve_support::*;

both!(policies_and_invites);

async fn policies_and_invites(db: Db) {
    let h = Harness::new(db).await;
    let Cast { root, hal, olga } = h.cast().await;

    // No policy yet: only an admin may create one.
    let r = h
        .by(&hal)
        .put("/api/v1/rooms/chem/policy", json!({"hosts": ["hal"]}))
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    let r = h
        .by(&root)
        .put(
            "/api/v1/rooms/chem/policy",
            json!({"hosts": ["hal"], "lobby": true, "pin": "4321", "max_guests": 25}),
        )
        .await;
    let p = expect(&r, 200);
    assert_eq!(p["room"], "chem");
    assert_eq!(p["hosts"], json!(["hal"]));
    assert_eq!(p["lobby"], true);
    assert_eq!(p["pin_set"], true);
    assert_eq!(p["max_guests"], 25);
    assert!(
        p.get("pin").is_none() && !r.text().contains("4321"),
        "the PIN never comes back"
    );

    // The host reads and changes it; `null` clears.
    let r = h.by(&hal).get("/api/v1/rooms/chem/policy").await;
    assert_eq!(expect(&r, 200)["webinar"], false);
    let r = h
        .by(&hal)
        .put(
            "/api/v1/rooms/chem/policy",
            json!({"webinar": true, "pin": null, "max_guests": null}),
        )
        .await;
    let p = expect(&r, 200);
    assert_eq!(p["webinar"], true);
    assert_eq!(p["pin_set"], false);
    assert_eq!(p["max_guests"], serde_json::Value::Null);
    assert_eq!(p["lobby"], true, "absent fields stay");

    // A host cannot drop themselves; an admin can hand the room over.
    let r = h
        .by(&hal)
        .put("/api/v1/rooms/chem/policy", json!({"hosts": ["olga"]}))
        .await;
    r.refused(400, "hosts");
    let r = h
        .by(&hal)
        .put(
            "/api/v1/rooms/chem/policy",
            json!({"hosts": ["hal", "bad\nid"]}),
        )
        .await;
    r.refused(400, "hosts[1]");
    let r = h
        .by(&hal)
        .put("/api/v1/rooms/chem/policy", json!({"pin": "12"}))
        .await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().to_lowercase().contains("pin"), "{}", r.text());
    let r = h
        .by(&olga)
        .put("/api/v1/rooms/chem/policy", json!({"lobby": false}))
        .await;
    assert_eq!(r.status, 403);

    // Invite codes: made on first use, stable, rotated on demand.
    let code = expect(&h.by(&hal).get("/api/v1/rooms/chem/invite").await, 200)["invite_code"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(!code.is_empty());
    let again = expect(&h.by(&hal).get("/api/v1/rooms/chem/invite").await, 200);
    assert_eq!(again, json!({"room": "chem", "invite_code": code}));
    let rotated = expect(
        &h.by(&hal)
            .post_empty("/api/v1/rooms/chem/invite/rotate")
            .await,
        200,
    )["invite_code"]
        .as_str()
        .unwrap()
        .to_string();
    assert_ne!(rotated, code);
    assert!(
        policy::room_for_invite(&h.state.store, &code)
            .await
            .is_err(),
        "the old code is dead"
    );
    assert_eq!(
        policy::room_for_invite(&h.state.store, &rotated)
            .await
            .unwrap()
            .room,
        "chem"
    );
    assert_eq!(
        h.by(&olga).get("/api/v1/rooms/chem/invite").await.status,
        403
    );

    // Admins list every policy; hosts may not.
    let all = expect(&h.by(&root).get("/api/v1/policies").await, 200);
    assert_eq!(all.as_array().unwrap().len(), 1);
    assert_eq!(h.by(&hal).get("/api/v1/policies").await.status, 403);

    // Every change is in the audit log, with the user who made it.
    let audit = expect(&h.by(&root).get("/api/v1/audit?room=chem").await, 200);
    let actors: Vec<&str> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["actor"].as_str().unwrap())
        .collect();
    assert!(
        actors.contains(&"user:root") && actors.contains(&"user:hal"),
        "{audit}"
    );
    h.cleanup().await;
}
