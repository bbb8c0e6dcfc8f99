//! A small Server-Sent Events client over reqwest for the guest-flow tests: it reads the
//! response body chunk by chunk and splits it into events and comment lines (heartbeats).

use std::time::Duration;

/// One event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SseEvent {
    pub id: Option<String>,
    pub event: String,
    pub data: String,
}

impl SseEvent {
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.data).unwrap_or_else(|e| panic!("{e}: {}", self.data))
    }
}

/// What the stream yields next.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SseItem {
    Event(SseEvent),
    Comment(String),
}

/// An open stream.
pub struct SseStream {
    resp: reqwest::Response,
    buf: String,
    pending: std::collections::VecDeque<SseItem>,
}

/// How long a test waits for the next item before it fails (a guard against hangs).
pub const HANG_GUARD: Duration = Duration::from_secs(30);

impl SseStream {
    /// Send `req`; a 200 `text/event-stream` answer is a stream, anything else is returned.
    pub async fn open(req: reqwest::RequestBuilder) -> Result<Self, (u16, String)> {
        let resp = req
            .header("accept", "text/event-stream")
            .send()
            .await
            .expect("send");
        let status = resp.status().as_u16();
        let is_sse = resp
            .headers()
            .get("content-type")
            .and_then(|v| v.to_str().ok())
            .is_some_and(|ct| ct.starts_with("text/event-stream"));
        if status != 200 || !is_sse {
            return Err((status, resp.text().await.unwrap_or_default()));
        }
        Ok(Self {
            resp,
            buf: String::new(),
            pending: Default::default(),
        })
    }

    /// The next event or comment; `None` when the server ended the stream.
    pub async fn next_item(&mut self) -> Option<SseItem> {
        loop {
            if let Some(item) = self.pending.pop_front() {
                return Some(item);
            }
            if let Some(end) = self.buf.find("\n\n") {
                let block: String = self.buf.drain(..end + 2).collect();
                self.parse_block(&block);
                continue;
            }
            let chunk = tokio::time::timeout(HANG_GUARD, self.resp.chunk())
                .await
                .expect("the server sent nothing for 30 s");
            match chunk {
                Ok(Some(bytes)) => self.buf.push_str(&String::from_utf8_lossy(&bytes)),
                Ok(None) | Err(_) => return None,
            }
        }
    }

    /// The next event, skipping comments; `None` when the stream ended.
    pub async fn next_event(&mut self) -> Option<SseEvent> {
        loop {
            match self.next_item().await? {
                SseItem::Event(e) => return Some(e),
                SseItem::Comment(_) => {}
            }
        }
    }

    /// The next event, which must exist and be named `name`.
    pub async fn expect(&mut self, name: &str) -> SseEvent {
        let ev = self
            .next_event()
            .await
            .unwrap_or_else(|| panic!("stream ended before `{name}`"));
        assert_eq!(ev.event, name, "{ev:?}");
        ev
    }

    fn parse_block(&mut self, block: &str) {
        let mut ev = SseEvent {
            id: None,
            event: "message".into(),
            data: String::new(),
        };
        let mut has_field = false;
        for line in block.lines() {
            if let Some(comment) = line.strip_prefix(':') {
                self.pending
                    .push_back(SseItem::Comment(comment.trim().to_string()));
                continue;
            }
            let (field, value) = line.split_once(':').unwrap_or((line, ""));
            let value = value.strip_prefix(' ').unwrap_or(value);
            match field {
                "id" => ev.id = Some(value.to_string()),
                "event" => ev.event = value.to_string(),
                "data" => {
                    if !ev.data.is_empty() {
                        ev.data.push('\n');
                    }
                    ev.data.push_str(value);
                }
                _ => continue,
            }
            has_field = true;
        }
        if has_field {
            self.pending.push_back(SseItem::Event(ev));
        }
    }
}
