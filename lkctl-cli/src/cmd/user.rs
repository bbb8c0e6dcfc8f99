//! `lkctl user add|list|remove|passwd|role` and `lkctl user token create|list|revoke`: the
//! users of `lkctl serve` and their API tokens, in lkctl's store.
//!
//! Passwords never come from a flag value (it would show in `ps` and shell history): they
//! are read from a TTY prompt (asked twice), from `--password-file`, or from stdin.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::Duration;

use clap::{Args, Subcommand};
use lkctl_core::Error;
use lkctl_core::ops::users::{self, ApiToken, NewUser, Role, User};

use super::read_file;
use crate::exit::Result;
use crate::output::{Output, Tabular};
use crate::{Ctx, parse_duration};

/// User verbs.
#[derive(Debug, Subcommand)]
pub enum UserCmd {
    /// Create a user (password from a prompt, --password-file or stdin)
    Add {
        /// User name (letters, digits, `.`, `_`, `-`)
        name: String,
        /// Role: admin (everything) or host (the rooms they host)
        #[arg(long, default_value = "host", value_parser = parse_role)]
        role: Role,
        /// LiveKit identity used as a host (default: the user name)
        #[arg(long, value_name = "IDENTITY")]
        identity: Option<String>,
        #[command(flatten)]
        password: PasswordArgs,
    },
    /// Every user
    List,
    /// Delete a user with their API tokens and sessions
    Remove {
        /// User name
        name: String,
    },
    /// Set a user's password (ends their browser sessions)
    Passwd {
        /// User name
        name: String,
        #[command(flatten)]
        password: PasswordArgs,
    },
    /// Change a user's role
    Role {
        /// User name
        name: String,
        /// admin or host
        #[arg(value_parser = parse_role)]
        role: Role,
    },
    /// API tokens for scripts (sent as `Authorization: Bearer`)
    #[command(subcommand)]
    Token(TokenCmd),
}

/// API token verbs.
#[derive(Debug, Subcommand)]
pub enum TokenCmd {
    /// Create a token; its secret is printed once
    Create {
        /// Owner's user name
        user: String,
        /// Label, e.g. the script that uses it
        #[arg(long)]
        name: String,
        /// Role of the token (default and maximum: the owner's)
        #[arg(long, value_parser = parse_role)]
        role: Option<Role>,
        /// Lifetime (e.g. 90d); default: until revoked
        #[arg(long, value_name = "DURATION", value_parser = parse_duration)]
        ttl: Option<Duration>,
    },
    /// Tokens, newest first (never their secrets)
    List {
        /// Only this user's tokens
        user: Option<String>,
    },
    /// Revoke a token at once
    Revoke {
        /// Token id (AT_...)
        id: String,
    },
}

/// Where a password comes from.
#[derive(Debug, Args)]
pub struct PasswordArgs {
    /// Read the password from the first line of this file (else a prompt on a TTY, else
    /// the first line of stdin)
    #[arg(long, value_name = "PATH")]
    pub password_file: Option<PathBuf>,
}

fn parse_role(s: &str) -> std::result::Result<Role, String> {
    Role::parse(s).map_err(|e| e.to_string())
}

fn first_line(bytes: Vec<u8>, what: &str) -> Result<String> {
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::invalid("password", format!("{what} is not UTF-8 text")))?;
    let line = text.lines().next().unwrap_or("").to_string();
    if line.is_empty() {
        return Err(Error::invalid("password", format!("{what} is empty")).into());
    }
    Ok(line)
}

impl PasswordArgs {
    fn read(&self) -> Result<String> {
        if let Some(path) = &self.password_file {
            return first_line(read_file(path)?, &path.display().to_string());
        }
        if std::io::stdin().is_terminal() {
            let prompt = |p: &str| {
                rpassword::prompt_password(p)
                    .map_err(|e| Error::Internal(format!("cannot read the password: {e}")))
            };
            let first = prompt("Password: ")?;
            users::validate_password(&first)?;
            let again = prompt("Again: ")?;
            if first != again {
                return Err(Error::invalid("password", "the two entries differ").into());
            }
            return Ok(first);
        }
        first_line(super::read_stdin()?, "stdin")
    }
}

impl Tabular for User {
    fn headers() -> Vec<&'static str> {
        vec!["USERNAME", "ROLE", "IDENTITY", "DISABLED", "CREATED"]
    }
    fn row(&self) -> Vec<String> {
        vec![
            self.username.clone(),
            self.role.to_string(),
            self.identity.clone(),
            self.disabled.to_string(),
            self.created_at.to_rfc3339(),
        ]
    }
}

impl Tabular for ApiToken {
    fn headers() -> Vec<&'static str> {
        vec![
            "ID",
            "USER",
            "NAME",
            "ROLE",
            "CREATED",
            "LAST USED",
            "EXPIRES",
            "REVOKED",
        ]
    }
    fn row(&self) -> Vec<String> {
        let t = |v: Option<lkctl_core::store::Timestamp>| {
            v.map(|t| t.to_rfc3339()).unwrap_or_else(|| "-".into())
        };
        vec![
            self.id.clone(),
            self.username.clone(),
            self.name.clone(),
            self.role.0.to_string(),
            self.created_at.to_rfc3339(),
            t(self.last_used_at),
            t(self.expires_at),
            t(self.revoked_at),
        ]
    }
}

const ACTOR: &str = "cli";

impl UserCmd {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        match self {
            Self::Add {
                name,
                role,
                identity,
                password,
            } => {
                users::validate_username(&name)?;
                let password = password.read()?;
                let store = ctx.store().await?;
                let user = users::add(
                    store,
                    NewUser {
                        username: name,
                        password,
                        role,
                        identity,
                    },
                    ACTOR,
                )
                .await?;
                Ok(Output::one(&user)
                    .with_message(format!("created {} `{}`", user.role, user.username)))
            }
            Self::List => Ok(Output::list(&users::list(ctx.store().await?).await?)),
            Self::Remove { name } => {
                ctx.confirm(&format!(
                    "delete user `{name}` with their API tokens and sessions"
                ))?;
                let user = users::remove(ctx.store().await?, &name, ACTOR).await?;
                Ok(Output::done(format!("removed user `{}`", user.username)).with_json(&user))
            }
            Self::Passwd { name, password } => {
                let store = ctx.store().await?;
                users::get(store, &name).await?;
                let password = password.read()?;
                let user = users::set_password(store, &name, &password, ACTOR).await?;
                Ok(Output::done(format!(
                    "changed the password of `{}`; their browser sessions ended",
                    user.username
                ))
                .with_json(&user))
            }
            Self::Role { name, role } => {
                let user = users::set_role(ctx.store().await?, &name, role, ACTOR).await?;
                Ok(Output::one(&user)
                    .with_message(format!("`{}` is now {}", user.username, user.role)))
            }
            Self::Token(cmd) => cmd.run(ctx).await,
        }
    }
}

impl TokenCmd {
    async fn run(self, ctx: &Ctx) -> Result<Output> {
        let store = ctx.store().await?;
        match self {
            Self::Create {
                user,
                name,
                role,
                ttl,
            } => {
                let created = users::create_token(store, &user, &name, role, ttl, ACTOR).await?;
                let secret = created.secret.clone();
                Ok(Output::text(
                    secret.clone(),
                    serde_json::to_value(&created).unwrap_or_default(),
                )
                .with_message(format!(
                    "created API token {} for `{}` (role {}); the secret is shown only now",
                    created.token.id, created.token.username, created.token.role.0
                )))
            }
            Self::List { user } => Ok(Output::list(
                &users::list_tokens(store, user.as_deref()).await?,
            )),
            Self::Revoke { id } => {
                let token = users::revoke_token(store, &id, ACTOR).await?;
                Ok(Output::done(format!("revoked API token {}", token.id)).with_json(&token))
            }
        }
    }
}
