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
from collections.abc import Callable, Iterable, Mapping, Sequence
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
from PySide6.QtGui import QBrush, QColor

from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lead import Lead
from octanist_desktop.ui.history.columns import (
    EARLIER_FACT,
    HISTORY_COLUMNS,
    HistoryColumn,
    LeadLine,
)
from octanist_desktop.ui.history.row_upkeep import RowUpkeep

#: Leads read per query; a screenful is ~40 rows, so one page covers a few screens.
PAGE_SIZE = 200
#: Pages kept in memory; enough to scroll back and forth without re-reading.
CACHED_PAGES = 8
#: Status changes of leads not on screen are gathered for this long before a re-count.
REFRESH_DELAY_MS = 250

#: One fact about a page of leads: ``(leads) -> {lead id: fact}``, leads without one left out.
FactSource = Callable[[Sequence[Lead]], Mapping[int, object]]

_CELL_ROLES = (
    Qt.ItemDataRole.DisplayRole,
    Qt.ItemDataRole.DecorationRole,
    Qt.ItemDataRole.ToolTipRole,
    Qt.ItemDataRole.BackgroundRole,
)
#: A highlighted cell's background: translucent amber, readable on light and dark palettes.
HIGHLIGHT = QColor(255, 190, 0, 70)


class HistoryModel(RowUpkeep, QAbstractTableModel):
    """Leads matching a ``HistoryQuery``, newest first, read lazily page by page.

    Rows shift only through ``beginInsertRows``/``beginRemoveRows`` when
    that is provably right — new leads at the top, an erased or filtered-out
    lead on a cached page, leads appearing or vanishing below every cached
    page — so the view keeps its selection and scroll position; anything
    else resets the model (see ``refresh``).

    Columns come from ``columns`` (``HISTORY_COLUMNS`` unless told otherwise);
    each page's leads are read with the facts of every fact source (the
    earlier lead a lead repeats is one; ``add_fact_source`` adds others).

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
        columns: Sequence[HistoryColumn] = HISTORY_COLUMNS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._history = history
        self.columns: tuple[HistoryColumn, ...] = tuple(columns)
        self._fact_sources: dict[str, FactSource] = {
            EARLIER_FACT: lambda leads: history.earlier_leads(lead.id for lead in leads)
        }
        self._query = query if query is not None else HistoryQuery()
        self._page_size = page_size
        self._cached_pages = cached_pages
        self._clock = clock
        self._count: int | None = None
        self._pages: OrderedDict[int, list[LeadLine]] = OrderedDict()
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

    def add_fact_source(self, name: str, source: FactSource) -> None:
        """Look up ``name`` for every page read from now on (``LeadLine.facts[name]``)."""
        self._fact_sources[name] = source
        self._reset()

    def column(self, key: str) -> int:
        """The index of the column with ``key`` (``KeyError`` if there is none)."""
        for number, column in enumerate(self.columns):
            if column.key == key:
                return number
        raise KeyError(key)

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
        """One column per entry of ``columns``."""
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Column titles (also as tooltips, and their keys under ``Qt.UserRole``); rows have none.

        The tooltip keeps a title readable when its column is narrowed below
        it (a longer language, a small window, a user's drag).
        """
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.columns[section].translated_title()
        if role == Qt.ItemDataRole.UserRole:
            return self.columns[section].key
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        """Cell text, icons, tooltips and alignment for one cell."""
        if not index.isValid() or not 0 <= index.column() < len(self.columns):
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column.align_right:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in _CELL_ROLES:
            return None
        line = self.line_at(index.row())
        if line is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(line, self._clock())
        if role == Qt.ItemDataRole.DecorationRole:
            return column.icon(line) if column.icon is not None else None
        if role == Qt.ItemDataRole.BackgroundRole:
            highlighted = column.highlight is not None and column.highlight(line)
            return QBrush(HIGHLIGHT) if highlighted else None
        return column.tooltip(line) if column.tooltip is not None else None

    # -- rows and leads --------------------------------------------------------

    def lead_at(self, row: int) -> Lead | None:
        """The lead shown in ``row``, reading its page if needed; ``None`` past the end."""
        line = self.line_at(row)
        return line.lead if line is not None else None

    def line_at(self, row: int) -> LeadLine | None:
        """The lead in ``row`` with its facts, reading its page if needed; ``None`` past the end."""
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
            for offset, line in enumerate(page):
                if line.lead.id == lead_id:
                    return number * self._page_size + offset
        return None

    def leads_in_rows(self, rows: Iterable[int]) -> list[Lead]:
        """The leads in ``rows`` (skipping rows past the end), in the order given."""
        found = (self.lead_at(row) for row in rows)
        return [lead for lead in found if lead is not None]

    def _lines(self, leads: Sequence[Lead]) -> list[LeadLine]:
        """``leads`` with the facts every source knows about them."""
        found = {name: source(leads) for name, source in self._fact_sources.items()}
        return [
            LeadLine.of(
                lead, {name: facts[lead.id] for name, facts in found.items() if lead.id in facts}
            )
            for lead in leads
        ]

    def _load_page(self, number: int) -> list[LeadLine]:
        leads = self._history.page(self._query, number * self._page_size, self._page_size)
        page = self._lines(leads)
        self._page_loads += 1
        self._pages[number] = page
        self._pages.move_to_end(number)
        while len(self._pages) > self._cached_pages:
            self._pages.popitem(last=False)
        if number == 0:
            self._top_id = page[0].lead.id if page else None
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

    # -- live updates (the proofs and erasing are in row_upkeep) ------------------

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
        self._pages[number][offset] = self._lines([lead])[0]
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

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
            self.dataChanged.emit(
                self.index(0, 0), self.index(new_count - 1, len(self.columns) - 1)
            )
        else:
            self._top_id = None
        if added:
            self.countChanged.emit(new_count)
