//! [`Lkctl`]: the one core handle every front end holds.
//!
//! Built from the resolved configuration, it owns what operations need — the LiveKit
//! client, lkctl's store, the token issuer and the moderator — and hands out the services
//! assembled from them ([`Lkctl::lobby`], [`Lkctl::bans`]). The CLI's context, `lkctl serve`'s
//! application state and the agent hold one each; none of them builds issuers or moderators.
//!
//! Everything is made on first use and then shared: a command that needs no LiveKit never
//! asks for credentials (a secret command is not run), and a command that needs no store
//! never opens the database. Without credentials the issuer and moderator are
//! [`Unconfigured`] stand-ins, so store-only work (listing the lobby, recording a ban) runs
//! and only the step that really needs LiveKit fails, naming what is missing.
//!
//! Cheap to clone (one `Arc`), `Send + Sync`.

use std::sync::{Arc, OnceLock};
use std::time::Duration;

use tokio::sync::OnceCell;

use crate::client::LiveKit;
use crate::clock::{self, Clock};
use crate::config::{Resolved, S3Overrides, S3Settings};
use crate::error::{Error, Result};
use crate::ops::bans::Bans;
use crate::ops::lobby::Lobby;
use crate::ops::moderation::Moderator;
use crate::store::Store;
use crate::token::{CredentialsIssuer, TokenIssuer};
use crate::unconfigured::Unconfigured;

/// The core handle: configuration plus the LiveKit client, store, token issuer and
/// moderator made from it on first use.
#[derive(Debug, Clone)]
pub struct Lkctl {
    inner: Arc<Inner>,
}

#[derive(Debug)]
struct Inner {
    config: Resolved,
    timeout: Duration,
    clock: Arc<dyn Clock>,
    livekit: OnceLock<Arc<LiveKit>>,
    store: OnceCell<Store>,
}

impl Lkctl {
    /// A handle over `config`; `timeout` bounds each request to LiveKit.
    pub fn new(config: Resolved, timeout: Duration) -> Self {
        Self::with_clock(config, timeout, clock::system())
    }

    /// A handle that reads the time from `clock` for every expiry decision (lobby waits,
    /// bans, guest tokens, PIN windows): tests pass a [`crate::ManualClock`].
    pub fn with_clock(config: Resolved, timeout: Duration, clock: Arc<dyn Clock>) -> Self {
        Self {
            inner: Arc::new(Inner {
                config,
                timeout,
                clock,
                livekit: OnceLock::new(),
                store: OnceCell::new(),
            }),
        }
    }

    /// A handle whose store is already open (a server that opened it at start-up, tests).
    pub fn with_store(config: Resolved, timeout: Duration, store: Store) -> Self {
        Self::new(config, timeout).and_store(store)
    }

    /// This handle with its store already open (after [`Lkctl::with_clock`]).
    pub fn and_store(self, store: Store) -> Self {
        // Only a fresh handle's cell can be set; one already opened keeps its store.
        let _ = self.inner.store.set(store);
        self
    }

    /// The clock expiry decisions are made against.
    pub fn clock(&self) -> &Arc<dyn Clock> {
        &self.inner.clock
    }

    /// The resolved configuration.
    pub fn config(&self) -> &Resolved {
        &self.inner.config
    }

    /// The per-request timeout for LiveKit.
    pub fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    /// The LiveKit client; [`Error::Config`] naming every source when the URL, key or
    /// secret is missing.
    pub fn livekit(&self) -> Result<&LiveKit> {
        Ok(self.livekit_arc()?.as_ref())
    }

    /// The same client, shared, for work that outlives a borrow (the agent's tasks).
    pub fn livekit_shared(&self) -> Result<Arc<LiveKit>> {
        Ok(self.livekit_arc()?.clone())
    }

    fn livekit_arc(&self) -> Result<&Arc<LiveKit>> {
        if let Some(lk) = self.inner.livekit.get() {
            return Ok(lk);
        }
        let lk = LiveKit::new(self.config().connection()?, self.inner.timeout)?;
        Ok(self.inner.livekit.get_or_init(|| Arc::new(lk)))
    }

    /// lkctl's store, opened (and migrated) on first use.
    pub async fn store(&self) -> Result<&Store> {
        self.inner
            .store
            .get_or_try_init(|| async { Store::open(&self.config().database_location()?).await })
            .await
    }

    /// The store's location without opening it (for `db status`, which must not migrate).
    pub fn database_location(&self) -> Result<String> {
        self.config().database_location()
    }

    /// S3 settings from `ov`, the environment and the profile (`None`: no bucket anywhere).
    pub fn s3(&self, ov: &S3Overrides) -> Result<Option<S3Settings>> {
        self.config().s3(ov)
    }

    /// Signs join tokens with the configured key and secret; without them, a stand-in that
    /// fails only when a token is actually needed.
    pub fn token_issuer(&self) -> Result<Arc<dyn TokenIssuer>> {
        match self.config().credentials() {
            Ok((key, secret)) => Ok(Arc::new(CredentialsIssuer::new(key, secret))),
            Err(Error::Config(reason)) => Ok(Arc::new(Unconfigured::new(reason))),
            Err(e) => Err(e),
        }
    }

    /// Removes participants through LiveKit; without a configured connection, a stand-in
    /// that records why each removal was skipped.
    pub fn moderator(&self) -> Result<ModeratorHandle> {
        match self.livekit_arc() {
            Ok(lk) => Ok(ModeratorHandle {
                moderator: lk.clone(),
                connected: true,
            }),
            Err(Error::Config(reason)) => Ok(ModeratorHandle {
                moderator: Arc::new(Unconfigured::new(reason)),
                connected: false,
            }),
            Err(e) => Err(e),
        }
    }

    /// The lobby over the store, approving with [`Lkctl::token_issuer`].
    pub async fn lobby(&self) -> Result<Lobby> {
        let store = self.store().await?.clone();
        Ok(Lobby::new(store, self.token_issuer()?).with_clock(self.clock().clone()))
    }

    /// Bans over the store, removing with [`Lkctl::moderator`]; the flag says whether
    /// removals reach LiveKit.
    pub async fn bans(&self) -> Result<(Bans, bool)> {
        let ModeratorHandle {
            moderator,
            connected,
        } = self.moderator()?;
        let bans =
            Bans::new(self.store().await?.clone(), moderator).with_clock(self.clock().clone());
        Ok((bans, connected))
    }
}

/// The moderator [`Lkctl::moderator`] chose, and whether it reaches LiveKit.
#[derive(Clone)]
pub struct ModeratorHandle {
    /// Removes participants.
    pub moderator: Arc<dyn Moderator>,
    /// `false` when it is the [`Unconfigured`] stand-in.
    pub connected: bool,
}

impl std::fmt::Debug for ModeratorHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ModeratorHandle")
            .field("connected", &self.connected)
            .finish_non_exhaustive()
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::config::{Overrides, resolve};

    fn handle(pairs: &[(&str, &str)]) -> Lkctl {
        let env: BTreeMap<String, String> = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        let config = resolve(
            &Overrides::default(),
            &env,
            &Default::default(),
            "/nonexistent/config.toml".into(),
        )
        .expect("resolves");
        Lkctl::new(config, Duration::from_secs(1))
    }

    #[test]
    fn is_send_sync_and_cheap_to_clone() {
        fn assert_send_sync<T: Send + Sync + Clone>() {}
        assert_send_sync::<Lkctl>();
    }

    #[test]
    fn without_credentials_livekit_fails_and_stand_ins_are_used() {
        let lk = handle(&[]);
        assert!(matches!(lk.livekit(), Err(Error::Config(_))));
        assert!(!lk.moderator().expect("stand-in").connected);
        let req = crate::token::JoinTokenRequest {
            identity: "guest".into(),
            name: String::new(),
            room: "r".into(),
            ttl: Duration::from_secs(60),
            can_publish: true,
            can_subscribe: true,
            can_publish_data: true,
        };
        let err = lk.token_issuer().expect("stand-in").join_token(&req);
        assert!(
            matches!(&err, Err(Error::Config(m)) if m.contains("API key")),
            "{err:?}"
        );
    }

    #[test]
    fn with_credentials_the_client_is_made_once_and_shared() {
        let lk = handle(&[
            ("LIVEKIT_URL", "http://127.0.0.1:7880"),
            ("LIVEKIT_API_KEY", "APIkey"),
            ("LIVEKIT_API_SECRET", "secret-secret-secret-secret-secret"),
        ]);
        let a: *const LiveKit = lk.livekit().expect("client");
        let b: *const LiveKit = lk.clone().livekit().expect("client");
        assert_eq!(a, b);
        assert!(lk.moderator().expect("moderator").connected);
        let req = crate::token::JoinTokenRequest {
            identity: "guest".into(),
            name: "Guest".into(),
            room: "r".into(),
            ttl: Duration::from_secs(60),
            can_publish: false,
            can_subscribe: true,
            can_publish_data: true,
        };
        let token = lk.token_issuer().expect("issuer").join_token(&req);
        assert!(token.expect("signed").split('.').count() == 3);
    }

    /// The handle's clock reaches the services it hands out: a lobby wait and a ban expire
    /// when the clock moves, with nothing waiting.
    #[tokio::test]
    async fn the_lobby_and_bans_read_the_handles_clock() {
        use crate::clock::ManualClock;
        use crate::ops::bans::{BanSubject, NewBan};
        use crate::ops::lobby::{EntryStatus, JoinOutcome, JoinRequest, PENDING_TTL};
        use crate::ops::policy::{self, PolicyUpdate};

        let dir = tempfile::tempdir().expect("tempdir");
        let url = dir.path().join("lk.db");
        let config = handle(&[("LKCTL_DATABASE_URL", url.to_str().expect("utf-8"))])
            .config()
            .clone();
        let clock = ManualClock::starting_now();
        let lk = Lkctl::with_clock(config, Duration::from_secs(1), Arc::new(clock.clone()));
        let store = lk.store().await.expect("store");
        let open = PolicyUpdate {
            lobby: Some(true),
            ..Default::default()
        };
        policy::set(store, "r", open, "admin")
            .await
            .expect("policy");
        let lobby = lk.lobby().await.expect("lobby");
        let join = JoinRequest {
            room: "r".into(),
            display_name: "Guest".into(),
            fingerprint: "fp-00000001-abcdefghijkl".into(),
            ..Default::default()
        };
        let JoinOutcome::Waiting { entry, .. } = lobby.request_join(join).await.expect("join")
        else {
            panic!("the lobby is on")
        };
        assert_eq!(entry.created_at, clock.now());
        clock.advance(PENDING_TTL);
        assert_eq!(
            lobby.get("r", &entry.id).await.expect("get").status,
            EntryStatus::Pending
        );
        clock.advance(Duration::from_millis(1));
        lobby.list("r", None).await.expect("list");
        assert_eq!(
            lobby.get("r", &entry.id).await.expect("get").status,
            EntryStatus::Expired
        );

        let (bans, connected) = lk.bans().await.expect("bans");
        assert!(!connected);
        let ban = bans
            .add(NewBan {
                room: Some("r".into()),
                subject: BanSubject::Fingerprint("fp-00000002-abcdefghijkl".into()),
                ip: None,
                reason: None,
                duration: Some(Duration::from_secs(60)),
                by: "host".into(),
            })
            .await
            .expect("ban")
            .ban;
        assert_eq!(
            ban.expires_at,
            Some(clock.now().plus(Duration::from_secs(60)))
        );
        clock.advance(Duration::from_secs(60));
        assert!(!bans.get(&ban.id).await.expect("get").active);
    }

    #[tokio::test]
    async fn the_store_is_opened_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let url = dir.path().join("lk.db");
        let lk = handle(&[("LKCTL_DATABASE_URL", url.to_str().expect("utf-8"))]);
        let a: *const Store = lk.store().await.expect("store");
        let b: *const Store = lk.store().await.expect("store");
        assert_eq!(a, b);
        lk.lobby().await.expect("lobby");
    }
}
