//! What lkctl shows of an egress job, converted from LiveKit's `EgressInfo`.

use livekit_protocol as proto;
use serde::{Deserialize, Serialize};

use crate::token::rfc3339;

named_enum! {
    /// What an egress job records.
    pub enum EgressKind {
        RoomComposite => "room_composite",
        Web => "web",
        Participant => "participant",
        TrackComposite => "track_composite",
        Track => "track",
        /// The unified `StartEgress` request.
        Egress => "egress",
        /// A request type this lkctl does not know.
        Unknown => "unknown",
    }
}

named_enum! {
    /// Where an egress job stands.
    pub enum EgressStatus {
        Starting => "starting",
        Active => "active",
        Ending => "ending",
        Complete => "complete",
        Failed => "failed",
        Aborted => "aborted",
        LimitReached => "limit_reached",
        /// A status this lkctl does not know.
        Unknown => "unknown",
    }
}

impl EgressStatus {
    /// From the protocol's `EgressStatus` value.
    pub fn from_proto(v: i32) -> Self {
        use proto::EgressStatus as S;
        match S::try_from(v) {
            Ok(S::EgressStarting) => Self::Starting,
            Ok(S::EgressActive) => Self::Active,
            Ok(S::EgressEnding) => Self::Ending,
            Ok(S::EgressComplete) => Self::Complete,
            Ok(S::EgressFailed) => Self::Failed,
            Ok(S::EgressAborted) => Self::Aborted,
            Ok(S::EgressLimitReached) => Self::LimitReached,
            _ => Self::Unknown,
        }
    }

    /// True once LiveKit will not change the job any more.
    pub fn has_ended(self) -> bool {
        matches!(
            self,
            Self::Complete | Self::Failed | Self::Aborted | Self::LimitReached
        )
    }

    /// True when the job ended without producing its outputs.
    pub fn has_failed(self) -> bool {
        matches!(self, Self::Failed | Self::Aborted)
    }
}

named_enum! {
    /// Where one stream output of an egress stands.
    pub enum StreamStatus {
        Active => "active",
        Finished => "finished",
        Failed => "failed",
        Unknown => "unknown",
    }
}

named_enum! {
    /// How stopping one egress of many went.
    pub enum StopResult {
        Stopped => "stopped",
        Failed => "failed",
    }
}

/// One egress job as lkctl shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Egress {
    pub egress_id: String,
    pub room_name: String,
    pub room_id: String,
    /// What the job records.
    pub kind: EgressKind,
    /// Where the job stands.
    pub status: EgressStatus,
    /// RFC 3339, empty until started.
    pub started_at: String,
    pub ended_at: String,
    pub updated_at: String,
    pub error: String,
    pub files: Vec<EgressFile>,
    pub segments: Vec<EgressSegments>,
    pub streams: Vec<EgressStream>,
    pub images: Vec<EgressImages>,
}

/// A file written by an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressFile {
    pub filename: String,
    pub location: String,
    pub size: i64,
    pub duration_secs: f64,
}

/// An HLS playlist written by an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressSegments {
    pub playlist_name: String,
    pub playlist_location: String,
    pub live_playlist_name: String,
    pub segment_count: i64,
    pub size: i64,
    pub duration_secs: f64,
}

/// A stream (RTMP, SRT, WebSocket) of an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressStream {
    pub url: String,
    /// Where the stream stands.
    pub status: StreamStatus,
    pub error: String,
}

/// Images captured by an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct EgressImages {
    pub filename_prefix: String,
    pub image_count: i64,
}

/// LiveKit's egress worker writes timestamps in nanoseconds.
fn ns_to_rfc3339(ns: i64) -> String {
    if ns <= 0 {
        String::new()
    } else {
        rfc3339((ns / 1_000_000_000) as u64)
    }
}

fn ns_to_secs(ns: i64) -> f64 {
    ns as f64 / 1e9
}

impl Egress {
    /// True once LiveKit will not change the job any more.
    pub fn has_ended(&self) -> bool {
        self.status.has_ended()
    }

    /// True when the job ended without producing its outputs.
    pub fn has_failed(&self) -> bool {
        self.status.has_failed()
    }
}

impl From<proto::EgressInfo> for Egress {
    fn from(e: proto::EgressInfo) -> Self {
        use proto::egress_info::Request as R;
        let kind = match &e.request {
            Some(R::RoomComposite(_)) => EgressKind::RoomComposite,
            Some(R::Web(_)) => EgressKind::Web,
            Some(R::Participant(_)) => EgressKind::Participant,
            Some(R::TrackComposite(_)) => EgressKind::TrackComposite,
            Some(R::Track(_)) => EgressKind::Track,
            Some(R::Egress(_)) => EgressKind::Egress,
            _ => EgressKind::Unknown,
        };
        #[allow(deprecated)]
        let mut file_results = e.file_results.clone();
        #[allow(deprecated)]
        let mut segment_results = e.segment_results.clone();
        #[allow(deprecated)]
        let mut stream_results = e.stream_results.clone();
        // Old servers fill only the deprecated single `result`.
        #[allow(deprecated)]
        match &e.result {
            Some(proto::egress_info::Result::File(f)) if file_results.is_empty() => {
                file_results.push(f.clone())
            }
            Some(proto::egress_info::Result::Segments(s)) if segment_results.is_empty() => {
                segment_results.push(s.clone())
            }
            Some(proto::egress_info::Result::Stream(s)) if stream_results.is_empty() => {
                stream_results = s.info.clone()
            }
            _ => {}
        }
        Self {
            kind,
            status: EgressStatus::from_proto(e.status),
            started_at: ns_to_rfc3339(e.started_at),
            ended_at: ns_to_rfc3339(e.ended_at),
            updated_at: ns_to_rfc3339(e.updated_at),
            files: file_results
                .into_iter()
                .map(|f| EgressFile {
                    filename: f.filename,
                    location: f.location,
                    size: f.size,
                    duration_secs: ns_to_secs(f.duration),
                })
                .collect(),
            segments: segment_results
                .into_iter()
                .map(|s| EgressSegments {
                    playlist_name: s.playlist_name,
                    playlist_location: s.playlist_location,
                    live_playlist_name: s.live_playlist_name,
                    segment_count: s.segment_count,
                    size: s.size,
                    duration_secs: ns_to_secs(s.duration),
                })
                .collect(),
            streams: stream_results
                .into_iter()
                .map(|s| EgressStream {
                    url: s.url,
                    status: match proto::stream_info::Status::try_from(s.status) {
                        Ok(proto::stream_info::Status::Active) => StreamStatus::Active,
                        Ok(proto::stream_info::Status::Finished) => StreamStatus::Finished,
                        Ok(proto::stream_info::Status::Failed) => StreamStatus::Failed,
                        Err(_) => StreamStatus::Unknown,
                    },
                    error: s.error,
                })
                .collect(),
            images: e
                .image_results
                .into_iter()
                .map(|i| EgressImages {
                    filename_prefix: i.filename_prefix,
                    image_count: i.image_count,
                })
                .collect(),
            egress_id: e.egress_id,
            room_name: e.room_name,
            room_id: e.room_id,
            error: e.error,
        }
    }
}

/// The outcome of stopping one egress of many.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StopOutcome {
    pub egress_id: String,
    /// How the stop went.
    pub outcome: StopResult,
    /// The job's status after the stop; `None` (serialised as `""`) when it failed.
    #[serde(with = "status_or_empty")]
    pub status: Option<EgressStatus>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// `Option<EgressStatus>` as the status name or `""`, the shape `egress stop` always had.
mod status_or_empty {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    use super::EgressStatus;

    pub fn serialize<S: Serializer>(v: &Option<EgressStatus>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(status) => status.serialize(s),
            None => s.serialize_str(""),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<EgressStatus>, D::Error> {
        let text = String::deserialize(d)?;
        if text.is_empty() {
            return Ok(None);
        }
        EgressStatus::deserialize(serde::de::value::StrDeserializer::<D::Error>::new(&text))
            .map(Some)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ops::egress::check_ended;

    #[test]
    fn status_and_times_convert() {
        let info = proto::EgressInfo {
            egress_id: "EG_1".into(),
            status: proto::EgressStatus::EgressComplete as i32,
            started_at: 1_700_000_000_000_000_000,
            file_results: vec![proto::FileInfo {
                filename: "a.mp4".into(),
                size: 5,
                duration: 2_000_000_000,
                ..Default::default()
            }],
            ..Default::default()
        };
        let e = Egress::from(info);
        assert_eq!(e.status, EgressStatus::Complete);
        assert!(e.has_ended() && !e.has_failed());
        assert_eq!(e.started_at, "2023-11-14T22:13:20Z");
        assert_eq!(e.files[0].duration_secs, 2.0);
        assert!(check_ended(&e).is_ok());
    }
}
