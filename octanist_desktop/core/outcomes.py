"""What one attempt to deliver a lead came to, as data the app can act on.

Only ``Delivered`` means Octanist has the lead. ``Invalid``, ``Unauthorized``
and ``Rejected`` are answers the server gave on purpose; ``Retryable`` is
everything that may go right if tried again later.
"""

from __future__ import annotations

from dataclasses import dataclass

from octanist_desktop.core.states import KeyProblem


@dataclass(frozen=True, slots=True)
class Delivered:
    """2xx JSON with ``success: true``: Octanist has the lead.

    ``lead_id`` is Octanist's id for it (``data.id``, as text), or "" when the
    answer gave none: delivered all the same, and never sent again by itself.
    """

    lead_id: str
    request_id: str | None = None
    server_answer: str | None = None


@dataclass(frozen=True, slots=True)
class Invalid:
    """400 (or another 4xx that won't change on retry): the lead itself was refused."""

    message: str
    details: object = None
    request_id: str | None = None
    status: int = 400
    server_answer: str | None = None


@dataclass(frozen=True, slots=True)
class Unauthorized:
    """The API key is missing, malformed or refused (401). Every lead fails until it changes.

    ``problem`` says which, so no one has to read ``message`` to find out.
    """

    message: str
    request_id: str | None = None
    server_answer: str | None = None
    problem: KeyProblem = KeyProblem.REFUSED


@dataclass(frozen=True, slots=True)
class Rejected:
    """403: the account's filtering rules turned the lead away."""

    message: str
    request_id: str | None = None
    server_answer: str | None = None


@dataclass(frozen=True, slots=True)
class Retryable:
    """Worth trying again later: 5xx, 429, timeouts, no network, captive portals.

    ``maybe_delivered`` is true when the request may have reached the server
    (a read timeout, a reset after the body went out, a 5xx), so a retry may
    create a duplicate at Octanist. ``note`` is the sentence ``reason`` ends
    with about what happens to what was sent ("The lead will be sent
    again."), kept apart so a caller that sent nothing to retry (a key
    check) can say ``cause`` alone.
    """

    reason: str
    retry_after: float | None = None
    maybe_delivered: bool = False
    status: int | None = None
    request_id: str | None = None
    server_answer: str | None = None
    network_down: bool = False
    note: str = ""

    @property
    def cause(self) -> str:
        """``reason`` without its closing ``note``: what went wrong, and only that."""
        if self.note and self.reason.endswith(self.note):
            return self.reason[: -len(self.note)].rstrip()
        return self.reason


Outcome = Delivered | Invalid | Unauthorized | Rejected | Retryable


# --- the answers to an outcome (PATCH /api/leads) and to the reads --------------------------


@dataclass(frozen=True, slots=True)
class Applied:
    """2xx JSON with ``success: true`` to a PATCH: Octanist recorded the outcome.

    ``lead_id`` and ``leads_updated`` are what Octanist said it changed, when it said.
    """

    lead_id: str | None = None
    leads_updated: int | None = None
    request_id: str | None = None
    server_answer: str | None = None


@dataclass(frozen=True, slots=True)
class Conflict:
    """409: the email or phone matches several leads at Octanist and bulk updates are off."""

    message: str
    request_id: str | None = None
    server_answer: str | None = None


@dataclass(frozen=True, slots=True)
class Unsupported:
    """404 or 405: this server lacks the endpoint — or, for one lead id, may lack the lead.

    The contract says to read it as "the feature is not available here", never
    as "the lead is gone"; ``code`` (Octanist's error code, e.g. ``NOT_FOUND``)
    lets the caller ask the server which of the two it is.
    """

    status: int
    code: str | None = None
    request_id: str | None = None
    server_answer: str | None = None


#: What one attempt to record an outcome came to.
UpdateOutcome = Applied | Invalid | Unauthorized | Rejected | Retryable | Conflict | Unsupported

#: Why a read (a lead, a page of leads, the plan's usage) brought nothing back.
ReadFailure = Invalid | Unauthorized | Rejected | Retryable | Unsupported
