//! Independent official client, beyond RoomService: LiveKit's Node server SDK
//! (`EgressClient`, `IngressClient`, `SipClient`, `AgentDispatchClient`; JSON
//! Twirp) against the emulator, one script per area under `tests/interop/node/`.
//! Needs `node` and `tests/interop/node/node_modules` (`npm ci` there; `.ci/run`
//! does it). `#[ignore]`d by default (reported as skipped); run with `--run-ignored all`,
//! and then a missing Node fails the test (tests/services/mod.rs).

mod interop_checks;
mod services;

use std::path::{Path, PathBuf};
use std::process::Command;

use lkctl_emulator::{Emulator, EmulatorConfig};

const KEY: &str = "nodekey";
const SECRET: &str = "node-secret-0123456789-abcdefghijklm";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

fn node_dir() -> PathBuf {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/node");
    let have_node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_node || !dir.join("node_modules/livekit-server-sdk").exists() {
        services::missing(
            "Node SDK interop",
            "node or the livekit-server-sdk package",
            services::INSTALL_NODE,
        );
    }
    dir
}

/// Runs `script` against a fresh emulator (webhooks to the script's own receiver) and
/// asserts that every printed check passed and that at least `min_checks` ran.
async fn run(script: &str, min_checks: usize) {
    let dir = node_dir();
    let port = free_port();
    let cfg = EmulatorConfig {
        keys: vec![(KEY.into(), SECRET.into())],
        webhook_urls: vec![format!("http://127.0.0.1:{port}/webhook")],
        ..Default::default()
    };
    let emu = Emulator::start(cfg).await.expect("start emulator");
    let out = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        tokio::process::Command::new("node")
            .arg(dir.join(script))
            .env("LK_URL", &emu.url)
            .env("LK_KEY", KEY)
            .env("LK_SECRET", SECRET)
            .env("WEBHOOK_PORT", port.to_string())
            .kill_on_drop(true)
            .output(),
    )
    .await
    .expect("the node script took over 30 s")
    .unwrap();
    interop_checks::assert_checks(script, &out, min_checks);
    emu.shutdown().await;
}

#[tokio::test]
#[ignore = "needs node and `npm ci` in tests/interop/node; run with --run-ignored all"]
async fn node_egress_client_against_the_emulator() {
    run("egress.mjs", 30).await;
}

#[tokio::test]
#[ignore = "needs node and `npm ci` in tests/interop/node; run with --run-ignored all"]
async fn node_ingress_and_agent_dispatch_clients_against_the_emulator() {
    run("ingress_dispatch.mjs", 28).await;
}

#[tokio::test]
#[ignore = "needs node and `npm ci` in tests/interop/node; run with --run-ignored all"]
async fn node_sip_client_against_the_emulator() {
    run("sip.mjs", 38).await;
}
