"""The event presets: the ``presets`` section of the settings store, read leniently."""

from __future__ import annotations

import logging

from octanist_desktop.core.presets import (
    PresetFormatError,
    PresetLibrary,
    library_from_json,
    library_to_json,
)
from octanist_desktop.prefs.store import Damage, SettingsStore

log = logging.getLogger(__name__)

SECTION = "presets"


class PresetStore:
    """Loads and saves the ``PresetLibrary``.

    Nothing stored is an empty library. A damaged one is an empty (or,
    when only some presets are unreadable, a shorter) library plus a
    ``problem`` sentence for the user; the file is copied aside as
    ``<name>.damaged`` first, so saving never destroys the only copy.
    """

    def __init__(self, store: SettingsStore) -> None:
        self._store = store
        self.problem: str | None = None

    def load(self) -> PresetLibrary:
        """The saved presets; sets ``problem`` (or clears it) as a side effect."""
        self.problem = None
        data = self._store.section(SECTION)
        if data is not None and not isinstance(data, dict):
            self._damaged(self._store.keep_damaged_copy(SECTION, "the presets aren't a list"))
            return PresetLibrary()
        library = PresetLibrary()
        if data is not None:
            try:
                library, skipped = library_from_json(data)
            except PresetFormatError as exc:
                self._damaged(self._store.keep_damaged_copy(SECTION, str(exc)))
                return PresetLibrary()
            if skipped:
                self._damaged(self._store.keep_damaged_copy(SECTION, "; ".join(skipped)))
                return library
        for damage in self._store.problems(SECTION):
            self._damaged(damage)
        return library

    def save(self, library: PresetLibrary) -> None:
        """Write the whole library (raises OSError when the disk refuses)."""
        self._store.replace(SECTION, library_to_json(library))

    def _damaged(self, damage: Damage) -> None:
        kept = f" The old file was kept as {damage.kept_as.name}." if damage.kept_as else ""
        self.problem = f"Some event presets could not be read ({damage.detail}).{kept}"
        log.warning("damaged presets: %s", damage.detail)
