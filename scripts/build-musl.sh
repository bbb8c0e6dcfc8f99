#!/usr/bin/env bash
# Build a statically linked lkctl for x86_64-unknown-linux-musl and check it: static, runs
# anywhere (`--version` with the commit, `token create` offline), no shared library needed.
#
#   scripts/build-musl.sh [--profile release|dev]
#
# Needs the musl target for the pinned toolchain (`rustup target add
# x86_64-unknown-linux-musl`) and Debian's musl-tools (musl-gcc, for the C parts: SQLite,
# aws-lc, ring). Not part of every CI run (a cold build is about 12 minutes on two cores).
# Prints the binary's path and size.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=$2; shift 2 ;;
    *) echo "usage: $0 [--profile release|dev]" >&2; exit 2 ;;
  esac
done
case "$profile" in release) outdir=release ;; dev) outdir=debug ;; *) echo "unknown profile $profile" >&2; exit 2 ;; esac
triple=x86_64-unknown-linux-musl

if ! rustup target list --installed | grep -qx "$triple"; then
  rustup target add "$triple" || {
    echo "the $triple target cannot be installed here (rustup could not fetch it); no static build" >&2
    exit 3
  }
fi
if ! command -v musl-gcc >/dev/null; then
  echo "musl-gcc is missing: apt-get install musl-tools" >&2
  exit 3
fi

export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
cargo build --locked --profile "$profile" --target "$triple" --bin lkctl
bin="$CARGO_TARGET_DIR/$triple/$outdir/lkctl"

fail() { echo "FAIL: $*" >&2; exit 1; }
file "$bin" | grep -q "static" || fail "$bin is not statically linked: $(file "$bin")"
if ldd "$bin" 2>&1 | grep -q "=>"; then fail "$bin needs shared libraries: $(ldd "$bin")"; fi
"$bin" --version | grep -Eq '^lkctl [0-9]+\.[0-9]+\.[0-9]+ \([0-9a-f]{7,}' \
  || fail "--version does not show the version and commit"
# An offline command, in an empty environment: nothing from the build machine is needed.
env -i "$bin" token create --api-key k --api-secret "$(printf 's%.0s' $(seq 1 32))" \
  --identity probe --room r --join -o json >/dev/null \
  || fail "token create failed in an empty environment"
echo "==> ok: $bin ($(du -h "$bin" | cut -f1), $(file -b "$bin" | cut -d, -f1-2))"
