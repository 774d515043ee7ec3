"""Keeping word-wrapped text whole in small windows.

Qt sizes a top-level window once, from its layout's size hint, and does not
grow it when a word-wrapped label later gets a longer text (a PIN prompt's
"That PIN is not right…", a key test's answer): the text is cut off at the
bottom. These helpers give such labels a width to wrap in and grow the
window to the height its layout needs for that width.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

#: Wide enough for a sentence in two or three lines, narrow enough for 1280×720.
MESSAGE_WIDTH = 380


def wrap_label(label: QLabel, width: int = MESSAGE_WIDTH) -> QLabel:
    """Make ``label`` wrap its words within at least ``width`` pixels; returns it."""
    label.setWordWrap(True)
    label.setMinimumWidth(width)
    return label


def fit_to_text(window: QWidget) -> None:
    """Grow ``window`` (never shrink it) to the height its layout needs at its width."""
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = max(window.width(), layout.minimumSize().width())
    if layout.hasHeightForWidth():
        needed = layout.totalHeightForWidth(width)
    else:
        needed = layout.totalSizeHint().height()
    if needed > window.height() or width > window.width():
        window.resize(width, max(needed, window.height()))
