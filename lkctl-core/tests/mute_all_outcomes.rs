//! mute-all's verdict per participant and its report (issue 15: the mutation run found that
//! nothing checked the report's counts, the "already muted" rule, the muted-track count or a
//! failure part-way through). Against the emulator's real RoomService; failures are injected
//! there, so the client sees LiveKit's own error replies.

use std::time::Duration;

use livekit_protocol as proto;
use lkctl_core::config::Connection;
use lkctl_core::models::{Outcome, ParticipantOutcome};
use lkctl_core::ops::moderation::{self, MuteAll, MuteAllReport};
use lkctl_core::ops::participants;
use lkctl_core::{Error, LiveKit, Secret};
use lkctl_emulator::{
    Code, Emulator, EmulatorConfig, FailureSpec, ParticipantSpec, RunningEmulator, TrackSpec,
};

fn outcome(identity: &str, outcome: Outcome, tracks_muted: u32) -> ParticipantOutcome {
    ParticipantOutcome {
        identity: identity.into(),
        outcome,
        tracks_muted,
        detail: None,
    }
}

#[test]
fn the_report_counts_each_outcome_and_names_the_failures() {
    let report = MuteAllReport {
        room: "r".into(),
        dry_run: false,
        outcomes: vec![
            outcome("a", Outcome::Done, 2),
            outcome("b", Outcome::Skipped, 0),
            outcome("c", Outcome::Failed, 0),
            outcome("d", Outcome::Failed, 1),
            outcome("e", Outcome::Done, 0),
        ],
    };
    assert_eq!(report.count(Outcome::Done), 2);
    assert_eq!(report.count(Outcome::Skipped), 1);
    assert_eq!(report.count(Outcome::Failed), 2);
    assert_eq!(report.count(Outcome::WouldChange), 0);
    assert_eq!(report.failed(), ["c", "d"]);
    match report.check() {
        Err(Error::Partial {
            what,
            failed,
            total,
        }) => {
            assert_eq!((what, failed, total), ("participants", 2, 5));
        }
        other => panic!("a report with failures must not pass its check: {other:?}"),
    }

    let clean = MuteAllReport {
        outcomes: vec![
            outcome("a", Outcome::Done, 1),
            outcome("b", Outcome::Skipped, 0),
        ],
        ..report
    };
    assert!(clean.failed().is_empty());
    assert!(clean.check().is_ok());
}

async fn start() -> (RunningEmulator, LiveKit) {
    let emu = Emulator::start(EmulatorConfig::dev_default())
        .await
        .expect("start emulator");
    let lk = LiveKit::new(
        Connection {
            url: emu.url.clone(),
            api_key: emu.api_key().into(),
            api_secret: Secret::new(emu.api_secret()),
        },
        Duration::from_secs(10),
    )
    .expect("client");
    lk.room_client()
        .create_room("class", Default::default())
        .await
        .expect("room");
    (emu, lk)
}

fn without_publish(identity: &str) -> ParticipantSpec {
    let mut spec = ParticipantSpec::new(identity);
    spec.permission = Some(proto::ParticipantPermission {
        can_subscribe: true,
        can_publish: false,
        can_publish_data: true,
        ..Default::default()
    });
    spec
}

fn opts(dry_run: bool) -> MuteAll {
    MuteAll {
        room: "class".into(),
        except: vec![],
        concurrency: 1,
        dry_run,
    }
}

fn by_identity<'a>(report: &'a MuteAllReport, identity: &str) -> &'a ParticipantOutcome {
    report
        .outcomes
        .iter()
        .find(|o| o.identity == identity)
        .unwrap_or_else(|| panic!("no outcome for {identity}: {report:?}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn each_participant_gets_the_verdict_its_state_calls_for() {
    let (emu, lk) = start().await;
    let control = emu.control();
    // Cannot publish and nothing live: nothing to do.
    control
        .add_participant(
            "class",
            without_publish("quiet").track(TrackSpec::audio("mic").muted(true)),
        )
        .expect("quiet");
    // Cannot publish, yet two live tracks (published before the grant was taken away).
    control
        .add_participant(
            "class",
            without_publish("live-tracks")
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("cam")),
        )
        .expect("live-tracks");
    // May publish, every track already muted: only the grant changes.
    control
        .add_participant(
            "class",
            ParticipantSpec::new("may-publish").track(TrackSpec::audio("mic").muted(true)),
        )
        .expect("may-publish");

    let dry = moderation::mute_all(&lk, &opts(true))
        .await
        .expect("dry run");
    assert!(dry.dry_run);
    assert_eq!(by_identity(&dry, "quiet").outcome, Outcome::Skipped);
    assert_eq!(
        by_identity(&dry, "quiet").detail.as_deref(),
        Some("already muted")
    );
    let would = by_identity(&dry, "live-tracks");
    assert_eq!(
        (would.outcome, would.tracks_muted),
        (Outcome::WouldChange, 2)
    );
    let would = by_identity(&dry, "may-publish");
    assert_eq!(
        (would.outcome, would.tracks_muted),
        (Outcome::WouldChange, 0)
    );
    // A dry run changed nothing.
    let p = participants::get(&lk, "class", "may-publish")
        .await
        .expect("get");
    assert!(p.permission.is_none_or(|perm| perm.can_publish));

    let report = moderation::mute_all(&lk, &opts(false))
        .await
        .expect("mute-all");
    assert!(!report.dry_run);
    assert_eq!(by_identity(&report, "quiet").outcome, Outcome::Skipped);
    let done = by_identity(&report, "live-tracks");
    assert_eq!((done.outcome, done.tracks_muted), (Outcome::Done, 2));
    let done = by_identity(&report, "may-publish");
    assert_eq!((done.outcome, done.tracks_muted), (Outcome::Done, 0));
    assert_eq!(report.count(Outcome::Done), 2);
    report.check().expect("nothing failed");
    for who in ["quiet", "live-tracks", "may-publish"] {
        let p = participants::get(&lk, "class", who).await.expect("get");
        assert!(
            p.permission.is_some_and(|perm| !perm.can_publish),
            "{who} can still publish"
        );
        assert!(p.tracks.iter().all(|t| t.muted), "{who} has a live track");
    }
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_refused_change_is_a_failed_outcome_and_the_others_go_on() {
    let (emu, lk) = start().await;
    let control = emu.control();
    control
        .add_participant(
            "class",
            without_publish("two-tracks")
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("cam")),
        )
        .expect("two-tracks");
    // The second track's mute is refused: one track muted, then the failure.
    control
        .inject_failure(
            FailureSpec::new(Code::Unavailable, "track service down")
                .method("RoomService/MutePublishedTrack"),
        )
        .expect("inject");
    let report = moderation::mute_all(&lk, &opts(false))
        .await
        .expect("mute-all");
    let failed = by_identity(&report, "two-tracks");
    assert_eq!(failed.outcome, Outcome::Failed, "{report:?}");
    assert_eq!(failed.tracks_muted, 0, "the first mute was the refused one");
    assert!(
        failed
            .detail
            .as_deref()
            .is_some_and(|d| d.starts_with("track ")),
        "{failed:?}"
    );
    assert_eq!(report.failed(), ["two-tracks"]);
    assert!(matches!(
        report.check(),
        Err(Error::Partial { failed: 1, .. })
    ));

    // The grant change refused for one participant; the other is still handled.
    lk.room_client()
        .create_room("class2", Default::default())
        .await
        .expect("room");
    control
        .add_participant(
            "class2",
            ParticipantSpec::new("only").track(TrackSpec::audio("mic")),
        )
        .expect("only");
    control
        .inject_failure(
            FailureSpec::new(Code::Unavailable, "update refused")
                .method("RoomService/UpdateParticipant"),
        )
        .expect("inject");
    let report = moderation::mute_all(
        &lk,
        &MuteAll {
            room: "class2".into(),
            ..opts(false)
        },
    )
    .await
    .expect("mute-all");
    let failed = by_identity(&report, "only");
    assert_eq!((failed.outcome, failed.tracks_muted), (Outcome::Failed, 0));
    // Revoking failed, so no track was muted either.
    let p = participants::get(&lk, "class2", "only").await.expect("get");
    assert!(p.tracks.iter().all(|t| !t.muted));
    emu.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_granted_hand_may_publish_and_a_revoked_one_is_silenced() {
    let (emu, lk) = start().await;
    let control = emu.control();
    control
        .add_participant("class", without_publish("student"))
        .expect("student");
    let granted = moderation::grant_publish(&lk, "class", "student")
        .await
        .expect("grant");
    assert!(granted.permission.is_some_and(|perm| perm.can_publish));
    let p = participants::get(&lk, "class", "student")
        .await
        .expect("get");
    assert!(p.permission.is_some_and(|perm| perm.can_publish));

    control
        .add_participant(
            "class",
            ParticipantSpec::new("speaker")
                .track(TrackSpec::audio("mic"))
                .track(TrackSpec::video("cam"))
                .track(TrackSpec::video("screen").muted(true)),
        )
        .expect("speaker");
    let revoked = moderation::revoke_publish(&lk, "class", "speaker")
        .await
        .expect("revoke");
    assert!(
        revoked
            .permission
            .as_ref()
            .is_some_and(|perm| !perm.can_publish)
    );
    assert_eq!(revoked.tracks.len(), 3);
    assert!(revoked.tracks.iter().all(|t| t.muted), "{revoked:?}");
    emu.shutdown().await;
}
