"""The History tab's lead table: fitted to the window, columns chosen from the header.

Fixed row heights, so 100k leads scroll fluidly. The shown columns share
the table's width in proportion to their declared widths (or the widths
the user dragged them to), so the default set fits a 1280 px window
without a sideways scroll; a cell too narrow for its text is elided and
its tooltip shows all of it. A right-click on the header picks which
columns are shown.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QAction, QHelpEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolTip,
    QWidget,
)

from octanist_desktop.ui.history.columns import DEFAULT_SHOWN
from octanist_desktop.ui.history.model import HistoryModel

#: No fitted column gets narrower than this: below it even a short word is an ellipsis.
MIN_COLUMN_WIDTH = 48
#: Room a cell keeps around its text (both sides, focus frame included), and between
#: an icon and the text; a little more than Qt's styles use, so nothing is elided.
_CELL_MARGINS = 18
_ICON_GAP = 6


class ElidedTextTips(QStyledItemDelegate):
    """Paints cells as usual; a cell whose text is cut off shows all of it as its tooltip.

    A cell with a tooltip of its own (the model's) keeps that one.
    """

    def helpEvent(
        self,
        event: QHelpEvent,
        view: QAbstractItemView,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        """Show the full text of an elided cell; otherwise behave as Qt does."""
        if (
            event is not None
            and event.type() == QEvent.Type.ToolTip
            and index.isValid()
            and index.data(Qt.ItemDataRole.ToolTipRole) is None
        ):
            text = self.cut_off_text(option, index)
            if text:
                QToolTip.showText(event.globalPos(), text, view)
                return True
        return super().helpEvent(event, view, option, index)

    def cut_off_text(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> str | None:
        """The cell's text if it doesn't fit its cell as painted, else None."""
        text = index.data(Qt.ItemDataRole.DisplayRole)
        if not isinstance(text, str) or not text:
            return None
        styled = QStyleOptionViewItem(option)
        self.initStyleOption(styled, index)
        widget = styled.widget
        style = widget.style() if widget is not None else QApplication.style()
        room = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, styled, widget)
        # The style keeps a few pixels of margin inside the text rectangle.
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1)
        if styled.fontMetrics.horizontalAdvance(text) <= room.width() - margin:
            return None
        return text


class LeadTable(QTableView):
    """Rows of leads, selected whole, several at a time; columns fitted and chosen by the user.

    Signals:
        shownColumnsChanged(list): the keys of the shown columns, after the user changed them.
    """

    shownColumnsChanged = Signal(list)

    def __init__(self, model: HistoryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTable")
        self.setAccessibleName(self.tr("Leads"))
        self.setAccessibleDescription(
            self.tr(
                "Every lead typed or imported here, newest first; select one to see its card. "
                "Right-click or the Menu key for what you can do with it"
            )
        )
        self.setModel(model)
        self._model = model
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setAlternatingRowColors(True)
        # Tab leaves the table (arrows move within it); cell by cell it was a trap.
        self.setTabKeyNavigation(False)
        self.setShowGrid(False)
        self.setItemDelegate(ElidedTextTips(self))
        # Fixed row heights: the view then asks the model only for rows on
        # screen, which is what keeps 100k leads fluid.
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 8)
        rows.hide()
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        # A title wider than its column ends in "…" (the whole title is its tooltip);
        # a header draws it clipped at both ends otherwise.
        columns.setTextElideMode(Qt.TextElideMode.ElideRight)
        columns.setMinimumSectionSize(MIN_COLUMN_WIDTH)
        columns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns.customContextMenuRequested.connect(self.on_header_customContextMenuRequested)
        columns.sectionResized.connect(self.on_header_sectionResized)
        # What each column's share of the width is: declared, until the user drags it.
        self._weights = {column.key: column.width for column in model.columns}
        self._fitting = False
        self._sample_widths: dict[int, int | None] = {}
        self.set_shown_columns(DEFAULT_SHOWN)

    # -- which columns -----------------------------------------------------------

    def shown_columns(self) -> list[str]:
        """The keys of the columns shown, in table order."""
        header = self.horizontalHeader()
        return [
            column.key
            for number, column in enumerate(self._model.columns)
            if not header.isSectionHidden(number)
        ]

    def set_shown_columns(self, keys: Iterable[str]) -> None:
        """Show exactly the columns in ``keys`` (unknown keys are ignored; never none at all)."""
        wanted = set(keys) & {column.key for column in self._model.columns}
        if not wanted:
            wanted = set(DEFAULT_SHOWN)
        for number, column in enumerate(self._model.columns):
            self.setColumnHidden(number, column.key not in wanted)
        self.fit_columns()

    def column_menu(self) -> QMenu:
        """The header's menu: a tick for every column, and a way back to the default set."""
        menu = QMenu(self)
        menu.setObjectName("historyColumnMenu")
        shown = set(self.shown_columns())
        for column in self._model.columns:
            action = QAction(column.translated_title(), menu)
            action.setCheckable(True)
            action.setChecked(column.key in shown)
            # The last shown column can't be hidden: a table without columns helps no one.
            action.setEnabled(not (column.key in shown and len(shown) == 1))
            action.setData(column.key)
            action.toggled.connect(lambda on, key=column.key: self._toggle_column(key, on))
            menu.addAction(action)
        menu.addSeparator()
        reset = menu.addAction(self.tr("Default columns"))
        reset.triggered.connect(self.on_reset_triggered)
        return menu

    @Slot(QPoint)
    def on_header_customContextMenuRequested(self, position: QPoint) -> None:
        """Right-click on the header: choose the columns."""
        self.column_menu().popup(self.horizontalHeader().mapToGlobal(position))

    @Slot()
    def on_reset_triggered(self) -> None:
        """Back to the default columns and widths."""
        self._weights = {column.key: column.width for column in self._model.columns}
        self.set_shown_columns(DEFAULT_SHOWN)
        self.shownColumnsChanged.emit(self.shown_columns())

    def _toggle_column(self, key: str, on: bool) -> None:
        shown = [k for k in self.shown_columns() if k != key] + ([key] if on else [])
        self.set_shown_columns(shown)
        self.shownColumnsChanged.emit(self.shown_columns())

    # -- widths ------------------------------------------------------------------

    def fit_columns(self) -> None:
        """Share the visible width among the shown columns, in proportion to their weights.

        When even the narrowest allowed widths don't fit (many technical
        columns on a small window) the table scrolls sideways instead; before
        that, every column gives up room above the minimum (cells then end in
        "…", their tooltips whole).
        """
        shown = [
            (number, column.key)
            for number, column in enumerate(self._model.columns)
            if not self.isColumnHidden(number)
        ]
        room = self.viewport().width()
        if not shown or room <= 0:
            return
        widths = {number: self._content_width(number) for number, _ in shown}
        shared = [(number, key) for number, key in shown if widths[number] is None]
        left = room - sum(width or 0 for width in widths.values())
        total = sum(self._weights[key] for _, key in shared) or 1
        for number, key in shared:
            widths[number] = left * self._weights[key] // total
        self._keep_titles_whole(widths, [number for number, _ in shared])
        _squeeze_into(widths, room)
        self._fitting = True
        try:
            for number, width in widths.items():
                self.setColumnWidth(number, width or MIN_COLUMN_WIDTH)
        finally:
            self._fitting = False

    def _keep_titles_whole(self, widths: dict[int, int | None], shared: list[int]) -> None:
        """Widen shared columns narrower than their title, taking the room from wider ones.

        A header cut to "At Octanis" says nothing. The room comes from the
        columns with more than their title needs, in proportion to what they
        have to spare; only when that is not enough does the table scroll.
        """
        need = {number: self._title_width(number) for number in shared}
        short = sum(max(0, need[n] - (widths[n] or 0)) for n in shared)
        if not short:
            return
        for n in shared:
            widths[n] = max(widths[n] or 0, need[n])
        _give_up({n: widths[n] for n in shared}, need, short, widths)

    def _title_width(self, number: int) -> int:
        """The width column ``number``'s title needs in the header (at least the minimum)."""
        title = self._model.columns[number].translated_title()
        needed = self.horizontalHeader().fontMetrics().horizontalAdvance(title) + _CELL_MARGINS
        return max(MIN_COLUMN_WIDTH, needed)

    def _content_width(self, number: int) -> int | None:
        """The width a column with a sample text needs (its icon and margins included).

        Worked out once per column (and again when the font or language
        changes), not on every resize of the window.
        """
        if number in self._sample_widths:
            return self._sample_widths[number]
        column = self._model.columns[number]
        width = None
        if column.sample is not None:
            text = self.fontMetrics().horizontalAdvance(column.sample())
            size = self.iconSize()
            icon = (size.width() if size.isValid() else 16) + _ICON_GAP if column.icon else 0
            # The header's own measure of its title: its margins are wider than a cell's.
            title = self.horizontalHeader().sectionSizeFromContents(number).width()
            width = max(text + icon + _CELL_MARGINS, title)
        self._sample_widths[number] = width
        return width

    def changeEvent(self, event: QEvent) -> None:
        """A new font or language: the columns' sample texts are measured again."""
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.LanguageChange):
            self._sample_widths.clear()
            self.fit_columns()
        super().changeEvent(event)

    @Slot(int, int, int)
    def on_header_sectionResized(self, number: int, old: int, new: int) -> None:
        """A column dragged by the user keeps its new share when the window is resized."""
        del old
        if self._fitting or not 0 <= number < len(self._model.columns):
            return
        if number == self._last_shown():
            return  # the stretched last column follows the others; its width is not a choice
        self._weights[self._model.columns[number].key] = max(MIN_COLUMN_WIDTH, new)

    def _last_shown(self) -> int | None:
        header = self.horizontalHeader()
        for visual in reversed(range(header.count())):
            number = header.logicalIndex(visual)
            if not header.isSectionHidden(number):
                return number
        return None

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Fit the columns to the new width."""
        super().resizeEvent(event)
        self.fit_columns()


def _squeeze_into(widths: dict[int, int | None], room: int) -> None:
    """Narrow the columns in proportion to what they have above the minimum until they fit.

    Whole titles and sample texts ask for more than a 1100 px window (how the
    app first opens on a 1280×720 screen) has in a longer language: the table
    scrolled sideways and hid its last columns. A cut cell or title ends in
    "…" and its tooltip shows it whole (``ElidedTextTips``, the model's header).
    """
    over = sum(width or 0 for width in widths.values()) - room
    _give_up(widths, dict.fromkeys(widths, MIN_COLUMN_WIDTH), over, widths)


def _give_up(
    columns: Mapping[int, int | None],
    floors: Mapping[int, int],
    amount: int,
    widths: dict[int, int | None],
) -> None:
    """Take ``amount`` pixels from ``columns``, each in proportion to its width above its floor.

    Never below a floor: when the columns have less to spare, they give all
    of it. The new widths are written into ``widths``.
    """
    spare = {n: (w or 0) - floors[n] for n, w in columns.items() if (w or 0) > floors[n]}
    total = sum(spare.values())
    if amount <= 0 or total <= 0:
        return
    cut = min(amount, total)
    for number, extra in spare.items():
        # Rounded up, so that the cuts add up to at least ``cut``.
        widths[number] = (widths[number] or 0) - min(extra, -(-extra * cut // total))
