//! Room and job life cycle as the server has it: idle rooms close on their own
//! (`Room.CloseIfEmpty`), leaving unpublishes tracks first, a closed room ends its egress.

mod support;

use std::time::Duration;

use livekit_api::services::egress::{EgressClient, EgressOutput, RoomCompositeOptions};
use livekit_api::services::ingress::{CreateIngressOptions, IngressClient, IngressListFilter};
use livekit_api::services::room::CreateRoomOptions;
use livekit_protocol as proto;
use lkctl_emulator::{Control, DEV_API_KEY, DEV_API_SECRET, ParticipantSpec, TrackSpec};
use support::*;

/// `EgressInfo.details` of a job whose room closed, as the egress service writes it
/// (`livekit.EndReasonSrcClosed`).
const END_REASON_SRC_CLOSED: &str = "End reason: Source closed";
/// `EgressInfo.error` of a job stopped before its pipeline started, as the egress service
/// writes it.
const MSG_STOPPED_BEFORE_STARTED: &str = "Stop called before pipeline could start";

/// Every webhook emitted so far, decoded.
fn events(ctl: &Control) -> Vec<proto::WebhookEvent> {
    ctl.webhooks()
        .iter()
        .map(|w| serde_json::from_str(&w.body).unwrap())
        .collect()
}

fn names(events: &[proto::WebhookEvent]) -> Vec<&str> {
    events.iter().map(|e| e.event.as_str()).collect()
}

/// Make `ms` milliseconds pass on the emulator's manual clock (rooms close as they fall due).
fn pass(ctl: &Control, ms: u64) {
    ctl.advance(Duration::from_millis(ms))
        .expect("a manual clock");
}

#[tokio::test]
async fn an_empty_room_closes_after_its_empty_timeout() {
    let (emu, clock) = start_manual().await;
    let c = rooms(&emu);
    let ctl = emu.control();
    let opts = CreateRoomOptions {
        empty_timeout: 90,
        ..Default::default()
    };
    c.create_room("brief", opts).await.unwrap();
    c.create_room("kept", CreateRoomOptions::default())
        .await
        .unwrap();
    // An agent does not keep a room open (`IsDependent`); it leaves as ROOM_CLOSED.
    ctl.add_participant("brief", ParticipantSpec::new("bot").kind("agent"))
        .unwrap();
    let created = clock.now_unix_ms();
    assert_eq!(ctl.room("kept").unwrap().room.creation_time_ms, created);

    // The room's own timeout, to the millisecond.
    pass(&ctl, 89_999);
    assert!(ctl.room("brief").is_some(), "closed before its timeout");
    pass(&ctl, 1);
    assert!(ctl.room("brief").is_none(), "open after its timeout");
    // The default empty timeout is 300 s.
    pass(&ctl, 300_000 - 90_000 - 1);
    assert!(ctl.room("kept").is_some(), "closed before 300 s");
    pass(&ctl, 1);
    assert!(
        ctl.room("kept").is_none(),
        "the default 300 s closes an empty room"
    );
    assert_eq!(clock.now_unix_ms(), created + 300_000);

    let evs = events(&ctl);
    let tail: Vec<_> = evs
        .iter()
        .filter(|e| e.room.as_ref().unwrap().name == "brief")
        .collect();
    let tail_names: Vec<_> = tail.iter().map(|e| e.event.as_str()).collect();
    assert_eq!(
        tail_names,
        [
            "room_started",
            "participant_joined",
            "participant_left",
            "room_finished"
        ]
    );
    let left = tail[2].participant.as_ref().unwrap();
    assert_eq!(
        left.disconnect_reason,
        proto::DisconnectReason::RoomClosed as i32
    );
    assert!(c.list_rooms(vec!["brief".into()]).await.unwrap().is_empty());
}

#[tokio::test]
async fn the_departure_timeout_counts_from_the_last_leave() {
    let (emu, clock) = start_manual().await;
    let c = rooms(&emu);
    let ctl = emu.control();
    let opts = CreateRoomOptions {
        empty_timeout: 60,
        departure_timeout: 90,
        ..Default::default()
    };
    c.create_room("d", opts).await.unwrap();
    ctl.add_participant("d", ParticipantSpec::new("a")).unwrap();
    // Someone is in: no timeout closes the room, however late it is.
    pass(&ctl, 10 * 3600 * 1000);
    assert!(ctl.room("d").is_some(), "closed with a participant in it");

    c.remove_participant("d", "a").await.unwrap();
    let left = ctl.room("d").expect("room").last_left_at_ms;
    assert_eq!(left, clock.now_unix_ms());
    // The empty timeout (60 s) has long passed; the departure timeout counts from the leave.
    pass(&ctl, 89_999);
    assert!(
        ctl.room("d").is_some(),
        "closed before the departure timeout"
    );
    pass(&ctl, 1);
    assert!(ctl.room("d").is_none(), "open after the departure timeout");
    let evs = events(&ctl);
    assert_eq!(names(&evs).last(), Some(&"room_finished"));
}

#[tokio::test]
async fn leaving_unpublishes_each_track_before_participant_left() {
    let emu = start().await;
    let c = rooms(&emu);
    let ctl = emu.control();
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    let p = ctl
        .add_participant(
            "r",
            ParticipantSpec::new("host")
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("cam")),
        )
        .unwrap();
    ctl.add_participant("r", ParticipantSpec::new("guest"))
        .unwrap();
    c.remove_participant("r", "host").await.unwrap();

    let evs = events(&ctl);
    let n = evs.len();
    assert_eq!(
        names(&evs[n - 3..]),
        ["track_unpublished", "track_unpublished", "participant_left"]
    );
    for (ev, track) in evs[n - 3..n - 1].iter().zip(&p.tracks) {
        assert_eq!(ev.track.as_ref().unwrap().sid, track.sid);
        let who = ev.participant.as_ref().unwrap();
        assert_eq!(
            (who.sid.as_str(), who.identity.as_str()),
            (p.sid.as_str(), "host")
        );
        assert!(who.name.is_empty() && who.tracks.is_empty());
    }
    let left = evs[n - 1].participant.as_ref().unwrap();
    assert!(left.tracks.is_empty() && left.is_publisher);
    assert_eq!(
        left.disconnect_reason,
        proto::DisconnectReason::ParticipantRemoved as i32
    );
    let room = evs[n - 1].room.as_ref().unwrap();
    assert_eq!((room.num_participants, room.num_publishers), (1, 0));
}

#[tokio::test]
async fn deleting_a_room_ends_its_egress_but_not_its_ingress() {
    let (emu, _clock) = start_manual().await;
    let c = rooms(&emu);
    let ctl = emu.control();
    c.create_room("r", CreateRoomOptions::default())
        .await
        .unwrap();
    c.create_room("other", CreateRoomOptions::default())
        .await
        .unwrap();
    let eg = EgressClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET);
    let output = || {
        vec![EgressOutput::File(proto::EncodedFileOutput {
            filepath: "out.mp4".into(),
            ..Default::default()
        })]
    };
    let start_in = |room: &'static str| {
        let (eg, output) = (&eg, output());
        async move {
            eg.start_room_composite_egress(room, output, RoomCompositeOptions::default())
                .await
                .unwrap()
        }
    };
    ctl.set_egress_activation(None);
    let active = start_in("r").await;
    ctl.activate_egress(&active.egress_id).unwrap();
    let starting = start_in("r").await;
    let elsewhere = start_in("other").await;
    let ing = IngressClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET);
    let ingress = ing
        .create_ingress(
            proto::IngressInput::RtmpInput,
            CreateIngressOptions {
                room_name: "r".into(),
                participant_identity: "obs".into(),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    ctl.publish_ingress(&ingress.ingress_id).unwrap();
    let before = ctl.webhooks().len();

    c.delete_room("r").await.unwrap();

    // ACTIVE: ENDING at once, then COMPLETE with results.
    let info = ctl.egress(&active.egress_id).unwrap();
    assert_eq!(info.status, proto::EgressStatus::EgressEnding as i32);
    assert_eq!(info.details, END_REASON_SRC_CLOSED);
    // COMPLETE when the end delay (50 ms) has passed, not before.
    pass(&ctl, 49);
    let status = |id: &str| ctl.egress(id).unwrap().status;
    assert_eq!(
        status(&active.egress_id),
        proto::EgressStatus::EgressEnding as i32
    );
    pass(&ctl, 1);
    assert_eq!(
        status(&active.egress_id),
        proto::EgressStatus::EgressComplete as i32
    );
    let done = ctl.egress(&active.egress_id).unwrap();
    assert_eq!(done.file_results.len(), 1);
    assert_eq!(done.details, END_REASON_SRC_CLOSED);
    // STARTING: ABORTED, as `SendEOS` does for a pipeline that never started.
    let aborted = ctl.egress(&starting.egress_id).unwrap();
    assert_eq!(aborted.status, proto::EgressStatus::EgressAborted as i32);
    assert_eq!(
        (
            aborted.error.as_str(),
            aborted.error_code,
            aborted.started_at
        ),
        (MSG_STOPPED_BEFORE_STARTED, 412, 0)
    );
    assert!(aborted.ended_at > 0);
    // Another room's egress and the room's ingress are untouched.
    let other = ctl.egress(&elsewhere.egress_id).unwrap();
    assert_eq!(other.status, proto::EgressStatus::EgressStarting as i32);
    let listed = ing
        .list_ingress(IngressListFilter::Room("r".into()))
        .await
        .unwrap();
    assert_eq!(
        listed[0].state.as_ref().unwrap().status,
        proto::ingress_state::Status::EndpointPublishing as i32
    );

    let evs = events(&ctl);
    let tail: Vec<(&str, Option<&str>)> = evs[before..]
        .iter()
        .map(|e| {
            (
                e.event.as_str(),
                e.egress_info.as_ref().map(|i| i.egress_id.as_str()),
            )
        })
        .collect();
    assert_eq!(
        tail,
        [
            ("room_finished", None),
            ("egress_updated", Some(active.egress_id.as_str())),
            ("egress_ended", Some(starting.egress_id.as_str())),
            ("egress_ended", Some(active.egress_id.as_str())),
        ]
    );
}
