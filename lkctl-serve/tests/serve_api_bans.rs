//! Bans over the API: a room's hosts ban from and lift bans of their room (the banned
//! participant is removed at once); admins manage global bans. On SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use lkctl_core::ops::users::Role;
use lkctl_emulator::ParticipantSpec;
use serde_json::json;
use serve_support::*;

both!(bans_by_hosts_and_admins);

async fn bans_by_hosts_and_admins(db: Db) {
    let h = Harness::new(db).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    let olga = user_token(&h, "olga", Role::Host).await;
    expect(
        &api(
            &h,
            "POST",
            "/api/v1/rooms",
            &hal,
            Some(json!({"name": "bio"})),
        )
        .await,
        201,
    );
    make_host(&h, "art", "olga").await;
    let c = h.emu.control();
    c.add_participant("bio", ParticipantSpec::new("mallory"))
        .unwrap();

    // The host bans; the participant is removed from the room.
    let r = api(&h, "POST", "/api/v1/rooms/bio/bans", &hal,
        Some(json!({"kind": "identity", "value": "mallory", "reason": "spam", "duration_secs": 3600}))).await;
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
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/bio/bans",
        &hal,
        Some(json!({"kind": "face", "value": "x"})),
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("kind"), "{}", r.text());
    let r = api(
        &h,
        "POST",
        "/api/v1/rooms/bio/bans",
        &hal,
        Some(json!({"kind": "identity"})),
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("value"), "{}", r.text());

    // An admin's global ban shows in every room's list; only admins lift it.
    let r = api(
        &h,
        "POST",
        "/api/v1/bans",
        &root,
        Some(json!({"kind": "fingerprint", "value": "fingerprint-of-eve-0001"})),
    )
    .await;
    let global_id = expect(&r, 201)["ban"]["id"].as_str().unwrap().to_string();
    assert_eq!(
        api(
            &h,
            "POST",
            "/api/v1/bans",
            &hal,
            Some(json!({"kind": "identity", "value": "x"}))
        )
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
    let bio = ids(expect(
        &api(&h, "GET", "/api/v1/rooms/bio/bans", &hal, None).await,
        200,
    ));
    assert!(bio.contains(&ban_id) && bio.contains(&global_id), "{bio:?}");
    let art = ids(expect(
        &api(&h, "GET", "/api/v1/rooms/art/bans", &olga, None).await,
        200,
    ));
    assert_eq!(art, vec![global_id.clone()]);
    assert_eq!(
        api(&h, "GET", "/api/v1/rooms/bio/bans", &olga, None)
            .await
            .status,
        403
    );
    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/rooms/bio/bans/{global_id}"),
        &hal,
        None,
    )
    .await;
    assert_eq!(r.status, 403, "{}", r.text());
    // Another room's ban is "not found" through this room.
    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/rooms/art/bans/{ban_id}"),
        &olga,
        None,
    )
    .await;
    assert_eq!(r.status, 404, "{}", r.text());

    // Lift: the host their room's, the admin the global one.
    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/rooms/bio/bans/{ban_id}"),
        &hal,
        None,
    )
    .await;
    let lifted = expect(&r, 200);
    assert_eq!(lifted["active"], false);
    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/bans/{global_id}"),
        &root,
        None,
    )
    .await;
    assert_eq!(expect(&r, 200)["active"], false);
    assert!(
        expect(&api(&h, "GET", "/api/v1/bans", &root, None).await, 200)
            .as_array()
            .unwrap()
            .is_empty()
    );
    let all = expect(
        &api(&h, "GET", "/api/v1/bans?all=true", &root, None).await,
        200,
    );
    assert_eq!(all.as_array().unwrap().len(), 2);
    h.cleanup().await;
}
