"""Catching a keyboard-wedge badge scanner's typing in any field of a window.

``WedgeBurstFilter`` watches the key presses that reach the focused widget
inside its ``scope``, in runs of keys that follow each other within the
scanner gap. In a text field the characters land as usual (a person may
be typing, however fast); only an Enter that ends a long enough fast run
is held back, so it can't move the cursor on or start a new line. On a
button, checkbox or list every fast key after the first is held back,
because there a key acts at once. When the run ends (a silence longer
than the gap):

* a scan (``core.wedge_burst.read_burst``): the field that got the run's
  first key is put back exactly as it was, the cursor returns to it, and
  ``scanned`` carries the code;
* anything else (a fast typist, a held-down key): the held keys are
  delivered after all, in order, to whatever has the focus.

So a scan is taken out of the field it landed in, never ticks a box or
presses a button, and typing is never lost or reordered.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from octanist_desktop.core.wedge_burst import (
    ENTER,
    Keystroke,
    WedgeRules,
    is_fast,
    read_burst,
)

_ENTER_KEYS = frozenset({Qt.Key.Key_Return, Qt.Key.Key_Enter})
_CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@dataclass(frozen=True, slots=True)
class _HeldKey:
    """A key press kept back from a widget, enough to deliver it later."""

    key: int
    modifiers: Qt.KeyboardModifier
    text: str


class _FieldState:
    """What a field held before a run's first key reached it, so it can be put back."""

    def __init__(self, widget: QWidget) -> None:
        self.widget = widget
        self._text: str | None = None
        self._cursor = 0
        self._index: int | None = None
        self._checked: bool | None = None
        if isinstance(widget, QLineEdit):
            self._text, self._cursor = widget.text(), widget.cursorPosition()
        elif isinstance(widget, QPlainTextEdit):
            self._text = widget.toPlainText()
            self._cursor = widget.textCursor().position()
        elif isinstance(widget, QComboBox):
            self._index = widget.currentIndex()
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            self._checked = widget.isChecked()

    def restore(self) -> None:
        """Undo the run's first key."""
        widget = self.widget
        if isinstance(widget, QLineEdit) and self._text is not None:
            if widget.text() != self._text:
                widget.setText(self._text)
                widget.setCursorPosition(self._cursor)
        elif isinstance(widget, QPlainTextEdit) and self._text is not None:
            if widget.toPlainText() != self._text:
                widget.setPlainText(self._text)
                cursor = widget.textCursor()
                cursor.setPosition(min(self._cursor, len(self._text)))
                widget.setTextCursor(cursor)
        elif isinstance(widget, QComboBox) and self._index is not None:
            widget.setCurrentIndex(self._index)
        elif isinstance(widget, QAbstractButton) and self._checked is not None:
            widget.setChecked(self._checked)


class WedgeBurstFilter(QObject):
    """Turns a badge scanner's keystroke bursts inside ``scope`` into ``scanned`` signals.

    Watches the widget that has the focus while it is inside ``scope`` (key
    presses are sent to it; the watch moves along with the focus), ahead of
    that widget's own filters; ``set_enabled(False)`` lets every key through
    untouched.
    Widgets added with ``add_scan_target`` are fields meant for scanning:
    there a burst needs no Enter at the end (for scanners set to send none).
    ``clock`` gives the time of each key press (seconds; tests may swap it).

    Signals:
        scanned(object): a ``core.wedge_burst.Burst`` — the code, Caps Lock already undone.
    """

    scanned = Signal(object)

    def __init__(
        self,
        scope: QWidget,
        rules: WedgeRules | None = None,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(scope)
        self._scope = scope
        self._rules = rules or WedgeRules()
        self._clock = clock
        self._enabled = True
        self._scan_targets: list[QWidget] = []
        self._run: list[Keystroke] = []
        self._held: list[_HeldKey] = []
        self._field: _FieldState | None = None
        self._delivering = False
        self._watched: QWidget | None = None
        self._end_timer = QTimer(self)
        self._end_timer.setSingleShot(True)
        self._end_timer.timeout.connect(self.finish_run)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            # Only the widget with the focus, and only inside scope: key presses
            # are sent to it. On the application, every event of every object
            # would pass through Python, and the first one would make PySide
            # build all its lazily loaded types (~6 MiB, ~20 ms).
            app.focusChanged.connect(self._on_app_focusChanged)
            self._follow(QApplication.focusWidget())

    def _on_app_focusChanged(self, _old: QWidget | None, now: QWidget | None) -> None:
        self._follow(now)

    def _follow(self, widget: QWidget | None) -> None:
        if self._watched is not None and shiboken6.isValid(self._watched):
            self._watched.removeEventFilter(self)
        self._watched = None
        if widget is not None and (widget is self._scope or self._scope.isAncestorOf(widget)):
            # Qt drops the filter by itself when this object (a child of scope) goes.
            widget.installEventFilter(self)
            self._watched = widget

    # -- settings ---------------------------------------------------------------------

    def rules(self) -> WedgeRules:
        """The timing, prefix and suffix in use."""
        return self._rules

    def set_rules(self, rules: WedgeRules) -> None:
        """Use new scanner settings from the next key on."""
        self.finish_run()
        self._rules = rules

    def set_enabled(self, enabled: bool) -> None:
        """Watch for scans (True) or let every key through as it is (False)."""
        if not enabled:
            self.finish_run()
        self._enabled = enabled

    def is_enabled(self) -> bool:
        """Whether bursts are being watched for."""
        return self._enabled

    def add_scan_target(self, widget: QWidget) -> None:
        """A field meant for scanning: a burst there counts even without Enter."""
        self._scan_targets.append(widget)
        widget.destroyed.connect(lambda: self._forget_target(widget))

    # -- watching -----------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Hold back the keys of a burst; see the module notes."""
        if self._delivering or not self._enabled or not isinstance(event, QKeyEvent):
            return False
        if event.type() == QEvent.Type.ShortcutOverride:
            # Shortcuts are matched before their KeyPress arrives: Ctrl+Enter must
            # see every key typed before it (held ones included) already in place.
            if self._run and _is_shortcut(event.modifiers()):
                self.finish_run()
            return False
        if event.type() != QEvent.Type.KeyPress:
            return False
        if not isinstance(watched, QWidget) or watched is not QApplication.focusWidget():
            # The same press travels on to the parents when ignored; judge it once.
            return False
        if not (watched is self._scope or self._scope.isAncestorOf(watched)):
            return False
        text = _typed_text(event)
        if text is None:
            if event.key() not in _MODIFIER_KEYS:
                # A shortcut, an arrow, a held-down key: a person, and the end of any run.
                self.finish_run()
            return False
        stroke = Keystroke(
            text, self._clock(), bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        )
        if self._run and (
            not is_fast(self._run[-1], stroke, self._rules)
            or self._field is None
            or self._field.widget is not watched
        ):
            self.finish_run()
        self._end_timer.start(self._rules.gap_ms)
        self._run.append(stroke)
        if len(self._run) == 1:
            self._field = _FieldState(watched)
            return False
        if not _is_text_input(watched):
            # A key on a button, box or list acts at once (Space presses, letters
            # choose): hold every fast one back until the run is judged.
            return self._hold(event)
        if stroke.is_enter and _typed_chars(self._run) >= self._rules.min_chars:
            # Enter would move on, press a default button or start a new line.
            return self._hold(event)
        # Typing lands as usual (a scan is taken out again when it ends).
        return False

    def _hold(self, event: QKeyEvent) -> bool:
        self._held.append(_HeldKey(event.key(), event.modifiers(), event.text()))
        return True

    def finish_run(self) -> None:
        """The run is over: emit it as a scan, or hand its held keys to the field."""
        self._end_timer.stop()
        run, held, field = self._run, self._held, self._field
        self._run, self._held, self._field = [], [], None
        if not run or field is None or not shiboken6.isValid(field.widget):
            return
        target = any(field.widget is t for t in self._scan_targets)
        burst = read_burst(run, self._rules, need_end=not target)
        if burst is None:
            self._deliver(field.widget, held)
            return
        field.restore()
        if not field.widget.hasFocus() and field.widget.isVisible():
            # A scanner that ends with Tab moved the cursor on; the scan never happened.
            field.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scanned.emit(burst)

    def _deliver(self, widget: QWidget, held: list[_HeldKey]) -> None:
        """Hand held keys over as if just typed: each to whatever has the focus by then."""
        if not held:
            return
        self._delivering = True
        try:
            for key in held:
                target = QApplication.focusWidget() or widget
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    event = QKeyEvent(kind, key.key, key.modifiers, key.text)
                    QApplication.sendEvent(target, event)
        finally:
            self._delivering = False

    def _forget_target(self, widget: QWidget) -> None:
        self._scan_targets = [t for t in self._scan_targets if t is not widget]


_MODIFIER_KEYS = frozenset(
    {
        Qt.Key.Key_Shift,
        Qt.Key.Key_Control,
        Qt.Key.Key_Alt,
        Qt.Key.Key_Meta,
        Qt.Key.Key_AltGr,
        Qt.Key.Key_CapsLock,
    }
)


def _is_text_input(widget: QWidget) -> bool:
    """Whether keys typed into ``widget`` become text (and so can simply be taken out again)."""
    if isinstance(widget, QLineEdit):
        return not widget.isReadOnly()
    if isinstance(widget, QPlainTextEdit):
        return not widget.isReadOnly()
    return False


def _typed_chars(run: list[Keystroke]) -> int:
    return sum(1 for stroke in run if not stroke.is_enter)


def _typed_text(event: QKeyEvent) -> str | None:
    """What a key press types into a burst, or None for keys a scanner never sends."""
    if event.isAutoRepeat() or _is_shortcut(event.modifiers()):
        return None
    if event.key() in _ENTER_KEYS:
        return ENTER
    text = event.text()
    if len(text) != 1 or (not text.isprintable() and text != "\t"):
        return None
    return text


def _is_shortcut(modifiers: Qt.KeyboardModifier) -> bool:
    """Ctrl, Alt or Meta make a shortcut, except Ctrl+Alt together: that is AltGr on
    Windows, which types "@" on a German or Dutch keyboard (and so in a scanned email)."""
    if modifiers & Qt.KeyboardModifier.MetaModifier:
        return True
    both = modifiers & _CTRL_ALT == _CTRL_ALT
    return bool(modifiers & _CTRL_ALT) and not both
