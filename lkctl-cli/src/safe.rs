//! The one place human output is made safe for a terminal.
//!
//! Participant names, identities, metadata, chat, ban reasons, file names and
//! server error text are controlled by other people. Written raw, an ESC or OSC
//! sequence in them can rewrite the admin's screen, set the clipboard or fake a
//! prompt, and a bidi override can make text read differently from what it is.
//! Every human rendering (table cells, plain rows, messages, notes, warnings,
//! errors, prompts, progress lines) goes through this module, which shows such
//! characters visibly as `\u{1b}` instead of sending them to the terminal.
//! JSON output does not: serde_json already escapes what a terminal must not see.
//!
//! What is escaped: C0 controls (tab and newline only where the layout allows
//! them), DEL, C1 controls, the bidi embeddings, overrides and isolates
//! (U+202A–U+202E, U+2066–U+2069), the bidi marks (U+200E, U+200F, U+061C) and
//! the line and paragraph separators (U+2028, U+2029).

use std::borrow::Cow;
use std::fmt;

/// Which layout characters may pass through unchanged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    /// A single table cell or line: nothing passes, not even tab or newline.
    Cell,
    /// Free text laid out by lkctl (messages, notes): tab and newline pass.
    Text,
}

/// Whether `c` must never reach a terminal raw.
pub fn is_unsafe(c: char) -> bool {
    matches!(c,
        '\u{0}'..='\u{1f}'
        | '\u{7f}'..='\u{9f}'
        | '\u{061c}'
        | '\u{200e}' | '\u{200f}'
        | '\u{2028}' | '\u{2029}'
        | '\u{202a}'..='\u{202e}'
        | '\u{2066}'..='\u{2069}')
}

fn allowed(c: char, layout: Layout) -> bool {
    !is_unsafe(c) || (layout == Layout::Text && matches!(c, '\t' | '\n'))
}

/// `s` with every unsafe character written as `\u{..}` (lowercase hex).
pub fn escape(s: &str, layout: Layout) -> Cow<'_, str> {
    if s.chars().all(|c| allowed(c, layout)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if allowed(c, layout) {
            out.push(c);
        } else {
            out.push_str(&format!("\\u{{{:x}}}", c as u32));
        }
    }
    Cow::Owned(out)
}

/// Text that is safe to write to a terminal; the only way to build one is to escape.
///
/// The table and plain renderers only accept `Safe` cells, so a new table cannot
/// forget to sanitise.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Safe(String);

impl Safe {
    /// One cell or line: every control character escaped, tab and newline included.
    pub fn cell(s: &str) -> Self {
        Self(escape(s, Layout::Cell).into_owned())
    }

    /// Free text laid out by lkctl: tab and newline kept, everything else escaped.
    pub fn text(s: &str) -> Self {
        Self(escape(s, Layout::Text).into_owned())
    }

    /// A cell for tab-separated plain output: tab, newline and CR become spaces
    /// (they would break `cut`), everything else unsafe is escaped.
    pub fn plain_cell(s: &str) -> Self {
        Self::cell(&s.replace(['\t', '\n', '\r'], " "))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Safe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// `eprintln!` for human text: the formatted message is escaped (tab and newline kept).
#[macro_export]
macro_rules! safe_eprintln {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::safe::Safe::text(&format!($($arg)*)))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_c0_del_c1_and_bidi() {
        assert_eq!(
            escape("a\u{1b}]52;c;x\u{7}b", Layout::Cell),
            "a\\u{1b}]52;c;x\\u{7}b"
        );
        assert_eq!(escape("\u{7f}\u{9b}", Layout::Cell), "\\u{7f}\\u{9b}");
        assert_eq!(
            escape("\u{202e}gpj.exe\u{2066}\u{200f}", Layout::Cell),
            "\\u{202e}gpj.exe\\u{2066}\\u{200f}"
        );
        assert_eq!(escape("x\0", Layout::Cell), "x\\u{0}");
    }

    #[test]
    fn tab_and_newline_pass_only_in_text() {
        assert_eq!(escape("a\tb\nc", Layout::Cell), "a\\u{9}b\\u{a}c");
        assert_eq!(escape("a\tb\nc", Layout::Text), "a\tb\nc");
        assert_eq!(escape("a\rb", Layout::Text), "a\\u{d}b");
    }

    #[test]
    fn ordinary_text_is_untouched() {
        for s in ["Student 7", "Zoë – 日本語 🎉", "مرحبا", ""] {
            assert!(matches!(escape(s, Layout::Cell), Cow::Borrowed(_)), "{s}");
        }
    }

    #[test]
    fn plain_cells_turn_separators_into_spaces() {
        assert_eq!(Safe::plain_cell("a\tb\n\u{1b}c").as_str(), "a b \\u{1b}c");
    }
}
