"""Where the app keeps its files, per platform. No Qt here: ``--version`` must stay fast."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_DIR_NAME = "octanist-desktop"


def default_data_dir() -> Path:
    """The platform's per-user app-data folder for Octanist Desktop."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or str(Path.home() / "AppData" / "Roaming")
        return Path(base) / "Octanist Desktop"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "Octanist Desktop"
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_DIR_NAME


def ensure_private_dir(path: Path) -> Path:
    """Create ``path`` readable by this user only (it holds personal data)."""
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if os.name == "posix":
        os.chmod(path, 0o700)
    return path
