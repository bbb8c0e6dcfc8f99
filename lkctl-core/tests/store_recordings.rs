//! The recordings catalogue kept in the store, on SQLite and PostgreSQL: rows
//! from `egress_ended` webhooks survive after LiveKit forgets the job.

mod store_support;

use std::sync::Arc;

use livekit_protocol as proto;
use lkctl_core::ops::recordings::{self, Recording, RecordingKind};
use lkctl_core::store::testing::TestDb;

contract!(webhook_rows_are_kept_and_saving_is_idempotent);

fn ended_event(egress_id: &str, room: &str, size: i64) -> proto::WebhookEvent {
    proto::WebhookEvent {
        event: "egress_ended".into(),
        id: format!("EV_{egress_id}"),
        egress_info: Some(proto::EgressInfo {
            egress_id: egress_id.into(),
            room_name: room.into(),
            status: proto::EgressStatus::EgressComplete as i32,
            ended_at: 1_700_000_000_000_000_000,
            file_results: vec![proto::FileInfo {
                filename: "rec/lecture.mp4".into(),
                location: "https://s3.example/recordings/rec/lecture.mp4".into(),
                size,
                duration: 90_000_000_000,
                ..Default::default()
            }],
            ..Default::default()
        }),
        ..Default::default()
    }
}

async fn webhook_rows_are_kept_and_saving_is_idempotent(db: Arc<TestDb>) {
    let store = &db.store;
    let rows = recordings::from_webhook(&ended_event("EG_one", "lecture", 1000));
    assert_eq!(rows.len(), 1);
    assert_eq!(recordings::save(store, &rows).await.unwrap(), 1);
    // A redelivered webhook or a later listing refreshes, never duplicates.
    let again = recordings::from_webhook(&ended_event("EG_one", "lecture", 2000));
    recordings::save(store, &again).await.unwrap();
    recordings::save(
        store,
        &recordings::from_webhook(&ended_event("EG_two", "other", 5)),
    )
    .await
    .unwrap();

    let kept: Vec<Recording> = recordings::stored(store, Some("lecture")).await.unwrap();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].egress_id, "EG_one");
    assert_eq!(kept[0].size, 2000);
    assert_eq!(kept[0].kind, RecordingKind::File);
    assert!((kept[0].duration_secs - 90.0).abs() < 1e-6);
    assert_eq!(recordings::stored(store, None).await.unwrap().len(), 2);

    // Without LiveKit (None) the catalogue is the stored one.
    let (all, warning) = recordings::catalogue(None, store, None).await.unwrap();
    assert!(warning.is_none());
    assert_eq!(all.len(), 2);

    // Events that are not egress_ended add nothing.
    let mut started = ended_event("EG_three", "lecture", 1);
    started.event = "egress_started".into();
    assert!(recordings::from_webhook(&started).is_empty());
}
