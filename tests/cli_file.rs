//! `lkctl file share|download-url|list`: shared-file records in the store and
//! presigned S3 URLs, exercised against a real S3 server (s3s-fs checks SigV4).

mod common;
mod s3_support;

use common::Sandbox;
use s3_support::{ACCESS_KEY, S3Server, SECRET_KEY};

const BUCKET: &str = "shared";

fn s3_flags(s3: &S3Server) -> Vec<String> {
    [
        "--bucket",
        BUCKET,
        "--endpoint",
        &s3.endpoint,
        "--access-key",
        ACCESS_KEY,
        "--path-style",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

#[tokio::test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
async fn share_upload_and_download_through_presigned_urls() {
    let s3 = S3Server::start(
        "share_upload_and_download_through_presigned_urls",
        &[BUCKET],
    );
    let sb = Sandbox::new();
    let mut args: Vec<String> = [
        "-o",
        "json",
        "file",
        "share",
        "lecture",
        "notes.pdf",
        "--size",
        "11",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    args.extend([
        "--content-type".into(),
        "application/pdf".into(),
        "--as".into(),
        "prof".into(),
    ]);
    args.extend(s3_flags(&s3));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    // The secret comes from the environment, as the help recommends.
    let out = sb
        .cmd()
        .args(&argv)
        .env("LKCTL_S3_SECRET_KEY", SECRET_KEY)
        .output()
        .unwrap();
    let run = common::Run::from(out).ok();
    let v = run.json();
    assert_eq!(v["request"]["method"], "PUT");
    let id = v["file"]["id"].as_str().unwrap().to_string();
    let put_url = v["request"]["url"].as_str().unwrap().to_string();

    let http = reqwest::Client::new();
    let put = http
        .put(&put_url)
        .header("content-type", "application/pdf")
        .body("hello world")
        .send()
        .await
        .unwrap();
    assert!(put.status().is_success(), "{:?}", put.text().await);

    let listed = sb
        .run(&["-o", "json", "file", "list", "lecture"])
        .ok()
        .json();
    assert_eq!(listed[0]["name"], "notes.pdf");
    assert_eq!(listed[0]["uploader"], "prof");

    let mut args = vec![
        "-o".to_string(),
        "plain".into(),
        "file".into(),
        "download-url".into(),
        id.clone(),
    ];
    args.extend(s3_flags(&s3));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = sb
        .cmd()
        .args(&argv)
        .env("LKCTL_S3_SECRET_KEY", SECRET_KEY)
        .output()
        .unwrap();
    let url = common::Run::from(out).ok().stdout.trim().to_string();
    let got = http.get(&url).send().await.unwrap();
    assert!(got.status().is_success());
    assert!(
        got.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("notes.pdf"),
        "{:?}",
        got.headers()
    );
    assert_eq!(got.text().await.unwrap(), "hello world");

    // A URL signed with the wrong secret is refused by the server.
    let out = sb
        .cmd()
        .args(&argv)
        .env("LKCTL_S3_SECRET_KEY", "wrong-secret")
        .output()
        .unwrap();
    let bad_url = common::Run::from(out).ok().stdout.trim().to_string();
    assert_eq!(
        http.get(&bad_url).send().await.unwrap().status().as_u16(),
        403
    );

    // Unknown file id: 3. Missing S3 settings: 2, naming the flag, and no row is written.
    let mut args = vec!["file".to_string(), "download-url".into(), "SF_nope".into()];
    args.extend(s3_flags(&s3));
    let argv: Vec<&str> = args.iter().map(String::as_str).collect();
    let out = sb
        .cmd()
        .args(&argv)
        .env("LKCTL_S3_SECRET_KEY", SECRET_KEY)
        .output()
        .unwrap();
    assert_eq!(common::Run::from(out).code, 3);
    sb.run(&[
        "file", "share", "lecture", "x.txt", "--size", "1", "--as", "prof",
    ])
    .fails(2, "--bucket");
    let listed = sb
        .run(&["-o", "json", "file", "list", "lecture"])
        .ok()
        .json();
    assert_eq!(listed.as_array().unwrap().len(), 1);
}
