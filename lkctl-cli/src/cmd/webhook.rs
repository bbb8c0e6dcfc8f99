//! `lkctl webhook ingest`: apply a LiveKit webhook event to lkctl's store without `serve`,
//! for cron jobs, CI and tests: participant sessions, and ban enforcement on joins.
//! `lkctl webhook listen`: a receiver for debugging that verifies each delivery's signature
//! with the profile's API secret and prints the events as JSON lines.
//! `lkctl webhook test URL`: send a signed test event to a receiver.
//!
//! A delivery is applied only once its `Authorization` value (`--auth` or `--auth-file`)
//! verifies against the API secret and the body, exactly as `lkctl serve`'s receiver
//! checks it ([`webhook_receiver::verify`]); `--unverified` skips that for a body the
//! caller vouches for.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::path::PathBuf;
use std::sync::Arc;

use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use clap::Subcommand;
use lkctl_core::Error;
use lkctl_core::Secret;
use lkctl_core::ops::bans::JoinVerdict;
use lkctl_core::ops::webhook_receiver;
use lkctl_core::ops::webhooks::{self, WebhookOutcome};
use serde_json::json;
use tokio::sync::mpsc;

use super::{read_file, read_stdin};
use crate::Ctx;
use crate::exit::Result;
use crate::output::Output;

/// Webhook verbs.
#[derive(Debug, Subcommand)]
pub enum WebhookCmd {
    /// Apply one signed WebhookEvent (LiveKit's JSON body) to the store; removes banned joiners
    Ingest {
        /// File with the event's JSON; `-` reads stdin
        #[arg(value_name = "FILE|-")]
        file: PathBuf,
        /// The delivery's Authorization header value (the JWT LiveKit signed it with)
        #[arg(long, value_name = "VALUE", conflicts_with_all = ["auth_file", "unverified"])]
        auth: Option<String>,
        /// File holding the delivery's Authorization header value
        #[arg(long, value_name = "FILE", conflicts_with = "unverified")]
        auth_file: Option<PathBuf>,
        /// Apply the body without checking its signature (only for a body you trust)
        #[arg(long)]
        unverified: bool,
    },
    /// Receive webhooks for debugging: verify each signature with the profile's API secret
    /// and print the events as JSON lines (forged deliveries get 401 and a note on stderr)
    Listen {
        /// Port to listen on (0: any free port; the address is printed on stderr)
        #[arg(long, default_value_t = 8090)]
        port: u16,
        /// Address to bind
        #[arg(long, value_name = "ADDR", default_value = "127.0.0.1")]
        bind: IpAddr,
        /// Exit after this many verified events (default: until Ctrl-C)
        #[arg(long, value_name = "N")]
        count: Option<usize>,
    },
    /// Send a signed test event (`room_started` of room lkctl-webhook-test) to a receiver
    Test {
        /// The receiver's URL, e.g. http://127.0.0.1:8080/webhooks/livekit
        url: String,
    },
}

/// What the listener shares with its handler.
struct Listener {
    api_key: String,
    api_secret: Secret,
    events: mpsc::UnboundedSender<serde_json::Value>,
}

/// One delivery to the debugging receiver: verify, then hand the event to the printer.
async fn listen_handler(
    State(l): State<Arc<Listener>>,
    headers: HeaderMap,
    body: Bytes,
) -> (StatusCode, &'static str) {
    let authorization = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok());
    if let Err(e) = webhook_receiver::verify(authorization, &body, &l.api_key, &l.api_secret) {
        crate::safe_eprintln!("refused a delivery: {e}");
        return (StatusCode::UNAUTHORIZED, "invalid webhook signature\n");
    }
    // Check it is an event, then print LiveKit's own JSON (one line per event).
    if let Err(e) = webhooks::parse_webhook(&body) {
        crate::safe_eprintln!("refused a delivery: {e}");
        return (StatusCode::BAD_REQUEST, "not a webhook event\n");
    }
    match serde_json::from_slice::<serde_json::Value>(&body) {
        Ok(v) => {
            let _ = l.events.send(v);
            (StatusCode::OK, "ok\n")
        }
        Err(_) => (StatusCode::BAD_REQUEST, "not JSON\n"),
    }
}

async fn listen(ctx: &Ctx, bind: IpAddr, port: u16, count: Option<usize>) -> Result<Output> {
    let (api_key, api_secret) = ctx.resolved()?.credentials()?;
    let (tx, mut rx) = mpsc::unbounded_channel();
    let state = Arc::new(Listener {
        api_key,
        api_secret,
        events: tx,
    });
    let app = axum::Router::new()
        .fallback(axum::routing::post(listen_handler))
        .layer(axum::extract::DefaultBodyLimit::max(
            lkctl_serve::webhook::MAX_WEBHOOK_BODY,
        ))
        .with_state(state);
    let addr = SocketAddr::new(bind, port);
    let listener = tokio::net::TcpListener::bind(addr)
        .await
        .map_err(|e| Error::io(format!("listen address {addr}"), e))?;
    let local = listener
        .local_addr()
        .map_err(|e| Error::io("listener address", e))?;
    // Scripts and tests read the address from this line, whatever --quiet says.
    eprintln!("listening for LiveKit webhooks on http://{local}/ (Ctrl-C to stop)");
    let stop = Arc::new(tokio::sync::Notify::new());
    let server = {
        let stop = stop.clone();
        tokio::spawn(async move {
            axum::serve(listener, app)
                .with_graceful_shutdown(async move { stop.notified().await })
                .await
        })
    };
    let mut seen = 0usize;
    let shutdown = super::dev::wait_for_shutdown();
    tokio::pin!(shutdown);
    loop {
        tokio::select! {
            _ = &mut shutdown => break,
            ev = rx.recv() => {
                let Some(ev) = ev else { break };
                let line = serde_json::to_string(&ev).unwrap_or_default();
                let mut out = std::io::stdout().lock();
                if writeln!(out, "{line}").and_then(|()| out.flush()).is_err() {
                    // The reader went away (broken pipe): nobody is listening any more.
                    break;
                }
                seen += 1;
                if count.is_some_and(|n| seen >= n) {
                    break;
                }
            }
        }
    }
    stop.notify_one();
    let _ = server.await;
    Ok(Output::empty())
}

async fn send_test(ctx: &Ctx, url: &str) -> Result<Output> {
    let parsed = url::Url::parse(url)
        .map_err(|e| Error::invalid("url", format!("`{url}` is not a URL: {e}")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(Error::invalid("url", format!("`{url}` is not an http(s) URL")).into());
    }
    let (api_key, api_secret) = ctx.resolved()?.credentials()?;
    let event = webhook_receiver::test_event();
    let body =
        serde_json::to_vec(&event).map_err(|e| Error::Internal(format!("test event: {e}")))?;
    let auth = webhook_receiver::sign(&body, &api_key, &api_secret)?;
    let resp = reqwest::Client::builder()
        .timeout(ctx.global.timeout)
        .build()
        .map_err(|e| Error::Internal(format!("HTTP client: {e}")))?
        .post(parsed.clone())
        .header(header::CONTENT_TYPE.as_str(), "application/webhook+json")
        .header(header::AUTHORIZATION.as_str(), auth)
        .body(body)
        .send()
        .await
        .map_err(|e| Error::Unavailable {
            url: url.to_string(),
            reason: format!("sending the test event: {e}"),
            source: None,
        })?;
    let status = resp.status().as_u16();
    let reply = resp.text().await.unwrap_or_default();
    let reply = reply.trim().chars().take(500).collect::<String>();
    match status {
        200..=299 => Ok(Output::fields(
            json!({ "url": url, "status": status, "event": event.event, "event_id": event.id }),
            vec![
                ("url".into(), url.to_string()),
                ("status".into(), status.to_string()),
                ("event".into(), event.event.clone()),
                ("event_id".into(), event.id.clone()),
            ],
        )
        .with_message(format!(
            "the receiver accepted test event {} ({status})",
            event.id
        ))),
        401 | 403 => Err(Error::Unauthenticated(format!(
            "the receiver at {url} refused the signature ({status}): check that it uses API \
             key {api_key} and its secret; it said: {reply}"
        ))
        .into()),
        _ => Err(Error::Unavailable {
            url: url.to_string(),
            reason: format!("the receiver answered {status}: {reply}"),
            source: None,
        }
        .into()),
    }
}

fn fields(o: &WebhookOutcome) -> Vec<(String, String)> {
    let dash = |v: &Option<String>| v.clone().unwrap_or_else(|| "-".into());
    let verdict = match &o.verdict {
        None => "-".into(),
        Some(JoinVerdict::Allowed) => "allowed".into(),
        Some(JoinVerdict::Removed { ban }) => format!("removed (ban {})", ban.id),
    };
    vec![
        ("event".into(), o.event.clone()),
        ("event_id".into(), o.event_id.clone()),
        ("room".into(), dash(&o.room)),
        ("identity".into(), dash(&o.identity)),
        ("recorded".into(), o.recorded.clone()),
        ("verdict".into(), verdict),
    ]
}

impl WebhookCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Ingest {
                file,
                auth,
                auth_file,
                unverified,
            } => {
                let auth = match (auth, auth_file) {
                    (Some(value), _) => Some(value),
                    (None, Some(path)) => {
                        let bytes = read_file(&path)?;
                        Some(String::from_utf8(bytes).map_err(|_| {
                            Error::invalid(
                                "auth-file",
                                format!("{} is not UTF-8 text", path.display()),
                            )
                        })?)
                    }
                    (None, None) if unverified => None,
                    (None, None) => {
                        return Err(Error::invalid(
                            "auth",
                            "webhook ingest checks the delivery's signature: pass its \
                             Authorization header value with --auth VALUE or --auth-file FILE \
                             (or --unverified for a body you trust)",
                        )
                        .into());
                    }
                };
                let body = if file.as_os_str() == "-" {
                    read_stdin()?
                } else {
                    read_file(&file)?
                };
                match auth {
                    Some(value) => {
                        let (key, secret) = ctx.resolved()?.credentials()?;
                        webhook_receiver::verify(Some(value.trim()), &body, &key, &secret)
                            .map_err(|e| match e {
                                Error::Unauthenticated(why) => Error::Unauthenticated(format!(
                                    "webhook refused, nothing applied: {why}"
                                )),
                                other => other,
                            })?;
                    }
                    None => ctx.warn(
                        "the webhook's signature was not checked (--unverified): apply only bodies you trust",
                    ),
                }
                let event = webhooks::parse_webhook(&body)?;
                let store = ctx.store().await?;
                let (bans, _) = ctx.core()?.bans().await?;
                let outcome = webhooks::ingest_webhook(store, &bans, &event).await?;
                let mut out = Output::fields(
                    serde_json::to_value(&outcome).unwrap_or_default(),
                    fields(&outcome),
                );
                if let Some(JoinVerdict::Removed { ban }) = &outcome.verdict {
                    out = out.with_message(format!(
                        "removed banned participant {} from room {} (ban {})",
                        outcome.identity.as_deref().unwrap_or_default(),
                        outcome.room.as_deref().unwrap_or_default(),
                        ban.id
                    ));
                }
                Ok(out)
            }
            Self::Listen { port, bind, count } => listen(ctx, bind, port, count).await,
            Self::Test { url } => send_test(ctx, &url).await,
        }
    }
}
