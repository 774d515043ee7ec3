"""The background sender: drains the outbox to Octanist on its own thread."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from octanist_desktop.core.key_words import CONNECTED, CONNECTING, NO_KEY_SHORT
from octanist_desktop.core.outcomes import (
    Delivered,
    Invalid,
    Outcome,
    Rejected,
    Retryable,
    Unauthorized,
)
from octanist_desktop.core.states import ConnectionState, KeyProblem
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.store.database import open_database
from octanist_desktop.store.lifecycle import IllegalTransition
from octanist_desktop.store.outbox import Outbox

# Type only: the client (and ``requests``) is built by ``client_factory`` on the
# sender thread, so the GUI thread never pays for importing it.
if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient

log = logging.getLogger(__name__)

# Counts are a GROUP BY over the whole table; during a fast drain the status
# bar needs them a few times a second, not once per lead.
COUNTS_THROTTLE_MS = 150


ClientFactory = Callable[[str | None], "OctanistClient"]


class SenderWorker(QObject):
    """Sends due leads oldest first; pauses the whole queue when Octanist can't be reached.

    Lives on a QThread (see ``SenderThread``) with its own SQLite connection
    and its own ``requests.Session``; only signals cross threads.

    Signals:
        leadChanged(int): a lead's row changed (status, attempts, ids); carries its id.
        countsChanged(dict): {status value: count} after changes, throttled.
        connectionChanged(ConnectionState, str): the state, and a sentence for a tooltip.
    """

    leadChanged = Signal(int)
    countsChanged = Signal(dict)
    connectionChanged = Signal(object, str)

    def __init__(
        self,
        data_dir: Path,
        client_factory: ClientFactory,
        api_key: str | None,
        *,
        backoff: Backoff | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__()
        self._data_dir = data_dir
        self._client_factory = client_factory
        self._api_key = api_key
        self._backoff = backoff or Backoff()
        self._clock = clock
        self._outbox: Outbox | None = None
        self._client: OctanistClient | None = None
        self._timer: QTimer | None = None
        self._counts_timer: QTimer | None = None
        self._failures = 0
        self._paused_until = 0.0
        self._state = ConnectionState.UNKNOWN
        self._message = ""
        # Set from the GUI thread during shutdown; a plain flag is the one
        # thing that reaches a worker blocked in a request.
        self.stopping = threading.Event()

    # -- lifecycle (runs on the sender thread) ------------------------------

    @Slot()
    def on_thread_started(self) -> None:
        """Open this thread's connection, recover a crash, start draining."""
        self._outbox = Outbox(open_database(self._data_dir), clock=self._clock)
        recovered = self._outbox.recover_interrupted()
        if recovered:
            log.info("re-queued %d lead(s) interrupted by the last shutdown", len(recovered))
            for lead_id in recovered:
                self.leadChanged.emit(lead_id)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._drain_step)
        self._counts_timer = QTimer(self)
        self._counts_timer.setSingleShot(True)
        self._counts_timer.setInterval(COUNTS_THROTTLE_MS)
        self._counts_timer.timeout.connect(self._emit_counts)
        if not self._api_key:
            self._set_state(ConnectionState.NO_KEY, NO_KEY_SHORT)
        self._emit_counts()
        self._schedule(0)

    def on_thread_finished(self) -> None:
        """Close what this thread opened; called on the sender thread as it ends."""
        if self._timer is not None:
            self._timer.stop()
        if self._counts_timer is not None:
            self._counts_timer.stop()
        if self._client is not None:
            self._client.close()
            self._client = None
        if self._outbox is not None:
            self._outbox.close()
            self._outbox = None

    # -- requests from the UI (queued signals) ------------------------------

    @Slot()
    def on_send_now(self) -> None:
        """The user asked to send now, or a new lead was queued: stop waiting."""
        if self._outbox is None or self.stopping.is_set():
            return
        if self._paused_until:
            self._paused_until = 0.0
            changed = self._outbox.retry_all_waiting()
            if changed:
                self._mark_counts_dirty()
        self._schedule(0)

    @Slot()
    def on_lead_queued(self) -> None:
        """A new lead is in the outbox; send it unless the queue is paused."""
        if self._outbox is None or self.stopping.is_set():
            return
        self._mark_counts_dirty()
        if not self._paused_until:
            self._schedule(0)

    @Slot(str)
    def on_api_key_changed(self, api_key: str) -> None:
        """A new key: leads refused with the old one go back to the queue."""
        self._api_key = api_key or None
        if self._outbox is None:
            return
        if self._client is not None:
            self._client.set_api_key(self._api_key)
        requeued = self._outbox.requeue_unauthorized()
        if requeued:
            self._mark_counts_dirty()
        if self._api_key:
            self._set_state(ConnectionState.UNKNOWN, CONNECTING)
        else:
            self._set_state(ConnectionState.NO_KEY, NO_KEY_SHORT)
        self._paused_until = 0.0
        self._failures = 0
        self._schedule(0)

    # -- draining ------------------------------------------------------------

    def _schedule(self, delay_s: float) -> None:
        if self._timer is None or self.stopping.is_set():
            return
        # QTimer takes an int of milliseconds; clamp so a far Retry-After
        # can't overflow it.
        self._timer.start(int(min(max(delay_s, 0.0), 86_400.0) * 1000))

    @Slot()
    def _drain_step(self) -> None:
        """Send at most one lead, then yield to the event loop so signals get through."""
        outbox = self._outbox
        if outbox is None or self.stopping.is_set():
            return
        if self._unauthorized():
            return  # nothing will succeed until the key changes
        now = self._clock()
        if self._paused_until > now:
            self._schedule(self._paused_until - now)
            return
        try:
            lead = outbox.claim_next_due()
        except IllegalTransition:
            lead = None  # erased by the user between our look and our claim
        if lead is None:
            wake = outbox.next_wake_time()
            if wake is not None:
                self._schedule(wake - now)
            return
        client = self._sending_client()
        outbox.mark_request_started(lead.id)
        self.leadChanged.emit(lead.id)
        outcome = client.post_lead(lead.payload)
        try:
            self._on_outcome(outbox, lead.id, outcome)
        except IllegalTransition:
            # The user erased this lead while it was on the wire (a privacy
            # request): there is nothing left to record, carry on.
            log.info("lead %d was erased while being sent", lead.id)
        self.leadChanged.emit(lead.id)
        self._mark_counts_dirty()
        if not self._unauthorized():
            self._schedule(max(self._paused_until - self._clock(), 0.0))

    def _sending_client(self) -> OctanistClient:
        """The HTTP client, made when the first lead is due.

        An idle app with nothing to send never loads the HTTP stack
        (requests, TLS): about 5 MiB it would otherwise hold all day.
        """
        if self._client is None:
            self._client = self._client_factory(self._api_key)
        return self._client

    def _unauthorized(self) -> bool:
        # A method, so mypy doesn't narrow the state across the outbox calls
        # that change it.
        return self._state.waits_for_key

    def _on_outcome(self, outbox: Outbox, lead_id: int, outcome: Outcome) -> None:
        if isinstance(outcome, Retryable):
            self._failures += 1
            delay = self._backoff.delay(self._failures, outcome.retry_after)
            self._paused_until = self._clock() + delay
            outbox.record(lead_id, outcome, next_attempt_at=self._paused_until)
            self._set_state(ConnectionState.OFFLINE, outcome.reason)
            return
        outbox.record(lead_id, outcome)
        if isinstance(outcome, Unauthorized):
            state = (
                ConnectionState.NO_KEY
                if outcome.problem is KeyProblem.MISSING
                else ConnectionState.KEY_REFUSED
            )
            self._set_state(state, outcome.message)
            return
        assert isinstance(outcome, Delivered | Invalid | Rejected)
        recovering = self._failures > 0 or self._paused_until > 0
        self._failures = 0
        self._paused_until = 0.0
        if recovering:
            # The probe got through: everyone still waiting goes now, in order.
            outbox.retry_all_waiting()
        self._set_state(ConnectionState.ONLINE, CONNECTED)

    def _set_state(self, state: ConnectionState, message: str) -> None:
        if state is self._state and message == self._message:
            return
        self._state, self._message = state, message
        self.connectionChanged.emit(state, message)

    def _mark_counts_dirty(self) -> None:
        if self._counts_timer is not None and not self._counts_timer.isActive():
            self._counts_timer.start()

    @Slot()
    def _emit_counts(self) -> None:
        if self._outbox is None:
            return
        counts = self._outbox.counts()
        self.countsChanged.emit({status.value: n for status, n in counts.items()})
