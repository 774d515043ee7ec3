"""Start-up on a folder or database the app can't use: a dialog, never a traceback.

Each case starts the real app, offscreen, in its own process; the dialog's
test hook prints what it shows and presses a button. Before, each of these
ended in a traceback on stderr and no window.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from octanist_desktop import __version__
from octanist_desktop.store.database import DB_FILE, SCHEMA_VERSION, open_database
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.startup_problem import ANSWER_ENV
from tests.app_process import AppProcess, wait_for

NOWHERE = "http://127.0.0.1:9/api"  # nothing is sent in these tests


@pytest.fixture
def apps() -> Iterator[list[AppProcess]]:
    started: list[AppProcess] = []
    yield started
    for app in started:
        app.kill()


def start(apps: list[AppProcess], data_dir: Path, logs: Path, answer: str) -> AppProcess:
    app = AppProcess(data_dir, NOWHERE, logs, OCTANIST_API_KEY="k" * 20, **{ANSWER_ENV: answer})
    apps.append(app)
    return app


def assert_quit_with_dialog(app: AppProcess, *words: str) -> None:
    assert app.wait(timeout=60) == 2, app.stderr
    assert "Traceback" not in app.stderr, app.stderr
    shown = app.stdout
    assert shown.startswith("dialog: "), shown
    for word in words:
        assert word in shown, shown


def real_database(data_dir: Path, leads: int) -> bytes:
    conn = open_database(data_dir)
    Outbox(conn).enqueue_many([{"name": f"Lead {n}", "note": "x" * 300} for n in range(leads)])
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    return (data_dir / DB_FILE).read_bytes()


# -- a damaged database ------------------------------------------------------------------


@pytest.mark.parametrize("damage", ["not a database", "truncated"])
def test_a_damaged_database_is_a_dialog_and_quitting_leaves_it_untouched(
    apps: list[AppProcess], data_dir: Path, tmp_path: Path, damage: str
) -> None:
    db = data_dir / DB_FILE
    if damage == "truncated":
        whole = real_database(data_dir, 1500)
        db.write_bytes(whole[: len(whole) // 2])
    else:
        db.write_bytes(b"These are my notes, not a database.\n" * 200)
    before = db.read_bytes()

    app = start(apps, data_dir, tmp_path / "logs", "quit")

    assert_quit_with_dialog(app, "The lead database is damaged", str(data_dir))
    assert db.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir() if "lock" not in p.name) == [DB_FILE]


def test_a_damaged_database_can_be_set_aside_for_a_fresh_one(
    apps: list[AppProcess], data_dir: Path, tmp_path: Path
) -> None:
    damaged = b"SQLite format 3\x00" + b"\xff" * 5000
    (data_dir / DB_FILE).write_bytes(damaged)

    app = start(apps, data_dir, tmp_path / "logs", "fresh")

    wait_for(lambda: any(data_dir.glob(f"{DB_FILE}.damaged-*")), what="the damaged file set aside")
    aside = next(data_dir.glob(f"{DB_FILE}.damaged-*"))
    assert aside.read_bytes() == damaged  # kept as it was, for recovery
    wait_for(lambda: "set the damaged" in app.stderr, what="the log line")
    assert app.running(), app.stderr  # it went on to start, with a fresh database
    assert "Traceback" not in app.stderr
    assert "The lead database is damaged" in app.stdout
    wait_for(lambda: leads_in(data_dir / DB_FILE) == 0, what="the fresh, empty database")


def leads_in(path: Path) -> int | None:
    """How many leads the database at ``path`` holds; None while it has no leads table."""
    if not path.exists():
        return None
    conn = sqlite3.connect(path)
    try:
        return int(conn.execute("SELECT count(*) FROM leads").fetchone()[0])
    except sqlite3.Error:
        return None
    finally:
        conn.close()


# -- a database from a newer app ---------------------------------------------------------------


def test_a_database_from_a_newer_app_says_which_version_it_needs(
    apps: list[AppProcess], data_dir: Path, tmp_path: Path
) -> None:
    real_database(data_dir, 3)
    conn = sqlite3.connect(data_dir / DB_FILE)
    conn.execute("UPDATE app_info SET value = '9.4.0' WHERE key = 'needs_app_version'")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    before = (data_dir / DB_FILE).read_bytes()

    app = start(apps, data_dir, tmp_path / "logs", "quit")

    assert_quit_with_dialog(
        app,
        "saved by a newer Octanist Desktop",
        "Install Octanist Desktop 9.4.0 or later",
        f"this is version {__version__}",
    )
    assert (data_dir / DB_FILE).read_bytes() == before


# -- a data folder the app can't use ---------------------------------------------------------


def test_a_data_folder_that_is_a_file_is_a_dialog(apps: list[AppProcess], tmp_path: Path) -> None:
    not_a_folder = tmp_path / "leads-folder"
    not_a_folder.write_text("a file where the folder should be")

    app = start(apps, not_a_folder, tmp_path / "logs", "quit")

    assert_quit_with_dialog(app, "can't use its data folder", str(not_a_folder))


def test_a_read_only_data_folder_is_a_dialog(
    apps: list[AppProcess], data_dir: Path, tmp_path: Path
) -> None:
    if os.geteuid() == 0:
        # root writes through any mode bits; an immutable folder stops even root.
        real_database(data_dir, 1)
        made = subprocess.run(["chattr", "+i", str(data_dir)], capture_output=True, check=False)
        if made.returncode != 0:
            pytest.skip(f"can't make a read-only folder as root here: {made.stderr!r}")
        undo = ["chattr", "-i", str(data_dir)]
        folder = data_dir
    else:
        # The app may chmod its own folder, so the read-only one is the parent.
        read_only = tmp_path / "read-only"
        read_only.mkdir(mode=0o500)
        undo = ["chmod", "700", str(read_only)]
        folder = read_only / "data"
    try:
        app = start(apps, folder, tmp_path / "logs", "quit")
        assert_quit_with_dialog(app, "can't use its data folder", str(folder))
    finally:
        subprocess.run(undo, check=True)
