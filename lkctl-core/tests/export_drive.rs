//! Google Drive destination against the local Drive v3 double (`export_drive_fake`).

mod export_drive_fake;
mod export_support;

use std::time::Duration;

use export_drive_fake::{
    CLIENT_ID, CLIENT_SECRET, FakeDrive, Fault, PARENT, REFRESH_TOKEN, SA_EMAIL,
};
use export_support::lecture;
use lkctl_core::export::dest::drive::{DriveAuth, DriveConfig, DriveDestination, q_string};
use lkctl_core::export::dest::{Destination, MemoryResume, ResumeState};
use lkctl_core::export::{self, ArtifactFile, Format, RenderOptions};
use lkctl_core::{ErrorKind, Secret};

fn refresh_auth() -> DriveAuth {
    DriveAuth::RefreshToken {
        client_id: CLIENT_ID.into(),
        client_secret: Secret::new(CLIENT_SECRET),
        refresh_token: Secret::new(REFRESH_TOKEN),
    }
}

fn config(fake: &FakeDrive, auth: DriveAuth) -> DriveConfig {
    let mut cfg = DriveConfig::new(PARENT, auth);
    cfg.api_base = fake.base.clone();
    cfg.token_url = fake.token_url.clone();
    cfg.retry_base = Duration::from_millis(1);
    cfg
}

fn files() -> Vec<ArtifactFile> {
    let set = lecture();
    Format::ALL
        .iter()
        .map(|f| export::render(&set, *f, &RenderOptions::default()).unwrap())
        .collect()
}

/// A file big enough for several 256 KiB chunks, with the fixture's identity.
fn big_file(len: usize) -> ArtifactFile {
    let mut f = files()
        .into_iter()
        .find(|f| f.format == Format::Pdf)
        .unwrap();
    let payload: Vec<u8> = (0..len as u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 11) as u8)
        .collect();
    use sha2::Digest;
    f.sha256 = sha2::Sha256::digest(&payload)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    f.bytes = bytes::Bytes::from(payload);
    f
}

#[tokio::test]
async fn uploads_a_folder_per_session_and_reruns_upload_nothing() {
    let fake = export_drive_fake::start().await;
    let dest = DriveDestination::new(config(&fake, refresh_auth())).unwrap();
    let described = dest.describe();
    assert!(
        described.contains("gdrive://parent-folder-0001")
            && !described.contains(CLIENT_SECRET)
            && !described.contains(REFRESH_TOKEN)
    );
    let resume = MemoryResume::default();
    let files = files();
    let mut ids = Vec::new();
    for f in &files {
        let placed = dest.put(f, None, &resume).await.unwrap();
        assert!(placed.uploaded);
        assert_eq!(placed.size, f.bytes.len() as u64);
        ids.push(placed.target_ref);
    }
    {
        let st = fake.state.lock().unwrap();
        let folders = st.children(PARENT);
        assert_eq!(folders.len(), 1, "one folder per room session");
        assert_eq!(folders[0].name, files[0].folder);
        assert_eq!(folders[0].mime_type, "application/vnd.google-apps.folder");
        let in_folder = st.children(&folders[0].id);
        assert_eq!(in_folder.len(), files.len());
        for (f, id) in files.iter().zip(&ids) {
            let stored = &st.files[id];
            assert_eq!(stored.name, f.name);
            assert_eq!(stored.content, f.bytes.as_ref());
            assert_eq!(stored.mime_type, f.content_type.split(';').next().unwrap());
            assert_eq!(stored.app_properties.get("lkctl_key"), Some(&f.key));
        }
        assert_eq!(
            st.count("POST", "/upload/drive/v3/files", Some("multipart")),
            files.len()
        );
        assert_eq!(
            st.token_requests,
            ["refresh_token"],
            "one token for the whole run"
        );
    }

    // A rerun in a new process (new destination, empty state): found by appProperties.
    let dest2 = DriveDestination::new(config(&fake, refresh_auth())).unwrap();
    for (f, id) in files.iter().zip(&ids) {
        let placed = dest2.put(f, None, &MemoryResume::default()).await.unwrap();
        assert!(!placed.uploaded);
        assert_eq!(&placed.target_ref, id);
        // And with the recorded id: checked with files.get.
        assert!(!dest2.put(f, Some(id), &resume).await.unwrap().uploaded);
    }
    let st = fake.state.lock().unwrap();
    assert_eq!(
        st.count("POST", "/upload/", None),
        files.len(),
        "no second upload"
    );
    assert_eq!(
        st.count("POST", "/drive/v3/files", None),
        1,
        "no second folder"
    );
}

#[tokio::test]
async fn a_same_named_twin_is_ignored_and_changed_content_replaces_in_place() {
    let fake = export_drive_fake::start().await;
    let dest = DriveDestination::new(config(&fake, refresh_auth())).unwrap();
    let resume = MemoryResume::default();
    let f = files()
        .into_iter()
        .find(|f| f.format == Format::Markdown)
        .unwrap();
    let first = dest.put(&f, None, &resume).await.unwrap();
    // Someone drops a file with the same name into the folder: not ours, left alone.
    let folder = {
        let mut st = fake.state.lock().unwrap();
        let folder = st.files[&first.target_ref].parents[0].clone();
        let mut twin = st.files[&first.target_ref].clone();
        twin.id = "someone-elses-file".into();
        twin.app_properties.clear();
        twin.content = b"not ours".to_vec();
        st.files.insert(twin.id.clone(), twin);
        folder
    };
    assert!(!dest.put(&f, None, &resume).await.unwrap().uploaded);

    // The summary was regenerated: a new key for the same slot replaces the content.
    let mut set = lecture();
    set.summary.as_mut().unwrap().summary = "Обновлённое резюме.".into();
    let g = export::render(&set, Format::Markdown, &RenderOptions::default()).unwrap();
    assert_ne!(g.key, f.key);
    let second = dest
        .put(&g, Some(&first.target_ref), &resume)
        .await
        .unwrap();
    assert!(second.uploaded);
    assert_eq!(
        second.target_ref, first.target_ref,
        "updated in place, no twin"
    );
    let st = fake.state.lock().unwrap();
    assert_eq!(st.files[&first.target_ref].content, g.bytes.as_ref());
    assert_eq!(
        st.files[&first.target_ref].app_properties.get("lkctl_key"),
        Some(&g.key)
    );
    assert_eq!(st.files["someone-elses-file"].content, b"not ours");
    assert_eq!(st.children(&folder).len(), 2);
    assert_eq!(
        st.count("PATCH", "/upload/drive/v3/files/", Some("multipart")),
        1
    );
}

#[tokio::test]
async fn resumable_upload_continues_after_an_interrupted_run() {
    let fake = export_drive_fake::start().await;
    let mut cfg = config(&fake, refresh_auth());
    cfg.resumable_threshold = 300 * 1024;
    cfg.chunk_size = 256 * 1024;
    cfg.max_retries = 0; // the first run dies at the first failure, like a killed process
    let big = big_file(1_000_000);
    let resume = MemoryResume::default();

    // Run 1: the first chunk is stored only in part (100000 bytes) and answered 503; the
    // run stops there.
    fake.state
        .lock()
        .unwrap()
        .faults
        .push_back(Fault::PartialChunkThen503(100_000));
    let run1 = DriveDestination::new(cfg.clone()).unwrap();
    let e = run1.put(&big, None, &resume).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unavailable, "{e}");
    let session = resume
        .load(&big.key)
        .await
        .unwrap()
        .expect("the session URI was saved before the first byte");
    assert_eq!(
        (session.size, session.sha256.as_str()),
        (1_000_000, big.sha256.as_str())
    );
    {
        let st = fake.state.lock().unwrap();
        assert!(
            st.files.values().all(|f| f.name != big.name),
            "nothing visible before completion"
        );
    }

    // Run 2: a new process asks the session where it stands and sends only the rest.
    let run2 = DriveDestination::new(cfg).unwrap();
    let placed = run2.put(&big, None, &resume).await.unwrap();
    assert!(placed.uploaded);
    assert_eq!(
        resume.load(&big.key).await.unwrap(),
        None,
        "the session is forgotten once done"
    );
    let st = fake.state.lock().unwrap();
    assert_eq!(st.files[&placed.target_ref].content, big.bytes.as_ref());
    assert_eq!(
        st.count("POST", "/upload/drive/v3/files", Some("resumable")),
        1,
        "the session was not restarted"
    );
    let ranges: Vec<String> = st
        .log
        .iter()
        .filter(|l| l.method == "PUT")
        .filter_map(|l| l.content_range.clone())
        .collect();
    assert_eq!(
        ranges,
        [
            "bytes 0-262143/1000000", // run 1: 100000 bytes stored, then 503
            "bytes */1000000",        // run 2: status query -> 308 Range bytes=0-99999
            "bytes 100000-362143/1000000",
            "bytes 362144-624287/1000000",
            "bytes 624288-886431/1000000",
            "bytes 886432-999999/1000000", // last chunk -> 200 with the file
        ]
    );
    let sent_after_status: usize = st
        .log
        .iter()
        .filter(|l| l.method == "PUT")
        .skip(2)
        .map(|l| l.body_len)
        .sum();
    assert_eq!(
        sent_after_status,
        1_000_000 - 100_000,
        "no stored byte sent twice"
    );
}

#[tokio::test]
async fn an_interruption_inside_one_run_is_resumed_in_place() {
    let fake = export_drive_fake::start().await;
    let mut cfg = config(&fake, refresh_auth());
    cfg.resumable_threshold = 0;
    cfg.chunk_size = 256 * 1024;
    let big = big_file(600_000);
    fake.state
        .lock()
        .unwrap()
        .faults
        .push_back(Fault::PartialChunkThen503(5));
    let dest = DriveDestination::new(cfg).unwrap();
    let placed = dest
        .put(&big, None, &MemoryResume::default())
        .await
        .unwrap();
    let st = fake.state.lock().unwrap();
    assert_eq!(st.files[&placed.target_ref].content, big.bytes.as_ref());
    assert!(
        st.log
            .iter()
            .any(|l| l.content_range.as_deref() == Some("bytes */600000"))
    );
    assert!(
        st.log
            .iter()
            .any(|l| l.content_range.as_deref() == Some("bytes 5-262148/600000"))
    );
}

#[tokio::test]
async fn an_expired_session_starts_over() {
    let fake = export_drive_fake::start().await;
    let mut cfg = config(&fake, refresh_auth());
    cfg.resumable_threshold = 0;
    cfg.max_retries = 0;
    let big = big_file(700_000);
    let resume = MemoryResume::default();
    fake.state
        .lock()
        .unwrap()
        .faults
        .push_back(Fault::PartialChunkThen503(0));
    assert!(
        DriveDestination::new(cfg.clone())
            .unwrap()
            .put(&big, None, &resume)
            .await
            .is_err()
    );
    assert!(resume.load(&big.key).await.unwrap().is_some());
    // A week later the session is gone: 404 on the status query, then a fresh session.
    fake.state.lock().unwrap().expire_sessions();
    let placed = DriveDestination::new(cfg)
        .unwrap()
        .put(&big, None, &resume)
        .await
        .unwrap();
    let st = fake.state.lock().unwrap();
    assert_eq!(st.files[&placed.target_ref].content, big.bytes.as_ref());
    assert_eq!(
        st.count("POST", "/upload/drive/v3/files", Some("resumable")),
        2
    );
    assert!(
        st.log
            .iter()
            .any(|l| l.content_range.as_deref() == Some("bytes */700000") && l.status == 404)
    );
}

#[tokio::test]
async fn expired_tokens_refresh_once_and_revoked_grants_say_what_to_do() {
    let fake = export_drive_fake::start().await;
    let dest = DriveDestination::new(config(&fake, refresh_auth())).unwrap();
    let resume = MemoryResume::default();
    let files = files();
    dest.put(&files[0], None, &resume).await.unwrap();
    fake.state.lock().unwrap().expire_tokens();
    dest.put(&files[1], None, &resume).await.unwrap();
    assert_eq!(fake.state.lock().unwrap().token_requests.len(), 2);

    fake.state.lock().unwrap().expire_tokens();
    fake.state.lock().unwrap().refresh_revoked = true;
    let e = dest.put(&files[2], None, &resume).await.unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Denied);
    let msg = e.to_string();
    assert!(
        msg.contains("authorize lkctl again") && msg.contains("expired or revoked"),
        "{msg}"
    );
    assert!(!msg.contains(REFRESH_TOKEN) && !msg.contains(CLIENT_SECRET));
}

#[tokio::test]
async fn service_account_signs_a_jwt_the_token_endpoint_verifies() {
    let fake = export_drive_fake::start().await;
    let key_dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/export");
    fake.state.lock().unwrap().sa_public_key_pem = Some(
        std::fs::read_to_string(key_dir.join("test-only-service-account-key.pub.pem")).unwrap(),
    );
    let key_json = serde_json::json!({
        "type": "service_account",
        "project_id": "lkctl-test",
        "private_key_id": "0123abcd",
        "private_key": std::fs::read_to_string(key_dir.join("test-only-service-account-key.pem")).unwrap(),
        "client_email": SA_EMAIL,
        "token_uri": "https://oauth2.googleapis.com/token",
    });
    let auth = DriveAuth::service_account_from_json(&key_json.to_string(), None).unwrap();
    assert!(
        !format!("{auth:?}").contains("PRIVATE KEY"),
        "the key is masked in Debug"
    );
    let dest = DriveDestination::new(config(&fake, auth)).unwrap();
    assert!(dest.describe().contains(SA_EMAIL));
    let f = &files()[0];
    assert!(
        dest.put(f, None, &MemoryResume::default())
            .await
            .unwrap()
            .uploaded
    );
    assert_eq!(
        fake.state.lock().unwrap().token_requests,
        ["urn:ietf:params:oauth:grant-type:jwt-bearer"]
    );

    // A key the server does not know is refused with a clear error.
    let other = DriveAuth::service_account_from_json(
        &key_json.to_string().replace("exporter@", "intruder@"),
        None,
    )
    .unwrap();
    let e = DriveDestination::new(config(&fake, other))
        .unwrap()
        .put(f, None, &MemoryResume::default())
        .await
        .unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Denied, "{e}");
    assert!(DriveAuth::service_account_from_json("{\"type\":\"authorized_user\"}", None).is_err());
}

#[tokio::test]
async fn rate_limits_and_server_errors_are_retried_and_quota_is_not() {
    let fake = export_drive_fake::start().await;
    let dest = DriveDestination::new(config(&fake, refresh_auth())).unwrap();
    let resume = MemoryResume::default();
    {
        let mut st = fake.state.lock().unwrap();
        st.faults.push_back(Fault::Status(429, "rateLimitExceeded"));
        st.faults
            .push_back(Fault::Status(403, "userRateLimitExceeded"));
        st.faults.push_back(Fault::Status(503, "backendError"));
    }
    let files = files();
    assert!(dest.put(&files[0], None, &resume).await.unwrap().uploaded);
    assert!(fake.state.lock().unwrap().faults.is_empty());

    fake.state
        .lock()
        .unwrap()
        .faults
        .push_back(Fault::Status(403, "storageQuotaExceeded"));
    let e = dest.put(&files[1], None, &resume).await.unwrap_err();
    assert!(e.to_string().contains("shared drive"), "{e}");
}

#[tokio::test]
async fn queries_escape_quotes_and_backslashes() {
    let fake = export_drive_fake::start().await;
    let dest = DriveDestination::new(config(&fake, refresh_auth())).unwrap();
    {
        let mut st = fake.state.lock().unwrap();
        let mut f = st.files[PARENT].clone();
        f.id = "odd".into();
        f.parents = vec![PARENT.into()];
        f.app_properties
            .insert("k".into(), r"it's a \ value".into());
        st.files.insert("odd".into(), f);
    }
    assert_eq!(q_string(r"it's a \ value"), r"'it\'s a \\ value'");
    let found = dest
        .find_by_property(PARENT, "k", r"it's a \ value")
        .await
        .unwrap();
    assert_eq!(
        found.iter().map(|f| f.id.as_str()).collect::<Vec<_>>(),
        ["odd"]
    );
    assert!(
        dest.find_by_property(PARENT, "k", "it's")
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(dest.get_file("missing").await.unwrap(), None);
}
