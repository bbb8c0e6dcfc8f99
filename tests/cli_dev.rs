//! `lkctl dev`: the whole product in one process. The real binary is started on a
//! temporary data directory with fixed ports; the test reads its JSON, logs in to the
//! dashboard, checks the demo over the API and the CLI, joins a guest through the invite
//! link, stops it with SIGINT, resumes the same data directory and finally resets it.

mod common;

use std::io::{BufRead, BufReader, Read};
use std::path::Path;
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

use common::Sandbox;
use serde_json::{Value, json};

/// A port P such that P, P+1 and P+2 were free a moment ago.
fn free_port_triple() -> u16 {
    for _ in 0..50 {
        let first = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let p = first.local_addr().unwrap().port();
        if p > u16::MAX - 2 {
            continue;
        }
        let rest: Vec<_> = (1..=2)
            .map(|i| std::net::TcpListener::bind(("127.0.0.1", p + i)))
            .collect();
        if rest.iter().all(Result::is_ok) {
            return p;
        }
    }
    panic!("no three consecutive free ports");
}

/// A running `lkctl dev` and the JSON object it printed.
struct Dev {
    child: Child,
    info: Value,
}

impl Dev {
    fn start(sb: &Sandbox, data_dir: &Path, port: u16, extra: &[&str]) -> Self {
        let port = port.to_string();
        let mut args = vec![
            "-o",
            "json",
            "dev",
            "--data-dir",
            data_dir.to_str().unwrap(),
            "--port",
            &port,
        ];
        args.extend_from_slice(extra);
        let mut child = sb
            .cmd()
            .args(&args)
            // No provider key from the machine running the tests: the demo's offline path.
            .env_remove("OPENAI_API_KEY")
            .env_remove("DEEPGRAM_API_KEY")
            .env_remove("LKCTL_STT_API_KEY")
            .env_remove("LKCTL_STT_URL")
            .env_remove("LKCTL_LLM_URL")
            .env_remove("LKCTL_LLM_MODEL")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // The JSON object may span lines: read until it parses (or the process ends).
        let mut stdout = BufReader::new(child.stdout.take().unwrap());
        let mut text = String::new();
        let info = loop {
            let mut line = String::new();
            if stdout.read_line(&mut line).unwrap() == 0 {
                let _ = child.kill();
                let mut err = String::new();
                child
                    .stderr
                    .take()
                    .unwrap()
                    .read_to_string(&mut err)
                    .unwrap();
                panic!("lkctl dev ended before printing its JSON: {text}\n{err}");
            }
            text.push_str(&line);
            if let Ok(v) = serde_json::from_str::<Value>(&text) {
                break v;
            }
        };
        Self { child, info }
    }

    fn dashboard(&self) -> String {
        self.info["dashboard_url"].as_str().unwrap().to_string()
    }

    /// SIGINT, as Ctrl-C sends; returns the exit code and stderr.
    fn interrupt(mut self) -> (Option<i32>, String) {
        let status = std::process::Command::new("kill")
            .args(["-INT", &self.child.id().to_string()])
            .status()
            .unwrap();
        assert!(status.success());
        // stderr ends when the process does; then its status is there to collect.
        let mut err = String::new();
        if let Some(mut stderr) = self.child.stderr.take() {
            stderr.read_to_string(&mut err).unwrap();
        }
        let status = self.child.wait().unwrap();
        (status.code(), err)
    }
}

impl Drop for Dev {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// A logged-in dashboard client (session cookie; GETs need no CSRF token).
struct Api {
    http: reqwest::Client,
    base: String,
    cookie: String,
}

impl Api {
    /// Wait for `/readyz` (bounded), then log in.
    async fn login(base: &str, username: &str, password: &str) -> Result<Self, u16> {
        let http = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let ready = http.get(format!("{base}/readyz")).send().await;
            if ready.is_ok_and(|r| r.status().is_success()) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "{base}/readyz never answered 200"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let r = http
            .post(format!("{base}/api/v1/auth/login"))
            .json(&json!({ "username": username, "password": password }))
            .send()
            .await
            .unwrap();
        if !r.status().is_success() {
            return Err(r.status().as_u16());
        }
        let cookie = r
            .headers()
            .get_all(reqwest::header::SET_COOKIE)
            .iter()
            .map(|v| v.to_str().unwrap().split(';').next().unwrap().to_string())
            .collect::<Vec<_>>()
            .join("; ");
        Ok(Self {
            http,
            base: base.to_string(),
            cookie,
        })
    }

    async fn get(&self, path: &str) -> Value {
        let r = self
            .http
            .get(format!("{}{path}", self.base))
            .header(reqwest::header::COOKIE, &self.cookie)
            .send()
            .await
            .unwrap();
        assert!(r.status().is_success(), "GET {path}: {}", r.status());
        r.json().await.unwrap()
    }
}

/// POST /api/v1/join/{code} as a browser would (no session): status and body.
async fn join(base: &str, code: &str, name: &str, fingerprint: &str, pin: &str) -> (u16, Value) {
    let r = reqwest::Client::new()
        .post(format!("{base}/api/v1/join/{code}"))
        .json(&json!({ "display_name": name, "fingerprint": fingerprint, "pin": pin }))
        .send()
        .await
        .unwrap();
    let status = r.status().as_u16();
    (status, r.json().await.unwrap_or(Value::Null))
}

fn names(v: &Value, key: &str) -> Vec<String> {
    let mut out: Vec<String> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|x| x[key].as_str().unwrap().to_string())
        .collect();
    out.sort();
    out
}

/// What the demo looks like over the API, for comparing two runs.
async fn snapshot(api: &Api) -> Value {
    let rooms = api.get("/api/v1/rooms").await;
    let pending = api
        .get("/api/v1/rooms/lecture-101/lobby?status=pending")
        .await;
    let hands = api.get("/api/v1/rooms/lecture-101/hands").await;
    let bans = api.get("/api/v1/rooms/lecture-101/bans").await;
    let recordings = api.get("/api/v1/rooms/lecture-100/recordings").await;
    json!({
        "rooms": names(&rooms, "name"),
        "pending": names(&pending, "display_name"),
        "hands": names(&hands, "identity"),
        "bans": bans.as_array().unwrap().len(),
        "recordings": recordings.as_array().unwrap().len(),
    })
}

fn files_under(dir: &Path, out: &mut Vec<String>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            files_under(&p, out);
        } else {
            out.push(p.file_name().unwrap().to_string_lossy().into_owned());
        }
    }
}

#[test]
fn dev_runs_the_whole_product_resumes_its_demo_and_resets() {
    let sb = Sandbox::new();
    let data = sb.path("dev-data");
    let port = free_port_triple();
    let rt = tokio::runtime::Runtime::new().unwrap();

    // First run: a fresh demo.
    let dev = Dev::start(&sb, &data, port, &[]);
    let info = dev.info.clone();
    assert_eq!(info["resumed"], false, "{info:#}");
    assert_eq!(info["ports"]["dashboard"], port);
    assert_eq!(info["ports"]["livekit"], port + 1);
    assert_eq!(info["ports"]["agent"], port + 2);
    assert_eq!(info["url"], format!("http://127.0.0.1:{}", port + 1));
    assert_eq!(info["api_key"], "devkey");
    assert_eq!(info["agent"]["transcribing"], false);
    assert_eq!(info["admin"]["username"], "admin");
    let invite = info["guest_invite"].clone();
    let code = invite["code"].as_str().unwrap().to_string();
    let pin = invite["pin"].as_str().unwrap().to_string();
    assert_eq!(
        invite["url"],
        format!("{}/api/v1/join/{code}", dev.dashboard())
    );
    let password = info["admin"]["password"].as_str().unwrap().to_string();
    let first = rt.block_on(async {
        let api = Api::login(&dev.dashboard(), "admin", &password)
            .await
            .expect("the printed admin password logs in");
        let me = api.get("/api/v1/auth/me").await;
        assert_eq!(me["role"], "admin");
        let snap = snapshot(&api).await;
        assert_eq!(
            snap["rooms"],
            json!(["lecture-101", "lobby-test", "standup"])
        );
        assert_eq!(snap["pending"], json!(["Grace", "Linus", "Margaret"]));
        assert_eq!(snap["hands"], json!(["student-bob"]));
        assert_eq!(snap["bans"], 1);
        assert_eq!(snap["recordings"], 2);
        let policy = api.get("/api/v1/rooms/lecture-101/policy").await;
        assert_eq!(policy["lobby"], true);
        assert_eq!(policy["webinar"], true);
        assert_eq!(policy["pin_set"], true);
        let room = api.get("/api/v1/rooms/lecture-101/participants").await;
        assert!(
            names(&room, "identity").contains(&"prof-ada".to_string()),
            "{room:#}"
        );
        let rules = api.get("/api/v1/sip/rules").await;
        assert_eq!(rules[0]["room"], "lecture-101", "{rules:#}");
        let trunks = api.get("/api/v1/sip/trunks").await;
        assert_eq!(trunks.as_array().unwrap().len(), 2, "{trunks:#}");
        // The emulator's webhooks reach serve's receiver: the classroom's participants
        // appear in its session history (delivered asynchronously, so polled, bounded).
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let sessions = api.get("/api/v1/rooms/lecture-101/sessions").await;
            if names(&sessions, "identity").contains(&"prof-ada".to_string()) {
                break;
            }
            assert!(
                Instant::now() < deadline,
                "no webhook sessions: {sessions:#}"
            );
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let page = api
            .http
            .get(format!("{}/rooms/lecture-101", api.base))
            .header(reqwest::header::COOKIE, &api.cookie)
            .header(reqwest::header::ACCEPT, "text/html")
            .send()
            .await
            .unwrap();
        assert_eq!(page.status(), 200);
        assert!(page.text().await.unwrap().contains("prof-ada"));
        let egress = api.get("/api/v1/rooms/lecture-101/egress").await;
        assert!(
            egress
                .as_array()
                .unwrap()
                .iter()
                .any(|e| e["status"] != "complete"),
            "a running recording: {egress:#}"
        );

        // The invite link and PIN put a guest in the lobby; a wrong PIN and the banned
        // browser are refused.
        let (status, body) = join(
            &dev.dashboard(),
            &code,
            "Ada Guest",
            "test-guest-browser-01",
            &pin,
        )
        .await;
        assert_eq!(status, 202, "{body:#}");
        assert_eq!(body["outcome"], "waiting");
        let (status, _) = join(
            &dev.dashboard(),
            &code,
            "Eve",
            "test-guest-browser-02",
            "000000x",
        )
        .await;
        assert_eq!(status, 401);
        let (status, _) = join(
            &dev.dashboard(),
            &code,
            "Mallory",
            "demo-banned-browser-0001",
            &pin,
        )
        .await;
        assert_eq!(status, 403);
        let pending = api
            .get("/api/v1/rooms/lecture-101/lobby?status=pending")
            .await;
        assert_eq!(pending.as_array().unwrap().len(), 4);
        snapshot(&api).await
    });

    // The finished lecture: transcript and summary in the store, exportable at once.
    let db = data.join("lkctl.db");
    let db = db.to_str().unwrap();
    let transcript = sb
        .run(&[
            "--database-url",
            db,
            "-o",
            "json",
            "transcript",
            "show",
            "lecture-100",
        ])
        .ok()
        .json();
    assert!(
        transcript.to_string().contains("simulcast"),
        "{transcript:#}"
    );
    let summary = sb
        .run(&[
            "--database-url",
            db,
            "-o",
            "json",
            "summary",
            "show",
            "lecture-100",
        ])
        .ok()
        .json();
    assert!(
        !summary["summary"].as_str().unwrap_or("").is_empty(),
        "{summary:#}"
    );
    let out = sb.path("export");
    sb.run(&[
        "--database-url",
        db,
        "-o",
        "json",
        "export",
        "RM_DemoLecture100",
        "--to",
        out.to_str().unwrap(),
    ])
    .ok();
    let mut exported = Vec::new();
    files_under(&out, &mut exported);
    for ext in [".pdf", ".vtt", ".srt"] {
        assert!(
            exported.iter().any(|f| f.ends_with(ext)),
            "{ext} in {exported:?}"
        );
    }

    let (code_exit, stderr) = dev.interrupt();
    assert_eq!(code_exit, Some(0), "{stderr}");

    // Second run on the same data directory: the same demo, nothing duplicated, the same
    // invite code and PIN, a new password for the same admin.
    let dev = Dev::start(&sb, &data, port, &[]);
    let info = dev.info.clone();
    assert_eq!(info["resumed"], true, "{info:#}");
    assert_eq!(info["guest_invite"]["code"], code.as_str());
    assert_eq!(info["guest_invite"]["pin"], pin.as_str());
    let new_password = info["admin"]["password"].as_str().unwrap().to_string();
    assert_ne!(new_password, password);
    rt.block_on(async {
        assert_eq!(
            Api::login(&dev.dashboard(), "admin", &password).await.err(),
            Some(401),
            "the previous run's password no longer works"
        );
        let api = Api::login(&dev.dashboard(), "admin", &new_password)
            .await
            .expect("the new password logs in");
        assert_eq!(snapshot(&api).await, first);
    });
    let sessions = sb
        .run(&["--database-url", db, "-o", "json", "artifact", "list"])
        .ok()
        .json();
    let lectures = sessions
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| s.to_string().contains("RM_DemoLecture100"))
        .count();
    assert_eq!(lectures, 1, "{sessions:#}");
    // While it runs, a second `lkctl dev` on the data directory is refused, and so is a
    // reset that would pull the store from under it.
    let port2 = free_port_triple().to_string();
    let data_arg = data.to_str().unwrap();
    sb.run(&["dev", "--data-dir", data_arg, "--port", &port2])
        .fails(6, "is running on this SQLite store");
    sb.run(&["dev", "--data-dir", data_arg, "--port", &port2, "--reset"])
        .fails(6, "before --reset");
    let (code_exit, stderr) = dev.interrupt();
    assert_eq!(code_exit, Some(0), "{stderr}");

    // --reset: a clean demo (a new invite code, only the demo's own waiting guests).
    let dev = Dev::start(&sb, &data, port, &["--reset"]);
    assert_eq!(dev.info["resumed"], false);
    assert_ne!(dev.info["guest_invite"]["code"], code.as_str());
    let password = dev.info["admin"]["password"].as_str().unwrap().to_string();
    rt.block_on(async {
        let api = Api::login(&dev.dashboard(), "admin", &password)
            .await
            .unwrap();
        let pending = api
            .get("/api/v1/rooms/lecture-101/lobby?status=pending")
            .await;
        assert_eq!(
            names(&pending, "display_name"),
            ["Grace", "Linus", "Margaret"]
        );
    });
    let (code_exit, stderr) = dev.interrupt();
    assert_eq!(code_exit, Some(0), "{stderr}");
}

/// A non-loopback --bind is announced on stderr.
#[test]
fn dev_warns_when_it_listens_beyond_loopback() {
    let sb = Sandbox::new();
    let data = sb.path("dev-data");
    let port = free_port_triple();
    let dev = Dev::start(&sb, &data, port, &["--bind", "0.0.0.0"]);
    assert_eq!(
        dev.info["dashboard_url"],
        format!("http://127.0.0.1:{port}")
    );
    let (code, stderr) = dev.interrupt();
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("not loopback"), "{stderr}");
}
