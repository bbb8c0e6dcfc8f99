//! Formatting for templates: times in a `<time datetime>` element (UTC text; the script
//! shows the viewer's zone), human sizes and durations.

use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use lkctl_core::store::Timestamp;

/// A point in time as a page shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct When {
    /// RFC 3339 UTC, for the `datetime` attribute; empty when unknown.
    pub iso: String,
    /// `2026-12-02 06:46 UTC`, or `—` when unknown.
    pub text: String,
}

impl When {
    fn from_offset(t: OffsetDateTime) -> Self {
        let t = t.to_offset(time::UtcOffset::UTC);
        let text = format!(
            "{:04}-{:02}-{:02} {:02}:{:02} UTC",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute()
        );
        Self {
            iso: t.format(&Rfc3339).unwrap_or_default(),
            text,
        }
    }

    /// Unknown time.
    pub fn unknown() -> Self {
        Self {
            iso: String::new(),
            text: "—".into(),
        }
    }

    /// From an RFC 3339 string as core's models carry it; empty or the epoch is unknown.
    pub fn rfc3339(s: &str) -> Self {
        match OffsetDateTime::parse(s, &Rfc3339) {
            Ok(t) if t.unix_timestamp() > 0 => Self::from_offset(t),
            _ => Self::unknown(),
        }
    }

    /// From a store timestamp.
    pub fn timestamp(t: Timestamp) -> Self {
        Self::from_offset(t.as_offset())
    }

    /// Whether the time is known (templates render `<time>` only then).
    pub fn known(&self) -> bool {
        !self.iso.is_empty()
    }
}

/// `1.5 MB`-style size (SI units, as browsers and most tools show downloads).
pub fn size(bytes: u64) -> String {
    const UNITS: [&str; 5] = ["kB", "MB", "GB", "TB", "PB"];
    if bytes < 1000 {
        return format!("{bytes} B");
    }
    let mut value = bytes as f64 / 1000.0;
    let mut unit = 0;
    while value >= 999.95 && unit + 1 < UNITS.len() {
        value /= 1000.0;
        unit += 1;
    }
    if value < 10.0 {
        format!("{value:.1} {}", UNITS[unit])
    } else {
        format!("{value:.0} {}", UNITS[unit])
    }
}

/// `1h 5m`-style duration: the two largest non-zero units.
pub fn duration(secs: u64) -> String {
    if secs == 0 {
        return "0s".into();
    }
    let parts = [
        (secs / 86_400, "d"),
        (secs % 86_400 / 3600, "h"),
        (secs % 3600 / 60, "m"),
        (secs % 60, "s"),
    ];
    parts
        .iter()
        .skip_while(|(n, _)| *n == 0)
        .take(2)
        .filter(|(n, _)| *n > 0)
        .map(|(n, u)| format!("{n}{u}"))
        .collect::<Vec<_>>()
        .join(" ")
}

/// A room timeout: zero means the server's default.
pub fn timeout(secs: u32) -> String {
    if secs == 0 {
        "server default".into()
    } else {
        duration(u64::from(secs))
    }
}

/// Parse a lifetime typed in a form: seconds (`600`) or a number with a unit
/// (`30s`, `10m`, `6h`, `2d`).
pub fn parse_duration(text: &str) -> Option<u64> {
    let text = text.trim();
    if let Ok(n) = text.parse::<u64>() {
        return Some(n);
    }
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (n, unit) = text.split_at(split);
    let n: u64 = n.parse().ok()?;
    let mult = match unit.trim() {
        "s" | "sec" | "secs" => 1,
        "m" | "min" | "mins" => 60,
        "h" | "hour" | "hours" => 3600,
        "d" | "day" | "days" => 86_400,
        _ => return None,
    };
    n.checked_mul(mult)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_utc_with_an_iso_attribute() {
        let w = When::rfc3339("2026-12-02T06:46:05Z");
        assert_eq!(w.text, "2026-12-02 06:46 UTC");
        assert_eq!(w.iso, "2026-12-02T06:46:05Z");
        assert!(!When::rfc3339("1970-01-01T00:00:00Z").known());
        assert!(!When::rfc3339("").known());
        let w = When::rfc3339("2026-12-02T08:46:05+02:00");
        assert_eq!(w.text, "2026-12-02 06:46 UTC");
    }

    #[test]
    fn sizes_and_durations_read_like_a_person_wrote_them() {
        assert_eq!(size(0), "0 B");
        assert_eq!(size(999), "999 B");
        assert_eq!(size(1500), "1.5 kB");
        assert_eq!(size(12_345_678), "12 MB");
        assert_eq!(size(999_999), "1.0 MB");
        assert_eq!(duration(0), "0s");
        assert_eq!(duration(20), "20s");
        assert_eq!(duration(300), "5m");
        assert_eq!(duration(3725), "1h 2m");
        assert_eq!(duration(90_061), "1d 1h");
        assert_eq!(timeout(0), "server default");
        assert_eq!(parse_duration("6h"), Some(21_600));
        assert_eq!(parse_duration("90"), Some(90));
        assert_eq!(parse_duration("10 m"), Some(600));
        assert_eq!(parse_duration("soon"), None);
    }
}
