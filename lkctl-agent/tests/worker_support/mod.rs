//! Shared pieces of the worker's end-to-end tests: the emulator with a speaking
//! participant, a local OpenAI-compatible transcription server, and waiting helpers.
#![allow(dead_code)] // each test binary uses a different subset

use std::future::Future;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::HeaderMap;
use axum::routing::post;
use bytes::Bytes;
use lkctl_agent::captions::{CAPTION_TOPIC, Caption, CaptionSettings};
use lkctl_agent::stt::openai::{OpenAiStt, OpenAiSttConfig};
use lkctl_agent::summary::SummaryMaker;
use lkctl_agent::summary::extractive::ExtractiveConfig;
use lkctl_agent::wav;
use lkctl_agent::worker::{Worker, WorkerConfig, WorkerParts};
use lkctl_core::config::Connection;
use lkctl_core::ops::policy::{self, PolicyUpdate};
use lkctl_core::ops::rooms::{self, CreateRoom};
use lkctl_core::store::Store;
use lkctl_core::{LiveKit, Secret};
use lkctl_emulator::{Emulator, EmulatorConfig, ParticipantSpec, RunningEmulator, TrackSpec};

/// What the fake transcription server answers, utterance by utterance.
pub const SENTENCES: [&str; 3] = [
    "Good morning everyone, today we talk about waves.",
    "What is the speed of sound in air?",
    "We will meet again on Friday.",
];

/// The fake transcription server's record.
#[derive(Debug, Default)]
pub struct Heard {
    /// Duration of each uploaded utterance, in ms.
    pub utterances_ms: Vec<u64>,
}

/// A local `/v1/audio/transcriptions`: checks the upload is a 16 kHz mono WAV and answers
/// the next of [`SENTENCES`] (cycling), as a Whisper server would answer real speech.
pub async fn stt_server() -> (String, Arc<Mutex<Heard>>) {
    let heard: Arc<Mutex<Heard>> = Arc::default();
    async fn transcribe(
        State(heard): State<Arc<Mutex<Heard>>>,
        headers: HeaderMap,
        body: Bytes,
    ) -> axum::Json<serde_json::Value> {
        let ct = headers.get("content-type").unwrap().to_str().unwrap();
        assert!(ct.starts_with("multipart/form-data"), "{ct}");
        let at = body
            .windows(4)
            .position(|w| w == b"RIFF")
            .expect("the upload holds a WAV file");
        let w = wav::decode_s16(&body[at..]).expect("a WAV file");
        assert_eq!((w.sample_rate, w.channels), (16_000, 1));
        let mut h = heard.lock().unwrap();
        h.utterances_ms.push(w.samples.len() as u64 * 1000 / 16_000);
        let n = h.utterances_ms.len();
        axum::Json(serde_json::json!({"text": SENTENCES[(n - 1) % SENTENCES.len()]}))
    }
    let app = axum::Router::new()
        .route("/v1/audio/transcriptions", post(transcribe))
        .with_state(heard.clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap();
    tokio::spawn(async move { axum::serve(listener, app).await.unwrap() });
    (format!("http://{addr}/v1"), heard)
}

/// A mono 16-bit WAV: `bursts` tone bursts of `burst_ms`, each followed by `gap_ms` of
/// silence, after `lead_ms` of silence. The VAD cuts one utterance per burst.
pub fn bursts_wav(rate: u32, lead_ms: u32, bursts: usize, burst_ms: u32, gap_ms: u32) -> Vec<u8> {
    let n = |ms: u32| (rate as usize) * ms as usize / 1000;
    let mut s: Vec<i16> = vec![0; n(lead_ms)];
    for b in 0..bursts {
        let f = 220.0 + 110.0 * b as f32;
        for i in 0..n(burst_ms) {
            let t = i as f32 / rate as f32;
            let v = 0.3 * (2.0 * std::f32::consts::PI * f * t).sin()
                + 0.1 * (2.0 * std::f32::consts::PI * 3.0 * f * t).sin();
            s.push((v * 32767.0) as i16);
        }
        s.extend(std::iter::repeat_n(0, n(gap_ms)));
    }
    wav::encode_mono_s16(&s, rate)
}

pub async fn emulator() -> RunningEmulator {
    Emulator::start(EmulatorConfig::dev_default())
        .await
        .expect("emulator")
}

pub fn livekit(emu: &RunningEmulator) -> Arc<LiveKit> {
    Arc::new(
        LiveKit::new(
            Connection {
                url: emu.url.clone(),
                api_key: emu.api_key().into(),
                api_secret: Secret::new(emu.api_secret()),
            },
            Duration::from_secs(5),
        )
        .unwrap(),
    )
}

/// Creates `room` with transcription on and a participant `prof-ada` (Ada) whose microphone
/// plays `wav` at `speed`; returns the track sid.
pub async fn speaking_room(
    emu: &RunningEmulator,
    store: &Store,
    room: &str,
    wav: &[u8],
    speed: f64,
) -> String {
    rooms::create(
        &livekit(emu),
        CreateRoom {
            name: room.into(),
            ..Default::default()
        },
    )
    .await
    .unwrap();
    policy::set(
        store,
        room,
        PolicyUpdate {
            transcribe: Some(true),
            ..Default::default()
        },
        "test",
    )
    .await
    .unwrap();
    let p = emu
        .control()
        .add_participant(
            room,
            ParticipantSpec::new("prof-ada")
                .name("Ada")
                .track(TrackSpec::audio("mic")),
        )
        .unwrap();
    let sid = p.tracks[0].sid.clone();
    emu.control()
        .attach_track_audio(room, &sid, wav, speed)
        .unwrap();
    sid
}

/// Fast settings for tests: short leases and polls, a free port on loopback.
pub fn fast_config(lease: Duration) -> WorkerConfig {
    WorkerConfig {
        concurrency: 4,
        listen: SocketAddr::from(([127, 0, 0, 1], 0)),
        lease,
        heartbeat: Duration::from_millis(100),
        poll_interval: Duration::from_millis(200),
        drain_timeout: Duration::from_secs(20),
        captions: CaptionSettings {
            retry_delay: Duration::from_millis(20),
            ..Default::default()
        },
        ..WorkerConfig::default()
    }
}

pub fn openai_stt(base: &str) -> Arc<OpenAiStt> {
    let mut cfg = OpenAiSttConfig::new(base, Secret::new("local"), "whisper-local");
    cfg.backoff.initial = Duration::from_millis(50);
    Arc::new(OpenAiStt::new(cfg).unwrap())
}

pub async fn start_worker(
    cfg: WorkerConfig,
    store: Store,
    emu: &RunningEmulator,
    stt: &str,
    transcripts: Arc<dyn lkctl_agent::worker::TranscriptStore>,
) -> Worker {
    Worker::start(
        cfg,
        WorkerParts {
            store,
            livekit: livekit(emu),
            stt: openai_stt(stt),
            transcripts,
            summaries: SummaryMaker::Extractive(ExtractiveConfig::default()),
        },
    )
    .await
    .expect("worker starts")
}

/// Polls `check` until it gives a value. The bound only guards against a hang: how fast
/// the worker gets there is not under test.
pub async fn until<T, F, Fut>(what: &str, mut check: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Option<T>>,
{
    let guard = tokio::time::Instant::now() + Duration::from_secs(90);
    loop {
        if let Some(v) = check().await {
            return v;
        }
        assert!(
            tokio::time::Instant::now() < guard,
            "never happened: {what}"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

/// The captions the emulator recorded for `room` (SendData on topic `transcription`).
pub fn captions(emu: &RunningEmulator, room: &str) -> Vec<Caption> {
    emu.control()
        .data_packets()
        .into_iter()
        .filter(|d| d.room == room)
        .filter_map(|d| match d.packet.value {
            Some(livekit_protocol::data_packet::Value::User(u))
                if u.topic.as_deref() == Some(CAPTION_TOPIC) =>
            {
                Some(serde_json::from_slice::<Caption>(&u.payload).expect("caption JSON"))
            }
            _ => None,
        })
        .collect()
}

/// Transcripts kept in memory, shared by the workers of one test, counting every write so
/// a test sees duplicates that an idempotent store would hide.
#[derive(Debug, Default)]
pub struct MemoryTranscripts {
    pub segments: Mutex<Vec<lkctl_core::lecture::TranscriptSegment>>,
    pub writes: Mutex<Vec<String>>,
    pub summaries: Mutex<Vec<(String, lkctl_core::lecture::Summary, String)>>,
}

#[async_trait::async_trait]
impl lkctl_agent::worker::TranscriptStore for MemoryTranscripts {
    async fn put_segment(
        &self,
        segment: &lkctl_core::lecture::TranscriptSegment,
        _provider: &str,
    ) -> lkctl_agent::Result<bool> {
        self.writes.lock().unwrap().push(segment.id.clone());
        let mut all = self.segments.lock().unwrap();
        if all.iter().any(|s| s.id == segment.id) {
            return Ok(false);
        }
        all.push(segment.clone());
        all.sort_by_key(|s| (s.start_ms, s.id.clone()));
        Ok(true)
    }

    async fn segments(
        &self,
        room: &str,
        room_sid: Option<&str>,
    ) -> lkctl_agent::Result<Vec<lkctl_core::lecture::TranscriptSegment>> {
        Ok(self
            .segments
            .lock()
            .unwrap()
            .iter()
            .filter(|s| s.room == room && (room_sid.is_none() || s.room_sid.as_deref() == room_sid))
            .cloned()
            .collect())
    }

    async fn put_summary(
        &self,
        room: &str,
        _room_sid: Option<&str>,
        summary: &lkctl_core::lecture::Summary,
        provider: &str,
    ) -> lkctl_agent::Result<()> {
        self.summaries.lock().unwrap().push((
            room.to_string(),
            summary.clone(),
            provider.to_string(),
        ));
        Ok(())
    }
}
