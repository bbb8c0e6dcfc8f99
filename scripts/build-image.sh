#!/usr/bin/env bash
# Build lkctl's OCI image (FROM scratch: the binary, its shared libraries, CA
# certificates, zone data, user 10001) with podman, then test it: `--version`, and
# `lkctl serve` started in it answering /healthz, with its HEALTHCHECK reporting healthy.
#
#   scripts/build-image.sh [--profile release|dev] [--no-build] [--tag TAG] [--save FILE]
#
# Prints the image size. Needs podman and runc (packaging/container/containers.conf
# carries the settings this kind of sandbox needs).
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release build=1 tag=localhost/lkctl:latest save=""
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --tag) tag=$2; shift 2 ;;
    --save) save=$2; shift 2 ;;
    *) echo "usage: $0 [--profile release|dev] [--no-build] [--tag TAG] [--save FILE]" >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-target}"
case "$profile" in release) outdir=release ;; dev) outdir=debug ;; *) echo "unknown profile $profile" >&2; exit 2 ;; esac
export CONTAINERS_CONF="$PWD/packaging/container/containers.conf"

step() { echo "==> $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$build" = 1 ]; then
  step "cargo build --profile $profile"
  cargo build --profile "$profile" --bin lkctl
fi
bin="$target/$outdir/lkctl"
[ -x "$bin" ] || fail "$bin is missing"

ctx=$(mktemp -d)
name="lkctl-image-test-$$"
cleanup() { podman rm -f "$name" >/dev/null 2>&1 || true; rm -rf "$ctx"; }
trap cleanup EXIT

step "root file system"
strip -o "$ctx/lkctl" "$bin"
packaging/container/mkroot.sh "$ctx/lkctl" "$ctx/rootfs"
cp packaging/container/Containerfile "$ctx/"

step "podman build $tag"
# Docker format: OCI image configs have no HEALTHCHECK.
podman build --format docker -t "$tag" -f "$ctx/Containerfile" "$ctx" >/dev/null
size=$(podman image inspect "$tag" --format '{{.Size}}')
echo "image size: $size bytes ($((size / 1000000)) MB)"

step "the image runs as a non-root user with the version"
podman run --rm "$tag" --version
uid=$(podman image inspect "$tag" --format '{{.Config.User}}')
[ "$uid" = "10001:10001" ] || fail "image user is '$uid'"

step "lkctl serve in the image answers /healthz"
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
podman run -d --name "$name" -p "127.0.0.1:$port:8080" \
  -e LIVEKIT_URL=http://127.0.0.1:7880 -e LIVEKIT_API_KEY=devkey \
  -e LIVEKIT_API_SECRET=image-test-secret-0123456789abcdef \
  "$tag" serve --listen 0.0.0.0:8080 --init-admin admin >/dev/null
ok=0
for _ in $(seq 1 50); do
  if curl -fsS "http://127.0.0.1:$port/healthz" >/dev/null 2>&1; then ok=1; break; fi
  sleep 0.2
done
[ "$ok" = 1 ] || { podman logs "$name" >&2 || true; fail "/healthz did not answer"; }
podman healthcheck run "$name" || fail "HEALTHCHECK (lkctl healthcheck) failed"
podman stop -t 10 "$name" >/dev/null
status=$(podman inspect "$name" --format '{{.State.ExitCode}}')
[ "$status" = 0 ] || fail "serve exited $status on SIGTERM"

if [ -n "$save" ]; then
  podman save --format oci-archive -o "$save" "$tag"
  echo "saved $save"
fi
step "ok: $tag"
