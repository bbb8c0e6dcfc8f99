//! `lkctl dev`: the whole product on one machine, for trying lkctl (and your own scripts)
//! without a LiveKit server: the LiveKit API emulator with demo rooms, `lkctl serve` with
//! its dashboard (receiving the emulator's webhooks) and an agent worker, on a SQLite store
//! in a data directory, filled with a demo of every feature (`demo.rs`).
//! `--emulator-only` runs just the emulator, as `lkctl dev` did before.

mod demo;

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::path::{Path, PathBuf};

use clap::Args;
use lkctl_agent::worker::WorkerConfig;
use lkctl_core::config::{self, Overrides, ProcessEnv};
use lkctl_core::ops::agent;
use lkctl_core::ops::users::{self, NewUser, Role};
use lkctl_core::{Error, Lkctl};
use lkctl_emulator::{Emulator, EmulatorConfig, RunningEmulator};
use lkctl_serve::state::{AppState, ServeOptions};
use serde_json::json;

use super::agent::{LlmArgs, SttArgs};
use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, OutputFormat};

/// The admin `lkctl dev` makes (a fresh password on every start).
const ADMIN: &str = "admin";
/// The demo store's file in the data directory.
const DATABASE_FILE: &str = "lkctl.db";

/// Flags of `lkctl dev`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
Starts, in one process: the LiveKit API emulator with demo rooms, the dashboard and JSON API
(`lkctl serve`, receiving the emulator's webhooks) and a transcription worker (`lkctl agent`),
on a SQLite store in the data directory, filled with a demo of every feature: rooms with
participants and tracks; a classroom (lecture-101) with a lobby, a PIN, webinar mode,
waiting guests and a raised hand; a banned fingerprint; a running recording and finished
ones; a finished lecture (lecture-100) with transcript, chat, a shared file, attendance and
summary, ready for `lkctl export`; SIP trunks and a dispatch rule.

It prints the dashboard URL, an admin login made for this run (user and one-time password;
a resumed data directory gets a fresh password for the same admin), the classroom's guest
invite link and PIN, and the LiveKit URL, key and secret. `--output json` prints all of it
as one JSON object. A second `lkctl dev` on the same data directory resumes the same demo
(the same invite code and PIN); `--reset` starts clean. Ctrl-C stops everything.

Ports: with --port PORT the dashboard listens on PORT, the LiveKit emulator on PORT+1 and
the worker's audio listener on 127.0.0.1:PORT+2; without it free ports are picked and
printed. With --emulator-only the emulator listens on PORT.

Speech to text: without a provider (no --stt-key, OPENAI_API_KEY, DEEPGRAM_API_KEY or local
--stt-url) the classroom's live transcript is demo data and the worker transcribes nothing;
with one, the classroom's policy turns transcription on and the worker uses that provider.

The API key and secret are fixed, public development values: never use them for a real
deployment.

Example:
  lkctl dev --port 7880
  lkctl --url http://127.0.0.1:7881 --api-key devkey --api-secret ... room list
  lkctl --database-url ~/.local/share/lkctl/dev/lkctl.db export RM_DemoLecture100 --to ./out")]
pub struct DevArgs {
    /// Fix the ports: dashboard on PORT, LiveKit emulator on PORT+1, the worker's audio
    /// listener on PORT+2 (0 or absent: free ports)
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Address to listen on (the worker's audio listener stays on 127.0.0.1)
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Directory of the demo's SQLite store [default: $XDG_DATA_HOME/lkctl/dev]
    #[arg(long, value_name = "DIR", conflicts_with = "emulator_only")]
    pub data_dir: Option<PathBuf>,
    /// Delete the demo store in the data directory first and start clean
    #[arg(long, conflicts_with = "emulator_only")]
    pub reset: bool,
    /// URL browsers use to reach the dashboard (default: http://ADDR:PORT); set it when a
    /// container maps the port elsewhere
    #[arg(long, value_name = "URL", conflicts_with = "emulator_only")]
    pub public_url: Option<String>,
    /// Run only the LiveKit API emulator with demo rooms (no dashboard, worker or store)
    #[arg(long)]
    pub emulator_only: bool,
    /// Also send the emulator's signed webhooks to this URL (repeatable)
    #[arg(long = "webhook", value_name = "URL")]
    pub webhooks: Vec<String>,
    /// Allow remote unmute (LiveKit's enable_remote_unmute), so `participant unmute` works
    #[arg(long)]
    pub remote_unmute: bool,
    #[command(flatten)]
    pub stt: SttArgs,
    #[command(flatten)]
    pub llm: LlmArgs,
}

/// A listener that could not be opened: a busy port is a conflict (exit 6).
fn listen_error(addr: SocketAddr, e: std::io::Error) -> Error {
    if e.kind() == std::io::ErrorKind::AddrInUse {
        Error::Conflict(format!(
            "{addr} is already in use; pass another --port, or none to pick free ports"
        ))
    } else {
        Error::Unavailable {
            url: addr.to_string(),
            reason: format!("cannot listen: {e}"),
            source: Some(e.into()),
        }
    }
}

/// The address a local client dials for a listener (loopback for an unspecified one).
fn dialable(addr: SocketAddr) -> SocketAddr {
    match addr.ip() {
        IpAddr::V4(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv4Addr::LOCALHOST.into(), addr.port())
        }
        IpAddr::V6(ip) if ip.is_unspecified() => {
            SocketAddr::new(Ipv6Addr::LOCALHOST.into(), addr.port())
        }
        _ => addr,
    }
}

impl DevArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        for url in &self.webhooks {
            lkctl_core::config::validate_url(url)
                .map_err(|_| Error::invalid("webhook", format!("`{url}` is not an http(s) URL")))?;
        }
        if !self.bind.is_loopback() {
            // Not `ctx.warn`: this must be seen even with --quiet.
            crate::safe_eprintln!(
                "warning: lkctl dev listens on {} (not loopback): anyone who can reach this \
                 machine can use the emulator's public development key and secret, and the \
                 dashboard; use it only inside a container or a trusted network",
                self.bind
            );
        }
        let shutdown = shutdown_signal();
        if self.emulator_only {
            return self.run_emulator_only(ctx, shutdown).await;
        }
        self.run_all(ctx, shutdown).await
    }

    /// The port PORT+`offset`, or 0 (a free one) without --port.
    fn port(&self, offset: u16) -> Result<u16> {
        match self.port {
            None | Some(0) => Ok(0),
            Some(p) => p.checked_add(offset).ok_or_else(|| {
                Error::invalid(
                    "port",
                    format!(
                        "{p} leaves no room for PORT+{offset}; use {} or lower",
                        u16::MAX - 2
                    ),
                )
                .into()
            }),
        }
    }

    fn emulator_config(&self, webhooks: Vec<String>) -> EmulatorConfig {
        let mut config = EmulatorConfig::dev_default();
        config.webhook_urls = webhooks;
        config.demo_data = true;
        config.remote_unmute = self.remote_unmute;
        config
    }

    async fn start_emulator(&self, config: EmulatorConfig, port: u16) -> Result<RunningEmulator> {
        let addr = SocketAddr::new(self.bind, port);
        Ok(Emulator::new(config)
            .bind(addr)
            .await
            .map_err(|e| listen_error(addr, e))?)
    }

    /// The data directory: --data-dir, else the XDG default.
    fn data_dir(&self) -> Result<PathBuf> {
        match &self.data_dir {
            Some(d) => Ok(d.clone()),
            None => config::default_dev_data_dir(&ProcessEnv).ok_or_else(|| {
                Error::invalid(
                    "data-dir",
                    "neither XDG_DATA_HOME nor HOME is set: pass --data-dir DIR",
                )
                .into()
            }),
        }
    }

    /// Today's `lkctl dev` before it grew: the emulator alone.
    async fn run_emulator_only(
        self,
        ctx: &Ctx,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> Result<Output> {
        let config = self.emulator_config(self.webhooks.clone());
        let running = self.start_emulator(config, self.port(0)?).await?;
        ctx.print(&livekit_banner(&running, &self.webhooks, ctx));
        ctx.note(format!(
            "LiveKit API emulator on {} with demo rooms lecture-101, standup and lobby-test{}; press Ctrl-C to stop",
            running.url,
            if self.webhooks.is_empty() {
                String::new()
            } else {
                format!(", webhooks to {}", self.webhooks.join(", "))
            }
        ));
        shutdown.await;
        running.shutdown().await;
        ctx.note("emulator stopped");
        Ok(Output::empty())
    }

    async fn run_all(
        self,
        ctx: &Ctx,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> Result<Output> {
        init_logging(ctx);
        let data_dir = self.data_dir()?;
        if self.reset {
            refuse_if_running(&data_dir.join(DATABASE_FILE)).await?;
            reset(&data_dir)?;
        }
        create_private_dir(&data_dir)?;

        // The dashboard's listener first: the emulator's webhooks need its address.
        let serve_addr = SocketAddr::new(self.bind, self.port(0)?);
        let listener = tokio::net::TcpListener::bind(serve_addr)
            .await
            .map_err(|e| listen_error(serve_addr, e))?;
        let serve_addr = listener
            .local_addr()
            .map_err(|e| Error::io("dashboard listener", e))?;
        let receiver = format!("http://{}/webhooks/livekit", dialable(serve_addr));
        let dashboard = match &self.public_url {
            Some(u) => u.trim_end_matches('/').to_string(),
            None => format!("http://{}", dialable(serve_addr)),
        };
        let webhooks = std::iter::once(receiver)
            .chain(self.webhooks.iter().cloned())
            .collect();
        let emulator = self
            .start_emulator(self.emulator_config(webhooks), self.port(1)?)
            .await?;

        let database = data_dir.join(DATABASE_FILE);
        let overrides = Overrides {
            url: Some(emulator.url.clone()),
            api_key: Some(emulator.api_key().to_string()),
            api_secret: Some(emulator.api_secret().to_string()),
            database_url: Some(database.display().to_string()),
            profile: ctx.global.profile.clone(),
            config_path: ctx.global.config.clone(),
        };
        let core = Lkctl::new(
            config::resolve_from(&overrides, &ProcessEnv)?,
            ctx.global.timeout,
        );
        let store = core.store().await?.clone();
        // The worker first: on SQLite it is the one per store, so a second `lkctl dev` on
        // this data directory stops here, before it touches the demo.
        let worker_cfg = WorkerConfig {
            listen: SocketAddr::new(Ipv4Addr::LOCALHOST.into(), self.port(2)?),
            language: self.stt.language.clone(),
            ..WorkerConfig::default()
        };
        let worker = super::agent::start_worker(&core, worker_cfg, &self.stt, &self.llm).await?;

        let transcribe = self.stt.configured();
        let started: Result<_> = async {
            let mut options = ServeOptions::new(serve_addr).with_public_url(&dashboard)?;
            options.livekit_timeout = ctx.global.timeout;
            options.lobby_pending_ttl = Some(demo::PENDING_TTL);
            let state = AppState::from_core(core.clone(), options).await?;
            let server = lkctl_serve::serve_on(listener, state)?;
            let demo = demo::seed(&core, &data_dir, transcribe).await?;
            let password = admin_login(&store).await?;
            Ok((server, demo, password))
        }
        .await;
        let (server, demo, password) = match started {
            Ok(started) => started,
            Err(e) => {
                // Release the store's one worker slot, so the next start is not refused.
                let _ = worker.shutdown().await;
                return Err(e);
            }
        };

        let invite_url = format!("{dashboard}/api/v1/join/{}", demo.invite_code);
        let (key, secret) = (
            emulator.api_key().to_string(),
            emulator.api_secret().to_string(),
        );
        let url = emulator.url.clone();
        let json = json!({
            "dashboard_url": dashboard,
            "admin": { "username": ADMIN, "password": password },
            "guest_invite": {
                "room": demo.room,
                "code": demo.invite_code,
                "url": invite_url,
                "pin": demo.pin,
            },
            "url": url,
            "api_key": key,
            "api_secret": secret,
            "webhooks": self.webhooks,
            "agent": {
                "worker": worker.id(),
                "audio_listen": worker.listen_addr().to_string(),
                "transcribing": transcribe,
            },
            "ports": {
                "dashboard": serve_addr.port(),
                "livekit": emulator.addr.port(),
                "agent": worker.listen_addr().port(),
            },
            "data_dir": data_dir.display().to_string(),
            "database": database.display().to_string(),
            "finished_lecture": demo::LECTURE_SID,
            "resumed": demo.resumed,
        });
        let fields = vec![
            ("dashboard".to_string(), dashboard.clone()),
            ("admin".into(), ADMIN.into()),
            ("password".into(), password.clone()),
            ("invite".into(), invite_url.clone()),
            ("pin".into(), demo.pin.clone()),
            ("url".into(), url.clone()),
            ("api_key".into(), key.clone()),
            ("api_secret".into(), secret.clone()),
            ("data_dir".into(), data_dir.display().to_string()),
        ];
        ctx.print(&Output::fields(json, fields));
        if ctx.format() == OutputFormat::Table {
            ctx.print(&Output::raw(format!(
                "\nexport LIVEKIT_URL={url} LIVEKIT_API_KEY={key} LIVEKIT_API_SECRET={secret}"
            )));
        }
        ctx.note(format!(
            "{} the demo in {}: dashboard {dashboard} (log in as {ADMIN}; the password is new \
             for this run), LiveKit API emulator {url}, worker {} ({}); finished lecture {} \
             exports with `lkctl --database-url {} export {} --to DIR`; press Ctrl-C to stop",
            if demo.resumed { "resumed" } else { "made" },
            data_dir.display(),
            worker.id(),
            if transcribe {
                "transcribing the classroom"
            } else {
                "no speech-to-text provider configured: the live transcript is demo data"
            },
            demo::LECTURE_ROOM,
            database.display(),
            demo::LECTURE_SID,
        ));

        shutdown.await;
        ctx.note("stopping: worker, dashboard, emulator");
        let worker_result = worker.shutdown().await;
        server.shutdown();
        let server_result = server.wait().await;
        emulator.shutdown().await;
        store.close().await;
        worker_result.map_err(super::agent::agent_error)?;
        server_result?;
        ctx.note("emulator stopped");
        Ok(Output::empty())
    }
}

/// The LiveKit URL, key and secret (and an `export` line for shells).
fn livekit_banner(running: &RunningEmulator, webhooks: &[String], ctx: &Ctx) -> Output {
    let (url, key, secret) = (
        running.url.clone(),
        running.api_key().to_string(),
        running.api_secret().to_string(),
    );
    let banner = Output::fields(
        json!({ "url": url, "api_key": key, "api_secret": secret, "webhooks": webhooks }),
        vec![
            ("url".into(), url.clone()),
            ("api_key".into(), key.clone()),
            ("api_secret".into(), secret.clone()),
        ],
    )
    .with_plain(format!("{url}\t{key}\t{secret}"));
    if ctx.format() == OutputFormat::Table {
        ctx.print(&banner);
        return Output::raw(format!(
            "\nexport LIVEKIT_URL={url} LIVEKIT_API_KEY={key} LIVEKIT_API_SECRET={secret}"
        ));
    }
    banner
}

/// Logs on stderr: `LKCTL_LOG`, default `warn` (a demo should not print every request;
/// `--verbose` gives `info`).
fn init_logging(ctx: &Ctx) {
    let default = if ctx.global.verbose { "info" } else { "warn" };
    let filter = tracing_subscriber::EnvFilter::try_from_env("LKCTL_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}

/// `--reset` must not pull the store from under a running `lkctl dev`: its worker's
/// heartbeat is fresh. (A store that cannot be read is left to `reset`.)
async fn refuse_if_running(database: &Path) -> Result<()> {
    if !database.exists() {
        return Ok(());
    }
    let Ok(store) = lkctl_core::store::Store::connect(&database.display().to_string()).await else {
        return Ok(());
    };
    let status = agent::status(
        &store,
        WorkerConfig::default().lease,
        std::time::Duration::ZERO,
    )
    .await;
    store.close().await;
    if let Ok(status) = status
        && let Some(worker) = status.workers.iter().find(|w| w.alive)
    {
        return Err(Error::Conflict(format!(
            "worker `{}` (pid {} on {}) is using {}: stop that `lkctl dev` before --reset",
            worker.id,
            worker.pid,
            worker.host,
            database.display()
        ))
        .into());
    }
    Ok(())
}

/// `--reset`: delete the demo's files (only ours: the data directory may hold others).
fn reset(dir: &Path) -> Result<()> {
    for name in [
        DATABASE_FILE,
        "lkctl.db-wal",
        "lkctl.db-shm",
        "lkctl.db-journal",
        demo::STATE_FILE,
    ] {
        let path = dir.join(name);
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(Error::io(&path, e).into()),
        }
    }
    Ok(())
}

fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir).map_err(|e| Error::io(dir, e))?;
    Ok(())
}

/// The admin of this run: made on the first start, given a fresh password on every start
/// (the password is printed once and is not stored anywhere but as a hash).
async fn admin_login(store: &lkctl_core::store::Store) -> Result<String> {
    let password = users::random_secret();
    match users::get(store, ADMIN).await {
        Ok(user) => {
            if user.role != Role::Admin {
                users::set_role(store, ADMIN, Role::Admin, "cli:dev").await?;
            }
            users::set_password(store, ADMIN, &password, "cli:dev").await?;
        }
        Err(Error::NotFound { .. }) => {
            users::add(
                store,
                NewUser {
                    username: ADMIN.into(),
                    password: password.clone(),
                    role: Role::Admin,
                    identity: None,
                },
                "cli:dev",
            )
            .await?;
        }
        Err(e) => return Err(e.into()),
    }
    Ok(password)
}

/// Wait for Ctrl-C or SIGTERM.
pub(crate) async fn wait_for_shutdown() {
    shutdown_signal().await;
}

/// Ctrl-C (SIGINT) or SIGTERM, with the handlers installed now: a signal that arrives
/// after this call and before the future is awaited still counts (a script may stop
/// `lkctl dev` as soon as it has read the banner).
pub(crate) fn shutdown_signal() -> impl std::future::Future<Output = ()> {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        let interrupt = signal(SignalKind::interrupt());
        let terminate = signal(SignalKind::terminate());
        async move {
            match (interrupt, terminate) {
                (Ok(mut interrupt), Ok(mut terminate)) => {
                    tokio::select! {
                        _ = interrupt.recv() => {}
                        _ = terminate.recv() => {}
                    }
                }
                _ => {
                    let _ = tokio::signal::ctrl_c().await;
                }
            }
        }
    }
    #[cfg(not(unix))]
    {
        async {
            let _ = tokio::signal::ctrl_c().await;
        }
    }
}
