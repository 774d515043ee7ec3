"""History's Qualified / Won / Lost: record an outcome for the selected leads, and show it.

Plugs into ``HistoryView``: three actions (Ctrl+Shift+Q / W / L, in the
table's menu and as buttons), and the "After the call" timeline in the
details card. An outcome is saved to disk before anything else (like a
lead) and the window wakes the sender with ``outcomeQueued``; the sender
sends it once its lead is at Octanist.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QLocale, QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from octanist_desktop.core.deal import OutcomeDraft, Stage
from octanist_desktop.core.remote import Availability
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import StoreError
from octanist_desktop.store.outcome_queue import OutcomeQueue
from octanist_desktop.store.remote_index import RemoteIndex
from octanist_desktop.ui.actions import (
    MARK_LOST,
    MARK_QUALIFIED,
    MARK_WON,
    VisitorLock,
    make_action,
)
from octanist_desktop.ui.history.dialogs import describe_leads
from octanist_desktop.ui.history.octanist_cells import OCTANIST_FACT, octanist_facts
from octanist_desktop.ui.history.outcome_dialog import OutcomeDialog
from octanist_desktop.ui.history.timeline import OutcomeTimeline
from octanist_desktop.ui.history.view import HistoryView

log = logging.getLogger(__name__)

#: ``ask(who, stage, previous)`` → the outcome entered, or None when cancelled.
AskOutcome = Callable[[str, Stage, OutcomeDraft | None], OutcomeDraft | None]


class OutcomeActions(QObject):
    """Qualified / Won / Lost for the leads selected in ``view``; the timeline in its details.

    ``ask`` is the outcome dialog (a plain attribute, so tests can answer it
    without a modal dialog). ``currency()`` is the symbol from Settings.

    Signals:
        outcomeQueued(int): an outcome was saved for this lead id; wake the sender.
    """

    outcomeQueued = Signal(int)

    def __init__(
        self,
        view: HistoryView,
        queue: OutcomeQueue,
        index: RemoteIndex,
        *,
        currency: Callable[[], str],
        lock: VisitorLock | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or view)
        self._view = view
        self._queue = queue
        self._index = index
        self._currency = currency
        self.ask: AskOutcome = self._ask_with_dialog
        self.actions = {
            "qualified": make_action(
                MARK_QUALIFIED, view, lambda: self.mark(Stage.QUALIFIED), lock=lock
            ),
            "won": make_action(MARK_WON, view, lambda: self.mark(Stage.WON), lock=lock),
            "lost": make_action(MARK_LOST, view, lambda: self.mark(Stage.LOST), lock=lock),
        }
        view.add_lead_actions(self.actions)
        # The At Octanist, Value and Campaign columns read this for every page.
        view.model.add_fact_source(OCTANIST_FACT, octanist_facts(queue, index, currency))
        self.timeline = OutcomeTimeline()
        view.details.add_section(self.timeline)
        view.leadShown.connect(self.on_view_leadShown)
        self._shown: Lead | None = None
        self.on_view_leadShown(None)

    # -- recording ----------------------------------------------------------------------

    def mark(self, stage: Stage) -> int:
        """Ask for the outcome of the selected leads and save it for each; how many saved."""
        leads = self._view.selected_leads()
        if not leads:
            self._view.message.emit(self.tr("Select a lead first, then record its outcome."))
            return 0
        previous = self._previous(leads[0]) if len(leads) == 1 else None
        draft = self.ask(describe_leads(leads), stage, previous)
        if draft is None:
            return 0
        saved = 0
        for lead in leads:
            try:
                self._queue.add(lead.id, draft)
            except (StoreError, sqlite3.Error) as error:
                # Erased meanwhile, or the disk refused: say so, keep the others.
                log.warning("outcome for lead %d not saved: %s", lead.id, type(error).__name__)
                self._view.message.emit(
                    self.tr("The outcome for {who} was not saved: {why}").format(
                        who=describe_leads([lead]), why=error
                    )
                )
                continue
            saved += 1
            self.outcomeQueued.emit(lead.id)
            self._view.on_sender_leadChanged(lead.id)
        if saved:
            self._view.message.emit(self._saved_message(draft.stage, saved))
        self._refresh_shown()
        return saved

    def _saved_message(self, stage: Stage, count: int) -> str:
        if stage is Stage.QUALIFIED:
            return self.tr(
                "Saved as qualified: %Ln lead(s). It is sent to Octanist next.", None, count
            )
        if stage is Stage.WON:
            return self.tr("Saved as won: %Ln lead(s). It is sent to Octanist next.", None, count)
        return self.tr("Saved as lost: %Ln lead(s). It is sent to Octanist next.", None, count)

    def _previous(self, lead: Lead) -> OutcomeDraft | None:
        """The lead's latest outcome, to start from (a qualified lead's value, say)."""
        try:
            latest = self._queue.latest_for([lead.id]).get(lead.id)
        except sqlite3.Error:
            return None
        return latest.draft if latest is not None else None

    def _ask_with_dialog(
        self, who: str, stage: Stage, previous: OutcomeDraft | None
    ) -> OutcomeDraft | None:
        parent = self._view.window()
        dialog = OutcomeDialog(
            who,
            stage,
            currency=self._currency(),
            previous=previous,
            parent=parent if isinstance(parent, QWidget) else None,
        )
        try:
            return dialog.draft() if dialog.exec() else None
        finally:
            dialog.deleteLater()

    # -- the timeline -------------------------------------------------------------------

    @Slot(object)
    def on_view_leadShown(self, lead: object) -> None:
        """The details card shows another lead: show its outcomes and Octanist's side."""
        self._shown = lead if isinstance(lead, Lead) else None
        self._refresh_shown()

    def on_lead_changed(self, lead_id: int) -> None:
        """A lead or one of its outcomes changed (the sender, a refresh): redraw if shown."""
        if self._shown is not None and self._shown.id == lead_id:
            self._view.show_current_lead_again()

    def _refresh_shown(self) -> None:
        lead = self._shown
        if lead is None:
            self.timeline.show_lead(None, [], None)
            return
        try:
            outcomes = self._queue.for_lead(lead.id)
            remote = self._index.for_leads([lead.id]).get(lead.id)
            availability = self._index.availability()
        except sqlite3.Error:
            return
        self.timeline.show_lead(
            lead,
            outcomes,
            remote,
            availability=availability,
            locale=QLocale(),
            currency=self._currency(),
        )

    def availability(self) -> Availability:
        """Whether the server takes outcomes, as last seen."""
        return self._index.availability()
