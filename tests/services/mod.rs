//! The one policy for tests that need a service outside the workspace (issue 15: no silent
//! skips). A test either checks what it claims or is reported as not run; it never prints a
//! message and passes.
//!
//! - Tests that need **s3s-fs, Node or Python** carry `#[ignore = "needs <service> ..."]`.
//!   A plain `cargo nextest run` reports them as *skipped* (and `cargo test` prints the
//!   reason with the install command); `cargo nextest run --run-ignored all` runs them, as
//!   `.ci/run` does.
//! - A test that runs and cannot find its service **fails** with the command that installs
//!   it ([`missing`]), in CI or not: running an ignored test is asking for it.
//! - **PostgreSQL** is part of the normal suite (127.0.0.1:5432 or `LKCTL_TEST_PG_URL`). To
//!   run without it, filter: `cargo nextest run -E 'not test(/postgres/)'` (nextest then
//!   reports those tests as skipped). `LKCTL_TEST_PG_URL=skip` is refused with that advice.
//!
//! Include it with `mod services;` from `tests/`, or
//! `#[path = "../../tests/services/mod.rs"] mod services;` from a member crate's tests.

#![allow(dead_code)]

/// Whether the environment insists on every service: `CI=true` (or `1`), or
/// `LKCTL_REQUIRE_SERVICES` set to anything but empty or `0`.
pub fn required() -> bool {
    let set = |name: &str| {
        std::env::var(name)
            .map(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
            .unwrap_or(false)
    };
    set("CI") || set("LKCTL_REQUIRE_SERVICES")
}

/// Install command for s3s-fs (what `.ci/run` does).
pub const INSTALL_S3S_FS: &str = "cargo install s3s-fs@0.14.1 --features binary --locked --root ~/.cache/lkctl-tools \
     (or point LKCTL_S3S_FS at the binary)";
/// Install command for the Node SDK.
pub const INSTALL_NODE: &str = "install node and npm, then `npm ci` in tests/interop/node";
/// Install command for the Python SDK.
pub const INSTALL_PYTHON: &str = "python3 -m venv tests/interop/python/.venv && \
     tests/interop/python/.venv/bin/pip install -r tests/interop/python/requirements.txt";

/// Fails the running test: `what` is missing, so it cannot check anything.
#[track_caller]
pub fn missing(test: &str, what: &str, install: &str) -> ! {
    let context = if required() {
        "CI=true or LKCTL_REQUIRE_SERVICES is set"
    } else {
        "this test was asked for (it is #[ignore]d unless run with --run-ignored)"
    };
    panic!(
        "{test}: {what} is missing, so nothing was checked ({context}).\n\
         Install it with:\n    {install}\n\
         A plain `cargo nextest run` reports the tests that need it as skipped."
    )
}

/// What to do with `LKCTL_TEST_PG_URL=skip`: refuse, naming the honest way to leave
/// PostgreSQL out.
#[track_caller]
pub fn refuse_pg_skip(test: &str) {
    if std::env::var("LKCTL_TEST_PG_URL").as_deref() == Ok("skip") {
        panic!(
            "{test}: LKCTL_TEST_PG_URL=skip would pass this test without running it. To run \
             without PostgreSQL, filter instead: cargo nextest run -E 'not test(/postgres/)' \
             (nextest reports the filtered tests as skipped)."
        );
    }
}
