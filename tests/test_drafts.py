"""A half-typed lead survives a quit: kept as a private draft, restored, asked about."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from octanist_desktop.prefs.draft import DRAFT_FILE
from octanist_desktop.session import DesktopSession
from tests.event_session import SessionFactory, open_session, press, type_keys

__all__ = ["open_session"]  # the fixture, imported for pytest


def answer_question(button_text: str) -> None:
    """Click ``button_text`` in the question box as soon as it opens."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        for button in box.findChildren(QPushButton):
            if button.text().replace("&", "") == button_text:
                button.click()
                return
        raise AssertionError(f"no {button_text!r} in the question")

    QTimer.singleShot(0, click)


def draft_file(session: DesktopSession) -> Path:
    return session.data_dir / DRAFT_FILE


def test_the_lead_being_typed_is_kept_privately_and_comes_back(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    first = open_session()
    type_keys(qtbot, "Marieke de Vries")
    first.window.form.set_phone_region("BE")
    qtbot.waitUntil(lambda: draft_file(first).exists(), timeout=3000)  # after the typing pause
    if os.name == "posix":
        assert draft_file(first).stat().st_mode & 0o777 == 0o600
    assert first.shutdown()

    second = open_session()

    assert second.window.form.values()["name"] == "Marieke de Vries"
    assert second.window.form.phone_region() == "BE"
    assert second.window.receipt.isVisible()
    assert "is back" in second.window.receipt.text()


def test_saving_the_lead_deletes_its_draft(qtbot: QtBot, open_session: SessionFactory) -> None:
    session = open_session()
    type_keys(qtbot, "Jan")
    assert session.window.drafts is not None
    session.window.drafts.save_now()
    assert draft_file(session).exists()

    assert session.window.form.submit()

    assert not draft_file(session).exists()
    QApplication.processEvents()
    assert session.window.drafts is not None
    session.window.drafts.save_now()  # an empty form leaves no draft behind
    assert not draft_file(session).exists()


@pytest.mark.parametrize(
    ("answer", "closed", "kept"),
    [("Cancel", False, False), ("Discard", True, False), ("Save draft", True, True)],
)
def test_quitting_mid_lead_asks(
    qtbot: QtBot, open_session: SessionFactory, answer: str, closed: bool, kept: bool
) -> None:
    session = open_session()
    window = session.window
    type_keys(qtbot, "Half typed")

    answer_question(answer)
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)

    assert window.isVisible() is not closed
    assert draft_file(session).exists() is kept
    if not closed:
        assert window.form.values()["name"] == "Half typed"


def test_quitting_with_an_empty_form_asks_nothing(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    press(qtbot, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)  # a question would block
    assert not session.window.isVisible()


def test_a_window_closed_by_the_app_keeps_the_draft_without_asking(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    type_keys(qtbot, "Half typed")
    session.window.close()  # as the app does when it switches to the sandbox
    assert draft_file(session).exists()
