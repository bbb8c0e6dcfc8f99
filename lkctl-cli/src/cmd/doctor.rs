//! `lkctl doctor`: URL scheme, reachability, credentials and clock skew, one verdict per check.

use clap::Args;
use lkctl_core::Error;
use lkctl_core::models::Check;
use lkctl_core::ops::doctor;

use crate::Ctx;
use crate::exit::{CliError, Result};
use crate::output::Output;

/// Flags of `lkctl doctor` (it uses the global connection flags).
#[derive(Debug, Args)]
#[command(after_long_help = concat!("\
Each check prints ok, warn, fail or skipped. The exit code follows the first failed
check: 2 for a bad or missing URL or credentials, 5 when the server is unreachable or
is not a LiveKit server, 4 when it rejects the credentials, 1 for a clock too far off.
Where each setting came from is printed on stderr first.

", crate::precedence_table!()))]
pub struct DoctorArgs {}

/// The error matching the first failed check, so the exit code says what is wrong.
fn failure(checks: &[Check]) -> Option<CliError> {
    let failed: Vec<&Check> = checks.iter().filter(|c| c.verdict == "fail").collect();
    let first = failed.first()?;
    let names: Vec<&str> = failed.iter().map(|c| c.name.as_str()).collect();
    let summary = format!(
        "{} of {} checks failed: {}",
        failed.len(),
        checks.len(),
        names.join(", ")
    );
    let error = match first.name.as_str() {
        "url" | "credentials configured" => Error::Config(summary),
        "reachability" => Error::Unavailable {
            url: "LiveKit".into(),
            reason: summary,
            source: None,
        },
        "credentials accepted" => Error::Unauthenticated(summary),
        "livekit api" => Error::NotLiveKit {
            url: String::new(),
            reason: summary,
        },
        _ => Error::Internal(summary),
    };
    // The table already says why each check failed; a hint would repeat it.
    Some(CliError { error, hint: None })
}

impl DoctorArgs {
    pub async fn run(self, ctx: &Ctx) -> Result<Output> {
        let resolved = ctx.resolved()?;
        if !ctx.global.verbose {
            // (--verbose has printed these already.)
            for line in resolved.describe_sources() {
                ctx.note(line);
            }
        }
        let checks = doctor::run(resolved, ctx.global.timeout).await;
        let out = Output::list(&checks);
        Ok(match failure(&checks) {
            Some(f) => out.with_failure(f),
            None => out.with_message("all checks passed"),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, verdict: &str) -> Check {
        Check {
            name: name.into(),
            verdict: verdict.into(),
            detail: "d".into(),
        }
    }

    #[test]
    fn first_failure_decides_the_exit_code() {
        assert!(failure(&[check("url", "ok"), check("clock skew", "warn")]).is_none());
        let f = failure(&[check("url", "ok"), check("reachability", "fail")]).unwrap();
        assert_eq!(f.exit_code(), 5);
        let f = failure(&[check("credentials accepted", "fail")]).unwrap();
        assert_eq!(f.exit_code(), 4);
    }
}
