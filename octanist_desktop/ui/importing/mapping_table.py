"""The import dialog's first step: each column of the file, examples of it, and where it goes.

One row per column: its name (with "choice 1 of 3" where several columns
go to Email or Phone), a few example values, and a combo box of
destinations — every field, a custom-data key named after the column, or
any other key the user types.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QInputDialog,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from octanist_desktop.importing.column_mapping import (
    RANKED_FIELDS,
    ColumnTarget,
    choosable_targets,
    custom_key_for,
)
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.importing.row_reading import RowReader
from octanist_desktop.ui.words import translated

_EXAMPLES_PER_COLUMN = 3
_EXAMPLE_CHARS = 60
_OTHER_CUSTOM_KEY = "other-custom-key"


class MappingTable(QTableWidget):
    """Column, example, destination: one row per column of the file being imported.

    Signals:
        targetChosen(int, object): the user chose a ``ColumnTarget`` for column ``int``
            (choosing the same one again counts: it makes the column the first choice).
    """

    targetChosen = Signal(int, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setObjectName("importMapping")
        self.setAccessibleName(self.tr("Columns"))
        self.setAccessibleDescription(
            self.tr("Each column of the file, an example from it, and the lead field it goes to")
        )
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Goes to")]
        )
        self.verticalHeader().hide()
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self._combos: list[QComboBox] = []
        self._headers: list[str] = []
        self._targets: list[ColumnTarget] = []

    def fill(self, table: CsvTable, targets: list[ColumnTarget]) -> None:
        """One row per column of ``table``, each showing its destination in ``targets``."""
        self._headers = list(table.headers)
        self._targets = list(targets)
        self.setRowCount(len(table.headers))
        self._combos = []
        for column, header in enumerate(table.headers):
            self.setItem(column, 0, QTableWidgetItem(header))
            self.setItem(column, 1, QTableWidgetItem(_examples(table, column)))
            combo = QComboBox()
            combo.setObjectName(f"target_{column}")
            combo.setAccessibleName(self.tr("Where {column} goes").format(column=header))
            for target in choosable_targets():
                combo.addItem(translated(target.label), target)
            own = ColumnTarget.custom(custom_key_for(header))
            combo.insertItem(combo.count() - 1, translated(own.label), own)
            combo.addItem(self.tr("Other custom data key…"), _OTHER_CUSTOM_KEY)
            _select(combo, targets[column])
            # activated, not currentIndexChanged: choosing the same field again is
            # how a column becomes the first choice for it.
            combo.activated.connect(lambda _i, c=column: self._on_combo_activated(c))
            self.setCellWidget(column, 2, combo)
            self._combos.append(combo)

    def select(self, column: int, target: ColumnTarget) -> None:
        """Show ``target`` as ``column``'s destination (without ``targetChosen``)."""
        self._targets[column] = target
        _select(self._combos[column], target)

    def show_choice_order(self, first_choice: dict[str, int]) -> None:
        """Where several columns go to Email or Phone, say in which order they are tried."""
        reader = RowReader(self._targets, self._headers, first_choice=first_choice)
        order: dict[int, tuple[int, int]] = {}
        for key in RANKED_FIELDS:
            columns = reader.ranked_columns(key)
            if len(columns) > 1:
                order.update({c: (n, len(columns)) for n, c in enumerate(columns, start=1)})
        for column, header in enumerate(self._headers):
            item = self.item(column, 0)
            if item is None:
                continue
            if column in order:
                n, count = order[column]
                # The words keep the dialog's translation context, where they always were.
                item.setText(
                    QCoreApplication.translate(
                        "ImportDialog", "{header} (choice {n} of {count})"
                    ).format(header=header, n=n, count=count)
                )
                item.setToolTip(
                    QCoreApplication.translate(
                        "ImportDialog",
                        "Several columns hold this. In each row the first one that isn't "
                        "empty is sent; the others are kept in the custom data. Choose "
                        "the field again on a column to make it the first choice.",
                    )
                )
            else:
                item.setText(header)
                item.setToolTip("")

    def _on_combo_activated(self, column: int) -> None:
        combo = self._combos[column]
        data = combo.currentData()
        if data == _OTHER_CUSTOM_KEY:
            data = self._ask_custom_key(column)
            if data is None:
                _select(combo, self._targets[column])
                return
        if isinstance(data, ColumnTarget):
            self.targetChosen.emit(column, data)

    def _ask_custom_key(self, column: int) -> ColumnTarget | None:
        header = self._headers[column]
        key, ok = QInputDialog.getText(
            self.window(),
            self.tr("Custom data key"),
            self.tr("Keep “{column}” in the custom data under this key:").format(column=header),
            text=custom_key_for(header),
        )
        return ColumnTarget.custom(key) if ok and key.strip() else None


def _select(combo: QComboBox, target: ColumnTarget) -> None:
    index = combo.findData(target)
    if index < 0:
        combo.insertItem(combo.count() - 2, translated(target.label), target)
        index = combo.findData(target)
    combo.blockSignals(True)
    combo.setCurrentIndex(index)
    combo.blockSignals(False)


def _examples(table: CsvTable, column: int) -> str:
    examples: list[str] = []
    for row in table.rows:
        value = row[column].strip().replace("\n", " ") if column < len(row) else ""
        if value and value not in examples:
            examples.append(value if len(value) <= _EXAMPLE_CHARS else f"{value[:_EXAMPLE_CHARS]}…")
            if len(examples) == _EXAMPLES_PER_COLUMN:
                break
    return " · ".join(examples)
