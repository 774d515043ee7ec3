"""Remembering pinned form values (website, path, UTM tags) between leads and runs.

At a trade-show booth every lead shares the same source tags; pinning them
once saves retyping them for every visitor, and they survive a restart.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import tempfile
from collections.abc import Mapping
from pathlib import Path

from octanist_desktop.core.fields import FIELDS

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
            raw = self._path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("Could not read pinned values from %s: %s", self._path, exc)
            return {}
        try:
            data = json.loads(raw)
        except ValueError as exc:
            log.warning("Ignoring corrupt pinned-values file %s: %s", self._path, exc)
            return {}
        if not isinstance(data, dict):
            log.warning("Ignoring pinned-values file %s: not a JSON object", self._path)
            return {}
        return {
            key: value
            for key, value in data.items()
            if key in PINNABLE_KEYS and isinstance(value, str)
        }

    def save(self, values: Mapping[str, str]) -> None:
        """Replace the stored pins with ``values`` (non-pinnable keys are dropped).

        Written to a temporary file in the same directory and moved into place,
        so a crash mid-write leaves either the old pins or the new ones.
        """
        data = {key: str(value) for key, value in values.items() if key in PINNABLE_KEYS}
        self._path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(
            dir=self._path.parent, prefix=f".{self._path.name}.", suffix=".tmp"
        )
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as tmp:
                json.dump(data, tmp, ensure_ascii=False, indent=2, sort_keys=True)
                tmp.write("\n")
                tmp.flush()
                os.fsync(tmp.fileno())
            os.replace(tmp_name, self._path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)
            raise
