//! `lkctl token create|inspect|verify` end to end, including interop with the official SDK.

mod common;

use common::{KEY, SECRET, Sandbox};
use livekit_api::access_token::{AccessToken, TokenVerifier, VideoGrants};

fn creds() -> Vec<&'static str> {
    vec!["--api-key", KEY, "--api-secret", SECRET]
}

fn create(sb: &Sandbox, extra: &[&str]) -> common::Run {
    let mut args = creds();
    args.extend_from_slice(&["token", "create"]);
    args.extend_from_slice(extra);
    sb.run(&args)
}

#[test]
fn plain_output_is_the_token_alone_and_verifies_with_the_sdk() {
    let sb = Sandbox::new();
    let r = create(
        &sb,
        &[
            "-o",
            "plain",
            "--join",
            "--room",
            "r1",
            "--identity",
            "alice",
            "--name",
            "Alice",
            "--kind",
            "agent",
            "--publish-sources",
            "camera,microphone",
            "--can-publish-data",
            "false",
            "--attribute",
            "team=blue",
            "--attribute",
            "lang=en",
            "--metadata",
            "{\"x\":1}",
            "--sip-call",
        ],
    )
    .ok();
    let token = r.stdout.trim_end();
    assert_eq!(r.stdout.lines().count(), 1, "{r:#?}");
    let claims = TokenVerifier::with_api_key(KEY, SECRET)
        .verify(token)
        .expect("SDK verifies lkctl's token");
    assert_eq!(claims.sub, "alice");
    assert_eq!(claims.name, "Alice");
    assert_eq!(claims.kind, "agent");
    assert_eq!(claims.metadata, "{\"x\":1}");
    assert!(claims.video.room_join);
    assert_eq!(claims.video.room, "r1");
    assert_eq!(
        claims.video.can_publish_sources,
        vec!["camera".to_string(), "microphone".to_string()]
    );
    assert_eq!(claims.video.can_publish_data, Some(false));
    assert!(claims.sip.call && !claims.sip.admin);
    assert_eq!(
        claims.attributes.get("team").map(String::as_str),
        Some("blue")
    );
    assert_eq!(
        claims.attributes.get("lang").map(String::as_str),
        Some("en")
    );
}

#[test]
fn json_output_has_identity_room_grants_expiry_and_token() {
    let sb = Sandbox::new();
    let r = create(
        &sb,
        &[
            "-o",
            "json",
            "--admin",
            "--room",
            "r1",
            "--valid-for",
            "10m",
        ],
    )
    .ok();
    let v = r.json();
    assert_eq!(v["room"], "r1");
    assert_eq!(v["grants"]["room_admin"], true);
    assert_eq!(v["valid_for_secs"], 600);
    assert!(v["expires_at"].as_str().unwrap().ends_with('Z'));
    assert!(v["token"].as_str().unwrap().split('.').count() == 3);
    assert!(r.stderr.is_empty(), "{r:#?}");
}

#[test]
fn long_validity_warns_on_stderr_only() {
    let sb = Sandbox::new();
    let r = create(&sb, &["-o", "plain", "--list", "--valid-for", "48h"]).ok();
    assert!(
        r.stderr.contains("warning:") && r.stderr.contains("2days"),
        "{r:#?}"
    );
    assert!(!r.stdout.contains("warning"));
}

#[test]
fn join_url_is_printed() {
    let sb = Sandbox::new();
    let r = sb
        .run(&[
            "--url",
            "wss://lk.example",
            "--api-key",
            KEY,
            "--api-secret",
            SECRET,
            "-o",
            "json",
            "token",
            "create",
            "--join",
            "--room",
            "r",
            "--identity",
            "i",
            "--join-url",
            "https://meet.example/custom",
        ])
        .ok();
    let url = r.json()["join_url"].as_str().unwrap().to_string();
    assert!(
        url.starts_with("https://meet.example/custom?liveKitUrl=wss%3A%2F%2Flk.example&token="),
        "{url}"
    );
}

#[test]
fn room_config_file_goes_into_the_token() {
    let sb = Sandbox::new();
    let file = sb.path("room.json");
    std::fs::write(
        &file,
        r#"{"agents":[{"agentName":"transcriber","metadata":"m"}]}"#,
    )
    .unwrap();
    let r = create(
        &sb,
        &[
            "-o",
            "plain",
            "--join",
            "--room",
            "r",
            "--identity",
            "i",
            "--room-config",
            file.to_str().unwrap(),
        ],
    )
    .ok();
    let claims = TokenVerifier::with_api_key(KEY, SECRET)
        .verify(r.stdout.trim())
        .unwrap();
    let cfg = claims.room_config.expect("roomConfig claim");
    assert_eq!(cfg.agents[0].agent_name, "transcriber");
}

#[test]
fn malformed_room_config_is_a_usage_error_naming_the_file() {
    let sb = Sandbox::new();
    let file = sb.path("broken.json");
    std::fs::write(&file, "{ not json").unwrap();
    create(
        &sb,
        &[
            "--join",
            "--room",
            "r",
            "--identity",
            "i",
            "--room-config",
            file.to_str().unwrap(),
        ],
    )
    .fails(2, "broken.json");
}

#[test]
fn join_without_identity_is_invalid_input() {
    let sb = Sandbox::new();
    create(&sb, &["--join", "--room", "r"]).fails(2, "--identity");
}

#[test]
fn bad_flag_values_are_usage_errors() {
    let sb = Sandbox::new();
    create(&sb, &["--kind", "robot"]).fails(2, "robot");
    create(&sb, &["--valid-for", "forever"]).fails(2, "forever");
    create(&sb, &["--can-publish", "maybe"]).fails(2, "maybe");
    create(&sb, &["--attribute", "novalue"]).fails(2, "key=value");
    // Usage errors exit 2 with --output json too.
    create(&sb, &["-o", "json", "--publish-sources", "webcam"]).fails(2, "webcam");
}

#[test]
fn missing_credentials_name_every_source() {
    let sb = Sandbox::new();
    let r = sb
        .run(&["token", "create", "--list"])
        .fails(2, "error: no LiveKit API key");
    assert!(
        r.stderr.contains("--api-key")
            && r.stderr.contains("LIVEKIT_API_KEY")
            && r.stderr.contains("profile"),
        "{r:#?}"
    );
}

#[test]
fn credentials_come_from_the_environment() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .env("LIVEKIT_API_KEY", KEY)
        .env("LIVEKIT_API_SECRET", SECRET)
        .args(["-v", "-o", "plain", "token", "create", "--list"])
        .output()
        .unwrap();
    let r = common::Run::from(out).ok();
    assert!(
        r.stderr
            .contains("api key: testkey (from env LIVEKIT_API_KEY)"),
        "{r:#?}"
    );
    assert!(
        !r.stderr.contains(SECRET),
        "verbose must mask the secret: {r:#?}"
    );
    TokenVerifier::with_api_key(KEY, SECRET)
        .verify(r.stdout.trim())
        .unwrap();
}

fn sdk_token(ttl_secs: u64) -> String {
    AccessToken::with_api_key(KEY, SECRET)
        .with_identity("bob")
        .with_name("Bob")
        .with_ttl(std::time::Duration::from_secs(ttl_secs))
        .with_grants(VideoGrants {
            room_join: true,
            room: "r2".into(),
            ..Default::default()
        })
        .to_jwt()
        .unwrap()
}

#[test]
fn sdk_token_is_inspected_without_a_secret() {
    let sb = Sandbox::new();
    let token = sdk_token(3600);
    let v = sb
        .run(&["-o", "json", "token", "inspect", &token])
        .ok()
        .json();
    assert_eq!(v["identity"], "bob");
    assert_eq!(v["room"], "r2");
    assert_eq!(v["api_key"], KEY);
    assert_eq!(v["expired"], false);
    assert_eq!(v["verified"], false);
    assert_eq!(v["header"]["alg"], "HS256");
    assert!(v["expires_in"].as_str().unwrap().starts_with("in "), "{v}");
    // lkctl's own fields are snake_case; `claims` is the token's payload as signed.
    assert_eq!(v["grants"]["room_join"], true, "{v}");
    assert_eq!(v["sip_grants"], serde_json::json!({}), "{v}");
    assert_eq!(v["claims"]["video"]["roomJoin"], true, "{v}");
    for key in v["grants"].as_object().unwrap().keys() {
        assert!(!key.chars().any(|c| c.is_ascii_uppercase()), "{key} in {v}");
    }

    // `-` reads the token from stdin; the table view shows the fields.
    let r = sb
        .run_stdin(&["token", "inspect", "-"], format!("{token}\n").as_bytes())
        .ok();
    assert!(
        r.stdout.contains("identity") && r.stdout.contains("bob"),
        "{r:#?}"
    );
}

#[test]
fn sdk_token_verifies_and_wrong_secret_exits_4() {
    let sb = Sandbox::new();
    let token = sdk_token(3600);
    let r = sb
        .run(&[
            "--api-key",
            KEY,
            "--api-secret",
            SECRET,
            "-o",
            "json",
            "token",
            "verify",
            &token,
        ])
        .ok();
    assert_eq!(r.json()["verified"], true);

    sb.run(&[
        "--api-key",
        KEY,
        "--api-secret",
        "some-other-secret-value",
        "token",
        "verify",
        &token,
    ])
    .fails(4, "signature");
    sb.run(&[
        "--api-key",
        "otherkey",
        "--api-secret",
        SECRET,
        "token",
        "verify",
        &token,
    ])
    .fails(4, "API key");
    let r = sb.run(&[
        "--api-key",
        KEY,
        "--api-secret",
        "x-wrong-secret",
        "-o",
        "json",
        "token",
        "verify",
        &token,
    ]);
    assert_eq!(r.code, 4);
    assert_eq!(r.json_error()["error"]["code"], "unauthenticated");
}

#[test]
fn expired_and_not_yet_valid_tokens_fail_verification() {
    let sb = Sandbox::new();
    // Created two hours ago with one hour of validity: expired beyond the 60 s leeway.
    let r = create(
        &sb,
        &[
            "-o",
            "plain",
            "--list",
            "--not-before",
            "2020-01-01T00:00:00Z",
            "--valid-for",
            "1h",
        ],
    )
    .ok();
    let expired = r.stdout.trim().to_string();
    sb.run(&[
        "--api-key",
        KEY,
        "--api-secret",
        SECRET,
        "token",
        "verify",
        &expired,
    ])
    .fails(4, "expired");
    let r = sb.run(&["-o", "json", "token", "inspect", &expired]).ok();
    assert_eq!(r.json()["expired"], true);

    let r = create(&sb, &["-o", "plain", "--list", "--not-before", "1h"]).ok();
    sb.run(&[
        "--api-key",
        KEY,
        "--api-secret",
        SECRET,
        "token",
        "verify",
        r.stdout.trim(),
    ])
    .fails(4, "not valid before");
}

#[test]
fn garbage_is_invalid_input() {
    let sb = Sandbox::new();
    sb.run(&["token", "inspect", "not-a-token"])
        .fails(2, "error: invalid token");
}

#[test]
fn create_json_matches_the_golden_file() {
    let sb = Sandbox::new();
    let r = create(
        &sb,
        &[
            "-o",
            "json",
            "--join",
            "--room",
            "r1",
            "--identity",
            "alice",
            "--name",
            "Alice",
            "--kind",
            "standard",
            "--can-publish",
            "true",
            "--can-subscribe",
            "false",
            "--publish-sources",
            "microphone",
            "--hidden",
            "--can-update-metadata",
            "--sip-admin",
            "--not-before",
            "2030-01-01T00:00:00Z",
            "--valid-for",
            "1h",
        ],
    )
    .ok();
    let v = r.json();
    assert_eq!(v["not_before"], "2030-01-01T00:00:00Z");
    assert_eq!(v["expires_at"], "2030-01-01T01:00:00Z");
    common::assert_golden("token_create", v);
}
