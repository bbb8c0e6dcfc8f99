//! The `lkctl` binary: thin glue around [`lkctl_cli`].
//!
//! Start-up matters for a CLI that scripts call thousands of times, so the command line is
//! parsed before any runtime exists (`--help`, `--version` and usage errors need none), and
//! each command gets the runtime it needs: offline commands (tokens, profiles, completions)
//! a single-threaded runtime and no TLS set-up; commands that make a few calls a
//! single-threaded runtime with the process-wide rustls crypto provider installed (several
//! dependencies pull in different providers, and TLS clients panic when the choice is
//! ambiguous); servers and workers a multi-threaded one.

use lkctl_cli::{Parsed, RuntimeKind};

fn main() {
    // A completion script asking for candidates: answer and exit (live values may need TLS).
    if lkctl_cli::complete::requested() {
        let _ = rustls::crypto::ring::default_provider().install_default();
        lkctl_cli::complete::complete_if_requested();
    }
    const LONG_VERSION: &str = concat!(env!("CARGO_PKG_VERSION"), " (", env!("LKCTL_COMMIT"), ")");
    let invocation =
        match lkctl_cli::parse_with_long_version(std::env::args_os(), Some(LONG_VERSION)) {
            Parsed::Run(invocation) => invocation,
            Parsed::Exit(code) => std::process::exit(code),
        };
    let kind = invocation.runtime();
    if kind != RuntimeKind::Offline {
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
    let mut builder = match kind {
        RuntimeKind::Server => tokio::runtime::Builder::new_multi_thread(),
        RuntimeKind::Offline | RuntimeKind::Client => tokio::runtime::Builder::new_current_thread(),
    };
    let runtime = match builder.enable_all().build() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    let code = runtime.block_on(invocation.run());
    // Background tasks (an emulator, pending requests) must not keep the process alive.
    runtime.shutdown_background();
    std::process::exit(code);
}
