//! Outbound SIP calls (`CreateSIPParticipant`) and transfers (SIP REFER).

use std::collections::HashMap;
use std::time::Duration;

use livekit_api::access_token::VideoGrants;
use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use super::*;
use crate::client::LiveKit;
use crate::error::{Error, Result};

/// An outbound call (`CreateSIPParticipant`).
#[derive(Debug, Clone, Default)]
pub struct CallOptions {
    pub trunk_id: String,
    /// Number (or SIP user) to call.
    pub to: String,
    /// Caller number to present (one of the trunk's numbers).
    pub from: Option<String>,
    pub room: String,
    pub identity: Option<String>,
    pub name: Option<String>,
    pub metadata: Option<String>,
    pub attributes: HashMap<String, String>,
    pub headers: HashMap<String, String>,
    pub dtmf: Option<String>,
    pub play_dialtone: bool,
    pub hide_phone_number: bool,
    pub krisp: bool,
    pub ringing_timeout: Option<Duration>,
    pub max_call_duration: Option<Duration>,
    /// Block until the callee answers (or the call fails with a SIP status).
    pub wait_until_answered: bool,
}

/// A SIP participant created by a call.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SipCall {
    pub participant_id: String,
    pub participant_identity: String,
    pub room_name: String,
    pub sip_call_id: String,
    /// `answered` with `--wait`, otherwise `dialing`.
    pub state: String,
}

fn duration(d: Duration) -> pbjson_types::Duration {
    pbjson_types::Duration {
        seconds: d.as_secs() as i64,
        nanos: d.subsec_nanos() as i32,
    }
}

/// Put the SIP status in the message when LiveKit sent one (`486 Busy Here`).
fn with_sip_status(e: Error) -> Error {
    match e {
        Error::LiveKit {
            code,
            message,
            meta,
        } => {
            let message = match (meta.get("sip_status_code"), meta.get("sip_status")) {
                (Some(c), Some(s))
                    if !(message.contains(c.as_str()) && message.contains(s.as_str())) =>
                {
                    format!("{message} (SIP {c} {s})")
                }
                (Some(c), None) if !message.contains(c.as_str()) => format!("{message} (SIP {c})"),
                _ => message,
            };
            Error::LiveKit {
                code,
                message,
                meta,
            }
        }
        other => other,
    }
}

/// Default ringing timeout, as the SDKs use.
pub const DEFAULT_RINGING: Duration = Duration::from_secs(30);

/// Dial out and put the callee into a room.
pub async fn call_participant(lk: &LiveKit, o: CallOptions) -> Result<SipCall> {
    if o.trunk_id.is_empty() {
        return Err(Error::invalid("trunk", "is required; pass --trunk ST_..."));
    }
    if o.to.is_empty() {
        return Err(Error::invalid("number", "is required; pass --to NUMBER"));
    }
    crate::ops::rooms::validate_name("room name", &o.room)?;
    let ringing = o.ringing_timeout.unwrap_or(DEFAULT_RINGING);
    let req = proto::CreateSipParticipantRequest {
        sip_trunk_id: o.trunk_id.clone(),
        sip_call_to: o.to.clone(),
        sip_number: o.from.unwrap_or_default(),
        room_name: o.room.clone(),
        participant_identity: o.identity.unwrap_or_default(),
        participant_name: o.name.unwrap_or_default(),
        participant_metadata: o.metadata.unwrap_or_default(),
        participant_attributes: o.attributes,
        dtmf: o.dtmf.unwrap_or_default(),
        play_dialtone: o.play_dialtone,
        hide_phone_number: o.hide_phone_number,
        headers: o.headers,
        ringing_timeout: Some(duration(ringing)),
        max_call_duration: o.max_call_duration.map(duration),
        krisp_enabled: o.krisp,
        wait_until_answered: o.wait_until_answered,
        ..Default::default()
    };
    let timeout = (ringing + Duration::from_secs(2)).max(lk.timeout());
    let info: proto::SipParticipantInfo = lk
        .twirp_with_timeout(
            SERVICE,
            "CreateSIPParticipant",
            &req,
            VideoGrants::default(),
            call_grants(),
            timeout,
        )
        .await
        .map_err(|e| match with_sip_status(e) {
            Error::LiveKit {
                code,
                message,
                meta,
            } if code == "not_found" && !meta.contains_key("sip_status_code") => Error::LiveKit {
                code,
                message: format!("{message} (trunk `{}`)", o.trunk_id),
                meta,
            },
            other => other,
        })?;
    Ok(SipCall {
        participant_id: info.participant_id,
        participant_identity: info.participant_identity,
        room_name: info.room_name,
        sip_call_id: info.sip_call_id,
        state: if o.wait_until_answered {
            "answered"
        } else {
            "dialing"
        }
        .into(),
    })
}

/// A transfer (SIP REFER) of a SIP participant.
#[derive(Debug, Clone, Default)]
pub struct TransferOptions {
    pub room: String,
    pub identity: String,
    /// `tel:+1555...` or `sip:user@host`.
    pub to: String,
    pub play_dialtone: bool,
    pub headers: HashMap<String, String>,
    pub ringing_timeout: Option<Duration>,
}

/// The result of a transfer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Transfer {
    pub room: String,
    pub identity: String,
    pub transfer_to: String,
    pub transfer_id: String,
    /// `ongoing`, `failed`, `successful` or empty (older servers).
    pub status: String,
}

/// Transfer a SIP participant to another number or SIP URI.
pub async fn transfer(lk: &LiveKit, o: TransferOptions) -> Result<Transfer> {
    crate::ops::rooms::validate_name("room name", &o.room)?;
    crate::ops::rooms::validate_name("identity", &o.identity)?;
    if !(o.to.starts_with("tel:") || o.to.starts_with("sip:") || o.to.starts_with("sips:")) {
        return Err(Error::invalid(
            "transfer to",
            format!("`{}` must be tel:+NUMBER or sip:user@host", o.to),
        ));
    }
    let ringing = o.ringing_timeout.unwrap_or(DEFAULT_RINGING);
    let req = proto::TransferSipParticipantRequest {
        participant_identity: o.identity.clone(),
        room_name: o.room.clone(),
        transfer_to: o.to.clone(),
        play_dialtone: o.play_dialtone,
        headers: o.headers,
        ringing_timeout: Some(duration(ringing)),
    };
    let grants = VideoGrants {
        room_admin: true,
        room: o.room.clone(),
        ..Default::default()
    };
    let timeout = (ringing + Duration::from_secs(2)).max(lk.timeout());
    let resp: proto::TransferSipParticipantResponse = lk
        .twirp_with_timeout(
            SERVICE,
            "TransferSIPParticipant",
            &req,
            grants,
            call_grants(),
            timeout,
        )
        .await
        .map_err(with_sip_status)?;
    let status = if resp.transfer_id.is_empty() {
        String::new()
    } else {
        match proto::SipTransferStatus::try_from(resp.status) {
            Ok(proto::SipTransferStatus::StsTransferOngoing) => "ongoing",
            Ok(proto::SipTransferStatus::StsTransferFailed) => "failed",
            Ok(proto::SipTransferStatus::StsTransferSuccessful) => "successful",
            Err(_) => "unknown",
        }
        .into()
    };
    Ok(Transfer {
        room: o.room,
        identity: o.identity,
        transfer_to: o.to,
        transfer_id: resp.transfer_id,
        status,
    })
}
