//! Probing a running `lkctl serve` (container `HEALTHCHECK`, orchestrator probes, scripts):
//! one GET with a deadline, healthy on a 2xx answer.

use std::time::Duration;

use serde::Serialize;

use crate::config::mask_url_password;
use crate::error::{Error, Result};

/// What a probe found.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ProbeResult {
    /// The URL probed (any password in it masked).
    pub url: String,
    /// The HTTP status of the answer.
    pub status: u16,
    /// Whether the status is 2xx.
    pub healthy: bool,
}

/// GET `url` within `timeout`. A 2xx answer is healthy; any other answer is reported
/// (`healthy: false`) and the caller decides; no answer at all is [`Error::Unavailable`].
pub async fn probe(url: &str, timeout: Duration) -> Result<ProbeResult> {
    let invalid = |reason: String| Error::Invalid {
        field: "--url".into(),
        reason,
    };
    let parsed = url::Url::parse(url)
        .map_err(|e| invalid(format!("{e} (expected http://HOST:PORT/healthz)")))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(invalid(format!(
            "scheme {:?} is not http or https",
            parsed.scheme()
        )));
    }
    let shown = mask_url_password(url);
    let client = reqwest::Client::builder()
        .timeout(timeout)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .map_err(|e| Error::Internal(format!("cannot build an HTTP client: {e}")))?;
    let response = client
        .get(parsed)
        .send()
        .await
        .map_err(|e| Error::Unavailable {
            url: shown.clone(),
            reason: if e.is_timeout() {
                format!("no answer within {}", humantime::format_duration(timeout))
            } else {
                "connection failed".into()
            },
            source: Some(Box::new(e)),
        })?;
    let status = response.status();
    Ok(ProbeResult {
        url: shown,
        status: status.as_u16(),
        healthy: status.is_success(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    /// A one-shot HTTP server that answers every connection with `status_line`.
    async fn server(status_line: &'static str) -> String {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            while let Ok((mut socket, _)) = listener.accept().await {
                let mut buf = [0u8; 1024];
                let _ = socket.read(&mut buf).await;
                let reply = format!(
                    "HTTP/1.1 {status_line}\r\ncontent-length: 2\r\nconnection: close\r\n\r\nok"
                );
                let _ = socket.write_all(reply.as_bytes()).await;
            }
        });
        format!("http://{addr}/healthz")
    }

    #[tokio::test]
    async fn a_2xx_answer_is_healthy() {
        let url = server("200 OK").await;
        let r = probe(&url, Duration::from_secs(5)).await.unwrap();
        assert_eq!((r.status, r.healthy), (200, true));
    }

    #[tokio::test]
    async fn other_answers_are_reported_unhealthy() {
        for (line, code) in [("503 Service Unavailable", 503), ("302 Found", 302)] {
            let url = server(line).await;
            let r = probe(&url, Duration::from_secs(5)).await.unwrap();
            assert_eq!((r.status, r.healthy), (code, false), "{line}");
        }
    }

    #[tokio::test]
    async fn no_listener_is_unavailable() {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap();
        drop(listener);
        let err = probe(&format!("http://{addr}/healthz"), Duration::from_secs(5))
            .await
            .unwrap_err();
        assert!(matches!(err, Error::Unavailable { .. }), "{err:?}");
    }

    #[tokio::test]
    async fn bad_urls_name_the_flag() {
        for url in ["not a url", "ftp://127.0.0.1/healthz"] {
            let err = probe(url, Duration::from_secs(1)).await.unwrap_err();
            assert!(
                matches!(err, Error::Invalid { ref field, .. } if field == "--url"),
                "{err:?}"
            );
        }
    }

    #[tokio::test]
    async fn a_password_in_the_url_is_masked() {
        let url = server("200 OK")
            .await
            .replace("http://", "http://u:hunter2@");
        let r = probe(&url, Duration::from_secs(5)).await.unwrap();
        assert!(!r.url.contains("hunter2"), "{}", r.url);
    }
}
