"""The event presets file (``presets.json`` in the data dir): read leniently, saved atomically."""

from __future__ import annotations

import logging
from pathlib import Path

from octanist_desktop.core.presets import (
    PresetFormatError,
    PresetLibrary,
    library_from_json,
    library_to_json,
)
from octanist_desktop.prefs.json_file import (
    DamagedFileError,
    keep_damaged_copy,
    read_json_object,
    write_json_atomically,
)

log = logging.getLogger(__name__)

PRESETS_FILE = "presets.json"


class PresetStore:
    """Loads and saves the ``PresetLibrary``.

    A missing file is an empty library. A damaged one is an empty (or,
    when only some presets are unreadable, a shorter) library plus a
    ``problem`` sentence for the user; the original is copied to
    ``presets.json.damaged`` first, so saving never destroys the only copy.
    """

    def __init__(self, data_dir: Path) -> None:
        self._path = Path(data_dir) / PRESETS_FILE
        self.problem: str | None = None

    @property
    def path(self) -> Path:
        """Where the presets are kept."""
        return self._path

    def load(self) -> PresetLibrary:
        """The saved presets; sets ``problem`` (or clears it) as a side effect."""
        self.problem = None
        try:
            data = read_json_object(self._path)
        except OSError as exc:
            self.problem = f"The event presets could not be read ({exc.strerror or exc})."
            log.warning("could not read %s: %s", self._path, exc)
            return PresetLibrary()
        except DamagedFileError as exc:
            return self._damaged(str(exc))
        if data is None:
            return PresetLibrary()
        try:
            library, skipped = library_from_json(data)
        except PresetFormatError as exc:
            return self._damaged(str(exc))
        if skipped:
            self._damaged("; ".join(skipped))
        return library

    def save(self, library: PresetLibrary) -> None:
        """Write the whole library (raises OSError when the disk refuses)."""
        write_json_atomically(self._path, library_to_json(library))

    def _damaged(self, detail: str) -> PresetLibrary:
        copy = keep_damaged_copy(self._path)
        kept = f" The old file was kept as {copy.name}." if copy is not None else ""
        self.problem = f"Some event presets could not be read ({detail}).{kept}"
        log.warning("damaged presets file %s: %s", self._path, detail)
        return PresetLibrary()
