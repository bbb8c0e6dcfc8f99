//! The web UI over HTTP, without a browser: login and logout forms, the redirect to the
//! login page, CSRF on every form, POST-redirect-GET with flash messages, every admin page
//! and action against the emulator, HTML error pages, escaping of hostile text, strict-CSP
//! markup (no inline script or style) and the hashed assets; on SQLite and PostgreSQL.
//! The same pages in a real browser are in `serve_browser.rs`.
//!
//! Over ~600 lines because each test walks a whole user path (log in, act, follow the
//! redirect, read the flash) and the strict-markup checks every page gets sit beside them.

#[macro_use]
mod serve_support;

use axum::body::Body;
use axum::http::Request;
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::users::Role;
use lkctl_core::ops::{participants, rooms};
use lkctl_emulator::{ParticipantSpec, TrackSpec};
use serve_support::*;

both!(
    login_logout_and_the_login_redirect,
    forms_need_the_csrf_field,
    admin_pages_and_actions,
    hostile_text_is_escaped,
    hosts_see_only_their_rooms,
    assets_are_hashed_and_cached,
    browser_errors_are_pages,
);

/// A browser's session: cookie and the CSRF token read from a page.
struct Browser {
    cookie: String,
    csrf: String,
}

fn page_get(path: &str, cookie: Option<&str>) -> Request<Body> {
    let mut b = get(path).header("accept", "text/html,application/xhtml+xml,*/*;q=0.8");
    if let Some(c) = cookie {
        b = b.header("cookie", c);
    }
    b.body(Body::empty()).unwrap()
}

fn form_post(path: &str, cookie: &str, fields: &[(&str, &str)]) -> Request<Body> {
    let body = url::form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish();
    post(path)
        .header("accept", "text/html")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("sec-fetch-site", "same-origin")
        .header("cookie", cookie)
        .body(Body::from(body))
        .unwrap()
}

/// The value of the first `name="csrf"` hidden field.
fn csrf_field(html: &str) -> String {
    let at = html.find("name=\"csrf\" value=\"").expect("a csrf field") + 19;
    html[at..].split('"').next().unwrap().to_string()
}

/// `name=value` of the named cookie in a reply's `Set-Cookie` headers.
fn set_cookie(r: &Reply, name: &str) -> Option<String> {
    r.headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .map(|v| v.split(';').next().unwrap().to_string())
}

/// Log in through the form, as a browser does.
async fn form_login(h: &Harness, username: &str) -> Browser {
    let r = h.call(page_get("/login", None)).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let login_cookie = set_cookie(&r, "lkctl_login_csrf").expect("login csrf cookie");
    let token = csrf_field(&r.text());
    let r = h
        .call(form_post(
            "/login",
            &login_cookie,
            &[
                ("csrf", &token),
                ("username", username),
                ("password", PASSWORD),
                ("next", "/"),
            ],
        ))
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    let cookie = set_cookie(&r, "lkctl_sid").expect("session cookie");
    let r = h.call(page_get("/", Some(&cookie))).await;
    assert_eq!(r.status, 200, "{}", r.text());
    Browser {
        csrf: csrf_field(&r.text()),
        cookie,
    }
}

impl Browser {
    async fn page(&self, h: &Harness, path: &str) -> Reply {
        let r = h.call(page_get(path, Some(&self.cookie))).await;
        if r.status == 200 {
            assert_strict_markup(&r);
        }
        r
    }

    async fn post(&self, h: &Harness, path: &str, fields: &[(&str, &str)]) -> Reply {
        let mut all = vec![("csrf", self.csrf.as_str())];
        all.extend_from_slice(fields);
        h.call(form_post(path, &self.cookie, &all)).await
    }

    /// POST, expect a redirect, follow it and return the page (with its flash).
    async fn post_follow(&self, h: &Harness, path: &str, fields: &[(&str, &str)]) -> Reply {
        let r = self.post(h, path, fields).await;
        assert_eq!(r.status, 303, "{path}: {}", r.text());
        let location = r.header("location").unwrap().to_string();
        let flash = set_cookie(&r, "lkctl_flash").expect("a flash message");
        let cookie = format!("{}; {flash}", self.cookie);
        let page = h.call(page_get(&location, Some(&cookie))).await;
        assert_eq!(page.status, 200, "{location}: {}", page.text());
        assert!(
            set_cookie(&page, "lkctl_flash").is_some(),
            "the flash is cleared once shown"
        );
        page
    }
}

/// Every HTML page: the CSP header, and markup that needs no `unsafe-inline`.
fn assert_strict_markup(r: &Reply) {
    let ct = r.header("content-type").unwrap_or_default();
    assert!(ct.starts_with("text/html"), "{ct}");
    let csp = r.header("content-security-policy").expect("CSP");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    let html = r.text();
    // Every tag (escaped text has no raw `<`): no inline script, style or handler.
    for tag in html
        .split('<')
        .skip(1)
        .map(|t| t.split('>').next().unwrap_or(""))
    {
        let lower = tag.to_ascii_lowercase();
        if lower.starts_with("script") {
            assert!(lower.contains(" src=\""), "inline script: <{tag}>");
        }
        assert!(!lower.starts_with("style"), "inline style element");
        for name in attribute_names(&lower) {
            assert!(name != "style", "inline style attribute: <{tag}>");
            assert!(!name.starts_with("on"), "inline event handler: <{tag}>");
        }
    }
    assert!(html.contains("<main id=\"main\""), "main landmark");
    assert!(html.contains("href=\"#main\""), "skip link");
    assert_eq!(r.header("cache-control"), Some("no-store"));
}

/// The attribute names of a tag's text (`a href="x" class=y`), quotes respected.
fn attribute_names(tag: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut chars = tag.chars().peekable();
    // The element name.
    while chars.peek().is_some_and(|c| !c.is_whitespace()) {
        chars.next();
    }
    loop {
        while chars.peek().is_some_and(|c| c.is_whitespace() || *c == '/') {
            chars.next();
        }
        let mut name = String::new();
        while let Some(&c) = chars.peek() {
            if c.is_whitespace() || c == '=' {
                break;
            }
            name.push(c);
            chars.next();
        }
        if name.is_empty() {
            break;
        }
        names.push(name);
        if chars.peek() == Some(&'=') {
            chars.next();
            match chars.peek().copied() {
                Some(q @ ('"' | '\'')) => {
                    chars.next();
                    for c in chars.by_ref() {
                        if c == q {
                            break;
                        }
                    }
                }
                _ => {
                    while chars.peek().is_some_and(|c| !c.is_whitespace()) {
                        chars.next();
                    }
                }
            }
        }
    }
    names
}

#[test]
fn attribute_names_respect_quotes() {
    assert_eq!(
        attribute_names(r#"form action="/x y" data-confirm="a onerror=b" class=z hidden"#),
        ["action", "data-confirm", "class", "hidden"]
    );
}

async fn login_logout_and_the_login_redirect(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;

    // No session: a page sends the browser to the login form, remembering where it was.
    let r = h.call(page_get("/rooms?q=a", None)).await;
    assert_eq!(r.status, 303);
    assert_eq!(r.header("location"), Some("/login?next=%2Frooms%3Fq%3Da"));
    // The JSON API still answers 401 in JSON.
    let r = h
        .call(get("/api/v1/auth/me").body(Body::empty()).unwrap())
        .await;
    assert_eq!(r.status, 401);
    assert_eq!(r.error_code(), "unauthenticated");

    let r = h.call(page_get("/login?next=/rooms", None)).await;
    assert_eq!(r.status, 200);
    assert_strict_markup(&r);
    let login_cookie = set_cookie(&r, "lkctl_login_csrf").unwrap();
    let token = csrf_field(&r.text());
    assert!(r.text().contains("name=\"next\" value=\"/rooms\""));

    // Wrong password: the form again, with a message and the name kept.
    let r = h
        .call(form_post(
            "/login",
            &login_cookie,
            &[("csrf", &token), ("username", "ann"), ("password", "nope")],
        ))
        .await;
    assert_eq!(r.status, 401);
    assert!(
        r.text().contains("Wrong user name or password"),
        "{}",
        r.text()
    );
    assert!(r.text().contains("value=\"ann\""));

    // Without the login form's cookie (a forged cross-site form): refused.
    let r = h
        .call(form_post(
            "/login",
            "other=1",
            &[
                ("csrf", &token),
                ("username", "ann"),
                ("password", PASSWORD),
            ],
        ))
        .await;
    assert_eq!(r.status, 403);
    assert!(set_cookie(&r, "lkctl_sid").is_none());

    // A login posted from another site is refused by the Origin check.
    let r = h
        .call(
            post("/login")
                .header("accept", "text/html")
                .header("content-type", "application/x-www-form-urlencoded")
                .header("sec-fetch-site", "cross-site")
                .header("cookie", &login_cookie)
                .body(Body::from(format!(
                    "csrf={token}&username=ann&password=correct+horse+battery+staple"
                )))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 403);
    assert!(r.text().contains("cross-site"), "{}", r.text());

    // Right password: a session, and back to `next` (an outside URL is not followed).
    let r = h
        .call(form_post(
            "/login",
            &login_cookie,
            &[
                ("csrf", &token),
                ("username", "ann"),
                ("password", PASSWORD),
                ("next", "//evil.example/x"),
            ],
        ))
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/"));
    let cookie = set_cookie(&r, "lkctl_sid").unwrap();
    let flash = set_cookie(&r, "lkctl_flash").unwrap();
    let r = h
        .call(page_get("/", Some(&format!("{cookie}; {flash}"))))
        .await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Logged in as ann"), "{}", r.text());
    assert!(r.text().contains(">ann <span class=\"role\">admin</span>"));
    let csrf = csrf_field(&r.text());

    // Log out: the session ends and its cookie is cleared.
    let r = h
        .call(form_post("/logout", &cookie, &[("csrf", &csrf)]))
        .await;
    assert_eq!(r.status, 303, "{}", r.text());
    assert_eq!(r.header("location"), Some("/login"));
    assert_eq!(set_cookie(&r, "lkctl_sid").as_deref(), Some("lkctl_sid="));
    let r = h.call(page_get("/", Some(&cookie))).await;
    assert_eq!(r.status, 303, "the old cookie no longer works");
    h.cleanup().await;
}

async fn forms_need_the_csrf_field(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;
    let b = form_login(&h, "ann").await;

    for fields in [vec![], vec![("csrf", "wrong")]] {
        let mut all = fields.clone();
        all.push(("name", "forged"));
        let r = h.call(form_post("/rooms", &b.cookie, &all)).await;
        assert_eq!(r.status, 403, "{}", r.text());
        assert!(r.header("content-type").unwrap().starts_with("text/html"));
        assert!(r.text().contains("CSRF"), "{}", r.text());
    }
    assert!(
        rooms::get(h.state.livekit(), "forged").await.is_err(),
        "nothing was created"
    );
    let r = b.post(&h, "/rooms", &[("name", "real")]).await;
    assert_eq!(r.status, 303, "{}", r.text());
    h.cleanup().await;
}

async fn admin_pages_and_actions(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;
    let b = form_login(&h, "ann").await;
    let lk = h.state.livekit();

    // Create with options; the answer is the room's page with a flash.
    let page = b
        .post_follow(
            &h,
            "/rooms",
            &[
                ("name", "class 1"),
                ("max_participants", "12"),
                ("empty_timeout", "5m"),
                ("departure_timeout", "20"),
                ("metadata", "{\"topic\":\"maths\"}"),
                ("sync_streams", "on"),
            ],
        )
        .await;
    let html = page.text();
    assert!(html.contains("Created room class 1."), "{html}");
    assert!(html.contains("Room <span class=\"name\">class 1</span>"));
    assert!(html.contains("of 12") && html.contains(">5m<") && html.contains(">20s<"));
    let room = rooms::get(lk, "class 1").await.unwrap();
    assert_eq!(room.max_participants, 12);
    assert_eq!(room.empty_timeout, 300);

    // A bad value goes back to the form with the reason.
    let page = b
        .post_follow(&h, "/rooms", &[("name", "x"), ("max_participants", "many")])
        .await;
    assert!(
        page.text().contains("is not a whole number"),
        "{}",
        page.text()
    );

    // The list and its search.
    rooms::create(
        lk,
        rooms::CreateRoom {
            name: "other".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let r = b.page(&h, "/rooms?q=CLASS").await;
    assert_eq!(r.status, 200);
    assert!(
        r.text().contains("href=\"/rooms/class%201\""),
        "{}",
        r.text()
    );
    assert!(!r.text().contains("href=\"/rooms/other\""));
    assert!(r.text().contains("1 of 2 rooms match"));

    // A participant with two tracks shows on the room page.
    let control = h.emu.control();
    control
        .add_participant(
            "class 1",
            ParticipantSpec::new("stu-1")
                .name("Student One")
                .track(TrackSpec::audio("mic").source("microphone"))
                .track(TrackSpec::video("cam").source("camera")),
        )
        .unwrap();
    let r = b.page(&h, "/rooms/class%201").await;
    let html = r.text();
    assert!(
        html.contains("Student One") && html.contains("stu-1"),
        "{html}"
    );
    assert!(html.contains("1 participant<"), "{html}");
    let p = participants::get(lk, "class 1", "stu-1").await.unwrap();
    let mic = p.tracks.iter().find(|t| t.source == "microphone").unwrap();

    // Mute one track.
    let page = b
        .post_follow(
            &h,
            "/rooms/class%201/participants/stu-1/mute",
            &[("track", &mic.sid), ("muted", "true")],
        )
        .await;
    assert!(
        page.text().contains("Muted microphone track"),
        "{}",
        page.text()
    );
    let p = participants::get(lk, "class 1", "stu-1").await.unwrap();
    assert!(p.tracks.iter().find(|t| t.sid == mic.sid).unwrap().muted);
    assert!(
        !p.tracks
            .iter()
            .find(|t| t.source == "camera")
            .unwrap()
            .muted
    );

    // Metadata.
    let page = b
        .post_follow(
            &h,
            "/rooms/class%201/metadata",
            &[("metadata", "line one\r\nline two")],
        )
        .await;
    assert!(page.text().contains("Updated the metadata"));
    assert_eq!(
        rooms::get(lk, "class 1").await.unwrap().metadata,
        "line one\nline two"
    );

    // A join token for the room, shown once on the page, valid for the room.
    let r = b
        .post(
            &h,
            "/rooms/class%201/token",
            &[("identity", "guest-7"), ("name", "Guest"), ("ttl", "30m")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_strict_markup(&r);
    let html = r.text();
    let at = html.find("id=\"issued-token\"").unwrap();
    let jwt = html[at..]
        .split('>')
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    let info = lkctl_core::token::verify(jwt, &h.state.api_key, &h.state.api_secret).unwrap();
    assert_eq!(info.identity, "guest-7");
    assert_eq!(info.room, "class 1");
    assert_eq!(info.grants["room_join"], true);
    assert!(html.contains("Valid for 30m"));

    // Kick.
    let page = b
        .post_follow(&h, "/rooms/class%201/participants/stu-1/kick", &[])
        .await;
    assert!(page.text().contains("Removed stu-1 from room class 1."));
    assert!(participants::list(lk, "class 1").await.unwrap().is_empty());

    // The token sandbox: mint with grants, then inspect and verify what it made.
    let r = b.page(&h, "/tokens").await;
    assert_eq!(r.status, 200);
    let r = b
        .post(
            &h,
            "/tokens",
            &[
                ("identity", "bot"),
                ("room", "class 1"),
                ("room_join", "on"),
                ("room_admin", "on"),
                ("can_publish", "false"),
                ("src_microphone", "on"),
                ("attributes", "a=1\nb = two"),
                ("kind", "agent"),
                ("ttl", "1h"),
                ("join_url", "https://meet.example.com/custom"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.text());
    let html = r.text();
    assert!(
        html.contains("room_admin") && html.contains("can_publish=false"),
        "{html}"
    );
    assert!(html.contains("https://meet.example.com/custom?liveKitUrl="));
    let at = html.find("id=\"issued-token\"").unwrap();
    let jwt = html[at..]
        .split('>')
        .nth(1)
        .unwrap()
        .split('<')
        .next()
        .unwrap();
    let r = b
        .post(&h, "/tokens/inspect", &[("token", jwt), ("verify", "on")])
        .await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("Valid token"), "{}", r.text());
    assert!(r.text().contains("can_publish_sources=microphone"));
    let r = b
        .post(&h, "/tokens/inspect", &[("token", "not.a.token")])
        .await;
    assert_eq!(r.status, 200);
    assert!(r.text().contains("id=\"token-error\""), "{}", r.text());
    let r = b.post(&h, "/tokens", &[("ttl", "soon")]).await;
    assert!(r.text().contains("e.g. 30m, 6h, 1d"), "{}", r.text());

    // Settings: masked credentials only.
    let r = b.page(&h, "/settings").await;
    let html = r.text();
    assert!(
        !html.contains(h.state.api_secret.expose()),
        "the secret leaks"
    );
    assert!(html.contains(&h.state.api_secret.masked()));
    assert!(html.contains(match db {
        Db::Sqlite => "SQLite",
        Db::Postgres => "PostgreSQL",
    }));

    // The overview counts rooms and participants.
    control
        .add_participant("other", ParticipantSpec::new("x").name("X"))
        .unwrap();
    let r = b.page(&h, "/").await;
    let html = r.text();
    assert!(html.contains("Healthy"), "{html}");
    assert!(html.contains("id=\"room-count\">2<") && html.contains("id=\"participant-count\">1<"));
    assert!(html.contains("No egress is running."));

    // Close: a confirmation page first, then the room is gone.
    let r = b.page(&h, "/rooms/class%201/close").await;
    assert!(r.text().contains("Close room class 1?"));
    let page = b.post_follow(&h, "/rooms/class%201/close", &[]).await;
    assert!(
        page.text().contains("Closed room class 1"),
        "{}",
        page.text()
    );
    assert!(rooms::get(lk, "class 1").await.is_err());
    h.cleanup().await;
}

/// Markup and script in every user-controlled field a page shows.
pub const CORPUS: [&str; 4] = [
    "<script>window.__xss=1</script>",
    "\"><img src=x onerror=\"window.__xss=2\">",
    "'><svg onload=window.__xss=3>",
    "</textarea><b>bold</b>&amp;",
];

async fn hostile_text_is_escaped(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;
    let b = form_login(&h, "ann").await;
    let lk = h.state.livekit();
    let control = h.emu.control();
    for (i, bad) in CORPUS.iter().enumerate() {
        let name = format!("r{i}{bad}");
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
        let mut spec = ParticipantSpec::new(format!("p{i}{bad}"))
            .name(*bad)
            .metadata(*bad)
            .track(TrackSpec::audio(*bad).source("microphone"));
        spec.attributes.insert(bad.to_string(), bad.to_string());
        control.add_participant(&name, spec).unwrap();
    }
    let mut pages = vec!["/".to_string(), "/rooms".to_string()];
    for (i, bad) in CORPUS.iter().enumerate() {
        pages.push(format!("/rooms/{}", encode(&format!("r{i}{bad}"))));
        pages.push(format!("/rooms/{}/close", encode(&format!("r{i}{bad}"))));
    }
    for path in &pages {
        let r = b.page(&h, path).await;
        assert_eq!(r.status, 200, "{path}: {}", r.text());
        let html = r.text();
        for bad in CORPUS {
            assert!(!html.contains(bad), "{path} shows raw {bad}");
        }
        assert!(!html.contains("<b>bold</b>") && !html.contains("<svg") && !html.contains("<img"));
        assert!(
            html.contains("&#60;"),
            "{path} shows the hostile text escaped"
        );
    }
    // The flash message of an action on a hostile room is escaped as well.
    let name = format!("r0{}", CORPUS[0]);
    let page = b
        .post_follow(
            &h,
            &format!("/rooms/{}/metadata", encode(&name)),
            &[("metadata", "x")],
        )
        .await;
    assert!(!page.text().contains(CORPUS[0]));
    assert!(
        page.text()
            .contains("Updated the metadata of room r0&#60;script&#62;")
    );
    h.cleanup().await;
}

fn encode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes())
        .collect::<String>()
        .replace('+', "%20")
}

async fn hosts_see_only_their_rooms(db: Db) {
    let h = Harness::new(db).await;
    h.user("hal", Role::Host).await;
    let lk = h.state.livekit();
    for name in ["mine", "theirs"] {
        rooms::create(
            lk,
            rooms::CreateRoom {
                name: name.into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    }
    policy::set(
        &h.state.store,
        "mine",
        PolicyUpdate {
            hosts: Some(vec!["hal".into()]),
            ..Default::default()
        },
        "test",
    )
    .await
    .unwrap();
    let b = form_login(&h, "hal").await;
    let r = b.page(&h, "/").await;
    let html = r.text();
    assert!(
        html.contains("Your rooms") && html.contains("href=\"/rooms/mine\""),
        "{html}"
    );
    assert!(!html.contains("theirs"));
    assert!(!html.contains("href=\"/settings\""), "no admin navigation");
    let r = b.page(&h, "/rooms/mine").await;
    assert_eq!(r.status, 200);
    for path in ["/rooms/theirs", "/rooms", "/settings", "/tokens"] {
        let r = b.page(&h, path).await;
        assert_eq!(r.status, 403, "{path}");
        assert!(r.text().contains("Not allowed"), "{}", r.text());
    }
    let r = b.post(&h, "/rooms/theirs/close", &[]).await;
    assert_eq!(r.status, 403);
    assert!(rooms::get(lk, "theirs").await.is_ok());
    h.cleanup().await;
}

async fn assets_are_hashed_and_cached(db: Db) {
    let h = Harness::new(db).await;
    let r = h.call(page_get("/login", None)).await;
    let html = r.text();
    for (attr, ext, ct) in [
        ("href=\"/assets/app.", ".css", "text/css"),
        ("src=\"/assets/app.", ".js", "text/javascript"),
    ] {
        let at = html.find(attr).unwrap() + attr.len() - "/assets/app.".len();
        let url = html[at..].split('"').next().unwrap();
        assert!(url.ends_with(ext), "{url}");
        let r = h.call(get(url).body(Body::empty()).unwrap()).await;
        assert_eq!(r.status, 200);
        assert!(r.header("content-type").unwrap().starts_with(ct));
        assert_eq!(
            r.header("cache-control"),
            Some("public, max-age=31536000, immutable")
        );
        assert!(!r.body.is_empty());
    }
    let r = h
        .call(
            get("/assets/app.000000000000.css")
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 404);
    h.cleanup().await;
}

async fn browser_errors_are_pages(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;
    let b = form_login(&h, "ann").await;
    let r = b.page(&h, "/rooms/nope").await;
    assert_eq!(r.status, 404);
    assert!(r.header("content-type").unwrap().starts_with("text/html"));
    assert!(
        r.text().contains("Not found") && r.text().contains("nope"),
        "{}",
        r.text()
    );
    let r = b.page(&h, "/no/such/page").await;
    assert_eq!(r.status, 404);
    assert!(r.text().contains("<h1>Not found</h1>"));
    // The same errors for an API client stay JSON.
    let r = h
        .call(
            get("/rooms/nope")
                .header("cookie", &b.cookie)
                .body(Body::empty())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.error_code(), "not_found");
    h.cleanup().await;
}
