//! [`Timestamp`]: a UTC instant stored as Unix milliseconds.
//!
//! Milliseconds in a `BIGINT` compare exactly in SQL on both SQLite and PostgreSQL, which
//! matters for expiry and rate-limit windows; JSON shows RFC 3339 in UTC.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use sqlx::encode::IsNull;
use sqlx::error::BoxDynError;
use sqlx::{Database, Decode, Encode, Type};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

/// A UTC instant with millisecond precision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(OffsetDateTime);

impl Timestamp {
    /// The current time, truncated to milliseconds.
    pub fn now() -> Self {
        Self::from_unix_ms(unix_ms(OffsetDateTime::now_utc()))
            .unwrap_or(Self(OffsetDateTime::UNIX_EPOCH))
    }

    /// From Unix milliseconds; `None` if out of range.
    pub fn from_unix_ms(ms: i64) -> Option<Self> {
        OffsetDateTime::from_unix_timestamp_nanos(i128::from(ms) * 1_000_000)
            .ok()
            .map(Self)
    }

    /// Unix milliseconds.
    pub fn unix_ms(self) -> i64 {
        unix_ms(self.0)
    }

    /// The instant as a `time` value in UTC.
    pub fn as_offset(self) -> OffsetDateTime {
        self.0
    }

    /// `self + d`, saturating at the representable range.
    pub fn plus(self, d: std::time::Duration) -> Self {
        let d = Duration::try_from(d).unwrap_or(Duration::MAX);
        Self(self.0.checked_add(d).unwrap_or(self.0))
    }

    /// `self - d`, saturating at the representable range.
    pub fn minus(self, d: std::time::Duration) -> Self {
        let d = Duration::try_from(d).unwrap_or(Duration::MAX);
        Self(self.0.checked_sub(d).unwrap_or(self.0))
    }

    /// RFC 3339 text in UTC, always with three fraction digits
    /// (`2026-01-02T03:04:05.070Z`): fixed width, so the text sorts like the instant
    /// (`time`'s own RFC 3339 drops trailing zeros, and `05.07Z` would sort after `05.071Z`).
    pub fn to_rfc3339(self) -> String {
        let t = self.0.to_offset(time::UtcOffset::UTC);
        if !(0..=9999).contains(&t.year()) {
            return t
                .format(&Rfc3339)
                .unwrap_or_else(|_| self.unix_ms().to_string());
        }
        format!(
            "{:04}-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
            t.year(),
            u8::from(t.month()),
            t.day(),
            t.hour(),
            t.minute(),
            t.second(),
            t.millisecond()
        )
    }
}

fn unix_ms(t: OffsetDateTime) -> i64 {
    (t.unix_timestamp_nanos() / 1_000_000) as i64
}

impl From<OffsetDateTime> for Timestamp {
    fn from(t: OffsetDateTime) -> Self {
        Self::from_unix_ms(unix_ms(t)).unwrap_or(Self(t))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl Serialize for Timestamp {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.to_rfc3339())
    }
}

impl<'de> Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        OffsetDateTime::parse(&s, &Rfc3339)
            .map(Self::from)
            .map_err(serde::de::Error::custom)
    }
}

impl<DB: Database> Type<DB> for Timestamp
where
    i64: Type<DB>,
{
    fn type_info() -> DB::TypeInfo {
        <i64 as Type<DB>>::type_info()
    }

    fn compatible(ty: &DB::TypeInfo) -> bool {
        <i64 as Type<DB>>::compatible(ty)
    }
}

impl<'q, DB: Database> Encode<'q, DB> for Timestamp
where
    i64: Encode<'q, DB>,
{
    fn encode_by_ref(&self, buf: &mut DB::ArgumentBuffer) -> Result<IsNull, BoxDynError> {
        <i64 as Encode<'q, DB>>::encode(self.unix_ms(), buf)
    }
}

impl<'r, DB: Database> Decode<'r, DB> for Timestamp
where
    i64: Decode<'r, DB>,
{
    fn decode(value: DB::ValueRef<'r>) -> Result<Self, BoxDynError> {
        let ms = <i64 as Decode<'r, DB>>::decode(value)?;
        Self::from_unix_ms(ms).ok_or_else(|| format!("timestamp {ms} ms is out of range").into())
    }
}

/// In the OpenAPI document a timestamp is what it serialises as: an RFC 3339 string.
#[cfg(feature = "openapi")]
impl utoipa::PartialSchema for Timestamp {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::schema::{KnownFormat, ObjectBuilder, SchemaFormat, Type};
        ObjectBuilder::new()
            .schema_type(Type::String)
            .format(Some(SchemaFormat::KnownFormat(KnownFormat::DateTime)))
            .into()
    }
}

#[cfg(feature = "openapi")]
impl utoipa::ToSchema for Timestamp {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_milliseconds() {
        let t = Timestamp::now();
        assert_eq!(Timestamp::from_unix_ms(t.unix_ms()), Some(t));
        let json = serde_json::to_string(&t).expect("serialize");
        assert!(json.ends_with("Z\""), "{json}");
        let back: Timestamp = serde_json::from_str(&json).expect("deserialize");
        assert_eq!(back, t);
    }

    #[test]
    fn text_is_fixed_width_utc_and_sorts_like_the_instant() {
        let at = |ms| Timestamp::from_unix_ms(ms).expect("in range");
        assert_eq!(at(0).to_rfc3339(), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            at(1_700_000_000_070).to_rfc3339(),
            "2023-11-14T22:13:20.070Z"
        );
        let (a, b) = (at(1_700_000_000_070), at(1_700_000_000_071));
        assert!(a.to_rfc3339() < b.to_rfc3339());
        // Offsets are read and shown as UTC.
        let parsed: Timestamp =
            serde_json::from_str("\"2023-11-15T00:13:20.07+02:00\"").expect("parse");
        assert_eq!(parsed, a);
        assert_eq!(parsed.to_string(), "2023-11-14T22:13:20.070Z");
    }
}
