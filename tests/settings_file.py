"""Reading the settings file as it is on disk, for tests that check what was written."""

from __future__ import annotations

import json
from pathlib import Path

from octanist_desktop.prefs.store import SETTINGS_FILE


def stored_section(data_dir: Path, name: str) -> object:
    """The ``name`` section of ``settings.json`` in ``data_dir``, exactly as written."""
    return json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))[name]
