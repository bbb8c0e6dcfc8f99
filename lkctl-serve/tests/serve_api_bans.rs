//! Bans over the API: a room's hosts ban from and lift bans of their room (the banned
//! participant is removed at once); admins manage global bans. On SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use lkctl_emulator::ParticipantSpec;
use serde_json::json;
use serve_support::*;

both!(bans_by_hosts_and_admins);

async fn bans_by_hosts_and_admins(db: Db) {
    let h = Harness::new(db).await;
    let Cast { root, hal, olga } = h.cast().await;
    h.by(&hal).create_room("bio").await;
    make_host(&h, "art", "olga").await;
    let c = h.emu.control();
    c.add_participant("bio", ParticipantSpec::new("mallory"))
        .unwrap();

    // The host bans; the participant is removed from the room.
    let r = h.by(&hal).post("/api/v1/rooms/bio/bans", json!({"kind": "identity", "value": "mallory", "reason": "spam", "duration_secs": 3600})).await;
    let outcome = expect(&r, 201);
    let ban_id = outcome["ban"]["id"].as_str().unwrap().to_string();
    assert_eq!(outcome["ban"]["room"], "bio");
    assert_eq!(
        outcome["ban"]["subject"],
        json!({"kind": "identity", "value": "mallory"})
    );
    assert_eq!(outcome["ban"]["created_by"], "user:hal");
    assert_eq!(outcome["removed"][0]["identity"], "mallory");
    assert!(
        c.room("bio")
            .unwrap()
            .participants
            .iter()
            .all(|p| p.identity != "mallory")
    );

    // Bad input names the field.
    let r = h
        .by(&hal)
        .post(
            "/api/v1/rooms/bio/bans",
            json!({"kind": "face", "value": "x"}),
        )
        .await;
    r.refused(400, "kind");
    let r = h
        .by(&hal)
        .post("/api/v1/rooms/bio/bans", json!({"kind": "identity"}))
        .await;
    r.refused(400, "value");

    // An admin's global ban shows in every room's list; only admins lift it.
    let r = h
        .by(&root)
        .post(
            "/api/v1/bans",
            json!({"kind": "fingerprint", "value": "fingerprint-of-eve-0001"}),
        )
        .await;
    let global_id = expect(&r, 201)["ban"]["id"].as_str().unwrap().to_string();
    assert_eq!(
        h.by(&hal)
            .post("/api/v1/bans", json!({"kind": "identity", "value": "x"}))
            .await
            .status,
        403
    );
    let ids = |v: serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|b| b["id"].as_str().unwrap().to_string())
            .collect()
    };
    let bio = ids(expect(&h.by(&hal).get("/api/v1/rooms/bio/bans").await, 200));
    assert!(bio.contains(&ban_id) && bio.contains(&global_id), "{bio:?}");
    let art = ids(expect(
        &h.by(&olga).get("/api/v1/rooms/art/bans").await,
        200,
    ));
    assert_eq!(art, vec![global_id.clone()]);
    assert_eq!(h.by(&olga).get("/api/v1/rooms/bio/bans").await.status, 403);
    let r = h
        .by(&hal)
        .delete(&format!("/api/v1/rooms/bio/bans/{global_id}"))
        .await;
    assert_eq!(r.status, 403, "{}", r.text());
    // Another room's ban is "not found" through this room.
    let r = h
        .by(&olga)
        .delete(&format!("/api/v1/rooms/art/bans/{ban_id}"))
        .await;
    assert_eq!(r.status, 404, "{}", r.text());

    // Lift: the host their room's, the admin the global one.
    let r = h
        .by(&hal)
        .delete(&format!("/api/v1/rooms/bio/bans/{ban_id}"))
        .await;
    let lifted = expect(&r, 200);
    assert_eq!(lifted["active"], false);
    let r = h
        .by(&root)
        .delete(&format!("/api/v1/bans/{global_id}"))
        .await;
    assert_eq!(expect(&r, 200)["active"], false);
    assert!(
        expect(&h.by(&root).get("/api/v1/bans").await, 200)
            .as_array()
            .unwrap()
            .is_empty()
    );
    let all = expect(&h.by(&root).get("/api/v1/bans?all=true").await, 200);
    assert_eq!(all.as_array().unwrap().len(), 2);
    h.cleanup().await;
}
