"""The import dialog's second step: every row with its verdict, filtered by what it needs.

The table behind a status filter (all rows, errors, duplicates, warnings,
skipped) and the choice to import duplicates too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.importing.csv_import import RowStatus, RowVerdict
from octanist_desktop.ui.importing.preview import IMPORTED_TEXT, STATUS_ROLE, PreviewModel
from octanist_desktop.ui.words import translated

# Long problems and long "also sent" lists would push everything else off a
# laptop screen; the whole text is in the tooltip.
_WIDEST_TEXT = 360
# Rows measured per column besides those on screen (see ``RowCheck.show_rows``).
_MEASURED_ROWS = 20
# Narrower than this a problem is no longer a sentence one can start reading.
_NARROWEST_TEXT = 160


class RowCheck(QGroupBox):
    """ "2. Check the rows": the verdicts table, its filter and "Import duplicate rows too"."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(QCoreApplication.translate("ImportDialog", "2. Check the rows"), parent)
        self.model = PreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.proxy.setFilterKeyColumn(PreviewModel.STATUS)
        self.view = QTableView()
        self.view.setObjectName("importPreview")
        self.view.setAccessibleName(self.tr("Rows"))
        self.view.setAccessibleDescription(
            self.tr("Each row of the file as it will be imported, with what is wrong with it")
        )
        self.view.setModel(self.proxy)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("importShowFilter")
        self.show_filter.setAccessibleName(self.tr("Show rows"))
        self.show_filter.setAccessibleDescription(
            self.tr("Shows all rows, or only those with errors, duplicates, warnings or skipped")
        )
        # The words keep the dialog's translation context, where they always were.
        for label, word in (
            (QCoreApplication.translate("ImportDialog", "All rows"), ""),
            (QCoreApplication.translate("ImportDialog", "Errors"), RowStatus.ERROR.value),
            (QCoreApplication.translate("ImportDialog", "Duplicates"), RowStatus.DUPLICATE.value),
            (QCoreApplication.translate("ImportDialog", "Warnings"), RowStatus.WARNING.value),
            (QCoreApplication.translate("ImportDialog", "Skipped"), RowStatus.SKIPPED.value),
        ):
            self.show_filter.addItem(label, word)
        self.show_filter.currentIndexChanged.connect(self.on_show_filter_currentIndexChanged)
        self.include_duplicates = QCheckBox(
            QCoreApplication.translate("ImportDialog", "Import duplicate rows too")
        )
        self.include_duplicates.setObjectName("includeDuplicates")
        self.include_duplicates.setToolTip(
            QCoreApplication.translate(
                "ImportDialog",
                "Rows with the same email or phone as an earlier row or as a lead already in "
                "the history, or the very same cells, are skipped unless this is ticked.",
            )
        )
        layout = QVBoxLayout(self)
        options = QHBoxLayout()
        options.addWidget(QLabel(QCoreApplication.translate("ImportDialog", "Show:")))
        options.addWidget(self.show_filter)
        options.addStretch(1)
        options.addWidget(self.include_duplicates)
        layout.addLayout(options)
        layout.addWidget(self.view, 1)

    def show_rows(self, verdicts: list[RowVerdict], imported: set[int], *, cards: bool) -> None:
        """Show ``verdicts`` (``imported`` ones marked), sized to fit a laptop screen."""
        self.model.set_rows(verdicts, imported, cards=cards)
        # Qt sizes a column by asking the model for every role of 1,000 rows: half a
        # second of a frozen window for a big file. It measures the rows on screen
        # and a few around them instead, and then the rows whose texts are longest.
        self.view.horizontalHeader().setResizeContentsPrecision(_MEASURED_ROWS)
        self.view.resizeColumnsToContents()
        # The grid line takes a pixel of the cell, as Qt's own sizing allows for.
        grid = 1 if self.view.showGrid() else 0
        for column in range(self.model.columnCount()):
            widest = self.view.columnWidth(column)
            for row in self.model.widest_rows(column, _MEASURED_ROWS):
                index = self.proxy.mapFromSource(self.model.index(row, column))
                if index.isValid():
                    widest = max(widest, self.view.sizeHintForIndex(index).width() + grid)
            self.view.setColumnWidth(column, widest)
        for column in (PreviewModel.MESSAGE, PreviewModel.SENT):
            if self.view.columnWidth(column) > _WIDEST_TEXT:
                self.view.setColumnWidth(column, _WIDEST_TEXT)
        self._fit_long_texts()

    def _fit_long_texts(self) -> None:
        """Narrow the long-text columns until the table fits its width, not below a floor.

        Otherwise the last column ("Also sent") sat beyond the right edge of a
        laptop-sized dialog. Cut cells end in "…" and show all in the tooltip.
        """
        over = self.view.horizontalHeader().length() - self.view.viewport().width()
        # "Also sent" first, and further: it is the last column and the least urgent.
        for column, narrowest in (
            (PreviewModel.SENT, _NARROWEST_TEXT // 2),
            (PreviewModel.MESSAGE, _NARROWEST_TEXT),
        ):
            # Never narrower than its title: a header cut short says nothing.
            title = self.view.horizontalHeader().sectionSizeFromContents(column).width()
            width = self.view.columnWidth(column)
            cut = min(over, width - max(narrowest, title))
            if cut > 0:
                self.view.setColumnWidth(column, width - cut)
                over -= cut

    def resizeEvent(self, event: QResizeEvent) -> None:
        """A narrower dialog: the long texts give up room first."""
        super().resizeEvent(event)
        self._fit_long_texts()

    def statuses_changed(self) -> None:
        """Some rows were imported: their status reads "Imported ✔", in full."""
        self.model.statuses_changed()
        # "Imported ✔" is wider than the "Ready" the column was sized for: it was cut to
        # "Import…". Widened by measuring the one text, not by reading 10,000 rows.
        needed = self.view.fontMetrics().horizontalAdvance(translated(IMPORTED_TEXT)) + 24
        if self.view.columnWidth(PreviewModel.STATUS) < needed:
            self.view.setColumnWidth(PreviewModel.STATUS, needed)

    @Slot(int)
    def on_show_filter_currentIndexChanged(self, _index: int) -> None:
        """Show only the rows with the chosen status."""
        word = self.show_filter.currentData()
        self.proxy.setFilterFixedString(word if isinstance(word, str) else "")
