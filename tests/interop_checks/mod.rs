//! Reading what an official SDK's interop script printed: one JSON line per check
//! (`{"ok": true, ...}`), plus an optional `{"token": ...}` line that the SDK minted for
//! lkctl to verify. Every check must pass, the script must exit 0, and at least `min`
//! checks must have run (so a script that stops early cannot pass).

#![allow(dead_code)]

/// Asserts the script's checks and returns the token line's value, if it printed one.
pub fn assert_checks(who: &str, out: &std::process::Output, min: usize) -> Option<String> {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let mut checks = 0;
    let mut token = None;
    for line in stdout.lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        if let Some(t) = v.get("token").and_then(|t| t.as_str()) {
            token = Some(t.to_string());
            continue;
        }
        checks += 1;
        assert_eq!(
            v["ok"], true,
            "{who}: check failed: {line}\n--- stdout\n{stdout}\n--- stderr\n{stderr}"
        );
    }
    assert!(
        out.status.success(),
        "{who} exited {:?}\n{stdout}\n{stderr}",
        out.status
    );
    assert!(
        checks >= min,
        "{who}: only {checks} checks ran:\n{stdout}\n{stderr}"
    );
    eprintln!("{who}: {checks} checks passed");
    token
}
