"""Help ▸ Keyboard shortcuts: F1 shows every key the app answers to."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from octanist_desktop.ui.mnemonics import mnemonic_clashes
from octanist_desktop.ui.shortcut_sheet import ShortcutSheet
from tests.event_session import SessionFactory, focused, open_session, press

__all__ = ["open_session"]  # the fixture, imported for pytest


def test_f1_opens_the_shortcut_sheet_and_help_is_the_last_menu(
    qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    assert focused() is window.form.input_widget("name")

    press(qtbot, Qt.Key.Key_F1)

    sheet = window.findChild(ShortcutSheet)
    assert sheet is not None
    qtbot.waitExposed(sheet)
    texts = [label.text() for label in sheet.findChildren(QLabel)]
    for expected in ("Ctrl+Return, Ctrl+Enter", "Ctrl+P", "F5", "Ctrl+1", "Ctrl+Shift+B"):
        assert expected in texts
    assert "Save the lead and start the next one" in texts
    menus = [action.text() for action in window.menuBar().actions()]
    assert menus[-1] == "&Help"
    assert "Even&t" in menus
    sheet.close()
    QApplication.processEvents()
    assert mnemonic_clashes(window) == {}


def test_the_sheet_has_no_cut_off_or_developer_words(qtbot: QtBot) -> None:
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    words = " ".join(label.text() for label in sheet.findChildren(QLabel))
    for developer in ("JSON key", "E.164", "payload", "QAction"):
        assert developer not in words
