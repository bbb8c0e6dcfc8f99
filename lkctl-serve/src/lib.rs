//! lkctl-serve: the web side of lkctl.
//!
//! - [`emulator`]: a LiveKit server API emulator (Twirp RoomService, grants, webhooks and a
//!   control API) used by `lkctl dev` and by the test suites.
//! - `lkctl serve`: the HTTP API over lkctl-core ([`app`], [`state`], [`routes`], [`auth`],
//!   [`error`], [`health`]).
pub mod emulator;

pub mod api;
pub mod app;
pub mod auth;
pub mod error;
pub mod health;
pub mod routes;
pub mod state;
pub mod webhook;

pub use app::{Running, app, bind, serve_on};
pub use state::{AppState, ServeOptions};
