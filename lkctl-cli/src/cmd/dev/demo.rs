//! The demo `lkctl dev` shows: every feature with data in it, made through core's
//! operations (never raw SQL), idempotent so a second run on the same data directory
//! resumes the same demo.
//!
//! What lives in the store is made once and found again: the classroom's policy (lobby,
//! PIN, webinar mode, invite code), guests waiting in its lobby, a raised hand, a banned
//! fingerprint, and a finished lecture with attendance, transcript, chat, a shared file,
//! recordings and a summary. What lives in LiveKit (here: the emulator, in memory) is made
//! again on every start: the demo rooms and their participants (the emulator's own seed),
//! a running recording, SIP trunks and a dispatch rule. The classroom's PIN is kept in
//! `dev.json` in the data directory (the store keeps only its hash).

use std::path::Path;
use std::time::Duration;

use lkctl_agent::summary::extractive::{self, ExtractiveConfig};
use lkctl_core::lecture::TranscriptSegment;
use lkctl_core::ops::bans::{BanSubject, NewBan};
use lkctl_core::ops::egress::{self, Outputs, RoomCompositeOptions, StartRequest};
use lkctl_core::ops::files::NewSharedFile;
use lkctl_core::ops::lobby::{EntryStatus, JoinRequest};
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate};
use lkctl_core::ops::recordings::{self, Recording, RecordingKind};
use lkctl_core::ops::session::{self, ParticipantEvent, ParticipantEventKind};
use lkctl_core::ops::sip::{self, Direction, RuleOptions, TrunkChanges};
use lkctl_core::ops::{chat, files, hands, lectures, rooms, summaries, transcripts, users};
use lkctl_core::store::Timestamp;
use lkctl_core::{Error, Lkctl, Result};

/// The live classroom: lobby, PIN, webinar mode, waiting guests, a raised hand. It is the
/// emulator's demo room with a host and students.
pub(crate) const CLASSROOM: &str = "lecture-101";
/// Its host (a participant of the emulator's demo room).
const HOST: &str = "prof-ada";
/// The finished lecture: an earlier session of another room, exportable at once.
pub(crate) const LECTURE_ROOM: &str = "lecture-100";
/// Its room session id (fixed, so a second run finds it).
pub(crate) const LECTURE_SID: &str = "RM_DemoLecture100";
/// A browser banned from the classroom.
pub(crate) const BANNED_FINGERPRINT: &str = "demo-banned-browser-0001";
/// Who the audit log says made the demo.
const BY: &str = "cli:dev";
/// How long the demo's guests may wait in the lobby (core's default is 30 minutes; the demo
/// should still have waiting guests tomorrow).
pub(crate) const PENDING_TTL: Duration = Duration::from_secs(7 * 24 * 3600);
/// Where the classroom's PIN is kept between runs.
pub(crate) const STATE_FILE: &str = "dev.json";

/// Guests waiting in the classroom's lobby: display name and browser fingerprint.
const WAITING_GUESTS: [(&str, &str); 3] = [
    ("Grace", "demo-guest-grace-000001"),
    ("Linus", "demo-guest-linus-000002"),
    ("Margaret", "demo-guest-margaret-03"),
];

/// The finished lecture's people: identity, name, joined and left (minutes after the start).
const ATTENDANCE: [(&str, &str, u64, u64); 4] = [
    ("prof-ada", "Prof. Ada", 0, 48),
    ("student-bob", "Bob", 1, 48),
    ("student-cy", "Cy", 2, 35),
    ("student-dee", "Dee", 6, 47),
];

/// The finished lecture's transcript: speaker and text, one line every 20 seconds from
/// minute 2.
const LECTURE_LINES: [(&str, &str); 12] = [
    (
        "prof-ada",
        "Welcome back. Today we look at how two browsers find each other: signalling, ICE and the SFU.",
    ),
    (
        "prof-ada",
        "WebRTC does not define signalling, so every product brings its own; LiveKit uses a WebSocket to its server.",
    ),
    (
        "prof-ada",
        "Each side gathers ICE candidates: host addresses, server reflexive ones from STUN, and relayed ones from TURN.",
    ),
    (
        "student-bob",
        "Why would anyone need TURN if STUN already tells us our public address?",
    ),
    (
        "prof-ada",
        "Because symmetric NATs and strict firewalls block direct paths; TURN relays the media when nothing else works.",
    ),
    (
        "prof-ada",
        "An SFU forwards each published track to the subscribers instead of mixing them, so it scales with simulcast.",
    ),
    (
        "student-cy",
        "Does the SFU decode the video to pick a layer?",
    ),
    (
        "prof-ada",
        "No, it only reads packet headers and chooses which simulcast layer to forward to each subscriber.",
    ),
    (
        "prof-ada",
        "We decided to use LiveKit's SFU for the course project, with tokens issued by our own backend.",
    ),
    (
        "student-dee",
        "I will set up the token endpoint for our group by next Tuesday.",
    ),
    (
        "prof-ada",
        "Please read chapter three on congestion control before the next lecture.",
    ),
    (
        "prof-ada",
        "Next time we measure bandwidth estimation in practice. Thank you all.",
    ),
];

/// The finished lecture's chat: sender, minute, text.
const LECTURE_CHAT: [(&str, u64, &str); 4] = [
    ("student-bob", 3, "Are the slides online?"),
    (
        "prof-ada",
        4,
        "Yes, I shared them in the room: webrtc-signalling.pdf",
    ),
    ("student-cy", 20, "Simulcast layers are per track, right?"),
    (
        "prof-ada",
        21,
        "Right, each video track publishes its own layers.",
    ),
];

/// A few lines for the live classroom's current session, seeded when no speech-to-text
/// provider is configured (there is no offline transcription in lkctl yet).
const LIVE_LINES: [(&str, &str); 3] = [
    ("prof-ada", "Good morning, everyone. Can you all hear me?"),
    (
        "prof-ada",
        "Today is about recording: egress jobs write files while the room goes on.",
    ),
    (
        "student-cy",
        "Will the recording be shared after the lecture?",
    ),
];

/// What the front end prints about the demo.
#[derive(Debug, Clone)]
pub(crate) struct Demo {
    /// The classroom guests join.
    pub room: &'static str,
    /// Its invite code (the same on every run).
    pub invite_code: String,
    /// Its PIN (kept in `dev.json`).
    pub pin: String,
    /// The data directory already held the demo.
    pub resumed: bool,
}

/// Make (or find again) the whole demo. `transcribe`: a speech-to-text provider is
/// configured, so the agent transcribes the classroom itself.
pub(crate) async fn seed(core: &Lkctl, data_dir: &Path, transcribe: bool) -> Result<Demo> {
    let store = core.store().await?;
    let resumed = policy::show(store, CLASSROOM).await.is_ok();
    let pin = classroom_policy(core, data_dir, transcribe).await?;
    let invite_code = policy::invite(store, CLASSROOM, false, BY).await?;
    waiting_guests(core, &pin).await?;
    hands::raise(store, CLASSROOM, "student-bob", "Bob").await?;
    banned_fingerprint(core).await?;
    finished_lecture(core).await?;
    if !transcribe {
        live_transcript(core).await?;
    }
    livekit_side(core).await?;
    Ok(Demo {
        room: CLASSROOM,
        invite_code,
        pin,
        resumed,
    })
}

/// A 6-digit PIN from a random secret.
fn new_pin() -> String {
    users::random_secret()
        .bytes()
        .take(6)
        .map(|b| char::from(b'0' + b % 10))
        .collect()
}

fn saved_pin(data_dir: &Path) -> Option<String> {
    let text = std::fs::read_to_string(data_dir.join(STATE_FILE)).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    v["pin"]
        .as_str()
        .filter(|p| policy::validate_pin(p).is_ok())
        .map(str::to_owned)
}

/// The classroom's policy; returns its PIN (a new one when the saved one is missing).
async fn classroom_policy(core: &Lkctl, data_dir: &Path, transcribe: bool) -> Result<String> {
    let store = core.store().await?;
    let current = policy::show(store, CLASSROOM).await.ok();
    let saved = saved_pin(data_dir).filter(|_| current.as_ref().is_some_and(|p| p.pin_set));
    let (pin, change) = match saved {
        Some(pin) => (pin, None),
        None => {
            let pin = new_pin();
            (pin.clone(), Some(PinChange::Set(pin)))
        }
    };
    let settled = current
        .as_ref()
        .is_some_and(|p| p.hosts == [HOST] && p.lobby && p.webinar && p.transcribe == transcribe);
    if change.is_some() || !settled {
        policy::set(
            store,
            CLASSROOM,
            PolicyUpdate {
                hosts: Some(vec![HOST.into()]),
                pin: change.clone(),
                lobby: Some(true),
                webinar: Some(true),
                max_guests: Some(Some(30)),
                transcribe: Some(transcribe),
            },
            BY,
        )
        .await?;
    }
    if change.is_some() {
        let state = serde_json::json!({ "room": CLASSROOM, "pin": pin });
        lkctl_core::fsutil::write_atomic(
            &data_dir.join(STATE_FILE),
            format!("{state:#}\n").as_bytes(),
            0o600,
        )?;
    }
    Ok(pin)
}

/// The demo guests not already waiting ask to join (with the PIN, as a browser would).
async fn waiting_guests(core: &Lkctl, pin: &str) -> Result<()> {
    let lobby = core.lobby().await?.with_pending_ttl(PENDING_TTL);
    let pending = lobby.list(CLASSROOM, Some(EntryStatus::Pending)).await?;
    for (name, fingerprint) in WAITING_GUESTS {
        if pending.iter().any(|e| e.fingerprint == fingerprint) {
            continue;
        }
        lobby
            .request_join(JoinRequest {
                room: CLASSROOM.into(),
                display_name: name.into(),
                fingerprint: fingerprint.into(),
                session_id: None,
                ip: None,
                pin: Some(pin.into()),
            })
            .await?;
    }
    Ok(())
}

async fn banned_fingerprint(core: &Lkctl) -> Result<()> {
    let (bans, _) = core.bans().await?;
    let subject = BanSubject::Fingerprint(BANNED_FINGERPRINT.into());
    let present = bans
        .list(Some(CLASSROOM), false)
        .await?
        .iter()
        .any(|b| b.active && b.subject == subject);
    if !present {
        bans.add(NewBan {
            room: Some(CLASSROOM.into()),
            subject,
            ip: Some("203.0.113.7".into()),
            reason: Some("flooded the chat (demo)".into()),
            duration: None,
            by: BY.into(),
        })
        .await?;
    }
    Ok(())
}

const MINUTE: Duration = Duration::from_secs(60);

fn minutes(n: u64) -> Duration {
    MINUTE * u32::try_from(n).unwrap_or(u32::MAX)
}

/// A finished lecture with everything its artifact set can hold. Each part is idempotent,
/// and the session is marked finished last, so an interrupted first run completes on the
/// next.
async fn finished_lecture(core: &Lkctl) -> Result<()> {
    let store = core.store().await?;
    let start = match lectures::get(store, LECTURE_SID).await {
        Ok(s) if s.ended_at.is_some() => return Ok(()),
        Ok(s) => s.started_at,
        Err(Error::NotFound { .. }) => Timestamp::now().minus(minutes(50)),
        Err(e) => return Err(e),
    };
    lectures::room_started(store, LECTURE_SID, LECTURE_ROOM, start).await?;
    for (i, (identity, name, joined, left)) in ATTENDANCE.into_iter().enumerate() {
        for (kind, at, what) in [
            (ParticipantEventKind::Joined, joined, "joined"),
            (ParticipantEventKind::Left, left, "left"),
        ] {
            session::record(
                store,
                &ParticipantEvent {
                    event_id: format!("demo-{LECTURE_SID}-{identity}-{what}"),
                    kind,
                    room: LECTURE_ROOM.into(),
                    room_sid: Some(LECTURE_SID.into()),
                    identity: identity.into(),
                    participant_sid: Some(format!("PA_DemoLecture100P{i}")),
                    name: Some(name.into()),
                    at: start.plus(minutes(at)),
                    digest: None,
                },
            )
            .await?;
        }
    }
    let segments = segments(LECTURE_ROOM, LECTURE_SID, "demo", &LECTURE_LINES, 120_000);
    transcripts::append_segments(store, &segments).await?;
    if chat::list(store, LECTURE_ROOM, None, 1).await?.is_empty() {
        for (identity, minute, text) in LECTURE_CHAT {
            chat::add(
                store,
                LECTURE_ROOM,
                identity,
                text,
                Some(start.plus(minutes(minute))),
            )
            .await?;
        }
    }
    if files::list(store, LECTURE_ROOM).await?.is_empty() {
        files::add(
            store,
            NewSharedFile {
                room: LECTURE_ROOM.into(),
                name: "webrtc-signalling.pdf".into(),
                size: 482_133,
                content_type: "application/pdf".into(),
                uploader: HOST.into(),
            },
        )
        .await?;
    }
    let ended = start.plus(minutes(47));
    recordings::save(
        store,
        &[
            Recording {
                egress_id: "EG_DemoLecture100File".into(),
                room_name: LECTURE_ROOM.into(),
                kind: RecordingKind::File,
                name: "lecture-100.mp4".into(),
                location: "recordings/lecture-100.mp4".into(),
                size: 187_402_311,
                duration_secs: 46.0 * 60.0,
                segment_count: 0,
                status: egress::EgressStatus::Complete,
                ended_at: ended.to_rfc3339(),
            },
            Recording {
                egress_id: "EG_DemoLecture100Hls".into(),
                room_name: LECTURE_ROOM.into(),
                kind: RecordingKind::Segments,
                name: "lecture-100.m3u8".into(),
                location: "recordings/lecture-100/lecture-100.m3u8".into(),
                size: 201_944_072,
                duration_secs: 46.0 * 60.0,
                segment_count: 690,
                status: egress::EgressStatus::Complete,
                ended_at: ended.to_rfc3339(),
            },
        ],
    )
    .await?;
    if summaries::summary(store, LECTURE_SID).await?.is_none() {
        let summary = extractive::summarise(&segments, &ExtractiveConfig::default());
        summaries::put_summary(
            store,
            LECTURE_ROOM,
            Some(LECTURE_SID),
            &summary,
            Some("extractive"),
        )
        .await?;
    }
    lectures::room_finished(store, LECTURE_SID, LECTURE_ROOM, Timestamp::now()).await?;
    Ok(())
}

/// Transcript segments for `lines`, 20 s apart from `first_ms`; ids are derived from the
/// session, so storing them again changes nothing.
fn segments(
    room: &str,
    sid: &str,
    prefix: &str,
    lines: &[(&str, &str)],
    first_ms: i64,
) -> Vec<TranscriptSegment> {
    let name = |identity: &str| {
        ATTENDANCE
            .iter()
            .find(|(id, ..)| *id == identity)
            .map(|(_, name, ..)| (*name).to_string())
    };
    (0_i64..)
        .zip(lines)
        .map(|(i, (speaker, text))| {
            let start_ms = first_ms + i * 20_000;
            TranscriptSegment {
                id: format!("{prefix}-{sid}-{i:03}"),
                room: room.into(),
                room_sid: Some(sid.into()),
                speaker: Some((*speaker).into()),
                speaker_name: name(speaker),
                track_id: None,
                text: (*text).into(),
                language: Some("en".into()),
                start_ms,
                end_ms: start_ms + 15_000,
            }
        })
        .collect()
}

/// A few transcript lines for the classroom's current session (its sid is new on every
/// start, since the emulator keeps rooms in memory).
async fn live_transcript(core: &Lkctl) -> Result<()> {
    let room = rooms::get(core.livekit()?, CLASSROOM).await?;
    let store = core.store().await?;
    lectures::touch_session(store, &room.sid, CLASSROOM, Timestamp::now()).await?;
    let lines = segments(CLASSROOM, &room.sid, "demo-live", &LIVE_LINES, 5_000);
    transcripts::append_segments(store, &lines).await?;
    Ok(())
}

/// LiveKit's side (the emulator forgets it when it stops): a running recording of the
/// classroom, an inbound and an outbound SIP trunk, and a dispatch rule sending callers of
/// the inbound trunk into the classroom.
async fn livekit_side(core: &Lkctl) -> Result<()> {
    let lk = core.livekit()?;
    egress::start(
        lk,
        StartRequest::room_composite(RoomCompositeOptions {
            room: CLASSROOM.into(),
            layout: "speaker".into(),
            outputs: Outputs {
                file: Some("recordings/lecture-101-{time}.mp4".into()),
                ..Outputs::default()
            },
            ..RoomCompositeOptions::default()
        })?,
    )
    .await?;
    let inbound = sip::create_trunk(
        lk,
        TrunkChanges {
            name: Some("Front desk (inbound)".into()),
            numbers: Some(vec!["+15550100".into()]),
            allowed_addresses: Some(vec!["203.0.113.0/24".into()]),
            ..TrunkChanges::default()
        }
        .into_spec(Direction::Inbound)?,
    )
    .await?;
    sip::create_trunk(
        lk,
        TrunkChanges {
            name: Some("Carrier (outbound)".into()),
            numbers: Some(vec!["+15550199".into()]),
            address: Some("sip.carrier.example".into()),
            transport: Some("udp".into()),
            auth_username: Some("demo".into()),
            auth_password: Some("demo-sip-password".into()),
            ..TrunkChanges::default()
        }
        .into_spec(Direction::Outbound)?,
    )
    .await?;
    let rule = RuleOptions {
        name: Some("Callers join the classroom".into()),
        direct_room: Some(CLASSROOM.into()),
        trunk_ids: Some(vec![inbound.sip_trunk_id]),
        ..RuleOptions::default()
    }
    .apply(Default::default())?;
    sip::create_rule(lk, rule).await?;
    Ok(())
}
