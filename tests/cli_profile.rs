//! `lkctl profile ...` end to end: the config file lives in a temp dir per test.

mod common;

use common::{Emu, KEY, SECRET, Sandbox};

fn add(sb: &Sandbox, name: &str, url: &str, extra: &[&str]) -> common::Run {
    let mut args = vec!["--url", url, "--api-key", KEY, "profile", "add", name];
    args.extend_from_slice(extra);
    sb.run(&args)
}

#[test]
fn add_list_use_show_remove() {
    let sb = Sandbox::new();
    let r = add(
        &sb,
        "prod",
        "https://prod.example",
        &["--api-secret", SECRET],
    )
    .ok();
    assert!(r.stderr.contains("added profile prod (default)"), "{r:#?}");
    let secret_file = sb.path("staging.secret");
    std::fs::write(&secret_file, "staging-secret-value-123\n").unwrap();
    add(
        &sb,
        "staging",
        "wss://staging.example",
        &["--api-secret-file", secret_file.to_str().unwrap()],
    )
    .ok();
    add(
        &sb,
        "cmd",
        "wss://cmd.example",
        &["--api-secret-command", "echo command-secret-value"],
    )
    .ok();
    add(
        &sb,
        "prod",
        "https://prod.example",
        &["--api-secret", SECRET],
    )
    .fails(6, "already exists");

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(sb.config_path())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }

    for format in ["json", "table", "plain"] {
        let r = sb.run(&["-o", format, "profile", "list"]).ok();
        assert!(
            !r.stdout.contains(SECRET) && !r.stdout.contains("secret-value"),
            "{format}: {r:#?}"
        );
    }
    let list = sb.run(&["-o", "json", "profile", "list"]).ok().json();
    let storage: Vec<(&str, &str, bool)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap(),
                p["secret_storage"].as_str().unwrap(),
                p["is_default"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        storage,
        [
            ("cmd", "command", false),
            ("prod", "inline", true),
            ("staging", "file", false)
        ]
    );

    let r = sb.run(&["profile", "use", "staging"]).ok();
    assert_eq!(r.stderr.trim(), "default profile is now staging");
    let show = sb.run(&["-o", "json", "profile", "show"]).ok().json();
    assert_eq!(show["profile"]["value"], "staging");
    assert_eq!(show["url"]["value"], "wss://staging.example");
    assert_eq!(show["url"]["source"], "profile staging (url)");
    assert_eq!(show["api_secret"]["value"], "st********23");
    let r = sb.run(&["profile", "show"]).ok();
    assert!(!r.stdout.contains("staging-secret-value-123"), "{r:#?}");
    assert!(
        r.stdout.contains("api_secret") && r.stdout.contains("st********23"),
        "{r:#?}"
    );

    // Flags beat a profile named with --profile, which beats the environment; show says so.
    let out = sb
        .cmd()
        .env("LIVEKIT_URL", "https://env.example")
        .args([
            "--profile",
            "cmd",
            "--api-key",
            "flagkey",
            "-o",
            "json",
            "profile",
            "show",
        ])
        .output()
        .unwrap();
    let show = common::Run::from(out).ok().json();
    assert_eq!(show["url"]["source"], "profile cmd (url)");
    assert_eq!(show["url"]["overrides"][0], "env LIVEKIT_URL");
    assert_eq!(show["api_key"]["source"], "flag --api-key");
    assert_eq!(
        show["api_secret"]["source"],
        "profile cmd (api_secret_command)"
    );

    sb.run(&["profile", "remove", "cmd"]).fails(
        2,
        "refusing to remove profile cmd without confirmation; pass --yes",
    );
    sb.run(&["profile", "remove", "cmd", "-y"]).ok();
    sb.run(&["profile", "remove", "nope", "-y"])
        .fails(3, "profile `nope` not found");
    sb.run(&["profile", "remove", "nope"]).fails(3, "nope");
    sb.run(&["profile", "use", "nope"]).fails(3, "nope");
    sb.run(&["--profile", "nope", "profile", "show"])
        .fails(2, "nope");
}

#[test]
fn add_needs_url_key_and_a_secret_off_a_tty() {
    let sb = Sandbox::new();
    sb.run(&[
        "profile",
        "add",
        "p",
        "--api-key",
        KEY,
        "--api-secret",
        SECRET,
    ])
    .fails(2, "--url");
    sb.run(&[
        "--url",
        "https://x.example",
        "profile",
        "add",
        "p",
        "--api-secret",
        SECRET,
    ])
    .fails(2, "--api-key");
    add(&sb, "p", "https://x.example", &[]).fails(2, "--api-secret-file");
    add(&sb, "p", "ftp://x.example", &["--api-secret", SECRET]).fails(2, "scheme");
    add(
        &sb,
        "bad name",
        "https://x.example",
        &["--api-secret", SECRET],
    )
    .fails(2, "profile name");
    add(
        &sb,
        "p",
        "https://x.example",
        &["--api-secret-file", "f", "--api-secret-command", "c"],
    )
    .fails(2, "cannot be used with");
    assert!(
        !sb.config_path().exists(),
        "failed adds must not write the config file"
    );
}

#[test]
fn a_profile_drives_server_commands_and_verbose_names_sources() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("from-profile");
    add(&sb, "local", &emu.url, &["--api-secret", SECRET]).ok();
    let r = sb.run(&["-v", "-o", "plain", "room", "list"]).ok();
    assert!(r.stdout.starts_with("from-profile\t"), "{r:#?}");
    assert!(
        r.stderr.contains("url: ") && r.stderr.contains("(from profile local (url))"),
        "{r:#?}"
    );
    assert!(!r.stderr.contains(SECRET), "{r:#?}");
    // LKCTL_PROFILE selects a profile by name.
    let out = sb
        .cmd()
        .env("LKCTL_PROFILE", "missing")
        .args(["room", "list"])
        .output()
        .unwrap();
    common::Run::from(out).fails(2, "missing");
}

#[test]
fn missing_credentials_for_server_commands_name_every_source() {
    let sb = Sandbox::new();
    let r = sb.run(&["room", "list"]).fails(2, "error: no LiveKit URL");
    assert!(
        r.stderr.contains("--url")
            && r.stderr.contains("LIVEKIT_URL")
            && r.stderr.contains("lkctl profile add"),
        "{r:#?}"
    );
    let r = sb
        .run(&["--url", "http://127.0.0.1:1", "room", "list"])
        .fails(2, "no LiveKit API key");
    assert!(r.stderr.contains("LIVEKIT_API_KEY"), "{r:#?}");
    let r = sb.run(&[
        "--url",
        "http://127.0.0.1:1",
        "--api-key",
        "k",
        "-o",
        "json",
        "room",
        "list",
    ]);
    assert_eq!(r.code, 2);
    let e = r.json_error();
    assert_eq!(e["error"]["code"], "config");
    assert!(
        e["error"]["message"]
            .as_str()
            .unwrap()
            .contains("LIVEKIT_API_SECRET")
    );
}

#[test]
fn malformed_config_file_is_named() {
    let sb = Sandbox::new();
    std::fs::create_dir_all(sb.config_path().parent().unwrap()).unwrap();
    std::fs::write(sb.config_path(), "profiles = 3").unwrap();
    sb.run(&["profile", "list"]).fails(2, "config.toml");
    sb.run(&["room", "list"]).fails(2, "config.toml");
}

#[test]
fn list_json_matches_the_golden_file() {
    let sb = Sandbox::new();
    add(&sb, "prod", "wss://prod.example", &["--api-secret", SECRET]).ok();
    add(
        &sb,
        "dev",
        "http://127.0.0.1:7880",
        &["--api-secret-command", "echo x", "--default"],
    )
    .ok();
    common::assert_golden(
        "profile_list",
        sb.run(&["-o", "json", "profile", "list"]).ok().json(),
    );
    assert_eq!(
        sb.run(&["-o", "plain", "profile", "list"]).ok().stdout,
        "dev\thttp://127.0.0.1:7880\ttestkey\tcommand\t*\nprod\twss://prod.example\ttestkey\tinline\t\n"
    );
}

/// The `lk` configuration fixture (`tests/fixtures/lk/cli-config.yaml`).
fn lk_fixture() -> String {
    std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/lk/cli-config.yaml"
    ))
    .expect("fixture")
}

#[test]
fn import_brings_lk_projects_in_and_skips_what_exists() {
    let sb = Sandbox::new();
    // `lk` keeps its projects in ~/.livekit/cli-config.yaml.
    let lk_dir = sb.path(".livekit");
    std::fs::create_dir_all(&lk_dir).unwrap();
    std::fs::write(lk_dir.join("cli-config.yaml"), lk_fixture()).unwrap();
    let secrets = [
        "prod-secret-0123456789-abcdefghijklmnop",
        "staging-secret-0123456789-abcdefghijkl",
        "devsecret-0123456789-abcdefghijklmnopq",
        "hunter2",
    ];
    let no_secret = |r: &common::Run| {
        for s in secrets {
            assert!(
                !r.stdout.contains(s) && !r.stderr.contains(s),
                "{s} shown: {r:#?}"
            );
        }
        assert!(
            !r.stdout.contains('\u{1b}') && !r.stderr.contains('\u{1b}'),
            "{r:#?}"
        );
        assert!(
            !r.stdout.contains('\u{7}') && !r.stderr.contains('\u{7}'),
            "{r:#?}"
        );
    };

    // A dry run reports every project and writes nothing; the two unusable projects
    // (an ftp:// URL, a key with control characters) make it exit 1.
    let r = sb.run(&["profile", "import", "--dry-run"]);
    assert_eq!(r.code, 1, "{r:#?}");
    no_secret(&r);
    assert!(
        r.stderr.contains("dry run (nothing written): 3 added"),
        "{r:#?}"
    );
    assert!(
        r.stdout.contains("\\u{1b}"),
        "escapes shown visibly: {r:#?}"
    );
    assert!(!sb.config_path().exists());

    // An existing profile of the same name is left alone.
    add(
        &sb,
        "prod",
        "https://old-prod.example",
        &["--api-secret", SECRET],
    )
    .ok();
    let r = sb.run(&["-o", "json", "profile", "import"]);
    assert_eq!(r.code, 1, "{r:#?}");
    no_secret(&r);
    let report = r.json();
    let by_name = |name: &str| {
        report["profiles"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == name)
            .unwrap_or_else(|| panic!("{name} missing: {report}"))
            .clone()
    };
    assert_eq!(by_name("prod")["action"], "skipped");
    assert!(
        by_name("prod")["reason"]
            .as_str()
            .unwrap()
            .contains("--overwrite")
    );
    assert_eq!(by_name("staging")["action"], "added");
    assert_eq!(by_name("staging")["api_secret"], "st********kl");
    assert_eq!(by_name("My-Lab--EU-")["action"], "added");
    assert_eq!(by_name("My-Lab--EU-")["project"], "My Lab (EU)");
    assert_eq!(by_name("broken")["action"], "invalid");
    assert_eq!(report["dry_run"], false);
    // lkctl's default stays what it was; the config stays 0600.
    assert_eq!(by_name("prod")["is_default"], true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(sb.config_path())
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(mode, 0o600);
    }
    let list = sb.run(&["-o", "json", "profile", "list"]).ok().json();
    let urls: Vec<(&str, &str)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|p| (p["name"].as_str().unwrap(), p["url"].as_str().unwrap()))
        .collect();
    assert_eq!(urls.len(), 3, "{list}");
    assert_eq!(urls[0], ("My-Lab--EU-", "ws://127.0.0.1:7880"));
    assert_eq!(urls[1], ("prod", "https://old-prod.example"));
    assert_eq!(urls[2].0, "staging");
    assert!(
        urls[2].1.contains("admin:********@staging.example.com"),
        "{list}"
    );
    // The imported secret is the project's.
    let show = sb
        .run(&["--profile", "My-Lab--EU-", "-o", "json", "profile", "show"])
        .ok()
        .json();
    assert_eq!(show["api_key"]["value"], "devkey");

    // --overwrite replaces; a second run changes nothing else.
    let r = sb.run(&["-o", "json", "profile", "import", "--overwrite"]);
    assert_eq!(r.code, 1, "{r:#?}");
    assert_eq!(r.json()["profiles"][0]["action"], "replaced");
    let list = sb.run(&["-o", "json", "profile", "list"]).ok().json();
    assert!(
        list.to_string()
            .contains("wss://prod.example.livekit.cloud")
    );

    // --file reads another file; a clean one exits 0, and one that is not there is "not found".
    let clean = sb.path("clean.yaml");
    std::fs::write(
        &clean,
        "default_project: lab\nprojects:\n  - name: lab\n    url: http://127.0.0.1:7880\n    api_key: k\n    api_secret: lab-secret-0123456789\n",
    )
    .unwrap();
    let r = sb
        .run(&["profile", "import", "--file", clean.to_str().unwrap()])
        .ok();
    assert!(r.stderr.contains("1 added"), "{r:#?}");
    sb.run(&["profile", "import", "--file", clean.to_str().unwrap()])
        .ok();
    sb.run(&[
        "profile",
        "import",
        "--file",
        "/nonexistent/cli-config.yaml",
    ])
    .fails(3, "file not found");
    let bad = sb.path("bad.yaml");
    std::fs::write(&bad, "projects: [ {name: x\n").unwrap();
    let before = std::fs::read(sb.config_path()).unwrap();
    sb.run(&["profile", "import", "--file", bad.to_str().unwrap()])
        .fails(2, "not LiveKit CLI configuration");
    std::fs::write(&bad, "projects: []\n").unwrap();
    sb.run(&["profile", "import", "--file", bad.to_str().unwrap()])
        .fails(2, "no projects");
    assert_eq!(
        std::fs::read(sb.config_path()).unwrap(),
        before,
        "refusals write nothing"
    );
}
