//! lkctl-serve: the web side of lkctl, the product's HTTP API and web UI over `lkctl-core`.
//!
//! - `lkctl serve`: the HTTP API over lkctl-core ([`app`], [`state`], [`routes`], [`auth`],
//!   [`error`], [`health`]) and the web UI ([`pages`]).
//!
//! The LiveKit server API emulator that `lkctl dev` and the test suites run is not here: it
//! is the `lkctl-emulator` crate (`lkctl-serve/emulator/`), which this crate does not use.

pub mod api;
pub mod app;
pub mod auth;
pub mod error;
pub mod health;
pub mod metrics;
pub mod pages;
pub mod routes;
pub mod state;
pub mod webhook;

pub use app::{Running, app, bind, serve_on};
pub use state::{AppState, ServeOptions};
