//! One module per noun; each owns its subcommand enum and runs it against lkctl-core.

pub mod ban;
pub mod chat;
pub mod db;
pub mod dev;
pub mod dispatch;
pub mod doctor;
pub mod egress;
pub mod file;
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
pub mod user;
pub mod webhook;

use std::io::Read;
use std::path::Path;

use lkctl_core::Error;

use crate::exit::Result;

/// Parse a repeatable `key=value` argument.
pub fn parse_key_val(s: &str) -> std::result::Result<(String, String), String> {
    match s.split_once('=') {
        Some((k, v)) if !k.is_empty() => Ok((k.to_string(), v.to_string())),
        _ => Err(format!("`{s}` is not key=value")),
    }
}

/// Read a whole file, naming it in the error.
pub fn read_file(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).map_err(|e| Error::io(path, e).into())
}

/// Read all of stdin.
pub fn read_stdin() -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    std::io::stdin()
        .lock()
        .read_to_end(&mut buf)
        .map_err(|e| Error::Internal(format!("cannot read stdin: {e}")))?;
    Ok(buf)
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
