"""A stored lead's life: its statuses, the one table of moves between them, and the record.

Every status change in the store goes through :func:`check_transition`, so the
rules below are the whole truth about what may happen to a lead.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum


class LeadStatus(StrEnum):
    """Where a stored lead stands. The value is what the database holds."""

    QUEUED = "queued"  # saved, due to be sent as soon as the sender gets to it
    SENDING = "sending"  # the sender has it; a request is about to go or has gone out
    DELIVERED = "delivered"  # Octanist has it (final)
    INVALID = "invalid"  # 400: the lead itself was refused
    UNAUTHORIZED = "unauthorized"  # 401: the API key was refused
    REJECTED = "rejected"  # 403: the account's filtering rules turned it away
    WAITING = "waiting"  # will be tried again at next_attempt_at


class Reason(StrEnum):
    """Why a lead changes status; some moves are only allowed for some reasons."""

    START_SENDING = "the sender picked it up"
    SERVER_ANSWER = "an answer to a send attempt"
    CRASH_RECOVERY = "recovery after the app stopped mid-send"
    KEY_CHANGED = "the API key was changed"
    SEND_NOW = "the user asked to send waiting leads now"
    USER_RETRY = "the user asked to retry this lead"


_OUTCOME_STATUSES = (
    LeadStatus.DELIVERED,
    LeadStatus.INVALID,
    LeadStatus.UNAUTHORIZED,
    LeadStatus.REJECTED,
    LeadStatus.WAITING,
)

#: The one transition table: (from, to) → the reasons that may make that move.
#: A pair that is missing is never allowed; DELIVERED appears only as a target.
TRANSITIONS: Mapping[tuple[LeadStatus, LeadStatus], frozenset[Reason]] = {
    (LeadStatus.QUEUED, LeadStatus.SENDING): frozenset({Reason.START_SENDING}),
    (LeadStatus.WAITING, LeadStatus.SENDING): frozenset({Reason.START_SENDING}),
    **{(LeadStatus.SENDING, s): frozenset({Reason.SERVER_ANSWER}) for s in _OUTCOME_STATUSES},
    (LeadStatus.SENDING, LeadStatus.QUEUED): frozenset({Reason.CRASH_RECOVERY}),
    (LeadStatus.UNAUTHORIZED, LeadStatus.QUEUED): frozenset(
        {Reason.KEY_CHANGED, Reason.USER_RETRY}
    ),
    (LeadStatus.WAITING, LeadStatus.QUEUED): frozenset({Reason.SEND_NOW, Reason.USER_RETRY}),
    # The server refused these on purpose; only a person may decide to try again.
    (LeadStatus.INVALID, LeadStatus.QUEUED): frozenset({Reason.USER_RETRY}),
    (LeadStatus.REJECTED, LeadStatus.QUEUED): frozenset({Reason.USER_RETRY}),
}


class StoreError(Exception):
    """Something the lead store cannot do; the message is meant for a person."""


class LeadNotFound(StoreError):
    """The lead does not exist (never did, or was erased)."""

    def __init__(self, lead_id: int) -> None:
        super().__init__(f"Lead {lead_id} is not in the outbox; it may have been erased.")
        self.lead_id = lead_id


class IllegalTransition(StoreError):
    """A status change the lifecycle does not allow."""

    def __init__(
        self, lead_id: int, current: LeadStatus, target: LeadStatus, reason: Reason
    ) -> None:
        super().__init__(_explain(lead_id, current, target, reason))
        self.lead_id = lead_id
        self.current = current
        self.target = target
        self.reason = reason


def _explain(lead_id: int, current: LeadStatus, target: LeadStatus, reason: Reason) -> str:
    if current is LeadStatus.DELIVERED:
        return (
            f"Lead {lead_id} was already delivered to Octanist; "
            "it will not be sent again, so Octanist does not get it twice."
        )
    if current is LeadStatus.SENDING and reason is Reason.USER_RETRY:
        return f"Lead {lead_id} is being sent right now; wait for the answer."
    return (
        f"Lead {lead_id} cannot go from {current.value} to {target.value} "
        f"because {reason.value}."
    )


def is_allowed(current: LeadStatus, target: LeadStatus, reason: Reason) -> bool:
    """Whether the lifecycle lets a lead move from ``current`` to ``target`` for ``reason``."""
    return reason in TRANSITIONS.get((current, target), frozenset())


def check_transition(
    lead_id: int, current: LeadStatus, target: LeadStatus, reason: Reason
) -> None:
    """Raise :class:`IllegalTransition` unless the move is in the transition table."""
    if not is_allowed(current, target, reason):
        raise IllegalTransition(lead_id, current, target, reason)


def _text(payload: Mapping[str, object], key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


@dataclass(frozen=True)
class Lead:
    """One stored lead as the sender and the UI see it.

    Times are seconds since the epoch (UTC); the UI turns them into local time.
    ``maybe_duplicate`` means Octanist may hold this lead twice, because an
    attempt may have reached the server without us hearing back.
    """

    id: int
    payload: dict[str, object]
    status: LeadStatus
    created_at: float
    updated_at: float
    delivered_at: float | None
    attempts: int
    next_attempt_at: float | None
    octanist_id: str | None
    request_id: str | None
    last_error: str | None
    server_answer: str | None
    maybe_duplicate: bool

    @property
    def name(self) -> str:
        """The lead's name, or "" when it has none."""
        return _text(self.payload, "name")

    @property
    def email(self) -> str:
        """The lead's email address, or ""."""
        return _text(self.payload, "email")

    @property
    def phone(self) -> str:
        """The lead's phone number as sent, or ""."""
        return _text(self.payload, "phone")

    @property
    def note(self) -> str:
        """The note taken with the lead, or ""."""
        return _text(self.payload, "note")
