//! Captions into the room: a JSON payload sent with RoomService `SendData`
//! on topic `transcription`, where the classroom front end listens.
//!
//! The server API cannot open LiveKit text streams (`lk.transcription`); only
//! an agent participant can. So the worker sends one data packet per caption:
//!
//! ```json
//! {"version":1,"segment_id":"SG_3f9a…","identity":"prof-ada","name":"Ada",
//!  "track_id":"TR_AMkq…","text":"Good morning everyone","final":false,
//!  "start_ms":12040,"end_ms":13980,"language":"en"}
//! ```
//!
//! A segment is one utterance. Its interims and its final share the
//! `segment_id`; a front end replaces the text it shows for that id and stops
//! updating it once `final` is true. Times are milliseconds from the start of
//! the room session. Interims are rate-limited per speaker and sent lossy;
//! finals are always sent, reliable, and retried. The id is derived from the
//! room session, the track and the start time, so a retried or re-sent final
//! (another worker taking the room over) carries the same id.

use std::collections::{HashMap, HashSet, VecDeque};
use std::sync::Arc;
use std::time::{Duration, Instant};

use async_trait::async_trait;
use lkctl_core::LiveKit;
use lkctl_core::lecture::TranscriptSegment;
use lkctl_core::ops::rooms::{SendData, send_data};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::audio::TrackInfo;
use crate::error::Result;
use crate::stt::SttSegment;

/// The data topic captions are sent on.
pub const CAPTION_TOPIC: &str = "transcription";
/// The payload version this build writes.
pub const CAPTION_VERSION: u32 = 1;

/// One caption as sent into the room.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Caption {
    pub version: u32,
    pub segment_id: String,
    /// The speaker's participant identity.
    pub identity: Option<String>,
    /// The speaker's display name, when known.
    pub name: Option<String>,
    pub track_id: Option<String>,
    pub text: String,
    #[serde(rename = "final")]
    pub is_final: bool,
    pub start_ms: i64,
    pub end_ms: i64,
    pub language: Option<String>,
}

/// The deterministic id of the segment that starts at `start_ms` (room time)
/// on `track_id` in the room session `session` (the room's sid, or its name
/// when the sid is unknown): `SG_` and 24 hex digits of a SHA-256.
pub fn segment_id(session: &str, track_id: &str, start_ms: i64) -> String {
    let mut h = Sha256::new();
    for part in [
        session.as_bytes(),
        track_id.as_bytes(),
        &start_ms.to_be_bytes(),
    ] {
        h.update((part.len() as u64).to_be_bytes());
        h.update(part);
    }
    let digest = h.finalize();
    let hex: String = digest[..12].iter().map(|b| format!("{b:02x}")).collect();
    format!("SG_{hex}")
}

impl Caption {
    /// The caption for a provider's segment on a track, in room time.
    pub fn from_segment(track: &TrackInfo, seg: &SttSegment, is_final: bool) -> Self {
        let start_ms = track.offset_ms + seg.start_ms;
        let session = track.room_sid.as_deref().unwrap_or(&track.room);
        Self {
            version: CAPTION_VERSION,
            segment_id: segment_id(session, &track.track_id, start_ms),
            identity: seg
                .speaker
                .clone()
                .or_else(|| Some(track.participant_identity.clone())),
            name: track.participant_name.clone(),
            track_id: Some(track.track_id.clone()),
            text: seg.text.clone(),
            is_final,
            start_ms,
            end_ms: track.offset_ms + seg.end_ms,
            language: seg.language.clone(),
        }
    }

    /// The stored form of a final caption.
    pub fn to_transcript_segment(&self, track: &TrackInfo) -> TranscriptSegment {
        TranscriptSegment {
            id: self.segment_id.clone(),
            room: track.room.clone(),
            room_sid: track.room_sid.clone(),
            speaker: self.identity.clone(),
            speaker_name: self.name.clone(),
            track_id: self.track_id.clone(),
            text: self.text.clone(),
            language: self.language.clone(),
            start_ms: self.start_ms,
            end_ms: self.end_ms,
        }
    }

    /// The JSON payload.
    pub fn to_payload(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("a caption always serializes")
    }
}

/// Where captions go.
#[async_trait]
pub trait CaptionSink: Send + Sync {
    /// Sends one caption into `room`; `reliable` for finals.
    async fn send(&self, room: &str, caption: &Caption, reliable: bool) -> Result<()>;
}

/// Captions through LiveKit's RoomService `SendData` (core's send-data op).
#[derive(Debug, Clone)]
pub struct LiveKitCaptions {
    lk: Arc<LiveKit>,
}

impl LiveKitCaptions {
    pub fn new(lk: Arc<LiveKit>) -> Self {
        Self { lk }
    }
}

#[async_trait]
impl CaptionSink for LiveKitCaptions {
    async fn send(&self, room: &str, caption: &Caption, reliable: bool) -> Result<()> {
        let msg = SendData {
            room: room.to_string(),
            payload: caption.to_payload(),
            topic: Some(CAPTION_TOPIC.to_string()),
            destination_identities: Vec::new(),
            lossy: !reliable,
        };
        send_data(&self.lk, msg).await?;
        Ok(())
    }
}

/// What [`CaptionPublisher::publish`] did with a caption.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Published {
    Sent,
    /// An interim within the speaker's rate limit; a later one or the final replaces it.
    Throttled,
    /// An interim for a segment whose final was already sent.
    Stale,
}

/// Settings of the publisher.
#[derive(Debug, Clone)]
pub struct CaptionSettings {
    /// At most one interim per speaker per this interval.
    pub interim_interval: Duration,
    /// Attempts for a final before giving up.
    pub final_attempts: u32,
    /// Wait before the second attempt; doubles after.
    pub retry_delay: Duration,
}

impl Default for CaptionSettings {
    fn default() -> Self {
        Self {
            interim_interval: Duration::from_millis(300),
            final_attempts: 4,
            retry_delay: Duration::from_millis(250),
        }
    }
}

/// Sends captions into one room: interims rate-limited per speaker, finals
/// always and with retries, nothing for a segment after its final.
pub struct CaptionPublisher<S: CaptionSink> {
    sink: S,
    room: String,
    settings: CaptionSettings,
    last_interim: HashMap<String, Instant>,
    finals: HashSet<String>,
    finals_order: VecDeque<String>,
}

/// How many final ids are remembered to drop late interims.
const REMEMBERED_FINALS: usize = 1024;

impl<S: CaptionSink> CaptionPublisher<S> {
    pub fn new(sink: S, room: impl Into<String>, settings: CaptionSettings) -> Self {
        Self {
            sink,
            room: room.into(),
            settings,
            last_interim: HashMap::new(),
            finals: HashSet::new(),
            finals_order: VecDeque::new(),
        }
    }

    /// Publishes a caption; `now` is the caller's clock (tests pass their own).
    pub async fn publish(&mut self, caption: &Caption, now: Instant) -> Result<Published> {
        let speaker = caption
            .identity
            .clone()
            .or_else(|| caption.track_id.clone())
            .unwrap_or_default();
        if !caption.is_final {
            if self.finals.contains(&caption.segment_id) {
                return Ok(Published::Stale);
            }
            if let Some(last) = self.last_interim.get(&speaker)
                && now.duration_since(*last) < self.settings.interim_interval
            {
                return Ok(Published::Throttled);
            }
            self.sink.send(&self.room, caption, false).await?;
            self.last_interim.insert(speaker, now);
            return Ok(Published::Sent);
        }
        let mut attempt = 1;
        let mut delay = self.settings.retry_delay;
        loop {
            match self.sink.send(&self.room, caption, true).await {
                Ok(()) => break,
                Err(e) if attempt < self.settings.final_attempts => {
                    tracing::warn!(error = %e, attempt, segment = %caption.segment_id, "sending a final caption failed; retrying");
                    tokio::time::sleep(delay).await;
                    delay = delay.saturating_mul(2);
                    attempt += 1;
                }
                Err(e) => return Err(e),
            }
        }
        if self.finals.insert(caption.segment_id.clone()) {
            self.finals_order.push_back(caption.segment_id.clone());
            if self.finals_order.len() > REMEMBERED_FINALS
                && let Some(old) = self.finals_order.pop_front()
            {
                self.finals.remove(&old);
            }
        }
        // The next interim from this speaker starts a new segment: let it through.
        self.last_interim.remove(&speaker);
        Ok(Published::Sent)
    }

    pub fn sink(&self) -> &S {
        &self.sink
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::Mutex;

    #[derive(Default)]
    struct Recorder {
        sent: Mutex<Vec<(Caption, bool)>>,
        fail_first: Mutex<u32>,
    }

    #[async_trait]
    impl CaptionSink for &Recorder {
        async fn send(&self, _room: &str, caption: &Caption, reliable: bool) -> Result<()> {
            {
                let mut f = self.fail_first.lock().unwrap();
                if *f > 0 {
                    *f -= 1;
                    return Err(crate::Error::Invalid("simulated failure".into()));
                }
            }
            self.sent.lock().unwrap().push((caption.clone(), reliable));
            Ok(())
        }
    }

    fn track() -> TrackInfo {
        TrackInfo {
            room: "physics".into(),
            room_sid: Some("RM_1".into()),
            participant_identity: "prof-ada".into(),
            participant_name: Some("Ada".into()),
            track_id: "TR_a".into(),
            offset_ms: 10_000,
        }
    }

    fn seg(text: &str, start: i64, end: i64) -> SttSegment {
        SttSegment {
            speaker: Some("prof-ada".into()),
            text: text.into(),
            start_ms: start,
            end_ms: end,
            confidence: Some(0.9),
            language: Some("en".into()),
        }
    }

    #[test]
    fn ids_are_deterministic_and_distinct() {
        let a = segment_id("RM_1", "TR_a", 1000);
        assert_eq!(a, segment_id("RM_1", "TR_a", 1000));
        assert!(a.starts_with("SG_") && a.len() == 27);
        assert_ne!(a, segment_id("RM_1", "TR_a", 1001));
        assert_ne!(a, segment_id("RM_1", "TR_b", 1000));
        assert_ne!(a, segment_id("RM_2", "TR_a", 1000));
        // Field boundaries matter: no ambiguity from concatenation.
        assert_ne!(segment_id("RM_1T", "R_a", 1), segment_id("RM_1", "TR_a", 1));
    }

    #[test]
    fn payload_is_the_documented_json() {
        let c = Caption::from_segment(&track(), &seg("hello", 200, 900), true);
        let v: serde_json::Value = serde_json::from_slice(&c.to_payload()).unwrap();
        assert_eq!(
            v,
            serde_json::json!({
                "version": 1, "segment_id": segment_id("RM_1", "TR_a", 10_200),
                "identity": "prof-ada", "name": "Ada", "track_id": "TR_a",
                "text": "hello", "final": true, "start_ms": 10_200, "end_ms": 10_900,
                "language": "en"
            })
        );
        let t = c.to_transcript_segment(&track());
        assert_eq!(
            (t.id.as_str(), t.start_ms, t.end_ms),
            (c.segment_id.as_str(), 10_200, 10_900)
        );
        assert_eq!(t.room_sid.as_deref(), Some("RM_1"));
    }

    #[tokio::test]
    async fn interims_are_rate_limited_per_speaker_and_finals_always_go() {
        let rec = Recorder::default();
        let mut p = CaptionPublisher::new(&rec, "physics", CaptionSettings::default());
        let t0 = Instant::now();
        let ms = |n| t0 + Duration::from_millis(n);
        let i1 = Caption::from_segment(&track(), &seg("hel", 0, 300), false);
        let i2 = Caption::from_segment(&track(), &seg("hello", 0, 500), false);
        let i3 = Caption::from_segment(&track(), &seg("hello every", 0, 800), false);
        let mut other = track();
        other.participant_identity = "student".into();
        other.track_id = "TR_s".into();
        let mut s = seg("question", 0, 400);
        s.speaker = Some("student".into());
        let o1 = Caption::from_segment(&other, &s, false);
        assert_eq!(p.publish(&i1, ms(0)).await.unwrap(), Published::Sent);
        assert_eq!(p.publish(&i2, ms(100)).await.unwrap(), Published::Throttled);
        assert_eq!(
            p.publish(&o1, ms(150)).await.unwrap(),
            Published::Sent,
            "another speaker has its own limit"
        );
        assert_eq!(p.publish(&i3, ms(350)).await.unwrap(), Published::Sent);
        let f = Caption::from_segment(&track(), &seg("hello everyone", 0, 900), true);
        assert_eq!(
            p.publish(&f, ms(360)).await.unwrap(),
            Published::Sent,
            "finals ignore the limit"
        );
        assert_eq!(p.publish(&i3, ms(2000)).await.unwrap(), Published::Stale);
        let sent = rec.sent.lock().unwrap();
        let texts: Vec<_> = sent.iter().map(|(c, r)| (c.text.as_str(), *r)).collect();
        assert_eq!(
            texts,
            vec![
                ("hel", false),
                ("question", false),
                ("hello every", false),
                ("hello everyone", true)
            ]
        );
        assert!(
            sent.iter()
                .filter(|(c, _)| c.identity.as_deref() == Some("prof-ada"))
                .all(|(c, _)| c.segment_id == f.segment_id)
        );
    }

    #[tokio::test]
    async fn finals_are_retried_until_sent() {
        let rec = Recorder {
            fail_first: Mutex::new(2),
            ..Default::default()
        };
        let settings = CaptionSettings {
            retry_delay: Duration::from_millis(1),
            ..Default::default()
        };
        let mut p = CaptionPublisher::new(&rec, "physics", settings);
        let f = Caption::from_segment(&track(), &seg("done", 0, 500), true);
        assert_eq!(
            p.publish(&f, Instant::now()).await.unwrap(),
            Published::Sent
        );
        assert_eq!(rec.sent.lock().unwrap().len(), 1);
        *rec.fail_first.lock().unwrap() = 10;
        assert!(
            p.publish(&f, Instant::now()).await.is_err(),
            "gives up after the attempts"
        );
    }
}
