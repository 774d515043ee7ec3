"""Remembering pinned form values (website, path, UTM tags) between leads and runs.

At a trade-show booth every lead shares the same source tags; pinning them
once saves retyping them for every visitor, and they survive a restart.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from pathlib import Path

from octanist_desktop.core.fields import FIELDS
from octanist_desktop.prefs.json_file import (
    DamagedFileError,
    read_json_object,
    write_json_atomically,
)

log = logging.getLogger(__name__)

#: Only these keys can be pinned; anything else in the file is ignored.
PINNABLE_KEYS: frozenset[str] = frozenset(f.key for f in FIELDS if f.pinnable)


class PinnedValues:
    """A small JSON file of ``{field key: value}`` for the fields the user pinned.

    A key's presence means "pinned"; its value is what the form restores.
    A missing or unreadable file is an empty set of pins, never a crash:
    pins are a convenience, and losing them must not stop anyone entering leads.
    """

    def __init__(self, path: Path) -> None:
        self._path = Path(path)

    @property
    def path(self) -> Path:
        """Where the pins are stored."""
        return self._path

    def load(self) -> dict[str, str]:
        """The stored pins; empty when the file is missing, corrupt or not ours."""
        try:
            data = read_json_object(self._path)
        except (OSError, DamagedFileError) as exc:
            log.warning("Ignoring pinned values in %s: %s", self._path, exc)
            return {}
        if data is None:
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
        write_json_atomically(self._path, dict(sorted(data.items())))
