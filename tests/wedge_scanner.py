"""A simulated keyboard-wedge badge scanner: real key events, with real time between them.

A wedge scanner types like a US keyboard: Shift held for capitals and for
symbols such as ``:`` and ``@``, Enter for each line break and at the end.
With Caps Lock on, the letters it types come out in the other case (Shift
is still held for the capitals it meant).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

#: Gaps a scanner leaves between keys, and a quick typist's.
SCANNER_GAP_MS = 3
TYPIST_GAP_MS = 300
PAUSE_MS = 350

_SHIFTED_SYMBOLS = set('~!@#$%^&*()_+{}|:"<>?')
_PRESS = QTest.KeyAction.Press
_RELEASE = QTest.KeyAction.Release


def _key_for(char: str) -> tuple[Qt.Key, str, bool]:
    """The key code, the text it types and whether Shift is held, for one character."""
    if char == "\n":
        return Qt.Key.Key_Return, "\r", False
    if char == "\t":
        return Qt.Key.Key_Tab, "\t", False
    shift = char.isupper() or char in _SHIFTED_SYMBOLS
    code = ord(char.upper()) if char.isascii() else 0
    return Qt.Key(code), char, shift


def press_keys(text: str, *, gap_ms: int, caps_lock: bool = False) -> None:
    """Type ``text`` into whatever has focus, ``gap_ms`` between key presses."""
    for char in text:
        key, typed, shift = _key_for(char)
        if caps_lock and typed.lower() != typed.upper():
            typed = typed.swapcase()
        modifiers = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
        widget = QApplication.focusWidget()
        assert widget is not None, "nothing has the keyboard focus"
        QTest.sendKeyEvent(_PRESS, widget, key, typed, modifiers, gap_ms)
        QTest.sendKeyEvent(_RELEASE, widget, key, typed, modifiers, -1)


def scan(
    code: str, *, caps_lock: bool = False, enter: bool = True, gap_ms: int = SCANNER_GAP_MS
) -> None:
    """The scanner reads ``code`` (lines separated by newlines) and types it, then Enter.

    A moment passes first: nobody scans a badge within milliseconds of a keystroke.
    """
    QTest.qWait(PAUSE_MS)
    press_keys(code + ("\n" if enter else ""), gap_ms=gap_ms, caps_lock=caps_lock)


def type_slowly(text: str, gap_ms: int = TYPIST_GAP_MS) -> None:
    """A person types ``text`` at a brisk but human pace."""
    press_keys(text, gap_ms=gap_ms)
