"""The import dialog's progress bar and Cancel, shown while a step runs."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QProgressBar, QPushButton, QWidget


class ProgressLine(QWidget):
    """A progress bar and Cancel, hidden while nothing runs; the dialog connects Cancel."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setObjectName("importProgress")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.setAccessibleName(self.tr("Cancel import"))
        self.cancel_button.setAccessibleDescription(
            self.tr("Stops reading or importing; rows already imported stay")
        )
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(self.bar, 1)
        line.addWidget(self.cancel_button)

    def busy(self, text: str, total: int) -> None:
        """Show a step under way: ``text`` (with %v and %m), out of ``total`` (0: unknown)."""
        self.bar.setFormat(text)
        self.bar.setMaximum(max(total, 1) if total else 0)  # 0: an indefinite bar
        self.bar.setValue(0)
        self.bar.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def idle(self) -> None:
        """Nothing runs: hide the bar and Cancel."""
        self.bar.hide()
        self.cancel_button.hide()
