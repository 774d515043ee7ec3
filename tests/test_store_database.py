"""Opening the lead database: private files, WAL, the schema version and migrations."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading
from pathlib import Path

import pytest

from octanist_desktop.store import database
from octanist_desktop.store.database import (
    BUSY_TIMEOUT_MS,
    DB_FILE,
    SCHEMA_VERSION,
    DatabaseTooNew,
    MigrationFailed,
    backup_path,
    open_database,
    schema_version,
    search_index_ready,
)
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lifecycle import LeadStatus, StoreError
from octanist_desktop.store.outbox import Outbox

posix_only = pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")


def mode(path: Path) -> int:
    """The permission bits of a file or folder."""
    return stat.S_IMODE(path.stat().st_mode)


def tables(conn: sqlite3.Connection) -> set[str]:
    """Names of the ordinary tables in a database."""
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def make_v0_file(path: Path) -> None:
    """A database from before the first schema: some unrelated content, user_version 0."""
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
    conn.executemany("INSERT INTO notes (body) VALUES (?)", [("first",), ("tweede ünïcode",)])
    conn.commit()
    assert schema_version(conn) == 0
    conn.close()


@posix_only
def test_new_store_is_private(data_dir: Path) -> None:
    fresh = data_dir / "nested" / "octanist"
    conn = open_database(fresh)
    try:
        Outbox(conn).enqueue({"name": "Ada"})
        db = fresh / DB_FILE
        assert mode(fresh) == 0o700
        assert mode(db) == 0o600
        for suffix in ("-wal", "-shm"):
            side = db.with_name(DB_FILE + suffix)
            assert side.exists(), f"WAL mode keeps {side.name} while open"
            assert mode(side) == 0o600
    finally:
        conn.close()


@posix_only
def test_a_loose_existing_file_is_tightened(data_dir: Path) -> None:
    db = data_dir / DB_FILE
    db.touch()
    os.chmod(db, 0o644)
    conn = open_database(data_dir)
    conn.close()
    assert mode(db) == 0o600


def test_pragmas(data_dir: Path) -> None:
    conn = open_database(data_dir)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS > 0
        assert conn.execute("PRAGMA secure_delete").fetchone()[0] == 1
        # FULL on every commit: the sender's marks must survive a power cut too.
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert schema_version(conn) == SCHEMA_VERSION
        assert {"leads", "leads_search"} <= tables(conn)
        # Autocommit: no transaction is left open behind the caller's back.
        assert not conn.in_transaction
    finally:
        conn.close()


def test_opening_twice_is_idempotent(data_dir: Path) -> None:
    first = open_database(data_dir)
    lead_id = Outbox(first).enqueue({"name": "Grace", "email": "grace@example.com"})
    schema = sorted(first.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    first.close()

    second = open_database(data_dir)
    try:
        assert schema_version(second) == SCHEMA_VERSION
        assert sorted(second.execute("SELECT type, name, sql FROM sqlite_master")) == schema
        lead = History(second).get(lead_id)
        assert lead is not None
        assert lead.email == "grace@example.com"
        # Search still finds it: the FTS index came along, not rebuilt empty.
        assert History(second).ids(HistoryQuery(search="grace")) == [lead_id]
    finally:
        second.close()
    assert not list(data_dir.glob("*.bak-*")), "an up-to-date file needs no backup"


def test_two_connections_at_once(data_dir: Path) -> None:
    # The GUI and the sender each hold a connection to the same file.
    gui = open_database(data_dir)
    sender = open_database(data_dir)
    try:
        lead_id = Outbox(gui).enqueue({"name": "Both"})
        assert Outbox(sender).get(lead_id) is not None
    finally:
        gui.close()
        sender.close()


def test_empty_file_is_a_new_store_without_backup(data_dir: Path) -> None:
    (data_dir / DB_FILE).touch()
    conn = open_database(data_dir)
    try:
        assert schema_version(conn) == SCHEMA_VERSION
    finally:
        conn.close()
    assert not list(data_dir.glob("*.bak-*"))


def test_an_older_file_is_backed_up_then_migrated(data_dir: Path) -> None:
    db = data_dir / DB_FILE
    make_v0_file(db)

    conn = open_database(data_dir)
    try:
        assert schema_version(conn) == SCHEMA_VERSION
        assert {"leads", "leads_search", "notes"} <= tables(conn)
        assert conn.execute("SELECT count(*) FROM notes").fetchone()[0] == 2
        lead_id = Outbox(conn).enqueue({"name": "After migration"})
        assert History(conn).ids(HistoryQuery(search="migration")) == [lead_id]
    finally:
        conn.close()

    backup = data_dir / f"{DB_FILE}.bak-v0"
    assert backup.exists()
    if os.name == "posix":
        assert mode(backup) == 0o600
    copy = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert schema_version(copy) == 0
        assert tables(copy) == {"notes"}, "the backup is the file as it was, before migrating"
        bodies = [r[0] for r in copy.execute("SELECT body FROM notes ORDER BY id")]
        assert bodies == ["first", "tweede ünïcode"]
    finally:
        copy.close()


def test_a_failed_migration_leaves_the_file_as_it_was(data_dir: Path) -> None:
    db = data_dir / DB_FILE
    make_v0_file(db)
    # A clash the v1 migration can't get past, half-way through its script.
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE leads_search (x)")
    conn.commit()
    conn.close()

    with pytest.raises(MigrationFailed) as caught:
        open_database(data_dir)
    assert f"{DB_FILE}.bak-v0" in str(caught.value), "the message says where the copy is"

    conn = sqlite3.connect(db)
    try:
        assert schema_version(conn) == 0
        assert tables(conn) == {"notes", "leads_search"}, "the migration rolled back as one"
    finally:
        conn.close()
    assert (data_dir / f"{DB_FILE}.bak-v0").exists()


def test_a_newer_file_is_refused_with_a_way_out(data_dir: Path) -> None:
    db = data_dir / DB_FILE
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()

    with pytest.raises(DatabaseTooNew) as caught:
        open_database(data_dir)
    message = str(caught.value)
    assert "newer" in message
    assert "update the app" in message

    conn = sqlite3.connect(db)
    try:
        assert schema_version(conn) == SCHEMA_VERSION + 1, "the newer file is left alone"
        assert tables(conn) == {"future"}
    finally:
        conn.close()
    assert not list(data_dir.glob("*.bak-*"))


# -- schema 1 files, failures, the search index and file modes ---------------------------

# Schema 1 as released, written out by hand: the migration must keep working
# against exactly this, whatever later code does.
V1_SCHEMA = """
CREATE TABLE leads (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    payload TEXT NOT NULL,
    status TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    delivered_at REAL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at REAL,
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
CREATE INDEX leads_by_status ON leads(status);
CREATE INDEX leads_waiting_by_time ON leads(next_attempt_at) WHERE status = 'waiting';
PRAGMA user_version = 1;
"""


def make_v1_file(path: Path) -> None:
    """A schema-1 store in WAL mode: one lead delivered, one caught mid-send."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.executescript(V1_SCHEMA)
    rows = [
        ('{"name":"Ada","email":"ada@example.com"}', "delivered", "Ada", "ada@example.com", ""),
        ('{"name":"Zoë","phone":"+31 6 1234 5678"}', "sending", "Zoë", "", "+31 6 1234 5678"),
    ]
    conn.executemany(
        "INSERT INTO leads (payload, status, created_at, updated_at, name, email, phone)"
        " VALUES (?, ?, 1.0, 2.0, ?, ?, ?)",
        rows,
    )
    conn.commit()
    conn.close()


def test_a_schema_1_file_is_backed_up_and_upgraded(data_dir: Path) -> None:
    db = data_dir / DB_FILE
    make_v1_file(db)
    conn = open_database(data_dir)
    try:
        assert schema_version(conn) == SCHEMA_VERSION == 5
        history = History(conn)
        assert [lead.name for lead in history.page(HistoryQuery(search="zoë"), 0, 10)] == ["Zoë"]
        assert [m.name for m in history.find_matches("ADA@example.com", None)] == ["Ada"]
        assert [m.name for m in history.find_matches(None, "+31612345678")] == ["Zoë"]
        # Schema 1 could not tell whether Zoë's request had gone out: assume it may have.
        outbox = Outbox(conn)
        (zoe,) = outbox.recover_interrupted()
        lead = history.get(zoe)
        assert lead is not None
        assert lead.status is LeadStatus.QUEUED
        assert lead.maybe_duplicate
    finally:
        conn.close()

    copy = sqlite3.connect(f"file:{backup_path(db, 1)}?mode=ro", uri=True)
    try:
        assert schema_version(copy) == 1
        assert copy.execute("SELECT name, status FROM leads ORDER BY id").fetchall() == [
            ("Ada", "delivered"),
            ("Zoë", "sending"),
        ]
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete", "one whole file"
    finally:
        copy.close()


def test_a_failed_migration_says_where_the_copy_is(data_dir: Path) -> None:
    db = data_dir / DB_FILE
    make_v1_file(db)
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE leads_search (x)")  # in the way of schema 2's index
    conn.commit()
    conn.close()
    with pytest.raises(MigrationFailed) as caught:
        open_database(data_dir)
    assert isinstance(caught.value, StoreError)
    assert str(backup_path(db, 1)) in str(caught.value)
    assert "left unchanged" in str(caught.value)


@posix_only
def test_an_existing_data_dir_keeps_its_mode(data_dir: Path) -> None:
    # The user's choice stands: only a folder we create is made 0700.
    os.chmod(data_dir, 0o750)  # noqa: S103
    open_database(data_dir).close()
    assert mode(data_dir) == 0o750


@posix_only
def test_loose_wal_files_are_tightened_on_open(data_dir: Path) -> None:
    first = open_database(data_dir)
    try:
        Outbox(first).enqueue({"name": "Ada"})
        wal = data_dir / f"{DB_FILE}-wal"
        os.chmod(wal, 0o644)
        open_database(data_dir).close()
        assert mode(wal) == 0o600
    finally:
        first.close()


def test_two_threads_open_a_new_store_at_once(data_dir: Path) -> None:
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def open_and_enqueue(n: int) -> None:
        try:
            start.wait()
            conn = open_database(data_dir)
            try:
                Outbox(conn).enqueue({"name": f"Thread {n}"})
            finally:
                conn.close()
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)

    threads = [threading.Thread(target=open_and_enqueue, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors
    conn = open_database(data_dir)
    try:
        assert History(conn).count(HistoryQuery(search="thread")) == 4
    finally:
        conn.close()
    assert not list(data_dir.glob("*.bak-*")), "a new, empty file needs no backup"


def test_without_trigram_search_falls_back_and_the_index_is_built_later(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # An older SQLite (before 3.34) has no trigram tokenizer.
    monkeypatch.setattr(database, "trigram_supported", lambda: False)
    conn = open_database(data_dir)
    try:
        assert "leads_search" not in tables(conn)
        ada = Outbox(conn).enqueue({"name": "Ada", "note": "met at the Lisbon expo"})
        assert History(conn).ids(HistoryQuery(search="LISBON")) == [ada]
        assert History(conn).ids(HistoryQuery(search="ad")) == [ada]
    finally:
        conn.close()

    monkeypatch.undo()
    conn = open_database(data_dir)
    try:
        assert search_index_ready(conn)
        assert History(conn).ids(HistoryQuery(search="lisbon")) == [ada], "built from the leads"
    finally:
        conn.close()

    # The same file back under the older SQLite: its triggers would break
    # every insert there, so they go; a capable SQLite rebuilds the index.
    monkeypatch.setattr(database, "trigram_supported", lambda: False)
    conn = open_database(data_dir)
    try:
        assert not search_index_ready(conn)
        grace = Outbox(conn).enqueue({"name": "Grace", "note": "Lisbon as well"})
        assert History(conn).ids(HistoryQuery(search="lisbon")) == [grace, ada]
    finally:
        conn.close()
    monkeypatch.undo()
    conn = open_database(data_dir)
    try:
        assert search_index_ready(conn)
        assert History(conn).ids(HistoryQuery(search="lisbon")) == [grace, ada]
        History(conn).erase(ada)
        assert History(conn).ids(HistoryQuery(search="lisbon")) == [grace]
    finally:
        conn.close()


def test_every_data_format_names_the_first_app_that_reads_it(data_dir: Path) -> None:
    from octanist_desktop.store.database import FIRST_APP_FOR_FORMAT

    assert set(FIRST_APP_FOR_FORMAT) == set(range(1, SCHEMA_VERSION + 1))
    conn = open_database(data_dir)
    try:
        (needed,) = conn.execute(
            "SELECT value FROM app_info WHERE key = 'needs_app_version'"
        ).fetchone()
    finally:
        conn.close()
    assert needed == FIRST_APP_FOR_FORMAT[SCHEMA_VERSION]
