//! Who holds a lease: `host:pid:start:nonce`, and whether that process is gone.
//!
//! A lease normally ends when its holder finishes or when it expires. A holder killed with
//! SIGKILL cannot release it; waiting for the expiry would make the next cron run skip the
//! files. So a lease held by a process *on this host* that no longer runs (its pid is gone,
//! or now belongs to a process started at another time) is taken over at once. Leases of
//! other hosts are only ever taken over after they expire.

use std::sync::OnceLock;

/// This process: `host:pid:start`.
pub fn process() -> &'static str {
    static PROCESS: OnceLock<String> = OnceLock::new();
    PROCESS.get_or_init(|| {
        format!(
            "{}:{}:{}",
            hostname(),
            std::process::id(),
            start_time(std::process::id()).unwrap_or_default()
        )
    })
}

/// A new lease owner for one run of this process: `host:pid:start:nonce`. Two runs in one
/// process are different owners; both die with the process.
pub fn new_owner() -> String {
    let nonce = crate::store::new_id(crate::store::IdKind::Export);
    format!("{}:{}", process(), &nonce[3..13])
}

/// The host name, as the kernel knows it (`unknown` where it cannot be read).
pub fn hostname() -> String {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|s| s.trim().replace(':', "_"))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "unknown".into())
}

/// A process's start time in clock ticks since boot (field 22 of `/proc/PID/stat`), which
/// tells a pid's current process from an earlier one with the same number.
fn start_time(pid: u32) -> Option<String> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) is in parentheses and may contain spaces.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19).map(str::to_string)
}

/// Whether process `pid` of host `host` is known to have ended: `host` is this host and
/// no process `pid` runs here. `false` whenever it cannot be known.
pub fn pid_is_gone(host: &str, pid: u32) -> bool {
    host == hostname()
        && std::path::Path::new("/proc/self/stat").exists()
        && start_time(pid).is_none()
}

/// Whether `owner` names a process on this host that has ended. `false` whenever it
/// cannot be known (another host, no `/proc`, a malformed owner).
pub fn is_dead_local(owner: &str) -> bool {
    let mut parts = owner.split(':');
    let (Some(host), Some(pid), Some(start)) = (parts.next(), parts.next(), parts.next()) else {
        return false;
    };
    if host != hostname() || !std::path::Path::new("/proc/self/stat").exists() {
        return false;
    }
    let Ok(pid) = pid.parse::<u32>() else {
        return false;
    };
    match start_time(pid) {
        None => true,
        Some(now) => !start.is_empty() && now != start,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn this_process_is_alive_and_a_stranger_is_unknown() {
        let me = new_owner();
        assert!(!is_dead_local(&me));
        assert_ne!(me, new_owner());
        assert!(!is_dead_local("other-host:1:1:x"));
        assert!(!is_dead_local("garbage"));
        // A pid that cannot exist (above the kernel's pid_max of 2^22).
        let gone = format!("{}:{}:1:x", hostname(), 4_194_305 + 7);
        if std::path::Path::new("/proc/self/stat").exists() {
            assert!(is_dead_local(&gone));
            // Our own pid with another start time: an earlier process with the same number.
            let reused = format!("{}:{}:1:x", hostname(), std::process::id());
            assert!(is_dead_local(&reused));
        }
    }
}
