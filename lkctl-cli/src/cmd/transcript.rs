//! `lkctl transcript search|show`: full-text search over transcripts and chat, and a
//! room's transcript (optionally followed as the worker writes it).

use std::io::Write;
use std::time::Duration;

use clap::{Args, Subcommand};
use lkctl_core::lecture::TranscriptSegment;
use lkctl_core::ops::lectures::{self, SessionFilter};
use lkctl_core::ops::search::{self, SearchHit, SearchRequest};
use lkctl_core::ops::transcripts::{self, Follower};
use lkctl_core::store::{Store, Timestamp};
use serde_json::json;

use super::session::parse_since;
use crate::exit::Result;
use crate::output::{Output, OutputFormat, Tabular};
use crate::safe::Safe;
use crate::{Ctx, parse_duration};

/// Transcript verbs.
#[derive(Debug, Subcommand)]
pub enum TranscriptCmd {
    /// Search transcripts and chat; hits ranked best first, with snippets and times
    ///
    /// Words match whole words in any language, case-insensitively (ё matches е); `word*`
    /// matches words starting with `word`; "two words" in double quotes match as a phrase.
    /// Everything else in TEXT is ignored, so any text is a valid query.
    Search(SearchArgs),
    /// Print a room's transcript (a room name, or a room session's sid)
    Show(ShowArgs),
}

/// Flags of `transcript search`.
#[derive(Debug, Args)]
pub struct SearchArgs {
    /// What to look for
    pub text: String,
    /// Only this room
    #[arg(long)]
    pub room: Option<String>,
    /// Only what was said or sent since then: a duration back from now (2h, 7d) or an RFC 3339 time
    #[arg(long, value_name = "DURATION|RFC3339", value_parser = parse_since)]
    pub since: Option<Timestamp>,
    /// At most this many hits (1-500)
    #[arg(long, value_name = "N", default_value_t = 20)]
    pub limit: i64,
}

/// Flags of `transcript show`.
#[derive(Debug, Args)]
pub struct ShowArgs {
    /// Room name, or room session (RM_...)
    pub room: String,
    /// Keep printing segments as they are stored, until interrupted
    #[arg(long, short = 'f')]
    pub follow: bool,
    /// How often --follow looks for new segments
    #[arg(long, value_name = "DURATION", default_value = "2s", value_parser = parse_duration)]
    pub interval: Duration,
}

/// `H:MM:SS` of an offset in milliseconds.
fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// Text on one line: line breaks and tabs become spaces (the renderers escape the rest).
fn one_line(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

impl Tabular for SearchHit {
    fn headers() -> Vec<&'static str> {
        vec!["score", "at", "room", "offset", "who", "source", "snippet"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            format!("{:.3}", self.score),
            self.at.to_string(),
            self.room.clone(),
            self.offset_ms.map(clock).unwrap_or_else(|| "-".into()),
            self.speaker_name
                .clone()
                .or_else(|| self.speaker.clone())
                .unwrap_or_else(|| "-".into()),
            match self.source {
                search::HitSource::Transcript => "transcript".into(),
                search::HitSource::Chat => "chat".into(),
            },
            self.snippet.clone(),
        ]
    }
}

/// `[0:01:02] Name: text`, one line.
fn segment_line(s: &TranscriptSegment) -> String {
    let who = s
        .speaker_name
        .as_deref()
        .or(s.speaker.as_deref())
        .unwrap_or("?");
    format!(
        "[{}] {}: {}",
        clock(s.start_ms),
        one_line(who),
        one_line(&s.text)
    )
}

/// Which transcript ROOM names: a room session by sid, else the room's latest session
/// (or, with none recorded, every segment of the room).
async fn resolve(store: &Store, room: &str) -> Result<(String, Option<String>)> {
    if let Ok(s) = lectures::get(store, room).await {
        return Ok((s.room, Some(s.room_sid)));
    }
    let latest = lectures::list(
        store,
        &SessionFilter {
            room: Some(room.to_string()),
            limit: Some(1),
            ..Default::default()
        },
    )
    .await?;
    Ok((
        room.to_string(),
        latest.into_iter().next().map(|s| s.room_sid),
    ))
}

impl TranscriptCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Search(a) => {
                let store = ctx.store().await?;
                let hits = search::search(
                    store,
                    &SearchRequest {
                        text: a.text,
                        room: a.room,
                        since: a.since,
                        limit: Some(a.limit),
                    },
                )
                .await?;
                Ok(Output::list(&hits))
            }
            Self::Show(a) => show(ctx, a).await,
        }
    }
}

async fn show(ctx: &Ctx, a: ShowArgs) -> Result<Output> {
    let store = ctx.store().await?;
    let (room, sid) = resolve(store, &a.room).await?;
    if !a.follow {
        let segments = match &sid {
            Some(sid) => transcripts::segments(store, sid).await?,
            None => all_of_room(store, &room).await?,
        };
        let text = segments
            .iter()
            .map(segment_line)
            .collect::<Vec<_>>()
            .join("\n");
        let rows: Vec<String> = segments
            .iter()
            .map(|s| {
                format!(
                    "{}\t{}\t{}\t{}",
                    s.start_ms,
                    s.end_ms,
                    s.speaker.as_deref().unwrap_or(""),
                    one_line(&s.text)
                )
            })
            .collect();
        return Ok(Output::text(text, json!(segments)).with_plain(rows.join("\n")));
    }
    // Follow: what is stored now, then whatever arrives, in arrival order.
    let mut follower = Follower::new(&room, sid.as_deref())?;
    let ctrl_c = tokio::signal::ctrl_c();
    tokio::pin!(ctrl_c);
    loop {
        let fresh = follower.next(store).await?;
        if !emit(ctx, &fresh) {
            return Ok(Output::empty()); // stdout closed
        }
        tokio::select! {
            _ = tokio::time::sleep(a.interval) => {}
            _ = &mut ctrl_c => return Ok(Output::empty()),
        }
    }
}

/// Every segment of a room, in arrival order.
async fn all_of_room(store: &Store, room: &str) -> Result<Vec<TranscriptSegment>> {
    let mut out = Vec::new();
    let mut cursor = None;
    loop {
        let (page, next) =
            transcripts::segments_since(store, room, None, cursor.as_ref(), 1000).await?;
        let done = page.len() < 1000;
        out.extend(page);
        cursor = next;
        if done {
            return Ok(out);
        }
    }
}

/// Prints segments as they come: JSON lines, tab rows or text lines; `false` once stdout
/// is gone.
fn emit(ctx: &Ctx, segments: &[TranscriptSegment]) -> bool {
    let mut out = std::io::stdout().lock();
    let written = segments.iter().try_for_each(|s| match ctx.format() {
        OutputFormat::Json => writeln!(out, "{}", json!(s)),
        OutputFormat::Plain => writeln!(
            out,
            "{}\t{}\t{}\t{}",
            s.start_ms,
            s.end_ms,
            Safe::plain_cell(s.speaker.as_deref().unwrap_or("")),
            Safe::plain_cell(&s.text)
        ),
        OutputFormat::Table => writeln!(out, "{}", Safe::cell(&segment_line(s))),
    });
    written.and_then(|()| out.flush()).is_ok()
}
