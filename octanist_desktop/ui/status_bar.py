"""The window's status bar: where the key came from, how many leads wait, the connection,
and how much of the plan is used."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from octanist_desktop.core.key_words import CONNECTION_TEXT, SENDING_TEXT
from octanist_desktop.core.states import ConnectionState
from octanist_desktop.store.lifecycle import count_needing_attention, count_pending
from octanist_desktop.ui.message_colours import (
    error_colour,
    muted_css_colour,
    success_colour,
    warning_colour,
)
from octanist_desktop.ui.screen_reader import announce, spoken
from octanist_desktop.ui.words import translated

#: How long a transient message stays, in milliseconds.
MESSAGE_MS = 8000

#: The colour of each connection state, read against the palette it is shown on.
CONNECTION_COLOUR: dict[ConnectionState, Callable[[QPalette], str]] = {
    ConnectionState.UNKNOWN: muted_css_colour,
    ConnectionState.ONLINE: success_colour,
    ConnectionState.OFFLINE: warning_colour,
    ConnectionState.NO_KEY: error_colour,
    ConnectionState.KEY_REFUSED: error_colour,
}


class StatusBar(QStatusBar):
    """Always shows the connection, the leads still to send, and where the key came from.

    The three permanent labels are public (``connection_label``,
    ``queue_label``, ``key_label``) so tests and screenshots can read them;
    the connection label's ``state`` property holds the ``ConnectionState`` value.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionState")
        self.queue_label = QLabel()
        self.queue_label.setObjectName("queueCount")
        self.key_label = QLabel()
        self.key_label.setObjectName("keySource")
        # "148 of 500 leads this period", once Octanist has said (ui/usage_words.py).
        self.usage_label = QLabel()
        self.usage_label.setObjectName("planUsage")
        self.usage_label.hide()
        self.addPermanentWidget(self.usage_label)
        self.addPermanentWidget(self.key_label)
        self.addPermanentWidget(self.queue_label)
        self.addPermanentWidget(self.connection_label)
        self._counts: dict[str, int] = {}
        self._state = ConnectionState.UNKNOWN
        self._pending = 0

    def counts(self) -> dict[str, int]:
        """The last counts shown: {status value: number of leads}."""
        return dict(self._counts)

    def show_counts(self, counts: Mapping[str, int]) -> None:
        """Say how many leads are on their way and how many need a person."""
        self._counts = dict(counts)
        pending = count_pending(counts)
        attention = count_needing_attention(counts)
        if pending == 0:
            text = self.tr("All leads delivered")
        else:
            text = self.tr("%n to send", None, pending)
        if attention:
            text = self.tr("{text} · %n need(s) attention", None, attention).format(text=text)
        self.queue_label.setText(text)
        self._pending = pending
        self._show_connection_text()

    def count_queued(self, added: int) -> None:
        """``added`` leads were just queued: count them before the sender's counts arrive."""
        queued = self._counts.get("queued", 0) + added
        self.show_counts({**self._counts, "queued": queued})

    def show_connection(self, state: ConnectionState, detail: str) -> None:
        """Online / offline / no key / key refused, with ``detail`` as the tooltip."""
        changed = state is not self._state
        self._state = state
        self._show_connection_text()
        if changed and state is not ConnectionState.UNKNOWN:
            # Said aloud only when it changes: the sender reports the same state often.
            announce(
                self.connection_label,
                spoken(self.connection_label.text()),
                urgent=state is ConnectionState.KEY_REFUSED,
            )
        colour = CONNECTION_COLOUR[state](self.palette())
        self.connection_label.setStyleSheet(f"QLabel {{ color: {colour}; }}")
        self.connection_label.setToolTip(translated(detail))
        self.connection_label.setProperty("state", state.value)

    def _show_connection_text(self) -> None:
        # "Ready" while nothing waits; once a lead waits for its first answer, "Sending…".
        state = self._state
        sending = state is ConnectionState.UNKNOWN and self._pending > 0
        self.connection_label.setText(
            translated(SENDING_TEXT if sending else CONNECTION_TEXT[state])
        )

    def show_usage(self, line: str, warning: str, detail: str) -> None:
        """The plan's usage (``line``), in amber with ``warning`` when it is (nearly) full."""
        self.usage_label.setText(line)
        self.usage_label.setVisible(bool(line))
        self.usage_label.setToolTip("\n".join(part for part in (warning, detail) if part))
        colour = warning_colour(self.palette()) if warning else ""
        self.usage_label.setStyleSheet(f"QLabel {{ color: {colour}; }}" if colour else "")
        self.usage_label.setProperty("warning", bool(warning))

    def show_key_source(self, text: str) -> None:
        """Say where the API key came from ("" says nothing)."""
        self.key_label.setText(translated(text))

    def show_transient(self, text: str) -> None:
        """A message that goes away by itself."""
        self.showMessage(translated(text), MESSAGE_MS)
