//! `lkctl token create|inspect|verify`.

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use clap::{Args, Subcommand};
use lkctl_core::Error;
use lkctl_core::token::{self, IssuedToken, TokenInfo, TokenRequest};
use serde_json::Value;

use super::{arg_or_stdin, parse_key_val};
use crate::exit::Result;
use crate::output::Output;
use crate::{Ctx, parse_duration};

/// Token verbs.
#[derive(Debug, Subcommand)]
pub enum TokenCmd {
    /// Create an access token (needs the API key and secret; no server call)
    #[command(after_long_help = CREATE_EXAMPLES)]
    Create(Box<CreateArgs>),
    /// Decode a token without its secret: header, claims, grants, expiry
    Inspect {
        /// The token, or `-` to read it from stdin
        token: String,
    },
    /// Check a token's signature and validity with the configured key and secret (exit 4 if invalid)
    Verify {
        /// The token, or `-` to read it from stdin
        token: String,
    },
}

const CREATE_EXAMPLES: &str = "\
Examples:
  lkctl token create --join --room demo --identity alice
  lkctl token create --join --room demo --identity bot --kind agent --can-publish false
  lkctl token create --admin --room demo --valid-for 10m -o plain
  lkctl token create --join --room demo --identity alice --join-url https://meet.livekit.io/custom";

/// Flags of `token create`: one per grant.
#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Participant identity (required with --join)
    #[arg(long)]
    pub identity: Option<String>,
    /// Display name
    #[arg(long)]
    pub name: Option<String>,
    /// Room the grants apply to (required with --join and --admin)
    #[arg(long)]
    pub room: Option<String>,
    /// Participant metadata
    #[arg(long)]
    pub metadata: Option<String>,
    /// Participant attribute, repeatable
    #[arg(long = "attribute", value_name = "KEY=VALUE", value_parser = parse_key_val)]
    pub attributes: Vec<(String, String)>,
    /// Participant kind
    #[arg(long, value_parser = token::PARTICIPANT_KINDS)]
    pub kind: Option<String>,

    /// Grant roomJoin: join --room
    #[arg(long, help_heading = "Video grants")]
    pub join: bool,
    /// Grant roomCreate: create and delete rooms
    #[arg(long, help_heading = "Video grants")]
    pub create: bool,
    /// Grant roomList: list rooms
    #[arg(long, help_heading = "Video grants")]
    pub list: bool,
    /// Grant roomAdmin on --room: moderate participants
    #[arg(long, help_heading = "Video grants")]
    pub admin: bool,
    /// Grant roomRecord: use the Egress API
    #[arg(long, help_heading = "Video grants")]
    pub record: bool,
    /// Grant ingressAdmin: use the Ingress API
    #[arg(long, help_heading = "Video grants")]
    pub ingress_admin: bool,
    /// Whether the participant may publish tracks (LiveKit's default: true)
    #[arg(long, value_name = "BOOL", help_heading = "Video grants")]
    pub can_publish: Option<bool>,
    /// Whether the participant may subscribe to tracks (LiveKit's default: true)
    #[arg(long, value_name = "BOOL", help_heading = "Video grants")]
    pub can_subscribe: Option<bool>,
    /// Whether the participant may publish data (LiveKit's default: same as --can-publish)
    #[arg(long, value_name = "BOOL", help_heading = "Video grants")]
    pub can_publish_data: Option<bool>,
    /// Restrict publishing to these sources (comma-separated)
    #[arg(
        long,
        value_delimiter = ',',
        value_name = "SOURCES",
        value_parser = token::PUBLISH_SOURCES,
        help_heading = "Video grants"
    )]
    pub publish_sources: Vec<String>,
    /// Let the participant update its own name, metadata and attributes
    #[arg(long, help_heading = "Video grants")]
    pub can_update_metadata: bool,
    /// Hide the participant from others
    #[arg(long, help_heading = "Video grants")]
    pub hidden: bool,
    /// Grant the legacy video.agent flag (prefer --kind agent)
    #[arg(long, help_heading = "Video grants")]
    pub agent: bool,

    /// Grant sip.admin: manage SIP trunks and dispatch rules
    #[arg(long, help_heading = "SIP grants")]
    pub sip_admin: bool,
    /// Grant sip.call: place outbound SIP calls
    #[arg(long, help_heading = "SIP grants")]
    pub sip_call: bool,

    /// Lifetime, e.g. 30m, 6h (a warning is printed above 24h)
    #[arg(long, value_name = "DURATION", default_value = "6h", value_parser = parse_duration)]
    pub valid_for: Duration,
    /// Start of validity: RFC 3339 time or a duration from now (e.g. 10m)
    #[arg(long, value_name = "TIME", value_parser = parse_not_before)]
    pub not_before: Option<SystemTime>,
    /// Room configuration JSON file (livekit.RoomConfiguration, e.g. agent dispatch)
    #[arg(long, value_name = "FILE")]
    pub room_config: Option<PathBuf>,
    /// Print a join link: BASE?liveKitUrl=<url>&token=<token>
    #[arg(long, value_name = "BASE")]
    pub join_url: Option<String>,
    /// Do not warn on stderr (token without grants, banned identity, long lifetime)
    #[arg(long)]
    pub no_warn: bool,
}

/// A warning when lkctl's store holds a ban on `identity` in `room` (or everywhere).
/// The store is consulted only if one is configured or the default file exists, so
/// minting a token never creates a database.
async fn ban_warning(ctx: &Ctx, room: Option<&str>, identity: Option<&str>) -> Option<String> {
    let identity = identity.filter(|i| !i.is_empty())?;
    let resolved = ctx.resolved().ok()?;
    if resolved.database_url.is_none() {
        let path = resolved.database_location().ok()?;
        if !std::path::Path::new(&path).exists() {
            return None;
        }
    }
    let store = match ctx.store().await {
        Ok(s) => s,
        Err(e) => return Some(format!("cannot check bans for {identity}: {}", e.error)),
    };
    let room = room.unwrap_or_default();
    // The store opened, so the core handle exists; its clock decides whether a ban is in force.
    let now = ctx.core().ok()?.clock().now();
    match lkctl_core::ops::bans::active_ban(store, room, None, None, Some(identity), now).await {
        Ok(Some(ban)) => Some(format!(
            "{identity} is banned ({}, ban {}){}: lkctl will remove them when they join",
            if ban.room.is_none() || room.is_empty() {
                "in every room".to_string()
            } else {
                format!("in room {room}")
            },
            ban.id,
            ban.reason
                .as_deref()
                .map(|r| format!(", reason: {r}"))
                .unwrap_or_default()
        )),
        Ok(None) => None,
        Err(e) => Some(format!("cannot check bans for {identity}: {e}")),
    }
}

/// Parse `--not-before`: an RFC 3339 timestamp or a duration from now.
pub fn parse_not_before(s: &str) -> std::result::Result<SystemTime, String> {
    if let Ok(t) = time::OffsetDateTime::parse(s, &time::format_description::well_known::Rfc3339) {
        return Ok(t.into());
    }
    match humantime::parse_duration(s) {
        Ok(d) => Ok(SystemTime::now() + d),
        Err(_) => Err(format!(
            "`{s}` is neither an RFC 3339 time (2030-01-01T09:00:00Z) nor a duration (10m)"
        )),
    }
}

/// Read a RoomConfiguration JSON file (camelCase or snake_case keys).
fn read_room_config(path: &Path) -> Result<livekit_protocol::RoomConfiguration> {
    let text = lkctl_core::fsutil::read_input_text(
        path,
        lkctl_core::fsutil::MAX_INPUT_BYTES,
        "room-config",
    )?;
    serde_json::from_str(&text).map_err(|e| {
        Error::invalid(
            "room-config",
            format!(
                "{} is not a valid room configuration: {e}; expected JSON such as {{\"agents\":[{{\"agentName\":\"my-agent\"}}]}}",
                path.display()
            ),
        )
        .into()
    })
}

impl CreateArgs {
    fn request(self, livekit_url: Option<String>) -> Result<TokenRequest> {
        let room_config = self
            .room_config
            .as_deref()
            .map(read_room_config)
            .transpose()?;
        Ok(TokenRequest {
            identity: self.identity,
            name: self.name,
            room: self.room,
            metadata: self.metadata,
            attributes: self.attributes.into_iter().collect(),
            kind: self.kind,
            room_join: self.join,
            room_create: self.create,
            room_list: self.list,
            room_admin: self.admin,
            room_record: self.record,
            ingress_admin: self.ingress_admin,
            can_publish: self.can_publish,
            can_subscribe: self.can_subscribe,
            can_publish_data: self.can_publish_data,
            can_publish_sources: self.publish_sources,
            can_update_own_metadata: self.can_update_metadata.then_some(true),
            hidden: self.hidden,
            agent: self.agent,
            sip_admin: self.sip_admin,
            sip_call: self.sip_call,
            valid_for: Some(self.valid_for),
            not_before: self.not_before,
            room_config,
            join_url_base: self.join_url,
            livekit_url,
        })
    }
}

/// The names of the grants set to true, for the table view.
fn grant_names(grants: &Value) -> String {
    let Some(map) = grants.as_object() else {
        return "-".into();
    };
    let mut names: Vec<String> = map
        .iter()
        .filter_map(|(k, v)| match v {
            Value::Bool(true) => Some(k.clone()),
            Value::Bool(false) if k.starts_with("can") => Some(format!("{k}=false")),
            Value::Array(a) if !a.is_empty() => Some(format!(
                "{k}={}",
                a.iter()
                    .filter_map(Value::as_str)
                    .collect::<Vec<_>>()
                    .join("+")
            )),
            _ => None,
        })
        .collect();
    names.sort();
    if names.is_empty() {
        "-".into()
    } else {
        names.join(", ")
    }
}

fn dash(s: &str) -> String {
    if s.is_empty() {
        "-".into()
    } else {
        s.to_string()
    }
}

/// Video grants, then SIP grants when there are any, for the table view.
fn all_grant_names(video: &Value, sip: &Value) -> String {
    let grants = grant_names(video);
    match grant_names(sip).as_str() {
        "-" => grants,
        sip => format!("{grants}; sip: {sip}"),
    }
}

fn issued_output(t: &IssuedToken) -> Output {
    let grants = all_grant_names(&t.grants, &t.sip_grants);
    let mut fields = vec![
        ("identity".to_string(), dash(&t.identity)),
        ("name".to_string(), dash(&t.name)),
        ("room".to_string(), dash(&t.room)),
        ("kind".to_string(), dash(&t.kind)),
        ("grants".to_string(), grants),
        ("not_before".to_string(), t.not_before.clone()),
        ("expires_at".to_string(), t.expires_at.clone()),
    ];
    if let Some(u) = &t.join_url {
        fields.push(("join_url".to_string(), u.clone()));
    }
    fields.push(("token".to_string(), t.token.clone()));
    let json = serde_json::to_value(t).unwrap_or(Value::Null);
    Output::fields(json, fields).with_plain(t.token.clone())
}

fn info_output(i: &TokenInfo) -> Output {
    let fields = vec![
        ("api_key".to_string(), dash(&i.api_key)),
        ("identity".to_string(), dash(&i.identity)),
        ("name".to_string(), dash(&i.name)),
        ("room".to_string(), dash(&i.room)),
        ("kind".to_string(), dash(&i.kind)),
        (
            "grants".to_string(),
            all_grant_names(&i.grants, &i.sip_grants),
        ),
        (
            "not_before".to_string(),
            i.not_before.clone().unwrap_or_else(|| "-".into()),
        ),
        (
            "expires_at".to_string(),
            i.expires_at.clone().unwrap_or_else(|| "-".into()),
        ),
        ("expires".to_string(), i.expires_in.clone()),
        ("expired".to_string(), i.expired.to_string()),
        (
            "verified".to_string(),
            if i.verified {
                "true".to_string()
            } else {
                "false (signature not checked)".to_string()
            },
        ),
        ("header".to_string(), i.header.to_string()),
        ("claims".to_string(), i.claims.to_string()),
    ];
    let json = serde_json::to_value(i).unwrap_or(Value::Null);
    Output::fields(json, fields)
}

impl TokenCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Create(args) => {
                let resolved = ctx.resolved()?;
                let (key, secret) = resolved.credentials()?;
                let livekit_url = resolved.url.as_ref().map(|u| u.value.clone());
                let no_warn = args.no_warn;
                let req = args.request(livekit_url)?;
                let issued = token::create(&key, &secret, &req)?;
                if !no_warn {
                    for w in &issued.warnings {
                        ctx.warn(w);
                    }
                    let room = req.room.as_deref();
                    if let Some(w) = ban_warning(ctx, room, req.identity.as_deref()).await {
                        ctx.warn(w);
                    }
                }
                Ok(issued_output(&issued))
            }
            Self::Inspect { token } => {
                let token = arg_or_stdin(&token, "token")?;
                let info = token::inspect(&token)?;
                if token::is_unsigned(&info.header) {
                    ctx.warn(
                        "alg: none: this token is unsigned; anyone could have written it and LiveKit refuses it",
                    );
                }
                ctx.note(
                    "note: the signature was not verified (`lkctl token verify` checks it with the API secret)",
                );
                if info.expired {
                    ctx.note(format!(
                        "note: this token has expired ({})",
                        info.expires_in
                    ));
                }
                Ok(info_output(&info))
            }
            Self::Verify { token } => {
                let token = arg_or_stdin(&token, "token")?;
                let (key, secret) = ctx.resolved()?.credentials()?;
                let info = token::verify(&token, &key, &secret)?;
                Ok(info_output(&info).with_message(format!(
                    "token is valid: signed with the secret of API key {key}, expires {}",
                    info.expires_in
                )))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn not_before_takes_rfc3339_or_duration() {
        let t = parse_not_before("2030-01-01T09:00:00Z").unwrap();
        assert_eq!(
            t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs(),
            1_893_488_400
        );
        let soon = parse_not_before("10m").unwrap();
        assert!(soon > SystemTime::now() + Duration::from_secs(590));
        assert!(parse_not_before("tomorrow").is_err());
    }

    #[test]
    fn grant_names_lists_true_flags_and_explicit_denials() {
        let g = serde_json::json!({"roomJoin": true, "room": "r", "canPublish": false, "canPublishSources": ["camera"], "roomAdmin": false});
        assert_eq!(
            grant_names(&g),
            "canPublish=false, canPublishSources=camera, roomJoin"
        );
    }
}
