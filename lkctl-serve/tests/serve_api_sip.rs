//! `/api/v1/sip/...` (admins): trunks and dispatch rules from LiveKit's own JSON (get, update
//! some fields, delete), an outbound call and its transfer, against the emulator.

mod serve_support;

use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn admins_manage_sip() {
    let h = Harness::new(Db::Sqlite).await;
    let Cast { root, hal, .. } = h.cast().await;
    h.by(&root).create_room("phones").await;

    let r = h
        .by(&root)
        .post(
            "/api/v1/sip/trunks",
            json!({
                "name": "carrier", "address": "sip.example.com", "numbers": ["+15550100"],
                "auth_username": "u", "auth_password": "p4ss"
            }),
        )
        .await;
    let out = expect(&r, 201);
    assert_eq!(out["direction"], "outbound");
    assert_ne!(out["auth_password"], "p4ss", "passwords are masked: {out}");
    let out_id = out["sip_trunk_id"].as_str().unwrap().to_string();
    let r = h
        .by(&root)
        .post(
            "/api/v1/sip/trunks?direction=inbound",
            json!({"trunk": {"name": "in", "numbers": ["+15550199"]}}),
        )
        .await;
    let inbound = expect(&r, 201);
    assert_eq!(inbound["direction"], "inbound");
    let r = h
        .by(&root)
        .post("/api/v1/sip/trunks", json!({"name": "x", "numbrs": []}))
        .await;
    r.refused(400, "numbrs");
    let r = h
        .by(&root)
        .get("/api/v1/sip/trunks?direction=sideways")
        .await;
    r.refused(400, "direction");

    let trunks = expect(&h.by(&root).get("/api/v1/sip/trunks").await, 200);
    assert_eq!(trunks.as_array().unwrap().len(), 2);
    let outbound = expect(
        &h.by(&root)
            .get("/api/v1/sip/trunks?direction=outbound")
            .await,
        200,
    );
    assert_eq!(outbound.as_array().unwrap().len(), 1);
    assert_eq!(h.by(&hal).get("/api/v1/sip/trunks").await.status, 403);

    let r = h
        .by(&root)
        .post(
            "/api/v1/sip/rules",
            json!({
                "name": "to-phones", "rule": {"dispatch_rule_direct": {"room_name": "phones"}}
            }),
        )
        .await;
    let rule = expect(&r, 201);
    let rule_id = rule["sip_dispatch_rule_id"].as_str().unwrap().to_string();
    assert_eq!(
        expect(&h.by(&root).get("/api/v1/sip/rules").await, 200)
            .as_array()
            .unwrap()
            .len(),
        1
    );

    let r = h
        .by(&root)
        .post(
            "/api/v1/sip/calls",
            json!({
                "trunk_id": out_id, "to": "+15550142", "room": "phones", "identity": "caller-1"
            }),
        )
        .await;
    let call = expect(&r, 201);
    assert_eq!(call["room_name"], "phones");
    assert_eq!(call["participant_identity"], "caller-1");
    let r = h
        .by(&root)
        .post("/api/v1/sip/calls", json!({"to": "+1", "room": "phones"}))
        .await;
    r.refused(400, "trunk_id");

    // Get and update a trunk and a rule; fields of the other direction are refused.
    let path = format!("/api/v1/sip/trunks/{out_id}");
    let got = expect(&h.by(&root).get(&path).await, 200);
    assert_eq!(got["name"], "carrier");
    assert_ne!(got["auth_password"], "p4ss", "masked: {got}");
    let r = h
        .by(&root)
        .patch(
            &path,
            json!({"name": "carrier-2", "numbers": ["+15550111"]}),
        )
        .await;
    let updated = expect(&r, 200);
    assert_eq!(updated["name"], "carrier-2");
    assert_eq!(updated["numbers"], json!(["+15550111"]));
    assert_eq!(updated["address"], "sip.example.com", "other fields stay");
    let in_path = format!(
        "/api/v1/sip/trunks/{}",
        inbound["sip_trunk_id"].as_str().unwrap()
    );
    let r = h
        .by(&root)
        .patch(&in_path, json!({"address": "x.example.com"}))
        .await;
    r.refused(400, "inbound");
    h.by(&root)
        .patch(&path, json!({}))
        .await
        .refused(400, "nothing to change");
    assert_eq!(
        h.by(&root).get("/api/v1/sip/trunks/ST_nope").await.status,
        404
    );
    assert_eq!(h.by(&hal).get(&path).await.status, 403);
    let rule_path = format!("/api/v1/sip/rules/{rule_id}");
    assert_eq!(
        expect(&h.by(&root).get(&rule_path).await, 200)["room"],
        "phones"
    );
    let r = h
        .by(&root)
        .patch(
            &rule_path,
            json!({"name": "front-desk", "direct_room": "desk"}),
        )
        .await;
    let rule = expect(&r, 200);
    assert_eq!(rule["name"], "front-desk");
    assert_eq!(rule["room"], "desk");
    assert_eq!(
        h.by(&hal)
            .patch(&rule_path, json!({"name": "x"}))
            .await
            .status,
        403
    );

    // Transfer the caller elsewhere; bad targets name the field, hosts are refused.
    let transfer = json!({"room": "phones", "identity": "caller-1", "to": "tel:+15550177"});
    assert_eq!(
        h.by(&hal)
            .post("/api/v1/sip/transfers", transfer.clone())
            .await
            .status,
        403
    );
    let t = expect(
        &h.by(&root).post("/api/v1/sip/transfers", transfer).await,
        200,
    );
    assert_eq!(t["identity"], "caller-1");
    assert_eq!(t["transfer_to"], "tel:+15550177");
    assert!(
        t["transfer_id"].as_str().unwrap().starts_with("STR_"),
        "{t}"
    );
    h.by(&root)
        .post(
            "/api/v1/sip/transfers",
            json!({"room": "phones", "identity": "caller-1", "to": "+15550177"}),
        )
        .await
        .refused(400, "transfer to");
    let gone = json!({"room": "phones", "identity": "caller-1", "to": "tel:+15550178"});
    assert_eq!(
        h.by(&root).post("/api/v1/sip/transfers", gone).await.status,
        404,
        "the transferred caller left the room"
    );
    assert_eq!(
        h.by(&hal)
            .post(
                "/api/v1/sip/calls",
                json!({"trunk_id": out_id, "to": "+1", "room": "phones"})
            )
            .await
            .status,
        403
    );

    let r = h
        .by(&root)
        .delete(&format!("/api/v1/sip/rules/{rule_id}"))
        .await;
    assert_eq!(expect(&r, 200), json!({"id": rule_id, "deleted": true}));
    let r = h
        .by(&root)
        .delete(&format!("/api/v1/sip/trunks/{out_id}"))
        .await;
    expect(&r, 200);
    assert_eq!(
        h.by(&root)
            .delete(&format!("/api/v1/sip/trunks/{out_id}"))
            .await
            .status,
        404
    );
    h.cleanup().await;
}
