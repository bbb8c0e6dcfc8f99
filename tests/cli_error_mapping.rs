//! Error mapping from one table (issue 15): every Twirp code LiveKit uses, with the HTTP
//! status LiveKit answers it with (LIVEKIT.md §1.4) and the exit code `lkctl --help`
//! documents. The emulator answers each code, the CLI maps it; a code added to the emulator
//! without a row here fails the test.

mod common;

use common::{Emu, Sandbox};
use lkctl_emulator::{Code, FailureSpec};

/// `(twirp code, HTTP status, exit code)`. Exit codes: 2 usage/invalid, 3 not found,
/// 4 unauthenticated or denied, 5 unavailable, 6 conflict, 7 rate limited or busy.
const TABLE: [(&str, u16, i32); 18] = [
    ("canceled", 408, 5),
    ("unknown", 500, 5),
    ("invalid_argument", 400, 2),
    ("malformed", 400, 2),
    ("deadline_exceeded", 408, 5),
    ("not_found", 404, 3),
    ("bad_route", 404, 3),
    ("already_exists", 409, 6),
    ("permission_denied", 403, 4),
    ("unauthenticated", 401, 4),
    ("resource_exhausted", 429, 7),
    ("failed_precondition", 412, 6),
    ("aborted", 409, 6),
    ("out_of_range", 400, 2),
    ("unimplemented", 501, 2),
    ("internal", 500, 5),
    ("unavailable", 503, 5),
    ("data_loss", 500, 5),
];

#[test]
fn the_table_covers_every_code_the_emulator_knows() {
    let mut in_table: Vec<&str> = TABLE.iter().map(|r| r.0).collect();
    in_table.sort_unstable();
    in_table.dedup();
    assert_eq!(in_table.len(), TABLE.len(), "a code has two rows");
    let mut known: Vec<&str> = Code::ALL.iter().map(|c| c.as_str()).collect();
    known.sort_unstable();
    assert_eq!(in_table, known, "add a row for every Twirp code");
    for (code, http, _) in TABLE {
        let c = Code::parse(code).expect("known code");
        assert_eq!(c.status().as_u16(), http, "{code}");
    }
}

#[test]
fn every_twirp_code_reaches_the_documented_exit_code() {
    let emu = Emu::start();
    let sb = Sandbox::new();
    let rt = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    for (code, http, exit) in TABLE {
        let inject = || {
            emu.control(|c| {
                c.inject_failure(
                    FailureSpec::new(Code::parse(code).expect("code"), format!("injected {code}"))
                        .count(1)
                        .method("RoomService/ListRooms"),
                )
                .expect("inject")
            })
        };
        // On the wire: LiveKit's status and JSON body.
        inject();
        let (status, body) = rt.block_on(async {
            let resp = reqwest::Client::new()
                .post(format!("{}/twirp/livekit.RoomService/ListRooms", emu.url))
                .header("content-type", "application/json")
                .body("{}")
                .send()
                .await
                .expect("send");
            let status = resp.status().as_u16();
            (status, resp.text().await.expect("body"))
        });
        assert_eq!(status, http, "{code}: {body}");
        let body: serde_json::Value = serde_json::from_str(&body).expect("twirp JSON");
        assert_eq!(body["code"], code);

        // Through the CLI: the documented exit code and the code in the JSON error.
        inject();
        let r = sb.run_at(&emu.url, &["-o", "json", "room", "list"]);
        assert_eq!(r.code, exit, "{code}: {r:#?}");
        assert_eq!(r.json_error()["error"]["code"], code, "{r:#?}");
    }
}

/// LiveKit answers `permission_denied` (403) where a SIP callee refuses with 401, 402, 403
/// or 603; the CLI reports it as exit 4 and keeps the SIP status in the JSON error.
#[test]
fn a_sip_refusal_is_permission_denied_and_exit_4() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let f = sb.path("out.json");
    std::fs::write(
        &f,
        r#"{"name":"carrier","address":"sip.example.com","numbers":["+15550199"]}"#,
    )
    .expect("write trunk");
    let trunk = sb
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
                f.to_str().expect("utf-8"),
            ],
        )
        .ok()
        .stdout
        .trim()
        .to_string();
    for (status, reason) in [
        (401, "Unauthorized"),
        (402, "Payment Required"),
        (403, "Forbidden"),
        (603, "Decline"),
    ] {
        emu.control(|c| c.set_sip_call_failure(Some((status, reason))));
        let r = sb.run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "sip",
                "call",
                "--trunk",
                &trunk,
                "--to",
                "+15550111",
                "--room",
                "r",
                "--wait",
            ],
        );
        assert_eq!(r.code, 4, "{status}: {r:#?}");
        let err = r.json_error();
        assert_eq!(err["error"]["code"], "permission_denied", "{r:#?}");
        assert_eq!(err["error"]["meta"]["sip_status_code"], status.to_string());
        assert_eq!(err["error"]["meta"]["sip_status"], reason);
    }
    // The key and secret were fine: the plain output does not send the user to check them.
    emu.control(|c| c.set_sip_call_failure(Some((403, "Forbidden"))));
    let r = sb.run_at(
        &emu.url,
        &[
            "sip",
            "call",
            "--trunk",
            &trunk,
            "--to",
            "+15550111",
            "--room",
            "r",
            "--wait",
        ],
    );
    assert_eq!(r.code, 4, "{r:#?}");
    assert!(r.stderr.contains("permission_denied"), "{r:#?}");
}
