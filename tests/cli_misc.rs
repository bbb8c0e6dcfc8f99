//! Global behaviour: help and exit codes, usage errors, broken pipes, completions,
//! `lkctl doctor` and `lkctl dev`.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{Emu, Sandbox};

#[test]
fn help_documents_exit_codes_and_env_vars() {
    let sb = Sandbox::new();
    let r = sb.run(&["--help"]).ok();
    for needle in [
        "Exit codes:",
        "3  not found",
        "5  LiveKit or the network is unavailable",
        "LIVEKIT_API_SECRET",
        "LKCTL_OUTPUT",
    ] {
        assert!(r.stdout.contains(needle), "--help lacks {needle:?}");
    }
    assert!(r.stderr.is_empty());
    let r = sb.run(&["--version"]).ok();
    assert!(r.stdout.starts_with("lkctl "));
    for noun in ["profile", "token", "room", "participant"] {
        sb.run(&[noun, "--help"]).ok();
    }
}

#[test]
fn usage_errors_exit_2_in_every_format() {
    let sb = Sandbox::new();
    sb.run(&["nope"]).fails(2, "unrecognized subcommand");
    sb.run(&["-o", "json", "room", "list", "--bogus"])
        .fails(2, "--bogus");
    sb.run(&["-o", "yaml", "room", "list"]).fails(2, "yaml");
    sb.run(&["--timeout", "soon", "room", "list"])
        .fails(2, "soon");
    // No subcommand prints help on stderr and exits 2.
    assert_eq!(sb.run(&[]).code, 2);
}

#[test]
fn json_usage_errors_name_the_missing_arguments() {
    let sb = Sandbox::new();
    let r = sb
        .run(&["-o", "json", "participant", "mute", "r1", "alice"])
        .fails(2, "TRACK_SID");
    let err = r.json_error();
    assert_eq!(err["error"]["code"], "usage");
    let msg = err["error"]["message"].as_str().unwrap();
    assert!(
        msg.starts_with("the following required arguments were not provided: <TRACK_SID|--all>"),
        "{msg}"
    );
    assert!(!msg.contains("Usage:"), "{msg}");
}

#[test]
fn output_format_comes_from_lkctl_output() {
    let sb = Sandbox::new();
    let out = sb
        .cmd()
        .env("LKCTL_OUTPUT", "json")
        .args([
            "--api-key",
            "k",
            "--api-secret",
            "s",
            "token",
            "create",
            "--list",
        ])
        .output()
        .unwrap();
    let r = common::Run::from(out).ok();
    assert!(r.json()["token"].is_string());
}

#[test]
fn completions_print_to_stdout() {
    let sb = Sandbox::new();
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        // The live script asks lkctl (COMPLETE=shell) for candidates; --static has the tree.
        let r = sb.run(&["completions", shell]).ok();
        assert!(
            r.stdout.contains("lkctl") && r.stdout.contains("COMPLETE"),
            "{shell}"
        );
        let r = sb.run(&["completions", shell, "--static"]).ok();
        assert!(
            r.stdout.contains("lkctl") && r.stdout.contains("mute-all"),
            "{shell}"
        );
    }
    sb.run(&["completions", "tcsh"]).fails(2, "tcsh");
}

#[test]
fn broken_pipe_exits_zero_silently() {
    let sb = Sandbox::new();
    let mut child = sb
        .cmd()
        .args(["completions", "zsh"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{out:?}");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn doctor_passes_against_the_emulator() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let r = sb.run_at(&emu.url, &["-o", "json", "doctor"]).ok();
    let checks = r.json();
    let names: Vec<&str> = checks
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "url",
            "credentials configured",
            "reachability",
            "clock skew",
            "credentials accepted"
        ]
    );
    assert!(
        checks
            .as_array()
            .unwrap()
            .iter()
            .all(|c| c["verdict"] == "ok"),
        "{checks}"
    );
    let r = sb.run_at(&emu.url, &["doctor"]).ok();
    assert_eq!(
        r.stdout.lines().count(),
        6,
        "header plus one line per check: {r:#?}"
    );
    assert!(r.stderr.contains("all checks passed"));
}

#[test]
fn doctor_fails_with_the_matching_exit_code() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        common::KEY,
        "--api-secret",
        "wrong",
        "doctor",
    ]);
    let r = r.fails(4, "credentials accepted");
    assert!(
        r.stdout.contains("fail"),
        "the table is still printed: {r:#?}"
    );
    sb.run_at("http://127.0.0.1:1", &["doctor"])
        .fails(5, "reachability");
    sb.run(&["doctor"]).fails(2, "url");
    sb.run_at("ftp://x", &["doctor"]).fails(2, "url");
}

#[test]
fn dev_prints_credentials_serves_demo_rooms_and_stops_on_sigterm() {
    let sb = Sandbox::new();
    let mut child = sb
        .cmd()
        .args(["dev", "--port", "0"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut exports = String::new();
    let mut seen = Vec::new();
    while exports.is_empty() {
        let mut line = String::new();
        if stdout.read_line(&mut line).unwrap() == 0 {
            let _ = child.kill();
            panic!("lkctl dev ended early; stdout so far: {seen:?}");
        }
        if line.starts_with("export ") {
            exports = line.trim().to_string();
        }
        seen.push(line);
    }
    assert!(
        seen.iter()
            .any(|l| l.starts_with("api_key") && l.contains("devkey")),
        "{seen:?}"
    );
    let var = |name: &str| -> String {
        exports
            .split(' ')
            .find_map(|kv| kv.strip_prefix(&format!("{name}=")))
            .unwrap()
            .to_string()
    };
    let (url, key, secret) = (
        var("LIVEKIT_URL"),
        var("LIVEKIT_API_KEY"),
        var("LIVEKIT_API_SECRET"),
    );
    let r = sb
        .run(&[
            "--url",
            &url,
            "--api-key",
            &key,
            "--api-secret",
            &secret,
            "-o",
            "plain",
            "room",
            "list",
        ])
        .ok();
    let rooms: Vec<&str> = r
        .stdout
        .lines()
        .map(|l| l.split('\t').next().unwrap())
        .collect();
    assert_eq!(rooms, ["lecture-101", "lobby-test", "standup"]);

    let status = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stderr).contains("emulator stopped"));
}

#[test]
fn dev_reports_a_busy_port() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let port = emu.running.addr.port().to_string();
    sb.run(&["dev", "--port", &port]).fails(6, "already in use");
    sb.run(&["dev", "--emulator-only", "--port", &port])
        .fails(6, "already in use");
    sb.run(&["dev", "--emulator-only", "--data-dir", "x"])
        .fails(2, "--data-dir");
    sb.run(&["dev", "--port", "0", "--webhook", "ftp://hooks.example"])
        .fails(2, "ftp://hooks.example");
}

/// One HTTP request as a webhook receiver sees it.
struct Received {
    authorization: String,
    content_type: String,
    body: String,
}

/// Read one HTTP/1.1 request (headers and a Content-Length body) and answer 200.
fn read_request(stream: &mut std::net::TcpStream) -> Option<Received> {
    use std::io::{Read, Write};
    let mut reader = BufReader::new(stream.try_clone().ok()?);
    let mut headers = std::collections::HashMap::new();
    let mut line = String::new();
    reader.read_line(&mut line).ok()?;
    loop {
        line.clear();
        reader.read_line(&mut line).ok()?;
        let l = line.trim_end();
        if l.is_empty() {
            break;
        }
        if let Some((k, v)) = l.split_once(':') {
            headers.insert(k.trim().to_ascii_lowercase(), v.trim().to_string());
        }
    }
    let len: usize = headers.get("content-length")?.parse().ok()?;
    let mut body = vec![0; len];
    reader.read_exact(&mut body).ok()?;
    stream
        .write_all(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        .ok()?;
    Some(Received {
        authorization: headers.get("authorization").cloned().unwrap_or_default(),
        content_type: headers.get("content-type").cloned().unwrap_or_default(),
        body: String::from_utf8(body).ok()?,
    })
}

/// `lkctl dev --webhook URL` signs LiveKit webhooks that the official receiver
/// accepts, and `lkctl webhook ingest` turns them into participant sessions.
#[test]
fn dev_sends_signed_webhooks_that_ingest_records() {
    let receiver = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let hook = format!("http://{}/hook", receiver.local_addr().unwrap());
    let sb = Sandbox::new();
    let mut child = sb
        .cmd()
        .args(["dev", "--port", "0", "--webhook", &hook])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    receiver.set_nonblocking(false).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for stream in receiver.incoming() {
            let Ok(mut stream) = stream else { break };
            if let Some(r) = read_request(&mut stream)
                && tx.send(r).is_err()
            {
                break;
            }
        }
    });
    let verifier = livekit_api::access_token::TokenVerifier::with_api_key(
        lkctl_emulator::DEV_API_KEY,
        lkctl_emulator::DEV_API_SECRET,
    );
    let webhooks = livekit_api::webhooks::WebhookReceiver::new(verifier);
    let mut joined = None;
    // A hang guard, not a latency claim.
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while joined.is_none() && std::time::Instant::now() < deadline {
        let Ok(r) = rx.recv_timeout(std::time::Duration::from_secs(1)) else {
            continue;
        };
        assert_eq!(r.content_type, "application/webhook+json");
        assert!(
            !r.authorization.starts_with("Bearer "),
            "raw JWT, as LiveKit sends"
        );
        let event = webhooks
            .receive(&r.body, &r.authorization)
            .expect("the official receiver accepts lkctl dev's signature");
        if event.event == "participant_joined" {
            joined = Some(r.body);
        }
    }
    let _ = child.kill();
    let _ = child.wait();
    let body = joined.expect("a participant_joined webhook from the demo rooms");

    let v = sb
        .run_stdin(
            &["-o", "json", "webhook", "ingest", "--unverified", "-"],
            body.as_bytes(),
        )
        .ok()
        .json();
    assert_eq!(v["event"], "participant_joined");
    assert_eq!(v["recorded"], "stored", "{v}");
    let room = v["room"].as_str().unwrap().to_string();
    let history = sb
        .run(&["-o", "json", "room", "history", &room])
        .ok()
        .json();
    assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
    assert_eq!(history[0]["identity"], v["identity"]);
}

#[test]
fn version_names_the_commit_and_short_version_stays_plain() {
    let sb = Sandbox::new();
    let long = sb.run(&["--version"]).ok().stdout;
    let (name, rest) = long.trim().split_once(' ').unwrap();
    assert_eq!(name, "lkctl");
    let (version, commit) = rest.split_once(' ').unwrap();
    assert_eq!(version, env!("CARGO_PKG_VERSION"));
    assert!(
        commit.starts_with('(') && commit.ends_with(')') && commit.len() > 2,
        "{long:?}"
    );
    let short = sb.run(&["-V"]).ok().stdout;
    assert_eq!(short.trim(), format!("lkctl {}", env!("CARGO_PKG_VERSION")));
}

/// A server that answers every request with `status_line` until the test ends.
fn http_server(status_line: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let addr = listener.local_addr().unwrap();
    std::thread::spawn(move || {
        for mut stream in listener.incoming().flatten() {
            let mut buf = [0u8; 2048];
            let _ = stream.read(&mut buf);
            let body = "ok";
            let _ = write!(
                stream,
                "HTTP/1.1 {status_line}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://{addr}/healthz")
}

#[test]
fn healthcheck_exit_codes_follow_the_answer() {
    let sb = Sandbox::new();
    let up = http_server("200 OK");
    let r = sb.run(&["-o", "json", "healthcheck", "--url", &up]).ok();
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(v["status"], 200);
    assert_eq!(v["healthy"], true);
    assert_eq!(v["url"], up.as_str());

    let sick = http_server("503 Service Unavailable");
    let r = sb
        .run(&["healthcheck", "--url", &sick])
        .fails(5, "HTTP 503");
    assert!(r.stdout.contains("503"), "{}", r.stdout);

    let closed = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        l.local_addr().unwrap()
    };
    sb.run(&["healthcheck", "--url", &format!("http://{closed}/healthz")])
        .fails(5, "lkctl serve");
    sb.run(&["healthcheck", "--url", "ftp://127.0.0.1/x"])
        .fails(2, "--url");
}
