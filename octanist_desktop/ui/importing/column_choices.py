"""The import dialog's column choices: where each column goes, the header line, the event tag.

A change is checked again shortly after (the dialog's timer), so a burst of
changes checks once; a mapping the user edited is remembered for the next
file with the same columns.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from octanist_desktop.importing.column_mapping import RANKED_FIELDS, ColumnTarget, TargetKind
from octanist_desktop.ui.importing.worker import CheckJob

if TYPE_CHECKING:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QCheckBox

    from octanist_desktop import tasks
    from octanist_desktop.importing.csv_import import ImportEvent, ImportPreview
    from octanist_desktop.importing.csv_table import CsvTable
    from octanist_desktop.ui.importing.mapping_table import MappingTable
    from octanist_desktop.ui.importing.progress_line import ProgressLine
    from octanist_desktop.ui.importing.stores import ImportStores
    from octanist_desktop.ui.importing.worker import ImportWorker, WorkStopper

log = logging.getLogger(__name__)


class ColumnChoices:
    """Mixed into ``ImportDialog``: the columns' destinations and the checks they start.

    Its words are the dialog's: ``QCoreApplication.translate("ImportDialog", …)``.
    """

    if TYPE_CHECKING:
        # What the dialog provides.
        _targets: list[ColumnTarget]
        _first_choice: dict[str, int]
        _mapping_edited: bool
        _mapping_recalled: bool
        _table: CsvTable | None
        _preview: ImportPreview | None
        _event: ImportEvent | None
        _region: str | None
        _generation: int
        _check_job: CheckJob | None
        _check_timer: QTimer
        _stores: ImportStores
        _worker: ImportWorker
        _steps: tasks.TaskQueue
        _stop_work: WorkStopper
        mapping_table: MappingTable
        event_box: QCheckBox
        progress_line: ProgressLine

        _reheading: bool

        def _update_buttons(self) -> None: ...

    def targets(self) -> list[ColumnTarget]:
        """Each column's destination, in column order."""
        return list(self._targets)

    def set_target(self, column: int, target: ColumnTarget) -> None:
        """Send ``column`` to ``target``; the rows are checked again shortly after.

        A column sent to Email or Phone becomes the first one tried for it in
        every row (other columns for that field are used when it is empty).
        """
        self._targets[column] = target
        self.mapping_table.select(column, target)
        self._mapping_edited = True
        self._first_choice = {k: c for k, c in self._first_choice.items() if c != column}
        if target.kind is TargetKind.FIELD and target.key in RANKED_FIELDS:
            self._first_choice[target.key] = column
        self.mapping_table.show_choice_order(self._first_choice)
        self._check_timer.start()
        self._update_buttons()

    def set_header_line(self, number: int) -> None:
        """Read the column names from line ``number`` (the file is read again in the background)."""
        if self._table is None or self._table.is_vcard or number == self._table.header_number:
            return
        self._check_timer.stop()
        if self._check_job is not None:
            self._check_job.cancel.set()
        self._preview = None
        self._reheading = True
        self.progress_line.busy(
            QCoreApplication.translate("ImportDialog", "Reading the column names…"), 0
        )
        self._update_buttons()
        worker, table = self._worker, self._table
        self._steps.submit(lambda _context: worker.rehead(table, number))

    def _on_event_box_toggled(self, _checked: bool) -> None:
        if self._table is not None:
            self._check_timer.start()
            self._update_buttons()

    def tags_event(self) -> bool:
        """Whether the rows are tagged with the current event."""
        return self._event is not None and self.event_box.isChecked()

    def mapping_recalled(self) -> bool:
        """Whether the column choices came from an earlier file with the same columns."""
        return self._mapping_recalled

    def _remember_mapping(self) -> None:
        if not self._mapping_edited or self._table is None or self._table.is_vcard:
            return
        try:
            self._stores.remember(self._table.headers, self._targets)
        except OSError as exc:
            # Only a convenience for next time: the import goes on.
            log.warning("could not remember the import mapping: %s", exc)
        self._mapping_edited = False

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
        self.progress_line.busy(
            QCoreApplication.translate("ImportDialog", "Checking rows… %v of %m"),
            len(self._table.rows),
        )
        self._update_buttons()
        worker, check = self._worker, self._check_job
        self._steps.submit(lambda _context: worker.check(check))
