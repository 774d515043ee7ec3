"""The History tab: find a lead, see what happened to it, retry, copy, delete or export.

The view reads and short-writes through the GUI thread's ``History`` and
``Outbox``; it never talks to the sender. After a retry it emits
``retryRequested`` and the window wakes the sender.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QHideEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QScrollArea,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.store.export import export_csv
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import NEEDS_ATTENTION, PENDING, IllegalTransition, LeadStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.history.capture_details import CaptureDetails
from octanist_desktop.ui.history.model import (
    COLUMN_ATTEMPTS,
    COLUMN_EMAIL,
    COLUMN_NAME,
    COLUMN_OCTANIST_ID,
    COLUMN_PHONE,
    COLUMN_REQUEST_ID,
    COLUMN_STATUS,
    COLUMN_TIME,
    DUPLICATE_EXPLANATION,
    STATUS_LABELS,
    HistoryModel,
    format_full_time,
    status_text,
)
from octanist_desktop.ui.status_icons import status_icon

#: Typing pauses shorter than this don't re-query; long enough to skip mid-word states.
SEARCH_DELAY_MS = 150
#: Leads read per query when exporting everything that matches.
EXPORT_CHUNK = 1_000
# Checking each selected lead's status for the buttons is cheap for a
# handful of rows; for a huge selection the actions stay enabled and each
# lead is judged when the action runs.
_STATUS_CHECK_LIMIT = 500

# "Retry now" moves these back to the queue (the lifecycle's USER_RETRY edges). Queued
# and sending leads are already on their way; a delivered one would be a duplicate.
RETRYABLE = frozenset(
    {LeadStatus.WAITING, LeadStatus.INVALID, LeadStatus.UNAUTHORIZED, LeadStatus.REJECTED}
)

#: The status filter's entries: (label, statuses); an empty set means every lead.
STATUS_FILTERS: tuple[tuple[str, frozenset[LeadStatus]], ...] = (
    ("All", frozenset()),
    ("Not yet delivered", PENDING),
    ("Delivered", frozenset({LeadStatus.DELIVERED})),
    ("Needs attention", NEEDS_ATTENTION),
    *(
        (STATUS_LABELS[status], frozenset({status}))
        for status in (
            LeadStatus.QUEUED,
            LeadStatus.SENDING,
            LeadStatus.WAITING,
            LeadStatus.INVALID,
            LeadStatus.UNAUTHORIZED,
            LeadStatus.REJECTED,
        )
    ),
)

_COLUMN_WIDTHS = {
    COLUMN_TIME: 130,
    COLUMN_NAME: 160,
    COLUMN_EMAIL: 200,
    COLUMN_PHONE: 130,
    COLUMN_STATUS: 210,
    COLUMN_ATTEMPTS: 70,
    COLUMN_OCTANIST_ID: 130,
    COLUMN_REQUEST_ID: 130,
}


def status_sentence(lead: Lead) -> str:
    """One plain sentence saying where this lead stands and what, if anything, to do."""
    status = lead.status
    if status is LeadStatus.DELIVERED:
        sentence = "Octanist has this lead."
    elif status is LeadStatus.QUEUED:
        sentence = "Waiting in the outbox; it is sent as soon as Octanist can be reached."
    elif status is LeadStatus.SENDING:
        sentence = "Being sent to Octanist right now."
    elif status is LeadStatus.WAITING:
        when = (
            f" at {format_full_time(lead.next_attempt_at)}"
            if lead.next_attempt_at is not None
            else ""
        )
        sentence = f"The last attempt failed; it is tried again automatically{when}."
    elif status is LeadStatus.INVALID:
        sentence = (
            "Octanist refused this lead as invalid. It is not retried on its own; "
            "enter it again corrected, or retry if the problem was on Octanist's side."
        )
    elif status is LeadStatus.UNAUTHORIZED:
        sentence = (
            "Octanist refused the API key. Check the key in Settings; "
            "leads refused this way are sent again when the key changes."
        )
    elif status is LeadStatus.REJECTED:
        sentence = (
            "Your Octanist account's lead filter turned this lead away. "
            "Change the filter in Octanist and retry if it should be accepted."
        )
    else:
        sentence = f"Status: {status}."
    if lead.maybe_duplicate:
        sentence += " " + DUPLICATE_EXPLANATION
    return sentence


def _pretty(text: str | None) -> str:
    """``text`` re-indented if it is JSON, else as it came."""
    if not text:
        return ""
    try:
        return json.dumps(json.loads(text), indent=2, ensure_ascii=False)
    except ValueError:
        return text


def _selectable_label() -> QLabel:
    label = QLabel()
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setWordWrap(True)
    return label


def _read_only_text(placeholder: str) -> QPlainTextEdit:
    text = QPlainTextEdit()
    text.setReadOnly(True)
    text.setPlaceholderText(placeholder)
    text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
    return text


class LeadDetails(QWidget):
    """Everything known about one lead: status, times, ids, error, payload, server answer."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadDetails")
        self.lead_id: int | None = None

        self.placeholder = QLabel("Select a lead to see what was sent and what Octanist answered.")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.status_icon = QLabel()
        self.status_sentence = _selectable_label()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status_icon, 0, Qt.AlignmentFlag.AlignTop)
        status_row.addWidget(self.status_sentence, 1)

        self.created = _selectable_label()
        self.updated = _selectable_label()
        self.delivered = _selectable_label()
        self.attempts = _selectable_label()
        self.octanist_id = _selectable_label()
        self.request_id = _selectable_label()
        self.last_error = _selectable_label()
        facts = QFormLayout()
        facts.addRow("Entered:", self.created)
        facts.addRow("Last change:", self.updated)
        facts.addRow("Delivered:", self.delivered)
        facts.addRow("Attempts:", self.attempts)
        facts.addRow("Octanist lead id:", self.octanist_id)
        facts.addRow("Request id:", self.request_id)
        facts.addRow("What went wrong:", self.last_error)

        self.payload = _read_only_text("Nothing was recorded.")
        self.server_answer = _read_only_text("No answer from Octanist yet.")
        self.capture = CaptureDetails()

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.addLayout(status_row)
        body_layout.addLayout(facts)
        body_layout.addWidget(self.capture)
        body_layout.addWidget(QLabel("Sent to Octanist:"))
        body_layout.addWidget(self.payload, 2)
        body_layout.addWidget(QLabel("Octanist's answer:"))
        body_layout.addWidget(self.server_answer, 1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.body)
        self.show_lead(None)

    def show_lead(
        self, lead: Lead | None, *, selected: int = 0, record: CaptureRecord | None = None
    ) -> None:
        """Show ``lead`` and its local ``record``; with none, say how many are selected."""
        self.lead_id = lead.id if lead is not None else None
        self.body.setVisible(lead is not None)
        self.placeholder.setVisible(lead is None)
        if lead is None:
            self.placeholder.setText(
                f"{selected:,} leads selected."
                if selected > 1
                else "Select a lead to see what was sent and what Octanist answered."
            )
            return
        self.status_icon.setPixmap(status_icon(lead.status).pixmap(16, 16))
        self.status_sentence.setText(
            f"<b>{_escape(status_text(lead))}</b><br>{_escape(status_sentence(lead))}"
        )
        self.created.setText(format_full_time(lead.created_at))
        self.updated.setText(format_full_time(lead.updated_at))
        self.delivered.setText(
            format_full_time(lead.delivered_at) if lead.delivered_at is not None else "Not yet"
        )
        self.attempts.setText(str(lead.attempts))
        self.octanist_id.setText(lead.octanist_id or "None yet")
        self.request_id.setText(lead.request_id or "None yet")
        self.last_error.setText(lead.last_error or "Nothing")
        self.payload.setPlainText(json.dumps(lead.payload, indent=2, ensure_ascii=False))
        self.server_answer.setPlainText(_pretty(lead.server_answer))
        self.capture.show_record(record)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class HistoryView(QWidget):
    """Search box, status filter, the lead table, a details pane and the lead actions.

    ``ask_save_path`` (the export file dialog: ``() -> Path | None``) and
    ``confirm_delete`` (the delete confirmation: ``(leads) -> bool``) are
    plain attributes so tests can answer them without a modal dialog.

    Signals:
        retryRequested(): leads went back to the queue; the window should wake the sender.
        message(str): a short outcome for the status bar ("Exported 12 leads to …").

    Slots:
        on_sender_leadChanged(int): a lead's row changed (forwarded to ``HistoryModel``).
        on_outbox_leadAdded(int): a lead was enqueued (forwarded to ``HistoryModel``).

    Shortcuts, while focus is in the tab: Ctrl+F search, Ctrl+R retry now,
    Ctrl+Shift+C copy request id, Ctrl+Shift+E export, Delete (in the table) delete.
    """

    retryRequested = Signal()
    message = Signal(str)

    def __init__(self, history: History, outbox: Outbox, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyView")
        self._history = history
        self._outbox = outbox
        self.ask_save_path: Callable[[], Path | None] = self._ask_save_path
        self.confirm_delete: Callable[[list[Lead]], bool] = self._confirm_delete

        self.model = HistoryModel(history, parent=self)

        self.search = QLineEdit()
        self.search.setObjectName("historySearch")
        self.search.setPlaceholderText("Search name, email, phone or note")
        self.search.setClearButtonEnabled(True)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("historyStatusFilter")
        for number, (label, statuses) in enumerate(STATUS_FILTERS):
            if number == 4:
                self.status_filter.insertSeparator(self.status_filter.count())
            self.status_filter.addItem(label, statuses)
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

        self.table = self._build_table()
        self.details = LeadDetails()
        details_scroll = QScrollArea()
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setWidget(self.details)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("historySplitter")  # remembered per screen by its name
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(details_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        self.retry_action = self._action(
            "&Retry now", "Send the selected leads again now", "Ctrl+R", self.retry_selected
        )
        self.copy_request_id_action = self._action(
            "&Copy request id",
            "Copy the selected leads' request ids, for Octanist support",
            "Ctrl+Shift+C",
            self.copy_request_ids,
        )
        self.delete_action = self._action(
            "&Delete…",
            "Remove the selected leads from this computer",
            QKeySequence(QKeySequence.StandardKey.Delete),
            self.delete_selected,
        )
        # Delete belongs to the table alone: in the search box the key edits text.
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.export_action = self._action(
            "&Export CSV…",
            "Export the selected leads, or every lead shown when none is selected",
            "Ctrl+Shift+E",
            self.export_csv,
        )
        self.find_action = self._action("Find", "Search the history", "Ctrl+F", self._focus_search)
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

        filter_row = QHBoxLayout()
        filter_row.addWidget(self.search, 1)
        filter_row.addWidget(self.status_filter)
        filter_row.addWidget(self.count_label)

        button_row = QHBoxLayout()
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

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("historyTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setSortingEnabled(False)
        table.setWordWrap(False)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        # Fixed row heights: the view then asks the model only for rows on
        # screen, which is what keeps 100k leads fluid.
        rows = table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 8)
        rows.hide()
        columns = table.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(True)
        columns.setHighlightSections(False)
        for column, width in _COLUMN_WIDTHS.items():
            table.setColumnWidth(column, width)
        return table

    def _action(
        self,
        text: str,
        tip: str,
        shortcut: str | QKeySequence,
        slot: Callable[[], object],
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setToolTip(
            f"{tip} ({action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)})"
        )
        action.triggered.connect(slot)
        return action

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
        self.count_label.setText(f"{count:,} lead" + ("" if count == 1 else "s"))

    # -- selection ---------------------------------------------------------------

    def selected_rows(self) -> list[int]:
        """Rows of the selected leads, top to bottom."""
        rows: set[int] = set()
        selection = self.table.selectionModel().selection()
        for number in range(selection.count()):
            span = selection.at(number)
            rows.update(range(span.top(), span.bottom() + 1))
        return sorted(rows)

    def selected_leads(self) -> list[Lead]:
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
            self.retry_action.setEnabled(any(lead.status in RETRYABLE for lead in leads))
            self.copy_request_id_action.setEnabled(any(lead.request_id for lead in leads))
        self.delete_action.setEnabled(bool(rows))
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
            return
        lead = self.model.lead_at(row)
        record = self._history.capture(lead.id) if lead is not None else None
        self.details.show_lead(lead, record=record)

    # -- actions -----------------------------------------------------------------

    @Slot()
    def retry_selected(self) -> int:
        """Put the selected leads that may be retried back in the queue; returns how many."""
        retried = 0
        skipped = 0
        for lead in self.selected_leads():
            if lead.status not in RETRYABLE:
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
            self.message.emit(f"{_leads(retried)} queued to send now.")
        elif skipped:
            self.message.emit("Nothing to retry: only waiting or refused leads can be retried.")
        self._update_selection_state()
        return retried

    @Slot()
    def copy_request_ids(self) -> None:
        """Copy the selected leads' request ids, one per line, for a support ticket."""
        ids = [lead.request_id for lead in self.selected_leads() if lead.request_id]
        if not ids:
            self.message.emit("No request id yet: these leads have had no answer from Octanist.")
            return
        QGuiApplication.clipboard().setText("\n".join(ids))
        self.message.emit(
            "Request id copied." if len(ids) == 1 else f"{len(ids)} request ids copied."
        )

    @Slot()
    def delete_selected(self) -> int:
        """Erase the selected leads from this computer after confirmation; returns how many."""
        leads = self.selected_leads()
        if not leads or not self.confirm_delete(leads):
            return 0
        ids = [lead.id for lead in leads]
        erased = self.model.erase(ids)
        kept = len(ids) - erased
        note = f" {_leads(kept)} being sent right now kept." if kept else ""
        self.message.emit(f"{_leads(erased)} deleted from this computer.{note}")
        return erased

    @Slot()
    def export_csv(self) -> int | None:
        """Export the selection (or every lead shown) to a CSV file the user picks."""
        rows = self.selected_rows()
        everything = not rows or len(rows) == self.model.rowCount()
        path = self.ask_save_path()
        if path is None:
            return None
        leads = self._all_shown() if everything else iter(self.model.leads_in_rows(rows))
        try:
            written = export_csv(leads, path, self._history.captures)
        except (OSError, UnicodeError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else error
            self.message.emit(f"Could not export to {path}: {reason}")
            return None
        self.message.emit(f"Exported {_leads(written)} to {path}.")
        return written

    def _all_shown(self) -> Iterator[Lead]:
        """Every lead matching the current filter, newest first, read in chunks."""
        query, offset = self.model.query, 0
        while True:
            chunk = self._history.page(query, offset, EXPORT_CHUNK)
            yield from chunk
            if len(chunk) < EXPORT_CHUNK:
                return
            offset += EXPORT_CHUNK

    # -- default dialogs (tests replace these attributes) ------------------------

    def _ask_save_path(self) -> Path | None:
        suggested = Path.home() / f"octanist-leads-{date.today().isoformat()}.csv"
        chosen, _ = QFileDialog.getSaveFileName(
            self, "Export leads as CSV", str(suggested), "CSV files (*.csv);;All files (*)"
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix else path.with_suffix(".csv")

    def _confirm_delete(self, leads: list[Lead]) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Delete leads")
        box.setText(f"Delete {_describe(leads)} from this computer?")
        box.setInformativeText(
            "This cannot be undone. It only removes them from Octanist Desktop's history "
            "here: leads already delivered stay in Octanist, and leads not yet delivered "
            "will never be sent."
        )
        delete = box.addButton("Delete", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete


def _describe(leads: list[Lead]) -> str:
    """ "Ada Lovelace", "3 leads (Ada, Grace, Alan)": enough to spot the wrong selection."""
    names = [lead.name or lead.email or lead.phone or f"lead {lead.id}" for lead in leads[:3]]
    if len(leads) == 1:
        return f"“{names[0]}”"
    listed = ", ".join(names) + (", …" if len(leads) > 3 else "")
    return f"{_leads(len(leads))} ({listed})"


def _leads(count: int) -> str:
    return f"{count:,} lead" + ("" if count == 1 else "s")
