//! `/api/v1/sip/...` (admins): trunks and dispatch rules from LiveKit's own JSON, and an
//! outbound call, against the emulator.

mod serve_support;

use lkctl_core::ops::users::Role;
use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_manage_sip() {
    let h = Harness::new(Db::Sqlite).await;
    let root = user_token(&h, "root", Role::Admin).await;
    let hal = user_token(&h, "hal", Role::Host).await;
    expect(
        &api(
            &h,
            "POST",
            "/api/v1/rooms",
            &root,
            Some(json!({"name": "phones"})),
        )
        .await,
        201,
    );

    let r = api(
        &h,
        "POST",
        "/api/v1/sip/trunks",
        &root,
        Some(json!({
            "name": "carrier", "address": "sip.example.com", "numbers": ["+15550100"],
            "auth_username": "u", "auth_password": "p4ss"
        })),
    )
    .await;
    let out = expect(&r, 201);
    assert_eq!(out["direction"], "outbound");
    assert_ne!(out["auth_password"], "p4ss", "passwords are masked: {out}");
    let out_id = out["sip_trunk_id"].as_str().unwrap().to_string();
    let r = api(
        &h,
        "POST",
        "/api/v1/sip/trunks?direction=inbound",
        &root,
        Some(json!({"trunk": {"name": "in", "numbers": ["+15550199"]}})),
    )
    .await;
    let inbound = expect(&r, 201);
    assert_eq!(inbound["direction"], "inbound");
    let r = api(
        &h,
        "POST",
        "/api/v1/sip/trunks",
        &root,
        Some(json!({"name": "x", "numbrs": []})),
    )
    .await;
    assert_eq!(r.status, 400, "{}", r.text());
    assert!(r.text().contains("numbrs"), "{}", r.text());
    let r = api(
        &h,
        "GET",
        "/api/v1/sip/trunks?direction=sideways",
        &root,
        None,
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("direction"));

    let trunks = expect(
        &api(&h, "GET", "/api/v1/sip/trunks", &root, None).await,
        200,
    );
    assert_eq!(trunks.as_array().unwrap().len(), 2);
    let outbound = expect(
        &api(
            &h,
            "GET",
            "/api/v1/sip/trunks?direction=outbound",
            &root,
            None,
        )
        .await,
        200,
    );
    assert_eq!(outbound.as_array().unwrap().len(), 1);
    assert_eq!(
        api(&h, "GET", "/api/v1/sip/trunks", &hal, None)
            .await
            .status,
        403
    );

    let r = api(
        &h,
        "POST",
        "/api/v1/sip/rules",
        &root,
        Some(json!({
            "name": "to-phones", "rule": {"dispatch_rule_direct": {"room_name": "phones"}}
        })),
    )
    .await;
    let rule = expect(&r, 201);
    let rule_id = rule["sip_dispatch_rule_id"].as_str().unwrap().to_string();
    assert_eq!(
        expect(&api(&h, "GET", "/api/v1/sip/rules", &root, None).await, 200)
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let r = api(
        &h,
        "POST",
        "/api/v1/sip/calls",
        &root,
        Some(json!({
            "trunk_id": out_id, "to": "+15550142", "room": "phones", "identity": "caller-1"
        })),
    )
    .await;
    let call = expect(&r, 201);
    assert_eq!(call["room_name"], "phones");
    assert_eq!(call["participant_identity"], "caller-1");
    let r = api(
        &h,
        "POST",
        "/api/v1/sip/calls",
        &root,
        Some(json!({"to": "+1", "room": "phones"})),
    )
    .await;
    assert_eq!(r.status, 400);
    assert!(r.text().contains("trunk_id"), "{}", r.text());
    assert_eq!(
        api(
            &h,
            "POST",
            "/api/v1/sip/calls",
            &hal,
            Some(json!({"trunk_id": out_id, "to": "+1", "room": "phones"}))
        )
        .await
        .status,
        403
    );

    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/sip/rules/{rule_id}"),
        &root,
        None,
    )
    .await;
    assert_eq!(expect(&r, 200), json!({"id": rule_id, "deleted": true}));
    let r = api(
        &h,
        "DELETE",
        &format!("/api/v1/sip/trunks/{out_id}"),
        &root,
        None,
    )
    .await;
    expect(&r, 200);
    assert_eq!(
        api(
            &h,
            "DELETE",
            &format!("/api/v1/sip/trunks/{out_id}"),
            &root,
            None
        )
        .await
        .status,
        404
    );
    h.cleanup().await;
}
