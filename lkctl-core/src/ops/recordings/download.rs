//! Downloading a recording from S3-compatible storage, safely on a shared disk.
//!
//! Bytes go to `<name>.part` next to the target and are renamed into place only when
//! complete. The partial file is created exclusively (`create_new`) and reopened only with
//! `O_NOFOLLOW` after checking it is a regular file, so a symbolic link planted at its path
//! cannot redirect the write. Beside it, `<name>.part.etag` remembers the object's ETag: a
//! rerun resumes with a `Range` request only when the object still has that ETag (and sends
//! it as `If-Match`, so a change between the check and the read restarts instead of
//! splicing two versions); otherwise the download starts over. Completion is checked by size
//! and, where the store offers one, by checksum (an object's SHA-256 checksum, or the MD5
//! that a single-part upload's ETag is); an existing file is skipped only when it passes the
//! same checks. An HLS playlist may name only plain file names beside it.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::{Recording, RecordingKind, object_key};
use crate::error::{Error, Result};
use crate::ops::files::S3Config;

/// Progress of a download, for a progress bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Progress {
    /// Bytes on disk so far (including a resumed part).
    pub done: u64,
    pub total: u64,
}

/// The result of one download.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Downloaded {
    pub egress_id: String,
    pub key: String,
    pub path: String,
    pub size: u64,
    /// Bytes already on disk from an earlier, interrupted run.
    pub resumed_from: u64,
    /// True when the complete file was already there.
    pub skipped: bool,
}

fn s3_error<E: std::error::Error + Send + Sync + 'static>(
    cfg: &S3Config,
    what: &str,
    key: &str,
    e: aws_sdk_s3::error::SdkError<E>,
) -> Error {
    use aws_sdk_s3::error::SdkError;
    let url = cfg.endpoint.clone().unwrap_or_else(|| "S3".into());
    let detail = format!("{}", aws_sdk_s3::error::DisplayErrorContext(&e));
    let status = match &e {
        SdkError::ServiceError(se) => Some(se.raw().status().as_u16()),
        _ => None,
    };
    match status {
        Some(404) => Error::NotFound {
            what: "object",
            id: format!("s3://{}/{key}", cfg.bucket),
        },
        Some(401 | 403) => {
            Error::PermissionDenied(format!("{what} s3://{}/{key}: {detail}", cfg.bucket))
        }
        _ => Error::Unavailable {
            url,
            reason: format!("{what} s3://{}/{key}: {detail}", cfg.bucket),
            source: Some(e.into()),
        },
    }
}

/// The HTTP status of a failed S3 call, if the service answered.
fn status_of<E>(e: &aws_sdk_s3::error::SdkError<E>) -> Option<u16> {
    match e {
        aws_sdk_s3::error::SdkError::ServiceError(se) => Some(se.raw().status().as_u16()),
        _ => None,
    }
}

fn file_name(rec: &Recording, key: &str) -> Result<String> {
    let name = Path::new(if rec.name.is_empty() { key } else { &rec.name })
        .file_name()
        .and_then(|n| n.to_str())
        .unwrap_or_default()
        .to_string();
    plain_file_name(&name).map_err(|_| {
        Error::invalid(
            "recording",
            format!("cannot derive a file name from `{}`", key.escape_debug()),
        )
    })?;
    Ok(name)
}

/// Download one recording into `dir`, resuming `.part` files if present. A file is one
/// object, checked against the size the egress reported; an HLS recording is its playlist
/// plus every segment the playlist names (plain file names, fetched next to the playlist
/// key), each checked against its object. Returns one entry per object.
pub async fn download(
    cfg: &S3Config,
    rec: &Recording,
    dir: &Path,
    key_override: Option<&str>,
    progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Vec<Downloaded>> {
    let s3 = cfg.client()?;
    let key = match key_override {
        Some(k) => k.to_string(),
        None => object_key(
            if rec.location.is_empty() {
                &rec.name
            } else {
                &rec.location
            },
            &cfg.bucket,
        ),
    };
    if key.is_empty() {
        return Err(Error::invalid(
            "recording",
            format!("no object key in location `{}`; pass --key", rec.location),
        ));
    }
    let name = file_name(rec, &key)?;
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let expected = (rec.kind == RecordingKind::File && rec.size > 0).then_some(rec.size as u64);
    let first = fetch(&s3, cfg, rec, &key, &dir.join(&name), expected, progress).await?;
    let mut out = vec![first];
    if rec.kind == RecordingKind::Segments {
        let playlist = crate::fsutil::read_input_text(
            &dir.join(&name),
            crate::fsutil::MAX_INPUT_BYTES,
            "playlist",
        )?;
        let base = key
            .rsplit_once('/')
            .map(|(d, _)| format!("{d}/"))
            .unwrap_or_default();
        for uri in segment_uris(&playlist)? {
            let seg_key = format!("{base}{uri}");
            let dest = dir.join(&uri);
            out.push(fetch(&s3, cfg, rec, &seg_key, &dest, None, progress).await?);
        }
    }
    Ok(out)
}

/// Whether `name` is a plain relative file name: not empty, not `.` or `..`, no path
/// separator, no drive or scheme, no control character.
fn plain_file_name(name: &str) -> std::result::Result<(), &'static str> {
    if name.is_empty() || name == "." || name == ".." {
        return Err("is empty, `.` or `..`");
    }
    if name.contains(['/', '\\']) {
        return Err("holds a path separator");
    }
    if name.contains(':') {
        return Err("holds `:` (a URL scheme or a drive)");
    }
    if name.chars().any(char::is_control) {
        return Err("holds a control character");
    }
    Ok(())
}

/// Media URIs of an HLS playlist (lines that are not tags or comments). Each must be a
/// plain file name beside the playlist: an absolute path, a URL, `.`/`..` or anything with
/// a separator could write outside the target directory or fetch from elsewhere, so the
/// whole playlist is refused.
pub fn segment_uris(playlist: &str) -> Result<Vec<String>> {
    playlist
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            plain_file_name(l).map(|()| l.to_string()).map_err(|why| {
                Error::invalid(
                    "playlist",
                    format!(
                        "entry `{}` {why}; only plain file names beside the playlist are downloaded",
                        l.escape_debug()
                    ),
                )
            })
        })
        .collect()
}

/// A checksum the store offers for an object.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Checksum {
    /// `x-amz-checksum-sha256`: base64 of the SHA-256 of the whole object.
    Sha256(String),
    /// A single-part upload's ETag: hex MD5 of the object.
    Md5(String),
}

impl Checksum {
    fn of(head: &aws_sdk_s3::operation::head_object::HeadObjectOutput) -> Option<Self> {
        if let Some(sum) = head.checksum_sha256().filter(|s| !s.contains('-')) {
            return Some(Self::Sha256(sum.to_string()));
        }
        let etag = head.e_tag()?.trim_matches('"');
        (etag.len() == 32 && etag.bytes().all(|b| b.is_ascii_hexdigit()))
            .then(|| Self::Md5(etag.to_ascii_lowercase()))
    }

    fn name(&self) -> &'static str {
        match self {
            Self::Sha256(_) => "SHA-256",
            Self::Md5(_) => "MD5 (ETag)",
        }
    }

    /// Whether the file at `path` has this checksum.
    fn matches(&self, path: &Path) -> Result<bool> {
        use base64::Engine;
        use sha2::Digest;
        let mut file = std::fs::File::open(path).map_err(|e| Error::io(path, e))?;
        let mut buf = vec![0u8; 64 * 1024];
        let mut sha = sha2::Sha256::new();
        let mut md5 = md5::Md5::new();
        loop {
            let n = file.read(&mut buf).map_err(|e| Error::io(path, e))?;
            if n == 0 {
                break;
            }
            match self {
                Self::Sha256(_) => sha.update(&buf[..n]),
                Self::Md5(_) => md5.update(&buf[..n]),
            }
        }
        Ok(match self {
            Self::Sha256(want) => {
                base64::engine::general_purpose::STANDARD.encode(sha.finalize()) == *want
            }
            Self::Md5(want) => {
                let got: String = md5.finalize().iter().map(|b| format!("{b:02x}")).collect();
                got == *want
            }
        })
    }
}

/// What is at a path lkctl is about to write through.
fn regular_file_len(path: &Path) -> Result<Option<u64>> {
    match std::fs::symlink_metadata(path) {
        Ok(m) if m.file_type().is_file() => Ok(Some(m.len())),
        Ok(_) => Err(Error::invalid(
            "download",
            format!(
                "{} is a symbolic link or not a regular file; lkctl will not write through it \
                 (remove it and rerun)",
                path.display()
            ),
        )),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Open a download's own file: created exclusively when `fresh`, else reopened for
/// appending; never through a symbolic link, and only a regular file.
fn open_own(path: &Path, fresh: bool) -> Result<std::fs::File> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true);
    if fresh {
        opts.create_new(true);
    } else {
        opts.append(true);
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NOFOLLOW);
    }
    let file = opts.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::AlreadyExists => Error::invalid(
            "download",
            format!(
                "{} appeared while lkctl was creating it; another process may be writing there",
                path.display()
            ),
        ),
        _ if e.raw_os_error() == Some(libc::ELOOP) => Error::invalid(
            "download",
            format!(
                "{} is a symbolic link; lkctl will not write through it (remove it and rerun)",
                path.display()
            ),
        ),
        _ => Error::io(path, e),
    })?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(Error::invalid(
            "download",
            format!("{} is not a regular file", path.display()),
        ));
    }
    Ok(file)
}

/// Remove one of the download's own files if it is there (a regular file, checked).
fn remove_own(path: &Path) -> Result<()> {
    if regular_file_len(path)?.is_some() {
        std::fs::remove_file(path).map_err(|e| Error::io(path, e))?;
    }
    Ok(())
}

/// Start `part` afresh, remembering `etag` beside it for a later resume.
fn start_part(part: &Path, marker: &Path, etag: Option<&str>) -> Result<std::fs::File> {
    remove_own(part)?;
    remove_own(marker)?;
    if let Some(etag) = etag {
        let mut m = open_own(marker, true)?;
        m.write_all(etag.as_bytes())
            .map_err(|e| Error::io(marker, e))?;
    }
    open_own(part, true)
}

/// The ETag an earlier run recorded for `part`, if any.
fn recorded_etag(marker: &Path) -> Result<Option<String>> {
    if regular_file_len(marker)?.is_none() {
        return Ok(None);
    }
    let text = crate::fsutil::read_input_text(marker, 4096, "download marker")?;
    Ok(Some(text.trim().to_string()).filter(|t| !t.is_empty()))
}

/// Fetch one object to `dest` through `<dest>.part`; see the module docs.
async fn fetch(
    s3: &aws_sdk_s3::Client,
    cfg: &S3Config,
    rec: &Recording,
    key: &str,
    dest: &Path,
    expected: Option<u64>,
    progress: &mut (dyn FnMut(Progress) + Send),
) -> Result<Downloaded> {
    let part = PathBuf::from(format!("{}.part", dest.display()));
    let marker = PathBuf::from(format!("{}.part.etag", dest.display()));
    let head = s3
        .head_object()
        .bucket(&cfg.bucket)
        .key(key)
        .checksum_mode(aws_sdk_s3::types::ChecksumMode::Enabled)
        .send()
        .await
        .map_err(|e| s3_error(cfg, "reading", key, e))?;
    let total = head.content_length().unwrap_or_default().max(0) as u64;
    let etag = head.e_tag().map(str::to_string);
    let checksum = Checksum::of(&head);
    if let Some(size) = expected
        && size != total
    {
        return Err(Error::Conflict(format!(
            "s3://{}/{key} is {total} bytes but egress {} reported {size} bytes; the upload may be incomplete",
            cfg.bucket, rec.egress_id
        )));
    }
    let done = |path: &Path, size: u64, resumed_from: u64, skipped: bool| Downloaded {
        egress_id: rec.egress_id.clone(),
        key: key.to_string(),
        path: path.display().to_string(),
        size,
        resumed_from,
        skipped,
    };
    // Skip only a regular file that passes the checks a fresh download must pass.
    if regular_file_len(dest)? == Some(total)
        && checksum.as_ref().map_or(Ok(true), |c| c.matches(dest))?
    {
        progress(Progress { done: total, total });
        return Ok(done(dest, total, 0, true));
    }

    // Resume only a part whose recorded ETag is the object's ETag now.
    let on_disk = regular_file_len(&part)?;
    let resumable = match (on_disk, &etag) {
        (Some(len), Some(now)) if len > 0 && len <= total => recorded_etag(&marker)?
            .is_some_and(|then| then.trim_matches('"') == now.trim_matches('"')),
        _ => false,
    };
    let (mut file, mut offset) = if resumable {
        (open_own(&part, false)?, on_disk.unwrap_or(0))
    } else {
        (start_part(&part, &marker, etag.as_deref())?, 0)
    };
    let resumed_from = offset;
    progress(Progress {
        done: offset,
        total,
    });
    if offset < total {
        let mut req = s3.get_object().bucket(&cfg.bucket).key(key);
        if offset > 0 {
            req = req.range(format!("bytes={offset}-"));
            if let Some(etag) = &etag {
                req = req.if_match(etag);
            }
        }
        let resp = match req.send().await {
            Ok(r) => r,
            // Changed since the HEAD a moment ago: start over rather than splice versions.
            Err(e) if offset > 0 && status_of(&e) == Some(412) => {
                drop(file);
                remove_own(&marker)?;
                return Err(Error::Conflict(format!(
                    "s3://{}/{key} changed while resuming its download; rerun to download it again",
                    cfg.bucket
                )));
            }
            Err(e) => return Err(s3_error(cfg, "downloading", key, e)),
        };
        if offset > 0 && resp.content_range().is_none() {
            // The server ignored the range and sends the whole object: never append it.
            file.set_len(0).map_err(|e| Error::io(&part, e))?;
            offset = 0;
        }
        let mut body = resp.body;
        while let Some(chunk) = body.next().await {
            let chunk = chunk.map_err(|e| Error::Unavailable {
                url: cfg.endpoint.clone().unwrap_or_else(|| "S3".into()),
                reason: format!(
                    "download of s3://{}/{key} broke off at {offset} bytes ({e}); rerun to resume",
                    cfg.bucket
                ),
                source: Some(e.into()),
            })?;
            file.write_all(&chunk).map_err(|e| Error::io(&part, e))?;
            offset += chunk.len() as u64;
            progress(Progress {
                done: offset,
                total,
            });
        }
    }
    file.sync_all().map_err(|e| Error::io(&part, e))?;
    drop(file);
    let got = regular_file_len(&part)?.unwrap_or(0);
    if got != total {
        return Err(Error::Conflict(format!(
            "downloaded {got} of {total} bytes of s3://{}/{key}; the partial file {} is kept, rerun to resume",
            cfg.bucket,
            part.display()
        )));
    }
    if let Some(sum) = &checksum
        && !sum.matches(&part)?
    {
        remove_own(&part)?;
        remove_own(&marker)?;
        return Err(Error::Conflict(format!(
            "the download of s3://{}/{key} does not match the object's {} checksum; the partial \
             file was removed, rerun to download it again",
            cfg.bucket,
            sum.name()
        )));
    }
    // A rename replaces whatever is at `dest` (a planted link included) without following it.
    std::fs::rename(&part, dest).map_err(|e| Error::io(dest, e))?;
    remove_own(&marker)?;
    Ok(done(dest, total, resumed_from, false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn playlists_name_plain_files_only() {
        let m3u8 = "#EXTM3U\n#EXTINF:4.0,\nseg_00000.ts\n#EXTINF:4.0,\n seg_00001.ts \n";
        assert_eq!(
            segment_uris(m3u8).expect("plain names"),
            ["seg_00000.ts", "seg_00001.ts"]
        );
        for bad in [
            "sub/seg.ts",
            "../etc/passwd",
            "..",
            ".",
            "/etc/passwd",
            "https://x/y.ts",
            "C:\\x.ts",
            "a\\b.ts",
            "seg\u{1b}.ts",
        ] {
            let err = segment_uris(&format!("#EXTM3U\nok.ts\n{bad}\n")).expect_err(bad);
            assert!(matches!(err, Error::Invalid { .. }), "{bad}: {err}");
        }
    }

    #[test]
    fn own_files_are_never_opened_through_links() {
        let dir = tempfile::tempdir().expect("tempdir");
        let target = dir.path().join("victim");
        std::fs::write(&target, b"keep").expect("write");
        let part = dir.path().join("x.part");
        #[cfg(unix)]
        std::os::unix::fs::symlink(&target, &part).expect("symlink");
        #[cfg(unix)]
        {
            assert!(regular_file_len(&part).is_err(), "a link is not ours");
            assert!(open_own(&part, false).is_err(), "O_NOFOLLOW");
            assert!(open_own(&part, true).is_err(), "create_new");
            assert!(remove_own(&part).is_err());
            assert_eq!(std::fs::read(&target).expect("read"), b"keep");
        }
        let fresh = dir.path().join("y.part");
        open_own(&fresh, true)
            .expect("fresh")
            .write_all(b"ab")
            .expect("write");
        assert_eq!(regular_file_len(&fresh).expect("len"), Some(2));
        assert!(open_own(&fresh, true).is_err(), "exclusive");
        open_own(&fresh, false)
            .expect("append")
            .write_all(b"c")
            .expect("write");
        assert_eq!(std::fs::read(&fresh).expect("read"), b"abc");
    }
}
