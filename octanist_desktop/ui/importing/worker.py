"""The import's background half: reads the file, checks the rows, enqueues the leads.

Its steps run on the task pool, one at a time (the dialog's
``tasks.TaskQueue``), and talk to the dialog only by signals, with plain
data (Picard's habit). It enqueues through its **own** SQLite connection
and ``Outbox``, opened and closed within the step: the window's connection
belongs to the GUI thread. Checking the rows also looks each one
up in the history there, so importing a file twice skips what is stored.
Leads are committed a batch at a time, each batch one fsynced transaction:
a cancelled or failed import leaves whole batches of whole leads, and one
fsync per batch instead of per lead makes 10,000 rows a matter of seconds.
A lead the store refuses (``LeadNotStorable``) fails alone: its batch is
saved lead by lead, and the import goes on.
Cancel is a ``threading.Event`` checked between batches: the worker is busy
in a loop and would never see a queued signal.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from octanist_desktop import tasks
from octanist_desktop.core.match_hint import describe_stored
from octanist_desktop.importing.column_mapping import ColumnTarget
from octanist_desktop.importing.csv_import import (
    ImportEvent,
    StoredLookup,
    check_rows,
    suggest_targets,
)
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.importing.sources import read_import_file
from octanist_desktop.store.history import History
from octanist_desktop.store.lifecycle import StoreError
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.language import spoken

log = logging.getLogger(__name__)

#: The window hears about imported leads at most this often (it refreshes the history).
REPORT_INTERVAL_S = 0.25
#: Leads per transaction: big enough that the fsync is noise, small enough
#: that Cancel answers at once and progress moves smoothly.
IMPORT_BATCH = 100


@dataclass(slots=True)
class CheckJob:
    """One pass over the rows with one mapping."""

    generation: int
    table: CsvTable
    targets: list[ColumnTarget]
    region: str | None
    cancel: threading.Event = field(default_factory=threading.Event)
    #: The event to tag every row with (None: the rows stay as they are).
    event: ImportEvent | None = None
    #: Email or Phone → the column the user wants tried first.
    first_choice: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class FileReading:
    """A file as read, and each column's destination as guessed from its header and values."""

    table: CsvTable
    targets: list[ColumnTarget]


@dataclass(slots=True)
class ImportJob:
    """The payloads to enqueue, in order."""

    payloads: list[dict[str, object]]
    cancel: threading.Event = field(default_factory=threading.Event)


def stored_lookup(history: History) -> StoredLookup:
    """For each row's email and phone: why they match a lead in ``history``, or None."""

    def lookup(contacts: Sequence[tuple[str | None, str | None]]) -> list[str | None]:
        return [
            None
            if match is None
            else describe_stored(match.lead_id, match.created_at, match.delivered)
            for match in history.newest_matches(contacts)
        ]

    return lookup


class ImportWorker(QObject):
    """The slow steps, each run on a pool thread; every result goes back as a signal.

    Signals:
        fileRead(object): a ``FileReading``, or a ``str`` saying why the file can't be used.
        progress(int, int): rows (or leads) done so far, and the total, of the running step.
        checked(int, object): a check's generation and its ``ImportPreview`` (None: cancelled).
        queued(int, int): rows handled so far by the running import (saved or refused),
            and the newest lead id (0 while none is saved).
        rowRefused(int, str): a row's position in the job and why the store refused it;
            sent before the ``queued`` that covers it.
        importDone(int, str): leads committed in all, and "" or why the import stopped early.
    """

    fileRead = Signal(object)
    progress = Signal(int, int)
    checked = Signal(int, object)
    queued = Signal(int, int)
    rowRefused = Signal(int, str)
    importDone = Signal(int, str)

    def __init__(self, connect: Callable[[], sqlite3.Connection]) -> None:
        """``connect()`` opens a connection to the leads database on the calling thread."""
        super().__init__()
        self._connect = connect

    def read(self, path: str) -> None:
        """Read and decode the file."""
        try:
            table = read_import_file(Path(path))
            # Judging the columns by their values loads country names: here, not
            # on the GUI thread.
            reading: FileReading | str = FileReading(table, suggest_targets(table))
        except OSError as exc:
            reading = self.tr("{file} can't be opened: {reason}.").format(
                file=Path(path).name, reason=exc.strerror or exc
            )
        except ValueError as exc:
            reading = str(exc)
        except Exception:  # a bug here must not leave the dialog "Reading…" forever
            log.exception("reading an import file failed")
            reading = self.tr("{file} can't be read: something unexpected went wrong.").format(
                file=Path(path).name
            )
        self.fileRead.emit(reading)

    def rehead(self, table: CsvTable, header_number: int) -> None:
        """Read ``table`` again with its column names on record ``header_number``."""
        try:
            moved = table.with_header(header_number)
            reading: FileReading | str = FileReading(moved, suggest_targets(moved))
        except ValueError as exc:
            reading = str(exc)
        except Exception:  # a bug here must not leave the dialog busy forever
            log.exception("moving the header failed")
            reading = self.tr("The column names can't be read from that line.")
        self.fileRead.emit(reading)

    def check(self, job: CheckJob) -> None:
        """Judge every row with the job's mapping, unless cancelled first."""
        if job.cancel.is_set():
            self.checked.emit(job.generation, None)
            return
        conn: sqlite3.Connection | None = None
        try:
            conn = self._connect()
        except (sqlite3.Error, OSError, StoreError) as exc:
            # The import itself will say so; the rows can still be checked.
            log.warning("import check without the history: %s", type(exc).__name__)
        try:
            preview = check_rows(
                job.table,
                job.targets,
                default_region=job.region,
                progress=lambda done, total: self.progress.emit(done, total),
                should_stop=job.cancel.is_set,
                stored=stored_lookup(History(conn)) if conn is not None else None,
                event=job.event,
                first_choice=job.first_choice,
                language=spoken(),
            )
        except Exception:  # validate() never raises; this guards the dialog against a bug
            log.exception("checking import rows failed")
            preview = None
        finally:
            if conn is not None:
                conn.close()
        self.checked.emit(job.generation, preview)

    def enqueue(self, job: ImportJob) -> None:
        """Commit the payloads a batch at a time on this thread's own connection."""
        done = saved = last_id = reported = 0
        error = ""
        total = len(job.payloads)
        last_report = time.monotonic()
        try:
            # Opened and closed here: an SQLite connection belongs to its thread.
            conn = self._connect()
        except (sqlite3.Error, OSError, StoreError) as exc:
            self.importDone.emit(
                0, self.tr("The lead database can't be opened ({reason}).").format(reason=exc)
            )
            return
        try:
            outbox = Outbox(conn)
            while done < total and not job.cancel.is_set():
                # The first lead alone, so the window shows at once that it is under way.
                batch = job.payloads[done : done + (IMPORT_BATCH if done else 1)]
                for offset, result in enumerate(outbox.enqueue_each(batch)):
                    if isinstance(result, int):
                        saved += 1
                        last_id = result
                    else:
                        self.rowRefused.emit(done + offset, str(result))
                done += len(batch)
                # Each report refreshes the history table: a few times a second at most.
                if reported == 0 or time.monotonic() - last_report >= REPORT_INTERVAL_S:
                    last_report = time.monotonic()
                    reported = done
                    self.queued.emit(done, last_id)
                    self.progress.emit(done, total)
        except (sqlite3.Error, OSError, ValueError, TypeError) as exc:
            log.error("import stopped: %s", type(exc).__name__)
            error = self.tr(
                "Leads from number {number} on could not be saved ({reason}); "
                "the import stopped there, with %Ln saved.",
                None,
                saved,
            ).format(number=done + 1, reason=exc)
        finally:
            conn.close()
        if done != reported:
            self.queued.emit(done, last_id)
        self.progress.emit(done, total)
        self.importDone.emit(saved, error)


class WorkStopper:
    """Cancels a dialog's jobs and waits for its running step; safe to call more than once."""

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
