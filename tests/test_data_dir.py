"""Where each platform keeps the app's data: the path logic for Windows and macOS, run here.

The Windows and macOS builds can't run on Linux CI, but where they put the
outbox is plain path logic: given another platform's name, environment and
home, ``default_data_dir`` must give the folder that platform expects.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from octanist_desktop.prefs.paths import default_data_dir

# Windows paths compare as strings (a PosixPath keeps the backslashes), POSIX ones
# with as_posix() (a WindowsPath would show them with backslashes).
WINDOWS_HOME = r"C:\Users\Anna"
MAC_HOME = "/Users/anna"
LINUX_HOME = "/home/anna"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        (
            {"APPDATA": r"C:\Users\Anna\AppData\Roaming"},
            r"C:\Users\Anna\AppData\Roaming\Octanist Desktop",
        ),
        # A roaming profile redirected to a share: still the user's APPDATA.
        (
            {"APPDATA": r"\\fileserver\profiles\anna\AppData\Roaming"},
            r"\\fileserver\profiles\anna\AppData\Roaming\Octanist Desktop",
        ),
        ({}, r"C:\Users\Anna\AppData\Roaming\Octanist Desktop"),
        ({"APPDATA": ""}, r"C:\Users\Anna\AppData\Roaming\Octanist Desktop"),
        ({"APPDATA": r"AppData\Roaming"}, r"C:\Users\Anna\AppData\Roaming\Octanist Desktop"),
    ],
)
def test_windows_keeps_data_in_the_roaming_app_data_folder(
    environ: dict[str, str], expected: str
) -> None:
    path = default_data_dir(platform="win32", environ=environ, home=WINDOWS_HOME)
    assert str(path) == expected


def test_macos_keeps_data_in_application_support() -> None:
    # XDG variables set by Homebrew tools must not move a Mac app's data.
    path = default_data_dir(
        platform="darwin", environ={"XDG_DATA_HOME": "/Users/anna/.xdg"}, home=MAC_HOME
    )
    assert path.as_posix() == "/Users/anna/Library/Application Support/Octanist Desktop"


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "/home/anna/.local/share/octanist-desktop"),
        ({"XDG_DATA_HOME": "/data/anna"}, "/data/anna/octanist-desktop"),
        ({"XDG_DATA_HOME": ""}, "/home/anna/.local/share/octanist-desktop"),
        # The XDG spec says a relative value is invalid and must be ignored.
        ({"XDG_DATA_HOME": "share"}, "/home/anna/.local/share/octanist-desktop"),
    ],
)
@pytest.mark.parametrize("platform", ["linux", "freebsd14"])
def test_linux_and_other_unixes_follow_xdg(
    platform: str, environ: dict[str, str], expected: str
) -> None:
    path = default_data_dir(platform=platform, environ=environ, home=LINUX_HOME)
    assert path.as_posix() == expected


def test_without_arguments_it_is_this_machines_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    expected = default_data_dir(
        platform=sys.platform, environ=dict(os.environ), home=str(Path.home())
    )
    assert default_data_dir() == expected
    assert default_data_dir().is_absolute()
    # The frozen app (PyInstaller sets sys.frozen) keeps its data in the same
    # place, never beside its read-only executable.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/octanist-desktop/octanist-desktop")
    assert default_data_dir() == expected


def test_help_names_the_folder_the_app_will_use(monkeypatch: pytest.MonkeyPatch) -> None:
    from octanist_desktop.__main__ import build_parser

    monkeypatch.setenv("COLUMNS", "1000")  # argparse would wrap a long path at its hyphens
    help_text = build_parser().format_help()
    assert f"(default {default_data_dir()})" in help_text
