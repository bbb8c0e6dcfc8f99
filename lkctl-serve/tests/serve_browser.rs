//! The web UI in a real browser: headless Chromium driven over WebDriver (chromedriver +
//! fantoccini) against `lkctl serve` on a loopback socket and the emulator.
//!
//! - the admin path with JavaScript on: log in, create a room, see a participant the
//!   emulator adds appear without a reload, mute a track, kick (through the confirm
//!   dialog), mint a join token, the token sandbox and settings;
//! - the same forms with JavaScript off (no script runs; every form still works);
//! - hostile text in room names, metadata, participant names and attributes shows as
//!   text and runs nothing;
//! - axe-core on every page: no serious or critical violation;
//! - a screenshot of every page under `target/tmp/ui-screenshots/` for review.
//!
//! Needs `chromium` and `chromium-driver` (Debian) and axe-core (`npm ci` in
//! `lkctl-serve/tests/browser`); the tests are `#[ignore]`d so a plain run reports them
//! as skipped, and fail when run without them (`.ci/run` installs both).
//!
//! Over ~600 lines because each browser test is one long user path (a browser session is
//! slow to start) and the driver, axe and screenshot helpers sit beside them.

#[macro_use]
#[allow(unused_macros)]
mod serve_support;
#[path = "../../tests/services/mod.rs"]
mod services;

use std::net::{SocketAddr, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::Capabilities;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use lkctl_core::ops::users::Role;
use lkctl_core::ops::{participants, rooms};
use lkctl_emulator::{ParticipantSpec, TrackSpec};
use serde_json::{Value, json};
use serve_support::*;

const INSTALL_CHROMIUM: &str = "apt-get install -y chromium chromium-driver fonts-liberation \
     (or set CHROMEDRIVER to a chromedriver binary)";
const INSTALL_AXE: &str =
    "npm ci in lkctl-serve/tests/browser (or set AXE_JS to axe.min.js of axe-core 4.14.1)";

/// How long a page may take to show what a test waits for.
const WAIT: Duration = Duration::from_secs(20);

/// A chromedriver on its own port, killed on drop.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn chromedriver_path(test: &str) -> PathBuf {
    if let Ok(p) = std::env::var("CHROMEDRIVER") {
        return PathBuf::from(p);
    }
    std::env::var_os("PATH")
        .and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|d| d.join("chromedriver"))
                .find(|p| p.is_file())
        })
        .unwrap_or_else(|| services::missing(test, "chromedriver", INSTALL_CHROMIUM))
}

fn axe_source(test: &str) -> String {
    let path = std::env::var("AXE_JS")
        .map(PathBuf::from)
        .unwrap_or_else(|_| {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/browser/node_modules/axe-core/axe.min.js")
        });
    std::fs::read_to_string(&path).unwrap_or_else(|_| {
        services::missing(test, &format!("axe-core ({})", path.display()), INSTALL_AXE)
    })
}

fn start_driver(test: &str) -> Driver {
    let path = chromedriver_path(test);
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let child = Command::new(&path)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("{test}: cannot start {}: {e}", path.display()));
    let driver = Driver {
        child,
        url: format!("http://127.0.0.1:{port}"),
    };
    let addr = SocketAddr::from(([127, 0, 0, 1], port));
    let deadline = Instant::now() + Duration::from_secs(30);
    while TcpStream::connect_timeout(&addr, Duration::from_millis(200)).is_err() {
        assert!(
            Instant::now() < deadline,
            "{test}: chromedriver did not listen on {port}"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    driver
}

fn capabilities(js: bool) -> Capabilities {
    let mut options = json!({
        "args": [
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--window-size=1280,900", "--lang=en-US"
        ]
    });
    if let Ok(bin) = std::env::var("CHROMIUM") {
        options["binary"] = json!(bin);
    }
    if !js {
        options["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut caps = Capabilities::new();
    caps.insert("goog:chromeOptions".into(), options);
    caps
}

async fn browser(driver: &Driver, js: bool) -> Client {
    ClientBuilder::new(HttpConnector::new())
        .capabilities(capabilities(js))
        .connect(&driver.url)
        .await
        .expect("WebDriver session")
}

/// `lkctl serve` on a loopback socket whose public URL is the address the browser uses
/// (the Origin check compares them), with an admin `ann`.
struct Site {
    h: Harness,
    running: lkctl_serve::Running,
    base: String,
}

async fn site() -> Site {
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let addr = listener.local_addr().unwrap();
    let base = format!("http://{addr}");
    let options = lkctl_serve::ServeOptions::new(addr)
        .with_public_url(&base)
        .unwrap();
    let h = Harness::with_options(Db::Sqlite, options).await;
    h.user("ann", Role::Admin).await;
    let running = lkctl_serve::serve_on(listener, h.state.clone()).unwrap();
    Site { h, running, base }
}

impl Site {
    async fn stop(self) {
        self.running.shutdown();
        let _ = tokio::time::timeout(Duration::from_secs(10), self.running.wait()).await;
        self.h.cleanup().await;
    }
}

fn shot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("ui-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A screenshot of the whole page: the window grows to the page's height for the shot.
async fn screenshot(c: &Client, name: &str) {
    let (width, height) = c.get_window_size().await.expect("window size");
    let (width, height) = (width as u32, height as u32);
    let full = c
        .execute("return document.documentElement.scrollHeight;", vec![])
        .await
        .ok()
        .and_then(|v| v.as_u64())
        .unwrap_or(u64::from(height)) as u32;
    let tall = full.clamp(height, 6000);
    if tall > height {
        c.set_window_size(width, tall + 100).await.unwrap();
    }
    let png = c.screenshot().await.expect("screenshot");
    if tall > height {
        c.set_window_size(width, height).await.unwrap();
    }
    std::fs::write(shot_dir().join(format!("{name}.png")), png).unwrap();
}

/// Run axe-core on the current page; panics on any serious or critical violation.
async fn axe(c: &Client, axe_js: &str, page: &str) {
    let loaded = c
        .execute("return typeof window.axe === 'object';", vec![])
        .await
        .unwrap();
    if loaded != Value::Bool(true) {
        c.execute(axe_js, vec![]).await.expect("inject axe-core");
    }
    let result = c
        .execute_async(
            r#"const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
              .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 3).map(n => n.html) }))))
              .catch(e => done({ error: String(e) }));"#,
            vec![],
        )
        .await
        .expect("axe.run");
    let violations = result
        .as_array()
        .unwrap_or_else(|| panic!("axe failed on {page}: {result}"));
    let bad: Vec<&Value> = violations
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(
        bad.is_empty(),
        "axe on {page}: {}",
        serde_json::to_string_pretty(&bad).unwrap()
    );
    if !violations.is_empty() {
        eprintln!("axe on {page} (minor/moderate): {result}");
    }
}

async fn login(c: &Client, base: &str) {
    c.goto(&format!("{base}/")).await.unwrap();
    // No session: the login page, remembering where we were going.
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Id("username"))
        .await
        .unwrap();
    c.find(Locator::Id("username"))
        .await
        .unwrap()
        .send_keys("ann")
        .await
        .unwrap();
    c.find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    c.find(Locator::Id("login"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(c, "Logged in as ann").await;
}

async fn text_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap()
        .text()
        .await
        .unwrap()
}

async fn fill(c: &Client, id: &str, value: &str) {
    let field = c.find(Locator::Id(id)).await.unwrap();
    field.clear().await.unwrap();
    field.send_keys(value).await.unwrap();
}

async fn click(c: &Client, id: &str) {
    c.find(Locator::Id(id))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
}

/// Wait until the main region's text contains `needle` (a page may be mid-navigation, so
/// a vanished element is retried, not a failure).
async fn wait_for_text(c: &Client, needle: &str) {
    let deadline = Instant::now() + WAIT;
    loop {
        let main = match c.find(Locator::Css("main")).await {
            Ok(e) => e.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        };
        if main.contains(needle) {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "never showed {needle:?}; main: {main}"
        );
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

async fn js_ran(c: &Client) -> bool {
    c.find(Locator::Css("html"))
        .await
        .unwrap()
        .attr("data-js")
        .await
        .unwrap()
        .is_some()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromium-driver, and axe-core (npm ci in lkctl-serve/tests/browser)"]
async fn admin_path_with_javascript() {
    let test = "admin_path_with_javascript";
    let axe_js = axe_source(test);
    let driver = start_driver(test);
    let s = site().await;
    let c = browser(&driver, true).await;
    let base = &s.base;

    c.goto(&format!("{base}/login")).await.unwrap();
    screenshot(&c, "login").await;
    axe(&c, &axe_js, "login").await;
    login(&c, base).await;
    assert!(js_ran(&c).await, "the script runs with JavaScript on");
    screenshot(&c, "overview-empty").await;
    axe(&c, &axe_js, "overview").await;

    // Create a room through the form.
    c.goto(&format!("{base}/rooms")).await.unwrap();
    fill(&c, "name", "physics 101").await;
    fill(&c, "max_participants", "30").await;
    fill(&c, "empty_timeout", "10m").await;
    fill(&c, "metadata", "{\"course\":\"physics\"}").await;
    click(&c, "create").await;
    wait_for_text(&c, "Created room physics 101.").await;
    assert!(
        c.current_url()
            .await
            .unwrap()
            .path()
            .ends_with("/rooms/physics%20101")
    );
    assert!(rooms::get(s.h.state.livekit(), "physics 101").await.is_ok());
    screenshot(&c, "room-empty").await;
    axe(&c, &axe_js, "room detail (empty)").await;

    // A participant joins (the emulator's control API): the page shows them without a reload.
    let marker = c
        .execute("window.__noReload = 1; return 1;", vec![])
        .await
        .unwrap();
    assert_eq!(marker, json!(1));
    s.h.emu
        .control()
        .add_participant(
            "physics 101",
            ParticipantSpec::new("stu-42")
                .name("Ada Lovelace")
                .track(TrackSpec::audio("mic").source("microphone"))
                .track(TrackSpec::video("cam").source("camera")),
        )
        .unwrap();
    wait_for_text(&c, "Ada Lovelace").await;
    let still = c
        .execute("return window.__noReload === 1;", vec![])
        .await
        .unwrap();
    assert_eq!(
        still,
        json!(true),
        "the participant appeared by live refresh, not a reload"
    );
    assert_eq!(text_of(&c, "#participant-summary").await, "1 participant");
    screenshot(&c, "room-participant").await;
    axe(&c, &axe_js, "room detail (participant)").await;

    // Mute the microphone.
    c.find(Locator::XPath("//li[span[text()='microphone']]//button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&c, "Muted microphone track").await;
    let p = participants::get(s.h.state.livekit(), "physics 101", "stu-42")
        .await
        .unwrap();
    assert!(
        p.tracks
            .iter()
            .find(|t| t.source == "microphone")
            .unwrap()
            .muted
    );

    // Mint a join token on the room page.
    fill(&c, "tok-identity", "visitor").await;
    fill(&c, "tok-ttl", "45m").await;
    click(&c, "mint-join").await;
    let field = c
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Id("issued-token"))
        .await
        .unwrap();
    let jwt = field.prop("value").await.unwrap().unwrap();
    let info = lkctl_core::token::verify(jwt.trim(), &s.h.state.api_key, &s.h.state.api_secret)
        .expect("a valid token");
    assert_eq!(info.room, "physics 101");
    assert_eq!(info.identity, "visitor");
    assert!(
        c.find(Locator::Css("#issued button.copy")).await.is_ok(),
        "the script adds a copy button"
    );
    screenshot(&c, "room-token").await;
    axe(&c, &axe_js, "room detail (token)").await;

    // Kick, through the confirm dialog the script adds.
    c.find(Locator::XPath("//button[contains(., 'Kick')]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let question = c.get_alert_text().await.expect("a confirm dialog");
    assert!(question.contains("Remove stu-42"), "{question}");
    c.accept_alert().await.unwrap();
    wait_for_text(&c, "Removed stu-42 from room physics 101.").await;
    assert!(
        participants::list(s.h.state.livekit(), "physics 101")
            .await
            .unwrap()
            .is_empty()
    );
    wait_for_text(&c, "Nobody is in this room.").await;

    // The overview, now with a room.
    c.goto(&format!("{base}/")).await.unwrap();
    wait_for_text(&c, "physics 101").await;
    screenshot(&c, "overview").await;
    axe(&c, &axe_js, "overview (rooms)").await;

    c.goto(&format!("{base}/rooms")).await.unwrap();
    screenshot(&c, "rooms").await;
    axe(&c, &axe_js, "rooms").await;

    // The token sandbox: mint, then verify the pasted token.
    c.goto(&format!("{base}/tokens")).await.unwrap();
    screenshot(&c, "tokens").await;
    axe(&c, &axe_js, "tokens").await;
    fill(&c, "identity", "probe").await;
    fill(&c, "room", "physics 101").await;
    click(&c, "g-admin").await;
    click(&c, "mint-token").await;
    let field = c
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Id("issued-token"))
        .await
        .unwrap();
    let jwt = field.prop("value").await.unwrap().unwrap();
    fill(&c, "pasted", jwt.trim()).await;
    click(&c, "verify").await;
    click(&c, "inspect-token").await;
    wait_for_text(&c, "The signature matches the configured API secret.").await;
    assert!(text_of(&c, "#inspected").await.contains("room_admin"));
    screenshot(&c, "tokens-inspected").await;
    axe(&c, &axe_js, "tokens (inspected)").await;

    c.goto(&format!("{base}/settings")).await.unwrap();
    let settings = text_of(&c, "main").await;
    assert!(!settings.contains(s.h.state.api_secret.expose()));
    screenshot(&c, "settings").await;
    axe(&c, &axe_js, "settings").await;

    // Close, through the confirmation page.
    c.goto(&format!("{base}/rooms/physics%20101"))
        .await
        .unwrap();
    click(&c, "close-room").await;
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Id("confirm-close"))
        .await
        .unwrap();
    screenshot(&c, "room-close").await;
    axe(&c, &axe_js, "close confirmation").await;
    click(&c, "confirm-close").await;
    wait_for_text(&c, "Closed room physics 101").await;

    // An error page.
    c.goto(&format!("{base}/rooms/no-such-room")).await.unwrap();
    wait_for_text(&c, "not found").await;
    screenshot(&c, "error-404").await;
    axe(&c, &axe_js, "error page").await;

    // A phone-sized window.
    c.set_window_size(390, 844).await.unwrap();
    c.goto(&format!("{base}/rooms")).await.unwrap();
    screenshot(&c, "rooms-phone").await;
    axe(&c, &axe_js, "rooms (phone)").await;

    // Log out.
    c.find(Locator::XPath("//button[text()='Log out']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&c, "Logged out.").await;
    c.close().await.unwrap();
    s.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromium-driver"]
async fn forms_work_without_javascript() {
    let test = "forms_work_without_javascript";
    let driver = start_driver(test);
    let s = site().await;
    let c = browser(&driver, false).await;
    let base = &s.base;

    login(&c, base).await;
    assert!(!js_ran(&c).await, "no script runs with JavaScript off");

    c.goto(&format!("{base}/rooms")).await.unwrap();
    fill(&c, "name", "nojs").await;
    click(&c, "create").await;
    wait_for_text(&c, "Created room nojs.").await;

    s.h.emu
        .control()
        .add_participant(
            "nojs",
            ParticipantSpec::new("kid")
                .name("Kid")
                .track(TrackSpec::audio("mic").source("microphone")),
        )
        .unwrap();
    // Without the script there is no live refresh: reloading shows the newcomer.
    c.refresh().await.unwrap();
    wait_for_text(&c, "Kid").await;
    screenshot(&c, "nojs-room").await;

    fill(&c, "room-metadata", "changed without js").await;
    click(&c, "save-metadata").await;
    wait_for_text(&c, "Updated the metadata of room nojs.").await;
    assert_eq!(
        rooms::get(s.h.state.livekit(), "nojs")
            .await
            .unwrap()
            .metadata,
        "changed without js"
    );

    c.find(Locator::XPath("//li[span[text()='microphone']]//button"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&c, "Muted microphone track").await;

    // No confirm dialog without the script: the kick form posts at once.
    c.find(Locator::XPath("//button[contains(., 'Kick')]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&c, "Removed kid from room nojs.").await;

    fill(&c, "tok-identity", "late").await;
    click(&c, "mint-join").await;
    let field = c
        .wait()
        .at_most(WAIT)
        .for_element(Locator::Id("issued-token"))
        .await
        .unwrap();
    let jwt = field.prop("value").await.unwrap().unwrap();
    assert!(
        lkctl_core::token::verify(jwt.trim(), &s.h.state.api_key, &s.h.state.api_secret).is_ok()
    );
    assert!(
        c.find(Locator::Css("#issued button.copy")).await.is_err(),
        "no copy button without the script"
    );

    c.goto(&format!("{base}/tokens")).await.unwrap();
    fill(&c, "identity", "nojs-token").await;
    click(&c, "mint-token").await;
    // A join grant without a room: the form comes back with the reason and the values.
    wait_for_text(&c, "room").await;
    c.find(Locator::Id("token-error"))
        .await
        .expect("the reason");
    fill(&c, "room", "nojs").await;
    click(&c, "mint-token").await;
    c.wait()
        .at_most(WAIT)
        .for_element(Locator::Id("issued-token"))
        .await
        .unwrap();

    c.goto(&format!("{base}/rooms/nojs")).await.unwrap();
    click(&c, "close-room").await;
    click(&c, "confirm-close").await;
    wait_for_text(&c, "Closed room nojs").await;
    assert!(rooms::get(s.h.state.livekit(), "nojs").await.is_err());
    screenshot(&c, "nojs-rooms").await;

    c.find(Locator::XPath("//button[text()='Log out']"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    wait_for_text(&c, "Logged out.").await;
    c.close().await.unwrap();
    s.stop().await;
}

/// Markup and script that would set `window.__xss` if a page ran it.
const CORPUS: [&str; 4] = [
    "<script>window.__xss=1</script>",
    "\"><img src=x onerror=\"window.__xss=2\">",
    "'><svg onload=window.__xss=3>",
    "</textarea><b>bold</b>",
];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs chromium and chromium-driver, and axe-core (npm ci in lkctl-serve/tests/browser)"]
async fn hostile_text_shows_as_text() {
    let test = "hostile_text_shows_as_text";
    let axe_js = axe_source(test);
    let driver = start_driver(test);
    let s = site().await;
    let lk = s.h.state.livekit();
    let control = s.h.emu.control();
    for (i, bad) in CORPUS.iter().enumerate() {
        let name = format!("r{i} {bad}");
        rooms::create(
            lk,
            rooms::CreateRoom {
                name: name.clone(),
                metadata: bad.to_string(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
        let mut spec = ParticipantSpec::new(format!("p{i} {bad}"))
            .name(format!("name {bad}"))
            .metadata(*bad)
            .track(TrackSpec::audio(*bad).source("microphone"));
        spec.attributes.insert("note".into(), bad.to_string());
        control.add_participant(&name, spec).unwrap();
    }
    let c = browser(&driver, true).await;
    let base = &s.base;
    login(&c, base).await;
    let mut pages = vec![("overview-xss".to_string(), format!("{base}/"))];
    pages.push(("rooms-xss".into(), format!("{base}/rooms")));
    for (i, bad) in CORPUS.iter().enumerate() {
        let path = url::form_urlencoded::byte_serialize(format!("r{i} {bad}").as_bytes())
            .collect::<String>()
            .replace('+', "%20");
        pages.push((format!("room-xss-{i}"), format!("{base}/rooms/{path}")));
    }
    for (name, url) in &pages {
        c.goto(url).await.unwrap();
        c.wait()
            .at_most(WAIT)
            .for_element(Locator::Css("main h1"))
            .await
            .unwrap();
        let main = text_of(&c, "main").await;
        let ran = c
            .execute("return window.__xss === undefined;", vec![])
            .await
            .unwrap();
        assert_eq!(ran, json!(true), "{name}: injected script ran");
        assert!(
            c.find(Locator::Css("main b, main svg, main img"))
                .await
                .is_err(),
            "{name}: injected markup"
        );
        if name.starts_with("room-xss-") {
            let i: usize = name.trim_start_matches("room-xss-").parse().unwrap();
            let bad = CORPUS[i];
            assert!(
                main.contains(&format!("name {bad}")),
                "{name}: participant name as text: {main}"
            );
            assert!(
                main.contains(&format!("r{i} {bad}")),
                "{name}: room name as text"
            );
            let metadata = c
                .find(Locator::Id("room-metadata"))
                .await
                .unwrap()
                .prop("value")
                .await
                .unwrap()
                .unwrap();
            assert_eq!(
                metadata, bad,
                "{name}: metadata round-trips in the textarea"
            );
        } else if name == "rooms-xss" {
            for (i, bad) in CORPUS.iter().enumerate() {
                assert!(main.contains(&format!("r{i} {bad}")), "{name}: {main}");
            }
        }
        screenshot(&c, name).await;
        axe(&c, &axe_js, name).await;
    }
    // Let one live refresh swap the hostile rows in again: still nothing runs.
    c.goto(&pages[2].1).await.unwrap();
    let before = c
        .execute(
            "return document.documentElement.dataset.refreshed || '';",
            vec![],
        )
        .await
        .unwrap();
    control
        .add_participant(
            &format!("r0 {}", CORPUS[0]),
            ParticipantSpec::new("late").name(CORPUS[1]),
        )
        .unwrap();
    wait_for_text(&c, "late").await;
    let after = c
        .execute(
            "return document.documentElement.dataset.refreshed || '';",
            vec![],
        )
        .await
        .unwrap();
    assert_ne!(before, after, "a live refresh happened");
    let ran = c
        .execute("return window.__xss === undefined;", vec![])
        .await
        .unwrap();
    assert_eq!(ran, json!(true), "refreshed hostile rows ran script");
    c.close().await.unwrap();
    s.stop().await;
}
