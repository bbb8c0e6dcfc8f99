//! `lkctl serve`: the HTTP API, users' browser sessions, the webhook receiver and the guest
//! join flow (lkctl-serve), with LiveKit credentials and the database from the same flags,
//! environment and profiles as every other command.

use std::net::SocketAddr;

use clap::Args;
use lkctl_core::Error;
use lkctl_core::ops::users::{self, NewUser, Role};
use lkctl_serve::state::{AppState, ServeOptions, parse_trusted_proxy};
use serde_json::json;

use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::Output;

/// Request and error logs on stderr: `LKCTL_LOG` (e.g. `debug`, `lkctl_serve=debug`),
/// default `info` (`warn` with `--quiet`, `debug` with `--verbose`).
pub(crate) fn init_logging(ctx: &Ctx) {
    let default = if ctx.global.quiet {
        "warn"
    } else if ctx.global.verbose {
        "debug"
    } else {
        "info"
    };
    let filter = tracing_subscriber::EnvFilter::try_from_env("LKCTL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    // A second initialisation (tests running several servers in one process) is harmless.
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// Flags of `lkctl serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1:8080")]
    pub listen: SocketAddr,
    /// URL browsers use to reach this server (default: http://ADDR); https turns on Secure
    /// cookies and HSTS
    #[arg(long, value_name = "URL")]
    pub public_url: Option<String>,
    /// A reverse proxy (address or CIDR) whose X-Forwarded-For is believed; repeatable
    #[arg(long = "trusted-proxy", value_name = "CIDR")]
    pub trusted_proxies: Vec<String>,
    /// With no admin in the store, create this admin and print a one-time password
    #[arg(long, value_name = "NAME")]
    pub init_admin: Option<String>,
    /// Also serve GET /metrics (Prometheus text) without credentials on this address, for a
    /// scraper on a private network; on the main listener /metrics is for admins only
    #[arg(long, value_name = "ADDR")]
    pub metrics_listen: Option<SocketAddr>,
}

impl ServeArgs {
    /// The server options these flags describe.
    pub fn options(&self, ctx: &Ctx) -> Result<ServeOptions> {
        let mut options = ServeOptions::new(self.listen);
        if let Some(url) = &self.public_url {
            options = options.with_public_url(url)?;
        }
        options.trusted_proxies = self
            .trusted_proxies
            .iter()
            .map(|p| parse_trusted_proxy(p))
            .collect::<lkctl_core::Result<_>>()?;
        options.livekit_timeout = ctx.global.timeout;
        Ok(options)
    }

    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        init_logging(ctx);
        let options = self.options(ctx)?;
        let state = AppState::from_core(ctx.core()?.clone(), options).await?;
        if users::count_admins(&state.store).await? == 0 {
            let Some(name) = &self.init_admin else {
                return Err(CliError::from(Error::Config(
                    "no admin user in the store; create one first".into(),
                ))
                .with_hint(format!(
                    "run `lkctl user add NAME --role admin` (same --database-url), or start \
                     once with `lkctl serve --init-admin NAME` (store: {})",
                    state.store.display_url()
                )));
            };
            let password = users::random_secret();
            let user = users::add(
                &state.store,
                NewUser {
                    username: name.clone(),
                    password: password.clone(),
                    role: Role::Admin,
                    identity: None,
                },
                "cli:serve --init-admin",
            )
            .await?;
            ctx.print(
                &Output::fields(
                    json!({ "username": user.username, "password": password }),
                    vec![
                        ("admin".into(), user.username.clone()),
                        ("password".into(), password.clone()),
                    ],
                )
                .with_message(
                    "created the first admin; this password is shown only now (change it with \
                     `lkctl user passwd`)",
                ),
            );
        } else if let Some(name) = &self.init_admin {
            ctx.warn(format!(
                "--init-admin {name} ignored: the store already has an admin"
            ));
        }
        let public = state.options.public_url.clone();
        let metrics = match self.metrics_listen {
            Some(addr) => {
                let listener = tokio::net::TcpListener::bind(addr)
                    .await
                    .map_err(|e| Error::io(format!("metrics listen address {addr}"), e))?;
                Some(lkctl_serve::app::serve_metrics_on(listener, state.clone())?)
            }
            None => None,
        };
        let running = lkctl_serve::bind(state).await?;
        // A server's life-cycle lines go to stderr whatever the output format.
        if !ctx.global.quiet {
            eprintln!(
                "lkctl serve listening on {} (public URL {public}); press Ctrl-C to stop",
                running.addr
            );
            if let Some(m) = &metrics {
                eprintln!("metrics on http://{}/metrics", m.addr);
            }
        }
        super::dev::wait_for_shutdown().await;
        tracing::info!("shutting down: closing streams and finishing requests");
        running.shutdown();
        running.wait().await?;
        if let Some(m) = metrics {
            m.wait().await?;
        }
        Ok(Output::empty())
    }
}
