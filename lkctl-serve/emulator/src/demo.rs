//! Demo rooms for `lkctl dev`: a lecture with a host and publishing students, a stand-up, and
//! an empty room.

use livekit_protocol as proto;

use super::control::{Control, ParticipantSpec, TrackSpec};

/// Empty timeout of the empty demo room: a week, so it outlives any `lkctl dev` session.
const LOBBY_EMPTY_TIMEOUT: u32 = 7 * 24 * 3600;

/// Seeds the demo rooms. Errors are impossible on a fresh state, so they are only logged.
pub(crate) fn seed(control: &Control) {
    let create = |name: &str, metadata: &str, empty_timeout: u32| {
        control.emu.state().create_room(&proto::CreateRoomRequest {
            name: name.into(),
            metadata: metadata.into(),
            empty_timeout,
            ..Default::default()
        });
    };
    create("lecture-101", r#"{"title":"Intro to WebRTC"}"#, 0);
    create("standup", "", 0);
    // Nobody joins it, so the default 300 s empty timeout would close it mid-session.
    create("lobby-test", "", LOBBY_EMPTY_TIMEOUT);

    let people = [
        (
            "lecture-101",
            ParticipantSpec::new("prof-ada")
                .name("Prof. Ada")
                .metadata(r#"{"role":"host"}"#)
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("camera"))
                .track(TrackSpec::video("slides").source("screen_share")),
        ),
        (
            "lecture-101",
            ParticipantSpec::new("student-bob")
                .name("Bob")
                .track(TrackSpec::audio("mic").muted(true)),
        ),
        (
            "lecture-101",
            ParticipantSpec::new("student-cy")
                .name("Cy")
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("camera")),
        ),
        (
            "lecture-101",
            ParticipantSpec::new("student-dee").name("Dee"),
        ),
        (
            "standup",
            ParticipantSpec::new("alice")
                .name("Alice")
                .track(TrackSpec::audio("mic")),
        ),
        (
            "standup",
            ParticipantSpec::new("bob")
                .name("Bob")
                .track(TrackSpec::audio("mic")),
        ),
        (
            "standup",
            ParticipantSpec::new("notetaker")
                .name("Notetaker")
                .kind("agent"),
        ),
    ];
    for (room, spec) in people {
        if let Err(e) = control.add_participant(room, spec) {
            tracing::warn!(room, error = %e, "demo data: could not add participant");
        }
    }
}
