//! Destinations: URL parsing, the directory (atomic, idempotent) and S3 against the real
//! S3 test server s3s-fs (`$LKCTL_S3S_FS` or `~/.cache/lkctl-tools/bin/s3s-fs`).

mod export_support;
#[path = "../../tests/s3_support/mod.rs"]
mod s3_support;

use std::time::Duration;

use export_support::lecture;
use lkctl_core::Secret;
use lkctl_core::export::dest::dir::DirDestination;
use lkctl_core::export::dest::s3::S3Destination;
use lkctl_core::export::dest::{Destination, DestinationUrl, MemoryResume};
use lkctl_core::export::{self, ArtifactFile, Format, RenderOptions};
use lkctl_core::ops::files::S3Config;
use s3_support::{ACCESS_KEY, S3Server, SECRET_KEY};

#[test]
fn destination_urls_parse_and_print() {
    let cases = [
        ("./exports", DestinationUrl::Dir("./exports".into())),
        ("/srv/лекции", DestinationUrl::Dir("/srv/лекции".into())),
        ("file:///srv/x", DestinationUrl::Dir("/srv/x".into())),
        (
            "s3://lectures",
            DestinationUrl::S3 {
                bucket: "lectures".into(),
                prefix: String::new(),
            },
        ),
        (
            "s3://lectures/2026/spring/",
            DestinationUrl::S3 {
                bucket: "lectures".into(),
                prefix: "2026/spring".into(),
            },
        ),
        (
            "gdrive://1AbC-d_E",
            DestinationUrl::Drive {
                folder_id: "1AbC-d_E".into(),
            },
        ),
    ];
    for (text, want) in cases {
        assert_eq!(text.parse::<DestinationUrl>().unwrap(), want, "{text}");
    }
    assert_eq!(
        "s3://b-1.x/p/q/"
            .parse::<DestinationUrl>()
            .unwrap()
            .to_string(),
        "s3://b-1.x/p/q"
    );
    for bad in [
        "",
        "s3://",
        "s3://UPPER/x",
        "s3://ok-bucket/../x",
        "gdrive://",
        "gdrive://a/b",
        "gdrive://x'y",
        "ftp://x",
        "file://rel",
    ] {
        assert!(
            bad.parse::<DestinationUrl>().is_err(),
            "{bad:?} should not parse"
        );
    }
}

fn files() -> Vec<ArtifactFile> {
    let set = lecture();
    Format::ALL
        .iter()
        .map(|f| export::render(&set, *f, &RenderOptions::default()).unwrap())
        .collect()
}

#[tokio::test]
async fn directory_writes_atomically_and_skips_identical_files() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = DirDestination::new(tmp.path().join("out"));
    let resume = MemoryResume::default();
    let files = files();
    for f in &files {
        let placed = dest.put(f, None, &resume).await.unwrap();
        assert!(placed.uploaded);
        assert_eq!(placed.sha256, f.sha256);
        let on_disk = std::fs::read(dest.path_of(f)).unwrap();
        assert_eq!(on_disk, f.bytes.as_ref());
    }
    let folder = tmp.path().join("out").join(&files[0].folder);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "lecture.json",
            "lecture.md",
            "lecture.pdf",
            "transcript.srt",
            "transcript.vtt"
        ],
        "no temporary files left"
    );

    // A second run writes nothing (same bytes): the files keep their inode.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let before = std::fs::metadata(dest.path_of(&files[0])).unwrap().ino();
        let placed = dest.put(&files[0], None, &resume).await.unwrap();
        assert!(!placed.uploaded);
        assert_eq!(
            std::fs::metadata(dest.path_of(&files[0])).unwrap().ino(),
            before
        );
    }

    // Changed bytes replace the file through a rename (a new inode; never truncated in place).
    let mut changed = files[0].clone();
    changed.bytes = bytes::Bytes::from_static(b"{\"schema_version\":1}\n");
    changed.sha256 = "0".repeat(64);
    let placed = dest.put(&changed, None, &resume).await.unwrap();
    assert!(placed.uploaded);
    assert_eq!(
        std::fs::read(dest.path_of(&changed)).unwrap(),
        changed.bytes.as_ref()
    );
}

#[tokio::test]
async fn a_stale_temporary_file_of_a_killed_run_is_cleaned_up_and_never_visible() {
    let tmp = tempfile::tempdir().unwrap();
    let dest = DirDestination::new(tmp.path());
    let files = files();
    let f = &files[0];
    let folder = tmp.path().join(&f.folder);
    std::fs::create_dir_all(&folder).unwrap();
    // What a run killed between write and rename leaves: a hidden, partial temp file.
    let stale = folder.join(format!(".{}.lkctl-tmp-99999-0", f.name));
    std::fs::write(&stale, &f.bytes[..10]).unwrap();
    let old = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&stale)
        .unwrap()
        .set_modified(old)
        .unwrap();
    assert!(
        !dest.path_of(f).exists(),
        "the final name never holds a partial file"
    );
    dest.put(f, None, &MemoryResume::default()).await.unwrap();
    assert!(!stale.exists(), "the leftover was removed");
    assert_eq!(std::fs::read(dest.path_of(f)).unwrap(), f.bytes.as_ref());
}

const BUCKET: &str = "lectures";

fn s3_config(endpoint: &str) -> S3Config {
    S3Config {
        endpoint: Some(endpoint.to_string()),
        region: "us-east-1".into(),
        bucket: "ignored".into(),
        access_key: ACCESS_KEY.into(),
        secret_key: Secret::new(SECRET_KEY),
        path_style: true,
    }
}

#[tokio::test]
#[ignore = "needs s3s-fs (cargo install s3s-fs@0.14.1 --features binary); run with --run-ignored all"]
async fn s3_puts_with_content_types_skips_reruns_and_uses_multipart_for_large_files() {
    let server = S3Server::start(
        "s3_puts_with_content_types_skips_reruns_and_uses_multipart_for_large_files",
        &[BUCKET],
    );
    let cfg = s3_config(&server.endpoint);
    let mut dest = S3Destination::new(&cfg, BUCKET, "/spring-2026/").unwrap();
    let described = dest.describe();
    assert!(
        described.starts_with("s3://lectures/spring-2026 (endpoint http://127.0.0.1:"),
        "{described}"
    );
    assert!(
        !described.contains(ACCESS_KEY) && !described.contains(SECRET_KEY),
        "credentials masked: {described}"
    );
    let resume = MemoryResume::default();
    let client = cfg.client().unwrap();

    for f in files() {
        let placed = dest.put(&f, None, &resume).await.unwrap();
        assert!(placed.uploaded);
        assert_eq!(
            placed.target_ref,
            format!("spring-2026/{}/{}", f.folder, f.name)
        );
        let obj = client
            .get_object()
            .bucket(BUCKET)
            .key(&placed.target_ref)
            .send()
            .await
            .unwrap();
        assert_eq!(obj.content_type(), Some(f.content_type));
        assert_eq!(obj.metadata().unwrap().get("lkctl-sha256"), Some(&f.sha256));
        let body = obj.body.collect().await.unwrap().into_bytes();
        assert_eq!(body.as_ref(), f.bytes.as_ref());
        // The rerun sends nothing.
        let again = dest
            .put(&f, Some(&placed.target_ref), &resume)
            .await
            .unwrap();
        assert!(!again.uploaded, "{} uploaded twice", f.name);
    }

    // A large file goes up in parts and reads back whole.
    dest.multipart_threshold = 6 * 1024 * 1024;
    dest.part_size = 5 * 1024 * 1024;
    let mut big = files()
        .into_iter()
        .find(|f| f.format == Format::Pdf)
        .unwrap();
    let payload: Vec<u8> = (0..13 * 1024 * 1024u32)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    big.sha256 = {
        use sha2::Digest;
        sha2::Sha256::digest(&payload)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect()
    };
    big.bytes = bytes::Bytes::from(payload);
    big.name = "big.bin".into();
    let placed = dest.put(&big, None, &resume).await.unwrap();
    assert!(placed.uploaded);
    let obj = client
        .get_object()
        .bucket(BUCKET)
        .key(&placed.target_ref)
        .send()
        .await
        .unwrap();
    let etag = obj.e_tag().unwrap_or_default().to_string();
    assert!(
        etag.trim_matches('"').ends_with("-3"),
        "a 3-part multipart ETag, got {etag}"
    );
    assert_eq!(
        obj.metadata().unwrap().get("lkctl-sha256"),
        Some(&big.sha256)
    );
    let body = obj.body.collect().await.unwrap().into_bytes();
    assert!(
        body.as_ref() == big.bytes.as_ref(),
        "multipart object differs"
    );
    assert!(!dest.put(&big, None, &resume).await.unwrap().uploaded);
}

#[test]
fn destinations_open_from_urls_and_say_what_is_missing() {
    use lkctl_core::export::dest::drive::DriveAuth;
    use lkctl_core::export::dest::{DestinationSettings, open};
    let none = DestinationSettings::default();
    let d = open(&"./out".parse().unwrap(), &none).unwrap();
    assert_eq!(d.describe(), "./out");
    let e = open(&"s3://lectures/x".parse().unwrap(), &none)
        .err()
        .unwrap();
    assert!(e.to_string().contains("S3 settings"), "{e}");
    let e = open(&"gdrive://abc".parse().unwrap(), &none).err().unwrap();
    assert!(e.to_string().contains("LKCTL_GDRIVE_REFRESH_TOKEN"), "{e}");

    let s3 = DestinationSettings {
        s3: Some(s3_config("http://127.0.0.1:9")),
        ..Default::default()
    };
    let d = open(&"s3://lectures/x".parse().unwrap(), &s3).unwrap();
    assert!(d.describe().starts_with("s3://lectures/x"));
    assert!(!d.describe().contains(SECRET_KEY));

    let vars = |pairs: &'static [(&'static str, &'static str)]| {
        move |k: &str| {
            pairs
                .iter()
                .find(|(n, _)| *n == k)
                .map(|(_, v)| v.to_string())
        }
    };
    assert!(DriveAuth::from_lookup(vars(&[])).unwrap().is_none());
    let auth = DriveAuth::from_lookup(vars(&[
        ("LKCTL_GDRIVE_CLIENT_ID", "id"),
        ("LKCTL_GDRIVE_CLIENT_SECRET", "very-secret-client-value"),
        ("LKCTL_GDRIVE_REFRESH_TOKEN", "1//very-secret-refresh-token"),
    ]))
    .unwrap()
    .unwrap();
    assert!(matches!(auth, DriveAuth::RefreshToken { .. }));
    assert!(
        !format!("{auth:?}").contains("very-secret"),
        "masked: {auth:?}"
    );
    let drive = DestinationSettings {
        drive: Some(auth),
        ..Default::default()
    };
    let d = open(&"gdrive://abc".parse().unwrap(), &drive).unwrap();
    assert_eq!(d.describe(), "gdrive://abc (OAuth client id)");
    let e = DriveAuth::from_lookup(vars(&[("LKCTL_GDRIVE_CLIENT_ID", "id")])).unwrap_err();
    assert!(e.to_string().contains("needs all of"), "{e}");
    let e = DriveAuth::from_lookup(vars(&[(
        "LKCTL_GDRIVE_SERVICE_ACCOUNT_FILE",
        "/nonexistent/key.json",
    )]))
    .unwrap_err();
    assert!(e.to_string().contains("file not found"), "{e}");
    assert!(matches!(
        DriveAuth::from_lookup(vars(&[("LKCTL_GDRIVE_ACCESS_TOKEN", "ya29.x")])).unwrap(),
        Some(DriveAuth::AccessToken(_))
    ));
}
