"""What a screen reader is told about a window's controls, read through Qt's accessibility layer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
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


def describe(widget: QWidget) -> str:
    """A widget in a failure message: its class, object name and whatever text it shows."""
    text = getattr(widget, "text", None)
    shown = text() if callable(text) and isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}#{widget.objectName()} {shown!r}"


def unnamed(root: QWidget) -> list[str]:
    """The controls under ``root`` a screen reader could not name."""
    return [
        describe(widget)
        for widget in controls(root)
        if not accessible_text(widget, QAccessible.Text.Name)
    ]


def undescribed(root: QWidget) -> list[str]:
    """The controls under ``root`` with no description of what they do (nor a tooltip,
    which Qt hands screen readers as the description)."""
    return [
        describe(widget)
        for widget in controls(root)
        if not accessible_text(widget, QAccessible.Text.Description)
    ]
