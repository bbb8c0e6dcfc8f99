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
            let r = sb.run(&[&base[..], &["chat", "send", "lecture", "--as", from, text]].concat());
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
