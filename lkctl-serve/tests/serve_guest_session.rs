//! What an admitted guest's session allows, and how it ends: chat, shared files (presigned
//! S3 URLs with size and type limits), hands in a webinar room granted by the host through
//! grant-publish, CSRF on the guest cookie, and the session ending at once on a kick, a ban
//! or LiveKit removing the participant; the host's room stream seeing all of it, including
//! participant joins and leaves from LiveKit's webhooks. On SQLite and PostgreSQL.

#[macro_use]
mod serve_support;

use lkctl_core::Secret;
use lkctl_core::ops::files::{self, NewSharedFile, S3Config};
use lkctl_core::ops::participants;
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::rooms::{self, CreateRoom};
use lkctl_core::ops::users::Role;
use lkctl_emulator::ParticipantSpec;
use reqwest::Method;
use serde_json::{Value, json};
use serve_support::guest::*;
use serve_support::sse::{SseEvent, SseStream};
use serve_support::*;

both!(guest_session_powers_and_its_end);

/// Read the host stream until an event matches.
async fn until(
    host: &mut SseStream,
    what: &str,
    pred: impl Fn(&SseEvent, &Value) -> bool,
) -> Value {
    loop {
        let ev = host
            .next_event()
            .await
            .unwrap_or_else(|| panic!("host stream ended before {what}"));
        let data = ev.json();
        if pred(&ev, &data) {
            return data;
        }
    }
}

fn is(ev: &SseEvent, data: &Value, name: &str, kind: &str, identity: &str) -> bool {
    ev.event == name && data["kind"] == kind && data["identity"] == identity
}

async fn guest_session_powers_and_its_end(db: Db) {
    let mut options = default_options();
    options.shared_files = Some(S3Config {
        endpoint: Some("http://127.0.0.1:9".into()),
        region: "us-east-1".into(),
        bucket: "class-files".into(),
        access_key: "test-key".into(),
        secret_key: Secret::new("test-secret"),
        path_style: true,
    });
    options.guest_upload_max = 1_000_000;
    let s = Served::start(db, options, true).await;
    let store = &s.state.store;
    let hal = s.host("hal", Role::Host).await;
    let code = s
        .room(
            "webinar",
            &["hal"],
            PolicyUpdate {
                lobby: Some(false),
                webinar: Some(true),
                ..Default::default()
            },
        )
        .await;
    rooms::create(
        s.state.livekit(),
        CreateRoom {
            name: "webinar".into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    let mut host = s.host_events("webinar", &hal).await;
    host.expect("ready").await;

    let Admitted {
        identity: gus,
        secret,
        csrf,
        ..
    } = s.admitted(&code, "Gus", 1).await;
    s.emu
        .control()
        .add_participant("webinar", ParticipantSpec::new(&gus).name("Gus"))
        .unwrap();
    until(&mut host, "gus joining", |ev, d| {
        is(ev, d, "participant", "participant_joined", &gus)
    })
    .await;

    // Chat, as bearer and as cookie (which needs the CSRF token).
    let (status, msg) = send(
        s.as_guest(Method::POST, "/api/v1/guest/chat", &secret)
            .json(&json!({"text": "hello"})),
    )
    .await;
    assert_eq!(status, 201, "{msg}");
    assert_eq!(msg["identity"], gus.as_str());
    assert_eq!(msg["room"], "webinar");
    let cookie = format!("lkctl_guest={secret}");
    let (status, body) = send(
        s.http
            .post(s.url("/api/v1/guest/chat"))
            .header("cookie", &cookie)
            .json(&json!({"text": "forged"})),
    )
    .await;
    assert_eq!(status, 403, "a cookie without the CSRF token: {body}");
    let (status, _) = send(
        s.http
            .post(s.url("/api/v1/guest/chat"))
            .header("cookie", &cookie)
            .header("x-csrf-token", &csrf)
            .json(&json!({"text": "from the page"})),
    )
    .await;
    assert_eq!(status, 201);
    let (status, list) = send(
        s.http
            .get(s.url("/api/v1/guest/chat"))
            .header("cookie", &cookie),
    )
    .await;
    assert_eq!(status, 200, "{list}");
    let texts: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["text"].as_str().unwrap())
        .collect();
    assert_eq!(texts, ["hello", "from the page"]);

    // Files: a presigned upload within the limits, a download URL, other rooms' files unseen.
    let share = |body: Value| {
        s.as_guest(Method::POST, "/api/v1/guest/files", &secret)
            .json(&body)
    };
    let (status, shared) = send(share(
        json!({"name": "slides.pdf", "size": 1000, "content_type": "application/pdf"}),
    ))
    .await;
    assert_eq!(status, 201, "{shared}");
    assert_eq!(shared["file"]["uploader"], gus.as_str());
    assert_eq!(shared["request"]["method"], "PUT");
    let url = shared["request"]["url"].as_str().unwrap();
    assert!(
        url.starts_with("http://127.0.0.1:9/class-files/rooms/webinar/"),
        "{url}"
    );
    assert!(url.contains("X-Amz-Signature="), "{url}");
    let (status, body) = send(share(
        json!({"name": "big.pdf", "size": 2_000_000, "content_type": "application/pdf"}),
    ))
    .await;
    assert_eq!(status, 400, "{body}");
    let (status, body) = send(share(
        json!({"name": "tool.exe", "size": 10, "content_type": "application/x-msdownload"}),
    ))
    .await;
    assert_eq!(status, 400, "{body}");
    let (_, list) = send(s.as_guest(Method::GET, "/api/v1/guest/files", &secret)).await;
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    let id = shared["file"]["id"].as_str().unwrap();
    let (status, dl) =
        send(s.as_guest(Method::GET, &format!("/api/v1/guest/files/{id}"), &secret)).await;
    assert_eq!(status, 200, "{dl}");
    assert_eq!(dl["request"]["method"], "GET");
    let elsewhere = files::add(
        store,
        NewSharedFile {
            room: "other".into(),
            name: "secret.pdf".into(),
            size: 5,
            content_type: "application/pdf".into(),
            uploader: "olga".into(),
        },
    )
    .await
    .unwrap();
    let (status, _) = send(s.as_guest(
        Method::GET,
        &format!("/api/v1/guest/files/{}", elsewhere.id),
        &secret,
    ))
    .await;
    assert_eq!(status, 404);

    // A raised hand, seen by the host, granted through grant-publish.
    let (status, hand) = send(s.as_guest(Method::POST, "/api/v1/guest/hand", &secret)).await;
    assert_eq!(status, 200, "{hand}");
    assert_eq!(hand["display_name"], "Gus");
    until(&mut host, "the raised hand", |ev, d| {
        is(ev, d, "hand", "hand_raised", &gus)
    })
    .await;
    let (_, hands) = send(
        s.http
            .get(s.url("/api/v1/rooms/webinar/hands"))
            .bearer_auth(&hal),
    )
    .await;
    assert_eq!(hands.as_array().unwrap().len(), 1, "{hands}");
    let (_, me) = send(s.as_guest(Method::GET, "/api/v1/guest", &secret)).await;
    assert_eq!(me["hand_raised"], true);
    assert_eq!(me["webinar"], true);
    let grant = format!("/api/v1/rooms/webinar/hands/{gus}/grant");
    let (status, p) = s.host_post(&hal, &grant, None).await;
    assert_eq!(status, 200, "{p}");
    assert_eq!(p["identity"], gus.as_str());
    assert_eq!(p["permission"]["can_publish"], true, "{p}");
    let granted = until(&mut host, "the grant", |ev, d| {
        is(ev, d, "hand", "publish_granted", &gus)
    })
    .await;
    assert_eq!(granted["by"], "hal");
    let (_, hands) = send(
        s.http
            .get(s.url("/api/v1/rooms/webinar/hands"))
            .bearer_auth(&hal),
    )
    .await;
    assert_eq!(hands, json!([]));
    let (status, _) = s.host_post(&hal, &grant, None).await;
    assert_eq!(status, 404, "no hand is raised any more");
    // Hands are for webinars only.
    policy::set(
        store,
        "webinar",
        PolicyUpdate {
            webinar: Some(false),
            ..Default::default()
        },
        "test",
    )
    .await
    .unwrap();
    let (status, _) = send(s.as_guest(Method::POST, "/api/v1/guest/hand", &secret)).await;
    assert_eq!(status, 409);

    // A guest who leaves LiveKit by itself keeps its session; one the host kicks loses it.
    s.emu.control().remove_participant("webinar", &gus).unwrap();
    until(&mut host, "gus leaving", |ev, d| {
        is(ev, d, "participant", "participant_left", &gus)
    })
    .await;
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest", &secret)).await;
    assert_eq!(status, 200, "leaving the call is not a kick");
    s.emu
        .control()
        .add_participant("webinar", ParticipantSpec::new(&gus))
        .unwrap();
    let (status, kicked) = s
        .host_post(
            &hal,
            &format!("/api/v1/rooms/webinar/guests/{gus}/kick"),
            None,
        )
        .await;
    assert_eq!(status, 200, "{kicked}");
    assert_eq!(kicked["sessions_ended"], 1);
    assert_eq!(kicked["removed_from_room"], true);
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest/chat", &secret)).await;
    assert_eq!(status, 401, "the kicked guest's bearer session is over");
    let (status, _) = send(
        s.http
            .get(s.url("/api/v1/guest/chat"))
            .header("cookie", &cookie),
    )
    .await;
    assert_eq!(status, 401, "and its cookie too");
    until(&mut host, "the removal", |ev, d| {
        is(ev, d, "participant", "guest_removed", &gus)
    })
    .await;

    // A ban ends a session at once, without anyone revoking it.
    let Admitted {
        identity: _,
        secret: ann_secret,
        csrf: _,
        ..
    } = s.admitted(&code, "Ann", 2).await;
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest", &ann_secret)).await;
    assert_eq!(status, 200);
    ban_fingerprint(&s.state.bans, "webinar", 2, "hal").await;
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest", &ann_secret)).await;
    assert_eq!(status, 401, "the banned guest's session is over");

    // LiveKit removing a guest (any front end's kick) ends its session through the webhook.
    let Admitted {
        identity: bob,
        secret: bob_secret,
        ..
    } = s.admitted(&code, "Bob", 3).await;
    s.emu
        .control()
        .add_participant("webinar", ParticipantSpec::new(&bob))
        .unwrap();
    until(&mut host, "bob joining", |ev, d| {
        is(ev, d, "participant", "participant_joined", &bob)
    })
    .await;
    participants::remove(s.state.livekit(), "webinar", &bob)
        .await
        .unwrap();
    until(&mut host, "bob removed", |ev, d| {
        is(ev, d, "participant", "participant_left", &bob)
    })
    .await;
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest", &bob_secret)).await;
    assert_eq!(status, 401, "removed from the room, out of the session");

    // Leaving ends the session and clears the cookie.
    let Admitted {
        identity: _,
        secret: cid_secret,
        csrf: _,
        ..
    } = s.admitted(&code, "Cid", 4).await;
    let r = s
        .as_guest(Method::DELETE, "/api/v1/guest", &cid_secret)
        .send()
        .await
        .unwrap();
    assert_eq!(r.status().as_u16(), 204);
    assert!(
        r.headers()["set-cookie"]
            .to_str()
            .unwrap()
            .contains("Max-Age=0")
    );
    let (status, _) = send(s.as_guest(Method::GET, "/api/v1/guest", &cid_secret)).await;
    assert_eq!(status, 401);
    s.stop().await;
}
