//! Issue 14, first contact: configuration precedence, bounded inputs, token
//! warnings, `--json`, URLs that are not LiveKit, and what participant views show.

mod common;

use std::io::{Read, Write};
use std::process::Stdio;

use common::{Emu, KEY, Run, SECRET, Sandbox};

fn add_profile(sb: &Sandbox, name: &str, url: &str, secret: &str) {
    sb.run(&[
        "--url",
        url,
        "--api-key",
        KEY,
        "--api-secret",
        secret,
        "profile",
        "add",
        name,
    ])
    .ok();
}

fn show_with_env(sb: &Sandbox, env: &[(&str, &str)], args: &[&str]) -> serde_json::Value {
    let mut c = sb.cmd();
    for (k, v) in env {
        c.env(k, v);
    }
    c.args(args).args(["-o", "json", "profile", "show"]);
    Run::from(c.output().expect("run")).ok().json()
}

#[test]
fn a_named_profile_beats_the_environment_and_the_default_one_does_not() {
    let sb = Sandbox::new();
    add_profile(&sb, "prod", "https://prod.example", SECRET);
    add_profile(&sb, "staging", "https://staging.example", SECRET);
    let env = [
        ("LIVEKIT_URL", "https://env.example"),
        ("LIVEKIT_API_KEY", "envkey"),
    ];
    // --profile wins over LIVEKIT_*.
    let show = show_with_env(&sb, &env, &["--profile", "staging"]);
    assert_eq!(show["url"]["value"], "https://staging.example");
    assert_eq!(show["url"]["source"], "profile staging (url)");
    assert_eq!(show["api_key"]["value"], KEY);
    // So does LKCTL_PROFILE.
    let mut with_env_profile = env.to_vec();
    with_env_profile.push(("LKCTL_PROFILE", "staging"));
    let show = show_with_env(&sb, &with_env_profile, &[]);
    assert_eq!(show["url"]["value"], "https://staging.example");
    // A flag wins over both.
    let show = show_with_env(
        &sb,
        &env,
        &["--profile", "staging", "--url", "https://flag.example"],
    );
    assert_eq!(show["url"]["value"], "https://flag.example");
    assert_eq!(show["url"]["source"], "flag --url");
    // The environment still wins over the default profile.
    let show = show_with_env(&sb, &env, &[]);
    assert_eq!(show["url"]["value"], "https://env.example");
    assert_eq!(show["url"]["source"], "env LIVEKIT_URL");
    assert_eq!(show["url"]["overrides"][0], "profile prod (url)");

    // --resolved lists what each value overrides.
    let mut c = sb.cmd();
    c.envs(env)
        .args(["--profile", "staging", "profile", "show", "--resolved"]);
    let r = Run::from(c.output().unwrap()).ok();
    let url_line = r
        .stdout
        .lines()
        .find(|l| l.starts_with("url"))
        .expect("url row");
    assert!(
        url_line.contains("profile staging (url)") && url_line.contains("env LIVEKIT_URL"),
        "{r:#?}"
    );
    assert!(r.stdout.contains("OVERRIDES"), "{r:#?}");
}

#[test]
fn profile_add_reads_the_secret_from_stdin() {
    let sb = Sandbox::new();
    sb.run_stdin(
        &[
            "--url",
            "https://p.example",
            "--api-key",
            KEY,
            "--api-secret",
            "-",
            "profile",
            "add",
            "p",
        ],
        format!("{SECRET}\n").as_bytes(),
    )
    .ok();
    let config = std::fs::read_to_string(sb.config_path()).unwrap();
    assert!(config.contains(SECRET), "the secret itself is stored");
    assert!(!config.contains("api_secret = \"-\""), "{config}");
    // Empty stdin is refused rather than stored.
    sb.run_stdin(
        &[
            "--url",
            "https://q.example",
            "--api-key",
            KEY,
            "--api-secret",
            "-",
            "profile",
            "add",
            "q",
        ],
        b"",
    )
    .fails(2, "stdin was empty");
}

#[test]
fn profile_show_survives_a_failing_secret_command() {
    let sb = Sandbox::new();
    sb.run(&[
        "--url",
        "https://c.example",
        "--api-key",
        KEY,
        "profile",
        "add",
        "c",
        "--api-secret-command",
        "echo nope >&2; exit 3",
    ])
    .ok();
    let r = sb.run(&["profile", "show"]).ok();
    assert!(r.stdout.contains("https://c.example"), "{r:#?}");
    let secret_row = r
        .stdout
        .lines()
        .find(|l| l.starts_with("api_secret"))
        .expect("api_secret row");
    assert!(secret_row.contains("error:"), "{secret_row}");
    let show = sb.run(&["-o", "json", "profile", "show"]).ok().json();
    assert!(
        show["api_secret"]["error"]
            .as_str()
            .unwrap()
            .contains("api_secret_command"),
        "{show}"
    );
    assert_eq!(show["url"]["value"], "https://c.example");
}

#[test]
fn a_password_in_livekit_url_is_never_printed() {
    let sb = Sandbox::new();
    let url = "http://admin:hunter2@127.0.0.1:9";
    for args in [
        &["profile", "show"][..],
        &["-o", "json", "profile", "show"],
        &["--verbose", "profile", "show"],
        &["doctor"],
        &["--timeout", "1s", "room", "list"],
    ] {
        let r = Run::from(
            sb.cmd()
                .env("LIVEKIT_URL", url)
                .env("LIVEKIT_API_KEY", KEY)
                .env("LIVEKIT_API_SECRET", SECRET)
                .args(args)
                .output()
                .unwrap(),
        );
        assert!(
            !r.stdout.contains("hunter2") && !r.stderr.contains("hunter2"),
            "{args:?}: {r:#?}"
        );
    }
}

#[cfg(unix)]
#[test]
fn inputs_are_bounded_and_must_be_regular_files() {
    let sb = Sandbox::new();
    let db = format!("sqlite://{}", sb.path("s.db").display());
    // A device, a directory and a FIFO with no writer are refused, not read.
    let fifo = sb.path("fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .unwrap()
            .success()
    );
    let dir = sb.path("");
    for path in ["/dev/zero", dir.to_str().unwrap(), fifo.to_str().unwrap()] {
        sb.run(&[
            "--database-url",
            &db,
            "webhook",
            "ingest",
            "--unverified",
            path,
        ])
        .fails(2, "not a regular file");
        sb.run_at(
            "http://127.0.0.1:9",
            &["room", "create", "r", "--config", path],
        )
        .fails(2, "not a regular file");
    }
    // A file past the limit.
    let big = sb.path("big.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(16 * 1024 * 1024 + 1).unwrap();
    sb.run(&[
        "--database-url",
        &db,
        "webhook",
        "ingest",
        "--unverified",
        big.to_str().unwrap(),
    ])
    .fails(2, "larger than the 16 MiB limit");

    // An endless stdin stops at the limit.
    let mut child = sb
        .cmd()
        .args([
            "--database-url",
            &db,
            "webhook",
            "ingest",
            "--unverified",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        let chunk = vec![b' '; 64 * 1024];
        // Until lkctl closes its end.
        while stdin.write_all(&chunk).is_ok() {}
    });
    let mut stderr = String::new();
    child
        .stderr
        .take()
        .unwrap()
        .read_to_string(&mut stderr)
        .unwrap();
    let status = child.wait().unwrap();
    writer.join().unwrap();
    assert_eq!(status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("stdin is larger than"), "{stderr}");

    // A secret file that is a device.
    let config = "default_profile = \"d\"\n[profiles.d]\nurl = \"https://d.example\"\napi_key = \"k\"\napi_secret_file = \"/dev/zero\"\n";
    std::fs::create_dir_all(sb.config_path().parent().unwrap()).unwrap();
    std::fs::write(sb.config_path(), config).unwrap();
    sb.run(&[
        "token",
        "create",
        "--identity",
        "x",
        "--join",
        "--room",
        "r",
    ])
    .fails(2, "not a regular file");
}

#[test]
fn token_inspect_says_it_did_not_verify_and_flags_alg_none() {
    let sb = Sandbox::new();
    let token = sb
        .run_at(
            "http://127.0.0.1:9",
            &[
                "-o",
                "plain",
                "token",
                "create",
                "--join",
                "--room",
                "r",
                "--identity",
                "a",
            ],
        )
        .ok()
        .stdout
        .trim()
        .to_string();
    let r = sb.run(&["token", "inspect", &token]).ok();
    assert!(r.stderr.contains("signature was not verified"), "{r:#?}");
    assert!(r.stdout.contains("false (signature not checked)"), "{r:#?}");
    // alg: none, unsigned: {"alg":"none","typ":"JWT"} and admin claims, no signature.
    let none = "eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.eyJpc3MiOiJrIiwic3ViIjoibSIsImV4cCI6NDEwMjQ0NDgwMCwidmlkZW8iOnsicm9vbUFkbWluIjp0cnVlfX0.";
    let r = sb.run(&["token", "inspect", none]).ok();
    assert!(r.stderr.contains("alg: none"), "{r:#?}");
    // JSON is unchanged: the verified flag says it.
    let v = sb
        .run(&["-o", "json", "token", "inspect", none])
        .ok()
        .json();
    assert_eq!(v["verified"], false);
}

#[test]
fn token_create_warns_about_no_grants_and_banned_identities() {
    let sb = Sandbox::new();
    let db = format!("sqlite://{}", sb.path("s.db").display());
    let r = sb
        .run_at(
            "http://127.0.0.1:9",
            &["token", "create", "--identity", "a"],
        )
        .ok();
    assert!(r.stderr.contains("grants nothing"), "{r:#?}");
    let r = sb
        .run_at(
            "http://127.0.0.1:9",
            &["token", "create", "--identity", "a", "--no-warn"],
        )
        .ok();
    assert!(r.stderr.is_empty(), "{r:#?}");

    sb.run(&[
        "--database-url",
        &db,
        "-y",
        "ban",
        "add",
        "demo",
        "--identity",
        "mallory",
        "--reason",
        "spam",
    ])
    .ok();
    let create = |extra: &[&str]| {
        let mut args = vec![
            "--database-url",
            &db,
            "token",
            "create",
            "--join",
            "--room",
            "demo",
            "--identity",
            "mallory",
        ];
        args.extend_from_slice(extra);
        sb.run_at("http://127.0.0.1:9", &args).ok()
    };
    let r = create(&[]);
    assert!(
        r.stderr.contains("mallory is banned") && r.stderr.contains("spam"),
        "{r:#?}"
    );
    assert!(!r.stdout.is_empty());
    assert!(create(&["--no-warn"]).stderr.is_empty());
    // Someone else, or another room, is not warned about.
    let r = sb
        .run_at(
            "http://127.0.0.1:9",
            &[
                "--database-url",
                &db,
                "token",
                "create",
                "--join",
                "--room",
                "other",
                "--identity",
                "mallory",
            ],
        )
        .ok();
    assert!(r.stderr.is_empty(), "{r:#?}");
}

#[test]
fn json_flag_is_short_for_output_json() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    emu.room("demo");
    let r = sb.run_at(&emu.url, &["room", "list", "--json"]).ok();
    assert_eq!(r.json()[0]["name"], "demo");
    let r = sb.run_at(&emu.url, &["--json", "room", "get", "nope"]);
    assert_eq!(r.json_error()["error"]["code"], "not_found");
}

/// A web server that answers every request with an HTML 404 page.
fn html_server() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut s) = stream else { continue };
            std::thread::spawn(move || {
                let mut buf = [0u8; 65536];
                let _ = s.read(&mut buf);
                let body =
                    "<!DOCTYPE html><html><body><h1>Not Found</h1>secret-page-marker</body></html>";
                let _ = write!(
                    s,
                    "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                    body.len()
                );
            });
        }
    });
    format!("http://{addr}")
}

#[test]
fn a_url_that_is_not_livekit_says_so_and_exits_5() {
    let url = html_server();
    let sb = Sandbox::new();
    for args in [&["room", "list"][..], &["participant", "list", "r"]] {
        let r = sb.run_at(&url, args);
        assert_eq!(r.code, 5, "{r:#?}");
        assert!(
            r.stderr.contains("this is not a LiveKit server API"),
            "{r:#?}"
        );
        assert!(!r.stderr.contains("secret-page-marker"), "{r:#?}");
    }
    let r = sb.run_at(&url, &["-o", "json", "room", "list"]);
    assert_eq!(r.json_error()["error"]["code"], "not_livekit");
    let r = sb.run_at(&url, &["doctor"]);
    assert_eq!(r.code, 5, "{r:#?}");
    assert!(r.stdout.contains("not a LiveKit server API"), "{r:#?}");
}

#[test]
fn participant_views_show_name_metadata_and_attributes() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    emu.room("r");
    emu.participant("r", "s7");
    sb.run_at(
        &emu.url,
        &[
            "participant",
            "update",
            "r",
            "s7",
            "--name",
            "Student 7",
            "--metadata",
            "{\"seat\":12}",
            "--attribute",
            "role=student",
        ],
    )
    .ok();
    let r = sb.run_at(&emu.url, &["participant", "list", "r"]).ok();
    assert!(r.stdout.lines().next().unwrap().contains("NAME"), "{r:#?}");
    assert!(r.stdout.contains("Student 7"), "{r:#?}");
    let r = sb.run_at(&emu.url, &["participant", "get", "r", "s7"]).ok();
    for needle in ["Student 7", "{\"seat\":12}", "attribute role", "student"] {
        assert!(r.stdout.contains(needle), "{needle}: {r:#?}");
    }
}

#[test]
fn mute_all_and_send_data_on_an_unknown_room_are_not_found_with_suggestions() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    emu.room("demo");
    emu.participant("demo", "alice");
    let r = sb.run_at(&emu.url, &["-y", "room", "mute-all", "demp"]);
    assert_eq!(r.code, 3, "{r:#?}");
    assert!(r.stderr.contains("did you mean demo?"), "{r:#?}");
    let r = sb.run_at(&emu.url, &["room", "mute-all", "demp", "--dry-run"]);
    assert_eq!(r.code, 3, "{r:#?}");
    let r = sb.run_at(&emu.url, &["room", "send-data", "nowhere-at-all", "hi"]);
    assert_eq!(r.code, 3, "{r:#?}");
    assert!(r.stderr.contains("room list"), "{r:#?}");
    // The real room still works, by name.
    sb.run_at(&emu.url, &["-y", "room", "mute-all", "demo"])
        .ok();
}
