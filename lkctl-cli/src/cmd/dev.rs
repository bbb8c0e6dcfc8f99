//! `lkctl dev`: a local LiveKit API emulator with demo rooms, for trying lkctl
//! (and your own scripts) without a LiveKit server.

use std::net::{IpAddr, SocketAddr};

use clap::Args;
use lkctl_core::Error;
use lkctl_emulator::{Emulator, EmulatorConfig};
use serde_json::json;

use crate::Ctx;
use crate::exit::Result;
use crate::output::Output;

/// Flags of `lkctl dev`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
The API key and secret are fixed, public development values: never use them for a real
deployment. Demo rooms: lecture-101 (a host and students), standup, lobby-test.

Example:
  lkctl dev --port 7880 &
  export LIVEKIT_URL=http://127.0.0.1:7880 LIVEKIT_API_KEY=devkey LIVEKIT_API_SECRET=...
  lkctl room list")]
pub struct DevArgs {
    /// Port to listen on (0 picks a free one)
    #[arg(long, default_value_t = 7880)]
    pub port: u16,
    /// Address to listen on
    #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
    pub bind: IpAddr,
    /// Send signed webhooks to this URL (repeatable)
    #[arg(long = "webhook", value_name = "URL")]
    pub webhooks: Vec<String>,
    /// Allow remote unmute (LiveKit's enable_remote_unmute), so `participant unmute` works
    #[arg(long)]
    pub remote_unmute: bool,
}

impl DevArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        for url in &self.webhooks {
            lkctl_core::config::validate_url(url)
                .map_err(|_| Error::invalid("webhook", format!("`{url}` is not an http(s) URL")))?;
        }
        let mut config = EmulatorConfig::dev_default();
        config.webhook_urls = self.webhooks.clone();
        config.demo_data = true;
        config.remote_unmute = self.remote_unmute;
        let (key, secret) = config.keys.first().cloned().unwrap_or_default();
        let addr = SocketAddr::new(self.bind, self.port);
        let running = Emulator::new(config).bind(addr).await.map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                Error::Conflict(format!(
                    "{addr} is already in use; pass --port 0 or another port"
                ))
            } else {
                Error::Unavailable {
                    url: addr.to_string(),
                    reason: format!("cannot listen: {e}"),
                    source: Some(e.into()),
                }
            }
        })?;
        let url = running.url.clone();
        let exports =
            format!("export LIVEKIT_URL={url} LIVEKIT_API_KEY={key} LIVEKIT_API_SECRET={secret}");
        let banner = Output::fields(
            json!({ "url": url, "api_key": key, "api_secret": secret, "webhooks": self.webhooks }),
            vec![
                ("url".into(), url.clone()),
                ("api_key".into(), key.clone()),
                ("api_secret".into(), secret.clone()),
            ],
        )
        .with_plain(format!("{url}\t{key}\t{secret}"));
        ctx.print(&banner);
        if ctx.format() == crate::output::OutputFormat::Table {
            ctx.print(&Output::raw(format!("\n{exports}")));
        }
        ctx.note(format!(
            "LiveKit API emulator on {url} with demo rooms lecture-101, standup and lobby-test{}; press Ctrl-C to stop",
            if self.webhooks.is_empty() {
                String::new()
            } else {
                format!(", webhooks to {}", self.webhooks.join(", "))
            }
        ));
        wait_for_shutdown().await;
        running.shutdown().await;
        ctx.note("emulator stopped");
        Ok(Output::empty())
    }
}

/// Wait for Ctrl-C or SIGTERM.
pub(crate) async fn wait_for_shutdown() {
    #[cfg(unix)]
    {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                tokio::select! {
                    _ = tokio::signal::ctrl_c() => {}
                    _ = term.recv() => {}
                }
            }
            Err(_) => {
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
    #[cfg(not(unix))]
    {
        let _ = tokio::signal::ctrl_c().await;
    }
}
