"""The user's small preferences, kept as JSON in the data dir (never the API key)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

from octanist_desktop.prefs.json_file import (
    DamagedFileError,
    read_json_object,
    write_json_atomically,
)

SETTINGS_FILE = "settings.json"


@dataclass
class AppSettings:
    """Preferences that survive a restart."""

    default_region: str | None = None

    @classmethod
    def load(cls, data_dir: Path) -> AppSettings:
        """Read the settings; a missing or damaged file gives the defaults."""
        try:
            raw = read_json_object(data_dir / SETTINGS_FILE)
        except (OSError, DamagedFileError):
            return cls()
        region = raw.get("default_region") if raw is not None else None
        return cls(default_region=region if isinstance(region, str) and region else None)

    def save(self, data_dir: Path) -> None:
        """Write atomically, so a crash mid-save can't leave half a file."""
        write_json_atomically(data_dir / SETTINGS_FILE, asdict(self))
