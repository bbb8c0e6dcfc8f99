#!/usr/bin/env bash
# Build lkctl's Debian package and check it: contents, control fields, lintian, the
# systemd units (systemd-analyze verify and security), the unpacked binary, and, where
# podman and a Debian base image are available, an install/purge in a throwaway container.
#
#   scripts/package-deb.sh [--profile release|dev] [--no-build] [--container]
#
# --profile dev packages the debug binary CI has already built (the layout, units and
# lintian are what is checked there); release is what ships. Needs cargo-deb, lintian,
# systemd (for systemd-analyze) and dpkg-dev. Prints the .deb path on the last line.
set -euo pipefail
cd "$(dirname "$0")/.."

profile=release build=1 container=0
while [ $# -gt 0 ]; do
  case "$1" in
    --profile) profile=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    --container) container=1; shift ;;
    *) echo "usage: $0 [--profile release|dev] [--no-build] [--container]" >&2; exit 2 ;;
  esac
done
target="${CARGO_TARGET_DIR:-target}"
case "$profile" in release) outdir=release ;; dev) outdir=debug ;; *) echo "unknown profile $profile" >&2; exit 2 ;; esac

step() { echo "==> $*"; }
fail() { echo "FAIL: $*" >&2; exit 1; }

if [ "$build" = 1 ]; then
  step "cargo build --profile $profile"
  cargo build --profile "$profile" --bin lkctl
fi
[ -x "$target/$outdir/lkctl" ] || fail "$target/$outdir/lkctl is missing (build it or drop --no-build)"

step "cargo deb"
# cargo-deb strips the binary it packages (the release profile has stripped it already).
deb=$(cargo deb --no-build --profile "$profile" -p lkctl | tail -1)
[ -f "$deb" ] || fail "cargo deb produced no package"
echo "$deb"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

step "control fields"
dpkg-deb --field "$deb" Package Version Architecture Depends Section | tee "$work/control"
grep -q '^Package: lkctl$' "$work/control" || fail "package name"
grep -q '^Depends:.*adduser' "$work/control" || fail "Depends lacks adduser"
grep -q '^Depends:.*libc6' "$work/control" || fail "Depends lacks libc6 (\$auto)"
dpkg-deb --ctrl-tarfile "$deb" | tar -tf - >"$work/ctrl"
for f in conffiles postinst postrm prerm; do grep -qx "./$f" "$work/ctrl" || fail "control lacks $f"; done
dpkg-deb --info "$deb" conffiles | grep -qx /etc/lkctl/lkctl.env || fail "lkctl.env is not a conffile"

step "contents"
dpkg-deb --contents "$deb" | awk '{print $1, $6}' >"$work/contents"
expect() { grep -q " ./$1\$" "$work/contents" || fail "missing $1"; }
expect usr/bin/lkctl
expect usr/share/man/man1/lkctl.1.gz
expect usr/share/man/man1/lkctl-serve.1.gz
expect usr/share/bash-completion/completions/lkctl
expect usr/share/zsh/vendor-completions/_lkctl
expect usr/share/fish/vendor_completions.d/lkctl.fish
expect etc/lkctl/lkctl.env
expect usr/share/doc/lkctl/copyright
expect usr/share/doc/lkctl/changelog.Debian.gz
for unit in lkctl-serve.service lkctl-agent.service lkctl-export.service lkctl-export.timer; do
  grep -qE " ./(usr/)?lib/systemd/system/$unit\$" "$work/contents" || fail "missing unit $unit"
done
grep -q '^-rw-r----- ./etc/lkctl/lkctl.env$' "$work/contents" || fail "lkctl.env must be 0640"

step "unpacked binary runs"
dpkg-deb -x "$deb" "$work/root"
"$work/root/usr/bin/lkctl" --version
"$work/root/usr/bin/lkctl" token create --api-key k --api-secret "$(printf 's%.0s' $(seq 1 32))" \
  --identity pkg-check --room r --join -o json >/dev/null

step "systemd units"
units=$(find "$work/root" -path '*/systemd/system/*' -type f | sort)
mkdir -p "$work/verify"
for u in $units; do
  # systemd-analyze checks ExecStart against the host's file system: point it at the
  # unpacked binary. It reports unknown keys and bad values as warnings with status 0, so
  # any output at all is a failure.
  sed "s#/usr/bin/lkctl#$work/root/usr/bin/lkctl#g" "$u" >"$work/verify/$(basename "$u")"
done
for u in "$work"/verify/*; do
  out=$(MANPATH="$work/root/usr/share/man" systemd-analyze verify "$u" 2>&1 | grep -v 'not found, ignoring\|Unit .* not found' || true)
  [ -z "$out" ] || fail "systemd-analyze verify $(basename "$u"): $out"
done
for u in "$work"/verify/*.service; do
  exposure=$(systemd-analyze security --offline=yes "$u" 2>/dev/null \
    | grep -oE 'Overall exposure level for [^:]+: [0-9.]+' | awk '{print $NF}')
  [ -n "$exposure" ] || fail "systemd-analyze security gave no exposure for $(basename "$u")"
  echo "$(basename "$u"): exposure $exposure"
  awk -v e="$exposure" 'BEGIN { exit !(e + 0 <= 2.5) }' || fail "$(basename "$u") exposure $exposure > 2.5"
done

step "lintian"
lintian_args=(--fail-on error,warning --suppress-tags initial-upload-closes-no-bugs)
if [ "$profile" = dev ]; then
  # A debug build is not what ships; these tags only describe how it was built.
  lintian_args+=(--suppress-tags initial-upload-closes-no-bugs,hardening-no-fortify-functions,unstripped-binary-or-object)
fi
# One run: its status is what counts; its note about running as root is not shown.
lintian_status=0
lintian_out=$(lintian "${lintian_args[@]}" "$deb" 2>&1) || lintian_status=$?
grep -v 'running with root privileges' <<<"$lintian_out" || true
[ "$lintian_status" = 0 ] || fail "lintian reported errors or warnings"

if [ "$container" = 1 ]; then
  step "install and purge in a throwaway Debian container"
  scripts/container-base.sh
  export CONTAINERS_CONF="$PWD/packaging/container/containers.conf"
  podman run --rm -v "$(dirname "$(readlink -f "$deb")")":/debs:ro localhost/lkctl-base:bookworm bash -ec "
    apt-get install -y -q /debs/$(basename "$deb") >/dev/null
    lkctl --version
    getent passwd lkctl
    test \"\$(stat -c '%a %U %G' /etc/lkctl/lkctl.env)\" = '640 root lkctl'
    test -f /usr/lib/systemd/system/lkctl-serve.service -o -f /lib/systemd/system/lkctl-serve.service
    man -w lkctl >/dev/null 2>&1 || test -f /usr/share/man/man1/lkctl.1.gz
    dpkg --purge lkctl >/dev/null
    test ! -e /usr/bin/lkctl && test ! -e /etc/lkctl/lkctl.env && ! getent passwd lkctl
    echo installed-and-purged"
fi
step "ok: $deb"
echo "$deb"
