#!/bin/sh
# The README's two commands on a fresh, minimal Debian, as a new developer meets them.
#
#   sudo sh packaging/test-first-run-in-chroot.sh          (about 10 min; not part of CI)
#   sudo DISPLAY=:35 sh packaging/test-first-run-in-chroot.sh   also opens the window there
#
# 1. debootstrap --variant=minbase the Debian release this machine runs, with
#    only python3, make and git added, into build/first-run/rootfs.
# 2. An ordinary user clones the repository and runs `make run`: no venv
#    module yet, so it must print the one `sudo apt-get install` line and stop.
# 3. root runs `make test` in its own clone: python3-venv, .venv and Qt's
#    offscreen libraries are installed on the way, quietly; every test runs.
# 4. The user runs `make run` again with a display: .venv is created, then the
#    missing X11 libraries must be named in one `sudo apt-get install` line.
# 5. root runs `make run`: the X11 libraries are installed, the window opens
#    (with a DISPLAY from the host, whose X socket is bind-mounted), and the
#    user's `make run` then starts the app too.
# Each step's output is shown and timed; the output must stay quiet (no raw
# apt or pip lines, no "ensurepip is not available"). With ImageMagick on the
# host, build/first-run/window.png shows the window root's `make run` opened.
#
# pip reaches PyPI from inside the chroot; a host whose pip trusts an extra CA
# (`pip config get global.cert`) passes it in. The chroot is removed on exit
# (KEEP_CHROOT=1 keeps it). Logs: build/first-run/*.log.
set -eu

cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=$REPO/build/first-run
ROOTFS=$WORK/rootfs
CACHE=$WORK/cache
MIRROR=${MIRROR:-http://deb.debian.org/debian}
USER_ID=1500
WINDOW_SECONDS=${WINDOW_SECONDS:-15}

# shellcheck disable=SC1091  # os-release is the machine's, not ours
. /etc/os-release
SUITE=${SUITE:-${VERSION_CODENAME:-}}
if [ "$(id -u)" != 0 ] || [ -z "$SUITE" ]; then
    echo "Run as root on Debian (or set SUITE=bookworm): debootstrap and chroot need it." >&2
    exit 1
fi

started=$(date +%s)
step() {
    printf '\n== %s (%ss)\n' "$1" "$(($(date +%s) - started))"
}

unmount_all() {
    for mnt in $(awk -v root="$ROOTFS" 'index($2, root) == 1 { print $2 }' /proc/mounts | sort -r); do
        umount --lazy "$mnt" || true
    done
}

# The app outlives `timeout make run` (timeout signals make, not its children).
stop_chroot_processes() {
    for proc in /proc/[0-9]*; do
        if [ "$(readlink "$proc/root" 2>/dev/null)" = "$ROOTFS" ]; then
            kill "${proc#/proc/}" 2>/dev/null || true
        fi
    done
}

cleanup() {
    status=$?
    trap - EXIT INT TERM
    stop_chroot_processes
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

CERT=${PIP_CERT:-$(python3 -m pip config get global.cert 2>/dev/null || true)}
# What a developer's shell has; PIP_CERT only where the host needs one to reach PyPI.
as() { # USER COMMAND...
    who=$1
    shift
    if [ "$who" = root ]; then home=/root; spec=0:0; else home=/home/dev; spec=$USER_ID:$USER_ID; fi
    chroot --userspec="$spec" "$ROOTFS" /usr/bin/env -i \
        PATH=/usr/local/bin:/usr/bin:/bin:/usr/sbin:/sbin HOME="$home" LANG=C.UTF-8 TERM=dumb \
        ${DISPLAY:+DISPLAY="$DISPLAY"} ${CERT:+PIP_CERT=/etc/ssl/host-ca.crt} "$@"
}

# Runs a step's command, shows its output, and times it; $1 is the exit code it must
# give (make's 2 when it stops a target, timeout's 124 for a window still open).
timed() { # EXPECTED_STATUS LOG USER COMMAND
    expected=$1 log=$WORK/$2 who=$3
    shift 3
    t0=$(date +%s)
    set +e
    as "$who" sh -c "$*" >"$log" 2>&1
    code=$?
    set -e
    sed 's/^/    | /' "$log"
    echo "    exit $code in $(($(date +%s) - t0)) s"
    stop_chroot_processes
    if [ "$code" != "$expected" ] || grep -q Traceback "$log"; then
        echo "FAIL: expected exit $expected and no traceback" >&2
        exit 1
    fi
    if grep -qE 'ensurepip is not available|^(Get:|Selecting previously|Unpacking |Setting up \S+ \(|Collecting |Downloading )' "$log"; then
        echo "FAIL: raw apt/pip output leaked into the terminal" >&2
        exit 1
    fi
}

step "debootstrap $SUITE (minbase + python3 make git)"
if ! command -v debootstrap >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
unmount_all
rm -rf --one-file-system "$ROOTFS"
mkdir -p "$CACHE"
debootstrap --variant=minbase --include=python3,make,git --cache-dir="$CACHE" \
    "$SUITE" "$ROOTFS" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 || {
    tail -n 30 "$WORK/debootstrap.log" >&2
    exit 1
}
mount -t proc proc "$ROOTFS/proc"
cp -L /etc/resolv.conf "$ROOTFS/etc/resolv.conf"
if [ -n "$CERT" ]; then
    mkdir -p "$ROOTFS/etc/ssl"
    cp "$CERT" "$ROOTFS/etc/ssl/host-ca.crt"
fi
if [ -n "${DISPLAY:-}" ] && [ -d /tmp/.X11-unix ]; then
    mkdir -p "$ROOTFS/tmp/.X11-unix"
    mount --bind /tmp/.X11-unix "$ROOTFS/tmp/.X11-unix"
fi
as root useradd --create-home --home-dir /home/dev --uid "$USER_ID" --user-group dev
git -C "$REPO" bundle create "$ROOTFS/tmp/octanist.bundle" HEAD >/dev/null 2>&1
as root git -c advice.detachedHead=false clone -q /tmp/octanist.bundle /root/octanist
as dev git -c advice.detachedHead=false clone -q /tmp/octanist.bundle /home/dev/octanist
echo "packages in the chroot: $(as root dpkg-query -W -f '.\n' | wc -l)"

step "a developer's first 'make run' (no venv module yet: must print the one command)"
timed 2 user-run-1.log dev "cd ~/octanist && make run"
grep -q "sudo apt-get install python3.*-venv" "$WORK/user-run-1.log"

step "root: 'make test' on the bare machine (installs python3-venv and Qt's offscreen libraries)"
timed 0 root-test.log root "cd ~/octanist && make test PYTEST_ARGS=-q"

if [ -n "${DISPLAY:-}" ]; then
    step "the developer's 'make run' with a display: X11 libraries missing, one command printed"
    timed 2 user-run-2.log dev "cd ~/octanist && make run"
    grep -q "sudo apt-get install .*libxcb-cursor0" "$WORK/user-run-2.log"

    step "root: 'make run' installs the X11 libraries and opens the window (${WINDOW_SECONDS}s)"
    if command -v import >/dev/null 2>&1; then
        # ImageMagick on the host: a picture of the window, to look at afterwards.
        (sleep "$((WINDOW_SECONDS - 3))" && import -display "$DISPLAY" -window root "$WORK/window.png") &
    fi
    timed 124 root-run.log root "cd ~/octanist && timeout $WINDOW_SECONDS make run ARGS=--sandbox"

    step "the developer's 'make run' now opens the window (${WINDOW_SECONDS}s)"
    timed 124 user-run-3.log dev "cd ~/octanist && timeout $WINDOW_SECONDS make run ARGS=--sandbox"
else
    step "the developer's 'make run' without a display"
    timed 2 user-run-2.log dev "cd ~/octanist && make run"
    grep -qE "sudo apt-get install .*libxcb-cursor0|There is no display" "$WORK/user-run-2.log"
fi

step "passed: the README's two commands on a fresh $SUITE"
