//! Shared helpers for the emulator integration tests.
#![allow(dead_code)] // each test binary uses a different subset

use livekit_api::access_token::{AccessToken, SIPGrants, VideoGrants};
use livekit_api::services::room::RoomClient;
use lkctl_emulator::{
    DEV_API_KEY, DEV_API_SECRET, Emulator, EmulatorConfig, ManualClock, RunningEmulator,
};
use serde_json::Value;

pub async fn start() -> RunningEmulator {
    start_with(EmulatorConfig::dev_default()).await
}

pub async fn start_with(cfg: EmulatorConfig) -> RunningEmulator {
    Emulator::start(cfg).await.expect("start emulator")
}

/// An emulator on a manual clock, and the clock: time passes only through
/// `Control::advance`, so timeouts and job steps are tested by moving it, never by waiting.
pub async fn start_manual() -> (RunningEmulator, ManualClock) {
    let clock = ManualClock::starting_now();
    let cfg = EmulatorConfig {
        clock: Some(clock.clone()),
        ..EmulatorConfig::dev_default()
    };
    (start_with(cfg).await, clock)
}

pub fn rooms(emu: &RunningEmulator) -> RoomClient {
    RoomClient::with_api_key(&emu.url, DEV_API_KEY, DEV_API_SECRET)
}

pub fn token(grants: VideoGrants) -> String {
    AccessToken::with_api_key(DEV_API_KEY, DEV_API_SECRET)
        .with_grants(grants)
        .to_jwt()
        .unwrap()
}

pub fn token_with_sip(grants: VideoGrants, sip: SIPGrants) -> String {
    AccessToken::with_api_key(DEV_API_KEY, DEV_API_SECRET)
        .with_grants(grants)
        .with_sip_grants(sip)
        .to_jwt()
        .unwrap()
}

pub fn admin(room: &str) -> String {
    token(VideoGrants {
        room_admin: true,
        room: room.into(),
        ..Default::default()
    })
}

pub fn creator() -> String {
    token(VideoGrants {
        room_create: true,
        room_list: true,
        ..Default::default()
    })
}

/// A raw HTTP answer.
pub struct Answer {
    pub status: u16,
    pub content_type: String,
    pub content_length: Option<u64>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }
}

pub async fn send(
    method: reqwest::Method,
    url: &str,
    auth: Option<&str>,
    content_type: Option<&str>,
    body: impl Into<reqwest::Body>,
) -> Answer {
    let mut req = reqwest::Client::new().request(method, url).body(body);
    if let Some(auth) = auth {
        req = req.header("Authorization", auth);
    }
    if let Some(ct) = content_type {
        req = req.header("Content-Type", ct);
    }
    let resp = req.send().await.expect("request");
    let status = resp.status().as_u16();
    let content_type = resp
        .headers()
        .get("content-type")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    let content_length = resp
        .headers()
        .get("content-length")
        .map(|v| v.to_str().unwrap().parse().unwrap());
    let body = resp.bytes().await.expect("body").to_vec();
    Answer {
        status,
        content_type,
        content_length,
        body,
    }
}

/// POSTs JSON to a RoomService method with a Bearer token.
pub async fn twirp_json(emu: &RunningEmulator, method: &str, token: &str, body: &str) -> Answer {
    send(
        reqwest::Method::POST,
        &format!("{}/twirp/livekit.RoomService/{method}", emu.url),
        Some(&format!("Bearer {token}")),
        Some("application/json"),
        body.to_owned(),
    )
    .await
}

/// Calls the control API with a valid dev token.
pub async fn control(
    emu: &RunningEmulator,
    method: reqwest::Method,
    path: &str,
    body: Value,
) -> Answer {
    let auth = format!("Bearer {}", token(VideoGrants::default()));
    let body = if body.is_null() {
        String::new()
    } else {
        body.to_string()
    };
    send(
        method,
        &format!("{}{path}", emu.url),
        Some(&auth),
        Some("application/json"),
        body,
    )
    .await
}
