//! A guest's LiveKit token after the first: an admitted guest renews it through its guest
//! session (`POST /api/v1/guest/token`) for the guest token lifetime, never past the
//! session's end; a kick, a ban, leaving or the session's expiry refuse it; and a kicked
//! guest cannot claim its entry again. Time moves on the handle's `ManualClock`, never by
//! waiting. On SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use std::time::Duration;

use base64::Engine;
use lkctl_core::ManualClock;
use lkctl_core::ops::lobby::GUEST_TOKEN_TTL;
use lkctl_core::ops::users::Role;
use reqwest::Method;
use serde_json::Value;
use serve_support::guest::*;
use serve_support::*;

both!(guests_renew_their_token_until_their_session_ends);

/// The claims of a JWT (unverified: the issuer is tested elsewhere).
fn claims(jwt: &str) -> Value {
    let payload = jwt.split('.').nth(1).expect("a JWT");
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
        .decode(payload)
        .expect("base64url");
    serde_json::from_slice(&bytes).expect("JSON claims")
}

fn at(t: lkctl_core::store::Timestamp) -> Value {
    serde_json::to_value(t).unwrap()
}

/// Wait in the lobby as guest `n`, be approved by `hal` and collect the session.
async fn approved(
    s: &Served,
    hal: &str,
    code: &str,
    name: &str,
    n: u32,
) -> (String, String, Value) {
    let (entry, claim) = s.wait_in_lobby(code, name, n).await;
    s.approve(hal, "class", &entry).await;
    let (status, body) = s.claim_session(code, &entry, &claim).await;
    assert_eq!(status, 200, "{body}");
    (entry, claim, body)
}

async fn renew(s: &Served, secret: &str) -> (u16, Value) {
    send(s.as_guest(Method::POST, "/api/v1/guest/token", secret)).await
}

async fn guests_renew_their_token_until_their_session_ends(db: Db) {
    let clock = ManualClock::starting_now();
    let s = Served::start_with_clock(db, default_options(), clock.clone()).await;
    let hal = s.host("hal", Role::Host).await;
    let code = s.lobby_room("class", &["hal"]).await;

    // Gus is let in; nine minutes later, with a minute left on his token, he renews it.
    let (_, _, body) = approved(&s, &hal, &code, "Gus", 1).await;
    let gus = Admitted::from_grant(&body);
    let session_end = body["guest_session"]["expires_at"].clone();
    clock.advance(Duration::from_secs(9 * 60));
    let (status, fresh) = renew(&s, &gus.secret).await;
    assert_eq!(status, 200, "{fresh}");
    assert_eq!(fresh["identity"], gus.identity.as_str());
    assert_eq!(fresh["room"], "class");
    assert!(fresh["livekit_url"].as_str().unwrap().starts_with("ws://"));
    assert_eq!(
        fresh["token_expires_at"],
        at(lkctl_core::Clock::now(&clock).plus(GUEST_TOKEN_TTL)),
        "a full guest token lifetime from now"
    );
    // The JWT's own times come from the wall clock (LiveKit checks them); its lifetime is
    // the guest token's.
    let c = claims(fresh["token"].as_str().unwrap());
    assert_eq!(c["sub"], gus.identity.as_str());
    assert_eq!(c["video"]["room"], "class");
    assert_eq!(c["video"]["roomJoin"], true);
    let lifetime = |c: &Value| c["exp"].as_i64().unwrap() - c["nbf"].as_i64().unwrap();
    assert_eq!(lifetime(&c), GUEST_TOKEN_TTL.as_secs() as i64);
    // After the first token ran out, the session still renews it.
    clock.advance(Duration::from_secs(20 * 60));
    let (status, body) = renew(&s, &gus.secret).await;
    assert_eq!(status, 200, "{body}");
    // A page holding the cookie renews with the CSRF token, and not without it.
    let cookie = format!("lkctl_guest={}", gus.secret);
    let url = s.url("/api/v1/guest/token");
    let (status, body) = send(s.http.post(&url).header("cookie", &cookie)).await;
    assert_eq!(status, 403, "a cookie without the CSRF token: {body}");
    let (status, body) = send(
        s.http
            .post(&url)
            .header("cookie", &cookie)
            .header("x-csrf-token", &gus.csrf),
    )
    .await;
    assert_eq!(status, 200, "{body}");

    // Kicked: no renewal, and the entry cannot be claimed again.
    let (entry, claim, body) = approved(&s, &hal, &code, "Kim", 2).await;
    let kim = Admitted::from_grant(&body);
    let (status, body) = s
        .host_post(
            &hal,
            &format!("/api/v1/rooms/class/guests/{}/kick", kim.identity),
            None,
        )
        .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["sessions_ended"], 1);
    let (status, body) = renew(&s, &kim.secret).await;
    assert_eq!(status, 401, "the kicked guest's session is over: {body}");
    let (status, body) = s.claim_session(&code, &entry, &claim).await;
    assert_eq!(status, 409, "a second claim after a kick: {body}");
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest", &kim.secret)).await;
    assert_eq!(status, 401);

    // Banned: the session ends at its next use, renewal included.
    let (_, _, body) = approved(&s, &hal, &code, "Bea", 3).await;
    let bea = Admitted::from_grant(&body);
    ban_fingerprint(&s.state.bans, "class", 3, "hal").await;
    let (status, body) = renew(&s, &bea.secret).await;
    assert_eq!(status, 401, "{body}");

    // Left: the session is over.
    let (_, _, body) = approved(&s, &hal, &code, "Lea", 4).await;
    let lea = Admitted::from_grant(&body);
    let (status, _) = send(s.as_guest(Method::DELETE, "/api/v1/guest", &lea.secret)).await;
    assert_eq!(status, 204);
    let (status, body) = renew(&s, &lea.secret).await;
    assert_eq!(status, 401, "{body}");

    // Near the session's end the token ends with it; after it, nothing.
    let end: lkctl_core::store::Timestamp = serde_json::from_value(session_end.clone()).unwrap();
    clock.set(end.minus(Duration::from_secs(5 * 60)));
    let (status, body) = renew(&s, &gus.secret).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(
        body["token_expires_at"], session_end,
        "capped at the session's end"
    );
    clock.set(end.plus(Duration::from_secs(1)));
    let (status, body) = renew(&s, &gus.secret).await;
    assert_eq!(status, 401, "the session expired: {body}");
    s.stop().await;
}
