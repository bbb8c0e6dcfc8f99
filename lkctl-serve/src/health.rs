//! `/healthz` (the process answers) and `/readyz` (the store and LiveKit answer).

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lkctl_core::ops::rooms;
use serde_json::json;

use crate::state::AppState;

/// How long each readiness probe may take.
const PROBE_TIMEOUT: Duration = Duration::from_secs(5);

/// Liveness: 200 as long as the process serves requests.
pub async fn healthz() -> Json<serde_json::Value> {
    Json(json!({ "status": "ok" }))
}

/// Readiness: 200 when the store and LiveKit both answer, else 503. Only `ok` or
/// `unavailable` per check goes to the client; the reason goes to the log.
pub async fn readyz(State(state): State<AppState>) -> Response {
    let store = tokio::time::timeout(PROBE_TIMEOUT, state.store.status());
    let livekit = tokio::time::timeout(PROBE_TIMEOUT, rooms::list(state.livekit(), &[]));
    let (store, livekit) = tokio::join!(store, livekit);
    let store_ok = match store {
        Ok(Ok(status)) if status.pending.is_empty() => true,
        Ok(Ok(status)) => {
            tracing::warn!(pending = status.pending.len(), "readyz: migrations pending");
            false
        }
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readyz: store unavailable");
            false
        }
        Err(_) => {
            tracing::warn!("readyz: store probe timed out");
            false
        }
    };
    let livekit_ok = match livekit {
        Ok(Ok(_)) => true,
        Ok(Err(e)) => {
            tracing::warn!(error = %e, "readyz: LiveKit unavailable");
            false
        }
        Err(_) => {
            tracing::warn!("readyz: LiveKit probe timed out");
            false
        }
    };
    let word = |ok: bool| if ok { "ok" } else { "unavailable" };
    let ready = store_ok && livekit_ok;
    let status = if ready {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    let body = json!({
        "status": if ready { "ready" } else { "unavailable" },
        "checks": { "store": word(store_ok), "livekit": word(livekit_ok) },
    });
    (status, Json(body)).into_response()
}
