//! The worker end to end against the emulator, with no network beyond loopback: the
//! emulator's track egress streams a WAV attached to a participant's microphone to the
//! worker's listener, a local OpenAI-compatible server transcribes it, captions arrive in the
//! room (read back through the emulator's control API), segments are stored, and the room's
//! end produces a valid summary. Also: a worker killed mid-room is replaced by another with
//! no duplicate segments, and nobody without the per-egress token can push audio.

mod worker_support;

use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use lkctl_agent::store::StoreTranscripts;
use lkctl_agent::summary::SummaryMaker;
use lkctl_agent::summary::extractive::ExtractiveConfig;
use lkctl_agent::worker::{TranscriptStore, Worker, WorkerParts};
use lkctl_core::ops::agent::{self, AgentRoomState};
use lkctl_core::ops::rooms;
use lkctl_core::store::testing::TestDb;
use worker_support::*;

#[path = "../../tests/services/mod.rs"]
mod services;

async fn room_state(store: &lkctl_core::store::Store, room: &str) -> Option<agent::AgentRoom> {
    agent::room(store, room).await.unwrap()
}

/// Runs one room from start to summary with `wav` on the speaker's microphone; returns
/// the transcripts, the captions and how many utterances the STT server heard.
async fn transcribe_room(wav: Vec<u8>, speed: f64, expect_segments: usize) {
    let db = TestDb::sqlite().await.unwrap();
    let emu = emulator().await;
    let (stt, heard) = stt_server().await;
    let track = speaking_room(&emu, &db.store, "physics", &wav, speed).await;
    // The real store: segments and the summary go where `lkctl transcript show` and
    // `lkctl summary show` read them.
    let transcripts = Arc::new(StoreTranscripts::new(db.store.clone()));
    let worker = start_worker(
        fast_config(Duration::from_secs(5)),
        db.store.clone(),
        &emu,
        &stt,
        transcripts.clone(),
    )
    .await;

    let stored = until("every utterance stored", || async {
        let s = transcripts.segments("physics", None).await.unwrap();
        (s.len() >= expect_segments).then_some(s)
    })
    .await;
    assert_eq!(stored.len(), expect_segments, "{stored:#?}");
    for (seg, text) in stored.iter().zip(SENTENCES.iter().cycle()) {
        assert_eq!(seg.text, *text, "in spoken order");
        assert_eq!(seg.speaker.as_deref(), Some("prof-ada"));
        assert_eq!(seg.speaker_name.as_deref(), Some("Ada"));
        assert_eq!(seg.track_id.as_deref(), Some(track.as_str()));
        assert!(
            seg.room_sid
                .as_deref()
                .is_some_and(|s| s.starts_with("RM_"))
        );
        assert!(seg.end_ms > seg.start_ms);
    }
    assert!(
        stored.windows(2).all(|w| w[0].end_ms <= w[1].start_ms),
        "segments follow each other: {stored:#?}"
    );

    // Captions: one reliable final per stored segment, same ids, same text.
    let finals: Vec<_> = until("the finals' captions", || async {
        let f: Vec<_> = captions(&emu, "physics")
            .into_iter()
            .filter(|c| c.is_final)
            .collect();
        (f.len() >= expect_segments).then_some(f)
    })
    .await;
    for seg in &stored {
        let c = finals
            .iter()
            .find(|c| c.segment_id == seg.id)
            .expect("a caption for every stored segment");
        assert_eq!(
            (c.text.as_str(), c.start_ms, c.identity.as_deref()),
            (seg.text.as_str(), seg.start_ms, Some("prof-ada"))
        );
    }

    // The room ends: the worker writes the summary and lets the room go.
    rooms::delete(&livekit(&emu), "physics").await.unwrap();
    let (summary, provider) = until("the summary", || async {
        transcripts.summary("physics", None).await.ok()
    })
    .await;
    assert_eq!(provider, "extractive");
    summary.validate().expect("a valid summary");
    assert!(
        summary
            .participants
            .iter()
            .any(|p| p.identity == "prof-ada"),
        "{summary:#?}"
    );
    let row = until("the room released as done", || async {
        room_state(&db.store, "physics")
            .await
            .filter(|r| r.state == AgentRoomState::Done && r.lease_owner.is_none())
    })
    .await;
    assert_eq!(row.segments, expect_segments as i64);
    assert_eq!(heard.lock().unwrap().utterances_ms.len(), expect_segments);

    // Its egress ended when the worker stopped it at the room's end.
    let egress_ended = emu
        .control()
        .webhooks()
        .iter()
        .filter(|w| w.event == "egress_ended")
        .count();
    assert_eq!(egress_ended, 1);

    let status = agent::status(&db.store, Duration::from_secs(5), Duration::from_secs(60))
        .await
        .unwrap();
    assert_eq!(status.workers.len(), 1);
    assert!(status.workers[0].alive);
    worker.shutdown().await.unwrap();
    let status = agent::status(&db.store, Duration::from_secs(5), Duration::from_secs(60))
        .await
        .unwrap();
    assert!(!status.workers[0].alive, "a stopped worker is not alive");
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_room_is_transcribed_captioned_and_summarised() {
    // Three tone bursts the VAD cuts as three utterances, played at 4x real time.
    let wav = bursts_wav(16_000, 300, 3, 900, 1_200);
    transcribe_room(wav, 4.0, 3).await;
}

/// Speech from espeak-ng: three sentences with pauses, the way a lecture sounds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "needs espeak-ng (apt-get install espeak-ng); run with --run-ignored all"]
async fn espeak_speech_is_transcribed_captioned_and_summarised() {
    let mut samples: Vec<i16> = Vec::new();
    let mut rate = 0;
    for sentence in SENTENCES {
        let out = match Command::new("espeak-ng")
            .args(["-v", "en", "-s", "170", "--stdout", sentence])
            .output()
        {
            Ok(o) if o.status.success() => o.stdout,
            _ => services::missing(
                "espeak_speech_is_transcribed_captioned_and_summarised",
                "espeak-ng",
                "apt-get install espeak-ng",
            ),
        };
        let w = lkctl_agent::wav::decode_s16(&out).expect("espeak-ng writes a WAV");
        rate = w.sample_rate;
        samples.extend(w.samples);
        // A pause between sentences, longer than the VAD's hangover.
        samples.extend(std::iter::repeat_n(0, rate as usize * 1200 / 1000));
    }
    let wav = lkctl_agent::wav::encode_mono_s16(&samples, rate);
    transcribe_room(wav, 4.0, 3).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_killed_workers_room_is_taken_over_without_duplicates_postgres() {
    services::refuse_pg_skip("a_killed_workers_room_is_taken_over_without_duplicates_postgres");
    let db = TestDb::postgres()
        .await
        .expect("PostgreSQL for the takeover test");
    // The second worker is another "process": its own pool on the same database.
    let store_b = lkctl_core::store::Store::open(&db.url).await.unwrap();
    let emu = emulator().await;
    let (stt, _heard) = stt_server().await;
    // Six bursts in real time: the first worker hears the first ones, then dies.
    let wav = bursts_wav(16_000, 200, 6, 700, 1_000);
    speaking_room(&emu, &db.store, "physics", &wav, 1.0).await;
    let transcripts = Arc::new(MemoryTranscripts::default());
    let lease = Duration::from_millis(1_500);
    let a = start_worker(
        fast_config(lease),
        db.store.clone(),
        &emu,
        &stt,
        transcripts.clone(),
    )
    .await;
    let a_id = a.id().to_string();
    until("the first worker's first segment", || async {
        (!transcripts
            .segments("physics", None)
            .await
            .unwrap()
            .is_empty())
        .then_some(())
    })
    .await;
    // The second worker starts while the first holds the room: it must not take it.
    let b = start_worker(
        fast_config(lease),
        store_b.clone(),
        &emu,
        &stt,
        transcripts.clone(),
    )
    .await;
    let held = room_state(&db.store, "physics").await.unwrap();
    assert_eq!(held.lease_owner.as_deref(), Some(a_id.as_str()));
    let before = transcripts.segments("physics", None).await.unwrap().len();

    // Kill the first worker: no orderly release, its lease just runs out.
    a.kill();
    let taken = until("the second worker takes the room over", || async {
        room_state(&db.store, "physics")
            .await
            .filter(|r| r.lease_owner.as_deref() == Some(b.id()))
    })
    .await;
    assert_eq!(taken.state, AgentRoomState::Active);
    let after = until("the second worker stores segments", || async {
        let s = transcripts.segments("physics", None).await.unwrap();
        (s.len() > before).then_some(s)
    })
    .await;
    // No duplicates: every write of a segment id happened once, and no two stored segments
    // overlap in time (a re-transcribed utterance would).
    let writes = transcripts.writes.lock().unwrap().clone();
    let mut unique = writes.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(
        unique.len(),
        writes.len(),
        "a segment was written twice: {writes:?}"
    );
    assert!(
        after.windows(2).all(|w| w[0].end_ms <= w[1].start_ms),
        "overlapping segments: {after:#?}"
    );
    let workers: std::collections::BTreeSet<_> = after.iter().map(|s| s.track_id.clone()).collect();
    assert_eq!(workers.len(), 1, "one track throughout");

    rooms::delete(&livekit(&emu), "physics").await.unwrap();
    until("the summary", || async {
        transcripts.summaries.lock().unwrap().first().cloned()
    })
    .await
    .1
    .validate()
    .unwrap();
    b.shutdown().await.unwrap();
    store_b.close().await;
    db.cleanup().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn sqlite_runs_one_worker_at_a_time() {
    let db = TestDb::sqlite().await.unwrap();
    let emu = emulator().await;
    let (stt, _) = stt_server().await;
    let transcripts: Arc<MemoryTranscripts> = Arc::default();
    let a = start_worker(
        fast_config(Duration::from_secs(5)),
        db.store.clone(),
        &emu,
        &stt,
        transcripts.clone(),
    )
    .await;
    let second = Worker::start(
        fast_config(Duration::from_secs(5)),
        WorkerParts {
            store: db.store.clone(),
            livekit: livekit(&emu),
            stt: openai_stt(&stt),
            transcripts,
            summaries: SummaryMaker::Extractive(ExtractiveConfig::default()),
        },
    )
    .await;
    let err = second.expect_err("a second worker on one SQLite store is refused");
    assert!(err.to_string().contains("SQLite"), "{err}");
    a.shutdown().await.unwrap();
    db.cleanup().await;
}

#[tokio::test]
async fn the_audio_websocket_refuses_clients_without_the_token() {
    use lkctl_agent::audio::TrackInfo;
    use lkctl_agent::audio::egress::{EgressListener, EgressListenerConfig};
    let listener = EgressListener::bind(EgressListenerConfig {
        listen: ([127, 0, 0, 1], 0).into(),
        ..Default::default()
    })
    .await
    .unwrap();
    let reg = listener.register(TrackInfo {
        room: "physics".into(),
        track_id: "TR_a".into(),
        ..Default::default()
    });
    let real = url::Url::parse(reg.url.expose()).unwrap();
    let mut forged = real.clone();
    forged
        .query_pairs_mut()
        .clear()
        .append_pair("token", "guess");
    let mut bare = real.clone();
    bare.set_query(None);
    for url in [forged, bare] {
        match tokio_tungstenite::connect_async(url.as_str()).await {
            Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
                assert_eq!(resp.status(), 401, "{url}")
            }
            other => panic!("{url}: expected a 401, got {other:?}"),
        }
    }
    // The real URL is accepted (once).
    let (ws, _) = tokio_tungstenite::connect_async(real.as_str())
        .await
        .unwrap();
    drop(ws);
}
