//! `lkctl agent run|status` (the transcription worker, lkctl-agent) and `lkctl summary
//! show|regenerate` (the summary a worker writes when a room ends).
//!
//! Provider settings come from flags or their environment variables (keys are never shown:
//! clap hides the values, and the worker keeps them as `Secret`s).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use clap::{Args, Subcommand, ValueEnum};
use lkctl_agent::stt::SpeechToText;
use lkctl_agent::stt::deepgram::{Deepgram, DeepgramConfig};
use lkctl_agent::stt::openai::{OpenAiStt, OpenAiSttConfig};
use lkctl_agent::summary::SummaryMaker;
use lkctl_agent::summary::extractive::ExtractiveConfig;
use lkctl_agent::summary::llm::{LlmConfig, LlmSummariser};
use lkctl_agent::worker::{TranscriptStore, Worker, WorkerConfig, WorkerParts};
use lkctl_core::ops::agent::{self, AgentRoomStatus, AgentStatus, AgentWorker};
use lkctl_core::{Error, Lkctl, Secret};
use serde_json::json;

use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::{Output, Tabular};

/// Agent verbs.
#[derive(Debug, Subcommand)]
pub enum AgentCmd {
    /// Run a transcription worker: captions into rooms, transcripts, summaries
    Run(Box<RunArgs>),
    /// Workers, room leases, lag and the last error per room
    Status(StatusArgs),
}

/// Which speech-to-text service.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SttKind {
    /// Any OpenAI-compatible /audio/transcriptions endpoint (OpenAI, local Whisper servers)
    Openai,
    /// Deepgram's live WebSocket API
    Deepgram,
}

/// Speech-to-text flags.
#[derive(Debug, Clone, Args)]
pub struct SttArgs {
    /// Speech-to-text service
    #[arg(long, value_enum, default_value = "openai", env = "LKCTL_STT")]
    pub stt: SttKind,
    /// API base of the OpenAI-compatible service
    #[arg(
        long,
        value_name = "URL",
        default_value = "https://api.openai.com/v1",
        env = "LKCTL_STT_URL"
    )]
    pub stt_url: String,
    /// Transcription model (OpenAI: whisper-1, gpt-4o-transcribe; Deepgram: nova-3)
    #[arg(long, value_name = "MODEL", env = "LKCTL_STT_MODEL")]
    pub stt_model: Option<String>,
    /// API key of the speech-to-text service (OpenAI: also OPENAI_API_KEY; Deepgram:
    /// DEEPGRAM_API_KEY)
    #[arg(
        long,
        value_name = "KEY",
        env = "LKCTL_STT_API_KEY",
        hide_env_values = true
    )]
    pub stt_key: Option<String>,
    /// Language hint (en, ru, ...)
    #[arg(long, value_name = "LANG")]
    pub language: Option<String>,
}

/// LLM flags (summaries); without --llm-url and --llm-model the offline summariser is used.
#[derive(Debug, Clone, Args)]
pub struct LlmArgs {
    /// API base of an OpenAI-compatible chat-completions service
    #[arg(long, value_name = "URL", env = "LKCTL_LLM_URL")]
    pub llm_url: Option<String>,
    /// Chat model for summaries
    #[arg(long, value_name = "MODEL", env = "LKCTL_LLM_MODEL")]
    pub llm_model: Option<String>,
    /// API key of the chat service
    #[arg(
        long,
        value_name = "KEY",
        env = "LKCTL_LLM_API_KEY",
        hide_env_values = true
    )]
    pub llm_key: Option<String>,
    /// The model's context window in tokens (chunks are cut to fit)
    #[arg(long, value_name = "TOKENS", default_value_t = 16_000)]
    pub llm_context: usize,
}

impl LlmArgs {
    fn maker(&self) -> Result<SummaryMaker> {
        let extractive = ExtractiveConfig::default();
        match (&self.llm_url, &self.llm_model) {
            (Some(url), Some(model)) => {
                let mut cfg = LlmConfig::new(
                    url.clone(),
                    Secret::new(self.llm_key.clone().unwrap_or_default()),
                    model.clone(),
                );
                cfg.context_tokens = self.llm_context;
                let llm = LlmSummariser::new(cfg).map_err(agent_error)?;
                Ok(SummaryMaker::Llm(Box::new(llm), extractive))
            }
            (None, None) => Ok(SummaryMaker::Extractive(extractive)),
            _ => Err(CliError::invalid(
                "llm",
                "give both --llm-url and --llm-model, or neither (offline summaries)",
            )),
        }
    }
}

/// Flags of `agent run`.
#[derive(Debug, Args)]
pub struct RunArgs {
    /// Rooms transcribed at once by this worker
    #[arg(long, value_name = "N", default_value_t = 4)]
    pub concurrency: usize,
    /// Transcribe every room, not only those with `room policy set ROOM --transcribe on`
    #[arg(long)]
    pub all_rooms: bool,
    /// Address of the audio WebSocket listener LiveKit's egress streams to
    #[arg(long, value_name = "ADDR", default_value = "0.0.0.0:7890")]
    pub listen: SocketAddr,
    /// ws:// or wss:// URL LiveKit's egress can reach the listener at (default: ws://ADDR)
    #[arg(long, value_name = "URL")]
    pub public_ws_url: Option<String>,
    /// A room's lease: another worker takes over a room this long after its worker stopped
    /// answering
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::parse_duration)]
    pub lease: Duration,
    /// How often to list LiveKit's rooms (besides the events serve's webhook receiver queues)
    #[arg(long, value_name = "DURATION", default_value = "5s", value_parser = crate::parse_duration)]
    pub poll: Duration,
    /// Do not list LiveKit's rooms; learn of rooms only from webhook events (`lkctl serve`)
    #[arg(long)]
    pub no_poll: bool,
    #[command(flatten)]
    pub stt: SttArgs,
    #[command(flatten)]
    pub llm: LlmArgs,
}

/// Flags of `agent status`.
#[derive(Debug, Args)]
pub struct StatusArgs {
    /// The lease time the workers run with (a worker silent for longer is shown as gone)
    #[arg(long, value_name = "DURATION", default_value = "30s", value_parser = crate::parse_duration)]
    pub lease: Duration,
}

pub(crate) fn agent_error(e: lkctl_agent::Error) -> CliError {
    match e {
        lkctl_agent::Error::Core(e) => e.into(),
        lkctl_agent::Error::Invalid(reason) => CliError::invalid("agent", reason),
        other => Error::Internal(other.to_string()).into(),
    }
}

fn env_key(primary: &Option<String>, fallback: &str) -> Secret {
    Secret::new(
        primary
            .clone()
            .or_else(|| std::env::var(fallback).ok())
            .unwrap_or_default(),
    )
}

impl SttArgs {
    fn provider(&self) -> Result<Arc<dyn SpeechToText>> {
        Ok(match self.stt {
            SttKind::Openai => {
                let mut cfg = OpenAiSttConfig::new(
                    self.stt_url.clone(),
                    env_key(&self.stt_key, "OPENAI_API_KEY"),
                    self.stt_model.clone().unwrap_or_else(|| "whisper-1".into()),
                );
                cfg.language = self.language.clone();
                Arc::new(OpenAiStt::new(cfg).map_err(agent_error)?)
            }
            SttKind::Deepgram => {
                let key = env_key(&self.stt_key, "DEEPGRAM_API_KEY");
                if key.expose().is_empty() {
                    return Err(CliError::invalid(
                        "stt key",
                        "Deepgram needs a key: --stt-key, LKCTL_STT_API_KEY or DEEPGRAM_API_KEY",
                    ));
                }
                let mut cfg = DeepgramConfig::new(key);
                if let Some(m) = &self.stt_model {
                    cfg.model = m.clone();
                }
                cfg.language = self.language.clone();
                Arc::new(Deepgram::new(cfg))
            }
        })
    }
}

impl SttArgs {
    /// True when the provider needs no more setup: a key is given (flag or environment) or
    /// the OpenAI-compatible URL is not OpenAI's own (a local server may need no key).
    pub(crate) fn configured(&self) -> bool {
        match self.stt {
            SttKind::Openai => {
                !env_key(&self.stt_key, "OPENAI_API_KEY").expose().is_empty()
                    || self.stt_url.trim_end_matches('/') != "https://api.openai.com/v1"
            }
            SttKind::Deepgram => !env_key(&self.stt_key, "DEEPGRAM_API_KEY")
                .expose()
                .is_empty(),
        }
    }
}

/// Start a worker on `core`'s LiveKit and store with these providers (`agent run`, `dev`).
pub(crate) async fn start_worker(
    core: &Lkctl,
    cfg: WorkerConfig,
    stt: &SttArgs,
    llm: &LlmArgs,
) -> Result<Worker> {
    let store = core.store().await?.clone();
    let parts = WorkerParts {
        transcripts: Arc::new(lkctl_agent::store::StoreTranscripts::new(store.clone())),
        store,
        livekit: core.livekit_shared()?,
        stt: stt.provider()?,
        summaries: llm.maker()?,
    };
    Worker::start(cfg, parts).await.map_err(agent_error)
}

impl AgentCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Run(args) => run(ctx, *args).await,
            Self::Status(args) => {
                let store = ctx.store().await?;
                let status = agent::status(store, args.lease, Duration::from_secs(3600)).await?;
                Ok(status_output(&status))
            }
        }
    }
}

async fn run(ctx: &Ctx, args: RunArgs) -> Result<Output> {
    super::serve::init_logging(ctx);
    let public_ws_url = match &args.public_ws_url {
        Some(u) => Some(
            url::Url::parse(u).map_err(|e| CliError::invalid("public-ws-url", e.to_string()))?,
        ),
        None => None,
    };
    let cfg = WorkerConfig {
        concurrency: args.concurrency.max(1),
        all_rooms: args.all_rooms,
        listen: args.listen,
        public_ws_url,
        lease: args.lease,
        heartbeat: (args.lease / 3).max(Duration::from_millis(100)),
        poll_interval: args.poll,
        poll_livekit: !args.no_poll,
        language: args.stt.language.clone(),
        ..WorkerConfig::default()
    };
    let worker = start_worker(ctx.core()?, cfg, &args.stt, &args.llm).await?;
    ctx.note(format!(
        "worker {} listening for audio on {}; Ctrl-C stops it",
        worker.id(),
        worker.listen_addr()
    ));
    worker
        .run_until(super::dev::wait_for_shutdown())
        .await
        .map_err(agent_error)?;
    ctx.note("worker stopped; its rooms were released");
    Ok(Output::empty())
}

impl Tabular for AgentWorker {
    fn headers() -> Vec<&'static str> {
        vec![
            "worker",
            "host",
            "pid",
            "alive",
            "rooms",
            "concurrency",
            "heartbeat_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.id.clone(),
            self.host.clone(),
            self.pid.to_string(),
            self.alive.to_string(),
            self.rooms.to_string(),
            self.concurrency.to_string(),
            self.heartbeat_at.to_string(),
        ]
    }
}

impl Tabular for AgentRoomStatus {
    fn headers() -> Vec<&'static str> {
        vec![
            "room",
            "state",
            "worker",
            "tracks",
            "segments",
            "lag",
            "last_error",
        ]
    }
    fn row(&self) -> Vec<String> {
        let r = &self.room;
        let worker = match (&r.lease_owner, self.lease_expired) {
            (Some(w), false) => w.clone(),
            (Some(w), true) => format!("{w} (lease expired)"),
            (None, _) => "-".into(),
        };
        vec![
            r.room.clone(),
            r.state.to_string(),
            worker,
            r.tracks.to_string(),
            r.segments.to_string(),
            self.lag_ms
                .map_or("-".into(), |ms| format!("{:.1}s", ms as f64 / 1000.0)),
            r.last_error.clone().unwrap_or_else(|| "-".into()),
        ]
    }
}

fn status_output(status: &AgentStatus) -> Output {
    // Two tables and a line, as text (sanitised by `Output::text`); JSON is the whole status.
    let table = |headers: Vec<&'static str>, rows: Vec<Vec<String>>| {
        let mut widths: Vec<usize> = headers.iter().map(|h| h.chars().count()).collect();
        for r in &rows {
            for (w, c) in widths.iter_mut().zip(r) {
                *w = (*w).max(c.chars().count());
            }
        }
        let line = |cells: Vec<String>| {
            cells
                .iter()
                .zip(&widths)
                .map(|(c, w)| format!("{c:<w$}"))
                .collect::<Vec<_>>()
                .join("  ")
                .trim_end()
                .to_string()
        };
        let mut out = vec![line(headers.iter().map(|h| h.to_uppercase()).collect())];
        out.extend(rows.into_iter().map(line));
        out.join("\n")
    };
    let workers = if status.workers.is_empty() {
        "no workers".to_string()
    } else {
        table(
            AgentWorker::headers(),
            status.workers.iter().map(Tabular::row).collect(),
        )
    };
    let rooms = if status.rooms.is_empty() {
        "no rooms".to_string()
    } else {
        table(
            AgentRoomStatus::headers(),
            status.rooms.iter().map(Tabular::row).collect(),
        )
    };
    let queue = format!(
        "{} room event(s) queued{}",
        status.queued_events,
        status.queue_lag_ms.map_or(String::new(), |ms| format!(
            ", oldest {:.1}s",
            ms as f64 / 1000.0
        ))
    );
    Output::text(format!("{workers}\n\n{rooms}\n\n{queue}\n"), json!(status))
}

/// Summary verbs.
#[derive(Debug, Subcommand)]
pub enum SummaryCmd {
    /// The stored summary of a room's latest session
    Show(SummaryShowArgs),
    /// Summarise a room's stored transcript again (with the LLM when given)
    Regenerate(SummaryRegenerateArgs),
}

/// Flags of `summary show`.
#[derive(Debug, Args)]
pub struct SummaryShowArgs {
    /// Room name
    pub room: String,
    /// A particular room session (RM_...)
    #[arg(long, value_name = "SID")]
    pub session: Option<String>,
}

/// Flags of `summary regenerate`.
#[derive(Debug, Args)]
pub struct SummaryRegenerateArgs {
    /// Room name
    pub room: String,
    /// A particular room session (RM_...)
    #[arg(long, value_name = "SID")]
    pub session: Option<String>,
    #[command(flatten)]
    pub llm: LlmArgs,
}

impl SummaryCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let store = ctx.store().await?.clone();
        let transcripts = lkctl_agent::store::StoreTranscripts::new(store);
        match self {
            Self::Show(a) => {
                let (summary, provider) = transcripts
                    .summary(&a.room, a.session.as_deref())
                    .await
                    .map_err(agent_error)?;
                Ok(summary_output(&a.room, &summary, &provider))
            }
            Self::Regenerate(a) => {
                let maker = a.llm.maker()?;
                let segments = transcripts
                    .segments(&a.room, a.session.as_deref())
                    .await
                    .map_err(agent_error)?;
                if segments.is_empty() {
                    return Err(Error::NotFound {
                        what: "transcript",
                        id: a.room.clone(),
                    }
                    .into());
                }
                let made = maker.make(&segments).await;
                if let Some(e) = &made.llm_error {
                    ctx.warn(format!("the LLM failed, so the summary is extractive: {e}"));
                }
                let sid = a.session.clone().or_else(|| segments[0].room_sid.clone());
                transcripts
                    .put_summary(&a.room, sid.as_deref(), &made.summary, &made.provider)
                    .await
                    .map_err(agent_error)?;
                Ok(summary_output(&a.room, &made.summary, &made.provider))
            }
        }
    }
}

fn summary_output(room: &str, s: &lkctl_core::lecture::Summary, provider: &str) -> Output {
    use lkctl_agent::summary::clock;
    let at = |ms: Option<i64>| ms.map_or(String::new(), |m| format!("[{}] ", clock(m)));
    let mut text = format!("# {}\n\n{}\n", s.title, s.summary);
    let mut section = |title: &str, lines: Vec<String>| {
        if !lines.is_empty() {
            text.push_str(&format!("\n## {title}\n"));
            for l in lines {
                text.push_str(&format!("- {l}\n"));
            }
        }
    };
    section(
        "Participants",
        s.participants
            .iter()
            .map(|p| match &p.name {
                Some(n) => format!("{n} ({})", p.identity),
                None => p.identity.clone(),
            })
            .collect(),
    );
    section(
        "Topics",
        s.topics
            .iter()
            .map(|t| format!("{}{}: {}", at(t.start_ms), t.title, t.summary))
            .collect(),
    );
    section(
        "Decisions",
        s.decisions
            .iter()
            .map(|d| format!("{}{}", at(d.at_ms), d.decision))
            .collect(),
    );
    section(
        "Action items",
        s.action_items
            .iter()
            .map(|a| {
                format!(
                    "{}{} (owner: {}, due: {})",
                    at(a.at_ms),
                    a.task,
                    a.owner.as_deref().unwrap_or("not specified"),
                    a.due.as_deref().unwrap_or("not specified")
                )
            })
            .collect(),
    );
    section(
        "Questions",
        s.questions
            .iter()
            .map(|q| {
                format!(
                    "{}{} — {}",
                    at(q.at_ms),
                    q.question,
                    q.answer.as_deref().unwrap_or("unanswered")
                )
            })
            .collect(),
    );
    section("Open issues", s.open_issues.clone());
    section("Next steps", s.next_steps.clone());
    text.push_str(&format!("\n(room {room}, summarised by {provider})\n"));
    Output::text(text, json!(s))
}
