//! A real S3-compatible server for tests: `s3s-fs` 0.14.1 (it verifies SigV4).
//!
//! Reusable by any test crate: `#[path = "s3_support/mod.rs"] mod s3_support;` or
//! `mod s3_support;` from `tests/`. The binary comes from `$LKCTL_S3S_FS`, else
//! `~/.cache/lkctl-tools/bin/s3s-fs`, installed by `.ci/run` with
//! `cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools`.
//! Tests that use it are `#[ignore = ...]` (see `tests/services/mod.rs`); when one runs
//! without the binary, [`S3Server::start`] fails it with the install command.
//!
//! s3s-fs serves a directory: bucket `b` is `<root>/b`, object `k` is `<root>/b/k`,
//! so [`S3Server::put`] writes a file instead of going through an SDK.

#![allow(dead_code)]

#[path = "../services/mod.rs"]
mod services;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Access key the server accepts.
pub const ACCESS_KEY: &str = "lkctl-test-access";
/// Its secret.
pub const SECRET_KEY: &str = "lkctl-test-secret-0123456789";

/// Where the s3s-fs binary is, if installed.
pub fn binary() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("LKCTL_S3S_FS") {
        return Some(PathBuf::from(p)).filter(|p| p.exists());
    }
    let home = std::env::var_os("HOME")?;
    Some(PathBuf::from(home).join(".cache/lkctl-tools/bin/s3s-fs")).filter(|p| p.exists())
}

/// A running s3s-fs on a free loopback port with a temporary data directory; killed on drop.
pub struct S3Server {
    pub endpoint: String,
    child: Child,
    root: tempfile::TempDir,
}

impl S3Server {
    /// Start with `buckets` created; fails the test (with the install command) when s3s-fs
    /// is missing.
    pub fn start(test: &str, buckets: &[&str]) -> Self {
        let Some(bin) = binary() else {
            services::missing(test, "s3s-fs", services::INSTALL_S3S_FS);
        };
        let root = tempfile::tempdir().expect("tempdir");
        for b in buckets {
            std::fs::create_dir_all(root.path().join(b)).expect("bucket dir");
        }
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .expect("free port")
            .local_addr()
            .expect("addr")
            .port();
        let child = Command::new(bin)
            .args([
                "--host",
                "127.0.0.1",
                "--port",
                &port.to_string(),
                "--access-key",
                ACCESS_KEY,
                "--secret-key",
                SECRET_KEY,
            ])
            .arg(root.path())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start s3s-fs");
        let server = Self {
            endpoint: format!("http://127.0.0.1:{port}"),
            child,
            root,
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while Instant::now() < deadline {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return server;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("s3s-fs did not listen on port {port}");
    }

    /// Store an object.
    pub fn put(&self, bucket: &str, key: &str, bytes: &[u8]) {
        let path = self.root.path().join(bucket).join(key);
        std::fs::create_dir_all(path.parent().unwrap()).expect("object dir");
        std::fs::write(path, bytes).expect("write object");
    }

    /// The data directory.
    pub fn root(&self) -> &Path {
        self.root.path()
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
