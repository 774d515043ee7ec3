"""SQLite storage: the durable outbox, the lead lifecycle, history queries and CSV export.

Each thread opens its own connection with ``database.open_database`` and
wraps it in an ``outbox.Outbox`` (writes) and/or a ``history.History``
(reads for the UI). Import what you use from its module.
"""
