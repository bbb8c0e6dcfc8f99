//! [`ResumeState`] in the store: an interrupted upload (a Drive resumable session URI,
//! its size and the SHA-256 of the bytes it was opened for) survives the process, so the
//! next run (a cron job after a crash) continues it instead of starting over.

use async_trait::async_trait;

use crate::error::{Error, Result};
use crate::export::dest::{ResumeState, UploadSession};
use crate::store::{Store, Timestamp, with_pool};

/// Upload sessions of one destination, keyed by artifact key.
#[derive(Debug, Clone)]
pub struct StoreResume {
    store: Store,
    target: String,
}

impl StoreResume {
    pub fn new(store: Store, target: impl Into<String>) -> Self {
        Self {
            store,
            target: target.into(),
        }
    }
}

#[async_trait]
impl ResumeState for StoreResume {
    async fn load(&self, key: &str) -> Result<Option<UploadSession>> {
        let text: Option<String> = with_pool!(&self.store, |pool| {
            sqlx::query_scalar(
                "SELECT session FROM export_uploads WHERE target = $1 AND artifact_key = $2",
            )
            .bind(&self.target)
            .bind(key)
            .fetch_optional(pool)
            .await?
        });
        // A row this build cannot read is as good as none: the upload starts over.
        Ok(text.and_then(|t| serde_json::from_str(&t).ok()))
    }

    async fn save(&self, key: &str, session: &UploadSession) -> Result<()> {
        let text = serde_json::to_string(session)
            .map_err(|e| Error::Internal(format!("upload session JSON: {e}")))?;
        with_pool!(&self.store, |pool| {
            sqlx::query(
                "INSERT INTO export_uploads (target, artifact_key, session, updated_at) \
                 VALUES ($1, $2, $3, $4) ON CONFLICT (target, artifact_key) DO UPDATE SET \
                 session = excluded.session, updated_at = excluded.updated_at",
            )
            .bind(&self.target)
            .bind(key)
            .bind(&text)
            .bind(Timestamp::now())
            .execute(pool)
            .await?;
        });
        Ok(())
    }

    async fn clear(&self, key: &str) -> Result<()> {
        with_pool!(&self.store, |pool| {
            sqlx::query("DELETE FROM export_uploads WHERE target = $1 AND artifact_key = $2")
                .bind(&self.target)
                .bind(key)
                .execute(pool)
                .await?;
        });
        Ok(())
    }
}
