//! lkctl-core: everything lkctl does, as a library.
//!
//! Configuration and profiles ([`config`]), the LiveKit connection ([`client`]),
//! tokens ([`token`]), the model types every front end serializes ([`models`]),
//! and one module per noun under [`ops`]. Core never prints, exits, prompts or
//! reads argv: the CLI, `lkctl serve` and `lkctl agent` parse, call and render.

pub mod client;
pub mod config;
pub mod error;
pub mod export;
pub mod fsutil;
pub mod lecture;
pub mod models;
pub mod ops;
pub mod secret;
pub mod store;
pub mod token;

pub use client::LiveKit;
pub use error::{Error, ErrorKind, Result};
pub use secret::Secret;
