//! `lkctl session list` and `lkctl room history`: participant sessions recorded from
//! LiveKit webhooks (see `lkctl webhook ingest`), which self-hosted LiveKit does not keep.

use clap::{Args, Subcommand};
use lkctl_core::ops::session::{self, ParticipantSession};
use lkctl_core::store::Timestamp;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// Session verbs.
#[derive(Debug, Subcommand)]
pub enum SessionCmd {
    /// Participant sessions, newest first, across rooms or in one
    List(ListArgs),
}

/// Flags of `session list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only this room
    #[arg(long)]
    pub room: Option<String>,
    #[command(flatten)]
    pub window: Window,
}

/// Flags of `room history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// Room name
    pub room: String,
    #[command(flatten)]
    pub window: Window,
}

/// `--since` and `--limit`, shared by the listing verbs of the store.
#[derive(Debug, Clone, Args)]
pub struct Window {
    /// Only what happened since then: a duration back from now (2h, 7d) or an RFC 3339 time
    #[arg(long, value_name = "DURATION|RFC3339", value_parser = parse_since)]
    pub since: Option<Timestamp>,
    /// At most this many rows
    #[arg(long, value_name = "N", default_value_t = 100)]
    pub limit: i64,
}

/// Parse `--since`: `2h` means two hours ago; `2024-05-01T10:00:00Z` is taken as is.
pub fn parse_since(s: &str) -> std::result::Result<Timestamp, String> {
    if let Ok(d) = humantime::parse_duration(s) {
        return Ok(Timestamp::now().minus(d));
    }
    OffsetDateTime::parse(s, &Rfc3339)
        .map(Timestamp::from)
        .map_err(|_| format!("`{s}` is neither a duration (2h, 7d) nor an RFC 3339 time"))
}

/// `1h 2m 3s` style, whole seconds.
pub fn human_ms(ms: i64) -> String {
    let secs = u64::try_from(ms.max(0) / 1000).unwrap_or(0);
    humantime::format_duration(std::time::Duration::from_secs(secs)).to_string()
}

impl Tabular for ParticipantSession {
    fn headers() -> Vec<&'static str> {
        vec![
            "room",
            "identity",
            "name",
            "joined_at",
            "left_at",
            "duration",
            "id",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.room.clone(),
            self.identity.clone(),
            self.name.clone().unwrap_or_else(|| "-".into()),
            self.joined_at.to_string(),
            self.left_at.map_or("-".into(), |t| t.to_string()),
            self.duration_ms.map_or("-".into(), human_ms),
            self.id.clone(),
        ]
    }
}

async fn list(ctx: &Ctx, room: Option<&str>, window: &Window) -> Result<Output> {
    let store = ctx.store().await?;
    let sessions = session::list(store, room, window.since, window.limit).await?;
    Ok(Output::list(&sessions))
}

impl SessionCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::List(a) => list(ctx, a.room.as_deref(), &a.window).await,
        }
    }
}

impl HistoryArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        list(ctx, Some(&self.room), &self.window).await
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn since_takes_durations_and_times() {
        let two_hours_ago = parse_since("2h").unwrap();
        let drift = Timestamp::now().unix_ms() - two_hours_ago.unix_ms() - 7_200_000;
        assert!((0..5_000).contains(&drift), "{drift}");
        assert_eq!(
            parse_since("2024-05-01T10:00:00Z").unwrap().unix_ms(),
            1_714_557_600_000
        );
        assert!(parse_since("yesterday").is_err());
    }

    #[test]
    fn durations_are_whole_seconds() {
        assert_eq!(human_ms(3_723_456), "1h 2m 3s");
        assert_eq!(human_ms(-5), "0s");
    }
}
