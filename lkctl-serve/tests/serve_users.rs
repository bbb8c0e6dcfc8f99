//! Users, browser sessions, API tokens, login rate limits and CSRF over the HTTP API, on
//! SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use std::time::Duration;

use lkctl_core::Error;
use lkctl_core::ops::users::{self, Role};
use lkctl_core::store::Backend;
use serve_support::*;

both!(
    login_sessions_and_logout,
    unknown_user_and_wrong_password_look_the_same,
    sessions_rotate_and_expire,
    https_cookies_are_host_prefixed_and_secure,
    login_is_rate_limited,
    api_tokens,
    csrf_refusals,
);

fn me(cookie: Option<&str>, bearer: Option<&str>) -> axum::http::Request<axum::body::Body> {
    let mut b = get("/api/v1/auth/me");
    if let Some(c) = cookie {
        b = b.header("cookie", c);
    }
    if let Some(t) = bearer {
        b = b.header("authorization", format!("Bearer {t}"));
    }
    b.body(Default::default()).unwrap()
}

fn logout(cookie: &str, csrf: Option<&str>) -> axum::http::Request<axum::body::Body> {
    let mut b = post("/api/v1/auth/logout")
        .header("cookie", cookie)
        .header("sec-fetch-site", "same-origin");
    if let Some(t) = csrf {
        b = b.header("x-csrf-token", t);
    }
    b.body(Default::default()).unwrap()
}

async fn login_sessions_and_logout(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;

    let r = h.call(login_request("ann", PASSWORD)).await;
    assert_eq!(r.status, 200, "{}", r.text());
    let set_cookie = r.header("set-cookie").unwrap().to_string();
    assert!(set_cookie.starts_with("lkctl_sid="), "{set_cookie}");
    for attr in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(set_cookie.contains(attr), "{set_cookie}");
    }
    assert!(!set_cookie.contains("Secure"), "plain http: {set_cookie}");
    let body = r.json();
    assert_eq!(body["user"]["username"], "ann");
    assert_eq!(body["role"], "admin");
    assert!(body["user"].get("password_hash").is_none());
    let cookie = r.session_cookie().unwrap();
    let csrf = body["csrf_token"].as_str().unwrap().to_string();

    // Only a hash of the cookie value is stored.
    let secret = cookie.split_once('=').unwrap().1.to_string();
    let stored: Vec<String> = match h.state.store.backend() {
        Backend::Sqlite(p) => sqlx::query_scalar("SELECT token_hash FROM login_sessions")
            .fetch_all(p)
            .await
            .unwrap(),
        Backend::Postgres(p) => sqlx::query_scalar("SELECT token_hash FROM login_sessions")
            .fetch_all(p)
            .await
            .unwrap(),
    };
    assert_eq!(stored, vec![users::secret_hash(&secret)]);

    let r = h.call(me(Some(&cookie), None)).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["user"]["username"], "ann");
    assert_eq!(r.json()["csrf_token"], csrf.as_str());

    let r = h.call(me(None, None)).await;
    assert_eq!(r.status, 401);
    assert_eq!(r.error_code(), "unauthenticated");

    let r = h.call(logout(&cookie, Some(&csrf))).await;
    assert_eq!(r.status, 204, "{}", r.text());
    assert!(r.header("set-cookie").unwrap().contains("Max-Age=0"));
    let r = h.call(me(Some(&cookie), None)).await;
    assert_eq!(r.status, 401, "the session is gone after logout");
    h.cleanup().await;
}

async fn unknown_user_and_wrong_password_look_the_same(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Host).await;
    let wrong = h
        .call(login_request("ann", "not the password at all"))
        .await;
    let unknown = h
        .call(login_request("bob", "not the password at all"))
        .await;
    assert_eq!(wrong.status, 401);
    assert_eq!(unknown.status, 401);
    assert_eq!(wrong.body, unknown.body);
    assert!(wrong.header("set-cookie").is_none());

    // A disabled user gets the same answer even with the right password.
    match h.state.store.backend() {
        Backend::Sqlite(p) => {
            sqlx::query("UPDATE users SET disabled = TRUE")
                .execute(p)
                .await
                .unwrap();
        }
        Backend::Postgres(p) => {
            sqlx::query("UPDATE users SET disabled = TRUE")
                .execute(p)
                .await
                .unwrap();
        }
    }
    let disabled = h.call(login_request("ann", PASSWORD)).await;
    assert_eq!(disabled.status, 401);
    assert_eq!(disabled.body, unknown.body);
    h.cleanup().await;
}

async fn sessions_rotate_and_expire(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Host).await;
    let (first, _) = login(&h, "ann").await;

    // Logging in again from the same browser replaces the session id.
    let r = h
        .call(
            post("/api/v1/auth/login")
                .header("content-type", "application/json")
                .header("cookie", &first)
                .body(json_body(
                    serde_json::json!({"username": "ann", "password": PASSWORD}),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 200);
    let second = r.session_cookie().unwrap();
    assert_ne!(first, second);
    assert_eq!(h.call(me(Some(&first), None)).await.status, 401);
    assert_eq!(h.call(me(Some(&second), None)).await.status, 200);

    // Idle expiry: the last request was longer ago than the idle limit.
    let idle_ago = lkctl_core::store::Timestamp::now()
        .minus(h.state.options.sessions.idle + Duration::from_secs(1));
    exec(&h, "UPDATE login_sessions SET last_seen_at = $1", idle_ago).await;
    assert_eq!(h.call(me(Some(&second), None)).await.status, 401);

    // Absolute expiry, however recent the activity.
    let (third, _) = login(&h, "ann").await;
    let past = lkctl_core::store::Timestamp::now().minus(Duration::from_secs(1));
    exec(&h, "UPDATE login_sessions SET expires_at = $1", past).await;
    assert_eq!(h.call(me(Some(&third), None)).await.status, 401);

    // A new password ends every session.
    let (fourth, _) = login(&h, "ann").await;
    users::set_password(&h.state.store, "ann", "another long password", "test")
        .await
        .unwrap();
    assert_eq!(h.call(me(Some(&fourth), None)).await.status, 401);
    h.cleanup().await;
}

async fn exec(h: &Harness, sql: &'static str, t: lkctl_core::store::Timestamp) {
    match h.state.store.backend() {
        Backend::Sqlite(p) => {
            sqlx::query(sql).bind(t).execute(p).await.unwrap();
        }
        Backend::Postgres(p) => {
            sqlx::query(sql).bind(t).execute(p).await.unwrap();
        }
    }
}

async fn https_cookies_are_host_prefixed_and_secure(db: Db) {
    let options = default_options()
        .with_public_url("https://lk.example.com")
        .unwrap();
    let h = Harness::with_options(db, options).await;
    h.user("ann", Role::Host).await;
    let r = h.call(login_request("ann", PASSWORD)).await;
    assert_eq!(r.status, 200);
    let c = r.header("set-cookie").unwrap();
    assert!(c.starts_with("__Host-lkctl_sid="), "{c}");
    assert!(c.contains("; Secure"), "{c}");
    assert!(!c.contains("Domain"), "{c}");
    let cookie = r.session_cookie().unwrap();
    assert_eq!(h.call(me(Some(&cookie), None)).await.status, 200);
    h.cleanup().await;
}

async fn login_is_rate_limited(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Host).await;
    // Per user name: the 11th attempt in the window is refused, even with the right password.
    for _ in 0..users::LOGIN_ATTEMPTS_PER_USER {
        let r = h.call(login_request("ann", "wrong password here")).await;
        assert_eq!(r.status, 401);
    }
    let r = h.call(login_request("ann", PASSWORD)).await;
    assert_eq!(r.status, 429, "{}", r.text());
    assert_eq!(r.error_code(), "rate_limited");
    let retry: u64 = r.header("retry-after").unwrap().parse().unwrap();
    assert!(retry >= 1 && retry <= users::LOGIN_WINDOW.as_secs());

    // Per address: other user names from the same address run out too.
    let used = users::LOGIN_ATTEMPTS_PER_USER + 1;
    for i in used..users::LOGIN_ATTEMPTS_PER_ADDR {
        let r = h
            .call(login_request(&format!("nobody{i}"), "wrong password here"))
            .await;
        assert_eq!(r.status, 401, "attempt {i}");
    }
    let r = h.call(login_request("someone-else", "whatever")).await;
    assert_eq!(r.status, 429);
    assert!(r.header("retry-after").is_some());
    h.cleanup().await;
}

async fn api_tokens(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;
    h.user("hal", Role::Host).await;
    let store = &h.state.store;

    let admin = users::create_token(store, "ann", "ci", None, None, "test")
        .await
        .unwrap();
    assert!(admin.secret.starts_with("lkt_"));
    let r = h.call(me(None, Some(&admin.secret))).await;
    assert_eq!(r.status, 200, "{}", r.text());
    assert_eq!(r.json()["role"], "admin");
    assert!(r.json().get("csrf_token").is_none());
    let listed = users::list_tokens(store, Some("ann")).await.unwrap();
    assert!(listed[0].last_used_at.is_some(), "use is recorded");
    let listed_json = serde_json::to_string(&listed).unwrap();
    assert!(
        !listed_json.contains(&admin.secret),
        "secrets are never listed"
    );

    // A lower role than the owner's is kept; a higher one is refused.
    let low = users::create_token(store, "ann", "read", Some(Role::Host), None, "test")
        .await
        .unwrap();
    assert_eq!(
        h.call(me(None, Some(&low.secret))).await.json()["role"],
        "host"
    );
    let err = users::create_token(store, "hal", "up", Some(Role::Admin), None, "test")
        .await
        .unwrap_err();
    assert!(matches!(err, Error::PermissionDenied(_)), "{err}");

    // Demoting the owner caps the token at use.
    users::set_role(store, "ann", Role::Host, "test")
        .await
        .unwrap_err(); // ann is the last admin
    h.user("root", Role::Admin).await;
    users::set_role(store, "ann", Role::Host, "test")
        .await
        .unwrap();
    assert_eq!(
        h.call(me(None, Some(&admin.secret))).await.json()["role"],
        "host"
    );

    // Revoked, malformed and unknown tokens are 401, not anonymous.
    users::revoke_token(store, &admin.token.id, "test")
        .await
        .unwrap();
    for bad in [admin.secret.as_str(), "lkt_unknown", "garbage"] {
        let r = h.call(me(None, Some(bad))).await;
        assert_eq!(r.status, 401, "{bad}");
    }
    let r = h
        .call(
            get("/api/v1/auth/me")
                .header("authorization", "Basic Zm9vOmJhcg==")
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(
        r.status, 401,
        "a non-bearer Authorization header is refused"
    );
    // Public routes ignore credentials, good or bad.
    let r = h
        .call(
            get("/healthz")
                .header("authorization", "Bearer lkt_revoked_or_not")
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 200);

    // Expired tokens stop working.
    let short = users::create_token(store, "hal", "x", None, Some(Duration::from_secs(60)), "t")
        .await
        .unwrap();
    let past = lkctl_core::store::Timestamp::now().minus(Duration::from_secs(1));
    exec(&h, "UPDATE api_tokens SET expires_at = $1", past).await;
    assert_eq!(h.call(me(None, Some(&short.secret))).await.status, 401);
    h.cleanup().await;
}

async fn csrf_refusals(db: Db) {
    let h = Harness::new(db).await;
    h.user("ann", Role::Admin).await;
    let (cookie, csrf) = login(&h, "ann").await;

    // Cookie-authenticated state change without the token, or with a wrong one: 403.
    let r = h.call(logout(&cookie, None)).await;
    assert_eq!(r.status, 403, "{}", r.text());
    let r = h.call(logout(&cookie, Some("wrong"))).await;
    assert_eq!(r.status, 403);
    assert_eq!(
        h.call(me(Some(&cookie), None)).await.status,
        200,
        "still logged in"
    );

    // A cross-site request is refused even with the right token.
    let r = h
        .call(
            post("/api/v1/auth/logout")
                .header("cookie", &cookie)
                .header("x-csrf-token", &csrf)
                .header("sec-fetch-site", "cross-site")
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 403);
    let r = h
        .call(
            post("/api/v1/auth/logout")
                .header("cookie", &cookie)
                .header("x-csrf-token", &csrf)
                .header("origin", "https://evil.example")
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 403);

    // Login CSRF: a foreign origin cannot log a browser in.
    let r = h
        .call(
            post("/api/v1/auth/login")
                .header("content-type", "application/json")
                .header("origin", "https://evil.example")
                .body(json_body(
                    serde_json::json!({"username": "ann", "password": PASSWORD}),
                ))
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 403);

    // Same origin with the token works.
    let origin = h.state.options.origin();
    let r = h
        .call(
            post("/api/v1/auth/logout")
                .header("cookie", &cookie)
                .header("x-csrf-token", &csrf)
                .header("origin", origin)
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text());

    // Bearer tokens are exempt: browsers never attach them on their own.
    let t = users::create_token(&h.state.store, "ann", "ci", None, None, "t")
        .await
        .unwrap();
    let r = h
        .call(
            post("/api/v1/auth/logout")
                .header("authorization", format!("Bearer {}", t.secret))
                .header("origin", "https://elsewhere.example")
                .body(Default::default())
                .unwrap(),
        )
        .await;
    assert_eq!(r.status, 204, "{}", r.text());
    h.cleanup().await;
}
