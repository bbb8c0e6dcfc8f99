//! Store contract for lecture text (issue 12): transcript segments, summaries and room
//! sessions, every story on SQLite and on PostgreSQL.

mod store_support;

use std::sync::Arc;

use lkctl_core::ErrorKind;
use lkctl_core::lecture::{Summary, TranscriptSegment};
use lkctl_core::ops::lectures::{self, SessionFilter};
use lkctl_core::ops::{summaries, transcripts};
use lkctl_core::store::Timestamp;
use lkctl_core::store::testing::TestDb;
use store_support::count;

contract!(
    segments_are_appended_once_by_id,
    segments_are_checked_before_any_is_written,
    segments_follow_in_arrival_order,
    a_follower_sees_late_commits_once,
    summaries_keep_history_and_newest_wins,
    room_sessions_start_and_finish,
);

pub fn seg(id: &str, sid: &str, start_ms: i64, text: &str) -> TranscriptSegment {
    TranscriptSegment {
        id: id.into(),
        room: "физика-101".into(),
        room_sid: Some(sid.into()),
        speaker: Some("prof".into()),
        speaker_name: Some("Проф. Иванов".into()),
        track_id: Some("TR_a".into()),
        text: text.into(),
        language: Some("ru".into()),
        start_ms,
        end_ms: start_ms + 1500,
    }
}

pub fn summary(title: &str) -> Summary {
    Summary {
        schema_version: "1".into(),
        title: title.into(),
        summary: "Квантовая механика: введение.".into(),
        participants: vec![],
        topics: vec![],
        decisions: vec![],
        action_items: vec![],
        questions: vec![],
        open_issues: vec![],
        next_steps: vec![],
    }
}

async fn segments_are_appended_once_by_id(db: Arc<TestDb>) {
    let store = &db.store;
    let a = seg("s-2", "RM_one", 2000, "Ёлка и физика");
    let b = seg("s-1", "RM_one", 0, "Добрый день");
    assert_eq!(
        transcripts::append_segments(store, &[a.clone(), b.clone()])
            .await
            .expect("append"),
        2
    );
    // A retried write, with a changed text even, stores nothing new.
    let mut retried = a.clone();
    retried.text = "other".into();
    assert_eq!(
        transcripts::append_segments(store, &[retried, b.clone()])
            .await
            .expect("again"),
        0
    );
    assert_eq!(
        transcripts::segments(store, "RM_one").await.expect("read"),
        vec![b, a]
    );
    assert_eq!(transcripts::count(store, "RM_one").await.expect("count"), 2);
    assert!(
        transcripts::segments(store, "RM_other")
            .await
            .expect("read")
            .is_empty()
    );
    // The segments made the session known.
    let session = lectures::get(store, "RM_one").await.expect("session");
    assert_eq!(session.room, "физика-101");
    assert_eq!(session.ended_at, None);
}

async fn segments_are_checked_before_any_is_written(db: Arc<TestDb>) {
    let store = &db.store;
    let good = seg("ok", "RM_x", 0, "fine");
    let mut bad_times = seg("t", "RM_x", 5000, "x");
    bad_times.end_ms = 10;
    let mut no_text = seg("e", "RM_x", 0, "  ");
    no_text.text = "  ".into();
    let mut control_id = seg("a\u{0}b", "RM_x", 0, "x");
    control_id.room_sid = Some("RM_x".into());
    let nul = seg("n", "RM_x", 0, "a\0b");
    for bad in [bad_times, no_text, control_id, nul] {
        let err = transcripts::append_segments(store, &[good.clone(), bad])
            .await
            .expect_err("refused");
        assert_eq!(err.kind(), ErrorKind::Invalid);
    }
    assert_eq!(count(store, "transcript_segments").await, 0);
}

async fn segments_follow_in_arrival_order(db: Arc<TestDb>) {
    let store = &db.store;
    transcripts::append_segments(store, &[seg("b", "RM_f", 900, "два")])
        .await
        .expect("append");
    let (first, cursor) = transcripts::segments_since(store, "физика-101", None, None, 100)
        .await
        .expect("page");
    assert_eq!(first.len(), 1);
    let cursor = cursor.expect("cursor");
    // Nothing new: the cursor stays.
    let (none, same) = transcripts::segments_since(store, "физика-101", None, Some(&cursor), 100)
        .await
        .expect("page");
    assert!(none.is_empty());
    assert_eq!(same.as_ref(), Some(&cursor));
    // An earlier utterance stored later still comes next.
    transcripts::append_segments(store, &[seg("a", "RM_f", 100, "один")])
        .await
        .expect("append");
    let (next, _) = transcripts::segments_since(store, "физика-101", None, Some(&cursor), 100)
        .await
        .expect("page");
    assert_eq!(
        next.iter().map(|s| s.id.as_str()).collect::<Vec<_>>(),
        ["a"]
    );
    let (other_sid, _) =
        transcripts::segments_since(store, "физика-101", Some("RM_none"), None, 100)
            .await
            .expect("page");
    assert!(other_sid.is_empty());
}

async fn summaries_keep_history_and_newest_wins(db: Arc<TestDb>) {
    let store = &db.store;
    assert!(
        summaries::summary(store, "RM_s")
            .await
            .expect("none")
            .is_none()
    );
    let first = summaries::put_summary(
        store,
        "физика-101",
        Some("RM_s"),
        &summary("Первая"),
        Some("extractive"),
    )
    .await
    .expect("put");
    let second =
        summaries::put_summary(store, "физика-101", Some("RM_s"), &summary("Вторая"), None)
            .await
            .expect("put");
    assert_ne!(first.id, second.id);
    let newest = summaries::summary(store, "RM_s")
        .await
        .expect("read")
        .expect("some");
    assert_eq!(newest.summary.title, "Вторая");
    assert_eq!(
        summaries::history(store, "RM_s")
            .await
            .expect("history")
            .len(),
        2
    );
    assert_eq!(
        summaries::latest_for_room(store, "физика-101")
            .await
            .expect("room")
            .expect("some")
            .id,
        second.id
    );
    let mut bad = summary("x");
    bad.schema_version = "9".into();
    let err = summaries::put_summary(store, "физика-101", Some("RM_s"), &bad, None)
        .await
        .expect_err("invalid");
    assert_eq!(err.kind(), ErrorKind::Invalid);
    assert_eq!(count(store, "summaries").await, 2);
}

async fn room_sessions_start_and_finish(db: Arc<TestDb>) {
    let store = &db.store;
    let t = |ms: i64| Timestamp::from_unix_ms(ms).expect("time");
    lectures::touch_session(store, "RM_a", "lecture", t(1_700_000_050_000))
        .await
        .expect("touch");
    // The real start replaces the estimate; a later estimate does not move it.
    lectures::room_started(store, "RM_a", "lecture", t(1_700_000_000_000))
        .await
        .expect("started");
    lectures::touch_session(store, "RM_a", "lecture", t(1_700_000_090_000))
        .await
        .expect("touch");
    assert_eq!(
        lectures::list(
            store,
            &SessionFilter {
                finished_only: true,
                ..Default::default()
            }
        )
        .await
        .expect("list"),
        vec![]
    );
    lectures::room_finished(store, "RM_a", "lecture", t(1_700_003_600_000))
        .await
        .expect("finished");
    // A finish never seen started begins at its end.
    lectures::room_finished(store, "RM_b", "other", t(1_700_010_000_000))
        .await
        .expect("finished");
    let a = lectures::get(store, "RM_a").await.expect("a");
    assert_eq!(a.started_at, t(1_700_000_000_000));
    assert_eq!(a.ended_at, Some(t(1_700_003_600_000)));
    let all = lectures::list(
        store,
        &SessionFilter {
            finished_only: true,
            ..Default::default()
        },
    )
    .await
    .expect("list");
    assert_eq!(
        all.iter().map(|s| s.room_sid.as_str()).collect::<Vec<_>>(),
        ["RM_b", "RM_a"]
    );
    let only = lectures::list(
        store,
        &SessionFilter {
            room: Some("lecture".into()),
            since: Some(t(1_699_999_000_000)),
            ..Default::default()
        },
    )
    .await
    .expect("list");
    assert_eq!(only, vec![a]);
    let err = lectures::get(store, "RM_missing").await.expect_err("none");
    assert_eq!(err.kind(), ErrorKind::NotFound);
}

async fn a_follower_sees_late_commits_once(db: Arc<TestDb>) {
    let store = &db.store;
    let mut f = transcripts::Follower::new("физика-101", None).unwrap();
    assert!(f.next(store).await.unwrap().is_empty());
    transcripts::append_segments(store, &[seg("x1", "RM_l", 0, "раз"), seg("x2", "RM_l", 10, "два")])
        .await
        .unwrap();
    let first: Vec<String> = f.next(store).await.unwrap().into_iter().map(|s| s.id).collect();
    assert_eq!(first, ["x1", "x2"]);
    assert!(f.next(store).await.unwrap().is_empty(), "nothing twice");
    // Another writer's segment, stamped before what was seen but committed after it.
    transcripts::append_segments(store, &[seg("x0", "RM_l", 5, "поздно")])
        .await
        .unwrap();
    store_support::age(
        store,
        "transcript_segments",
        "x0",
        &["created_at"],
        std::time::Duration::from_secs(3),
    )
    .await;
    let late: Vec<String> = f.next(store).await.unwrap().into_iter().map(|s| s.id).collect();
    assert_eq!(late, ["x0"]);
    assert!(f.next(store).await.unwrap().is_empty());
}
