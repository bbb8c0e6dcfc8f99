//! `lkctl profile add|list|remove|use|import|show`.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::{ArgGroup, Args, Subcommand};
use lkctl_core::ops::profiles::{
    self, ImportAction, ImportedProfile, ProfileShow, ProfileSummary, SecretInput, ShownValue,
};
use lkctl_core::{Error, Secret};
use serde_json::json;

use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// Profile verbs.
#[derive(Debug, Subcommand)]
pub enum ProfileCmd {
    /// Add a profile (uses the global --url and --api-key; the secret from a flag, file, command or prompt)
    #[command(after_long_help = ADD_EXAMPLES)]
    Add(AddArgs),
    /// List profiles (never shows a secret)
    List,
    /// Remove a profile
    Remove {
        /// Profile name
        name: String,
    },
    /// Make a profile the default
    Use {
        /// Profile name
        name: String,
    },
    /// Import the projects of LiveKit's own CLI (`lk`, ~/.livekit/cli-config.yaml) as profiles
    #[command(after_long_help = IMPORT_HELP)]
    Import(ImportArgs),
    /// Show the resolved URL, key and secret (masked) and where each came from
    #[command(after_long_help = crate::PRECEDENCE_HELP)]
    Show {
        /// Also list the sources each value overrides (the ones lower in precedence)
        #[arg(long)]
        resolved: bool,
    },
}

const ADD_EXAMPLES: &str = "\
Examples:
  lkctl profile add prod --url wss://prod.livekit.cloud --api-key APIxxx            # prompts for the secret
  pass show lk/prod | lkctl profile add prod --url wss://prod.livekit.cloud --api-key APIxxx --api-secret -
  lkctl profile add prod --url wss://prod.livekit.cloud --api-key APIxxx --api-secret-file ~/.lk/prod
  lkctl profile add prod --url wss://prod.livekit.cloud --api-key APIxxx --api-secret-command 'pass show lk/prod'";

const IMPORT_HELP: &str = "\
Each `lk` project becomes a profile of the same name (characters a profile name cannot
hold become `-`) with its URL, API key and secret; the secret is stored in lkctl's config
file (mode 0600) and masked in the output. A profile that exists is skipped unless
--overwrite; the `lk` default project becomes the default if lkctl has none.

Examples:
  lkctl profile import --dry-run
  lkctl profile import --file backup/cli-config.yaml --overwrite";

/// Flags of `profile import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// The `lk` configuration file to read (default: ~/.livekit/cli-config.yaml)
    #[arg(long, value_name = "PATH")]
    pub file: Option<PathBuf>,
    /// Show what would be imported; write nothing
    #[arg(long)]
    pub dry_run: bool,
    /// Replace profiles that have the name of an imported project
    #[arg(long)]
    pub overwrite: bool,
}

impl Tabular for ImportedProfile {
    fn headers() -> Vec<&'static str> {
        vec![
            "name",
            "action",
            "url",
            "api_key",
            "api_secret",
            "default",
            "note",
        ]
    }
    fn row(&self) -> Vec<String> {
        let mut note = self.reason.clone().unwrap_or_default();
        if self.project != self.name && !self.project.is_empty() {
            let from = format!("from project `{}`", self.project);
            note = if note.is_empty() {
                from
            } else {
                format!("{from}: {note}")
            };
        }
        vec![
            self.name.clone(),
            self.action.as_str().into(),
            self.url.clone(),
            self.api_key.clone(),
            self.api_secret.clone(),
            if self.is_default {
                "*".into()
            } else {
                String::new()
            },
            crate::tables::or_dash(&note),
        ]
    }
}

fn import(path: &std::path::Path, a: ImportArgs) -> Result<Output> {
    let source = match a.file {
        Some(f) => f,
        None => lkctl_core::config::lk_cli_config_path(&lkctl_core::config::ProcessEnv)
            .ok_or_else(|| {
                Error::invalid(
                    "file",
                    "HOME is not set, so ~/.livekit/cli-config.yaml cannot be found; pass --file",
                )
            })?,
    };
    let text = profiles::read_lk_config(&source)?;
    let report = profiles::import_lk(
        path,
        &source.display().to_string(),
        &text,
        a.overwrite,
        a.dry_run,
    )?;
    let (added, replaced, skipped, invalid) = (
        report.count(ImportAction::Added),
        report.count(ImportAction::Replaced),
        report.count(ImportAction::Skipped),
        report.count(ImportAction::Invalid),
    );
    let mut said = format!(
        "{}{added} added, {replaced} replaced, {skipped} skipped, {invalid} invalid, from {} into {}",
        if a.dry_run {
            "dry run (nothing written): "
        } else {
            ""
        },
        source.display(),
        path.display()
    );
    if skipped > 0 && !a.overwrite {
        said.push_str("; pass --overwrite to replace existing profiles");
    }
    let mut out = Output::list(&report.profiles)
        .with_json(&report)
        .with_message(said);
    if invalid > 0 {
        out = out.with_failure(
            Error::Partial {
                what: "projects",
                failed: invalid,
                total: report.profiles.len(),
            }
            .into(),
        );
    }
    Ok(out)
}

/// Flags of `profile add` besides the global `--url`, `--api-key` and `--api-secret`.
#[derive(Debug, Args)]
#[command(group(ArgGroup::new("secret_source").args(["api_secret_file", "api_secret_command"])))]
pub struct AddArgs {
    /// Profile name (letters, digits, `-`, `_`, `.`)
    pub name: String,
    /// Read the secret from this file each time it is needed
    #[arg(long, value_name = "FILE")]
    pub api_secret_file: Option<PathBuf>,
    /// Run this shell command each time the secret is needed; its output is the secret
    #[arg(long, value_name = "CMD")]
    pub api_secret_command: Option<String>,
    /// Make this the default profile (the first profile always is)
    #[arg(long)]
    pub default: bool,
    /// Overwrite an existing profile of the same name
    #[arg(long)]
    pub replace: bool,
}

impl Tabular for ProfileSummary {
    fn headers() -> Vec<&'static str> {
        vec!["name", "url", "api_key", "secret", "default"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.name.clone(),
            self.url.clone(),
            self.api_key.clone(),
            self.secret_storage.clone(),
            if self.is_default {
                "*".into()
            } else {
                String::new()
            },
        ]
    }
}

fn show_output(s: &ProfileShow, with_overrides: bool) -> Output {
    let entries: [(&str, &Option<ShownValue>); 5] = [
        ("profile", &s.profile),
        ("url", &s.url),
        ("api_key", &s.api_key),
        ("api_secret", &s.api_secret),
        ("database_url", &s.database_url),
    ];
    let mut rows = vec![vec![
        "config_path".to_string(),
        s.config_path.clone(),
        "-".to_string(),
    ]];
    for (key, value) in entries {
        rows.push(match value {
            Some(v) => {
                let shown = match &v.error {
                    Some(e) => format!("error: {e}"),
                    None => v.value.clone(),
                };
                vec![key.to_string(), shown, v.source.clone()]
            }
            None => vec![key.to_string(), "-".to_string(), "not set".to_string()],
        });
    }
    let mut headers = vec!["setting", "value", "source"];
    if with_overrides {
        headers.push("overrides");
        let overrides = std::iter::once(None).chain(entries.iter().map(|(_, v)| v.as_ref()));
        for (row, value) in rows.iter_mut().zip(overrides) {
            let o = value.map(|v| v.overrides.join(", ")).unwrap_or_default();
            row.push(crate::tables::or_dash(&o));
        }
    }
    Output::rows(serde_json::to_value(s).unwrap_or_default(), headers, rows)
}

impl AddArgs {
    fn secret(&self, ctx: &Ctx) -> Result<SecretInput> {
        let inline = ctx.global.api_secret.as_ref();
        let others = self.api_secret_file.is_some() || self.api_secret_command.is_some();
        if inline.is_some() && others {
            return Err(Error::invalid(
                "api secret",
                "give only one of --api-secret, --api-secret-file and --api-secret-command",
            )
            .into());
        }
        if let Some(s) = inline {
            // `-` reads the secret from stdin, so it stays out of argv and shell history.
            let s = super::arg_or_stdin(s, "api secret")?;
            if s.is_empty() {
                return Err(Error::invalid("api secret", "stdin was empty").into());
            }
            return Ok(SecretInput::Inline(Secret::new(s)));
        }
        if let Some(f) = &self.api_secret_file {
            let abs = std::path::absolute(f).unwrap_or_else(|_| f.clone());
            return Ok(SecretInput::File(abs));
        }
        if let Some(c) = &self.api_secret_command {
            return Ok(SecretInput::Command(c.clone()));
        }
        if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() {
            let s = rpassword::prompt_password(format!("API secret for profile {}: ", self.name))
                .map_err(|e| Error::Internal(format!("cannot read the secret: {e}")))?;
            return Ok(SecretInput::Inline(Secret::new(s.trim())));
        }
        Err(Error::invalid(
            "api secret",
            "none given: pass --api-secret, --api-secret-file or --api-secret-command (or run on a terminal to be prompted)",
        )
        .into())
    }
}

fn required<'a>(value: &'a Option<String>, flag: &str) -> Result<&'a str> {
    value.as_deref().filter(|v| !v.is_empty()).ok_or_else(|| {
        Error::invalid(
            flag.trim_start_matches('-').to_string(),
            format!("`profile add` needs {flag}"),
        )
        .into()
    })
}

impl ProfileCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let path = ctx.config_path();
        match self {
            Self::Add(args) => {
                let url = required(&ctx.global.url, "--url")?;
                let key = required(&ctx.global.api_key, "--api-key")?;
                let secret = args.secret(ctx)?;
                let summary = profiles::add(
                    &path,
                    &args.name,
                    url,
                    key,
                    secret,
                    args.default,
                    args.replace,
                )?;
                let default = if summary.is_default { " (default)" } else { "" };
                Ok(Output::done(format!(
                    "added profile {}{default} to {}",
                    summary.name,
                    path.display()
                ))
                .with_json(&summary))
            }
            Self::List => Ok(Output::list(&profiles::list(&path)?)),
            Self::Remove { name } => {
                // Unknown names are "not found" (exit 3) even before confirming.
                if !profiles::list(&path)?.iter().any(|p| p.name == name) {
                    return Err(Error::NotFound {
                        what: "profile",
                        id: name,
                    }
                    .into());
                }
                ctx.confirm(&format!("remove profile {name}"))?;
                profiles::remove(&path, &name)?;
                Ok(Output::done(format!("removed profile {name}"))
                    .with_json(&json!({ "name": name, "removed": true })))
            }
            Self::Use { name } => {
                let summary = profiles::use_profile(&path, &name)?;
                Ok(Output::done(format!("default profile is now {name}")).with_json(&summary))
            }
            Self::Import(a) => import(&path, a),
            Self::Show { resolved } => Ok(show_output(&profiles::show(ctx.resolved()?)?, resolved)),
        }
    }
}
