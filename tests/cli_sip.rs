//! `lkctl sip ...` end to end against the in-process emulator.

mod common;

use common::{Emu, Sandbox};
use serde_json::Value;

const PASSWORD: &str = "hunter2-very-secret";

fn create_inbound(sb: &Sandbox, emu: &Emu) -> String {
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "trunk",
                "create",
                "--inbound",
                "--name",
                "main",
                "--number",
                "+15550100",
                "--auth-user",
                "lk",
                "--auth-password",
                PASSWORD,
            ],
        )
        .ok()
        .json();
    assert_eq!(v["auth_password"], "********", "{v}");
    v["sip_trunk_id"].as_str().unwrap().to_string()
}

fn create_outbound(sb: &Sandbox, emu: &Emu) -> String {
    let f = sb.path("out.json");
    std::fs::write(&f, r#"{"name":"carrier","address":"sip.example.com","numbers":["+15550199"],"authPassword":"hunter2-very-secret"}"#).unwrap();
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "plain",
                "sip",
                "trunk",
                "create",
                "--outbound",
                "--file",
                f.to_str().unwrap(),
            ],
        )
        .ok();
    assert!(r.stderr.contains("bare"), "{r:#?}");
    r.stdout.trim().to_string()
}

#[test]
fn trunks_crud_with_passwords_masked_everywhere() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let inbound = create_inbound(&sb, &emu);
    let outbound = create_outbound(&sb, &emu);
    assert!(inbound.starts_with("ST_") && outbound.starts_with("ST_"));
    for fmt in ["table", "json", "plain"] {
        let r = sb
            .run_at(&emu.url, &["-o", fmt, "sip", "trunk", "list"])
            .ok();
        assert!(
            !r.stdout.contains(PASSWORD) && !r.stderr.contains(PASSWORD),
            "{fmt}: {r:#?}"
        );
        assert!(r.stdout.contains("********"), "{fmt}: {r:#?}");
        let r = sb
            .run_at(&emu.url, &["-o", fmt, "sip", "trunk", "get", &outbound])
            .ok();
        assert!(!r.stdout.contains(PASSWORD), "{fmt}: {r:#?}");
    }
    let list = sb
        .run_at(
            &emu.url,
            &["-o", "json", "sip", "trunk", "list", "--outbound"],
        )
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["address"], "sip.example.com");
    // The password really reached LiveKit.
    let stored = emu.control(|c| c.sip_outbound_trunks());
    assert_eq!(stored[0].auth_password, PASSWORD);

    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "trunk",
                "update",
                &inbound,
                "--name",
                "main-2",
                "--number",
                "+15550101",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["name"], "main-2");
    assert_eq!(v["numbers"], serde_json::json!(["+15550101"]));
    assert_eq!(v["auth_username"], "lk", "update keeps other fields: {v}");

    // A wrapped file is detected and said so.
    let f = sb.path("wrapped.yaml");
    std::fs::write(&f, "trunk:\n  name: main-3\n  numbers: ['+15550102']\n").unwrap();
    let r = sb
        .run_at(
            &emu.url,
            &[
                "sip",
                "trunk",
                "update",
                &inbound,
                "-f",
                f.to_str().unwrap(),
            ],
        )
        .ok();
    assert!(r.stderr.contains("wrapped"), "{r:#?}");
    let v = sb
        .run_at(&emu.url, &["-o", "json", "sip", "trunk", "get", &inbound])
        .ok()
        .json();
    assert_eq!(v["name"], "main-3");

    sb.run_at(&emu.url, &["sip", "trunk", "get", "ST_doesnotexist"])
        .fails(3, "not found");
    sb.run_at(&emu.url, &["--yes", "sip", "trunk", "delete", &inbound])
        .ok();
    sb.run_at(&emu.url, &["--yes", "sip", "trunk", "delete", &inbound])
        .fails(3, "not found");
    let list = sb
        .run_at(
            &emu.url,
            &["-o", "json", "sip", "trunk", "list", "--inbound"],
        )
        .ok()
        .json();
    assert_eq!(list, serde_json::json!([]));
}

#[test]
fn trunk_files_name_unknown_fields() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let f = sb.path("bad.json");
    std::fs::write(&f, r#"{"trunk":{"name":"x","numbrs":["+1"]}}"#).unwrap();
    sb.run_at(
        &emu.url,
        &[
            "sip",
            "trunk",
            "create",
            "--inbound",
            "-f",
            f.to_str().unwrap(),
        ],
    )
    .fails(2, "did you mean `numbers`");
    sb.run_at(
        &emu.url,
        &[
            "sip",
            "trunk",
            "create",
            "--inbound",
            "-f",
            "/nonexistent/trunk.json",
        ],
    )
    .fails(3, "/nonexistent/trunk.json");
    sb.run_at(
        &emu.url,
        &[
            "sip",
            "trunk",
            "create",
            "--outbound",
            "--name",
            "x",
            "--number",
            "+1",
        ],
    )
    .fails(2, "--address");
}

#[test]
fn dispatch_rules_crud() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let trunk = create_inbound(&sb, &emu);
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "rule",
                "create",
                "--name",
                "support",
                "--direct",
                "support-room",
                "--pin",
                "4321",
                "--trunk",
                &trunk,
                "--agent",
                "receptionist",
            ],
        )
        .ok()
        .json();
    let id = v["sip_dispatch_rule_id"].as_str().unwrap().to_string();
    assert_eq!(v["kind"], "direct");
    assert_eq!(v["pin"], "********");
    assert_eq!(v["agents"], serde_json::json!(["receptionist"]));
    let r = sb.run_at(&emu.url, &["sip", "rule", "list"]).ok();
    assert!(
        r.stdout.contains("support-room") && !r.stdout.contains("4321"),
        "{r:#?}"
    );
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "rule",
                "update",
                &id,
                "--individual",
                "caller-",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["kind"], "individual");
    assert_eq!(v["room"], "caller-");
    assert_eq!(v["pin"], "********", "PIN kept: {v}");
    let f = sb.path("rule.json");
    std::fs::write(
        &f,
        r#"{"dispatch_rule":{"name":"callee","rule":{"dispatchRuleCallee":{"roomPrefix":"c-"}}}}"#,
    )
    .unwrap();
    let r = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "rule",
                "create",
                "-f",
                f.to_str().unwrap(),
            ],
        )
        .ok();
    assert_eq!(r.json()["kind"], "callee");
    sb.run_at(&emu.url, &["sip", "rule", "get", "SDR_doesnotexist"])
        .fails(3, "not found");
    sb.run_at(&emu.url, &["--yes", "sip", "rule", "delete", &id])
        .ok();
    let list = sb
        .run_at(&emu.url, &["-o", "json", "sip", "rule", "list"])
        .ok()
        .json();
    assert_eq!(list.as_array().unwrap().len(), 1);
    sb.run_at(&emu.url, &["sip", "rule", "create", "--name", "x"])
        .fails(2, "--direct");
}

#[test]
fn calls_and_transfers_with_sip_failures() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let out = create_outbound(&sb, &emu);
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "call",
                "--trunk",
                &out,
                "--to",
                "+15550111",
                "--room",
                "call-room",
                "--identity",
                "bob",
                "--header",
                "X-Ref=42",
                "--wait",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["participant_identity"], "bob");
    assert_eq!(v["state"], "answered");
    assert!(v["sip_call_id"].as_str().unwrap().starts_with("SCL_"));
    let p = emu
        .participant_info("call-room", "bob")
        .expect("bob joined");
    assert_eq!(p.kind, livekit_protocol::participant_info::Kind::Sip as i32);
    let calls = emu.control(|c| c.sip_calls());
    assert_eq!(
        calls[0].headers.get("X-Ref").map(String::as_str),
        Some("42")
    );

    // Transfer, then a transfer of someone who is gone.
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "transfer",
                "--room",
                "call-room",
                "--identity",
                "bob",
                "--to",
                "tel:+15550122",
            ],
        )
        .ok()
        .json();
    assert_eq!(v["status"], "successful");
    sb.run_at(
        &emu.url,
        &[
            "sip",
            "transfer",
            "--room",
            "call-room",
            "--identity",
            "bob",
            "--to",
            "tel:+1",
        ],
    )
    .fails(3, "participant does not exist");

    // The callee is busy: the SIP status is reported and the exit is non-zero.
    emu.control(|c| c.set_sip_call_failure(Some((486, "Busy Here"))));
    let r = sb.run_at(
        &emu.url,
        &[
            "sip",
            "call",
            "--trunk",
            &out,
            "--to",
            "+15550111",
            "--room",
            "call-room",
            "--wait",
        ],
    );
    assert_ne!(r.code, 0, "{r:#?}");
    assert!(
        r.stderr.contains("486") && r.stderr.contains("Busy Here"),
        "{r:#?}"
    );
    let r = sb.run_at(
        &emu.url,
        &[
            "-o", "json", "sip", "call", "--trunk", &out, "--to", "+1", "--room", "r", "--wait",
        ],
    );
    assert_eq!(r.json_error()["error"]["code"], "resource_exhausted");
    assert_eq!(r.json_error()["error"]["meta"]["sip_status_code"], "486");
    assert_eq!(r.json_error()["error"]["meta"]["sip_status"], "Busy Here");
    assert_eq!(r.code, 7, "a busy callee is 'retry later': {r:#?}");

    sb.run_at(
        &emu.url,
        &[
            "sip", "call", "--trunk", "ST_nope", "--to", "+1", "--room", "r",
        ],
    )
    .fails(3, "requested sip trunk does not exist");
    let r = sb.run(&[
        "--url",
        &emu.url,
        "--api-key",
        common::KEY,
        "--api-secret",
        "wrong-secret-0123456789-abcdefghij",
        "sip",
        "trunk",
        "list",
    ]);
    assert_eq!(r.code, 4, "{r:#?}");
}

const SIP_YAML: &str = "\
inbound_trunks:
  - name: main
    numbers: ['+15550100']
    auth_username: lk
    auth_password: hunter2-very-secret
outbound_trunks:
  - name: carrier
    address: sip.example.com
    numbers: ['+15550199']
dispatch_rules:
  - name: support
    trunks: [main]
    rule:
      dispatch_rule_direct:
        room_name: support
";

fn actions(v: &Value) -> Vec<String> {
    v.as_array()
        .unwrap()
        .iter()
        .map(|s| {
            format!(
                "{} {} {}",
                s["action"].as_str().unwrap(),
                s["kind"].as_str().unwrap(),
                s["name"].as_str().unwrap()
            )
        })
        .collect()
}

#[test]
fn apply_is_declarative_and_idempotent() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let f = sb.path("sip.yaml");
    std::fs::write(&f, SIP_YAML).unwrap();
    let file = f.to_str().unwrap();

    let plan = sb
        .run_at(
            &emu.url,
            &["-o", "json", "sip", "apply", "-f", file, "--dry-run"],
        )
        .ok()
        .json();
    assert_eq!(
        actions(&plan),
        [
            "create inbound_trunk main",
            "create outbound_trunk carrier",
            "create dispatch_rule support"
        ]
    );
    assert!(
        emu.control(|c| c.sip_outbound_trunks()).is_empty(),
        "dry run changed nothing"
    );

    let r = sb
        .run_at(&emu.url, &["-o", "json", "sip", "apply", "-f", file])
        .ok();
    let first = r.json();
    assert_eq!(actions(&first)[0], "create inbound_trunk main");
    let trunk_id = first[0]["id"].as_str().unwrap().to_string();
    let rules = sb
        .run_at(&emu.url, &["-o", "json", "sip", "rule", "list"])
        .ok()
        .json();
    assert_eq!(rules[0]["trunk_ids"], serde_json::json!([trunk_id]));

    // A second apply changes nothing.
    let r = sb.run_at(&emu.url, &["sip", "apply", "-f", file]).ok();
    assert!(r.stderr.contains("nothing to change"), "{r:#?}");
    let second = sb
        .run_at(&emu.url, &["-o", "json", "sip", "apply", "-f", file])
        .ok()
        .json();
    assert!(
        second
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["action"] == "unchanged"),
        "{second}"
    );

    // Changed file: update; an extra trunk is deleted only with --prune.
    sb.run_at(
        &emu.url,
        &[
            "sip",
            "trunk",
            "create",
            "--inbound",
            "--name",
            "stray",
            "--number",
            "+1999",
        ],
    )
    .ok();
    std::fs::write(
        &f,
        SIP_YAML.replace("room_name: support", "room_name: helpdesk"),
    )
    .unwrap();
    let plan = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "apply",
                "-f",
                file,
                "--prune",
                "--dry-run",
            ],
        )
        .ok()
        .json();
    assert_eq!(
        actions(&plan),
        [
            "unchanged inbound_trunk main",
            "unchanged outbound_trunk carrier",
            "update dispatch_rule support",
            "delete inbound_trunk stray"
        ]
    );
    // Pruning deletes, so off a terminal it needs --yes and changes nothing without it.
    sb.run_at(&emu.url, &["sip", "apply", "-f", file, "--prune"])
        .fails(2, "delete inbound_trunk stray");
    assert_eq!(
        emu.control(|c| c.sip_inbound_trunks()).len(),
        2,
        "a refused prune deletes nothing"
    );
    sb.run_at(&emu.url, &["sip", "apply", "-f", file, "--prune", "--yes"])
        .ok();
    let rules = sb
        .run_at(&emu.url, &["-o", "json", "sip", "rule", "list"])
        .ok()
        .json();
    assert_eq!(rules[0]["room"], "helpdesk");
    let trunks = sb
        .run_at(&emu.url, &["-o", "json", "sip", "trunk", "list"])
        .ok()
        .json();
    assert_eq!(trunks.as_array().unwrap().len(), 2);
    let again = sb
        .run_at(
            &emu.url,
            &["-o", "json", "sip", "apply", "-f", file, "--prune"],
        )
        .ok()
        .json();
    assert!(
        again
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["action"] == "unchanged"),
        "{again}"
    );

    std::fs::write(&f, "inbound_trunks:\n  - name: x\n    numbrs: []\n").unwrap();
    sb.run_at(&emu.url, &["sip", "apply", "-f", file])
        .fails(2, "numbrs");
}
