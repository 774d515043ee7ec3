"""What a screen reader is told about a window's controls, read through Qt's accessibility layer."""

from __future__ import annotations

import ctypes
from dataclasses import dataclass
from pathlib import Path

import PySide6
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollBar,
    QTabBar,
    QWidget,
)

#: Controls Qt builds inside another one (a combo's list, a spin box's line edit,
#: a line edit's clear button): the outer control is what a screen reader names.
_COMPOSITES = (QComboBox, QAbstractSpinBox, QTabBar, QLineEdit, QAbstractItemView)


def _inside_a_composite(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, _COMPOSITES):
            return True
        parent = parent.parentWidget()
    return False


def controls(root: QWidget) -> list[QWidget]:
    """Every widget under ``root`` a user can reach with the keyboard or press."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if isinstance(widget, QScrollBar):
            continue  # scrolled with the view it belongs to
        if widget.focusProxy() is not None:
            continue  # focus goes to the proxy (a tab widget's bar), which is checked
        if isinstance(widget, QLabel) and not widget.text():
            continue  # a link label is named by its text, set when it is shown
        focusable = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if not (focusable or isinstance(widget, QAbstractButton)):
            continue
        if _inside_a_composite(widget) and not isinstance(widget.parentWidget(), QLineEdit):
            continue  # but a line edit's icon button (clear ✕) is a control of its own
        found.append(widget)
    return found


def accessible_text(widget: QWidget, kind: QAccessible.Text) -> str:
    """The text a screen reader gets for ``widget`` (its name or its description).

    A tab bar is its tabs: each must have the text, or the bar has none.
    """
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None
    if isinstance(widget, QTabBar):
        tabs = [interface.child(n) for n in range(interface.childCount())]
        texts = [tab.text(kind).strip() for tab in tabs if tab.role() == QAccessible.Role.PageTab]
        return "" if not all(texts) else " | ".join(texts)
    return interface.text(kind).strip()


def spoken_name(widget: QWidget) -> str:
    """The name a screen reader says for ``widget``.

    On Linux Qt names a combo box by its current value and leaves its label to
    a "labelled by" relation (its buddy), so for a combo box that label counts.
    """
    if isinstance(widget, QComboBox):
        if widget.accessibleName():
            return widget.accessibleName()
        window = widget.window()
        for label in window.findChildren(QLabel):
            if label.buddy() is widget:
                return label.text().replace("&", "").strip()
        return ""
    return accessible_text(widget, QAccessible.Text.Name)


def describe(widget: QWidget) -> str:
    """A widget in a failure message: its class, object name and whatever text it shows."""
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {shown!r}"


def unnamed(root: QWidget) -> list[str]:
    """The controls under ``root`` a screen reader could not name."""
    return [describe(widget) for widget in controls(root) if not spoken_name(widget)]


def undescribed(root: QWidget) -> list[str]:
    """The controls under ``root`` with no description of what they do (nor a tooltip,
    which Qt hands screen readers as the description)."""
    return [
        describe(widget)
        for widget in controls(root)
        if not accessible_text(widget, QAccessible.Text.Description)
    ]


@dataclass(frozen=True)
class Heard:
    """One accessibility event as a screen reader's bridge would get it."""

    event: QAccessible.Event
    source: str  # the object name of the widget it is about
    message: str  # an announcement's words ("" for other events)


class ScreenReaderEar:
    """Hears every ``QAccessible.updateAccessibility`` call, offscreen.

    Qt hands each event to the platform's bridge (AT-SPI on Linux), which
    the offscreen platform doesn't have, and PySide6 doesn't expose
    ``QAccessible::installUpdateHandler``. That C++ hook is called here
    through ctypes, and the event pointer wrapped back into PySide6 types:
    the events are Qt's real ones, raised by the app's real code path.
    """

    _SYMBOL = "_ZN11QAccessible20installUpdateHandlerEPFvP16QAccessibleEventE"
    _Handler = ctypes.CFUNCTYPE(None, ctypes.c_void_p)

    def __init__(self) -> None:
        self.heard: list[Heard] = []
        library = ctypes.CDLL(str(Path(PySide6.__file__).parent / "Qt" / "lib" / "libQt6Gui.so.6"))
        self._install = getattr(library, self._SYMBOL)
        self._install.restype = ctypes.c_void_p
        self._install.argtypes = [ctypes.c_void_p]
        self._handler = self._Handler(self._on_event)  # kept: Qt holds only the pointer

    def __enter__(self) -> ScreenReaderEar:
        previous = self._install(ctypes.cast(self._handler, ctypes.c_void_p))
        assert previous is None, "another update handler was installed"
        # What a screen reader's bridge does when it connects; without it Qt raises nothing.
        QAccessible.setActive(True)
        return self

    def __exit__(self, *_exc: object) -> None:
        QAccessible.setActive(False)
        self._install(None)

    def _on_event(self, pointer: int) -> None:
        event = shiboken6.wrapInstance(pointer, QAccessibleEvent)
        kind = event.type()
        message = ""
        if kind == QAccessible.Event.Announcement:
            message = shiboken6.wrapInstance(pointer, QAccessibleAnnouncementEvent).message()
        source = event.object()
        self.heard.append(Heard(kind, source.objectName() if source is not None else "", message))

    def announcements(self) -> list[str]:
        """The words announced so far, in order."""
        return [h.message for h in self.heard if h.event == QAccessible.Event.Announcement]

    def alerts(self) -> list[str]:
        """The object names of the widgets that raised an alert."""
        return [h.source for h in self.heard if h.event == QAccessible.Event.Alert]
