//! Signed webhook delivery (LIVEKIT.md §4).
//!
//! Each event body is the pbjson (lowerCamelCase, defaults omitted) JSON of
//! `livekit_protocol::WebhookEvent`. Every configured URL has its own queue and background task,
//! so deliveries stay in order per URL and a slow or dead receiver never blocks an API call.
//! Each POST carries `Authorization: <JWT>` (no `Bearer`) whose `sha256` claim is the standard
//! padded base64 of SHA-256 of the exact body bytes.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use bytes::Bytes;
use livekit_protocol as proto;
use serde::Serialize;
use sha2::{Digest, Sha256};
use tokio::sync::mpsc::{UnboundedReceiver, UnboundedSender, unbounded_channel};

/// Delivery attempts per event and URL before giving up.
const ATTEMPTS: u32 = 4;
/// First retry delay; doubles on each further retry.
const BACKOFF: Duration = Duration::from_millis(100);
/// Webhook tokens live five minutes, like the server's.
const TOKEN_TTL_SECS: i64 = 300;

/// An emitted event, as kept for the control API.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct WebhookRecord {
    pub id: String,
    pub event: String,
    pub created_at: i64,
    /// The exact JSON body sent (or that would be sent) to receivers.
    pub body: String,
    /// An `Authorization` value signing `body` as a delivery would carry it (each delivery
    /// attempt signs afresh; this one is made when the event is recorded).
    pub authorization: String,
}

#[derive(Serialize)]
struct WebhookClaims<'a> {
    iss: &'a str,
    nbf: i64,
    iat: i64,
    exp: i64,
    sha256: String,
}

/// Signs `body` for a webhook `Authorization` header.
pub(crate) fn sign(key: &str, secret: &str, body: &[u8]) -> String {
    let now = super::state::now_unix();
    let claims = WebhookClaims {
        iss: key,
        nbf: now,
        iat: now,
        exp: now + TOKEN_TTL_SECS,
        sha256: STANDARD.encode(Sha256::digest(body)),
    };
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        &claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
    )
    .expect("HS256 signing with an in-memory key cannot fail")
}

/// Fans events out to per-URL delivery queues. Cheap to clone.
#[derive(Clone)]
pub(crate) struct EventSink {
    inner: Arc<SinkInner>,
}

struct SinkInner {
    key: String,
    secret: String,
    queues: Vec<UnboundedSender<Bytes>>,
    /// Receivers waiting for a tokio runtime to run their delivery task on.
    idle: Mutex<Vec<(String, UnboundedReceiver<Bytes>)>>,
    started: AtomicBool,
}

impl EventSink {
    pub(crate) fn new(urls: &[String], key: &str, secret: &str) -> Self {
        let (queues, idle) = urls
            .iter()
            .map(|url| {
                let (tx, rx) = unbounded_channel();
                (tx, (url.clone(), rx))
            })
            .unzip();
        Self {
            inner: Arc::new(SinkInner {
                key: key.into(),
                secret: secret.into(),
                queues,
                idle: Mutex::new(idle),
                started: AtomicBool::new(false),
            }),
        }
    }

    /// Starts the delivery tasks once a tokio runtime is available. Events emitted earlier
    /// (e.g. demo data seeded in `Emulator::new`) simply wait in their queues.
    pub(crate) fn start(&self) {
        if self.inner.started.load(Ordering::Acquire) {
            return;
        }
        let Ok(handle) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let mut idle = self.inner.idle.lock().unwrap_or_else(|e| e.into_inner());
        if self.inner.started.swap(true, Ordering::AcqRel) {
            return;
        }
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(5))
            .build()
            .unwrap_or_default();
        for (url, rx) in idle.drain(..) {
            let (client, key, secret) = (
                client.clone(),
                self.inner.key.clone(),
                self.inner.secret.clone(),
            );
            handle.spawn(deliver_loop(client, url, key, secret, rx));
        }
    }

    /// Serializes `event`, queues it for every URL and returns the record.
    pub(crate) fn dispatch(&self, event: &proto::WebhookEvent) -> WebhookRecord {
        let body = serde_json::to_string(event).expect("WebhookEvent serializes");
        let bytes = Bytes::from(body.clone());
        for queue in &self.inner.queues {
            // A closed queue only means the runtime that ran its task is gone.
            let _ = queue.send(bytes.clone());
        }
        self.start();
        WebhookRecord {
            id: event.id.clone(),
            event: event.event.clone(),
            created_at: event.created_at,
            authorization: sign(&self.inner.key, &self.inner.secret, body.as_bytes()),
            body,
        }
    }
}

async fn deliver_loop(
    client: reqwest::Client,
    url: String,
    key: String,
    secret: String,
    mut rx: UnboundedReceiver<Bytes>,
) {
    while let Some(body) = rx.recv().await {
        let mut delay = BACKOFF;
        for attempt in 1..=ATTEMPTS {
            match post(&client, &url, &key, &secret, &body).await {
                Ok(()) => break,
                Err(e) if attempt == ATTEMPTS => {
                    tracing::warn!(%url, error = %e, "webhook dropped after {ATTEMPTS} attempts");
                }
                Err(e) => {
                    tracing::debug!(%url, error = %e, attempt, "webhook delivery failed, retrying");
                    tokio::time::sleep(delay).await;
                    delay *= 2;
                }
            }
        }
    }
}

async fn post(
    client: &reqwest::Client,
    url: &str,
    key: &str,
    secret: &str,
    body: &Bytes,
) -> Result<(), String> {
    let resp = client
        .post(url)
        .header("Authorization", sign(key, secret, body))
        .header("Content-Type", "application/webhook+json")
        .header("User-Agent", "LiveKit")
        .body(body.clone())
        .send()
        .await
        .map_err(|e| e.to_string())?;
    if resp.status().is_success() {
        Ok(())
    } else {
        Err(format!("receiver answered {}", resp.status()))
    }
}
