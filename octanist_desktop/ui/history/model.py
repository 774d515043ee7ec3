"""The History tab's table: every lead ever entered, newest first, paged from SQLite.

The table can hold hundreds of thousands of leads, so nothing loads them
all: ``rowCount`` is one ``COUNT`` (cached until the next refresh), and
``data()`` reads only the page of ~200 leads that holds the asked-for row,
keeping a few recent pages. A view with fixed row heights asks only for
the rows on screen, so scrolling anywhere costs one page query.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)

from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lead import Lead
from octanist_desktop.ui.history.status_words import (
    DUPLICATE_EXPLANATION,
    format_full_time,
    format_time,
    status_text,
)
from octanist_desktop.ui.status_icons import status_icon

COLUMN_TIME = 0
COLUMN_NAME = 1
COLUMN_EMAIL = 2
COLUMN_PHONE = 3
COLUMN_STATUS = 4
COLUMN_ATTEMPTS = 5
COLUMN_OCTANIST_ID = 6
COLUMN_REQUEST_ID = 7
COLUMN_LAST_ERROR = 8

HEADERS = (
    "Time",
    "Name",
    "Email",
    "Phone",
    "Status",
    "Attempts",
    "Octanist lead id",
    "Request id",
    "Last error",
)

#: Leads read per query; a screenful is ~40 rows, so one page covers a few screens.
PAGE_SIZE = 200
#: Pages kept in memory; enough to scroll back and forth without re-reading.
CACHED_PAGES = 8
#: Status changes of leads not on screen are gathered for this long before a re-count.
REFRESH_DELAY_MS = 250


def _cell_text(lead: Lead, column: int, now: float) -> str:
    if column == COLUMN_TIME:
        return format_time(lead.created_at, now)
    if column == COLUMN_NAME:
        return lead.name or ""
    if column == COLUMN_EMAIL:
        return lead.email or ""
    if column == COLUMN_PHONE:
        return lead.phone or ""
    if column == COLUMN_STATUS:
        return status_text(lead)
    if column == COLUMN_ATTEMPTS:
        return str(lead.attempts)
    if column == COLUMN_OCTANIST_ID:
        return lead.octanist_id or ""
    if column == COLUMN_REQUEST_ID:
        return lead.request_id or ""
    if column == COLUMN_LAST_ERROR:
        # One line in the table; the details pane shows all of it.
        return " ".join((lead.last_error or "").split())
    return ""


class HistoryModel(QAbstractTableModel):
    """Leads matching a ``HistoryQuery``, newest first, read lazily page by page.

    Rows shift only through ``beginInsertRows``/``beginRemoveRows`` when
    that is provably right — new leads at the top, an erased or filtered-out
    lead on a cached page, leads appearing or vanishing below every cached
    page — so the view keeps its selection and scroll position; anything
    else resets the model (see ``refresh``).

    Signals:
        countChanged(int): the number of matching leads after a reset, insert or removal.

    Slots:
        on_sender_leadChanged(int): a lead's row changed in the store (carries its id).
        on_outbox_leadAdded(int): a lead was enqueued (carries its id).
        refresh(): re-count and re-read after changes the model was not told about.
    """

    countChanged = Signal(int)

    def __init__(
        self,
        history: History,
        *,
        query: HistoryQuery | None = None,
        page_size: int = PAGE_SIZE,
        cached_pages: int = CACHED_PAGES,
        clock: Callable[[], float] = time.time,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self._query = query if query is not None else HistoryQuery()
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._clock = clock
        self._count: int | None = None
        self._pages: OrderedDict[int, list[Lead]] = OrderedDict()
        # Id of row 0 as last read: tells a refresh whether new rows arrived
        # only at the top (insert, selection kept) or somewhere else (reset).
        self._top_id: int | None = None
        self._page_loads = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_DELAY_MS)
        self._refresh_timer.timeout.connect(self.refresh)

    # -- what the model shows ------------------------------------------------

    @property
    def query(self) -> HistoryQuery:
        """The search and status filter the rows match."""
        return self._query

    @property
    def page_loads(self) -> int:
        """How many pages have been read from the store so far (for tests and benchmarks)."""
        return self._page_loads

    def set_query(self, query: HistoryQuery) -> None:
        """Show the leads matching ``query``; resets the model."""
        self.beginResetModel()
        self._query = query
        self._forget()
        self.endResetModel()
        self.countChanged.emit(self.rowCount())

    # -- Qt model interface ----------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """The number of matching leads (a table has no children)."""
        if parent.isValid():
            return 0
        if self._count is None:
            self._count = self._history.count(self._query)
            if self._count:
                # The top page is what a fresh view paints first, and its first
                # lead is what the next refresh compares against.
                self._load_page(0)
        return self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        """One column per entry of ``HEADERS``."""
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles; rows have no header."""
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(HEADERS)
        ):
            return HEADERS[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Cell text, the status icon, tooltips and alignment for one cell."""
        if not index.isValid():
            return None
        column = index.column()
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.TextAlignmentRole,
        ):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == COLUMN_ATTEMPTS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        lead = self.lead_at(index.row())
        if lead is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _cell_text(lead, column, self._clock())
        if role == Qt.ItemDataRole.DecorationRole:
            return status_icon(lead.status) if column == COLUMN_STATUS else None
        return self._tooltip(lead, column)

    def _tooltip(self, lead: Lead, column: int) -> str | None:
        if column == COLUMN_TIME:
            return format_full_time(lead.created_at)
        if column == COLUMN_STATUS:
            return DUPLICATE_EXPLANATION if lead.maybe_duplicate else None
        if column == COLUMN_LAST_ERROR:
            return lead.last_error or None
        return None

    # -- rows and leads --------------------------------------------------------

    def lead_at(self, row: int) -> Lead | None:
        """The lead shown in ``row``, reading its page if needed; ``None`` past the end."""
        if row < 0 or row >= self.rowCount():
            return None
        number, offset = divmod(row, self._page_size)
        page = self._pages.get(number)
        if page is not None:
            self._pages.move_to_end(number)
        # A page made short by a removal is missing its tail; read it again.
        if page is None or (offset >= len(page) and len(page) < self._page_size):
            page = self._load_page(number)
        if offset < len(page):
            return page[offset]
        # Still short: leads went away behind our back and the count is stale.
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()
        return None

    def row_of(self, lead_id: int) -> int | None:
        """The row showing ``lead_id`` if it is on a cached page, else ``None``."""
        for number, page in self._pages.items():
            for offset, lead in enumerate(page):
                if lead.id == lead_id:
                    return number * self._page_size + offset
        return None

    def leads_in_rows(self, rows: Iterable[int]) -> list[Lead]:
        """The leads in ``rows`` (skipping rows past the end), in the order given."""
        found = (self.lead_at(row) for row in rows)
        return [lead for lead in found if lead is not None]

    def _load_page(self, number: int) -> list[Lead]:
        page = self._history.page(self._query, number * self._page_size, self._page_size)
        self._page_loads += 1
        self._pages[number] = page
        self._pages.move_to_end(number)
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        if number == 0:
            self._top_id = page[0].id if page else None
        return page

    def _forget(self) -> None:
        self._refresh_timer.stop()
        self._count = None
        self._pages.clear()
        self._top_id = None

    def _reset(self) -> None:
        self.beginResetModel()
        self._forget()
        self.endResetModel()
        self.countChanged.emit(self.rowCount())

    def _matches_status(self, lead: Lead) -> bool:
        statuses = self._query.statuses
        return not statuses or lead.status in statuses

    # -- live updates ----------------------------------------------------------

    @Slot(int)
    def on_sender_leadChanged(self, lead_id: int) -> None:
        """Re-read one changed lead and repaint its row, or drop it if it left the filter."""
        row = self.row_of(lead_id)
        if row is None:
            if self._query.statuses and not self._refresh_timer.isActive():
                # An unseen lead may have just entered or left the status
                # filter; only a re-count can tell. During a fast drain that
                # is once per REFRESH_DELAY_MS, not once per lead.
                self._refresh_timer.start()
            return
        lead = self._history.get(lead_id)
        if lead is None or not self._matches_status(lead):
            self._remove_cached_row(row)
            return
        number, offset = divmod(row, self._page_size)
        self._pages[number][offset] = lead
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(HEADERS) - 1))

    @Slot(int)
    def on_outbox_leadAdded(self, lead_id: int) -> None:
        """A lead was enqueued; it is the newest, so it lands at the top if it matches."""
        del lead_id  # the count says whether it matches the current filter
        self.refresh()

    @Slot()
    def refresh(self) -> None:
        """Re-count and re-read, keeping the selection and scroll wherever that is provable.

        New leads at the top are inserted there. Leads that appeared or
        vanished below every cached page change only the table's tail. Both
        are checked by re-reading the cached pages at their new rows; if any
        differs, or the view holds an index below what was checked, the
        model resets instead of guessing.
        """
        self._refresh_timer.stop()
        if self._count is None:
            return  # nothing read yet: the next rowCount() counts afresh
        old_count = self._count
        new_count = self._history.count(self._query)
        added = new_count - old_count
        at_top = added if added > 0 and self._only_added_at_top(old_count, added) else 0
        checked = self._rows_still_in_place(shift=at_top)
        if checked is None or any(index.row() > checked for index in self.persistentIndexList()):
            self._reset()
            return
        self._pages.clear()
        if at_top:
            self.beginInsertRows(QModelIndex(), 0, at_top - 1)
            self._count = old_count + at_top
            self.endInsertRows()
        tail = added - at_top
        if tail > 0:
            self.beginInsertRows(QModelIndex(), new_count - tail, new_count - 1)
            self._count = new_count
            self.endInsertRows()
        elif tail < 0:
            self.beginRemoveRows(QModelIndex(), new_count, new_count - tail - 1)
            self._count = new_count
            self.endRemoveRows()
        if new_count:
            self._load_page(0)
            # Statuses of rows that stayed may have changed; they are re-read on paint.
            self.dataChanged.emit(self.index(0, 0), self.index(new_count - 1, len(HEADERS) - 1))
        else:
            self._top_id = None
        if added:
            self.countChanged.emit(new_count)

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
            if [lead.id for lead in fresh] != [lead.id for lead in page]:
                return None
            last = max(last, first + len(page) - 1)
        return last

    # -- erasing -----------------------------------------------------------------

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
            self._top_id = page[0].id if page else None
        self.endRemoveRows()
        self.countChanged.emit(self.rowCount())
