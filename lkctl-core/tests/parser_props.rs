//! Properties of the parsers that take hostile input: tokens, webhook bodies and their
//! signatures, request files and HLS playlists. None may panic on any input, and what can
//! be written can be read back.

#[path = "../../tests/common/corpus.rs"]
mod corpus;

use std::collections::BTreeMap;

use livekit_protocol as proto;
use lkctl_core::Secret;
use lkctl_core::ops::recordings::segment_uris;
use lkctl_core::ops::webhook_receiver::{sign as sign_webhook, verify as verify_webhook};
use lkctl_core::ops::webhooks::{event_digest, parse_webhook};
use lkctl_core::request_file::{self, RequestText};
use lkctl_core::token::{self, TokenRequest};
use proptest::prelude::*;

const KEY: &str = "APIprop";

fn secret() -> Secret {
    Secret::new("a-secret-long-enough-for-hs256-0123456789".to_string())
}

/// Text made mostly of the characters parsers split on, plus anything at all.
fn hostile_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        proptest::collection::vec(
            prop_oneof![
                Just('.'),
                Just('{'),
                Just('}'),
                Just('"'),
                Just(':'),
                Just('/'),
                Just('\n'),
                Just('#'),
                Just('\0'),
                Just('\u{1b}'),
                Just('\u{202e}'),
                any::<char>(),
            ],
            0..64
        )
        .prop_map(|v| v.into_iter().collect()),
    ]
}

/// A three-part token whose parts are base64url of arbitrary JSON-ish bytes.
fn token_like() -> impl Strategy<Value = String> {
    use base64::Engine;
    let b64 = |b: Vec<u8>| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
    (
        prop_oneof![
            Just(br#"{"alg":"HS256","typ":"JWT"}"#.to_vec()),
            Just(br#"{"alg":"none"}"#.to_vec()),
            Just(br#"{"alg":"HS256","crit":["x"]}"#.to_vec()),
            any::<Vec<u8>>(),
        ],
        prop_oneof![
            Just(br#"{"sub":"a","iss":"APIprop","exp":1,"video":{}}"#.to_vec()),
            any::<Vec<u8>>(),
        ],
        any::<Vec<u8>>(),
    )
        .prop_map(move |(h, c, s)| format!("{}.{}.{}", b64(h), b64(c), b64(s)))
}

fn identity() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_.@-][A-Za-z0-9 _.@-]{0,40}[A-Za-z0-9_.@-]"
}

fn plain_name() -> impl Strategy<Value = String> {
    "[A-Za-z0-9_][A-Za-z0-9_.-]{0,30}".prop_filter("not . or ..", |n| n != "." && n != "..")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn token_parsers_never_panic(t in prop_oneof![hostile_text(), token_like()]) {
        let _ = token::inspect(&t);
        let verified = token::verify(&t, KEY, &secret());
        // Nothing hand-made here is signed with the secret.
        prop_assert!(verified.is_err());
    }

    #[test]
    fn tokens_round_trip(identity in identity(), room in identity(), name in hostile_text()) {
        let req = TokenRequest {
            identity: Some(identity.clone()),
            room: Some(room.clone()),
            name: Some(name.chars().take(64).collect()),
            room_join: true,
            ..TokenRequest::default()
        };
        match token::create(KEY, &secret(), &req) {
            Ok(issued) => {
                let info = token::verify(&issued.token, KEY, &secret()).expect("own token verifies");
                prop_assert_eq!(info.claims["sub"].as_str(), Some(identity.as_str()));
                prop_assert_eq!(info.claims["video"]["room"].as_str(), Some(room.as_str()));
                prop_assert!(info.verified);
            }
            // Refused input is refused with a reason, never a panic.
            Err(e) => prop_assert_eq!(e.kind(), lkctl_core::ErrorKind::Invalid),
        }
    }

    #[test]
    fn webhook_parsers_never_panic(body in prop_oneof![
        hostile_text().prop_map(String::into_bytes),
        any::<Vec<u8>>(),
    ], auth in prop_oneof![hostile_text(), token_like()]) {
        let _ = parse_webhook(&body);
        prop_assert!(verify_webhook(Some(&auth), &body, KEY, &secret()).is_err());
        prop_assert!(verify_webhook(None, &body, KEY, &secret()).is_err());
    }

    #[test]
    fn webhook_signatures_round_trip(body in any::<Vec<u8>>(), flip in any::<usize>()) {
        let auth = sign_webhook(&body, KEY, &secret()).expect("sign");
        prop_assert!(verify_webhook(Some(&auth), &body, KEY, &secret()).is_ok());
        let bearer = format!("Bearer {auth}");
        prop_assert!(verify_webhook(Some(&bearer), &body, KEY, &secret()).is_ok());
        let mut changed = body.clone();
        if changed.is_empty() {
            changed.push(b' ');
        } else {
            let i = flip % changed.len();
            changed[i] ^= 0x01;
        }
        prop_assert!(verify_webhook(Some(&auth), &changed, KEY, &secret()).is_err());
        prop_assert!(verify_webhook(Some(&auth), &body, "another-key", &secret()).is_err());
    }

    #[test]
    fn webhook_events_round_trip(
        id in "EV_[A-Za-z0-9]{1,20}",
        event in prop_oneof![Just("participant_joined"), Just("room_finished"), Just("egress_ended")],
        room in hostile_text(),
        identity in hostile_text(),
        created_at in 0i64..4_000_000_000,
    ) {
        let ev = proto::WebhookEvent {
            id: id.clone(),
            event: event.to_string(),
            room: Some(proto::Room { name: room, ..Default::default() }),
            participant: Some(proto::ParticipantInfo { identity, ..Default::default() }),
            created_at,
            ..Default::default()
        };
        let body = serde_json::to_vec(&ev).expect("serialises");
        let back = parse_webhook(&body).expect("parses back");
        prop_assert_eq!(&back, &ev);
        prop_assert_eq!(event_digest(&back), event_digest(&ev));
        let mut changed = ev.clone();
        changed.created_at += 1;
        prop_assert_ne!(event_digest(&changed), event_digest(&ev));
    }

    #[test]
    fn request_files_never_panic(text in hostile_text()) {
        let parsed = RequestText::new("prop", text).parse::<proto::CreateRoomRequest>();
        if let Err(e) = parsed {
            prop_assert_eq!(e.kind(), lkctl_core::ErrorKind::Invalid);
        }
    }

    #[test]
    fn request_files_round_trip(name in identity(), metadata in hostile_text(), max in 0u32..1000) {
        let req = proto::CreateRoomRequest {
            name,
            metadata,
            max_participants: max,
            ..Default::default()
        };
        let json = serde_json::to_value(&req).expect("serialises");
        let back: proto::CreateRoomRequest =
            request_file::from_value("prop", json).expect("reads back");
        prop_assert_eq!(back, req);
    }

    #[test]
    fn playlists_never_panic_and_keep_only_plain_names(text in hostile_text()) {
        if let Ok(names) = segment_uris(&text) {
            for n in names {
                prop_assert!(!n.is_empty() && n != "." && n != "..");
                prop_assert!(!n.contains(['/', '\\', ':']));
                prop_assert!(!n.chars().any(char::is_control));
            }
        }
    }

    #[test]
    fn playlists_round_trip(names in proptest::collection::vec(plain_name(), 0..20)) {
        let mut text = String::from("#EXTM3U\n#EXT-X-TARGETDURATION:4\n");
        for n in &names {
            text.push_str("#EXTINF:4.0,\n");
            text.push_str(n);
            text.push('\n');
        }
        text.push_str("#EXT-X-ENDLIST\n");
        prop_assert_eq!(segment_uris(&text).expect("plain names parse"), names);
    }

    #[test]
    fn attributes_past_livekit_limit_are_refused(extra in 1usize..100) {
        let big = "x".repeat(64 * 1024 + extra);
        let req = TokenRequest {
            identity: Some("a".into()),
            room: Some("r".into()),
            room_join: true,
            attributes: BTreeMap::from([("k".to_string(), big)]),
            ..TokenRequest::default()
        };
        prop_assert!(token::create(KEY, &secret(), &req).is_err());
    }
}

#[test]
fn hostile_playlist_entries_are_refused() {
    for entry in corpus::corpus("playlist_entries.txt") {
        let playlist = format!("#EXTM3U\n#EXTINF:4.0,\nok_00000.ts\n#EXTINF:4.0,\n{entry}\n");
        let err = segment_uris(&playlist).expect_err(&entry);
        assert_eq!(
            err.kind(),
            lkctl_core::ErrorKind::Invalid,
            "{entry:?}: {err}"
        );
    }
}

#[test]
fn hostile_authorization_values_never_verify() {
    let body = br#"{"event":"room_started","id":"EV_1"}"#;
    for auth in corpus::corpus("auth_values.txt") {
        let err = verify_webhook(Some(&auth), body, "testkey", &secret()).expect_err(&auth);
        assert_eq!(err.kind(), lkctl_core::ErrorKind::Denied, "{auth:?}: {err}");
    }
}
