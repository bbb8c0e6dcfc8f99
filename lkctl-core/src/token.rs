//! LiveKit access tokens: create, inspect (no secret needed) and verify.
//!
//! Tokens are HS256 JWTs with the claim layout of `livekit_api::access_token::Claims`,
//! so they interoperate with the official SDKs in both directions. We sign them
//! ourselves (rather than through `AccessToken`) because `--not-before` needs an
//! `nbf` the builder does not expose. [`TokenIssuer`] is the seam through which the lobby
//! mints join tokens ([`CredentialsIssuer`] signs with the API key and secret).
//!
//! Just over our ~600-line mark because the claim and verification tests stay beside the
//! signing code they pin.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use livekit_api::access_token::{Claims, SIPGrants, VideoGrants};
use serde::Serialize;

use crate::error::{Error, Result};
use crate::secret::Secret;

/// Token lifetime when none is given: 6 h, like the Go, Rust and Node SDKs.
pub const DEFAULT_TTL: Duration = Duration::from_secs(6 * 3600);
/// Lifetimes above this get a warning: long-lived tokens cannot be revoked.
pub const LONG_TTL_WARNING: Duration = Duration::from_secs(24 * 3600);
/// Clock leeway the LiveKit server allows on `exp` and `nbf`.
pub const SERVER_LEEWAY_SECS: u64 = 60;

/// Track sources a token may restrict publishing to.
pub const PUBLISH_SOURCES: [&str; 4] =
    ["camera", "microphone", "screen_share", "screen_share_audio"];
/// Participant kinds a token may declare.
pub const PARTICIPANT_KINDS: [&str; 7] = [
    "standard",
    "ingress",
    "egress",
    "sip",
    "agent",
    "connector",
    "bridge",
];

/// Everything `lkctl token create` can put in a token.
#[derive(Debug, Clone, Default)]
pub struct TokenRequest {
    pub identity: Option<String>,
    pub name: Option<String>,
    pub room: Option<String>,
    pub metadata: Option<String>,
    pub attributes: BTreeMap<String, String>,
    pub kind: Option<String>,
    pub room_join: bool,
    pub room_create: bool,
    pub room_list: bool,
    pub room_admin: bool,
    pub room_record: bool,
    pub ingress_admin: bool,
    pub can_publish: Option<bool>,
    pub can_subscribe: Option<bool>,
    pub can_publish_data: Option<bool>,
    pub can_publish_sources: Vec<String>,
    pub can_update_own_metadata: Option<bool>,
    pub hidden: bool,
    pub agent: bool,
    pub sip_admin: bool,
    pub sip_call: bool,
    /// Lifetime from `not_before` (or now); `None` means [`DEFAULT_TTL`].
    pub valid_for: Option<Duration>,
    /// Start of validity; `None` means now.
    pub not_before: Option<SystemTime>,
    /// Room configuration (JSON of `livekit.RoomConfiguration`), e.g. agent dispatch.
    pub room_config: Option<livekit_protocol::RoomConfiguration>,
    /// Base URL for a ready join link (`BASE?liveKitUrl=...&token=...`).
    pub join_url_base: Option<String>,
    /// The LiveKit URL to embed in the join link.
    pub livekit_url: Option<String>,
}

/// A freshly minted token and what it says, for `--output json`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct IssuedToken {
    pub token: String,
    pub api_key: String,
    pub identity: String,
    pub name: String,
    pub room: String,
    pub kind: String,
    /// The `video` grant with snake_case keys (`room_join`, `can_publish`, ...).
    pub grants: serde_json::Value,
    pub sip_grants: serde_json::Value,
    pub not_before: String,
    pub expires_at: String,
    pub valid_for_secs: u64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub join_url: Option<String>,
    /// Advice worth a stderr line (long lifetimes and the like).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

/// A decoded token, verified or not.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct TokenInfo {
    pub header: serde_json::Value,
    pub claims: serde_json::Value,
    pub api_key: String,
    pub identity: String,
    pub name: String,
    pub room: String,
    pub kind: String,
    /// The `video` grant with snake_case keys (`room_join`, `can_publish`, ...);
    /// `claims` keeps the token's own camelCase.
    pub grants: serde_json::Value,
    /// The `sip` grant (`admin`, `call`).
    pub sip_grants: serde_json::Value,
    pub not_before: Option<String>,
    pub expires_at: Option<String>,
    /// Human form such as `in 5h 59m` or `3m ago`.
    pub expires_in: String,
    pub expired: bool,
    /// Whether the signature was checked (only `verify` does).
    pub verified: bool,
}

/// A grant object with its keys in snake_case, as every lkctl JSON field is
/// (`canPublishSources` → `can_publish_sources`). Values are left alone.
fn snake_keys(v: serde_json::Value) -> serde_json::Value {
    match v {
        serde_json::Value::Object(map) => map
            .into_iter()
            .map(|(k, v)| {
                let mut snake = String::with_capacity(k.len() + 4);
                for c in k.chars() {
                    if c.is_ascii_uppercase() {
                        snake.push('_');
                        snake.push(c.to_ascii_lowercase());
                    } else {
                        snake.push(c);
                    }
                }
                (snake, v)
            })
            .collect(),
        other => other,
    }
}

fn unix(t: SystemTime) -> u64 {
    t.duration_since(UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// RFC 3339 for a unix timestamp.
pub fn rfc3339(secs: u64) -> String {
    time::OffsetDateTime::from_unix_timestamp(secs as i64)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| secs.to_string())
}

/// A short human description of `target - now`, e.g. `in 6h 0m` or `2m 5s ago`.
pub fn human_delta(target: i64, now: i64) -> String {
    let d = target - now;
    let abs = d.unsigned_abs();
    let text = if abs >= 86_400 {
        format!("{}d {}h", abs / 86_400, (abs % 86_400) / 3600)
    } else if abs >= 3600 {
        format!("{}h {}m", abs / 3600, (abs % 3600) / 60)
    } else if abs >= 60 {
        format!("{}m {}s", abs / 60, abs % 60)
    } else {
        format!("{abs}s")
    };
    if d >= 0 {
        format!("in {text}")
    } else {
        format!("{text} ago")
    }
}

fn validate(req: &TokenRequest) -> Result<()> {
    if req.room_join {
        if req.identity.as_deref().is_none_or(str::is_empty) {
            return Err(Error::invalid("identity", "a join token needs --identity"));
        }
        if req.room.as_deref().is_none_or(str::is_empty) {
            return Err(Error::invalid("room", "a join token needs --room"));
        }
    }
    if req.room_admin && req.room.as_deref().is_none_or(str::is_empty) {
        return Err(Error::invalid(
            "room",
            "an admin token needs --room: LiveKit matches the room exactly and an empty room administers nothing",
        ));
    }
    for s in &req.can_publish_sources {
        if !PUBLISH_SOURCES.contains(&s.as_str()) {
            return Err(Error::invalid(
                "publish source",
                format!("`{s}` is not one of {}", PUBLISH_SOURCES.join(", ")),
            ));
        }
    }
    if let Some(k) = &req.kind
        && !PARTICIPANT_KINDS.contains(&k.as_str())
    {
        return Err(Error::invalid(
            "kind",
            format!("`{k}` is not one of {}", PARTICIPANT_KINDS.join(", ")),
        ));
    }
    if req.valid_for.is_some_and(|v| v.is_zero()) {
        return Err(Error::invalid(
            "valid-for",
            "must be longer than 0s, e.g. 6h",
        ));
    }
    for (field, value) in [
        ("identity", &req.identity),
        ("room", &req.room),
        ("name", &req.name),
    ] {
        if value.as_ref().is_some_and(|n| n.len() > 256) {
            return Err(Error::invalid(field, "LiveKit limits names to 256 bytes"));
        }
    }
    if let Some(identity) = &req.identity
        && !identity.is_empty()
    {
        crate::ops::policy::validate_identity("identity", identity)?;
    }
    if let Some(m) = &req.metadata {
        crate::ops::rooms::validate_metadata(m)?;
    }
    crate::ops::rooms::validate_attributes(&req.attributes)?;
    Ok(())
}

/// Build the LiveKit claims for a request (no signing).
pub fn claims_for(api_key: &str, req: &TokenRequest, now: SystemTime) -> Result<Claims> {
    validate(req)?;
    let nbf = req.not_before.unwrap_or(now);
    let ttl = req.valid_for.unwrap_or(DEFAULT_TTL);
    let video = VideoGrants {
        room_create: req.room_create,
        room_list: req.room_list,
        room_record: req.room_record,
        room_admin: req.room_admin,
        room_join: req.room_join,
        room: req.room.clone().unwrap_or_default(),
        can_publish: req.can_publish,
        can_subscribe: req.can_subscribe,
        can_publish_data: req.can_publish_data,
        can_publish_sources: req.can_publish_sources.clone(),
        can_update_own_metadata: req.can_update_own_metadata,
        ingress_admin: req.ingress_admin,
        hidden: req.hidden,
        agent: req.agent,
        ..VideoGrants::default()
    };
    Ok(Claims {
        exp: (unix(nbf) + ttl.as_secs()) as usize,
        iss: api_key.to_string(),
        nbf: unix(nbf) as usize,
        sub: req.identity.clone().unwrap_or_default(),
        name: req.name.clone().unwrap_or_default(),
        kind: req.kind.clone().unwrap_or_default(),
        video,
        sip: SIPGrants {
            admin: req.sip_admin,
            call: req.sip_call,
        },
        metadata: req.metadata.clone().unwrap_or_default(),
        attributes: req
            .attributes
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect::<HashMap<_, _>>(),
        room_config: req.room_config.clone(),
        ..Claims::default()
    })
}

/// Sign claims with HS256.
pub fn sign(claims: &Claims, secret: &Secret) -> Result<String> {
    if secret.is_empty() {
        return Err(Error::Config("the API secret is empty".into()));
    }
    jsonwebtoken::encode(
        &jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256),
        claims,
        &jsonwebtoken::EncodingKey::from_secret(secret.expose().as_bytes()),
    )
    .map_err(|e| Error::Internal(format!("cannot sign token: {e}")))
}

/// Create a token.
pub fn create(api_key: &str, secret: &Secret, req: &TokenRequest) -> Result<IssuedToken> {
    if api_key.is_empty() {
        return Err(Error::Config("the API key is empty".into()));
    }
    let now = SystemTime::now();
    let claims = claims_for(api_key, req, now)?;
    let token = sign(&claims, secret)?;
    let ttl = req.valid_for.unwrap_or(DEFAULT_TTL);
    let mut warnings = Vec::new();
    if !grants_anything(req) {
        warnings.push(
            "this token grants nothing (no --join, --admin, --create, --list, --record, \
             --ingress-admin, --sip-admin or --sip-call): LiveKit will refuse it for every call"
                .to_string(),
        );
    }
    if ttl > LONG_TTL_WARNING {
        warnings.push(format!(
            "this token is valid for {}; LiveKit cannot revoke tokens, prefer 24h or less",
            humantime::format_duration(ttl)
        ));
    }
    let join_url = match &req.join_url_base {
        Some(base) => Some(join_url(base, req.livekit_url.as_deref(), &token)?),
        None => None,
    };
    Ok(IssuedToken {
        api_key: api_key.to_string(),
        identity: claims.sub.clone(),
        name: claims.name.clone(),
        room: claims.video.room.clone(),
        kind: claims.kind.clone(),
        grants: snake_keys(serde_json::to_value(&claims.video).unwrap_or_default()),
        sip_grants: snake_keys(serde_json::to_value(&claims.sip).unwrap_or_default()),
        not_before: rfc3339(claims.nbf as u64),
        expires_at: rfc3339(claims.exp as u64),
        valid_for_secs: ttl.as_secs(),
        join_url,
        warnings,
        token,
    })
}

/// A join link: `base` with `liveKitUrl` (when known) and `token` query parameters.
pub fn join_url(base: &str, livekit_url: Option<&str>, token: &str) -> Result<String> {
    let mut url = url::Url::parse(base).map_err(|e| {
        Error::invalid(
            "join-url",
            format!("`{base}` is not a URL ({e}); e.g. https://meet.livekit.io/custom"),
        )
    })?;
    {
        let mut q = url.query_pairs_mut();
        if let Some(lk) = livekit_url {
            q.append_pair("liveKitUrl", lk);
        }
        q.append_pair("token", token);
    }
    Ok(url.to_string())
}

/// What a join token must grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JoinTokenRequest {
    /// Participant identity.
    pub identity: String,
    /// Display name.
    pub name: String,
    /// The one room the token opens.
    pub room: String,
    /// Token lifetime.
    pub ttl: Duration,
    /// May publish audio/video (false in webinar rooms).
    pub can_publish: bool,
    /// May subscribe.
    pub can_subscribe: bool,
    /// May send data messages (chat).
    pub can_publish_data: bool,
}

/// Mints LiveKit join tokens. [`CredentialsIssuer`] is the real one.
pub trait TokenIssuer: Send + Sync {
    /// A signed join token for the request.
    fn join_token(&self, req: &JoinTokenRequest) -> Result<String>;
}

/// A [`TokenIssuer`] that signs with an API key and secret.
#[derive(Debug, Clone)]
pub struct CredentialsIssuer {
    api_key: String,
    api_secret: Secret,
}

impl CredentialsIssuer {
    /// Sign with these credentials.
    pub fn new(api_key: impl Into<String>, api_secret: Secret) -> Self {
        Self {
            api_key: api_key.into(),
            api_secret,
        }
    }
}

impl TokenIssuer for CredentialsIssuer {
    fn join_token(&self, req: &JoinTokenRequest) -> Result<String> {
        let claims = TokenRequest {
            identity: Some(req.identity.clone()),
            name: Some(req.name.clone()).filter(|n| !n.is_empty()),
            room: Some(req.room.clone()),
            room_join: true,
            can_publish: Some(req.can_publish),
            can_publish_data: Some(req.can_publish_data),
            can_subscribe: Some(req.can_subscribe),
            valid_for: Some(req.ttl),
            ..Default::default()
        };
        let claims = claims_for(&self.api_key, &claims, std::time::SystemTime::now())?;
        sign(&claims, &self.api_secret)
    }
}

fn split(token: &str) -> Result<(serde_json::Value, serde_json::Value)> {
    let token = token.trim();
    let token = token.strip_prefix("Bearer ").unwrap_or(token);
    let parts: Vec<&str> = token.split('.').collect();
    if parts.len() != 3 {
        return Err(Error::invalid(
            "token",
            "a JWT has three dot-separated parts",
        ));
    }
    let decode = |part: &str, what: &str| -> Result<serde_json::Value> {
        let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD
            .decode(part.trim_end_matches('='))
            .map_err(|e| Error::invalid("token", format!("the {what} is not base64url: {e}")))?;
        serde_json::from_slice(&bytes)
            .map_err(|e| Error::invalid("token", format!("the {what} is not JSON: {e}")))
    };
    Ok((decode(parts[0], "header")?, decode(parts[1], "payload")?))
}

fn info(
    header: serde_json::Value,
    claims: serde_json::Value,
    verified: bool,
    now: i64,
) -> TokenInfo {
    let s = |k: &str| {
        claims
            .get(k)
            .and_then(|v| v.as_str())
            .unwrap_or_default()
            .to_string()
    };
    let n = |k: &str| claims.get(k).and_then(|v| v.as_i64());
    let exp = n("exp");
    let nbf = n("nbf");
    let room = claims
        .get("video")
        .and_then(|v| v.get("room"))
        .and_then(|v| v.as_str())
        .unwrap_or_default()
        .to_string();
    TokenInfo {
        api_key: s("iss"),
        identity: if s("sub").is_empty() {
            s("jti")
        } else {
            s("sub")
        },
        name: s("name"),
        kind: s("kind"),
        room,
        grants: snake_keys(
            claims
                .get("video")
                .cloned()
                .unwrap_or(serde_json::Value::Object(Default::default())),
        ),
        sip_grants: snake_keys(
            claims
                .get("sip")
                .cloned()
                .unwrap_or(serde_json::Value::Object(Default::default())),
        ),
        not_before: nbf.map(|v| rfc3339(v.max(0) as u64)),
        expires_at: exp.map(|v| rfc3339(v.max(0) as u64)),
        expires_in: exp
            .map(|e| human_delta(e, now))
            .unwrap_or_else(|| "never (no exp claim)".into()),
        expired: exp.is_none_or(|e| e < now),
        verified,
        header,
        claims,
    }
}

fn now_secs() -> i64 {
    unix(SystemTime::now()) as i64
}

/// Whether a token request grants any right at all (a join, an admin API or SIP).
pub fn grants_anything(req: &TokenRequest) -> bool {
    req.room_join
        || req.room_create
        || req.room_list
        || req.room_admin
        || req.room_record
        || req.ingress_admin
        || req.sip_admin
        || req.sip_call
}

/// Whether a decoded header says the token is unsigned (`alg: none`, any case).
pub fn is_unsigned(header: &serde_json::Value) -> bool {
    header
        .get("alg")
        .and_then(|v| v.as_str())
        .is_some_and(|a| a.eq_ignore_ascii_case("none"))
}

/// Decode a token without checking its signature.
pub fn inspect(token: &str) -> Result<TokenInfo> {
    let (header, claims) = split(token)?;
    Ok(info(header, claims, false, now_secs()))
}

/// Verify a token the way the LiveKit server does: HS256 signature with the
/// secret, `iss` equal to the key, `exp` present, `exp`/`nbf` with 60 s leeway.
pub fn verify(token: &str, api_key: &str, secret: &Secret) -> Result<TokenInfo> {
    verify_at(token, api_key, secret, now_secs())
}

/// [`verify`] at a given time (for tests).
pub fn verify_at(token: &str, api_key: &str, secret: &Secret, now: i64) -> Result<TokenInfo> {
    let (header, claims) = split(token)?;
    let alg = header
        .get("alg")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    if alg != "HS256" {
        return Err(Error::Unauthenticated(format!(
            "token algorithm is `{alg}`, LiveKit accepts HS256 only"
        )));
    }
    // RFC 7515 §4.1.11: a recipient that does not understand every extension listed
    // in `crit` must reject the token. lkctl (like LiveKit) understands none.
    if let Some(crit) = header.get("crit") {
        return Err(Error::Unauthenticated(format!(
            "token header has `crit` ({crit}): critical extensions are not supported, so the token is refused"
        )));
    }
    let iss = claims
        .get("iss")
        .and_then(|v| v.as_str())
        .unwrap_or_default();
    if iss != api_key {
        return Err(Error::Unauthenticated(format!(
            "token was issued for API key `{iss}`, not `{api_key}`"
        )));
    }
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::HS256);
    validation.leeway = SERVER_LEEWAY_SECS;
    validation.validate_exp = false;
    validation.validate_nbf = false;
    validation.required_spec_claims.clear();
    let token = token.trim();
    let token = token.strip_prefix("Bearer ").unwrap_or(token);
    jsonwebtoken::decode::<serde_json::Value>(
        token,
        &jsonwebtoken::DecodingKey::from_secret(secret.expose().as_bytes()),
        &validation,
    )
    .map_err(|e| match e.kind() {
        jsonwebtoken::errors::ErrorKind::InvalidSignature => {
            Error::Unauthenticated("signature does not match the API secret".into())
        }
        _ => Error::Unauthenticated(format!("token is invalid: {e}")),
    })?;
    let leeway = SERVER_LEEWAY_SECS as i64;
    let exp = claims.get("exp").and_then(|v| v.as_i64());
    match exp {
        None => return Err(Error::Unauthenticated("token has no `exp` claim".into())),
        Some(e) if e + leeway < now => {
            return Err(Error::Unauthenticated(format!(
                "token expired at {} ({})",
                rfc3339(e.max(0) as u64),
                human_delta(e, now)
            )));
        }
        _ => {}
    }
    if let Some(nbf) = claims.get("nbf").and_then(|v| v.as_i64())
        && nbf - leeway > now
    {
        return Err(Error::Unauthenticated(format!(
            "token is not valid before {} ({})",
            rfc3339(nbf.max(0) as u64),
            human_delta(nbf, now)
        )));
    }
    Ok(info(header, claims, true, now))
}

#[cfg(test)]
mod tests {
    use super::*;
    use livekit_api::access_token::{AccessToken, TokenVerifier};

    fn secret() -> Secret {
        Secret::new("a-very-secret-value-for-tests-123")
    }

    fn join_req() -> TokenRequest {
        TokenRequest {
            identity: Some("alice".into()),
            room: Some("r1".into()),
            room_join: true,
            can_publish_sources: vec!["microphone".into()],
            attributes: [("k".to_string(), "v".to_string())].into(),
            kind: Some("agent".into()),
            ..TokenRequest::default()
        }
    }

    #[test]
    fn our_token_verifies_with_the_official_verifier() {
        let t = create("key", &secret(), &join_req()).unwrap();
        let claims = TokenVerifier::with_api_key("key", secret().expose())
            .verify(&t.token)
            .unwrap();
        assert_eq!(claims.sub, "alice");
        assert_eq!(claims.video.room, "r1");
        assert!(claims.video.room_join);
        assert_eq!(claims.kind, "agent");
        assert_eq!(claims.attributes.get("k").map(String::as_str), Some("v"));
        assert_eq!(
            claims.video.can_publish_sources,
            vec!["microphone".to_string()]
        );
        assert_eq!(t.valid_for_secs, 6 * 3600);
    }

    #[test]
    fn official_token_verifies_with_ours() {
        let tok = AccessToken::with_api_key("key", secret().expose())
            .with_identity("bob")
            .with_grants(VideoGrants {
                room_join: true,
                room: "r2".into(),
                ..Default::default()
            })
            .to_jwt()
            .unwrap();
        let info = verify(&tok, "key", &secret()).unwrap();
        assert_eq!(info.identity, "bob");
        assert_eq!(info.room, "r2");
        assert!(info.verified && !info.expired);
    }

    #[test]
    fn wrong_secret_and_wrong_key_are_unauthenticated() {
        let t = create("key", &secret(), &join_req()).unwrap().token;
        let e = verify(&t, "key", &Secret::new("another-secret-value-xyz")).unwrap_err();
        assert!(e.to_string().contains("signature"), "{e}");
        let e = verify(&t, "other", &secret()).unwrap_err();
        assert!(e.to_string().contains("API key"), "{e}");
    }

    /// An HS256 JWT with any header, signed with HMAC-SHA256 by hand.
    fn hs256_with_header(header: serde_json::Value, claims: serde_json::Value) -> String {
        use base64::Engine;
        use sha2::{Digest, Sha256};
        let b64 = |b: &[u8]| base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(b);
        let input = format!(
            "{}.{}",
            b64(header.to_string().as_bytes()),
            b64(claims.to_string().as_bytes())
        );
        let mut key = secret().expose().as_bytes().to_vec();
        key.resize(64, 0);
        let pad = |p: u8| key.iter().map(|k| k ^ p).collect::<Vec<u8>>();
        let inner = Sha256::new()
            .chain_update(pad(0x36))
            .chain_update(input.as_bytes())
            .finalize();
        let mac = Sha256::new()
            .chain_update(pad(0x5c))
            .chain_update(inner)
            .finalize();
        format!("{input}.{}", b64(&mac))
    }

    #[test]
    fn crit_header_is_refused() {
        let claims = serde_json::json!({
            "iss": "key", "sub": "mallory", "exp": now_secs() + 600,
            "video": {"roomJoin": true, "room": "r"},
        });
        // The hand-made signer is right: the same token without `crit` verifies.
        let plain = hs256_with_header(
            serde_json::json!({"alg": "HS256", "typ": "JWT"}),
            claims.clone(),
        );
        assert!(verify(&plain, "key", &secret()).is_ok());
        let crit = hs256_with_header(
            serde_json::json!({"alg": "HS256", "typ": "JWT", "crit": ["exp-ext"], "exp-ext": 1}),
            claims,
        );
        let e = verify(&crit, "key", &secret()).unwrap_err();
        assert_eq!(e.kind(), crate::error::ErrorKind::Denied);
        assert!(e.to_string().contains("crit"), "{e}");
    }

    #[test]
    fn grantless_tokens_warn_and_unsigned_headers_are_recognised() {
        let none = TokenRequest {
            identity: Some("x".into()),
            ..TokenRequest::default()
        };
        assert!(!grants_anything(&none));
        let t = create("key", &secret(), &none).unwrap();
        assert!(
            t.warnings.iter().any(|w| w.contains("grants nothing")),
            "{:?}",
            t.warnings
        );
        assert!(
            create("key", &secret(), &join_req())
                .unwrap()
                .warnings
                .is_empty()
        );
        assert!(is_unsigned(&serde_json::json!({"alg": "none"})));
        assert!(is_unsigned(&serde_json::json!({"alg": "NONE"})));
        assert!(!is_unsigned(&serde_json::json!({"alg": "HS256"})));
    }

    #[test]
    fn expiry_has_sixty_second_leeway() {
        let mut req = join_req();
        req.valid_for = Some(Duration::from_secs(10));
        let t = create("key", &secret(), &req).unwrap().token;
        let now = now_secs();
        assert!(verify_at(&t, "key", &secret(), now + 10 + 59).is_ok());
        let e = verify_at(&t, "key", &secret(), now + 10 + 120).unwrap_err();
        assert!(e.to_string().contains("expired"), "{e}");
    }

    #[test]
    fn not_before_is_enforced() {
        let mut req = join_req();
        req.not_before = Some(SystemTime::now() + Duration::from_secs(3600));
        let t = create("key", &secret(), &req).unwrap().token;
        let e = verify(&t, "key", &secret()).unwrap_err();
        assert!(e.to_string().contains("not valid before"), "{e}");
    }

    #[test]
    fn join_without_identity_names_the_flag() {
        let mut req = join_req();
        req.identity = None;
        let e = create("key", &secret(), &req).unwrap_err();
        assert!(e.to_string().contains("--identity"));
    }

    #[test]
    fn bad_source_and_kind_rejected() {
        let mut req = join_req();
        req.can_publish_sources = vec!["webcam".into()];
        assert!(create("key", &secret(), &req).is_err());
        let mut req = join_req();
        req.kind = Some("robot".into());
        assert!(create("key", &secret(), &req).is_err());
    }

    #[test]
    fn long_ttl_warns() {
        let mut req = join_req();
        req.valid_for = Some(Duration::from_secs(48 * 3600));
        assert_eq!(create("key", &secret(), &req).unwrap().warnings.len(), 1);
    }

    #[test]
    fn inspect_needs_no_secret_and_reports_expiry() {
        let t = create("key", &secret(), &join_req()).unwrap().token;
        let i = inspect(&t).unwrap();
        assert_eq!(i.identity, "alice");
        assert!(
            i.expires_in.starts_with("in 5h") || i.expires_in.starts_with("in 6h"),
            "{}",
            i.expires_in
        );
        assert!(!i.verified);
        assert!(inspect("not-a-token").is_err());
    }

    #[test]
    fn join_url_has_token_and_livekit_url() {
        let u = join_url(
            "https://meet.example/custom",
            Some("wss://lk.example"),
            "T.O.K",
        )
        .unwrap();
        assert!(
            u.contains("liveKitUrl=wss%3A%2F%2Flk.example") && u.ends_with("token=T.O.K"),
            "{u}"
        );
    }
}
