//! Helpers for the end-to-end tests of the store verbs: a sandbox with its own database
//! (a temp SQLite file, or a throwaway PostgreSQL database) passed with `--database-url`.

#![allow(dead_code)]

use crate::common::{KEY, Run, SECRET, Sandbox};
use lkctl_core::store::testing::TestDb;

/// A sandbox plus the database URL every run gets.
pub struct Db {
    pub sb: Sandbox,
    pub url: String,
    pg: Option<(TestDb, tokio::runtime::Runtime)>,
}

impl Db {
    /// A fresh SQLite file inside the sandbox (created by the first command).
    pub fn sqlite() -> Self {
        let sb = Sandbox::new();
        let url = format!("sqlite://{}", sb.path("store/lkctl.db").display());
        Self { sb, url, pg: None }
    }

    /// A throwaway PostgreSQL database on the test server (dropped when `self` is dropped).
    pub fn postgres() -> Self {
        let rt = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let db = rt
            .block_on(TestDb::postgres())
            .expect("PostgreSQL on 127.0.0.1:5432 (or LKCTL_TEST_PG_URL)");
        // The CLI opens its own pool; close ours so DROP DATABASE is not held up.
        rt.block_on(db.store.close());
        Self {
            sb: Sandbox::new(),
            url: db.url.clone(),
            pg: Some((db, rt)),
        }
    }

    /// Run with `--database-url` and no LiveKit credentials.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all = vec!["--database-url", self.url.as_str()];
        all.extend_from_slice(args);
        self.sb.run(&all)
    }

    /// Run with the test key and secret (enough to sign tokens) but no LiveKit URL.
    pub fn run_signing(&self, args: &[&str]) -> Run {
        let mut all = vec!["--api-key", KEY, "--api-secret", SECRET];
        all.extend_from_slice(args);
        self.run(&all)
    }

    /// Run against a LiveKit (emulator) URL with the test credentials.
    pub fn run_at(&self, url: &str, args: &[&str]) -> Run {
        let mut all = vec!["--url", url];
        all.extend_from_slice(args);
        self.run_signing(&all)
    }

    /// Run with `input` on stdin.
    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        let mut all = vec!["--database-url", self.url.as_str()];
        all.extend_from_slice(args);
        self.sb.run_stdin(&all, input)
    }

    /// A `lkctl` command with `--database-url` set, for runs in the background.
    pub fn cmd(&self, args: &[&str]) -> std::process::Command {
        let mut c = self.sb.cmd();
        c.arg("--database-url").arg(&self.url).args(args);
        c
    }
}

impl Drop for Db {
    fn drop(&mut self) {
        if let Some((db, rt)) = self.pg.take() {
            rt.block_on(db.cleanup());
        }
    }
}

/// A valid fingerprint, different per `n`.
pub fn fp(n: u32) -> String {
    format!("fp-{n:08}-abcdefghijkl")
}

/// Claims of a token signed with the test credentials.
pub fn claims(token: &str) -> livekit_api::access_token::Claims {
    livekit_api::access_token::TokenVerifier::with_api_key(KEY, SECRET)
        .verify(token)
        .expect("token verifies with the test credentials")
}

/// A room with a policy: lobby on or off, host `alice`.
pub fn open_room(db: &Db, room: &str, lobby: bool) {
    db.run(&[
        "room",
        "policy",
        "set",
        room,
        "--host",
        "alice",
        "--lobby",
        if lobby { "on" } else { "off" },
    ])
    .ok();
}
