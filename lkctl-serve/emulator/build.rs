//! Compiles LiveKit's .proto files (shipped inside the `livekit-protocol` crate package) into a
//! FileDescriptorSet, so the emulator can speak the Go server's protojson without a copy of the
//! protos in this repository and without a `protoc` install.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};

/// Top-level protos the emulator needs; their imports come along via `include_imports`.
const PROTOS: &[&str] = &[
    "livekit_room.proto",
    "livekit_models.proto",
    "livekit_egress.proto",
    "livekit_ingress.proto",
    "livekit_sip.proto",
    "livekit_agent_dispatch.proto",
    "livekit_webhook.proto",
];

fn main() {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let lock = manifest_dir.join("../../Cargo.lock");
    println!("cargo:rerun-if-changed={}", lock.display());
    println!("cargo:rerun-if-changed=build.rs");

    let version = locked_version(&lock, "livekit-protocol").unwrap_or_else(|| {
        panic!(
            "lkctl-emulator build: livekit-protocol not found in {}",
            lock.display()
        )
    });
    let proto_dir = find_proto_dir(&version).unwrap_or_else(|| {
        panic!(
            "lkctl-emulator build: cannot find livekit-protocol-{version}/protocol/protobufs in the \
             cargo registry (looked under $CARGO_HOME and $HOME/.cargo registry/src/*); run \
             `cargo fetch` first"
        )
    });
    println!("cargo:rerun-if-changed={}", proto_dir.display());

    let fds = protox::Compiler::new([&proto_dir])
        .and_then(|mut c| {
            c.include_imports(true).include_source_info(false);
            c.open_files(PROTOS)?;
            Ok(c.encode_file_descriptor_set())
        })
        .unwrap_or_else(|e| {
            panic!(
                "lkctl-emulator build: compiling protos in {}: {e}",
                proto_dir.display()
            )
        });

    let out = PathBuf::from(env::var("OUT_DIR").expect("OUT_DIR")).join("livekit_descriptors.bin");
    fs::write(&out, fds).expect("write descriptor set");
}

/// Reads `version = "..."` of `name` from a Cargo.lock without a TOML parser (the format is
/// line-oriented and stable).
fn locked_version(lock: &Path, name: &str) -> Option<String> {
    let text = fs::read_to_string(lock).ok()?;
    let mut lines = text.lines();
    while let Some(line) = lines.next() {
        if line.trim() == format!("name = \"{name}\"") {
            let next = lines.next()?.trim();
            return next
                .strip_prefix("version = \"")
                .and_then(|v| v.strip_suffix('"'))
                .map(str::to_owned);
        }
    }
    None
}

fn find_proto_dir(version: &str) -> Option<PathBuf> {
    let mut homes = Vec::new();
    if let Ok(h) = env::var("CARGO_HOME") {
        homes.push(PathBuf::from(h));
    }
    if let Ok(h) = env::var("HOME") {
        homes.push(PathBuf::from(h).join(".cargo"));
    }
    for home in homes {
        let Ok(entries) = fs::read_dir(home.join("registry/src")) else {
            continue;
        };
        for entry in entries.flatten() {
            let dir = entry
                .path()
                .join(format!("livekit-protocol-{version}"))
                .join("protocol/protobufs");
            if dir.join("livekit_room.proto").is_file() {
                return Some(dir);
            }
        }
    }
    None
}
