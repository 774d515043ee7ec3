"""A multi-line text box a few lines tall: the form's Notes and the booth kit's texts.

Its own module so the form's plain text boxes don't import the JSON editor
(highlighter, fonts) that the Custom data field loads only for its text view.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QPlainTextEdit, QSizePolicy, QWidget


class CompactPlainTextEdit(QPlainTextEdit):
    """A multi-line editor that asks for a few lines of height, not Qt's default ~12.

    The form stacks two of these above the source fields; at their default
    size the fields most leads need would sit below the fold. They still
    grow when the window has room.
    """

    def __init__(self, parent: QWidget | None = None, *, lines: int = 4) -> None:
        super().__init__(parent)
        self._lines = lines
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumHeight(self._height_for(2))

    def _height_for(self, lines: int) -> int:
        frame = 2 * self.frameWidth()
        margins = self.contentsMargins().top() + self.contentsMargins().bottom()
        padding = int(2 * self.document().documentMargin())
        return lines * self.fontMetrics().lineSpacing() + frame + margins + padding

    def sizeHint(self) -> QSize:
        """Full width as usual, but only ``lines`` lines tall."""
        hint = super().sizeHint()
        return QSize(hint.width(), self._height_for(self._lines))
