"""A stored lead's life, and its outcomes': their statuses, the tables of moves, every rule.

Every status change in the store goes through :func:`check` (a lead) or
:func:`check_outcome` (an outcome: qualified/won/lost on its way to
Octanist), so ``TRANSITIONS`` and ``OUTCOME_TRANSITIONS`` below are the
whole truth about what may happen to either. The rules the UI needs (what
may be retried, what is still on its way, what waits for a person, what
erasing a lead being sent means) are asked here, never restated elsewhere.
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum


class LeadStatus(StrEnum):
    """Where a stored lead stands. The value is what the database holds."""

    QUEUED = "queued"  # saved; the sender picks it up as soon as it can
    SENDING = "sending"  # the sender has it; its request is about to go, or went, out
    DELIVERED = "delivered"  # Octanist has it (final)
    INVALID = "invalid"  # 400: Octanist refused the lead itself
    UNAUTHORIZED = "unauthorized"  # 401: the API key was refused
    REJECTED = "rejected"  # 403: the account's filtering rules turned it away
    WAITING = "waiting"  # tried again at next_attempt_at
    # The app itself failed while sending it (a bug, an answer it couldn't
    # handle): not sent again on its own, so a bug after the request went out
    # can't make a copy at Octanist every minute; the rest of the queue goes on.
    FAILED = "failed"


class Event(StrEnum):
    """What makes a lead move. The value completes "… because <value>"."""

    CLAIM = "the sender picked it up"
    ANSWER = "an attempt to send it ended"
    INTERRUPTED = "the app stopped while sending it"
    KEY_CHANGED = "the API key was changed"
    SEND_NOW = "waiting leads were asked to go now"
    USER_RETRY = "you asked to retry it"
    API_AVAILABLE = "Octanist's outcome endpoints answered"


_S = LeadStatus

#: The one transition table: (from, event) → the statuses that event may lead to.
#: A pair that is missing allows nothing. DELIVERED appears only as a target.
TRANSITIONS: Mapping[tuple[LeadStatus, Event], frozenset[LeadStatus]] = {
    (_S.QUEUED, Event.CLAIM): frozenset({_S.SENDING}),
    (_S.WAITING, Event.CLAIM): frozenset({_S.SENDING}),
    (_S.SENDING, Event.ANSWER): frozenset(
        {_S.DELIVERED, _S.INVALID, _S.UNAUTHORIZED, _S.REJECTED, _S.WAITING, _S.FAILED}
    ),
    # At start-up a lead still "sending" was cut off; it goes out again.
    (_S.SENDING, Event.INTERRUPTED): frozenset({_S.QUEUED}),
    (_S.UNAUTHORIZED, Event.KEY_CHANGED): frozenset({_S.QUEUED}),
    (_S.WAITING, Event.SEND_NOW): frozenset({_S.QUEUED}),
    # Octanist refused invalid and rejected leads on purpose: only a person
    # may decide to try again, never an automatic resend.
    (_S.WAITING, Event.USER_RETRY): frozenset({_S.QUEUED}),
    (_S.INVALID, Event.USER_RETRY): frozenset({_S.QUEUED}),
    (_S.REJECTED, Event.USER_RETRY): frozenset({_S.QUEUED}),
    (_S.UNAUTHORIZED, Event.USER_RETRY): frozenset({_S.QUEUED}),
    (_S.FAILED, Event.USER_RETRY): frozenset({_S.QUEUED}),
}

#: On their way to Octanist; nobody needs to do anything.
PENDING: frozenset[LeadStatus] = frozenset({_S.QUEUED, _S.SENDING, _S.WAITING})

#: Refused by Octanist, or failed in the app: they stay put until a person acts
#: (fix, new key, retry).
NEEDS_ATTENTION: frozenset[LeadStatus] = frozenset(
    {_S.INVALID, _S.UNAUTHORIZED, _S.REJECTED, _S.FAILED}
)

#: Refused for what the lead itself holds, or failed in the app while being sent:
#: fixing or retrying the lead is what helps (a refused key is ``UNAUTHORIZED``).
REFUSED: frozenset[LeadStatus] = frozenset({_S.INVALID, _S.REJECTED, _S.FAILED})

#: Leads the salesperson may take back into the form to correct: none of them is at
#: Octanist (never sent, or sent and refused), provided none is flagged as a possible
#: duplicate (an attempt that may have arrived). A lead being sent or delivered is not.
TAKE_BACK: frozenset[LeadStatus] = frozenset(
    {_S.QUEUED, _S.WAITING, _S.INVALID, _S.UNAUTHORIZED, _S.REJECTED, _S.FAILED}
)

#: Erasing is a privacy request, so a lead in any status may be erased, at once
#: and for good. One erased while SENDING may still reach Octanist (see
#: ``MAY_ARRIVE_AFTER_ERASE``); its answer then finds nothing to record.
ERASABLE: frozenset[LeadStatus] = frozenset(LeadStatus)

#: Erased in one of these, a lead may still reach Octanist: its request may
#: already be on its way, and a request can't be called back.
MAY_ARRIVE_AFTER_ERASE: frozenset[LeadStatus] = frozenset({_S.SENDING})


class StoreError(Exception):
    """Something the lead store cannot do; the message is meant for a person."""


class IllegalTransition(StoreError, ValueError):
    """A status change the lifecycle does not allow, or a lead that is no longer stored."""

    def __init__(
        self,
        message: str,
        current: LeadStatus | None = None,
        target: LeadStatus | None = None,
        lead_id: int | None = None,
    ) -> None:
        super().__init__(message)
        self.current = current
        self.target = target
        self.lead_id = lead_id


class LeadNotFound(IllegalTransition):
    """The lead does not exist (never did, or was erased), so it cannot move."""

    def __init__(self, lead_id: int) -> None:
        super().__init__(
            f"Lead {lead_id} is not stored any more; it may have been deleted.", lead_id=lead_id
        )


def is_allowed(current: LeadStatus, event: Event, target: LeadStatus) -> bool:
    """Whether ``event`` may move a lead from ``current`` to ``target``."""
    return target in TRANSITIONS.get((current, event), frozenset())


def check(
    current: LeadStatus, event: Event, target: LeadStatus, lead_id: int | None = None
) -> None:
    """Raise :class:`IllegalTransition`, in words a person can read, unless the move is legal."""
    if is_allowed(current, event, target):
        return
    lead = "This lead" if lead_id is None else f"Lead {lead_id}"
    if current is _S.DELIVERED:
        message = (
            f"{lead} was already delivered to Octanist. It is not sent again, "
            "so that Octanist does not get it twice."
        )
    elif current is _S.SENDING and event is Event.USER_RETRY:
        message = (
            f"{lead} is being sent right now, so it can't go from {current.value} "
            f"to {target.value}; wait for Octanist's answer."
        )
    elif current is _S.QUEUED and target is _S.QUEUED:
        message = f"{lead} is already {current.value}; it goes out as soon as possible."
    else:
        message = f"{lead} cannot go from {current.value} to {target.value} because {event.value}."
    raise IllegalTransition(message, current, target, lead_id)


def sources_for(event: Event, target: LeadStatus) -> frozenset[LeadStatus]:
    """Every status from which ``event`` may move a lead to ``target`` (for bulk moves)."""
    return frozenset(
        source for (source, on), targets in TRANSITIONS.items() if on is event and target in targets
    )


#: What "Retry now" may put back in the queue: the sources of the USER_RETRY
#: edges. Queued and sending leads are already on their way; a delivered one
#: would be a duplicate.
RETRYABLE: frozenset[LeadStatus] = sources_for(Event.USER_RETRY, _S.QUEUED)


def can_retry(status: LeadStatus) -> bool:
    """Whether a person may send a lead in ``status`` again now."""
    return status in RETRYABLE


def can_erase(status: LeadStatus) -> bool:
    """Whether a lead in ``status`` may be erased (always: see ``ERASABLE``)."""
    return status in ERASABLE


def may_arrive_after_erase(status: LeadStatus) -> bool:
    """Whether a lead erased in ``status`` may still reach Octanist."""
    return status in MAY_ARRIVE_AFTER_ERASE


def count_pending(counts: Mapping[str, int]) -> int:
    """How many leads in ``counts`` ({status value: n}) are still on their way."""
    return sum(counts.get(status.value, 0) for status in PENDING)


def count_needing_attention(counts: Mapping[str, int]) -> int:
    """How many leads in ``counts`` ({status value: n}) wait for a person."""
    return sum(counts.get(status.value, 0) for status in NEEDS_ATTENTION)


# -- outcomes ------------------------------------------------------------------------------


class OutcomeStatus(StrEnum):
    """Where a recorded outcome (qualified/won/lost) stands; the value is what is stored."""

    QUEUED = "queued"  # saved; goes once its lead is at Octanist and earlier outcomes are done
    SENDING = "sending"
    DELIVERED = "delivered"  # Octanist recorded it (final)
    WAITING = "waiting"  # tried again at next_attempt_at
    INVALID = "invalid"  # 400, or nothing to find the lead by
    UNAUTHORIZED = "unauthorized"  # 401
    REJECTED = "rejected"  # 403
    CONFLICT = "conflict"  # 409: several leads share the email/phone it was matched by
    NOT_FOUND = "not_found"  # Octanist has no lead with that id (any more)
    UNSUPPORTED = "unsupported"  # this server has no outcome endpoints; kept until it has


_O = OutcomeStatus

#: The outcomes' transition table, read as ``TRANSITIONS`` is.
OUTCOME_TRANSITIONS: Mapping[tuple[OutcomeStatus, Event], frozenset[OutcomeStatus]] = {
    (_O.QUEUED, Event.CLAIM): frozenset({_O.SENDING}),
    (_O.WAITING, Event.CLAIM): frozenset({_O.SENDING}),
    (_O.SENDING, Event.ANSWER): frozenset(
        {
            _O.DELIVERED,
            _O.WAITING,
            _O.INVALID,
            _O.UNAUTHORIZED,
            _O.REJECTED,
            _O.CONFLICT,
            _O.NOT_FOUND,
            _O.UNSUPPORTED,
        }
    ),
    (_O.SENDING, Event.INTERRUPTED): frozenset({_O.QUEUED}),
    (_O.UNAUTHORIZED, Event.KEY_CHANGED): frozenset({_O.QUEUED}),
    # A new key may belong to an account (or server) that has the endpoints.
    (_O.UNSUPPORTED, Event.KEY_CHANGED): frozenset({_O.QUEUED}),
    (_O.UNSUPPORTED, Event.API_AVAILABLE): frozenset({_O.QUEUED}),
    (_O.WAITING, Event.SEND_NOW): frozenset({_O.QUEUED}),
    # As for leads: what Octanist refused on purpose is retried only by a person.
    (_O.WAITING, Event.USER_RETRY): frozenset({_O.QUEUED}),
    (_O.INVALID, Event.USER_RETRY): frozenset({_O.QUEUED}),
    (_O.UNAUTHORIZED, Event.USER_RETRY): frozenset({_O.QUEUED}),
    (_O.REJECTED, Event.USER_RETRY): frozenset({_O.QUEUED}),
    (_O.CONFLICT, Event.USER_RETRY): frozenset({_O.QUEUED}),
    (_O.NOT_FOUND, Event.USER_RETRY): frozenset({_O.QUEUED}),
    (_O.UNSUPPORTED, Event.USER_RETRY): frozenset({_O.QUEUED}),
}

#: Outcomes on their way; nobody needs to do anything.
OUTCOMES_PENDING: frozenset[OutcomeStatus] = frozenset({_O.QUEUED, _O.SENDING, _O.WAITING})

#: Refused by Octanist: they stay put until a person acts.
OUTCOMES_NEED_ATTENTION: frozenset[OutcomeStatus] = frozenset(
    {_O.INVALID, _O.UNAUTHORIZED, _O.REJECTED, _O.CONFLICT, _O.NOT_FOUND}
)


#: Refused by Octanist for the outcome itself: a person must act for it to count
#: (an outcome waiting for a working key is not among them).
OUTCOMES_REFUSED: frozenset[OutcomeStatus] = frozenset(
    {_O.CONFLICT, _O.NOT_FOUND, _O.INVALID, _O.REJECTED}
)

#: Delivered, or refused for good: no longer on its way, and never sent again by itself.
OUTCOMES_SETTLED: frozenset[OutcomeStatus] = frozenset({_O.DELIVERED, _O.CONFLICT, _O.NOT_FOUND})


def is_refused(status: LeadStatus) -> bool:
    """Whether a lead in ``status`` was refused for what it holds (or failed being sent)."""
    return status in REFUSED


def outcome_is_refused(status: OutcomeStatus) -> bool:
    """Whether an outcome in ``status`` was refused and needs a person to act."""
    return status in OUTCOMES_REFUSED


def outcome_is_settled(status: OutcomeStatus) -> bool:
    """Whether an outcome in ``status`` is done: delivered, or refused for good."""
    return status in OUTCOMES_SETTLED


class OutcomeNotFound(IllegalTransition):
    """The outcome does not exist (its lead was erased, say), so it cannot move."""

    def __init__(self, outcome_id: int) -> None:
        super().__init__(f"Outcome {outcome_id} is not stored any more; its lead may be deleted.")
        self.outcome_id = outcome_id


def check_outcome(
    current: OutcomeStatus, event: Event, target: OutcomeStatus, outcome_id: int | None = None
) -> None:
    """Raise :class:`IllegalTransition`, in words a person can read, unless the move is legal."""
    if target in OUTCOME_TRANSITIONS.get((current, event), frozenset()):
        return
    which = "This outcome" if outcome_id is None else f"Outcome {outcome_id}"
    if current is _O.DELIVERED:
        message = f"{which} is already recorded at Octanist; it is not sent again."
    elif current is _O.SENDING and event is Event.USER_RETRY:
        message = f"{which} is being sent right now; wait for Octanist's answer."
    elif current is _O.QUEUED and target is _O.QUEUED:
        message = f"{which} is already queued; it goes out as soon as its lead allows."
    else:
        message = f"{which} cannot go from {current.value} to {target.value} because {event.value}."
    raise IllegalTransition(message)


def outcome_sources_for(event: Event, target: OutcomeStatus) -> frozenset[OutcomeStatus]:
    """Every outcome status from which ``event`` may move to ``target`` (for bulk moves)."""
    return frozenset(
        source
        for (source, on), targets in OUTCOME_TRANSITIONS.items()
        if on is event and target in targets
    )
