//! lkctl-cli: the `lkctl` command line.
//!
//! The clap tree is `lkctl <noun> <verb>`, one module per noun under `cmd/`.
//! Commands parse their flags, call lkctl-core and return an [`output::Output`];
//! [`run`] renders it in the chosen `--output` format and maps errors to the
//! documented exit codes ([`exit`]). Nothing here talks to LiveKit directly.
//!
//! Conventions (see `lkctl --help`):
//! - data on stdout, diagnostics on stderr; `--output json` is one compact
//!   document plus a newline, with `[]` for empty lists;
//! - destructive verbs confirm on a TTY and refuse without `--yes` off one ([`confirm`]);
//! - a closed stdout pipe exits 0 silently.

use std::ffi::OsString;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::sync::OnceLock;
use std::time::Duration;

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand};
use lkctl_core::config::{self, Overrides, ProcessEnv, Resolved};
use lkctl_core::store::Store;
use lkctl_core::{LiveKit, Lkctl};

pub mod cmd;
pub mod complete;
pub mod confirm;
pub mod docs;
pub mod exit;
pub mod layout;
pub mod output;
pub mod safe;
mod tables;

use confirm::Confirm;
use exit::{CliError, Result};
use output::{Output, OutputFormat, Style};

const ABOUT: &str = "Administer LiveKit deployments: tokens, rooms, participants and moderation";

const LONG_ABOUT: &str = "\
Administer LiveKit deployments: tokens, rooms, participants and moderation.

Credentials come from --url/--api-key/--api-secret first. A profile named with
--profile or LKCTL_PROFILE comes next and beats the environment (LIVEKIT_URL,
LIVEKIT_API_KEY, LIVEKIT_API_SECRET); the environment beats the default profile
of $XDG_CONFIG_HOME/lkctl/config.toml. `lkctl profile show --resolved` says
where each value came from.
Try it without a server: `lkctl dev` starts a LiveKit emulator, the dashboard and a worker.";

/// The precedence table (a literal, for `concat!`), in `profile show --help` and `doctor --help`.
#[macro_export]
macro_rules! precedence_table {
    () => {
        "\
Where each value comes from (the first that sets it wins):

  profile chosen by            1st    2nd             3rd
  --profile or LKCTL_PROFILE   flag   that profile    environment (LIVEKIT_*, LKCTL_*)
  default_profile (or none)    flag   environment     the default profile

This holds for the URL, API key, API secret, database URL and S3 settings."
    };
}

/// The precedence table as a constant.
pub const PRECEDENCE_HELP: &str = precedence_table!();

/// The whole command line.
#[derive(Debug, Parser)]
#[command(
    name = "lkctl",
    version,
    about = ABOUT,
    long_about = LONG_ABOUT,
    after_long_help = exit::exit_codes_help(),
    propagate_version = true,
    subcommand_required = true,
    arg_required_else_help = true,
    max_term_width = 100
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Flags accepted by every command.
#[derive(Debug, Clone, Args)]
pub struct GlobalArgs {
    /// Output format
    #[arg(
        short,
        long,
        global = true,
        value_enum,
        env = "LKCTL_OUTPUT",
        hide_env_values = true,
        default_value_t = OutputFormat::Table,
        help_heading = "Global options"
    )]
    pub output: OutputFormat,

    /// Short for `--output json`
    #[arg(long, global = true, help_heading = "Global options")]
    pub json: bool,

    /// Profile to use [env: LKCTL_PROFILE] (default: the config file's default profile)
    #[arg(
        long,
        global = true,
        value_name = "NAME",
        help_heading = "Global options"
    )]
    pub profile: Option<String>,

    /// LiveKit server URL [env: LIVEKIT_URL]
    #[arg(
        long,
        global = true,
        value_name = "URL",
        help_heading = "Global options"
    )]
    pub url: Option<String>,

    /// LiveKit API key [env: LIVEKIT_API_KEY]
    #[arg(
        long,
        global = true,
        value_name = "KEY",
        help_heading = "Global options"
    )]
    pub api_key: Option<String>,

    /// LiveKit API secret [env: LIVEKIT_API_SECRET] (visible to other users in `ps`; prefer the env or a profile)
    #[arg(
        long,
        global = true,
        value_name = "SECRET",
        help_heading = "Global options"
    )]
    pub api_secret: Option<String>,

    /// lkctl's config file [env: LKCTL_CONFIG] (default: $XDG_CONFIG_HOME/lkctl/config.toml)
    #[arg(
        long = "config-file",
        global = true,
        value_name = "PATH",
        help_heading = "Global options"
    )]
    pub config: Option<PathBuf>,

    /// Database URL for lkctl's own store [env: LKCTL_DATABASE_URL]
    #[arg(
        long,
        global = true,
        value_name = "URL",
        help_heading = "Global options"
    )]
    pub database_url: Option<String>,

    #[command(flatten, next_help_heading = "Global options")]
    pub confirm: Confirm,

    /// Print only data and errors (no confirmations or notes on stderr)
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub quiet: bool,

    /// Print on stderr where each setting came from
    #[arg(short, long, global = true, help_heading = "Global options")]
    pub verbose: bool,

    /// Disable colours and table borders (also set by NO_COLOR)
    #[arg(long, global = true, help_heading = "Global options")]
    pub no_color: bool,

    /// Timeout of each request to LiveKit
    #[arg(
        long,
        global = true,
        value_name = "DURATION",
        default_value = "10s",
        value_parser = parse_duration,
        help_heading = "Global options"
    )]
    pub timeout: Duration,
}

/// Parse a human duration such as `10s`, `6h` or `1h30m`.
pub fn parse_duration(s: &str) -> std::result::Result<Duration, String> {
    humantime::parse_duration(s).map_err(|e| format!("{e} (use e.g. 30s, 10m, 6h, 1h30m)"))
}

/// The nouns.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Manage connection profiles in the config file
    #[command(subcommand)]
    Profile(cmd::profile::ProfileCmd),
    /// Create, inspect and verify access tokens
    #[command(subcommand)]
    Token(cmd::token::TokenCmd),
    /// List, create, update and close rooms; send data; mute everyone
    #[command(subcommand)]
    Room(cmd::room::RoomCmd),
    /// Inspect and moderate participants
    #[command(subcommand)]
    Participant(cmd::participant::ParticipantCmd),
    /// Record and stream rooms, participants, tracks and web pages
    #[command(subcommand)]
    Egress(cmd::egress::EgressCmd),
    /// Finished recordings: list them, download them from S3
    #[command(subcommand)]
    Recording(cmd::recording::RecordingCmd),
    /// RTMP, WHIP and URL ingress endpoints
    #[command(subcommand)]
    Ingress(cmd::ingress::IngressCmd),
    /// SIP trunks, dispatch rules, calls and transfers
    #[command(subcommand)]
    Sip(cmd::sip::SipCmd),
    /// Dispatch agents into rooms
    #[command(subcommand)]
    Dispatch(cmd::dispatch::DispatchCmd),
    /// Guests waiting to join: list, approve, reject, watch; request as a guest
    #[command(subcommand)]
    Lobby(cmd::lobby::LobbyCmd),
    /// Ban fingerprints, sessions or identities from a room or from all rooms
    #[command(subcommand)]
    Ban(cmd::ban::BanCmd),
    /// Participant sessions recorded from webhooks, across rooms
    #[command(subcommand)]
    Session(cmd::session::SessionCmd),
    /// Chat messages kept in lkctl's store
    #[command(subcommand)]
    Chat(cmd::chat::ChatCmd),
    /// Files shared in rooms (the records; the bytes live in S3)
    #[command(subcommand)]
    File(cmd::file::FileCmd),
    /// Transcripts: full-text search over transcripts and chat, show a room's transcript
    #[command(subcommand)]
    Transcript(cmd::transcript::TranscriptCmd),
    /// Lecture artifacts: what each finished room session left behind
    #[command(subcommand)]
    Artifact(cmd::artifact::ArtifactCmd),
    /// Export lectures (PDF, Markdown, JSON, WebVTT, SRT) to a directory, S3 or Google Drive
    Export(cmd::export::ExportArgs),
    /// Apply LiveKit webhook events to the store (history, ban enforcement)
    #[command(subcommand)]
    Webhook(cmd::webhook::WebhookCmd),
    /// Transcription worker: live captions, stored transcripts, summaries at room end
    #[command(subcommand)]
    Agent(cmd::agent::AgentCmd),
    /// Room summaries written by `lkctl agent`: show, regenerate
    #[command(subcommand)]
    Summary(cmd::agent::SummaryCmd),
    /// Run the HTTP API, web sessions, webhook receiver and guest join flow
    Serve(cmd::serve::ServeArgs),
    /// Users of `lkctl serve` (admins and hosts) and their API tokens
    #[command(subcommand)]
    User(cmd::user::UserCmd),
    /// lkctl's own database: migrations and status
    #[command(subcommand)]
    Db(cmd::db::DbCmd),
    /// Check the URL, reachability, credentials and clock skew
    Doctor(cmd::doctor::DoctorArgs),
    /// Check that a running `lkctl serve` answers (container HEALTHCHECK, probes)
    Healthcheck(cmd::healthcheck::HealthcheckArgs),
    /// Run the whole product locally: LiveKit emulator, dashboard and agent, with demo data
    Dev(cmd::dev::DevArgs),
    /// Print a shell completion script to stdout
    Completions(docs::CompletionsArgs),
    /// Write completions/ and man/ into a directory
    #[command(hide = true)]
    GenerateDocs(docs::GenerateDocsArgs),
}

impl Command {
    async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Profile(c) => c.run(ctx).await,
            Self::Token(c) => c.run(ctx).await,
            Self::Room(c) => c.run(ctx).await,
            Self::Participant(c) => c.run(ctx).await,
            Self::Egress(c) => c.run(ctx).await,
            Self::Recording(c) => c.run(ctx).await,
            Self::Ingress(c) => c.run(ctx).await,
            Self::Sip(c) => c.run(ctx).await,
            Self::Dispatch(c) => c.run(ctx).await,
            Self::Lobby(c) => c.run(ctx).await,
            Self::Ban(c) => c.run(ctx).await,
            Self::Session(c) => c.run(ctx).await,
            Self::Chat(c) => c.run(ctx).await,
            Self::File(c) => c.run(ctx).await,
            Self::Transcript(c) => c.run(ctx).await,
            Self::Artifact(c) => c.run(ctx).await,
            Self::Export(c) => c.run(ctx).await,
            Self::Webhook(c) => c.run(ctx).await,
            Self::Agent(c) => c.run(ctx).await,
            Self::Summary(c) => c.run(ctx).await,
            Self::Serve(c) => c.run(ctx).await,
            Self::User(c) => c.run(ctx).await,
            Self::Db(c) => c.run(ctx).await,
            Self::Doctor(c) => c.run(ctx).await,
            Self::Healthcheck(c) => c.run(ctx).await,
            Self::Dev(c) => c.run(ctx).await,
            Self::Completions(c) => c.run(),
            Self::GenerateDocs(c) => c.run(),
        }
    }
}

/// The clap command as the binary parses it and help and man pages show it: global
/// options listed once (see [`layout`]).
pub fn command() -> clap::Command {
    layout::shape(Cli::command())
}

/// What every command gets: the global flags and, resolved on first use, the core handle.
#[derive(Debug)]
pub struct Ctx {
    pub global: GlobalArgs,
    core: OnceLock<Lkctl>,
}

impl Ctx {
    /// A context for these flags.
    pub fn new(global: GlobalArgs) -> Self {
        Self {
            global,
            core: OnceLock::new(),
        }
    }

    /// The chosen output format.
    pub fn format(&self) -> OutputFormat {
        self.global.output
    }

    /// True when colours and box drawing may be used on stdout.
    pub fn styled(&self) -> bool {
        let no_color_env = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        self.global.output == OutputFormat::Table
            && !self.global.no_color
            && !no_color_env
            && std::io::stdout().is_terminal()
    }

    fn style(&self) -> Style {
        Style {
            format: self.global.output,
            styled: self.styled(),
            quiet: self.global.quiet,
        }
    }

    /// The flag values as core's configuration overrides.
    pub fn overrides(&self) -> Overrides {
        Overrides {
            url: self.global.url.clone(),
            api_key: self.global.api_key.clone(),
            api_secret: self.global.api_secret.clone(),
            profile: self.global.profile.clone(),
            database_url: self.global.database_url.clone(),
            config_path: self.global.config.clone(),
        }
    }

    /// The config file in use (`--config`, `LKCTL_CONFIG` or the XDG default).
    pub fn config_path(&self) -> PathBuf {
        self.global
            .config
            .clone()
            .unwrap_or_else(|| config::default_config_path(&ProcessEnv))
    }

    /// The core handle: flags, environment and profile resolved once (with `--verbose`,
    /// saying where each value came from); LiveKit and the store open on first use.
    pub fn core(&self) -> Result<&Lkctl> {
        if let Some(core) = self.core.get() {
            return Ok(core);
        }
        let r = config::resolve_from(&self.overrides(), &ProcessEnv)?;
        if self.global.verbose {
            crate::safe_eprintln!("config file: {}", r.config_path.display());
            for line in r.describe_sources() {
                crate::safe_eprintln!("{line}");
            }
        }
        Ok(self.core.get_or_init(|| Lkctl::new(r, self.global.timeout)))
    }

    /// The resolved configuration.
    pub fn resolved(&self) -> Result<&Resolved> {
        Ok(self.core()?.config())
    }

    /// The LiveKit client of the core handle.
    pub fn livekit(&self) -> Result<&LiveKit> {
        Ok(self.core()?.livekit()?)
    }

    /// lkctl's store, opened (and migrated) on first use of a command that needs it.
    pub async fn store(&self) -> Result<&Store> {
        Ok(self.core()?.store().await?)
    }

    /// Confirm a destructive action (see [`Confirm::check`]).
    pub fn confirm(&self, action: &str) -> Result<()> {
        self.global.confirm.check(action)
    }

    /// A note for people on stderr, suppressed by `--quiet` and with `--output json`.
    pub fn note(&self, msg: impl std::fmt::Display) {
        if !self.global.quiet && self.global.output != OutputFormat::Json {
            crate::safe_eprintln!("{msg}");
        }
    }

    /// Render an output now (for long-running commands that print before they finish).
    pub fn print(&self, out: &Output) {
        let _ = out.render(self.style());
    }

    /// A warning on stderr; only `--quiet` hides it.
    pub fn warn(&self, msg: impl std::fmt::Display) {
        if !self.global.quiet {
            crate::safe_eprintln!("warning: {msg}");
        }
    }
}

/// Whether the raw arguments (or `LKCTL_OUTPUT`) ask for JSON, for errors raised
/// before clap could parse them.
fn wants_json(args: &[OsString]) -> bool {
    let mut json = std::env::var("LKCTL_OUTPUT").is_ok_and(|v| v == "json");
    let mut iter = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(arg) = iter.next() {
        match arg.as_ref() {
            "--" => break,
            "-o" | "--output" => json = iter.next().is_some_and(|v| v == "json"),
            "-ojson" | "--output=json" | "--json" => json = true,
            a if a.starts_with("--output=")
                || (a.starts_with("-o") && a.len() > 2 && !a.starts_with("--")) =>
            {
                json = false
            }
            _ => {}
        }
    }
    json
}

/// clap's rendered error as one line for the JSON error body: everything before
/// the usage block, so a message such as "the following required arguments were
/// not provided:" keeps the arguments it lists.
fn usage_message(rendered: &str) -> String {
    rendered
        .lines()
        .take_while(|l| !l.starts_with("Usage:") && !l.starts_with("For more information"))
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
        .trim_start_matches("error: ")
        .to_string()
}

/// Which async runtime a command needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuntimeKind {
    /// Opens no connection (tokens, profiles, completions): one thread, no TLS set-up.
    Offline,
    /// Makes a few calls: one thread, TLS ready.
    Client,
    /// Serves or works for long (serve, dev, agent, export): worker threads, TLS ready.
    Server,
}

/// What parsing the command line gave: a parsed command to run, or an exit code (help,
/// version and usage errors are printed by [`parse`] itself).
#[derive(Debug)]
pub enum Parsed {
    /// Run this command.
    Run(Box<Invocation>),
    /// Nothing to run: exit with this code.
    Exit(i32),
}

/// A parsed command line, ready to run.
#[derive(Debug)]
pub struct Invocation {
    cli: Cli,
}

/// Parse the command line before any runtime exists, so `--help`, `--version` and usage
/// errors cost no runtime set-up and the binary can choose the runtime the command needs.
pub fn parse<I, T>(args: I) -> Parsed
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    parse_with_long_version(args, None)
}

/// [`parse`], with the text `--version` prints (the binary adds the commit it was built
/// from; `-V`, man pages and completions keep the plain version).
pub fn parse_with_long_version<I, T>(args: I, long_version: Option<&'static str>) -> Parsed
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let mut command = layout::shape_for(Cli::command(), &args);
    if let Some(v) = long_version {
        command = command.long_version(v);
    }
    let parsed = command
        .try_get_matches_from(&args)
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    match parsed {
        Ok(cli) => Parsed::Run(Box::new(Invocation { cli })),
        Err(e) => {
            // Help and version go to stdout with code 0; usage errors to stderr with 2.
            if e.use_stderr() && wants_json(&args) {
                let message = usage_message(&e.render().to_string());
                let body = serde_json::json!({ "error": { "code": "usage", "message": message } });
                eprintln!("{body}");
            } else {
                let _ = e.print();
            }
            Parsed::Exit(e.exit_code())
        }
    }
}

impl Invocation {
    /// The runtime this command needs.
    pub fn runtime(&self) -> RuntimeKind {
        match &self.cli.command {
            Command::Token(_)
            | Command::Profile(_)
            | Command::Completions(_)
            | Command::GenerateDocs(_) => RuntimeKind::Offline,
            Command::Serve(_) | Command::Dev(_) | Command::Agent(_) | Command::Export(_) => {
                RuntimeKind::Server
            }
            _ => RuntimeKind::Client,
        }
    }

    /// Run the command; returns the process exit code.
    pub async fn run(self) -> i32 {
        let mut global = self.cli.global;
        if global.json {
            global.output = OutputFormat::Json;
        }
        let ctx = Ctx::new(global);
        let format = ctx.format();
        match self.cli.command.run(&ctx).await {
            Ok(mut out) => {
                let failure = out.take_failure();
                if let Err(e) = out.render(ctx.style()) {
                    if e.kind() == std::io::ErrorKind::BrokenPipe {
                        return exit::OK;
                    }
                    CliError::from(lkctl_core::Error::Internal(format!(
                        "cannot write output: {e}"
                    )))
                    .report(format);
                    return 1;
                }
                match failure {
                    Some(f) => {
                        f.report(format);
                        f.exit_code()
                    }
                    None => exit::OK,
                }
            }
            Err(e) => {
                e.report(format);
                e.exit_code()
            }
        }
    }
}

/// Parse and run a command line; returns the process exit code.
pub async fn run<I, T>(args: I) -> i32
where
    I: IntoIterator<Item = T>,
    T: Into<OsString> + Clone,
{
    match parse(args) {
        Parsed::Run(invocation) => invocation.run().await,
        Parsed::Exit(code) => code,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runtime_of(args: &[&str]) -> RuntimeKind {
        match parse(std::iter::once("lkctl").chain(args.iter().copied())) {
            Parsed::Run(inv) => inv.runtime(),
            Parsed::Exit(code) => panic!("{args:?} did not parse: exit {code}"),
        }
    }

    #[test]
    fn each_command_gets_the_runtime_it_needs() {
        let offline = [
            &["token", "inspect", "x"][..],
            &[
                "token",
                "create",
                "--identity",
                "u",
                "--room",
                "r",
                "--join",
            ],
            &["profile", "list"],
            &["completions", "bash"],
        ];
        for args in offline {
            assert_eq!(runtime_of(args), RuntimeKind::Offline, "{args:?}");
        }
        for args in [&["room", "list"][..], &["doctor"], &["healthcheck"]] {
            assert_eq!(runtime_of(args), RuntimeKind::Client, "{args:?}");
        }
        for args in [
            &["serve"][..],
            &["dev"],
            &["agent", "run"],
            &["export", "--pending", "--to", "./x"],
        ] {
            assert_eq!(runtime_of(args), RuntimeKind::Server, "{args:?}");
        }
    }

    #[test]
    fn help_and_version_need_no_runtime() {
        for args in [&["--help"][..], &["--version"], &["token", "--help"]] {
            let parsed = parse_with_long_version(
                std::iter::once("lkctl").chain(args.iter().copied()),
                Some("0.0.0 (test)"),
            );
            assert!(matches!(parsed, Parsed::Exit(0)), "{args:?}: {parsed:?}");
        }
        assert!(matches!(parse(["lkctl", "nope"]), Parsed::Exit(2)));
    }

    #[test]
    fn clap_tree_is_consistent() {
        command().debug_assert();
    }

    #[test]
    fn exit_codes_are_in_long_help() {
        let help = command().render_long_help().to_string();
        assert!(help.contains("Exit codes:"), "{help}");
        assert!(help.contains("5  LiveKit or the network is unavailable"));
    }

    #[test]
    fn json_is_detected_in_raw_arguments() {
        let args = |a: &[&str]| a.iter().map(OsString::from).collect::<Vec<_>>();
        assert!(wants_json(&args(&["lkctl", "-o", "json", "room", "lst"])));
        assert!(wants_json(&args(&["lkctl", "room", "--output=json"])));
        assert!(wants_json(&args(&["lkctl", "room", "lst", "--json"])));
        assert!(!wants_json(&args(&["lkctl", "-o", "plain", "room"])));
        assert!(!wants_json(&args(&["lkctl", "--", "-o", "json"])));
    }

    #[test]
    fn usage_messages_keep_what_clap_lists() {
        let err = command()
            .try_get_matches_from(["lkctl", "participant", "mute", "r", "alice"])
            .unwrap_err();
        let msg = usage_message(&err.render().to_string());
        assert!(msg.starts_with("the following required arguments"), "{msg}");
        assert!(msg.contains("<TRACK_SID|--all>"), "{msg}");
        assert!(!msg.contains("Usage:"), "{msg}");
    }

    #[test]
    fn durations_parse() {
        assert_eq!(parse_duration("10s").unwrap(), Duration::from_secs(10));
        assert!(parse_duration("soon").is_err());
    }
}
