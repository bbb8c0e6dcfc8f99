//! Any OpenAI-compatible transcription endpoint (`POST {base}/audio/transcriptions`,
//! multipart), fed utterances cut by the [VAD](crate::vad).
//!
//! The base URL and model are settings, so OpenAI (`whisper-1`,
//! `gpt-4o-transcribe`) and local Whisper servers (faster-whisper or
//! whisper.cpp behind an OpenAI-shaped API) both work. Each utterance is
//! uploaded as a 16-bit mono WAV file; the answer's `text` becomes one final
//! segment with the utterance's times. There are no interims.
//!
//! The answer is read leniently (only `text` is needed; a plain-text body is
//! taken as the text), because local servers differ in what else they send.
//! A failed upload (refused key, timeout, 5xx, unreachable server) is
//! reported as [`ProviderStatus::Failing`] and retried with backoff;
//! utterances keep queueing meanwhile up to a bound, the oldest beyond it is
//! dropped, and dropped or finally failed audio is reported as a [`Gap`].

use std::collections::VecDeque;
use std::time::Duration;

use async_openai::Client;
use async_openai::config::OpenAIConfig;
use async_openai::types::audio::{AudioInput, AudioResponseFormat, CreateTranscriptionRequest};
use lkctl_core::Secret;
use serde::Deserialize;
use tokio::sync::mpsc;

use super::{
    Backoff, Gap, ProviderStatus, SpeechToText, StreamContext, SttCommand, SttEvent, SttSegment,
    SttStream,
};
use crate::audio::to_i16;
use crate::vad::{Utterance, Vad, VadConfig};
use crate::wav;

/// Settings of the OpenAI-compatible transcription client.
#[derive(Debug, Clone)]
pub struct OpenAiSttConfig {
    /// The API base, e.g. `https://api.openai.com/v1` or `http://127.0.0.1:8000/v1`.
    pub base_url: String,
    /// Empty for local servers that take no key.
    pub api_key: Secret,
    pub model: String,
    pub language: Option<String>,
    /// Text that guides the model (names, terms).
    pub prompt: Option<String>,
    /// The rate audio is pushed and uploaded at.
    pub sample_rate: u32,
    pub vad: VadConfig,
    pub backoff: Backoff,
    /// Attempts per utterance before it is given up as a gap.
    pub attempts: u32,
    /// Audio waiting for upload beyond this is dropped (oldest first) as a gap.
    pub max_queued: Duration,
    pub timeout: Duration,
}

impl OpenAiSttConfig {
    pub fn new(base_url: impl Into<String>, api_key: Secret, model: impl Into<String>) -> Self {
        Self {
            base_url: base_url.into(),
            api_key,
            model: model.into(),
            language: None,
            prompt: None,
            sample_rate: 16_000,
            vad: VadConfig::default(),
            backoff: Backoff::default(),
            attempts: 5,
            max_queued: Duration::from_secs(120),
            timeout: Duration::from_secs(60),
        }
    }
}

/// The OpenAI-compatible provider.
#[derive(Debug, Clone)]
pub struct OpenAiStt {
    cfg: OpenAiSttConfig,
    client: Client<OpenAIConfig>,
}

impl OpenAiStt {
    pub fn new(cfg: OpenAiSttConfig) -> crate::Result<Self> {
        let http = reqwest::Client::builder()
            .timeout(cfg.timeout)
            .build()
            .map_err(|e| crate::Error::Invalid(format!("cannot build the HTTP client: {e}")))?;
        let oa = OpenAIConfig::new()
            .with_api_base(cfg.base_url.trim_end_matches('/'))
            .with_api_key(cfg.api_key.expose());
        Ok(Self {
            client: Client::with_config(oa).with_http_client(http),
            cfg,
        })
    }
}

impl SpeechToText for OpenAiStt {
    fn name(&self) -> &str {
        "openai"
    }

    fn sample_rate(&self) -> u32 {
        self.cfg.sample_rate
    }

    fn start(&self, ctx: StreamContext) -> SttStream {
        let (cmd_tx, cmd_rx) = mpsc::channel(64);
        let (ev_tx, ev_rx) = mpsc::channel(256);
        let (utt_tx, utt_rx) = mpsc::unbounded_channel();
        let vad = Vad::new(self.cfg.vad.clone(), self.cfg.sample_rate);
        tokio::spawn(cut(vad, cmd_rx, utt_tx));
        let uploader = Uploader {
            cfg: self.cfg.clone(),
            client: self.client.clone(),
            ctx,
            events: ev_tx,
        };
        tokio::spawn(uploader.run(utt_rx));
        SttStream::new(cmd_tx, ev_rx)
    }
}

/// Runs the VAD over the pushed audio and hands utterances to the uploader.
async fn cut(
    mut vad: Vad,
    mut commands: mpsc::Receiver<SttCommand>,
    out: mpsc::UnboundedSender<Utterance>,
) {
    let mut muted = false;
    while let Some(cmd) = commands.recv().await {
        let done: Vec<Utterance> = match cmd {
            SttCommand::Audio(samples) => {
                if muted {
                    // Keep the clock: muted time is silence.
                    vad.push(&vec![0.0; samples.len()])
                } else {
                    vad.push(&samples)
                }
            }
            SttCommand::Muted(m) => {
                muted = m;
                if m {
                    vad.flush().into_iter().collect()
                } else {
                    Vec::new()
                }
            }
            SttCommand::Finalize => vad.flush().into_iter().collect(),
            SttCommand::Close => {
                if let Some(u) = vad.flush() {
                    let _ = out.send(u);
                }
                return;
            }
        };
        for u in done {
            if out.send(u).is_err() {
                return;
            }
        }
    }
    if let Some(u) = vad.flush() {
        let _ = out.send(u);
    }
}

#[derive(Deserialize)]
struct Answer {
    text: String,
    #[serde(default)]
    language: Option<String>,
}

struct Uploader {
    cfg: OpenAiSttConfig,
    client: Client<OpenAIConfig>,
    ctx: StreamContext,
    events: mpsc::Sender<SttEvent>,
}

impl Uploader {
    async fn emit(&self, ev: SttEvent) {
        let _ = self.events.send(ev).await;
    }

    async fn run(self, mut input: mpsc::UnboundedReceiver<Utterance>) {
        let mut queue: VecDeque<Utterance> = VecDeque::new();
        let max = (self.cfg.max_queued.as_secs_f64() * f64::from(self.cfg.sample_rate)) as usize;
        let mut healthy: Option<bool> = None;
        let mut input_open = true;
        loop {
            // Take everything that arrived, bounding the queue.
            while let Ok(u) = input.try_recv() {
                queue.push_back(u);
            }
            if queue.is_empty() {
                if !input_open {
                    return;
                }
                match input.recv().await {
                    Some(u) => queue.push_back(u),
                    None => {
                        input_open = false;
                        continue;
                    }
                }
            }
            while queue.iter().map(|u| u.samples.len()).sum::<usize>() > max && queue.len() > 1 {
                let old = queue.pop_front().expect("non-empty");
                self.emit(SttEvent::Gap(Gap {
                    start_ms: old.start_ms(),
                    end_ms: old.end_ms(),
                    reason: "the transcription service fell too far behind; the queue overflowed"
                        .into(),
                }))
                .await;
            }
            let Some(u) = queue.pop_front() else { continue };
            let mut attempt = 0;
            loop {
                attempt += 1;
                match self.transcribe(&u).await {
                    Ok(answer) => {
                        if healthy != Some(true) {
                            healthy = Some(true);
                            self.emit(SttEvent::Status(ProviderStatus::Connected)).await;
                        }
                        let text = answer.text.trim();
                        if !text.is_empty() {
                            self.emit(SttEvent::Final(SttSegment {
                                speaker: self.ctx.speaker.clone(),
                                text: text.to_string(),
                                start_ms: u.start_ms(),
                                end_ms: u.end_ms(),
                                confidence: None,
                                language: answer
                                    .language
                                    .or_else(|| self.ctx.language.clone())
                                    .or_else(|| self.cfg.language.clone()),
                            }))
                            .await;
                        }
                        break;
                    }
                    Err(error) => {
                        healthy = Some(false);
                        let last = attempt >= self.cfg.attempts.max(1);
                        let retry_in = if last {
                            Duration::ZERO
                        } else {
                            self.cfg.backoff.delay(attempt)
                        };
                        tracing::warn!(%error, attempt, "transcription upload failed");
                        self.emit(SttEvent::Status(ProviderStatus::Failing {
                            error: error.clone(),
                            attempt,
                            retry_in,
                        }))
                        .await;
                        if last {
                            self.emit(SttEvent::Gap(Gap {
                                start_ms: u.start_ms(),
                                end_ms: u.end_ms(),
                                reason: format!("transcription failed {attempt} times: {error}"),
                            }))
                            .await;
                            break;
                        }
                        tokio::time::sleep(retry_in).await;
                    }
                }
            }
        }
    }

    async fn transcribe(&self, u: &Utterance) -> Result<Answer, String> {
        let bytes = wav::encode_mono_s16(&to_i16(&u.samples), u.sample_rate);
        let req = CreateTranscriptionRequest {
            file: AudioInput::from_vec_u8("utterance.wav".into(), bytes),
            model: self.cfg.model.clone(),
            language: self
                .ctx
                .language
                .clone()
                .or_else(|| self.cfg.language.clone()),
            prompt: self.cfg.prompt.clone(),
            response_format: Some(AudioResponseFormat::Json),
            ..Default::default()
        };
        let body = self
            .client
            .audio()
            .transcription()
            .create_raw(req)
            .await
            .map_err(|e| e.to_string())?;
        let text = String::from_utf8_lossy(&body);
        match serde_json::from_str::<Answer>(&text) {
            Ok(a) => Ok(a),
            Err(_) if !text.trim_start().starts_with('{') => Ok(Answer {
                text: text.trim().to_string(),
                language: None,
            }),
            Err(e) => Err(format!("the answer has no text: {e}")),
        }
    }
}
