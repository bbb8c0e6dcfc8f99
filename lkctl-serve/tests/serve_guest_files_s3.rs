//! A guest's shared file through a real S3-compatible server (s3s-fs, which checks SigV4):
//! the presigned upload URL from `POST /api/v1/guest/files` takes the bytes with a real
//! `PUT`, and the presigned download URL from `GET /api/v1/guest/files/{id}` gives the same
//! bytes back; a body larger than declared does not fit the signed URL.

#[path = "../../tests/s3_support/mod.rs"]
mod s3_support;
mod serve_support;

use lkctl_core::Secret;
use lkctl_core::ops::files::S3Config;
use lkctl_core::ops::policy::PolicyUpdate;
use reqwest::Method;
use s3_support::{ACCESS_KEY, S3Server, SECRET_KEY};
use serde_json::{Value, json};
use serve_support::guest::*;
use serve_support::*;

const BUCKET: &str = "class-files";

/// The presigned request of a files answer, with its signed headers set.
fn presigned(http: &reqwest::Client, answer: &Value, body: Vec<u8>) -> reqwest::RequestBuilder {
    let req = &answer["request"];
    let method: Method = req["method"].as_str().unwrap().parse().unwrap();
    let mut r = http.request(method, req["url"].as_str().unwrap());
    for pair in req["headers"].as_array().unwrap() {
        r = r.header(pair[0].as_str().unwrap(), pair[1].as_str().unwrap());
    }
    if !body.is_empty() {
        r = r.body(body);
    }
    r
}

async fn upload_and_download(db: Db, test: &str) {
    let server = S3Server::start(test, &[BUCKET]);
    let mut options = default_options();
    options.shared_files = Some(S3Config {
        endpoint: Some(server.endpoint.clone()),
        region: "us-east-1".into(),
        bucket: BUCKET.into(),
        access_key: ACCESS_KEY.into(),
        secret_key: Secret::new(SECRET_KEY),
        path_style: true,
    });
    let s = Served::start(db, options, false).await;
    let open = PolicyUpdate {
        lobby: Some(false),
        ..Default::default()
    };
    let code = s.room("class", &["hal"], open).await;
    let gus = s.admitted(&code, "Gus", 1).await;
    let bytes = b"%PDF-1.4\n% the slides of today's class\n".to_vec();

    let (status, shared) = send(
        s.as_guest(Method::POST, "/api/v1/guest/files", &gus.secret)
            .json(&json!({"name": "slides.pdf", "size": bytes.len(), "content_type": "application/pdf"})),
    )
    .await;
    assert_eq!(status, 201, "{shared}");
    assert_eq!(shared["request"]["method"], "PUT");
    // More bytes than declared do not fit the signed URL.
    let mut bigger = bytes.clone();
    bigger.extend_from_slice(&[b'x'; 1024]);
    let mut oversized = shared.clone();
    oversized["request"]["headers"] = Value::Array(
        shared["request"]["headers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p[0] != "content-length")
            .cloned()
            .collect(),
    );
    let resp = presigned(&s.http, &oversized, bigger).send().await.unwrap();
    assert!(resp.status().is_client_error(), "{}", resp.status());
    let resp = presigned(&s.http, &shared, bytes.clone())
        .send()
        .await
        .unwrap();
    assert!(
        resp.status().is_success(),
        "upload: {} {}",
        resp.status(),
        resp.text().await.unwrap_or_default()
    );
    let stored = std::fs::read_dir(server.root().join(BUCKET).join("rooms"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 1, "the object is in the bucket");

    let id = shared["file"]["id"].as_str().unwrap();
    let (status, dl) = send(s.as_guest(
        Method::GET,
        &format!("/api/v1/guest/files/{id}"),
        &gus.secret,
    ))
    .await;
    assert_eq!(status, 200, "{dl}");
    let resp = presigned(&s.http, &dl, Vec::new()).send().await.unwrap();
    assert!(resp.status().is_success(), "download: {}", resp.status());
    assert_eq!(resp.bytes().await.unwrap().as_ref(), bytes.as_slice());
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
async fn guest_file_round_trip_sqlite() {
    upload_and_download(Db::Sqlite, "guest_file_round_trip_sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
async fn guest_file_round_trip_postgres() {
    upload_and_download(Db::Postgres, "guest_file_round_trip_postgres").await;
}
