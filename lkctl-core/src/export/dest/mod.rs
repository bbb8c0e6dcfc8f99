//! Where exported files go: a directory, an S3 bucket or a Google Drive folder.
//!
//! A destination is named by a URL ([`DestinationUrl`]): a path (`./exports`,
//! `/srv/lectures`, `file:///srv/lectures`), `s3://bucket/prefix` or
//! `gdrive://FOLDER_ID`. Credentials never appear in the URL; they come from the profile
//! and the environment and print masked ([`crate::Secret`]).
//!
//! Every destination's [`Destination::put`] is idempotent and resumable:
//! - it returns a [`Placed`] with a `target_ref` (path, S3 key, Drive file id) and the
//!   SHA-256 of the bytes, which the exporter records per file with the artifact key;
//! - given the `target_ref` of an earlier run it checks that file first, and a file that
//!   already holds the same bytes is not written again (`uploaded: false`);
//! - nothing partial is ever visible under the final name (rename, S3 multipart
//!   completion, Drive upload completion);
//! - long uploads keep their progress in a [`ResumeState`] (a Drive resumable session),
//!   so the next run continues where a killed one stopped.

pub mod dir;
pub mod drive;
pub mod s3;

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;
use std::str::FromStr;
use std::sync::Mutex;

use async_trait::async_trait;
use serde::{Deserialize, Serialize};

use super::ArtifactFile;
use crate::error::{Error, Result};

/// A parsed destination URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DestinationUrl {
    /// A local directory.
    Dir(PathBuf),
    /// An S3 bucket and a key prefix (without leading or trailing `/`, maybe empty).
    S3 { bucket: String, prefix: String },
    /// A Google Drive folder (a folder id, or a shared drive's id).
    Drive { folder_id: String },
}

impl FromStr for DestinationUrl {
    type Err = Error;

    fn from_str(s: &str) -> Result<Self> {
        let s = s.trim();
        if s.is_empty() {
            return Err(Error::invalid(
                "destination",
                "give a directory, s3://bucket/prefix or gdrive://FOLDER_ID",
            ));
        }
        if let Some(rest) = s.strip_prefix("s3://") {
            let (bucket, prefix) = rest.split_once('/').unwrap_or((rest, ""));
            let valid_bucket = (3..=63).contains(&bucket.len())
                && bucket
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '.');
            if !valid_bucket {
                return Err(Error::invalid(
                    "destination",
                    format!("`{bucket}` is not an S3 bucket name (3-63 of a-z, 0-9, `-`, `.`)"),
                ));
            }
            let prefix = prefix.trim_matches('/');
            if prefix.split('/').any(|p| p == ".." || p == ".") {
                return Err(Error::invalid(
                    "destination",
                    "an S3 prefix cannot contain `.` or `..` segments",
                ));
            }
            return Ok(Self::S3 {
                bucket: bucket.to_string(),
                prefix: prefix.to_string(),
            });
        }
        if let Some(id) = s.strip_prefix("gdrive://") {
            let id = id.trim_end_matches('/');
            if id.is_empty()
                || !id
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
            {
                return Err(Error::invalid(
                    "destination",
                    format!(
                        "`{id}` is not a Drive folder id (letters, digits, `-`, `_`; copy it from the folder's URL)"
                    ),
                ));
            }
            return Ok(Self::Drive {
                folder_id: id.to_string(),
            });
        }
        if let Some(path) = s.strip_prefix("file://") {
            if !path.starts_with('/') {
                return Err(Error::invalid(
                    "destination",
                    "a file:// URL needs an absolute path (file:///srv/x)",
                ));
            }
            return Ok(Self::Dir(PathBuf::from(path)));
        }
        if let Some((scheme, _)) = s.split_once("://") {
            return Err(Error::invalid(
                "destination",
                format!("`{scheme}://` is not a destination; use a directory, s3:// or gdrive://"),
            ));
        }
        Ok(Self::Dir(PathBuf::from(s)))
    }
}

impl fmt::Display for DestinationUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Dir(p) => write!(f, "{}", p.display()),
            Self::S3 { bucket, prefix } if prefix.is_empty() => write!(f, "s3://{bucket}"),
            Self::S3 { bucket, prefix } => write!(f, "s3://{bucket}/{prefix}"),
            Self::Drive { folder_id } => write!(f, "gdrive://{folder_id}"),
        }
    }
}

/// A file as placed at a destination.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Placed {
    /// The destination's name for it: a path, an S3 key or a Drive file id. Record it and
    /// pass it back to [`Destination::put`] next time.
    pub target_ref: String,
    /// Hex SHA-256 of the bytes now at the destination.
    pub sha256: String,
    pub size: u64,
    /// `false` when the destination already held these bytes and nothing was sent.
    pub uploaded: bool,
}

/// An interrupted upload that a later run can continue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct UploadSession {
    /// The session URI (Drive) to continue at.
    pub uri: String,
    /// The total size the session was opened for.
    pub size: u64,
    /// Hex SHA-256 of the bytes the session was opened for: a session is only continued
    /// with exactly those bytes.
    pub sha256: String,
}

/// Progress a destination keeps between runs, keyed by artifact key. The exporter backs
/// it with the store (one row per exported file); [`MemoryResume`] keeps it in memory.
#[async_trait]
pub trait ResumeState: Send + Sync {
    async fn load(&self, key: &str) -> Result<Option<UploadSession>>;
    async fn save(&self, key: &str, session: &UploadSession) -> Result<()>;
    async fn clear(&self, key: &str) -> Result<()>;
}

/// A [`ResumeState`] in memory (one process; tests, one-off exports).
#[derive(Debug, Default)]
pub struct MemoryResume(Mutex<HashMap<String, UploadSession>>);

impl MemoryResume {
    fn map(&self) -> std::sync::MutexGuard<'_, HashMap<String, UploadSession>> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

#[async_trait]
impl ResumeState for MemoryResume {
    async fn load(&self, key: &str) -> Result<Option<UploadSession>> {
        Ok(self.map().get(key).cloned())
    }
    async fn save(&self, key: &str, session: &UploadSession) -> Result<()> {
        self.map().insert(key.to_string(), session.clone());
        Ok(())
    }
    async fn clear(&self, key: &str) -> Result<()> {
        self.map().remove(key);
        Ok(())
    }
}

/// A place exported files go.
#[async_trait]
pub trait Destination: Send + Sync {
    /// The destination for people and logs, credentials masked.
    fn describe(&self) -> String;

    /// Puts one file, idempotently: `prior` is the `target_ref` an earlier run recorded
    /// for the same artifact key, if any.
    async fn put(
        &self,
        file: &ArtifactFile,
        prior: Option<&str>,
        resume: &dyn ResumeState,
    ) -> Result<Placed>;
}

/// What a destination needs beyond its URL; the front ends fill it from the profile and
/// the environment.
#[derive(Debug, Clone, Default)]
pub struct DestinationSettings {
    /// Endpoint, region and credentials for `s3://` (the bucket comes from the URL).
    pub s3: Option<crate::ops::files::S3Config>,
    /// Credentials for `gdrive://` (see [`drive::DriveAuth::from_lookup`]).
    pub drive: Option<drive::DriveAuth>,
    /// Another base URL for the Drive API (a proxy, or a test double); default
    /// [`drive::GOOGLE_API_BASE`].
    pub drive_api_base: Option<String>,
    /// Another OAuth token endpoint; default [`drive::GOOGLE_TOKEN_URL`].
    pub drive_token_url: Option<String>,
}

/// Opens the destination a URL names.
pub fn open(url: &DestinationUrl, settings: &DestinationSettings) -> Result<Box<dyn Destination>> {
    match url {
        DestinationUrl::Dir(path) => Ok(Box::new(dir::DirDestination::new(path.clone()))),
        DestinationUrl::S3 { bucket, prefix } => {
            let cfg = settings.s3.as_ref().ok_or_else(|| {
                Error::Config(format!(
                    "{url} needs S3 settings: set LKCTL_S3_ENDPOINT, LKCTL_S3_ACCESS_KEY and \
                     LKCTL_S3_SECRET_KEY, or the profile's [s3] table"
                ))
            })?;
            Ok(Box::new(s3::S3Destination::new(cfg, bucket, prefix)?))
        }
        DestinationUrl::Drive { folder_id } => {
            let auth = settings.drive.clone().ok_or_else(|| {
                Error::Config(format!(
                    "{url} needs Google Drive credentials: LKCTL_GDRIVE_CLIENT_ID, \
                     LKCTL_GDRIVE_CLIENT_SECRET and LKCTL_GDRIVE_REFRESH_TOKEN, or \
                     LKCTL_GDRIVE_SERVICE_ACCOUNT_FILE"
                ))
            })?;
            let mut cfg = drive::DriveConfig::new(folder_id.clone(), auth);
            if let Some(base) = &settings.drive_api_base {
                cfg.api_base = base.trim_end_matches('/').to_string();
            }
            if let Some(url) = &settings.drive_token_url {
                cfg.token_url = url.clone();
            }
            Ok(Box::new(drive::DriveDestination::new(cfg)?))
        }
    }
}
