//! `lecture.json`: the versioned JSON of the whole set.
//!
//! The file is the normalized set, pretty-printed, with `schema_version` first; readers
//! call [`parse`], which refuses a version this build does not know.

use crate::error::{Error, Result};

use super::model::{ARTIFACT_SCHEMA_VERSION, ArtifactSet};

/// Bumped whenever the bytes written for the same set change.
pub const RENDERER_VERSION: u32 = 1;

/// Renders the set as pretty JSON with a trailing newline.
pub fn render(set: &ArtifactSet) -> Result<Vec<u8>> {
    let mut set = set.clone();
    set.normalize();
    let mut out = serde_json::to_vec_pretty(&set)
        .map_err(|e| Error::Internal(format!("artifact set JSON: {e}")))?;
    out.push(b'\n');
    Ok(out)
}

/// Parses and validates a `lecture.json` document.
pub fn parse(bytes: &[u8]) -> Result<ArtifactSet> {
    let value: serde_json::Value = serde_json::from_slice(bytes)
        .map_err(|e| Error::invalid("lecture.json", format!("not JSON: {e}")))?;
    match value.get("schema_version").and_then(|v| v.as_u64()) {
        Some(v) if v == u64::from(ARTIFACT_SCHEMA_VERSION) => {}
        Some(v) => {
            return Err(Error::invalid(
                "lecture.json",
                format!(
                    "schema_version is {v}; this build reads version {ARTIFACT_SCHEMA_VERSION}"
                ),
            ));
        }
        None => {
            return Err(Error::invalid(
                "lecture.json",
                "schema_version is missing; is this an lkctl lecture export?",
            ));
        }
    }
    let set: ArtifactSet =
        serde_json::from_value(value).map_err(|e| Error::invalid("lecture.json", e.to_string()))?;
    set.validate()?;
    Ok(set)
}
