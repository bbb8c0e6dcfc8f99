//! `lkctl lobby ...` against a temp SQLite store: requests, decisions, PINs, rate limits,
//! races between hosts, tokens, and `watch`.

mod common;
mod store_cli;

use std::io::{BufRead, BufReader};
use std::process::Stdio;

use store_cli::{Db, claims, fp, open_room};

fn request(db: &Db, room: &str, name: &str, f: &str) -> String {
    request_with_claim(db, room, name, f).0
}

/// A waiting guest's entry id and the claim secret only that guest received.
fn request_with_claim(db: &Db, room: &str, name: &str, f: &str) -> (String, String) {
    let v = db
        .run(&[
            "-o",
            "json",
            "lobby",
            "request",
            room,
            "--name",
            name,
            "--fingerprint",
            f,
        ])
        .ok()
        .json();
    assert_eq!(v["outcome"], "waiting", "{v}");
    (
        v["entry"]["id"].as_str().unwrap().to_string(),
        v["claim"].as_str().unwrap().to_string(),
    )
}

fn entries(db: &Db, room: &str) -> Vec<serde_json::Value> {
    db.run(&["-o", "json", "lobby", "list", room])
        .ok()
        .json()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn waiting_guests_are_approved_or_rejected_once() {
    let db = Db::sqlite();
    open_room(&db, "demo", true);
    assert_eq!(
        db.run(&["-o", "json", "lobby", "list", "demo"]).ok().stdout,
        "[]\n"
    );

    let (ann, ann_claim) = request_with_claim(&db, "demo", "Ann", &fp(1));
    let (bob, bob_claim) = request_with_claim(&db, "demo", "Bob", &fp(2));
    let list = entries(&db, "demo");
    assert!(
        !serde_json::to_string(&list).unwrap().contains(&ann_claim),
        "hosts never see the guest's claim"
    );
    assert_eq!(list.len(), 2);
    assert_eq!(list[0]["display_name"], "Ann");
    assert_eq!(list[0]["status"], "pending");
    assert!(list[0].get("token").is_none(), "hosts never see tokens");

    // Approval signs a token: without the key and secret it fails and changes nothing.
    db.run(&["lobby", "approve", "demo", &ann])
        .fails(2, "API key");
    assert_eq!(entries(&db, "demo")[0]["status"], "pending");

    let approved = db
        .run_signing(&["-o", "json", "lobby", "approve", "demo", &ann])
        .ok()
        .json();
    assert_eq!(approved["status"], "approved");
    assert!(approved.get("token").is_none());
    db.run_signing(&["lobby", "approve", "demo", &ann])
        .fails(6, "already approved");
    db.run(&["lobby", "reject", "demo", &ann])
        .fails(6, "already approved");

    let rejected = db
        .run(&[
            "-o",
            "json",
            "lobby",
            "reject",
            "demo",
            &bob,
            "--reason",
            "not today",
        ])
        .ok()
        .json();
    assert_eq!(rejected["status"], "rejected");
    assert_eq!(rejected["reason"], "not today");

    db.run(&["lobby", "reject", "demo", "LB_nosuchentry0000000000"])
        .fails(3, "lobby entry `LB_nosuchentry0000000000` not found");
    db.run_signing(&["lobby", "approve", "nowhere", &ann])
        .fails(3, "not found");

    let pending = db
        .run(&["-o", "json", "lobby", "list", "demo", "--status", "pending"])
        .ok();
    assert_eq!(pending.stdout, "[]\n");
    db.run(&["lobby", "list", "demo", "--status", "waiting"])
        .fails(2, "--status");

    // The guest, and only the guest (by fingerprint), gets the token.
    let status = db
        .run_signing(&[
            "-o", "json", "lobby", "status", "demo", &ann, "--claim", &ann_claim,
        ])
        .ok()
        .json();
    assert_eq!(status["status"], "approved");
    let c = claims(status["token"].as_str().unwrap());
    assert_eq!(c.video.room, "demo");
    assert_eq!(c.sub, approved["identity"].as_str().unwrap());
    assert!(c.video.room_join && c.video.can_publish());
    // Hosts see fingerprints (to ban by them), so a fingerprint must not collect the
    // token; neither does another guest's claim.
    db.run(&["lobby", "status", "demo", &ann, "--claim", &fp(1)])
        .fails(3, "not found");
    db.run(&["lobby", "status", "demo", &ann, "--claim", &bob_claim])
        .fails(3, "not found");
    let status = db
        .run(&[
            "-o", "json", "lobby", "status", "demo", &bob, "--claim", &bob_claim,
        ])
        .fails(8, "rejected")
        .json();
    assert_eq!(status["status"], "rejected");
    assert_eq!(status["reason"], "not today");
}

#[test]
fn lobby_off_admits_at_once_and_webinar_guests_cannot_publish() {
    let db = Db::sqlite();
    open_room(&db, "open", false);
    // Admission signs a token: without credentials nothing is recorded.
    db.run(&[
        "lobby",
        "request",
        "open",
        "--name",
        "Gus",
        "--fingerprint",
        &fp(1),
    ])
    .fails(2, "API key");
    assert!(entries(&db, "open").is_empty());

    db.run(&["room", "policy", "set", "open", "--webinar", "on"])
        .ok();
    let v = db
        .run_signing(&[
            "-o",
            "json",
            "lobby",
            "request",
            "open",
            "--name",
            "Gus",
            "--fingerprint",
            &fp(1),
        ])
        .ok()
        .json();
    assert_eq!(v["outcome"], "admitted");
    assert_eq!(v["entry"]["status"], "admitted");
    let c = claims(v["token"].as_str().unwrap());
    assert_eq!(c.video.room, "open");
    assert!(
        !c.video.can_publish(),
        "webinar guests join without publish rights"
    );
    // Plain prints the token alone, for scripts.
    let plain = db
        .run_signing(&[
            "-o",
            "plain",
            "lobby",
            "request",
            "open",
            "--name",
            "Hal",
            "--fingerprint",
            &fp(2),
        ])
        .ok();
    assert_eq!(claims(plain.stdout.trim()).name, "Hal");
}

#[test]
fn pins_are_checked_and_rate_limited_per_address() {
    let db = Db::sqlite();
    db.run(&[
        "room", "policy", "set", "locked", "--pin", "4711", "--lobby", "on",
    ])
    .ok();
    let ask = |pin: Option<&str>, ip: &str| {
        let mut args = vec![
            "lobby",
            "request",
            "locked",
            "--name",
            "Guest",
            "--fingerprint",
            "fp-aaaaaaaa-bbbbbbbbbb",
            "--ip",
            ip,
        ];
        if let Some(p) = pin {
            args.extend(["--pin", p]);
        }
        db.run(&args)
    };
    ask(None, "192.0.2.1").fails(2, "needs a PIN");
    for _ in 0..5 {
        ask(Some("0000"), "192.0.2.1").fails(4, "wrong PIN");
    }
    let r = ask(Some("4711"), "192.0.2.1");
    assert_eq!(r.code, 7, "{r:#?}");
    assert!(r.stderr.contains("retry in"), "{r:#?}");
    let r = db.run(&[
        "-o",
        "json",
        "lobby",
        "request",
        "locked",
        "--name",
        "G",
        "--fingerprint",
        "fp-aaaaaaaa-bbbbbbbbbb",
        "--pin",
        "4711",
        "--ip",
        "192.0.2.1",
    ]);
    assert_eq!(r.code, 7);
    assert_eq!(r.json_error()["error"]["code"], "rate_limited");
    // Another address is not affected, and the right PIN gets in.
    let ok = ask(Some("4711"), "192.0.2.2").ok();
    assert!(ok.stdout.contains("waiting"), "{ok:#?}");
    assert_eq!(
        entries(&db, "locked").len(),
        1,
        "refused requests leave no rows"
    );
}

#[test]
fn malformed_or_refused_requests_leave_no_rows() {
    let db = Db::sqlite();
    open_room(&db, "demo", true);
    let base = ["lobby", "request", "demo", "--name", "X"];
    let with = |extra: &[&str]| {
        let mut a = base.to_vec();
        a.extend_from_slice(extra);
        db.run(&a)
    };
    with(&["--fingerprint", "short"]).fails(2, "invalid fingerprint");
    with(&["--fingerprint", "fp with spaces and more"]).fails(2, "invalid fingerprint");
    with(&["--fingerprint", &fp(1), "--session", "x"]).fails(2, "invalid session_id");
    with(&["--fingerprint", &fp(1), "--ip", "not-an-ip"]).fails(2, "invalid ip");
    db.run(&[
        "lobby",
        "request",
        "demo",
        "--name",
        " ",
        "--fingerprint",
        &fp(1),
    ])
    .fails(2, "display_name");
    db.run(&[
        "lobby",
        "request",
        "nowhere",
        "--name",
        "X",
        "--fingerprint",
        &fp(1),
    ])
    .fails(3, "room policy `nowhere` not found");
    db.run(&["-y", "ban", "add", "demo", "--fingerprint", &fp(7)])
        .ok();
    with(&["--fingerprint", &fp(7)]).fails(4, "banned");
    assert!(entries(&db, "demo").is_empty());
}

#[test]
fn two_hosts_deciding_at_once_end_in_one_outcome() {
    let db = Db::sqlite();
    open_room(&db, "race", true);
    for round in 0..4 {
        let entry = request(&db, "race", "Racer", &fp(100 + round));
        let spawn = |args: &[&str]| {
            db.cmd(&["--api-key", common::KEY, "--api-secret", common::SECRET])
                .args(args)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        };
        let approve = spawn(&["lobby", "approve", "race", &entry]);
        let reject = spawn(&["lobby", "reject", "race", &entry]);
        let a = common::Run::from(approve.wait_with_output().unwrap());
        let r = common::Run::from(reject.wait_with_output().unwrap());
        let mut codes = [a.code, r.code];
        codes.sort();
        assert_eq!(codes, [0, 6], "exactly one decision wins: {a:#?} {r:#?}");
        let loser = if a.code == 6 { &a } else { &r };
        assert!(loser.stderr.contains("already"), "{loser:#?}");
        let status = entries(&db, "race")
            .into_iter()
            .find(|e| e["id"] == entry.as_str())
            .unwrap()["status"]
            .clone();
        let expected = if a.code == 0 { "approved" } else { "rejected" };
        assert_eq!(status, expected);
    }
}

#[test]
fn approve_all_confirms_and_skips_nobody_waiting() {
    let db = Db::sqlite();
    open_room(&db, "many", true);
    for n in 0..3 {
        request(&db, "many", &format!("G{n}"), &fp(200 + n));
    }
    db.run_signing(&["lobby", "approve", "many", "--all"])
        .fails(2, "--yes");
    db.run_signing(&["lobby", "approve", "many"])
        .fails(2, "--all");
    let all = db
        .run_signing(&["-y", "-o", "json", "lobby", "approve", "many", "--all"])
        .ok()
        .json();
    assert_eq!(all.as_array().unwrap().len(), 3);
    let again = db
        .run_signing(&["-y", "-o", "json", "lobby", "approve", "many", "--all"])
        .ok();
    assert_eq!(again.stdout, "[]\n");
}

#[test]
fn watch_prints_one_json_line_per_event() {
    let db = Db::sqlite();
    open_room(&db, "live", true);
    // Nobody waiting: --until-empty returns at once, printing nothing.
    let r = db
        .run(&["-o", "json", "lobby", "watch", "live", "--until-empty"])
        .ok();
    assert_eq!(r.stdout, "");

    let first = request(&db, "live", "Early", &fp(300));
    let mut child = db
        .cmd(&[
            "-o",
            "json",
            "lobby",
            "watch",
            "live",
            "--count",
            "3",
            "--interval",
            "100ms",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut next = || -> serde_json::Value {
        serde_json::from_str(&lines.next().expect("a line").expect("read")).expect("JSON line")
    };
    // The guest already waiting comes first, then what happens while watching.
    let ev = next();
    assert_eq!(ev["event"], "requested");
    assert_eq!(ev["entry"]["id"], first.as_str());
    let second = request(&db, "live", "Late", &fp(301));
    let ev = next();
    assert_eq!(
        (ev["event"].as_str(), ev["entry"]["id"].as_str()),
        (Some("requested"), Some(second.as_str()))
    );
    db.run(&["lobby", "reject", "live", &first, "--reason", "full"])
        .ok();
    let ev = next();
    assert_eq!(ev["event"], "rejected");
    assert_eq!(ev["entry"]["reason"], "full");
    assert!(ev["entry"].get("token").is_none());
    let status = child.wait().unwrap();
    assert!(status.success(), "--count 3 stops after three events");

    // --until-empty stops once the last waiting guest is decided.
    let mut child = db
        .cmd(&[
            "-o",
            "json",
            "lobby",
            "watch",
            "live",
            "--until-empty",
            "--interval",
            "100ms",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
    let mut next = || -> Option<serde_json::Value> {
        lines
            .next()
            .map(|l| serde_json::from_str(&l.expect("read")).expect("JSON line"))
    };
    assert_eq!(next().expect("snapshot")["entry"]["id"], second.as_str());
    db.run(&["lobby", "reject", "live", &second]).ok();
    assert_eq!(next().expect("decision")["event"], "rejected");
    assert!(next().is_none(), "the watch ends with the lobby empty");
    assert!(child.wait().unwrap().success());
}

/// A background `lobby status --wait` and its stderr, read line by line.
struct Waiter {
    child: std::process::Child,
    stderr: std::io::Lines<BufReader<std::process::ChildStderr>>,
}

impl Waiter {
    /// Start `lobby status --wait` (with `args` before the verb) and return once it says on
    /// stderr that it waits: a decision made after that is one it waits for, with no sleep
    /// guessing when it started.
    fn start(db: &Db, args: &[&str], room: &str, entry: &str, claim: &str) -> Self {
        let mut all = args.to_vec();
        all.extend([
            "lobby",
            "status",
            room,
            entry,
            "--claim",
            claim,
            "--wait",
            "--timeout",
            "60s",
        ]);
        let mut child = db
            .cmd(&all)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stderr = BufReader::new(child.stderr.take().unwrap()).lines();
        let first = stderr.next().expect("a progress line").unwrap();
        assert_eq!(
            first,
            format!(
                "waiting for a host to decide on lobby entry {entry} in room {room} (up to 1m)"
            )
        );
        Self { child, stderr }
    }

    /// Wait for the exit; the rest of stderr is the run's.
    fn finish(self) -> common::Run {
        let rest: Vec<String> = self.stderr.map_while(std::result::Result::ok).collect();
        let out = self.child.wait_with_output().unwrap();
        let mut run = common::Run::from(out);
        run.stderr = rest.join("\n");
        run
    }
}

#[test]
fn a_waiting_guest_gets_the_token_from_another_process() {
    let db = Db::sqlite();
    open_room(&db, "wait", true);
    let (entry, claim) = request_with_claim(&db, "wait", "Wes", &fp(400));
    let pending = db
        .run(&[
            "-o", "json", "lobby", "status", "wait", &entry, "--claim", &claim,
        ])
        .ok()
        .json();
    assert_eq!(pending["status"], "pending");
    // The guest's own process mints the token when it collects it, so it signs.
    let guest = Waiter::start(
        &db,
        &[
            "--api-key",
            common::KEY,
            "--api-secret",
            common::SECRET,
            "-o",
            "plain",
        ],
        "wait",
        &entry,
        &claim,
    );
    db.run_signing(&["lobby", "approve", "wait", &entry]).ok();
    let out = guest.finish().ok();
    // Progress went to stderr; stdout holds the token and nothing else.
    assert_eq!(claims(out.stdout.trim()).video.room, "wait");

    let (entry, claim) = request_with_claim(&db, "wait", "Slow", &fp(401));
    db.run(&[
        "lobby",
        "status",
        "wait",
        &entry,
        "--claim",
        &claim,
        "--wait",
        "--timeout",
        "1s",
    ])
    .fails(5, "no decision within 1s");
}

#[test]
fn a_rejection_waited_on_exits_8_with_the_entry_on_stdout() {
    let db = Db::sqlite();
    open_room(&db, "door", true);
    let (entry, claim) = request_with_claim(&db, "door", "Rex", &fp(402));
    let guest = Waiter::start(&db, &[], "door", &entry, &claim);
    db.run(&["lobby", "reject", "door", &entry, "--reason", "full today"])
        .ok();
    let r = guest.finish();
    assert_eq!(r.code, 8, "{r:#?}");
    assert!(
        r.stdout.contains("rejected") && r.stdout.contains("full today"),
        "{r:#?}"
    );
    assert!(
        !r.stdout.contains("waiting"),
        "progress stays off stdout: {r:#?}"
    );
    assert!(
        r.stderr.contains(&format!(
            "error: lobby entry `{entry}` was rejected: full today"
        )),
        "{r:#?}"
    );

    // Asked again, waiting or not, in JSON: the entry on stdout, exit 8, no progress.
    for wait in [true, false] {
        let mut args = vec![
            "-o", "json", "lobby", "status", "door", &entry, "--claim", &claim,
        ];
        if wait {
            args.push("--wait");
        }
        let r = db.run(&args);
        assert_eq!(r.code, 8, "{r:#?}");
        let out = r.json();
        assert_eq!(out["status"], "rejected");
        assert_eq!(out["reason"], "full today");
        assert_eq!(out["entry"], entry.as_str());
        assert_eq!(r.json_error()["error"]["code"], "rejected");
    }
    // Plain output: the status word on stdout for scripts, the exit code tells the rest.
    let r = db.run(&[
        "-o", "plain", "lobby", "status", "door", &entry, "--claim", &claim,
    ]);
    assert_eq!((r.code, r.stdout.as_str()), (8, "rejected\n"), "{r:#?}");
}
