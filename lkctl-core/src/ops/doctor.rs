//! `lkctl doctor`: is the configuration usable, and if not, why.

use std::time::{Duration, Instant, SystemTime};

use crate::client::LiveKit;
use crate::config::{Resolved, validate_url};
use crate::models::Check;

/// Clock skew above this fails: tokens are judged with a 60 s leeway.
pub const SKEW_FAIL: Duration = Duration::from_secs(60);
/// Clock skew above this warns.
pub const SKEW_WARN: Duration = Duration::from_secs(5);

fn check(name: &str, verdict: &str, detail: impl Into<String>) -> Check {
    Check {
        name: name.into(),
        verdict: verdict.into(),
        detail: detail.into(),
    }
}

/// Run every check; later checks are `skipped` when an earlier one makes them pointless.
pub async fn run(resolved: &Resolved, timeout: Duration) -> Vec<Check> {
    let mut checks = Vec::new();
    let Some(url) = &resolved.url else {
        checks.push(check(
            "url",
            "fail",
            "no LiveKit URL: pass --url, set LIVEKIT_URL, or add a profile with `lkctl profile add`",
        ));
        return checks;
    };
    match validate_url(&url.value) {
        Ok(u) => {
            let note = if matches!(u.scheme(), "http" | "ws")
                && !matches!(
                    u.host_str(),
                    Some("localhost" | "127.0.0.1" | "::1" | "[::1]")
                ) {
                " (plain text to a remote host: use https:// or wss://)"
            } else {
                ""
            };
            let verdict = if note.is_empty() { "ok" } else { "warn" };
            checks.push(check(
                "url",
                verdict,
                format!(
                    "{} from {}{note}",
                    crate::config::mask_url_password(&url.value),
                    url.source
                ),
            ));
        }
        Err(e) => {
            checks.push(check("url", "fail", e.to_string()));
            return checks;
        }
    }
    let conn = match resolved.connection() {
        Ok(c) => {
            checks.push(check(
                "credentials configured",
                "ok",
                format!("API key {}", c.api_key),
            ));
            Some(c)
        }
        Err(e) => {
            checks.push(check("credentials configured", "fail", e.to_string()));
            None
        }
    };
    let lk = match conn.map(|c| LiveKit::new(c, timeout)) {
        Some(Ok(lk)) => lk,
        Some(Err(e)) => {
            checks.push(check("reachability", "fail", e.to_string()));
            return checks;
        }
        None => {
            let lk_url = url.value.clone();
            checks.push(reachability_only(&lk_url, timeout).await);
            return checks;
        }
    };

    // Reachability and clock: GET / is LiveKit's health check.
    let started = Instant::now();
    match lk.http().get(format!("{}/", lk.url())).send().await {
        Ok(resp) => {
            let ms = started.elapsed().as_millis();
            let status = resp.status();
            checks.push(check(
                "reachability",
                if status.is_success() { "ok" } else { "warn" },
                format!(
                    "{} answered HTTP {} in {ms} ms",
                    crate::config::mask_url_password(lk.url()),
                    status.as_u16()
                ),
            ));
            checks.push(clock_check(resp.headers().get(reqwest::header::DATE)));
        }
        Err(e) => {
            checks.push(check(
                "reachability",
                "fail",
                lk.transport_error(e).to_string(),
            ));
            checks.push(check(
                "credentials accepted",
                "skipped",
                "server unreachable",
            ));
            checks.push(check("clock skew", "skipped", "server unreachable"));
            return checks;
        }
    }

    let started = Instant::now();
    match crate::ops::rooms::list(&lk, &[]).await {
        Ok(rooms) => checks.push(check(
            "credentials accepted",
            "ok",
            format!(
                "ListRooms returned {} room(s) in {} ms",
                rooms.len(),
                started.elapsed().as_millis()
            ),
        )),
        Err(e @ crate::error::Error::NotLiveKit { .. }) => {
            checks.push(check("livekit api", "fail", e.to_string()))
        }
        Err(e) => checks.push(check("credentials accepted", "fail", e.to_string())),
    }
    checks
}

async fn reachability_only(url: &str, timeout: Duration) -> Check {
    let base = match crate::config::http_base_url(url) {
        Ok(b) => b,
        Err(e) => return check("reachability", "skipped", e.to_string()),
    };
    let client = reqwest::Client::builder().timeout(timeout).build();
    match client {
        Ok(c) => match c.get(format!("{base}/")).send().await {
            Ok(r) => check(
                "reachability",
                "ok",
                format!("HTTP {}", r.status().as_u16()),
            ),
            // Without the URL: it may carry a password.
            Err(e) => check("reachability", "fail", e.without_url().to_string()),
        },
        Err(e) => check("reachability", "fail", e.to_string()),
    }
}

fn clock_check(date: Option<&reqwest::header::HeaderValue>) -> Check {
    let Some(text) = date.and_then(|d| d.to_str().ok()) else {
        return check("clock skew", "skipped", "server sent no Date header");
    };
    let Ok(server) = httpdate_parse(text) else {
        return check(
            "clock skew",
            "warn",
            format!("unparsable Date header `{text}`"),
        );
    };
    let now = SystemTime::now();
    let (skew, ahead) = match server.duration_since(now) {
        Ok(d) => (d, "ahead of"),
        Err(e) => (e.duration(), "behind"),
    };
    // The Date header has one-second resolution.
    let secs = skew.as_secs();
    let detail = format!("server clock is {secs}s {ahead} this machine");
    if skew > SKEW_FAIL {
        check(
            "clock skew",
            "fail",
            format!("{detail}; tokens will be rejected, sync the clock (NTP)"),
        )
    } else if skew > SKEW_WARN {
        check("clock skew", "warn", detail)
    } else {
        check("clock skew", "ok", detail)
    }
}

/// Parse an IMF-fixdate (`Sun, 06 Nov 1994 08:49:37 GMT`).
fn httpdate_parse(text: &str) -> Result<SystemTime, ()> {
    let fmt = time::macros::format_description!(
        "[weekday repr:short], [day] [month repr:short] [year] [hour]:[minute]:[second] GMT"
    );
    let dt = time::PrimitiveDateTime::parse(text.trim(), &fmt).map_err(|_| ())?;
    let ts = dt.assume_utc().unix_timestamp();
    Ok(SystemTime::UNIX_EPOCH + Duration::from_secs(ts.max(0) as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_http_dates() {
        let t = httpdate_parse("Sun, 06 Nov 1994 08:49:37 GMT").unwrap();
        assert_eq!(
            t.duration_since(SystemTime::UNIX_EPOCH).unwrap().as_secs(),
            784111777
        );
    }

    #[test]
    fn skew_verdicts() {
        let far = reqwest::header::HeaderValue::from_static("Sun, 06 Nov 1994 08:49:37 GMT");
        assert_eq!(clock_check(Some(&far)).verdict, "fail");
        assert_eq!(clock_check(None).verdict, "skipped");
    }
}
