//! lkctl-agent: the pieces of the transcription and summarisation worker
//! behind `lkctl agent`.
//!
//! What exists:
//! - [`audio`]: the [`audio::AudioSource`] trait (one track's PCM with speaker
//!   and track attribution, mute state and end), LiveKit's egress PCM wire
//!   format, downmixing and resampling; [`audio::egress`] is the WebSocket
//!   listener LiveKit track egresses stream to, each on its own unguessable URL.
//! - [`vad`]: an energy-based voice-activity detector that cuts utterances
//!   (minimum and maximum length, hangover, pre-roll) for providers that take files.
//! - [`wav`]: 16-bit PCM WAV encoding and decoding.
//! - [`stt`]: the streaming speech-to-text trait (push PCM, get interim and
//!   final segments, gaps and provider status) and the Deepgram live client
//!   (keep-alive, finalize, close, reconnect with backoff, bounded replay buffer),
//!   and an OpenAI-compatible transcription client fed VAD-cut utterances.
//! - [`captions`]: the caption payload sent with RoomService SendData on topic
//!   `transcription`, deterministic segment ids, the [`captions::CaptionSink`]
//!   trait with an implementation over core's send-data op, and a publisher
//!   that rate-limits interims per speaker and retries finals.
//! - [`summary`]: summaries in core's schema v1: an LLM summariser over an
//!   OpenAI-compatible chat endpoint (strict JSON-schema response format,
//!   map-reduce over chunks, one retry on invalid output, validated) and an
//!   offline extractive summariser for English and Russian.
//!
//! - [`worker`]: the run loop behind `lkctl agent run` (room leases with
//!   heartbeats, a track egress per audio track, captions, stored finals, the
//!   summary at room end); [`store`] keeps transcripts and summaries in lkctl's store.
//!
//! Nothing here has run against a real LiveKit egress or a real Deepgram or
//! OpenAI account (only against the emulator and local servers in the tests).

pub mod audio;
pub mod captions;
pub mod error;
pub mod store;
pub mod stt;
pub mod summary;
pub mod vad;
pub mod wav;
pub mod worker;

pub use error::{Error, Result};
