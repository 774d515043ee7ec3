"""ui/actions.py: every action declared once, and booth mode locks exactly the declared ones."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAction, QKeySequence
from pytestqt.qtbot import QtBot

from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui import actions
from octanist_desktop.ui.actions import ActionSpec, key_sequences
from octanist_desktop.ui.main_window import MainWindow

SPECS = [value for value in vars(actions).values() if isinstance(value, ActionSpec)]


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    conn: sqlite3.Connection = open_database(data_dir)
    window = MainWindow(outbox=Outbox(conn), history=History(conn))  # no data_dir: no import
    qtbot.addWidget(window)
    _ = window.history_view  # built, so its actions exist too
    yield window
    window.detach_from_store()
    conn.close()


def test_every_action_has_its_own_name_and_shortcuts_do_not_collide(qapp: object) -> None:
    # (Standard keys are looked up in the platform theme: a QApplication must exist.)
    names = [spec.name for spec in SPECS]
    assert len(names) == len(set(names))
    taken: dict[str, str] = {}
    for spec in SPECS:
        for sequence in key_sequences(spec):
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if not text:
                continue  # a standard key the platform binds to nothing (offscreen: Quit)
            assert text not in taken, f"{spec.name} and {taken.get(text)} both use {text}"
            taken[text] = spec.name


def test_booth_lock_turns_off_exactly_the_declared_actions_and_restores_them(
    window: MainWindow,
) -> None:
    by_name = {action.objectName(): action for action in window.findChildren(QAction)}
    declared = {spec.name: spec for spec in SPECS if spec.name in by_name}
    # The window and its History tab make most of them; the Event menu comes with the app.
    assert {"settingsAction", "quitAction", "retryAction", "pasteVCardAction"} <= set(declared)
    before = {name: by_name[name].isEnabled() for name in declared}
    assert before["importCsvAction"] is False  # no database to import into

    window.set_locked_for_visitors(True)
    for name, spec in declared.items():
        expected = False if spec.booth_locked else before[name]
        assert by_name[name].isEnabled() is expected, name

    window.set_locked_for_visitors(False)
    # Unlocking gives back each action's own state: Import stays off without a database.
    assert {name: by_name[name].isEnabled() for name in declared} == before
