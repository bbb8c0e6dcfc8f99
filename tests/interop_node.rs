//! Independent official client: LiveKit's Node server SDK (JSON Twirp, its own
//! token and webhook code) against the emulator. Needs `node` and
//! `tests/interop/node/node_modules` (`npm ci` there; `.ci/run` does it).
//! `#[ignore]`d by default (reported as skipped); run with `--run-ignored all`, and then a
//! missing Node fails the test (tests/services/mod.rs).

mod interop_checks;
mod services;

use std::path::Path;
use std::process::Command;

use lkctl_core::Secret;
use lkctl_core::token::{TokenRequest, create};
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

#[tokio::test]
#[ignore = "needs node and `npm ci` in tests/interop/node; run with --run-ignored all"]
async fn node_server_sdk_against_the_emulator() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/node");
    let have_node = Command::new("node")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_node || !dir.join("node_modules/livekit-server-sdk").exists() {
        services::missing(
            "node_server_sdk_against_the_emulator",
            "node or the livekit-server-sdk package",
            services::INSTALL_NODE,
        );
    }
    let port = free_port();
    let cfg = EmulatorConfig {
        keys: vec![(KEY.into(), SECRET.into())],
        webhook_urls: vec![format!("http://127.0.0.1:{port}/webhook")],
        ..Default::default()
    };
    let emu = Emulator::start(cfg).await.expect("start emulator");
    let ours = create(
        KEY,
        &Secret::new(SECRET),
        &TokenRequest {
            identity: Some("lkctl-user".into()),
            room: Some("node-room".into()),
            room_join: true,
            ..Default::default()
        },
    )
    .unwrap();
    let out = tokio::process::Command::new("node")
        .arg(dir.join("roomservice.mjs"))
        .env("LK_URL", &emu.url)
        .env("LK_KEY", KEY)
        .env("LK_SECRET", SECRET)
        .env("WEBHOOK_PORT", port.to_string())
        .env("LKCTL_TOKEN", &ours.token)
        .output()
        .await
        .unwrap();
    let node_token = interop_checks::assert_checks("node roomservice.mjs", &out, 20);
    // And the other direction: a token minted by the Node SDK verifies with lkctl-core.
    let info = lkctl_core::token::verify(&node_token.unwrap(), KEY, &Secret::new(SECRET)).unwrap();
    assert_eq!(info.identity, "zed");
    assert_eq!(info.room, "node-room");
    emu.shutdown().await;
}
