//! Profiles: add, list, remove, use, show. Listings never contain secrets.

use std::path::{Path, PathBuf};

use serde::Serialize;

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
