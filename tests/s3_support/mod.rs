//! A real S3-compatible server for tests: `s3s-fs` 0.14.1 (it verifies SigV4).
//!
//! Reusable by any test crate: `#[path = "s3_support/mod.rs"] mod s3_support;` or
//! `mod s3_support;` from `tests/`. The binary comes from `$LKCTL_S3S_FS`, else
//! `~/.cache/lkctl-tools/bin/s3s-fs`, installed by `.ci/run` with
//! `cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools`.
//! Without it, [`S3Server::start`] prints a loud skip message and returns `None`, or fails
//! the test when `LKCTL_REQUIRE_SERVICES` is set (as `.ci/run` does).
//!
//! s3s-fs serves a directory: bucket `b` is `<root>/b`, object `k` is `<root>/b/k`,
//! so [`S3Server::put`] writes a file instead of going through an SDK.

#![allow(dead_code)]

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
    /// Start with `buckets` created; `None` (after a loud message) when s3s-fs is missing.
    pub fn start(test: &str, buckets: &[&str]) -> Option<Self> {
        let Some(bin) = binary() else {
            assert!(
                std::env::var_os("LKCTL_REQUIRE_SERVICES").is_none(),
                "{test}: s3s-fs is required (LKCTL_REQUIRE_SERVICES is set) but was not found"
            );
            eprintln!(
                "\n**** SKIPPING {test}: s3s-fs not found (set LKCTL_S3S_FS or run `cargo install s3s-fs@0.14.1 \
                 --features binary --locked --root ~/.cache/lkctl-tools`) ****\n"
            );
            return None;
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
                return Some(server);
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
