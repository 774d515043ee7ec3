"""The lead database deleted or replaced under the running app: every later save is refused.

Before, SQLite kept writing into the unlinked file through its open handle:
"Lead 2 saved", "Lead 3 saved", and after quit nothing existed. Real files,
a real session offscreen, the real sandbox.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.store.database import DB_FILE, open_database
from octanist_desktop.store.lifecycle import StoreError
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.save_errors import DatabaseGone
from tests.event_session import SessionFactory, open_session

__all__ = ["open_session"]  # the fixture, imported for pytest


def delete_database(data_dir: Path) -> None:
    for path in data_dir.glob(f"{DB_FILE}*"):
        path.unlink()


def test_a_deleted_database_refuses_the_next_save_and_creates_nothing(data_dir: Path) -> None:
    outbox = Outbox(open_database(data_dir))
    assert outbox.enqueue({"name": "Before"}) == 1
    delete_database(data_dir)

    with pytest.raises(DatabaseGone) as refused:
        outbox.enqueue({"name": "After"})

    message = str(refused.value)
    assert "deleted or replaced" in message
    assert "start it again" in message
    assert isinstance(refused.value, StoreError)
    assert isinstance(refused.value, sqlite3.OperationalError)  # what the form caught before
    assert list(data_dir.iterdir()) == []
    outbox.close()


def test_a_database_replaced_by_another_file_refuses_writes(data_dir: Path) -> None:
    outbox = Outbox(open_database(data_dir))
    outbox.enqueue({"name": "Mine"})
    # A restore from a backup: another file moved in under the same name.
    backup = data_dir.parent / "backup.sqlite3"
    shutil.copyfile(data_dir / DB_FILE, backup)
    os.replace(backup, data_dir / DB_FILE)

    with pytest.raises(DatabaseGone):
        outbox.enqueue({"name": "Into the wrong file"})
    with pytest.raises(DatabaseGone):
        outbox.retry_all_waiting()  # every write, not only the enqueue
    outbox.close()


def test_the_form_keeps_the_lead_and_says_why_when_the_database_is_gone(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer, data_dir: Path
) -> None:
    session = open_session()
    form = session.window.form
    form.set_values({"name": "Saved first"})
    assert form.submit()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)

    delete_database(data_dir)
    form.set_values({"name": "Typed after the delete", "email": "late@example.com"})
    assert form.submit() is False

    name = form.input_widget("name")
    assert isinstance(name, QLineEdit)
    assert name.text() == "Typed after the delete"
    banner = form.findChild(QLabel, "formMessage")
    assert banner is not None
    assert banner.isVisible()
    assert "deleted or replaced" in banner.text()
    assert "Lead 2 saved" not in session.window.statusBar().currentMessage()
    assert not (data_dir / DB_FILE).exists()
    assert len(sandbox.leads) == 1
