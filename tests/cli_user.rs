//! `lkctl user ...` and `lkctl serve`'s first start, with the real binary.

mod common;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use common::{Emu, Sandbox};

const PW: &str = "a password long enough";

fn password_file(sb: &Sandbox, text: &str) -> String {
    let path = sb.path("pw.txt");
    std::fs::write(&path, text).unwrap();
    path.display().to_string()
}

#[test]
fn users_roles_and_passwords() {
    let sb = Sandbox::new();
    let pw = password_file(&sb, &format!("{PW}\n"));
    let ann = sb
        .run(&[
            "-o",
            "json",
            "user",
            "add",
            "ann",
            "--role",
            "admin",
            "--password-file",
            &pw,
        ])
        .ok()
        .json();
    assert_eq!(ann["username"], "ann");
    assert_eq!(ann["role"], "admin");
    assert_eq!(ann["identity"], "ann");
    assert!(ann.get("password_hash").is_none());

    // From stdin, with a host identity of its own.
    let bob = sb.run_stdin(
        &[
            "-o",
            "json",
            "user",
            "add",
            "bob",
            "--identity",
            "teacher-bob",
        ],
        format!("{PW}\n").as_bytes(),
    );
    let bob = bob.ok().json();
    assert_eq!(bob["role"], "host");
    assert_eq!(bob["identity"], "teacher-bob");

    // Never from a flag value; short passwords and duplicates are refused.
    sb.run(&["user", "add", "eve", "--password", PW])
        .fails(2, "--password");
    sb.run_stdin(&["user", "add", "eve"], b"short\n")
        .fails(2, "at least 12 characters");
    sb.run_stdin(&["user", "add", "ann"], format!("{PW}\n").as_bytes())
        .fails(6, "already exists");

    let list = sb.run(&["-o", "json", "user", "list"]).ok().json();
    let names: Vec<_> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|u| u["username"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["ann", "bob"]);
    let table = sb.run(&["user", "list"]).ok();
    assert!(table.stdout.contains("teacher-bob"), "{table:#?}");

    // The last admin cannot be demoted or removed.
    sb.run(&["user", "role", "ann", "host"])
        .fails(6, "last admin");
    sb.run(&["--yes", "user", "remove", "ann"])
        .fails(6, "last admin");
    let bob = sb
        .run(&["-o", "json", "user", "role", "bob", "admin"])
        .ok()
        .json();
    assert_eq!(bob["role"], "admin");
    sb.run(&["user", "role", "ann", "host"]).ok();

    let new_pw = password_file(&sb, "another password, longer\n");
    sb.run(&["user", "passwd", "ann", "--password-file", &new_pw])
        .ok();
    sb.run(&["user", "passwd", "nobody", "--password-file", &new_pw])
        .fails(3, "not found");

    sb.run(&["user", "remove", "ann"]).fails(2, "--yes");
    sb.run(&["--yes", "user", "remove", "ann"]).ok();
    let list = sb.run(&["-o", "json", "user", "list"]).ok().json();
    assert_eq!(list.as_array().unwrap().len(), 1);
}

#[test]
fn api_tokens_are_shown_once() {
    let sb = Sandbox::new();
    let pw = password_file(&sb, PW);
    sb.run(&["user", "add", "hal", "--password-file", &pw]).ok();
    let created = sb
        .run(&[
            "-o", "json", "user", "token", "create", "hal", "--name", "ci",
        ])
        .ok()
        .json();
    let secret = created["secret"].as_str().unwrap();
    assert!(secret.starts_with("lkt_"), "{created}");
    assert_eq!(created["role"], "host");
    let id = created["id"].as_str().unwrap().to_string();
    // Plain output is the secret alone, for `$(...)`.
    let plain = sb
        .run(&[
            "-o", "plain", "user", "token", "create", "hal", "--name", "sh",
        ])
        .ok();
    assert!(plain.stdout.trim().starts_with("lkt_"), "{plain:#?}");

    // A host cannot hold an admin token.
    sb.run(&[
        "user", "token", "create", "hal", "--name", "x", "--role", "admin",
    ])
    .fails(4, "higher role");

    let listed = sb.run(&["-o", "json", "user", "token", "list", "hal"]).ok();
    assert!(!listed.stdout.contains(secret), "secrets are never listed");
    assert_eq!(listed.json().as_array().unwrap().len(), 2);

    let revoked = sb
        .run(&["-o", "json", "user", "token", "revoke", &id])
        .ok()
        .json();
    assert!(revoked["revoked_at"].is_string(), "{revoked}");
    sb.run(&["user", "token", "revoke", "AT_nope"])
        .fails(3, "not found");
}

#[test]
fn serve_refuses_to_start_without_an_admin() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    sb.run_at(&emu.url, &["serve", "--listen", "127.0.0.1:0"])
        .fails(2, "lkctl user add NAME --role admin");
    // Hosts alone are not enough.
    let pw = password_file(&sb, PW);
    sb.run(&["user", "add", "hal", "--password-file", &pw]).ok();
    sb.run_at(&emu.url, &["serve", "--listen", "127.0.0.1:0"])
        .fails(2, "no admin");
}

#[test]
fn serve_init_admin_prints_a_password_once_and_stops_on_sigterm() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    let mut child = sb
        .cmd()
        .args(["--url", &emu.url, "--api-key", common::KEY, "--api-secret"])
        .arg(common::SECRET)
        .args([
            "-o",
            "json",
            "serve",
            "--listen",
            "127.0.0.1:0",
            "--init-admin",
            "root",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    let mut line = String::new();
    stdout.read_line(&mut line).unwrap();
    let first: serde_json::Value = serde_json::from_str(&line).expect("JSON line");
    assert_eq!(first["username"], "root");
    let password = first["password"].as_str().unwrap().to_string();
    assert!(password.len() >= 40);

    // Wait until it listens, then log in over HTTP with the printed password.
    let mut stderr = BufReader::new(child.stderr.take().unwrap());
    let addr = loop {
        let mut l = String::new();
        assert!(stderr.read_line(&mut l).unwrap() > 0, "serve exited early");
        if let Some(rest) = l.split("listening on ").nth(1) {
            break rest.split_whitespace().next().unwrap().to_string();
        }
    };
    let rt = tokio::runtime::Runtime::new().unwrap();
    let status = rt.block_on(async {
        reqwest::Client::new()
            .post(format!("http://{addr}/api/v1/auth/login"))
            .json(&serde_json::json!({"username": "root", "password": password}))
            .send()
            .await
            .unwrap()
            .status()
    });
    assert_eq!(status, 200);

    let kill = std::process::Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(kill.success());
    let exit = child.wait().unwrap();
    assert_eq!(exit.code(), Some(0), "clean exit on SIGTERM");

    // The second start finds the admin and ignores --init-admin (no new password).
    let users = sb.run(&["-o", "json", "user", "list"]).ok().json();
    assert_eq!(users.as_array().unwrap().len(), 1);
}
