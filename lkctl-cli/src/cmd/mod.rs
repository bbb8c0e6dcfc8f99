//! One module per noun; each owns its subcommand enum and runs it against lkctl-core.

pub mod agent;
pub mod args;
pub mod artifact;
pub mod ban;
pub mod chat;
pub mod db;
pub mod dev;
pub mod dispatch;
pub mod doctor;
pub mod egress;
pub mod export;
pub mod file;
pub mod healthcheck;
pub mod ingress;
pub mod lobby;
pub mod participant;
pub mod policy;
pub mod profile;
pub mod recording;
pub mod room;
pub mod serve;
pub mod session;
pub mod sip;
pub mod token;
pub mod transcript;
pub mod user;
pub mod webhook;

use std::path::Path;

use lkctl_core::Error;
use lkctl_core::fsutil::{self, MAX_INPUT_BYTES};
use lkctl_core::request_file::RequestText;

use crate::exit::Result;

/// Parse a repeatable `key=value` argument.
pub fn parse_key_val(s: &str) -> std::result::Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("`{s}` is not key=value")),
    }
}

/// Read a whole regular file, at most [`MAX_INPUT_BYTES`], naming it in the error.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    Ok(fsutil::read_input(path, MAX_INPUT_BYTES, "input file")?)
}

/// Read all of stdin, at most [`MAX_INPUT_BYTES`].
pub fn read_stdin() -> Result<Vec<u8>> {
    Ok(fsutil::read_bounded(
        std::io::stdin().lock(),
        MAX_INPUT_BYTES,
        "input",
        "stdin",
    )?)
}

/// A request file argument: a path, or `-` for stdin (core parses, the CLI reads).
pub fn request_text(path: &str) -> Result<RequestText> {
    if path == "-" {
        let bytes = fsutil::read_bounded(
            std::io::stdin().lock(),
            MAX_INPUT_BYTES,
            "request file",
            "stdin",
        )?;
        let text = String::from_utf8(bytes)
            .map_err(|_| Error::invalid("request file", "stdin is not UTF-8 text"))?;
        return Ok(RequestText::new("<stdin>", text));
    }
    Ok(RequestText::from_path(path)?)
}

/// An argument given as `-` means "read it from stdin" (trimmed, as one value).
pub fn arg_or_stdin(value: &str, what: &str) -> Result<String> {
    if value != "-" {
        return Ok(value.to_string());
    }
    let bytes = read_stdin()?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::invalid(what.to_string(), "stdin is not UTF-8 text"))?;
    Ok(text.trim().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_val_needs_an_equals_sign() {
        assert_eq!(parse_key_val("a=b=c").unwrap(), ("a".into(), "b=c".into()));
        assert_eq!(parse_key_val("a=").unwrap(), ("a".into(), String::new()));
        assert!(parse_key_val("ab").is_err());
        assert!(parse_key_val("=b").is_err());
    }
}
