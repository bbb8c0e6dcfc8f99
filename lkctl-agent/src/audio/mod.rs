//! Room audio into the worker: the [`AudioSource`] trait, LiveKit's egress PCM
//! wire format, and conversion to what a speech-to-text provider takes (mono at
//! its sample rate).
//!
//! A source yields one track's audio with who is speaking on it. The only backend
//! today is track egress to the worker's WebSocket listener ([`egress`]); joining
//! as an agent participant through LiveKit's engine library would be another
//! implementation of the same trait.

pub mod egress;

use async_trait::async_trait;
use audioadapter_buffers::direct::InterleavedSlice;
use rubato::{Fft, FixedSync, Resampler};

use crate::error::{Error, Result};

/// The sample rate LiveKit's egress hard-codes in its caps filter.
pub const EGRESS_SAMPLE_RATE: u32 = 48_000;
/// Egress sends stereo (identical channels unless L/R routing is configured).
pub const EGRESS_CHANNELS: u16 = 2;

/// Which room, track and speaker a stream of audio belongs to.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct TrackInfo {
    pub room: String,
    /// The room session (`RM_...`) when known.
    pub room_sid: Option<String>,
    /// The speaker's participant identity.
    pub participant_identity: String,
    /// The speaker's display name when known.
    pub participant_name: Option<String>,
    /// The audio track (`TR_...`).
    pub track_id: String,
    /// Where the first sample of this stream lies on the room session's clock,
    /// in milliseconds, so segment times are room times.
    pub offset_ms: i64,
}

/// Interleaved signed 16-bit PCM as a source delivered it.
#[derive(Debug, Clone, PartialEq)]
pub struct PcmFrame {
    pub sample_rate: u32,
    pub channels: u16,
    /// Interleaved samples; always a whole number of frames.
    pub samples: Vec<i16>,
    /// The index of this buffer's first frame since the stream began.
    pub position: u64,
}

impl PcmFrame {
    /// Number of frames (samples per channel).
    pub fn frames(&self) -> usize {
        self.samples.len() / usize::from(self.channels.max(1))
    }
}

/// Why a source ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EndReason {
    /// The sender closed the stream properly (LiveKit egress sends a Close at EOS).
    Closed,
    /// The connection broke or went silent without a close.
    Lost(String),
    /// The worker stopped listening (the registration was dropped or the listener shut down).
    Cancelled,
}

/// What an audio source yields.
#[derive(Debug, Clone, PartialEq)]
pub enum AudioEvent {
    /// Audio. Sources keep delivering (silent) audio while muted when the
    /// transport does, as LiveKit's egress does.
    Frame(PcmFrame),
    /// The track was muted (`true`) or unmuted (`false`).
    Muted(bool),
    /// The stream is over; no event follows.
    End(EndReason),
}

/// One track's audio with speaker attribution.
#[async_trait]
pub trait AudioSource: Send {
    /// The room, track and speaker this audio belongs to.
    fn track(&self) -> &TrackInfo;

    /// The next event. Returns `None` only after [`AudioEvent::End`] was yielded.
    async fn next_event(&mut self) -> Option<AudioEvent>;
}

/// Decodes a byte stream of interleaved S16LE into whole frames.
///
/// LiveKit's egress sends GStreamer buffers of arbitrary size as binary
/// messages; nothing promises a message holds whole samples, let alone whole
/// frames, so partial bytes carry over to the next message.
#[derive(Debug, Clone)]
pub struct S16leDecoder {
    channels: u16,
    carry: Vec<u8>,
}

impl S16leDecoder {
    pub fn new(channels: u16) -> Self {
        Self {
            channels: channels.max(1),
            carry: Vec::with_capacity(2 * usize::from(channels.max(1))),
        }
    }

    /// Decodes what `bytes` completes; bytes of an incomplete frame wait for the next call.
    pub fn push(&mut self, bytes: &[u8]) -> Vec<i16> {
        let frame_bytes = 2 * usize::from(self.channels);
        let mut out = Vec::with_capacity((self.carry.len() + bytes.len()) / 2);
        let mut rest = bytes;
        if !self.carry.is_empty() {
            let need = frame_bytes - self.carry.len();
            let take = need.min(rest.len());
            self.carry.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.carry.len() < frame_bytes {
                return out;
            }
            out.extend(
                self.carry
                    .chunks_exact(2)
                    .map(|b| i16::from_le_bytes([b[0], b[1]])),
            );
            self.carry.clear();
        }
        let whole = rest.len() / frame_bytes * frame_bytes;
        out.extend(
            rest[..whole]
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]])),
        );
        self.carry.extend_from_slice(&rest[whole..]);
        out
    }

    /// Bytes held back waiting for the rest of a frame.
    pub fn pending_bytes(&self) -> usize {
        self.carry.len()
    }
}

/// Averages interleaved channels into one, as floats in [-1, 1].
pub fn downmix_to_mono(samples: &[i16], channels: u16) -> Vec<f32> {
    let ch = usize::from(channels.max(1));
    let scale = 1.0 / (32768.0 * ch as f32);
    samples
        .chunks_exact(ch)
        .map(|f| f.iter().map(|&s| f32::from(s)).sum::<f32>() * scale)
        .collect()
}

/// Converts float samples in [-1, 1] to S16, clamping.
pub fn to_i16(samples: &[f32]) -> Vec<i16> {
    samples
        .iter()
        .map(|&s| (s * 32767.0).round().clamp(-32768.0, 32767.0) as i16)
        .collect()
}

/// Little-endian bytes of S16 samples (Deepgram's `linear16`).
pub fn i16_to_le_bytes(samples: &[i16]) -> Vec<u8> {
    samples.iter().flat_map(|s| s.to_le_bytes()).collect()
}

/// Streaming mono resampler over rubato's synchronous FFT resampler.
///
/// Takes any number of samples per call, returns what is ready, and keeps the
/// output aligned with the input: the resampler's delay is trimmed, and
/// [`MonoResampler::flush`] drains the tail, so N input samples give
/// `N * out / in` output samples in total (to within one).
pub struct MonoResampler {
    in_rate: u32,
    out_rate: u32,
    inner: Option<Fft<f32>>,
    pending: Vec<f32>,
    to_skip: usize,
    consumed_in: u64,
    produced_out: u64,
}

impl std::fmt::Debug for MonoResampler {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MonoResampler")
            .field("in_rate", &self.in_rate)
            .field("out_rate", &self.out_rate)
            .finish_non_exhaustive()
    }
}

impl MonoResampler {
    /// Input chunk: 10 ms at the input rate.
    pub fn new(in_rate: u32, out_rate: u32) -> Result<Self> {
        if in_rate == 0 || out_rate == 0 {
            return Err(Error::Invalid(format!(
                "sample rates must be positive (got {in_rate} -> {out_rate})"
            )));
        }
        let inner = if in_rate == out_rate {
            None
        } else {
            let chunk = (in_rate / 100).max(1) as usize;
            let fft = Fft::<f32>::new(
                in_rate as usize,
                out_rate as usize,
                chunk,
                1,
                1,
                FixedSync::Input,
            )
            .map_err(|e| Error::Invalid(format!("cannot resample {in_rate} -> {out_rate}: {e}")))?;
            Some(fft)
        };
        let to_skip = inner.as_ref().map_or(0, |r| r.output_delay());
        Ok(Self {
            in_rate,
            out_rate,
            inner,
            pending: Vec::new(),
            to_skip,
            consumed_in: 0,
            produced_out: 0,
        })
    }

    pub fn input_rate(&self) -> u32 {
        self.in_rate
    }

    pub fn output_rate(&self) -> u32 {
        self.out_rate
    }

    /// Resamples what it can of `input` (plus what earlier calls left over).
    pub fn process(&mut self, input: &[f32]) -> Vec<f32> {
        self.consumed_in += input.len() as u64;
        let Some(rs) = self.inner.as_mut() else {
            self.produced_out += input.len() as u64;
            return input.to_vec();
        };
        self.pending.extend_from_slice(input);
        let mut out = Vec::new();
        run_chunks(rs, &mut self.pending, &mut out);
        trim_delay(&mut out, &mut self.to_skip);
        self.produced_out += out.len() as u64;
        out
    }

    /// Pads with silence to push the held-back tail out, then resets for a new stream.
    pub fn flush(&mut self) -> Vec<f32> {
        let Some(rs) = self.inner.as_mut() else {
            self.consumed_in = 0;
            self.produced_out = 0;
            return Vec::new();
        };
        let expected = (u128::from(self.consumed_in) * u128::from(self.out_rate)
            / u128::from(self.in_rate)) as u64;
        let mut out = Vec::new();
        // Each round feeds one chunk; the delay is a few chunks at most.
        let mut rounds = 0;
        while self.produced_out + (out.len() as u64) < expected && rounds < 64 {
            let need = rs.input_frames_next();
            if self.pending.len() < need {
                self.pending.resize(need, 0.0);
            }
            let mut chunk = Vec::new();
            run_chunks(rs, &mut self.pending, &mut chunk);
            trim_delay(&mut chunk, &mut self.to_skip);
            out.extend(chunk);
            rounds += 1;
        }
        out.truncate(expected.saturating_sub(self.produced_out) as usize);
        self.pending.clear();
        rs.reset();
        self.to_skip = rs.output_delay();
        self.consumed_in = 0;
        self.produced_out = 0;
        out
    }
}

fn trim_delay(out: &mut Vec<f32>, to_skip: &mut usize) {
    if *to_skip > 0 {
        let skip = (*to_skip).min(out.len());
        out.drain(..skip);
        *to_skip -= skip;
    }
}

fn run_chunks(rs: &mut Fft<f32>, pending: &mut Vec<f32>, out: &mut Vec<f32>) {
    let mut offset = 0;
    loop {
        let need = rs.input_frames_next();
        if pending.len() - offset < need {
            break;
        }
        let input = InterleavedSlice::new(&pending[offset..offset + need], 1, need)
            .expect("slice holds exactly one chunk");
        match rs.process(&input, 0, None) {
            Ok(buf) => out.extend(buf.take_data()),
            Err(e) => {
                // Sizes are computed from the resampler itself, so this is a bug;
                // dropping one chunk is better than stopping the stream.
                tracing::error!(error = %e, "resampler refused a chunk");
            }
        }
        offset += need;
    }
    pending.drain(..offset);
}

/// Turns a source's PCM into mono float audio at a provider's rate, keeping
/// the position on the stream's clock.
#[derive(Debug)]
pub struct Conditioner {
    target_rate: u32,
    resampler: Option<MonoResampler>,
    /// Output samples produced so far, at the target rate.
    produced: u64,
}

impl Conditioner {
    pub fn new(target_rate: u32) -> Self {
        Self {
            target_rate,
            resampler: None,
            produced: 0,
        }
    }

    pub fn target_rate(&self) -> u32 {
        self.target_rate
    }

    /// Samples produced so far at the target rate (the stream clock).
    pub fn position(&self) -> u64 {
        self.produced
    }

    /// Downmixes and resamples one frame. The input rate is taken from the
    /// frame; a change of rate mid-stream flushes and restarts the resampler.
    pub fn push(&mut self, frame: &PcmFrame) -> Result<Vec<f32>> {
        let mono = downmix_to_mono(&frame.samples, frame.channels);
        let mut out = Vec::new();
        if self
            .resampler
            .as_ref()
            .is_some_and(|r| r.input_rate() != frame.sample_rate)
            && let Some(mut old) = self.resampler.take()
        {
            out.extend(old.flush());
        }
        if self.resampler.is_none() {
            self.resampler = Some(MonoResampler::new(frame.sample_rate, self.target_rate)?);
        }
        let rs = self.resampler.as_mut().expect("set above");
        out.extend(rs.process(&mono));
        self.produced += out.len() as u64;
        Ok(out)
    }

    /// Drains the resampler's tail at the end of a stream.
    pub fn flush(&mut self) -> Vec<f32> {
        let out = self
            .resampler
            .as_mut()
            .map(|r| r.flush())
            .unwrap_or_default();
        self.produced += out.len() as u64;
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sine(rate: u32, freq: f32, secs: f32, amp: f32) -> Vec<f32> {
        let n = (rate as f32 * secs) as usize;
        (0..n)
            .map(|i| amp * (2.0 * std::f32::consts::PI * freq * i as f32 / rate as f32).sin())
            .collect()
    }

    fn stereo_bytes(mono: &[f32]) -> Vec<u8> {
        let s = to_i16(mono);
        s.iter()
            .flat_map(|v| [v.to_le_bytes(), v.to_le_bytes()].concat())
            .collect()
    }

    #[test]
    fn decoder_handles_every_split_including_odd_ones() {
        let samples: Vec<i16> = (0..200).map(|i| (i * 37 - 3000) as i16).collect();
        let bytes = i16_to_le_bytes(&samples);
        for split in [1usize, 2, 3, 5, 7, 1920, 1921] {
            let mut d = S16leDecoder::new(2);
            let mut got = Vec::new();
            for chunk in bytes.chunks(split) {
                let out = d.push(chunk);
                assert_eq!(out.len() % 2, 0, "only whole stereo frames come out");
                got.extend(out);
            }
            assert_eq!(got, samples, "split {split}");
            assert_eq!(d.pending_bytes(), 0);
        }
        let mut d = S16leDecoder::new(2);
        assert!(d.push(&bytes[..3]).is_empty());
        assert_eq!(d.pending_bytes(), 3);
    }

    #[test]
    fn downmix_averages_channels() {
        let m = downmix_to_mono(&[16384, -16384, 32767, 32767, -32768, 0], 2);
        assert_eq!(m.len(), 3);
        assert!(m[0].abs() < 1e-6);
        assert!((m[1] - 32767.0 / 32768.0).abs() < 1e-6);
        assert!((m[2] + 0.5).abs() < 1e-6);
    }

    /// Goertzel power of one frequency, normalised by length.
    fn tone_power(x: &[f32], rate: u32, freq: f32) -> f32 {
        let w = 2.0 * std::f32::consts::PI * freq / rate as f32;
        let c = 2.0 * w.cos();
        let (mut s1, mut s2) = (0.0f32, 0.0f32);
        for &v in x {
            let s0 = v + c * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        (s1 * s1 + s2 * s2 - c * s1 * s2) / (x.len() as f32 * x.len() as f32)
    }

    #[test]
    fn resampler_keeps_length_and_pitch_for_odd_chunking() {
        let input = sine(48_000, 440.0, 1.0, 0.5);
        let mut rs = MonoResampler::new(48_000, 16_000).unwrap();
        let mut out = Vec::new();
        let mut i = 0;
        let mut step = 1;
        while i < input.len() {
            let end = (i + step).min(input.len());
            out.extend(rs.process(&input[i..end]));
            i = end;
            step = step * 7 % 1013 + 1;
        }
        out.extend(rs.flush());
        assert!(
            (out.len() as i64 - 16_000).abs() <= 1,
            "1 s at 48 kHz gives 1 s at 16 kHz, got {}",
            out.len()
        );
        let mid = &out[2000..14000];
        let at_440 = tone_power(mid, 16_000, 440.0);
        let at_1000 = tone_power(mid, 16_000, 1000.0);
        assert!(at_440 > 100.0 * at_1000, "{at_440} vs {at_1000}");
        // No start-up shift: the resampled sine is in phase with a 16 kHz sine.
        let reference = sine(16_000, 440.0, 1.0, 0.5);
        let err: f32 = mid
            .iter()
            .zip(&reference[2000..14000])
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f32::max);
        assert!(err < 0.05, "max deviation {err}");
    }

    #[test]
    fn conditioner_downmixes_and_resamples_egress_audio() {
        let mono = sine(48_000, 300.0, 0.5, 0.3);
        let bytes = stereo_bytes(&mono);
        let mut dec = S16leDecoder::new(2);
        let mut cond = Conditioner::new(16_000);
        let mut out = Vec::new();
        let mut position = 0u64;
        for chunk in bytes.chunks(1921) {
            let samples = dec.push(chunk);
            let frame = PcmFrame {
                sample_rate: 48_000,
                channels: 2,
                samples,
                position,
            };
            position += frame.frames() as u64;
            out.extend(cond.push(&frame).unwrap());
        }
        out.extend(cond.flush());
        assert_eq!(position, 24_000);
        assert!((out.len() as i64 - 8_000).abs() <= 1, "{}", out.len());
        assert_eq!(cond.position(), out.len() as u64);
        let rms = (out[1000..7000].iter().map(|v| v * v).sum::<f32>() / 6000.0).sqrt();
        assert!((rms - 0.3 / 2f32.sqrt()).abs() < 0.02, "rms {rms}");
    }

    #[test]
    fn same_rate_passes_through() {
        let mut rs = MonoResampler::new(16_000, 16_000).unwrap();
        assert_eq!(rs.process(&[0.1, 0.2]), vec![0.1, 0.2]);
        assert!(rs.flush().is_empty());
        assert!(MonoResampler::new(0, 16_000).is_err());
    }
}
