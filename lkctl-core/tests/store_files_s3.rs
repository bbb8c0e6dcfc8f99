//! Presigned upload and download of shared files against a real S3 server (s3s-fs).
//!
//! The test starts `s3s-fs` on a free loopback port. It looks for the binary at
//! `$LKCTL_S3S_FS`, then at `~/.cache/lkctl-tools/bin/s3s-fs` (where
//! `cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools` puts
//! it); without it the test is skipped with a loud message.

#[path = "../../tests/s3_support/mod.rs"]
mod s3_support;

use std::time::Duration;

use lkctl_core::Secret;
use lkctl_core::ops::files::{self, FileStorage, NewSharedFile, S3Config};
use lkctl_core::store::testing::TestDb;
use s3_support::{ACCESS_KEY, S3Server, SECRET_KEY};

const BUCKET: &str = "shared-files";

fn config(endpoint: &str, secret: &str) -> S3Config {
    S3Config {
        endpoint: Some(endpoint.to_string()),
        region: "us-east-1".into(),
        bucket: BUCKET.into(),
        access_key: ACCESS_KEY.into(),
        secret_key: Secret::new(secret),
        path_style: true,
    }
}

#[tokio::test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
async fn presigned_upload_and_download_round_trip() {
    let server = S3Server::start("presigned_upload_and_download_round_trip", &[BUCKET]);
    let db = TestDb::sqlite().await.expect("db");
    let body = b"%PDF-1.4 pretend this is a quarterly plan\n".to_vec();
    let file = files::add(
        &db.store,
        NewSharedFile {
            room: "daily standup".into(),
            name: "plan.pdf".into(),
            size: body.len() as i64,
            content_type: "application/pdf".into(),
            uploader: "ann".into(),
        },
    )
    .await
    .expect("record");
    let storage = FileStorage::new(&config(&server.endpoint, SECRET_KEY)).expect("storage");
    let http = reqwest::Client::new();

    let put = storage
        .presign_upload(&file, Duration::from_secs(300))
        .await
        .expect("presign put");
    assert_eq!(put.method, "PUT");
    assert!(
        put.url.starts_with(&format!(
            "{}/{BUCKET}/rooms/daily_standup/",
            server.endpoint
        )),
        "{}",
        put.url
    );
    assert!(
        put.headers
            .iter()
            .any(|(k, v)| k == "content-length" && *v == body.len().to_string()),
        "the declared size is part of the signature: {:?}",
        put.headers
    );
    // More bytes than declared do not fit the signed URL.
    let mut bigger = body.clone();
    bigger.extend_from_slice(&[b'x'; 4096]);
    let mut req = http.put(&put.url).body(bigger);
    for (k, v) in put.headers.iter().filter(|(k, _)| k != "content-length") {
        req = req.header(k, v);
    }
    let resp = req.send().await.expect("oversized upload");
    assert!(
        resp.status().is_client_error(),
        "oversized upload must be refused: {}",
        resp.status()
    );
    let mut req = http.put(&put.url).body(body.clone());
    for (k, v) in &put.headers {
        req = req.header(k, v);
    }
    let resp = req.send().await.expect("upload");
    assert!(
        resp.status().is_success(),
        "upload: {} {}",
        resp.status(),
        resp.text().await.unwrap_or_default()
    );

    let get = storage
        .presign_download(&file, Duration::from_secs(300))
        .await
        .expect("presign get");
    let resp = http.get(&get.url).send().await.expect("download");
    assert!(resp.status().is_success(), "download: {}", resp.status());
    assert_eq!(resp.bytes().await.expect("bytes").as_ref(), body.as_slice());

    // A URL signed with the wrong secret is refused by the server.
    let forged = FileStorage::new(&config(&server.endpoint, "not-the-secret")).expect("storage");
    let bad = forged
        .presign_download(&file, Duration::from_secs(300))
        .await
        .expect("presign");
    let resp = http.get(&bad.url).send().await.expect("request");
    assert_eq!(resp.status().as_u16(), 403);

    // Bad settings are input errors.
    assert!(storage.presign_upload(&file, Duration::ZERO).await.is_err());
    assert!(
        FileStorage::new(&S3Config {
            bucket: " ".into(),
            ..config(&server.endpoint, SECRET_KEY)
        })
        .is_err()
    );
    db.cleanup().await;
}
