//! What every handler shares: options, the store, the LiveKit client and the core services
//! built on them, and the shutdown signal.
//!
//! [`AppState::new`] is the one place that builds these: it holds core's handle
//! ([`Lkctl`]), which owns the client, store, token issuer and moderator; serve assembles
//! none of them itself.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::Duration;

use ipnet::IpNet;
use lkctl_core::config::{Resolved, S3Overrides};
use lkctl_core::ops::bans::Bans;
use lkctl_core::ops::files::{FileStorage, S3Config};
use lkctl_core::ops::lobby::Lobby;
use lkctl_core::ops::users::SessionLimits;
use lkctl_core::store::Store;
use lkctl_core::{Error, Result, Secret};
use lkctl_core::{LiveKit, Lkctl};
use tokio_util::sync::CancellationToken;

use crate::metrics::Metrics;

/// Settings of one `lkctl serve`.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// Address to listen on.
    pub listen: SocketAddr,
    /// The URL browsers use to reach this server (scheme, host, port; no path).
    pub public_url: url::Url,
    /// Proxies whose `X-Forwarded-For` is believed.
    pub trusted_proxies: Vec<IpNet>,
    /// Largest request body accepted, in bytes.
    pub body_limit: usize,
    /// Longest time a request may take to produce its response head.
    pub request_timeout: Duration,
    /// Timeout of each call to LiveKit.
    pub livekit_timeout: Duration,
    /// Browser session lifetimes.
    pub sessions: SessionLimits,
    /// Interval between SSE heartbeats.
    pub sse_heartbeat: Duration,
    /// The LiveKit URL guests' browsers connect to; default: the API URL with `ws(s)://`.
    pub livekit_public_url: Option<String>,
    /// Storage of shared files; default: the S3 settings of the environment or profile.
    pub shared_files: Option<S3Config>,
    /// Largest file a guest may share, in bytes.
    pub guest_upload_max: i64,
    /// MIME types guests may share (`type/*` allows a whole family).
    pub guest_upload_types: Vec<String>,
    /// How long a presigned upload or download URL for a guest works.
    pub guest_url_ttl: Duration,
    /// How long a guest may wait in the lobby; default: core's `PENDING_TTL`.
    pub lobby_pending_ttl: Option<Duration>,
}

impl ServeOptions {
    /// Defaults for `listen`: public URL `http://<listen>`, 1 MiB bodies, 30 s requests.
    pub fn new(listen: SocketAddr) -> Self {
        let public_url = url::Url::parse(&format!("http://{listen}"))
            .unwrap_or_else(|_| url::Url::parse("http://localhost").expect("static URL"));
        Self {
            listen,
            public_url,
            trusted_proxies: Vec::new(),
            body_limit: 1024 * 1024,
            request_timeout: Duration::from_secs(30),
            livekit_timeout: Duration::from_secs(10),
            sessions: SessionLimits::default(),
            sse_heartbeat: Duration::from_secs(15),
            livekit_public_url: None,
            shared_files: None,
            guest_upload_max: 50 * 1024 * 1024,
            guest_upload_types: DEFAULT_GUEST_UPLOAD_TYPES
                .iter()
                .map(|t| t.to_string())
                .collect(),
            guest_url_ttl: Duration::from_secs(15 * 60),
            lobby_pending_ttl: None,
        }
    }

    /// Set the public URL after checking it is a bare http(s) origin.
    pub fn with_public_url(mut self, url: &str) -> Result<Self> {
        self.public_url = parse_public_url(url)?;
        Ok(self)
    }

    /// True when browsers reach us over https (Secure cookies, `__Host-`, HSTS).
    pub fn is_https(&self) -> bool {
        self.public_url.scheme() == "https"
    }

    /// The public origin, `scheme://host[:port]`, as browsers send it in `Origin`.
    pub fn origin(&self) -> String {
        self.public_url.origin().ascii_serialization()
    }

    /// Whether `peer` is one of the trusted proxies.
    pub fn is_trusted_proxy(&self, peer: IpAddr) -> bool {
        let peer = peer.to_canonical();
        self.trusted_proxies.iter().any(|n| n.contains(&peer))
    }
}

/// MIME types guests may share by default: documents, images, plain text, audio and video.
pub const DEFAULT_GUEST_UPLOAD_TYPES: [&str; 12] = [
    "application/pdf",
    "image/*",
    "text/plain",
    "text/csv",
    "text/markdown",
    "audio/*",
    "video/*",
    "application/zip",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.presentation",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.presentationml.presentation",
];

/// Parse `--public-url`: http or https, a host, no path beyond `/`, no query or credentials.
pub fn parse_public_url(url: &str) -> Result<url::Url> {
    let parsed =
        url::Url::parse(url).map_err(|e| Error::invalid("public-url", format!("`{url}`: {e}")))?;
    let ok = matches!(parsed.scheme(), "http" | "https")
        && parsed.host().is_some()
        && matches!(parsed.path(), "" | "/")
        && parsed.query().is_none()
        && parsed.fragment().is_none()
        && parsed.username().is_empty()
        && parsed.password().is_none();
    if !ok {
        return Err(Error::invalid(
            "public-url",
            format!("`{url}`: give the origin browsers use, e.g. https://lkctl.example.com"),
        ));
    }
    Ok(parsed)
}

/// Parse a `--trusted-proxy` value: a CIDR (`10.0.0.0/8`) or a single address.
pub fn parse_trusted_proxy(value: &str) -> Result<IpNet> {
    if let Ok(net) = value.parse::<IpNet>() {
        return Ok(net);
    }
    value.parse::<IpAddr>().map(IpNet::from).map_err(|_| {
        Error::invalid(
            "trusted-proxy",
            format!("`{value}` is not an address or CIDR"),
        )
    })
}

/// The shared state; cheap to clone.
#[derive(Clone)]
pub struct AppState(Arc<Inner>);

/// What [`AppState`] holds.
pub struct Inner {
    /// Settings.
    pub options: ServeOptions,
    /// Core's handle: configuration, LiveKit client, store, issuer and moderator.
    pub core: Lkctl,
    /// lkctl's store (the handle's, opened at start-up).
    pub store: Store,
    /// Lobby service (signs guest tokens with the API credentials).
    pub lobby: Lobby,
    /// Bans service (removes banned joiners through LiveKit).
    pub bans: Bans,
    /// The API key webhooks are signed with.
    pub api_key: String,
    /// The API secret webhooks are signed with.
    pub api_secret: Secret,
    /// Cancelled when the server shuts down; long-lived responses (SSE) end on it.
    pub shutdown: CancellationToken,
    /// Presigns shared files' URLs; `None` when no S3 storage is configured.
    pub files: Option<FileStorage>,
    /// The LiveKit URL handed to guests with their token.
    pub livekit_public_url: String,
    /// Prometheus metrics (`/metrics`).
    pub metrics: Arc<Metrics>,
}

impl std::ops::Deref for AppState {
    type Target = Inner;
    fn deref(&self) -> &Inner {
        &self.0
    }
}

impl std::fmt::Debug for AppState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppState")
            .field("listen", &self.options.listen)
            .field("public_url", &self.options.public_url.as_str())
            .field("store", &self.store.display_url())
            .field("livekit", &self.livekit().url())
            .finish()
    }
}

impl AppState {
    /// Build the state from resolved configuration: opens (and migrates) the store and
    /// prepares the LiveKit client. Needs the LiveKit URL, API key and secret.
    pub async fn new(resolved: &Resolved, options: ServeOptions) -> Result<Self> {
        let core = Lkctl::new(resolved.clone(), options.livekit_timeout);
        Self::from_core(core, options).await
    }

    /// Build the state over an existing core handle.
    pub async fn from_core(core: Lkctl, options: ServeOptions) -> Result<Self> {
        // Serve signs webhooks' checks and guests' tokens: credentials are required here,
        // not discovered missing at the first request.
        let (api_key, api_secret) = core.config().credentials()?;
        core.livekit()?;
        let store = core.store().await?.clone();
        let mut lobby = core.lobby().await?;
        if let Some(ttl) = options.lobby_pending_ttl {
            lobby = lobby.with_pending_ttl(ttl);
        }
        let (bans, _) = core.bans().await?;
        let files = match &options.shared_files {
            Some(cfg) => Some(FileStorage::new(cfg)?),
            None => core
                .s3(&S3Overrides::default())?
                .map(|s| FileStorage::new(&S3Config::from(s)))
                .transpose()?,
        };
        let livekit_public_url = match &options.livekit_public_url {
            Some(url) => url.clone(),
            None => websocket_url(core.livekit()?.url()),
        };
        Ok(Self(Arc::new(Inner {
            options,
            core,
            store,
            lobby,
            bans,
            api_key,
            api_secret,
            shutdown: CancellationToken::new(),
            files,
            livekit_public_url,
            metrics: Arc::new(Metrics::default()),
        })))
    }

    /// The server's metrics; SSE handlers hold `state.metrics().sse_opened()` while open.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// The LiveKit client (checked to be configured when the state was built).
    pub fn livekit(&self) -> &LiveKit {
        self.core
            .livekit()
            .expect("AppState::from_core checked the LiveKit connection")
    }
}

/// The URL a browser's LiveKit SDK connects to for an API URL: `http` becomes `ws`, `https`
/// becomes `wss`.
pub fn websocket_url(api_url: &str) -> String {
    if let Some(rest) = api_url.strip_prefix("https://") {
        format!("wss://{rest}")
    } else if let Some(rest) = api_url.strip_prefix("http://") {
        format!("ws://{rest}")
    } else {
        api_url.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_urls_are_origins() {
        assert!(parse_public_url("https://lk.example.com").is_ok());
        assert!(parse_public_url("http://127.0.0.1:8080/").is_ok());
        assert!(parse_public_url("https://lk.example.com/app").is_err());
        assert!(parse_public_url("ftp://x").is_err());
        assert!(parse_public_url("https://u:p@x").is_err());
    }

    #[test]
    fn guests_get_websocket_urls() {
        assert_eq!(
            websocket_url("https://lk.example.com"),
            "wss://lk.example.com"
        );
        assert_eq!(
            websocket_url("http://127.0.0.1:7880"),
            "ws://127.0.0.1:7880"
        );
        assert_eq!(websocket_url("wss://x"), "wss://x");
    }

    #[test]
    fn trusted_proxies_parse_and_match() {
        let mut o = ServeOptions::new("127.0.0.1:0".parse().unwrap());
        o.trusted_proxies = vec![
            parse_trusted_proxy("10.0.0.0/8").unwrap(),
            parse_trusted_proxy("::1").unwrap(),
        ];
        assert!(o.is_trusted_proxy("10.1.2.3".parse().unwrap()));
        assert!(o.is_trusted_proxy("::1".parse().unwrap()));
        assert!(o.is_trusted_proxy("::ffff:10.0.0.1".parse().unwrap()));
        assert!(!o.is_trusted_proxy("192.168.0.1".parse().unwrap()));
        assert!(parse_trusted_proxy("nope").is_err());
    }
}
