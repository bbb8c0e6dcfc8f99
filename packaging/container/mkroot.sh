#!/usr/bin/env bash
# mkroot.sh BINARY ROOTFS: the image's file system: the binary, exactly the shared
# libraries `ldd` names, CA certificates, UTC zone data, and an unprivileged user 10001.
set -euo pipefail
bin=$1 root=$2
rm -rf "$root"
mkdir -p "$root/usr/local/bin" "$root/etc/ssl/certs" "$root/tmp" "$root/home/lkctl/data" \
  "$root/home/lkctl/config" "$root/usr/share/zoneinfo"
install -m 0755 "$bin" "$root/usr/local/bin/lkctl"
for lib in $(ldd "$bin" | grep -oE '/[^ ]+'); do
  mkdir -p "$root$(dirname "$lib")"
  cp -L "$lib" "$root$lib"
done
cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/"
cp -rL /usr/share/zoneinfo/. "$root/usr/share/zoneinfo/" 2>/dev/null || cp -L /usr/share/zoneinfo/UTC "$root/usr/share/zoneinfo/"
ln -sf /usr/share/zoneinfo/UTC "$root/etc/localtime"
printf 'root:x:0:0:root:/root:/sbin/nologin\nlkctl:x:10001:10001:lkctl:/home/lkctl:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\nlkctl:x:10001:\n' >"$root/etc/group"
printf 'hosts: files dns\n' >"$root/etc/nsswitch.conf"
chmod 1777 "$root/tmp"
chmod 0700 "$root/home/lkctl/data" "$root/home/lkctl/config"
chown -R 10001:10001 "$root/home/lkctl"
