"""The import preview table: one line per row of the file, with its verdict."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QPalette

from octanist_desktop.importing.csv_import import RowStatus, RowVerdict
from octanist_desktop.ui.message_colours import error_colour, warning_colour

# (light palette, dark palette)

_STATUS_TEXT = {
    RowStatus.READY: "Ready",
    RowStatus.WARNING: "Ready ⚠",
    RowStatus.DUPLICATE: "Duplicate",
    RowStatus.ERROR: "✖ Error",
}
IMPORTED_TEXT = "Imported ✔"
#: ``data(STATUS_ROLE)`` is the row's status word ("ready", …, or "imported").
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


class PreviewModel(QAbstractTableModel):
    """Read-only: one line per row of the file with its verdict."""

    ROW, STATUS, NAME, EMAIL, PHONE, MESSAGE = range(6)
    HEADERS = ("Row", "Status", "Name", "Email", "Phone", "Problems and notes")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._verdicts: list[RowVerdict] = []
        self._imported: set[int] = set()
        self._row_word = "Row"

    def set_rows(self, verdicts: list[RowVerdict], imported: set[int], *, cards: bool) -> None:
        """Show ``verdicts``; rows whose index is in ``imported`` say so."""
        self.beginResetModel()
        self._verdicts = verdicts
        self._imported = imported
        self._row_word = "Card" if cards else "Row"
        self.endResetModel()

    def statuses_changed(self) -> None:
        """Imported rows changed: repaint the status column."""
        if self._verdicts:
            self.dataChanged.emit(
                self.index(0, self.STATUS), self.index(len(self._verdicts) - 1, self.STATUS)
            )

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One line per row of the file."""
        return 0 if parent.isValid() else len(self._verdicts)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """Row, status, three identifiers, messages."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._row_word if section == self.ROW else self.HEADERS[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        """Text, tooltips, colours and the status word for filtering."""
        if not index.isValid():
            return None
        verdict = self._verdicts[index.row()]
        column = index.column()
        if role == STATUS_ROLE:
            return self._status_word(verdict)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(verdict, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.STATUS, self.MESSAGE):
            return verdict.message or None
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.MESSAGE):
            return self._colour(verdict)
        return None

    def _status_word(self, verdict: RowVerdict) -> str:
        return "imported" if verdict.index in self._imported else verdict.status.value

    def _text(self, verdict: RowVerdict, column: int) -> str:
        if column == self.ROW:
            return str(verdict.row_number)
        if column == self.STATUS:
            if verdict.index in self._imported:
                return IMPORTED_TEXT
            return _STATUS_TEXT[verdict.status]
        if column == self.MESSAGE:
            return verdict.message.replace("\n", " ")
        key = {self.NAME: "name", self.EMAIL: "email", self.PHONE: "phone"}[column]
        value = verdict.payload.get(key)
        return value.replace("\n", " ") if isinstance(value, str) else ""

    def _colour(self, verdict: RowVerdict) -> QBrush | None:
        status = verdict.status
        if verdict.index in self._imported or status is RowStatus.READY:
            return None
        if status is RowStatus.DUPLICATE:
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        colour = error_colour if status is RowStatus.ERROR else warning_colour
        return QBrush(QColor(colour(QPalette())))
