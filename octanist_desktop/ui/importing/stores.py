"""What an import reads and writes, handed down from the app's composition root.

The import's worker runs on a pool thread, and an SQLite connection
belongs to the thread that opened it: it is given a way to open one
(``connect``), not a folder to find the database in. The column choices it
remembers per file go into the app's one settings store (``mappings``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from octanist_desktop.prefs.import_mappings import ImportMappings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.store.database import open_database

# The window holds these stores from the start, but the column readers (and
# the email/calendar modules under them) load with the first import.
if TYPE_CHECKING:
    from octanist_desktop.importing.column_mapping import ColumnTarget


@dataclass(frozen=True, slots=True)
class ImportStores:
    """The leads database and the remembered mappings, as an import uses them.

    ``connect()`` opens a new connection to the leads database on the
    calling thread (the caller closes it); it raises what ``open_database``
    raises. ``mappings`` remembers each file's column choices.
    """

    connect: Callable[[], sqlite3.Connection]
    mappings: ImportMappings

    @classmethod
    def in_folder(cls, data_dir: Path, prefs: SettingsStore | None = None) -> ImportStores:
        """The database in ``data_dir`` and the mappings in ``prefs`` (default: that folder's)."""
        return cls(
            lambda: open_database(data_dir),
            ImportMappings(prefs if prefs is not None else SettingsStore(data_dir)),
        )

    def recall(self, headers: Sequence[str]) -> list[ColumnTarget] | None:
        """The destinations chosen for the last file with these column names (None: none
        remembered, or one of them no longer exists)."""
        from octanist_desktop.importing.column_mapping import target_from_stored

        stored = self.mappings.recall(headers)
        if stored is None:
            return None
        targets = [target_from_stored(kind, key) for kind, key in stored]
        if any(target is None for target in targets):
            return None
        return [target for target in targets if target is not None]

    def remember(self, headers: Sequence[str], targets: Sequence[ColumnTarget]) -> None:
        """Remember ``targets`` for files with these column names (raises ``OSError``)."""
        self.mappings.remember(headers, [t.stored for t in targets])
