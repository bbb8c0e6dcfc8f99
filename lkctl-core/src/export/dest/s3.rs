//! An S3 bucket (AWS or any S3-compatible server): `prefix/<session folder>/<file>`.
//!
//! Small files go up in one `PutObject`; files above [`S3Destination::multipart_threshold`]
//! in a multipart upload, which S3 makes visible only when it completes (and which is
//! aborted on failure). Every object carries its content type and `x-amz-meta-lkctl-sha256`
//! / `x-amz-meta-lkctl-key`, so a rerun finds an identical object with one `HeadObject` and
//! sends nothing.

use async_trait::async_trait;
use aws_sdk_s3::primitives::ByteStream;
use aws_sdk_s3::types::{CompletedMultipartUpload, CompletedPart};

use super::{Destination, Placed, ResumeState};
use crate::error::{Error, Result};
use crate::export::ArtifactFile;
use crate::ops::files::S3Config;

/// The smallest part S3 accepts (except for the last one).
pub const MIN_PART_SIZE: usize = 5 * 1024 * 1024;

/// An S3 destination.
#[derive(Debug, Clone)]
pub struct S3Destination {
    client: aws_sdk_s3::Client,
    bucket: String,
    prefix: String,
    endpoint: Option<String>,
    access_key: String,
    /// Files larger than this go up as multipart uploads (default 16 MiB).
    pub multipart_threshold: usize,
    /// The part size of multipart uploads (default 8 MiB, at least 5 MiB).
    pub part_size: usize,
}

fn s3_error<E>(what: &str, bucket: &str, e: aws_sdk_s3::error::SdkError<E>) -> Error
where
    E: std::error::Error + Send + Sync + 'static,
{
    use aws_sdk_s3::error::SdkError;
    let detail = format!("{}", aws_sdk_s3::error::DisplayErrorContext(&e));
    let unavailable = match &e {
        SdkError::DispatchFailure(_) | SdkError::TimeoutError(_) => true,
        SdkError::ServiceError(se) => match se.raw().status().as_u16() {
            401 | 403 => {
                return Error::PermissionDenied(format!(
                    "S3 refused {what} in bucket `{bucket}`; check the access key and its policy ({detail})"
                ));
            }
            404 => {
                return Error::NotFound {
                    what: "S3 bucket",
                    id: bucket.to_string(),
                };
            }
            s => s >= 500,
        },
        _ => false,
    };
    if unavailable {
        Error::Unavailable {
            url: format!("s3://{bucket}"),
            reason: detail,
            source: Some(e.into()),
        }
    } else {
        Error::Failed {
            what: "S3 request",
            id: what.to_string(),
            reason: detail,
        }
    }
}

impl S3Destination {
    /// A destination in `bucket` under `prefix`, with the endpoint, region and
    /// credentials of `cfg` (its own bucket is ignored).
    pub fn new(cfg: &S3Config, bucket: &str, prefix: &str) -> Result<Self> {
        let mut cfg = cfg.clone();
        cfg.bucket = bucket.to_string();
        Ok(Self {
            client: cfg.client()?,
            bucket: bucket.to_string(),
            prefix: prefix.trim_matches('/').to_string(),
            endpoint: cfg.endpoint.clone(),
            access_key: cfg.access_key.clone(),
            multipart_threshold: 16 * 1024 * 1024,
            part_size: 8 * 1024 * 1024,
        })
    }

    /// The object key of a file.
    pub fn key_of(&self, file: &ArtifactFile) -> String {
        if self.prefix.is_empty() {
            format!("{}/{}", file.folder, file.name)
        } else {
            format!("{}/{}/{}", self.prefix, file.folder, file.name)
        }
    }

    async fn existing_sha(&self, key: &str) -> Result<Option<(String, u64)>> {
        match self
            .client
            .head_object()
            .bucket(&self.bucket)
            .key(key)
            .send()
            .await
        {
            Ok(head) => Ok(head
                .metadata()
                .and_then(|m| m.get("lkctl-sha256"))
                .map(|sha| {
                    (
                        sha.clone(),
                        head.content_length().unwrap_or(0).max(0) as u64,
                    )
                })),
            Err(e) if e.as_service_error().is_some_and(|se| se.is_not_found()) => Ok(None),
            Err(e) if e.raw_response().is_some_and(|r| r.status().as_u16() == 404) => Ok(None),
            Err(e) => Err(s3_error("HeadObject", &self.bucket, e)),
        }
    }

    async fn put_multipart(&self, key: &str, file: &ArtifactFile) -> Result<()> {
        let part_size = self.part_size.max(MIN_PART_SIZE);
        let created = self
            .client
            .create_multipart_upload()
            .bucket(&self.bucket)
            .key(key)
            .content_type(file.content_type)
            .metadata("lkctl-sha256", &file.sha256)
            .metadata("lkctl-key", &file.key)
            .send()
            .await
            .map_err(|e| s3_error("CreateMultipartUpload", &self.bucket, e))?;
        let upload_id = created
            .upload_id()
            .ok_or_else(|| Error::Internal("S3 returned no multipart upload id".into()))?
            .to_string();
        let result = async {
            let mut parts = Vec::new();
            for (i, chunk) in file.bytes.chunks(part_size).enumerate() {
                let number = i as i32 + 1;
                let part = self
                    .client
                    .upload_part()
                    .bucket(&self.bucket)
                    .key(key)
                    .upload_id(&upload_id)
                    .part_number(number)
                    .body(ByteStream::from(file.bytes.slice_ref(chunk)))
                    .send()
                    .await
                    .map_err(|e| s3_error("UploadPart", &self.bucket, e))?;
                parts.push(
                    CompletedPart::builder()
                        .part_number(number)
                        .set_e_tag(part.e_tag().map(str::to_string))
                        .build(),
                );
            }
            self.client
                .complete_multipart_upload()
                .bucket(&self.bucket)
                .key(key)
                .upload_id(&upload_id)
                .multipart_upload(
                    CompletedMultipartUpload::builder()
                        .set_parts(Some(parts))
                        .build(),
                )
                .send()
                .await
                .map_err(|e| s3_error("CompleteMultipartUpload", &self.bucket, e))?;
            Ok(())
        }
        .await;
        if result.is_err() {
            // Best effort: an upload left open is invisible, but costs storage until a
            // lifecycle rule removes it.
            let _ = self
                .client
                .abort_multipart_upload()
                .bucket(&self.bucket)
                .key(key)
                .upload_id(&upload_id)
                .send()
                .await;
        }
        result
    }
}

#[async_trait]
impl Destination for S3Destination {
    fn describe(&self) -> String {
        let url = if self.prefix.is_empty() {
            format!("s3://{}", self.bucket)
        } else {
            format!("s3://{}/{}", self.bucket, self.prefix)
        };
        let key = crate::secret::mask(&self.access_key);
        match &self.endpoint {
            Some(ep) => format!("{url} (endpoint {ep}, access key {key})"),
            None => format!("{url} (access key {key})"),
        }
    }

    async fn put(
        &self,
        file: &ArtifactFile,
        _prior: Option<&str>,
        _resume: &dyn ResumeState,
    ) -> Result<Placed> {
        let key = self.key_of(file);
        if let Some((sha, size)) = self.existing_sha(&key).await?
            && sha == file.sha256
        {
            return Ok(Placed {
                target_ref: key,
                sha256: sha,
                size,
                uploaded: false,
            });
        }
        if file.bytes.len() > self.multipart_threshold {
            self.put_multipart(&key, file).await?;
        } else {
            self.client
                .put_object()
                .bucket(&self.bucket)
                .key(&key)
                .content_type(file.content_type)
                .metadata("lkctl-sha256", &file.sha256)
                .metadata("lkctl-key", &file.key)
                .body(ByteStream::from(file.bytes.clone()))
                .send()
                .await
                .map_err(|e| s3_error("PutObject", &self.bucket, e))?;
        }
        Ok(Placed {
            target_ref: key,
            sha256: file.sha256.clone(),
            size: file.bytes.len() as u64,
            uploaded: true,
        })
    }
}
