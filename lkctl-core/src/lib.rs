//! lkctl-core: everything lkctl does, as a library.
//!
//! Configuration and profiles ([`config`]), the LiveKit connection ([`client`]),
//! tokens ([`token`]), the model types every front end serializes ([`models`]),
//! and one module per noun under [`ops`]. Front ends hold one [`Lkctl`] handle, built
//! from the resolved configuration, which owns the client, the store, the token issuer
//! and the moderator. Core never prints, exits, prompts or reads argv, stdin or the
//! environment (outside [`config`]): the CLI, `lkctl serve` and `lkctl agent` parse,
//! call and render.

#[macro_use]
mod macros;

pub mod client;
pub mod clock;
pub mod config;
pub mod error;
pub mod export;
pub mod fsutil;
mod handle;
pub mod lecture;
pub mod models;
pub mod ops;
pub mod request_file;
pub mod secret;
pub mod store;
pub mod token;
pub mod unconfigured;

pub use client::LiveKit;
pub use clock::{Clock, ManualClock, SystemClock};
pub use error::{Error, ErrorKind, Result};
pub use handle::{Lkctl, ModeratorHandle};
pub use secret::Secret;
