//! Token verification edge cases (issue 15): a token without `exp`, the exact leeway
//! boundaries of `exp` and `nbf`, empty and missing signatures, a key id that is not the
//! configured key, and algorithms LiveKit does not accept. Time is an input (`verify_at`),
//! never the wall clock.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use lkctl_core::token::{self, SERVER_LEEWAY_SECS};
use lkctl_core::{ErrorKind, Secret};
use serde_json::{Value, json};

const KEY: &str = "APIedgekey";
const SECRET: &str = "edge-secret-edge-secret-edge-secret-01";
/// A fixed "now": nothing here reads the clock.
const NOW: i64 = 1_900_000_000;

fn secret() -> Secret {
    Secret::new(SECRET)
}

fn signed_with(alg: Algorithm, claims: &Value, secret: &str) -> String {
    jsonwebtoken::encode(
        &Header::new(alg),
        claims,
        &EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("encode")
}

fn signed(claims: Value) -> String {
    signed_with(Algorithm::HS256, &claims, SECRET)
}

fn claims(extra: Value) -> Value {
    let mut base = json!({
        "iss": KEY, "sub": "alice", "nbf": NOW - 10, "exp": NOW + 3600,
        "video": {"roomJoin": true, "room": "r1"},
    });
    for (k, v) in extra.as_object().expect("object") {
        if v.is_null() {
            base.as_object_mut().expect("object").remove(k);
        } else {
            base[k] = v.clone();
        }
    }
    base
}

fn refused(token: &str, now: i64) -> String {
    let err = token::verify_at(token, KEY, &secret(), now).expect_err("must be refused");
    assert_eq!(err.kind(), ErrorKind::Denied, "{err}");
    err.to_string()
}

#[test]
fn a_token_without_exp_is_never_called_valid() {
    let t = signed(claims(json!({"exp": null})));
    let msg = refused(&t, NOW);
    assert!(msg.contains("no `exp`"), "the refusal says why: {msg}");
    // Decoding without a secret does not call it valid or unexpired either.
    let info = token::inspect(&t).expect("inspect");
    assert!(!info.verified);
    assert!(
        info.expired,
        "LiveKit refuses it, so it does not count as current"
    );
    assert_eq!(info.expires_at, None);
    assert!(info.expires_in.contains("no exp"), "{}", info.expires_in);
    // A non-numeric exp is no exp at all.
    let t = signed(claims(json!({"exp": "tomorrow"})));
    assert!(token::verify_at(&t, KEY, &secret(), NOW).is_err());
}

#[test]
fn expiry_leeway_is_exactly_sixty_seconds() {
    assert_eq!(SERVER_LEEWAY_SECS, 60);
    let t = signed(claims(json!({"exp": NOW})));
    assert!(token::verify_at(&t, KEY, &secret(), NOW).is_ok());
    assert!(
        token::verify_at(&t, KEY, &secret(), NOW + 60).is_ok(),
        "last second of leeway"
    );
    let msg = refused(&t, NOW + 61);
    assert!(msg.contains("expired"), "{msg}");
    let info = token::verify_at(&t, KEY, &secret(), NOW + 30).expect("within leeway");
    assert!(info.verified);
    assert!(info.expired, "past exp, even if the server still takes it");
    let info = token::verify_at(&t, KEY, &secret(), NOW - 1).expect("valid");
    assert!(!info.expired);
}

#[test]
fn not_before_in_the_future_is_refused_beyond_the_leeway() {
    let t = signed(claims(json!({"nbf": NOW + 3600})));
    let msg = refused(&t, NOW);
    assert!(msg.contains("not valid before"), "{msg}");
    let t = signed(claims(json!({"nbf": NOW + 60})));
    assert!(
        token::verify_at(&t, KEY, &secret(), NOW).is_ok(),
        "edge of leeway"
    );
    let t = signed(claims(json!({"nbf": NOW + 61})));
    assert!(refused(&t, NOW).contains("not valid before"));
    // No nbf at all is fine (LiveKit does not require it).
    let t = signed(claims(json!({"nbf": null})));
    assert!(token::verify_at(&t, KEY, &secret(), NOW).is_ok());
}

#[test]
fn empty_or_missing_signatures_are_refused() {
    let good = signed(claims(json!({})));
    let (unsigned, _sig) = good.rsplit_once('.').expect("three parts");
    let msg = refused(&format!("{unsigned}."), NOW);
    assert!(
        msg.contains("signature") || msg.contains("invalid"),
        "{msg}"
    );
    let err = token::verify_at(unsigned, KEY, &secret(), NOW).expect_err("two parts");
    assert_eq!(err.kind(), ErrorKind::Invalid, "{err}");
    // A signature of the right shape but for other content.
    let other = signed(claims(json!({"sub": "mallory"})));
    let foreign_sig = other.rsplit_once('.').expect("parts").1;
    assert!(refused(&format!("{unsigned}.{foreign_sig}"), NOW).contains("signature"));
    // The right signature survives the round trip (the checks above are not vacuous).
    assert!(token::verify_at(&good, KEY, &secret(), NOW).is_ok());
}

#[test]
fn a_key_id_other_than_the_configured_key_is_refused() {
    // Signed with our secret but naming another key: LiveKit looks the secret up by `iss`.
    let t = signed(claims(json!({"iss": "APIotherkey"})));
    let msg = refused(&t, NOW);
    assert!(msg.contains("APIotherkey") && msg.contains(KEY), "{msg}");
    // No `iss` at all.
    let t = signed(claims(json!({"iss": null})));
    assert!(refused(&t, NOW).contains("API key"));
    // A prefix of the key is another key.
    let t = signed(claims(json!({"iss": &KEY[..KEY.len() - 1]})));
    refused(&t, NOW);
}

#[test]
fn only_hs256_is_accepted() {
    for alg in [Algorithm::HS384, Algorithm::HS512] {
        let t = signed_with(alg, &claims(json!({})), SECRET);
        let msg = refused(&t, NOW);
        assert!(msg.contains("HS256"), "{alg:?}: {msg}");
    }
    // alg "none" with an empty signature.
    let header = URL_SAFE_NO_PAD.encode(br#"{"alg":"none","typ":"JWT"}"#);
    let payload = URL_SAFE_NO_PAD.encode(claims(json!({})).to_string());
    assert!(refused(&format!("{header}.{payload}."), NOW).contains("HS256"));
}

#[test]
fn identity_falls_back_to_jti() {
    let t = signed(claims(json!({"sub": null, "jti": "old-go-sdk"})));
    let info = token::verify_at(&t, KEY, &secret(), NOW).expect("valid");
    assert_eq!(info.identity, "old-go-sdk");
    let t = signed(claims(json!({"jti": "ignored"})));
    assert_eq!(
        token::verify_at(&t, KEY, &secret(), NOW)
            .expect("valid")
            .identity,
        "alice"
    );
}

#[test]
fn every_grant_asked_for_is_in_the_token_and_nothing_else() {
    use std::time::{Duration, UNIX_EPOCH};
    let at = UNIX_EPOCH + Duration::from_secs(NOW as u64);
    let all = token::TokenRequest {
        identity: Some("svc".into()),
        room: Some("r1".into()),
        room_join: true,
        room_create: true,
        room_list: true,
        room_admin: true,
        room_record: true,
        ingress_admin: true,
        hidden: true,
        agent: true,
        sip_admin: true,
        sip_call: true,
        can_update_own_metadata: Some(true),
        valid_for: Some(Duration::from_secs(600)),
        not_before: Some(at),
        ..Default::default()
    };
    let claims = token::claims_for(KEY, &all, at).expect("claims");
    let t = token::sign(&claims, &secret()).expect("sign");
    let info = token::verify_at(&t, KEY, &secret(), NOW).expect("valid");
    let video = &info.claims["video"];
    for key in [
        "roomJoin",
        "roomCreate",
        "roomList",
        "roomAdmin",
        "roomRecord",
        "ingressAdmin",
        "hidden",
        "agent",
        "canUpdateOwnMetadata",
    ] {
        assert_eq!(video[key], true, "{key} missing from {video}");
    }
    assert_eq!(video["room"], "r1");
    assert_eq!(info.claims["sip"], json!({"admin": true, "call": true}));
    assert_eq!(info.claims["nbf"], NOW);
    assert_eq!(info.claims["exp"], NOW + 600);

    // And a plain join token carries none of the admin grants.
    let join = token::TokenRequest {
        identity: Some("guest".into()),
        room: Some("r1".into()),
        room_join: true,
        ..Default::default()
    };
    let claims = token::claims_for(KEY, &join, at).expect("claims");
    let t = token::sign(&claims, &secret()).expect("sign");
    let info = token::verify_at(&t, KEY, &secret(), NOW).expect("valid");
    let video = &info.claims["video"];
    for key in [
        "roomCreate",
        "roomList",
        "roomAdmin",
        "roomRecord",
        "ingressAdmin",
    ] {
        assert_ne!(
            video[key], true,
            "{key} granted without being asked for: {video}"
        );
    }
    assert_ne!(info.claims["sip"]["admin"], true);
}

/// Lobby guests get short-lived tokens: the TTL asked for, not the 6 h default; a webinar
/// guest who may not publish media may still send data (chat), and may subscribe.
#[test]
fn join_tokens_carry_their_ttl_and_grants() {
    use std::time::Duration;
    for can_publish in [true, false] {
        use lkctl_core::token::TokenIssuer;
        let issuer = token::CredentialsIssuer::new(KEY, secret());
        let t = issuer
            .join_token(&token::JoinTokenRequest {
                identity: "guest-1".into(),
                name: "Guest".into(),
                room: "r1".into(),
                ttl: Duration::from_secs(300),
                can_publish,
                can_subscribe: true,
                can_publish_data: true,
            })
            .expect("join token");
        let info = token::inspect(&t).expect("decode");
        let (nbf, exp) = (
            info.claims["nbf"].as_i64().expect("nbf"),
            info.claims["exp"].as_i64().expect("exp"),
        );
        assert_eq!(exp - nbf, 300, "the TTL asked for");
        let video = &info.claims["video"];
        assert_eq!(video["roomJoin"], true);
        assert_eq!(video["room"], "r1");
        assert_eq!(video["canPublish"], can_publish);
        assert_eq!(
            video["canPublishData"], true,
            "a webinar guest still sends data"
        );
        assert_eq!(video["canSubscribe"], true);
        assert_eq!(info.identity, "guest-1");
        assert_eq!(info.name, "Guest");
        assert!(token::verify_at(&t, KEY, &secret(), nbf).is_ok());
    }
}
