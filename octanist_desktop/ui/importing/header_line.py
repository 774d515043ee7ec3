"""Which line of an export holds the column names: exports often start with a title or notes.

Shown for CSV files only (a vCard has no header line); the lines above the
chosen one are left out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSpinBox, QWidget

from octanist_desktop.importing.csv_table import CsvTable


class HeaderLine(QWidget):
    """ "Column names are on line [4] (the lines above it are left out)".

    Signals:
        lineChosen(int): the user chose another line number.
    """

    lineChosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The words keep the dialog's translation context, where they always were.
        self.spin = QSpinBox()
        self.spin.setObjectName("importHeaderLine")
        self.spin.setMinimum(1)
        self.spin.setAccessibleName(
            QCoreApplication.translate("ImportDialog", "Line with the column names")
        )
        self.spin.setToolTip(
            QCoreApplication.translate(
                "ImportDialog",
                "Exports often start with a title or notes. Choose the line that holds "
                "the column names; the lines above it are left out.",
            )
        )
        self.spin.valueChanged.connect(self.lineChosen)
        self.label = QLabel(QCoreApplication.translate("ImportDialog", "Column names are on line"))
        self.label.setBuddy(self.spin)
        self.note = QLabel()
        self.note.setObjectName("importHeaderNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        line = QHBoxLayout(self)
        line.addWidget(self.label)
        line.addWidget(self.spin)
        line.addWidget(self.note, 1)
        line.setContentsMargins(0, 0, 0, 0)
        self.hide()

    def show_for(self, table: CsvTable) -> None:
        """Show the line ``table`` was read with (hidden for vCards and empty files)."""
        if table.is_vcard or not table.records:
            self.hide()
            return
        self._set_quietly(table.header_number, maximum=max(1, len(table.records)))
        if table.header_number > 1:
            self.note.setText(
                QCoreApplication.translate("ImportDialog", "(the lines above it are left out)")
            )
        else:
            self.note.setText("")
        self.show()

    def refuse(self, chosen: int, used: int) -> None:
        """Line ``chosen`` holds no column names: back to line ``used``, and say so."""
        self._set_quietly(used)
        self.note.setText(
            QCoreApplication.translate(
                "ImportDialog", "Line {chosen} holds no column names; line {used} is used."
            ).format(chosen=chosen, used=used)
        )

    def _set_quietly(self, value: int, *, maximum: int | None = None) -> None:
        self.spin.blockSignals(True)
        if maximum is not None:
            self.spin.setMaximum(maximum)
        self.spin.setValue(value)
        self.spin.blockSignals(False)
