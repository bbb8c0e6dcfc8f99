//! Prometheus metrics, rendered by hand in the text exposition format (0.0.4).
//!
//! Why by hand: four metric families with fixed label sets need a counter map, a gauge
//! and one histogram; the `prometheus-client`/`metrics` crates would bring a registry,
//! their own encoders and (for `metrics`) a global recorder, for output that is ~100
//! lines here, and the format is stable and checked by the tests.
//!
//! - `lkctl_http_requests_total{method,route,status}`: requests by route pattern (the
//!   route table's path, never the raw URL, so cardinality stays bounded);
//! - `lkctl_http_request_duration_seconds{method,route}`: latency to the response head;
//! - `lkctl_sse_streams_open`: open SSE streams ([`Metrics::sse_opened`] guards);
//! - `lkctl_lobby_decisions_total{decision}`: approvals and rejections;
//! - `lkctl_webhook_deliveries_total{outcome}`: webhook deliveries by outcome.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::extract::State;
use axum::http::header;
use axum::response::IntoResponse;

use crate::state::AppState;

/// Upper bounds of the latency histogram's buckets, in seconds.
pub const LATENCY_BUCKETS: [f64; 11] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0,
];

/// The content type of the text exposition format.
pub const CONTENT_TYPE: &str = "text/plain; version=0.0.4; charset=utf-8";

#[derive(Debug, Default, Clone)]
struct Histogram {
    /// Cumulative counts per bucket of [`LATENCY_BUCKETS`].
    buckets: [u64; LATENCY_BUCKETS.len()],
    count: u64,
    sum: f64,
}

impl Histogram {
    fn observe(&mut self, secs: f64) {
        for (i, bound) in LATENCY_BUCKETS.iter().enumerate() {
            if secs <= *bound {
                self.buckets[i] += 1;
            }
        }
        self.count += 1;
        self.sum += secs;
    }
}

#[derive(Debug, Default)]
struct Counters {
    /// (method, route, status) → count.
    requests: BTreeMap<(String, String, u16), u64>,
    /// (method, route) → latency.
    latency: BTreeMap<(String, String), Histogram>,
    /// decision → count.
    lobby: BTreeMap<String, u64>,
    /// outcome → count.
    webhooks: BTreeMap<String, u64>,
}

/// The server's metrics; one per [`AppState`], shared by every request.
#[derive(Debug, Default)]
pub struct Metrics {
    counters: Mutex<Counters>,
    sse_open: AtomicI64,
}

/// Holds one SSE stream open in `lkctl_sse_streams_open`; dropping it (the stream ended,
/// the client left) closes it.
#[derive(Debug)]
pub struct SseGuard(Arc<Metrics>);

impl Drop for SseGuard {
    fn drop(&mut self) {
        self.0.sse_open.fetch_sub(1, Ordering::Relaxed);
    }
}

impl Metrics {
    fn counters(&self) -> std::sync::MutexGuard<'_, Counters> {
        // A panic while holding the lock leaves only counts; keep serving them.
        self.counters.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Count a request to `route` (a route pattern) that answered `status` after `elapsed`.
    pub fn request(&self, method: &str, route: &str, status: u16, elapsed: Duration) {
        let mut c = self.counters();
        *c.requests
            .entry((method.to_string(), route.to_string(), status))
            .or_default() += 1;
        c.latency
            .entry((method.to_string(), route.to_string()))
            .or_default()
            .observe(elapsed.as_secs_f64());
    }

    /// An SSE stream opened; keep the guard in the stream so it counts until it ends.
    pub fn sse_opened(self: &Arc<Self>) -> SseGuard {
        self.sse_open.fetch_add(1, Ordering::Relaxed);
        SseGuard(self.clone())
    }

    /// SSE streams open now.
    pub fn sse_open(&self) -> i64 {
        self.sse_open.load(Ordering::Relaxed)
    }

    /// A lobby decision: `approved`, `rejected` (or another final status).
    pub fn lobby_decision(&self, decision: &str) {
        *self
            .counters()
            .lobby
            .entry(decision.to_string())
            .or_default() += 1;
    }

    /// A webhook delivery's outcome: `applied`, `duplicate`, `bad_signature`, `too_large`,
    /// `invalid` or `error`.
    pub fn webhook_delivery(&self, outcome: &str) {
        *self
            .counters()
            .webhooks
            .entry(outcome.to_string())
            .or_default() += 1;
    }

    /// The text exposition of every metric.
    pub fn render(&self) -> String {
        let c = self.counters();
        let mut out = String::new();
        family(
            &mut out,
            "lkctl_http_requests_total",
            "counter",
            "HTTP requests by route pattern and status.",
        );
        for ((method, route, status), n) in &c.requests {
            let labels = labels(&[
                ("method", method),
                ("route", route),
                ("status", &status.to_string()),
            ]);
            let _ = writeln!(out, "lkctl_http_requests_total{{{labels}}} {n}");
        }
        family(
            &mut out,
            "lkctl_http_request_duration_seconds",
            "histogram",
            "Time to the response head, by route pattern.",
        );
        for ((method, route), h) in &c.latency {
            let base = labels(&[("method", method), ("route", route)]);
            for (bound, n) in LATENCY_BUCKETS.iter().zip(h.buckets) {
                let _ = writeln!(
                    out,
                    "lkctl_http_request_duration_seconds_bucket{{{base},le=\"{bound}\"}} {n}"
                );
            }
            let _ = writeln!(
                out,
                "lkctl_http_request_duration_seconds_bucket{{{base},le=\"+Inf\"}} {}",
                h.count
            );
            let _ = writeln!(
                out,
                "lkctl_http_request_duration_seconds_sum{{{base}}} {}",
                h.sum
            );
            let _ = writeln!(
                out,
                "lkctl_http_request_duration_seconds_count{{{base}}} {}",
                h.count
            );
        }
        family(
            &mut out,
            "lkctl_sse_streams_open",
            "gauge",
            "Server-sent event streams open now.",
        );
        let _ = writeln!(out, "lkctl_sse_streams_open {}", self.sse_open());
        family(
            &mut out,
            "lkctl_lobby_decisions_total",
            "counter",
            "Lobby decisions by outcome.",
        );
        for (decision, n) in &c.lobby {
            let _ = writeln!(
                out,
                "lkctl_lobby_decisions_total{{{}}} {n}",
                labels(&[("decision", decision)])
            );
        }
        family(
            &mut out,
            "lkctl_webhook_deliveries_total",
            "counter",
            "LiveKit webhook deliveries by outcome.",
        );
        for (outcome, n) in &c.webhooks {
            let _ = writeln!(
                out,
                "lkctl_webhook_deliveries_total{{{}}} {n}",
                labels(&[("outcome", outcome)])
            );
        }
        out
    }
}

fn family(out: &mut String, name: &str, kind: &str, help: &str) {
    let _ = writeln!(out, "# HELP {name} {help}");
    let _ = writeln!(out, "# TYPE {name} {kind}");
}

/// `k="v",…` with the format's escapes (backslash, quote, newline).
fn labels(pairs: &[(&str, &str)]) -> String {
    pairs
        .iter()
        .map(|(k, v)| {
            let v = v
                .replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n");
            format!("{k}=\"{v}\"")
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// `GET /metrics`.
pub async fn metrics(State(state): State<AppState>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, CONTENT_TYPE)],
        state.metrics().render(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn histograms_are_cumulative_and_labels_escaped() {
        let m = Metrics::default();
        m.request("GET", "/a", 200, Duration::from_millis(3));
        m.request("GET", "/a", 200, Duration::from_millis(300));
        m.request("GET", "/a", 404, Duration::from_secs(20));
        m.webhook_delivery("we\"ird\n");
        let text = m.render();
        assert!(
            text.contains(r#"lkctl_http_requests_total{method="GET",route="/a",status="200"} 2"#)
        );
        assert!(
            text.contains(r#"lkctl_http_requests_total{method="GET",route="/a",status="404"} 1"#)
        );
        assert!(text.contains(
            r#"lkctl_http_request_duration_seconds_bucket{method="GET",route="/a",le="0.005"} 1"#
        ));
        assert!(text.contains(
            r#"lkctl_http_request_duration_seconds_bucket{method="GET",route="/a",le="0.5"} 2"#
        ));
        assert!(text.contains(
            r#"lkctl_http_request_duration_seconds_bucket{method="GET",route="/a",le="10"} 2"#
        ));
        assert!(text.contains(
            r#"lkctl_http_request_duration_seconds_bucket{method="GET",route="/a",le="+Inf"} 3"#
        ));
        assert!(
            text.contains(
                r#"lkctl_http_request_duration_seconds_count{method="GET",route="/a"} 3"#
            )
        );
        assert!(text.contains(r#"lkctl_webhook_deliveries_total{outcome="we\"ird\n"} 1"#));
    }

    #[test]
    fn sse_guards_count_open_streams() {
        let m = Arc::new(Metrics::default());
        let a = m.sse_opened();
        let b = m.sse_opened();
        assert_eq!(m.sse_open(), 2);
        drop(a);
        assert_eq!(m.sse_open(), 1);
        drop(b);
        assert!(m.render().contains("lkctl_sse_streams_open 0\n"));
    }
}
