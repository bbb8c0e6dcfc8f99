//! Shell completions and man pages, generated from the clap tree.
//!
//! `lkctl completions <shell>` prints one script; the hidden `lkctl generate-docs
//! --out DIR` writes `DIR/completions/` (every shell) and `DIR/man/` (`lkctl.1`
//! plus one page per subcommand, e.g. `lkctl-room-list.1`). The generated files
//! are committed, and a test fails when they are stale.
//!
//! The completion scripts call back into `lkctl` for candidates ([`crate::complete`]),
//! so they complete live values (rooms, identities, profiles) and always match the
//! binary; `--static` prints a self-contained script instead.
//!
//! Man pages: SYNOPSIS is the parser's own usage line; EXIT STATUS comes from core's
//! error table, ENVIRONMENT from core's list of the variables the configuration reads
//! plus every `env` the clap tree declares, FILES from core's default paths. `lkctl(1)`
//! has them in full; the subcommand pages point to it.

use std::path::{Path, PathBuf};

use clap::{Args, Command};
use clap_complete::Shell;
use clap_mangen::roff::{Roff, bold, italic, roman};
use lkctl_core::Error;
use lkctl_core::config::{self, ENV_VARS};

use crate::exit::Result;
use crate::output::Output;

/// Shells completions are generated for by `generate-docs`.
pub const SHELLS: [Shell; 5] = [
    Shell::Bash,
    Shell::Zsh,
    Shell::Fish,
    Shell::Elvish,
    Shell::PowerShell,
];

/// Flags of `lkctl completions`.
#[derive(Debug, Args)]
#[command(after_long_help = "\
The script asks lkctl for candidates at each Tab, so it completes room names and
participant identities from the server (at most 1.5 s, nothing when none answers) and
profile names from the config file. --static prints a script that completes commands and
flags only, without running lkctl.

Examples:
  lkctl completions bash > ~/.local/share/bash-completion/completions/lkctl
  lkctl completions zsh > \"${fpath[1]}/_lkctl\"
  lkctl completions fish > ~/.config/fish/completions/lkctl.fish")]
pub struct CompletionsArgs {
    /// Shell to generate the script for
    #[arg(value_enum)]
    pub shell: Shell,
    /// A self-contained script: commands and flags, no live values
    #[arg(long = "static")]
    pub static_script: bool,
}

impl CompletionsArgs {
    pub fn run(self) -> Result<Output> {
        Ok(Output::raw(script(self.shell, self.static_script)))
    }
}

/// The completion script for `shell`: live (calling back into lkctl) or static.
pub fn script(shell: Shell, static_script: bool) -> String {
    if static_script {
        let mut buf = Vec::new();
        clap_complete::generate(
            shell,
            &mut crate::complete::completion_command(),
            "lkctl",
            &mut buf,
        );
        String::from_utf8_lossy(&buf).into_owned()
    } else {
        crate::complete::registration(shell)
    }
}

/// Flags of `lkctl generate-docs`.
#[derive(Debug, Args)]
pub struct GenerateDocsArgs {
    /// Directory that receives completions/ and man/
    #[arg(long, value_name = "DIR")]
    pub out: PathBuf,
}

impl GenerateDocsArgs {
    pub fn run(self) -> Result<Output> {
        let written = generate(&self.out)?;
        Ok(Output::done(format!(
            "wrote {} files under {}",
            written.len(),
            self.out.display()
        ))
        .with_json(&written))
    }
}

fn io_err(path: &Path) -> impl FnOnce(std::io::Error) -> Error + '_ {
    move |e| Error::io(path, e)
}

/// Write completions and man pages under `out`; returns the files written.
pub fn generate(out: &Path) -> Result<Vec<PathBuf>> {
    let completions = out.join("completions");
    let man = out.join("man");
    for dir in [&completions, &man] {
        std::fs::create_dir_all(dir).map_err(io_err(dir))?;
    }
    let mut written = Vec::new();
    for shell in SHELLS {
        use clap_complete::Generator;
        let path = completions.join(shell.file_name("lkctl"));
        std::fs::write(&path, script(shell, false)).map_err(io_err(&path))?;
        written.push(path);
    }
    let mut cmd = crate::command();
    cmd.build();
    let shared = Shared {
        env: environment(&cmd),
        globals: cmd
            .get_arguments()
            .filter(|a| a.is_global_set())
            .filter_map(|a| a.get_long().map(|l| format!("--{l}")))
            .collect::<Vec<_>>()
            .join(", "),
    };
    write_man(&cmd, "lkctl", &man, &shared, &mut written)?;
    written.sort();
    Ok(written)
}

/// Environment variables lkctl reads, with what each does: core's configuration list,
/// then every `env` the clap tree declares, then the few the CLI reads itself.
pub fn environment(cmd: &Command) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = ENV_VARS
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    let mut stack = vec![cmd];
    while let Some(c) = stack.pop() {
        stack.extend(c.get_subcommands());
        for a in c.get_arguments() {
            let Some(name) = a.get_env().and_then(|e| e.to_str()) else {
                continue;
            };
            if out.iter().any(|(k, _)| k == name) {
                continue;
            }
            let help = a.get_help().map(|h| h.to_string()).unwrap_or_default();
            let flag = a.get_long().map(|l| format!("--{l}")).unwrap_or_default();
            let path = c.get_bin_name().unwrap_or_else(|| c.get_name()).to_string();
            let what = if path == "lkctl" {
                format!("{help}, as {flag}")
            } else {
                format!("{help}, as {flag} of `{path}`")
            };
            out.push((name.to_string(), what));
        }
    }
    for (k, v) in CLI_ENV {
        if !out.iter().any(|(name, _)| name == k) {
            out.push((k.to_string(), v.to_string()));
        }
    }
    out
}

/// Variables the CLI reads outside the clap tree and core's configuration.
const CLI_ENV: &[(&str, &str)] = &[
    (
        "NO_COLOR",
        "any non-empty value turns colours and table borders off, as --no-color",
    ),
    (
        "LKCTL_LOG",
        "log filter of `lkctl serve`, `agent` and `dev` on stderr (e.g. debug, lkctl_serve=debug)",
    ),
    (
        "LKCTL_GDRIVE_SERVICE_ACCOUNT_FILE",
        "`lkctl export` to gdrive://: a service account's JSON key file",
    ),
    (
        "LKCTL_GDRIVE_SUBJECT",
        "`lkctl export`: the user the service account acts for",
    ),
    (
        "LKCTL_GDRIVE_CLIENT_ID",
        "`lkctl export`: OAuth client id (with the secret and a refresh token)",
    ),
    (
        "LKCTL_GDRIVE_CLIENT_SECRET",
        "`lkctl export`: OAuth client secret",
    ),
    (
        "LKCTL_GDRIVE_REFRESH_TOKEN",
        "`lkctl export`: OAuth refresh token",
    ),
    (
        "LKCTL_GDRIVE_ACCESS_TOKEN",
        "`lkctl export`: a ready OAuth access token",
    ),
    (
        "LKCTL_GDRIVE_API_BASE",
        "`lkctl export`: Google Drive API base URL (for tests and proxies)",
    ),
    (
        "LKCTL_GDRIVE_TOKEN_URL",
        "`lkctl export`: OAuth token endpoint (for tests and proxies)",
    ),
    (
        crate::complete::VAR,
        "set by the completion scripts: lkctl prints completion candidates and exits",
    ),
];

/// The files lkctl uses, from core's default paths, with what each is.
pub fn files() -> Vec<(String, String)> {
    let env = |pairs: &[(&str, &str)]| {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect::<std::collections::BTreeMap<String, String>>()
    };
    let show = |p: PathBuf| p.display().to_string();
    let config_xdg = show(config::default_config_path(&env(&[(
        "XDG_CONFIG_HOME",
        "$XDG_CONFIG_HOME",
    )])));
    let config_home = show(config::default_config_path(&env(&[("HOME", "~")])));
    let data_xdg = config::default_database_path(&env(&[("XDG_DATA_HOME", "$XDG_DATA_HOME")]))
        .map(show)
        .unwrap_or_default();
    let data_home = config::default_database_path(&env(&[("HOME", "~")]))
        .map(show)
        .unwrap_or_default();
    vec![
        (
            format!("{config_xdg} (else {config_home})"),
            format!(
                "the config file: profiles and the default profile (mode 0600, written \
                 atomically, never on read); {} or --config-file name another",
                config::ENV_CONFIG
            ),
        ),
        (
            format!("{data_xdg} (else {data_home})"),
            format!(
                "lkctl's default SQLite store (lobbies, bans, recordings, history); \
                 {}, --database-url or a profile's database_url choose another store",
                config::ENV_DATABASE_URL
            ),
        ),
        (
            "/usr/share/bash-completion/completions/lkctl, \
             /usr/share/zsh/vendor-completions/_lkctl, \
             /usr/share/fish/vendor_completions.d/lkctl.fish"
                .into(),
            "completion scripts as packaged; `lkctl completions SHELL` prints them".into(),
        ),
    ]
}

/// The roff preamble every rendering starts with (written once per page).
fn preamble() -> String {
    Roff::new().render()
}

fn render(f: impl FnOnce(&mut Vec<u8>) -> std::io::Result<()>) -> std::io::Result<String> {
    let mut buf = Vec::new();
    f(&mut buf)?;
    let text = String::from_utf8_lossy(&buf).into_owned();
    Ok(text
        .strip_prefix(&preamble())
        .map(str::to_string)
        .unwrap_or(text))
}

/// The parser's usage line without the `Usage: ` title and the bin name.
fn usage_rest(cmd: &Command) -> String {
    let bin = cmd.get_bin_name().unwrap_or_else(|| cmd.get_name());
    let usage = cmd.clone().render_usage().to_string();
    let usage = usage.strip_prefix("Usage: ").unwrap_or(&usage);
    usage.strip_prefix(bin).unwrap_or(usage).trim().to_string()
}

/// A page's EXAMPLES (the `Example:`/`Examples:` block of its long help) and the rest of
/// that text.
fn split_examples(text: &str) -> (Vec<String>, Vec<String>) {
    let mut examples = Vec::new();
    let mut rest = Vec::new();
    let mut in_examples = false;
    for line in text.lines() {
        if matches!(line.trim_end(), "Example:" | "Examples:") {
            in_examples = true;
            continue;
        }
        if in_examples && (line.starts_with(' ') || line.trim().is_empty()) {
            if !line.trim().is_empty() {
                examples.push(line.trim().to_string());
            }
            continue;
        }
        in_examples = false;
        rest.push(line.to_string());
    }
    while rest.last().is_some_and(|l| l.trim().is_empty()) {
        rest.pop();
    }
    (examples, rest)
}

/// What every page is given: the ENVIRONMENT rows and the global options' names.
struct Shared {
    env: Vec<(String, String)>,
    globals: String,
}

fn page(cmd: &Command, name: &str, shared: &Shared) -> std::io::Result<String> {
    let root = name == "lkctl";
    let man = clap_mangen::Man::new(cmd.clone().name(name.to_string()));
    let mut out = preamble();
    out += &render(|w| man.render_title(w))?;
    out += &render(|w| man.render_name_section(w))?;

    let mut roff = Roff::new();
    roff.control("SH", ["SYNOPSIS"]);
    let bin = cmd.get_bin_name().unwrap_or_else(|| cmd.get_name());
    roff.text([bold(bin), roman(" "), roman(usage_rest(cmd))]);
    out += &render(|w| roff.to_writer(w))?;

    out += &render(|w| man.render_description_section(w))?;
    if cmd.get_arguments().any(|a| !a.is_hide_set()) {
        out += &render(|w| man.render_options_section(w))?;
    }
    let mut roff = Roff::new();
    if !root {
        roff.control("SH", ["GLOBAL OPTIONS"]);
        roff.text([
            roman("The global options of "),
            bold("lkctl"),
            roman(format!(
                "(1) ({}) work here too, before or after the subcommand.",
                shared.globals
            )),
        ]);
    }
    out += &render(|w| roff.to_writer(w))?;
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        out += &render(|w| man.render_subcommands_section(w))?;
    }

    let mut roff = Roff::new();
    let after = cmd
        .get_after_long_help()
        .or_else(|| cmd.get_after_help())
        .map(|t| t.to_string());
    // lkctl(1)'s long help is the exit-code table and the output notes: given below.
    if let Some(text) = after.filter(|_| !root) {
        let (examples, rest) = split_examples(&text);
        if rest.iter().any(|l| !l.trim().is_empty()) {
            roff.control("SH", ["NOTES"]);
            for line in rest {
                if line.trim().is_empty() {
                    roff.control("PP", []);
                } else {
                    roff.text([roman(line)]);
                }
            }
        }
        if !examples.is_empty() {
            roff.control("SH", ["EXAMPLES"]);
            for ex in examples {
                roff.control("PP", []);
                roff.text([roman(ex)]);
            }
        }
    }

    roff.control("SH", ["EXIT STATUS"]);
    if root {
        for row in &lkctl_core::error::KINDS {
            roff.control("TP", []);
            roff.text([bold(row.exit_code.to_string())]);
            roff.text([roman(
                row.meaning.split_whitespace().collect::<Vec<_>>().join(" "),
            )]);
        }
        roff.control("SH", ["OUTPUT"]);
        let output = crate::exit::OUTPUT_HELP.replace('\n', " ");
        roff.text([roman(output.trim_start_matches("Output: ").to_string())]);
    } else {
        see_lkctl(&mut roff, "for the exit codes.");
    }

    roff.control("SH", ["ENVIRONMENT"]);
    if root {
        for (k, v) in &shared.env {
            roff.control("TP", []);
            roff.text([bold(k.clone())]);
            roff.text([roman(v.clone())]);
        }
    } else {
        see_lkctl(
            &mut roff,
            "for the variables lkctl reads (LIVEKIT_URL, LIVEKIT_API_KEY, LIVEKIT_API_SECRET, LKCTL_PROFILE, ...).",
        );
    }

    roff.control("SH", ["FILES"]);
    if root {
        for (path, what) in files() {
            roff.control("TP", []);
            roff.text([italic(path)]);
            roff.text([roman(what)]);
        }
    } else {
        see_lkctl(&mut roff, "for the config file and the default store.");
    }
    out += &render(|w| roff.to_writer(w))?;

    if cmd.get_version().is_some() {
        out += &render(|w| man.render_version_section(w))?;
    }
    Ok(out)
}

fn see_lkctl(roff: &mut Roff, what: &str) {
    roff.text([roman("See "), bold("lkctl"), roman(format!("(1) {what}"))]);
}

fn write_man(
    cmd: &Command,
    name: &str,
    dir: &Path,
    shared: &Shared,
    written: &mut Vec<PathBuf>,
) -> Result<()> {
    let text = page(cmd, name, shared).map_err(io_err(dir))?;
    let path = dir.join(format!("{name}.1"));
    std::fs::write(&path, text).map_err(io_err(&path))?;
    written.push(path);
    for sub in cmd
        .get_subcommands()
        .filter(|s| !s.is_hide_set() && s.get_name() != "help")
    {
        write_man(
            sub,
            &format!("{name}-{}", sub.get_name()),
            dir,
            shared,
            written,
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generates_pages_for_subcommands() {
        let dir = tempfile::tempdir().unwrap();
        let files = generate(dir.path()).unwrap();
        let names: Vec<String> = files
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        for expected in [
            "lkctl.1",
            "lkctl-room-list.1",
            "lkctl-token-create.1",
            "lkctl.bash",
            "_lkctl",
        ] {
            assert!(
                names.iter().any(|n| n == expected),
                "{expected} missing from {names:?}"
            );
        }
        assert!(!names.iter().any(|n| n.contains("generate-docs")));
        let man = std::fs::read_to_string(dir.path().join("man/lkctl.1")).unwrap();
        for section in [".SH \"EXIT STATUS\"", ".SH ENVIRONMENT", ".SH FILES"] {
            assert!(man.contains(section), "{section} missing from lkctl.1");
        }
    }
}
