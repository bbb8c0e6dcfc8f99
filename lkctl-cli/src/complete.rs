//! Live shell completion: room names and participant identities from the server, profile
//! names from the config file, on top of everything the clap tree completes.
//!
//! The completion scripts (`lkctl completions SHELL`, the committed `completions/`) call
//! back into `lkctl` with `COMPLETE=SHELL` in the environment; [`complete_if_requested`],
//! first thing in `main`, answers with clap_complete's dynamic engine and exits. The tree
//! it completes from is [`completion_command`]: the derive's tree before
//! [`crate::layout::shape`], so global options complete after every subcommand.
//!
//! Rules for the live values:
//! - fast: one request, at most [`LIVE_TIMEOUT`]; nothing when no server is configured;
//! - silent: any error (no config, no server, bad credentials) gives no candidates and no
//!   text; panics print nothing;
//! - no secrets: a profile whose secret comes from `api_secret_command` is not used (a
//!   key press must not run a password manager), and only names are printed;
//! - safe: values other people choose (room names, identities) are offered only when made
//!   of plain characters, so a hostile identity cannot put control sequences on the
//!   terminal or shell syntax on the command line.

use std::ffi::OsString;
use std::sync::Arc;
use std::time::Duration;

use clap::{Arg, ArgMatches, Command, CommandFactory, FromArgMatches};
use clap_complete::engine::{ArgValueCandidates, CompletionCandidate};
use lkctl_core::config::{self, ProcessEnv, Source};
use lkctl_core::ops::{participants, rooms};
use lkctl_core::{LiveKit, Lkctl};

use crate::{Cli, GlobalArgs};

/// The environment variable the completion scripts set.
pub const VAR: &str = "COMPLETE";

/// Longest a live lookup may take.
pub const LIVE_TIMEOUT: Duration = Duration::from_millis(1500);

/// Whether this process was started by a completion script.
pub fn requested() -> bool {
    std::env::var_os(VAR).is_some_and(|v| !v.is_empty() && v != "0")
}

/// Answer a completion request (and exit) when the environment asks for one.
pub fn complete_if_requested() {
    if !requested() {
        return;
    }
    // Nothing but candidates may reach the terminal.
    std::panic::set_hook(Box::new(|_| {}));
    clap_complete::CompleteEnv::with_factory(completion_command)
        .var(VAR)
        .bin("lkctl")
        .completer("lkctl")
        .complete();
}

/// The registration script for `shell` (what `lkctl completions SHELL` prints).
pub fn registration(shell: clap_complete::Shell) -> String {
    use clap_complete::env::{Bash, Elvish, EnvCompleter, Fish, Powershell, Zsh};
    let completer: &dyn EnvCompleter = match shell {
        clap_complete::Shell::Bash => &Bash,
        clap_complete::Shell::Elvish => &Elvish,
        clap_complete::Shell::Fish => &Fish,
        clap_complete::Shell::PowerShell => &Powershell,
        _ => &Zsh,
    };
    let mut buf = Vec::new();
    // Writing to a Vec cannot fail.
    let _ = completer.write_registration(VAR, "lkctl", "lkctl", "lkctl", &mut buf);
    let mut script = String::from_utf8_lossy(&buf).into_owned();
    if shell == clap_complete::Shell::Zsh {
        // Installed as `_lkctl` in $fpath, the file is autoloaded as the completion
        // function itself: complete at once instead of only registering.
        let register = "compdef _clap_dynamic_completer_lkctl lkctl";
        script = script.replace(
            register,
            "if [ \"$funcstack[1]\" = \"_lkctl\" ]; then\n    _clap_dynamic_completer_lkctl \"$@\"\nelse\n    compdef _clap_dynamic_completer_lkctl lkctl\nfi",
        );
    }
    script
}

/// The tree completion works from: every global option visible everywhere, and the live
/// value completers attached to room, identity and profile arguments.
pub fn completion_command() -> Command {
    attach(Cli::command(), &[])
}

fn attach(cmd: Command, path: &[&str]) -> Command {
    let mut cmd = cmd.mut_args(|a| attach_arg(a, path));
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    for name in names {
        let mut sub_path = path.to_vec();
        sub_path.push(&name);
        cmd = cmd.mut_subcommand(&name, |s| attach(s, &sub_path));
    }
    cmd
}

fn attach_arg(arg: Arg, path: &[&str]) -> Arg {
    let id = arg.get_id().as_str();
    match (path, id) {
        (_, "room" | "destination") => arg.add(ArgValueCandidates::new(room_candidates)),
        (_, "identity" | "except") => arg.add(ArgValueCandidates::new(identity_candidates)),
        ([], "profile") | (["profile", "use" | "remove"], "name") => {
            arg.add(ArgValueCandidates::new(profile_candidates))
        }
        _ => arg,
    }
}

/// The words typed before the one being completed (without the program name), from the
/// command line the completion script passed: `lkctl -- lkctl WORDS...`.
fn typed_words() -> Vec<OsString> {
    let args: Vec<OsString> = std::env::args_os().collect();
    let start = args
        .iter()
        .position(|a| a == "--")
        .map_or(args.len(), |i| i + 1);
    let words = &args[start.min(args.len())..];
    let index = std::env::var("_CLAP_COMPLETE_INDEX")
        .ok()
        .and_then(|i| i.parse::<usize>().ok())
        .unwrap_or(words.len().saturating_sub(1));
    words[..index.min(words.len())].to_vec()
}

/// What the typed words say: the global flags and the matches of the innermost subcommand.
fn typed() -> Option<(GlobalArgs, ArgMatches)> {
    let words = typed_words();
    if words.is_empty() {
        return None;
    }
    let matches = Cli::command()
        .ignore_errors(true)
        .try_get_matches_from(words)
        .ok()?;
    let global = GlobalArgs::from_arg_matches(&matches).ok()?;
    let mut leaf = &matches;
    while let Some((_, sub)) = leaf.subcommand() {
        leaf = sub;
    }
    Some((global, leaf.clone()))
}

/// Whether `value` may be offered: no control, bidi or invisible formatting characters, no
/// whitespace and no shell syntax, not starting with `-`.
pub fn plain(value: &str) -> bool {
    !value.is_empty()
        && !value.starts_with('-')
        && value.chars().all(|c| {
            (c.is_alphanumeric() && !crate::safe::is_unsafe(c))
                || matches!(c, '-' | '_' | '.' | ':' | '@' | '+' | '=' | ',' | '/' | '%')
        })
}

fn candidates(values: impl IntoIterator<Item = String>) -> Vec<CompletionCandidate> {
    let mut values: Vec<String> = values.into_iter().filter(|v| plain(v)).collect();
    values.sort();
    values.dedup();
    values.into_iter().map(CompletionCandidate::new).collect()
}

/// Run one lookup against the configured server, or give nothing.
fn live<T, F, Fut>(global: &GlobalArgs, f: F) -> Option<T>
where
    F: FnOnce(Arc<LiveKit>) -> Fut,
    Fut: std::future::Future<Output = lkctl_core::Result<T>>,
{
    let ctx = crate::Ctx::new(global.clone());
    let resolved = config::resolve_from(&ctx.overrides(), &ProcessEnv).ok()?;
    if matches!(
        resolved.secret_source(),
        Some(Source::SecretCommand { .. }) | None
    ) {
        return None;
    }
    let timeout = global.timeout.min(LIVE_TIMEOUT);
    let core = Lkctl::new(resolved, timeout);
    let lk = core.livekit_shared().ok()?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .ok()?;
    let out = runtime.block_on(async { tokio::time::timeout(timeout, f(lk)).await });
    runtime.shutdown_background();
    out.ok()?.ok()
}

fn room_candidates() -> Vec<CompletionCandidate> {
    let Some((global, _)) = typed() else {
        return Vec::new();
    };
    let rooms = live(&global, |lk| async move { rooms::list(&lk, &[]).await }).unwrap_or_default();
    candidates(rooms.into_iter().map(|r| r.name))
}

fn identity_candidates() -> Vec<CompletionCandidate> {
    let Some((global, leaf)) = typed() else {
        return Vec::new();
    };
    let room = leaf
        .try_get_raw("room")
        .ok()
        .flatten()
        .and_then(|mut v| v.next())
        .and_then(|v| v.to_str())
        .map(str::to_string);
    let Some(room) = room else {
        return Vec::new();
    };
    let people = live(
        &global,
        |lk| async move { participants::list(&lk, &room).await },
    )
    .unwrap_or_default();
    candidates(people.into_iter().map(|p| p.identity))
}

fn profile_candidates() -> Vec<CompletionCandidate> {
    let global = typed().map(|(g, _)| g);
    let path = global
        .and_then(|g| g.config)
        .unwrap_or_else(|| config::default_config_path(&ProcessEnv));
    match config::load(&path) {
        Ok(file) => candidates(file.profiles.into_keys()),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_values_are_offered() {
        for ok in [
            "lecture-101",
            "prof.ada",
            "user@example.org",
            "Ученик_7",
            "a:b/c",
        ] {
            assert!(plain(ok), "{ok}");
        }
        for bad in [
            "",
            "-rf",
            "a b",
            "a;rm",
            "$(x)",
            "`x`",
            "a\u{1b}[2J",
            "a\u{202e}b",
            "a\u{b}b",
            "a\nb",
            "'q'",
            "*",
        ] {
            assert!(!plain(bad), "{bad:?}");
        }
    }

    #[test]
    fn completers_are_attached_where_rooms_identities_and_profiles_go() {
        let mut cmd = completion_command();
        cmd.build();
        let has = |path: &[&str], id: &str| {
            let mut c = &cmd;
            for p in path {
                c = c.find_subcommand(p).unwrap();
            }
            c.get_arguments()
                .find(|a| a.get_id() == id)
                .unwrap_or_else(|| panic!("{path:?} has no {id}"))
                .get::<ArgValueCandidates>()
                .is_some()
        };
        assert!(has(&["participant", "list"], "room"));
        assert!(has(&["participant", "mute"], "identity"));
        assert!(has(&["lobby", "approve"], "room"));
        assert!(has(&[], "profile"));
        assert!(
            has(&["room", "list"], "profile"),
            "globals complete everywhere"
        );
        assert!(has(&["profile", "use"], "name"));
        assert!(!has(&["profile", "add"], "name"));
        // Global options are not hidden in the completion tree.
        let list = cmd
            .find_subcommand("room")
            .unwrap()
            .find_subcommand("list")
            .unwrap();
        assert!(
            list.get_arguments()
                .filter(|a| a.is_global_set())
                .all(|a| !a.is_hide_set())
        );
    }

    #[test]
    fn the_zsh_script_completes_when_autoloaded() {
        let zsh = registration(clap_complete::Shell::Zsh);
        assert!(zsh.starts_with("#compdef lkctl"), "{zsh}");
        assert!(
            zsh.contains("if [ \"$funcstack[1]\" = \"_lkctl\" ]"),
            "{zsh}"
        );
        let bash = registration(clap_complete::Shell::Bash);
        assert!(bash.contains("COMPLETE=\"bash\""), "{bash}");
        assert!(bash.contains("-F _clap_complete_lkctl lkctl"), "{bash}");
    }
}
