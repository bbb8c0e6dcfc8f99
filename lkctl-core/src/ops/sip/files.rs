//! SIP request files: a bare trunk or rule object, or the wrapped request LiveKit takes.

use livekit_protocol as proto;
use serde::Serialize;
use serde_json::Value;

use super::{Direction, TrunkSpec};
use crate::error::{Error, Result};
use crate::request_file::{self, RequestText};

/// Which shape a SIP file had: the bare info object or the wrapped request.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FileShape {
    /// `{"name": ..., "numbers": ...}`
    Bare,
    /// `{"trunk": {...}}` or `{"dispatch_rule": {...}}`
    Wrapped,
}

impl FileShape {
    /// A note for people, e.g. "read a wrapped CreateSIPInboundTrunkRequest".
    pub fn describe(self, what: &str) -> String {
        match self {
            Self::Bare => format!("read the file as a bare {what} object"),
            Self::Wrapped => format!("read the file as a wrapped request; used its inner {what}"),
        }
    }
}

/// A parsed SIP file and which shape was detected.
#[derive(Debug, Clone)]
pub struct Parsed<T> {
    pub value: T,
    pub shape: FileShape,
}

fn unwrap_key(origin: &str, value: Value, keys: &[&str]) -> Result<(Value, FileShape)> {
    let Value::Object(map) = &value else {
        return Err(Error::invalid(
            format!("request file {origin}"),
            "must hold one object",
        ));
    };
    for key in keys {
        if let Some(inner) = map.get(*key).filter(|v| v.is_object()) {
            if map.len() > 1 {
                let others: Vec<&str> = map
                    .keys()
                    .map(String::as_str)
                    .filter(|k| k != key)
                    .collect();
                return Err(Error::invalid(
                    format!("request file {origin}"),
                    format!(
                        "has `{key}` (a wrapped request) next to {}; put every field inside `{key}`",
                        others.join(", ")
                    ),
                ));
            }
            return Ok((inner.clone(), FileShape::Wrapped));
        }
    }
    Ok((value, FileShape::Bare))
}

/// Parse a trunk file (bare `SIP*TrunkInfo` or `{"trunk": {...}}`). With no
/// direction given, a trunk with an `address` is outbound, otherwise inbound.
pub fn parse_trunk(
    origin: &str,
    value: Value,
    direction: Option<Direction>,
) -> Result<Parsed<TrunkSpec>> {
    let (inner, shape) = unwrap_key(origin, value, &["trunk"])?;
    let direction = direction.unwrap_or_else(|| {
        if inner.get("address").is_some() || inner.get("transport").is_some() {
            Direction::Outbound
        } else {
            Direction::Inbound
        }
    });
    let spec = match direction {
        Direction::Inbound => TrunkSpec::Inbound(request_file::from_value(origin, inner)?),
        Direction::Outbound => TrunkSpec::Outbound(request_file::from_value(origin, inner)?),
    };
    Ok(Parsed { value: spec, shape })
}

/// Parse a trunk file's text.
pub fn read_trunk(req: &RequestText, direction: Option<Direction>) -> Result<Parsed<TrunkSpec>> {
    parse_trunk(&req.origin, req.value()?, direction)
}

/// Parse a dispatch-rule file (bare `SIPDispatchRuleInfo` or `{"dispatch_rule": {...}}`).
pub fn parse_rule(origin: &str, value: Value) -> Result<Parsed<proto::SipDispatchRuleInfo>> {
    let (inner, shape) = unwrap_key(origin, value, &["dispatch_rule", "dispatchRule"])?;
    Ok(Parsed {
        value: request_file::from_value(origin, inner)?,
        shape,
    })
}

/// Parse a dispatch-rule file's text.
pub fn read_rule(req: &RequestText) -> Result<Parsed<proto::SipDispatchRuleInfo>> {
    parse_rule(&req.origin, req.value()?)
}
