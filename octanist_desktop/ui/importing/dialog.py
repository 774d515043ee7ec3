"""Importing a CSV export or a vCard file: map the columns, check every row, import the good ones.

Reading, checking and enqueueing run on the task pool, one step after the
other (``tasks.TaskQueue``, the steps in ``ui/importing/worker.py``), so a
10,000-row export never freezes the window: the worker reports progress and
results as data, and Cancel is honoured between rows. The dialog only
shows and decides.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop import tasks
from octanist_desktop.importing.column_mapping import (
    ColumnTarget,
)
from octanist_desktop.importing.csv_import import (
    ImportEvent,
    ImportPreview,
)
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.ui.importing import import_words
from octanist_desktop.ui.importing.column_choices import ColumnChoices
from octanist_desktop.ui.importing.header_line import HeaderLine
from octanist_desktop.ui.importing.import_buttons import ImportButtons
from octanist_desktop.ui.importing.mapping_table import MappingTable
from octanist_desktop.ui.importing.progress_line import ProgressLine
from octanist_desktop.ui.importing.row_check import RowCheck
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.importing.worker import (
    CheckJob,
    FileReading,
    ImportJob,
    ImportWorker,
    WorkStopper,
)

log = logging.getLogger(__name__)

#: Re-check this long after the last mapping change (a burst of changes checks once).
RECHECK_DELAY_MS = 200


class ImportDialog(ColumnChoices, ImportButtons, QDialog):
    """Import one CSV export or vCard file into the outbox.

    Opens by reading the file in the background; then every column gets a
    destination (guessed from its header and values, or remembered from the
    last file with the same columns; changeable), every row is checked with
    ``validate()`` (again after each change), and "Import" enqueues the good
    rows. The line holding the column names can be moved. With an ``event``
    (the active preset) a box, ticked by default, tags every row with it.
    Rows with errors can be saved to a CSV for fixing.

    Signals:
        leadsImported(int, int): leads committed since the last signal, and the newest id
            (the window wakes the sender and refreshes the history with it).
        fileLoaded(): the file was read, or could not be (``error_text()`` says why).
        previewReady(): every row has its verdict for the current mapping.
        importFinished(int): an import ended; how many leads it committed in all.
    """

    leadsImported = Signal(int, int)
    fileLoaded = Signal()
    previewReady = Signal()
    importFinished = Signal(int)

    def __init__(
        self,
        path: Path,
        *,
        stores: ImportStores,
        default_region: str | None = None,
        event: ImportEvent | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import leads — {file}").format(file=path.name))
        self.resize(1000, 680)
        self._path = path
        self._region = default_region
        self._event = event
        self._stores = stores
        self._mapping_edited = False
        self._mapping_recalled = False
        # Email/Phone → the column the user last pointed there: tried first in every row.
        self._first_choice: dict[str, int] = {}
        self._table: CsvTable | None = None
        self._targets: list[ColumnTarget] = []
        self._preview: ImportPreview | None = None
        self._imported: set[int] = set()
        self._error = ""
        self._generation = 0
        self._check_job: CheckJob | None = None
        self._import_job: ImportJob | None = None
        self._import_rows: list[int] = []
        self._import_reported = 0
        self._refused: dict[int, str] = {}  # position in the running import → why
        self._reheading = False

        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(RECHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._start_check)

        self._build()

        # The worker stays on this thread; its steps run on the pool, in order,
        # and its signals reach this dialog queued, as data.
        self._worker = ImportWorker(stores.connect)
        self._steps = tasks.TaskQueue("octanist-import")
        self._worker.fileRead.connect(self.on_worker_fileRead)
        self._worker.progress.connect(self.on_worker_progress)
        self._worker.checked.connect(self.on_worker_checked)
        self._worker.queued.connect(self.on_worker_queued)
        self._worker.rowRefused.connect(self.on_worker_rowRefused)
        self._worker.importDone.connect(self.on_worker_importDone)
        # Whichever way the dialog goes — closed, or destroyed with its parent —
        # its steps are cancelled and the running one has returned before it
        # is gone, so nothing writes for a dialog that no longer exists. The
        # stopper holds no reference to self.
        self._stop_work = WorkStopper(self._steps)
        self.destroyed.connect(self._stop_work)

        self.progress_line.busy(self.tr("Reading the file…"), 0)
        worker, name = self._worker, str(path)
        self._steps.submit(lambda _context: worker.read(name))

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(self.tr("Reading {file}…").format(file=self._path.name))
        self.file_label.setObjectName("importFileLabel")
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_row = HeaderLine()
        self.header_row.lineChosen.connect(self.set_header_line)
        self.header_spin, self.header_note = self.header_row.spin, self.header_row.note

        self.event_box = QCheckBox()
        self.event_box.setObjectName("importTagEvent")
        self.event_box.setAccessibleName(self.tr("Tag with the current event"))
        self.event_box.setAccessibleDescription(
            self.tr(
                "Gives the imported leads the event's source, UTM tags, staff member "
                "and capture method"
            )
        )
        if self._event is not None:
            self.event_box.setText(
                self.tr(
                    "Tag these rows with the current event “{event}” (source, UTM tags, "
                    "staff, capture method: import)"
                ).format(event=self._event.name)
            )
            self.event_box.setChecked(True)
        else:
            self.event_box.hide()
        self.event_box.toggled.connect(self._on_event_box_toggled)

        self.mapping_table = MappingTable()
        self.mapping_table.targetChosen.connect(self.on_mapping_table_targetChosen)
        mapping_box = QGroupBox(self.tr("1. What each column is"))
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)

        self.row_check = RowCheck()
        self.model, self.proxy = self.row_check.model, self.row_check.proxy
        self.preview_view = self.row_check.view
        self.show_filter = self.row_check.show_filter
        self.include_duplicates = self.row_check.include_duplicates
        self.include_duplicates.toggled.connect(self._update_summary)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(self.row_check)
        splitter.setStretchFactor(1, 2)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_line = ProgressLine()
        self.progress, self.cancel_button = self.progress_line.bar, self.progress_line.cancel_button
        self.cancel_button.clicked.connect(self.cancel)

        self.save_errors_button = QPushButton(self.tr("Save rows with errors…"))
        self.save_errors_button.setObjectName("saveErrors")
        self.save_errors_button.setAccessibleDescription(
            self.tr("Saves the rows that can't be imported to a file you can fix and import again")
        )
        self.save_errors_button.clicked.connect(self._on_save_errors_clicked)
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleDescription(
            self.tr("Saves the checked rows as leads and sends them to Octanist")
        )
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_rows)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        self.close_button.setAccessibleDescription(
            self.tr("Closes this window; nothing more is imported")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_errors_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.import_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.file_label)
        layout.addWidget(self.header_row)
        layout.addWidget(self.event_box)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.progress_line)
        layout.addLayout(buttons)
        self._update_buttons()

    # -- public API (also what the tests drive; the column choices are in column_choices,
    # the summary and buttons in import_buttons) ----------------------------------------

    def table(self) -> CsvTable | None:
        """The file as read (None until read, or if it couldn't be)."""
        return self._table

    def error_text(self) -> str:
        """Why the file couldn't be read ("" if it could)."""
        return self._error

    def preview(self) -> ImportPreview | None:
        """The verdicts for the current mapping (None while checking)."""
        return self._preview

    def imported_count(self) -> int:
        """Leads committed from this file so far."""
        return len(self._imported)

    @Slot()
    def cancel(self) -> None:
        """Stop the running check or import; leads already imported stay imported."""
        if self._import_job is not None:
            self._import_job.cancel.set()
            self.cancel_button.setEnabled(False)
        elif self._check_job is not None:
            self._check_job.cancel.set()

    def done(self, result: int) -> None:
        """Closing stops the background work and waits for the running step to return."""
        self._check_timer.stop()
        self._stop_work()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Also when closed while hidden (``done`` isn't called then)."""
        self._check_timer.stop()
        self._stop_work()
        super().closeEvent(event)

    @Slot(int, object)
    def on_mapping_table_targetChosen(self, column: int, target: object) -> None:
        """The user chose where a column goes."""
        assert isinstance(target, ColumnTarget)
        self.set_target(column, target)

    # -- worker results ------------------------------------------------------------------

    @Slot(object)
    def on_worker_fileRead(self, reading: object) -> None:
        """The file is read and its mapping guessed: check the rows."""
        self.progress_line.idle()
        reheading, self._reheading = self._reheading, False
        if reheading and not isinstance(reading, FileReading):
            # The old header stays; say why the chosen line can't be it.
            assert self._table is not None
            self.header_row.refuse(self.header_spin.value(), self._table.header_number)
            self._start_check()
            return
        if not isinstance(reading, FileReading):
            self._error = str(reading)
            self.file_label.setText(self._error)
            self.summary_label.setText(self.tr("Nothing to import."))
            self._update_buttons()
            self.fileLoaded.emit()
            return
        table = reading.table
        self._table = table
        self._targets = self._stores.recall(table.headers) or list(reading.targets)
        self._mapping_recalled = self._targets != list(reading.targets)
        self._mapping_edited = False
        self._first_choice = {}
        self.file_label.setText(
            import_words.describe_file(self._path, table, recalled=self._mapping_recalled)
        )
        self.header_row.show_for(table)
        self.mapping_table.fill(table, self._targets)
        self.mapping_table.show_choice_order(self._first_choice)
        self.fileLoaded.emit()
        self._start_check()

    @Slot(int, int)
    def on_worker_progress(self, done: int, total: int) -> None:
        """Move the progress bar."""
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    @Slot(int, object)
    def on_worker_checked(self, generation: int, preview: object) -> None:
        """A check ended; only the newest one's result counts."""
        if generation != self._generation:
            return
        self._check_job = None
        self.progress_line.idle()
        if not isinstance(preview, ImportPreview):
            self.summary_label.setText(
                self.tr("Checking stopped. Change a column's destination to check again.")
            )
            self._update_buttons()
            return
        self._preview = preview
        assert self._table is not None
        self.row_check.show_rows(preview.verdicts, self._imported, cards=self._table.is_vcard)
        self._update_summary()
        self.previewReady.emit()

    @Slot(int, str)
    def on_worker_rowRefused(self, position: int, reason: str) -> None:
        """The store refused one row; the others go on. Said when the import ends."""
        self._refused[position] = reason

    @Slot(int, int)
    def on_worker_queued(self, done: int, last_id: int) -> None:
        """Some rows are handled: mark those saved and tell the window."""
        handled = range(self._import_reported, done)
        if not handled:
            return
        saved = [self._import_rows[p] for p in handled if p not in self._refused]
        self._imported.update(saved)
        self._import_reported = done
        self.row_check.statuses_changed()
        if saved:
            self.leadsImported.emit(len(saved), last_id)

    @Slot(int, str)
    def on_worker_importDone(self, done: int, error: str) -> None:
        """The import ended, complete, cancelled or stopped by an error."""
        job, self._import_job = self._import_job, None
        cancelled = job is not None and job.cancel.is_set()
        self.progress_line.idle()
        refused: list[tuple[int, str]] = []
        if self._refused and self._preview is not None:
            verdicts = self._preview.verdicts
            refused = [
                (verdicts[self._import_rows[p]].row_number, why)
                for p, why in sorted(self._refused.items())
            ]
        text = import_words.import_result(
            done,
            len(self._import_rows),
            error=error,
            cancelled=cancelled,
            refused=refused,
            invalid=len(self._preview.invalid()) if self._preview else 0,
        )
        self.summary_label.setText(text)
        self._update_buttons()
        self.importFinished.emit(done)

    # -- internals ----------------------------------------------------------------------
