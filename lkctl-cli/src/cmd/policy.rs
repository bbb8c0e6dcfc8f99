//! `lkctl room policy set|show` and `lkctl room invite`: who may join a room and how.
//!
//! Policies live in lkctl's store, not in LiveKit. The PIN is stored only as an argon2 hash
//! and never shown: views say `pin_set`.

use clap::{Args, Subcommand, ValueEnum};
use lkctl_core::ops::policy::{self, PinChange, PolicyUpdate, RoomPolicy};
use serde_json::json;

use super::arg_or_stdin;
use super::args::actor;
use crate::Ctx;
use crate::exit::Result;
use crate::output::{Output, Tabular};

/// `on` or `off`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OnOff {
    On,
    Off,
}

impl From<OnOff> for bool {
    fn from(v: OnOff) -> bool {
        v == OnOff::On
    }
}

/// Policy verbs.
#[derive(Debug, Subcommand)]
pub enum PolicyCmd {
    /// Create or change a room's guest policy; flags not given keep their value
    Set(SetArgs),
    /// Show a room's policy (the PIN itself is never shown)
    Show {
        /// Room name
        room: String,
    },
}

/// Flags of `room policy set`.
#[derive(Debug, Args)]
pub struct SetArgs {
    /// Room name
    pub room: String,
    /// Host identity (repeatable; replaces the host list)
    #[arg(long = "host", value_name = "IDENTITY")]
    pub hosts: Vec<String>,
    /// Require this PIN (4–32 letters or digits; `-` reads it from stdin)
    #[arg(long, value_name = "PIN", conflicts_with = "no_pin")]
    pub pin: Option<String>,
    /// Require no PIN
    #[arg(long)]
    pub no_pin: bool,
    /// Guests wait in the lobby for a host's approval
    #[arg(long, value_enum, value_name = "on|off")]
    pub lobby: Option<OnOff>,
    /// Guests join without publish rights
    #[arg(long, value_enum, value_name = "on|off")]
    pub webinar: Option<OnOff>,
    /// Most guests admitted at once
    #[arg(long, value_name = "N", conflicts_with = "no_max_guests")]
    pub max_guests: Option<i64>,
    /// Remove the guest limit
    #[arg(long)]
    pub no_max_guests: bool,
    /// Live transcription, captions and a summary by `lkctl agent run`
    #[arg(long, value_enum, value_name = "on|off")]
    pub transcribe: Option<OnOff>,
}

/// Flags of `room invite`.
#[derive(Debug, Args)]
pub struct InviteArgs {
    /// Room name
    pub room: String,
    /// Replace the code; the old one stops working
    #[arg(long)]
    pub rotate: bool,
}

impl Tabular for RoomPolicy {
    fn headers() -> Vec<&'static str> {
        vec![
            "room",
            "hosts",
            "pin_set",
            "lobby",
            "webinar",
            "max_guests",
            "invite_code",
            "transcribe",
            "created_at",
            "updated_at",
        ]
    }
    fn row(&self) -> Vec<String> {
        let or_dash = |s: String| if s.is_empty() { "-".into() } else { s };
        vec![
            self.room.clone(),
            or_dash(self.hosts.join(",")),
            self.pin_set.to_string(),
            on_off(self.lobby),
            on_off(self.webinar),
            self.max_guests.map_or("-".into(), |n| n.to_string()),
            self.invite_code.clone().unwrap_or_else(|| "-".into()),
            on_off(self.transcribe),
            self.created_at.to_string(),
            self.updated_at.to_string(),
        ]
    }
}

fn on_off(b: bool) -> String {
    if b { "on" } else { "off" }.into()
}

impl SetArgs {
    fn update(&self) -> Result<PolicyUpdate> {
        let pin = match (&self.pin, self.no_pin) {
            (Some(p), _) => Some(PinChange::Set(arg_or_stdin(p, "pin")?)),
            (None, true) => Some(PinChange::Clear),
            (None, false) => None,
        };
        Ok(PolicyUpdate {
            hosts: (!self.hosts.is_empty()).then(|| self.hosts.clone()),
            pin,
            lobby: self.lobby.map(bool::from),
            webinar: self.webinar.map(bool::from),
            max_guests: match (self.max_guests, self.no_max_guests) {
                (Some(n), _) => Some(Some(n)),
                (None, true) => Some(None),
                (None, false) => None,
            },
            transcribe: self.transcribe.map(bool::from),
        })
    }
}

impl PolicyCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Set(args) => {
                let update = args.update()?;
                let store = ctx.store().await?;
                let p = policy::set(store, &args.room, update, &actor()).await?;
                Ok(Output::done(format!("set the policy of room {}", p.room)).with_json(&p))
            }
            Self::Show { room } => {
                let store = ctx.store().await?;
                Ok(Output::one(&policy::show(store, &room).await?))
            }
        }
    }
}

impl InviteArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let store = ctx.store().await?;
        if self.rotate {
            // Show "not found" before asking, and never prompt for a room without a policy.
            policy::show(store, &self.room).await?;
            ctx.confirm(&format!(
                "replace the invite code of room {} (the old code stops working)",
                self.room
            ))?;
        }
        let code = policy::invite(store, &self.room, self.rotate, &actor()).await?;
        let json = json!({ "room": self.room, "invite_code": code, "rotated": self.rotate });
        let mut out = Output::text(code.clone(), json);
        if self.rotate {
            out = out.with_message(format!("new invite code for room {}", self.room));
        }
        Ok(out)
    }
}
