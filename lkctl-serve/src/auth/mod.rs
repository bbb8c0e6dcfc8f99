//! Who is calling, and what each route lets them do.
//!
//! A request carries at most one credential: `Authorization: Bearer lkt_…` (an API token;
//! a bad one is a 401, never a silent downgrade to anonymous), `Authorization: Bearer lkg_…`
//! (a guest session, likewise), the session cookie or the guest cookie (an unknown or
//! expired cookie counts as anonymous, so a stale cookie does not lock anyone out of the
//! login route or the join form). [`Access`] is what a route requires; [`crate::routes`] declares one
//! per route and [`authorize`] is the only place that decides.

pub mod csrf;
pub mod login;

use std::net::{IpAddr, SocketAddr};

use axum::extract::ConnectInfo;
use axum::http::{HeaderMap, Request, header};
use lkctl_core::Error;
use lkctl_core::ops::guests::{self, GuestSession};
use lkctl_core::ops::policy;
use lkctl_core::ops::users::{self, Principal, Role};

use crate::error::ApiError;
use crate::state::{AppState, ServeOptions};

/// Cookie name of browser sessions: `__Host-lkctl_sid` over https (which requires `Secure`,
/// path `/` and no domain), `lkctl_sid` over plain http.
pub fn session_cookie_name(options: &ServeOptions) -> &'static str {
    if options.is_https() {
        "__Host-lkctl_sid"
    } else {
        "lkctl_sid"
    }
}

/// Cookie name of guest sessions: `__Host-lkctl_guest` over https, `lkctl_guest` over http.
pub fn guest_cookie_name(options: &ServeOptions) -> &'static str {
    if options.is_https() {
        "__Host-lkctl_guest"
    } else {
        "lkctl_guest"
    }
}

/// How a guest authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GuestVia {
    /// The guest cookie (subject to CSRF checks).
    Cookie {
        /// The guest session's synchronizer token.
        csrf_token: String,
    },
    /// `Authorization: Bearer lkg_…` (exempt from CSRF checks).
    Bearer,
}

/// How a user authenticated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Via {
    /// Browser session cookie (subject to CSRF checks).
    Session {
        /// `LS_…` id.
        id: String,
        /// The session's synchronizer token.
        csrf_token: String,
    },
    /// API token (exempt from CSRF checks: browsers never send it on their own).
    Token,
}

/// The caller of a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Caller {
    /// No credential.
    Anonymous,
    /// A user, through a session or an API token.
    User {
        /// The user and effective role.
        principal: Principal,
        /// How they authenticated.
        via: Via,
    },
    /// An admitted guest, through its guest session: its own room's chat, files and hand.
    Guest {
        /// The guest session (room, identity, display name).
        guest: GuestSession,
        /// How it authenticated.
        via: GuestVia,
    },
}

impl Caller {
    /// The principal, if a user.
    pub fn principal(&self) -> Option<&Principal> {
        match self {
            Self::User { principal, .. } => Some(principal),
            Self::Anonymous | Self::Guest { .. } => None,
        }
    }

    /// The name written to the audit log.
    pub fn actor(&self) -> String {
        match self {
            Self::User { principal, .. } => format!("user:{}", principal.user.username),
            Self::Guest { guest, .. } => format!("guest:{}", guest.identity),
            Self::Anonymous => "anonymous".into(),
        }
    }
}

/// A cookie's value from the `Cookie` headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(k, _)| *k == name)
        .map(|(_, v)| v.trim_matches('"'))
        .filter(|v| !v.is_empty())
}

fn bearer(headers: &HeaderMap) -> Option<std::result::Result<&str, ()>> {
    let value = headers.get(header::AUTHORIZATION)?;
    let text = value.to_str().map_err(|_| ());
    Some(text.and_then(|t| {
        let (scheme, rest) = t.split_once(' ').ok_or(())?;
        if scheme.eq_ignore_ascii_case("bearer") && !rest.trim().is_empty() {
            Ok(rest.trim())
        } else {
            Err(())
        }
    }))
}

/// Find the caller of a request from its headers.
pub async fn identify(state: &AppState, headers: &HeaderMap) -> Result<Caller, ApiError> {
    if let Some(b) = bearer(headers) {
        let secret = b.map_err(|_| {
            ApiError::unauthenticated("the Authorization header must be `Bearer <API token>`")
        })?;
        if secret.starts_with(guests::GUEST_SECRET_PREFIX) {
            return match guests::find(&state.bans, secret).await? {
                Some(g) => Ok(Caller::Guest {
                    guest: g.session,
                    via: GuestVia::Bearer,
                }),
                None => Err(ApiError::unauthenticated(
                    "your guest session has ended (removed, banned, expired or replaced); \
                     join again with the invite link",
                )),
            };
        }
        let principal = users::authenticate_token(&state.store, secret).await?;
        return Ok(Caller::User {
            principal,
            via: Via::Token,
        });
    }
    if let Some(secret) = cookie(headers, session_cookie_name(&state.options))
        && let Some(s) = users::find_session(&state.store, secret, state.options.sessions).await?
    {
        return Ok(Caller::User {
            principal: s.principal,
            via: Via::Session {
                id: s.id,
                csrf_token: s.csrf_token,
            },
        });
    }
    if let Some(secret) = cookie(headers, guest_cookie_name(&state.options))
        && let Some(g) = guests::find(&state.bans, secret).await?
    {
        return Ok(Caller::Guest {
            guest: g.session,
            via: GuestVia::Cookie {
                csrf_token: g.csrf_token,
            },
        });
    }
    Ok(Caller::Anonymous)
}

/// The client's address: the peer, or, when the peer is a trusted proxy, the right-most
/// address in `X-Forwarded-For` that is not itself a trusted proxy.
pub fn client_addr(options: &ServeOptions, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
    let peer = peer.to_canonical();
    if !options.is_trusted_proxy(peer) {
        return peer;
    }
    let forwarded: Vec<IpAddr> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .map(|a| a.parse::<IpAddr>().map(|ip| ip.to_canonical()))
        .collect::<Result<_, _>>()
        .unwrap_or_default();
    forwarded
        .into_iter()
        .rev()
        .find(|ip| !options.is_trusted_proxy(*ip))
        .unwrap_or(peer)
}

/// The client address of a request (see [`client_addr`]); unknown peers (in-process tests
/// without `ConnectInfo`) count as the unspecified address.
pub fn request_client_addr<B>(options: &ServeOptions, req: &Request<B>) -> IpAddr {
    let peer = req
        .extensions()
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip())
        .unwrap_or(IpAddr::from([0, 0, 0, 0]));
    client_addr(options, peer, req.headers())
}

/// What a route requires of its caller.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone (health checks, login, the guest join form).
    Public,
    /// Anyone; the handler checks a signature or a claim secret itself (webhooks, a guest's
    /// own lobby entry).
    SelfAuthenticated,
    /// Any user; the handler only shows the caller's own data.
    User,
    /// A host of the room named by the route's `{room}` parameter, or an admin.
    RoomHost,
    /// Admins only.
    Admin,
    /// An admitted guest's session; the handler acts in the session's own room only.
    Guest,
}

/// Decide whether `caller` may use a route with `access`; `room` is the route's `{room}`.
pub async fn authorize(
    state: &AppState,
    access: Access,
    caller: &Caller,
    room: Option<&str>,
) -> Result<(), ApiError> {
    match (access, caller) {
        (Access::Public | Access::SelfAuthenticated, _) => return Ok(()),
        (Access::Guest, Caller::Guest { .. }) => return Ok(()),
        (Access::Guest, Caller::User { .. }) => {
            return Err(ApiError::forbidden(
                "this route is for admitted guests: it needs a guest session",
            ));
        }
        (Access::Guest, Caller::Anonymous) => {
            return Err(ApiError::unauthenticated(
                "join the room first: this route needs a guest session",
            ));
        }
        (_, Caller::Guest { .. }) => {
            return Err(ApiError::forbidden(
                "guests may only use the guest routes of their own room",
            ));
        }
        _ => {}
    }
    let Some(principal) = caller.principal() else {
        return Err(ApiError::unauthenticated(
            "log in or send `Authorization: Bearer <API token>`",
        ));
    };
    match access {
        Access::Public | Access::SelfAuthenticated | Access::User => Ok(()),
        Access::Guest => Err(ApiError::forbidden("guests only")),
        Access::Admin if principal.role == Role::Admin => Ok(()),
        Access::Admin => Err(ApiError::forbidden("admins only")),
        Access::RoomHost => {
            let room = room.ok_or_else(|| ApiError::internal("RoomHost route without {room}"))?;
            if hosts_room(state, principal, room).await? {
                Ok(())
            } else {
                Err(ApiError::forbidden(format!(
                    "you are not a host of room `{room}`"
                )))
            }
        }
    }
}

/// Admins host every room; hosts the rooms whose policy lists their identity.
pub async fn hosts_room(
    state: &AppState,
    principal: &Principal,
    room: &str,
) -> Result<bool, ApiError> {
    if principal.role == Role::Admin {
        return Ok(true);
    }
    match policy::show(&state.store, room).await {
        Ok(p) => Ok(p.hosts.contains(&principal.user.identity)),
        Err(Error::NotFound { .. }) | Err(Error::Invalid { .. }) => Ok(false),
        Err(e) => Err(e.into()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn cookies_are_found_among_others() {
        let mut h = HeaderMap::new();
        h.append(
            header::COOKIE,
            HeaderValue::from_static("a=1; lkctl_sid=xyz"),
        );
        h.append(header::COOKIE, HeaderValue::from_static("b=2"));
        assert_eq!(cookie(&h, "lkctl_sid"), Some("xyz"));
        assert_eq!(cookie(&h, "b"), Some("2"));
        assert_eq!(cookie(&h, "c"), None);
    }

    #[test]
    fn forwarded_for_is_believed_only_from_trusted_proxies() {
        let mut o = ServeOptions::new("127.0.0.1:0".parse().unwrap());
        o.trusted_proxies = vec!["10.0.0.0/8".parse().unwrap()];
        let mut h = HeaderMap::new();
        h.insert(
            "x-forwarded-for",
            HeaderValue::from_static("1.1.1.1, 2.2.2.2, 10.0.0.5"),
        );
        let from_proxy = client_addr(&o, "10.0.0.1".parse().unwrap(), &h);
        assert_eq!(from_proxy, "2.2.2.2".parse::<IpAddr>().unwrap());
        let direct = client_addr(&o, "3.3.3.3".parse().unwrap(), &h);
        assert_eq!(direct, "3.3.3.3".parse::<IpAddr>().unwrap());
        h.insert("x-forwarded-for", HeaderValue::from_static("garbage"));
        let bad = client_addr(&o, "10.0.0.1".parse().unwrap(), &h);
        assert_eq!(bad, "10.0.0.1".parse::<IpAddr>().unwrap());
    }
}
