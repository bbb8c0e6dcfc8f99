//! Every route of `lkctl serve`, with the access it requires, in one table.
//!
//! The router is built from [`table`] only, so a route cannot exist without a declared
//! [`Access`]; the authorization test walks the same table. Each route gets the [`guard`]
//! middleware: identify the caller, run the CSRF checks on unsafe methods, decide access,
//! and hand the [`Caller`] to the handler as an extension.

use axum::RequestExt;
use axum::Router;
use axum::extract::{RawPathParams, Request, State};
use axum::http::Method;
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, delete, get, patch, post, put};

use crate::api::{
    access_tokens, bans, dispatch, egress, guest, ingress, join, lobby, openapi, participants,
    policies, recordings, room_events, rooms, sessions, sip, users,
};
use crate::auth::{self, Access, Caller, GuestVia, Via, csrf, login};
use crate::pages;
use crate::state::AppState;
use crate::{health, metrics, webhook};

/// One route: method, path (axum syntax, `{param}`), access, handler.
pub struct RouteSpec {
    /// HTTP method.
    pub method: Method,
    /// Path pattern.
    pub path: &'static str,
    /// What the caller needs.
    pub access: Access,
    handler: fn() -> MethodRouter<AppState>,
}

impl std::fmt::Debug for RouteSpec {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} {} ({:?})", self.method, self.path, self.access)
    }
}

fn spec(
    method: Method,
    path: &'static str,
    access: Access,
    handler: fn() -> MethodRouter<AppState>,
) -> RouteSpec {
    RouteSpec {
        method,
        path,
        access,
        handler,
    }
}

/// The route table.
pub fn table() -> Vec<RouteSpec> {
    use Access::*;
    vec![
        spec(Method::GET, "/healthz", Public, || get(health::healthz)),
        spec(Method::GET, "/readyz", Public, || get(health::readyz)),
        spec(Method::POST, "/api/v1/auth/login", Public, || {
            post(login::login)
        }),
        spec(Method::POST, "/api/v1/auth/logout", User, || {
            post(login::logout)
        }),
        spec(Method::GET, "/api/v1/auth/me", User, || get(login::me)),
        spec(Method::POST, "/webhooks/livekit", SelfAuthenticated, || {
            post(webhook::receive)
        }),
        spec(Method::GET, "/api/v1/users", Admin, || get(users::list)),
        spec(Method::POST, "/api/v1/users", Admin, || post(users::create)),
        spec(Method::DELETE, "/api/v1/users/{username}", Admin, || {
            delete(users::remove)
        }),
        spec(Method::GET, "/api/v1/tokens", User, || {
            get(users::list_tokens)
        }),
        spec(Method::POST, "/api/v1/tokens", User, || {
            post(users::create_token)
        }),
        spec(Method::DELETE, "/api/v1/tokens/{id}", User, || {
            delete(users::revoke_token)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/policy", RoomHost, || {
            get(lobby::show_policy)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/lobby", RoomHost, || {
            get(lobby::list)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/lobby/approve-all",
            RoomHost,
            || post(lobby::approve_all),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/lobby/{entry}/approve",
            RoomHost,
            || post(lobby::approve),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/lobby/{entry}/reject",
            RoomHost,
            || post(lobby::reject),
        ),
        // guest flow
        spec(Method::GET, "/api/v1/join/{code}", Public, || {
            get(join::invite)
        }),
        spec(Method::POST, "/api/v1/join/{code}", Public, || {
            post(join::join)
        }),
        spec(
            Method::GET,
            "/api/v1/join/{code}/lobby/{entry}",
            SelfAuthenticated,
            || get(join::entry),
        ),
        spec(
            Method::GET,
            "/api/v1/join/{code}/lobby/{entry}/events",
            SelfAuthenticated,
            || get(join::entry_events),
        ),
        spec(
            Method::POST,
            "/api/v1/join/{code}/lobby/{entry}/session",
            SelfAuthenticated,
            || post(join::claim_session),
        ),
        spec(Method::GET, "/api/v1/guest", Guest, || get(guest::me)),
        spec(Method::DELETE, "/api/v1/guest", Guest, || {
            delete(guest::leave)
        }),
        spec(Method::POST, "/api/v1/guest/token", Guest, || {
            post(guest::token_renew)
        }),
        spec(Method::GET, "/api/v1/guest/chat", Guest, || {
            get(guest::chat_list)
        }),
        spec(Method::POST, "/api/v1/guest/chat", Guest, || {
            post(guest::chat_post)
        }),
        spec(Method::GET, "/api/v1/guest/files", Guest, || {
            get(guest::files_list)
        }),
        spec(Method::POST, "/api/v1/guest/files", Guest, || {
            post(guest::files_share)
        }),
        spec(Method::GET, "/api/v1/guest/files/{file}", Guest, || {
            get(guest::files_download)
        }),
        spec(Method::POST, "/api/v1/guest/hand", Guest, || {
            post(guest::hand_raise)
        }),
        spec(Method::DELETE, "/api/v1/guest/hand", Guest, || {
            delete(guest::hand_lower)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/events", RoomHost, || {
            get(room_events::room_events)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/hands", RoomHost, || {
            get(room_events::hands_list)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/hands/{identity}/grant",
            RoomHost,
            || post(room_events::hand_grant),
        ),
        spec(
            Method::DELETE,
            "/api/v1/rooms/{room}/hands/{identity}",
            RoomHost,
            || delete(room_events::hand_lower),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/guests/{identity}/kick",
            RoomHost,
            || post(room_events::guest_kick),
        ),
        // web UI pages
        spec(Method::GET, "/assets/{file}", Public, || {
            get(pages::assets::serve)
        }),
        spec(Method::GET, "/login", Public, || get(pages::login::show)),
        spec(Method::POST, "/login", Public, || {
            post(pages::login::submit)
        }),
        spec(Method::POST, "/logout", User, || post(pages::login::logout)),
        spec(Method::GET, "/", User, || get(pages::overview::show)),
        spec(Method::GET, "/rooms", Admin, || get(pages::rooms::list)),
        spec(Method::POST, "/rooms", Admin, || post(pages::rooms::create)),
        spec(Method::GET, "/rooms/{room}", RoomHost, || {
            get(pages::rooms::show)
        }),
        spec(Method::POST, "/rooms/{room}/metadata", RoomHost, || {
            post(pages::rooms::update_metadata)
        }),
        spec(Method::GET, "/rooms/{room}/close", RoomHost, || {
            get(pages::rooms::confirm_close)
        }),
        spec(Method::POST, "/rooms/{room}/close", RoomHost, || {
            post(pages::rooms::close)
        }),
        spec(Method::POST, "/rooms/{room}/token", RoomHost, || {
            post(pages::tokens::room_token)
        }),
        spec(
            Method::POST,
            "/rooms/{room}/participants/{identity}/kick",
            RoomHost,
            || post(pages::participants::kick),
        ),
        spec(
            Method::POST,
            "/rooms/{room}/participants/{identity}/mute",
            RoomHost,
            || post(pages::participants::mute),
        ),
        spec(Method::GET, "/tokens", Admin, || {
            get(pages::tokens::sandbox)
        }),
        spec(Method::POST, "/tokens", Admin, || post(pages::tokens::mint)),
        spec(Method::POST, "/tokens/inspect", Admin, || {
            post(pages::tokens::inspect)
        }),
        spec(Method::GET, "/settings", Admin, || {
            get(pages::settings::show)
        }),
        // end of web UI pages
        // admin/host API: the core operations an admin or a room's host uses (issue 9)
        spec(Method::GET, "/api/v1/openapi.json", Public, || {
            get(openapi::openapi_json)
        }),
        spec(Method::GET, "/metrics", Admin, || get(metrics::metrics)),
        spec(Method::GET, "/api/v1/rooms", User, || get(rooms::list)),
        spec(Method::POST, "/api/v1/rooms", User, || post(rooms::create)),
        spec(Method::GET, "/api/v1/rooms/{room}", RoomHost, || {
            get(rooms::get)
        }),
        spec(Method::PATCH, "/api/v1/rooms/{room}", RoomHost, || {
            patch(rooms::update)
        }),
        spec(Method::DELETE, "/api/v1/rooms/{room}", RoomHost, || {
            delete(rooms::delete)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/mute-all",
            RoomHost,
            || post(rooms::mute_all),
        ),
        spec(
            Method::GET,
            "/api/v1/rooms/{room}/participants",
            RoomHost,
            || get(participants::list),
        ),
        spec(
            Method::GET,
            "/api/v1/rooms/{room}/participants/{identity}",
            RoomHost,
            || get(participants::get),
        ),
        spec(
            Method::PATCH,
            "/api/v1/rooms/{room}/participants/{identity}",
            RoomHost,
            || patch(participants::update),
        ),
        spec(
            Method::DELETE,
            "/api/v1/rooms/{room}/participants/{identity}",
            RoomHost,
            || delete(participants::kick),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/participants/{identity}/mute",
            RoomHost,
            || post(participants::mute),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/participants/{identity}/grant-publish",
            RoomHost,
            || post(participants::grant_publish),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/participants/{identity}/revoke-publish",
            RoomHost,
            || post(participants::revoke_publish),
        ),
        spec(Method::POST, "/api/v1/access-tokens", Admin, || {
            post(access_tokens::create)
        }),
        spec(Method::POST, "/api/v1/access-tokens/inspect", User, || {
            post(access_tokens::inspect)
        }),
        spec(Method::POST, "/api/v1/access-tokens/verify", User, || {
            post(access_tokens::verify)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/access-tokens",
            RoomHost,
            || post(access_tokens::create_join),
        ),
        spec(Method::GET, "/api/v1/egress", Admin, || {
            get(egress::list_all)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/egress", RoomHost, || {
            get(egress::list)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/egress/room-composite",
            RoomHost,
            || post(egress::start_room_composite),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/egress/track",
            RoomHost,
            || post(egress::start_track),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/egress/participant",
            RoomHost,
            || post(egress::start_participant),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/egress/track-composite",
            RoomHost,
            || post(egress::start_track_composite),
        ),
        spec(Method::POST, "/api/v1/egress/web", Admin, || {
            post(egress::start_web)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/egress/{egress_id}/stop",
            RoomHost,
            || post(egress::stop),
        ),
        spec(Method::GET, "/api/v1/recordings", Admin, || {
            get(recordings::list_all)
        }),
        spec(
            Method::GET,
            "/api/v1/rooms/{room}/recordings",
            RoomHost,
            || get(recordings::list),
        ),
        spec(
            Method::GET,
            "/api/v1/rooms/{room}/recordings/{egress_id}",
            RoomHost,
            || get(recordings::get),
        ),
        spec(Method::GET, "/api/v1/ingress", Admin, || get(ingress::list)),
        spec(Method::POST, "/api/v1/ingress", Admin, || {
            post(ingress::create)
        }),
        spec(
            Method::DELETE,
            "/api/v1/ingress/{ingress_id}",
            Admin,
            || delete(ingress::delete),
        ),
        spec(Method::GET, "/api/v1/sip/trunks", Admin, || {
            get(sip::list_trunks)
        }),
        spec(Method::POST, "/api/v1/sip/trunks", Admin, || {
            post(sip::create_trunk)
        }),
        spec(Method::GET, "/api/v1/sip/trunks/{trunk_id}", Admin, || {
            get(sip::get_trunk)
        }),
        spec(
            Method::PATCH,
            "/api/v1/sip/trunks/{trunk_id}",
            Admin,
            || patch(sip::update_trunk),
        ),
        spec(
            Method::DELETE,
            "/api/v1/sip/trunks/{trunk_id}",
            Admin,
            || delete(sip::delete_trunk),
        ),
        spec(Method::GET, "/api/v1/sip/rules", Admin, || {
            get(sip::list_rules)
        }),
        spec(Method::POST, "/api/v1/sip/rules", Admin, || {
            post(sip::create_rule)
        }),
        spec(Method::GET, "/api/v1/sip/rules/{rule_id}", Admin, || {
            get(sip::get_rule)
        }),
        spec(Method::PATCH, "/api/v1/sip/rules/{rule_id}", Admin, || {
            patch(sip::update_rule)
        }),
        spec(Method::DELETE, "/api/v1/sip/rules/{rule_id}", Admin, || {
            delete(sip::delete_rule)
        }),
        spec(Method::POST, "/api/v1/sip/calls", Admin, || post(sip::call)),
        spec(Method::POST, "/api/v1/sip/transfers", Admin, || {
            post(sip::transfer)
        }),
        spec(
            Method::GET,
            "/api/v1/rooms/{room}/dispatches",
            RoomHost,
            || get(dispatch::list),
        ),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/dispatches",
            RoomHost,
            || post(dispatch::create),
        ),
        spec(
            Method::DELETE,
            "/api/v1/rooms/{room}/dispatches/{dispatch_id}",
            RoomHost,
            || delete(dispatch::delete),
        ),
        spec(Method::GET, "/api/v1/policies", Admin, || {
            get(policies::list)
        }),
        spec(Method::PUT, "/api/v1/rooms/{room}/policy", RoomHost, || {
            put(policies::set)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/invite", RoomHost, || {
            get(policies::invite)
        }),
        spec(
            Method::POST,
            "/api/v1/rooms/{room}/invite/rotate",
            RoomHost,
            || post(policies::rotate_invite),
        ),
        spec(Method::GET, "/api/v1/bans", Admin, || get(bans::list_all)),
        spec(Method::POST, "/api/v1/bans", Admin, || {
            post(bans::add_global)
        }),
        spec(Method::DELETE, "/api/v1/bans/{ban_id}", Admin, || {
            delete(bans::remove_any)
        }),
        spec(Method::GET, "/api/v1/rooms/{room}/bans", RoomHost, || {
            get(bans::list)
        }),
        spec(Method::POST, "/api/v1/rooms/{room}/bans", RoomHost, || {
            post(bans::add)
        }),
        spec(
            Method::DELETE,
            "/api/v1/rooms/{room}/bans/{ban_id}",
            RoomHost,
            || delete(bans::remove),
        ),
        spec(Method::GET, "/api/v1/sessions", Admin, || {
            get(sessions::list_all)
        }),
        spec(
            Method::GET,
            "/api/v1/rooms/{room}/sessions",
            RoomHost,
            || get(sessions::list),
        ),
        spec(Method::GET, "/api/v1/audit", Admin, || get(sessions::audit)),
        // end of the admin/host API
    ]
}

/// The router of every route in [`table`], each behind its [`guard`].
pub fn router(state: &AppState) -> Router<AppState> {
    let mut router = Router::new();
    for route in table() {
        let access = route.access;
        let guarded = (route.handler)().route_layer(middleware::from_fn_with_state(
            state.clone(),
            move |state: State<AppState>, req: Request, next: Next| guard(state, access, req, next),
        ));
        router = router.route(route.path, guarded);
    }
    router
}

/// Identify the caller (not on public routes), check CSRF on unsafe methods (the Origin
/// check on every route, the session token where a session is used), authorize, then run
/// the handler.
async fn guard(
    State(state): State<AppState>,
    access: Access,
    req: Request,
    next: Next,
) -> Response {
    // Public routes ignore credentials: a stale cookie or token must not stand between
    // anyone and the login form or a health check. Self-authenticated routes read their
    // own (a webhook's `Authorization` is LiveKit's signature, not an API token).
    let caller = if matches!(access, Access::Public | Access::SelfAuthenticated) {
        Caller::Anonymous
    } else {
        match auth::identify(&state, req.headers()).await {
            Ok(c) => c,
            Err(e) => return e.into_response(),
        }
    };
    let bearer = matches!(
        caller,
        Caller::User {
            via: Via::Token,
            ..
        } | Caller::Guest {
            via: GuestVia::Bearer,
            ..
        }
    );
    // A browser form cannot send headers: its hidden `csrf` field stands in for one.
    let mut req = match csrf::form_token_as_header(req, &caller, state.options.body_limit).await {
        Ok(r) => r,
        Err(resp) => return resp,
    };
    if let Err(e) = csrf::check(&state.options, req.method(), req.headers(), &caller, bearer) {
        return e.into_response();
    }
    let room = match req.extract_parts::<RawPathParams>().await {
        Ok(params) => params
            .iter()
            .find(|(k, _)| *k == "room")
            .map(|(_, v)| v.to_owned()),
        Err(e) => return e.into_response(),
    };
    if let Err(e) = auth::authorize(&state, access, &caller, room.as_deref()).await {
        return e.into_response();
    }
    req.extensions_mut().insert(caller);
    next.run(req).await
}
