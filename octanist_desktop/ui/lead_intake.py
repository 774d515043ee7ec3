"""How the window takes a lead in: commit it, count it, wake the sender, show it in History.

Every way a lead reaches the outbox from the window ends here: the staff
form's ``save`` (with its record: consent ticks and scanned badge), booth
mode's visitor leads, staff answers, imports, and Edit taking one back.
The lead is committed before anything is shown; a failure to show it never
makes the caller keep (and store again) a lead that is already safe.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.store.history import History
from octanist_desktop.ui.form.duplicate_hint import SameLead, same_leads_anywhere

if TYPE_CHECKING:
    from octanist_desktop.importing.badge_scan import BadgeReading
    from octanist_desktop.store.outbox import Outbox
    from octanist_desktop.ui.form.staff_capture import StaffCapture
    from octanist_desktop.ui.history.page import AfterCallStores, HistoryPage
    from octanist_desktop.ui.last_lead import LastLead

log = logging.getLogger(__name__)


class LeadIntake:
    """The main window's part that commits leads (mixed into ``MainWindow``).

    What signals call (``announce_saved``, the import's and Edit's slots)
    stays on ``MainWindow`` itself, a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the window provides.
        last_lead: LastLead
        _outbox: Outbox
        _history: History
        _history_page: HistoryPage
        _staff_capture: StaffCapture
        _after_call: AfterCallStores | None
        _detached: bool

        def announce_saved(self, lead_id: int) -> None: ...

    def save_lead(self, payload: dict[str, object]) -> int:
        """The form's ``save``: commit the lead to disk now; the network gets it later.

        The lead keeps its record (``staff_capture``: the consent ticks, as
        staff's, and the badge it was scanned from) in the same commit.
        Raises whatever the store raises (a full disk, a read-only file, a
        payload that can't be stored): the form then keeps the input and says why.
        """
        lead_id = self._outbox.enqueue(payload, self._staff_capture.record(payload))
        try:
            self._on_lead_saved(lead_id, payload)
        except Exception:
            # The lead is safe on disk: a failure to show it must not make the
            # form keep it, or Ctrl+Enter again would store it twice.
            log.exception("showing saved lead %d failed", lead_id)
        return lead_id

    def save_visitor_lead(self, payload: Mapping[str, object], capture: CaptureRecord) -> int:
        """Booth mode's save: a visitor's lead and its proof of consent, committed together.

        Raises like ``save_lead``; booth mode then keeps the visitor's input.
        """
        lead_id = self._outbox.enqueue(payload, capture)
        try:
            self.announce_saved(lead_id)
        except Exception:
            log.exception("announcing saved lead %d failed", lead_id)
        return lead_id

    @property
    def history(self) -> History:
        """The window's read access to the stored leads."""
        return self._history

    def note_badge(self, reading: BadgeReading) -> None:
        """The staff form was filled from a scanned badge: keep its raw scan with the lead."""
        self._staff_capture.note_badge(reading)

    def staff_capture(self, payload: Mapping[str, object]) -> CaptureRecord:
        """The record kept with a lead typed in the staff form (ui/form/staff_capture.py)."""
        return self._staff_capture.record(payload)

    def _on_lead_saved(self, lead_id: int, payload: dict[str, object]) -> None:
        self.last_lead.saved(lead_id, payload)
        self.announce_saved(lead_id)

    def detach_from_store(self) -> None:
        """The database is about to close: ignore anything the sender still had in flight."""
        self._detached = True

    def _on_lead_added(self, lead_id: int) -> None:
        # Not built yet: it reads every lead from the store when it is.
        if not self._detached:
            self._history_page.lead_added(lead_id)

    def _duplicate_hint(self, email: str | None, phone: str | None) -> list[SameLead]:
        """The earlier leads the typed email and phone match, here or at Octanist."""
        if self._detached:
            return []
        after_call = self._after_call
        remote = (lambda: after_call()[1]) if after_call is not None else None
        return same_leads_anywhere(self._history, remote, email, phone)
