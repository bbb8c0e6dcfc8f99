//! Ingress: create (RTMP, WHIP, URL input), list (following page tokens), update, delete.
//!
//! Own Twirp calls: livekit-api never sends `enabled`, always sends empty
//! audio/video options and does not paginate (LIVEKIT.md §5).

use livekit_api::access_token::VideoGrants;
use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::request_file::RequestText;

const SERVICE: &str = "Ingress";

fn grants() -> VideoGrants {
    VideoGrants {
        ingress_admin: true,
        ..Default::default()
    }
}

/// An ingress endpoint. The stream key is a credential but is what users need to
/// configure their encoder, so it is shown (as the official CLI does).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Ingress {
    pub ingress_id: String,
    pub name: String,
    /// How media comes in.
    pub input_type: IngressInput,
    /// Where to publish (RTMP/WHIP) or what is pulled (URL input).
    pub url: String,
    pub stream_key: String,
    pub room_name: String,
    pub participant_identity: String,
    pub participant_name: String,
    pub participant_metadata: String,
    pub reusable: bool,
    pub enabled: bool,
    /// Where the endpoint stands.
    pub status: IngressStatus,
    pub error: String,
}

named_enum! {
    /// How media comes into an ingress.
    pub enum IngressInput {
        Rtmp => "rtmp",
        Whip => "whip",
        /// LiveKit pulls a URL (HTTP or SRT).
        Url => "url",
        Unknown => "unknown",
    }
}

impl IngressInput {
    /// From the protocol's `IngressInput` value.
    pub fn from_proto(v: i32) -> Self {
        match proto::IngressInput::try_from(v) {
            Ok(proto::IngressInput::RtmpInput) => Self::Rtmp,
            Ok(proto::IngressInput::WhipInput) => Self::Whip,
            Ok(proto::IngressInput::UrlInput) => Self::Url,
            Err(_) => Self::Unknown,
        }
    }
}

named_enum! {
    /// Where an ingress endpoint stands.
    pub enum IngressStatus {
        Inactive => "inactive",
        Buffering => "buffering",
        Publishing => "publishing",
        Error => "error",
        Complete => "complete",
        Unknown => "unknown",
    }
}

/// Parse `rtmp`, `whip` or `url`.
pub fn input_from_name(s: &str) -> Result<i32> {
    Ok(match s.to_ascii_lowercase().as_str() {
        "rtmp" => proto::IngressInput::RtmpInput as i32,
        "whip" => proto::IngressInput::WhipInput as i32,
        "url" => proto::IngressInput::UrlInput as i32,
        other => {
            return Err(Error::invalid(
                "input type",
                format!("`{other}` is not one of rtmp, whip, url"),
            ));
        }
    })
}

impl From<proto::IngressInfo> for Ingress {
    fn from(i: proto::IngressInfo) -> Self {
        use proto::ingress_state::Status as S;
        let (status, error) = match &i.state {
            Some(s) => (
                match S::try_from(s.status) {
                    Ok(S::EndpointInactive) => IngressStatus::Inactive,
                    Ok(S::EndpointBuffering) => IngressStatus::Buffering,
                    Ok(S::EndpointPublishing) => IngressStatus::Publishing,
                    Ok(S::EndpointError) => IngressStatus::Error,
                    Ok(S::EndpointComplete) => IngressStatus::Complete,
                    Err(_) => IngressStatus::Unknown,
                },
                s.error.clone(),
            ),
            None => (IngressStatus::Inactive, String::new()),
        };
        Self {
            input_type: IngressInput::from_proto(i.input_type),
            enabled: i.enabled.unwrap_or(true),
            status,
            error,
            ingress_id: i.ingress_id,
            name: i.name,
            url: i.url,
            stream_key: i.stream_key,
            room_name: i.room_name,
            participant_identity: i.participant_identity,
            participant_name: i.participant_name,
            participant_metadata: i.participant_metadata,
            reusable: i.reusable,
        }
    }
}

/// A create request given in full in a file; `room` (the `--room` flag) wins over the file's.
pub fn create_request_from(
    text: &RequestText,
    room: Option<&str>,
) -> Result<proto::CreateIngressRequest> {
    let mut req: proto::CreateIngressRequest = text.parse()?;
    if let Some(room) = room {
        req.room_name = room.to_string();
    }
    Ok(req)
}

/// An update request given in full in a file; `id` (the argument) wins over the file's.
pub fn update_request_from(
    text: &RequestText,
    id: Option<&str>,
) -> Result<proto::UpdateIngressRequest> {
    let mut req: proto::UpdateIngressRequest = text.parse()?;
    if let Some(id) = id {
        req.ingress_id = id.to_string();
    }
    Ok(req)
}

/// Flags of `ingress create`.
#[derive(Debug, Clone, Default)]
pub struct CreateIngress {
    pub input_type: String,
    pub name: String,
    pub room: String,
    pub identity: String,
    pub participant_name: Option<String>,
    pub metadata: Option<String>,
    /// URL input: the media to pull.
    pub url: Option<String>,
    pub enable_transcoding: Option<bool>,
    pub enabled: Option<bool>,
}

impl CreateIngress {
    /// The request LiveKit takes.
    pub fn into_request(self) -> Result<proto::CreateIngressRequest> {
        let input_type = input_from_name(&self.input_type)?;
        super::rooms::validate_name("room name", &self.room)?;
        super::rooms::validate_name("identity", &self.identity)?;
        if input_type == proto::IngressInput::UrlInput as i32
            && self.url.as_deref().unwrap_or("").is_empty()
        {
            return Err(Error::invalid(
                "url",
                "URL input needs --source-url (http(s) or srt URL of the media)",
            ));
        }
        if input_type != proto::IngressInput::UrlInput as i32 && self.url.is_some() {
            return Err(Error::invalid(
                "url",
                "--source-url is only for `--type url`",
            ));
        }
        Ok(proto::CreateIngressRequest {
            input_type,
            url: self.url.unwrap_or_default(),
            name: self.name,
            room_name: self.room,
            participant_identity: self.identity,
            participant_name: self.participant_name.unwrap_or_default(),
            participant_metadata: self.metadata.unwrap_or_default(),
            enable_transcoding: self.enable_transcoding,
            enabled: self.enabled,
            ..Default::default()
        })
    }
}

/// Create an ingress from a full request.
pub async fn create(lk: &LiveKit, req: proto::CreateIngressRequest) -> Result<Ingress> {
    let info: proto::IngressInfo = lk
        .twirp(SERVICE, "CreateIngress", &req, grants(), None)
        .await?;
    Ok(info.into())
}

/// List ingresses, optionally of one room or one ID, following page tokens.
pub async fn list(
    lk: &LiveKit,
    room: Option<&str>,
    ingress_id: Option<&str>,
) -> Result<Vec<Ingress>> {
    let mut out = Vec::new();
    let mut token = None;
    let mut seen = std::collections::HashSet::new();
    loop {
        let req = proto::ListIngressRequest {
            page_token: token.clone(),
            room_name: room.unwrap_or_default().into(),
            ingress_id: ingress_id.unwrap_or_default().into(),
        };
        let resp: proto::ListIngressResponse = lk
            .twirp(SERVICE, "ListIngress", &req, grants(), None)
            .await?;
        out.extend(resp.items.into_iter().map(Ingress::from));
        match resp.next_page_token {
            Some(t) if !t.token.is_empty() && seen.insert(t.token.clone()) => token = Some(t),
            _ => break,
        }
    }
    Ok(out)
}

/// One ingress by ID.
pub async fn get(lk: &LiveKit, id: &str) -> Result<Ingress> {
    if id.trim().is_empty() {
        return Err(Error::invalid("ingress id", "must not be empty"));
    }
    list(lk, None, Some(id))
        .await?
        .into_iter()
        .find(|i| i.ingress_id == id)
        .ok_or_else(|| Error::NotFound {
            what: "ingress",
            id: id.into(),
        })
}

fn not_found(e: Error, id: &str) -> Error {
    match e {
        Error::LiveKit { code, .. } if code == "not_found" => Error::NotFound {
            what: "ingress",
            id: id.into(),
        },
        other => other,
    }
}

/// Field changes; `None` keeps the current value.
#[derive(Debug, Clone, Default)]
pub struct UpdateIngress {
    pub name: Option<String>,
    pub room: Option<String>,
    pub identity: Option<String>,
    pub participant_name: Option<String>,
    pub metadata: Option<String>,
    pub enable_transcoding: Option<bool>,
    pub enabled: Option<bool>,
}

/// Update an ingress from flags.
pub async fn update(lk: &LiveKit, id: &str, u: UpdateIngress) -> Result<Ingress> {
    let req = proto::UpdateIngressRequest {
        ingress_id: id.into(),
        name: u.name.unwrap_or_default(),
        room_name: u.room.unwrap_or_default(),
        participant_identity: u.identity.unwrap_or_default(),
        participant_name: u.participant_name.unwrap_or_default(),
        participant_metadata: u.metadata.unwrap_or_default(),
        enable_transcoding: u.enable_transcoding,
        enabled: u.enabled,
        ..Default::default()
    };
    update_request(lk, req).await
}

/// Update an ingress from a full request (its `ingress_id` names the ingress).
pub async fn update_request(lk: &LiveKit, req: proto::UpdateIngressRequest) -> Result<Ingress> {
    if req.ingress_id.trim().is_empty() {
        return Err(Error::invalid("ingress id", "must not be empty"));
    }
    let id = req.ingress_id.clone();
    let info: proto::IngressInfo = lk
        .twirp(SERVICE, "UpdateIngress", &req, grants(), None)
        .await
        .map_err(|e| not_found(e, &id))?;
    Ok(info.into())
}

/// Delete an ingress.
pub async fn delete(lk: &LiveKit, id: &str) -> Result<Ingress> {
    if id.trim().is_empty() {
        return Err(Error::invalid("ingress id", "must not be empty"));
    }
    let req = proto::DeleteIngressRequest {
        ingress_id: id.into(),
    };
    let info: proto::IngressInfo = lk
        .twirp(SERVICE, "DeleteIngress", &req, grants(), None)
        .await
        .map_err(|e| not_found(e, id))?;
    Ok(info.into())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn url_input_needs_a_url() {
        let c = CreateIngress {
            input_type: "url".into(),
            room: "r".into(),
            identity: "i".into(),
            ..Default::default()
        };
        assert!(c.into_request().is_err());
        let c = CreateIngress {
            input_type: "rtmp".into(),
            room: "r".into(),
            identity: "i".into(),
            ..Default::default()
        };
        assert_eq!(
            c.into_request().unwrap().input_type,
            proto::IngressInput::RtmpInput as i32
        );
        assert!(input_from_name("hls").is_err());
    }
}
