"""Following the last lead saved from the form: its receipt, and Edit.

The receipt under the form ("✓ Marieke de Vries — saved, sending…") is
built the first time there is something to say, kept up to date from the
sender's signals and the connection state, and its Edit takes a lead that
is not at Octanist back into the form.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot
from PySide6.QtWidgets import QBoxLayout

from octanist_desktop.core.states import ConnectionState
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.form.lead_form import LeadForm
from octanist_desktop.ui.form.lead_receipt import (
    LeadReceipt,
    ReceiptState,
    receipt_state,
    who_is,
)

log = logging.getLogger(__name__)

_BUSY_FORM = QCoreApplication.translate(
    "LastLead", "Send or clear the lead you are typing first, then press Edit again."
)

# Edit brings back a lead's typed values for this many of the latest leads.
_TYPED_KEPT = 20


class LastLead(QObject):
    """Owns the receipt (built on first use, into ``bar`` at its start) and Edit.

    Signals:
        historyRequested(int): show lead ``id`` in History.
        takenBack(int): lead ``id`` left the outbox and is back in the form.
    """

    historyRequested = Signal(int)
    takenBack = Signal(int)

    def __init__(
        self,
        form: LeadForm,
        outbox: Outbox,
        bar: QBoxLayout,
        detached: Callable[[], bool],
        built: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._form = form
        self._outbox = outbox
        self._bar = bar
        self._detached = detached
        self._built = built
        self._receipt: LeadReceipt | None = None
        self._visitor = False
        self._connection = ConnectionState.UNKNOWN
        # The form's own values for leads saved in this run, so Edit brings back
        # what was typed (not the merged payload).
        self._typed: dict[int, dict[str, object]] = {}

    def is_built(self) -> bool:
        """Whether the receipt exists yet."""
        return self._receipt is not None

    @property
    def receipt(self) -> LeadReceipt:
        """The receipt, built the first time it is needed (not part of the first window)."""
        if self._receipt is None:
            receipt = LeadReceipt()
            receipt.editRequested.connect(self.on_receipt_editRequested)
            receipt.historyRequested.connect(self.historyRequested)
            # It takes the room the bar's stretch kept beside the Send button.
            spacer = self._bar.itemAt(0)
            if spacer is not None and spacer.spacerItem() is not None:
                self._bar.takeAt(0)
            self._bar.insertWidget(0, receipt, 1)
            self._receipt = receipt
            self._built()  # the window puts its buttons in the Tab chain
        return self._receipt

    def set_visitor(self, visitor: bool) -> None:
        """Booth mode: no receipt at all, it would show the last visitor's name to the next."""
        self._visitor = visitor
        if visitor and self._receipt is not None:
            self._receipt.forget()

    def saved(self, lead_id: int, payload: dict[str, object]) -> None:
        """A lead was just saved from the form (the form still holds what was typed)."""
        if self._visitor:
            return
        self._typed[lead_id] = self._form.values()
        for old in list(self._typed)[:-_TYPED_KEPT]:
            del self._typed[old]
        self.receipt.show_saved(lead_id, who_is(payload))
        self.refresh()

    def note(self, text: str) -> None:
        """Say something about no lead in particular (a restored draft)."""
        if not self._visitor:
            self.receipt.show_note(text)

    def lead_changed(self, lead_id: int) -> None:
        """The sender moved lead ``lead_id`` on."""
        if self._receipt is not None and lead_id == self._receipt.lead_id():
            self.refresh()

    def connection_changed(self, state: ConnectionState) -> None:
        """Online / offline / no key: a lead still waiting says why."""
        self._connection = state
        self.refresh()

    def refresh(self) -> None:
        """Read the lead on the receipt and say where it stands."""
        receipt = self._receipt
        if receipt is None or self._detached():
            return
        lead_id = receipt.lead_id()
        if lead_id is None or receipt.state() is ReceiptState.TAKEN_BACK:
            return
        try:
            lead = self._outbox.get(lead_id)
        except sqlite3.Error:
            return
        if lead is None:
            receipt.forget()
            return
        receipt.show_state(*receipt_state(lead, self._connection))

    @Slot(int)
    def on_receipt_editRequested(self, lead_id: int) -> None:
        """Edit: take a lead that isn't at Octanist back into the form, else say why not."""
        receipt = self.receipt
        if self._form.has_unsaved_input():
            receipt.explain(
                QCoreApplication.translate(
                    "LastLead",
                    "Send or clear the lead you are typing first, then press Edit again.",
                )
            )
            return
        try:
            lead = self._outbox.take_back(lead_id)
        except sqlite3.Error as exc:
            log.error("could not take a lead back: %s", type(exc).__name__)
            lead = None
        if lead is None:
            receipt.explain_no_take_back(self._outbox.get(lead_id))
            return
        self._form.set_values(self._typed.pop(lead_id, lead.payload), replace=True)
        receipt.show_state(ReceiptState.TAKEN_BACK)
        self.takenBack.emit(lead_id)
