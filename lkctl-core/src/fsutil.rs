//! File helpers: atomic writes with explicit modes, and bounded reads.
//!
//! Every file or stdin input (request files, webhook bodies, secret files, room
//! configurations, payloads, playlists) is read through [`read_input`] or
//! [`read_bounded`] (front ends hand it their stdin; core reads none): at most a limit of bytes (past it: an invalid-input error,
//! exit 2), and only from a regular file, so `/dev/zero`, an endless pipe or a
//! FIFO with no writer cannot exhaust memory or hang lkctl.

use std::io::{Read, Write};
use std::path::Path;

use crate::error::{Error, Result};

/// Limit for documents given as files or stdin: requests, webhook bodies,
/// configurations, payloads, metadata.
pub const MAX_INPUT_BYTES: u64 = 16 * 1024 * 1024;
/// Limit for a secret (API secret file, S3 secret file, secret command output).
pub const MAX_SECRET_BYTES: u64 = 64 * 1024;

fn human_size(n: u64) -> String {
    if n >= 1024 * 1024 && n.is_multiple_of(1024 * 1024) {
        format!("{} MiB", n / (1024 * 1024))
    } else if n >= 1024 && n.is_multiple_of(1024) {
        format!("{} KiB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

fn too_large(what: &str, origin: &str, limit: u64) -> Error {
    Error::invalid(
        what.to_string(),
        format!("{origin} is larger than the {} limit", human_size(limit)),
    )
}

/// Read at most `limit` bytes from `reader`; more is an error naming `what` and `origin`.
pub fn read_bounded(reader: impl Read, limit: u64, what: &str, origin: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut buf)
        .map_err(|e| Error::invalid(what.to_string(), format!("cannot read {origin}: {e}")))?;
    if buf.len() as u64 > limit {
        return Err(too_large(what, origin, limit));
    }
    Ok(buf)
}

/// Read a whole regular file, at most `limit` bytes. A FIFO, device, socket or
/// directory is refused before it is read (it could block or never end); a
/// missing file is the usual not-found I/O error.
pub fn read_input(path: &Path, limit: u64, what: &str) -> Result<Vec<u8>> {
    let not_regular = |kind: &str| {
        Error::invalid(
            what.to_string(),
            format!(
                "{} is {kind}, not a regular file; give a file, or `-` to read stdin",
                path.display()
            ),
        )
    };
    let meta = std::fs::metadata(path).map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(not_regular(file_kind(&meta)));
    }
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        // Never block in open(2) should the path be swapped for a FIFO meanwhile.
        use std::os::unix::fs::OpenOptionsExt;
        opts.custom_flags(libc::O_NONBLOCK);
    }
    let file = opts.open(path).map_err(|e| Error::io(path, e))?;
    let meta = file.metadata().map_err(|e| Error::io(path, e))?;
    if !meta.is_file() {
        return Err(not_regular(file_kind(&meta)));
    }
    read_bounded(file, limit, what, &path.display().to_string())
}

/// [`read_input`] as UTF-8 text.
pub fn read_input_text(path: &Path, limit: u64, what: &str) -> Result<String> {
    String::from_utf8(read_input(path, limit, what)?).map_err(|_| {
        Error::invalid(
            what.to_string(),
            format!("{} is not UTF-8 text", path.display()),
        )
    })
}

fn file_kind(meta: &std::fs::Metadata) -> &'static str {
    let ft = meta.file_type();
    if ft.is_dir() {
        return "a directory";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if ft.is_fifo() {
            return "a FIFO";
        }
        if ft.is_char_device() || ft.is_block_device() {
            return "a device";
        }
        if ft.is_socket() {
            return "a socket";
        }
    }
    "not a regular file"
}

/// Write `bytes` to `path` atomically: a temporary file in the same directory,
/// fsync, then rename. On Unix the file gets `mode` and a created parent 0700.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32) -> Result<()> {
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    if !dir.exists() {
        std::fs::create_dir_all(dir).map_err(|e| Error::io(dir, e))?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let _ = std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700));
        }
    }
    let file_name = path.file_name().and_then(|n| n.to_str()).unwrap_or("file");
    let tmp = dir.join(format!(".{file_name}.tmp-{}", std::process::id()));
    let result = (|| -> std::io::Result<()> {
        let mut opts = std::fs::OpenOptions::new();
        opts.write(true).create(true).truncate(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(mode);
        }
        let mut f = opts.open(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            f.set_permissions(std::fs::Permissions::from_mode(mode))?;
        }
        std::fs::rename(&tmp, path)
    })();
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        return Err(Error::io(path, e));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn reads_regular_files_up_to_the_limit() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        std::fs::write(&path, b"12345").unwrap();
        assert_eq!(read_input(&path, 5, "request file").unwrap(), b"12345");
        let err = read_input(&path, 4, "request file").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert!(
            err.to_string().contains("larger than the 4 bytes limit"),
            "{err}"
        );
        let missing = read_input(&dir.path().join("nope"), 4, "x").unwrap_err();
        assert_eq!(missing.kind(), ErrorKind::NotFound);
    }

    #[test]
    fn endless_readers_stop_at_the_limit() {
        let err = read_bounded(std::io::repeat(0), 1024, "webhook body", "stdin").unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Invalid);
        assert!(err.to_string().contains("1 KiB"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn devices_directories_and_fifos_are_refused_without_reading() {
        let dir = tempfile::tempdir().unwrap();
        for (path, kind) in [
            (Path::new("/dev/zero").to_path_buf(), "a device"),
            (dir.path().to_path_buf(), "a directory"),
        ] {
            let err = read_input(&path, MAX_INPUT_BYTES, "request file").unwrap_err();
            assert_eq!(err.kind(), ErrorKind::Invalid, "{err}");
            assert!(err.to_string().contains(kind), "{err}");
        }
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .expect("mkfifo");
        assert!(made.success());
        // A FIFO with no writer would block a plain open(2) forever.
        let err = read_input(&fifo, MAX_INPUT_BYTES, "request file").unwrap_err();
        assert!(err.to_string().contains("a FIFO"), "{err}");
    }
}
