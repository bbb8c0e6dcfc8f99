//! Lectures put into a store the way production fills it: room webhooks, participant
//! sessions, chat, shared files, recordings, transcript segments and a summary, with the
//! fixture lecture's hostile, Cyrillic and accented text. For the artifact, search and
//! export tests of lkctl-core and of the `lkctl` binary.

#![allow(dead_code)]

#[path = "../export_support/mod.rs"]
pub mod fixture;

use std::time::Duration;

use lkctl_core::lecture::TranscriptSegment;
use lkctl_core::ops::files::{self, NewSharedFile};
use lkctl_core::ops::egress::EgressStatus;
use lkctl_core::ops::recordings::{self, Recording, RecordingKind};
use lkctl_core::ops::session::{self, ParticipantEvent, ParticipantEventKind};
use lkctl_core::ops::{chat, lectures, summaries, transcripts};
use lkctl_core::store::{Store, Timestamp};

/// What to put in.
#[derive(Debug, Clone, Copy)]
pub struct Seed {
    pub transcript: bool,
    pub summary: bool,
    /// Also a shared file and a recording.
    pub extras: bool,
}

impl Seed {
    pub const FULL: Seed = Seed {
        transcript: true,
        summary: true,
        extras: true,
    };
    /// Chat and attendance only (no worker ran).
    pub const BARE: Seed = Seed {
        transcript: false,
        summary: false,
        extras: false,
    };
}

/// A finished room session `sid` of `room` that started two hours ago and ends now.
pub async fn seed(store: &Store, room: &str, sid: &str, what: Seed) {
    let now = Timestamp::now();
    let t0 = now.minus(Duration::from_secs(2 * 3600));
    let at = |ms: i64| Timestamp::from_unix_ms(t0.unix_ms() + ms).expect("time");
    lectures::room_started(store, sid, room, t0).await.expect("room_started");
    for (i, (who, joined, left)) in [
        (fixture::PROF, 0, Some(7_000_000)),
        (fixture::STUDENT, 60_000, Some(1_000_000)),
        (fixture::STUDENT, 1_200_000, None),
        (fixture::HOSTILE, 90_000, Some(95_000)),
    ]
    .into_iter()
    .enumerate()
    {
        let event = |kind, t: i64, n: usize| ParticipantEvent {
            event_id: format!("EV_{sid}_{i}_{n}"),
            kind,
            room: room.into(),
            room_sid: Some(sid.into()),
            identity: who.0.into(),
            participant_sid: Some(format!("PA_{sid}_{i}")),
            name: Some(who.1.into()),
            at: at(t),
        };
        session::record(store, &event(ParticipantEventKind::Joined, joined, 0))
            .await
            .expect("joined");
        if let Some(left) = left {
            session::record(store, &event(ParticipantEventKind::Left, left, 1))
                .await
                .expect("left");
        }
    }
    let set = fixture::lecture();
    for m in &set.chat {
        let offset = m.sent_at.unix_ms() - fixture::START_MS;
        chat::add(store, room, &m.sender, &m.text, Some(at(offset)))
            .await
            .expect("chat");
    }
    if what.transcript {
        let segments: Vec<TranscriptSegment> = set
            .transcript
            .iter()
            .filter(|s| !s.text.trim().is_empty())
            .map(|s| TranscriptSegment {
                id: format!("{sid}-{}", s.id),
                // A database cannot hold NUL; every other control character stays.
                text: s.text.replace('\0', ""),
                room: room.into(),
                room_sid: Some(sid.into()),
                ..s.clone()
            })
            .collect();
        transcripts::append_segments(store, &segments)
            .await
            .expect("segments");
    }
    if what.summary {
        let summary = set.summary.clone().expect("fixture summary");
        summaries::put_summary(store, room, Some(sid), &summary, Some("test"))
            .await
            .expect("summary");
    }
    if what.extras {
        files::add(
            store,
            NewSharedFile {
                room: room.into(),
                name: "Лекция — слайды.pdf".into(),
                size: 12_345,
                content_type: "application/pdf".into(),
                uploader: fixture::PROF.0.into(),
            },
        )
        .await
        .expect("file");
        let ended = now.minus(Duration::from_secs(60));
        recordings::save(
            store,
            &[Recording {
                egress_id: format!("EG_{sid}"),
                room_name: room.into(),
                kind: RecordingKind::File,
                name: "lecture.mp4".into(),
                location: format!("s3://recordings/{sid}.mp4"),
                size: 123_456_789,
                duration_secs: 3600.0,
                segment_count: 0,
                status: EgressStatus::Complete,
                ended_at: ended.to_rfc3339(),
            }],
        )
        .await
        .expect("recording");
    }
    lectures::room_finished(store, sid, room, Timestamp::now())
        .await
        .expect("room_finished");
}
