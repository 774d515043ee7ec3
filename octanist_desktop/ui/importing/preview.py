"""The import preview table: one line per row of the file, with what will be sent and why not.

Besides name, email and phone, every row shows the region its phone was
read in (and whether that came from the row's country column, the number
itself or was assumed), everything else that will be sent, and — for a row
that won't be — the reason.
"""

from __future__ import annotations

import heapq
from typing import ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPalette

from octanist_desktop.core.countries import country_name
from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.importing.csv_import import RegionSource, RowStatus, RowVerdict
from octanist_desktop.ui.language import spoken
from octanist_desktop.ui.message_colours import error_colour, warning_colour
from octanist_desktop.ui.words import translated

IMPORTED_TEXT = QT_TRANSLATE_NOOP("PreviewModel", "Imported ✔")
#: ``data(STATUS_ROLE)`` is the row's status word ("ready", …, or "imported").
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1
# Shown in the Row column already, or said by the Status column.
_NOT_REPEATED = frozenset({"name", "email", "phone", "custom"})
_MAX_SENT_CHARS = 200


class PreviewModel(QAbstractTableModel):
    """Read-only: one line per row of the file with its verdict and what it will send."""

    # Problems before the rest of what is sent: "why not" must be on screen at 1280 px.
    ROW, STATUS, NAME, EMAIL, PHONE, REGION, MESSAGE, SENT = range(8)
    _VALUE_KEYS: ClassVar[dict[int, str]] = {NAME: "name", EMAIL: "email", PHONE: "phone"}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._verdicts: list[RowVerdict] = []
        self._imported: set[int] = set()
        self._cards = False
        self._status_text = {
            RowStatus.READY: self.tr("Ready"),
            RowStatus.WARNING: self.tr("Ready ⚠"),
            RowStatus.DUPLICATE: self.tr("Duplicate"),
            RowStatus.ERROR: self.tr("✖ Error"),
            RowStatus.SKIPPED: self.tr("Skipped"),
        }
        self._headers = (
            self.tr("Row"),
            self.tr("Status"),
            self.tr("Name"),
            self.tr("Email"),
            self.tr("Phone"),
            self.tr("Phone read as"),
            self.tr("Problems and notes"),
            self.tr("Also sent"),
        )

    def set_rows(self, verdicts: list[RowVerdict], imported: set[int], *, cards: bool) -> None:
        """Show ``verdicts``; rows whose index is in ``imported`` say so."""
        self.beginResetModel()
        self._verdicts = verdicts
        self._imported = imported
        self._cards = cards
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
        """Row, status, three identifiers, the phone's region, the rest, messages."""
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        """Column titles."""
        if orientation is Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if section == self.ROW and self._cards:
                return self.tr("Card")
            return self._headers[section]
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
        if role == Qt.ItemDataRole.ToolTipRole:
            if column in (self.STATUS, self.MESSAGE):
                return _message(verdict) or None
            if column == self.SENT:
                return self.sent_lines(verdict) or None
            if column == self.REGION:
                return self._region_tip(verdict)
        if role == Qt.ItemDataRole.ForegroundRole and column in (self.STATUS, self.MESSAGE):
            return self._colour(verdict)
        return None

    def widest_rows(self, column: int, count: int) -> list[int]:
        """Rows whose text in ``column`` is likely the widest (by characters), at most ``count``.

        Judged from the verdicts without making the texts, so it stays cheap for
        10,000 rows. The "also sent" column has none: it is cut at a width the
        rows on screen reach anyway.
        """
        verdicts = self._verdicts
        kinds: list[tuple[object, object]] = []
        if column == self.STATUS:
            # A handful of different texts: one row each.
            kinds = [(v.status, v.index in self._imported) for v in verdicts]
        elif column == self.REGION:
            kinds = [(v.region, v.region_source) for v in verdicts]
        if kinds:
            return list({kind: row for row, kind in reversed(list(enumerate(kinds)))}.values())
        if column == self.ROW:
            lengths = [v.row_number for v in verdicts]
        elif column == self.MESSAGE:
            # Most rows have nothing to say: no call for those.
            lengths = [
                _message_length(v)
                if v.errors or v.warnings or v.duplicate_reason or v.skip_reason
                else 0
                for v in verdicts
            ]
        elif column in self._VALUE_KEYS:
            key = self._VALUE_KEYS[column]
            # A skipped row shows nothing; the others their payload's name, email or phone.
            lengths = [
                0 if v.result is None or v.skip_reason else len(str(v.result.payload.get(key, "")))
                for v in verdicts
            ]
        else:
            return []
        return heapq.nlargest(count, range(len(lengths)), key=lengths.__getitem__)

    def sent_lines(self, verdict: RowVerdict) -> str:
        """Everything besides name, email and phone that this row sends, one per line."""
        return "\n".join(f"{label}: {value}" for label, value in self._sent(verdict))

    def _sent(self, verdict: RowVerdict) -> list[tuple[str, str]]:
        if verdict.status is RowStatus.SKIPPED:
            return []
        payload = verdict.payload
        pairs: list[tuple[str, str]] = []
        for key, value in payload.items():
            if key in _NOT_REPEATED or value is False:
                continue
            field = FIELD_BY_KEY.get(key)
            pairs.append((translated(field.label) if field else key, _shown(value)))
        custom = payload.get("custom")
        if isinstance(custom, dict):
            pairs.extend((str(key), _shown(value)) for key, value in custom.items())
        elif custom is not None:
            pairs.append((translated(FIELD_BY_KEY["custom"].label), _shown(custom)))
        return pairs

    def _status_word(self, verdict: RowVerdict) -> str:
        return "imported" if verdict.index in self._imported else verdict.status.value

    def _text(self, verdict: RowVerdict, column: int) -> str:
        if column == self.ROW:
            return str(verdict.row_number)
        if column == self.STATUS:
            if verdict.index in self._imported:
                return self.tr("Imported ✔")
            return self._status_text[verdict.status]
        if column == self.MESSAGE:
            return _message(verdict).replace("\n", " ")
        if column == self.REGION:
            return self._region(verdict)
        if column == self.SENT:
            text = " · ".join(f"{label}: {value}" for label, value in self._sent(verdict))
            return text if len(text) <= _MAX_SENT_CHARS else f"{text[:_MAX_SENT_CHARS]}…"
        if verdict.status is RowStatus.SKIPPED:
            return ""
        key = {self.NAME: "name", self.EMAIL: "email", self.PHONE: "phone"}[column]
        value = verdict.payload.get(key)
        return value.replace("\n", " ") if isinstance(value, str) else ""

    def _region(self, verdict: RowVerdict) -> str:
        source = verdict.region_source
        if source is RegionSource.NUMBER:
            return self.tr("its own country code")
        if source is RegionSource.UNKNOWN:
            return self.tr("no country known")
        if verdict.region is None or source is RegionSource.NONE:
            return ""
        name = country_name(verdict.region, spoken())
        if source is RegionSource.ROW:
            return self.tr("{country} (from the row)").format(country=name)
        return self.tr("{country} (assumed)").format(country=name)

    def _region_tip(self, verdict: RowVerdict) -> str | None:
        source = verdict.region_source
        if source is RegionSource.ROW:
            return self.tr("The row's country column says where this number belongs.")
        if source is RegionSource.DEFAULT:
            return self.tr(
                "The row names no country, so the number was read in the default region "
                "from Settings. Check it if this visitor may be from abroad."
            )
        if source is RegionSource.NUMBER:
            return self.tr("The number starts with + or 00 and its country code.")
        if source is RegionSource.UNKNOWN:
            return self.tr(
                "No country column and no default region: the number is sent as written."
            )
        return None

    def _colour(self, verdict: RowVerdict) -> QBrush | None:
        status = verdict.status
        if verdict.index in self._imported or status is RowStatus.READY:
            return None
        if status in (RowStatus.DUPLICATE, RowStatus.SKIPPED):
            return QBrush(QPalette().color(QPalette.ColorRole.PlaceholderText))
        colour = error_colour if status is RowStatus.ERROR else warning_colour
        return QBrush(QColor(colour(QPalette())))


def _message(verdict: RowVerdict) -> str:
    """``verdict.message`` in the user's language, each of its sentences translated."""
    if verdict.skip_reason:
        return translated(verdict.skip_reason)
    parts = [*verdict.errors, verdict.duplicate_reason, *verdict.warnings]
    return " · ".join(translated(part) for part in parts if part)


def _shown(value: object) -> str:
    if value is True:
        return QCoreApplication.translate("PreviewModel", "yes")
    text = str(value).replace("\n", " ")
    return text


def _message_length(verdict: RowVerdict) -> int:
    """About how long the row's problems and notes are, without joining them."""
    if verdict.skip_reason:
        return len(verdict.skip_reason)
    return (
        sum(map(len, verdict.errors))
        + sum(map(len, verdict.warnings))
        + len(verdict.duplicate_reason)
        + 3 * (len(verdict.errors) + len(verdict.warnings))
    )
