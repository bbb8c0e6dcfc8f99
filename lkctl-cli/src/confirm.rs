//! Confirmation of destructive verbs, and the `--dry-run` flag of bulk verbs.
//!
//! On a terminal (stdin and stderr both TTYs) a destructive verb asks `y/N`.
//! Off a terminal it refuses unless `--yes` was given, so a script never blocks
//! on a prompt nobody sees and never destroys anything by accident.

use std::io::{BufRead, IsTerminal, Write};

use clap::Args;
use lkctl_core::Error;

use crate::exit::Result;

/// The `--yes` flag group, flattened (globally) into the top-level arguments.
#[derive(Debug, Clone, Default, Args)]
pub struct Confirm {
    /// Answer yes to confirmation prompts (needed for destructive verbs off a terminal)
    #[arg(short = 'y', long, global = true)]
    pub yes: bool,
}

/// The `--dry-run` flag of bulk verbs.
#[derive(Debug, Clone, Default, Args)]
pub struct DryRun {
    /// Show who would be affected and change nothing
    #[arg(long)]
    pub dry_run: bool,
}

impl Confirm {
    /// Go ahead with `action` (e.g. "delete room demo") or fail with exit code 2.
    pub fn check(&self, action: &str) -> Result<()> {
        if self.yes {
            return Ok(());
        }
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Error::NotConfirmed(format!(
                "refusing to {action} without confirmation; pass --yes"
            ))
            .into());
        }
        let mut err = std::io::stderr().lock();
        // The action names rooms and identities other people chose.
        let _ = write!(err, "{}? [y/N] ", crate::safe::Safe::cell(action));
        let _ = err.flush();
        drop(err);
        let mut answer = String::new();
        std::io::stdin()
            .lock()
            .read_line(&mut answer)
            .map_err(|e| Error::Internal(format!("cannot read the answer: {e}")))?;
        if is_yes(&answer) {
            Ok(())
        } else {
            Err(Error::NotConfirmed(format!("did not {action}: not confirmed")).into())
        }
    }
}

fn is_yes(answer: &str) -> bool {
    matches!(answer.trim().to_ascii_lowercase().as_str(), "y" | "yes")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_y_and_yes_confirm() {
        assert!(is_yes("y\n"));
        assert!(is_yes(" YES "));
        assert!(!is_yes(""));
        assert!(!is_yes("n"));
        assert!(!is_yes("yep"));
    }

    #[test]
    fn yes_flag_skips_the_prompt() {
        assert!(Confirm { yes: true }.check("delete room x").is_ok());
    }
}
