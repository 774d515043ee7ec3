"""The lead being typed, kept on disk so a quit, a crash or a flat battery doesn't lose it.

It holds personal data, so it gets the leads' privacy rules: it lives in the
data folder, readable by this user only (0600), written atomically, and it
is deleted as soon as the lead is saved or the user discards it. It is a
file of its own, not a section of ``settings.json``: settings are kept and
backed up; a lead's draft must go without a trace.
"""

from __future__ import annotations

import contextlib
import logging
import os
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from octanist_desktop.prefs.store import (
    DamagedFileError,
    read_json_object,
    write_json_atomically,
)

log = logging.getLogger(__name__)

DRAFT_FILE = "draft.json"
_VERSION = 1


@dataclass(frozen=True, slots=True)
class Draft:
    """A saved draft: the form's values (text or bool by key) and when it was saved."""

    values: dict[str, object]
    saved_at: float


class DraftStore:
    """One draft file in the data folder; a missing or damaged file is "no draft"."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self._path = Path(path)
        self._clock = clock

    @classmethod
    def in_folder(cls, data_dir: Path) -> DraftStore:
        """The draft kept in ``data_dir``."""
        return cls(Path(data_dir) / DRAFT_FILE)

    @property
    def path(self) -> Path:
        """Where the draft is kept."""
        return self._path

    def load(self) -> Draft | None:
        """The saved draft, or None when there is none (or it can't be read)."""
        try:
            raw = read_json_object(self._path)
        except (OSError, DamagedFileError) as exc:
            log.warning("Ignoring the saved draft: %s", exc)
            return None
        if raw is None:
            return None
        values = raw.get("values")
        saved_at = raw.get("saved_at")
        if not isinstance(values, dict):
            return None
        kept: dict[str, object] = {
            str(key): value for key, value in values.items() if isinstance(value, str | bool)
        }
        when = float(saved_at) if isinstance(saved_at, int | float) else 0.0
        return Draft(kept, when) if kept else None

    def save(self, values: Mapping[str, object]) -> None:
        """Keep ``values`` (text and bool values only) as the draft; replaces any older one."""
        kept = {key: value for key, value in values.items() if isinstance(value, str | bool)}
        data = {"version": _VERSION, "saved_at": self._clock(), "values": kept}
        try:
            write_json_atomically(self._path, data)
        except OSError as exc:
            # The lead is still in the form; failing to keep a copy must not stop typing.
            log.warning("Could not save the draft in %s: %s", self._path, exc)

    def clear(self) -> None:
        """Delete the draft (the lead was saved, or the user discarded it)."""
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self._path)
