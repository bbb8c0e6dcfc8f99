//! A local directory: `DIR/<session folder>/<file>`, written atomically.
//!
//! Each file is written to a hidden temporary file next to its final name, fsynced,
//! renamed over the final name, and the directory is fsynced, so a reader (or a run
//! killed at any point) sees either the old complete file or the new complete file,
//! never a partial one. Temporary files a killed run left behind are removed by the
//! next put into the same folder: at once when they name a process of this host that
//! has ended, otherwise once they are old.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime};

use async_trait::async_trait;
use sha2::{Digest, Sha256};

use super::{Destination, Placed, ResumeState};
use crate::error::{Error, Result};
use crate::export::{ArtifactFile, hex};

const TMP_MARK: &str = ".lkctl-tmp-";
/// A temporary file older than this is a leftover of a killed run.
const STALE_TMP: Duration = Duration::from_secs(15 * 60);

static TMP_SEQ: AtomicU64 = AtomicU64::new(0);

/// A directory destination.
#[derive(Debug, Clone)]
pub struct DirDestination {
    root: PathBuf,
}

impl DirDestination {
    pub fn new(root: impl Into<PathBuf>) -> Self {
        Self { root: root.into() }
    }

    /// The final path of a file.
    pub fn path_of(&self, file: &ArtifactFile) -> PathBuf {
        self.root.join(&file.folder).join(&file.name)
    }
}

fn sha256_of(path: &Path) -> std::io::Result<Option<(String, u64)>> {
    match std::fs::read(path) {
        Ok(bytes) => Ok(Some((hex(&Sha256::digest(&bytes)), bytes.len() as u64))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

fn remove_stale_temps(dir: &Path, name: &str) {
    let prefix = format!(".{name}{TMP_MARK}");
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let fname = e.file_name();
        let Some(fname) = fname.to_str() else {
            continue;
        };
        if !fname.starts_with(&prefix) {
            continue;
        }
        // `.{name}.lkctl-tmp-{pid}-{seq}[-{host}]`
        let mut tail = fname[prefix.len()..].splitn(3, '-');
        let (pid, host) = (tail.next(), tail.nth(1));
        let dead = match (pid.and_then(|p| p.parse::<u32>().ok()), host) {
            (Some(pid), Some(host)) => crate::export::owner::pid_is_gone(host, pid),
            _ => false,
        };
        let old = dead
            || e.metadata()
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| SystemTime::now().duration_since(t).ok())
                .is_some_and(|age| age > STALE_TMP);
        if old {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// Writes `bytes` to `path` through a temporary file, fsync and rename, then fsyncs the
/// directory so the rename itself survives a crash.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    remove_stale_temps(dir, name);
    let tmp = dir.join(format!(
        ".{name}{TMP_MARK}{}-{}-{}",
        std::process::id(),
        TMP_SEQ.fetch_add(1, Ordering::Relaxed),
        crate::export::owner::hostname()
    ));
    let result = (|| -> std::io::Result<()> {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        #[cfg(unix)]
        std::fs::File::open(dir)?.sync_all()?;
        Ok(())
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

#[async_trait]
impl Destination for DirDestination {
    fn describe(&self) -> String {
        self.root.display().to_string()
    }

    async fn put(
        &self,
        file: &ArtifactFile,
        _prior: Option<&str>,
        _resume: &dyn ResumeState,
    ) -> Result<Placed> {
        let path = self.path_of(file);
        let bytes = file.bytes.clone();
        let sha = file.sha256.clone();
        tokio::task::spawn_blocking(move || {
            let target_ref = path.display().to_string();
            // Leftovers of a killed run go even when the final file is already right.
            if let (Some(dir), Some(name)) =
                (path.parent(), path.file_name().and_then(|n| n.to_str()))
            {
                remove_stale_temps(dir, name);
            }
            if let Some((have, size)) = sha256_of(&path).map_err(|e| Error::io(&path, e))?
                && have == sha
            {
                return Ok(Placed {
                    target_ref,
                    sha256: have,
                    size,
                    uploaded: false,
                });
            }
            write_atomic(&path, &bytes)?;
            Ok(Placed {
                target_ref,
                sha256: sha,
                size: bytes.len() as u64,
                uploaded: true,
            })
        })
        .await
        .map_err(|e| Error::Internal(format!("directory write task: {e}")))?
    }
}
