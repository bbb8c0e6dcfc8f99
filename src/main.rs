//! The `lkctl` binary: thin glue around [`lkctl_cli`].
//!
//! It installs the process-wide rustls crypto provider (several dependencies pull in
//! different ones, and TLS clients panic when the choice is ambiguous), builds the
//! tokio runtime, runs the command and exits with the code lkctl-cli returns.

fn main() {
    let _ = rustls::crypto::ring::default_provider().install_default();
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            std::process::exit(1);
        }
    };
    let code = runtime.block_on(lkctl_cli::run(std::env::args_os()));
    // Background tasks (an emulator, pending requests) must not keep the process alive.
    runtime.shutdown_background();
    std::process::exit(code);
}
