"""Why a lead could not be saved, as exceptions whose message a salesperson can act on.

Saving a lead either commits it or raises one of these, and nothing is
written then. They keep the exception types callers caught before
(``ValueError``/``TypeError`` for a payload, ``sqlite3.OperationalError``
for the disk), so no old ``except`` stops catching them.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from octanist_desktop.store.lifecycle import StoreError


class LeadNotSaved(StoreError):
    """A lead was not saved; the message says why and what to do. Nothing was written."""


class LeadNotStorable(LeadNotSaved, ValueError, TypeError):
    """Something in the lead itself can't be stored (too deep, too big, broken text, NaN)."""


class StorageFailed(LeadNotSaved, sqlite3.OperationalError):
    """The computer refused the write: disk full, read-only, failing, or the file is gone."""


class DatabaseGone(StorageFailed):
    """The database file was deleted or replaced while the app had it open.

    Writing on would go into a file nobody can open again: every later lead
    would be "saved" and then lost. So nothing more is written.
    """

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"The file that holds your leads ({path}) was deleted or replaced while "
            "Octanist Desktop was running, so nothing more can be saved safely. "
            "Quit Octanist Desktop and start it again."
        )
        self.path = path


# SQLite's result code names, read from the exception (Python 3.11+), mapped
# to what the salesperson can do about it. Prefix matches: SQLITE_IOERR_WRITE…
_WHY_BY_CODE = (
    ("SQLITE_FULL", "The disk is full. Free some disk space and save again."),
    (
        "SQLITE_READONLY",
        "The lead database can't be written to (it or its folder is read-only). "
        "Check the folder's permissions, then save again.",
    ),
    (
        "SQLITE_BUSY",
        "Another program is holding the lead database. Close it (a backup tool, "
        "a second copy of Octanist Desktop) and save again.",
    ),
    (
        "SQLITE_LOCKED",
        "Another program is holding the lead database. Close it (a backup tool, "
        "a second copy of Octanist Desktop) and save again.",
    ),
    (
        "SQLITE_IOERR",
        "The disk reported an error while saving. Check that the drive is still "
        "connected and working, then save again.",
    ),
    (
        "SQLITE_CORRUPT",
        "The lead database is damaged. Quit and start Octanist Desktop again; it "
        "offers to set the damaged file aside.",
    ),
    (
        "SQLITE_NOTADB",
        "The lead database is damaged. Quit and start Octanist Desktop again; it "
        "offers to set the damaged file aside.",
    ),
)


def storage_failure(error: sqlite3.Error | OSError) -> StorageFailed:
    """The :class:`StorageFailed` that says in plain words what ``error`` means."""
    if isinstance(error, StorageFailed):
        return error
    if isinstance(error, OSError):
        reason = error.strerror or type(error).__name__
        return StorageFailed(f"The lead could not be written to disk ({reason}). Save again.")
    name = str(getattr(error, "sqlite_errorname", "") or "")
    for prefix, words in _WHY_BY_CODE:
        if name.startswith(prefix):
            return StorageFailed(words)
    return StorageFailed(f"The lead database refused the lead ({error}). Save again.")
