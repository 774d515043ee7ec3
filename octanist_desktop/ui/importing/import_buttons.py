"""The import dialog's summary line and buttons: Import, Save rows with errors, what is busy.

Import says how many leads it would import and enqueues them; it, Save
rows with errors and the column choices wait while a step runs.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from octanist_desktop.importing.csv_import import RowStatus, write_invalid_rows
from octanist_desktop.ui.importing import import_words
from octanist_desktop.ui.importing.import_words import ImportWords
from octanist_desktop.ui.importing.worker import ImportJob

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QCheckBox, QLabel, QPushButton, QSpinBox

    from octanist_desktop import tasks
    from octanist_desktop.importing.column_mapping import ColumnTarget
    from octanist_desktop.importing.csv_import import ImportPreview
    from octanist_desktop.importing.csv_table import CsvTable
    from octanist_desktop.ui.importing.mapping_table import MappingTable
    from octanist_desktop.ui.importing.progress_line import ProgressLine
    from octanist_desktop.ui.importing.worker import CheckJob, ImportWorker, WorkStopper


class ImportButtons:
    """Mixed into ``ImportDialog``: its summary, its buttons' state, the errors file.

    Its words are the dialog's (``QCoreApplication.translate("ImportDialog", …)``), its
    counts ``ImportWords.tr`` (lupdate finds plural forms only in a ``tr`` call).
    """

    if TYPE_CHECKING:
        # What the dialog provides.
        _path: Path
        _table: CsvTable | None
        _preview: ImportPreview | None
        _targets: list[ColumnTarget]
        _imported: set[int]
        _import_job: ImportJob | None
        _check_job: CheckJob | None
        _check_timer: QTimer
        _reheading: bool
        _error: str
        summary_label: QLabel
        import_button: QPushButton
        save_errors_button: QPushButton
        include_duplicates: QCheckBox
        mapping_table: MappingTable
        header_spin: QSpinBox
        event_box: QCheckBox
        progress_line: ProgressLine
        _import_rows: list[int]
        _import_reported: int
        _refused: dict[int, str]
        _worker: ImportWorker
        _steps: tasks.TaskQueue
        _stop_work: WorkStopper

        def _remember_mapping(self) -> None: ...

    def is_busy(self) -> bool:
        """True while reading, checking or importing."""
        reading = self._table is None and not self._error
        return reading or self._busy_step() is not None

    def import_rows(self) -> bool:
        """Enqueue every importable row not imported yet; False if there is nothing to do now."""
        if self._preview is None or self._busy_step() is not None:
            return False
        rows = [
            verdict
            for verdict in self._preview.importable(
                include_duplicates=self.include_duplicates.isChecked()
            )
            if verdict.index not in self._imported
        ]
        if not rows:
            return False
        self._import_rows = [verdict.index for verdict in rows]
        self._import_reported = 0
        self._refused = {}
        self._remember_mapping()
        self._import_job = ImportJob([verdict.payload for verdict in rows])
        self._stop_work.watch(self._import_job.cancel)
        self.progress_line.busy(
            QCoreApplication.translate("ImportDialog", "Importing… %v of %m leads"), len(rows)
        )
        self._update_buttons()
        worker, job = self._worker, self._import_job
        self._steps.submit(lambda _context: worker.enqueue(job))
        return True

    def save_invalid_rows(self, path: Path) -> int:
        """Write the rows with errors, plus an "error" column, to ``path``; returns how many."""
        if self._table is None or self._preview is None:
            return 0
        count = write_invalid_rows(path, self._table, self._preview.invalid())
        self.summary_label.setText(
            ImportWords.tr("Saved %Ln row(s) with errors to {path}.", None, count).format(path=path)
        )
        return count

    def _on_save_errors_clicked(self) -> None:
        assert isinstance(self, QWidget)  # mixed into ImportDialog
        suggested = self._path.with_name(f"{self._path.stem}-errors.csv")
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            QCoreApplication.translate("ImportDialog", "Save rows with errors"),
            str(suggested),
            QCoreApplication.translate("ImportDialog", "CSV files (*.csv)"),
        )
        if not chosen:
            return
        try:
            self.save_invalid_rows(Path(chosen))
        except OSError as exc:
            self.summary_label.setText(
                QCoreApplication.translate(
                    "ImportDialog", "Couldn't save {file}: {reason}."
                ).format(file=Path(chosen).name, reason=exc.strerror or exc)
            )

    def _busy_step(self) -> str | None:
        if self._import_job is not None:
            return "import"
        if self._reheading:
            return "read"
        if self._check_job is not None or self._check_timer.isActive():
            return "check"
        return None

    def _update_summary(self) -> None:
        if self._preview is None:
            return
        self.summary_label.setText(
            import_words.summary(
                self._preview,
                self._imported,
                self._targets,
                include_duplicates=self.include_duplicates.isChecked(),
            )
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._busy_step()
        preview = self._preview
        ready = 0
        if preview is not None:
            ready = import_words.ready_count(
                preview, self._imported, include_duplicates=self.include_duplicates.isChecked()
            )
        self.import_button.setText(
            ImportWords.tr("Import %Ln lead(s)", None, ready)
            if ready
            else QCoreApplication.translate("ImportDialog", "Import")
        )
        self.import_button.setEnabled(busy is None and ready > 0)
        self.save_errors_button.setEnabled(
            busy is None and preview is not None and preview.count(RowStatus.ERROR) > 0
        )
        self.mapping_table.setEnabled(busy != "import")
        self.include_duplicates.setEnabled(busy != "import")
        self.header_spin.setEnabled(busy not in ("import", "read"))
        self.event_box.setEnabled(busy != "import")
