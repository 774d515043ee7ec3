"""Remembering pinned form values (website, path, UTM tags) between leads and runs.

At a trade-show booth every lead shares the same source tags; pinning them
once saves retyping them for every visitor, and they survive a restart.
They are the ``pinned`` section of the settings store.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from octanist_desktop.core.fields import FIELDS
from octanist_desktop.prefs.store import SettingsStore

SECTION = "pinned"

#: Only these keys can be pinned; anything else stored is ignored.
PINNABLE_KEYS: frozenset[str] = frozenset(f.key for f in FIELDS if f.pinnable)


class PinnedValues:
    """``{field key: value}`` for the fields the user pinned.

    A key's presence means "pinned"; its value is what the form restores.
    Missing or unreadable pins are no pins, never a crash: pins are a
    convenience, and losing them must not stop anyone entering leads.
    """

    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    @property
    def path(self) -> Path:
        """The file the pins live in (the settings file)."""
        return self._store.path

    def load(self) -> dict[str, str]:
        """The stored pins; empty when there are none or they can't be read."""
        data = self._store.section(SECTION)
        if not isinstance(data, dict):
            return {}
        return {
            key: value
            for key, value in data.items()
            if key in PINNABLE_KEYS and isinstance(value, str)
        }

    def save(self, values: Mapping[str, str]) -> None:
        """Replace the stored pins with ``values`` (non-pinnable keys are dropped).

        Atomic, so a crash mid-write leaves either the old pins or the new ones.
        """
        data = {key: str(value) for key, value in values.items() if key in PINNABLE_KEYS}
        self._store.replace(SECTION, dict(sorted(data.items())))
