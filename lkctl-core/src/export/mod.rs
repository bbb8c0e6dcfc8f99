//! Lecture artifacts and their export (issue 12).
//!
//! One [`ArtifactSet`] per finished room session gathers the summary, the transcript, the
//! chat, the shared files, the attendance and the recordings. The renderers turn it into
//! the formats people read ([`Format`]: JSON, Markdown, WebVTT, SRT and PDF), and the
//! destinations ([`dest`]) put the files into a directory, an S3 bucket or a Google Drive
//! folder. The web UI's downloads and the exporter call the same [`render`].
//!
//! Idempotency: every rendered file carries a key derived from the SHA-256 of the set's
//! canonical JSON, the format and the renderer's version ([`ArtifactFile::key`]). The PDF
//! bytes are not stable inside one process (printpdf draws font resource names from a
//! global counter), so the key never hashes the output, only the input.

pub mod dest;
pub mod json;
pub mod markdown;
pub mod model;
pub mod owner;
pub mod pdf;
pub mod subtitles;
mod text;

use std::fmt;
use std::str::FromStr;

use sha2::{Digest, Sha256};

use crate::error::{Error, Result};

pub use self::model::{
    ARTIFACT_SCHEMA_VERSION, ArtifactSet, AttendanceRecord, Attendee, ChatMessage, Recording,
    SharedFileInfo,
};

/// An output format of the artifact set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Format {
    /// The versioned JSON of the whole set.
    Json,
    /// Markdown of the whole set.
    Markdown,
    /// WebVTT subtitles of the transcript.
    Vtt,
    /// SRT subtitles of the transcript.
    Srt,
    /// A PDF of the whole set.
    Pdf,
}

impl Format {
    /// Every format, in the order the exporter writes them.
    pub const ALL: [Format; 5] = [
        Format::Json,
        Format::Markdown,
        Format::Vtt,
        Format::Srt,
        Format::Pdf,
    ];

    /// The short name used on the command line (`--format pdf,md`).
    pub fn name(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Markdown => "md",
            Format::Vtt => "vtt",
            Format::Srt => "srt",
            Format::Pdf => "pdf",
        }
    }

    /// The file name inside the room session's folder.
    pub fn file_name(self) -> &'static str {
        match self {
            Format::Json => "lecture.json",
            Format::Markdown => "lecture.md",
            Format::Vtt => "transcript.vtt",
            Format::Srt => "transcript.srt",
            Format::Pdf => "lecture.pdf",
        }
    }

    /// The MIME type sent to S3 and Drive.
    pub fn content_type(self) -> &'static str {
        match self {
            Format::Json => "application/json",
            Format::Markdown => "text/markdown; charset=utf-8",
            Format::Vtt => "text/vtt; charset=utf-8",
            Format::Srt => "application/x-subrip",
            Format::Pdf => "application/pdf",
        }
    }

    /// The renderer's version: bumped whenever the output for the same input changes, so a
    /// changed renderer re-exports instead of skipping files that look unchanged.
    pub fn renderer_version(self) -> u32 {
        match self {
            Format::Json => json::RENDERER_VERSION,
            Format::Markdown => markdown::RENDERER_VERSION,
            Format::Vtt | Format::Srt => subtitles::RENDERER_VERSION,
            Format::Pdf => pdf::RENDERER_VERSION,
        }
    }

    /// Parses a comma-separated list (`pdf,md,json`); duplicates collapse, order is kept.
    pub fn parse_list(text: &str) -> Result<Vec<Format>> {
        let mut out = Vec::new();
        for part in text.split(',').map(str::trim).filter(|p| !p.is_empty()) {
            let f: Format = part.parse()?;
            if !out.contains(&f) {
                out.push(f);
            }
        }
        if out.is_empty() {
            return Err(Error::invalid(
                "format",
                "name at least one of pdf, md, json, vtt, srt",
            ));
        }
        Ok(out)
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl serde::Serialize for Format {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

impl FromStr for Format {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        match s.to_ascii_lowercase().as_str() {
            "json" => Ok(Format::Json),
            "md" | "markdown" => Ok(Format::Markdown),
            "vtt" | "webvtt" => Ok(Format::Vtt),
            "srt" => Ok(Format::Srt),
            "pdf" => Ok(Format::Pdf),
            other => Err(Error::invalid(
                "format",
                format!("`{other}` is not a format; use pdf, md, json, vtt or srt"),
            )),
        }
    }
}

/// Options of the renderers.
#[derive(Debug, Clone, Default)]
pub struct RenderOptions {
    /// Start SRT files with a UTF-8 byte order mark, for legacy players that would
    /// otherwise guess a legacy code page for Cyrillic.
    pub srt_bom: bool,
}

/// One rendered file, ready for a destination.
#[derive(Debug, Clone)]
pub struct ArtifactFile {
    /// The room session's folder name (see [`ArtifactSet::folder_name`]).
    pub folder: String,
    /// The file name inside that folder.
    pub name: String,
    /// The format it was rendered in.
    pub format: Format,
    /// Its MIME type.
    pub content_type: &'static str,
    /// The bytes.
    pub bytes: bytes::Bytes,
    /// The idempotency key: hex SHA-256 over the set's content hash, the format and the
    /// renderer version. Equal keys mean "the same file"; a destination that already
    /// holds a file with this key has nothing to do.
    pub key: String,
    /// Hex SHA-256 of `bytes`, recorded with the placed file to verify it.
    pub sha256: String,
}

/// Renders one format of a set.
pub fn render(set: &ArtifactSet, format: Format, opts: &RenderOptions) -> Result<ArtifactFile> {
    let bytes = match format {
        Format::Json => json::render(set)?,
        Format::Markdown => markdown::render(set).into_bytes(),
        Format::Vtt => subtitles::webvtt(set).into_bytes(),
        Format::Srt => subtitles::srt(set, opts.srt_bom).into_bytes(),
        Format::Pdf => pdf::render(set)?,
    };
    Ok(ArtifactFile {
        folder: set.folder_name(),
        name: format.file_name().to_string(),
        format,
        content_type: format.content_type(),
        sha256: hex(&Sha256::digest(&bytes)),
        bytes: bytes::Bytes::from(bytes),
        key: artifact_key(&set.content_hash()?, format),
    })
}

/// The idempotency key of one format of a set with the given content hash.
pub fn artifact_key(content_hash: &str, format: Format) -> String {
    let mut h = Sha256::new();
    h.update(b"lkctl-artifact\0");
    h.update(content_hash.as_bytes());
    h.update(b"\0");
    h.update(format.name().as_bytes());
    h.update(b"\0");
    h.update(format.renderer_version().to_string().as_bytes());
    hex(&h.finalize())
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        let _ = write!(s, "{b:02x}");
    }
    s
}
