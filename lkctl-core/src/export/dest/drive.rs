//! Google Drive (API v3) over plain reqwest: a folder per room session under a parent
//! folder (or shared drive), files uploaded with multipart or resumable uploads.
//!
//! Idempotency never relies on names (Drive allows twins): each folder and file carries
//! `appProperties`, and lookups use `appProperties has { key=… and value=… }`:
//! - `lkctl_slot`: a hash of the session folder and file name, the file's identity;
//! - `lkctl_key`: the artifact key, the version of its content.
//!
//! A file whose slot exists with the same key is left alone; with another key its content
//! is replaced in place (same file id, no twin).
//!
//! Resumable uploads save their session URI in the [`ResumeState`] before the first byte
//! is sent; a later run asks the session how far it got (`Content-Range: bytes */N`),
//! continues from there, or starts over when the session has expired (404/410).
//! Redirects are never followed: 308 is Drive's "resume incomplete", not a redirect.
//!
//! Longer than our ~600-line mark on purpose: it is one client of one API, and its parts (token
//! refresh, folder lookup, multipart and resumable uploads) share one retry loop and one
//! resumable-upload state machine; split up, the protocol would no longer read in order.

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use async_trait::async_trait;
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use tokio::sync::Mutex;

use super::{Destination, Placed, ResumeState, UploadSession};
use crate::error::{Error, Result};
use crate::export::{ArtifactFile, hex};
use crate::secret::Secret;

/// The only scope lkctl asks for: files the app created or opened.
pub const DRIVE_FILE_SCOPE: &str = "https://www.googleapis.com/auth/drive.file";
/// Google's OAuth token endpoint.
pub const GOOGLE_TOKEN_URL: &str = "https://oauth2.googleapis.com/token";
/// Google's API root (`/drive/v3` and `/upload/drive/v3` live under it).
pub const GOOGLE_API_BASE: &str = "https://www.googleapis.com";
/// Resumable chunks must be multiples of this, except the last.
pub const CHUNK_UNIT: usize = 256 * 1024;

const FOLDER_MIME: &str = "application/vnd.google-apps.folder";
const FILE_FIELDS: &str = "id,name,mimeType,parents,appProperties,md5Checksum,size,trashed";

/// How lkctl gets an access token.
#[derive(Debug, Clone)]
pub enum DriveAuth {
    /// An installed app's refresh token (a person's Drive).
    RefreshToken {
        client_id: String,
        client_secret: Secret,
        refresh_token: Secret,
    },
    /// A service account (best with a shared drive: service accounts have no quota of
    /// their own), optionally impersonating `subject` by domain-wide delegation.
    ServiceAccount {
        client_email: String,
        private_key_id: Option<String>,
        /// The PKCS#8 PEM private key.
        private_key: Secret,
        subject: Option<String>,
    },
    /// A ready access token (e.g. from `gcloud auth print-access-token`); not refreshed.
    AccessToken(Secret),
}

impl DriveAuth {
    /// A service account from its JSON key file's contents.
    pub fn service_account_from_json(json_text: &str, subject: Option<String>) -> Result<Self> {
        #[derive(Deserialize)]
        struct Key {
            #[serde(rename = "type")]
            kind: Option<String>,
            client_email: String,
            private_key: String,
            private_key_id: Option<String>,
        }
        let key: Key = serde_json::from_str(json_text).map_err(|e| {
            Error::invalid(
                "service account key",
                format!("not a Google service-account JSON key: {e}"),
            )
        })?;
        if key.kind.as_deref().is_some_and(|k| k != "service_account") {
            return Err(Error::invalid(
                "service account key",
                "its `type` is not `service_account`",
            ));
        }
        Ok(Self::ServiceAccount {
            client_email: key.client_email,
            private_key_id: key.private_key_id,
            private_key: Secret::new(key.private_key),
            subject,
        })
    }
}

impl DriveAuth {
    /// Credentials from variables (`get` is usually `std::env::var(..).ok()`), in this order:
    /// `LKCTL_GDRIVE_SERVICE_ACCOUNT_FILE` (a JSON key file; `LKCTL_GDRIVE_SUBJECT` to
    /// impersonate a user), then `LKCTL_GDRIVE_CLIENT_ID` + `LKCTL_GDRIVE_CLIENT_SECRET` +
    /// `LKCTL_GDRIVE_REFRESH_TOKEN`, then `LKCTL_GDRIVE_ACCESS_TOKEN`. `None` when none is
    /// set; an error when a set is incomplete.
    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Option<Self>> {
        let get = |k: &str| get(k).filter(|v| !v.trim().is_empty());
        if let Some(path) = get("LKCTL_GDRIVE_SERVICE_ACCOUNT_FILE") {
            let text = std::fs::read_to_string(&path).map_err(|e| Error::io(&path, e))?;
            return Self::service_account_from_json(&text, get("LKCTL_GDRIVE_SUBJECT")).map(Some);
        }
        let (id, secret, refresh) = (
            get("LKCTL_GDRIVE_CLIENT_ID"),
            get("LKCTL_GDRIVE_CLIENT_SECRET"),
            get("LKCTL_GDRIVE_REFRESH_TOKEN"),
        );
        match (id, secret, refresh) {
            (Some(client_id), Some(secret), Some(refresh)) => {
                return Ok(Some(Self::RefreshToken {
                    client_id,
                    client_secret: Secret::new(secret),
                    refresh_token: Secret::new(refresh),
                }));
            }
            (None, None, None) => {}
            _ => {
                return Err(Error::Config(
                    "Google Drive OAuth needs all of LKCTL_GDRIVE_CLIENT_ID, \
                     LKCTL_GDRIVE_CLIENT_SECRET and LKCTL_GDRIVE_REFRESH_TOKEN"
                        .into(),
                ));
            }
        }
        Ok(get("LKCTL_GDRIVE_ACCESS_TOKEN").map(|t| Self::AccessToken(Secret::new(t))))
    }
}

/// Settings of a Drive destination.
#[derive(Debug, Clone)]
pub struct DriveConfig {
    /// The parent folder (or shared drive) the session folders go in.
    pub parent_id: String,
    pub auth: DriveAuth,
    /// API root; [`GOOGLE_API_BASE`] unless testing.
    pub api_base: String,
    /// Token endpoint; [`GOOGLE_TOKEN_URL`] unless testing.
    pub token_url: String,
    /// Files larger than this use a resumable upload (default 5 MiB).
    pub resumable_threshold: usize,
    /// Resumable chunk size, rounded down to a multiple of 256 KiB (default 8 MiB).
    pub chunk_size: usize,
    /// Retries of a request after 429, 5xx, rate-limit 403s or a network error.
    pub max_retries: u32,
    /// The first backoff; doubled each retry, plus jitter.
    pub retry_base: Duration,
}

impl DriveConfig {
    pub fn new(parent_id: impl Into<String>, auth: DriveAuth) -> Self {
        Self {
            parent_id: parent_id.into(),
            auth,
            api_base: GOOGLE_API_BASE.into(),
            token_url: GOOGLE_TOKEN_URL.into(),
            resumable_threshold: 5 * 1024 * 1024,
            chunk_size: 8 * 1024 * 1024,
            max_retries: 5,
            retry_base: Duration::from_millis(500),
        }
    }
}

/// A Drive file as the API returns it (the fields lkctl asks for).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(rename_all = "camelCase")]
pub struct DriveFile {
    pub id: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub mime_type: String,
    #[serde(default)]
    pub parents: Vec<String>,
    #[serde(default)]
    pub app_properties: std::collections::BTreeMap<String, String>,
    pub md5_checksum: Option<String>,
    /// An int64 as a string, as Drive sends it.
    pub size: Option<String>,
    #[serde(default)]
    pub trashed: bool,
}

#[derive(Debug, Clone)]
struct CachedToken {
    value: Secret,
    expires: Instant,
}

/// The Drive destination.
pub struct DriveDestination {
    cfg: DriveConfig,
    http: reqwest::Client,
    token: Mutex<Option<CachedToken>>,
}

impl std::fmt::Debug for DriveDestination {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DriveDestination")
            .field("cfg", &self.cfg)
            .finish_non_exhaustive()
    }
}

/// Quotes a string for a Drive `q` expression.
pub fn q_string(s: &str) -> String {
    format!("'{}'", s.replace('\\', "\\\\").replace('\'', "\\'"))
}

fn short_hash(s: &str) -> String {
    hex(&Sha256::digest(s.as_bytes()))[..32].to_string()
}

fn md5_hex(bytes: &[u8]) -> String {
    use md5::Digest as _;
    hex(&md5::Md5::digest(bytes))
}

/// A Drive error body: `{"error":{"code","message","errors":[{"reason"}]}}`.
fn error_reason(body: &str) -> (String, String) {
    let v: Value = serde_json::from_str(body).unwrap_or(Value::Null);
    let e = &v["error"];
    let reason = e["errors"][0]["reason"]
        .as_str()
        .or_else(|| e["status"].as_str())
        .or_else(|| v["error"].as_str())
        .unwrap_or("")
        .to_string();
    let message = e["message"]
        .as_str()
        .or_else(|| v["error_description"].as_str())
        .unwrap_or(body)
        .to_string();
    (reason, message)
}

fn is_retryable(status: u16, reason: &str) -> bool {
    status == 429
        || matches!(status, 500 | 502 | 503 | 504)
        || (status == 403 && matches!(reason, "rateLimitExceeded" | "userRateLimitExceeded"))
}

fn drive_error(what: &str, status: u16, body: &str) -> Error {
    let (reason, message) = error_reason(body);
    match (status, reason.as_str()) {
        (401, _) => Error::Unauthenticated(format!(
            "Google Drive rejected the access token ({message})"
        )),
        (403, "storageQuotaExceeded") => Error::Failed {
            what: "Drive upload",
            id: what.to_string(),
            reason: format!(
                "storage quota exceeded ({message}); a service account has no quota of its own: \
                 export into a shared drive where it is a content manager"
            ),
        },
        (403, _) => {
            Error::PermissionDenied(format!("Google Drive refused {what}: {message} ({reason})"))
        }
        (404, _) => Error::NotFound {
            what: "Drive file or folder",
            id: what.to_string(),
        },
        (429, _) => Error::RateLimited {
            retry_after_secs: 60,
        },
        (s, _) if s >= 500 => Error::Unavailable {
            url: "Google Drive".into(),
            reason: format!("{what}: HTTP {s}: {message}"),
            source: None,
        },
        _ => Error::Failed {
            what: "Drive request",
            id: what.to_string(),
            reason: format!("HTTP {status} {reason}: {message}"),
        },
    }
}

fn unix_now() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// A signed RS256 JWT assertion for the service-account flow.
fn service_account_assertion(
    client_email: &str,
    private_key_id: Option<&str>,
    private_key_pem: &str,
    subject: Option<&str>,
    audience: &str,
    now: u64,
) -> Result<String> {
    use rsa::pkcs1v15::SigningKey;
    use rsa::pkcs8::DecodePrivateKey;
    use rsa::signature::{SignatureEncoding, Signer};

    let key = rsa::RsaPrivateKey::from_pkcs8_pem(private_key_pem).map_err(|e| {
        Error::invalid(
            "service account key",
            format!("its private_key is not a PKCS#8 RSA PEM key: {e}"),
        )
    })?;
    let mut header = json!({"alg": "RS256", "typ": "JWT"});
    if let Some(kid) = private_key_id {
        header["kid"] = json!(kid);
    }
    let mut claims = json!({
        "iss": client_email,
        "scope": DRIVE_FILE_SCOPE,
        "aud": audience,
        "iat": now,
        "exp": now + 3600,
    });
    if let Some(sub) = subject {
        claims["sub"] = json!(sub);
    }
    let signing_input = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let sig = SigningKey::<Sha256>::new(key).sign(signing_input.as_bytes());
    Ok(format!(
        "{signing_input}.{}",
        URL_SAFE_NO_PAD.encode(sig.to_vec())
    ))
}

impl DriveDestination {
    pub fn new(mut cfg: DriveConfig) -> Result<Self> {
        if cfg.parent_id.trim().is_empty() {
            return Err(Error::invalid(
                "destination",
                "name the Drive parent folder: gdrive://FOLDER_ID",
            ));
        }
        cfg.api_base = cfg.api_base.trim_end_matches('/').to_string();
        cfg.chunk_size = (cfg.chunk_size / CHUNK_UNIT).max(1) * CHUNK_UNIT;
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .connect_timeout(Duration::from_secs(15))
            .timeout(Duration::from_secs(300))
            .build()
            .map_err(|e| Error::Internal(format!("HTTP client: {e}")))?;
        Ok(Self {
            cfg,
            http,
            token: Mutex::new(None),
        })
    }

    fn drive_url(&self, path: &str) -> String {
        format!("{}/drive/v3{path}", self.cfg.api_base)
    }

    fn upload_url(&self, path: &str) -> String {
        format!("{}/upload/drive/v3{path}", self.cfg.api_base)
    }

    /// A valid access token, refreshed when it expires within a minute.
    async fn access_token(&self) -> Result<Secret> {
        let mut cached = self.token.lock().await;
        if let Some(t) = cached.as_ref()
            && t.expires > Instant::now() + Duration::from_secs(60)
        {
            return Ok(t.value.clone());
        }
        let form: Vec<(&str, String)> = match &self.cfg.auth {
            DriveAuth::AccessToken(t) => {
                *cached = Some(CachedToken {
                    value: t.clone(),
                    expires: Instant::now() + Duration::from_secs(3600),
                });
                return Ok(t.clone());
            }
            DriveAuth::RefreshToken {
                client_id,
                client_secret,
                refresh_token,
            } => vec![
                ("client_id", client_id.clone()),
                ("client_secret", client_secret.expose().to_string()),
                ("refresh_token", refresh_token.expose().to_string()),
                ("grant_type", "refresh_token".into()),
            ],
            DriveAuth::ServiceAccount {
                client_email,
                private_key_id,
                private_key,
                subject,
            } => vec![
                (
                    "grant_type",
                    "urn:ietf:params:oauth:grant-type:jwt-bearer".into(),
                ),
                (
                    "assertion",
                    service_account_assertion(
                        client_email,
                        private_key_id.as_deref(),
                        private_key.expose(),
                        subject.as_deref(),
                        &self.cfg.token_url,
                        unix_now(),
                    )?,
                ),
            ],
        };
        let body: String = url::form_urlencoded::Serializer::new(String::new())
            .extend_pairs(&form)
            .finish();
        let resp = self
            .http
            .post(&self.cfg.token_url)
            .header(
                reqwest::header::CONTENT_TYPE,
                "application/x-www-form-urlencoded",
            )
            .body(body)
            .send()
            .await
            .map_err(|e| Error::Unavailable {
                url: self.cfg.token_url.clone(),
                reason: e.to_string(),
                source: Some(e.into()),
            })?;
        let status = resp.status().as_u16();
        let body = resp.text().await.unwrap_or_default();
        if status != 200 {
            let (reason, message) = error_reason(&body);
            return Err(if reason == "invalid_grant" {
                Error::Unauthenticated(format!(
                    "Google refused the Drive credentials ({message}); authorize lkctl again (refresh tokens of \
                     apps left in \"Testing\" expire after 7 days)"
                ))
            } else if status >= 500 {
                Error::Unavailable {
                    url: self.cfg.token_url.clone(),
                    reason: format!("HTTP {status}: {message}"),
                    source: None,
                }
            } else {
                Error::Unauthenticated(format!(
                    "Google token endpoint answered {status} {reason}: {message}"
                ))
            });
        }
        #[derive(Deserialize)]
        struct TokenResponse {
            access_token: String,
            expires_in: Option<u64>,
        }
        let t: TokenResponse = serde_json::from_str(&body).map_err(|e| {
            Error::Internal(format!(
                "Google token endpoint sent an unexpected body: {e}"
            ))
        })?;
        let token = Secret::new(t.access_token);
        *cached = Some(CachedToken {
            value: token.clone(),
            expires: Instant::now() + Duration::from_secs(t.expires_in.unwrap_or(3600)),
        });
        Ok(token)
    }

    async fn forget_token(&self) {
        *self.token.lock().await = None;
    }

    async fn backoff(&self, attempt: u32) {
        let base = self.cfg.retry_base.saturating_mul(1u32 << attempt.min(6));
        let jitter = rand::random_range(0..=base.as_millis().min(10_000) as u64 / 2);
        tokio::time::sleep(base + Duration::from_millis(jitter)).await;
    }

    /// Sends a request built by `build` with a bearer token: refreshes the token once on
    /// 401 and retries rate limits, 5xx and network errors with backoff. Returns the
    /// response for any other status (the caller decides what 308 or 404 mean).
    async fn send(
        &self,
        what: &str,
        build: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response> {
        self.send_with(what, self.cfg.max_retries, build).await
    }

    /// [`Self::send`] with at most `max_retries` retries.
    async fn send_with(
        &self,
        what: &str,
        max_retries: u32,
        build: impl Fn(&reqwest::Client) -> reqwest::RequestBuilder,
    ) -> Result<reqwest::Response> {
        let mut attempt = 0u32;
        let mut refreshed = false;
        loop {
            let token = self.access_token().await?;
            let result = build(&self.http).bearer_auth(token.expose()).send().await;
            let resp = match result {
                Ok(r) => r,
                Err(e) => {
                    if attempt < max_retries {
                        self.backoff(attempt).await;
                        attempt += 1;
                        continue;
                    }
                    return Err(Error::Unavailable {
                        url: "Google Drive".into(),
                        reason: format!("{what}: {e}"),
                        source: Some(e.into()),
                    });
                }
            };
            let status = resp.status().as_u16();
            if status == 401 && !refreshed && !matches!(self.cfg.auth, DriveAuth::AccessToken(_)) {
                refreshed = true;
                self.forget_token().await;
                continue;
            }
            if status == 429 || status == 403 || (500..=504).contains(&status) {
                let body = resp.text().await.unwrap_or_default();
                let (reason, _) = error_reason(&body);
                if is_retryable(status, &reason) && attempt < max_retries {
                    self.backoff(attempt).await;
                    attempt += 1;
                    continue;
                }
                return Err(drive_error(what, status, &body));
            }
            return Ok(resp);
        }
    }

    async fn json_ok<T: serde::de::DeserializeOwned>(
        what: &str,
        resp: reqwest::Response,
    ) -> Result<T> {
        let status = resp.status().as_u16();
        let body = resp.text().await.unwrap_or_default();
        if !(200..300).contains(&status) {
            return Err(drive_error(what, status, &body));
        }
        serde_json::from_str(&body)
            .map_err(|e| Error::Internal(format!("Drive sent an unexpected {what} body: {e}")))
    }

    /// Files (or folders) under `parent` carrying `appProperties[prop] == value`, not trashed.
    pub async fn find_by_property(
        &self,
        parent: &str,
        prop: &str,
        value: &str,
    ) -> Result<Vec<DriveFile>> {
        let q = format!(
            "{} in parents and trashed = false and appProperties has {{ key={} and value={} }}",
            q_string(parent),
            q_string(prop),
            q_string(value)
        );
        let mut out = Vec::new();
        let mut page_token: Option<String> = None;
        loop {
            let url = self.drive_url("/files");
            let fields = format!("nextPageToken,files({FILE_FIELDS})");
            let q = q.clone();
            let pt = page_token.clone();
            let resp = self
                .send("files.list", |h| {
                    let mut query = vec![
                        ("q", q.clone()),
                        ("fields", fields.clone()),
                        ("spaces", "drive".into()),
                        ("supportsAllDrives", "true".into()),
                        ("includeItemsFromAllDrives", "true".into()),
                        ("pageSize", "100".into()),
                    ];
                    if let Some(t) = &pt {
                        query.push(("pageToken", t.clone()));
                    }
                    h.get(&url).query(&query)
                })
                .await?;
            #[derive(Deserialize)]
            #[serde(rename_all = "camelCase")]
            struct Page {
                #[serde(default)]
                files: Vec<DriveFile>,
                next_page_token: Option<String>,
            }
            let page: Page = Self::json_ok("files.list", resp).await?;
            out.extend(page.files.into_iter().filter(|f| !f.trashed));
            match page.next_page_token {
                Some(t) if !t.is_empty() => page_token = Some(t),
                _ => return Ok(out),
            }
        }
    }

    /// A file by id; `None` when it is gone.
    pub async fn get_file(&self, id: &str) -> Result<Option<DriveFile>> {
        let url = self.drive_url(&format!("/files/{}", urlencode(id)));
        let resp = self
            .send("files.get", |h| {
                h.get(&url)
                    .query(&[("fields", FILE_FIELDS), ("supportsAllDrives", "true")])
            })
            .await?;
        if resp.status().as_u16() == 404 {
            return Ok(None);
        }
        Self::json_ok("files.get", resp).await.map(Some)
    }

    /// The session folder under the parent, created when missing (found by its
    /// `lkctl_folder` property, never by name).
    pub async fn ensure_folder(&self, name: &str) -> Result<String> {
        let tag = short_hash(name);
        let found = self
            .find_by_property(&self.cfg.parent_id, "lkctl_folder", &tag)
            .await?;
        if let Some(f) = found
            .into_iter()
            .find(|f| f.mime_type == FOLDER_MIME || f.mime_type.is_empty())
        {
            return Ok(f.id);
        }
        let url = self.drive_url("/files");
        let body = json!({
            "name": name,
            "mimeType": FOLDER_MIME,
            "parents": [self.cfg.parent_id],
            "appProperties": {"lkctl_folder": tag},
        });
        let resp = self
            .send("folder create", |h| {
                h.post(&url)
                    .query(&[("fields", FILE_FIELDS), ("supportsAllDrives", "true")])
                    .json(&body)
            })
            .await?;
        let f: DriveFile = Self::json_ok("folder create", resp).await?;
        Ok(f.id)
    }

    fn metadata(file: &ArtifactFile, folder_id: Option<&str>) -> Value {
        let mut m = json!({
            "name": file.name,
            "mimeType": file.content_type.split(';').next().unwrap_or(file.content_type).trim(),
            "appProperties": {
                "lkctl_slot": short_hash(&format!("{}/{}", file.folder, file.name)),
                "lkctl_key": file.key,
            },
        });
        if let Some(p) = folder_id {
            m["parents"] = json!([p]);
        }
        m
    }

    /// One-request upload (`uploadType=multipart`, a `multipart/related` body); `existing`
    /// replaces that file's content instead of creating a file.
    async fn upload_multipart(
        &self,
        file: &ArtifactFile,
        folder_id: &str,
        existing: Option<&str>,
    ) -> Result<DriveFile> {
        let meta = Self::metadata(file, existing.is_none().then_some(folder_id));
        let boundary = loop {
            let b = format!("lkctl-{:032x}", rand::random::<u128>());
            if !file.bytes.windows(b.len()).any(|w| w == b.as_bytes()) {
                break b;
            }
        };
        let mut body = Vec::with_capacity(file.bytes.len() + 512);
        body.extend_from_slice(
            format!("--{boundary}\r\nContent-Type: application/json; charset=UTF-8\r\n\r\n{meta}\r\n--{boundary}\r\nContent-Type: {}\r\n\r\n", file.content_type)
                .as_bytes(),
        );
        body.extend_from_slice(&file.bytes);
        body.extend_from_slice(format!("\r\n--{boundary}--").as_bytes());
        let body = bytes::Bytes::from(body);
        let (url, method) = match existing {
            Some(id) => (
                self.upload_url(&format!("/files/{}", urlencode(id))),
                reqwest::Method::PATCH,
            ),
            None => (self.upload_url("/files"), reqwest::Method::POST),
        };
        let ctype = format!("multipart/related; boundary={boundary}");
        let resp = self
            .send("multipart upload", |h| {
                h.request(method.clone(), &url)
                    .query(&[
                        ("uploadType", "multipart"),
                        ("supportsAllDrives", "true"),
                        ("fields", FILE_FIELDS),
                    ])
                    .header(reqwest::header::CONTENT_TYPE, &ctype)
                    .body(body.clone())
            })
            .await?;
        Self::json_ok("multipart upload", resp).await
    }

    /// Opens a resumable session; returns its URI.
    async fn start_resumable(
        &self,
        file: &ArtifactFile,
        folder_id: &str,
        existing: Option<&str>,
    ) -> Result<String> {
        let meta = Self::metadata(file, existing.is_none().then_some(folder_id));
        let (url, method) = match existing {
            Some(id) => (
                self.upload_url(&format!("/files/{}", urlencode(id))),
                reqwest::Method::PATCH,
            ),
            None => (self.upload_url("/files"), reqwest::Method::POST),
        };
        let len = file.bytes.len().to_string();
        let resp = self
            .send("resumable upload start", |h| {
                h.request(method.clone(), &url)
                    .query(&[
                        ("uploadType", "resumable"),
                        ("supportsAllDrives", "true"),
                        ("fields", FILE_FIELDS),
                    ])
                    .header("X-Upload-Content-Type", file.content_type)
                    .header("X-Upload-Content-Length", &len)
                    .json(&meta)
            })
            .await?;
        let status = resp.status().as_u16();
        if status != 200 {
            let body = resp.text().await.unwrap_or_default();
            return Err(drive_error("resumable upload start", status, &body));
        }
        resp.headers()
            .get(reqwest::header::LOCATION)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
            .ok_or_else(|| {
                Error::Internal("Drive opened a resumable upload without a Location".into())
            })
    }

    /// Interprets a reply from a session: `Ok(Left(file))` when complete, `Ok(Right(next))`
    /// with the next byte to send on 308, `Err(None)` when the session is gone.
    async fn session_reply(
        resp: reqwest::Response,
    ) -> std::result::Result<Progress, Option<Error>> {
        let status = resp.status().as_u16();
        match status {
            200 | 201 => {
                let body = resp.text().await.unwrap_or_default();
                serde_json::from_str(&body)
                    .map(Progress::Complete)
                    .map_err(|e| {
                        Some(Error::Internal(format!(
                            "Drive sent an unexpected upload body: {e}"
                        )))
                    })
            }
            308 => {
                // `Range: bytes=0-N` (absent when nothing has been stored yet).
                let next = resp
                    .headers()
                    .get(reqwest::header::RANGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|r| r.strip_prefix("bytes=0-"))
                    .and_then(|n| n.parse::<u64>().ok())
                    .map_or(0, |last| last + 1);
                Ok(Progress::Next(next))
            }
            404 | 410 => Err(None),
            _ => {
                let body = resp.text().await.unwrap_or_default();
                Err(Some(drive_error("resumable upload", status, &body)))
            }
        }
    }

    /// Asks a session how much it holds (`Content-Range: bytes */N`).
    async fn session_status(
        &self,
        uri: &str,
        total: u64,
    ) -> std::result::Result<Progress, Option<Error>> {
        let range = format!("bytes */{total}");
        let resp = self
            .send("upload status", |h| {
                h.put(uri)
                    .header(reqwest::header::CONTENT_RANGE, &range)
                    .header(reqwest::header::CONTENT_LENGTH, "0")
            })
            .await
            .map_err(Some)?;
        Self::session_reply(resp).await
    }

    /// Sends chunks from `from` until the session completes.
    async fn send_chunks(
        &self,
        uri: &str,
        bytes: &bytes::Bytes,
        mut from: u64,
    ) -> std::result::Result<DriveFile, Option<Error>> {
        let total = bytes.len() as u64;
        let mut stalls = 0u32;
        loop {
            let end = (from + self.cfg.chunk_size as u64).min(total);
            let chunk = bytes.slice(from as usize..end as usize);
            let range = if total == 0 {
                "bytes */0".to_string()
            } else {
                format!("bytes {from}-{}/{total}", end - 1)
            };
            // A failed chunk is not re-sent as is: the session may hold part of it, so
            // the status query below says where to continue.
            let sent = self
                .send_with("upload chunk", 0, |h| {
                    h.put(uri)
                        .header(reqwest::header::CONTENT_RANGE, &range)
                        .body(chunk.clone())
                })
                .await;
            let progress = match sent {
                Ok(resp) => Self::session_reply(resp).await,
                // Retries are exhausted; ask the session where it stands and go on from there.
                Err(e) => {
                    if stalls >= self.cfg.max_retries {
                        return Err(Some(e));
                    }
                    self.backoff(stalls).await;
                    stalls += 1;
                    self.session_status(uri, total).await
                }
            }?;
            match progress {
                Progress::Complete(f) => return Ok(f),
                Progress::Next(next) => {
                    if next <= from && end > from {
                        stalls += 1;
                        if stalls > self.cfg.max_retries {
                            return Err(Some(Error::Unavailable {
                                url: "Google Drive".into(),
                                reason: format!(
                                    "the upload session makes no progress at byte {from}"
                                ),
                                source: None,
                            }));
                        }
                    }
                    from = next.min(total);
                }
            }
        }
    }

    async fn upload_resumable(
        &self,
        file: &ArtifactFile,
        folder_id: &str,
        existing: Option<&str>,
        resume: &dyn ResumeState,
    ) -> Result<DriveFile> {
        let total = file.bytes.len() as u64;
        // Continue a session an earlier (killed or failed) run left, if it is for these bytes.
        if let Some(s) = resume.load(&file.key).await? {
            if s.sha256 == file.sha256 && s.size == total {
                match self.session_status(&s.uri, total).await {
                    Ok(Progress::Complete(f)) => {
                        resume.clear(&file.key).await?;
                        return Ok(f);
                    }
                    Ok(Progress::Next(next)) => {
                        match self.send_chunks(&s.uri, &file.bytes, next).await {
                            Ok(f) => {
                                resume.clear(&file.key).await?;
                                return Ok(f);
                            }
                            Err(Some(e)) => return Err(e),
                            Err(None) => {} // expired meanwhile: start over
                        }
                    }
                    Err(Some(e)) => return Err(e),
                    Err(None) => {} // expired (about a week): start over
                }
            }
            resume.clear(&file.key).await?;
        }
        for _ in 0..2 {
            let uri = self.start_resumable(file, folder_id, existing).await?;
            resume
                .save(
                    &file.key,
                    &UploadSession {
                        uri: uri.clone(),
                        size: total,
                        sha256: file.sha256.clone(),
                    },
                )
                .await?;
            match self.send_chunks(&uri, &file.bytes, 0).await {
                Ok(f) => {
                    resume.clear(&file.key).await?;
                    return Ok(f);
                }
                Err(Some(e)) => return Err(e),
                Err(None) => resume.clear(&file.key).await?,
            }
        }
        Err(Error::Unavailable {
            url: "Google Drive".into(),
            reason: "the upload session expired twice in a row".into(),
            source: None,
        })
    }

    fn verify(file: &ArtifactFile, placed: &DriveFile) -> Result<()> {
        if let Some(size) = placed.size.as_deref().and_then(|s| s.parse::<u64>().ok())
            && size != file.bytes.len() as u64
        {
            return Err(Error::Failed {
                what: "Drive upload",
                id: placed.id.clone(),
                reason: format!("Drive stored {size} bytes of {}", file.bytes.len()),
            });
        }
        if let Some(md5) = &placed.md5_checksum
            && !md5.eq_ignore_ascii_case(&md5_hex(&file.bytes))
        {
            return Err(Error::Failed {
                what: "Drive upload",
                id: placed.id.clone(),
                reason: "the stored file's MD5 does not match what was sent".into(),
            });
        }
        Ok(())
    }
}

enum Progress {
    Complete(DriveFile),
    Next(u64),
}

fn urlencode(s: &str) -> String {
    url::form_urlencoded::byte_serialize(s.as_bytes()).collect()
}

#[async_trait]
impl Destination for DriveDestination {
    fn describe(&self) -> String {
        let who = match &self.cfg.auth {
            DriveAuth::RefreshToken { client_id, .. } => format!("OAuth client {client_id}"),
            DriveAuth::ServiceAccount { client_email, .. } => {
                format!("service account {client_email}")
            }
            DriveAuth::AccessToken(t) => format!("access token {}", t.masked()),
        };
        format!("gdrive://{} ({who})", self.cfg.parent_id)
    }

    async fn put(
        &self,
        file: &ArtifactFile,
        prior: Option<&str>,
        resume: &dyn ResumeState,
    ) -> Result<Placed> {
        let slot = short_hash(&format!("{}/{}", file.folder, file.name));
        let done = |f: &DriveFile, uploaded: bool| Placed {
            target_ref: f.id.clone(),
            sha256: file.sha256.clone(),
            size: f
                .size
                .as_deref()
                .and_then(|s| s.parse().ok())
                .unwrap_or(file.bytes.len() as u64),
            uploaded,
        };
        // 1. The file an earlier run recorded; 2. a search by slot in the session folder.
        let mut existing: Option<DriveFile> = None;
        if let Some(id) = prior
            && let Some(f) = self.get_file(id).await?
            && !f.trashed
            && f.app_properties.get("lkctl_slot") == Some(&slot)
        {
            existing = Some(f);
        }
        let folder_id = self.ensure_folder(&file.folder).await?;
        if existing.is_none() {
            existing = self
                .find_by_property(&folder_id, "lkctl_slot", &slot)
                .await?
                .into_iter()
                .next();
        }
        if let Some(f) = &existing
            && f.app_properties.get("lkctl_key") == Some(&file.key)
        {
            resume.clear(&file.key).await?;
            return Ok(done(f, false));
        }
        let existing_id = existing.as_ref().map(|f| f.id.as_str());
        let placed = if file.bytes.len() > self.cfg.resumable_threshold {
            self.upload_resumable(file, &folder_id, existing_id, resume)
                .await?
        } else {
            self.upload_multipart(file, &folder_id, existing_id).await?
        };
        Self::verify(file, &placed)?;
        Ok(done(&placed, true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn q_strings_escape_quotes_and_backslashes() {
        assert_eq!(q_string(r"it's a \ path"), r"'it\'s a \\ path'");
    }

    #[test]
    fn error_bodies_map_to_kinds() {
        let quota = r#"{"error":{"code":403,"message":"Service Accounts do not have storage quota.","errors":[{"message":"x","domain":"usageLimits","reason":"storageQuotaExceeded"}]}}"#;
        let e = drive_error("upload", 403, quota);
        assert!(e.to_string().contains("shared drive"), "{e}");
        let rate = r#"{"error":{"code":403,"message":"slow down","errors":[{"reason":"userRateLimitExceeded"}]}}"#;
        assert!(is_retryable(403, &error_reason(rate).0));
        assert!(!is_retryable(403, "storageQuotaExceeded"));
        assert!(matches!(
            drive_error("x", 404, "{}"),
            Error::NotFound { .. }
        ));
    }

    #[test]
    fn slots_and_keys_fit_app_properties() {
        // key + value must stay within 124 bytes.
        let slot = short_hash("2026-01-01_Лекция_RM_x/lecture.pdf");
        assert!("lkctl_slot".len() + slot.len() <= 124);
        assert!("lkctl_key".len() + 64 <= 124);
    }
}
