//! Minimal RIFF/WAVE PCM: what the OpenAI-compatible transcription upload needs,
//! and reading the 16-bit PCM files tests and the emulator play.

use crate::error::{Error, Result};

/// A mono 16-bit PCM WAV file of `samples` at `sample_rate`.
pub fn encode_mono_s16(samples: &[i16], sample_rate: u32) -> Vec<u8> {
    let data_len = (samples.len() * 2) as u32;
    let mut out = Vec::with_capacity(44 + samples.len() * 2);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&(36 + data_len).to_le_bytes());
    out.extend_from_slice(b"WAVEfmt ");
    out.extend_from_slice(&16u32.to_le_bytes());
    out.extend_from_slice(&1u16.to_le_bytes()); // PCM
    out.extend_from_slice(&1u16.to_le_bytes()); // channels
    out.extend_from_slice(&sample_rate.to_le_bytes());
    out.extend_from_slice(&(sample_rate * 2).to_le_bytes()); // byte rate
    out.extend_from_slice(&2u16.to_le_bytes()); // block align
    out.extend_from_slice(&16u16.to_le_bytes()); // bits per sample
    out.extend_from_slice(b"data");
    out.extend_from_slice(&data_len.to_le_bytes());
    for s in samples {
        out.extend_from_slice(&s.to_le_bytes());
    }
    out
}

/// Decoded 16-bit PCM.
#[derive(Debug, Clone, PartialEq)]
pub struct Wav {
    pub sample_rate: u32,
    pub channels: u16,
    /// Interleaved samples.
    pub samples: Vec<i16>,
}

/// Reads a 16-bit PCM WAV file (any channel count), skipping unknown chunks.
/// espeak-ng writes a `data` length of 0x7fffffff when streaming; the data
/// then runs to the end of the file.
pub fn decode_s16(bytes: &[u8]) -> Result<Wav> {
    let bad = |why: &str| Error::Invalid(format!("not a 16-bit PCM WAV file: {why}"));
    if bytes.len() < 12 || &bytes[..4] != b"RIFF" || &bytes[8..12] != b"WAVE" {
        return Err(bad("no RIFF/WAVE header"));
    }
    let mut at = 12;
    let mut fmt: Option<(u16, u16, u32, u16)> = None;
    while at + 8 <= bytes.len() {
        let id = &bytes[at..at + 4];
        let len = u32::from_le_bytes(bytes[at + 4..at + 8].try_into().expect("4 bytes")) as usize;
        let body = at + 8;
        if id == b"fmt " {
            if body + 16 > bytes.len() {
                return Err(bad("short fmt chunk"));
            }
            let b = &bytes[body..body + 16];
            fmt = Some((
                u16::from_le_bytes([b[0], b[1]]),
                u16::from_le_bytes([b[2], b[3]]),
                u32::from_le_bytes([b[4], b[5], b[6], b[7]]),
                u16::from_le_bytes([b[14], b[15]]),
            ));
        } else if id == b"data" {
            let (format, channels, sample_rate, bits) =
                fmt.ok_or_else(|| bad("data before fmt"))?;
            if format != 1 || bits != 16 || channels == 0 {
                return Err(bad(&format!(
                    "format {format}, {bits} bits, {channels} channels"
                )));
            }
            let end = body.saturating_add(len).min(bytes.len());
            let samples = bytes[body..end]
                .chunks_exact(2)
                .map(|b| i16::from_le_bytes([b[0], b[1]]))
                .collect();
            return Ok(Wav {
                sample_rate,
                channels,
                samples,
            });
        }
        at = body.saturating_add(len + (len & 1));
    }
    Err(bad("no data chunk"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let samples: Vec<i16> = (0..1001).map(|i| (i * 31 - 15000) as i16).collect();
        let bytes = encode_mono_s16(&samples, 16_000);
        assert_eq!(bytes.len(), 44 + 2002);
        let wav = decode_s16(&bytes).unwrap();
        assert_eq!((wav.sample_rate, wav.channels), (16_000, 1));
        assert_eq!(wav.samples, samples);
        assert!(decode_s16(b"RIFF0000WAVE").is_err());
        assert!(decode_s16(b"nope").is_err());
    }
}
