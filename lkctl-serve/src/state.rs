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
use lkctl_core::config::Resolved;
use lkctl_core::ops::bans::Bans;
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
        let lobby = core.lobby().await?;
        let (bans, _) = core.bans().await?;
        Ok(Self(Arc::new(Inner {
            options,
            core,
            store,
            lobby,
            bans,
            api_key,
            api_secret,
            shutdown: CancellationToken::new(),
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
