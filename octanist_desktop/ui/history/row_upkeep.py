"""How History's rows keep their place as leads come, change and go.

The model may move rows (``beginInsertRows``/``beginRemoveRows``) only
where that is provably right, so the view keeps its selection and scroll
position: these are the proofs (the first lead is now right below the new
ones; every cached page reads the same, lower down) and the removal of an
erased or filtered-out lead from a cached page.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from octanist_desktop.store.history import History, HistoryQuery
    from octanist_desktop.ui.history.columns import LeadLine


class RowUpkeep:
    """Mixed into ``HistoryModel``: the proofs its refresh relies on, and erasing rows."""

    if TYPE_CHECKING:
        # What the model provides.
        countChanged: SignalInstance
        _history: History
        _query: HistoryQuery
        _page_size: int
        _pages: OrderedDict[int, list[LeadLine]]
        _count: int | None
        _top_id: int | None

        def row_of(self, lead_id: int) -> int | None: ...
        def refresh(self) -> None: ...

    def _only_added_at_top(self, old_count: int, added: int) -> bool:
        """Whether the lead that was first is now right below ``added`` new ones."""
        if old_count == 0:
            return True
        if self._top_id is None:
            return False
        top = self._history.page(self._query, added, 1)
        return bool(top) and top[0].id == self._top_id

    def _rows_still_in_place(self, shift: int) -> int | None:
        """The last cached row if every cached page reads the same ``shift`` rows lower, else None.

        Returns -1 when nothing is cached (nothing to check, nothing proven).
        """
        last = -1
        for number, page in self._pages.items():
            first = number * self._page_size
            fresh = self._history.page(self._query, first + shift, len(page))
            if [lead.id for lead in fresh] != [line.lead.id for line in page]:
                return None
            last = max(last, first + len(page) - 1)
        return last

    def erase(self, lead_ids: Iterable[int]) -> int:
        """Erase leads from the store and from the table; returns how many were erased.

        Any status may be erased, one being sent too (``lifecycle.ERASABLE``);
        ids no longer stored are skipped.
        """
        # One call for all of them: the store rewrites its search index once per call.
        erased = self._history.erase_many(list(lead_ids))
        self.on_leads_erased(erased)
        return len(erased)

    def on_leads_erased(self, lead_ids: Iterable[int]) -> None:
        """Leads were erased from the store: remove their rows from the table."""
        rows = [self.row_of(lead_id) for lead_id in lead_ids]
        # Bottom up, so each removal leaves the rows still to remove in place.
        for row in sorted((r for r in rows if r is not None), reverse=True):
            self._remove_cached_row(row)
        if None in rows:
            self.refresh()  # the others were on no cached page: find out where they were

    def _remove_cached_row(self, row: int) -> None:
        assert isinstance(self, QAbstractTableModel)  # mixed into HistoryModel
        number, offset = divmod(row, self._page_size)
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._pages[number][offset]
        # Later pages slid up by one row; pages above this one did not move.
        for later in [n for n in self._pages if n > number]:
            del self._pages[later]
        if self._count is not None:
            self._count -= 1
        if row == 0:
            page = self._pages.get(0)
            self._top_id = page[0].lead.id if page else None
        self.endRemoveRows()
        self.countChanged.emit(self.rowCount())
