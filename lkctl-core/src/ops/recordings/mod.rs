//! Recordings: the finished outputs of egress jobs (files and HLS playlists) and
//! their download from S3-compatible storage.
//!
//! The catalogue is what LiveKit still lists (`ListEgress`) merged with what the
//! store kept: LiveKit forgets ended jobs after 24 h, so `egress_ended` webhooks
//! ([`from_webhook`]) and every listing are saved ([`save`]) and read back
//! ([`stored`]); [`merge`] unions the two without duplicates.
//!
//! Downloads ([`download`]) live in `download.rs`.

mod download;

pub use download::{Downloaded, Progress, download, segment_uris};

use serde::{Deserialize, Serialize};

use super::egress::{self, Egress, EgressStatus, ListEgress};
use crate::client::LiveKit;
use crate::error::{Error, Result};
use crate::ops::files::S3Config;

/// One finished output of an egress.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Recording {
    pub egress_id: String,
    pub room_name: String,
    /// A file, or an HLS playlist with its segments.
    pub kind: RecordingKind,
    /// File name, or the playlist name.
    pub name: String,
    /// Where the egress put it (URL, `s3://` or a path on the worker).
    pub location: String,
    pub size: i64,
    pub duration_secs: f64,
    /// For segments: how many.
    pub segment_count: i64,
    /// How the job ended: `complete` or `limit_reached`.
    pub status: EgressStatus,
    pub ended_at: String,
}

named_enum! {
    /// What one recording is.
    pub enum RecordingKind {
        /// One file.
        File => "file",
        /// An HLS playlist and its segments.
        Segments => "segments",
    }
}

/// Catalogue rows for one egress job; empty unless it finished with outputs.
pub fn from_egress(e: &Egress) -> Vec<Recording> {
    if !matches!(
        e.status,
        EgressStatus::Complete | EgressStatus::LimitReached
    ) {
        return vec![];
    }
    let base =
        |kind: RecordingKind, name: &str, location: &str, size: i64, duration: f64, count: i64| {
            Recording {
                egress_id: e.egress_id.clone(),
                room_name: e.room_name.clone(),
                kind,
                name: name.into(),
                location: location.into(),
                size,
                duration_secs: duration,
                segment_count: count,
                status: e.status,
                ended_at: e.ended_at.clone(),
            }
        };
    let mut out: Vec<Recording> = e
        .files
        .iter()
        .map(|f| {
            base(
                RecordingKind::File,
                &f.filename,
                &f.location,
                f.size,
                f.duration_secs,
                0,
            )
        })
        .collect();
    out.extend(e.segments.iter().map(|s| {
        base(
            RecordingKind::Segments,
            &s.playlist_name,
            &s.playlist_location,
            s.size,
            s.duration_secs,
            s.segment_count,
        )
    }));
    out
}

/// Catalogue rows from a webhook: `egress_ended` events carry the finished job.
/// This is what the store keeps, so recordings outlive LiveKit's 24 h memory.
pub fn from_webhook(event: &livekit_protocol::WebhookEvent) -> Vec<Recording> {
    match (&event.event[..], &event.egress_info) {
        ("egress_ended", Some(info)) => from_egress(&Egress::from(info.clone())),
        _ => vec![],
    }
}

/// Union of catalogue lists, deduplicated by (egress, location, name), newest first.
pub fn merge(lists: impl IntoIterator<Item = Vec<Recording>>) -> Vec<Recording> {
    let mut seen = std::collections::HashSet::new();
    let mut out: Vec<Recording> = lists
        .into_iter()
        .flatten()
        .filter(|r| seen.insert((r.egress_id.clone(), r.location.clone(), r.name.clone())))
        .collect();
    out.sort_by(|a, b| {
        b.ended_at
            .cmp(&a.ended_at)
            .then_with(|| a.egress_id.cmp(&b.egress_id))
    });
    out
}

/// Keep catalogue rows in the store (insert or refresh; idempotent).
pub async fn save(store: &crate::store::Store, rows: &[Recording]) -> Result<usize> {
    use crate::store::with_pool;
    let now = crate::store::Timestamp::now();
    let sql = "INSERT INTO recordings (egress_id, location, name, room_name, kind, size, \
               duration_secs, segment_count, status, ended_at, recorded_at) \
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
               ON CONFLICT (egress_id, location, name) DO UPDATE SET size = excluded.size, \
               duration_secs = excluded.duration_secs, segment_count = excluded.segment_count, \
               status = excluded.status, ended_at = excluded.ended_at";
    with_pool!(store, |pool| {
        let mut tx = pool.begin().await?;
        for r in rows {
            sqlx::query(sql)
                .bind(&r.egress_id)
                .bind(&r.location)
                .bind(&r.name)
                .bind(&r.room_name)
                .bind(r.kind.as_str())
                .bind(r.size)
                .bind(r.duration_secs)
                .bind(r.segment_count)
                .bind(r.status.as_str())
                .bind(&r.ended_at)
                .bind(now)
                .execute(&mut *tx)
                .await?;
        }
        tx.commit().await?;
    });
    Ok(rows.len())
}

#[derive(sqlx::FromRow)]
struct RecordingRow {
    egress_id: String,
    location: String,
    name: String,
    room_name: String,
    kind: String,
    size: i64,
    duration_secs: f64,
    segment_count: i64,
    status: String,
    ended_at: String,
}

/// Catalogue rows the store kept (optionally for one room), newest first.
pub async fn stored(store: &crate::store::Store, room: Option<&str>) -> Result<Vec<Recording>> {
    use crate::store::with_pool;
    let sql = "SELECT egress_id, location, name, room_name, kind, size, duration_secs, \
               segment_count, status, ended_at FROM recordings \
               WHERE ($1 IS NULL OR room_name = $1) ORDER BY ended_at DESC, egress_id";
    let rows: Vec<RecordingRow> = with_pool!(store, |pool| {
        sqlx::query_as::<_, RecordingRow>(sql)
            .bind(room)
            .fetch_all(pool)
            .await?
    });
    rows.into_iter()
        .map(|r| {
            let kind = RecordingKind::from_name(&r.kind).ok_or_else(|| {
                Error::Internal(format!(
                    "recording {} has unknown kind `{}`",
                    r.egress_id, r.kind
                ))
            })?;
            let status = EgressStatus::from_name(&r.status).unwrap_or(EgressStatus::Unknown);
            Ok(Recording {
                egress_id: r.egress_id,
                room_name: r.room_name,
                kind,
                name: r.name,
                location: r.location,
                size: r.size,
                duration_secs: r.duration_secs,
                segment_count: r.segment_count,
                status,
                ended_at: r.ended_at,
            })
        })
        .collect()
}

/// The whole catalogue: LiveKit's list saved into the store, merged with what the
/// store kept from earlier listings and webhooks. When LiveKit is unreachable the
/// stored catalogue is still returned, with the error as a warning.
pub async fn catalogue(
    lk: Option<&LiveKit>,
    store: &crate::store::Store,
    room: Option<&str>,
) -> Result<(Vec<Recording>, Option<Error>)> {
    let (live, warning) = match lk {
        Some(lk) => match list(lk, room).await {
            Ok(live) => {
                save(store, &live).await?;
                (live, None)
            }
            Err(e) => (vec![], Some(e)),
        },
        None => (vec![], None),
    };
    let kept = stored(store, room).await?;
    Ok((merge([live, kept]), warning))
}

/// The catalogue as LiveKit still knows it (optionally for one room).
pub async fn list(lk: &LiveKit, room: Option<&str>) -> Result<Vec<Recording>> {
    let jobs = egress::list(
        lk,
        &ListEgress {
            room: room.map(str::to_string),
            ..Default::default()
        },
    )
    .await?;
    Ok(merge([jobs
        .iter()
        .flat_map(from_egress)
        .collect::<Vec<_>>()]))
}

/// The outputs of one egress, for `recording download`.
pub async fn of_egress(lk: &LiveKit, egress_id: &str) -> Result<Vec<Recording>> {
    let e = egress::get(lk, egress_id).await?;
    let recs = from_egress(&e);
    if recs.is_empty() {
        return Err(Error::NotFound {
            what: "recording of egress",
            id: format!("{egress_id} (status {})", e.status),
        });
    }
    Ok(recs)
}

/// A recording with a presigned URL to download it.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct RecordingDownload {
    #[serde(flatten)]
    pub recording: Recording,
    /// A presigned `GET` of the file (or the playlist); `None` when the recording is not
    /// in the configured bucket (another bucket, or a path on the egress worker).
    pub download: Option<super::files::PresignedUrl>,
}

/// Whether a location is in `bucket`: `s3://bucket/...`, a URL naming the bucket (path
/// style or virtual host), or a bare key, which `recording download` also reads from the
/// configured bucket.
fn in_bucket(location: &str, bucket: &str) -> bool {
    if let Some(rest) = location.strip_prefix("s3://") {
        return rest.split('/').next() == Some(bucket);
    }
    match url::Url::parse(location) {
        Ok(url) if matches!(url.scheme(), "http" | "https") => {
            url.host_str()
                .is_some_and(|h| h.starts_with(&format!("{bucket}.")))
                || url.path().starts_with(&format!("/{bucket}/"))
        }
        Ok(_) => false,
        Err(_) => true,
    }
}

/// Presign a download of each recording that lies in `cfg`'s bucket (no network access:
/// signing is local).
pub async fn download_urls(
    cfg: &S3Config,
    recordings: Vec<Recording>,
    ttl: std::time::Duration,
) -> Result<Vec<RecordingDownload>> {
    let storage = super::files::FileStorage::new(cfg)?;
    let mut out = Vec::with_capacity(recordings.len());
    for recording in recordings {
        let in_bucket = in_bucket(&recording.location, &cfg.bucket);
        let key = object_key(&recording.location, &cfg.bucket);
        let download = if in_bucket && !key.is_empty() {
            let name = key.rsplit('/').next().unwrap_or(&key).to_string();
            Some(storage.presign_object_download(&key, &name, ttl).await?)
        } else {
            None
        };
        out.push(RecordingDownload {
            recording,
            download,
        });
    }
    Ok(out)
}

/// The object key of a location in `bucket`: `s3://bucket/key`, a path-style URL
/// (`https://host/bucket/key`), a virtual-host URL (`https://bucket.host/key`), or a bare key.
pub fn object_key(location: &str, bucket: &str) -> String {
    if let Some(rest) = location.strip_prefix("s3://") {
        return rest
            .split_once('/')
            .map(|(_, k)| k.to_string())
            .unwrap_or_default();
    }
    if let Ok(url) = url::Url::parse(location)
        && matches!(url.scheme(), "http" | "https")
    {
        let path = url.path().trim_start_matches('/');
        let decoded = percent_decode(path);
        if let Some(k) = decoded.strip_prefix(&format!("{bucket}/")) {
            return k.to_string();
        }
        return decoded;
    }
    location.trim_start_matches('/').to_string()
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_else(|| s.to_string())
}

#[cfg(test)]
mod tests {

    #[test]
    fn locations_in_the_bucket() {
        assert!(in_bucket("s3://rec/a/b.mp4", "rec"));
        assert!(!in_bucket("s3://other/a/b.mp4", "rec"));
        assert!(in_bucket("https://rec.s3.amazonaws.com/a.mp4", "rec"));
        assert!(in_bucket("http://minio:9000/rec/a.mp4", "rec"));
        assert!(!in_bucket(
            "https://storage.googleapis.com/other/a.mp4",
            "rec"
        ));
        assert!(in_bucket("room-2024.mp4", "rec"));
    }
    use super::*;

    #[test]
    fn keys_from_locations() {
        assert_eq!(object_key("s3://b/rec/a.mp4", "b"), "rec/a.mp4");
        assert_eq!(
            object_key("http://127.0.0.1:9000/b/rec/a%20b.mp4", "b"),
            "rec/a b.mp4"
        );
        assert_eq!(
            object_key("https://b.s3.amazonaws.com/rec/a.mp4", "b"),
            "rec/a.mp4"
        );
        assert_eq!(object_key("rec/a.mp4", "b"), "rec/a.mp4");
    }

    #[test]
    fn only_finished_jobs_are_recordings() {
        let mut e = Egress::from(livekit_protocol::EgressInfo {
            egress_id: "EG_1".into(),
            status: livekit_protocol::EgressStatus::EgressActive as i32,
            file_results: vec![livekit_protocol::FileInfo {
                filename: "a.mp4".into(),
                ..Default::default()
            }],
            ..Default::default()
        });
        assert!(from_egress(&e).is_empty());
        e.status = EgressStatus::Complete;
        let r = from_egress(&e);
        assert_eq!(r.len(), 1);
        assert_eq!(merge([r.clone(), r]).len(), 1);
    }

    #[test]
    fn egress_ended_webhooks_feed_the_catalogue() {
        let info = livekit_protocol::EgressInfo {
            egress_id: "EG_2".into(),
            status: livekit_protocol::EgressStatus::EgressComplete as i32,
            segment_results: vec![livekit_protocol::SegmentsInfo {
                playlist_name: "a.m3u8".into(),
                segment_count: 3,
                ..Default::default()
            }],
            ..Default::default()
        };
        let ev = livekit_protocol::WebhookEvent {
            event: "egress_ended".into(),
            egress_info: Some(info.clone()),
            ..Default::default()
        };
        let r = from_webhook(&ev);
        assert_eq!((r[0].kind.as_str(), r[0].segment_count), ("segments", 3));
        let started = livekit_protocol::WebhookEvent {
            event: "egress_started".into(),
            ..ev
        };
        assert!(from_webhook(&started).is_empty());
    }
}
