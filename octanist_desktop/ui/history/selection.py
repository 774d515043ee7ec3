"""Which leads are selected in History, moving the keyboard to one, and the card that follows.

The card shows the one lead selected (or the current one among several);
with none or many it says how many are selected.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, Qt

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from octanist_desktop.store.history import History
    from octanist_desktop.store.lead import Lead
    from octanist_desktop.ui.history.details import LeadDetails
    from octanist_desktop.ui.history.model import HistoryModel
    from octanist_desktop.ui.history.table import LeadTable


class LeadSelection:
    """Mixed into ``HistoryView``: reading and setting the selection, and the card.

    What the table's selection signals call stays on ``HistoryView`` itself,
    a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the view provides.
        leadShown: SignalInstance
        model: HistoryModel
        table: LeadTable
        details: LeadDetails
        _history: History

    def focus_table(self) -> None:
        """Put the keyboard in the table, on the first lead if none is current (Ctrl+2)."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self._select_only(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _select_only(self, row: int) -> None:
        """Make ``row`` the one selected, current row; never add to the selection.

        (``selectRow`` extends an ExtendedSelection when Ctrl or Shift is held.)
        """
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    def selected_rows(self) -> list[int]:
        """Rows of the selected leads, top to bottom."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            span = selection.at(number)
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_leads(self) -> list[Lead]:
        """The selected leads, top to bottom (reads their pages if needed)."""
        return self.model.leads_in_rows(self.selected_rows())

    def _update_details(self, rows: list[int] | None = None) -> None:
        rows = self.selected_rows() if rows is None else rows
        current = self.table.currentIndex()
        if len(rows) == 1:
            row = rows[0]
        elif current.isValid() and current.row() in rows:
            row = current.row()
        else:
            self.details.show_lead(None, selected=len(rows))
            self.leadShown.emit(None)
            return
        line = self.model.line_at(row)
        if line is None:
            self.details.show_lead(None)
            self.leadShown.emit(None)
            return
        lead, earlier = line.lead, line.earlier
        self.details.show_lead(
            lead,
            record=self._history.capture(lead.id),
            earlier=earlier,
            earlier_lead=self._history.get(earlier.lead_id) if earlier is not None else None,
        )
        self.leadShown.emit(lead)
