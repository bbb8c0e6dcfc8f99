//! Independent official client: LiveKit's Python server SDK (`livekit-api`; protobuf
//! Twirp over aiohttp, its own token and webhook code) against the emulator. Needs
//! `tests/interop/python/.venv` with `requirements.txt` installed (`.ci/run` does it).
//! `#[ignore]`d by default (reported as skipped); run with `--run-ignored all`, and then a
//! missing venv fails the test (tests/services/mod.rs).

mod interop_checks;
mod services;

use std::path::Path;

use lkctl_core::Secret;
use lkctl_core::token::{TokenRequest, create};
use lkctl_emulator::{Emulator, EmulatorConfig};

const KEY: &str = "pykey";
const SECRET: &str = "py-secret-0123456789-abcdefghijklmnop";

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

#[tokio::test]
#[ignore = "needs tests/interop/python/.venv (see .ci/run); run with --run-ignored all"]
async fn python_server_sdk_against_the_emulator() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/interop/python");
    let python = dir.join(".venv/bin/python");
    let have_sdk = std::process::Command::new(&python)
        .args(["-c", "import livekit.api"])
        .output()
        .is_ok_and(|o| o.status.success());
    if !have_sdk {
        services::missing(
            "python_server_sdk_against_the_emulator",
            "tests/interop/python/.venv with livekit-api",
            services::INSTALL_PYTHON,
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
            room: Some("py-room".into()),
            room_join: true,
            ..Default::default()
        },
    )
    .unwrap();
    let out = tokio::time::timeout(
        std::time::Duration::from_secs(30),
        tokio::process::Command::new(&python)
            .arg(dir.join("interop.py"))
            .env("LK_URL", &emu.url)
            .env("LK_KEY", KEY)
            .env("LK_SECRET", SECRET)
            .env("WEBHOOK_PORT", port.to_string())
            .env("LKCTL_TOKEN", &ours.token)
            .env("PYTHONDONTWRITEBYTECODE", "1")
            .kill_on_drop(true)
            .output(),
    )
    .await
    .expect("interop.py took over 30 s")
    .unwrap();
    let py_token = interop_checks::assert_checks("python interop.py", &out, 30);
    // And the other direction: a token minted by the Python SDK verifies with lkctl-core.
    let info = lkctl_core::token::verify(&py_token.unwrap(), KEY, &Secret::new(SECRET)).unwrap();
    assert_eq!(info.identity, "pyzed");
    assert_eq!(info.room, "py-room");
    emu.shutdown().await;
}
