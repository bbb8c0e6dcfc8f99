//! Energy-based voice-activity detection that cuts utterances for providers
//! that transcribe whole files rather than streams.
//!
//! Audio is measured in frames (20 ms by default). A frame is voiced when its
//! level is a margin above a running noise floor (and above an absolute
//! minimum). Speech starts after a few voiced frames in a row, with some audio
//! from before kept as pre-roll so soft onsets are not clipped; it ends after a
//! hangover of unvoiced frames. Utterances shorter than the minimum are
//! dropped (clicks, coughs), and speech longer than the maximum is cut into
//! pieces so uploads stay small and captions keep coming.

use std::collections::VecDeque;

/// Settings of the detector.
#[derive(Debug, Clone, PartialEq)]
pub struct VadConfig {
    pub frame_ms: u32,
    /// How far above the noise floor a frame must be to count as voiced, in dB.
    pub margin_db: f32,
    /// Frames quieter than this (dBFS) are never voiced.
    pub min_level_dbfs: f32,
    /// Voiced frames in a row that start speech.
    pub start_frames: u32,
    /// Unvoiced time that ends speech.
    pub hangover_ms: u32,
    /// Audio kept from before the start.
    pub pre_roll_ms: u32,
    /// Utterances with less voiced audio than this are dropped.
    pub min_utterance_ms: u32,
    /// Longer speech is cut into pieces of at most this length.
    pub max_utterance_ms: u32,
    /// The noise floor is the quietest frame within this window.
    pub floor_window_ms: u32,
}

impl Default for VadConfig {
    fn default() -> Self {
        Self {
            frame_ms: 20,
            margin_db: 10.0,
            min_level_dbfs: -50.0,
            start_frames: 3,
            hangover_ms: 500,
            pre_roll_ms: 200,
            min_utterance_ms: 250,
            max_utterance_ms: 15_000,
            floor_window_ms: 3_000,
        }
    }
}

/// Why an utterance ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cut {
    /// Silence for the hangover time.
    Silence,
    /// It reached the maximum length; speech goes on in the next utterance.
    MaxLength,
    /// The stream ended, was muted or was flushed.
    Flush,
}

/// A piece of speech.
#[derive(Debug, Clone, PartialEq)]
pub struct Utterance {
    /// The index of the first sample on the stream's clock.
    pub start_sample: u64,
    pub sample_rate: u32,
    pub samples: Vec<f32>,
    pub cut: Cut,
}

impl Utterance {
    pub fn start_ms(&self) -> i64 {
        (self.start_sample * 1000 / u64::from(self.sample_rate)) as i64
    }

    pub fn end_ms(&self) -> i64 {
        ((self.start_sample + self.samples.len() as u64) * 1000 / u64::from(self.sample_rate))
            as i64
    }
}

#[derive(Debug)]
enum State {
    Idle {
        /// Recent frames, for the pre-roll and the frames that start speech.
        recent: VecDeque<Vec<f32>>,
        voiced_run: u32,
    },
    Speech {
        start_sample: u64,
        samples: Vec<f32>,
        voiced_ms: u32,
        silent_ms: u32,
    },
}

/// The detector. Feed it mono samples at one rate; it returns finished utterances.
#[derive(Debug)]
pub struct Vad {
    cfg: VadConfig,
    rate: u32,
    frame_len: usize,
    partial: Vec<f32>,
    /// Samples consumed into whole frames so far.
    position: u64,
    /// Unset until the first frame.
    noise_floor_db: Option<f32>,
    /// Levels of the last frames, for the floor.
    levels: VecDeque<f32>,
    state: State,
}

/// Level of a frame in dBFS (RMS).
pub fn level_dbfs(frame: &[f32]) -> f32 {
    if frame.is_empty() {
        return -120.0;
    }
    let ms = frame.iter().map(|v| v * v).sum::<f32>() / frame.len() as f32;
    (10.0 * ms.max(1e-12).log10()).max(-120.0)
}

impl Vad {
    pub fn new(cfg: VadConfig, sample_rate: u32) -> Self {
        let frame_len = (sample_rate as usize * cfg.frame_ms.max(1) as usize / 1000).max(1);
        Self {
            cfg,
            rate: sample_rate,
            frame_len,
            partial: Vec::new(),
            position: 0,
            noise_floor_db: None,
            levels: VecDeque::new(),
            state: State::Idle {
                recent: VecDeque::new(),
                voiced_run: 0,
            },
        }
    }

    pub fn sample_rate(&self) -> u32 {
        self.rate
    }

    /// True while inside speech.
    pub fn in_speech(&self) -> bool {
        matches!(self.state, State::Speech { .. })
    }

    /// The current noise floor estimate in dBFS.
    pub fn noise_floor_dbfs(&self) -> Option<f32> {
        self.noise_floor_db
    }

    /// Feeds samples; returns the utterances they finish.
    pub fn push(&mut self, samples: &[f32]) -> Vec<Utterance> {
        let mut out = Vec::new();
        self.partial.extend_from_slice(samples);
        let whole = self.partial.len() / self.frame_len * self.frame_len;
        let frames: Vec<Vec<f32>> = self.partial[..whole]
            .chunks_exact(self.frame_len)
            .map(<[f32]>::to_vec)
            .collect();
        self.partial.drain(..whole);
        for frame in frames {
            if let Some(u) = self.frame(frame) {
                out.push(u);
            }
        }
        out
    }

    /// Ends any speech in progress (end of stream, mute, a provider's flush).
    pub fn flush(&mut self) -> Option<Utterance> {
        let partial = std::mem::take(&mut self.partial);
        let start_of_partial = self.position;
        self.position += partial.len() as u64;
        let state = std::mem::replace(
            &mut self.state,
            State::Idle {
                recent: VecDeque::new(),
                voiced_run: 0,
            },
        );
        match state {
            State::Speech {
                start_sample,
                mut samples,
                voiced_ms,
                ..
            } => {
                debug_assert_eq!(start_sample + samples.len() as u64, start_of_partial);
                samples.extend(partial);
                self.finish(start_sample, samples, voiced_ms, Cut::Flush)
            }
            State::Idle { .. } => None,
        }
    }

    fn frame_pos_ms(&self) -> u32 {
        self.cfg.frame_ms.max(1)
    }

    fn frame(&mut self, frame: Vec<f32>) -> Option<Utterance> {
        let db = level_dbfs(&frame);
        // The noise floor is the quietest frame of the last few seconds: speech
        // has pauses between words, steady noise has none, so the floor lands
        // on the noise whether a stream starts with noise or with speech.
        self.levels.push_back(db);
        let window = (self.cfg.floor_window_ms / self.cfg.frame_ms.max(1)).max(1) as usize;
        while self.levels.len() > window {
            self.levels.pop_front();
        }
        let floor = self.levels.iter().copied().fold(f32::INFINITY, f32::min);
        self.noise_floor_db = Some(floor);
        let threshold = (floor + self.cfg.margin_db).max(self.cfg.min_level_dbfs);
        let voiced = db >= threshold;
        let frame_start = self.position;
        self.position += frame.len() as u64;
        let frame_ms = self.frame_pos_ms();
        let pre_roll_frames = (self.cfg.pre_roll_ms / frame_ms) as usize;
        let start_frames = self.cfg.start_frames.max(1);
        match &mut self.state {
            State::Idle { recent, voiced_run } => {
                recent.push_back(frame);
                while recent.len() > pre_roll_frames + start_frames as usize {
                    recent.pop_front();
                }
                *voiced_run = if voiced { *voiced_run + 1 } else { 0 };
                if *voiced_run >= start_frames {
                    let kept: Vec<f32> = recent.iter().flatten().copied().collect();
                    let end = frame_start + self.frame_len as u64;
                    let start_sample = end - kept.len() as u64;
                    self.state = State::Speech {
                        start_sample,
                        samples: kept,
                        voiced_ms: start_frames * frame_ms,
                        silent_ms: 0,
                    };
                }
                None
            }
            State::Speech {
                start_sample,
                samples,
                voiced_ms,
                silent_ms,
            } => {
                samples.extend_from_slice(&frame);
                if voiced {
                    *voiced_ms += frame_ms;
                    *silent_ms = 0;
                } else {
                    *silent_ms += frame_ms;
                }
                let max_len = self.rate as usize * self.cfg.max_utterance_ms as usize / 1000;
                if *silent_ms >= self.cfg.hangover_ms {
                    let (start, mut s, v) = (*start_sample, std::mem::take(samples), *voiced_ms);
                    // Keep a little of the trailing silence, not all of the hangover.
                    let keep_ms = (self.cfg.hangover_ms / 2).min(200);
                    let trim =
                        (self.cfg.hangover_ms - keep_ms) as usize * self.rate as usize / 1000;
                    s.truncate(s.len().saturating_sub(trim));
                    self.state = State::Idle {
                        recent: VecDeque::new(),
                        voiced_run: 0,
                    };
                    return self.finish(start, s, v, Cut::Silence);
                }
                if samples.len() >= max_len.max(self.frame_len) {
                    let (start, s, v) = (*start_sample, std::mem::take(samples), *voiced_ms);
                    let next = start + s.len() as u64;
                    self.state = State::Speech {
                        start_sample: next,
                        samples: Vec::new(),
                        voiced_ms: 0,
                        silent_ms: 0,
                    };
                    return self.finish(start, s, v, Cut::MaxLength);
                }
                None
            }
        }
    }

    fn finish(&self, start: u64, samples: Vec<f32>, voiced_ms: u32, cut: Cut) -> Option<Utterance> {
        // A piece cut at the maximum length is kept whatever its voiced share.
        if voiced_ms < self.cfg.min_utterance_ms && cut != Cut::MaxLength || samples.is_empty() {
            return None;
        }
        Some(Utterance {
            start_sample: start,
            sample_rate: self.rate,
            samples,
            cut,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const RATE: u32 = 16_000;

    fn tone(secs: f32, amp: f32) -> Vec<f32> {
        let n = (RATE as f32 * secs) as usize;
        (0..n)
            .map(|i| amp * (2.0 * std::f32::consts::PI * 220.0 * i as f32 / RATE as f32).sin())
            .collect()
    }

    /// A tone with a 40 ms dip every 300 ms, like the pauses between syllables.
    fn syllables(secs: f32, amp: f32) -> Vec<f32> {
        tone(secs, amp)
            .into_iter()
            .enumerate()
            .map(|(i, v)| if i % 4800 < 640 { v * 0.01 } else { v })
            .collect()
    }

    /// Deterministic pseudo-random noise at an RMS level.
    fn noise(secs: f32, rms: f32) -> Vec<f32> {
        let n = (RATE as f32 * secs) as usize;
        let mut x: u32 = 12345;
        (0..n)
            .map(|_| {
                x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
                ((x >> 8) as f32 / (1u32 << 24) as f32 * 2.0 - 1.0) * rms * 3f32.sqrt()
            })
            .collect()
    }

    fn run(vad: &mut Vad, audio: &[f32], chunk: usize) -> Vec<Utterance> {
        let mut out = Vec::new();
        for c in audio.chunks(chunk) {
            out.extend(vad.push(c));
        }
        out.extend(vad.flush());
        out
    }

    #[test]
    fn cuts_tone_bursts_between_silences() {
        let mut audio = vec![0.0; RATE as usize];
        audio.extend(tone(1.5, 0.3));
        audio.extend(vec![0.0; RATE as usize]);
        audio.extend(tone(0.8, 0.3));
        audio.extend(vec![0.0; RATE as usize]);
        let mut vad = Vad::new(VadConfig::default(), RATE);
        let us = run(&mut vad, &audio, 333);
        assert_eq!(
            us.len(),
            2,
            "{:?}",
            us.iter()
                .map(|u| (u.start_ms(), u.end_ms()))
                .collect::<Vec<_>>()
        );
        // Starts include the 200 ms pre-roll; ends keep up to 200 ms of silence.
        assert!(
            (750..=1000).contains(&us[0].start_ms()),
            "{}",
            us[0].start_ms()
        );
        assert!(
            (2500..=2800).contains(&us[0].end_ms()),
            "{}",
            us[0].end_ms()
        );
        assert!(
            (3250..=3500).contains(&us[1].start_ms()),
            "{}",
            us[1].start_ms()
        );
        assert!(
            (4300..=4600).contains(&us[1].end_ms()),
            "{}",
            us[1].end_ms()
        );
        assert!(us.iter().all(|u| u.cut == Cut::Silence));
        assert_eq!(
            us[0].samples.len() as u64,
            (us[0].end_ms() - us[0].start_ms()) as u64 * 16
        );
    }

    #[test]
    fn drops_clicks_and_hears_speech_over_steady_noise() {
        let mut audio = noise(1.0, 0.01);
        // A 60 ms click: voiced long enough to start, too short to keep.
        audio.extend(tone(0.06, 0.5));
        audio.extend(noise(1.0, 0.01));
        audio.extend(
            tone(1.0, 0.2)
                .iter()
                .zip(noise(1.0, 0.01))
                .map(|(a, b)| a + b),
        );
        audio.extend(noise(1.0, 0.01));
        let mut vad = Vad::new(VadConfig::default(), RATE);
        let us = run(&mut vad, &audio, 320);
        assert_eq!(
            us.len(),
            1,
            "{:?}",
            us.iter().map(|u| u.start_ms()).collect::<Vec<_>>()
        );
        assert!(
            (1800..=2100).contains(&us[0].start_ms()),
            "{}",
            us[0].start_ms()
        );
        let floor = vad.noise_floor_dbfs().unwrap();
        assert!(floor > -45.0 && floor < -35.0, "{floor}");
    }

    #[test]
    fn long_speech_is_cut_at_the_maximum_without_losing_audio() {
        let audio = syllables(7.0, 0.3);
        let cfg = VadConfig {
            max_utterance_ms: 2_000,
            ..Default::default()
        };
        let mut vad = Vad::new(cfg, RATE);
        let us = run(&mut vad, &audio, 1000);
        assert_eq!(us.len(), 4);
        assert!(
            us[..3]
                .iter()
                .all(|u| u.cut == Cut::MaxLength && u.samples.len() == 32_000)
        );
        assert_eq!(us[3].cut, Cut::Flush);
        for w in us.windows(2) {
            assert_eq!(
                w[0].start_sample + w[0].samples.len() as u64,
                w[1].start_sample
            );
        }
        let total: usize = us.iter().map(|u| u.samples.len()).sum();
        assert_eq!(us[0].start_sample as usize + total, audio.len());
    }

    #[test]
    fn flush_ends_speech_in_progress() {
        let mut vad = Vad::new(VadConfig::default(), RATE);
        assert!(vad.push(&syllables(0.5, 0.3)).is_empty());
        assert!(vad.in_speech());
        let u = vad.flush().unwrap();
        assert_eq!(u.cut, Cut::Flush);
        assert_eq!(u.end_ms(), 500);
        assert!(!vad.in_speech());
        assert!(vad.flush().is_none());
    }
}
