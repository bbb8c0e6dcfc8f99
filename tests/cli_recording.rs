//! `lkctl recording download` against the emulator and a real S3 server (s3s-fs).

mod common;
mod s3_support;

use common::{Emu, Sandbox};
use s3_support::{ACCESS_KEY, S3Server, SECRET_KEY};

const BUCKET: &str = "recordings";

fn md5_hex(bytes: &[u8]) -> String {
    use md5::Digest;
    md5::Md5::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn content(n: usize) -> Vec<u8> {
    (0..n).map(|i| (i * 7 % 251) as u8).collect()
}

/// A finished egress whose file `rec/demo.mp4` is reported with `size` bytes in `BUCKET`.
fn finished_egress(sb: &Sandbox, emu: &Emu, s3: &S3Server, size: i64) -> String {
    emu.room("demo");
    emu.control(|c| c.set_egress_result_size(size));
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "start",
                "room-composite",
                "--room",
                "demo",
                "--file",
                "rec/{room_name}.mp4",
                "--s3-bucket",
                BUCKET,
                "--s3-endpoint",
                &s3.endpoint,
                "--s3-force-path-style",
            ],
        )
        .ok()
        .json();
    let id = v["egress_id"].as_str().unwrap().to_string();
    emu.control(|c| c.finish_egress(&id)).expect("finish");
    id
}

fn download(
    sb: &Sandbox,
    emu: &Emu,
    s3: &S3Server,
    id: &str,
    dir: &std::path::Path,
    secret: &str,
) -> common::Run {
    sb.run_at(
        &emu.url,
        &[
            "-o",
            "json",
            "recording",
            "download",
            id,
            "--to",
            dir.to_str().unwrap(),
            "--bucket",
            BUCKET,
            "--endpoint",
            &s3.endpoint,
            "--access-key",
            ACCESS_KEY,
            "--secret-key",
            secret,
            "--path-style",
        ],
    )
}

#[test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
fn download_resume_skip_and_verify() {
    let s3 = S3Server::start("download_resume_skip_and_verify", &[BUCKET]);
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let bytes = content(300_000);
    s3.put(BUCKET, "rec/demo.mp4", &bytes);
    let id = finished_egress(&sb, &emu, &s3, bytes.len() as i64);

    let recs = sb
        .run_at(&emu.url, &["-o", "json", "recording", "list"])
        .ok()
        .json();
    assert!(
        recs[0]["location"]
            .as_str()
            .unwrap()
            .ends_with("/recordings/rec/demo.mp4"),
        "{recs}"
    );

    let dir = sb.path("out");
    let v = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).ok().json();
    assert_eq!(v[0]["size"], 300_000);
    assert_eq!(v[0]["resumed_from"], 0);
    assert_eq!(std::fs::read(dir.join("demo.mp4")).unwrap(), bytes);
    assert!(!dir.join("demo.mp4.part").exists());

    // Again: already complete, nothing fetched.
    let v = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).ok().json();
    assert_eq!(v[0]["skipped"], true);

    // An interrupted download resumes from its .part file with a Range request, when the
    // ETag recorded beside it is still the object's.
    let dir2 = sb.path("out2");
    std::fs::create_dir_all(&dir2).unwrap();
    std::fs::write(dir2.join("demo.mp4.part"), &bytes[..100_000]).unwrap();
    std::fs::write(
        dir2.join("demo.mp4.part.etag"),
        format!("\"{}\"", md5_hex(&bytes)),
    )
    .unwrap();
    let v = download(&sb, &emu, &s3, &id, &dir2, SECRET_KEY).ok().json();
    assert_eq!(v[0]["resumed_from"], 100_000);
    assert_eq!(std::fs::read(dir2.join("demo.mp4")).unwrap(), bytes);
    assert!(!dir2.join("demo.mp4.part.etag").exists());

    // The server checks signatures: a wrong secret is denied (4).
    let r = download(&sb, &emu, &s3, &id, &sb.path("out3"), "wrong-secret");
    assert_eq!(r.code, 4, "{r:#?}");
}

#[test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
fn size_mismatch_missing_object_and_missing_settings() {
    let s3 = S3Server::start(
        "size_mismatch_missing_object_and_missing_settings",
        &[BUCKET],
    );
    let (sb, emu) = (Sandbox::new(), Emu::start());
    s3.put(BUCKET, "rec/demo.mp4", &content(1000));
    let id = finished_egress(&sb, &emu, &s3, 999);
    let r = download(&sb, &emu, &s3, &id, &sb.path("o"), SECRET_KEY);
    assert_eq!(r.code, 6, "{r:#?}");
    assert!(r.stderr.contains("999"), "{r:#?}");
    std::fs::remove_file(s3.root().join(BUCKET).join("rec/demo.mp4")).unwrap();
    let r = download(&sb, &emu, &s3, &id, &sb.path("o"), SECRET_KEY);
    assert_eq!(r.code, 3, "{r:#?}");
    sb.run_at(&emu.url, &["recording", "download", &id, "--to", "x"])
        .fails(2, "--bucket");
    sb.run_at(
        &emu.url,
        &[
            "recording",
            "download",
            "EG_nope",
            "--to",
            "x",
            "--bucket",
            "b",
            "--access-key",
            "a",
            "--secret-key",
            "s",
        ],
    )
    .fails(3, "not found");
}

#[test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
fn hls_download_fetches_the_playlist_and_its_segments() {
    let s3 = S3Server::start(
        "hls_download_fetches_the_playlist_and_its_segments",
        &[BUCKET],
    );
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let playlist = "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXTINF:4.0,\ndemo_00000.ts\n#EXTINF:4.0,\ndemo_00001.ts\n#EXT-X-ENDLIST\n";
    s3.put(BUCKET, "hls/demo.m3u8", playlist.as_bytes());
    s3.put(BUCKET, "hls/demo_00000.ts", &content(5000));
    s3.put(BUCKET, "hls/demo_00001.ts", &content(7000));
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "start",
                "room-composite",
                "--room",
                "demo",
                "--segments",
                "hls/demo",
                "--s3-bucket",
                BUCKET,
                "--s3-endpoint",
                &s3.endpoint,
                "--s3-force-path-style",
            ],
        )
        .ok()
        .json();
    let id = v["egress_id"].as_str().unwrap().to_string();
    emu.control(|c| c.finish_egress(&id)).expect("finish");
    let dir = sb.path("hls");
    let v = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).ok().json();
    assert_eq!(v.as_array().unwrap().len(), 3, "{v}");
    assert_eq!(
        std::fs::read_to_string(dir.join("demo.m3u8")).unwrap(),
        playlist
    );
    assert_eq!(
        std::fs::read(dir.join("demo_00001.ts")).unwrap(),
        content(7000)
    );
}

/// S3 settings from the profile's `[s3]` table: egress uploads there by default
/// (`egress_upload = true`) and `recording download` needs no S3 flags.
#[test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
fn profile_s3_table_drives_upload_and_download() {
    let s3 = S3Server::start("profile_s3_table_drives_upload_and_download", &[BUCKET]);
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let config = format!(
        "default_profile = \"dev\"\n\n[profiles.dev]\nurl = \"{}\"\napi_key = \"{}\"\napi_secret = \"{}\"\n\n\
         [profiles.dev.s3]\nbucket = \"{BUCKET}\"\nendpoint = \"{}\"\naccess_key = \"{ACCESS_KEY}\"\n\
         secret_key = \"{SECRET_KEY}\"\npath_style = true\negress_upload = true\n",
        emu.url,
        common::KEY,
        common::SECRET,
        s3.endpoint
    );
    std::fs::create_dir_all(sb.config_path().parent().unwrap()).unwrap();
    std::fs::write(sb.config_path(), config).unwrap();

    let bytes = content(50_000);
    s3.put(BUCKET, "rec/demo.mp4", &bytes);
    emu.room("demo");
    emu.control(|c| c.set_egress_result_size(bytes.len() as i64));
    let v = sb
        .run(&[
            "-o",
            "json",
            "egress",
            "start",
            "room-composite",
            "--room",
            "demo",
            "--file",
            "rec/{room_name}.mp4",
        ])
        .ok()
        .json();
    let id = v["egress_id"].as_str().unwrap().to_string();
    emu.control(|c| c.finish_egress(&id)).expect("finish");
    let recs = sb.run(&["-o", "json", "recording", "list"]).ok().json();
    assert!(
        recs[0]["location"]
            .as_str()
            .unwrap()
            .contains(&format!("/{BUCKET}/rec/demo.mp4")),
        "the egress uploaded to the profile's bucket: {recs}"
    );

    let dir = sb.path("from-profile");
    let v = sb
        .run(&[
            "-o",
            "json",
            "recording",
            "download",
            &id,
            "--to",
            dir.to_str().unwrap(),
        ])
        .ok()
        .json();
    assert_eq!(v[0]["size"], 50_000);
    assert_eq!(std::fs::read(dir.join("demo.mp4")).unwrap(), bytes);
    // profile show and list never print the S3 secret.
    let shown = sb.run(&["-o", "json", "profile", "list"]);
    assert!(!shown.stdout.contains(SECRET_KEY), "{}", shown.stdout);
}

/// Recordings outlive LiveKit's memory: an `egress_ended` webhook ingested into
/// the store, and every listing saved, keep them listed after the job is gone.
#[test]
fn recordings_are_kept_in_the_store_after_livekit_forgets() {
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    emu.control(|c| c.set_egress_result_size(1234));
    let start = |file: &str| {
        let v = sb
            .run_at(
                &emu.url,
                &[
                    "-o",
                    "json",
                    "egress",
                    "start",
                    "room-composite",
                    "--room",
                    "demo",
                    "--file",
                    file,
                ],
            )
            .ok()
            .json();
        let id = v["egress_id"].as_str().unwrap().to_string();
        emu.control(|c| c.finish_egress(&id)).expect("finish");
        id
    };
    let by_webhook = start("a.mp4");
    let (body, auth) = emu.control(|c| {
        let w = c
            .webhooks()
            .into_iter()
            .find(|w| w.event == "egress_ended" && w.body.contains(&by_webhook))
            .expect("egress_ended webhook");
        (w.body, w.authorization)
    });
    let ingest = |body: &str, auth: &str| {
        sb.run_stdin(
            &[
                "--api-key",
                common::KEY,
                "--api-secret",
                common::SECRET,
                "-o",
                "json",
                "webhook",
                "ingest",
                "--auth",
                auth,
                "-",
            ],
            body.as_bytes(),
        )
    };
    // A forged `egress_ended` (another egress id under the real signature) adds nothing.
    let forged = body.replace(&by_webhook, "EG_forged0000");
    ingest(&forged, &auth).fails(4, "does not match its signed sha256");
    let v = ingest(&body, &auth).ok().json();
    assert_eq!(v["recorded"], "stored", "{v}");
    // A redelivery is recognised by its event id.
    let v = ingest(&body, &auth).ok().json();
    assert_eq!(v["recorded"], "duplicate", "{v}");

    let by_listing = start("b.mp4");
    let live = sb
        .run_at(&emu.url, &["-o", "json", "recording", "list"])
        .ok()
        .json();
    assert_eq!(live.as_array().unwrap().len(), 2, "{live}");

    // LiveKit forgets every job (as it does after 24 h): both stay listed.
    emu.control(|c| c.reset());
    let kept = sb
        .run_at(&emu.url, &["-o", "json", "recording", "list"])
        .ok()
        .json();
    let ids: Vec<&str> = kept
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["egress_id"].as_str().unwrap())
        .collect();
    assert!(
        ids.contains(&by_webhook.as_str()) && ids.contains(&by_listing.as_str()),
        "{kept}"
    );
    assert_eq!(kept[0]["size"], 1234);
    assert!(
        !kept.to_string().contains("EG_forged0000"),
        "the forged recording was not stored: {kept}"
    );
    // --live-only asks LiveKit alone, which has nothing now.
    let live_only = sb
        .run_at(
            &emu.url,
            &["-o", "json", "recording", "list", "--live-only"],
        )
        .ok();
    assert_eq!(live_only.stdout.trim(), "[]");
    // LiveKit unreachable: the stored list is printed and the exit code says 5.
    let r = sb.run_at("http://127.0.0.1:1", &["-o", "json", "recording", "list"]);
    assert_eq!(r.code, 5, "{r:#?}");
    assert_eq!(r.json().as_array().unwrap().len(), 2);
}

#[test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
fn downloads_cannot_be_redirected_or_spliced() {
    let s3 = S3Server::start("downloads_cannot_be_redirected_or_spliced", &[BUCKET]);
    let (sb, emu) = (Sandbox::new(), Emu::start());
    let bytes = content(200_000);
    s3.put(BUCKET, "rec/demo.mp4", &bytes);
    let id = finished_egress(&sb, &emu, &s3, bytes.len() as i64);

    // A symbolic link planted at the .part path is refused; its target is untouched.
    let dir = sb.path("links");
    std::fs::create_dir_all(&dir).unwrap();
    let victim = sb.path("victim.txt");
    std::fs::write(&victim, b"precious").unwrap();
    std::os::unix::fs::symlink(&victim, dir.join("demo.mp4.part")).unwrap();
    let r = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY);
    assert_eq!(r.code, 2, "{r:#?}");
    assert!(r.stderr.contains("symbolic link"), "{r:#?}");
    assert_eq!(std::fs::read(&victim).unwrap(), b"precious");
    // A dangling link (the classic create-through-a-link attack) is refused as well.
    std::fs::remove_file(dir.join("demo.mp4.part")).unwrap();
    let planted = sb.path("planted.txt");
    std::os::unix::fs::symlink(&planted, dir.join("demo.mp4.part")).unwrap();
    download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).fails(2, "symbolic link");
    assert!(!planted.exists(), "nothing was created through the link");

    // A .part with no recorded ETag, or another object's, is not resumed: starting over
    // gives the object's bytes, not a splice of two versions.
    for marker in [None, Some("\"0123456789abcdef0123456789abcdef\"")] {
        let dir = sb.path(&format!("stale-{}", marker.is_some()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("demo.mp4.part"), vec![0xAAu8; 50_000]).unwrap();
        if let Some(m) = marker {
            std::fs::write(dir.join("demo.mp4.part.etag"), m).unwrap();
        }
        let v = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).ok().json();
        assert_eq!(v[0]["resumed_from"], 0, "{v}");
        assert_eq!(std::fs::read(dir.join("demo.mp4")).unwrap(), bytes);
    }

    // A same-size file that is not the object is not taken as complete: the checksum
    // (s3s-fs's ETag is the MD5) says so and the object is fetched again.
    let dir = sb.path("same-size");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("demo.mp4"), vec![0u8; bytes.len()]).unwrap();
    let v = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).ok().json();
    assert_eq!(v[0]["skipped"], false, "{v}");
    assert_eq!(std::fs::read(dir.join("demo.mp4")).unwrap(), bytes);
    let v = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY).ok().json();
    assert_eq!(v[0]["skipped"], true, "{v}");
}

#[test]
#[ignore = "needs s3s-fs: cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools; run with --run-ignored all"]
fn playlists_naming_more_than_plain_files_are_refused() {
    let s3 = S3Server::start(
        "playlists_naming_more_than_plain_files_are_refused",
        &[BUCKET],
    );
    let (sb, emu) = (Sandbox::new(), Emu::start());
    emu.room("demo");
    let v = sb
        .run_at(
            &emu.url,
            &[
                "-o",
                "json",
                "egress",
                "start",
                "room-composite",
                "--room",
                "demo",
                "--segments",
                "hls/demo",
                "--s3-bucket",
                BUCKET,
                "--s3-endpoint",
                &s3.endpoint,
                "--s3-force-path-style",
            ],
        )
        .ok()
        .json();
    let id = v["egress_id"].as_str().unwrap().to_string();
    emu.control(|c| c.finish_egress(&id)).expect("finish");
    s3.put(BUCKET, "hls/ok_00000.ts", &content(100));
    for (i, entry) in common::corpus("playlist_entries.txt").iter().enumerate() {
        let playlist = format!("#EXTM3U\n#EXTINF:4.0,\nok_00000.ts\n#EXTINF:4.0,\n{entry}\n");
        s3.put(BUCKET, "hls/demo.m3u8", playlist.as_bytes());
        let dir = sb.path(&format!("pl{i}"));
        let r = download(&sb, &emu, &s3, &id, &dir, SECRET_KEY);
        assert_eq!(r.code, 2, "{entry:?}: {r:#?}");
        assert!(r.stderr.contains("playlist"), "{entry:?}: {r:#?}");
        assert!(
            !dir.join("ok_00000.ts").exists(),
            "refused before any segment"
        );
    }
}
