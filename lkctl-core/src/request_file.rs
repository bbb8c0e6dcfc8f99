//! Request files: the full LiveKit request given as JSON or YAML.
//!
//! Core parses; the front end reads. [`RequestText`] is the text and where it came from:
//! a file core may read itself ([`RequestText::from_path`]), or text the front end got
//! elsewhere (the CLI's `-` for stdin, an upload in the web UI) via [`RequestText::new`].
//!
//! Bodies go through livekit-protocol's pbjson serde, so snake_case and camelCase
//! names, enum names or numbers and int64 as strings or numbers all work. pbjson
//! silently skips unknown keys, which turns a typo into a request that does
//! something else; [`from_value`] therefore walks the document with a checking
//! deserializer that sees the field list pbjson passes to `deserialize_struct`
//! for every message, and reports an unknown key by its path with the closest
//! valid name as a hint.
//!
//! A path that does not exist is "file not found" (exit 3), never parsed as
//! literal JSON.

use std::cell::RefCell;
use std::path::Path;

use serde::de::{
    self, DeserializeOwned, DeserializeSeed, IntoDeserializer, MapAccess, SeqAccess, Visitor,
};
use serde_json::{Map, Value};

use crate::error::{Error, Result};

/// A request file's text and its origin (a path, or e.g. `<stdin>`), named in errors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RequestText {
    /// Where the text came from.
    pub origin: String,
    /// JSON or YAML.
    pub text: String,
}

impl RequestText {
    /// Text the front end read itself.
    pub fn new(origin: impl Into<String>, text: impl Into<String>) -> Self {
        Self {
            origin: origin.into(),
            text: text.into(),
        }
    }

    /// Read a file. A missing path is "file not found" (exit 3), never parsed as JSON.
    pub fn from_path(path: &str) -> Result<Self> {
        let text = crate::fsutil::read_input_text(
            Path::new(path),
            crate::fsutil::MAX_INPUT_BYTES,
            "request file",
        )?;
        Ok(Self::new(path, text))
    }

    /// Parse into a JSON value (see [`parse_text`]).
    pub fn value(&self) -> Result<Value> {
        parse_text(&self.origin, &self.text)
    }

    /// Parse straight into a livekit-protocol type, rejecting unknown keys by name.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T> {
        from_value(&self.origin, self.value()?)
    }
}

/// Deepest bracket nesting a request file may have. No LiveKit request nests a tenth of
/// this; the YAML parser takes time that grows fast with the depth of flow collections
/// (`[[[[…`), so deeper text is refused before any parser sees it.
pub const MAX_NESTING: usize = 64;

/// The deepest nesting of `[` and `{`, counting brackets inside strings too: quoting
/// rules differ between JSON and YAML's scalar styles, and a scan that skipped "strings"
/// could be led to skip the nesting itself. It can only over-count.
pub(crate) fn nesting_depth(text: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    for c in text.chars() {
        match c {
            '[' | '{' => {
                depth += 1;
                max = max.max(depth);
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    max
}

/// Parse JSON or YAML text into a JSON value (YAML is tried when JSON fails).
pub fn parse_text(origin: &str, text: &str) -> Result<Value> {
    if text.trim().is_empty() {
        return Err(Error::invalid(format!("request file {origin}"), "is empty"));
    }
    if nesting_depth(text) > MAX_NESTING {
        return Err(Error::invalid(
            format!("request file {origin}"),
            format!("nests `[` or `{{` deeper than {MAX_NESTING} levels; no request does"),
        ));
    }
    match serde_json::from_str::<Value>(text) {
        Ok(v) => Ok(v),
        Err(json_err) => serde_yaml::from_str::<Value>(text).map_err(|yaml_err| {
            let looks_json = text.trim_start().starts_with(['{', '[']);
            let detail = if looks_json {
                json_err.to_string()
            } else {
                yaml_err.to_string()
            };
            Error::invalid(
                format!("request file {origin}"),
                format!("is neither valid JSON nor YAML: {detail}"),
            )
        }),
    }
}

/// Deserialize a protocol message from a JSON value, rejecting unknown keys by name.
pub fn from_value<T: DeserializeOwned>(origin: &str, value: Value) -> Result<T> {
    if !value.is_object() {
        return Err(Error::invalid(
            format!("request file {origin}"),
            "must hold one object (a map of field names to values)",
        ));
    }
    let report = Report::default();
    let result = T::deserialize(Checked {
        value,
        path: String::new(),
        report: &report,
    });
    if let Some(u) = report.unknown.borrow().first() {
        let hint = match &u.suggestion {
            Some(s) => format!("did you mean `{s}`?"),
            None => format!("valid fields here: {}", u.valid.join(", ")),
        };
        return Err(Error::invalid(
            format!("request file {origin}"),
            format!("unknown field `{}`; {hint}", u.path),
        ));
    }
    result.map_err(|e| {
        let at = report.at.borrow();
        let place = if at.is_empty() {
            String::new()
        } else {
            format!(" at `{at}`")
        };
        Error::invalid(format!("request file {origin}"), format!("{e}{place}"))
    })
}

#[derive(Debug, Default)]
struct Report {
    unknown: RefCell<Vec<Unknown>>,
    /// The path being read, for type errors.
    at: RefCell<String>,
}

#[derive(Debug)]
struct Unknown {
    path: String,
    suggestion: Option<String>,
    valid: Vec<String>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// Normalise a name for comparison: lower case without `_`, so `roomName` ~ `room_name`.
fn squash(s: &str) -> String {
    s.chars()
        .filter(|c| *c != '_' && *c != '-')
        .flat_map(char::to_lowercase)
        .collect()
}

fn levenshtein(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1; b.len() + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != *cb);
            cur[j + 1] = (prev[j] + cost).min(prev[j + 1] + 1).min(cur[j] + 1);
        }
        prev = cur;
    }
    prev[b.len()]
}

/// The proto (snake_case) names among pbjson's field list, which holds both spellings.
fn proto_names(fields: &[&str]) -> Vec<String> {
    fields
        .iter()
        .filter(|f| !f.chars().any(|c| c.is_ascii_uppercase()))
        .map(|f| f.to_string())
        .collect()
}

/// The closest valid field name, if it is close enough to be a likely typo.
pub fn suggest(unknown: &str, fields: &[&str]) -> Option<String> {
    let target = squash(unknown);
    let names = proto_names(fields);
    let close = names
        .iter()
        .map(|f| (levenshtein(&target, &squash(f)), f))
        .filter(|(d, f)| *d <= 2.max(f.len() / 3))
        .min_by_key(|(d, _)| *d)
        .map(|(_, f)| f.clone());
    // A shortened name (`room` for `room_name`): the shortest field it starts.
    close.or_else(|| {
        (target.len() >= 3)
            .then(|| {
                names
                    .iter()
                    .filter(|f| squash(f).starts_with(&target))
                    .min_by_key(|f| f.len())
                    .cloned()
            })
            .flatten()
    })
}

struct Checked<'r> {
    value: Value,
    path: String,
    report: &'r Report,
}

impl<'de, 'r> de::Deserializer<'de> for Checked<'r> {
    type Error = serde_json::Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        *self.report.at.borrow_mut() = self.path.clone();
        match self.value {
            Value::Object(map) => visitor.visit_map(CheckedMap::new(map, self.path, self.report)),
            Value::Array(items) => visitor.visit_seq(CheckedSeq {
                items: items.into_iter().enumerate(),
                path: self.path,
                report: self.report,
            }),
            other => other.deserialize_any(visitor),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        if let Value::Object(map) = &self.value {
            for key in map.keys() {
                if !fields.contains(&key.as_str()) {
                    self.report.unknown.borrow_mut().push(Unknown {
                        path: join(&self.path, key),
                        suggestion: suggest(key, fields),
                        valid: proto_names(fields),
                    });
                }
            }
        }
        match self.value {
            Value::Object(_) => self.deserialize_any(visitor),
            other => other.deserialize_struct(name, fields, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        match self.value {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        name: &'static str,
        variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        *self.report.at.borrow_mut() = self.path.clone();
        self.value.deserialize_enum(name, variants, visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.value.deserialize_ignored_any(visitor)
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
        self.value.deserialize_unit(visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string
        bytes byte_buf unit_struct seq tuple tuple_struct map identifier
    }
}

struct CheckedMap<'r> {
    entries: serde_json::map::IntoIter,
    pending: Option<(String, Value)>,
    path: String,
    report: &'r Report,
}

impl<'r> CheckedMap<'r> {
    fn new(map: Map<String, Value>, path: String, report: &'r Report) -> Self {
        Self {
            entries: map.into_iter(),
            pending: None,
            path,
            report,
        }
    }
}

impl<'de, 'r> MapAccess<'de> for CheckedMap<'r> {
    type Error = serde_json::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.entries.next() {
            Some((k, v)) => {
                let key = seed.deserialize(k.as_str().into_deserializer())?;
                self.pending = Some((k, v));
                Ok(Some(key))
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<S::Value, Self::Error> {
        let (k, v) = self
            .pending
            .take()
            .ok_or_else(|| de::Error::custom("value without a key"))?;
        seed.deserialize(Checked {
            value: v,
            path: join(&self.path, &k),
            report: self.report,
        })
    }
}

struct CheckedSeq<'r> {
    items: std::iter::Enumerate<std::vec::IntoIter<Value>>,
    path: String,
    report: &'r Report,
}

impl<'de, 'r> SeqAccess<'de> for CheckedSeq<'r> {
    type Error = serde_json::Error;

    fn next_element_seed<S: DeserializeSeed<'de>>(
        &mut self,
        seed: S,
    ) -> Result<Option<S::Value>, Self::Error> {
        match self.items.next() {
            Some((i, v)) => seed
                .deserialize(Checked {
                    value: v,
                    path: format!("{}[{i}]", self.path),
                    report: self.report,
                })
                .map(Some),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn deep_nesting_is_refused_before_parsing() {
        let deep = "[".repeat(200_000);
        let err = super::parse_text("deep.json", &deep).unwrap_err();
        assert!(err.to_string().contains("deeper than 64"), "{err}");
        let yaml = format!("a: b\"\n{}", "[".repeat(100));
        assert!(super::parse_text("quote.yaml", &yaml).is_err());
        let fine = format!("{}1{}", "[".repeat(64), "]".repeat(64));
        assert!(super::parse_text("fine.json", &fine).is_ok());
    }

    use livekit_protocol as proto;

    use super::*;

    fn parse<T: DeserializeOwned>(text: &str) -> Result<T> {
        from_value("t.json", parse_text("t.json", text)?)
    }

    #[test]
    fn snake_and_camel_case_both_work() {
        let r: proto::RoomCompositeEgressRequest =
            parse(r#"{"room_name":"a","fileOutputs":[{"filepath":"x.mp4","s3":{"bucket":"b"}}]}"#)
                .unwrap();
        assert_eq!(r.room_name, "a");
        assert_eq!(r.file_outputs[0].filepath, "x.mp4");
        let r: proto::RoomCompositeEgressRequest =
            parse("roomName: a\naudio_only: true\n").unwrap();
        assert!(r.audio_only);
    }

    #[test]
    fn unknown_nested_field_is_named_with_a_hint() {
        let e = parse::<proto::RoomCompositeEgressRequest>(
            r#"{"room_name":"a","file_outputs":[{"filepath":"x","s3":{"bukcet":"b"}}]}"#,
        )
        .unwrap_err();
        let msg = e.to_string();
        assert!(msg.contains("file_outputs[0].s3.bukcet"), "{msg}");
        assert!(msg.contains("did you mean `bucket`"), "{msg}");
        assert_eq!(e.kind(), crate::ErrorKind::Invalid);
    }

    #[test]
    fn camel_typo_suggests_snake_name() {
        let e =
            parse::<proto::SipInboundTrunkInfo>(r#"{"name":"t","authPasword":"x"}"#).unwrap_err();
        assert!(
            e.to_string().contains("did you mean `auth_password`"),
            "{e}"
        );
    }

    #[test]
    fn wrong_type_names_the_place() {
        let e =
            parse::<proto::RoomCompositeEgressRequest>(r#"{"room_name":"a","audio_only":"maybe"}"#)
                .unwrap_err();
        assert!(e.to_string().contains("audio_only"), "{e}");
    }

    #[test]
    fn missing_path_is_file_not_found_not_json() {
        let e = RequestText::from_path("/nonexistent/{\"room_name\":1}.json").unwrap_err();
        assert_eq!(e.code(), "file_not_found");
        let e = RequestText::from_path(r#"{"room_name":"x"}"#).unwrap_err();
        assert_eq!(e.code(), "file_not_found");
        let text = RequestText::new("<stdin>", r#"{"room_name":"x"}"#);
        let r: proto::RoomCompositeEgressRequest = text.parse().unwrap();
        assert_eq!(r.room_name, "x");
    }

    #[test]
    fn garbage_is_invalid() {
        assert!(parse::<proto::RoomCompositeEgressRequest>("{not json").is_err());
        assert!(parse::<proto::RoomCompositeEgressRequest>("[1,2]").is_err());
        assert!(parse::<proto::RoomCompositeEgressRequest>("").is_err());
    }
}
