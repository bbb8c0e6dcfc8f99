//! Track egress to a WebSocket URL, for real (LIVEKIT.md §6): the one egress whose media the
//! emulator can produce, because it is raw PCM.
//!
//! `StartTrackEgress` with `websocket_url` makes a job STARTING as usual; then a task dials
//! the URL as LiveKit's egress does (gorilla's default dialer, one extra header
//! `Content-Type: audio/x-raw`). A failed dial ends the job FAILED with the dial error
//! (`egress_ended`). A successful one makes it ACTIVE (`egress_updated`) and streams:
//!
//! - binary messages of interleaved S16LE, 48 kHz, stereo, 10 ms (1920 bytes) each, from the
//!   WAV attached to the track ([`Control::attach_track_audio`]), converted to 48 kHz stereo,
//!   paced in real time or at the attached speed; zeros when nothing is attached, after the
//!   clip ends, and while the track is muted (LiveKit's mixer keeps a silent source running);
//! - `{"muted":true}` / `{"muted":false}` text messages when the track's mute state changes;
//! - a ping with payload `ping` every [`EgressState::ws_ping_interval`] (30 s, as egress);
//!   pings from the peer are answered by the WebSocket layer while a reader discards data;
//! - a Close frame with an empty payload at the end: the track unpublished or its
//!   participant left (the job then ends COMPLETE, `egress_ended`), StopEgress or the room
//!   closing (the job is already ENDING and completes as any other).
//!
//! A peer that goes away mid-stream makes the next write fail, and the job ends FAILED with
//! that error, as the egress pipeline does when its sink fails.

use std::sync::Arc;
use std::time::Duration;

use futures::{SinkExt, StreamExt};
use livekit_protocol as proto;
use proto::EgressStatus as S;
use tokio_tungstenite::tungstenite::client::IntoClientRequest;
use tokio_tungstenite::tungstenite::http::HeaderValue;
use tokio_tungstenite::tungstenite::protocol::Message;

use super::Emulator;
use super::control::Control;
use super::error::{Code, TwirpError};

/// The rate LiveKit's egress caps filter fixes.
pub(crate) const RATE: u32 = 48_000;
/// Egress sends both channels (mono is up-mixed).
pub(crate) const CHANNELS: usize = 2;
/// Frames per message: 10 ms, the mixer's default output buffer.
const FRAMES_PER_MESSAGE: usize = (RATE / 100) as usize;
/// How long a dial may take before the job fails.
const DIAL_TIMEOUT: Duration = Duration::from_secs(10);
/// Fastest pacing allowed (a multiple of real time).
pub(crate) const MAX_SPEED: f64 = 100.0;

/// Audio attached to a track: 48 kHz stereo S16 and how fast to play it. The clip plays on
/// the track's own clock from the moment the first egress of the track connects, as live
/// audio does: an egress that connects later (another worker taking a room over) gets the
/// audio from where the clip is then, not a replay from the start.
#[derive(Debug, Clone)]
pub(crate) struct TrackAudio {
    pub samples: Arc<Vec<i16>>,
    pub speed: f64,
    pub started_at: Option<std::time::Instant>,
}

impl TrackAudio {
    /// Where a stream connecting now starts in the clip (in samples, whole messages), and
    /// starts the clip's clock if this is its first stream.
    fn position_now(&mut self) -> usize {
        let started = *self.started_at.get_or_insert_with(std::time::Instant::now);
        let frames = started.elapsed().as_secs_f64() * self.speed * f64::from(RATE);
        let messages = (frames / FRAMES_PER_MESSAGE as f64).floor() as usize;
        messages * FRAMES_PER_MESSAGE * CHANNELS
    }
}

/// What [`Control::attach_track_audio`] attached.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
#[non_exhaustive]
pub struct AttachedAudio {
    pub track_sid: String,
    /// Length of the clip.
    pub duration_ms: i64,
    /// Multiple of real time it streams at.
    pub speed: f64,
    /// The WAV's own format, before conversion to 48 kHz stereo.
    pub source_rate: u32,
    pub source_channels: u16,
}

/// A decoded 16-bit PCM WAV file.
#[derive(Debug)]
struct Wav {
    rate: u32,
    channels: u16,
    samples: Vec<i16>,
}

fn invalid(msg: impl Into<String>) -> TwirpError {
    TwirpError::new(Code::InvalidArgument, msg)
}

/// Reads a RIFF/WAVE file holding 16-bit PCM (format 1, or WAVE_FORMAT_EXTENSIBLE of PCM).
/// `espeak-ng --stdout` writes `0xFFFFFFFF` as the data size; that means "to the end".
fn decode_wav(bytes: &[u8]) -> Result<Wav, TwirpError> {
    let u16_at = |i: usize| u16::from_le_bytes([bytes[i], bytes[i + 1]]);
    let u32_at =
        |i: usize| u32::from_le_bytes([bytes[i], bytes[i + 1], bytes[i + 2], bytes[i + 3]]);
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(invalid("not a WAV file (no RIFF/WAVE header)"));
    }
    let mut pos = 12;
    let mut fmt: Option<(u16, u32, u16)> = None;
    while pos + 8 <= bytes.len() {
        let id = &bytes[pos..pos + 4];
        let size = u32_at(pos + 4) as usize;
        let body = pos + 8;
        if id == b"fmt " {
            if size < 16 || body + 16 > bytes.len() {
                return Err(invalid("WAV fmt chunk is truncated"));
            }
            let mut format = u16_at(body);
            if format == 0xFFFE && size >= 26 && body + 26 <= bytes.len() {
                format = u16_at(body + 24);
            }
            let channels = u16_at(body + 2);
            let rate = u32_at(body + 4);
            let bits = u16_at(body + 14);
            if format != 1 || bits != 16 {
                return Err(invalid(format!(
                    "only 16-bit PCM WAV is supported (format {format}, {bits} bits)"
                )));
            }
            if channels == 0 || rate == 0 {
                return Err(invalid("WAV has no channels or a zero sample rate"));
            }
            fmt = Some((format, rate, channels));
        } else if id == b"data" {
            let (_, rate, channels) =
                fmt.ok_or_else(|| invalid("WAV data before its fmt chunk"))?;
            let end = if size == u32::MAX as usize || body + size > bytes.len() {
                bytes.len()
            } else {
                body + size
            };
            let data = &bytes[body..end];
            let frame = 2 * usize::from(channels);
            let whole = data.len() / frame * frame;
            let samples = data[..whole]
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect();
            return Ok(Wav {
                rate,
                channels,
                samples,
            });
        }
        pos = body.saturating_add(size + (size & 1));
    }
    Err(invalid("WAV has no data chunk"))
}

/// Converts to 48 kHz stereo: channels averaged to mono, linear interpolation, then the
/// same sample on both channels (what egress sends for a mono track).
fn to_egress_format(wav: &Wav) -> Vec<i16> {
    let ch = usize::from(wav.channels);
    let mono: Vec<f64> = wav
        .samples
        .chunks_exact(ch)
        .map(|f| f.iter().map(|&s| f64::from(s)).sum::<f64>() / ch as f64)
        .collect();
    if mono.is_empty() {
        return Vec::new();
    }
    let out_len = (mono.len() as u128 * u128::from(RATE) / u128::from(wav.rate)) as usize;
    let step = f64::from(wav.rate) / f64::from(RATE);
    let mut out = Vec::with_capacity(out_len * CHANNELS);
    for i in 0..out_len {
        let x = i as f64 * step;
        let i0 = x.floor() as usize;
        let frac = x - i0 as f64;
        let a = mono[i0.min(mono.len() - 1)];
        let b = mono[(i0 + 1).min(mono.len() - 1)];
        let v = (a + (b - a) * frac).round().clamp(-32768.0, 32767.0) as i16;
        out.extend([v; CHANNELS]);
    }
    out
}

/// Where a track is now: `None` when it is no longer published.
fn track_state(emu: &Emulator, room: &str, track_sid: &str) -> Option<bool> {
    let state = emu.state();
    let entry = state.rooms.get(room)?;
    entry
        .participants
        .iter()
        .flat_map(|p| p.tracks.iter())
        .find(|t| t.sid == track_sid)
        .map(|t| t.muted)
}

fn job_status(emu: &Emulator, id: &str) -> Option<i32> {
    emu.state().egress.jobs.get(id).map(|e| e.status)
}

fn fail(emu: &Emulator, id: &str, error: &str) {
    if let Err(e) = emu.state().end_egress(id, S::EgressFailed, error) {
        tracing::debug!(egress = %id, error = %e, "egress already ended");
    }
}

/// Starts streaming a WebSocket track egress in the background (inside a runtime only).
pub(crate) fn spawn(
    emu: Emulator,
    egress_id: String,
    url: String,
    room: String,
    track_sid: String,
) {
    let Ok(handle) = tokio::runtime::Handle::try_current() else {
        return;
    };
    handle.spawn(run(emu, egress_id, url, room, track_sid));
}

async fn run(emu: Emulator, id: String, url: String, room: String, track_sid: String) {
    let mut request = match url.as_str().into_client_request() {
        Ok(r) => r,
        Err(e) => return fail(&emu, &id, &format!("websocket: {e}")),
    };
    request
        .headers_mut()
        .insert("Content-Type", HeaderValue::from_static("audio/x-raw"));
    let ws =
        match tokio::time::timeout(DIAL_TIMEOUT, tokio_tungstenite::connect_async(request)).await {
            Ok(Ok((ws, _))) => ws,
            Ok(Err(e)) => return fail(&emu, &id, &format!("websocket dial {url}: {e}")),
            Err(_) => {
                return fail(
                    &emu,
                    &id,
                    &format!(
                        "websocket dial {url}: timed out after {}s",
                        DIAL_TIMEOUT.as_secs()
                    ),
                );
            }
        };
    let (audio, ping_every) = {
        let mut state = emu.state();
        // Stopped or aborted while dialling: say goodbye and leave the job as it is.
        let live = state
            .egress
            .jobs
            .get(&id)
            .is_some_and(|e| e.status == S::EgressStarting as i32);
        if live {
            let _ = state.activate_egress(&id);
        }
        let audio = state
            .egress
            .track_audio
            .get_mut(&track_sid)
            .map(|a| (a.position_now(), a.clone()));
        (live.then_some(audio), state.egress.ws_ping_interval)
    };
    let (mut sink, mut stream) = ws.split();
    let Some(audio) = audio else {
        let _ = sink.send(Message::Close(None)).await;
        return;
    };
    // The egress read loop discards what it receives; reading lets the WebSocket layer
    // answer pings (the answers go out with the next write).
    let reader = tokio::spawn(async move { while let Some(Ok(_)) = stream.next().await {} });
    let (mut offset, audio) = match audio {
        Some((at, clip)) => (at, Some(clip)),
        None => (0, None),
    };
    let speed = audio.as_ref().map_or(1.0, |a| a.speed);
    let period = Duration::from_secs_f64(0.01 / speed);
    let mut tick = tokio::time::interval(period);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Burst);
    let mut ping = tokio::time::interval(ping_every);
    ping.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    ping.tick().await;
    let mut muted: Option<bool> = None;
    let silence = vec![0u8; FRAMES_PER_MESSAGE * CHANNELS * 2];
    let outcome: Result<bool, String> = loop {
        tokio::select! {
            _ = ping.tick() => {
                if let Err(e) = sink.send(Message::Ping(b"ping".to_vec().into())).await {
                    break Err(format!("websocket write: {e}"));
                }
                continue;
            }
            _ = tick.tick() => {}
        }
        if job_status(&emu, &id) != Some(S::EgressActive as i32) {
            // StopEgress or the room closing: the job is ENDING and completes on its own.
            break Ok(false);
        }
        let Some(now_muted) = track_state(&emu, &room, &track_sid) else {
            break Ok(true);
        };
        if muted.is_some_and(|m| m != now_muted) || (muted.is_none() && now_muted) {
            let text = format!("{{\"muted\":{now_muted}}}");
            if let Err(e) = sink.send(Message::Text(text.into())).await {
                break Err(format!("websocket write: {e}"));
            }
        }
        muted = Some(now_muted);
        let want = FRAMES_PER_MESSAGE * CHANNELS;
        let bytes = match &audio {
            Some(clip) if offset < clip.samples.len() => {
                let end = (offset + want).min(clip.samples.len());
                let mut b: Vec<u8> = if now_muted {
                    vec![0u8; (end - offset) * 2]
                } else {
                    clip.samples[offset..end]
                        .iter()
                        .flat_map(|s| s.to_le_bytes())
                        .collect()
                };
                b.resize(want * 2, 0);
                b
            }
            _ => silence.clone(),
        };
        offset += want;
        if let Err(e) = sink.send(Message::Binary(bytes.into())).await {
            break Err(format!("websocket write: {e}"));
        }
    };
    match outcome {
        Ok(source_gone) => {
            // An empty close payload, as gorilla's `CloseMessage` with no data.
            let _ = sink.send(Message::Close(None)).await;
            let _ = sink.close().await;
            if source_gone && job_status(&emu, &id) == Some(S::EgressActive as i32) {
                let _ = emu.state().end_egress(&id, S::EgressComplete, "");
            }
        }
        Err(e) => fail(&emu, &id, &e),
    }
    reader.abort();
}

impl Control {
    /// Attaches a WAV file (16-bit PCM, any rate, mono or stereo) to a published audio
    /// track: what a WebSocket track egress of it streams, at `speed` times real time
    /// (1.0 is real time; at most 100). The clip starts when the track's first egress
    /// connects and then plays on like live audio. Replaces an earlier attachment; egress
    /// already streaming keeps the clip it started with.
    pub fn attach_track_audio(
        &self,
        room: &str,
        track_sid: &str,
        wav: &[u8],
        speed: f64,
    ) -> Result<AttachedAudio, TwirpError> {
        if !(speed > 0.0 && speed <= MAX_SPEED) {
            return Err(invalid(format!(
                "speed must be above 0 and at most {MAX_SPEED} (got {speed})"
            )));
        }
        let decoded = decode_wav(wav)?;
        let samples = to_egress_format(&decoded);
        let mut state = self.emu.state();
        let entry = state
            .rooms
            .get(room)
            .ok_or_else(|| TwirpError::not_found(super::rooms::ROOM_NOT_FOUND))?;
        let track = entry
            .participants
            .iter()
            .flat_map(|p| p.tracks.iter())
            .find(|t| t.sid == track_sid)
            .ok_or_else(|| TwirpError::not_found("track is not published in this room"))?;
        if track.r#type != proto::TrackType::Audio as i32 {
            return Err(invalid("audio can only be attached to an audio track"));
        }
        let frames = samples.len() / CHANNELS;
        state.egress.track_audio.insert(
            track_sid.to_string(),
            TrackAudio {
                samples: Arc::new(samples),
                speed,
                started_at: None,
            },
        );
        Ok(AttachedAudio {
            track_sid: track_sid.to_string(),
            duration_ms: (frames as i64) * 1000 / i64::from(RATE),
            speed,
            source_rate: decoded.rate,
            source_channels: decoded.channels,
        })
    }

    /// How often a WebSocket egress pings its peer (LiveKit: 30 s); applies to streams
    /// started from now on.
    pub fn set_egress_ws_ping_interval(&self, every: Duration) {
        self.emu.state().egress.ws_ping_interval = every.max(Duration::from_millis(1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn wav(rate: u32, channels: u16, samples: &[i16], data_size: Option<u32>) -> Vec<u8> {
        let data: Vec<u8> = samples.iter().flat_map(|s| s.to_le_bytes()).collect();
        let mut b = Vec::new();
        b.extend_from_slice(b"RIFF");
        b.extend_from_slice(&(36 + data.len() as u32).to_le_bytes());
        b.extend_from_slice(b"WAVEfmt ");
        b.extend_from_slice(&16u32.to_le_bytes());
        b.extend_from_slice(&1u16.to_le_bytes());
        b.extend_from_slice(&channels.to_le_bytes());
        b.extend_from_slice(&rate.to_le_bytes());
        b.extend_from_slice(&(rate * 2 * u32::from(channels)).to_le_bytes());
        b.extend_from_slice(&(2 * channels).to_le_bytes());
        b.extend_from_slice(&16u16.to_le_bytes());
        b.extend_from_slice(b"data");
        b.extend_from_slice(&data_size.unwrap_or(data.len() as u32).to_le_bytes());
        b.extend_from_slice(&data);
        b
    }

    #[test]
    fn decodes_and_converts_to_48k_stereo() {
        let src: Vec<i16> = (0..16_000).map(|i| ((i % 100) * 100) as i16).collect();
        let w = decode_wav(&wav(16_000, 1, &src, None)).unwrap();
        assert_eq!((w.rate, w.channels, w.samples.len()), (16_000, 1, 16_000));
        let out = to_egress_format(&w);
        assert_eq!(out.len(), 48_000 * 2, "one second at 48 kHz stereo");
        assert_eq!(out[0], out[1], "both channels carry the mono signal");
        assert_eq!(
            out[6], src[1],
            "every third output frame is an input sample"
        );
        // espeak-ng's streamed size, and stereo input averaged.
        let st = decode_wav(&wav(48_000, 2, &[100, 300, -50, 50], Some(u32::MAX))).unwrap();
        assert_eq!(to_egress_format(&st), vec![200, 200, 0, 0]);
    }

    #[test]
    fn refuses_what_is_not_16_bit_pcm() {
        assert!(decode_wav(b"not a wav").is_err());
        let mut w = wav(16_000, 1, &[1, 2], None);
        w[34] = 8; // bits per sample
        assert!(decode_wav(&w).unwrap_err().msg.contains("16-bit"));
    }
}
