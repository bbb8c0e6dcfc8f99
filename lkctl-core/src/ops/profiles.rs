//! Profiles: add, list, remove, use, show. Listings never contain secrets.

use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::config::{self, Profile, Resolved, Source};
use crate::error::{Error, Result};
use crate::secret::Secret;

/// One profile as listed: no secret, only how it is stored.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProfileSummary {
    pub name: String,
    pub url: String,
    pub api_key: String,
    /// `inline`, `file`, `command` or `none`.
    pub secret_storage: String,
    pub is_default: bool,
}

/// A resolved value and where it came from, for `profile show`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ShownValue {
    pub value: String,
    pub source: String,
    /// Lower-precedence sources that also set this value and were ignored.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub overrides: Vec<String>,
    /// Why the value could not be obtained (a failing secret command or file);
    /// `value` is then empty and the rest of `profile show` still prints.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// What `profile show` prints: resolved values, secret masked.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ProfileShow {
    pub config_path: String,
    pub profile: Option<ShownValue>,
    pub url: Option<ShownValue>,
    pub api_key: Option<ShownValue>,
    pub api_secret: Option<ShownValue>,
    pub database_url: Option<ShownValue>,
}

/// How `profile add` gets the secret.
#[derive(Debug, Clone)]
pub enum SecretInput {
    Inline(Secret),
    File(PathBuf),
    Command(String),
}

/// Add (or replace, with `replace`) a profile.
pub fn add(
    path: &Path,
    name: &str,
    url: &str,
    api_key: &str,
    secret: SecretInput,
    make_default: bool,
    replace: bool,
) -> Result<ProfileSummary> {
    config::validate_profile_name(name)?;
    config::validate_url(url)?;
    if api_key.trim().is_empty() {
        return Err(Error::invalid("api key", "must not be empty"));
    }
    let mut file = config::load(path)?;
    if file.profiles.contains_key(name) && !replace {
        return Err(Error::Conflict(format!(
            "profile `{name}` already exists; remove it first or pass --replace"
        )));
    }
    let mut profile = Profile {
        url: url.into(),
        api_key: api_key.into(),
        ..Profile::default()
    };
    match secret {
        SecretInput::Inline(s) if s.is_empty() => {
            return Err(Error::invalid("api secret", "must not be empty"));
        }
        SecretInput::Inline(s) => profile.api_secret = Some(s),
        SecretInput::File(p) => profile.api_secret_file = Some(p),
        SecretInput::Command(c) => profile.api_secret_command = Some(c),
    }
    if let Some(existing) = file.profiles.get(name) {
        profile.database_url = existing.database_url.clone();
    }
    file.profiles.insert(name.to_string(), profile);
    if make_default || file.profiles.len() == 1 {
        file.default_profile = Some(name.to_string());
    }
    config::save(path, &file)?;
    Ok(summary(&file, name))
}

fn summary(file: &config::ConfigFile, name: &str) -> ProfileSummary {
    let p = &file.profiles[name];
    ProfileSummary {
        name: name.to_string(),
        url: config::mask_url_password(&p.url),
        api_key: p.api_key.clone(),
        secret_storage: p.secret_storage().to_string(),
        is_default: file.default_profile.as_deref() == Some(name),
    }
}

/// All profiles, sorted by name.
pub fn list(path: &Path) -> Result<Vec<ProfileSummary>> {
    let file = config::load(path)?;
    Ok(file.profiles.keys().map(|n| summary(&file, n)).collect())
}

/// Remove a profile; an unknown name is an error.
pub fn remove(path: &Path, name: &str) -> Result<()> {
    let mut file = config::load(path)?;
    if file.profiles.remove(name).is_none() {
        return Err(Error::NotFound {
            what: "profile",
            id: name.to_string(),
        });
    }
    if file.default_profile.as_deref() == Some(name) {
        file.default_profile = None;
    }
    config::save(path, &file)
}

/// Make a profile the default.
pub fn use_profile(path: &Path, name: &str) -> Result<ProfileSummary> {
    let mut file = config::load(path)?;
    if !file.profiles.contains_key(name) {
        return Err(Error::NotFound {
            what: "profile",
            id: name.to_string(),
        });
    }
    file.default_profile = Some(name.to_string());
    config::save(path, &file)?;
    Ok(summary(&file, name))
}

fn shown(value: impl Into<String>, source: &Source) -> ShownValue {
    ShownValue {
        value: value.into(),
        source: source.to_string(),
        overrides: Vec::new(),
        error: None,
    }
}

impl ShownValue {
    fn overriding(mut self, resolved: &Resolved, setting: &str) -> Self {
        self.overrides = resolved
            .shadowed(setting)
            .iter()
            .map(ToString::to_string)
            .collect();
        self
    }
}

/// The resolved configuration with sources, secret masked. Reading a secret
/// file or running a secret command happens here, so failures show up — in the
/// `api_secret` entry, not as a failure of the whole command.
pub fn show(resolved: &Resolved) -> Result<ProfileShow> {
    let secret = match resolved.api_secret() {
        Ok(s) => s.map(|s| shown(s.value.masked(), &s.source)),
        Err(e) => Some(ShownValue {
            value: String::new(),
            source: resolved
                .secret_source()
                .map(|s| s.to_string())
                .unwrap_or_default(),
            overrides: Vec::new(),
            error: Some(e.to_string()),
        }),
    };
    Ok(ProfileShow {
        config_path: resolved.config_path.display().to_string(),
        profile: resolved
            .profile
            .as_ref()
            .map(|p| shown(p.value.clone(), &p.source)),
        url: resolved
            .url
            .as_ref()
            .map(|u| shown(mask_url_password(&u.value), &u.source).overriding(resolved, "url")),
        api_key: resolved
            .api_key
            .as_ref()
            .map(|k| shown(k.value.clone(), &k.source).overriding(resolved, "api_key")),
        api_secret: secret.map(|s| s.overriding(resolved, "api_secret")),
        database_url: resolved.database_url.as_ref().map(|d| {
            shown(mask_url_password(&d.value), &d.source).overriding(resolved, "database_url")
        }),
    })
}

pub use crate::config::mask_url_password;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::{Overrides, resolve};
    use std::collections::BTreeMap;

    #[test]
    fn add_list_use_remove() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config.toml");
        let secret = SecretInput::Inline(Secret::new("very-secret-value-123"));
        let a = add(
            &path,
            "a",
            "https://a.example",
            "ka",
            secret.clone(),
            false,
            false,
        )
        .unwrap();
        assert!(a.is_default, "the first profile becomes the default");
        add(
            &path,
            "b",
            "https://b.example",
            "kb",
            SecretInput::Command("echo x".into()),
            false,
            false,
        )
        .unwrap();
        assert!(add(&path, "b", "https://b.example", "kb", secret, false, false).is_err());
        let listed = list(&path).unwrap();
        assert_eq!(listed.len(), 2);
        assert_eq!(listed[1].secret_storage, "command");
        let json = serde_json::to_string(&listed).unwrap();
        assert!(!json.contains("very-secret-value-123"));
        assert!(use_profile(&path, "b").unwrap().is_default);
        assert!(matches!(remove(&path, "zzz"), Err(Error::NotFound { .. })));
        remove(&path, "b").unwrap();
        assert_eq!(list(&path).unwrap().len(), 1);
    }

    #[test]
    fn show_masks_secret() {
        let env: BTreeMap<String, String> = [
            ("LIVEKIT_URL".to_string(), "https://x.example".to_string()),
            ("LIVEKIT_API_KEY".to_string(), "k".to_string()),
            (
                "LIVEKIT_API_SECRET".to_string(),
                "0123456789abcdef".to_string(),
            ),
        ]
        .into();
        let r = resolve(&Overrides::default(), &env, &Default::default(), "c".into()).unwrap();
        let s = show(&r).unwrap();
        let secret = s.api_secret.unwrap();
        assert_eq!(secret.value, "01********ef");
        assert_eq!(secret.source, "env LIVEKIT_API_SECRET");
    }

    #[test]
    fn masks_database_password() {
        assert_eq!(
            mask_url_password("postgres://u:pw@h/db"),
            "postgres://u:********@h/db"
        );
        assert_eq!(mask_url_password("/tmp/x.db"), "/tmp/x.db");
    }
}

/// LiveKit's CLI configuration (`~/.livekit/cli-config.yaml`), the parts lkctl imports;
/// other keys (users, theme, device name) are ignored.
#[derive(Debug, Default, Deserialize)]
struct LkCliConfig {
    #[serde(default)]
    default_project: Option<String>,
    #[serde(default)]
    projects: Option<Vec<LkProject>>,
}

/// One `lk` project: a name, the server URL and the API key pair.
#[derive(Debug, Default, Deserialize)]
struct LkProject {
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    url: Option<String>,
    #[serde(default)]
    api_key: Option<String>,
    #[serde(default)]
    api_secret: Option<String>,
}

/// What `profile import` did with one project.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    /// Added as a new profile (or would be, in a dry run).
    Added,
    /// Replaced the profile of the same name (`--overwrite`).
    Replaced,
    /// Left alone: a profile of that name exists (pass `--overwrite`), or the name came
    /// twice in the source.
    Skipped,
    /// Not importable (no name, URL, key or secret, or an unusable URL); see `reason`.
    Invalid,
}

impl ImportAction {
    /// The snake_case name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Added => "added",
            Self::Replaced => "replaced",
            Self::Skipped => "skipped",
            Self::Invalid => "invalid",
        }
    }
}

/// One project of the source as imported: the secret masked.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportedProfile {
    /// The lkctl profile name (the project's name with characters a profile name cannot
    /// hold replaced by `-`).
    pub name: String,
    /// The project's name in the source, as written there.
    pub project: String,
    /// Server URL (any password masked).
    pub url: String,
    pub api_key: String,
    /// The secret, masked.
    pub api_secret: String,
    pub action: ImportAction,
    /// Why it was skipped or is invalid.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// True when this profile is lkctl's default after the import.
    pub is_default: bool,
}

/// What `profile import` did.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ImportReport {
    /// The file read.
    pub source: String,
    /// lkctl's config file written (or that would be, in a dry run).
    pub config_path: String,
    /// True when nothing was written.
    pub dry_run: bool,
    /// Every project of the source, in its order.
    pub profiles: Vec<ImportedProfile>,
}

impl ImportReport {
    /// How many projects had `action`.
    pub fn count(&self, action: ImportAction) -> usize {
        self.profiles.iter().filter(|p| p.action == action).count()
    }
}

/// Longest `lk` configuration file read, in bytes (a few projects take a few hundred).
pub const MAX_LK_CONFIG_BYTES: u64 = 1024 * 1024;

/// Read LiveKit's CLI configuration file (bounded; a FIFO or device is refused).
pub fn read_lk_config(path: &Path) -> Result<String> {
    crate::fsutil::read_input_text(path, MAX_LK_CONFIG_BYTES, "lk configuration file")
}

/// A profile name for an `lk` project name: characters a profile name cannot hold become
/// `-`, at most 64 characters.
fn profile_name_for(project: &str) -> String {
    project
        .trim()
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.') {
                c
            } else {
                '-'
            }
        })
        .take(64)
        .collect()
}

/// Import the projects of LiveKit's CLI configuration (`text`, read from `source`) into
/// lkctl's config file at `path`: one profile per project, named after it. A project whose
/// profile name exists is skipped unless `overwrite`; a project without a name, URL, key or
/// secret is reported invalid. The `lk` default project becomes lkctl's default when lkctl
/// has none. The file is written once, atomically with mode 0600, unless `dry_run` or
/// nothing changed.
pub fn import_lk(
    path: &Path,
    source: &str,
    text: &str,
    overwrite: bool,
    dry_run: bool,
) -> Result<ImportReport> {
    let lk: LkCliConfig = if text.trim().is_empty() {
        LkCliConfig::default()
    } else if crate::request_file::nesting_depth(text) > crate::request_file::MAX_NESTING {
        return Err(Error::invalid(
            "lk configuration",
            format!(
                "{source} nests `[` or `{{` deeper than {} levels",
                crate::request_file::MAX_NESTING
            ),
        ));
    } else {
        serde_yaml::from_str(text).map_err(|e| {
            Error::invalid(
                "lk configuration",
                format!("{source} is not LiveKit CLI configuration YAML: {e}"),
            )
        })?
    };
    let projects = lk.projects.unwrap_or_default();
    if projects.is_empty() {
        return Err(Error::invalid(
            "lk configuration",
            format!("{source} has no projects (add one with `lk project add`)"),
        ));
    }
    let mut file = config::load(path)?;
    let mut report = Vec::new();
    let mut seen = std::collections::BTreeSet::new();
    let mut lk_default = None;
    for p in projects {
        let project = p.name.clone().unwrap_or_default();
        let name = profile_name_for(&project);
        let url = p.url.clone().unwrap_or_default();
        let api_key = p.api_key.clone().unwrap_or_default().trim().to_string();
        let secret = p.api_secret.clone().unwrap_or_default().trim().to_string();
        let mut row = ImportedProfile {
            name: name.clone(),
            project: project.clone(),
            url: config::mask_url_password(&url),
            api_key: api_key.clone(),
            api_secret: crate::secret::mask(&secret),
            action: ImportAction::Added,
            reason: None,
            is_default: false,
        };
        let problem = if project.trim().is_empty() {
            Some("the project has no name".to_string())
        } else if let Err(e) = config::validate_profile_name(&name) {
            Some(e.to_string())
        } else if let Err(e) = config::validate_url(url.trim()) {
            Some(e.to_string())
        } else if api_key.is_empty() || api_key.chars().any(char::is_control) {
            Some("the project has no usable api_key".to_string())
        } else if secret.is_empty() || secret.chars().any(char::is_control) {
            Some("the project has no usable api_secret".to_string())
        } else {
            None
        };
        if let Some(reason) = problem {
            row.action = ImportAction::Invalid;
            row.reason = Some(reason);
            report.push(row);
            continue;
        }
        if !seen.insert(name.clone()) {
            row.action = ImportAction::Skipped;
            row.reason = Some(format!("a project named `{name}` came earlier in {source}"));
            report.push(row);
            continue;
        }
        if file.profiles.contains_key(&name) {
            if !overwrite {
                row.action = ImportAction::Skipped;
                row.reason = Some(format!(
                    "profile `{name}` exists; pass --overwrite to replace it"
                ));
                report.push(row);
                continue;
            }
            row.action = ImportAction::Replaced;
        }
        let database_url = file
            .profiles
            .get(&name)
            .and_then(|existing| existing.database_url.clone());
        file.profiles.insert(
            name.clone(),
            Profile {
                url: url.trim().to_string(),
                api_key,
                api_secret: Some(Secret::new(secret)),
                database_url,
                ..Profile::default()
            },
        );
        if lk.default_project.as_deref() == Some(project.as_str()) {
            lk_default = Some(name.clone());
        }
        report.push(row);
    }
    let changed = report
        .iter()
        .any(|r| matches!(r.action, ImportAction::Added | ImportAction::Replaced));
    if file.default_profile.is_none() {
        file.default_profile = lk_default.or_else(|| {
            report
                .iter()
                .find(|r| r.action == ImportAction::Added)
                .map(|r| r.name.clone())
        });
    }
    for r in &mut report {
        r.is_default = r.action != ImportAction::Invalid
            && file.default_profile.as_deref() == Some(r.name.as_str());
    }
    if changed && !dry_run {
        config::save(path, &file)?;
    }
    Ok(ImportReport {
        source: source.to_string(),
        config_path: path.display().to_string(),
        dry_run,
        profiles: report,
    })
}

#[cfg(test)]
mod import_tests {
    use super::*;

    #[test]
    fn project_names_become_profile_names() {
        assert_eq!(profile_name_for("prod"), "prod");
        assert_eq!(profile_name_for(" my project/eu "), "my-project-eu");
        assert_eq!(profile_name_for(&"x".repeat(80)).len(), 64);
    }
}
