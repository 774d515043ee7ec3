"""Opening the lead database: file mode, pragmas, schema version and migrations."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

DB_FILE = "leads.sqlite3"
BUSY_TIMEOUT_MS = 5000


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SQL statements inside the caller's transaction.

    ``executescript`` would COMMIT first, splitting a migration in two.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError("incomplete SQL statement in a migration")


def _v1(conn: sqlite3.Connection) -> None:
    """The first schema: leads, their indexes, and a trigram index for search."""
    _run_script(
        conn,
        """
        CREATE TABLE leads (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            payload TEXT NOT NULL,
            status TEXT NOT NULL,
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            delivered_at REAL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL,
            send_started_at REAL,
            octanist_id TEXT,
            request_id TEXT,
            last_error TEXT,
            server_answer TEXT,
            maybe_duplicate INTEGER NOT NULL DEFAULT 0,
            name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX leads_by_status ON leads(status, id);
        CREATE INDEX leads_by_email ON leads(email COLLATE NOCASE) WHERE email != '';
        CREATE INDEX leads_by_phone ON leads(phone) WHERE phone != '';
        -- Substring search over 100k leads in milliseconds; trigram folds case.
        CREATE VIRTUAL TABLE leads_search USING fts5(
            name, email, phone, note, content='leads', content_rowid='id', tokenize='trigram'
        );
        CREATE TRIGGER leads_search_insert AFTER INSERT ON leads BEGIN
            INSERT INTO leads_search(rowid, name, email, phone, note)
            VALUES (new.id, new.name, new.email, new.phone, new.note);
        END;
        CREATE TRIGGER leads_search_delete AFTER DELETE ON leads BEGIN
            INSERT INTO leads_search(leads_search, rowid, name, email, phone, note)
            VALUES ('delete', old.id, old.name, old.email, old.phone, old.note);
        END;
        """,
    )


#: MIGRATIONS[n] takes a database from version n to n + 1.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (_v1,)
SCHEMA_VERSION = len(MIGRATIONS)


class DatabaseTooNew(RuntimeError):
    """The file was written by a newer Octanist Desktop."""


def _private_file(path: Path) -> None:
    """Create (or tighten) a file as readable by this user only: it holds personal data."""
    if os.name != "posix":
        return
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
    os.close(fd)
    os.chmod(path, 0o600)


def open_database(data_dir: Path) -> sqlite3.Connection:
    """Open (creating and migrating as needed) the lead database; one connection per thread.

    Autocommit mode: every write states its own transaction.
    """
    data_dir.mkdir(parents=True, exist_ok=True, mode=0o700)
    path = data_dir / DB_FILE
    existed = path.exists() and path.stat().st_size > 0
    _private_file(path)
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL is durable against a crashed process in WAL mode; the enqueue
        # raises it to FULL so a lead also survives a power cut.
        conn.execute("PRAGMA synchronous = NORMAL")
        # An erased lead's bytes are overwritten, not left in free pages.
        conn.execute("PRAGMA secure_delete = ON")
        _migrate(conn, path, existed)
    except BaseException:
        conn.close()
        raise
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists() and os.name == "posix":
            with contextlib.suppress(OSError):
                os.chmod(side, 0o600)
    return conn


def schema_version(conn: sqlite3.Connection) -> int:
    """The database's schema version (``PRAGMA user_version``)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def _migrate(conn: sqlite3.Connection, path: Path, existed: bool) -> None:
    version = schema_version(conn)
    if version > SCHEMA_VERSION:
        raise DatabaseTooNew(
            f"{path} was written by a newer Octanist Desktop (schema {version}); "
            "update the app to open it."
        )
    if version == SCHEMA_VERSION:
        return
    if existed:
        backup = path.with_name(f"{path.name}.bak-v{version}")
        _private_file(backup)
        with sqlite3.connect(backup) as copy:
            conn.backup(copy)
        copy.close()
    conn.execute("BEGIN IMMEDIATE")
    try:
        # Another thread or process may have migrated while we waited for the lock.
        version = schema_version(conn)
        for step in range(version, SCHEMA_VERSION):
            MIGRATIONS[step](conn)
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
