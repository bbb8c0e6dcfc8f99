//! Text hygiene shared by the renderers: user text is normalised once, here.

use unicode_normalization::UnicodeNormalization;

/// NFC-normalises `s`, turns CR LF, CR and the Unicode line/paragraph separators into
/// `\n`, tabs into spaces, and drops every other control character (C0, DEL, C1) and
/// byte-order marks. Renderers then only ever see printable text and `\n`.
pub(crate) fn clean(s: &str) -> String {
    let s = s.replace("\r\n", "\n");
    let mut out = String::with_capacity(s.len());
    for c in s.nfc() {
        match c {
            '\n' | '\r' | '\u{2028}' | '\u{2029}' | '\u{0085}' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{feff}' => {}
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// [`clean`], then every run of whitespace (newlines included) becomes one space, trimmed.
pub(crate) fn one_line(s: &str) -> String {
    clean(s).split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Milliseconds as `H:MM:SS` (hours unpadded, at least one digit), negative clamps to 0.
pub(crate) fn clock(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
}

/// A duration in milliseconds for people: `1 h 05 min`, `12 min`, `40 s`.
pub(crate) fn duration(ms: i64) -> String {
    let s = ms.max(0) / 1000;
    let (h, m) = (s / 3600, s / 60 % 60);
    if h > 0 {
        format!("{h} h {m:02} min")
    } else if m > 0 {
        format!("{m} min")
    } else {
        format!("{s} s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_drops_controls_and_normalises() {
        // "é" as e + combining acute (NFD) becomes one code point.
        assert_eq!(
            clean("e\u{301}\u{7}a\r\nb\u{1b}[31m\tc\u{85}"),
            "éa\nb[31m c\n"
        );
        assert_eq!(one_line("  a\n\n b\u{2028}c  "), "a b c");
    }

    #[test]
    fn clocks_and_durations() {
        assert_eq!(clock(3_723_456), "1:02:03");
        assert_eq!(clock(-5), "0:00:00");
        assert_eq!(duration(3_900_000), "1 h 05 min");
        assert_eq!(duration(720_000), "12 min");
        assert_eq!(duration(40_999), "40 s");
    }
}
