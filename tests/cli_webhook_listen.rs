//! `lkctl webhook listen` and `lkctl webhook test` against each other: a signed test event
//! is printed as a JSON line; a delivery signed with another secret is refused (401, exit
//! 4 for the sender) and never printed.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::process::{Child, Stdio};

use common::*;

const URL: &str = "http://127.0.0.1:1";

/// A listener on a free port that exits after `count` events; returns it and its URL.
fn listen(
    sb: &Sandbox,
    secret: &str,
    count: usize,
) -> (Child, String, BufReader<std::process::ChildStderr>) {
    let count = count.to_string();
    let mut child = sb
        .cmd()
        .args(["--url", URL, "--api-key", KEY, "--api-secret", secret])
        .args(["webhook", "listen", "--port", "0", "--count", &count])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn listener");
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let mut line = String::new();
    stderr.read_line(&mut line).expect("listener address");
    let url = line
        .split_whitespace()
        .find(|w| w.starts_with("http://"))
        .unwrap_or_else(|| panic!("no address in {line:?}"))
        .to_string();
    (child, url, stderr)
}

fn send(sb: &Sandbox, secret: &str, url: &str) -> Run {
    sb.run(&[
        "--url",
        URL,
        "--api-key",
        KEY,
        "--api-secret",
        secret,
        "-o",
        "json",
        "webhook",
        "test",
        url,
    ])
}

#[test]
fn listen_prints_verified_events_and_refuses_forged_ones() {
    let sb = Sandbox::new();
    let (mut child, url, mut stderr) = listen(&sb, SECRET, 1);

    // Signed with another secret: refused by the listener, exit 4 for the sender.
    let forged = send(&sb, "another-secret-0123456789-abcdefghijkl", &url);
    assert_eq!(forged.code, 4, "{forged:?}");
    assert!(
        forged.stderr.contains("refused the signature"),
        "{}",
        forged.stderr
    );

    // Signed with the profile's secret: printed, and the listener exits after one event.
    let sent = send(&sb, SECRET, &url).ok();
    let reply = sent.json();
    assert_eq!(reply["status"], 200);
    assert_eq!(reply["event"], "room_started");
    let event_id = reply["event_id"].as_str().unwrap().to_string();

    let status = child.wait().expect("listener exits after --count events");
    let mut out = String::new();
    child
        .stdout
        .take()
        .unwrap()
        .read_to_string(&mut out)
        .unwrap();
    let mut rest = String::new();
    stderr.read_to_string(&mut rest).unwrap();
    assert!(status.success(), "{status:?} {rest}");
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1, "only the verified event is printed: {out}");
    let ev: serde_json::Value = serde_json::from_str(lines[0]).expect("a JSON line");
    assert_eq!(ev["event"], "room_started");
    assert_eq!(ev["id"], event_id.as_str());
    assert_eq!(ev["room"]["name"], "lkctl-webhook-test");
    assert!(rest.contains("refused a delivery"), "{rest}");
}

#[test]
fn test_refuses_bad_urls_and_reports_unreachable_receivers() {
    let sb = Sandbox::new();
    let r = send(&sb, SECRET, "ftp://example.com/hook");
    assert_eq!(r.code, 2, "{r:?}");
    assert!(r.stderr.contains("url"), "{}", r.stderr);
    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let r = send(&sb, SECRET, &format!("http://127.0.0.1:{port}/"));
    assert_eq!(r.code, 5, "{r:?}");
}
