//! API token verification and grant checks (LIVEKIT.md §1.4, §1.5, §2.0, §3).
//!
//! Token problems are answered before any Twirp routing with plain-text 401 bodies, exactly as
//! LiveKit's auth middleware does; grant failures happen inside each RPC and are Twirp
//! `unauthenticated` "permissions denied" errors.

use jsonwebtoken::errors::ErrorKind;
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::Deserialize;

use super::error::TwirpError;

/// The LiveKit claims the emulator reads (camelCase keys, each optional on the wire).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub(crate) struct Claims {
    pub iss: String,
    pub sub: String,
    pub jti: String,
    pub exp: i64,
    pub nbf: i64,
    pub name: String,
    pub kind: String,
    pub metadata: String,
    pub video: Option<VideoGrant>,
    pub sip: Option<SipGrant>,
}

/// `video` grant keys used by the server API.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default, rename_all = "camelCase")]
#[non_exhaustive]
pub(crate) struct VideoGrant {
    pub room_create: bool,
    pub room_list: bool,
    pub room_record: bool,
    pub room_admin: bool,
    pub room_join: bool,
    pub room: String,
    pub destination_room: String,
    pub ingress_admin: bool,
}

/// `sip` grant.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub(crate) struct SipGrant {
    pub admin: bool,
    pub call: bool,
}

/// A token rejected by the middleware; `Display` is the exact plain-text 401 body.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum AuthError {
    #[error("invalid authorization header. Must start with Bearer ")]
    MissingBearer,
    #[error("invalid authorization token")]
    Unparsable,
    #[error("invalid API key")]
    UnknownKey,
    #[error("invalid authorization token: {0}")]
    Invalid(String),
}

/// Verifies an API token against the configured `(key, secret)` pairs: HS256 only, secret chosen
/// by `iss`, `exp` required, 60 s leeway on `exp` and `nbf`.
pub(crate) fn verify(token: &str, keys: &[(String, String)]) -> Result<Claims, AuthError> {
    let header = jsonwebtoken::decode_header(token).map_err(|_| AuthError::Unparsable)?;
    if header.alg != Algorithm::HS256 {
        return Err(AuthError::Unparsable);
    }
    let unverified = jsonwebtoken::dangerous::insecure_decode::<Claims>(token)
        .map_err(|_| AuthError::Unparsable)?;
    let iss = unverified.claims.iss;
    let secret = keys
        .iter()
        .find(|(k, _)| !iss.is_empty() && *k == iss)
        .map(|(_, s)| s)
        .ok_or(AuthError::UnknownKey)?;

    let mut validation = Validation::new(Algorithm::HS256);
    validation.leeway = 60;
    validation.validate_nbf = true;
    validation.validate_aud = false;
    validation.set_issuer(&[&iss]);
    validation.set_required_spec_claims(&["exp", "iss"]);
    jsonwebtoken::decode::<Claims>(
        token,
        &DecodingKey::from_secret(secret.as_bytes()),
        &validation,
    )
    .map(|data| data.claims)
    .map_err(|e| AuthError::Invalid(go_jwt_message(e.kind())))
}

/// Words JWT failures the way go-jose does, so logs and tests read like the real server's.
fn go_jwt_message(kind: &ErrorKind) -> String {
    match kind {
        ErrorKind::InvalidSignature => "go-jose/go-jose: error in cryptographic primitive".into(),
        ErrorKind::ExpiredSignature => {
            "go-jose/go-jose/jwt: validation failed, token is expired (exp)".into()
        }
        ErrorKind::ImmatureSignature => {
            "go-jose/go-jose/jwt: validation failed, token not valid yet (nbf)".into()
        }
        ErrorKind::MissingRequiredClaim(c) => format!("missing {c}"),
        ErrorKind::InvalidIssuer => {
            "go-jose/go-jose/jwt: validation failed, invalid issuer claim (iss)".into()
        }
        other => format!("{other:?}"),
    }
}

/// The caller's grants as seen by an RPC: `None` when no token was sent.
#[derive(Debug, Clone, Default)]
pub struct Grants(pub(crate) Option<Claims>);

impl Grants {
    fn video(&self) -> Option<&VideoGrant> {
        self.0.as_ref().and_then(|c| c.video.as_ref())
    }

    fn check(ok: bool) -> Result<(), TwirpError> {
        if ok {
            Ok(())
        } else {
            Err(TwirpError::permission_denied())
        }
    }

    /// `video.roomCreate`: CreateRoom, DeleteRoom.
    pub fn room_create(&self) -> Result<(), TwirpError> {
        Self::check(self.video().is_some_and(|v| v.room_create))
    }

    /// `video.roomList`: ListRooms.
    pub fn room_list(&self) -> Result<(), TwirpError> {
        Self::check(self.video().is_some_and(|v| v.room_list))
    }

    /// `video.roomRecord`: every Egress RPC.
    pub fn room_record(&self) -> Result<(), TwirpError> {
        Self::check(self.video().is_some_and(|v| v.room_record))
    }

    /// `video.ingressAdmin`: every Ingress RPC.
    pub fn ingress_admin(&self) -> Result<(), TwirpError> {
        Self::check(self.video().is_some_and(|v| v.ingress_admin))
    }

    /// `video.roomAdmin` with `video.room` *exactly* equal to `room`; a token for the empty
    /// room administers nothing, as in the Go server (the mock is laxer).
    pub fn room_admin(&self, room: &str) -> Result<(), TwirpError> {
        Self::check(
            self.video()
                .is_some_and(|v| v.room_admin && !v.room.is_empty() && v.room == room),
        )
    }

    /// `roomAdmin` for `room` plus `video.destinationRoom` == `destination` (Forward/Move).
    pub fn room_admin_to(&self, room: &str, destination: &str) -> Result<(), TwirpError> {
        self.room_admin(room)?;
        Self::check(
            self.video()
                .is_some_and(|v| v.destination_room == destination),
        )
    }

    /// `sip.admin`: SIP trunk and dispatch-rule RPCs.
    pub fn sip_admin(&self) -> Result<(), TwirpError> {
        Self::check(
            self.0
                .as_ref()
                .and_then(|c| c.sip.as_ref())
                .is_some_and(|s| s.admin),
        )
    }

    /// `sip.call`: CreateSIPParticipant.
    pub fn sip_call(&self) -> Result<(), TwirpError> {
        Self::check(
            self.0
                .as_ref()
                .and_then(|c| c.sip.as_ref())
                .is_some_and(|s| s.call),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jsonwebtoken::{EncodingKey, Header};

    fn keys() -> Vec<(String, String)> {
        vec![
            ("k1".into(), "s1-secret".into()),
            ("k2".into(), "s2-secret".into()),
        ]
    }

    fn token(claims: serde_json::Value, secret: &str) -> String {
        jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &EncodingKey::from_secret(secret.as_bytes()),
        )
        .unwrap()
    }

    fn now() -> i64 {
        jsonwebtoken::get_current_timestamp() as i64
    }

    #[test]
    fn picks_the_secret_by_issuer() {
        let t = token(
            serde_json::json!({"iss":"k2","exp":now()+60,"video":{"roomList":true}}),
            "s2-secret",
        );
        let c = verify(&t, &keys()).unwrap();
        assert!(c.video.unwrap().room_list);
    }

    #[test]
    fn rejections_have_the_servers_wording() {
        assert_eq!(
            verify("garbage", &keys()).unwrap_err(),
            AuthError::Unparsable
        );
        let t = token(serde_json::json!({"iss":"nope","exp":now()+60}), "x");
        assert_eq!(verify(&t, &keys()).unwrap_err(), AuthError::UnknownKey);
        let t = token(serde_json::json!({"iss":"k1","exp":now()+60}), "wrong");
        assert!(
            matches!(verify(&t, &keys()), Err(AuthError::Invalid(m)) if m.contains("cryptographic"))
        );
        let t = token(serde_json::json!({"iss":"k1","exp":now()-120}), "s1-secret");
        assert!(matches!(verify(&t, &keys()), Err(AuthError::Invalid(m)) if m.contains("expired")));
        let t = token(serde_json::json!({"iss":"k1"}), "s1-secret");
        assert!(matches!(verify(&t, &keys()), Err(AuthError::Invalid(_))));
    }

    #[test]
    fn leeway_is_sixty_seconds() {
        let t = token(
            serde_json::json!({"iss":"k1","exp":now()-30,"nbf":now()+30}),
            "s1-secret",
        );
        assert!(verify(&t, &keys()).is_ok());
    }

    #[test]
    fn room_admin_needs_exact_room() {
        let g = |room: &str| {
            Grants(Some(Claims {
                video: Some(VideoGrant {
                    room_admin: true,
                    room: room.into(),
                    ..Default::default()
                }),
                ..Default::default()
            }))
        };
        assert!(g("a").room_admin("a").is_ok());
        assert!(g("a").room_admin("b").is_err());
        assert!(g("").room_admin("").is_err());
        assert!(g("").room_admin("x").is_err());
        assert!(Grants(None).room_admin("a").is_err());
    }
}
