//! The committed completions/ and man/ must match what the clap tree generates.

mod common;

use std::collections::BTreeMap;
use std::path::Path;

fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut out = BTreeMap::new();
    if let Ok(entries) = std::fs::read_dir(dir) {
        for e in entries.flatten() {
            let name = e.file_name().to_string_lossy().into_owned();
            if name.starts_with('.') {
                continue;
            }
            out.insert(name, std::fs::read(e.path()).unwrap());
        }
    }
    out
}

#[test]
fn committed_completions_and_man_pages_are_current() {
    let sb = common::Sandbox::new();
    let out = sb.path("docs");
    sb.run(&["generate-docs", "--out", out.to_str().unwrap()])
        .ok();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for sub in ["completions", "man"] {
        let generated = files(&out.join(sub));
        let committed = files(&root.join(sub));
        assert!(!generated.is_empty());
        let stale: Vec<&String> = generated
            .keys()
            .chain(committed.keys())
            .filter(|k| generated.get(*k) != committed.get(*k))
            .collect();
        assert!(
            stale.is_empty(),
            "{sub}/ is stale ({stale:?}); run `cargo run -- generate-docs --out .` and commit the result"
        );
    }
    let page = std::fs::read_to_string(root.join("man/lkctl.1")).unwrap();
    assert!(page.contains("Exit codes"));
    assert!(root.join("man/lkctl-room-list.1").exists());
}
