"""Importing a CSV export or a vCard file: map the columns, check every row, import the good ones.

Reading, checking and enqueueing run on the task pool, one step after the
other (``tasks.TaskQueue``, the steps in ``ui/importing/worker.py``), so a
10,000-row export never freezes the window: the worker reports progress and
results as data, and Cancel is honoured between rows. The dialog only
shows and decides.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop import tasks
from octanist_desktop.importing.column_mapping import (
    RANKED_FIELDS,
    ColumnTarget,
    TargetKind,
    choosable_targets,
    custom_key_for,
    mapped_fields,
    target_from_stored,
)
from octanist_desktop.importing.csv_import import (
    ImportEvent,
    ImportPreview,
    RowStatus,
    write_invalid_rows,
)
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.importing.row_reading import RowReader
from octanist_desktop.ui.importing.preview import IMPORTED_TEXT, STATUS_ROLE, PreviewModel
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.importing.worker import CheckJob, FileReading, ImportJob, ImportWorker

log = logging.getLogger(__name__)

#: Re-check this long after the last mapping change (a burst of changes checks once).
RECHECK_DELAY_MS = 200
_EXAMPLES_PER_COLUMN = 3
_EXAMPLE_CHARS = 60
_OTHER_CUSTOM_KEY = "other-custom-key"
_WIDEST_TEXT = 360


class ImportDialog(QDialog):
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
        self._mappings = stores.mappings
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
        self._combos: list[QComboBox] = []
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
        self._stop_work = _WorkStopper(self._steps)
        self.destroyed.connect(self._stop_work)

        self._set_busy("Reading the file…", 0)
        worker, name = self._worker, str(path)
        self._steps.submit(lambda _context: worker.read(name))

    # -- building -----------------------------------------------------------------

    def _build(self) -> None:
        self.file_label = QLabel(f"Reading {self._path.name}…")
        self.file_label.setObjectName("importFileLabel")
        self.file_label.setWordWrap(True)
        self.file_label.setTextFormat(Qt.TextFormat.PlainText)

        self.header_spin = QSpinBox()
        self.header_spin.setObjectName("importHeaderLine")
        self.header_spin.setMinimum(1)
        self.header_spin.setAccessibleName(self.tr("Line with the column names"))
        self.header_spin.setToolTip(
            self.tr(
                "Exports often start with a title or notes. Choose the line that holds "
                "the column names; the lines above it are left out."
            )
        )
        self.header_spin.valueChanged.connect(self._on_header_spin_changed)
        self.header_label = QLabel(self.tr("Column names are on line"))
        self.header_label.setBuddy(self.header_spin)
        self.header_note = QLabel()
        self.header_note.setObjectName("importHeaderNote")
        self.header_note.setTextFormat(Qt.TextFormat.PlainText)
        header_line = QHBoxLayout()
        header_line.addWidget(self.header_label)
        header_line.addWidget(self.header_spin)
        header_line.addWidget(self.header_note, 1)
        self.header_row = QWidget()
        self.header_row.setLayout(header_line)
        header_line.setContentsMargins(0, 0, 0, 0)
        self.header_row.hide()

        self.event_box = QCheckBox()
        self.event_box.setObjectName("importTagEvent")
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

        self.mapping_table = QTableWidget(0, 3)
        self.mapping_table.setObjectName("importMapping")
        self.mapping_table.setHorizontalHeaderLabels(["Column in the file", "Example", "Goes to"])
        self.mapping_table.verticalHeader().hide()
        self.mapping_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.mapping_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        mapping_box = QGroupBox("1. What each column is")
        mapping_layout = QVBoxLayout(mapping_box)
        mapping_layout.addWidget(self.mapping_table)

        self.model = PreviewModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(STATUS_ROLE)
        self.proxy.setFilterKeyColumn(PreviewModel.STATUS)
        self.preview_view = QTableView()
        self.preview_view.setObjectName("importPreview")
        self.preview_view.setModel(self.proxy)
        self.preview_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.preview_view.verticalHeader().hide()
        self.preview_view.horizontalHeader().setStretchLastSection(True)
        self.preview_view.setWordWrap(False)
        self.show_filter = QComboBox()
        self.show_filter.setObjectName("importShowFilter")
        for label, word in (
            (self.tr("All rows"), ""),
            (self.tr("Errors"), RowStatus.ERROR.value),
            (self.tr("Duplicates"), RowStatus.DUPLICATE.value),
            (self.tr("Warnings"), RowStatus.WARNING.value),
            (self.tr("Skipped"), RowStatus.SKIPPED.value),
        ):
            self.show_filter.addItem(label, word)
        self.show_filter.currentIndexChanged.connect(self._on_show_filter_changed)
        self.include_duplicates = QCheckBox("Import duplicate rows too")
        self.include_duplicates.setObjectName("includeDuplicates")
        self.include_duplicates.setToolTip(
            "Rows with the same email or phone as an earlier row or as a lead already in "
            "the history, or the very same cells, are skipped unless this is ticked."
        )
        self.include_duplicates.toggled.connect(self._update_summary)
        preview_box = QGroupBox("2. Check the rows")
        preview_layout = QVBoxLayout(preview_box)
        options = QHBoxLayout()
        options.addWidget(QLabel("Show:"))
        options.addWidget(self.show_filter)
        options.addStretch(1)
        options.addWidget(self.include_duplicates)
        preview_layout.addLayout(options)
        preview_layout.addWidget(self.preview_view, 1)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(mapping_box)
        splitter.addWidget(preview_box)
        splitter.setStretchFactor(1, 2)

        self.summary_label = QLabel()
        self.summary_label.setObjectName("importSummary")
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        self.progress = QProgressBar()
        self.progress.setObjectName("importProgress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("importCancel")
        self.cancel_button.clicked.connect(self.cancel)
        progress_line = QHBoxLayout()
        progress_line.addWidget(self.progress, 1)
        progress_line.addWidget(self.cancel_button)

        self.save_errors_button = QPushButton("Save rows with errors…")
        self.save_errors_button.setObjectName("saveErrors")
        self.save_errors_button.clicked.connect(self._on_save_errors_clicked)
        self.import_button = QPushButton("Import")
        self.import_button.setObjectName("importButton")
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.import_rows)
        self.close_button = QPushButton("Close")
        self.close_button.clicked.connect(self.reject)
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
        layout.addLayout(progress_line)
        layout.addLayout(buttons)
        self._update_buttons()

    def _fill_mapping(self, table: CsvTable) -> None:
        self.mapping_table.setRowCount(len(table.headers))
        self._combos = []
        for column, header in enumerate(table.headers):
            self.mapping_table.setItem(column, 0, QTableWidgetItem(header))
            self.mapping_table.setItem(column, 1, QTableWidgetItem(_examples(table, column)))
            combo = QComboBox()
            combo.setObjectName(f"target_{column}")
            combo.setAccessibleName(f"Where {header} goes")
            for target in choosable_targets():
                combo.addItem(target.label, target)
            own = ColumnTarget.custom(custom_key_for(header))
            combo.insertItem(combo.count() - 1, own.label, own)
            combo.addItem("Other custom data key…", _OTHER_CUSTOM_KEY)
            self._select(combo, self._targets[column])
            # activated, not currentIndexChanged: choosing the same field again is
            # how a column becomes the first choice for it.
            combo.activated.connect(lambda _i, c=column: self._on_target_combo_changed(c))
            self.mapping_table.setCellWidget(column, 2, combo)
            self._combos.append(combo)
        self._show_choice_order()

    def _show_choice_order(self) -> None:
        """Where several columns go to Email or Phone, say in which order they are tried."""
        if self._table is None:
            return
        headers = self._table.headers
        reader = RowReader(self._targets, headers, first_choice=self._first_choice)
        order: dict[int, tuple[int, int]] = {}
        for key in RANKED_FIELDS:
            columns = reader.ranked_columns(key)
            if len(columns) > 1:
                order.update({c: (n, len(columns)) for n, c in enumerate(columns, start=1)})
        for column, header in enumerate(headers):
            item = self.mapping_table.item(column, 0)
            if item is None:
                continue
            if column in order:
                n, count = order[column]
                item.setText(
                    self.tr("{header} (choice {n} of {count})").format(
                        header=header, n=n, count=count
                    )
                )
                item.setToolTip(
                    self.tr(
                        "Several columns hold this. In each row the first one that isn't "
                        "empty is sent; the others are kept in the custom data. Choose "
                        "the field again on a column to make it the first choice."
                    )
                )
            else:
                item.setText(header)
                item.setToolTip("")

    @staticmethod
    def _select(combo: QComboBox, target: ColumnTarget) -> None:
        index = combo.findData(target)
        if index < 0:
            combo.insertItem(combo.count() - 2, target.label, target)
            index = combo.findData(target)
        combo.blockSignals(True)
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    # -- public API (also what the tests drive) ---------------------------------------

    def table(self) -> CsvTable | None:
        """The file as read (None until read, or if it couldn't be)."""
        return self._table

    def error_text(self) -> str:
        """Why the file couldn't be read ("" if it could)."""
        return self._error

    def targets(self) -> list[ColumnTarget]:
        """Each column's destination, in column order."""
        return list(self._targets)

    def set_target(self, column: int, target: ColumnTarget) -> None:
        """Send ``column`` to ``target``; the rows are checked again shortly after.

        A column sent to Email or Phone becomes the first one tried for it in
        every row (other columns for that field are used when it is empty).
        """
        self._targets[column] = target
        self._select(self._combos[column], target)
        self._mapping_edited = True
        self._first_choice = {k: c for k, c in self._first_choice.items() if c != column}
        if target.kind is TargetKind.FIELD and target.key in RANKED_FIELDS:
            self._first_choice[target.key] = column
        self._show_choice_order()
        self._check_timer.start()
        self._update_buttons()

    def preview(self) -> ImportPreview | None:
        """The verdicts for the current mapping (None while checking)."""
        return self._preview

    def set_header_line(self, number: int) -> None:
        """Read the column names from line ``number`` (the file is read again in the background)."""
        if self._table is None or self._table.is_vcard or number == self._table.header_number:
            return
        self._check_timer.stop()
        if self._check_job is not None:
            self._check_job.cancel.set()
        self._preview = None
        self._reheading = True
        self._set_busy(self.tr("Reading the column names…"), 0)
        self._update_buttons()
        worker, table = self._worker, self._table
        self._steps.submit(lambda _context: worker.rehead(table, number))

    def tags_event(self) -> bool:
        """Whether the rows are tagged with the current event."""
        return self._event is not None and self.event_box.isChecked()

    def mapping_recalled(self) -> bool:
        """Whether the column choices came from an earlier file with the same columns."""
        return self._mapping_recalled

    def is_busy(self) -> bool:
        """True while reading, checking or importing."""
        reading = self._table is None and not self._error
        return reading or self._busy_step() is not None

    def imported_count(self) -> int:
        """Leads committed from this file so far."""
        return len(self._imported)

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
        self._set_busy("Importing… %v of %m leads", len(rows))
        self._update_buttons()
        worker, job = self._worker, self._import_job
        self._steps.submit(lambda _context: worker.enqueue(job))
        return True

    def save_invalid_rows(self, path: Path) -> int:
        """Write the rows with errors, plus an "error" column, to ``path``; returns how many."""
        if self._table is None or self._preview is None:
            return 0
        count = write_invalid_rows(path, self._table, self._preview.invalid())
        self.summary_label.setText(f"Saved {_rows(count)} with errors to {path}.")
        return count

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

    # -- worker results ------------------------------------------------------------------

    @Slot(object)
    def on_worker_fileRead(self, reading: object) -> None:
        """The file is read and its mapping guessed: check the rows."""
        self._set_idle()
        reheading, self._reheading = self._reheading, False
        if reheading and not isinstance(reading, FileReading):
            # The old header stays; say why the chosen line can't be it.
            assert self._table is not None
            chosen = self.header_spin.value()
            self.header_spin.blockSignals(True)
            self.header_spin.setValue(self._table.header_number)
            self.header_spin.blockSignals(False)
            self.header_note.setText(
                self.tr("Line {chosen} holds no column names; line {used} is used.").format(
                    chosen=chosen, used=self._table.header_number
                )
            )
            self._start_check()
            return
        if not isinstance(reading, FileReading):
            self._error = str(reading)
            self.file_label.setText(self._error)
            self.summary_label.setText("Nothing to import.")
            self._update_buttons()
            self.fileLoaded.emit()
            return
        table = reading.table
        self._table = table
        self._targets = self._recalled_targets(table) or list(reading.targets)
        self._mapping_recalled = self._targets != list(reading.targets)
        self._mapping_edited = False
        self._first_choice = {}
        self.file_label.setText(self._describe_file(table))
        self._show_header_line(table)
        self._fill_mapping(table)
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
        self._set_idle()
        if not isinstance(preview, ImportPreview):
            self.summary_label.setText(
                "Checking stopped. Change a column's destination to check again."
            )
            self._update_buttons()
            return
        self._preview = preview
        assert self._table is not None
        self.model.set_rows(preview.verdicts, self._imported, cards=self._table.is_vcard)
        self.preview_view.resizeColumnsToContents()
        # Long problems and long "also sent" lists would push everything else
        # off a laptop screen; the whole text is in the tooltip.
        for column in (PreviewModel.MESSAGE, PreviewModel.SENT):
            if self.preview_view.columnWidth(column) > _WIDEST_TEXT:
                self.preview_view.setColumnWidth(column, _WIDEST_TEXT)
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
        self.model.statuses_changed()
        # "Imported ✔" is wider than the "Ready" the column was sized for: it was cut to
        # "Import…". Widened by measuring the one text, not by reading 10,000 rows.
        needed = self.preview_view.fontMetrics().horizontalAdvance(IMPORTED_TEXT) + 24
        if self.preview_view.columnWidth(PreviewModel.STATUS) < needed:
            self.preview_view.setColumnWidth(PreviewModel.STATUS, needed)
        if saved:
            self.leadsImported.emit(len(saved), last_id)

    @Slot(int, str)
    def on_worker_importDone(self, done: int, error: str) -> None:
        """The import ended, complete, cancelled or stopped by an error."""
        job, self._import_job = self._import_job, None
        cancelled = job is not None and job.cancel.is_set()
        self._set_idle()
        total = len(self._import_rows)
        if error:
            text = f"Imported {_leads(done)} of {total:,}. {error}"
        elif cancelled and done < total:
            text = (
                f"Stopped after {_leads(done)} of {total:,}; those are saved and will be sent. "
                "Import again to add the rest."
            )
        else:
            text = f"Imported {_leads(done)}; sending in the background."
        if self._refused and self._preview is not None:
            verdicts = self._preview.verdicts
            refused = [
                self.tr("row {row}: {why}").format(
                    row=verdicts[self._import_rows[p]].row_number, why=why
                )
                for p, why in sorted(self._refused.items())
            ]
            shown = " ".join(refused[:3])
            if len(refused) > 3:
                shown = self.tr("{rows} (and {more} more)").format(
                    rows=shown, more=f"{len(refused) - 3:,}"
                )
            text += " " + self.tr("Not saved: {rows}").format(rows=shown)
        invalid = len(self._preview.invalid()) if self._preview else 0
        if invalid:
            verb = "was" if invalid == 1 else "were"
            text += f" {_rows(invalid).capitalize()} with errors {verb} left out: save them to fix."
        self.summary_label.setText(text)
        self._update_buttons()
        self.importFinished.emit(done)

    # -- internals ----------------------------------------------------------------------

    def _start_check(self) -> None:
        if self._table is None:
            return
        if self._check_job is not None:
            self._check_job.cancel.set()
        self._generation += 1
        self._preview = None
        self._check_job = CheckJob(
            self._generation,
            self._table,
            list(self._targets),
            self._region,
            event=self._event if self.tags_event() else None,
            first_choice=dict(self._first_choice),
        )
        self._stop_work.watch(self._check_job.cancel)
        self._set_busy("Checking rows… %v of %m", len(self._table.rows))
        self._update_buttons()
        worker, check = self._worker, self._check_job
        self._steps.submit(lambda _context: worker.check(check))

    def _show_header_line(self, table: CsvTable) -> None:
        if table.is_vcard or not table.records:
            self.header_row.hide()
            return
        self.header_spin.blockSignals(True)
        self.header_spin.setMaximum(max(1, len(table.records)))
        self.header_spin.setValue(table.header_number)
        self.header_spin.blockSignals(False)
        if table.header_number > 1:
            self.header_note.setText(self.tr("(the lines above it are left out)"))
        else:
            self.header_note.setText("")
        self.header_row.show()

    def _on_header_spin_changed(self, value: int) -> None:
        self.set_header_line(value)

    def _on_event_box_toggled(self, _checked: bool) -> None:
        if self._table is not None:
            self._check_timer.start()
            self._update_buttons()

    def _recalled_targets(self, table: CsvTable) -> list[ColumnTarget] | None:
        stored = self._mappings.recall(table.headers)
        if stored is None:
            return None
        targets = [target_from_stored(kind, key) for kind, key in stored]
        if any(target is None for target in targets):
            return None
        return [target for target in targets if target is not None]

    def _remember_mapping(self) -> None:
        if not self._mapping_edited or self._table is None or self._table.is_vcard:
            return
        try:
            self._mappings.remember(self._table.headers, [t.stored for t in self._targets])
        except OSError as exc:
            # Only a convenience for next time: the import goes on.
            log.warning("could not remember the import mapping: %s", exc)
        self._mapping_edited = False

    def _describe_file(self, table: CsvTable) -> str:
        name = self._path.name
        count = len(table.rows)
        if table.is_vcard and self._path.suffix.lower() in (".vcf", ".vcard"):
            if count == 1:
                return self.tr("{file}: 1 vCard.").format(file=name)
            return self.tr("{file}: {count} vCards.").format(file=name, count=f"{count:,}")
        if table.is_vcard:
            if count == 1:
                return self.tr("{file}: 1 contact card.").format(file=name)
            return self.tr("{file}: {count} contact cards.").format(file=name, count=f"{count:,}")
        text = self.tr(
            "{file}: {rows}, {columns} columns, {delimiter}-separated, {encoding}."
        ).format(
            file=name,
            rows=_rows(count),
            columns=len(table.headers),
            delimiter=table.delimiter_name,
            encoding=table.encoding_label,
        )
        if self._mapping_recalled:
            text += " " + self.tr("Column choices from your last file with these columns.")
        return text

    def _on_target_combo_changed(self, column: int) -> None:
        combo = self._combos[column]
        data = combo.currentData()
        if data == _OTHER_CUSTOM_KEY:
            data = self._ask_custom_key(column)
            if data is None:
                self._select(combo, self._targets[column])
                return
        if isinstance(data, ColumnTarget):
            self.set_target(column, data)

    def _ask_custom_key(self, column: int) -> ColumnTarget | None:
        assert self._table is not None
        header = self._table.headers[column]
        key, ok = QInputDialog.getText(
            self,
            "Custom data key",
            f"Keep “{header}” in the custom data under this key:",
            text=custom_key_for(header),
        )
        return ColumnTarget.custom(key) if ok and key.strip() else None

    def _on_show_filter_changed(self, _index: int) -> None:
        word = self.show_filter.currentData()
        self.proxy.setFilterFixedString(word if isinstance(word, str) else "")

    def _on_save_errors_clicked(self) -> None:
        suggested = self._path.with_name(f"{self._path.stem}-errors.csv")
        chosen, _filter = QFileDialog.getSaveFileName(
            self, "Save rows with errors", str(suggested), "CSV files (*.csv)"
        )
        if not chosen:
            return
        try:
            self.save_invalid_rows(Path(chosen))
        except OSError as exc:
            self.summary_label.setText(f"Couldn't save {Path(chosen).name}: {exc.strerror or exc}.")

    def _busy_step(self) -> str | None:
        if self._import_job is not None:
            return "import"
        if self._reheading:
            return "read"
        if self._check_job is not None or self._check_timer.isActive():
            return "check"
        return None

    def _set_busy(self, text: str, total: int) -> None:
        self.progress.setFormat(text)
        self.progress.setMaximum(max(total, 1) if total else 0)  # 0: an indefinite bar
        self.progress.setValue(0)
        self.progress.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.show()

    def _set_idle(self) -> None:
        self.progress.hide()
        self.cancel_button.hide()

    def _update_summary(self) -> None:
        preview = self._preview
        if preview is None:
            return
        ready = len(
            [
                v
                for v in preview.importable(include_duplicates=self.include_duplicates.isChecked())
                if v.index not in self._imported
            ]
        )
        parts = [f"{_leads(ready)} ready to import"]
        warnings = preview.count(RowStatus.WARNING)
        if warnings:
            parts.append(f"{warnings:,} of them with a warning")
        errors = preview.count(RowStatus.ERROR)
        if errors:
            parts.append(f"{_rows(errors)} with errors")
        skipped = preview.count(RowStatus.SKIPPED)
        if skipped:
            parts.append(f"{_rows(skipped)} that are no leads skipped")
        duplicates = preview.count(RowStatus.DUPLICATE)
        if duplicates:
            verb = "imported too" if self.include_duplicates.isChecked() else "skipped"
            parts.append(f"{duplicates:,} duplicate{'s' if duplicates != 1 else ''} {verb}")
        if self._imported:
            parts.append(f"{_leads(len(self._imported))} already imported")
        missing = {"name", "email", "phone"} - mapped_fields(self._targets)
        text = "; ".join(parts) + "."
        if missing == {"name", "email", "phone"}:
            text += " No column goes to Name, Email or Phone: choose one above."
        self.summary_label.setText(text)
        self._update_buttons()

    def _update_buttons(self) -> None:
        busy = self._busy_step()
        preview = self._preview
        ready = 0
        if preview is not None:
            ready = sum(
                1
                for v in preview.importable(include_duplicates=self.include_duplicates.isChecked())
                if v.index not in self._imported
            )
        self.import_button.setText(f"Import {_leads(ready)}" if ready else "Import")
        self.import_button.setEnabled(busy is None and ready > 0)
        self.save_errors_button.setEnabled(
            busy is None and preview is not None and preview.count(RowStatus.ERROR) > 0
        )
        self.mapping_table.setEnabled(busy != "import")
        self.include_duplicates.setEnabled(busy != "import")
        self.header_spin.setEnabled(busy not in ("import", "read"))
        self.event_box.setEnabled(busy != "import")


class _WorkStopper:
    """Cancels the dialog's jobs and waits for its running step; safe to call more than once."""

    def __init__(self, steps: tasks.TaskQueue) -> None:
        self._steps = steps
        self._cancels: list[threading.Event] = []

    def watch(self, cancel: threading.Event) -> None:
        """Set ``cancel`` when stopping (finished jobs' events are forgotten)."""
        self._cancels = [c for c in self._cancels if not c.is_set()]
        self._cancels.append(cancel)

    def __call__(self, *_args: object) -> None:
        for cancel in self._cancels:
            cancel.set()
        self._steps.stop()


def _examples(table: CsvTable, column: int) -> str:
    examples: list[str] = []
    for row in table.rows:
        value = row[column].strip().replace("\n", " ") if column < len(row) else ""
        if value and value not in examples:
            examples.append(value if len(value) <= _EXAMPLE_CHARS else f"{value[:_EXAMPLE_CHARS]}…")
            if len(examples) == _EXAMPLES_PER_COLUMN:
                break
    return " · ".join(examples)


def _rows(count: int) -> str:
    return f"{count:,} row{'s' if count != 1 else ''}"


def _leads(count: int) -> str:
    return f"{count:,} lead{'s' if count != 1 else ''}"
