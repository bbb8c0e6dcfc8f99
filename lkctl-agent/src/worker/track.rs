//! One track: audio in, captions out, final segments stored.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use super::Shared;
use super::room::RoomStats;
use crate::audio::{AudioEvent, AudioSource, Conditioner, EndReason};
use crate::captions::{Caption, CaptionPublisher, LiveKitCaptions};
use crate::stt::{ProviderStatus, StreamContext, SttCommand, SttEvent};

/// Attempts to store one final segment before it is reported as lost.
const STORE_ATTEMPTS: u32 = 3;

pub(crate) async fn run(
    shared: Arc<Shared>,
    mut source: impl AudioSource + 'static,
    stats: Arc<RoomStats>,
    connected: Arc<AtomicBool>,
) {
    let track = source.track().clone();
    let provider = shared.stt.name().to_string();
    let stream = shared.stt.start(StreamContext {
        speaker: Some(track.participant_identity.clone()),
        language: shared.cfg.language.clone(),
    });
    let (input, mut events) = stream.split();
    let mut conditioner = Conditioner::new(shared.stt.sample_rate());
    let mut captions = CaptionPublisher::new(
        LiveKitCaptions::new(shared.livekit.clone()),
        track.room.clone(),
        shared.cfg.captions.clone(),
    );
    let mut audio_open = true;
    loop {
        tokio::select! {
            ev = source.next_event(), if audio_open => {
                let cmd = match ev {
                    Some(AudioEvent::Frame(frame)) => {
                        connected.store(true, Ordering::Relaxed);
                        stats.audio();
                        match conditioner.push(&frame) {
                            Ok(out) if out.is_empty() => continue,
                            Ok(out) => vec![SttCommand::Audio(out)],
                            Err(e) => {
                                stats.error(format!("track {}: {e}", track.track_id));
                                continue;
                            }
                        }
                    }
                    Some(AudioEvent::Muted(m)) => {
                        connected.store(true, Ordering::Relaxed);
                        vec![SttCommand::Muted(m)]
                    }
                    Some(AudioEvent::End(reason)) => {
                        audio_open = false;
                        if let EndReason::Lost(why) = &reason {
                            stats.error(format!("track {} audio ended early: {why}", track.track_id));
                        }
                        let tail = conditioner.flush();
                        let mut cmds = Vec::new();
                        if !tail.is_empty() {
                            cmds.push(SttCommand::Audio(tail));
                        }
                        cmds.push(SttCommand::Close);
                        cmds
                    }
                    None => {
                        audio_open = false;
                        vec![SttCommand::Close]
                    }
                };
                for c in cmd {
                    if input.send(c).await.is_err() {
                        audio_open = false;
                        break;
                    }
                }
            }
            ev = events.recv() => {
                let Some(ev) = ev else { break };
                match ev {
                    SttEvent::Interim(seg) => {
                        let caption = Caption::from_segment(&track, &seg, false);
                        if let Err(e) = captions.publish(&caption, Instant::now()).await {
                            tracing::debug!(error = %e, "an interim caption was not sent");
                        }
                    }
                    SttEvent::Final(seg) => {
                        if seg.text.trim().is_empty() {
                            continue;
                        }
                        let caption = Caption::from_segment(&track, &seg, true);
                        if let Err(e) = captions.publish(&caption, Instant::now()).await {
                            stats.error(format!("caption {} not sent: {e}", caption.segment_id));
                        }
                        let segment = caption.to_transcript_segment(&track);
                        let mut attempt = 1;
                        loop {
                            match shared.transcripts.put_segment(&segment, &provider).await {
                                Ok(true) => {
                                    stats.segment();
                                    break;
                                }
                                Ok(false) => break,
                                Err(e) if attempt < STORE_ATTEMPTS => {
                                    tracing::warn!(error = %e, attempt, "storing a segment failed; retrying");
                                    attempt += 1;
                                }
                                Err(e) => {
                                    stats.error(format!("segment {} not stored: {e}", segment.id));
                                    break;
                                }
                            }
                        }
                    }
                    SttEvent::Gap(g) => stats.error(format!(
                        "track {}: {}–{} ms not transcribed: {}",
                        track.track_id,
                        track.offset_ms + g.start_ms,
                        track.offset_ms + g.end_ms,
                        g.reason
                    )),
                    SttEvent::Status(ProviderStatus::Failing { error, attempt, retry_in }) => {
                        stats.error(format!(
                            "{provider} failing (attempt {attempt}, retry in {} ms): {error}",
                            retry_in.as_millis()
                        ));
                    }
                    SttEvent::Status(ProviderStatus::Connected) => {}
                }
            }
        }
    }
}
