//! Errors as the CLI reports them, and the one mapping from error kind to exit code.

use std::io::Write;

use lkctl_core::error::LiveKitReason;
use lkctl_core::{Error, ErrorKind};

use crate::output::OutputFormat;
use crate::safe::Safe;

/// What `lkctl --help` says about output after the exit codes.
pub const OUTPUT_HELP: &str = "\
Output: data goes to stdout, everything else to stderr. `--output json` prints one
compact JSON document per command followed by a newline; lists are `[]` when empty.
Errors print `error: <message>` on stderr, or `{\"error\":{\"code\":..,\"message\":..}}`
with `--output json`. A closed pipe on stdout exits 0 silently.";

/// The exit-code table, shown in `lkctl --help` and the man page, generated from core's
/// one table of error kinds ([`lkctl_core::error::KINDS`]).
pub fn exit_codes_help() -> String {
    let mut help = String::from("Exit codes:\n");
    for row in &lkctl_core::error::KINDS {
        let mut lines = row.meaning.lines();
        help.push_str(&format!(
            "  {}  {}\n",
            row.exit_code,
            lines.next().unwrap_or_default()
        ));
        for more in lines {
            help.push_str(&format!("     {}\n", more.trim_start()));
        }
    }
    help.push('\n');
    help.push_str(OUTPUT_HELP);
    help
}

/// Exit code for a successful run.
pub const OK: i32 = 0;
/// Exit code for usage errors and invalid input (also clap's).
pub const USAGE: i32 = 2;

/// Map an error kind to the documented exit code.
pub fn code_for(kind: ErrorKind) -> i32 {
    kind.exit_code()
}

/// A core error plus an optional hint for people.
#[derive(Debug)]
pub struct CliError {
    pub error: Error,
    pub hint: Option<String>,
}

/// Result type of every command.
pub type Result<T, E = CliError> = std::result::Result<T, E>;

impl From<Error> for CliError {
    fn from(error: Error) -> Self {
        let hint = default_hint(&error);
        Self { error, hint }
    }
}

impl CliError {
    /// An invalid-input error for a flag or argument.
    pub fn invalid(field: impl Into<String>, reason: impl Into<String>) -> Self {
        Error::invalid(field, reason).into()
    }

    /// Replace the hint.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }

    /// The process exit code for this error.
    pub fn exit_code(&self) -> i32 {
        code_for(self.error.kind())
    }

    /// Print the error on stderr in the chosen format.
    pub fn report(&self, format: OutputFormat) {
        let mut err = std::io::stderr().lock();
        let _ = match format {
            OutputFormat::Json => {
                let mut body = serde_json::json!({
                    "error": { "code": self.error.code(), "message": self.error.to_string() }
                });
                // LiveKit's Twirp meta (e.g. sip_status_code) is data a script may need.
                if let Error::LiveKit { meta, .. } = &self.error
                    && !meta.is_empty()
                {
                    body["error"]["meta"] = serde_json::json!(meta);
                }
                writeln!(err, "{body}")
            }
            _ => {
                // Error text often quotes the server or other people's input.
                let r = writeln!(err, "error: {}", safe_line(&self.error.to_string()));
                match &self.hint {
                    Some(h) => writeln!(err, "hint: {}", safe_line(h)),
                    None => r,
                }
            }
        };
    }
}

/// Keep an error on one line: LiveKit and network messages sometimes carry newlines.
fn one_line(msg: &str) -> String {
    msg.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// One line with every control character shown visibly.
fn safe_line(msg: &str) -> Safe {
    Safe::cell(&one_line(msg))
}

fn default_hint(error: &Error) -> Option<String> {
    match error {
        Error::Unauthenticated(_) => {
            Some("check the API key and secret (`lkctl profile show` prints what is in use)".into())
        }
        _ if error.livekit_reason() == Some(LiveKitReason::MissingGrant) => {
            Some("the key lacks the grant this call needs, or the room does not match".into())
        }
        Error::Unavailable { .. } => {
            Some("check the URL and that LiveKit is running (`lkctl doctor` checks both)".into())
        }
        Error::NotFound {
            what: "room policy",
            id,
        } => Some(format!(
            "lkctl keeps lobbies, PINs and invites per room policy; create it with `lkctl room policy set {id}`"
        )),
        Error::NotFound {
            what: "profile", ..
        } => Some("`lkctl profile list` shows the profiles there are".into()),
        _ if error.livekit_reason() == Some(LiveKitReason::RoomNotFound) => {
            Some("`lkctl room list` shows the rooms LiveKit has now".into())
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_map_to_documented_codes() {
        assert_eq!(code_for(ErrorKind::Invalid), 2);
        assert_eq!(code_for(ErrorKind::NotFound), 3);
        assert_eq!(code_for(ErrorKind::Denied), 4);
        assert_eq!(code_for(ErrorKind::Unavailable), 5);
        assert_eq!(code_for(ErrorKind::Conflict), 6);
        assert_eq!(code_for(ErrorKind::RateLimited), 7);
        assert_eq!(code_for(ErrorKind::Declined), 8);
        assert_eq!(code_for(ErrorKind::Internal), 1);
    }

    #[test]
    fn help_lists_every_code_once() {
        let help = exit_codes_help();
        for code in 0..=7 {
            assert_eq!(
                help.lines()
                    .filter(|l| l.starts_with(&format!("  {code}  ")))
                    .count(),
                1,
                "{help}"
            );
        }
        assert!(
            help.contains("\n     such as an egress that ended in failure)\n"),
            "{help}"
        );
        assert!(help.ends_with("exits 0 silently."), "{help}");
    }

    #[test]
    fn errors_get_the_hint_for_their_case_and_keep_their_exit_code() {
        let lk = |code: &str, message: &str| Error::LiveKit {
            code: code.into(),
            message: message.into(),
            meta: Default::default(),
        };
        let hint = |e: Error| CliError::from(e).hint.unwrap_or_default();
        assert!(hint(Error::Unauthenticated("bad".into())).contains("lkctl profile show"));
        assert!(hint(lk("unauthenticated", "permissions denied")).contains("lacks the grant"));
        assert_eq!(hint(lk("unauthenticated", "invalid token")), "");
        assert!(
            hint(Error::Unavailable {
                url: "u".into(),
                reason: "r".into(),
                source: None,
            })
            .contains("lkctl doctor")
        );
        assert!(
            hint(Error::NotFound {
                what: "room policy",
                id: "daily".into(),
            })
            .contains("lkctl room policy set daily")
        );
        assert!(
            hint(Error::NotFound {
                what: "profile",
                id: "p".into(),
            })
            .contains("lkctl profile list")
        );
        assert_eq!(
            hint(Error::NotFound {
                what: "room",
                id: "r".into(),
            }),
            ""
        );
        assert!(hint(lk("not_found", "requested room does not exist")).contains("lkctl room list"));
        assert_eq!(hint(lk("not_found", "participant not found")), "");

        let e = CliError::invalid("pin", "short").with_hint("use four digits");
        assert_eq!(
            (e.exit_code(), e.hint.as_deref()),
            (2, Some("use four digits"))
        );
        assert!(matches!(&e.error, Error::Invalid { field, .. } if field == "pin"));
        assert_eq!(
            CliError::from(lk("resource_exhausted", "busy")).exit_code(),
            7
        );
        assert_eq!(CliError::from(Error::Internal("x".into())).exit_code(), 1);
    }

    #[test]
    fn messages_stay_on_one_line() {
        assert_eq!(one_line("a\n  b\tc"), "a b c");
    }

    #[test]
    fn error_lines_show_escapes_visibly() {
        assert_eq!(
            safe_line("room \u{1b}[2J\u{202e}x not found\n").as_str(),
            "room \\u{1b}[2J\\u{202e}x not found"
        );
    }
}
