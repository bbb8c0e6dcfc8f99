//! Configuration: profiles on disk, environment and flags, resolved with sources.
//!
//! The profile is chosen by `--profile`, then `LKCTL_PROFILE`, then the file's
//! `default_profile`. Each value then comes from the first of these that sets it:
//!
//! | profile chosen by            | 1st  | 2nd                 | 3rd                 |
//! |------------------------------|------|---------------------|---------------------|
//! | `--profile` or `LKCTL_PROFILE` | flag | that profile        | environment         |
//! | `default_profile` (or none)  | flag | environment         | the default profile |
//!
//! So naming a profile is never silently overridden by `LIVEKIT_*` variables left
//! in the shell, while the environment still beats a profile nobody asked for.
//! This holds for the URL, API key, API secret, database URL and S3 settings.
//! Reading never writes; writing is atomic and leaves the file readable by its
//! owner only (0600).
//!
//! Longer than our ~600-line mark on purpose: it is the one seam where lkctl reads the
//! environment, and its unit tests (a quarter of the file) pin every precedence rule
//! beside the code that implements it.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::secret::Secret;

/// Environment variable naming the LiveKit server URL.
pub const ENV_URL: &str = "LIVEKIT_URL";
/// Environment variable naming the API key.
pub const ENV_API_KEY: &str = "LIVEKIT_API_KEY";
/// Environment variable naming the API secret.
pub const ENV_API_SECRET: &str = "LIVEKIT_API_SECRET";
/// Environment variable choosing a profile.
pub const ENV_PROFILE: &str = "LKCTL_PROFILE";
/// Environment variable overriding the config file path.
pub const ENV_CONFIG: &str = "LKCTL_CONFIG";
/// Environment variable naming the database URL.
pub const ENV_DATABASE_URL: &str = "LKCTL_DATABASE_URL";

/// Every environment variable the configuration reads, with what it sets: the one list
/// `lkctl(1)`'s ENVIRONMENT section is generated from (a test keeps it complete).
pub const ENV_VARS: &[(&str, &str)] = &[
    (
        ENV_URL,
        "LiveKit server URL (--url wins; so does a profile named by --profile)",
    ),
    (ENV_API_KEY, "LiveKit API key"),
    (ENV_API_SECRET, "LiveKit API secret"),
    (ENV_PROFILE, "profile to use, as --profile"),
    (ENV_CONFIG, "config file, as --config-file"),
    (
        ENV_DATABASE_URL,
        "lkctl's store: a SQLite path or a postgres:// URL",
    ),
    (
        "LKCTL_S3_BUCKET",
        "S3 bucket for recordings and shared files",
    ),
    ("LKCTL_S3_REGION", "S3 region (else AWS_REGION)"),
    ("AWS_REGION", "S3 region when LKCTL_S3_REGION is unset"),
    (
        "LKCTL_S3_ENDPOINT",
        "S3-compatible endpoint URL (else AWS_ENDPOINT_URL)",
    ),
    (
        "AWS_ENDPOINT_URL",
        "S3 endpoint when LKCTL_S3_ENDPOINT is unset",
    ),
    (
        "LKCTL_S3_ACCESS_KEY",
        "S3 access key (else AWS_ACCESS_KEY_ID)",
    ),
    (
        "AWS_ACCESS_KEY_ID",
        "S3 access key when LKCTL_S3_ACCESS_KEY is unset",
    ),
    (
        "LKCTL_S3_SECRET_KEY",
        "S3 secret key (else AWS_SECRET_ACCESS_KEY)",
    ),
    (
        "AWS_SECRET_ACCESS_KEY",
        "S3 secret key when LKCTL_S3_SECRET_KEY is unset",
    ),
    (
        "LKCTL_S3_PATH_STYLE",
        "use path-style S3 URLs (MinIO and most S3-compatible stores)",
    ),
    (
        "XDG_CONFIG_HOME",
        "the config file is $XDG_CONFIG_HOME/lkctl/config.toml",
    ),
    (
        "XDG_DATA_HOME",
        "the default SQLite store is $XDG_DATA_HOME/lkctl/lkctl.db",
    ),
    ("HOME", "fallback for both: ~/.config and ~/.local/share"),
];

/// Where configuration values come from; abstracted so tests need no process env.
pub trait Env {
    /// The value of an environment variable, `None` when unset or empty.
    fn var(&self, key: &str) -> Option<String>;
}

/// The real process environment.
#[derive(Debug, Default, Clone, Copy)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, key: &str) -> Option<String> {
        std::env::var(key).ok().filter(|v| !v.is_empty())
    }
}

impl Env for BTreeMap<String, String> {
    fn var(&self, key: &str) -> Option<String> {
        self.get(key).filter(|v| !v.is_empty()).cloned()
    }
}

/// The config file: named profiles and which one is the default.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct ConfigFile {
    /// Profile used when neither `--profile` nor `LKCTL_PROFILE` is given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub default_profile: Option<String>,
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One LiveKit deployment's connection settings.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Server URL (`https://`, `wss://`, `http://` or `ws://`).
    pub url: String,
    /// API key.
    pub api_key: String,
    /// API secret in plain text (prefer `api_secret_file` or `api_secret_command`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_secret: Option<Secret>,
    /// A file whose trimmed content is the secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_secret_file: Option<PathBuf>,
    /// A shell command whose trimmed standard output is the secret.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_secret_command: Option<String>,
    /// Database URL for lkctl's own store (SQLite path or `postgres://`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub database_url: Option<String>,
    /// S3 (or S3-compatible) storage for recordings and shared files.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub s3: Option<S3Profile>,
}

/// The `[profiles.NAME.s3]` table.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct S3Profile {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bucket: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Endpoint of an S3-compatible server; absent for AWS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub access_key: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key: Option<Secret>,
    /// A file whose trimmed content is the secret key.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret_key_file: Option<PathBuf>,
    /// Path-style addressing (`endpoint/bucket/key`), needed by most self-hosted servers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path_style: Option<bool>,
    /// Also use these settings as the default upload target of `lkctl egress start`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub egress_upload: Option<bool>,
}

/// S3 values given on the command line.
#[derive(Debug, Clone, Default)]
pub struct S3Overrides {
    pub bucket: Option<String>,
    pub region: Option<String>,
    pub endpoint: Option<String>,
    pub access_key: Option<String>,
    pub secret_key: Option<String>,
    pub path_style: bool,
}

/// Resolved S3 settings: flag, then `LKCTL_S3_*` (or the AWS variables), then the profile.
#[derive(Debug, Clone)]
pub struct S3Settings {
    pub bucket: String,
    pub region: String,
    pub endpoint: Option<String>,
    pub access_key: String,
    pub secret_key: Secret,
    pub path_style: bool,
    /// The profile asks for these settings to be egress's default upload target.
    pub egress_upload: bool,
}

impl PartialEq for Secret {
    fn eq(&self, other: &Self) -> bool {
        self.matches(other.expose())
    }
}

impl Profile {
    /// How this profile stores its secret, for listings that must not show it.
    pub fn secret_storage(&self) -> &'static str {
        if self.api_secret_command.is_some() {
            "command"
        } else if self.api_secret_file.is_some() {
            "file"
        } else if self.api_secret.is_some() {
            "inline"
        } else {
            "none"
        }
    }
}

/// Values given on the command line; `None` when the flag was absent.
#[derive(Debug, Clone, Default)]
pub struct Overrides {
    pub url: Option<String>,
    pub api_key: Option<String>,
    pub api_secret: Option<String>,
    pub profile: Option<String>,
    pub database_url: Option<String>,
    /// Path of the config file (`--config`), else `LKCTL_CONFIG`, else the XDG default.
    pub config_path: Option<PathBuf>,
}

/// Where a resolved value came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Source {
    /// A command-line flag.
    Flag { flag: String },
    /// An environment variable.
    Env { var: String },
    /// A key in a profile of the config file.
    Profile { profile: String, key: String },
    /// A file named by a profile's `api_secret_file`.
    SecretFile { profile: String, path: PathBuf },
    /// A command named by a profile's `api_secret_command`.
    SecretCommand { profile: String },
}

impl fmt::Display for Source {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Flag { flag } => write!(f, "flag {flag}"),
            Self::Env { var } => write!(f, "env {var}"),
            Self::Profile { profile, key } => write!(f, "profile {profile} ({key})"),
            Self::SecretFile { profile, path } => {
                write!(f, "profile {profile} (api_secret_file {})", path.display())
            }
            Self::SecretCommand { profile } => write!(f, "profile {profile} (api_secret_command)"),
        }
    }
}

/// A value with its source.
#[derive(Debug, Clone, Serialize)]
pub struct Sourced<T> {
    pub value: T,
    pub source: Source,
}

/// How the secret will be obtained; commands and files run only when needed.
#[derive(Debug, Clone)]
enum SecretSpec {
    Plain(Secret, Source),
    File(PathBuf, String),
    Command(String, String),
}

/// The outcome of resolution. Values are optional so commands that need no
/// credentials (token inspect, profile list) still run; [`Resolved::connection`]
/// and [`Resolved::credentials`] turn absence into an error naming every source.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The profile in use, if any, and why it was chosen.
    pub profile: Option<Sourced<String>>,
    pub url: Option<Sourced<String>>,
    pub api_key: Option<Sourced<String>>,
    secret: Option<SecretSpec>,
    pub database_url: Option<Sourced<String>>,
    /// The config file consulted.
    pub config_path: PathBuf,
    /// The chosen profile's S3 table, for [`Resolved::s3`].
    s3_profile: Option<S3Profile>,
    /// Environment values read at resolution time (`LKCTL_S3_*` and AWS variables).
    s3_env: BTreeMap<&'static str, String>,
    /// Where the default SQLite file goes, from `XDG_DATA_HOME` or `HOME` at resolution
    /// time; `None` when neither is set (see [`Resolved::database_location`]).
    default_database: Option<PathBuf>,
    /// The profile was named by `--profile` or `LKCTL_PROFILE`, so it beats the environment.
    explicit_profile: bool,
    /// Lower-precedence sources that also set a value, by setting name (`url`,
    /// `api_key`, `api_secret`, `database_url`), for `profile show --resolved`.
    shadowed: BTreeMap<&'static str, Vec<Source>>,
}

/// Credentials and URL ready for use.
#[derive(Debug, Clone)]
pub struct Connection {
    pub url: String,
    pub api_key: String,
    pub api_secret: Secret,
}

/// Default path of the config file: `$XDG_CONFIG_HOME/lkctl/config.toml`.
pub fn default_config_path(env: &dyn Env) -> PathBuf {
    if let Some(p) = env.var(ENV_CONFIG) {
        return PathBuf::from(p);
    }
    let base = env
        .var("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| env.var("HOME").map(|h| PathBuf::from(h).join(".config")))
        .unwrap_or_else(|| PathBuf::from(".config"));
    base.join("lkctl").join("config.toml")
}

/// Where LiveKit's own CLI (`lk`) keeps its projects: `~/.livekit/cli-config.yaml`
/// (`lk project add` writes it), the source of `lkctl profile import`.
pub fn lk_cli_config_path(env: &dyn Env) -> Option<PathBuf> {
    env.var("HOME")
        .map(|h| PathBuf::from(h).join(".livekit").join("cli-config.yaml"))
}

/// Read the config file; a missing file is an empty config. Never writes.
pub fn load(path: &Path) -> Result<ConfigFile> {
    match std::fs::read_to_string(path) {
        Ok(text) => toml::from_str(&text).map_err(|e| {
            Error::Config(format!(
                "config file {} is malformed: {}; fix it or move it aside",
                path.display(),
                e.message()
            ))
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(ConfigFile::default()),
        Err(e) => Err(Error::io(path, e)),
    }
}

/// Write the config file atomically with mode 0600 (directory 0700).
pub fn save(path: &Path, config: &ConfigFile) -> Result<()> {
    let text = toml::to_string_pretty(config)
        .map_err(|e| Error::Internal(format!("cannot serialize config: {e}")))?;
    crate::fsutil::write_atomic(path, text.as_bytes(), 0o600)
}

/// Check a LiveKit URL's scheme and shape.
pub fn validate_url(url: &str) -> Result<url::Url> {
    let parsed = url::Url::parse(url).map_err(|e| {
        Error::invalid(
            "url",
            format!(
                "`{}` is not a URL ({e}); use e.g. https://my.livekit.cloud",
                mask_url_password(url)
            ),
        )
    })?;
    match parsed.scheme() {
        "http" | "https" | "ws" | "wss" => {}
        other => {
            return Err(Error::invalid(
                "url",
                format!(
                    "scheme `{other}` is not supported; use https://, wss://, http:// or ws://"
                ),
            ));
        }
    }
    if parsed.host_str().is_none_or(str::is_empty) {
        return Err(Error::invalid(
            "url",
            format!("`{}` has no host", mask_url_password(url)),
        ));
    }
    Ok(parsed)
}

/// The HTTP(S) base URL of a LiveKit server (`ws` → `http`, `wss` → `https`, no
/// path), as the Twirp API and the health check are served there.
pub fn http_base_url(url: &str) -> Result<String> {
    let mut parsed = validate_url(url)?;
    let scheme = match parsed.scheme() {
        "ws" => "http",
        "wss" => "https",
        s => s,
    }
    .to_string();
    let _ = parsed.set_scheme(&scheme);
    parsed.set_path("");
    Ok(parsed.as_str().trim_end_matches('/').to_string())
}

/// Validate a profile name: letters, digits, `-`, `_` and `.`.
pub fn validate_profile_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if ok {
        Ok(())
    } else {
        Err(Error::invalid(
            "profile name",
            format!("`{name}` must be 1-64 letters, digits, `-`, `_` or `.`"),
        ))
    }
}

fn flag(name: &str) -> Source {
    Source::Flag {
        flag: name.to_string(),
    }
}

fn env_source(name: &str) -> Source {
    Source::Env {
        var: name.to_string(),
    }
}

/// Resolve every value from flags, environment and the config file.
pub fn resolve(
    ov: &Overrides,
    env: &dyn Env,
    file: &ConfigFile,
    config_path: PathBuf,
) -> Result<Resolved> {
    let profile_name: Option<Sourced<String>> = if let Some(p) = &ov.profile {
        Some(Sourced {
            value: p.clone(),
            source: flag("--profile"),
        })
    } else if let Some(p) = env.var(ENV_PROFILE) {
        Some(Sourced {
            value: p,
            source: env_source(ENV_PROFILE),
        })
    } else {
        file.default_profile.clone().map(|p| Sourced {
            value: p,
            source: Source::Profile {
                profile: "(config)".into(),
                key: "default_profile".into(),
            },
        })
    };
    let profile = match &profile_name {
        Some(name) => {
            match file.profiles.get(&name.value) {
                Some(p) => Some((&name.value, p)),
                None => {
                    return Err(Error::NotFound { what: "profile", id: name.value.clone() }.with_hint(
                    &format!(
                        "chosen by {}; see `lkctl profile list` or create it with `lkctl profile add`",
                        name.source
                    ),
                ));
                }
            }
        }
        None => None,
    };

    // A profile named on purpose beats the environment; the default one does not.
    let explicit_profile = profile_name
        .as_ref()
        .is_some_and(|p| !matches!(p.source, Source::Profile { .. }));
    let mut shadowed: BTreeMap<&'static str, Vec<Source>> = BTreeMap::new();

    let from_profile = |key: &str, value: Option<&String>| -> Option<Sourced<String>> {
        let (name, _) = profile?;
        value.filter(|v| !v.is_empty()).map(|v| Sourced {
            value: v.clone(),
            source: Source::Profile {
                profile: name.to_string(),
                key: key.to_string(),
            },
        })
    };
    let from_flag = |value: &Option<String>, name: &str| {
        value.clone().map(|v| Sourced {
            value: v,
            source: flag(name),
        })
    };
    let from_env = |var: &str| {
        env.var(var).map(|v| Sourced {
            value: v,
            source: env_source(var),
        })
    };
    let mut pick = |key: &'static str,
                    flag: Option<Sourced<String>>,
                    env: Option<Sourced<String>>,
                    prof: Option<Sourced<String>>| {
        let (chosen, rest) = by_precedence(explicit_profile, flag, env, prof);
        let rest: Vec<Source> = rest.into_iter().map(|s| s.source).collect();
        if !rest.is_empty() {
            shadowed.insert(key, rest);
        }
        chosen
    };

    let url = pick(
        "url",
        from_flag(&ov.url, "--url"),
        from_env(ENV_URL),
        from_profile("url", profile.map(|(_, p)| &p.url)),
    );
    let api_key = pick(
        "api_key",
        from_flag(&ov.api_key, "--api-key"),
        from_env(ENV_API_KEY),
        from_profile("api_key", profile.map(|(_, p)| &p.api_key)),
    );
    let database_url = pick(
        "database_url",
        from_flag(&ov.database_url, "--database-url"),
        from_env(ENV_DATABASE_URL),
        from_profile(
            "database_url",
            profile.and_then(|(_, p)| p.database_url.as_ref()),
        ),
    );
    let secret_flag = ov
        .api_secret
        .as_ref()
        .map(|s| SecretSpec::Plain(Secret::new(s.clone()), flag("--api-secret")));
    let secret_env = env
        .var(ENV_API_SECRET)
        .map(|s| SecretSpec::Plain(Secret::new(s), env_source(ENV_API_SECRET)));
    let secret_profile = profile.and_then(|(name, p)| {
        if let Some(cmd) = &p.api_secret_command {
            Some(SecretSpec::Command(cmd.clone(), name.to_string()))
        } else if let Some(path) = &p.api_secret_file {
            Some(SecretSpec::File(path.clone(), name.to_string()))
        } else {
            p.api_secret.clone().filter(|s| !s.is_empty()).map(|s| {
                SecretSpec::Plain(
                    s,
                    Source::Profile {
                        profile: name.to_string(),
                        key: "api_secret".into(),
                    },
                )
            })
        }
    });
    let (secret, rest) = by_precedence(explicit_profile, secret_flag, secret_env, secret_profile);
    if !rest.is_empty() {
        shadowed.insert("api_secret", rest.iter().map(SecretSpec::source).collect());
    }

    let s3_profile = profile.and_then(|(_, p)| p.s3.clone());
    let s3_env = S3_ENV_VARS
        .iter()
        .filter_map(|k| env.var(k).map(|v| (*k, v)))
        .collect();
    Ok(Resolved {
        profile: profile_name,
        url,
        api_key,
        secret,
        database_url,
        config_path,
        s3_profile,
        s3_env,
        default_database: default_database_path(env),
        explicit_profile,
        shadowed,
    })
}

/// Most of a failing secret command's stderr quoted in the error, in bytes.
const MAX_SECRET_COMMAND_STDERR: u64 = 4096;

/// Run a profile's secret command; its output is read with the secret size limit,
/// and a command that prints more (or never stops) is killed. Its stderr is captured
/// (bounded), not passed to the terminal raw: the front end shows it, escaped, in the
/// error when the command fails.
fn run_secret_command(
    cmd: &str,
    profile: &str,
) -> Result<(std::process::ExitStatus, Vec<u8>, String)> {
    use std::io::Read;
    let mut child = std::process::Command::new("sh")
        .arg("-c")
        .arg(cmd)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .map_err(|e| {
            Error::Config(format!(
                "cannot run api_secret_command of profile {profile}: {e}"
            ))
        })?;
    // Read stderr beside stdout so neither pipe can fill up and stall the command; past the
    // limit the rest is drained and dropped.
    let stderr = child.stderr.take().map(|err| {
        std::thread::spawn(move || {
            let mut kept = Vec::new();
            let mut err = err;
            let _ = (&mut err)
                .take(MAX_SECRET_COMMAND_STDERR)
                .read_to_end(&mut kept);
            let _ = std::io::copy(&mut err, &mut std::io::sink());
            String::from_utf8_lossy(&kept).trim().to_string()
        })
    });
    let what = format!("api_secret_command of profile {profile}");
    let read = match child.stdout.take() {
        Some(out) => {
            crate::fsutil::read_bounded(out, crate::fsutil::MAX_SECRET_BYTES, &what, "its output")
        }
        None => Ok(Vec::new()),
    };
    if read.is_err() {
        let _ = child.kill();
    }
    let status = child
        .wait()
        .map_err(|e| Error::Config(format!("cannot run {what}: {e}")))?;
    let stderr = stderr.and_then(|h| h.join().ok()).unwrap_or_default();
    Ok((status, read?, stderr))
}

/// The first present value in precedence order and the others that were also set:
/// flag, then the profile if it was named explicitly, else the environment first.
fn by_precedence<T>(
    explicit_profile: bool,
    flag: Option<T>,
    env: Option<T>,
    profile: Option<T>,
) -> (Option<T>, Vec<T>) {
    let order = if explicit_profile {
        [flag, profile, env]
    } else {
        [flag, env, profile]
    };
    let mut present = order.into_iter().flatten();
    let first = present.next();
    (first, present.collect())
}

impl SecretSpec {
    fn source(&self) -> Source {
        match self {
            Self::Plain(_, src) => src.clone(),
            Self::File(path, profile) => Source::SecretFile {
                profile: profile.clone(),
                path: path.clone(),
            },
            Self::Command(_, profile) => Source::SecretCommand {
                profile: profile.clone(),
            },
        }
    }
}

/// Hide the password in a URL's userinfo (`postgres://user:pw@host/db`,
/// `https://u:pw@livekit.example`), so it is never printed.
/// A URL that does not parse is masked by its text: whatever follows the first `:` of the
/// part between `://` and the last `@` of the authority.
pub fn mask_url_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("********"));
            u.to_string()
        }
        Ok(_) => url.to_string(),
        Err(_) => {
            let Some(start) = url.find("://").map(|i| i + 3) else {
                return url.to_string();
            };
            let rest = &url[start..];
            let authority = rest.find(['/', '?', '#']).map_or(rest, |end| &rest[..end]);
            match authority.rfind('@') {
                Some(at) if authority[..at].contains(':') => {
                    let colon = authority[..at].find(':').unwrap_or(at);
                    format!(
                        "{}{}:********{}",
                        &url[..start],
                        &authority[..colon],
                        &url[start + at..]
                    )
                }
                _ => url.to_string(),
            }
        }
    }
}

/// Where the SQLite database lives by default: `$XDG_DATA_HOME/lkctl/lkctl.db`, falling back
/// to `~/.local/share/lkctl/lkctl.db`; `None` without either variable.
pub fn default_database_path(env: &dyn Env) -> Option<PathBuf> {
    if let Some(dir) = env.var("XDG_DATA_HOME") {
        return Some(PathBuf::from(dir).join("lkctl").join("lkctl.db"));
    }
    env.var("HOME")
        .map(|home| PathBuf::from(home).join(".local/share/lkctl/lkctl.db"))
}

/// Where `lkctl dev` keeps its demo store by default: `$XDG_DATA_HOME/lkctl/dev`, falling
/// back to `~/.local/share/lkctl/dev`; `None` without either variable.
pub fn default_dev_data_dir(env: &dyn Env) -> Option<PathBuf> {
    if let Some(dir) = env.var("XDG_DATA_HOME") {
        return Some(PathBuf::from(dir).join("lkctl").join("dev"));
    }
    env.var("HOME")
        .map(|home| PathBuf::from(home).join(".local/share/lkctl/dev"))
}

/// Load the config file named by the overrides or environment and resolve.
pub fn resolve_from(ov: &Overrides, env: &dyn Env) -> Result<Resolved> {
    let path = ov
        .config_path
        .clone()
        .unwrap_or_else(|| default_config_path(env));
    let file = load(&path)?;
    resolve(ov, env, &file, path)
}

impl Error {
    /// Append a hint to a not-found error (used where the id alone is not enough).
    fn with_hint(self, hint: &str) -> Self {
        match self {
            Error::NotFound { what, id } => {
                Error::Config(format!("{what} `{id}` not found ({hint})"))
            }
            other => other,
        }
    }
}

const URL_SOURCES: &str = "pass --url, set LIVEKIT_URL, or add a profile with `lkctl profile add`";
const KEY_SOURCES: &str =
    "pass --api-key, set LIVEKIT_API_KEY, or add a profile with `lkctl profile add`";
const SECRET_SOURCES: &str =
    "pass --api-secret, set LIVEKIT_API_SECRET, or add a profile with `lkctl profile add`";

const S3_ENV_VARS: [&str; 10] = [
    "LKCTL_S3_BUCKET",
    "LKCTL_S3_REGION",
    "AWS_REGION",
    "LKCTL_S3_ENDPOINT",
    "AWS_ENDPOINT_URL",
    "LKCTL_S3_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "LKCTL_S3_SECRET_KEY",
    "AWS_SECRET_ACCESS_KEY",
    "LKCTL_S3_PATH_STYLE",
];

impl Resolved {
    fn s3_env(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|k| self.s3_env.get(k).cloned())
    }

    /// An S3 setting: flag, then environment and profile in the precedence order.
    fn s3_value(
        &self,
        flag: &Option<String>,
        keys: &[&str],
        profile: &Option<String>,
    ) -> Option<String> {
        by_precedence(
            self.explicit_profile,
            flag.clone(),
            self.s3_env(keys),
            profile.clone(),
        )
        .0
    }

    /// Lower-precedence sources that also set `setting` (`url`, `api_key`,
    /// `api_secret`, `database_url`); empty when nothing was overridden.
    pub fn shadowed(&self, setting: &str) -> &[Source] {
        self.shadowed.get(setting).map_or(&[], Vec::as_slice)
    }

    /// Where the secret comes from (without reading a file or running a command).
    pub fn secret_source(&self) -> Option<Source> {
        self.secret.as_ref().map(SecretSpec::source)
    }

    /// Whether the profile was named by `--profile` or `LKCTL_PROFILE` (and so beats
    /// the environment) rather than being the default one.
    pub fn explicit_profile(&self) -> bool {
        self.explicit_profile
    }

    /// S3 settings from flags, the environment and the profile's `[s3]` table.
    /// `Ok(None)` when no bucket is configured anywhere; an error when a bucket is
    /// set but credentials are missing (naming the flag, variable and profile key).
    pub fn s3(&self, ov: &S3Overrides) -> Result<Option<S3Settings>> {
        let p = self.s3_profile.clone().unwrap_or_default();
        let bucket = self.s3_value(&ov.bucket, &["LKCTL_S3_BUCKET"], &p.bucket);
        let Some(bucket) = bucket else {
            return Ok(None);
        };
        let missing = |what: &str, flag: &str, vars: &str, key: &str| {
            Error::Config(format!(
                "no S3 {what}: pass {flag}, set {vars}, or add `{key}` to the profile's [s3] table"
            ))
        };
        let access_key = self
            .s3_value(
                &ov.access_key,
                &["LKCTL_S3_ACCESS_KEY", "AWS_ACCESS_KEY_ID"],
                &p.access_key,
            )
            .ok_or_else(|| {
                missing(
                    "access key",
                    "--access-key",
                    "LKCTL_S3_ACCESS_KEY or AWS_ACCESS_KEY_ID",
                    "access_key",
                )
            })?;
        let profile_has_secret = p.secret_key.is_some() || p.secret_key_file.is_some();
        let env_secret = if self.explicit_profile && profile_has_secret {
            None
        } else {
            self.s3_env(&["LKCTL_S3_SECRET_KEY", "AWS_SECRET_ACCESS_KEY"])
        };
        let secret_key = match ov.secret_key.clone().or(env_secret) {
            Some(s) => Secret::new(s),
            None => match (&p.secret_key, &p.secret_key_file) {
                (Some(s), _) => s.clone(),
                (None, Some(path)) => {
                    let text = crate::fsutil::read_input_text(
                        path,
                        crate::fsutil::MAX_SECRET_BYTES,
                        "s3.secret_key_file",
                    )?;
                    Secret::new(text.trim())
                }
                (None, None) => {
                    return Err(missing(
                        "secret key",
                        "--secret-key",
                        "LKCTL_S3_SECRET_KEY or AWS_SECRET_ACCESS_KEY",
                        "secret_key",
                    ));
                }
            },
        };
        let endpoint = self.s3_value(
            &ov.endpoint,
            &["LKCTL_S3_ENDPOINT", "AWS_ENDPOINT_URL"],
            &p.endpoint,
        );
        if let Some(e) = &endpoint {
            url::Url::parse(e).map_err(|err| {
                Error::invalid("s3 endpoint", format!("`{e}` is not a URL ({err})"))
            })?;
        }
        Ok(Some(S3Settings {
            bucket,
            region: self
                .s3_value(&ov.region, &["LKCTL_S3_REGION", "AWS_REGION"], &p.region)
                .unwrap_or_else(|| "us-east-1".into()),
            endpoint,
            access_key,
            secret_key,
            path_style: ov.path_style
                || self
                    .s3_env(&["LKCTL_S3_PATH_STYLE"])
                    .is_some_and(|v| v == "1" || v.eq_ignore_ascii_case("true"))
                || p.path_style.unwrap_or(false),
            egress_upload: p.egress_upload.unwrap_or(false),
        }))
    }

    /// The secret with its source, reading a file or running a command if the profile says so.
    pub fn api_secret(&self) -> Result<Option<Sourced<Secret>>> {
        Ok(match &self.secret {
            None => None,
            Some(SecretSpec::Plain(s, src)) => Some(Sourced {
                value: s.clone(),
                source: src.clone(),
            }),
            Some(SecretSpec::File(path, profile)) => {
                let text = crate::fsutil::read_input_text(
                    path,
                    crate::fsutil::MAX_SECRET_BYTES,
                    &format!("api_secret_file of profile {profile}"),
                )?;
                let value = text.trim().to_string();
                if value.is_empty() {
                    return Err(Error::Config(format!(
                        "api_secret_file {} of profile {profile} is empty",
                        path.display()
                    )));
                }
                Some(Sourced {
                    value: Secret::new(value),
                    source: Source::SecretFile {
                        profile: profile.clone(),
                        path: path.clone(),
                    },
                })
            }
            Some(SecretSpec::Command(cmd, profile)) => {
                let (status, stdout, stderr) = run_secret_command(cmd, profile)?;
                if !status.success() {
                    let said = if stderr.is_empty() {
                        String::new()
                    } else {
                        format!(": {stderr}")
                    };
                    return Err(Error::Config(format!(
                        "api_secret_command of profile {profile} failed ({status}){said}; fix the command or use api_secret_file"
                    )));
                }
                let value = String::from_utf8_lossy(&stdout).trim().to_string();
                if value.is_empty() {
                    return Err(Error::Config(format!(
                        "api_secret_command of profile {profile} printed nothing"
                    )));
                }
                Some(Sourced {
                    value: Secret::new(value),
                    source: Source::SecretCommand {
                        profile: profile.clone(),
                    },
                })
            }
        })
    }

    /// The store's location: the database URL from `--database-url`, `LKCTL_DATABASE_URL`
    /// or the profile, else the default SQLite file (see [`default_database_path`]).
    pub fn database_location(&self) -> Result<String> {
        if let Some(url) = &self.database_url {
            return Ok(url.value.clone());
        }
        let path = self.default_database.as_ref().ok_or_else(|| {
            Error::Config(
                "cannot find a place for the database: set XDG_DATA_HOME or HOME, or pass \
                 --database-url (LKCTL_DATABASE_URL)"
                    .into(),
            )
        })?;
        Ok(path.display().to_string())
    }

    /// API key and secret, or an error naming every source.
    pub fn credentials(&self) -> Result<(String, Secret)> {
        let key = self
            .api_key
            .as_ref()
            .ok_or_else(|| Error::Config(format!("no LiveKit API key: {KEY_SOURCES}")))?;
        let secret = self
            .api_secret()?
            .ok_or_else(|| Error::Config(format!("no LiveKit API secret: {SECRET_SOURCES}")))?;
        Ok((key.value.clone(), secret.value))
    }

    /// URL, key and secret, validated, or an error naming every source.
    pub fn connection(&self) -> Result<Connection> {
        let url = self
            .url
            .as_ref()
            .ok_or_else(|| Error::Config(format!("no LiveKit URL: {URL_SOURCES}")))?;
        validate_url(&url.value)?;
        let (api_key, api_secret) = self.credentials().map_err(|e| match e {
            Error::Config(msg) => {
                Error::Config(format!("{msg} (the URL came from {})", url.source))
            }
            other => other,
        })?;
        Ok(Connection {
            url: url.value.clone(),
            api_key,
            api_secret,
        })
    }

    /// Lines saying which source each value came from (for `--verbose`), secrets masked.
    pub fn describe_sources(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if let Some(p) = &self.profile {
            lines.push(format!("profile: {} (from {})", p.value, p.source));
        }
        if let Some(u) = &self.url {
            lines.push(format!(
                "url: {} (from {})",
                mask_url_password(&u.value),
                u.source
            ));
        }
        if let Some(k) = &self.api_key {
            lines.push(format!("api key: {} (from {})", k.value, k.source));
        }
        match &self.secret {
            Some(SecretSpec::Plain(s, src)) => {
                lines.push(format!("api secret: {} (from {src})", s.masked()))
            }
            Some(SecretSpec::File(path, p)) => lines.push(format!(
                "api secret: from file {} (profile {p})",
                path.display()
            )),
            Some(SecretSpec::Command(_, p)) => {
                lines.push(format!("api secret: from command (profile {p})"))
            }
            None => {}
        }
        lines
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    /// The ENVIRONMENT section of the man page is generated from `ENV_VARS`: every variable
    /// this file reads must be in it (the test reads the file's own code, tests excluded).
    #[test]
    fn env_vars_lists_every_variable_the_config_reads() {
        let src = include_str!("config.rs");
        let code = &src[..src.find("#[cfg(test)]").unwrap()];
        let listed: Vec<&str> = ENV_VARS.iter().map(|(name, _)| *name).collect();
        let mut missing = Vec::new();
        for piece in code.split('"').skip(1).step_by(2) {
            let is_var = ["LIVEKIT_", "LKCTL_", "AWS_", "XDG_"]
                .iter()
                .any(|p| piece.starts_with(p))
                || piece == "HOME";
            let name_like = piece
                .chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
            if is_var && name_like && !listed.contains(&piece) {
                missing.push(piece);
            }
        }
        assert!(missing.is_empty(), "not in ENV_VARS: {missing:?}");
        for name in S3_ENV_VARS {
            assert!(listed.contains(&name), "{name}");
        }
    }

    #[test]
    fn default_database_follows_xdg_then_home() {
        let p = default_database_path(&env(&[("XDG_DATA_HOME", "/x/data"), ("HOME", "/home/u")]));
        assert_eq!(p, Some(PathBuf::from("/x/data/lkctl/lkctl.db")));
        let p = default_database_path(&env(&[("XDG_DATA_HOME", ""), ("HOME", "/home/u")]));
        assert_eq!(
            p,
            Some(PathBuf::from("/home/u/.local/share/lkctl/lkctl.db"))
        );
        assert_eq!(default_database_path(&env(&[])), None);
    }

    #[test]
    fn default_dev_data_dir_follows_xdg_then_home() {
        let p = default_dev_data_dir(&env(&[("XDG_DATA_HOME", "/x/data"), ("HOME", "/home/u")]));
        assert_eq!(p, Some(PathBuf::from("/x/data/lkctl/dev")));
        let p = default_dev_data_dir(&env(&[("XDG_DATA_HOME", ""), ("HOME", "/home/u")]));
        assert_eq!(p, Some(PathBuf::from("/home/u/.local/share/lkctl/dev")));
        assert_eq!(default_dev_data_dir(&env(&[])), None);
    }

    fn file_with(name: &str, p: Profile, default: bool) -> ConfigFile {
        let mut f = ConfigFile::default();
        f.profiles.insert(name.into(), p);
        if default {
            f.default_profile = Some(name.into());
        }
        f
    }

    fn prof() -> Profile {
        Profile {
            url: "https://p.example".into(),
            api_key: "pkey".into(),
            api_secret: Some(Secret::new("psecret-0123456789")),
            ..Profile::default()
        }
    }

    #[test]
    fn flags_beat_env_beat_profile() {
        let f = file_with("prod", prof(), true);
        let e = env(&[(ENV_URL, "https://env.example"), (ENV_API_KEY, "ekey")]);
        let ov = Overrides {
            url: Some("https://flag.example".into()),
            ..Default::default()
        };
        let r = resolve(&ov, &e, &f, PathBuf::from("x")).unwrap();
        let c = r.connection().unwrap();
        assert_eq!(c.url, "https://flag.example");
        assert_eq!(c.api_key, "ekey");
        assert_eq!(c.api_secret.expose(), "psecret-0123456789");
        assert_eq!(
            r.url.unwrap().source,
            Source::Flag {
                flag: "--url".into()
            }
        );
        assert_eq!(
            r.api_key.unwrap().source,
            Source::Env {
                var: ENV_API_KEY.into()
            }
        );
    }

    #[test]
    fn explicit_profile_beats_env_but_default_profile_does_not() {
        let mut f = file_with("prod", prof(), true);
        f.profiles.insert(
            "staging".into(),
            Profile {
                url: "https://staging.example".into(),
                api_key: "skey".into(),
                api_secret: Some(Secret::new("ssecret-0123456789")),
                ..Profile::default()
            },
        );
        let e = env(&[
            (ENV_URL, "https://env.example"),
            (ENV_API_KEY, "ekey"),
            (ENV_API_SECRET, "esecret-0123456789"),
        ]);
        // --profile: the named profile wins over LIVEKIT_*.
        let ov = Overrides {
            profile: Some("staging".into()),
            ..Default::default()
        };
        let r = resolve(&ov, &e, &f, PathBuf::new()).unwrap();
        let c = r.connection().unwrap();
        assert_eq!(c.url, "https://staging.example");
        assert_eq!(c.api_key, "skey");
        assert_eq!(c.api_secret.expose(), "ssecret-0123456789");
        assert!(r.explicit_profile());
        assert_eq!(
            r.shadowed("url"),
            &[Source::Env {
                var: ENV_URL.into()
            }]
        );
        assert_eq!(r.shadowed("api_secret").len(), 1);
        // LKCTL_PROFILE is explicit too.
        let mut e2 = e.clone();
        e2.insert(ENV_PROFILE.into(), "staging".into());
        let r = resolve(&Overrides::default(), &e2, &f, PathBuf::new()).unwrap();
        assert_eq!(r.connection().unwrap().url, "https://staging.example");
        // A flag still beats the named profile.
        let ov = Overrides {
            profile: Some("staging".into()),
            url: Some("https://flag.example".into()),
            ..Default::default()
        };
        let r = resolve(&ov, &e, &f, PathBuf::new()).unwrap();
        assert_eq!(r.connection().unwrap().url, "https://flag.example");
        assert_eq!(r.shadowed("url").len(), 2);
        // The default profile loses to the environment.
        let r = resolve(&Overrides::default(), &e, &f, PathBuf::new()).unwrap();
        let c = r.connection().unwrap();
        assert_eq!(c.url, "https://env.example");
        assert_eq!(c.api_secret.expose(), "esecret-0123456789");
        assert!(!r.explicit_profile());
        // Values the named profile lacks still come from the environment.
        let e3 = env(&[(ENV_DATABASE_URL, "postgres://env/db")]);
        let r = resolve(&ov, &e3, &f, PathBuf::new()).unwrap();
        assert_eq!(r.database_url.unwrap().value, "postgres://env/db");
    }

    #[test]
    fn explicit_profile_s3_beats_env() {
        let p = Profile {
            s3: Some(S3Profile {
                bucket: Some("pbucket".into()),
                access_key: Some("pak".into()),
                secret_key: Some(Secret::new("psk-0123456789")),
                ..Default::default()
            }),
            ..prof()
        };
        let f = file_with("p", p, false);
        let e = env(&[
            ("LKCTL_S3_BUCKET", "ebucket"),
            ("AWS_ACCESS_KEY_ID", "eak"),
            ("AWS_SECRET_ACCESS_KEY", "esk"),
        ]);
        let ov = Overrides {
            profile: Some("p".into()),
            ..Default::default()
        };
        let r = resolve(&ov, &e, &f, PathBuf::new()).unwrap();
        let s = r.s3(&S3Overrides::default()).unwrap().unwrap();
        assert_eq!(s.bucket, "pbucket");
        assert_eq!(s.access_key, "pak");
        assert_eq!(s.secret_key.expose(), "psk-0123456789");
    }

    #[test]
    fn url_passwords_are_masked_even_when_the_url_does_not_parse() {
        for bad in [
            "https://ada:hunter2@exa mple.com/x",
            "wss://ada:hunter2@[::1",
        ] {
            let masked = mask_url_password(bad);
            assert!(!masked.contains("hunter2"), "{masked}");
            assert!(masked.contains("ada:********@"), "{masked}");
            let err = validate_url(bad).expect_err("not a URL").to_string();
            assert!(!err.contains("hunter2"), "{err}");
        }
        assert_eq!(mask_url_password("not a url"), "not a url");
    }

    #[test]
    fn url_passwords_are_masked_in_sources() {
        let e = env(&[(ENV_URL, "https://admin:hunter2@lk.example")]);
        let r = resolve(
            &Overrides::default(),
            &e,
            &ConfigFile::default(),
            PathBuf::new(),
        )
        .unwrap();
        let lines = r.describe_sources().join("\n");
        assert!(!lines.contains("hunter2"), "{lines}");
        assert!(lines.contains("admin:********@lk.example"), "{lines}");
    }

    #[test]
    fn url_without_secret_names_all_sources() {
        let e = env(&[(ENV_URL, "https://env.example"), (ENV_API_KEY, "k")]);
        let r = resolve(
            &Overrides::default(),
            &e,
            &ConfigFile::default(),
            PathBuf::new(),
        )
        .unwrap();
        let msg = r.connection().unwrap_err().to_string();
        assert!(
            msg.contains("--api-secret")
                && msg.contains("LIVEKIT_API_SECRET")
                && msg.contains("profile")
        );
    }

    #[test]
    fn no_url_is_an_error_not_localhost() {
        let r = resolve(
            &Overrides::default(),
            &env(&[]),
            &ConfigFile::default(),
            PathBuf::new(),
        )
        .unwrap();
        let msg = r.connection().unwrap_err().to_string();
        assert!(
            msg.contains("--url") && msg.contains("LIVEKIT_URL"),
            "{msg}"
        );
    }

    #[test]
    fn unknown_profile_is_an_error() {
        let ov = Overrides {
            profile: Some("nope".into()),
            ..Default::default()
        };
        let err = resolve(&ov, &env(&[]), &ConfigFile::default(), PathBuf::new()).unwrap_err();
        assert!(err.to_string().contains("nope"));
    }

    #[test]
    fn env_profile_selects_profile() {
        let mut f = file_with("a", prof(), true);
        f.profiles.insert(
            "b".into(),
            Profile {
                url: "https://b.example".into(),
                ..prof()
            },
        );
        let r = resolve(
            &Overrides::default(),
            &env(&[(ENV_PROFILE, "b")]),
            &f,
            PathBuf::new(),
        )
        .unwrap();
        assert_eq!(r.connection().unwrap().url, "https://b.example");
    }

    #[test]
    fn secret_from_command_and_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        std::fs::write(&path, "file-secret-value\n").unwrap();
        let p = Profile {
            api_secret: None,
            api_secret_file: Some(path),
            ..prof()
        };
        let r = resolve(
            &Overrides::default(),
            &env(&[]),
            &file_with("f", p, true),
            PathBuf::new(),
        )
        .unwrap();
        assert_eq!(r.credentials().unwrap().1.expose(), "file-secret-value");

        let p = Profile {
            api_secret: None,
            api_secret_command: Some("echo cmd-secret".into()),
            ..prof()
        };
        let r = resolve(
            &Overrides::default(),
            &env(&[]),
            &file_with("c", p, true),
            PathBuf::new(),
        )
        .unwrap();
        assert_eq!(r.credentials().unwrap().1.expose(), "cmd-secret");

        let p = Profile {
            api_secret: None,
            api_secret_command: Some("exit 3".into()),
            ..prof()
        };
        let r = resolve(
            &Overrides::default(),
            &env(&[]),
            &file_with("c", p, true),
            PathBuf::new(),
        )
        .unwrap();
        assert!(r.credentials().is_err());
    }

    #[test]
    fn s3_settings_merge_flag_env_and_profile() {
        let p = Profile {
            s3: Some(S3Profile {
                bucket: Some("pbucket".into()),
                access_key: Some("pak".into()),
                secret_key: Some(Secret::new("psk-0123456789")),
                path_style: Some(true),
                egress_upload: Some(true),
                ..Default::default()
            }),
            ..prof()
        };
        let f = file_with("p", p, true);
        let e = env(&[("AWS_ACCESS_KEY_ID", "envak")]);
        let r = resolve(&Overrides::default(), &e, &f, PathBuf::new()).unwrap();
        let ov = S3Overrides {
            bucket: Some("flagbucket".into()),
            ..Default::default()
        };
        let s = r.s3(&ov).unwrap().unwrap();
        assert_eq!(s.bucket, "flagbucket");
        assert_eq!(s.access_key, "envak");
        assert_eq!(s.secret_key.expose(), "psk-0123456789");
        assert!(s.path_style && s.egress_upload);
        assert_eq!(s.region, "us-east-1");

        let r = resolve(
            &Overrides::default(),
            &env(&[]),
            &ConfigFile::default(),
            PathBuf::new(),
        )
        .unwrap();
        assert!(r.s3(&S3Overrides::default()).unwrap().is_none());
        let e = env(&[("LKCTL_S3_BUCKET", "b")]);
        let r = resolve(
            &Overrides::default(),
            &e,
            &ConfigFile::default(),
            PathBuf::new(),
        )
        .unwrap();
        let err = r.s3(&S3Overrides::default()).unwrap_err().to_string();
        assert!(
            err.contains("--access-key") && err.contains("AWS_ACCESS_KEY_ID"),
            "{err}"
        );
    }

    #[test]
    fn bad_scheme_is_rejected() {
        assert!(validate_url("ftp://x").is_err());
        assert!(validate_url("localhost:7880").is_err());
        assert!(validate_url("wss://x.livekit.cloud").is_ok());
    }

    #[cfg(unix)]
    #[test]
    fn save_is_0600_and_load_roundtrips() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("sub/config.toml");
        let f = file_with("x", prof(), true);
        save(&path, &f).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        assert_eq!(load(&path).unwrap(), f);
    }

    #[test]
    fn malformed_file_names_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        std::fs::write(&path, "profiles = 3").unwrap();
        let err = load(&path).unwrap_err().to_string();
        assert!(err.contains("config.toml"), "{err}");
    }
}
