//! Full-text search over transcripts and chat (`lkctl transcript search`, the API).
//!
//! SQLite searches an FTS5 table (`unicode61`, diacritics removed) that triggers keep in
//! step with `transcript_segments` and `chat_messages`; PostgreSQL searches generated
//! `tsvector` columns with the `simple` configuration. Neither stems, so every language
//! matches word for word, Cyrillic included; `ё` is folded to `е` on both sides.
//!
//! Hostile query text is never an error. The user's text is never handed to either query
//! language: [`Query::parse`] keeps only words (runs of letters and digits), phrases in
//! double quotes and a trailing `*` for prefixes, and [`Query::fts5`] / [`Query::tsquery`]
//! write those in each engine's syntax with every word quoted. Text with no word in it
//! finds nothing. Snippets and highlights are made here, the same way on both databases.

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

use crate::error::{Error, Result};
use crate::store::{Backend, Store, Timestamp};

/// The most words one query keeps (the rest are ignored).
pub const MAX_TERMS: usize = 32;
/// The longest word kept, in characters (longer ones are cut).
pub const MAX_TERM_CHARS: usize = 64;
/// Characters of context in a snippet.
const SNIPPET_CHARS: usize = 160;

/// One clause of a query: all clauses must match.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Clause {
    /// A word; with `prefix`, any word starting with it.
    Word { word: String, prefix: bool },
    /// Words next to each other, in order.
    Phrase(Vec<String>),
}

/// A parsed query: words are folded (lower case, `ё` → `е`).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    pub clauses: Vec<Clause>,
}

/// Lower case, `ё` → `е`: what both indexes store.
fn fold(word: &str) -> String {
    word.chars()
        .flat_map(char::to_lowercase)
        .map(|c| if c == 'ё' { 'е' } else { c })
        .collect()
}

/// [`fold`] without diacritics, for highlighting (SQLite matches `cafe` to `café`).
fn fold_loose(word: &str) -> String {
    fold(word)
        .nfd()
        .filter(|c| !is_combining(*c))
        .collect::<String>()
        .nfc()
        .collect()
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036f | 0x1ab0..=0x1aff | 0x1dc0..=0x1dff | 0x20d0..=0x20ff | 0xfe20..=0xfe2f)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c)
}

/// The words of `s` with their char offsets `(start, end, word)`.
fn words(s: &str) -> Vec<(usize, usize, String)> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut start = 0;
    let mut n = 0;
    for (i, c) in s.chars().enumerate() {
        n = i + 1;
        if is_word_char(c) {
            if cur.is_empty() {
                start = i;
            }
            cur.push(c);
        } else if !cur.is_empty() {
            out.push((start, i, std::mem::take(&mut cur)));
        }
    }
    if !cur.is_empty() {
        out.push((start, n, cur));
    }
    out
}

fn clip(word: &str) -> String {
    word.chars().take(MAX_TERM_CHARS).collect()
}

impl Query {
    /// Reads what a person typed. Never fails: what is not a word is ignored.
    pub fn parse(text: &str) -> Self {
        let text: String = text.nfc().collect();
        let mut clauses = Vec::new();
        let mut rest = text.as_str();
        while !rest.is_empty() && clauses.len() < MAX_TERMS {
            if let Some(after) = rest.strip_prefix('"') {
                let (inside, tail) = after.split_once('"').unwrap_or((after, ""));
                let ws: Vec<String> = words(inside)
                    .into_iter()
                    .map(|(_, _, w)| fold(&clip(&w)))
                    .take(MAX_TERMS)
                    .collect();
                match ws.len() {
                    0 => {}
                    1 => clauses.push(Clause::Word {
                        word: ws.into_iter().next().unwrap_or_default(),
                        prefix: false,
                    }),
                    _ => clauses.push(Clause::Phrase(ws)),
                }
                rest = tail;
                continue;
            }
            // One word (or a run of separators) at a time.
            let mut chars = rest.char_indices();
            let Some((_, first)) = chars.next() else {
                break;
            };
            if !is_word_char(first) {
                rest = &rest[first.len_utf8()..];
                continue;
            }
            let end = rest
                .char_indices()
                .find(|(_, c)| !is_word_char(*c))
                .map_or(rest.len(), |(i, _)| i);
            let word = fold(&clip(&rest[..end]));
            let prefix = rest[end..].starts_with('*');
            clauses.push(Clause::Word { word, prefix });
            rest = &rest[end + usize::from(prefix)..];
        }
        Query { clauses }
    }

    /// Whether nothing searchable is left.
    pub fn is_empty(&self) -> bool {
        self.clauses.is_empty()
    }

    /// The query in FTS5 syntax: every word a quoted string (`"` doubled), `*` outside.
    pub fn fts5(&self) -> String {
        let q = |w: &str| format!("\"{}\"", w.replace('"', "\"\""));
        self.clauses
            .iter()
            .map(|c| match c {
                Clause::Word { word, prefix: true } => format!("{}*", q(word)),
                Clause::Word { word, .. } => q(word),
                Clause::Phrase(ws) => q(&ws.join(" ")),
            })
            .collect::<Vec<_>>()
            .join(" AND ")
    }

    /// The query in `to_tsquery` syntax: every word a quoted lexeme (`'` doubled, `\`
    /// escaped), `:*` for prefixes, `<->` inside phrases, `&` between clauses.
    pub fn tsquery(&self) -> String {
        let q = |w: &str| format!("'{}'", w.replace('\\', "\\\\").replace('\'', "''"));
        self.clauses
            .iter()
            .map(|c| match c {
                Clause::Word { word, prefix: true } => format!("{}:*", q(word)),
                Clause::Word { word, .. } => q(word),
                Clause::Phrase(ws) => format!(
                    "({})",
                    ws.iter().map(|w| q(w)).collect::<Vec<_>>().join(" <-> ")
                ),
            })
            .collect::<Vec<_>>()
            .join(" & ")
    }

    /// Whether a word of a hit's text should be highlighted.
    fn highlights(&self, word: &str) -> bool {
        let w = fold_loose(word);
        self.clauses.iter().any(|c| match c {
            Clause::Word { word, prefix } => {
                let t = fold_loose(word);
                if *prefix { w.starts_with(&t) } else { w == t }
            }
            Clause::Phrase(ws) => ws.iter().any(|t| fold_loose(t) == w),
        })
    }
}

/// Where a hit comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum HitSource {
    Transcript,
    Chat,
}

/// One search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    pub source: HitSource,
    /// The segment or message id.
    pub id: String,
    pub room: String,
    /// The room session, when known.
    pub room_sid: Option<String>,
    /// Who spoke or wrote (identity).
    pub speaker: Option<String>,
    pub speaker_name: Option<String>,
    /// When it was said or sent.
    pub at: Timestamp,
    /// Offset from the session's start, in milliseconds, when the session is known
    /// (jump-to-time in the lecture page).
    pub offset_ms: Option<i64>,
    /// The whole text.
    pub text: String,
    /// A window of the text around the first match, on one line (`…` where cut).
    pub snippet: String,
    /// `[start, end)` character ranges of matched words in `snippet`.
    pub highlights: Vec<[usize; 2]>,
    /// Relevance; higher is better (BM25 on SQLite, `ts_rank` on PostgreSQL).
    pub score: f64,
}

/// What to search.
#[derive(Debug, Clone, Default)]
pub struct SearchRequest {
    pub text: String,
    /// Only this room's.
    pub room: Option<String>,
    /// Only what was said or sent at or after this time.
    pub since: Option<Timestamp>,
    /// At most this many hits (default 20, at most 500).
    pub limit: Option<i64>,
}

#[derive(sqlx::FromRow)]
struct HitRow {
    source: String,
    id: String,
    room: String,
    room_sid: Option<String>,
    speaker: Option<String>,
    speaker_name: Option<String>,
    text: String,
    offset_ms: Option<i64>,
    at: i64,
    score: f64,
}

const SQLITE_SQL: &str = "\
WITH hits AS (SELECT source, ref_id, bm25(search_fts) AS bm FROM search_fts WHERE search_fts MATCH $1), \
found AS ( \
  SELECT 'transcript' AS source, s.id AS id, s.room AS room, s.room_sid AS room_sid, \
         s.speaker AS speaker, s.speaker_name AS speaker_name, s.text AS text, \
         s.start_ms AS offset_ms, COALESCE(rs.started_at + s.start_ms, s.created_at) AS at, \
         -h.bm AS score \
  FROM hits h JOIN transcript_segments s ON h.source = 'transcript' AND s.id = h.ref_id \
  LEFT JOIN room_sessions rs ON rs.room_sid = s.room_sid \
  WHERE ($2 IS NULL OR s.room = $2) \
  UNION ALL \
  SELECT 'chat', c.id, c.room, rs.room_sid, c.identity, NULL, c.text, \
         CASE WHEN rs.room_sid IS NULL THEN NULL ELSE c.sent_at - rs.started_at END, \
         c.sent_at, -h.bm \
  FROM hits h JOIN chat_messages c ON h.source = 'chat' AND c.id = h.ref_id \
  LEFT JOIN room_sessions rs ON rs.room_sid = (SELECT r.room_sid FROM room_sessions r \
      WHERE r.room = c.room AND r.started_at <= c.sent_at ORDER BY r.started_at DESC LIMIT 1) \
  WHERE ($2 IS NULL OR c.room = $2)) \
SELECT source, id, room, room_sid, speaker, speaker_name, text, offset_ms, at, score FROM found \
WHERE ($3 IS NULL OR at >= $3) ORDER BY score DESC, at, id LIMIT $4";

const POSTGRES_SQL: &str = "\
WITH q AS (SELECT to_tsquery('simple', $1) AS q), \
found AS ( \
  SELECT 'transcript'::text AS source, s.id AS id, s.room AS room, s.room_sid AS room_sid, \
         s.speaker AS speaker, s.speaker_name AS speaker_name, s.text AS text, \
         s.start_ms AS offset_ms, COALESCE(rs.started_at + s.start_ms, s.created_at) AS at, \
         ts_rank(s.search_tsv, q.q)::float8 AS score \
  FROM transcript_segments s CROSS JOIN q \
  LEFT JOIN room_sessions rs ON rs.room_sid = s.room_sid \
  WHERE s.search_tsv @@ q.q AND ($2::text IS NULL OR s.room = $2) \
  UNION ALL \
  SELECT 'chat'::text, c.id, c.room, rs.room_sid, c.identity, NULL::text, c.text, \
         CASE WHEN rs.room_sid IS NULL THEN NULL ELSE c.sent_at - rs.started_at END, \
         c.sent_at, ts_rank(c.search_tsv, q.q)::float8 \
  FROM chat_messages c CROSS JOIN q \
  LEFT JOIN room_sessions rs ON rs.room_sid = (SELECT r.room_sid FROM room_sessions r \
      WHERE r.room = c.room AND r.started_at <= c.sent_at ORDER BY r.started_at DESC LIMIT 1) \
  WHERE c.search_tsv @@ q.q AND ($2::text IS NULL OR c.room = $2)) \
SELECT source, id, room, room_sid, speaker, speaker_name, text, offset_ms, at, score FROM found \
WHERE ($3::bigint IS NULL OR at >= $3) ORDER BY score DESC, at, id LIMIT $4";

/// Searches transcripts and chat; hits ranked best first.
pub async fn search(store: &Store, req: &SearchRequest) -> Result<Vec<SearchHit>> {
    let limit = req.limit.unwrap_or(20);
    if !(1..=500).contains(&limit) {
        return Err(Error::invalid("limit", "give 1 to 500"));
    }
    if let Some(room) = &req.room {
        super::policy::validate_room(room)?;
    }
    let query = Query::parse(&req.text);
    if query.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<HitRow> = match store.backend() {
        Backend::Sqlite(pool) => {
            sqlx::query_as::<_, HitRow>(SQLITE_SQL)
                .bind(query.fts5())
                .bind(req.room.as_deref())
                .bind(req.since)
                .bind(limit)
                .fetch_all(pool)
                .await?
        }
        Backend::Postgres(pool) => {
            sqlx::query_as::<_, HitRow>(POSTGRES_SQL)
                .bind(query.tsquery())
                .bind(req.room.as_deref())
                .bind(req.since)
                .bind(limit)
                .fetch_all(pool)
                .await?
        }
    };
    Ok(rows
        .into_iter()
        .map(|r| {
            let (snippet, highlights) = snippet(&r.text, &query);
            SearchHit {
                source: if r.source == "chat" {
                    HitSource::Chat
                } else {
                    HitSource::Transcript
                },
                id: r.id,
                room: r.room,
                room_sid: r.room_sid,
                speaker: r.speaker,
                speaker_name: r.speaker_name,
                at: Timestamp::from_unix_ms(r.at).unwrap_or_else(Timestamp::now),
                offset_ms: r.offset_ms,
                text: r.text,
                snippet,
                highlights,
                score: r.score,
            }
        })
        .collect())
}

/// A one-line window of `text` around the first highlighted word, with the highlighted
/// words' character ranges in it.
pub fn snippet(text: &str, query: &Query) -> (String, Vec<[usize; 2]>) {
    // One line, control characters gone: the snippet goes into tables and JSON lines.
    let line: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    let chars: Vec<char> = line.chars().collect();
    let marked: Vec<(usize, usize)> = words(&line)
        .into_iter()
        .filter(|(_, _, w)| query.highlights(w))
        .map(|(s, e, _)| (s, e))
        .collect();
    if chars.len() <= SNIPPET_CHARS {
        return (line, marked.into_iter().map(|(s, e)| [s, e]).collect());
    }
    let first = marked.first().map_or(0, |m| m.0);
    let mut start = first.saturating_sub(SNIPPET_CHARS / 3);
    let mut end = (start + SNIPPET_CHARS).min(chars.len());
    start = end.saturating_sub(SNIPPET_CHARS).min(start);
    // Cut at spaces when one is near, not inside a word.
    if start > 0
        && let Some(sp) = (start..first.max(start)).find(|&i| chars[i] == ' ')
    {
        start = sp + 1;
    }
    if end < chars.len()
        && let Some(sp) = (start.max(end.saturating_sub(20))..end)
            .rev()
            .find(|&i| chars[i] == ' ')
    {
        end = sp;
    }
    let lead = usize::from(start > 0);
    let mut out = String::new();
    if start > 0 {
        out.push('…');
    }
    out.extend(&chars[start..end]);
    if end < chars.len() {
        out.push('…');
    }
    let ranges = marked
        .into_iter()
        .filter(|&(s, e)| s >= start && e <= end)
        .map(|(s, e)| [s - start + lead, e - start + lead])
        .collect();
    (out, ranges)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(w: &str, prefix: bool) -> Clause {
        Clause::Word {
            word: w.into(),
            prefix,
        }
    }

    #[test]
    fn hostile_text_becomes_quoted_words() {
        let q =
            Query::parse(r#"C++ co-op "квантовой  Физике" -механика OR NEAR(a b) физик* ' \ ""#);
        assert_eq!(
            q.clauses,
            vec![
                word("c", false),
                word("co", false),
                word("op", false),
                Clause::Phrase(vec!["квантовой".into(), "физике".into()]),
                word("механика", false),
                word("or", false),
                word("near", false),
                word("a", false),
                word("b", false),
                word("физик", true),
            ]
        );
        assert_eq!(
            Query::parse("a*b").fts5(),
            r#""a"* AND "b""#,
            "a star inside text is a prefix marker then a new word"
        );
        assert_eq!(
            q.tsquery().matches('\'').count() % 2,
            0,
            "every lexeme is quoted"
        );
        for nothing in ["", "   ", "*** --- \"\"", "\"", "'; DROP TABLE x; --"] {
            let q = Query::parse(nothing);
            if nothing.contains("DROP") {
                assert_eq!(q.fts5(), r#""drop" AND "table" AND "x""#);
            } else {
                assert!(q.is_empty(), "{nothing:?}");
            }
        }
    }

    #[test]
    fn yo_and_case_fold_and_terms_are_bounded() {
        let q = Query::parse("ЁЛКА Ёж");
        assert_eq!(q.clauses, vec![word("елка", false), word("еж", false)]);
        let many = "w ".repeat(100);
        assert_eq!(Query::parse(&many).clauses.len(), MAX_TERMS);
        let long = "я".repeat(500);
        assert!(matches!(&Query::parse(&long).clauses[0],
            Clause::Word { word, .. } if word.chars().count() == MAX_TERM_CHARS));
        assert_eq!(Query::parse("физик*").tsquery(), "'физик':*");
        assert_eq!(Query::parse("\"a b\" c").tsquery(), "('a' <-> 'b') & 'c'");
    }

    #[test]
    fn snippets_mark_matches_and_cut_long_text() {
        let q = Query::parse("ёлка cafe");
        let (s, h) = snippet("Новая Ёлка\nв café", &q);
        assert_eq!(s, "Новая Ёлка в café");
        let marked: Vec<String> = h
            .iter()
            .map(|[a, b]| s.chars().skip(*a).take(b - a).collect())
            .collect();
        assert_eq!(marked, ["Ёлка", "café"]);

        let long = format!("{} квант {}", "слово ".repeat(100), "хвост ".repeat(100));
        let (s, h) = snippet(&long, &Query::parse("квант"));
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.chars().count() <= SNIPPET_CHARS + 2);
        let [a, b] = h[0];
        assert_eq!(s.chars().skip(a).take(b - a).collect::<String>(), "квант");
    }
}
