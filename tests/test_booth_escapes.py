"""Every way out of booth mode a visitor could try, while it is locked.

Each shortcut the window knows (every action's and every QShortcut's, read
from the live window, so a new one is covered the day it is added), every
Alt+letter, the F keys and the usual tab, window and undo keys are pressed
on the visitor's screen. None may open a menu or dialog, show History, the
staff form or the status bar, leave full screen, or bring back what an
earlier visitor typed. Only Esc (and the Staff button) ask for the PIN.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinHash
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.session import DesktopSession
from tests.event_session import CTRL, SessionFactory, focused, open_session, press, type_keys

__all__ = ["open_session"]  # the fixture, imported for pytest

PIN = "5813-stand"
ALT = Qt.KeyboardModifier.AltModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier
VCARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Someone Else\r\nEMAIL:else@example.com\r\nEND:VCARD\r\n"


@pytest.fixture
def locked(qtbot: QtBot, data_dir: Path, open_session: SessionFactory) -> DesktopSession:
    """A session in booth mode, with leads in its history and a card on the clipboard."""
    settings = EventSettings(booth_idle_seconds=600, booth_thank_you_seconds=600)
    settings.booth_pin = PinHash.create(PIN)
    settings.save(SettingsStore(data_dir))
    session = open_session()
    session.outbox.enqueue({"name": "Earlier Visitor", "email": "earlier@example.com"})
    QGuiApplication.clipboard().setText(VCARD)
    session.event_kit.booth_action.trigger()
    qtbot.waitUntil(session.window.isFullScreen)
    assert session.event_kit.booth.active
    return session


def window_keys(session: DesktopSession) -> set[tuple[Qt.Key, Qt.KeyboardModifier]]:
    """Every key combination bound to an action or shortcut anywhere in the window."""
    sequences: list[QKeySequence] = []
    for action in session.window.findChildren(QAction):
        sequences.extend(action.shortcuts())
    for shortcut in session.window.findChildren(QShortcut):
        sequences.append(shortcut.key())
    keys = set()
    for sequence in sequences:
        if sequence.isEmpty():
            continue
        combination = sequence[0]
        keys.add((combination.key(), combination.keyboardModifiers()))
    return keys


def everyday_keys() -> set[tuple[Qt.Key, Qt.KeyboardModifier]]:
    """What a curious visitor presses: Alt+letters (menus), F keys, tab and window keys, undo."""
    keys = {(Qt.Key(Qt.Key.Key_A.value + n), ALT) for n in range(26)}
    keys |= {(Qt.Key(Qt.Key.Key_F1.value + n), NONE) for n in range(12)}
    keys |= {
        (Qt.Key.Key_Tab, CTRL),
        (Qt.Key.Key_Backtab, CTRL | SHIFT),
        (Qt.Key.Key_PageDown, CTRL),
        (Qt.Key.Key_PageUp, CTRL),
        (Qt.Key.Key_W, CTRL),
        (Qt.Key.Key_Q, CTRL),
        (Qt.Key.Key_F4, ALT),
        (Qt.Key.Key_F10, SHIFT),
        (Qt.Key.Key_Menu, NONE),
        (Qt.Key.Key_Z, CTRL),
        (Qt.Key.Key_Y, CTRL),
        (Qt.Key.Key_Z, CTRL | SHIFT),
        (Qt.Key.Key_V, CTRL | SHIFT),
    }
    return keys


def assert_still_locked(session: DesktopSession, what: str) -> None:
    window = session.window
    booth = session.event_kit.booth
    assert booth.active, what
    assert booth.prompt is None, what
    assert window.isFullScreen(), what
    assert window.centralWidget() is booth.screen, what
    assert booth.screen.isVisible(), what
    assert not window.menuBar().isVisible(), what
    assert not window.tabs.isVisible(), what
    assert not window.statusBar().isVisible(), what
    others = [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not window]
    assert others == [], f"{what} opened {others}"
    staff_values = [v for v in window.form.values().values() if v not in ("", False)]
    assert staff_values == [], f"{what} reached the staff form"
    for key in booth.screen.field_keys():
        widget = booth.screen.field(key)
        shown = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
        assert "Earlier" not in shown, f"{what} showed an earlier visitor's details"
        assert "Someone Else" not in shown, f"{what} pasted someone's card"


def test_no_shortcut_menu_or_key_leads_out_of_booth_mode(
    qtbot: QtBot, locked: DesktopSession
) -> None:
    window = locked.window
    screen = locked.event_kit.booth.screen
    keys = window_keys(locked) | everyday_keys()
    keys.discard((Qt.Key.Key_Escape, NONE))  # the way to the PIN, tested below
    assert (Qt.Key.Key_2, CTRL) in keys  # History, as declared in ui/actions.py
    assert (Qt.Key.Key_Comma, CTRL) in keys  # Settings
    with (
        qtbot.assert_not_emitted(window.settingsRequested),
        qtbot.assert_not_emitted(window.sandboxRequested),
    ):
        for key, modifiers in sorted(keys, key=lambda k: (k[0].value, k[1].value)):
            screen.field("name").setFocus()
            press(qtbot, key, modifiers)
            qtbot.wait(10)
            name = QKeySequence(key.value | modifiers.value).toString()
            assert_still_locked(locked, name)
    assert not window.close()
    assert_still_locked(locked, "closing the window")


def test_undo_never_brings_back_the_last_visitor(qtbot: QtBot, locked: DesktopSession) -> None:
    screen = locked.event_kit.booth.screen
    type_keys(qtbot, "Ada Private")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "ada@private.example")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.is_thanking()
    screen.show_form()
    for key in screen.field_keys():
        screen.field(key).setFocus()
        for _ in range(3):
            press(qtbot, Qt.Key.Key_Z, CTRL)
        assert "Ada" not in screen.field("name").text()
        assert "ada@" not in screen.field("email").text()


def test_only_esc_or_the_staff_button_ask_for_the_pin(qtbot: QtBot, locked: DesktopSession) -> None:
    booth = locked.event_kit.booth
    press(qtbot, Qt.Key.Key_Escape)
    assert booth.prompt is not None
    qtbot.waitExposed(booth.prompt)
    booth.prompt.reject()
    qtbot.waitUntil(lambda: booth.prompt is None)
    assert focused() is booth.screen.field("name")
    qtbot.mouseClick(booth.screen.staff_button, Qt.MouseButton.LeftButton)
    assert booth.prompt is not None
    booth.prompt.reject()
    assert booth.active
