"""The History tab's lead table: fixed row heights, so 100k leads scroll fluidly."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from octanist_desktop.ui.history.model import (
    COLUMN_ATTEMPTS,
    COLUMN_EMAIL,
    COLUMN_NAME,
    COLUMN_OCTANIST_ID,
    COLUMN_PHONE,
    COLUMN_REQUEST_ID,
    COLUMN_STATUS,
    COLUMN_TIME,
)

_COLUMN_WIDTHS = {
    COLUMN_TIME: 130,
    COLUMN_NAME: 160,
    COLUMN_EMAIL: 200,
    COLUMN_PHONE: 130,
    COLUMN_STATUS: 210,
    COLUMN_ATTEMPTS: 70,
    COLUMN_OCTANIST_ID: 130,
    COLUMN_REQUEST_ID: 130,
}


class LeadTable(QTableView):
    """Rows of leads, selected whole, several at a time; the last column stretches."""

    def __init__(self, model: QAbstractItemModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
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
        for column, width in _COLUMN_WIDTHS.items():
            self.setColumnWidth(column, width)
