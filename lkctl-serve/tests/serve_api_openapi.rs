//! `GET /api/v1/openapi.json`: an OpenAPI 3.1 document generated from the handlers that
//! documents every `/api/v1` route of the route table with the access it requires, and
//! matches the committed snapshot (`tests/snapshots/openapi.json`).
//!
//! `LKCTL_UPDATE_GOLDEN=1` rewrites the snapshot *and fails*, like the other golden files:
//! an update never passes without a comparison.

mod serve_support;

use std::path::Path;

use lkctl_serve::auth::Access;
use lkctl_serve::routes;
use serde_json::Value;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_document_covers_the_route_table_and_matches_the_snapshot() {
    let h = Harness::new(Db::Sqlite).await;
    // Public: scripts and generators fetch it without credentials.
    let r = h
        .call(
            get("/api/v1/openapi.json")
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert!(
        r.header("content-type")
            .unwrap()
            .starts_with("application/json")
    );
    let doc = r.json();
    assert_eq!(doc["openapi"], "3.1.0");

    for route in routes::table() {
        if !route.path.starts_with("/api/v1/") || route.path == "/api/v1/openapi.json" {
            continue;
        }
        let method = route.method.as_str().to_ascii_lowercase();
        let op = &doc["paths"][route.path][&method];
        assert!(
            op.is_object(),
            "{} {} is not in the OpenAPI document",
            route.method,
            route.path
        );
        let description = op["description"].as_str().unwrap_or_default();
        assert!(
            description.contains("Access: "),
            "{} {}: {description}",
            route.method,
            route.path
        );
        let secured = op.get("security").is_some();
        let public = matches!(route.access, Access::Public | Access::SelfAuthenticated);
        assert_eq!(secured, !public, "{} {} security", route.method, route.path);
        assert!(
            op["responses"]["default"].is_object(),
            "{} {}: error response",
            route.method,
            route.path
        );
    }
    // Operation ids are unique and every response has its (required) description.
    let mut ids = std::collections::BTreeSet::new();
    for (path, item) in doc["paths"].as_object().unwrap() {
        for (method, op) in item.as_object().unwrap() {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path}: no id"));
            assert!(
                ids.insert(id.to_string()),
                "{method} {path}: duplicate operationId {id}"
            );
            for (status, r) in op["responses"].as_object().unwrap() {
                assert!(
                    r["description"].is_string(),
                    "{method} {path} {status}: no description"
                );
            }
        }
    }
    // Model types come from lkctl-core (the CLI's JSON), not copies.
    for schema in [
        "Room",
        "Participant",
        "MuteAllReport",
        "Ban",
        "RoomPolicy",
        "Egress",
        "IssuedToken",
    ] {
        assert!(
            doc["components"]["schemas"][schema].is_object(),
            "schema {schema}"
        );
    }
    h.cleanup().await;

    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots/openapi.json");
    let actual = serde_json::to_string_pretty(&doc).unwrap() + "\n";
    if std::env::var_os("LKCTL_UPDATE_GOLDEN").is_some() {
        let before = std::fs::read_to_string(&path).ok();
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &actual).unwrap();
        let what = match before {
            Some(b) if b == actual => "unchanged",
            Some(_) => "rewritten",
            None => "created",
        };
        panic!(
            "snapshot {what} at {} because LKCTL_UPDATE_GOLDEN is set; review the diff and rerun without it",
            path.display()
        );
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}; run with LKCTL_UPDATE_GOLDEN=1", path.display()));
    let expected_value: Value = serde_json::from_str(&expected).unwrap();
    assert!(
        expected_value == doc,
        "the OpenAPI document differs from {}; if the API change is intended, rerun with LKCTL_UPDATE_GOLDEN=1 and commit the diff",
        path.display()
    );
}
