//! Shared helpers for the end-to-end tests: run the real `lkctl` binary in an
//! isolated environment, optionally against an in-process LiveKit emulator.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// API key the test emulator accepts.
pub const KEY: &str = "testkey";
/// Its secret.
pub const SECRET: &str = "testsecret-0123456789-abcdefghijklmnop";

/// A temporary HOME and config file; the user's own config is never touched.
pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Self {
        Self {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn config_path(&self) -> PathBuf {
        self.dir.path().join("xdg/lkctl/config.toml")
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    /// A `lkctl` command with a clean environment: no LIVEKIT_* or LKCTL_* from the caller.
    pub fn cmd(&self) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_lkctl"));
        for (k, _) in std::env::vars_os() {
            let k = k.to_string_lossy().into_owned();
            if k.starts_with("LIVEKIT_") || k.starts_with("LKCTL_") || k == "NO_COLOR" {
                c.env_remove(k);
            }
        }
        c.env("HOME", self.dir.path())
            .env("XDG_CONFIG_HOME", self.dir.path().join("xdg"))
            .env("XDG_DATA_HOME", self.dir.path().join("data"))
            .env("LKCTL_CONFIG", self.config_path())
            .stdin(Stdio::null());
        c
    }

    /// Run with arguments and no stdin.
    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd().args(args).output().expect("run lkctl"))
    }

    /// Run with arguments and `input` on stdin.
    pub fn run_stdin(&self, args: &[&str], input: &[u8]) -> Run {
        let mut child = self
            .cmd()
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn lkctl");
        match child.stdin.take().expect("stdin").write_all(input) {
            Ok(()) => {}
            // A command may refuse before reading its input (a missing flag, an unsigned
            // delivery): it owes the test no read, and the pipe then breaks if the write is
            // still going on a slow machine. The exit status and output are what is checked.
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            Err(e) => panic!("write stdin: {e}"),
        }
        Run::from(child.wait_with_output().expect("wait lkctl"))
    }

    /// Run against a server: `--url`, `--api-key` and `--api-secret` first.
    pub fn run_at(&self, url: &str, args: &[&str]) -> Run {
        let mut all = vec!["--url", url, "--api-key", KEY, "--api-secret", SECRET];
        all.extend_from_slice(args);
        self.run(&all)
    }
}

/// The outcome of one run.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<std::process::Output> for Run {
    fn from(o: std::process::Output) -> Self {
        Self {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

impl Run {
    /// Assert success and return self.
    #[track_caller]
    pub fn ok(self) -> Self {
        assert_eq!(self.code, 0, "expected success, got {self:#?}");
        self
    }

    /// Assert an exit code and that stderr contains `needle`.
    #[track_caller]
    pub fn fails(self, code: i32, needle: &str) -> Self {
        assert_eq!(self.code, code, "wrong exit code: {self:#?}");
        assert!(
            self.stderr.contains(needle),
            "stderr lacks {needle:?}: {self:#?}"
        );
        self
    }

    /// Parse stdout as one JSON document.
    #[track_caller]
    pub fn json(&self) -> serde_json::Value {
        assert!(
            self.stdout.ends_with('\n'),
            "JSON output must end with a newline: {self:#?}"
        );
        assert_eq!(
            self.stdout.trim_end().lines().count(),
            1,
            "JSON must be compact: {self:#?}"
        );
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("stdout is not JSON ({e}): {self:#?}"))
    }

    /// Parse stderr as the JSON error document.
    #[track_caller]
    pub fn json_error(&self) -> serde_json::Value {
        serde_json::from_str(self.stderr.trim())
            .unwrap_or_else(|e| panic!("stderr is not a JSON error ({e}): {self:#?}"))
    }
}

/// Replace volatile values (sids, timestamps, tokens) so JSON can be compared with a golden file.
pub fn normalize(v: &mut serde_json::Value) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            for (k, val) in map.iter_mut() {
                match (k.as_str(), &*val) {
                    (
                        "sid" | "creation_time" | "joined_at" | "not_before" | "expires_at"
                        | "token",
                        Value::String(_),
                    ) => *val = Value::String(format!("<{k}>")),
                    _ => normalize(val),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(normalize),
        _ => {}
    }
}

/// Compare JSON with `tests/golden/<name>.json` after normalising it.
/// `LKCTL_UPDATE_GOLDEN=1` rewrites the file *and fails the test*: an update never passes
/// without a comparison, so a committed golden change is always deliberate (rerun without
/// the switch to see the suite pass).
#[track_caller]
pub fn assert_golden(name: &str, mut actual: serde_json::Value) {
    normalize(&mut actual);
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(format!("{name}.json"));
    let pretty = serde_json::to_string_pretty(&actual).expect("serialize") + "\n";
    if std::env::var_os("LKCTL_UPDATE_GOLDEN").is_some() {
        let before = std::fs::read_to_string(&path).ok();
        std::fs::write(&path, &pretty).expect("write golden");
        let what = match before {
            Some(b) if b == pretty => "unchanged",
            Some(_) => "rewritten",
            None => "created",
        };
        panic!(
            "golden {name} {what} at {} because LKCTL_UPDATE_GOLDEN is set; review the diff and \
             rerun without it",
            path.display()
        );
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|_| panic!("missing {}; run with LKCTL_UPDATE_GOLDEN=1", path.display()));
    assert_eq!(
        pretty, expected,
        "golden {name} differs; if intended, rerun with LKCTL_UPDATE_GOLDEN=1"
    );
}

/// An in-process LiveKit emulator on 127.0.0.1:0, served by its own runtime so
/// tests can stay synchronous while the binary talks to it.
pub struct Emu {
    pub url: String,
    pub running: lkctl_emulator::RunningEmulator,
    rt: tokio::runtime::Runtime,
}

impl Emu {
    /// Start with the test key pair and no demo data.
    pub fn start() -> Self {
        Self::start_with(|_| {})
    }

    /// Start with a tweaked configuration.
    pub fn start_with(tweak: impl FnOnce(&mut lkctl_emulator::EmulatorConfig)) -> Self {
        use lkctl_emulator::{Emulator, EmulatorConfig};
        let rt = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("runtime");
        let mut config = EmulatorConfig {
            keys: vec![(KEY.into(), SECRET.into())],
            ..EmulatorConfig::default()
        };
        tweak(&mut config);
        let running = rt
            .block_on(Emulator::start(config))
            .expect("start emulator");
        Self {
            url: running.url.clone(),
            running,
            rt,
        }
    }

    /// Run `f` with the control handle inside the emulator's runtime.
    pub fn control<T>(&self, f: impl FnOnce(&lkctl_emulator::Control) -> T) -> T {
        let _guard = self.rt.enter();
        f(&self.running.control())
    }

    /// Create a room with RoomService `CreateRoom`, as a LiveKit client would.
    pub fn room(&self, name: &str) {
        let client = livekit_api::services::room::RoomClient::with_api_key(
            &self.url,
            self.running.api_key(),
            self.running.api_secret(),
        );
        self.rt
            .block_on(client.create_room(name, Default::default()))
            .expect("create room");
    }

    /// Add a participant with an audio and a video track.
    pub fn participant(&self, room: &str, identity: &str) {
        use lkctl_emulator::{ParticipantSpec, TrackSpec};
        self.control(|c| {
            c.add_participant(
                room,
                ParticipantSpec::new(identity)
                    .name(identity.to_uppercase())
                    .track(TrackSpec::audio("mic"))
                    .track(TrackSpec::video("camera")),
            )
            .expect("add participant")
        });
    }

    /// A participant's current state in the emulator.
    pub fn participant_info(
        &self,
        room: &str,
        identity: &str,
    ) -> Option<livekit_protocol::ParticipantInfo> {
        self.control(|c| c.room(room)?.participant(identity).cloned())
    }
}

mod corpus;
#[allow(unused_imports)] // not every test binary reads the corpus
pub use corpus::corpus;
