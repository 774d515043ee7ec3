"""The History tab's page: empty until first opened, then the view and its outcome actions.

The table, its model and icons are not part of the first window: the view
is built the first time the tab is opened or a lead is asked for. Until
then nothing needs telling about new or changed leads — the view reads
every lead from the store when it is built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from octanist_desktop.prefs.history_columns import HistoryColumnChoice
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.actions import VisitorLock

if TYPE_CHECKING:
    from octanist_desktop.store.outcome_queue import OutcomeQueue
    from octanist_desktop.store.remote_index import RemoteIndex
    from octanist_desktop.ui.history.outcome_actions import OutcomeActions
    from octanist_desktop.ui.history.view import HistoryView

#: Makes (on first use) the outcome queue and Octanist's index of leads.
AfterCallStores = Callable[[], "tuple[OutcomeQueue, RemoteIndex]"]


class HistoryPage(QWidget):
    """The History tab's widget; ``view()`` builds the ``HistoryView`` into it on first use.

    ``after_call`` makes the outcome queue and remote index when the view
    is built (no outcome actions without it); ``currency`` names the
    currency deal values are shown in.

    Signals:
        retryRequested(): the user retried leads; wake the sender.
        message(str): a transient status-bar message.
        outcomeQueued(int): an outcome (qualified/won/lost) was saved for this lead id.
        viewBuilt(QWidget): the view was just built (its splitter can be restored).
    """

    retryRequested = Signal()
    message = Signal(str)
    outcomeQueued = Signal(int)
    viewBuilt = Signal(QWidget)

    def __init__(
        self,
        history: History,
        outbox: Outbox,
        *,
        lock: VisitorLock,
        columns: HistoryColumnChoice | None,
        after_call: AfterCallStores | None,
        currency: Callable[[], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("historyPage")
        QVBoxLayout(self).setContentsMargins(0, 0, 0, 0)
        self._history = history
        self._outbox = outbox
        self._lock = lock
        self._columns = columns
        self._after_call = after_call
        self._currency = currency
        self._view: HistoryView | None = None
        #: Marking leads qualified/won/lost (ui/history/outcome_actions.py), once built.
        self.outcome_actions: OutcomeActions | None = None

    def built_view(self) -> HistoryView | None:
        """The view if it was built yet (None: nothing to tell it)."""
        return self._view

    def view(self) -> HistoryView:
        """The view, built the first time it is asked for."""
        if self._view is None:
            from octanist_desktop.ui.history.view import HistoryView

            columns = self._columns
            view = HistoryView(
                self._history,
                self._outbox,
                lock=self._lock,
                shown_columns=columns.load() if columns is not None else None,
            )
            if columns is not None:
                view.columnsChanged.connect(columns.save)
            view.retryRequested.connect(self.retryRequested)
            view.message.connect(self.message)
            if self._after_call is not None:
                from octanist_desktop.ui.history.outcome_actions import OutcomeActions

                queue, index = self._after_call()
                self.outcome_actions = OutcomeActions(
                    view,
                    queue,
                    index,
                    currency=self._currency,
                    lock=self._lock,
                )
                self.outcome_actions.outcomeQueued.connect(self.outcomeQueued)
            layout = self.layout()
            assert layout is not None
            layout.addWidget(view)
            self._view = view
            self.viewBuilt.emit(view)
        return self._view

    def reload(self) -> None:
        """Read every row again and redraw the shown lead's card (statuses, values changed)."""
        if self._view is not None:
            self._view.model.refresh()
            self._view.show_current_lead_again()

    def show_current_lead_again(self) -> None:
        """Redraw the shown lead's card (what the server takes changed)."""
        if self._view is not None:
            self._view.show_current_lead_again()

    def lead_added(self, lead_id: int) -> None:
        """A lead reached the outbox: its row appears."""
        if self._view is not None:
            self._view.on_outbox_leadAdded(lead_id)

    def lead_changed(self, lead_id: int) -> None:
        """A lead's row changed on the sender thread: its row and outcome state follow."""
        if self._view is not None:
            self._view.on_sender_leadChanged(lead_id)
            if self.outcome_actions is not None:
                self.outcome_actions.on_lead_changed(lead_id)

    def lead_erased(self, lead_id: int) -> None:
        """A lead left the outbox (taken back into the form): its row goes."""
        if self._view is not None:
            self._view.model.on_leads_erased([lead_id])
