"""The History tab: find a lead, see what happened to it, retry, copy, delete or export.

The view reads and short-writes through the GUI thread's ``History`` and
``Outbox``; it never talks to the sender. After a retry it emits
``retryRequested`` and the window wakes the sender.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QItemSelection,
    QModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QHideEvent
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

from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import can_retry
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.actions import FIND, VisitorLock, make_action
from octanist_desktop.ui.history import dialogs
from octanist_desktop.ui.history.details import LeadDetails
from octanist_desktop.ui.history.dialogs import ExportScope, count_leads
from octanist_desktop.ui.history.lead_actions import LeadActions
from octanist_desktop.ui.history.model import HistoryModel
from octanist_desktop.ui.history.selection import LeadSelection
from octanist_desktop.ui.history.status_words import STATUS_FILTERS, filter_label
from octanist_desktop.ui.history.table import LeadTable

#: Typing pauses shorter than this don't re-query; long enough to skip mid-word states.
SEARCH_DELAY_MS = 150
# Checking each selected lead's status for the buttons is cheap for a
# handful of rows; for a huge selection the actions stay enabled and each
# lead is judged when the action runs.
_STATUS_CHECK_LIMIT = 500


class HistoryView(LeadSelection, QWidget):
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
        self.search.setAccessibleName(self.tr("Search leads"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the leads whose name, email, phone or note contains these words")
        )
        for clear in self.search.findChildren(QToolButton):  # Qt's icon-only ✕ in the box
            clear.setAccessibleName(self.tr("Clear search"))
            clear.setAccessibleDescription(self.tr("Empties the search box and shows every lead"))
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("historyStatusFilter")
        self.status_filter.setAccessibleName(self.tr("Show leads"))
        self.status_filter.setAccessibleDescription(
            self.tr("Shows all leads, or only those waiting, delivered or needing attention")
        )
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
        details_scroll.setAccessibleName(self.tr("Lead card"))
        details_scroll.setAccessibleDescription(self.tr("Everything about the selected lead"))
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

        self.lead_actions = LeadActions(self, history, outbox, lock=lock)
        self.retry_action = self.lead_actions.retry
        self.copy_request_id_action = self.lead_actions.copy_request_id
        self.delete_action = self.lead_actions.delete
        self.export_action = self.lead_actions.export
        self.find_action = make_action(FIND, self, self._focus_search, lock=lock)
        self.addAction(self.find_action)
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
            self.buttons[name] = _tool_button(action)
            button_row.addWidget(self.buttons[name])
        button_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addLayout(filter_row)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(button_row)

        selection = self.table.selectionModel()
        selection.selectionChanged.connect(self._on_selection_changed)
        selection.currentRowChanged.connect(self._on_current_row_changed)
        self.model.dataChanged.connect(self._on_model_dataChanged)
        self.model.modelReset.connect(self.update_selection_state)
        self.model.rowsRemoved.connect(self.update_selection_state)
        self.update_selection_state()
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
            self.buttons[name] = _tool_button(action)
            self._button_row.addWidget(self.buttons[name])
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

    # -- selection (reading and setting it, and the card: selection.py) -----------

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, selected: QItemSelection, deselected: QItemSelection) -> None:
        del selected, deselected
        self.update_selection_state()

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
            self.update_selection_state()

    @Slot()
    def update_selection_state(self) -> None:
        """Enable the actions that apply to the selection, and show its details."""
        rows = self.selected_rows()
        if not rows or len(rows) > _STATUS_CHECK_LIMIT:
            self.retry_action.setEnabled(bool(rows))
            self.copy_request_id_action.setEnabled(bool(rows))
        else:
            leads = self.model.leads_in_rows(rows)
            self.retry_action.setEnabled(any(can_retry(lead.status) for lead in leads))
            self.copy_request_id_action.setEnabled(any(lead.request_id for lead in leads))
        self.delete_action.setEnabled(bool(rows) and not self.lead_actions.is_erasing())
        self.export_action.setEnabled(self.model.rowCount() > 0)
        self._update_details(rows)

    # -- the lead actions (ui/history/lead_actions.py) ---------------------------------

    def retry_selected(self) -> int:
        """Retry now: the selected leads that may be retried go back in the queue."""
        return self.lead_actions.retry_selected()

    def copy_request_ids(self) -> None:
        """Copy request id: the selected leads' request ids, one per line."""
        self.lead_actions.copy_request_ids()

    def delete_selected(self) -> int:
        """Delete: erase the selected leads after confirmation; how many are being erased."""
        return self.lead_actions.delete_selected()

    def is_erasing(self) -> bool:
        """True while a deletion is under way."""
        return self.lead_actions.is_erasing()

    def export_csv(self) -> int | None:
        """Export CSV: asks which leads and where; how many were written (None: nothing)."""
        return self.lead_actions.export_csv()


def _tool_button(action: QAction) -> QToolButton:
    """A flat button for ``action``, with its words (no icon)."""
    button = QToolButton()
    button.setDefaultAction(action)
    button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
    return button
