//! Flag groups and helpers shared by several nouns (as sqlx-cli flattens its flag groups):
//! the acting user, S3 connection flags, a participant's name, metadata and attributes,
//! deleting several objects with one report each, and human-readable sizes.

use clap::Args;
use lkctl_core::config::S3Overrides;
use lkctl_core::ops::files::S3Config;
use serde_json::json;

use super::parse_key_val;
use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::Output;

/// Who is acting, for the audit log: `$USER`, else `lkctl`.
pub fn actor() -> String {
    std::env::var("USER")
        .ok()
        .filter(|u| !u.trim().is_empty())
        .unwrap_or_else(|| "lkctl".into())
}

/// S3 connection flags (each also from the environment).
#[derive(Debug, Args)]
pub struct S3Args {
    /// Bucket [env: LKCTL_S3_BUCKET] (or the profile's [s3] table)
    #[arg(long, value_name = "BUCKET")]
    pub bucket: Option<String>,
    /// Endpoint URL of an S3-compatible server [env: LKCTL_S3_ENDPOINT, AWS_ENDPOINT_URL]
    #[arg(long, value_name = "URL")]
    pub endpoint: Option<String>,
    /// Region [env: LKCTL_S3_REGION, AWS_REGION] (default us-east-1)
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    /// Access key [env: LKCTL_S3_ACCESS_KEY, AWS_ACCESS_KEY_ID]
    #[arg(long, value_name = "KEY")]
    pub access_key: Option<String>,
    /// Secret key [env: LKCTL_S3_SECRET_KEY, AWS_SECRET_ACCESS_KEY] (prefer the environment)
    #[arg(long, value_name = "SECRET")]
    pub secret_key: Option<String>,
    /// Path-style addressing (endpoint/bucket/key), needed by most self-hosted servers [env: LKCTL_S3_PATH_STYLE]
    #[arg(long)]
    pub path_style: bool,
}

impl S3Args {
    /// Flags, then `LKCTL_S3_*`/AWS variables, then the profile's `[s3]` table (core resolves).
    pub fn config(&self, ctx: &Ctx) -> Result<S3Config> {
        let ov = S3Overrides {
            bucket: self.bucket.clone(),
            region: self.region.clone(),
            endpoint: self.endpoint.clone(),
            access_key: self.access_key.clone(),
            secret_key: self.secret_key.clone(),
            path_style: self.path_style,
        };
        let s = ctx.resolved()?.s3(&ov)?.ok_or_else(|| {
            CliError::invalid(
                "bucket",
                "is required: pass --bucket, set LKCTL_S3_BUCKET, or add `bucket` to the profile's [s3] table",
            )
        })?;
        Ok(s.into())
    }
}

/// A participant's name, metadata and attributes (`participant update`, `sip call`).
#[derive(Debug, Args)]
pub struct ParticipantInfoArgs {
    /// Display name of the participant
    #[arg(long)]
    pub name: Option<String>,
    /// Metadata of the participant
    #[arg(long)]
    pub metadata: Option<String>,
    /// Participant attribute (repeatable); with `participant update` an empty value deletes the key
    #[arg(long = "attribute", value_name = "KEY=VALUE", value_parser = parse_key_val)]
    pub attributes: Vec<(String, String)>,
}

/// Delete several objects, reporting each; a failure makes the whole verb fail.
pub async fn delete_each<F, Fut>(ids: &[String], what: &'static str, mut del: F) -> Output
where
    F: FnMut(String) -> Fut,
    Fut: std::future::Future<Output = lkctl_core::Result<()>>,
{
    let mut rows = Vec::new();
    let mut results = Vec::new();
    let mut failed = 0;
    let mut first_error = None;
    for id in ids {
        match del(id.clone()).await {
            Ok(()) => {
                rows.push(vec![id.clone(), "deleted".into(), "-".into()]);
                results.push(json!({"id": id, "outcome": "deleted"}));
            }
            Err(e) => {
                failed += 1;
                rows.push(vec![id.clone(), "failed".into(), e.to_string()]);
                results.push(json!({"id": id, "outcome": "failed", "error": e.to_string()}));
                first_error.get_or_insert(e);
            }
        }
    }
    let out = Output::rows(json!(results), vec!["id", "outcome", "error"], rows);
    match first_error {
        // One object: fail exactly as that error (not found → 3).
        Some(e) if ids.len() == 1 => out.with_failure(e.into()),
        Some(_) => out.with_failure(
            lkctl_core::Error::Partial {
                what,
                failed,
                total: ids.len(),
            }
            .into(),
        ),
        None => out.with_message(format!("deleted {} {what}", ids.len())),
    }
}

/// Human size: `1.0 MiB`.
pub fn human_size(bytes: i64) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB"];
    let mut v = bytes.max(0) as f64;
    let mut i = 0;
    while v >= 1024.0 && i < units.len() - 1 {
        v /= 1024.0;
        i += 1;
    }
    if i == 0 {
        format!("{bytes} B")
    } else {
        format!("{v:.1} {}", units[i])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_are_human() {
        assert_eq!(human_size(10), "10 B");
        assert_eq!(human_size(1_048_576), "1.0 MiB");
    }
}
