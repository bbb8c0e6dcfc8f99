//! The hostile-input corpus (`tests/hostile/`) run through every human renderer.
//!
//! Each surface is planted where it enters lkctl: the emulator's HTTP control API for
//! what LiveKit reports (names, identities, metadata, attributes, server errors), the
//! CLI and store for chat, bans, files and webhooks. Table and plain output, and every
//! message on stderr, must show control characters and bidi overrides visibly; JSON
//! must carry each value exactly.

mod common;

use std::collections::BTreeMap;

use common::{Emu, KEY, Run, SECRET, Sandbox, corpus};
use serde_json::{Value, json};

/// What must never reach a terminal raw (kept independent of lkctl's own list).
fn forbidden(c: char, allow_layout: bool) -> bool {
    let layout = allow_layout && matches!(c, '\t' | '\n');
    !layout
        && (c.is_control()
            || matches!(
                c,
                '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{2028}' | '\u{2029}'
            )
            || ('\u{202a}'..='\u{202e}').contains(&c)
            || ('\u{2066}'..='\u{2069}').contains(&c))
}

/// No forbidden character on stdout or stderr (tab and newline are the layout's).
#[track_caller]
fn assert_clean(r: &Run, what: &str) {
    for (stream, text) in [("stdout", &r.stdout), ("stderr", &r.stderr)] {
        if let Some(c) = text.chars().find(|&c| forbidden(c, true)) {
            panic!("{what}: raw {c:?} on {stream}: {r:#?}");
        }
    }
}

/// Run `args` in table and plain formats and check both are clean; returns the table run.
#[track_caller]
fn human(sb: &Sandbox, base: &[&str], args: &[&str]) -> Run {
    let mut table = None;
    for format in ["table", "plain"] {
        let mut all: Vec<&str> = base.to_vec();
        all.extend(["-o", format]);
        all.extend_from_slice(args);
        let r = sb.run(&all);
        assert_clean(&r, &format!("{format} {args:?}"));
        if format == "table" {
            table = Some(r);
        }
    }
    table.expect("table run")
}

/// Run `args` with `-o json` and parse stdout.
#[track_caller]
fn json_of(sb: &Sandbox, base: &[&str], args: &[&str]) -> Value {
    let mut all: Vec<&str> = base.to_vec();
    all.extend(["-o", "json"]);
    all.extend_from_slice(args);
    sb.run(&all).ok().json()
}

/// The emulator's HTTP control API, authenticated with a token lkctl mints.
struct ControlApi {
    base: String,
    token: String,
    rt: tokio::runtime::Runtime,
    http: reqwest::Client,
}

impl ControlApi {
    fn new(sb: &Sandbox, emu: &Emu) -> Self {
        let token = sb
            .run_at(
                &emu.url,
                &[
                    "-o",
                    "plain",
                    "token",
                    "create",
                    "--identity",
                    "control",
                    "--list",
                ],
            )
            .ok()
            .stdout
            .trim()
            .to_string();
        Self {
            base: emu.url.trim_end_matches('/').to_string(),
            token,
            rt: tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime"),
            http: reqwest::Client::new(),
        }
    }

    #[track_caller]
    fn post(&self, path: &str, body: Value) {
        let url = format!("{}/_emulator/{path}", self.base);
        let (status, text) = self.rt.block_on(async {
            let r = self
                .http
                .post(&url)
                .bearer_auth(&self.token)
                .json(&body)
                .send()
                .await
                .expect("control request");
            (r.status(), r.text().await.unwrap_or_default())
        });
        assert!(status.is_success(), "POST {path}: {status} {text}");
    }
}

#[test]
fn livekit_text_is_escaped_in_human_output_and_exact_in_json() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    let api = ControlApi::new(&sb, &emu);
    let base = [
        "--url",
        emu.url.as_str(),
        "--api-key",
        KEY,
        "--api-secret",
        SECRET,
    ];
    let names = corpus("names.txt");
    let identities = corpus("identities.txt");
    let metadata = corpus("metadata.txt");

    // Room metadata through the CLI, participants through the control API.
    sb.run(&[&base[..], &["room", "create", "hostile"]].concat())
        .ok();
    for (i, m) in metadata.iter().enumerate() {
        let room = format!("meta-{i}");
        sb.run(&[&base[..], &["room", "create", &room, "--metadata", m]].concat())
            .ok();
    }
    let mut planted: BTreeMap<String, Value> = BTreeMap::new();
    for (i, name) in names.iter().enumerate() {
        let m = &metadata[i % metadata.len()];
        let spec = json!({
            "identity": format!("n{i}"),
            "name": name,
            "metadata": m,
            "attributes": { m.clone(): name, "plain": m },
            "tracks": [{"type": "audio", "name": name}],
        });
        api.post("rooms/hostile/participants", spec.clone());
        planted.insert(format!("n{i}"), spec);
    }
    for (i, identity) in identities.iter().enumerate() {
        let spec = json!({
            "identity": identity,
            "name": names[i % names.len()],
            "metadata": metadata[i % metadata.len()],
        });
        api.post("rooms/hostile/participants", spec.clone());
        planted.insert(identity.clone(), spec);
    }

    // Every human view of rooms and participants.
    human(&sb, &base, &["room", "list"]);
    for i in 0..metadata.len() {
        human(&sb, &base, &["room", "get", &format!("meta-{i}")]);
    }
    let listed = human(&sb, &base, &["participant", "list", "hostile"]);
    assert!(
        listed.stdout.contains("\\u{1b}[2J"),
        "escapes are shown, not dropped: {listed:#?}"
    );
    human(&sb, &base, &["room", "mute-all", "hostile", "--dry-run"]);
    for identity in planted.keys() {
        human(&sb, &base, &["participant", "get", "hostile", identity]);
    }
    human(
        &sb,
        &base,
        &[
            "participant",
            "update",
            "hostile",
            "n0",
            "--name",
            &names[0],
        ],
    );
    human(
        &sb,
        &base,
        &[
            "participant",
            "update",
            "hostile",
            "n1",
            "--metadata",
            &metadata[0],
        ],
    );
    // Not found, quoting the identity back.
    let r = sb.run(
        &[
            &base[..],
            &["participant", "get", "hostile", &identities[0]],
        ]
        .concat(),
    );
    assert_clean(&r, "participant get");
    let r = sb.run(&[&base[..], &["participant", "get", "hostile", &names[0]]].concat());
    assert_eq!(r.code, 3, "{r:#?}");
    assert_clean(&r, "participant get (unknown identity)");
    let gone = &identities[1];
    let r = sb.run(&[&base[..], &["-y", "participant", "remove", "hostile", gone]].concat());
    assert_eq!(r.code, 0, "{r:#?}");
    assert_clean(&r, "participant remove");
    planted.remove(gone);
    let r = sb.run(&[&base[..], &["-y", "room", "mute-all", "hostile"]].concat());
    assert_clean(&r, "mute-all");

    // JSON keeps every value exactly.
    let list = json_of(&sb, &base, &["participant", "list", "hostile"]);
    let list = list.as_array().expect("array");
    for (identity, spec) in &planted {
        let p = list
            .iter()
            .find(|p| p["identity"] == identity.as_str())
            .unwrap_or_else(|| panic!("{identity:?} missing from JSON"));
        if identity == "n0" || identity == "n1" {
            continue;
        }
        assert_eq!(p["name"], spec["name"], "{identity:?}");
        assert_eq!(p["metadata"], spec["metadata"], "{identity:?}");
        if let Some(attrs) = spec.get("attributes") {
            assert_eq!(&p["attributes"], attrs, "{identity:?}");
        }
    }
    let rooms = json_of(&sb, &base, &["room", "list"]);
    for (i, m) in metadata.iter().enumerate() {
        let room = format!("meta-{i}");
        let r = rooms
            .as_array()
            .expect("array")
            .iter()
            .find(|r| r["name"] == room.as_str())
            .expect("room in JSON");
        assert_eq!(r["metadata"], m.as_str());
    }
}

#[test]
fn server_error_text_is_escaped() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    let api = ControlApi::new(&sb, &emu);
    for msg in corpus("server_errors.txt") {
        for format in ["table", "plain", "json"] {
            api.post("failures", json!({ "code": "internal", "msg": msg }));
            let r = sb.run_at(&emu.url, &["-o", format, "room", "list"]);
            assert_ne!(r.code, 0, "{r:#?}");
            if format == "json" {
                let body = r.json_error();
                let got = body["error"]["message"].as_str().expect("message");
                assert!(got.contains(&msg), "{got:?} lacks {msg:?}");
            } else {
                assert_clean(&r, "server error");
            }
        }
    }
}

#[test]
fn store_text_is_escaped_in_human_output_and_exact_in_json() {
    let sb = Sandbox::new();
    let db = format!("sqlite://{}", sb.path("store.db").display());
    let base = ["--database-url", db.as_str()];

    // Chat: hostile senders and messages.
    let identities = corpus("identities.txt");
    let chat = corpus("chat.txt");
    // Identities with control characters are refused at the store's entrance
    // (exit 2, quoting them safely); bidi overrides are not control characters.
    let mut sent = Vec::new();
    for (i, text) in chat.iter().enumerate() {
        for from in [identities[i % identities.len()].as_str(), "host"] {
            let r = sb.run(
                &[
                    &base[..],
                    &[
                        "chat",
                        "send",
                        "lecture",
                        "--as",
                        from,
                        text,
                        "--store-only",
                    ],
                ]
                .concat(),
            );
            assert!(r.code == 0 || r.code == 2, "{r:#?}");
            assert_clean(&r, "chat send");
            if r.code == 0 {
                sent.push(text.clone());
            }
        }
    }
    human(&sb, &base, &["chat", "list", "lecture"]);
    let listed = json_of(&sb, &base, &["chat", "list", "lecture"]);
    let texts: Vec<&str> = listed
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|m| m["text"].as_str())
        .collect();
    assert_eq!(
        texts,
        sent.iter().map(String::as_str).collect::<Vec<_>>(),
        "{listed}"
    );
    assert!(
        sent.len() >= chat.len(),
        "every message was stored at least once"
    );

    // Bans: hostile reasons and identities.
    let reasons = corpus("ban_reasons.txt");
    for (i, reason) in reasons.iter().enumerate() {
        // The reason is the hostile part here (identities with control characters or bidi
        // overrides are refused at the store's entrance, see `tests/cli_webhook.rs`).
        let who = format!("troll-{i}");
        let r = sb.run(
            &[
                &base[..],
                &[
                    "-y",
                    "ban",
                    "add",
                    "lecture",
                    "--identity",
                    &who,
                    "--reason",
                    reason,
                ],
            ]
            .concat(),
        );
        assert_eq!(r.code, 0, "{r:#?}");
        assert_clean(&r, "ban add");
    }
    human(&sb, &base, &["ban", "list"]);
    let bans = json_of(&sb, &base, &["ban", "list"]);
    for reason in &reasons {
        assert!(
            bans.as_array()
                .expect("array")
                .iter()
                .any(|b| b["reason"] == reason.as_str()),
            "{reason:?} missing from {bans}"
        );
    }

    // Shared files: hostile names (presigning needs no S3 server).
    let s3 = [
        "--bucket",
        "shared",
        "--endpoint",
        "http://127.0.0.1:9",
        "--access-key",
        "AKIDEXAMPLE",
    ];
    let files = corpus("file_names.txt");
    let mut shared = Vec::new();
    for name in &files {
        for format in ["table", "plain"] {
            let args = [
                &base[..],
                &[
                    "-o", format, "file", "share", "lecture", name, "--size", "1",
                ],
                &["--as", "prof"],
                &s3[..],
            ]
            .concat();
            let r = common::Run::from(
                sb.cmd()
                    .args(&args)
                    .env("LKCTL_S3_SECRET_KEY", "secret")
                    .output()
                    .expect("run"),
            );
            // Names the store refuses are refused safely (exit 2).
            assert!(r.code == 0 || r.code == 2, "{r:#?}");
            assert_clean(&r, "file share");
            if r.code == 0 && format == "table" {
                shared.push(name.clone());
            }
        }
    }
    assert!(
        !shared.is_empty(),
        "some hostile names are accepted and shown"
    );
    human(&sb, &base, &["file", "list", "lecture"]);
    let listed = json_of(&sb, &base, &["file", "list", "lecture"]);
    for name in &shared {
        assert!(
            listed
                .as_array()
                .expect("array")
                .iter()
                .any(|f| f["name"] == name.as_str()),
            "{name:?} missing from {listed}"
        );
    }

    // Webhooks: hostile room names, identities and display names.
    for (i, field) in corpus("webhook_fields.txt").iter().enumerate() {
        let body = json!({
            "event": "participant_joined",
            "id": format!("EV_hostile{i}"),
            "createdAt": "1700000000",
            "room": { "sid": format!("RM_hostile{i}"), "name": field },
            "participant": {
                "sid": format!("PA_hostile{i}"),
                "identity": field,
                "name": field,
                "joinedAt": "1700000000",
            },
        })
        .to_string();
        let mut json_run = None;
        let auth = lkctl_core::ops::webhook_receiver::sign(
            body.as_bytes(),
            KEY,
            &lkctl_core::Secret::new(SECRET),
        )
        .expect("sign");
        for format in ["table", "plain", "json"] {
            let signed = ["--api-key", KEY, "--api-secret", SECRET, "-o", format];
            let ingest = ["webhook", "ingest", "--auth", auth.as_str(), "-"];
            let args = [&base[..], &signed[..], &ingest[..]].concat();
            let r = sb.run_stdin(&args, body.as_bytes());
            // Accepted, or refused as invalid input; never a crash or a raw escape.
            assert!(r.code == 0 || r.code == 2, "{r:#?}");
            if format == "json" {
                json_run = Some(r);
            } else {
                assert_clean(&r, "webhook ingest");
            }
        }
        let r = json_run.expect("json run");
        if r.code == 0 {
            let out = r.json();
            assert_eq!(out["room"], field.as_str());
            assert_eq!(out["identity"], field.as_str());
        } else {
            let err = r.json_error();
            assert!(err["error"]["message"].is_string(), "{err}");
        }
        human(&sb, &base, &["session", "list"]);
    }
}

/// A run ends with a documented exit code and no panic; human output is clean, and JSON
/// output is one document on stdout (or the error document on stderr).
#[track_caller]
fn assert_sane(r: &Run, what: &str, format: &str) {
    assert!((0..=8).contains(&r.code), "{what}: exit {}: {r:#?}", r.code);
    assert!(!r.stderr.contains("panicked"), "{what}: {r:#?}");
    if format == "json" {
        if r.code == 0 {
            if !r.stdout.is_empty() {
                r.json();
            }
        } else {
            r.json_error();
        }
    } else {
        assert_clean(r, what);
    }
}

/// Every command that reads a request file, given the path (or `-`) last.
const REQUEST_READERS: [&[&str]; 5] = [
    &["egress", "start", "room-composite", "--request"],
    &["ingress", "create", "--request"],
    &["sip", "trunk", "create", "--inbound", "--file"],
    &["sip", "rule", "create", "--file"],
    &["sip", "apply", "--dry-run", "-f"],
];

/// How many egress jobs, ingresses, trunks and dispatch rules LiveKit has.
fn livekit_objects(sb: &Sandbox, emu: &Emu) -> [usize; 4] {
    let n = |args: &[&str]| {
        let mut all = vec!["-o", "json"];
        all.extend_from_slice(args);
        sb.run_at(&emu.url, &all)
            .ok()
            .json()
            .as_array()
            .map_or(0, Vec::len)
    };
    [
        n(&["egress", "list"]),
        n(&["ingress", "list"]),
        n(&["sip", "trunk", "list"]),
        n(&["sip", "rule", "list"]),
    ]
}

#[test]
fn hostile_request_files_are_refused_or_applied_cleanly() {
    let emu = Emu::start();
    emu.room("hostile");
    let sb = Sandbox::new();
    let file = sb.path("request.json");
    let mut accepted = [0usize; REQUEST_READERS.len()];
    for (i, text) in corpus("request_files.txt").iter().enumerate() {
        std::fs::write(&file, text).unwrap();
        // Each accepted request makes exactly one object (`sip apply --dry-run` none); a
        // refused one makes nothing.
        let before = livekit_objects(&sb, &emu);
        let mut made = [0usize; 4];
        for (k, reader) in REQUEST_READERS.iter().enumerate() {
            for format in ["table", "plain", "json"] {
                let path = file.to_str().unwrap();
                let args = [&["-o", format][..], reader, &[path]].concat();
                let r = sb.run_at(&emu.url, &args);
                let what = format!("{reader:?} line {i} ({format})");
                assert_sane(&r, &what, format);
                if r.code == 0 {
                    accepted[k] += 1;
                    if let Some(m) = made.get_mut(k) {
                        *m += 1;
                    }
                }
            }
        }
        let after = livekit_objects(&sb, &emu);
        let grown: Vec<usize> = after.iter().zip(before).map(|(a, b)| a - b).collect();
        assert_eq!(grown, made, "line {i}: only accepted requests made objects");
        // The same text on stdin.
        let args = [&["-o", "table"][..], REQUEST_READERS[4], &["-"]].concat();
        let mut all = vec!["--url", emu.url.as_str(), "--api-key", KEY];
        all.extend(["--api-secret", SECRET]);
        all.extend_from_slice(&args);
        assert_sane(&sb.run_stdin(&all, text.as_bytes()), "stdin", "table");
    }
    assert!(
        accepted.iter().all(|&n| n > 0),
        "every reader accepts some file (the commands are used right): {accepted:?}"
    );

    // What cannot be written on one line: refused with a clear error, never read forever.
    let deep_json = sb.path("deep.json");
    std::fs::write(&deep_json, "[".repeat(200_000)).unwrap();
    let deep_yaml = sb.path("deep.yaml");
    std::fs::write(
        &deep_yaml,
        "a:\n".to_string() + &"- ".repeat(100_000) + "x\n",
    )
    .unwrap();
    let huge = sb.path("huge.json");
    let mut big = b"{\"room_name\":\"".to_vec();
    big.resize(17 * 1024 * 1024, b'a');
    std::fs::write(&huge, &big).unwrap();
    let latin1 = sb.path("latin1.json");
    std::fs::write(&latin1, b"{\"room_name\":\"h\xf6stile\x1b[2J\"}").unwrap();
    let fifo = sb.path("fifo");
    let made = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .expect("mkfifo");
    assert!(made.success());
    let dir = sb.path("a-directory");
    std::fs::create_dir(&dir).unwrap();
    let special = [
        deep_json.to_str().unwrap(),
        deep_yaml.to_str().unwrap(),
        huge.to_str().unwrap(),
        latin1.to_str().unwrap(),
        fifo.to_str().unwrap(),
        dir.to_str().unwrap(),
        "/dev/zero",
    ];
    let before = livekit_objects(&sb, &emu);
    for path in special {
        for reader in REQUEST_READERS {
            for format in ["table", "json"] {
                let args = [&["-o", format][..], reader, &[path]].concat();
                let r = sb.run_at(&emu.url, &args);
                let what = format!("{reader:?} {path} ({format})");
                assert_sane(&r, &what, format);
                assert_eq!(r.code, 2, "{what}: {r:#?}");
            }
        }
    }
    // An endless stdin stops at the limit.
    let mut all = vec!["--url", emu.url.as_str(), "--api-key", KEY];
    all.extend(["--api-secret", SECRET]);
    all.extend(["ingress", "create", "--request", "-"]);
    // lkctl stops reading at the limit, so the writer meets a closed pipe.
    let mut child = sb
        .cmd()
        .args(&all)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn lkctl");
    let mut stdin = child.stdin.take().expect("stdin");
    let writer = std::thread::spawn(move || {
        use std::io::Write;
        let _ = stdin.write_all(&big);
    });
    let r = Run::from(child.wait_with_output().expect("wait"));
    writer.join().expect("writer");
    assert_eq!(r.code, 2, "{r:#?}");
    assert!(r.stderr.contains("limit"), "{r:#?}");
    assert_clean(&r, "stdin past the limit");
    assert_eq!(livekit_objects(&sb, &emu), before);
}

#[test]
fn hostile_policy_values_are_refused_or_kept_exactly() {
    let sb = Sandbox::new();
    let db = format!("sqlite://{}", sb.path("store.db").display());
    let base = ["--database-url", db.as_str()];
    let run = |args: &[&str]| sb.run(&[&base[..], args].concat());
    run(&["room", "policy", "set", "pol", "--host", "alice"]).ok();
    let policy = |room: &str| json_of(&sb, &base, &["room", "policy", "show", room]);
    for (i, v) in corpus("policies.txt").iter().enumerate() {
        let v = v.as_str();
        // A NUL cannot be a command-line argument; such values arrive on stdin only.
        let as_arg = !v.contains('\0');
        for flag in ["--host", "--pin"].into_iter().filter(|_| as_arg) {
            for format in ["table", "plain", "json"] {
                let before = policy("pol");
                let r = run(&["-o", format, "room", "policy", "set", "pol", flag, v]);
                let what = format!("{flag} line {i} ({format})");
                assert_sane(&r, &what, format);
                if r.code != 0 {
                    assert_eq!(r.code, 2, "{what}: {r:#?}");
                    assert_eq!(policy("pol"), before, "{what}: refused, nothing changed");
                } else if flag == "--host" {
                    // Kept in the identities' one normal form (trimmed, NFC).
                    let normal = lkctl_core::ops::policy::normalize_identity("host", v)
                        .expect("accepted hosts are identities");
                    assert_eq!(policy("pol")["hosts"], json!([normal]), "{what}");
                } else {
                    assert_eq!(policy("pol")["pin_set"], true, "{what}");
                }
            }
        }
        // The PIN from stdin.
        let r = sb.run_stdin(
            &[&base[..], &["room", "policy", "set", "pol", "--pin", "-"]].concat(),
            v.as_bytes(),
        );
        assert_sane(&r, &format!("--pin - line {i}"), "table");
        if !as_arg {
            continue;
        }
        // The value as a room name: refused, or kept and shown back safely.
        let r = run(&["room", "policy", "set", v, "--host", "alice"]);
        assert_sane(&r, &format!("room line {i}"), "table");
        if r.code == 0 {
            human(&sb, &base, &["room", "policy", "show", v]);
            human(&sb, &base, &["room", "invite", v]);
            assert_eq!(policy(v)["room"], v, "line {i}");
        }
        human(&sb, &base, &["room", "policy", "show", "pol"]);
        human(&sb, &base, &["room", "invite", "pol"]);
    }
}

#[test]
fn hostile_secrets_never_reach_the_terminal_raw() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    let config = sb.config_path();
    let snapshot = || std::fs::read(&config).ok();
    let url = emu.url.as_str();
    // What reads a profile's secret, and what shows it.
    let readers: [&[&str]; 4] = [
        &["profile", "show"],
        &["profile", "list"],
        &["token", "create", "--identity", "x"],
        &["room", "list"],
    ];
    let check_profile = |name: &str| {
        for reader in readers {
            for format in ["table", "plain", "json"] {
                let args = [&["--profile", name, "-o", format][..], reader].concat();
                let r = sb.run(&args);
                assert_sane(&r, &format!("{name} {reader:?} ({format})"), format);
            }
        }
    };
    for (i, secret) in corpus("secrets.txt").iter().enumerate() {
        // From stdin.
        let name = format!("stdin{i}");
        let before = snapshot();
        let r = sb.run_stdin(
            &[
                "--url",
                url,
                "--api-key",
                KEY,
                "profile",
                "add",
                &name,
                "--api-secret",
                "-",
            ],
            secret.as_bytes(),
        );
        assert_sane(&r, &format!("profile add line {i}"), "table");
        if r.code == 0 {
            check_profile(&name);
            let long_enough = secret.trim().chars().count() >= 12;
            let shown = sb.run(&["--profile", &name, "-o", "json", "profile", "show"]);
            assert!(
                !long_enough || !shown.stdout.contains(secret.trim()),
                "line {i}: the secret is masked: {shown:#?}"
            );
        } else {
            assert_eq!(snapshot(), before, "line {i}: a refused add writes nothing");
        }

        // In a secret file.
        let file = sb.path(&format!("secret{i}"));
        std::fs::write(&file, secret).unwrap();
        let name = format!("file{i}");
        sb.run(&[
            "--url",
            url,
            "--api-key",
            KEY,
            "profile",
            "add",
            &name,
            "--api-secret-file",
            file.to_str().unwrap(),
        ])
        .ok();
        check_profile(&name);

        // Printed by a secret command, and written to its stderr by one that fails.
        let printed = format!("cat '{}'", file.display());
        let failing = format!("cat '{}' >&2; exit 3", file.display());
        for (kind, cmd) in [("print", printed), ("fail", failing)] {
            let name = format!("{kind}{i}");
            sb.run(&[
                "--url",
                url,
                "--api-key",
                KEY,
                "profile",
                "add",
                &name,
                "--api-secret-command",
                &cmd,
            ])
            .ok();
            check_profile(&name);
        }
    }
    // Special secret files and endless commands are refused, never read forever.
    let fifo = sb.path("secret-fifo");
    assert!(
        std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo")
            .success()
    );
    for (name, file) in [("zero", "/dev/zero"), ("fifo", fifo.to_str().unwrap())] {
        sb.run(&[
            "--url",
            url,
            "--api-key",
            KEY,
            "profile",
            "add",
            name,
            "--api-secret-file",
            file,
        ])
        .ok();
        let r = sb.run(&["--profile", name, "room", "list"]);
        assert_sane(&r, name, "table");
        assert_eq!(r.code, 2, "{r:#?}");
    }
    sb.run(&[
        "--url",
        url,
        "--api-key",
        KEY,
        "profile",
        "add",
        "endless",
        "--api-secret-command",
        "yes",
    ])
    .ok();
    let r = sb.run(&["--profile", "endless", "room", "list"]);
    assert_sane(&r, "endless", "table");
    assert_eq!(r.code, 2, "{r:#?}");
    // The config file is still whole.
    sb.run(&["profile", "list"]).ok();
}
