"""How the lead form says things: message and hint labels, their colours, the refusal banner."""

from __future__ import annotations

import json
import sqlite3

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from octanist_desktop.ui.message_colours import error_colour, muted_css_colour, warning_colour
from octanist_desktop.ui.words import translated

ERROR_PREFIX = "✖ "
WARNING_PREFIX = "⚠ "

#: A message's kind: "error" (blocks sending), "warning" (doesn't), or None (muted).
Kind = str | None


def new_label(name: str, parent: QWidget) -> QLabel:
    """A hidden, word-wrapped plain-text label for a message or hint."""
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.hide()
    return label


def style_label(label: QLabel, kind: Kind, palette: QPalette) -> None:
    """Colour ``label`` for its kind in ``palette`` (light or dark)."""
    if kind == "error":
        label.setStyleSheet(f"color: {error_colour(palette)};")
    elif kind == "warning":
        label.setStyleSheet(f"color: {warning_colour(palette)};")
    else:
        label.setStyleSheet(f"color: {muted_css_colour(palette)};")


def show_hint(label: QLabel, text: str | None) -> None:
    """Show ``text`` in ``label``, or hide it for None."""
    if text is None:
        label.clear()
        label.hide()
    else:
        label.setText(text)
        label.show()


def shown_text(label: QLabel) -> str:
    """What ``label`` says right now ("" when hidden)."""
    return label.text() if not label.isHidden() else ""


def as_text(value: object) -> str:
    """How a draft or payload value is shown in a text field."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return str(value)


def save_failure(exc: BaseException) -> str:
    """Why a lead could not be saved, in words for the salesperson (no traceback, no JSON)."""
    if isinstance(exc, sqlite3.Error | OSError):
        return QCoreApplication.translate(
            "LeadForm",
            "The lead could not be saved on this computer ({problem}). "
            "Nothing was lost from the form; free some disk space and press Ctrl+Enter again.",
        ).format(problem=translated(str(exc)))
    if isinstance(exc, RecursionError):
        return QCoreApplication.translate(
            "LeadForm",
            "The lead could not be saved: its custom data is nested too deeply to store. "
            "Nothing was lost from the form; flatten the custom data and press Ctrl+Enter again.",
        )
    return QCoreApplication.translate(
        "LeadForm",
        "The lead could not be saved because of an unexpected problem ({problem}). "
        "Nothing was lost from the form; press Ctrl+Enter to try again, or copy what you "
        "typed somewhere safe.",
    ).format(problem=type(exc).__name__)
