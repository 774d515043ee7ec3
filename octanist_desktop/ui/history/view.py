"""The History tab: find a lead, see what happened to it, retry, copy, delete or export.

The view reads and short-writes through the GUI thread's ``History`` and
``Outbox``; it never talks to the sender. After a retry it emits
``retryRequested`` and the window wakes the sender.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QGuiApplication, QHideEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

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
    FIND,
    RETRY_NOW,
    VisitorLock,
    make_action,
)
from octanist_desktop.ui.history import dialogs
from octanist_desktop.ui.history.details import LeadDetails
from octanist_desktop.ui.history.dialogs import ExportScope, count_leads
from octanist_desktop.ui.history.model import HistoryModel
from octanist_desktop.ui.history.status_words import STATUS_FILTERS, filter_label
from octanist_desktop.ui.history.table import LeadTable

#: Typing pauses shorter than this don't re-query; long enough to skip mid-word states.
SEARCH_DELAY_MS = 150
#: Leads read per query when exporting everything that matches.
EXPORT_CHUNK = 1_000
# Checking each selected lead's status for the buttons is cheap for a
# handful of rows; for a huge selection the actions stay enabled and each
# lead is judged when the action runs.
_STATUS_CHECK_LIMIT = 500


class HistoryView(QWidget):
    """Search box, status filter, the lead table, a details pane and the lead actions.

    ``lock`` is the window's ``VisitorLock``: booth mode turns the tab's
    actions off with it. ``shown_columns`` are the keys of the columns to
    show (the remembered choice; the default set when None).
    ``ask_save_path`` (the export file dialog: ``() -> Path | None``),
    ``ask_export_scope`` (which leads to export: ``({scope: count}) -> scope | None``)
    and ``confirm_delete`` (the delete confirmation: ``(leads) -> bool``) are
    plain attributes so tests can answer them without a modal dialog.

    Signals:
        retryRequested(): leads went back to the queue; the window should wake the sender.
        message(str): a short outcome for the status bar ("Exported 12 leads to …").
        leadShown(object): the details pane now shows this ``Lead`` (None: none or several).
        columnsChanged(list): the user chose other columns (their keys), to be remembered.

    Slots:
        on_sender_leadChanged(int): a lead's row changed (forwarded to ``HistoryModel``).
        on_outbox_leadAdded(int): a lead was enqueued (forwarded to ``HistoryModel``).

    Shortcuts, while focus is in the tab: Ctrl+F search, Ctrl+R retry now,
    Ctrl+Shift+C copy request id, Ctrl+Shift+E export, Delete (in the table) delete.
    """

    retryRequested = Signal()
    message = Signal(str)
    leadShown = Signal(object)
    columnsChanged = Signal(list)

    def __init__(
        self,
        history: History,
        outbox: Outbox,
        *,
        lock: VisitorLock | None = None,
        shown_columns: Sequence[str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._history = history
        self._outbox = outbox
        self._erasing: tasks.Task | None = None
        self.ask_save_path: Callable[[], Path | None] = lambda: dialogs.ask_export_path(self)
        self.confirm_delete: Callable[[list[Lead]], bool] = lambda leads: dialogs.confirm_delete(
            self, leads
        )
        self.ask_export_scope: Callable[[dict[ExportScope, int]], ExportScope | None] = (
            lambda choices: dialogs.ask_export_scope(self, choices)
        )

        self.model = HistoryModel(history, parent=self)

        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText(self.tr("Search name, email, phone or note"))
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("historyStatusFilter")
        for number, (label, statuses) in enumerate(STATUS_FILTERS):
            if number == 4:
                self.status_filter.insertSeparator(self.status_filter.count())
            self.status_filter.addItem(filter_label(label), statuses)
        self.count_label = QLabel()
        self.count_label.setObjectName("historyCount")

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filter_now)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._on_search_returnPressed)
        self.status_filter.currentIndexChanged.connect(self.apply_filter_now)
        self.model.countChanged.connect(self._show_count)

        self.table = LeadTable(self.model)
        if shown_columns is not None:
            self.table.set_shown_columns(shown_columns)
        self.table.shownColumnsChanged.connect(self.columnsChanged)
        self.details = LeadDetails()
        self.details.leadLinkActivated.connect(self.show_lead)
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("historySplitter")  # remembered per screen by its name
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details_scroll)
        # The card needs about a third of a laptop screen; the table gets the rest.
        self.splitter.setStretchFactor(0, 7)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        self.retry_action = make_action(RETRY_NOW, self, self.retry_selected, lock=lock)
        self.copy_request_id_action = make_action(
            COPY_REQUEST_ID, self, self.copy_request_ids, lock=lock
        )
        self.delete_action = make_action(DELETE_LEADS, self, self.delete_selected, lock=lock)
        self.export_action = make_action(EXPORT_CSV, self, self.export_csv, lock=lock)
        self.find_action = make_action(FIND, self, self._focus_search, lock=lock)
        for action in (
            self.retry_action,
            self.copy_request_id_action,
            self.export_action,
            self.find_action,
        ):
            self.addAction(action)
        for action in (
            self.retry_action,
            self.copy_request_id_action,
            self.delete_action,
            self.export_action,
        ):
            self.table.addAction(action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.details.request_id_button.setDefaultAction(self.copy_request_id_action)

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.status_filter)
        filter_row.addWidget(self.count_label)

        button_row = self._button_row = QHBoxLayout()
        self.buttons: dict[str, QToolButton] = {}
        for name, action in (
            ("retry", self.retry_action),
            ("copy_request_id", self.copy_request_id_action),
            ("delete", self.delete_action),
            ("export", self.export_action),
        ):
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[name] = button
            button_row.addWidget(button)
        button_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(button_row)

        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        selection.currentRowChanged.connect(self._on_current_row_changed)
        self.model.dataChanged.connect(self._on_model_dataChanged)
        self.model.modelReset.connect(self._update_selection_state)
        self.model.rowsRemoved.connect(self._update_selection_state)
        self._update_selection_state()
        self._show_count(self.model.rowCount())

    # -- building ----------------------------------------------------------------

    def add_lead_actions(self, actions: dict[str, QAction]) -> None:
        """More actions on the selected leads (by button name): shortcuts, menu, buttons.

        Other screens plug in here (the outcomes: Qualified / Won / Lost).
        """
        self._button_row.takeAt(self._button_row.count() - 1)  # the stretch goes last
        for name, action in actions.items():
            self.addAction(action)
            self.table.addAction(action)
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.buttons[name] = button
            self._button_row.addWidget(button)
        self._button_row.addStretch(1)

    def show_current_lead_again(self) -> None:
        """Re-read the details pane (something it shows changed elsewhere)."""
        self._update_details()

    # -- live updates (the window forwards these) --------------------------------

    @Slot(int)
    def on_sender_leadChanged(self, lead_id: int) -> None:
        """A lead's row changed on the sender thread; repaint it (and its details)."""
        self.model.on_sender_leadChanged(lead_id)

    @Slot(int)
    def on_outbox_leadAdded(self, lead_id: int) -> None:
        """A lead was enqueued; it appears at the top if it matches the filter."""
        self.model.on_outbox_leadAdded(lead_id)

    # -- filtering ---------------------------------------------------------------

    @Slot()
    def apply_filter_now(self) -> None:
        """Show the leads matching the search box and status filter, without waiting."""
        self._search_timer.stop()
        statuses = self.status_filter.currentData()
        query = HistoryQuery(
            search=self.search.text().strip(),
            statuses=statuses if isinstance(statuses, frozenset) else frozenset(),
        )
        if query != self.model.query:
            self.model.set_query(query)

    @Slot()
    def _on_search_returnPressed(self) -> None:
        """Return in the search box: search now and go to the results, keyboard only."""
        self.apply_filter_now()
        if self.model.rowCount() and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def hideEvent(self, event: QHideEvent) -> None:
        """Apply a search still waiting on its pause, so no timer outlives the tab."""
        if self._search_timer.isActive():
            self.apply_filter_now()
        super().hideEvent(event)

    def _focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    @Slot(int)
    def _show_count(self, count: int) -> None:
        self.count_label.setText(count_leads(count))

    def focus_table(self) -> None:
        """Put the keyboard in the table, on the first lead if none is current (Ctrl+2)."""
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self._select_only(0)
        self.table.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _select_only(self, row: int) -> None:
        """Make ``row`` the one selected, current row; never add to the selection.

        (``selectRow`` extends an ExtendedSelection when Ctrl or Shift is held.)
        """
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(self.model.index(row, 0), flags)

    @Slot(int)
    def show_lead(self, lead_id: int) -> bool:
        """Select lead ``lead_id`` and scroll to it; returns False when it is not stored.

        A lead hidden by the search or status filter is shown by clearing them.
        """
        row = self._history.position(self.model.query, lead_id)
        if row is None:
            if self._history.get(lead_id) is None:
                self.message.emit(
                    self.tr("Lead {id} is no longer in the history.").format(id=lead_id)
                )
                return False
            self.search.clear()
            self.status_filter.setCurrentIndex(0)
            self.apply_filter_now()
            row = self._history.position(self.model.query, lead_id)
            if row is None:
                return False
        self._select_only(row)
        self.table.scrollTo(self.model.index(row, 0), QTableView.ScrollHint.PositionAtCenter)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- selection ---------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Rows of the selected leads, top to bottom."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            span = selection.at(number)
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selectedcount_leads(self) -> list[Lead]:
        """The selected leads, top to bottom (reads their pages if needed)."""
        return self.model.leads_in_rows(self.selected_rows())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self._update_selection_state()

    @Slot(QModelIndex, QModelIndex)
    def _on_current_row_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        del current, previous
        self._update_details()

    @Slot(QModelIndex, QModelIndex)
    def _on_model_dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex) -> None:
        # A selected lead's status changed (say the sender delivered it): the
        # buttons and the details pane follow.
        selection = self.table.selectionModel()
        if not selection.hasSelection():
            return
        first, last = top_left.row(), bottom_right.row()
        if last - first > _STATUS_CHECK_LIMIT or any(
            selection.isRowSelected(row, QModelIndex()) for row in range(first, last + 1)
        ):
            self._update_selection_state()

    @Slot()
    def _update_selection_state(self) -> None:
        rows = self.selected_rows()
        if not rows or len(rows) > _STATUS_CHECK_LIMIT:
            self.retry_action.setEnabled(bool(rows))
            self.copy_request_id_action.setEnabled(bool(rows))
        else:
            leads = self.model.leads_in_rows(rows)
            self.retry_action.setEnabled(any(can_retry(lead.status) for lead in leads))
            self.copy_request_id_action.setEnabled(any(lead.request_id for lead in leads))
        self.delete_action.setEnabled(bool(rows) and self._erasing is None)
        self.export_action.setEnabled(self.model.rowCount() > 0)
        self._update_details(rows)

    def _update_details(self, rows: list[int] | None = None) -> None:
        rows = self.selected_rows() if rows is None else rows
        current = self.table.currentIndex()
        if len(rows) == 1:
            row = rows[0]
        elif current.isValid() and current.row() in rows:
            row = current.row()
        else:
            self.details.show_lead(None, selected=len(rows))
            self.leadShown.emit(None)
            return
        line = self.model.line_at(row)
        if line is None:
            self.details.show_lead(None)
            self.leadShown.emit(None)
            return
        lead, earlier = line.lead, line.earlier
        self.details.show_lead(
            lead,
            record=self._history.capture(lead.id),
            earlier=earlier,
            earlier_lead=self._history.get(earlier.lead_id) if earlier is not None else None,
        )
        self.leadShown.emit(lead)

    # -- actions -----------------------------------------------------------------

    @Slot()
    def retry_selected(self) -> int:
        """Put the selected leads that may be retried back in the queue; returns how many."""
        retried = 0
        skipped = 0
        for lead in self.selectedcount_leads():
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
            self.model.on_sender_leadChanged(lead.id)
        if retried:
            self.retryRequested.emit()
            self.message.emit(f"{count_leads(retried)} queued to send now.")
        elif skipped:
            self.message.emit("Nothing to retry: only waiting or refused leads can be retried.")
        self._update_selection_state()
        return retried

    @Slot()
    def copy_request_ids(self) -> None:
        """Copy the selected leads' request ids, one per line, for a support ticket."""
        ids = [lead.request_id for lead in self.selectedcount_leads() if lead.request_id]
        if not ids:
            self.message.emit("No request id yet: these leads have had no answer from Octanist.")
            return
        QGuiApplication.clipboard().setText("\n".join(ids))
        self.message.emit(
            "Request id copied." if len(ids) == 1 else f"{len(ids)} request ids copied."
        )

    @Slot()
    def delete_selected(self) -> int:
        """Erase the selected leads from this computer after confirmation; returns how many.

        The erasing itself runs on the task pool; the table and ``message``
        follow when it is done.
        """
        leads = self.selectedcount_leads()
        if not leads or not self.confirm_delete(leads):
            return 0
        # The lifecycle's one rule: every selected lead is erased, and one being
        # sent may still reach Octanist (its request can't be called back).
        in_flight = sum(1 for lead in leads if may_arrive_after_erase(lead.status))
        ids = [lead.id for lead in leads]
        data_dir = self._history.data_dir
        if data_dir is None:  # no file to open a second connection to
            erased = self.model.erase(ids)
            self.message.emit(dialogs.erased_message(erased, min(in_flight, erased)))
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
        self._update_selection_state()
        return len(ids)

    def is_erasing(self) -> bool:
        """True while a deletion is under way."""
        return self._erasing is not None

    def _on_erased(self, erased: list[int], in_flight: int) -> None:
        self._erasing = None
        self.model.on_leads_erased(erased)
        self.message.emit(dialogs.erased_message(len(erased), min(in_flight, len(erased))))
        self._update_selection_state()

    def _on_erase_failed(self, error: object) -> None:
        self._erasing = None
        self.model.refresh()  # whatever was erased before the failure is gone
        self.message.emit(
            self.tr("The leads could not be deleted ({reason}). Try again.").format(
                reason=error if str(error) else type(error).__name__
            )
        )
        self._update_selection_state()

    @Slot()
    def export_csv(self) -> int | None:
        """Export leads to a CSV file the user picks; returns how many, None if nothing was written.

        With a search or filter on (or several leads selected) the user is
        asked first: all leads, only those shown, or only those selected.
        """
        query, rows = self.model.query, self.selected_rows()
        shown = self.model.rowCount()
        choices = {ExportScope.ALL: self._history.count(HistoryQuery())}
        if query != HistoryQuery() and shown != choices[ExportScope.ALL]:
            choices[ExportScope.SHOWN] = shown
        if 1 < len(rows) < shown:
            choices[ExportScope.SELECTED] = len(rows)
        scope = self.ask_export_scope(choices) if len(choices) > 1 else ExportScope.ALL
        if scope is None:
            return None
        path = self.ask_save_path()
        if path is None:
            return None
        if scope is ExportScope.SELECTED:
            leads: Iterator[Lead] = iter(self.model.leads_in_rows(rows))
        else:
            leads = self._all_matching(query if scope is ExportScope.SHOWN else HistoryQuery())
        try:
            written = export_csv(leads, path, self._history.captures, self._history.earlier_leads)
        except (OSError, UnicodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.message.emit(
                self.tr("Could not export to {path}: {reason}").format(path=path, reason=reason)
            )
            return None
        self.message.emit(
            self.tr("Exported {count} to {path}.").format(count=count_leads(written), path=path)
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
