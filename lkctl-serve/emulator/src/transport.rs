//! The Twirp transport exactly as LiveKit serves it (LIVEKIT.md §1): token middleware first
//! (plain-text 401s), then method, path and Content-Type checks (`bad_route`), body decoding
//! (`malformed`), injected latency and failures, and finally the registered service.

use axum::body::Bytes;
use axum::extract::State as AxState;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use prost_reflect::MethodDescriptor;

use super::Emulator;
use super::auth::{self, AuthError, Grants};
use super::codec;
use super::error::{Code, TwirpError};
use super::service::{CallCtx, Request};

/// LiveKit's request body limit; axum answers 413 in plain text above it.
pub(crate) const MAX_BODY_BYTES: usize = 10 * 1024 * 1024;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Encoding {
    Json,
    Protobuf,
}

impl Encoding {
    fn content_type(self) -> &'static str {
        match self {
            Encoding::Json => "application/json",
            Encoding::Protobuf => "application/protobuf",
        }
    }
}

/// `GET /`: the server's health check.
pub(crate) async fn health() -> &'static str {
    "OK"
}

/// Every request under `/twirp/`.
pub(crate) async fn handle(
    AxState(emu): AxState<Emulator>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let grants = match authenticate(&emu, &uri, &headers, &body) {
        Ok(grants) => grants,
        Err(e) => return plain_401(e),
    };
    // Latency is applied outside any lock so concurrent calls overlap.
    let (latency, clock) = {
        let state = emu.state();
        (state.faults.latency, state.clock.clone())
    };
    if !latency.is_zero() {
        clock.sleep(latency).await;
    }
    match dispatch(&emu, grants, &method, &uri, &headers, body).await {
        Ok(resp) => resp,
        Err(e) => e.into_response(),
    }
}

async fn dispatch(
    emu: &Emulator,
    grants: Grants,
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: Bytes,
) -> Result<Response, TwirpError> {
    let path = uri.path();
    if method != Method::POST {
        let msg = format!(
            "unsupported method {:?} (only POST is allowed)",
            method.as_str()
        );
        return Err(TwirpError::bad_route(msg, method.as_str(), path));
    }
    let no_handler = || {
        TwirpError::bad_route(
            format!("no handler for path {path:?}"),
            method.as_str(),
            path,
        )
    };
    let (service_name, rpc) = parse_path(path).ok_or_else(no_handler)?;
    let service = emu.service(service_name).ok_or_else(no_handler)?;
    let rpc_desc = method_descriptor(service_name, rpc).ok_or_else(no_handler)?;

    let raw_ct = headers
        .get(header::CONTENT_TYPE)
        .map(|v| String::from_utf8_lossy(v.as_bytes()));
    let raw_ct = raw_ct.unwrap_or_default();
    let encoding = match raw_ct
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
        .as_str()
    {
        "application/json" => Encoding::Json,
        "application/protobuf" => Encoding::Protobuf,
        _ => {
            let msg = format!("unexpected Content-Type: {raw_ct:?}");
            return Err(TwirpError::bad_route(msg, method.as_str(), path));
        }
    };

    let proto_body = match encoding {
        Encoding::Protobuf => body,
        Encoding::Json => codec::decode_json(&rpc_desc.input(), &body)
            .map(Bytes::from)
            .map_err(|_| TwirpError::malformed("the json request could not be decoded"))?,
    };

    if let Some(err) = emu.state().faults.take(service_name, rpc) {
        return Err(err);
    }

    let ctx = CallCtx {
        grants,
        emulator: emu.clone(),
        http_method: method.as_str().to_owned(),
        path: path.to_owned(),
    };
    let reply = service.call(&ctx, rpc, Request::new(proto_body)).await?;

    let out = match encoding {
        Encoding::Protobuf => reply.body,
        Encoding::Json => {
            let value = codec::encode_json(&rpc_desc.output(), &reply.body).map_err(|e| {
                TwirpError::new(
                    Code::Internal,
                    format!("failed to marshal json response: {e}"),
                )
            })?;
            serde_json::to_vec(&value).unwrap_or_default()
        }
    };
    let mut resp = (StatusCode::OK, out).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static(encoding.content_type()),
    );
    Ok(resp)
}

/// Splits `/twirp/livekit.<Service>/<Method>` like twirp's `parseTwirpPath`.
fn parse_path(path: &str) -> Option<(&str, &str)> {
    let (head, rpc) = path.rsplit_once('/')?;
    let (prefix, pkg_service) = head.rsplit_once('/')?;
    let service = pkg_service.strip_prefix("livekit.")?;
    (prefix == "/twirp" && !rpc.is_empty()).then_some((service, rpc))
}

fn method_descriptor(service: &str, rpc: &str) -> Option<MethodDescriptor> {
    let svc = codec::pool().get_service_by_name(&format!("livekit.{service}"))?;
    svc.methods().find(|m| m.name() == rpc)
}

/// The token middleware: header `Authorization: Bearer <jwt>`, else form value `access_token`
/// (query string or urlencoded body). No token at all passes with no grants.
fn authenticate(
    emu: &Emulator,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Grants, AuthError> {
    let token = match headers.get(header::AUTHORIZATION) {
        Some(value) if !value.is_empty() => {
            let value = String::from_utf8_lossy(value.as_bytes());
            value
                .strip_prefix("Bearer ")
                .ok_or(AuthError::MissingBearer)?
                .to_owned()
        }
        _ => form_token(uri, headers, body).unwrap_or_default(),
    };
    if token.is_empty() {
        return Ok(Grants(None));
    }
    auth::verify(&token, &emu.config().keys).map(|c| Grants(Some(c)))
}

fn form_token(uri: &Uri, headers: &HeaderMap, body: &Bytes) -> Option<String> {
    let from_query = uri.query().and_then(|q| form_value(q, "access_token"));
    from_query.or_else(|| {
        let ct = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
        if !ct
            .to_ascii_lowercase()
            .starts_with("application/x-www-form-urlencoded")
        {
            return None;
        }
        form_value(std::str::from_utf8(body).ok()?, "access_token")
    })
}

/// Finds `key` in an urlencoded form (JWTs need no percent-decoding beyond `+`/`%XX`, which
/// never occur in their base64url alphabet, so raw values are taken as is).
fn form_value(form: &str, key: &str) -> Option<String> {
    form.split('&').find_map(|pair| {
        let (k, v) = pair.split_once('=')?;
        (k == key).then(|| v.to_owned())
    })
}

fn plain_401(err: AuthError) -> Response {
    let mut resp = (StatusCode::UNAUTHORIZED, err.to_string()).into_response();
    resp.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    resp
}

#[cfg(test)]
mod tests {
    use super::parse_path;

    #[test]
    fn paths_parse_like_twirp() {
        assert_eq!(
            parse_path("/twirp/livekit.RoomService/ListRooms"),
            Some(("RoomService", "ListRooms"))
        );
        assert_eq!(parse_path("/twirp/livekit.RoomService/"), None);
        assert_eq!(parse_path("/other/livekit.RoomService/ListRooms"), None);
        assert_eq!(parse_path("/twirp/other.RoomService/ListRooms"), None);
        assert_eq!(parse_path("/twirp/livekit.RoomService/ListRooms/x"), None);
    }
}
