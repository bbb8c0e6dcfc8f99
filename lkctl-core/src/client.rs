//! The LiveKit connection: official `livekit-api` clients plus a small Twirp
//! caller of our own for the RPCs the crate lacks or mishandles (LIVEKIT.md §5).

use std::time::Duration;

use livekit_api::access_token::{AccessToken, SIPGrants, VideoGrants};
use livekit_api::services::room::RoomClient;
use livekit_api::services::{ServerError, ServiceError};

use crate::config::{Connection, http_base_url};
use crate::error::{Error, Result};

/// Default per-request timeout.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);

/// A configured connection to one LiveKit deployment.
#[derive(Debug)]
pub struct LiveKit {
    conn: Connection,
    http_url: String,
    timeout: Duration,
    http: reqwest::Client,
    room: RoomClient,
}

impl LiveKit {
    /// Connect lazily: nothing is sent until an operation runs.
    pub fn new(conn: Connection, timeout: Duration) -> Result<Self> {
        let http_url = http_base_url(&conn.url)?;
        let room = RoomClient::with_api_key(&http_url, &conn.api_key, conn.api_secret.expose())
            .with_request_timeout(timeout);
        let http = reqwest::Client::builder()
            .timeout(timeout)
            .user_agent(concat!("lkctl/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Internal(format!("cannot build HTTP client: {e}")))?;
        Ok(Self {
            conn,
            http_url,
            timeout,
            http,
            room,
        })
    }

    /// The server's base URL as http(s).
    pub fn url(&self) -> &str {
        &self.http_url
    }

    /// The API key in use.
    pub fn api_key(&self) -> &str {
        &self.conn.api_key
    }

    /// The connection settings (secret inside, masked in Debug).
    pub fn connection(&self) -> &Connection {
        &self.conn
    }

    /// Per-request timeout.
    pub fn timeout(&self) -> Duration {
        self.timeout
    }

    /// The shared HTTP client.
    pub fn http(&self) -> &reqwest::Client {
        &self.http
    }

    /// The official RoomService client.
    pub fn room_client(&self) -> &RoomClient {
        &self.room
    }

    /// A short-lived API token with exactly these grants, like the SDKs mint per call.
    pub fn api_token(&self, grants: VideoGrants, sip: Option<SIPGrants>) -> Result<String> {
        let mut t = AccessToken::with_api_key(&self.conn.api_key, self.conn.api_secret.expose())
            .with_ttl(Duration::from_secs(600))
            .with_grants(grants);
        if let Some(s) = sip {
            t = t.with_sip_grants(s);
        }
        t.to_jwt()
            .map_err(|e| Error::Config(format!("cannot create an API token: {e}")))
    }

    /// Call a Twirp RPC with protobuf bodies (for RPCs `livekit-api` lacks).
    pub async fn twirp<Req, Resp>(
        &self,
        service: &str,
        method: &str,
        req: &Req,
        grants: VideoGrants,
        sip: Option<SIPGrants>,
    ) -> Result<Resp>
    where
        Req: prost::Message,
        Resp: prost::Message + Default,
    {
        self.twirp_with_timeout(service, method, req, grants, sip, self.timeout)
            .await
    }

    /// [`twirp`](Self::twirp) with a timeout of its own, for calls that can outlast
    /// the per-request one (a ringing SIP call).
    pub async fn twirp_with_timeout<Req, Resp>(
        &self,
        service: &str,
        method: &str,
        req: &Req,
        grants: VideoGrants,
        sip: Option<SIPGrants>,
        timeout: Duration,
    ) -> Result<Resp>
    where
        Req: prost::Message,
        Resp: prost::Message + Default,
    {
        let token = self.api_token(grants, sip)?;
        let url = format!("{}/twirp/livekit.{service}/{method}", self.http_url);
        let resp = self
            .http
            .post(&url)
            .bearer_auth(token)
            .timeout(timeout)
            .header(reqwest::header::CONTENT_TYPE, "application/protobuf")
            .body(req.encode_to_vec())
            .send()
            .await
            .map_err(|e| self.transport_error(e))?;
        let status = resp.status();
        let bytes = resp.bytes().await.map_err(|e| self.transport_error(e))?;
        if status.is_success() {
            if looks_like_html(&bytes) {
                return Err(Error::NotLiveKit {
                    url: crate::config::mask_url_password(&self.http_url),
                    reason: not_livekit_reason(status.as_u16()),
                });
            }
            return Resp::decode(bytes).map_err(|e| {
                Error::Internal(format!(
                    "LiveKit sent a reply that is not a valid {method} response: {e}"
                ))
            });
        }
        Err(match error_from_reply(status.as_u16(), &bytes) {
            Error::NotLiveKit { reason, .. } => Error::NotLiveKit {
                url: crate::config::mask_url_password(&self.http_url),
                reason,
            },
            e => e,
        })
    }

    /// Map an error from the official client.
    pub async fn map_service_error(&self, e: ServiceError) -> Error {
        match e {
            ServiceError::Twirp(ServerError::Twirp(code)) => Error::LiveKit {
                code: normalize_code(&code.code),
                message: code.msg,
                meta: code.meta.into_iter().collect(),
            },
            ServiceError::Twirp(ServerError::Request(e)) if e.is_decode() => {
                // The crate could not JSON-decode an error reply: LiveKit's auth
                // middleware answers bad tokens with plain text. Ask once more
                // ourselves to learn the status and text.
                self.diagnose_plain_reply().await
            }
            ServiceError::Twirp(ServerError::Request(e)) => self.transport_error(e),
            ServiceError::Twirp(ServerError::Url(e)) => {
                Error::invalid("url", format!("`{}` is not usable: {e}", self.conn.url))
            }
            ServiceError::Twirp(ServerError::Prost(e)) => {
                Error::Internal(format!("LiveKit sent an undecodable reply: {e}"))
            }
            ServiceError::AccessToken(e) => {
                Error::Config(format!("cannot create an API token: {e}"))
            }
            ServiceError::Env(e) => Error::Config(e.to_string()),
        }
    }

    async fn diagnose_plain_reply(&self) -> Error {
        let grants = VideoGrants {
            room_list: true,
            ..Default::default()
        };
        let result: Result<livekit_protocol::ListRoomsResponse> = self
            .twirp(
                "RoomService",
                "ListRooms",
                &livekit_protocol::ListRoomsRequest::default(),
                grants,
                None,
            )
            .await;
        match result {
            Err(e) => e,
            Ok(_) => Error::Unavailable {
                url: crate::config::mask_url_password(&self.http_url),
                reason: "the server answered with an unexpected non-Twirp error body".into(),
                source: None,
            },
        }
    }

    pub(crate) fn transport_error(&self, e: reqwest::Error) -> Error {
        let reason = if e.is_timeout() {
            format!(
                "timed out after {}s; raise --timeout or check the network",
                self.timeout.as_secs()
            )
        } else if e.is_connect() {
            format!(
                "connection failed ({}); is the server running and the URL right?",
                root_cause(&e)
            )
        } else {
            root_cause(&e)
        };
        Error::Unavailable {
            url: crate::config::mask_url_password(&self.http_url),
            reason,
            source: Some(e.into()),
        }
    }
}

fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cur: &dyn std::error::Error = e;
    while let Some(next) = cur.source() {
        cur = next;
    }
    cur.to_string()
}

/// LiveKit's Rust crate spells `data_loss` as `dataloss`; keep the wire spelling.
fn normalize_code(code: &str) -> String {
    if code == "dataloss" {
        "data_loss".into()
    } else {
        code.to_string()
    }
}

/// An HTML page where LiveKit would answer protobuf or Twirp JSON.
fn looks_like_html(body: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&body[..body.len().min(512)]).to_ascii_lowercase();
    let head = head.trim_start();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.starts_with("<?xml")
        || (head.starts_with('<') && head.contains("<body"))
}

fn not_livekit_reason(status: u16) -> String {
    format!(
        "answered HTTP {status} with something other than LiveKit's Twirp API; \
         check the URL (the LiveKit server itself, e.g. wss://project.livekit.cloud or http://localhost:7880)"
    )
}

/// Turn a non-200 reply into an error: Twirp JSON when it is, plain text otherwise.
/// An HTML page, or a 404 that is not Twirp's, means the URL is not LiveKit's API
/// ([`Error::NotLiveKit`], with the URL left for the caller to fill in).
pub fn error_from_reply(status: u16, body: &[u8]) -> Error {
    #[derive(serde::Deserialize)]
    struct TwirpBody {
        code: String,
        #[serde(default)]
        msg: String,
        #[serde(default)]
        meta: std::collections::BTreeMap<String, String>,
    }
    if let Ok(b) = serde_json::from_slice::<TwirpBody>(body) {
        return Error::LiveKit {
            code: normalize_code(&b.code),
            message: b.msg,
            meta: b.meta,
        };
    }
    // Never dump a web page into an error message.
    if (looks_like_html(body) && status != 401) || status == 404 {
        return Error::NotLiveKit {
            url: String::new(),
            reason: not_livekit_reason(status),
        };
    }
    let text = String::from_utf8_lossy(body)
        .trim()
        .chars()
        .take(300)
        .collect::<String>();
    match status {
        401 => Error::CredentialsRejected { text },
        403 => Error::PermissionDenied(text),
        413 => Error::invalid("request", format!("too large for LiveKit: {text}")),
        _ => Error::Unavailable {
            url: String::new(),
            reason: format!("HTTP {status}: {text}"),
            source: None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[tokio::test]
    async fn unreachable_server_keeps_the_transport_error_as_source() {
        // A port that was just free: nothing listens there, so the connection is refused.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let lk = LiveKit::new(
            Connection {
                url: format!("http://127.0.0.1:{port}"),
                api_key: "key".into(),
                api_secret: crate::secret::Secret::new("secret-secret-secret-secret-secret"),
            },
            Duration::from_secs(5),
        )
        .unwrap();
        let err = lk
            .twirp::<_, livekit_protocol::ListRoomsResponse>(
                "RoomService",
                "ListRooms",
                &livekit_protocol::ListRoomsRequest::default(),
                VideoGrants {
                    room_list: true,
                    ..Default::default()
                },
                None,
            )
            .await
            .unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Unavailable);
        assert!(
            err.to_string()
                .starts_with(&format!("http://127.0.0.1:{port} is unreachable: ")),
            "{err}"
        );
        let source = std::error::Error::source(&err).expect("the reqwest error is kept");
        let transport = source
            .downcast_ref::<reqwest::Error>()
            .expect("the source is the reqwest error");
        assert!(transport.is_connect(), "{transport:?}");
    }

    #[test]
    fn plain_401_is_denied_and_twirp_keeps_code() {
        let e = error_from_reply(401, b"invalid API key");
        assert_eq!(e.kind(), ErrorKind::Denied);
        assert!(e.to_string().contains("invalid API key"));
        let e = error_from_reply(
            404,
            br#"{"code":"not_found","msg":"requested room does not exist"}"#,
        );
        assert_eq!(e.kind(), ErrorKind::NotFound);
        assert_eq!(e.code(), "not_found");
        let e = error_from_reply(500, br#"{"code":"dataloss","msg":"x"}"#);
        assert_eq!(e.code(), "data_loss");
    }

    #[test]
    fn html_and_foreign_404s_are_not_livekit() {
        let page = b"<!DOCTYPE html><html><head><title>Welcome to nginx!</title></head><body>hi</body></html>";
        for status in [404, 200, 502] {
            let e = error_from_reply(status, page);
            assert_eq!(e.kind(), ErrorKind::Unavailable, "{status}");
            assert_eq!(e.code(), "not_livekit");
            let msg = e.to_string();
            assert!(msg.contains("not a LiveKit server API"), "{msg}");
            assert!(!msg.contains("nginx"), "the page is not dumped: {msg}");
        }
        let e = error_from_reply(404, b"404 page not found");
        assert_eq!(e.code(), "not_livekit");
        // Twirp's own bad_route stays what it is (an older LiveKit lacking a method).
        let e = error_from_reply(404, br#"{"code":"bad_route","msg":"no handler"}"#);
        assert_eq!(e.code(), "bad_route");
    }
}
