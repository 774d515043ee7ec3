"""The SQLite file behind the outbox and the history.

Opening it creates the data dir (0700) and the file (0600: it holds personal
data), sets the pragmas every connection needs, upgrades the schema through
numbered migrations — after copying the file to ``leads.sqlite3.bak-v<old>`` —
and makes sure the search index exists.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from octanist_desktop.store.lifecycle import LeadStatus, StoreError
from octanist_desktop.store.save_errors import DatabaseGone

log = logging.getLogger(__name__)

DB_FILE = "leads.sqlite3"
BUSY_TIMEOUT_MS = 5000
#: While erasing we try to empty the WAL, but never keep the UI waiting long for it.
_CHECKPOINT_TIMEOUT_MS = 200


class DatabaseTooNew(StoreError):
    """The file was written by a newer Octanist Desktop; this one can't safely open it.

    ``found`` is the file's data format, ``known`` the newest this app reads,
    ``needs_app`` the app version the file asks for (None if it doesn't say).
    """

    def __init__(self, message: str, found: int, known: int, needs_app: str | None) -> None:
        super().__init__(message)
        self.found = found
        self.known = known
        self.needs_app = needs_app


class MigrationFailed(StoreError, sqlite3.OperationalError):
    """Upgrading the file failed; it was left as it was (and a copy sits beside it)."""


class LeadDatabase(sqlite3.Connection):
    """A connection that remembers which file it opened, to notice when that file goes.

    A file deleted (or replaced by another) while open stays writable through
    the open handle, and everything written after that is lost with it. So
    every write first checks that the path still names the very file opened
    (device and inode; Windows reports a file index there).
    """

    file_path: Path | None = None
    file_identity: tuple[int, int] | None = None

    def remember_file(self, path: Path) -> None:
        """Note which file ``path`` is now, to compare against before each write."""
        info = path.stat()
        self.file_path, self.file_identity = path, (info.st_dev, info.st_ino)

    def check_file(self) -> None:
        """Raise :class:`DatabaseGone` if the file was deleted or replaced since it was opened."""
        if self.file_path is None or self.file_identity is None:
            return
        try:
            info = self.file_path.stat()
        except FileNotFoundError:
            raise DatabaseGone(self.file_path) from None
        if (info.st_dev, info.st_ino) != self.file_identity:
            raise DatabaseGone(self.file_path)


# -- transactions -------------------------------------------------------------


@contextlib.contextmanager
def write_transaction(
    conn: sqlite3.Connection, *, fsync: bool = True
) -> Iterator[sqlite3.Connection]:
    """One committed write: ``BEGIN IMMEDIATE`` … ``COMMIT``, rolled back on any error.

    IMMEDIATE takes the write lock up front, so a read-then-update (a status
    check, then the move) can't interleave with the other thread's connection.

    ``fsync=False`` commits with synchronous=NORMAL: safe against a crashed
    process (the WAL is in the OS's hands), but a power cut may undo it until
    the next fsynced commit, which makes every earlier WAL frame durable too.
    Only for writes whose loss is harmless on its own (see the outbox).

    Raises :class:`DatabaseGone` before writing anything when the file was
    deleted or replaced since it was opened.
    """
    if isinstance(conn, LeadDatabase):
        conn.check_file()
    if not fsync:
        conn.execute("PRAGMA synchronous = NORMAL")
    try:
        conn.execute("BEGIN IMMEDIATE")
        try:
            yield conn
            conn.execute("COMMIT")
        except BaseException:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise
    finally:
        if not fsync:
            conn.execute("PRAGMA synchronous = FULL")


def _run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run SQL statements inside the caller's transaction.

    ``executescript`` would COMMIT first and split a migration in two.
    """
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            conn.execute(pending)
            pending = ""
    if pending.strip():
        raise ValueError(f"incomplete SQL statement: {pending.strip()[:60]}")


# -- derived values, the same in SQL and in Python --------------------------------

# A phone number compared for the duplicate hint: the same number typed with
# or without spaces, dashes, dots or brackets. Written once, used by the
# index (migration 2) and by the query, which must match it character for character.
PHONE_KEY_SQL = (
    "replace(replace(replace(replace(replace("
    "phone, ' ', ''), '-', ''), '.', ''), '(', ''), ')', '')"
)


def phone_key(phone: str) -> str:
    """What :data:`PHONE_KEY_SQL` makes of ``phone``, computed in Python."""
    key = phone.strip()
    for char in " -.()":
        key = key.replace(char, "")
    return key


# -- migrations -----------------------------------------------------------------


def _v1_leads(conn: sqlite3.Connection) -> None:
    """Schema 1: the leads table and what the sender needs to find due leads."""
    _run_script(
        conn,
        """
        CREATE TABLE leads (
            id INTEGER PRIMARY KEY AUTOINCREMENT,   -- ids are never reused, even after erase
            payload TEXT NOT NULL,                  -- the JSON body sent to Octanist
            status TEXT NOT NULL,                   -- a LeadStatus value
            created_at REAL NOT NULL,               -- Unix seconds, UTC
            updated_at REAL NOT NULL,
            delivered_at REAL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL,                   -- set while waiting
            octanist_id TEXT,                       -- data.id of the delivered lead
            request_id TEXT,                        -- meta.requestId of the last answer
            last_error TEXT,                        -- for people, not for code
            server_answer TEXT,                     -- the last answer's body, as received
            maybe_duplicate INTEGER NOT NULL DEFAULT 0,
            -- Copies of payload fields, for the history's search and display.
            name TEXT NOT NULL DEFAULT '',
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            note TEXT NOT NULL DEFAULT ''
        );
        CREATE INDEX leads_by_status ON leads(status);
        CREATE INDEX leads_waiting_by_time ON leads(next_attempt_at) WHERE status = 'waiting';
        """,
    )


def _v2_send_marker_and_lookups(conn: sqlite3.Connection) -> None:
    """Schema 2: know whether a request went out; fast duplicate hints and short searches."""
    _run_script(
        conn,
        f"""
        -- Set right before the request's bytes go out; NULL while merely claimed.
        ALTER TABLE leads ADD COLUMN send_started_at REAL;
        -- Schema 1 could not tell whether a lead caught mid-send had gone out,
        -- so crash recovery must assume it may have.
        UPDATE leads SET send_started_at = updated_at WHERE status = 'sending';
        CREATE INDEX leads_by_email ON leads(email COLLATE NOCASE) WHERE email != '';
        CREATE INDEX leads_by_phone ON leads({PHONE_KEY_SQL}) WHERE phone != '';
        -- History pages and searches shorter than a trigram walk this narrow
        -- copy newest-first instead of every full row.
        CREATE INDEX leads_contact ON leads(id, status, name, email, phone);
        """,
    )
    # The trigram index is derived data, so it is not strictly schema (see
    # _ensure_search_index); built here, inside the migration's transaction,
    # when this SQLite can.
    if trigram_supported():
        _run_script(conn, _SEARCH_INDEX_SQL)


def _v3_lead_capture(conn: sqlite3.Connection) -> None:
    """Schema 3: each lead's proof of consent and badge scan (see ``store.capture``)."""
    _run_script(
        conn,
        """
        -- Every consent wording ever shown, once, under its version id (a hash of
        -- its exact words). Never updated: old leads keep the words they were shown.
        CREATE TABLE consent_texts (
            version TEXT PRIMARY KEY,
            body TEXT NOT NULL,                     -- ConsentText as JSON
            first_shown_at REAL NOT NULL
        );
        -- One row per lead taken in the form; erased together with the lead.
        CREATE TABLE lead_capture (
            lead_id INTEGER PRIMARY KEY,            -- leads.id
            entered_by TEXT NOT NULL DEFAULT '',    -- visitor or staff
            device TEXT NOT NULL DEFAULT '',        -- this computer's name
            staff_member TEXT NOT NULL DEFAULT '',
            consent_version TEXT,                   -- consent_texts.version; NULL: none asked
            consent_ticked TEXT,                    -- JSON list: one boolean per sentence
            consent_at REAL,                        -- Unix seconds, UTC
            badge_id TEXT NOT NULL DEFAULT '',      -- attendee id from a scanned badge
            raw_scan TEXT NOT NULL DEFAULT ''       -- the badge code exactly as scanned
        );
        CREATE INDEX lead_capture_by_badge ON lead_capture(badge_id) WHERE badge_id != '';
        """,
    )


def _v4_outcomes_and_octanist_side(conn: sqlite3.Connection) -> None:
    """Schema 4: outcomes in their own outbox; what Octanist says about leads; sync marks."""
    _run_script(
        conn,
        """
        -- Qualified / won / lost, recorded by the salesperson: sent like leads
        -- (PATCH /api/leads), each after its lead and after earlier outcomes of it.
        CREATE TABLE outcomes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            lead_id INTEGER NOT NULL,               -- leads.id; erased with its lead
            stage TEXT NOT NULL,                    -- a core.deal.Stage value
            value TEXT,                             -- a decimal as text; NULL = none given
            currency TEXT NOT NULL DEFAULT '',      -- for display; Octanist takes a bare number
            note TEXT NOT NULL DEFAULT '',
            loss_reason TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,                   -- an OutcomeStatus value
            created_at REAL NOT NULL,
            updated_at REAL NOT NULL,
            delivered_at REAL,
            attempts INTEGER NOT NULL DEFAULT 0,
            next_attempt_at REAL,
            send_started_at REAL,                   -- as for leads: the request may have gone out
            matched_by TEXT,                        -- 'id', 'email' or 'phone', once tried
            request_id TEXT,
            last_error TEXT,
            server_answer TEXT,
            maybe_duplicate INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX outcomes_by_lead ON outcomes(lead_id, id);
        CREATE INDEX outcomes_pending ON outcomes(status, id)
            WHERE status IN ('queued', 'sending', 'waiting');

        -- What Octanist last said about a lead: this app's leads (joined on
        -- leads.octanist_id) and the account's recent ones, for the "already
        -- at Octanist" hint. Only what identifies a lead and its status.
        CREATE TABLE octanist_leads (
            id TEXT PRIMARY KEY,                    -- Octanist's lead id
            stage TEXT,
            value TEXT,
            loss_reason TEXT,
            conversion_name TEXT,
            campaign TEXT,
            ad_group TEXT,
            locked INTEGER NOT NULL DEFAULT 0,
            email_key TEXT NOT NULL DEFAULT '',     -- lower-cased email
            phone_key TEXT NOT NULL DEFAULT '',     -- database.phone_key(phone)
            created_at REAL,
            updated_at REAL,
            updated_at_text TEXT,                   -- the server's own spelling, for updated_after
            expires_at REAL,
            fetched_at REAL NOT NULL,
            changed_in INTEGER NOT NULL DEFAULT 0   -- the refresh that last saw it change
        );
        CREATE INDEX octanist_leads_by_email ON octanist_leads(email_key) WHERE email_key != '';
        CREATE INDEX octanist_leads_by_phone ON octanist_leads(phone_key) WHERE phone_key != '';

        -- Small facts about talking to Octanist that outlive a restart:
        -- the refresh's high-water mark, whether this server has outcomes, usage.
        CREATE TABLE sync_state (
            name TEXT PRIMARY KEY,
            value TEXT NOT NULL
        );

        -- A privacy erase takes the lead's outcomes and Octanist's copy of it along.
        CREATE TRIGGER leads_erase_their_outcomes AFTER DELETE ON leads BEGIN
            DELETE FROM outcomes WHERE lead_id = old.id;
            DELETE FROM octanist_leads WHERE id = old.octanist_id;
        END;
        """,
    )


def _v5_held_visitors(conn: sqlite3.Connection) -> None:
    """Schema 5: booth visitors' leads waiting for staff's answers (``store.held_visitors``)."""
    _run_script(
        conn,
        """
        CREATE TABLE held_visitors (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            payload TEXT NOT NULL,                  -- the lead as it will be sent, answers aside
            capture TEXT NOT NULL,                  -- its proof of consent and badge scan, JSON
            questions TEXT NOT NULL,                -- the staff-only questions to answer, JSON
            held_at REAL NOT NULL                   -- Unix seconds, UTC
        );
        """,
    )


#: MIGRATIONS[n] takes a file from schema n to n + 1. Never edit a released step; add one.
MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _v1_leads,
    _v2_send_marker_and_lookups,
    _v3_lead_capture,
    _v4_outcomes_and_octanist_side,
    _v5_held_visitors,
)
SCHEMA_VERSION = len(MIGRATIONS)

#: The first Octanist Desktop version that reads each data format. Written into
#: the file (``app_info``), so an older app can say which version it needs.
#: A new migration adds its line here (a test checks that every format has one).
FIRST_APP_FOR_FORMAT: dict[int, str] = {
    1: "0.1.0",
    2: "0.1.0",
    3: "0.1.0",
    4: "0.1.0",
    5: "0.1.0",
}
_NEEDS_APP_KEY = "needs_app_version"


def schema_version(conn: sqlite3.Connection) -> int:
    """The file's schema version (``PRAGMA user_version``; 0 for a new file)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def backup_path(path: Path, version: int) -> Path:
    """Where the copy of ``path`` made before upgrading it from ``version`` goes."""
    return path.with_name(f"{path.name}.bak-v{version}")


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    if schema_version(conn) == SCHEMA_VERSION:
        return
    # The write lock keeps a second connection (the other thread, a second
    # app instance) from migrating at the same time; it re-reads the version.
    with write_transaction(conn):
        version = schema_version(conn)
        if version > SCHEMA_VERSION:
            needs = _needed_app(conn)
            which = f" to {needs} or later" if needs else ""
            raise DatabaseTooNew(
                f"{path} was written by a newer Octanist Desktop (data format {version}; "
                f"this version knows up to {SCHEMA_VERSION}); update the app{which} to open it.",
                version,
                SCHEMA_VERSION,
                needs,
            )
        if version == SCHEMA_VERSION:
            return
        backup = None
        if _has_tables(conn):
            backup = backup_path(path, version)
            _copy_database(path, backup)
        try:
            for step in range(version, SCHEMA_VERSION):
                MIGRATIONS[step](conn)
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            kept = f" A copy from before the upgrade is at {backup}." if backup else ""
            raise MigrationFailed(
                f"Could not upgrade {path} from data format {version} to {SCHEMA_VERSION}: "
                f"{exc}. The file was left unchanged.{kept}"
            ) from exc
    if backup is None:
        log.info("created %s (schema %d)", path.name, SCHEMA_VERSION)
    else:
        log.info("upgraded %s from schema %d to %d", path.name, version, SCHEMA_VERSION)


def _needed_app(conn: sqlite3.Connection) -> str | None:
    """The app version a file says it needs, if it says (files from before 0.1.0 don't)."""
    try:
        row = conn.execute("SELECT value FROM app_info WHERE key = ?", (_NEEDS_APP_KEY,)).fetchone()
    except sqlite3.Error:
        return None
    return str(row[0]) if row and row[0] else None


def _note_needed_app(conn: sqlite3.Connection) -> None:
    """Write which app version this file's format needs, for an older app to read out.

    Outside the numbered migrations on purpose: it must be readable by every
    app version from this one on, whatever format the file is in.
    """
    needed = FIRST_APP_FOR_FORMAT[SCHEMA_VERSION]
    if _needed_app(conn) == needed:
        return
    with write_transaction(conn):
        conn.execute(
            "CREATE TABLE IF NOT EXISTS app_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
        )
        conn.execute(
            "INSERT OR REPLACE INTO app_info (key, value) VALUES (?, ?)", (_NEEDS_APP_KEY, needed)
        )


def set_aside_damaged(data_dir: Path) -> Path:
    """Rename a damaged database (and its ``-wal``/``-shm``) out of the way; the new name.

    ``leads.sqlite3.damaged-<date>-<time>``, never over an existing file: the
    damaged file is kept for recovery, and a fresh one can be made in its place.
    """
    path = data_dir / DB_FILE
    stamp = time.strftime("%Y%m%d-%H%M%S")
    suffixes = ("", "-wal", "-shm", "-journal")
    for attempt in range(1, 1000):
        name = f"{DB_FILE}.damaged-{stamp}" + ("" if attempt == 1 else f"-{attempt}")
        target = path.with_name(name)
        if not any(target.with_name(name + suffix).exists() for suffix in suffixes):
            break
    else:  # pragma: no cover - a thousand damaged files in one second
        raise FileExistsError(f"no free name to set {path} aside")
    for suffix in suffixes:
        source = path.with_name(DB_FILE + suffix)
        if source.exists():
            os.rename(source, target.with_name(target.name + suffix))
    log.warning("set the damaged %s aside as %s", path.name, target.name)
    return target


def _has_tables(conn: sqlite3.Connection) -> bool:
    (count,) = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return int(count) > 0


def _copy_database(path: Path, target: Path) -> None:
    """Copy the database (WAL content included) to ``target``, atomically, mode 0600.

    Read through a second connection: the caller's own holds the write lock,
    and SQLite's backup from a connection inside a write transaction never finishes.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    _create_private_file(partial)
    source = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        copy = sqlite3.connect(partial)
        try:
            source.backup(copy)
            # One self-contained file, readable without its -wal.
            copy.execute("PRAGMA journal_mode = DELETE")
        finally:
            copy.close()
    finally:
        source.close()
    os.replace(partial, target)


# -- the search index ---------------------------------------------------------------


@functools.cache
def trigram_supported() -> bool:
    """Whether this SQLite has FTS5 with the trigram tokenizer (SQLite 3.34+)."""
    probe = sqlite3.connect(":memory:")
    try:
        probe.execute("CREATE VIRTUAL TABLE probe USING fts5(x, tokenize='trigram')")
    except sqlite3.OperationalError:
        return False
    finally:
        probe.close()
    return True


_SEARCH_TRIGGERS = ("leads_search_insert", "leads_search_delete", "leads_search_update")

# An index over the leads' own columns (external content), kept in step by
# triggers, so any insert or delete — ours or a test's raw SQL — is searchable.
# trigram folds case (Unicode), and answers any substring of 3+ characters.
_SEARCH_INDEX_SQL = """
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
CREATE TRIGGER leads_search_update AFTER UPDATE OF name, email, phone, note ON leads BEGIN
    INSERT INTO leads_search(leads_search, rowid, name, email, phone, note)
    VALUES ('delete', old.id, old.name, old.email, old.phone, old.note);
    INSERT INTO leads_search(rowid, name, email, phone, note)
    VALUES (new.id, new.name, new.email, new.phone, new.note);
END;
INSERT INTO leads_search(leads_search) VALUES ('rebuild');
"""


def search_index_ready(conn: sqlite3.Connection) -> bool:
    """Whether the trigram index exists and is being kept up to date."""
    (found,) = conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND name IN (?, ?, ?)",
        _SEARCH_TRIGGERS,
    ).fetchone()
    return int(found) == len(_SEARCH_TRIGGERS) and trigram_supported()


def _ensure_search_index(conn: sqlite3.Connection) -> None:
    """Build the search index if missing; drop its triggers where SQLite can't run them.

    It is derived data, not schema: the same file may be opened by a Python
    whose SQLite lacks trigram (older than 3.34). There, the triggers would
    make every insert fail, so they go and search falls back to LIKE; a
    capable SQLite later rebuilds the index from the leads themselves.
    """
    if search_index_ready(conn):
        return
    with write_transaction(conn):
        if search_index_ready(conn):  # another connection got here first
            return
        for trigger in _SEARCH_TRIGGERS:
            conn.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        if not trigram_supported():
            log.warning(
                "SQLite %s has no trigram search; history search will be slower",
                sqlite3.sqlite_version,
            )
            return
        # A stale index from a spell under an older SQLite: rebuilt from the leads.
        conn.execute("DROP TABLE IF EXISTS leads_search")
        _run_script(conn, _SEARCH_INDEX_SQL)


def purge_erased_from_search(conn: sqlite3.Connection) -> None:
    """Merge the search index so an erased lead's text is gone from it, not just hidden.

    FTS5 (before 3.44's secure-delete) records deletions as tombstones next
    to the old entries; 'optimize' rewrites the index without them. Cost grows
    with the index: about 0.7 s at 100k leads with notes. Inside the caller's transaction.
    """
    if search_index_ready(conn):
        conn.execute("INSERT INTO leads_search(leads_search) VALUES ('optimize')")


def empty_wal(conn: sqlite3.Connection) -> bool:
    """Checkpoint and truncate the WAL so old page images leave it; True if it worked.

    Best effort: another connection in the middle of a read keeps it from
    completing, and we would rather not block the UI for that.
    """
    conn.execute(f"PRAGMA busy_timeout = {_CHECKPOINT_TIMEOUT_MS}")
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return not busy


# -- files and connections -------------------------------------------------------------


def _create_private_file(path: Path) -> None:
    """Make sure ``path`` exists and only this user can read it: it holds personal data."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        pass
    else:
        os.close(fd)
    _make_private(path)


def _make_private(path: Path) -> None:
    # Windows has no POSIX modes; the file lives in the user's own profile there.
    if os.name == "posix" and path.stat().st_mode & 0o777 != 0o600:
        os.chmod(path, 0o600)


def _create_data_dir(data_dir: Path) -> None:
    if data_dir.is_dir():
        return  # the user's (or an admin's) choice of mode stands
    try:
        data_dir.mkdir(parents=True, mode=0o700)
    except FileExistsError:
        return  # another thread made it a moment ago
    if os.name == "posix":
        os.chmod(data_dir, 0o700)  # mkdir's mode is filtered by the umask


def _switch_to_wal(conn: sqlite3.Connection) -> str:
    """Put the file in WAL mode and return the journal mode it ends up in.

    Switching needs an exclusive lock and SQLite answers "database is locked"
    at once, without the busy handler, when another connection (the sender
    thread opening the same new file at start-up) holds any lock. Retry for
    as long as the busy timeout would have waited.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            return str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.01)


def _set_pragmas(conn: sqlite3.Connection) -> None:
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    mode = _switch_to_wal(conn)
    if mode.lower() != "wal":
        # e.g. some network file systems: still safe, just more locking.
        log.warning("SQLite kept journal mode %r; WAL is not available here", mode)
    # FULL on every commit, not just the enqueue: the sender's "request
    # started" and "delivered" marks must survive a power cut too, or a
    # lead could be sent twice without the duplicate flag.
    conn.execute("PRAGMA synchronous = FULL")
    # Erased leads' bytes are overwritten, not left in free pages.
    conn.execute("PRAGMA secure_delete = ON")


def open_database(data_dir: Path) -> sqlite3.Connection:
    """Open the lead database in ``data_dir``, creating and upgrading it as needed.

    Returns a connection in autocommit mode (every write states its own
    transaction; see :func:`write_transaction`). Open one per thread: the
    connection refuses to be used from another thread.

    Raises :class:`DatabaseTooNew` or :class:`MigrationFailed` (both
    :class:`StoreError`), or ``sqlite3.Error``/``OSError`` when the file can't be read.
    """
    data_dir = Path(data_dir)
    _create_data_dir(data_dir)
    path = data_dir / DB_FILE
    _create_private_file(path)
    conn = sqlite3.connect(
        path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None, factory=LeadDatabase
    )
    try:
        conn.remember_file(path)
        _set_pragmas(conn)
        _migrate(conn, path)
        _note_needed_app(conn)
        _ensure_search_index(conn)
        for suffix in ("-wal", "-shm"):
            sidecar = path.with_name(path.name + suffix)
            with contextlib.suppress(FileNotFoundError):
                _make_private(sidecar)
    except BaseException:
        conn.close()
        raise
    return conn


def count_by_status(conn: sqlite3.Connection) -> dict[LeadStatus, int]:
    """How many leads are in each status; every status is present, zero or not."""
    counts = dict.fromkeys(LeadStatus, 0)
    for status, count in conn.execute("SELECT status, count(*) FROM leads GROUP BY status"):
        counts[LeadStatus(status)] = int(count)
    return counts
