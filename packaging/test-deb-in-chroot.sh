#!/bin/sh
# Install the built .deb on a fresh, minimal Debian and run it there.
#
#   make package && sh packaging/test-deb-in-chroot.sh      (as root; CI does this)
#
# 1. debootstrap --variant=minbase the Debian release this machine runs
#    (from /etc/os-release) into build/deb-test/rootfs.
# 2. apt-get install ./octanist-desktop_<version>_<arch>.deb inside it, with
#    --no-install-recommends: the package's Depends alone must be enough.
# 3. As an ordinary user, with no display: --version, --self-test (Qt plugins,
#    SQLite, keyring backends, TLS bundle, phone metadata, a lead round trip
#    through the built-in sandbox) and the real window for a few seconds,
#    offscreen, to see it start without a traceback.
# 4. Then what a desktop adds (Xvfb, a D-Bus session, gnome-keyring), and the
#    self-test again: it must run on the xcb platform and find a running
#    Secret Service.
#
# Only /proc is mounted in the chroot; it is unmounted, and the chroot
# removed, on exit (KEEP_CHROOT=1 keeps it for a look). Downloaded packages
# are cached in build/deb-test/cache and nowhere else.
set -eu

cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=$REPO/build/deb-test
ROOTFS=$WORK/rootfs
CACHE=$WORK/cache
MIRROR=${MIRROR:-http://deb.debian.org/debian}
USER_ID=1500
SMOKE_SECONDS=8

# shellcheck disable=SC1091  # os-release is the machine's, not ours
. /etc/os-release
SUITE=${SUITE:-${VERSION_CODENAME:-}}
if [ "${ID:-}" != debian ] || [ -z "$SUITE" ]; then
    echo "This test bootstraps Debian; this machine is ${PRETTY_NAME:-unknown}. Set SUITE=bookworm to force." >&2
    exit 1
fi
if [ "$(id -u)" != 0 ]; then
    echo "Run as root: debootstrap and chroot need it." >&2
    exit 1
fi

ARCH=$(dpkg --print-architecture)
# The newest package `make package` left in dist/.
DEB=$(ls -t "$REPO"/dist/octanist-desktop_*_"$ARCH".deb 2>/dev/null | head -n 1)
if [ -z "$DEB" ]; then
    echo "No dist/octanist-desktop_*_$ARCH.deb: run 'make package' first." >&2
    exit 1
fi
DEB_NAME=$(basename "$DEB")

started=$(date +%s)
step() {
    printf '\n== %s (%ss)\n' "$1" "$(($(date +%s) - started))"
}

unmount_all() {
    # Deepest first; --lazy so a stuck process can't keep the mount (and this script) alive.
    for mnt in $(awk -v root="$ROOTFS" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount --lazy "$mnt" || true
    done
}

cleanup() {
    status=$?
    trap - EXIT INT TERM
    unmount_all
    if [ "${KEEP_CHROOT:-0}" = 1 ]; then
        echo "chroot kept in $ROOTFS (remove with: rm -rf --one-file-system $ROOTFS)"
    elif [ -d "$ROOTFS" ]; then
        rm -rf --one-file-system "$ROOTFS"
    fi
    exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

in_chroot() {
    chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
        DEBIAN_FRONTEND=noninteractive "$@"
}

# As the sales person would run it: an ordinary user, a home, no display.
as_user() {
    chroot --userspec="$USER_ID:$USER_ID" "$ROOTFS" /usr/bin/env -i \
        PATH=/usr/bin:/bin HOME=/home/sales USER=sales LANG=C.UTF-8 \
        XDG_RUNTIME_DIR=/tmp/runtime-sales "$@"
}

step "debootstrap $SUITE (minbase) into build/deb-test/rootfs"
if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
unmount_all
rm -rf --one-file-system "$ROOTFS"
mkdir -p "$CACHE"
debootstrap --variant=minbase --cache-dir="$CACHE" "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 || {
    tail -n 30 "$WORK/debootstrap.log" >&2
    exit 1
}
mount -t proc proc "$ROOTFS/proc"
cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
in_chroot useradd --create-home --uid "$USER_ID" --user-group sales
in_chroot install -d -m 0700 -o "$USER_ID" -g "$USER_ID" /tmp/runtime-sales

step "apt-get install ./$DEB_NAME (Depends only)"
cp "$DEB" "$ROOTFS/tmp/$DEB_NAME"
in_chroot apt-get update -qq
chroot "$ROOTFS" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive sh -c \
    "cd /tmp && apt-get install -y -qq --no-install-recommends ./$DEB_NAME" >"$WORK/apt.log" 2>&1 || {
    tail -n 30 "$WORK/apt.log" >&2
    exit 1
}
in_chroot dpkg-query -W -f '${Package} ${Version} ${Installed-Size} KiB\n' octanist-desktop
echo "packages in the chroot: $(in_chroot dpkg-query -W -f '.\n' | wc -l)"

step "octanist-desktop --version"
as_user octanist-desktop --version

step "octanist-desktop --self-test (no display: offscreen)"
as_user octanist-desktop --self-test

step "the real window, offscreen, for ${SMOKE_SECONDS}s (octanist-desktop --sandbox)"
set +e
as_user timeout "$SMOKE_SECONDS" env QT_QPA_PLATFORM=offscreen \
    octanist-desktop --sandbox >"$WORK/smoke.log" 2>&1
code=$?
set -e
cat "$WORK/smoke.log"
if [ "$code" != 124 ] || grep -q Traceback "$WORK/smoke.log"; then
    echo "FAIL: the app should still be running after ${SMOKE_SECONDS}s (exit $code)" >&2
    exit 1
fi
echo "ok  the window stayed up for ${SMOKE_SECONDS}s"

step "a desktop session: Xvfb, D-Bus, gnome-keyring"
in_chroot apt-get install -y -qq --no-install-recommends \
    xvfb xauth dbus dbus-bin gnome-keyring >"$WORK/apt-desktop.log" 2>&1 || {
    tail -n 30 "$WORK/apt-desktop.log" >&2
    exit 1
}
# gnome-keyring creates and unlocks a fresh login keyring with this password;
# unlocked, it never prompts, and the self-test reads no password anyway.
as_user dbus-run-session -- sh -c \
    'printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null
     exec xvfb-run -a octanist-desktop --self-test' >"$WORK/desktop.log" 2>&1 || {
    cat "$WORK/desktop.log" >&2
    exit 1
}
cat "$WORK/desktop.log"
for expected in "running xcb" "SecretService (running)"; do
    if ! grep -qF "$expected" "$WORK/desktop.log"; then
        echo "FAIL: expected '$expected' in the self-test's output" >&2
        exit 1
    fi
done

step "passed: $DEB_NAME installs and runs on a fresh $SUITE"
