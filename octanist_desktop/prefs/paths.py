"""Where the app keeps its files, per platform. No Qt here: ``--version`` must stay fast."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

APP_DIR_NAME = "octanist-desktop"
#: The folder name on Windows and macOS, where app folders carry the display name.
APP_DISPLAY_NAME = "Octanist Desktop"


def default_data_dir(
    *,
    platform: str | None = None,
    environ: Mapping[str, str] | None = None,
    home: str | None = None,
) -> Path:
    """The platform's per-user app-data folder for Octanist Desktop.

    - Windows: ``%APPDATA%\\Octanist Desktop`` (…\\AppData\\Roaming when APPDATA is unset)
    - macOS: ``~/Library/Application Support/Octanist Desktop``
    - Linux and the rest: ``$XDG_DATA_HOME/octanist-desktop``, ``~/.local/share/…`` by default

    The same for a checkout and the frozen app: never beside the executable,
    which sits in a read-only Program Files or /opt. ``platform``, ``environ``
    and ``home`` default to this process's; tests give another platform's.
    """
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    home = str(Path.home()) if home is None else home
    pure: PurePath
    if platform == "win32":
        appdata = environ.get("APPDATA", "")
        if PureWindowsPath(appdata).is_absolute():
            pure = PureWindowsPath(appdata, APP_DISPLAY_NAME)
        else:
            pure = PureWindowsPath(home, "AppData", "Roaming", APP_DISPLAY_NAME)
    elif platform == "darwin":
        pure = PurePosixPath(home, "Library", "Application Support", APP_DISPLAY_NAME)
    else:
        # The XDG spec: a relative XDG_DATA_HOME is invalid and must be ignored.
        xdg = environ.get("XDG_DATA_HOME", "")
        base = PurePosixPath(xdg) if xdg.startswith("/") else PurePosixPath(home, ".local", "share")
        pure = base / APP_DIR_NAME
    return Path(str(pure))


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by this user only (it holds personal data)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
