//! [`TranscriptStore`] over lkctl's store (core's `ops::transcripts` and `ops::summaries`).

use async_trait::async_trait;
use lkctl_core::lecture::{Summary, TranscriptSegment};
use lkctl_core::ops::{agent, summaries, transcripts};
use lkctl_core::store::Store;

use crate::error::Result;
use crate::worker::TranscriptStore;

/// Transcripts and summaries in lkctl's store.
#[derive(Debug, Clone)]
pub struct StoreTranscripts {
    store: Store,
}

impl StoreTranscripts {
    pub fn new(store: Store) -> Self {
        Self { store }
    }

    /// The session meant when none is named: the one the workers know for the room, else
    /// that of its newest summary.
    async fn session(&self, room: &str) -> Result<Option<String>> {
        if let Some(row) = agent::room(&self.store, room).await?
            && row.room_sid.is_some()
        {
            return Ok(row.room_sid);
        }
        Ok(summaries::latest_for_room(&self.store, room)
            .await?
            .and_then(|s| s.room_sid))
    }

    /// The newest summary of the room (or of one session) and who wrote it.
    pub async fn summary(&self, room: &str, room_sid: Option<&str>) -> Result<(Summary, String)> {
        let stored = match room_sid {
            Some(sid) => summaries::summary(&self.store, sid).await?,
            None => summaries::latest_for_room(&self.store, room).await?,
        };
        let stored = stored.ok_or_else(|| lkctl_core::Error::NotFound {
            what: "summary",
            id: room_sid.unwrap_or(room).to_string(),
        })?;
        Ok((
            stored.summary,
            stored.provider.unwrap_or_else(|| "unknown".into()),
        ))
    }
}

#[async_trait]
impl TranscriptStore for StoreTranscripts {
    async fn put_segment(&self, segment: &TranscriptSegment, _provider: &str) -> Result<bool> {
        let fresh =
            transcripts::append_segments(&self.store, std::slice::from_ref(segment)).await?;
        Ok(fresh > 0)
    }

    async fn segments(&self, room: &str, room_sid: Option<&str>) -> Result<Vec<TranscriptSegment>> {
        let sid = match room_sid {
            Some(s) => Some(s.to_string()),
            None => self.session(room).await?,
        };
        if let Some(sid) = sid {
            return Ok(transcripts::segments(&self.store, &sid).await?);
        }
        // No session known: every segment of the room, in time order.
        let mut all = Vec::new();
        let mut cursor = None;
        loop {
            let (page, next) =
                transcripts::segments_since(&self.store, room, None, cursor.as_ref(), 1000).await?;
            if page.is_empty() {
                break;
            }
            all.extend(page);
            cursor = next;
        }
        all.sort_by(|a, b| (a.start_ms, a.end_ms, &a.id).cmp(&(b.start_ms, b.end_ms, &b.id)));
        Ok(all)
    }

    async fn put_summary(
        &self,
        room: &str,
        room_sid: Option<&str>,
        summary: &Summary,
        provider: &str,
    ) -> Result<()> {
        summaries::put_summary(&self.store, room, room_sid, summary, Some(provider)).await?;
        Ok(())
    }
}
