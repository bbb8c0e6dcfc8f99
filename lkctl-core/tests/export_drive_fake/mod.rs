//! A local double of the parts of Google Drive v3 lkctl uses, faithful to the real
//! protocol: the OAuth token endpoint (refresh token and service-account JWT, verified
//! with RS256), bearer checks with `authError` bodies, files.list with a `q` subset
//! (`and`, `in parents`, `name =`, `mimeType =`, `trashed =`, `appProperties has {…}`,
//! quote escaping; anything else is `invalidQuery`) and paging, files.get, folder
//! creation, `multipart/related` uploads (form-data is refused), resumable uploads (308
//! with `Range`, `bytes */N` status queries, 404 for unknown or expired sessions, 400 for
//! non-contiguous chunks), PATCH of content, Google-shaped error bodies, fault injection
//! and a request log.
//!
//! Longer than our ~600-line mark on purpose: a faithful double of one API reads best as one
//! file laid out like the protocol it imitates.

#![allow(dead_code)]
// Handlers answer errors as ready responses; boxing them would only add noise here.
#![allow(clippy::result_large_err)]

use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::{Arc, Mutex};

use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

pub const CLIENT_ID: &str = "lkctl-test.apps.googleusercontent.com";
pub const CLIENT_SECRET: &str = "test-client-secret-value";
pub const REFRESH_TOKEN: &str = "1//test-refresh-token-value";
pub const SA_EMAIL: &str = "exporter@lkctl-test.iam.gserviceaccount.com";
pub const PARENT: &str = "parent-folder-0001";

/// A fault for the next matching request.
#[derive(Debug, Clone)]
pub enum Fault {
    /// The next Drive request (not the token endpoint) gets this status and reason.
    Status(u16, &'static str),
    /// The next resumable chunk: store only the first `n` bytes, then answer 503.
    PartialChunkThen503(usize),
}

#[derive(Debug, Clone)]
pub struct FakeFile {
    pub id: String,
    pub name: String,
    pub mime_type: String,
    pub parents: Vec<String>,
    pub app_properties: BTreeMap<String, String>,
    pub content: Vec<u8>,
    pub trashed: bool,
}

impl FakeFile {
    fn json(&self) -> Value {
        let mut v = json!({
            "kind": "drive#file",
            "id": self.id,
            "name": self.name,
            "mimeType": self.mime_type,
            "parents": self.parents,
            "appProperties": self.app_properties,
            "trashed": self.trashed,
        });
        if self.mime_type != "application/vnd.google-apps.folder" {
            use md5::Digest;
            v["md5Checksum"] = json!(
                md5::Md5::digest(&self.content)
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            );
            v["size"] = json!(self.content.len().to_string());
        }
        v
    }
}

#[derive(Debug, Clone)]
struct Session {
    metadata: Value,
    update_of: Option<String>,
    content_type: String,
    total: Option<u64>,
    received: Vec<u8>,
    done: Option<String>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Logged {
    pub method: String,
    pub path: String,
    pub upload_type: Option<String>,
    pub content_range: Option<String>,
    pub body_len: usize,
    pub status: u16,
}

#[derive(Default)]
pub struct FakeState {
    pub files: BTreeMap<String, FakeFile>,
    sessions: HashMap<String, Session>,
    tokens: Vec<String>,
    next: u64,
    pub faults: VecDeque<Fault>,
    pub log: Vec<Logged>,
    pub token_requests: Vec<String>,
    pub sa_public_key_pem: Option<String>,
    pub base: String,
    pub refresh_revoked: bool,
}

impl FakeState {
    fn id(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{:06}", self.next)
    }

    /// Every access token issued so far stops working (they "expire").
    pub fn expire_tokens(&mut self) {
        self.tokens.clear();
    }

    /// Every open upload session expires.
    pub fn expire_sessions(&mut self) {
        self.sessions.clear();
    }

    pub fn open_sessions(&self) -> usize {
        self.sessions.values().filter(|s| s.done.is_none()).count()
    }

    pub fn children(&self, parent: &str) -> Vec<&FakeFile> {
        self.files
            .values()
            .filter(|f| f.parents.iter().any(|p| p == parent) && !f.trashed)
            .collect()
    }

    pub fn count(&self, method: &str, path_prefix: &str, upload_type: Option<&str>) -> usize {
        self.log
            .iter()
            .filter(|l| {
                l.method == method
                    && l.path.starts_with(path_prefix)
                    && (upload_type.is_none() || l.upload_type.as_deref() == upload_type)
            })
            .count()
    }
}

pub type Shared = Arc<Mutex<FakeState>>;

pub struct FakeDrive {
    pub state: Shared,
    pub base: String,
    pub token_url: String,
    _task: tokio::task::JoinHandle<()>,
}

impl Drop for FakeDrive {
    fn drop(&mut self) {
        self._task.abort();
    }
}

pub async fn start() -> FakeDrive {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let state: Shared = Arc::new(Mutex::new(FakeState {
        base: base.clone(),
        ..Default::default()
    }));
    state.lock().unwrap().files.insert(
        PARENT.into(),
        FakeFile {
            id: PARENT.into(),
            name: "Lectures".into(),
            mime_type: "application/vnd.google-apps.folder".into(),
            parents: vec!["root".into()],
            app_properties: BTreeMap::new(),
            content: vec![],
            trashed: false,
        },
    );
    let app = axum::Router::new()
        .fallback(handle)
        .with_state(state.clone());
    let task = tokio::spawn(async move {
        let _ = axum::serve(listener, app).await;
    });
    FakeDrive {
        state,
        token_url: format!("{base}/token"),
        base,
        _task: task,
    }
}

fn error(status: u16, reason: &str, message: &str) -> Response {
    let code = StatusCode::from_u16(status).unwrap();
    let body = json!({"error": {
        "code": status,
        "message": message,
        "errors": [{"message": message, "domain": "global", "reason": reason}],
        "status": code.canonical_reason().unwrap_or("").to_uppercase().replace(' ', "_"),
    }});
    (
        code,
        [(header::CONTENT_TYPE, "application/json; charset=UTF-8")],
        body.to_string(),
    )
        .into_response()
}

fn ok_json(v: Value) -> Response {
    (
        StatusCode::OK,
        [(header::CONTENT_TYPE, "application/json; charset=UTF-8")],
        v.to_string(),
    )
        .into_response()
}

async fn handle(State(state): State<Shared>, req: Request) -> Response {
    let (parts, body) = req.into_parts();
    let body = axum::body::to_bytes(body, 64 * 1024 * 1024)
        .await
        .unwrap_or_default();
    let query: HashMap<String, String> =
        url::form_urlencoded::parse(parts.uri.query().unwrap_or("").as_bytes())
            .into_owned()
            .collect();
    let path = parts.uri.path().to_string();
    let mut st = state.lock().unwrap();
    let resp = route(&mut st, &parts.method, &path, &query, &parts.headers, &body);
    st.log.push(Logged {
        method: parts.method.to_string(),
        path: path.clone(),
        upload_type: query.get("uploadType").cloned(),
        content_range: parts
            .headers
            .get(header::CONTENT_RANGE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string),
        body_len: body.len(),
        status: resp.status().as_u16(),
    });
    resp
}

fn route(
    st: &mut FakeState,
    method: &Method,
    path: &str,
    q: &HashMap<String, String>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    if path == "/token" && method == Method::POST {
        return token(st, body);
    }
    // Bearer check.
    let bearer = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "));
    if !bearer.is_some_and(|t| st.tokens.iter().any(|k| k == t)) {
        return error(
            401,
            "authError",
            "Request had invalid authentication credentials.",
        );
    }
    let chunk_put = method == Method::PUT && q.contains_key("upload_id");
    if !chunk_put
        && let Some(pos) = st
            .faults
            .iter()
            .position(|f| matches!(f, Fault::Status(..)))
        && let Some(Fault::Status(code, reason)) = st.faults.remove(pos)
    {
        return error(code, reason, "injected fault");
    }
    match (method.clone(), path) {
        (Method::GET, "/drive/v3/files") => list(st, q),
        (Method::POST, "/drive/v3/files") => create_metadata(st, body),
        (Method::GET, p) if p.starts_with("/drive/v3/files/") => {
            let id = &p["/drive/v3/files/".len()..];
            match st.files.get(id) {
                Some(f) => ok_json(f.json()),
                None => error(404, "notFound", &format!("File not found: {id}.")),
            }
        }
        (Method::POST, "/upload/drive/v3/files") | (Method::PATCH, _)
            if path.starts_with("/upload/drive/v3/files") =>
        {
            let update_of = path
                .strip_prefix("/upload/drive/v3/files/")
                .map(str::to_string);
            if let Some(id) = &update_of
                && !st.files.contains_key(id)
            {
                return error(404, "notFound", &format!("File not found: {id}."));
            }
            match q.get("uploadType").map(String::as_str) {
                Some("multipart") => multipart(st, headers, body, update_of),
                Some("resumable") if !chunk_put => {
                    start_session(st, headers, body, update_of, path)
                }
                _ => error(400, "invalid", "Invalid uploadType."),
            }
        }
        (Method::PUT, p) if p.starts_with("/upload/drive/v3/files") && chunk_put => {
            chunk(st, q, headers, body)
        }
        _ => error(404, "notFound", "Not Found"),
    }
}

fn token(st: &mut FakeState, body: &[u8]) -> Response {
    let form: HashMap<String, String> = url::form_urlencoded::parse(body).into_owned().collect();
    let grant = form.get("grant_type").cloned().unwrap_or_default();
    st.token_requests.push(grant.clone());
    let bad = |e: &str, d: &str| {
        (
            StatusCode::BAD_REQUEST,
            [(header::CONTENT_TYPE, "application/json")],
            json!({"error": e, "error_description": d}).to_string(),
        )
            .into_response()
    };
    match grant.as_str() {
        "refresh_token" => {
            if form.get("client_id").map(String::as_str) != Some(CLIENT_ID)
                || form.get("client_secret").map(String::as_str) != Some(CLIENT_SECRET)
            {
                return (
                    StatusCode::UNAUTHORIZED,
                    json!({"error": "invalid_client", "error_description": "Unauthorized"})
                        .to_string(),
                )
                    .into_response();
            }
            if st.refresh_revoked
                || form.get("refresh_token").map(String::as_str) != Some(REFRESH_TOKEN)
            {
                return bad("invalid_grant", "Token has been expired or revoked.");
            }
        }
        "urn:ietf:params:oauth:grant-type:jwt-bearer" => {
            let Some(assertion) = form.get("assertion") else {
                return bad("invalid_request", "Missing assertion.");
            };
            if let Err(e) = verify_jwt(st, assertion) {
                return bad("invalid_grant", &e);
            }
        }
        _ => return bad("unsupported_grant_type", "Invalid grant_type."),
    }
    let t = format!("ya29.test-{}", st.id(""));
    st.tokens.push(t.clone());
    ok_json(
        json!({"access_token": t, "expires_in": 3599, "scope": "https://www.googleapis.com/auth/drive.file", "token_type": "Bearer"}),
    )
}

fn verify_jwt(st: &FakeState, jwt: &str) -> Result<(), String> {
    use rsa::pkcs1v15::{Signature, VerifyingKey};
    use rsa::pkcs8::DecodePublicKey;
    use rsa::signature::Verifier;
    let parts: Vec<&str> = jwt.split('.').collect();
    if parts.len() != 3 {
        return Err("not a JWT".into());
    }
    let header: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(parts[0])
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let claims: Value = serde_json::from_slice(
        &URL_SAFE_NO_PAD
            .decode(parts[1])
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    if header["alg"] != "RS256" {
        return Err("alg must be RS256".into());
    }
    let pem = st
        .sa_public_key_pem
        .as_deref()
        .ok_or("no service account configured")?;
    let key = rsa::RsaPublicKey::from_public_key_pem(pem).map_err(|e| e.to_string())?;
    let sig = Signature::try_from(
        URL_SAFE_NO_PAD
            .decode(parts[2])
            .map_err(|e| e.to_string())?
            .as_slice(),
    )
    .map_err(|e| e.to_string())?;
    VerifyingKey::<sha2::Sha256>::new(key)
        .verify(format!("{}.{}", parts[0], parts[1]).as_bytes(), &sig)
        .map_err(|_| "Invalid JWT Signature.".to_string())?;
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_secs();
    if claims["iss"] != SA_EMAIL {
        return Err("Invalid issuer.".into());
    }
    if claims["aud"] != format!("{}/token", st.base) {
        return Err("Invalid audience.".into());
    }
    if claims["scope"] != "https://www.googleapis.com/auth/drive.file" {
        return Err("Invalid scope.".into());
    }
    let (iat, exp) = (
        claims["iat"].as_u64().unwrap_or(0),
        claims["exp"].as_u64().unwrap_or(0),
    );
    if exp <= now || iat > now + 60 || exp - iat > 3600 {
        return Err("Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.".into());
    }
    Ok(())
}

/// A parsed `q` term.
enum Term {
    InParents(String),
    Eq(String, String),
    Trashed(bool),
    AppProp(String, String),
}

fn parse_q(q: &str) -> Result<Vec<Term>, String> {
    struct P<'a> {
        s: &'a [u8],
        i: usize,
    }
    impl P<'_> {
        fn ws(&mut self) {
            while self.i < self.s.len() && self.s[self.i].is_ascii_whitespace() {
                self.i += 1;
            }
        }
        fn word(&mut self) -> String {
            self.ws();
            let start = self.i;
            while self.i < self.s.len() && (self.s[self.i].is_ascii_alphanumeric()) {
                self.i += 1;
            }
            String::from_utf8_lossy(&self.s[start..self.i]).into_owned()
        }
        fn sym(&mut self, c: u8) -> Result<(), String> {
            self.ws();
            if self.s.get(self.i) == Some(&c) {
                self.i += 1;
                Ok(())
            } else {
                Err(format!("expected `{}` at {}", c as char, self.i))
            }
        }
        fn string(&mut self) -> Result<String, String> {
            self.sym(b'\'')?;
            let mut out = Vec::new();
            loop {
                match self.s.get(self.i) {
                    None => return Err("unterminated string".into()),
                    Some(b'\\') => {
                        match self.s.get(self.i + 1) {
                            Some(&c @ (b'\'' | b'\\')) => out.push(c),
                            _ => return Err("bad escape".into()),
                        }
                        self.i += 2;
                    }
                    Some(b'\'') => {
                        self.i += 1;
                        return String::from_utf8(out).map_err(|e| e.to_string());
                    }
                    Some(&c) => {
                        out.push(c);
                        self.i += 1;
                    }
                }
            }
        }
        fn expect(&mut self, w: &str) -> Result<(), String> {
            let got = self.word();
            if got == w {
                Ok(())
            } else {
                Err(format!("expected `{w}`, got `{got}`"))
            }
        }
    }
    let mut p = P {
        s: q.as_bytes(),
        i: 0,
    };
    let mut terms = Vec::new();
    loop {
        p.ws();
        if p.s.get(p.i) == Some(&b'\'') {
            let v = p.string()?;
            p.expect("in")?;
            p.expect("parents")?;
            terms.push(Term::InParents(v));
        } else {
            let field = p.word();
            match field.as_str() {
                "trashed" => {
                    p.sym(b'=')?;
                    match p.word().as_str() {
                        "true" => terms.push(Term::Trashed(true)),
                        "false" => terms.push(Term::Trashed(false)),
                        other => return Err(format!("bad boolean `{other}`")),
                    }
                }
                "name" | "mimeType" => {
                    p.sym(b'=')?;
                    terms.push(Term::Eq(field, p.string()?));
                }
                "appProperties" => {
                    p.expect("has")?;
                    p.sym(b'{')?;
                    p.expect("key")?;
                    p.sym(b'=')?;
                    let k = p.string()?;
                    p.expect("and")?;
                    p.expect("value")?;
                    p.sym(b'=')?;
                    let v = p.string()?;
                    p.sym(b'}')?;
                    terms.push(Term::AppProp(k, v));
                }
                other => return Err(format!("unsupported field `{other}`")),
            }
        }
        p.ws();
        if p.i >= p.s.len() {
            return Ok(terms);
        }
        p.expect("and")?;
    }
}

fn list(st: &mut FakeState, q: &HashMap<String, String>) -> Response {
    let terms = match parse_q(q.get("q").map(String::as_str).unwrap_or("")) {
        Ok(t) => t,
        Err(e) => return error(400, "invalidQuery", &format!("Invalid Value: {e}")),
    };
    let matches: Vec<Value> = st
        .files
        .values()
        .filter(|f| {
            terms.iter().all(|t| match t {
                Term::InParents(p) => f.parents.contains(p),
                Term::Eq(field, v) if field == "name" => &f.name == v,
                Term::Eq(_, v) => &f.mime_type == v,
                Term::Trashed(b) => f.trashed == *b,
                Term::AppProp(k, v) => f.app_properties.get(k) == Some(v),
            })
        })
        .map(FakeFile::json)
        .collect();
    let page_size: usize = q
        .get("pageSize")
        .and_then(|s| s.parse().ok())
        .unwrap_or(100)
        .clamp(1, 1000);
    let start: usize = q.get("pageToken").and_then(|s| s.parse().ok()).unwrap_or(0);
    let page: Vec<Value> = matches
        .iter()
        .skip(start)
        .take(page_size)
        .cloned()
        .collect();
    let mut v = json!({"kind": "drive#fileList", "incompleteSearch": false, "files": page});
    if start + page_size < matches.len() {
        v["nextPageToken"] = json!((start + page_size).to_string());
    }
    ok_json(v)
}

fn new_file(
    st: &mut FakeState,
    meta: &Value,
    content: Vec<u8>,
    content_type: &str,
) -> Result<FakeFile, Response> {
    let name = meta["name"].as_str().unwrap_or("Untitled").to_string();
    let parents: Vec<String> = meta["parents"]
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|v| v.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_else(|| vec!["root".into()]);
    for p in &parents {
        if p != "root" && !st.files.contains_key(p) {
            return Err(error(404, "notFound", &format!("File not found: {p}.")));
        }
    }
    let props: BTreeMap<String, String> =
        serde_json::from_value(meta["appProperties"].clone()).unwrap_or_default();
    for (k, v) in &props {
        if k.len() + v.len() > 124 {
            return Err(error(
                400,
                "invalid",
                "The size of a property (key + value) must not exceed 124 bytes.",
            ));
        }
    }
    let f = FakeFile {
        id: st.id("file"),
        name,
        mime_type: meta["mimeType"]
            .as_str()
            .unwrap_or(content_type)
            .to_string(),
        parents,
        app_properties: props,
        content,
        trashed: false,
    };
    st.files.insert(f.id.clone(), f.clone());
    Ok(f)
}

fn apply_update(st: &mut FakeState, id: &str, meta: &Value, content: Vec<u8>) -> Response {
    let Some(f) = st.files.get_mut(id) else {
        return error(404, "notFound", "File not found.");
    };
    if let Some(n) = meta["name"].as_str() {
        f.name = n.into();
    }
    if let Some(m) = meta["mimeType"].as_str() {
        f.mime_type = m.into();
    }
    if let Some(props) = meta["appProperties"].as_object() {
        for (k, v) in props {
            f.app_properties
                .insert(k.clone(), v.as_str().unwrap_or("").into());
        }
    }
    if meta.get("parents").is_some() {
        return error(
            403,
            "fieldNotWritable",
            "The resource body includes fields which are not directly writable.",
        );
    }
    f.content = content;
    ok_json(f.json())
}

fn create_metadata(st: &mut FakeState, body: &[u8]) -> Response {
    let Ok(meta) = serde_json::from_slice::<Value>(body) else {
        return error(400, "parseError", "Parse Error");
    };
    match new_file(st, &meta, vec![], "application/octet-stream") {
        Ok(f) => ok_json(f.json()),
        Err(r) => r,
    }
}

fn multipart(
    st: &mut FakeState,
    headers: &HeaderMap,
    body: &[u8],
    update_of: Option<String>,
) -> Response {
    let ctype = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    if !ctype.starts_with("multipart/related") {
        return error(
            400,
            "badContent",
            &format!(
                "Invalid multipart request with content type {ctype}: expected multipart/related."
            ),
        );
    }
    let Some(boundary) = ctype
        .split(';')
        .find_map(|p| p.trim().strip_prefix("boundary="))
    else {
        return error(400, "badContent", "Missing boundary.");
    };
    let delim = format!("--{boundary}");
    let text = body;
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut rest = text;
    // Split on the delimiter lines.
    let find = |hay: &[u8], needle: &[u8]| hay.windows(needle.len()).position(|w| w == needle);
    let Some(first) = find(rest, delim.as_bytes()) else {
        return error(400, "badContent", "No parts.");
    };
    rest = &rest[first + delim.len()..];
    loop {
        if rest.starts_with(b"--") {
            break;
        }
        let Some(rest2) = rest.strip_prefix(b"\r\n") else {
            return error(400, "badContent", "Malformed part.");
        };
        let end_marker = format!("\r\n{delim}");
        let Some(end) = find(rest2, end_marker.as_bytes()) else {
            return error(400, "badContent", "Unterminated part.");
        };
        parts.push(&rest2[..end]);
        rest = &rest2[end + end_marker.len()..];
    }
    if parts.len() != 2 {
        return error(
            400,
            "badContent",
            "A multipart upload has exactly two parts.",
        );
    }
    let split = |p: &'_ [u8]| -> Option<(String, Vec<u8>)> {
        let at = find(p, b"\r\n\r\n")?;
        Some((
            String::from_utf8_lossy(&p[..at]).into_owned(),
            p[at + 4..].to_vec(),
        ))
    };
    let (Some((h1, meta)), Some((h2, content))) = (split(parts[0]), split(parts[1])) else {
        return error(400, "badContent", "Malformed part headers.");
    };
    if !h1
        .to_ascii_lowercase()
        .contains("content-type: application/json")
    {
        return error(400, "badContent", "The first part must be JSON metadata.");
    }
    let ct = h2
        .lines()
        .find_map(|l| l.strip_prefix("Content-Type: "))
        .unwrap_or("application/octet-stream")
        .to_string();
    let Ok(meta) = serde_json::from_slice::<Value>(&meta) else {
        return error(400, "parseError", "Parse Error");
    };
    match update_of {
        Some(id) => apply_update(st, &id, &meta, content),
        None => match new_file(st, &meta, content, &ct) {
            Ok(f) => ok_json(f.json()),
            Err(r) => r,
        },
    }
}

fn start_session(
    st: &mut FakeState,
    headers: &HeaderMap,
    body: &[u8],
    update_of: Option<String>,
    path: &str,
) -> Response {
    let meta = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice::<Value>(body) {
            Ok(m) => m,
            Err(_) => return error(400, "parseError", "Parse Error"),
        }
    };
    let total = headers
        .get("x-upload-content-length")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok());
    let content_type = headers
        .get("x-upload-content-type")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("application/octet-stream")
        .to_string();
    let upload_id = format!("ADPycd{}", st.id("s"));
    st.sessions.insert(
        upload_id.clone(),
        Session {
            metadata: meta,
            update_of,
            content_type,
            total,
            received: vec![],
            done: None,
        },
    );
    let location = format!(
        "{}{path}?uploadType=resumable&upload_id={upload_id}",
        st.base
    );
    (StatusCode::OK, [(header::LOCATION, location)], "").into_response()
}

fn incomplete(received: usize) -> Response {
    let mut r = axum::http::Response::builder()
        .status(308)
        .header(header::CONTENT_LENGTH, "0");
    if received > 0 {
        r = r.header(header::RANGE, format!("bytes=0-{}", received - 1));
    }
    r.body(Body::empty()).unwrap()
}

fn chunk(
    st: &mut FakeState,
    q: &HashMap<String, String>,
    headers: &HeaderMap,
    body: &[u8],
) -> Response {
    let id = q.get("upload_id").cloned().unwrap_or_default();
    let Some(session) = st.sessions.get(&id).cloned() else {
        return error(404, "notFound", "Upload session not found or expired.");
    };
    if let Some(file_id) = &session.done {
        return ok_json(st.files[file_id].json());
    }
    let range = headers
        .get(header::CONTENT_RANGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    let Some(spec) = range.strip_prefix("bytes ") else {
        return error(400, "badRequest", "Missing Content-Range.");
    };
    let (span, total) = spec.split_once('/').unwrap_or((spec, "*"));
    let total: Option<u64> = total.parse().ok();
    let received = session.received.len();
    if span == "*" {
        // A status query (or the final empty request of a 0-byte upload).
        if !body.is_empty() {
            return error(400, "badRequest", "A status query has no body.");
        }
        if total == Some(received as u64)
            && session.total.is_none_or(|t| t == received as u64)
            && total == Some(0)
        {
            return finish(st, &id);
        }
        return incomplete(received);
    }
    let Some((a, b)) = span.split_once('-') else {
        return error(400, "badRequest", "Bad Content-Range.");
    };
    let (Ok(a), Ok(b)) = (a.parse::<usize>(), b.parse::<usize>()) else {
        return error(400, "badRequest", "Bad Content-Range.");
    };
    if a != received {
        return error(
            400,
            "badRequest",
            &format!("Non-contiguous chunk: expected start {received}, got {a}."),
        );
    }
    if b + 1 - a != body.len() {
        return error(
            400,
            "badRequest",
            "Content-Range does not match the body length.",
        );
    }
    let total = total.or(session.total);
    let is_last = total == Some((b + 1) as u64);
    if !is_last && !body.len().is_multiple_of(256 * 1024) {
        return error(
            400,
            "badRequest",
            "Chunk size must be a multiple of 256 KiB.",
        );
    }
    let partial = match st.faults.front() {
        Some(Fault::PartialChunkThen503(n)) => Some(*n),
        _ => None,
    };
    if let Some(n) = partial {
        st.faults.pop_front();
        let s = st.sessions.get_mut(&id).unwrap();
        s.received.extend_from_slice(&body[..n.min(body.len())]);
        return error(503, "backendError", "Backend Error");
    }
    st.sessions
        .get_mut(&id)
        .unwrap()
        .received
        .extend_from_slice(body);
    if is_last {
        return finish(st, &id);
    }
    incomplete(st.sessions[&id].received.len())
}

fn finish(st: &mut FakeState, upload_id: &str) -> Response {
    let s = st.sessions[upload_id].clone();
    let resp = match &s.update_of {
        Some(fid) => {
            let r = apply_update(st, fid, &s.metadata, s.received.clone());
            if r.status() != StatusCode::OK {
                return r;
            }
            st.sessions.get_mut(upload_id).unwrap().done = Some(fid.clone());
            return ok_json(st.files[fid].json());
        }
        None => new_file(st, &s.metadata, s.received.clone(), &s.content_type),
    };
    match resp {
        Ok(f) => {
            st.sessions.get_mut(upload_id).unwrap().done = Some(f.id.clone());
            ok_json(f.json())
        }
        Err(r) => r,
    }
}
