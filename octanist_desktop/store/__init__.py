"""SQLite storage: the durable outbox, the lead lifecycle, history queries and CSV export.

Each thread opens its own connection with :func:`open_database` and wraps it
in an :class:`Outbox` (writes) and/or a :class:`History` (reads for the UI).
"""

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
    StoreError,
)
from octanist_desktop.store.outbox import Outbox

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
    "StoreError",
    "export_csv",
    "open_database",
]
