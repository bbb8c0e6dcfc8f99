//! A fresh LiveKit token for a guest already in: the first token is short-lived (a kick
//! does not revoke it), so an admitted guest whose token is about to run out, or who
//! reloaded its page and lost it, asks again through its guest session.

use std::time::Duration;

use serde::Serialize;

use super::{EntryStatus, Lobby};
use crate::error::{Error, Result};
use crate::ops::bans::BanRow;
use crate::ops::policy;
use crate::store::{BeginWrite, Timestamp, audit_in_tx, with_pool};

/// A renewed guest token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RenewedToken {
    /// Room.
    pub room: String,
    /// Identity inside the token (the entry's).
    pub identity: String,
    /// LiveKit join token.
    pub token: String,
    /// When it expires: the guest token lifetime from now, never past `not_after`.
    pub expires_at: Timestamp,
}

impl Lobby {
    /// Mint a new token for the approved or admitted entry `entry_id` of `room`, valid for
    /// the guest token lifetime but not past `not_after` (the end of the guest's session).
    /// The caller has checked the guest's session; this checks again, in the transaction
    /// that records the new expiry, that no ban applies now and that the approval was not
    /// withdrawn. A renewal is audited; the token is not stored.
    pub async fn renew_token(
        &self,
        room: &str,
        entry_id: &str,
        not_after: Timestamp,
    ) -> Result<RenewedToken> {
        let entry = self.get(room, entry_id).await?;
        if !matches!(entry.status, EntryStatus::Approved | EntryStatus::Admitted) {
            return Err(Error::Conflict(format!(
                "lobby entry `{entry_id}` is {}: only admitted guests get a token",
                entry.status.as_str()
            )));
        }
        let webinar = policy::load(&self.store, room)
            .await?
            .is_some_and(|p| p.into_policy().webinar);
        let now = self.now();
        let left =
            Duration::from_millis(u64::try_from(not_after.unix_ms() - now.unix_ms()).unwrap_or(0));
        if left < Duration::from_secs(1) {
            return Err(Error::Conflict(format!(
                "the guest session of lobby entry `{entry_id}` ended at {not_after}; join again"
            )));
        }
        let (token, expires_at) = self.mint(&entry, webinar, left.min(self.guest_ttl))?;
        with_pool!(self.store, |pool| {
            let mut tx = pool.begin_write().await?;
            let revoked: Option<(Option<Timestamp>,)> =
                sqlx::query_as("SELECT revoked_at FROM lobby_entries WHERE id = $1 AND room = $2")
                    .bind(entry_id)
                    .bind(room)
                    .fetch_optional(&mut *tx)
                    .await?;
            let ban: Option<BanRow> = entry_ban_in_tx!(tx, entry, now);
            match (revoked, ban) {
                (None, _) => {
                    return Err(Error::NotFound {
                        what: "lobby entry",
                        id: entry_id.to_string(),
                    });
                }
                (Some((Some(_),)), _) | (_, Some(_)) => {
                    return Err(Error::PermissionDenied(format!(
                        "the guest of lobby entry `{entry_id}` is banned: no new token"
                    )));
                }
                (Some((None,)), None) => {}
            }
            sqlx::query("UPDATE lobby_entries SET token_expires_at = $1 WHERE id = $2")
                .bind(expires_at)
                .bind(entry_id)
                .execute(&mut *tx)
                .await?;
            audit_in_tx!(
                tx,
                format!("guest:{}", entry.identity),
                "guest.token",
                Some(room),
                Some(entry_id),
                serde_json::json!({"expires_at": expires_at})
            )?;
            tx.commit().await?;
        });
        Ok(RenewedToken {
            room: room.to_string(),
            identity: entry.identity,
            token,
            expires_at,
        })
    }
}
