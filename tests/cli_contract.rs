//! The scripting contract, checked across every noun at once: with
//! `--output json` an empty list is exactly `[]` on stdout with nothing on
//! stderr, `--output plain` prints nothing, and exit code 0.

mod common;

use common::{Emu, Sandbox};

/// Every list verb, with the arguments it needs on an empty deployment.
const LISTS: &[&[&str]] = &[
    &["room", "list", "no-such-room"],
    &["participant", "list", "empty-room"],
    &["egress", "list"],
    &["recording", "list"],
    &["recording", "list", "--live-only"],
    &["ingress", "list"],
    &["sip", "trunk", "list"],
    &["sip", "rule", "list"],
    &["dispatch", "list", "--room", "empty-room"],
    &["profile", "list"],
    &["lobby", "list", "empty-room"],
    &["ban", "list"],
    &["session", "list"],
    &["room", "history", "empty-room"],
    &["chat", "list", "empty-room"],
    &["file", "list", "empty-room"],
];

#[test]
fn every_empty_list_is_exactly_an_empty_json_array() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("empty-room");
    // The lobby needs a room policy to exist for its list to be meaningful.
    sb.run(&["room", "policy", "set", "empty-room", "--lobby", "on"])
        .ok();
    for args in LISTS {
        let mut json = vec!["-o", "json"];
        json.extend_from_slice(args);
        let r = sb.run_at(&emu.url, &json);
        assert_eq!(r.code, 0, "{args:?}: {r:#?}");
        assert_eq!(r.stdout, "[]\n", "{args:?}: {r:#?}");
        assert_eq!(
            r.stderr, "",
            "{args:?}: stderr must stay empty with -o json: {r:#?}"
        );

        let mut plain = vec!["-o", "plain"];
        plain.extend_from_slice(args);
        let r = sb.run_at(&emu.url, &plain);
        assert_eq!((r.code, r.stdout.as_str()), (0, ""), "{args:?}: {r:#?}");
    }
}

#[test]
fn every_list_reports_errors_as_json_on_stderr_only() {
    let sb = Sandbox::new();
    // No LiveKit anywhere: commands that need it fail with a JSON error on stderr,
    // nothing on stdout, and a documented exit code.
    for args in LISTS.iter().filter(|a| {
        !matches!(
            a[0],
            "profile" | "lobby" | "ban" | "session" | "chat" | "file"
        ) && a[1] != "history"
    }) {
        let mut json = vec![
            "-o",
            "json",
            "--url",
            "http://127.0.0.1:1",
            "--api-key",
            "k",
            "--api-secret",
            "s",
        ];
        json.extend_from_slice(args);
        let r = sb.run(&json);
        // recording list prints the stored (here empty) catalogue, then fails.
        let stored_first = args[0] == "recording" && args.len() == 2;
        assert_eq!(
            r.stdout,
            if stored_first { "[]\n" } else { "" },
            "{args:?}: {r:#?}"
        );
        assert_eq!(r.code, 5, "{args:?}: {r:#?}");
        let v: serde_json::Value = serde_json::from_str(r.stderr.trim())
            .unwrap_or_else(|e| panic!("{args:?}: {e}: {r:#?}"));
        assert_eq!(v["error"]["code"], "unavailable", "{args:?}");
    }
}
