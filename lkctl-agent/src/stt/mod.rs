//! Speech to text: a streaming provider trait and its implementations.
//!
//! A provider turns one track's audio into segments. The caller pushes mono
//! audio at the provider's sample rate ([`SpeechToText::sample_rate`]) through
//! an [`SttStream`] and reads [`SttEvent`]s back: interim segments (text that
//! may still change), final segments, gaps (audio that could not be
//! transcribed, with the reason) and provider status changes (connected,
//! failing and retrying), which `lkctl agent status` and the log report.
//!
//! Times in events are milliseconds on the stream's clock: sample 0 is the
//! first sample pushed, and audio pushed while muted counts as time too (it
//! is simply not sent). The caller adds the track's offset in the room.
//!
//! Implementations: [`deepgram`] (Deepgram's live WebSocket API) and
//! [`openai`] (any OpenAI-compatible `/v1/audio/transcriptions` endpoint, fed
//! utterances cut by the [VAD](crate::vad)).

pub mod deepgram;
pub mod openai;

use std::time::Duration;

use tokio::sync::mpsc;

use crate::error::{Error, Result};

/// Who and what a stream transcribes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StreamContext {
    /// The speaker's participant identity, copied into every segment.
    pub speaker: Option<String>,
    /// A BCP-47 language hint (`en`, `ru`), overriding the provider's default.
    pub language: Option<String>,
}

/// A piece of transcribed speech.
#[derive(Debug, Clone, PartialEq)]
pub struct SttSegment {
    pub speaker: Option<String>,
    pub text: String,
    /// On the stream's clock. An utterance keeps the same start from its first
    /// interim to its final, so ids derived from it stay stable.
    pub start_ms: i64,
    pub end_ms: i64,
    /// 0..1 when the provider gives one.
    pub confidence: Option<f32>,
    pub language: Option<String>,
}

/// Audio that was not transcribed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub start_ms: i64,
    pub end_ms: i64,
    pub reason: String,
}

/// The provider's connection state, for status reporting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProviderStatus {
    Connected,
    /// A failure (refused key, timeout, dropped connection, error message);
    /// the stream retries after `retry_in` unless it is closing.
    Failing {
        error: String,
        attempt: u32,
        retry_in: Duration,
    },
}

/// What a stream reports.
#[derive(Debug, Clone, PartialEq)]
pub enum SttEvent {
    Interim(SttSegment),
    Final(SttSegment),
    Gap(Gap),
    Status(ProviderStatus),
}

/// What the caller sends a stream.
#[derive(Debug, Clone, PartialEq)]
pub enum SttCommand {
    /// Mono samples in [-1, 1] at the provider's rate.
    Audio(Vec<f32>),
    /// The track was muted or unmuted.
    Muted(bool),
    /// Flush: whatever was heard so far should come out as final.
    Finalize,
    /// The audio is over: flush, then end the stream.
    Close,
}

/// One running transcription stream. Events end (`next_event` returns `None`)
/// after a [`SttStream::close`] has been fully processed or the provider task stopped.
#[derive(Debug)]
pub struct SttStream {
    input: mpsc::Sender<SttCommand>,
    events: mpsc::Receiver<SttEvent>,
}

impl SttStream {
    /// Connects a command sender and an event receiver (for implementations).
    pub fn new(input: mpsc::Sender<SttCommand>, events: mpsc::Receiver<SttEvent>) -> Self {
        Self { input, events }
    }

    /// Splits the stream so one task can push while another reads.
    pub fn split(self) -> (SttInput, mpsc::Receiver<SttEvent>) {
        (SttInput { tx: self.input }, self.events)
    }

    pub async fn push_audio(&self, samples: Vec<f32>) -> Result<()> {
        send(&self.input, SttCommand::Audio(samples)).await
    }

    pub async fn set_muted(&self, muted: bool) -> Result<()> {
        send(&self.input, SttCommand::Muted(muted)).await
    }

    pub async fn finalize(&self) -> Result<()> {
        send(&self.input, SttCommand::Finalize).await
    }

    pub async fn close(&self) -> Result<()> {
        send(&self.input, SttCommand::Close).await
    }

    pub async fn next_event(&mut self) -> Option<SttEvent> {
        self.events.recv().await
    }
}

/// The sending half of a split [`SttStream`].
#[derive(Debug, Clone)]
pub struct SttInput {
    tx: mpsc::Sender<SttCommand>,
}

impl SttInput {
    pub async fn send(&self, cmd: SttCommand) -> Result<()> {
        send(&self.tx, cmd).await
    }
}

async fn send(tx: &mpsc::Sender<SttCommand>, cmd: SttCommand) -> Result<()> {
    tx.send(cmd).await.map_err(|_| Error::Closed)
}

/// A speech-to-text provider.
pub trait SpeechToText: Send + Sync {
    /// A short name for logs, status and the stored transcript (`deepgram`, `openai`).
    fn name(&self) -> &str;
    /// The mono sample rate the stream takes.
    fn sample_rate(&self) -> u32;
    /// Starts a stream for one track. Must be called inside a Tokio runtime.
    fn start(&self, ctx: StreamContext) -> SttStream;
}

/// Exponential backoff with jitter, for reconnects and retries.
#[derive(Debug, Clone, PartialEq)]
pub struct Backoff {
    pub initial: Duration,
    pub max: Duration,
}

impl Default for Backoff {
    fn default() -> Self {
        Self {
            initial: Duration::from_millis(500),
            max: Duration::from_secs(30),
        }
    }
}

impl Backoff {
    /// The wait before retry number `attempt` (1-based): doubling from
    /// `initial`, capped at `max`, minus up to 20 % jitter so workers that
    /// failed together do not retry together.
    pub fn delay(&self, attempt: u32) -> Duration {
        let exp = self
            .initial
            .saturating_mul(1u32 << attempt.saturating_sub(1).min(16));
        let capped = exp.min(self.max);
        let jitter = rand::random::<f64>() * 0.2;
        capped.mul_f64(1.0 - jitter)
    }
}

pub(crate) fn samples_to_ms(samples: u64, rate: u32) -> i64 {
    (samples as u128 * 1000 / u128::from(rate.max(1))) as i64
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_caps() {
        let b = Backoff {
            initial: Duration::from_millis(100),
            max: Duration::from_secs(1),
        };
        let d1 = b.delay(1);
        assert!(d1 <= Duration::from_millis(100) && d1 >= Duration::from_millis(80));
        let d3 = b.delay(3);
        assert!(d3 <= Duration::from_millis(400) && d3 >= Duration::from_millis(320));
        let d10 = b.delay(10);
        assert!(d10 <= Duration::from_secs(1) && d10 >= Duration::from_millis(800));
        assert_eq!(samples_to_ms(16_000, 16_000), 1000);
    }
}
