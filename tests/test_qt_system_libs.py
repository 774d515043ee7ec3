"""``make run``'s check for the system libraries Qt's xcb plugin needs (scripts/qt_system_libs.py).

The end-to-end tests run the script for real on a real ELF library whose
dependency can't be found (a copy of a system library with one DT_NEEDED
name changed), so ``ldd`` itself reports it, as it would for a missing
libxcb-cursor0 on a fresh desktop.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "qt_system_libs.py"
sys.path.append(str(ROOT / "scripts"))

import qt_system_libs  # noqa: E402

LINUX_ONLY = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="ldd and ELF")

LDD_OUTPUT = """\
\tlinux-vdso.so.1 (0x00007ffd5b1f2000)
\tlibQt6XcbQpa.so.6 => /v/PySide6/Qt/plugins/platforms/../../lib/libQt6XcbQpa.so.6 (0x7f1)
\tlibxcb-cursor.so.0 => not found
\tlibxkbcommon-x11.so.0 => not found
\tlibxcb-icccm.so.4 => not found
\tlibxcb-cursor.so.0 => not found
\tlibGL.so.1 => /lib/x86_64-linux-gnu/libGL.so.1 (0x00007f0a2c800000)
\t/lib64/ld-linux-x86-64.so.2 (0x00007f0a2d400000)
"""


# -- when the check applies ------------------------------------------------------------


@pytest.mark.parametrize(
    ("platform", "env", "used"),
    [
        ("linux", {"DISPLAY": ":0"}, True),
        ("linux", {}, True),  # no display at all: Qt still tries xcb first
        ("linux", {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ("linux", {"QT_QPA_PLATFORM": "xcb"}, True),
        ("linux", {"QT_QPA_PLATFORM": "xcb:dpi=96"}, True),
        ("linux", {"QT_QPA_PLATFORM": "wayland;xcb", "DISPLAY": ":0"}, False),
        ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),  # Wayland only
        ("linux", {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}, True),  # XWayland on X11
        (
            "linux",
            {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"},
            False,
        ),
        ("win32", {}, False),
        ("darwin", {"DISPLAY": ":0"}, False),
    ],
)
def test_the_check_runs_only_where_qt_will_use_xcb(
    platform: str, env: dict[str, str], used: bool
) -> None:
    assert qt_system_libs.xcb_is_used(platform, env) is used


# -- reading ldd and naming packages ----------------------------------------------------


def test_ldd_output_gives_each_missing_library_once() -> None:
    assert qt_system_libs.parse_ldd(LDD_OUTPUT) == [
        "libxcb-cursor.so.0",
        "libxkbcommon-x11.so.0",
        "libxcb-icccm.so.4",
    ]


def test_missing_libraries_are_named_by_their_debian_packages() -> None:
    sonames = ["libxcb-cursor.so.0", "libxkbcommon-x11.so.0", "libX11-xcb.so.1", "libEGL.so.1"]

    packages, guessed = qt_system_libs.packages_for(sonames, qt_system_libs.known_packages())

    assert packages == ["libxcb-cursor0", "libxkbcommon-x11-0", "libx11-xcb1", "libegl1"]
    assert guessed == []


@pytest.mark.parametrize(
    ("soname", "package"),
    [
        ("libxcb-xinput.so.0", "libxcb-xinput0"),
        ("libXrender.so.1", "libxrender1"),
        ("libwayland-client.so.0", "libwayland-client0"),
        ("libfoo2.so.3", "libfoo2-3"),
        ("libpng16.so.16.39.0", "libpng16-16"),
        ("not-a-library", "not-a-library"),
    ],
)
def test_an_unknown_library_gets_debians_conventional_package_name(
    soname: str, package: str
) -> None:
    assert qt_system_libs.guess_package(soname) == package


def test_the_command_to_run_names_every_package_and_says_which_are_guessed() -> None:
    text = qt_system_libs.explain_missing(
        ["libxcb-cursor.so.0", "libq.so.6"],
        ["libxcb-cursor0", "libq6"],
        ["libq.so.6"],
        has_apt=True,
    )
    assert "    sudo apt-get install libxcb-cursor0 libq6" in text.splitlines()
    assert "libxcb-cursor.so.0, libq.so.6" in text
    assert "guessed" in text

    elsewhere = qt_system_libs.explain_missing(
        ["libxcb-cursor.so.0"], ["libxcb-cursor0"], [], has_apt=False
    )
    assert "sudo apt-get" not in elsewhere
    assert "on Debian and Ubuntu: libxcb-cursor0" in elsewhere


# -- fonts and the stamp --------------------------------------------------------------


def test_a_machine_without_font_files_is_told_so(tmp_path: Path) -> None:
    empty, fonts = tmp_path / "empty", tmp_path / "fonts" / "truetype" / "dejavu"
    (empty / "sub").mkdir(parents=True)
    fonts.mkdir(parents=True)
    (fonts / "DejaVuSans.ttf").write_bytes(b"")

    assert not qt_system_libs.has_fonts([str(empty), str(tmp_path / "missing")])
    assert qt_system_libs.has_fonts([str(empty), str(tmp_path / "fonts")])


def test_a_pass_is_remembered_until_packages_or_qt_change(tmp_path: Path) -> None:
    stamp, plugin, status = (tmp_path / name for name in ("stamp", "libqxcb.so", "status"))
    for path, age in ((plugin, 300), (status, 200), (stamp, 100)):
        path.write_text("")
        os.utime(path, (0, 10_000 - age))
    fresh = qt_system_libs.stamp_is_fresh

    assert fresh(str(stamp), str(plugin), str(status))
    assert fresh(str(stamp), str(plugin), str(tmp_path / "no-dpkg-here"))
    os.utime(status, (0, 10_000))  # apt installed or removed something
    assert not fresh(str(stamp), str(plugin), str(status))
    assert not fresh(str(tmp_path / "never-checked"), str(plugin), str(status))


# -- the script, for real ----------------------------------------------------------------


def _library_needing(tmp_path: Path, missing: bytes) -> Path:
    """A copy of a real system library whose DT_NEEDED ``libc.so.6`` reads ``missing``."""
    assert len(missing) == len(b"libc.so.6")
    ldd = subprocess.run(["ldd", sys.executable], capture_output=True, text=True, check=True)
    sources = [
        Path(line.split(" => ")[1].split(" (")[0])
        for line in ldd.stdout.splitlines()
        if " => /" in line and "libc.so" not in line
    ]
    for source in sorted(sources, key=lambda path: path.stat().st_size):
        data = source.read_bytes()
        if data.count(b"\0libc.so.6\0") == 1:
            copy = tmp_path / source.name
            copy.write_bytes(data.replace(b"\0libc.so.6\0", b"\0" + missing + b"\0"))
            return copy
    pytest.skip("no library here links libc.so.6 by a single dynstr entry")


def _run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    environment = {
        k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY")
    }
    return subprocess.run(
        [sys.executable, "-S", str(SCRIPT), *args],
        capture_output=True,
        text=True,
        env={**environment, **env},
        timeout=60,
        check=False,
    )


@LINUX_ONLY
def test_a_missing_library_prints_the_install_command_instead_of_starting_qt(
    tmp_path: Path,
) -> None:
    broken = _library_needing(tmp_path, b"libq.so.6")

    result = _run("--plugin", str(broken), "--no-install", DISPLAY=":0")

    assert result.returncode == 1
    assert result.stdout == ""
    assert "Qt needs system packages this machine lacks (libq.so.6" in result.stderr
    if shutil.which("apt-get"):
        assert "    sudo apt-get install libq6" in result.stderr.splitlines()[3]


@LINUX_ONLY
@pytest.mark.parametrize(
    "env", [{"QT_QPA_PLATFORM": "offscreen"}, {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ""}]
)
def test_offscreen_and_wayland_starts_are_not_held_up(tmp_path: Path, env: dict[str, str]) -> None:
    broken = _library_needing(tmp_path, b"libq.so.6")

    result = _run("--plugin", str(broken), "--no-install", **env)

    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


@LINUX_ONLY
def test_no_display_is_said_plainly_once_the_libraries_are_there(tmp_path: Path) -> None:
    fine = tmp_path / "libfine.so"
    shutil.copy(_library_needing(tmp_path, b"libc.so.6"), fine)  # unchanged: nothing missing
    if not qt_system_libs.has_fonts():
        pytest.skip("this machine has no fonts: the script would ask for fonts-dejavu-core")

    assert _run("--plugin", str(fine), "--no-install", DISPLAY=":0").returncode == 0
    no_display = _run("--plugin", str(fine), "--no-install", DISPLAY="")
    assert no_display.returncode == 1
    assert no_display.stderr.startswith("There is no display to open the window on")


@LINUX_ONLY
def test_the_tests_offscreen_libraries_are_checked_whatever_the_display(tmp_path: Path) -> None:
    broken = _library_needing(tmp_path, b"libq.so.6")

    for env in ({"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ""}, {"WAYLAND_DISPLAY": "w-0"}):
        result = _run("--qpa", "offscreen", "--plugin", str(broken), "--no-install", **env)
        assert result.returncode == 1
        assert "(libq.so.6" in result.stderr

    fine = tmp_path / "libfine.so"
    shutil.copy(_library_needing(tmp_path, b"libc.so.6"), fine)
    if qt_system_libs.has_fonts():
        # No window, so no display needed.
        assert _run("--qpa", "offscreen", "--plugin", str(fine), DISPLAY="").returncode == 0


def test_other_platforms_are_never_checked(tmp_path: Path) -> None:
    for platform in ("win32", "darwin"):
        for qpa in (None, "offscreen"):
            status = qt_system_libs.check(
                str(tmp_path), qpa=qpa, plugin=str(tmp_path / "none.so"), env={}, platform=platform
            )
            assert status == 0


def test_an_unknown_option_is_refused_with_the_usage() -> None:
    result = _run("--frobnicate")
    assert result.returncode == 2
    assert result.stderr.startswith("usage: qt_system_libs.py")
