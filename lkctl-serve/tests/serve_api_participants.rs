//! `/api/v1/rooms/{room}/participants`: list, get, update, mute, grant/revoke publish and
//! kick, as a room's host against the emulator.

mod serve_support;

use lkctl_emulator::{ParticipantSpec, TrackSpec};
use serde_json::json;
use serve_support::*;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_host_moderates_participants() {
    let h = Harness::new(Db::Sqlite).await;
    let Cast { hal, olga, .. } = h.cast().await;
    h.by(&hal).create_room("lab").await;
    let c = h.emu.control();
    c.add_participant(
        "lab",
        ParticipantSpec::new("ann")
            .name("Ann")
            .track(TrackSpec::audio("mic"))
            .track(TrackSpec::video("cam")),
    )
    .unwrap();
    let base = "/api/v1/rooms/lab/participants";

    let list = expect(&h.by(&hal).get(base).await, 200);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["identity"], "ann");
    let ann = expect(&h.by(&hal).get(&format!("{base}/ann")).await, 200);
    assert_eq!(ann["name"], "Ann");
    assert_eq!(ann["tracks"].as_array().unwrap().len(), 2);
    assert_eq!(h.by(&olga).get(&format!("{base}/ann")).await.status, 403);
    assert_eq!(
        h.by(&hal).get(&format!("{base}/zed")).await.error_code(),
        "not_found"
    );

    // Update name, attributes and permission.
    let r = h
        .by(&hal)
        .patch(
            &format!("{base}/ann"),
            json!({"name": "Ann B", "attributes": {"seat": "3"}, "can_publish_data": false}),
        )
        .await;
    let ann = expect(&r, 200);
    assert_eq!(ann["name"], "Ann B");
    assert_eq!(ann["attributes"]["seat"], "3");
    assert_eq!(ann["permission"]["can_publish_data"], false);
    let r = h
        .by(&hal)
        .patch(
            &format!("{base}/ann"),
            json!({"can_publish_sources": ["camera", "telepathy"]}),
        )
        .await;
    r.refused(400, "telepathy");

    // Mute one track, then all.
    let mic = ann["tracks"]
        .as_array()
        .unwrap()
        .iter()
        .find(|t| t["name"] == "mic")
        .unwrap()["sid"]
        .as_str()
        .unwrap()
        .to_string();
    let r = h
        .by(&hal)
        .post(&format!("{base}/ann/mute"), json!({"track_sid": mic}))
        .await;
    let changed = expect(&r, 200);
    assert_eq!(changed.as_array().unwrap().len(), 1);
    assert_eq!(changed[0]["muted"], true);
    let r = h
        .by(&hal)
        .post(&format!("{base}/ann/mute"), json!({}))
        .await;
    assert_eq!(
        expect(&r, 200).as_array().unwrap().len(),
        1,
        "only the camera was unmuted"
    );
    // LiveKit refuses remote unmuting unless the server enables it; the refusal comes through.
    let r = h
        .by(&hal)
        .post(&format!("{base}/ann/mute"), json!({"muted": false}))
        .await;
    assert_eq!(r.error_code(), "failed_precondition", "{}", r.text());
    assert!(r.text().contains("remote unmute"), "{}", r.text());

    // Revoke and grant publishing.
    let r = h
        .by(&hal)
        .post_empty(&format!("{base}/ann/revoke-publish"))
        .await;
    assert_eq!(expect(&r, 200)["permission"]["can_publish"], false);
    let r = h
        .by(&hal)
        .post_empty(&format!("{base}/ann/grant-publish"))
        .await;
    assert_eq!(expect(&r, 200)["permission"]["can_publish"], true);

    // Kick.
    let r = h.by(&hal).delete(&format!("{base}/ann")).await;
    assert_eq!(
        expect(&r, 200),
        json!({"room": "lab", "identity": "ann", "removed": true})
    );
    assert!(c.room("lab").is_none_or(|r| r.participants.is_empty()));
    h.cleanup().await;
}
