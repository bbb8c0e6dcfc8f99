#!/usr/bin/env bash
# Start-up cost of the lkctl binary for commands scripts call thousands of times, as a
# ratio against /bin/true measured in the same hyperfine run (issue 13's target: offline
# commands within 2x).
#
#   benches/startup.sh [BINARY]      default: $CARGO_TARGET_DIR/release/lkctl (built if absent)
#
# Needs hyperfine (Debian package). Prints a Markdown table for the README.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
bin="${1:-$target/release/lkctl}"
if [ ! -x "$bin" ]; then cargo build --release --bin lkctl; fi
command -v hyperfine >/dev/null || { echo "hyperfine is not installed: apt-get install hyperfine" >&2; exit 2; }

home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
# A clean configuration: no profile, no store, credentials from flags only.
export HOME="$home" XDG_CONFIG_HOME="$home/config" XDG_DATA_HOME="$home/data"
unset LIVEKIT_URL LIVEKIT_API_KEY LIVEKIT_API_SECRET LKCTL_PROFILE LKCTL_DATABASE_URL
secret=startup-bench-secret-0123456789abcdef
token=$("$bin" token create --api-key k --api-secret "$secret" --identity u --room r --join -o plain 2>/dev/null | head -1)

json="$home/hyperfine.json"
hyperfine -N --warmup 20 --runs 300 --export-json "$json" \
  -n true "/bin/true" \
  -n version "$bin --version" \
  -n help "$bin token --help" \
  -n "token create" "$bin token create --api-key k --api-secret $secret --identity u --room r --join --no-warn -o json" \
  -n "token inspect" "$bin token inspect $token -o json" \
  -n "token verify" "$bin token verify $token --api-key k --api-secret $secret -o json" \
  -n "completions" "$bin completions bash" \
  -n "profile list" "$bin profile list -o json" >/dev/null

python3 - "$json" <<'PY'
import json, sys
results = {r["command"]: r for r in json.load(open(sys.argv[1]))["results"]}
base = results["true"]["median"]
print("| command | median | ratio to /bin/true |")
print("|---|---|---|")
for name, r in results.items():
    print(f"| `{name}` | {r['median'] * 1000:.2f} ms | {r['median'] / base:.2f}x |")
PY
