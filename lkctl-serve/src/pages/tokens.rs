//! Tokens: the sandbox (`GET /tokens`, `POST /tokens` to mint with any grant,
//! `POST /tokens/inspect` to decode or verify a pasted token) and the join token of a room
//! (`POST /rooms/{room}/token`). Minted tokens are in the answer to the POST only (shown
//! once, never in a cookie or a redirect); every response is `Cache-Control: no-store`.

use std::collections::BTreeMap;
use std::time::Duration;

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::response::Response;
use lkctl_core::Error;
use lkctl_core::token::{self, IssuedToken, TokenInfo, TokenRequest};
use serde::Deserialize;
use serde_json::Value;

use super::fmt::{When, duration, parse_duration};
use super::{Layout, Page, user_message};
use crate::error::ApiResult;
use crate::state::AppState;

/// Track sources a form may restrict publishing to, with their labels.
pub const SOURCES: [(&str, &str); 4] = [
    ("camera", "Camera"),
    ("microphone", "Microphone"),
    ("screen_share", "Screen share"),
    ("screen_share_audio", "Screen share audio"),
];

/// A minted token as a page shows it.
pub struct IssuedView {
    /// The JWT.
    pub token: String,
    /// Identity.
    pub identity: String,
    /// Room.
    pub room: String,
    /// Grants set, as words.
    pub grants: String,
    /// Start of validity.
    pub not_before: When,
    /// Expiry.
    pub expires_at: When,
    /// Lifetime, human.
    pub valid_for: String,
    /// Join link, when a base was given.
    pub join_url: Option<String>,
    /// Advice (no grants, long lifetime).
    pub warnings: Vec<String>,
}

impl IssuedView {
    fn new(t: IssuedToken) -> Self {
        Self {
            grants: grant_words(&t.grants, &t.sip_grants),
            not_before: When::rfc3339(&t.not_before),
            expires_at: When::rfc3339(&t.expires_at),
            valid_for: duration(t.valid_for_secs),
            identity: t.identity,
            room: t.room,
            join_url: t.join_url,
            warnings: t.warnings,
            token: t.token,
        }
    }
}

/// A decoded token as a page shows it.
pub struct InspectedView {
    /// Whether the signature was checked and is good.
    pub verified: bool,
    /// API key (issuer).
    pub api_key: String,
    /// Identity.
    pub identity: String,
    /// Name.
    pub name: String,
    /// Room.
    pub room: String,
    /// Kind.
    pub kind: String,
    /// Grants set, as words.
    pub grants: String,
    /// Expiry.
    pub expires_at: When,
    /// `in 5h 59m` / `3m ago`.
    pub expires_in: String,
    /// Whether it has expired.
    pub expired: bool,
    /// Unsigned (`alg: none`).
    pub unsigned: bool,
    /// Header and claims, pretty JSON.
    pub header: String,
    /// Claims, pretty JSON.
    pub claims: String,
}

impl InspectedView {
    fn new(i: TokenInfo) -> Self {
        Self {
            verified: i.verified,
            unsigned: token::is_unsigned(&i.header),
            grants: grant_words(&i.grants, &i.sip_grants),
            expires_at: i
                .expires_at
                .as_deref()
                .map(When::rfc3339)
                .unwrap_or_else(When::unknown),
            expires_in: i.expires_in,
            expired: i.expired,
            header: serde_json::to_string_pretty(&i.header).unwrap_or_default(),
            claims: serde_json::to_string_pretty(&i.claims).unwrap_or_default(),
            api_key: dash(i.api_key),
            identity: dash(i.identity),
            name: dash(i.name),
            room: dash(i.room),
            kind: dash(i.kind),
        }
    }
}

/// `—` for an empty value, so a fact never reads as missing markup.
fn dash(s: String) -> String {
    if s.is_empty() { "—".into() } else { s }
}

/// The grants set to true (and explicit denials), as `room_join, can_publish=false`.
pub fn grant_words(video: &Value, sip: &Value) -> String {
    let mut words = Vec::new();
    for (prefix, grants) in [("", video), ("sip.", sip)] {
        let Some(map) = grants.as_object() else {
            continue;
        };
        for (k, v) in map {
            match v {
                Value::Bool(true) => words.push(format!("{prefix}{k}")),
                Value::Bool(false) if k.starts_with("can") => {
                    words.push(format!("{prefix}{k}=false"))
                }
                Value::Array(a) if !a.is_empty() => words.push(format!(
                    "{prefix}{k}={}",
                    a.iter()
                        .filter_map(Value::as_str)
                        .collect::<Vec<_>>()
                        .join("+")
                )),
                _ => {}
            }
        }
    }
    words.sort();
    if words.is_empty() {
        "none".into()
    } else {
        words.join(", ")
    }
}

/// Fields of the sandbox's mint form. Checkboxes are present (`on`) or absent.
#[derive(Debug, Default, Deserialize)]
#[allow(missing_docs)]
pub struct MintForm {
    #[serde(default)]
    pub identity: String,
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub room: String,
    #[serde(default)]
    pub metadata: String,
    /// `key=value` lines.
    #[serde(default)]
    pub attributes: String,
    #[serde(default)]
    pub kind: String,
    #[serde(default)]
    pub ttl: String,
    #[serde(default)]
    pub join_url: String,
    pub room_join: Option<String>,
    pub room_create: Option<String>,
    pub room_list: Option<String>,
    pub room_admin: Option<String>,
    pub room_record: Option<String>,
    pub ingress_admin: Option<String>,
    /// `default`, `true` or `false`.
    #[serde(default)]
    pub can_publish: String,
    #[serde(default)]
    pub can_subscribe: String,
    #[serde(default)]
    pub can_publish_data: String,
    pub src_camera: Option<String>,
    pub src_microphone: Option<String>,
    pub src_screen_share: Option<String>,
    pub src_screen_share_audio: Option<String>,
    pub can_update_metadata: Option<String>,
    pub hidden: Option<String>,
    pub agent: Option<String>,
    pub sip_admin: Option<String>,
    pub sip_call: Option<String>,
}

fn tri(field: &'static str, v: &str) -> lkctl_core::Result<Option<bool>> {
    match v {
        "" | "default" => Ok(None),
        "true" => Ok(Some(true)),
        "false" => Ok(Some(false)),
        other => Err(Error::invalid(
            field,
            format!("`{other}`: default, true or false"),
        )),
    }
}

fn text(v: &str) -> Option<String> {
    let v = v.trim();
    (!v.is_empty()).then(|| v.to_string())
}

impl MintForm {
    fn request(&self, livekit_url: Option<String>) -> lkctl_core::Result<TokenRequest> {
        let ttl = match text(&self.ttl) {
            None => token::DEFAULT_TTL,
            Some(t) => {
                Duration::from_secs(parse_duration(&t).filter(|s| *s > 0).ok_or_else(|| {
                    Error::invalid("lifetime", format!("`{t}`: e.g. 30m, 6h, 1d"))
                })?)
            }
        };
        let mut attributes = BTreeMap::new();
        for line in self
            .attributes
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            let (k, v) = line.split_once('=').ok_or_else(|| {
                Error::invalid("attributes", format!("`{line}`: one key=value per line"))
            })?;
            attributes.insert(k.trim().to_string(), v.trim().to_string());
        }
        let kind = text(&self.kind);
        if let Some(k) = &kind
            && !token::PARTICIPANT_KINDS.contains(&k.as_str())
        {
            return Err(Error::invalid(
                "kind",
                format!("unknown participant kind `{k}`"),
            ));
        }
        let sources = [
            (&self.src_camera, "camera"),
            (&self.src_microphone, "microphone"),
            (&self.src_screen_share, "screen_share"),
            (&self.src_screen_share_audio, "screen_share_audio"),
        ]
        .into_iter()
        .filter(|(on, _)| on.is_some())
        .map(|(_, s)| s.to_string())
        .collect();
        Ok(TokenRequest {
            identity: text(&self.identity),
            name: text(&self.name),
            room: text(&self.room),
            metadata: text(&self.metadata),
            attributes,
            kind,
            room_join: self.room_join.is_some(),
            room_create: self.room_create.is_some(),
            room_list: self.room_list.is_some(),
            room_admin: self.room_admin.is_some(),
            room_record: self.room_record.is_some(),
            ingress_admin: self.ingress_admin.is_some(),
            can_publish: tri("can publish", &self.can_publish)?,
            can_subscribe: tri("can subscribe", &self.can_subscribe)?,
            can_publish_data: tri("can publish data", &self.can_publish_data)?,
            can_publish_sources: sources,
            can_update_own_metadata: self.can_update_metadata.is_some().then_some(true),
            hidden: self.hidden.is_some(),
            agent: self.agent.is_some(),
            sip_admin: self.sip_admin.is_some(),
            sip_call: self.sip_call.is_some(),
            valid_for: Some(ttl),
            not_before: None,
            room_config: None,
            join_url_base: text(&self.join_url),
            livekit_url,
        })
    }
}

/// Fields of the inspect form.
#[derive(Debug, Default, Deserialize)]
pub struct InspectForm {
    /// The pasted token.
    #[serde(default)]
    pub token: String,
    /// Checkbox: also verify the signature with the configured secret.
    pub verify: Option<String>,
}

/// The token sandbox page.
#[derive(Template)]
#[template(path = "tokens/sandbox.html")]
pub struct SandboxPage {
    /// Frame.
    pub l: Layout,
    /// The mint form as last submitted (sticky values).
    pub form: MintForm,
    /// The inspect form as last submitted.
    pub inspect_form: InspectForm,
    /// Sources for the checkboxes.
    pub sources: Vec<(&'static str, &'static str, bool)>,
    /// Participant kinds for the select.
    pub kinds: &'static [&'static str],
    /// Choices of the three-state permission selects.
    pub tri: &'static [&'static str],
    /// The minted token.
    pub issued: Option<IssuedView>,
    /// The decoded token.
    pub inspected: Option<InspectedView>,
    /// What went wrong.
    pub error: Option<String>,
}

impl SandboxPage {
    fn new(page: &Page, form: MintForm, inspect_form: InspectForm) -> Self {
        let sources = SOURCES
            .iter()
            .map(|(v, label)| {
                let on = match *v {
                    "camera" => form.src_camera.is_some(),
                    "microphone" => form.src_microphone.is_some(),
                    "screen_share" => form.src_screen_share.is_some(),
                    _ => form.src_screen_share_audio.is_some(),
                };
                (*v, *label, on)
            })
            .collect();
        Self {
            l: page.layout("Token sandbox", "tokens"),
            form,
            inspect_form,
            sources,
            kinds: &token::PARTICIPANT_KINDS,
            tri: &["default", "true", "false"],
            issued: None,
            inspected: None,
            error: None,
        }
    }

    /// Whether a select's current value is `option` (for `selected`).
    pub fn same(current: &str, option: &str) -> bool {
        current == option
    }

    /// Whether a checkbox of the mint form is ticked.
    pub fn on(v: &Option<String>) -> bool {
        v.is_some()
    }
}

/// `GET /tokens`.
pub async fn sandbox(page: Page) -> ApiResult<Response> {
    let form = MintForm {
        room_join: Some("on".into()),
        ttl: "6h".into(),
        ..Default::default()
    };
    page.render(&SandboxPage::new(&page, form, InspectForm::default()))
}

fn failed(e: Error) -> ApiResult<String> {
    user_message(&e).ok_or_else(|| e.into())
}

/// `POST /tokens`: mint.
pub async fn mint(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<MintForm>,
) -> ApiResult<Response> {
    let livekit_url = state.core.config().url.as_ref().map(|u| u.value.clone());
    let result = form
        .request(livekit_url)
        .and_then(|req| token::create(&state.api_key, &state.api_secret, &req));
    let mut tpl = SandboxPage::new(&page, form, InspectForm::default());
    match result {
        Ok(t) => tpl.issued = Some(IssuedView::new(t)),
        Err(e) => tpl.error = Some(failed(e)?),
    }
    page.render(&tpl)
}

/// `POST /tokens/inspect`: decode, and verify when asked.
pub async fn inspect(
    State(state): State<AppState>,
    page: Page,
    Form(form): Form<InspectForm>,
) -> ApiResult<Response> {
    let pasted = form.token.trim().to_string();
    let result = if form.verify.is_some() {
        token::verify(&pasted, &state.api_key, &state.api_secret)
    } else {
        token::inspect(&pasted)
    };
    let mint = MintForm {
        room_join: Some("on".into()),
        ttl: "6h".into(),
        ..Default::default()
    };
    let mut tpl = SandboxPage::new(&page, mint, form);
    match result {
        Ok(i) => tpl.inspected = Some(InspectedView::new(i)),
        Err(e) => tpl.error = Some(failed(e)?),
    }
    page.render(&tpl)
}

/// Fields of a room's join-token form.
#[derive(Debug, Deserialize)]
pub struct JoinForm {
    /// Identity.
    pub identity: String,
    /// Display name.
    #[serde(default)]
    pub name: String,
    /// Lifetime.
    #[serde(default)]
    pub ttl: String,
    /// Checkbox: may publish.
    pub can_publish: Option<String>,
    /// Join link base.
    #[serde(default)]
    pub join_url: String,
}

/// `POST /rooms/{room}/token`: a join token for this room, shown on the room's page.
pub async fn room_token(
    State(state): State<AppState>,
    page: Page,
    Path(room): Path<String>,
    Form(form): Form<JoinForm>,
) -> ApiResult<Response> {
    let mint = MintForm {
        identity: form.identity,
        name: form.name,
        room: room.clone(),
        ttl: form.ttl,
        join_url: form.join_url,
        room_join: Some("on".into()),
        can_publish: if form.can_publish.is_some() {
            "true".into()
        } else {
            "false".into()
        },
        ..Default::default()
    };
    let livekit_url = state.core.config().url.as_ref().map(|u| u.value.clone());
    let issued = mint.request(livekit_url).and_then(|req| {
        if req.identity.is_none() {
            return Err(Error::invalid("identity", "a join token needs an identity"));
        }
        token::create(&state.api_key, &state.api_secret, &req)
    });
    match issued {
        Ok(t) => super::rooms::room_page(&state, &page, &room, Some(IssuedView::new(t))).await,
        Err(e) => super::after::<()>(Err(e), &super::room_path(&room), |_| String::new()),
    }
}
