//! Deepgram live transcription (`/v1/listen` over WebSocket).
//!
//! Protocol (Deepgram's documentation, AGENT.md §3): the URL carries the
//! settings as query parameters (`model`, `encoding=linear16`, `sample_rate`,
//! `channels=1`, `interim_results`, `punctuate`, `smart_format`,
//! `endpointing`, `utterance_end_ms`, `vad_events`, optional `language`,
//! `diarize`, `keyterm`); the key goes in `Authorization: Token <key>`. Audio
//! goes up as binary frames of raw PCM (50 ms each here); `{"type":"KeepAlive"}`
//! is sent when no audio went up for a while (the track is muted or the source
//! is quiet), since the server closes idle streams after about 10 s;
//! `{"type":"Finalize"}` flushes (sent when the track mutes and on request);
//! `{"type":"CloseStream"}` ends the stream after a last flush.
//!
//! Results come back as `Results` messages: `is_final=false` is an interim
//! that will be replaced; `is_final=true` settles a span, appended to the
//! current utterance; `speech_final=true` (or `from_finalize`) ends the
//! utterance, as does an `UtteranceEnd` message. The utterance is reported as
//! interim segments while it grows and one final segment when it ends.
//!
//! Failures: a refused key, a timeout, an `Error` message or a dropped
//! connection are reported as [`ProviderStatus::Failing`] and retried with
//! backoff. Audio is kept until a final result covers it, so after a reconnect
//! what the old connection heard but did not finalise is sent again; audio
//! arriving while disconnected is buffered up to a bound, and what falls out
//! of the bound (or is never finalised at close) is reported as a [`Gap`].
//!
//! Longer than our ~600-line mark on purpose: the connection loop, the replay buffer and
//! utterance assembly share one state and one clock; the unit tests are the last 50 lines.

use std::collections::VecDeque;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use lkctl_core::Secret;
use serde::Deserialize;
use tokio::sync::mpsc;
use tokio::time::Instant;
use tokio_tungstenite::tungstenite::Message;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use url::Url;

use super::{
    Backoff, Gap, ProviderStatus, SpeechToText, StreamContext, SttCommand, SttEvent, SttSegment,
    SttStream, samples_to_ms,
};
use crate::audio::to_i16;

/// Deepgram's live endpoint.
pub const DEFAULT_URL: &str = "wss://api.deepgram.com/v1/listen";

/// Settings of the Deepgram client.
#[derive(Debug, Clone)]
pub struct DeepgramConfig {
    pub api_key: Secret,
    /// The endpoint (tests point it at a local server).
    pub url: Url,
    pub model: String,
    pub language: Option<String>,
    pub sample_rate: u32,
    pub interim_results: bool,
    pub punctuate: bool,
    pub smart_format: bool,
    /// Silence that ends speech (`speech_final`), in ms.
    pub endpointing_ms: u32,
    /// Gap between words that produces an `UtteranceEnd`, in ms (Deepgram's minimum is 1000).
    pub utterance_end_ms: u32,
    pub vad_events: bool,
    pub diarize: bool,
    pub keyterms: Vec<String>,
    /// Audio goes up in chunks of this length.
    pub chunk_ms: u32,
    /// A KeepAlive goes up after this long without audio.
    pub keepalive: Duration,
    pub connect_timeout: Duration,
    /// How long to wait for the last results after CloseStream.
    pub close_timeout: Duration,
    pub backoff: Backoff,
    /// Audio kept while it is not yet finalised (in flight, or waiting for a
    /// reconnect). Older audio beyond this is dropped and reported as a gap.
    pub max_buffer: Duration,
}

impl DeepgramConfig {
    /// Deepgram's recommended live settings (those of LiveKit's plugin).
    pub fn new(api_key: Secret) -> Self {
        Self {
            api_key,
            url: Url::parse(DEFAULT_URL).expect("valid constant"),
            model: "nova-3".into(),
            language: None,
            sample_rate: 16_000,
            interim_results: true,
            punctuate: true,
            smart_format: true,
            endpointing_ms: 300,
            utterance_end_ms: 1000,
            vad_events: true,
            diarize: false,
            keyterms: Vec::new(),
            chunk_ms: 50,
            keepalive: Duration::from_secs(4),
            connect_timeout: Duration::from_secs(10),
            close_timeout: Duration::from_secs(10),
            backoff: Backoff::default(),
            max_buffer: Duration::from_secs(60),
        }
    }

    /// The listen URL with every query parameter.
    pub fn listen_url(&self, language: Option<&str>) -> Url {
        let mut url = self.url.clone();
        {
            let mut q = url.query_pairs_mut();
            q.append_pair("model", &self.model)
                .append_pair("encoding", "linear16")
                .append_pair("sample_rate", &self.sample_rate.to_string())
                .append_pair("channels", "1")
                .append_pair("interim_results", bool_str(self.interim_results))
                .append_pair("punctuate", bool_str(self.punctuate))
                .append_pair("smart_format", bool_str(self.smart_format))
                .append_pair("endpointing", &self.endpointing_ms.to_string())
                .append_pair("utterance_end_ms", &self.utterance_end_ms.to_string())
                .append_pair("vad_events", bool_str(self.vad_events));
            if self.diarize {
                q.append_pair("diarize", "true");
            }
            if let Some(lang) = language.or(self.language.as_deref()) {
                q.append_pair("language", lang);
            }
            for k in &self.keyterms {
                q.append_pair("keyterm", k);
            }
        }
        url
    }
}

fn bool_str(b: bool) -> &'static str {
    if b { "true" } else { "false" }
}

/// The Deepgram provider.
#[derive(Debug, Clone)]
pub struct Deepgram {
    config: DeepgramConfig,
}

impl Deepgram {
    pub fn new(config: DeepgramConfig) -> Self {
        Self { config }
    }
}

impl SpeechToText for Deepgram {
    fn name(&self) -> &str {
        "deepgram"
    }

    fn sample_rate(&self) -> u32 {
        self.config.sample_rate
    }

    fn start(&self, ctx: StreamContext) -> SttStream {
        let (cmd_tx, cmd_rx) = mpsc::channel(64);
        let (ev_tx, ev_rx) = mpsc::channel(256);
        let session = Session::new(self.config.clone(), ctx, ev_tx);
        tokio::spawn(session.run(cmd_rx));
        SttStream::new(cmd_tx, ev_rx)
    }
}

// ---- Deepgram's messages ----

#[derive(Debug, Deserialize)]
#[serde(tag = "type")]
enum ServerMessage {
    Results(Results),
    UtteranceEnd {},
    SpeechStarted {},
    Metadata {},
    Error(ErrorBody),
    #[serde(other)]
    Other,
}

/// Deepgram's error message; the field names vary between API versions.
#[derive(Debug, Default, Deserialize)]
struct ErrorBody {
    description: Option<String>,
    message: Option<String>,
    err_msg: Option<String>,
    variant: Option<String>,
    err_code: Option<String>,
}

#[derive(Debug, Deserialize)]
struct Results {
    #[serde(default)]
    start: f64,
    #[serde(default)]
    duration: f64,
    #[serde(default)]
    is_final: bool,
    #[serde(default)]
    speech_final: bool,
    #[serde(default)]
    from_finalize: bool,
    channel: Channel,
}

#[derive(Debug, Deserialize)]
struct Channel {
    #[serde(default)]
    alternatives: Vec<Alternative>,
}

#[derive(Debug, Deserialize)]
struct Alternative {
    #[serde(default)]
    transcript: String,
    #[serde(default)]
    confidence: Option<f32>,
    #[serde(default)]
    words: Vec<Word>,
    #[serde(default)]
    languages: Vec<String>,
}

#[derive(Debug, Deserialize)]
struct Word {
    start: f64,
    end: f64,
}

// ---- the stream's state ----

/// Audio not yet covered by a final result.
struct Chunk {
    /// First sample on the stream clock.
    start: u64,
    samples: Vec<i16>,
}

/// The utterance being assembled from settled spans.
#[derive(Default)]
struct Utterance {
    parts: Vec<String>,
    start_ms: Option<i64>,
    end_ms: i64,
    confidence_sum: f32,
    confidence_n: u32,
    language: Option<String>,
}

struct Session {
    cfg: DeepgramConfig,
    ctx: StreamContext,
    events: mpsc::Sender<SttEvent>,
    /// Samples pushed so far (the stream clock).
    clock: u64,
    muted: bool,
    /// Audio waiting to fill a chunk.
    staging: Vec<i16>,
    staging_start: u64,
    /// Unfinalised audio, oldest first.
    pending: VecDeque<Chunk>,
    pending_samples: usize,
    /// Chunks of `pending` already sent on the current connection.
    sent_chunks: usize,
    /// Breakpoints (samples sent on this connection, stream sample) mapping
    /// Deepgram's connection clock to the stream clock.
    breakpoints: Vec<(u64, u64)>,
    sent_on_conn: u64,
    utterance: Utterance,
    closing: bool,
}

type Ws =
    tokio_tungstenite::WebSocketStream<tokio_tungstenite::MaybeTlsStream<tokio::net::TcpStream>>;

enum ConnEnd {
    /// The stream is finished (closed after CloseStream).
    Done,
    /// The connection failed; reconnect.
    Failed(String),
}

impl Session {
    fn new(cfg: DeepgramConfig, ctx: StreamContext, events: mpsc::Sender<SttEvent>) -> Self {
        Self {
            cfg,
            ctx,
            events,
            clock: 0,
            muted: false,
            staging: Vec::new(),
            staging_start: 0,
            pending: VecDeque::new(),
            pending_samples: 0,
            sent_chunks: 0,
            breakpoints: Vec::new(),
            sent_on_conn: 0,
            utterance: Utterance::default(),
            closing: false,
        }
    }

    fn rate(&self) -> u32 {
        self.cfg.sample_rate
    }

    fn ms(&self, samples: u64) -> i64 {
        samples_to_ms(samples, self.rate())
    }

    async fn emit(&self, ev: SttEvent) {
        // A caller that stopped reading has dropped the stream; nothing to do.
        let _ = self.events.send(ev).await;
    }

    async fn run(mut self, mut commands: mpsc::Receiver<SttCommand>) {
        let mut attempt = 0u32;
        loop {
            if self.closing && self.pending.is_empty() && self.staging.is_empty() {
                break;
            }
            let connected = tokio::time::timeout(self.cfg.connect_timeout, self.connect()).await;
            let failure = match connected {
                Ok(Ok(ws)) => {
                    attempt = 0;
                    self.emit(SttEvent::Status(ProviderStatus::Connected)).await;
                    match self.serve(ws, &mut commands).await {
                        ConnEnd::Done => break,
                        ConnEnd::Failed(e) => e,
                    }
                }
                Ok(Err(e)) => e,
                Err(_) => format!(
                    "no answer within {}s",
                    self.cfg.connect_timeout.as_secs_f32()
                ),
            };
            attempt += 1;
            let retry_in = self.cfg.backoff.delay(attempt);
            tracing::warn!(error = %failure, attempt, "deepgram stream failed");
            if self.closing {
                // Nobody will send more audio; do not keep retrying forever.
                if attempt > 3 {
                    self.emit(SttEvent::Status(ProviderStatus::Failing {
                        error: failure,
                        attempt,
                        retry_in: Duration::ZERO,
                    }))
                    .await;
                    break;
                }
            }
            self.emit(SttEvent::Status(ProviderStatus::Failing {
                error: failure,
                attempt,
                retry_in,
            }))
            .await;
            // Keep taking audio while waiting, so the source is not stalled.
            let until = Instant::now() + retry_in;
            loop {
                tokio::select! {
                    _ = tokio::time::sleep_until(until) => break,
                    cmd = commands.recv(), if !self.closing => match cmd {
                        Some(cmd) => self.take(cmd).await,
                        None => self.closing = true,
                    },
                }
            }
        }
        self.flush_staging();
        self.end_utterance().await;
        if !self.pending.is_empty() {
            let start = self.pending.front().map(|c| c.start).unwrap_or(0);
            let end = self
                .pending
                .back()
                .map(|c| c.start + c.samples.len() as u64)
                .unwrap_or(start);
            self.emit(SttEvent::Gap(Gap {
                start_ms: self.ms(start),
                end_ms: self.ms(end),
                reason: "the stream ended before Deepgram finalised this audio".into(),
            }))
            .await;
        }
    }

    async fn connect(&self) -> Result<Ws, String> {
        // Both ring and aws-lc are linked into lkctl; pick one for wss:// (a no-op if set).
        let _ = rustls::crypto::ring::default_provider().install_default();
        let url = self.cfg.listen_url(self.ctx.language.as_deref());
        let mut req = url
            .as_str()
            .into_client_request()
            .map_err(|e| format!("bad URL: {e}"))?;
        let auth = format!("Token {}", self.cfg.api_key.expose())
            .parse()
            .map_err(|_| "the API key is not a valid header value".to_string())?;
        req.headers_mut().insert("Authorization", auth);
        match tokio_tungstenite::connect_async(req).await {
            Ok((ws, _)) => Ok(ws),
            Err(tokio_tungstenite::tungstenite::Error::Http(resp)) => {
                let status = resp.status();
                let body = resp
                    .body()
                    .as_deref()
                    .map(|b| String::from_utf8_lossy(b).into_owned())
                    .unwrap_or_default();
                let what = match status.as_u16() {
                    401 | 403 => "the API key was refused",
                    429 => "rate limited",
                    _ => "refused the connection",
                };
                Err(format!("{what} (HTTP {status}) {}", body.trim())
                    .trim()
                    .to_string())
            }
            Err(e) => Err(e.to_string()),
        }
    }

    /// Handles a command while not connected (or before sending).
    async fn take(&mut self, cmd: SttCommand) {
        match cmd {
            SttCommand::Audio(samples) => self.push_audio(&samples).await,
            SttCommand::Muted(m) => {
                if m {
                    self.flush_staging();
                }
                self.muted = m;
            }
            SttCommand::Finalize => self.flush_staging(),
            SttCommand::Close => {
                self.flush_staging();
                self.closing = true;
            }
        }
    }

    async fn push_audio(&mut self, samples: &[f32]) {
        let start = self.clock;
        self.clock += samples.len() as u64;
        if self.muted {
            return;
        }
        if self.staging.is_empty() {
            self.staging_start = start;
        }
        self.staging.extend(to_i16(samples));
        let chunk = (self.rate() as usize * self.cfg.chunk_ms.max(1) as usize / 1000).max(1);
        while self.staging.len() >= chunk {
            let rest = self.staging.split_off(chunk);
            let samples = std::mem::replace(&mut self.staging, rest);
            let start = self.staging_start;
            self.staging_start += chunk as u64;
            self.queue(Chunk { start, samples }).await;
        }
    }

    fn flush_staging(&mut self) {
        if self.staging.is_empty() {
            return;
        }
        let samples = std::mem::take(&mut self.staging);
        let start = self.staging_start;
        self.pending_samples += samples.len();
        self.pending.push_back(Chunk { start, samples });
    }

    async fn queue(&mut self, chunk: Chunk) {
        self.pending_samples += chunk.samples.len();
        self.pending.push_back(chunk);
        let max = (self.cfg.max_buffer.as_secs_f64() * f64::from(self.rate())) as usize;
        let mut dropped: Option<(u64, u64)> = None;
        while self.pending_samples > max
            && let Some(old) = self.pending.pop_front()
        {
            self.pending_samples -= old.samples.len();
            if self.sent_chunks > 0 {
                self.sent_chunks -= 1;
            }
            let end = old.start + old.samples.len() as u64;
            dropped = Some(dropped.map_or((old.start, end), |(s, _)| (s, end)));
        }
        if let Some((s, e)) = dropped {
            self.emit(SttEvent::Gap(Gap {
                start_ms: self.ms(s),
                end_ms: self.ms(e),
                reason: "Deepgram was unreachable for longer than the audio buffer holds".into(),
            }))
            .await;
        }
    }

    /// Maps a time on the connection's clock (seconds) to the stream clock (samples).
    fn to_stream(&self, secs: f64) -> u64 {
        let s = (secs.max(0.0) * f64::from(self.rate())).round() as u64;
        match self.breakpoints.iter().rev().find(|(conn, _)| *conn <= s) {
            Some((conn, stream)) => stream + (s - conn),
            None => s,
        }
    }

    /// Forgets audio a final result has covered.
    fn acknowledge(&mut self, upto: u64) {
        while let Some(front) = self.pending.front_mut() {
            let end = front.start + front.samples.len() as u64;
            if end <= upto {
                self.pending_samples -= front.samples.len();
                self.pending.pop_front();
                self.sent_chunks = self.sent_chunks.saturating_sub(1);
            } else {
                if front.start < upto && self.sent_chunks > 0 {
                    let cut = (upto - front.start) as usize;
                    front.samples.drain(..cut);
                    front.start = upto;
                    self.pending_samples -= cut;
                }
                break;
            }
        }
    }

    async fn send_pending(&mut self, ws: &mut Ws) -> Result<bool, String> {
        let mut sent = false;
        while self.sent_chunks < self.pending.len() {
            let chunk = &self.pending[self.sent_chunks];
            let expected = self
                .breakpoints
                .last()
                .map(|(conn, stream)| stream + (self.sent_on_conn - conn));
            if expected != Some(chunk.start) {
                self.breakpoints.push((self.sent_on_conn, chunk.start));
            }
            let bytes = crate::audio::i16_to_le_bytes(&chunk.samples);
            let n = chunk.samples.len() as u64;
            ws.send(Message::binary(bytes))
                .await
                .map_err(|e| format!("sending audio failed: {e}"))?;
            self.sent_on_conn += n;
            self.sent_chunks += 1;
            sent = true;
        }
        Ok(sent)
    }

    async fn serve(&mut self, mut ws: Ws, commands: &mut mpsc::Receiver<SttCommand>) -> ConnEnd {
        // A new connection: Deepgram's clock restarts, and all unfinalised audio goes again.
        self.breakpoints.clear();
        self.sent_on_conn = 0;
        self.sent_chunks = 0;
        let mut last_sent = Instant::now();
        let mut close_deadline: Option<Instant> = None;
        if self.closing {
            self.flush_staging();
        }
        loop {
            match self.send_pending(&mut ws).await {
                Ok(true) => last_sent = Instant::now(),
                Ok(false) => {}
                Err(e) => return ConnEnd::Failed(e),
            }
            if self.closing && close_deadline.is_none() {
                if let Err(e) = ws.send(Message::text(r#"{"type":"CloseStream"}"#)).await {
                    return ConnEnd::Failed(format!("sending CloseStream failed: {e}"));
                }
                close_deadline = Some(Instant::now() + self.cfg.close_timeout);
            }
            let keepalive_at = last_sent + self.cfg.keepalive;
            let deadline = close_deadline.unwrap_or(keepalive_at);
            tokio::select! {
                cmd = commands.recv(), if !self.closing => {
                    let cmd = cmd.unwrap_or(SttCommand::Close);
                    let control = match &cmd {
                        SttCommand::Finalize => true,
                        SttCommand::Muted(m) => *m && !self.muted,
                        _ => false,
                    };
                    self.take(cmd).await;
                    if control {
                        // Send what is staged first, then ask for the flush.
                        if let Err(e) = self.send_pending(&mut ws).await {
                            return ConnEnd::Failed(e);
                        }
                        if let Err(e) = ws.send(Message::text(r#"{"type":"Finalize"}"#)).await {
                            return ConnEnd::Failed(format!("sending Finalize failed: {e}"));
                        }
                        last_sent = Instant::now();
                    }
                }
                msg = ws.next() => match msg {
                    Some(Ok(Message::Text(text))) => {
                        if let Err(e) = self.on_message(text.as_str()).await {
                            return ConnEnd::Failed(e);
                        }
                    }
                    Some(Ok(Message::Close(frame))) => {
                        if self.closing {
                            return ConnEnd::Done;
                        }
                        let why = frame
                            .map(|f| format!("closed by Deepgram ({} {})", u16::from(f.code), f.reason))
                            .unwrap_or_else(|| "closed by Deepgram".into());
                        return ConnEnd::Failed(why);
                    }
                    Some(Ok(_)) => {}
                    Some(Err(e)) => return ConnEnd::Failed(format!("connection lost: {e}")),
                    None => {
                        if self.closing {
                            return ConnEnd::Done;
                        }
                        return ConnEnd::Failed("connection lost".into());
                    }
                },
                _ = tokio::time::sleep_until(deadline) => {
                    if close_deadline.is_some() {
                        return ConnEnd::Done;
                    }
                    if let Err(e) = ws.send(Message::text(r#"{"type":"KeepAlive"}"#)).await {
                        return ConnEnd::Failed(format!("sending KeepAlive failed: {e}"));
                    }
                    last_sent = Instant::now();
                }
            }
        }
    }

    async fn on_message(&mut self, text: &str) -> Result<(), String> {
        let msg: ServerMessage = match serde_json::from_str(text) {
            Ok(m) => m,
            Err(e) => {
                tracing::debug!(error = %e, "ignored a Deepgram message");
                return Ok(());
            }
        };
        match msg {
            ServerMessage::Results(r) => self.on_results(r).await,
            ServerMessage::UtteranceEnd {} => self.end_utterance().await,
            ServerMessage::Error(e) => {
                let code = e.variant.or(e.err_code);
                let text = [e.description, e.message, e.err_msg]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(": ");
                return Err(format!(
                    "Deepgram error{}: {}",
                    code.map(|v| format!(" {v}")).unwrap_or_default(),
                    if text.is_empty() {
                        "no description".into()
                    } else {
                        text
                    }
                ));
            }
            ServerMessage::SpeechStarted {} | ServerMessage::Metadata {} | ServerMessage::Other => {
            }
        }
        Ok(())
    }

    async fn on_results(&mut self, r: Results) {
        let alt = r.channel.alternatives.into_iter().next();
        let (transcript, confidence, words, language) = match alt {
            Some(a) => (
                a.transcript,
                a.confidence,
                a.words,
                a.languages.into_iter().next(),
            ),
            None => (String::new(), None, Vec::new(), None),
        };
        let transcript = transcript.trim().to_string();
        let span_start = words.first().map_or(r.start, |w| w.start);
        let span_end = words.last().map_or(r.start + r.duration, |w| w.end);
        let start_ms = self.ms(self.to_stream(span_start));
        let end_ms = self.ms(self.to_stream(span_end));
        if r.is_final {
            let covered = self.to_stream(r.start + r.duration);
            self.acknowledge(covered);
            if !transcript.is_empty() {
                let u = &mut self.utterance;
                u.start_ms.get_or_insert(start_ms);
                u.end_ms = end_ms;
                u.parts.push(transcript);
                if let Some(c) = confidence {
                    u.confidence_sum += c;
                    u.confidence_n += 1;
                }
                if language.is_some() {
                    u.language = language;
                }
            }
            if r.speech_final || r.from_finalize {
                self.end_utterance().await;
            } else if !self.utterance.parts.is_empty() {
                let seg = self.segment(None);
                self.emit(SttEvent::Interim(seg)).await;
            }
        } else if !transcript.is_empty() {
            let mut seg = self.segment(Some((&transcript, start_ms, end_ms)));
            if let Some(c) = confidence {
                seg.confidence = Some(c);
            }
            self.emit(SttEvent::Interim(seg)).await;
        }
    }

    /// The current utterance as a segment, with an interim tail when given.
    fn segment(&self, tail: Option<(&str, i64, i64)>) -> SttSegment {
        let u = &self.utterance;
        let mut text = u.parts.join(" ");
        let mut start = u.start_ms;
        let mut end = u.end_ms;
        if let Some((t, s, e)) = tail {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(t);
            start.get_or_insert(s);
            end = end.max(e);
        }
        SttSegment {
            speaker: self.ctx.speaker.clone(),
            text,
            start_ms: start.unwrap_or(0),
            end_ms: end,
            confidence: (u.confidence_n > 0).then(|| u.confidence_sum / u.confidence_n as f32),
            language: u
                .language
                .clone()
                .or_else(|| self.ctx.language.clone())
                .or_else(|| self.cfg.language.clone()),
        }
    }

    async fn end_utterance(&mut self) {
        if self.utterance.parts.is_empty() {
            self.utterance = Utterance::default();
            return;
        }
        let seg = self.segment(None);
        self.utterance = Utterance::default();
        self.emit(SttEvent::Final(seg)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn listen_url_carries_the_documented_parameters() {
        let mut cfg = DeepgramConfig::new(Secret::new("k"));
        cfg.keyterms = vec!["WebRTC".into()];
        let url = cfg.listen_url(Some("ru"));
        let q: std::collections::HashMap<_, _> = url.query_pairs().into_owned().collect();
        assert_eq!(url.path(), "/v1/listen");
        assert_eq!(q["model"], "nova-3");
        assert_eq!(q["encoding"], "linear16");
        assert_eq!(q["sample_rate"], "16000");
        assert_eq!(q["channels"], "1");
        assert_eq!(q["interim_results"], "true");
        assert_eq!(q["endpointing"], "300");
        assert_eq!(q["utterance_end_ms"], "1000");
        assert_eq!(q["vad_events"], "true");
        assert_eq!(q["language"], "ru");
        assert_eq!(q["keyterm"], "WebRTC");
        assert!(!q.contains_key("diarize"));
    }

    #[test]
    fn parses_deepgram_message_shapes() {
        let r: ServerMessage = serde_json::from_str(
            r#"{"type":"Results","channel_index":[0,1],"start":3.08,"duration":1.02,"is_final":true,"speech_final":false,"from_finalize":false,
 "channel":{"alternatives":[{"transcript":"billing department","confidence":0.99,
   "words":[{"word":"billing","start":3.1,"end":3.4,"confidence":0.98,"punctuated_word":"Billing","speaker":0}]}]},
 "metadata":{"request_id":"x","model_info":{},"model_uuid":"y"}}"#,
        )
        .unwrap();
        let ServerMessage::Results(r) = r else {
            panic!()
        };
        assert!(r.is_final && !r.speech_final);
        assert_eq!(r.channel.alternatives[0].words.len(), 1);
        let u: ServerMessage =
            serde_json::from_str(r#"{"type":"UtteranceEnd","channel":[0,1],"last_word_end":2.9}"#)
                .unwrap();
        assert!(matches!(u, ServerMessage::UtteranceEnd {}));
        let e: ServerMessage = serde_json::from_str(
            r#"{"type":"Error","description":"Failed","message":"bad audio","variant":"DATA-0000"}"#,
        )
        .unwrap();
        assert!(matches!(e, ServerMessage::Error(_)));
        let o: ServerMessage = serde_json::from_str(r#"{"type":"Whatever"}"#).unwrap();
        assert!(matches!(o, ServerMessage::Other));
    }
}
