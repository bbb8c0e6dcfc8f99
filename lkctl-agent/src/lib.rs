//! lkctl-agent: the transcription and summarisation worker behind `lkctl agent`.
//!
//! Not built yet. The design (ARCHITECTURE.md, "The worker") has it take room
//! audio from LiveKit's engine or from track egress, run speech-to-text through a
//! provider trait, publish captions, store transcript segments and write a
//! structured summary when a room finishes. Until that lands this crate exports
//! nothing, so no front end can mistake it for a working worker.
