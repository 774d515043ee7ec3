"""The user's small preferences, kept as JSON in the data dir (never the API key)."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

SETTINGS_FILE = "settings.json"


@dataclass
class AppSettings:
    """Preferences that survive a restart."""

    default_region: str | None = None

    @classmethod
    def load(cls, data_dir: Path) -> AppSettings:
        """Read the settings; a missing or damaged file gives the defaults."""
        try:
            raw = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        region = raw.get("default_region") if isinstance(raw, dict) else None
        return cls(default_region=region if isinstance(region, str) and region else None)

    def save(self, data_dir: Path) -> None:
        """Write atomically, so a crash mid-save can't leave half a file."""
        fd, tmp = tempfile.mkstemp(dir=data_dir, prefix=".settings-", suffix=".json")
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(asdict(self), handle, indent=2)
            os.replace(tmp, data_dir / SETTINGS_FILE)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
            raise
