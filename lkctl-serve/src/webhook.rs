//! `POST /webhooks/livekit`: LiveKit's signed deliveries, verified against the API secret
//! (see [`lkctl_core::ops::webhook_receiver`]) and applied through core.
//!
//! Oversized bodies are refused with 413 before anything is parsed; unsigned, forged,
//! wrong-key and body-mismatched deliveries with 401; neither changes the store. Accepted
//! deliveries are deduplicated by event id (LiveKit retries) and recorded with their outcome.

use axum::Json;
use axum::extract::{Request, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use lkctl_core::ops::webhook_receiver;
use lkctl_core::ops::webhooks::parse_webhook;

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;

/// Largest webhook body accepted (LiveKit's events are a few kilobytes).
pub const MAX_WEBHOOK_BODY: usize = 256 * 1024;

/// Receive one delivery.
pub async fn receive(State(state): State<AppState>, req: Request) -> ApiResult<Response> {
    let authorization = req
        .headers()
        .get(header::AUTHORIZATION)
        .map(|v| v.to_str().map(str::to_owned).unwrap_or_default());
    let limit = MAX_WEBHOOK_BODY.min(state.options.body_limit);
    let body = match crate::api::read_body(req.into_body(), limit).await {
        Ok(b) => b,
        Err(resp) => {
            tracing::warn!("webhook refused: body over {limit} bytes");
            state.metrics().webhook_delivery("too_large");
            return Ok(resp);
        }
    };
    if let Err(e) = webhook_receiver::verify(
        authorization.as_deref(),
        &body,
        &state.api_key,
        &state.api_secret,
    ) {
        tracing::warn!(reason = %e, "webhook refused");
        state.metrics().webhook_delivery("bad_signature");
        return Err(ApiError::unauthenticated(
            "webhook signature is missing or invalid",
        ));
    }
    let event = match parse_webhook(&body) {
        Ok(e) => e,
        Err(e) => {
            state.metrics().webhook_delivery("invalid");
            return Err(e.into());
        }
    };
    let delivery = match webhook_receiver::receive(&state.store, &state.bans, &event).await {
        Ok(d) => d,
        Err(e) => {
            state.metrics().webhook_delivery("error");
            return Err(e.into());
        }
    };
    let outcome = if delivery.outcome.recorded == "duplicate" {
        "duplicate"
    } else {
        "applied"
    };
    state.metrics().webhook_delivery(outcome);
    tracing::info!(
        event = %delivery.outcome.event,
        event_id = %delivery.outcome.event_id,
        recorded = %delivery.outcome.recorded,
        "webhook"
    );
    Ok(Json(delivery).into_response())
}
