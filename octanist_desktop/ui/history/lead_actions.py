"""What the History tab does to the selected leads: retry, copy request ids, delete, export.

``LeadActions`` owns the tab's ``QAction``s and what they do; ``HistoryView``
shows them (buttons, the table's menu) and asks it. Which statuses may be
retried or erased is ``store.lifecycle``'s rule; the questions (which file,
which leads, really delete?) are the view's plain attributes, so tests
answer them without a modal dialog.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QGuiApplication

from octanist_desktop import tasks
from octanist_desktop.store.database import open_database
from octanist_desktop.store.export import export_csv
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import IllegalTransition, can_retry, may_arrive_after_erase
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.actions import (
    COPY_REQUEST_ID,
    DELETE_LEADS,
    EXPORT_CSV,
    RETRY_NOW,
    VisitorLock,
    make_action,
)
from octanist_desktop.ui.history import dialogs
from octanist_desktop.ui.history.dialogs import ExportScope

if TYPE_CHECKING:
    from octanist_desktop.ui.history.view import HistoryView

#: Leads read per query when exporting everything that matches.
EXPORT_CHUNK = 1_000


class LeadActions(QObject):
    """Retry now, Copy request id, Delete and Export CSV for the view's selected leads.

    Outcomes go out through the view's ``retryRequested`` and ``message``.
    """

    def __init__(
        self, view: HistoryView, history: History, outbox: Outbox, *, lock: VisitorLock | None
    ) -> None:
        super().__init__(view)
        self._view = view
        self._history = history
        self._outbox = outbox
        self._erasing: tasks.Task | None = None
        self.retry = make_action(RETRY_NOW, view, self.retry_selected, lock=lock)
        self.copy_request_id = make_action(COPY_REQUEST_ID, view, self.copy_request_ids, lock=lock)
        self.delete = make_action(DELETE_LEADS, view, self.delete_selected, lock=lock)
        self.export = make_action(EXPORT_CSV, view, self.export_csv, lock=lock)
        # Shortcuts anywhere in the tab (Delete only in the table: not while typing a
        # search), and all four in the table's right-click menu.
        for action in (self.retry, self.copy_request_id, self.export):
            view.addAction(action)
        for action in (self.retry, self.copy_request_id, self.delete, self.export):
            view.table.addAction(action)

    # -- retry and copy ----------------------------------------------------------------

    @Slot()
    def retry_selected(self) -> int:
        """Put the selected leads that may be retried back in the queue; returns how many."""
        view = self._view
        retried = 0
        skipped = 0
        for lead in view.selected_leads():
            if not can_retry(lead.status):
                skipped += 1
                continue
            try:
                self._outbox.retry_now(lead.id)
            except IllegalTransition:
                # Changed under us (e.g. the sender delivered it meanwhile).
                skipped += 1
            else:
                retried += 1
            view.model.on_sender_leadChanged(lead.id)
        if retried:
            view.retryRequested.emit()
            view.message.emit(self.tr("%Ln lead(s) queued to send now.", None, retried))
        elif skipped:
            view.message.emit(
                self.tr("Nothing to retry: only waiting or refused leads can be retried.")
            )
        view.update_selection_state()
        return retried

    @Slot()
    def copy_request_ids(self) -> None:
        """Copy the selected leads' request ids, one per line, for a support ticket."""
        view = self._view
        ids = [lead.request_id for lead in view.selected_leads() if lead.request_id]
        if not ids:
            view.message.emit(
                self.tr("No request id yet: these leads have had no answer from Octanist.")
            )
            return
        QGuiApplication.clipboard().setText("\n".join(ids))
        view.message.emit(self.tr("%Ln request id(s) copied.", None, len(ids)))

    # -- delete --------------------------------------------------------------------------

    @Slot()
    def delete_selected(self) -> int:
        """Erase the selected leads from this computer after confirmation; returns how many.

        The erasing itself runs on the task pool; the table and ``message``
        follow when it is done.
        """
        view = self._view
        leads = view.selected_leads()
        if not leads or not view.confirm_delete(leads):
            return 0
        # The lifecycle's one rule: every selected lead is erased, and one being
        # sent may still reach Octanist (its request can't be called back).
        in_flight = sum(1 for lead in leads if may_arrive_after_erase(lead.status))
        ids = [lead.id for lead in leads]
        data_dir = self._history.data_dir
        if data_dir is None:  # no file to open a second connection to
            erased = view.model.erase(ids)
            view.message.emit(dialogs.erased_message(erased, min(in_flight, erased)))
            return erased
        # Erasing rewrites the search index (a second at 100k leads): on the
        # task pool, on a connection of its own, while the window carries on.
        self._erasing = tasks.run_task(
            lambda _context: _erase(data_dir, ids),
            lambda erased: self._on_erased(erased, in_flight),
            name="octanist-erase",
            parent=self,
        )
        self._erasing.failed.connect(self._on_erase_failed)
        view.update_selection_state()
        return len(ids)

    def is_erasing(self) -> bool:
        """True while a deletion is under way."""
        return self._erasing is not None

    def _on_erased(self, erased: list[int], in_flight: int) -> None:
        self._erasing = None
        self._view.model.on_leads_erased(erased)
        self._view.message.emit(dialogs.erased_message(len(erased), min(in_flight, len(erased))))
        self._view.update_selection_state()

    def _on_erase_failed(self, error: object) -> None:
        self._erasing = None
        self._view.model.refresh()  # whatever was erased before the failure is gone
        self._view.message.emit(
            self.tr("The leads could not be deleted ({reason}). Try again.").format(
                reason=error if str(error) else type(error).__name__
            )
        )
        self._view.update_selection_state()

    # -- export --------------------------------------------------------------------------

    def export_choices(self) -> dict[ExportScope, int]:
        """Which leads could be exported, with how many each: all, those shown, those selected.

        "Shown" only when a search or filter hides some; "selected" only
        when several but not all shown leads are selected.
        """
        view = self._view
        query, rows, shown = view.model.query, view.selected_rows(), view.model.rowCount()
        choices = {ExportScope.ALL: self._history.count(HistoryQuery())}
        if query != HistoryQuery() and shown != choices[ExportScope.ALL]:
            choices[ExportScope.SHOWN] = shown
        if 1 < len(rows) < shown:
            choices[ExportScope.SELECTED] = len(rows)
        return choices

    @Slot()
    def export_csv(self) -> int | None:
        """Export leads to a CSV file the user picks; returns how many, None if nothing was written.

        With a search or filter on (or several leads selected) the user is
        asked first: all leads, only those shown, or only those selected.
        """
        view = self._view
        choices = self.export_choices()
        scope = view.ask_export_scope(choices) if len(choices) > 1 else ExportScope.ALL
        if scope is None:
            return None
        path = view.ask_save_path()
        if path is None:
            return None
        if scope is ExportScope.SELECTED:
            leads: Iterator[Lead] = iter(view.model.leads_in_rows(view.selected_rows()))
        else:
            leads = self._all_matching(
                view.model.query if scope is ExportScope.SHOWN else HistoryQuery()
            )
        try:
            written = export_csv(leads, path, self._history.captures, self._history.earlier_leads)
        except (OSError, UnicodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            view.message.emit(
                self.tr("Could not export to {path}: {reason}").format(path=path, reason=reason)
            )
            return None
        view.message.emit(
            self.tr("Exported %Ln lead(s) to {path}.", None, written).format(path=path)
        )
        return written

    def _all_matching(self, query: HistoryQuery) -> Iterator[Lead]:
        """Every lead matching ``query``, newest first, read in chunks."""
        offset = 0
        while True:
            chunk = self._history.page(query, offset, EXPORT_CHUNK)
            yield from chunk
            if len(chunk) < EXPORT_CHUNK:
                return
            offset += EXPORT_CHUNK


def _erase(data_dir: Path, lead_ids: list[int]) -> list[int]:
    """Erase leads on this (pool) thread's own connection; the ids that were erased."""
    conn = open_database(data_dir)
    try:
        return History(conn).erase_many(lead_ids)
    finally:
        conn.close()
