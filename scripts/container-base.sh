#!/usr/bin/env bash
# Build (once per machine) localhost/lkctl-base:bookworm, a minimal Debian image made with
# debootstrap, for package install tests. No registry is needed.
set -euo pipefail
export CONTAINERS_CONF="${CONTAINERS_CONF:-$(cd "$(dirname "$0")/.." && pwd)/packaging/container/containers.conf}"
if podman image exists localhost/lkctl-base:bookworm; then exit 0; fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
mirror=$(awk '/^URIs:/ {print $2; exit}' /etc/apt/sources.list.d/debian.sources 2>/dev/null || true)
debootstrap --variant=minbase bookworm "$root" "${mirror:-http://deb.debian.org/debian}" >/dev/null
rm -rf "$root"/var/cache/apt/archives/*.deb
tar -C "$root" -c . | podman import --change 'CMD ["/bin/bash"]' - localhost/lkctl-base:bookworm >/dev/null
echo "built localhost/lkctl-base:bookworm"
