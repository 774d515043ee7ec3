"""Which columns the History table shows: the ``history`` section of the settings store.

The user picks them from the table header's menu; the keys are the
columns' stable keys (``ui.history.columns``). Unknown keys (a column a
newer version added, or one since removed) are kept as stored and
ignored by the table, so switching versions never loses the choice.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from octanist_desktop.prefs.store import SettingsStore

log = logging.getLogger(__name__)

SECTION = "history"
_KEY = "columns"


class HistoryColumnChoice:
    """The shown History columns, remembered between runs.

    Reading never fails (nothing stored reads as None: the default set);
    a save the disk refuses is logged, never raised: a column choice is a
    convenience and must not stop anyone working.
    """

    def __init__(self, store: SettingsStore) -> None:
        self._store = store

    def load(self) -> list[str] | None:
        """The keys of the columns to show, in order; None when nothing was chosen yet."""
        section = self._store.section(SECTION)
        keys = section.get(_KEY) if isinstance(section, dict) else None
        if not isinstance(keys, list):
            return None
        chosen = [key for key in keys if isinstance(key, str) and key]
        return chosen or None

    def save(self, keys: Sequence[str]) -> None:
        """Remember ``keys`` as the shown columns."""
        try:
            self._store.update(SECTION, {_KEY: list(keys)})
        except OSError as exc:
            log.warning("Could not remember the History columns in %s: %s", self._store.path, exc)
