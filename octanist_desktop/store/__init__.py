"""SQLite storage: the durable outbox, the lead lifecycle, history queries and CSV export,
outcomes on their way to Octanist and what Octanist said about each lead.

Each thread opens its own connection with :func:`open_database` and wraps it
in an :class:`Outbox` (writes) and/or a :class:`History` (reads for the UI).

The names below load their module on first access: importing
``store.database`` at start-up must not also load the CSV exporter.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from octanist_desktop.store.database import (
        DB_FILE,
        SCHEMA_VERSION,
        DatabaseTooNew,
        MigrationFailed,
        open_database,
    )
    from octanist_desktop.store.export import HEADER, export_csv
    from octanist_desktop.store.history import History, HistoryQuery
    from octanist_desktop.store.lead import Lead
    from octanist_desktop.store.lifecycle import (
        NEEDS_ATTENTION,
        PENDING,
        IllegalTransition,
        LeadNotFound,
        LeadStatus,
        OutcomeStatus,
        StoreError,
    )
    from octanist_desktop.store.outbox import Outbox
    from octanist_desktop.store.outcome_queue import OutcomeQueue, StoredOutcome
    from octanist_desktop.store.remote_index import RemoteIndex, RemoteState

_MODULE_OF = {
    "DB_FILE": "database",
    "SCHEMA_VERSION": "database",
    "DatabaseTooNew": "database",
    "MigrationFailed": "database",
    "open_database": "database",
    "HEADER": "export",
    "export_csv": "export",
    "History": "history",
    "HistoryQuery": "history",
    "Lead": "lead",
    "NEEDS_ATTENTION": "lifecycle",
    "PENDING": "lifecycle",
    "IllegalTransition": "lifecycle",
    "LeadNotFound": "lifecycle",
    "LeadStatus": "lifecycle",
    "StoreError": "lifecycle",
    "OutcomeStatus": "lifecycle",
    "Outbox": "outbox",
    "OutcomeQueue": "outcome_queue",
    "StoredOutcome": "outcome_queue",
    "RemoteIndex": "remote_index",
    "RemoteState": "remote_index",
}

__all__ = [
    "DB_FILE",
    "HEADER",
    "NEEDS_ATTENTION",
    "PENDING",
    "SCHEMA_VERSION",
    "DatabaseTooNew",
    "History",
    "HistoryQuery",
    "IllegalTransition",
    "Lead",
    "LeadNotFound",
    "LeadStatus",
    "MigrationFailed",
    "Outbox",
    "OutcomeQueue",
    "OutcomeStatus",
    "RemoteIndex",
    "RemoteState",
    "StoreError",
    "StoredOutcome",
    "export_csv",
    "open_database",
]


def __getattr__(name: str) -> object:
    """Load the module that defines ``name`` the first time it is asked for."""
    module = _MODULE_OF.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    return getattr(import_module(f"{__name__}.{module}"), name)
