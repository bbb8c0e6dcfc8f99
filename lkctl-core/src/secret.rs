//! Secrets that never print in full.

use std::fmt;

use serde::{Deserialize, Serialize};
use subtle::ConstantTimeEq;

/// A secret string: `Debug` and `Display` show it masked, comparisons are constant time.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Secret(String);

impl Secret {
    /// Wrap a secret value.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The plain value, for the places that must send it (signing, authentication).
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// The masked form shown to people.
    pub fn masked(&self) -> String {
        mask(&self.0)
    }

    /// True when the secret is empty.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Constant-time comparison with a candidate value.
    pub fn matches(&self, candidate: &str) -> bool {
        constant_time_eq(self.0.as_bytes(), candidate.as_bytes())
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Secret({})", self.masked())
    }
}

impl fmt::Display for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

/// Mask a secret for display: short secrets are fully hidden; longer ones keep
/// their first and last two characters so a person can tell two secrets apart.
pub fn mask(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    if chars.is_empty() {
        return String::new();
    }
    if chars.len() < 12 {
        return "********".to_string();
    }
    let head: String = chars[..2].iter().collect();
    let tail: String = chars[chars.len() - 2..].iter().collect();
    format!("{head}********{tail}")
}

/// Compare two byte strings without leaking where they differ.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    // Length is not secret for our uses (tokens and secrets of public formats).
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn masks_never_reveal_short_secrets() {
        assert_eq!(mask("abc"), "********");
        assert_eq!(mask("secretsecre"), "********");
        assert_eq!(mask(""), "");
    }

    #[test]
    fn masks_keep_two_chars_each_side() {
        let m = mask("abcdefghijklmnop");
        assert_eq!(m, "ab********op");
        assert!(!m.contains("cdef"));
    }

    #[test]
    fn debug_is_masked() {
        let s = Secret::new("super-secret-value-123");
        assert!(!format!("{s:?}").contains("secret-value"));
        assert!(s.matches("super-secret-value-123"));
        assert!(!s.matches("super-secret-value-124"));
    }
}
