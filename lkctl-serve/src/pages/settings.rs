//! `GET /settings`: what this server runs with — the LiveKit URL and whether it answers,
//! the API key and secret masked, the store backend and its migrations, the public URL and
//! the version. Read-only: settings come from flags, the environment and the profile.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use lkctl_core::config::mask_url_password;
use lkctl_core::ops::rooms;
use lkctl_core::secret::mask;
use lkctl_core::store::BackendKind;

use super::{Layout, Page, user_message};
use crate::error::ApiResult;
use crate::state::AppState;

/// The settings page.
#[derive(Template)]
#[template(path = "settings.html")]
pub struct SettingsPage {
    /// Frame.
    pub l: Layout,
    /// LiveKit URL.
    pub livekit_url: String,
    /// `ok`, or what failed.
    pub livekit_status: Result<(), String>,
    /// API key, masked.
    pub api_key: String,
    /// API secret, masked.
    pub api_secret: String,
    /// Where the key came from (`flag`, `env LIVEKIT_API_KEY`, `profile x`).
    pub profile: String,
    /// `SQLite` or `PostgreSQL`.
    pub backend: &'static str,
    /// Store location, password masked.
    pub store_url: String,
    /// Applied migrations.
    pub applied: usize,
    /// Latest applied version.
    pub latest: Option<i64>,
    /// Pending migrations (should be none: serve migrates at start).
    pub pending: usize,
    /// Public URL of this server.
    pub public_url: String,
    /// lkctl version.
    pub version: &'static str,
}

/// `GET /settings`.
pub async fn show(State(state): State<AppState>, page: Page) -> ApiResult<Response> {
    let config = state.core.config();
    let livekit_status = match rooms::list(state.livekit(), &[]).await {
        Ok(_) => Ok(()),
        Err(e) => Err(user_message(&e).unwrap_or_else(|| "internal error (see the log)".into())),
    };
    let status = state.store.status().await?;
    let tpl = SettingsPage {
        l: page.layout("Settings", "settings"),
        livekit_url: config
            .url
            .as_ref()
            .map(|u| mask_url_password(&u.value))
            .unwrap_or_default(),
        livekit_status,
        api_key: mask(&state.api_key),
        api_secret: state.api_secret.masked(),
        profile: config
            .profile
            .as_ref()
            .map(|p| p.value.clone())
            .unwrap_or_else(|| "none (flags and environment)".into()),
        backend: match status.backend {
            BackendKind::Sqlite => "SQLite",
            BackendKind::Postgres => "PostgreSQL",
        },
        store_url: state.store.display_url().to_string(),
        applied: status.applied.len(),
        latest: status.applied.last().map(|m| m.version),
        pending: status.pending.len(),
        public_url: state.options.public_url.to_string(),
        version: env!("CARGO_PKG_VERSION"),
    };
    page.render(&tpl)
}
