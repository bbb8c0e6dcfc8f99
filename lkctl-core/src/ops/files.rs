//! Shared files: records in the store, bytes in S3 behind presigned URLs.
//!
//! The browser uploads and downloads directly with presigned `PUT`/`GET` URLs (aws-sdk-s3,
//! any S3-compatible endpoint, path-style for MinIO-likes); lkctl only keeps the record
//! (name, size, type, key, uploader) and signs URLs.

use std::time::Duration;

use aws_sdk_s3::config::{BehaviorVersion, Credentials, Region};
use aws_sdk_s3::presigning::PresigningConfig;
use serde::Serialize;

use super::policy::{normalize_identity, validate_room};
use crate::error::{Error, Result};
use crate::secret::Secret;
use crate::store::{IdKind, Store, Timestamp, new_id, with_pool};

/// Largest file accepted: 2 GiB.
pub const MAX_FILE_SIZE: i64 = 2 * 1024 * 1024 * 1024;
/// Longest a presigned URL may live (S3 allows 7 days).
pub const MAX_PRESIGN_TTL: Duration = Duration::from_secs(7 * 24 * 3600);

/// A shared-file record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, sqlx::FromRow)]
pub struct SharedFile {
    /// `SF_…`.
    pub id: String,
    /// Room it was shared in.
    pub room: String,
    /// File name as uploaded.
    pub name: String,
    /// Size in bytes.
    pub size: i64,
    /// MIME type.
    pub content_type: String,
    /// Object key in the bucket.
    pub s3_key: String,
    /// Uploader identity.
    pub uploader: String,
    /// When the record was made.
    pub created_at: Timestamp,
}

/// A file about to be shared.
#[derive(Debug, Clone)]
pub struct NewSharedFile {
    /// Room.
    pub room: String,
    /// File name (no path).
    pub name: String,
    /// Size in bytes.
    pub size: i64,
    /// MIME type such as `application/pdf`.
    pub content_type: String,
    /// Uploader identity.
    pub uploader: String,
}

/// The key a file gets: `rooms/<room>/<file id>/<safe name>`, safe characters only.
fn object_key(room: &str, id: &str, name: &str) -> String {
    let clean = |s: &str| -> String {
        s.chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') {
                    c
                } else {
                    '_'
                }
            })
            .collect()
    };
    format!("rooms/{}/{id}/{}", clean(room), clean(name))
}

/// Record a shared file.
pub async fn add(store: &Store, file: NewSharedFile) -> Result<SharedFile> {
    validate_room(&file.room)?;
    // The uploader in the one normal form every entrance stores (as bans and chat do).
    let uploader = normalize_identity("uploader", &file.uploader)?;
    let name = file.name.trim();
    if name.is_empty()
        || name.chars().count() > 255
        || name.contains(['/', '\\'])
        || name.chars().any(char::is_control)
    {
        return Err(Error::invalid(
            "name",
            "use a file name of 1–255 characters without `/` or `\\`",
        ));
    }
    if !(0..=MAX_FILE_SIZE).contains(&file.size) {
        return Err(Error::invalid(
            "size",
            format!("give 0–{MAX_FILE_SIZE} bytes"),
        ));
    }
    let ct = file.content_type.trim();
    if !ct.contains('/')
        || ct.len() > 255
        || ct
            .chars()
            .any(|c| c.is_control() || c.is_whitespace() && c != ' ')
    {
        return Err(Error::invalid(
            "content_type",
            "give a MIME type such as application/pdf",
        ));
    }
    let id = new_id(IdKind::File);
    let rec = SharedFile {
        s3_key: object_key(&file.room, &id, name),
        id,
        room: file.room.clone(),
        name: name.to_string(),
        size: file.size,
        content_type: ct.to_string(),
        uploader,
        created_at: Timestamp::now(),
    };
    with_pool!(store, |pool| {
        sqlx::query(
            "INSERT INTO shared_files (id, room, name, size, content_type, s3_key, uploader, created_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(&rec.id)
        .bind(&rec.room)
        .bind(&rec.name)
        .bind(rec.size)
        .bind(&rec.content_type)
        .bind(&rec.s3_key)
        .bind(&rec.uploader)
        .bind(rec.created_at)
        .execute(pool)
        .await?;
    });
    Ok(rec)
}

/// One file record.
pub async fn get(store: &Store, id: &str) -> Result<SharedFile> {
    let sql = "SELECT id, room, name, size, content_type, s3_key, uploader, created_at \
               FROM shared_files WHERE id = $1";
    let row = with_pool!(store, |pool| {
        sqlx::query_as::<_, SharedFile>(sql)
            .bind(id)
            .fetch_optional(pool)
            .await?
    });
    row.ok_or_else(|| Error::NotFound {
        what: "shared file",
        id: id.to_string(),
    })
}

/// Files of a room, oldest first.
pub async fn list(store: &Store, room: &str) -> Result<Vec<SharedFile>> {
    validate_room(room)?;
    let sql = "SELECT id, room, name, size, content_type, s3_key, uploader, created_at \
               FROM shared_files WHERE room = $1 ORDER BY created_at, id";
    Ok(with_pool!(store, |pool| {
        sqlx::query_as::<_, SharedFile>(sql)
            .bind(room)
            .fetch_all(pool)
            .await?
    }))
}

/// Where shared files live.
#[derive(Debug, Clone)]
pub struct S3Config {
    /// Endpoint URL for S3-compatible servers; `None` for AWS.
    pub endpoint: Option<String>,
    /// Region, e.g. `us-east-1`.
    pub region: String,
    /// Bucket.
    pub bucket: String,
    /// Access key id.
    pub access_key: String,
    /// Secret access key.
    pub secret_key: Secret,
    /// Path-style addressing (`endpoint/bucket/key`), needed by most self-hosted servers.
    pub path_style: bool,
}

impl S3Config {
    /// An S3 client for these settings, after checking the bucket and endpoint (no network
    /// access until used). Shared files and recording downloads both go through it.
    pub fn client(&self) -> Result<aws_sdk_s3::Client> {
        if self.bucket.trim().is_empty() {
            return Err(Error::invalid(
                "bucket",
                "name the S3 bucket (LKCTL_S3_BUCKET or `bucket` in the profile's [s3] table)",
            ));
        }
        if let Some(ep) = &self.endpoint {
            url::Url::parse(ep)
                .map_err(|e| Error::invalid("endpoint", format!("`{ep}` is not a URL: {e}")))?;
        }
        let creds = Credentials::new(
            &self.access_key,
            self.secret_key.expose(),
            None,
            None,
            "lkctl",
        );
        let mut builder = aws_sdk_s3::config::Builder::new()
            .behavior_version(BehaviorVersion::latest())
            .region(Region::new(self.region.clone()))
            .credentials_provider(creds)
            .force_path_style(self.path_style);
        if let Some(ep) = &self.endpoint {
            builder = builder.endpoint_url(ep);
        }
        Ok(aws_sdk_s3::Client::from_conf(builder.build()))
    }
}

impl From<crate::config::S3Settings> for S3Config {
    fn from(s: crate::config::S3Settings) -> Self {
        Self {
            endpoint: s.endpoint,
            region: s.region,
            bucket: s.bucket,
            access_key: s.access_key,
            secret_key: s.secret_key,
            path_style: s.path_style,
        }
    }
}

/// A presigned request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PresignedUrl {
    /// `PUT` or `GET`.
    pub method: String,
    /// The URL.
    pub url: String,
    /// Headers the client must send as signed (e.g. `content-type` for uploads), as
    /// `[name, value]` pairs.
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Vec<String>>))]
    pub headers: Vec<(String, String)>,
    /// When the URL stops working.
    pub expires_at: Timestamp,
}

/// Signs URLs for shared files.
#[derive(Debug, Clone)]
pub struct FileStorage {
    client: aws_sdk_s3::Client,
    bucket: String,
}

impl FileStorage {
    /// A storage handle for this configuration (no network access until used).
    pub fn new(cfg: &S3Config) -> Result<Self> {
        Ok(Self {
            client: cfg.client()?,
            bucket: cfg.bucket.clone(),
        })
    }

    fn presigning(ttl: Duration) -> Result<PresigningConfig> {
        if ttl.is_zero() || ttl > MAX_PRESIGN_TTL {
            return Err(Error::invalid("ttl", "give between 1s and 7 days"));
        }
        PresigningConfig::expires_in(ttl).map_err(|e| Error::invalid("ttl", e.to_string()))
    }

    fn to_url(req: aws_sdk_s3::presigning::PresignedRequest, ttl: Duration) -> PresignedUrl {
        PresignedUrl {
            method: req.method().to_string(),
            url: req.uri().to_string(),
            headers: req
                .headers()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            expires_at: Timestamp::now().plus(ttl),
        }
    }

    /// A URL the uploader can `PUT` the file's bytes to (with the returned headers). The
    /// declared size is signed in (`content-length`), so the URL cannot store more bytes than
    /// the record says, whatever the uploader sends.
    pub async fn presign_upload(&self, file: &SharedFile, ttl: Duration) -> Result<PresignedUrl> {
        let req = self
            .client
            .put_object()
            .bucket(&self.bucket)
            .key(&file.s3_key)
            .content_type(&file.content_type)
            .content_length(file.size)
            .presigned(Self::presigning(ttl)?)
            .await
            .map_err(|e| Error::Internal(format!("presigning upload: {e}")))?;
        Ok(Self::to_url(req, ttl))
    }

    /// A URL anyone holding it can `GET` the file from, as an attachment with its name.
    pub async fn presign_download(&self, file: &SharedFile, ttl: Duration) -> Result<PresignedUrl> {
        self.presign_object_download(&file.s3_key, &file.name, ttl)
            .await
    }

    /// A URL to `GET` any object of the bucket by key, as an attachment named `name`
    /// (shared files and recordings).
    pub async fn presign_object_download(
        &self,
        key: &str,
        name: &str,
        ttl: Duration,
    ) -> Result<PresignedUrl> {
        let disposition = format!("attachment; filename=\"{}\"", name.replace('"', "_"));
        let req = self
            .client
            .get_object()
            .bucket(&self.bucket)
            .key(key)
            .response_content_disposition(disposition)
            .presigned(Self::presigning(ttl)?)
            .await
            .map_err(|e| Error::Internal(format!("presigning download: {e}")))?;
        Ok(Self::to_url(req, ttl))
    }
}
