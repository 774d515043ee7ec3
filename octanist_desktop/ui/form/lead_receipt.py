"""The line under the form that says what happened to the lead just saved.

"✓ Marieke de Vries — saved, sending…" turns into "delivered", "queued:
offline" or "refused: <reason>, see History" as the sender gets on with it,
without a dialog in the way of the next lead. Edit takes the lead back into
the form while it hasn't gone out; History shows it there.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QWidget

from octanist_desktop.core.match_hint import when_entered
from octanist_desktop.core.states import ConnectionState
from octanist_desktop.store.lead import Lead
from octanist_desktop.store.lifecycle import LeadStatus, is_refused
from octanist_desktop.ui.message_colours import (
    error_colour,
    muted_css_colour,
    success_colour,
    warning_colour,
)
from octanist_desktop.ui.screen_reader import announce, spoken
from octanist_desktop.ui.words import translated


class ReceiptState(Enum):
    """Where the lead on the receipt stands, as the salesperson needs to know it."""

    SENDING = auto()  # saved, on its way
    DELIVERED = auto()  # Octanist has it
    OFFLINE = auto()  # saved, waits for the connection
    NO_KEY = auto()  # saved, waits for an API key
    KEY_REFUSED = auto()  # saved, waits for a key Octanist accepts
    REFUSED = auto()  # Octanist refused the lead itself: a person must look
    TAKEN_BACK = auto()  # the salesperson took it back into the form to edit


_GOOD, _DONE, _WAITING, _BAD = "good", "done", "waiting", "bad"

_WAITING_FOR = {
    ConnectionState.OFFLINE: ReceiptState.OFFLINE,
    ConnectionState.NO_KEY: ReceiptState.NO_KEY,
    ConnectionState.KEY_REFUSED: ReceiptState.KEY_REFUSED,
}


def receipt_state(lead: Lead, connection: ConnectionState) -> tuple[ReceiptState, str]:
    """Where ``lead`` stands for the receipt, given the connection; and Octanist's reason."""
    if lead.status is LeadStatus.DELIVERED:
        return ReceiptState.DELIVERED, ""
    if is_refused(lead.status):
        return ReceiptState.REFUSED, lead.last_error or ""
    if lead.status is LeadStatus.UNAUTHORIZED:
        return ReceiptState.KEY_REFUSED, ""
    if lead.status is LeadStatus.WAITING:
        return _WAITING_FOR.get(connection, ReceiptState.OFFLINE), ""
    return _WAITING_FOR.get(connection, ReceiptState.SENDING), ""


def who_is(payload: dict[str, object]) -> str:
    """The lead as the salesperson knows it: name, else email, else phone ("" if none)."""
    for key in ("name", "email", "phone"):
        value = payload.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


class LeadReceipt(QFrame):
    """A small, non-modal confirmation for the last lead saved from the form.

    Hidden until the first lead is saved. Its text elides to one line with
    the whole sentence as the tooltip, so it never pushes the Send button
    off a laptop screen.

    Signals:
        editRequested(int): the user wants lead ``id`` back in the form.
        historyRequested(int): the user wants to see lead ``id`` in History.
    """

    editRequested = Signal(int)
    historyRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadReceipt")
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._lead_id: int | None = None
        self._who = ""
        self._state = ReceiptState.SENDING
        self._full_text = ""
        self._tone = _GOOD

        self._label = QLabel(self)
        self._label.setObjectName("leadReceiptText")
        self._label.setTextFormat(Qt.TextFormat.PlainText)
        # Ignored width: the label shows what fits (elided) instead of widening the window.
        self._label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._label.setMinimumWidth(120)
        # Its width changes when Edit and the link hide or show, not only with the window.
        self._label.installEventFilter(self)

        self.edit_button = QPushButton(self.tr("Edit"), self)  # every Alt+letter is taken
        self.edit_button.setObjectName("leadReceiptEdit")
        self.edit_button.setAutoDefault(False)
        self.edit_button.setToolTip(self.tr("Take this lead back into the form to correct it"))
        self.edit_button.clicked.connect(self.on_edit_button_clicked)
        self.history_button = QPushButton(self.tr("Show in History"), self)
        self.history_button.setObjectName("leadReceiptHistory")
        self.history_button.setAutoDefault(False)
        self.history_button.setFlat(True)
        self.history_button.setAccessibleDescription(
            self.tr("Opens this lead's card in the History tab")
        )
        self.history_button.setCursor(Qt.CursorShape.PointingHandCursor)
        # A link, not a second button: it goes somewhere rather than doing something.
        self.history_button.setStyleSheet(
            "QPushButton { color: palette(link); text-decoration: underline; border: none; }"
        )
        self.history_button.clicked.connect(self.on_history_button_clicked)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 0, 0)
        layout.addWidget(self._label, 1)
        layout.addWidget(self.edit_button)
        layout.addWidget(self.history_button)
        layout.addStretch(0)
        self.hide()

    # -- what the window tells it -------------------------------------------------

    def lead_id(self) -> int | None:
        """The lead the receipt is about, if any."""
        return self._lead_id

    def state(self) -> ReceiptState:
        """Where that lead stands, as last shown."""
        return self._state

    def text(self) -> str:
        """The whole sentence shown (the label may show it elided)."""
        return self._full_text

    def show_saved(self, lead_id: int, who: str) -> None:
        """A lead was just saved: "✓ <who> — saved, sending…"."""
        self._lead_id = lead_id
        self._who = who or self.tr("Lead {id}").format(id=lead_id)
        self.show_state(ReceiptState.SENDING)
        self.show()

    def show_state(self, state: ReceiptState, reason: str = "") -> None:
        """Say where the lead stands now; ``reason`` is Octanist's, for REFUSED."""
        self._state = state
        who = self._who
        if state is ReceiptState.SENDING:
            text, tone = self.tr("✓ {who} — saved, sending…").format(who=who), _GOOD
        elif state is ReceiptState.DELIVERED:
            text, tone = self.tr("✓ {who} — delivered").format(who=who), _DONE
        elif state is ReceiptState.OFFLINE:
            text = self.tr("✓ {who} — queued: offline, sent when the connection returns").format(
                who=who
            )
            tone = _WAITING
        elif state is ReceiptState.NO_KEY:
            text = self.tr("✓ {who} — queued: sent once an API key is set").format(who=who)
            tone = _WAITING
        elif state is ReceiptState.KEY_REFUSED:
            text = self.tr(
                "✓ {who} — queued: Octanist refused the API key; sent once it is fixed"
            ).format(who=who)
            tone = _WAITING
        elif state is ReceiptState.REFUSED:
            text = self.tr("✖ {who} — refused: {reason}, see History").format(
                who=who, reason=translated(reason).rstrip(".") or self.tr("no reason given")
            )
            tone = _BAD
        else:
            text = self.tr(
                "{who} is back in the form: it is sent only when you save it again"
            ).format(who=who)
            tone = _WAITING
        changed = text != self._full_text
        self._full_text = text
        self._tone = tone
        self._label.setToolTip(text)
        self.edit_button.setVisible(state is not ReceiptState.TAKEN_BACK)
        self.history_button.setVisible(state is not ReceiptState.TAKEN_BACK)
        self._apply_tone()
        self._elide()
        if changed:  # the sender repeats a state; a screen reader says it once
            announce(self._label, spoken(text), urgent=state is ReceiptState.REFUSED)

    def show_note(self, text: str) -> None:
        """Say something that is about no lead in particular (a restored draft)."""
        self._lead_id = None
        self._state = ReceiptState.TAKEN_BACK  # nothing for the sender to update
        self.edit_button.hide()
        self.history_button.hide()
        self.explain(text)
        self.show()

    def explain_no_take_back(self, lead: Lead | None) -> None:
        """Say why Edit can't take the lead back into the form."""
        if lead is None:
            text = self.tr("This lead is no longer in History, so there is nothing to edit.")
        elif lead.status is LeadStatus.DELIVERED:
            when = translated(when_entered(lead.delivered_at or lead.updated_at))
            text = self.tr(
                "Already delivered to Octanist ({when}), so it can't be changed here: "
                "correct it in Octanist."
            ).format(when=when)
        elif lead.status is LeadStatus.SENDING:
            text = self.tr("It is being sent right now, so it can't be taken back.")
        else:
            text = self.tr(
                "It may already be at Octanist (an attempt got no answer), so it can't be "
                "taken back: check it in History."
            )
        self.explain(text)

    def explain(self, text: str) -> None:
        """Replace the sentence for a moment with an answer (why Edit can't take it back)."""
        self._full_text = text
        self._tone = _WAITING
        self._label.setToolTip(text)
        self._apply_tone()
        self._elide()
        announce(self._label, spoken(text))

    def forget(self) -> None:
        """Hide the receipt (e.g. the lead it named was erased)."""
        self._lead_id = None
        self.hide()

    # -- slots and events ---------------------------------------------------------

    @Slot()
    def on_edit_button_clicked(self) -> None:
        """Ask the window to take the lead back into the form."""
        if self._lead_id is not None:
            self.editRequested.emit(self._lead_id)

    @Slot()
    def on_history_button_clicked(self) -> None:
        """Ask the window to show the lead in History."""
        if self._lead_id is not None:
            self.historyRequested.emit(self._lead_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The label got a new width: elide the sentence to it."""
        if watched is self._label and event.type() == QEvent.Type.Resize:
            self._elide()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Elide the sentence to the new width."""
        super().resizeEvent(event)
        self._elide()

    def changeEvent(self, event: QEvent) -> None:
        """Re-colour when the palette switches between light and dark."""
        if event.type() == QEvent.Type.PaletteChange:
            self._apply_tone()
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------------

    def _apply_tone(self) -> None:
        palette = self.palette()
        if self._tone == _BAD:
            colour = error_colour(palette)
        elif self._tone == _WAITING:
            colour = warning_colour(palette)
        elif self._tone == _DONE:
            colour = success_colour(palette)
        else:
            colour = muted_css_colour(palette)
        self._label.setStyleSheet(f"color: {colour};")

    def _elide(self) -> None:
        metrics = self._label.fontMetrics()
        # No wider than the sentence, so Edit and the link sit right after it.
        self._label.setMaximumWidth(metrics.horizontalAdvance(self._full_text) + 8)
        width = max(self._label.width(), 40)
        # Read whole, not as the eye sees it cut off ("Marieke de Vr…").
        self._label.setAccessibleName(spoken(self._full_text))
        self._label.setText(metrics.elidedText(self._full_text, Qt.TextElideMode.ElideRight, width))
