"""The background sender: drains the outbox to Octanist on its own thread.

Leads go first, oldest first; outcomes (qualified/won/lost) go when no lead
is due, each only after its lead (see ``store.outcome_queue``). Both share
one backoff: when Octanist can't be reached, everything waits together.

Nothing that goes wrong inside a step stops the sender. A failure while a
lead is being sent (a bug, an answer the app can't handle) ends that lead
as ``failed`` (it waits for a person, flagged as a possible duplicate if
its request had gone out) and the queue goes on; an outcome is tried again
later. A failure outside any one lead (the database gone, say) is logged
and the step runs again after a backoff.
"""

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
    Applied,
    Delivered,
    Invalid,
    Outcome,
    Rejected,
    Retryable,
    Unauthorized,
    Unsupported,
    UpdateOutcome,
)
from octanist_desktop.core.remote import Availability, LeadPage
from octanist_desktop.core.states import ConnectionState, KeyProblem
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.store.database import open_database
from octanist_desktop.store.lifecycle import Event, IllegalTransition, OutcomeStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.store.outcome_queue import DueOutcome, OutcomeQueue
from octanist_desktop.store.remote_index import RemoteIndex
from octanist_desktop.store.save_errors import StorageFailed

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
        leadChanged(int): a lead's row, or one of its outcomes, changed; carries the lead id.
        countsChanged(dict): {status value: count} after changes, throttled; outcomes
            are counted under ``"outcomes:<status value>"``.
        connectionChanged(ConnectionState, str): the state, and a sentence for a tooltip.
        availabilityChanged(Availability): the server showed whether it takes outcomes.
    """

    leadChanged = Signal(int)
    countsChanged = Signal(dict)
    connectionChanged = Signal(object, str)
    availabilityChanged = Signal(object)

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
        self._outcomes: OutcomeQueue | None = None
        self._index: RemoteIndex | None = None
        # Set when the server answered an outcome with 404/405 and has no outcome
        # endpoints: the rest wait (parked) instead of each asking again.
        self._outcomes_unsupported = False
        self._client: OctanistClient | None = None
        self._timer: QTimer | None = None
        self._counts_timer: QTimer | None = None
        self._failures = 0
        self._paused_until = 0.0
        self._broken_steps = 0  # steps in a row that failed outside any one lead
        self._state = ConnectionState.UNKNOWN
        self._message = ""
        # Set from the GUI thread during shutdown; a plain flag is the one
        # thing that reaches a worker blocked in a request.
        self.stopping = threading.Event()

    # -- lifecycle (runs on the sender thread) ------------------------------

    @Slot()
    def on_thread_started(self) -> None:
        """Open this thread's connection, recover a crash, start draining."""
        conn = open_database(self._data_dir)
        self._outbox = Outbox(conn, clock=self._clock)
        self._outcomes = OutcomeQueue(conn, clock=self._clock)
        self._index = RemoteIndex(conn, clock=self._clock)
        recovered = self._outbox.recover_interrupted()
        if recovered:
            log.info("re-queued %d lead(s) interrupted by the last shutdown", len(recovered))
            for lead_id in recovered:
                self.leadChanged.emit(lead_id)
        recovered_outcomes = self._outcomes.recover_interrupted()
        if recovered_outcomes:
            log.info("re-queued %d outcome(s) interrupted", len(recovered_outcomes))
            for outcome_id in recovered_outcomes:
                outcome = self._outcomes.get(outcome_id)
                if outcome is not None:
                    self.leadChanged.emit(outcome.lead_id)
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
            self._outbox.close()  # the outcomes' and index's connection too
            self._outbox = None
            self._outcomes = None
            self._index = None

    # -- requests from the UI (queued signals) ------------------------------

    @Slot()
    def on_send_now(self) -> None:
        """The user asked to send now, or a new lead was queued: stop waiting."""
        if self._outbox is None or self.stopping.is_set():
            return
        if self._paused_until:
            self._paused_until = 0.0
            changed = self._outbox.retry_all_waiting()
            changed += len(self._requeue_outcomes(Event.SEND_NOW))
            if changed:
                self._mark_counts_dirty()
        self._schedule(0)

    @Slot()
    def on_lead_queued(self) -> None:
        """A new lead is in the outbox; send it unless the queue is paused."""
        if self._outbox is None or self.stopping.is_set():
            return
        self._mark_counts_dirty()
        # A pause that has run out holds nothing back: the queue it paused may
        # have emptied meanwhile (its lead erased), leaving no timer to end it.
        if self._paused_until <= self._clock():
            self._schedule(0)

    @Slot()
    def on_outcome_queued(self) -> None:
        """A new outcome is saved; it goes once its lead is delivered."""
        self.on_lead_queued()

    @Slot()
    def on_outcomes_available(self) -> None:
        """The server turned out to have the outcome endpoints: parked outcomes go now."""
        if self._outbox is None or self.stopping.is_set():
            return
        self._outcomes_unsupported = False
        if self._requeue_outcomes(Event.API_AVAILABLE):
            self._mark_counts_dirty()
        if self._paused_until <= self._clock():
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
        # Another key may reach an account, or server, that takes outcomes.
        self._outcomes_unsupported = False
        requeued += len(self._requeue_outcomes(Event.KEY_CHANGED))
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

    def _requeue_outcomes(self, event: Event) -> list[int]:
        """Outcomes ``event`` sends back to the queue; their leads' rows are told."""
        if self._outcomes is None:
            return []
        lead_ids = self._outcomes.requeue(event)
        for lead_id in lead_ids:
            self.leadChanged.emit(lead_id)
        return lead_ids

    @Slot()
    def _drain_step(self) -> None:
        """Send at most one lead or outcome, then yield to the event loop so signals get
        through. Never lets an exception out: the timer would not fire again."""
        try:
            self._drain_one()
        except Exception:
            # Not about one lead (those end in _send_lead): the database, the
            # queue itself. Say so and come back later; never stop for good.
            self._broken_steps += 1
            delay = self._backoff.delay(self._broken_steps)
            log.exception("the sender's step failed; trying again in %.0f s", delay)
            self._schedule(delay)
        else:
            self._broken_steps = 0

    def _drain_one(self) -> None:
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
            if self._send_next_outcome():
                self._after_step()
                return
            wakes = [outbox.next_wake_time()]
            if self._outcomes is not None and not self._outcomes_unsupported:
                wakes.append(self._outcomes.next_wake_time())
            wake = min((w for w in wakes if w is not None), default=None)
            if wake is not None:
                self._schedule(wake - now)
            return
        self._send_lead(outbox, lead.id, lead.payload)
        self.leadChanged.emit(lead.id)
        self._after_step()

    def _send_lead(self, outbox: Outbox, lead_id: int, payload: dict[str, object]) -> None:
        """Send one claimed lead and record what came of it, whatever goes wrong."""
        started = False
        try:
            client = self._sending_client()
            outbox.mark_request_started(lead_id)
            started = True
            self.leadChanged.emit(lead_id)
            outcome = client.post_lead(payload)
            self._on_outcome(outbox, lead_id, outcome)
        except IllegalTransition:
            # The user erased this lead while it was on the wire (a privacy
            # request): there is nothing left to record, carry on.
            log.info("lead %d was erased while being sent", lead_id)
        except StorageFailed:
            raise  # nothing can be recorded: the step fails, the lead stays "sending"
        except Exception as error:
            # RecursionError, MemoryError, a bug: this lead waits for a person
            # and the queue moves on. Not retried by itself: after the request
            # went out, every retry could add a copy at Octanist.
            log.exception("sending lead %d failed inside the app", lead_id)
            try:
                outbox.record_failure(lead_id, type(error).__name__, maybe_delivered=started)
            except IllegalTransition:
                log.info("lead %d was erased while being sent", lead_id)

    def _after_step(self) -> None:
        self._mark_counts_dirty()
        if not self._unauthorized():
            self._schedule(max(self._paused_until - self._clock(), 0.0))

    # -- outcomes ----------------------------------------------------------------

    def _send_next_outcome(self) -> bool:
        """Send the next due outcome, if one is; False when none was due."""
        outcomes = self._outcomes
        if outcomes is None or self._outcomes_unsupported:
            return False
        try:
            due = outcomes.claim_next_due()
        except IllegalTransition:
            return False  # erased with its lead between our look and our claim
        if due is None:
            return False
        try:
            self._send_outcome(outcomes, due)
        except IllegalTransition:
            log.info("outcome %d was erased with its lead while being sent", due.outcome.id)
        except StorageFailed:
            raise
        except Exception as error:
            # An outcome says the same thing however often it is sent: try it
            # again later, on its own schedule, without holding up the rest.
            log.exception("sending outcome %d failed inside the app", due.outcome.id)
            retry_at = self._clock() + self._backoff.delay(due.outcome.attempts)
            failure = Retryable(
                QT_TRANSLATE_NOOP(
                    "SenderWorker",
                    "Octanist Desktop ran into a problem of its own while sending this outcome "
                    "({problem}); it will be tried again.",
                ).format(problem=type(error).__name__)
            )
            try:
                outcomes.record(due.outcome.id, failure, next_attempt_at=retry_at)
            except IllegalTransition:
                log.info("outcome %d was erased with its lead while being sent", due.outcome.id)
        self.leadChanged.emit(due.lead.id)
        return True

    def _send_outcome(self, outcomes: OutcomeQueue, due: DueOutcome) -> None:
        if due.match is None:
            outcomes.record_unmatchable(due.outcome.id)
            return
        client = self._sending_client()
        outcomes.mark_request_started(due.outcome.id, due.match)
        self.leadChanged.emit(due.lead.id)
        answer: UpdateOutcome = client.patch_lead(due.outcome.draft.body(due.match))
        lead_missing = False
        if isinstance(answer, Unsupported) and answer.status == 404:
            answer, lead_missing = self._ask_which_404(client, answer)
        if isinstance(answer, Retryable):
            outcomes.record(due.outcome.id, answer, next_attempt_at=self._pause(answer))
            return
        outcomes.record(due.outcome.id, answer, lead_missing=lead_missing)
        if isinstance(answer, Unauthorized):
            self._key_refused(answer)
            return
        if isinstance(answer, Unsupported) and not lead_missing:
            self._outcomes_unsupported = True
            self._set_availability(Availability.UNSUPPORTED)
        elif isinstance(answer, Applied):
            self._set_availability(Availability.AVAILABLE)
        self._got_through()

    def _ask_which_404(
        self, client: OctanistClient, answer: Unsupported
    ) -> tuple[UpdateOutcome, bool]:
        """A 404 to a PATCH by id: no such lead, or no such endpoint? Ask the list endpoint.

        Returns the answer to record and whether the lead (not the feature) is missing.
        """
        probe = client.list_leads(limit=1)
        if isinstance(probe, LeadPage):
            self._set_availability(Availability.AVAILABLE)
            return answer, True
        if isinstance(probe, Retryable | Unauthorized):
            return probe, False  # can't tell now: try again later
        return answer, False

    def _set_availability(self, availability: Availability) -> None:
        if self._index is not None and self._index.set_availability(availability):
            self.availabilityChanged.emit(availability)

    # -- answers, leads and outcomes alike -------------------------------------------

    def _pause(self, answer: Retryable) -> float:
        """Octanist can't be reached: pause the whole queue; returns when to try again."""
        self._failures += 1
        delay = self._backoff.delay(self._failures, answer.retry_after)
        self._paused_until = self._clock() + delay
        self._set_state(ConnectionState.OFFLINE, answer.reason)
        return self._paused_until

    def _key_refused(self, answer: Unauthorized) -> None:
        state = (
            ConnectionState.NO_KEY
            if answer.problem is KeyProblem.MISSING
            else ConnectionState.KEY_REFUSED
        )
        self._set_state(state, answer.message)

    def _got_through(self) -> None:
        """Octanist answered: resume everything that waited for it, in order."""
        assert self._outbox is not None
        recovering = self._failures > 0 or self._paused_until > 0
        self._failures = 0
        self._paused_until = 0.0
        if recovering:
            # The probe got through: everyone still waiting goes now, in order.
            self._outbox.retry_all_waiting()
            self._requeue_outcomes(Event.SEND_NOW)
        self._set_state(ConnectionState.ONLINE, CONNECTED)

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
            outbox.record(lead_id, outcome, next_attempt_at=self._pause(outcome))
            return
        outbox.record(lead_id, outcome)
        if isinstance(outcome, Unauthorized):
            self._key_refused(outcome)
            return
        assert isinstance(outcome, Delivered | Invalid | Rejected)
        self._got_through()

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
        counts: dict[str, int] = {status.value: n for status, n in self._outbox.counts().items()}
        if self._outcomes is not None:
            outcome_counts: dict[OutcomeStatus, int] = self._outcomes.counts()
            counts.update({f"outcomes:{s.value}": n for s, n in outcome_counts.items()})
        self.countsChanged.emit(counts)
