"""Outcomes (qualified / won / lost) on their way to Octanist: saved first, sent after their lead.

An outcome is durable the moment :meth:`OutcomeQueue.add` returns, like a
lead after ``Outbox.enqueue``; the sender thread claims it, marks the
request as started, and records Octanist's answer, with the same
possible-duplicate rule as leads. What makes outcomes different is order:

* an outcome is due only once its lead is delivered (so it is matched by
  the id Octanist gave the lead, never by email or phone when that is known);
* and only when no earlier outcome of the same lead is still on its way
  (qualified, then won, arrive in that order).

The GUI thread and the sender thread each use their own ``OutcomeQueue`` on
their own connection; every method is one committed transaction.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from octanist_desktop.core.deal import Match, MatchBy, OutcomeDraft, Stage, match_for, parse_value
from octanist_desktop.store.database import write_transaction
from octanist_desktop.store.lead import COLUMNS, Lead
from octanist_desktop.store.lifecycle import (
    Event,
    LeadNotFound,
    LeadStatus,
    OutcomeNotFound,
    OutcomeStatus,
    check_outcome,
    outcome_sources_for,
)

# The answer types are loaded by the first recorded answer (on the sender's
# thread), not by the window that only saves outcomes.
if TYPE_CHECKING:
    from octanist_desktop.core.outcomes import UpdateOutcome

_NAMES = (
    "id",
    "lead_id",
    "stage",
    "value",
    "currency",
    "note",
    "loss_reason",
    "status",
    "created_at",
    "updated_at",
    "delivered_at",
    "attempts",
    "next_attempt_at",
    "matched_by",
    "request_id",
    "last_error",
    "server_answer",
    "maybe_duplicate",
)
_COLUMNS = ", ".join(f"outcomes.{name}" for name in _NAMES)
_PENDING = "('queued', 'sending', 'waiting')"

INTERRUPTED_AFTER_SENDING = (
    "The app stopped while this outcome was being sent, so it goes out again. "
    "Octanist may already have it: its note may show twice."
)
INTERRUPTED_BEFORE_SENDING = (
    "The app stopped just before sending this outcome; it goes out again. No duplicate."
)
CONFLICT_MESSAGES = {
    MatchBy.EMAIL: (
        "Several leads at Octanist share this email, so Octanist can't tell which one to "
        "mark. Open the lead at Octanist and mark it there."
    ),
    MatchBy.PHONE: (
        "Several leads at Octanist share this phone number, so Octanist can't tell which one "
        "to mark. Open the lead at Octanist and mark it there."
    ),
    MatchBy.ID: (
        "Octanist said several leads match this one. Open the lead at Octanist and mark it there."
    ),
}
NOT_FOUND_MESSAGE = (
    "Octanist has no such lead (any more) — it may have been deleted there. "
    "The outcome was not recorded."
)
UNSUPPORTED_MESSAGE = (
    "This Octanist server does not take outcomes (it answered {status}). The outcome is kept "
    "here and sent once it does."
)
UNMATCHABLE_MESSAGE = (
    "Octanist finds a lead by its id, email or phone, and this lead has none of them. "
    "The outcome can't be sent; mark it at Octanist instead."
)


@dataclass(frozen=True, slots=True)
class StoredOutcome:
    """An outcome as saved, and where it stands. Times are Unix seconds (UTC)."""

    id: int
    lead_id: int
    stage: Stage
    value: Decimal | None
    currency: str
    note: str
    loss_reason: str
    status: OutcomeStatus
    created_at: float
    updated_at: float
    delivered_at: float | None
    attempts: int
    next_attempt_at: float | None
    matched_by: MatchBy | None
    request_id: str | None
    last_error: str | None
    server_answer: str | None
    maybe_duplicate: bool

    @property
    def draft(self) -> OutcomeDraft:
        """What the salesperson recorded, as it was recorded."""
        return OutcomeDraft(self.stage, self.value, self.note, self.loss_reason, self.currency)

    @classmethod
    def from_row(cls, row: tuple[object, ...]) -> StoredOutcome:
        """Build from a row selected with this module's column list."""
        values = dict(zip(_NAMES, row, strict=True))
        value = values["value"]
        matched_by = values["matched_by"]
        return cls(
            id=int(str(values["id"])),
            lead_id=int(str(values["lead_id"])),
            stage=Stage(str(values["stage"])),
            value=None if value is None else parse_value(str(value)),
            currency=str(values["currency"]),
            note=str(values["note"]),
            loss_reason=str(values["loss_reason"]),
            status=OutcomeStatus(str(values["status"])),
            created_at=_float(values["created_at"]),
            updated_at=_float(values["updated_at"]),
            delivered_at=_optional_float(values["delivered_at"]),
            attempts=int(str(values["attempts"])),
            next_attempt_at=_optional_float(values["next_attempt_at"]),
            matched_by=None if matched_by is None else MatchBy(str(matched_by)),
            request_id=_optional_text(values["request_id"]),
            last_error=_optional_text(values["last_error"]),
            server_answer=_optional_text(values["server_answer"]),
            maybe_duplicate=bool(values["maybe_duplicate"]),
        )


def _float(value: object) -> float:
    assert isinstance(value, int | float), value
    return float(value)


def _optional_float(value: object) -> float | None:
    return None if value is None else _float(value)


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)


@dataclass(frozen=True, slots=True)
class _Fate:
    status: OutcomeStatus
    last_error: str | None
    maybe_duplicate: bool = False


def _fate(answer: UpdateOutcome, matched_by: MatchBy | None, lead_missing: bool) -> _Fate:
    from octanist_desktop.core.outcomes import (
        Applied,
        Conflict,
        Invalid,
        Rejected,
        Retryable,
        Unauthorized,
        Unsupported,
    )

    if isinstance(answer, Applied):
        return _Fate(OutcomeStatus.DELIVERED, None)
    if isinstance(answer, Retryable):
        return _Fate(OutcomeStatus.WAITING, answer.reason, answer.maybe_delivered)
    if isinstance(answer, Conflict):
        return _Fate(OutcomeStatus.CONFLICT, CONFLICT_MESSAGES[matched_by or MatchBy.ID])
    if isinstance(answer, Unsupported):
        if lead_missing:
            return _Fate(OutcomeStatus.NOT_FOUND, NOT_FOUND_MESSAGE)
        return _Fate(OutcomeStatus.UNSUPPORTED, UNSUPPORTED_MESSAGE.format(status=answer.status))
    if isinstance(answer, Invalid):
        return _Fate(OutcomeStatus.INVALID, answer.message)
    if isinstance(answer, Unauthorized):
        return _Fate(OutcomeStatus.UNAUTHORIZED, answer.message)
    if isinstance(answer, Rejected):
        return _Fate(OutcomeStatus.REJECTED, answer.message)
    raise TypeError(f"not an answer to an outcome: {answer!r}")


@dataclass(frozen=True, slots=True)
class DueOutcome:
    """A claimed outcome with what is needed to send it: its lead, and how to find it."""

    outcome: StoredOutcome
    lead: Lead
    match: Match | None  # None: the lead has no id, email or phone to be found by


class OutcomeQueue:
    """Save outcomes and move them through their lifecycle; one instance per thread.

    Status changes are checked against ``lifecycle.OUTCOME_TRANSITIONS`` and
    raise ``IllegalTransition`` (with a sentence for the user), or
    ``OutcomeNotFound`` when the outcome went with its erased lead.
    """

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float] = time.time) -> None:
        self._conn = conn
        self._clock = clock

    # -- the salesperson's side ----------------------------------------------------------

    def add(self, lead_id: int, draft: OutcomeDraft) -> int:
        """Commit a new queued outcome for ``lead_id`` (fsynced) and return its id.

        Raises ``ValueError`` when ``draft.problems()`` is not empty, and
        ``LeadNotFound`` when the lead is not stored (erased meanwhile).
        """
        problems = draft.problems()
        if problems:
            raise ValueError("Outcome can't be saved: " + ", ".join(problems))
        now = self._clock()
        with write_transaction(self._conn):
            if (
                self._conn.execute("SELECT 1 FROM leads WHERE id = ?", (lead_id,)).fetchone()
                is None
            ):
                raise LeadNotFound(lead_id)
            cursor = self._conn.execute(
                "INSERT INTO outcomes (lead_id, stage, value, currency, note, loss_reason,"
                " status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    lead_id,
                    draft.stage.value,
                    None if draft.value is None else str(draft.value),
                    draft.currency,
                    draft.note.strip(),
                    draft.loss_reason.strip() if draft.stage is Stage.LOST else "",
                    OutcomeStatus.QUEUED.value,
                    now,
                    now,
                ),
            )
            assert cursor.lastrowid is not None
            return cursor.lastrowid

    def get(self, outcome_id: int) -> StoredOutcome | None:
        """One outcome, or None if it doesn't exist (any more)."""
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outcomes WHERE id = ?", (outcome_id,)
        ).fetchone()
        return None if row is None else StoredOutcome.from_row(row)

    def for_lead(self, lead_id: int) -> list[StoredOutcome]:
        """Every outcome recorded for a lead, oldest first: its timeline."""
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outcomes WHERE lead_id = ? ORDER BY id", (lead_id,)
        )
        return [StoredOutcome.from_row(row) for row in rows]

    def latest_for(self, lead_ids: Iterable[int]) -> dict[int, StoredOutcome]:
        """The newest outcome of each lead that has one (for a page of the history)."""
        ids = list(lead_ids)
        found: dict[int, StoredOutcome] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                f"SELECT {_COLUMNS} FROM outcomes WHERE id IN (SELECT max(id) FROM outcomes"
                f" WHERE lead_id IN ({marks}) GROUP BY lead_id)",
                chunk,
            )
            for row in rows:
                outcome = StoredOutcome.from_row(row)
                found[outcome.lead_id] = outcome
        return found

    def retry_now(self, outcome_id: int) -> StoredOutcome:
        """The user's "Retry now": a waiting or refused outcome is queued again."""
        with write_transaction(self._conn):
            check_outcome(
                self._status(outcome_id), Event.USER_RETRY, OutcomeStatus.QUEUED, outcome_id
            )
            self._conn.execute(
                "UPDATE outcomes SET status = ?, next_attempt_at = NULL, updated_at = ?"
                " WHERE id = ?",
                (OutcomeStatus.QUEUED.value, self._clock(), outcome_id),
            )
            return self._outcome(outcome_id)

    def counts(self) -> dict[OutcomeStatus, int]:
        """How many outcomes are in each status; every status is present, zero or not."""
        counts = dict.fromkeys(OutcomeStatus, 0)
        for status, count in self._conn.execute(
            "SELECT status, count(*) FROM outcomes GROUP BY status"
        ):
            counts[OutcomeStatus(status)] = int(count)
        return counts

    # -- the sender's side ---------------------------------------------------------------

    def next_due(self) -> StoredOutcome | None:
        """The oldest outcome that may go now.

        Queued (or waiting with its time come), its lead delivered, and no
        earlier outcome of the same lead still on its way.
        """
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM outcomes JOIN leads ON leads.id = outcomes.lead_id"
            " WHERE (outcomes.status = 'queued'"
            "   OR (outcomes.status = 'waiting' AND outcomes.next_attempt_at <= ?))"
            " AND leads.status = ?"
            " AND NOT EXISTS (SELECT 1 FROM outcomes AS earlier"
            "   WHERE earlier.lead_id = outcomes.lead_id AND earlier.id < outcomes.id"
            f"   AND earlier.status IN {_PENDING})"
            " ORDER BY outcomes.id LIMIT 1",
            (self._clock(), LeadStatus.DELIVERED.value),
        ).fetchone()
        return None if row is None else StoredOutcome.from_row(row)

    def claim_next_due(self) -> DueOutcome | None:
        """:meth:`next_due`, claimed (counted as an attempt) in the same transaction.

        Returns the outcome with its lead and how to match it at Octanist:
        by the lead's Octanist id when it has one, else email, else phone.
        Not fsynced on its own (see :meth:`mark_request_started`).
        """
        with write_transaction(self._conn, fsync=False):
            due = self.next_due()
            if due is None:
                return None
            check_outcome(due.status, Event.CLAIM, OutcomeStatus.SENDING, due.id)
            self._conn.execute(
                "UPDATE outcomes SET status = ?, attempts = attempts + 1,"
                " send_started_at = NULL, updated_at = ? WHERE id = ?",
                (OutcomeStatus.SENDING.value, self._clock(), due.id),
            )
            lead = self._lead(due.lead_id)
            return DueOutcome(
                self._outcome(due.id), lead, match_for(lead.octanist_id, lead.email, lead.phone)
            )

    def next_wake_time(self) -> float | None:
        """When the earliest waiting outcome is due (for the sender's timer), or None."""
        (earliest,) = self._conn.execute(
            "SELECT min(next_attempt_at) FROM outcomes WHERE status = 'waiting'"
        ).fetchone()
        return None if earliest is None else float(earliest)

    def mark_request_started(self, outcome_id: int, match: Match) -> None:
        """Note that the PATCH is about to go out (and how it finds the lead); fsynced.

        From here a crash leaves us not knowing whether Octanist applied it,
        so :meth:`recover_interrupted` flags it as a possible duplicate.
        """
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE outcomes SET send_started_at = ?, matched_by = ?"
                " WHERE id = ? AND status = ?",
                (self._clock(), match.by.value, outcome_id, OutcomeStatus.SENDING.value),
            )

    def record(
        self,
        outcome_id: int,
        answer: UpdateOutcome,
        next_attempt_at: float | None = None,
        *,
        lead_missing: bool = False,
    ) -> StoredOutcome:
        """Store what an attempt came to and move the outcome on; returns it as stored.

        Applied → delivered; Retryable → waiting until ``next_attempt_at``
        (required then); Conflict → conflict; Unsupported → unsupported, or
        not_found when the caller found out that the server has the endpoint
        but not the lead (``lead_missing``); the rest as for leads. A Retryable
        that may have reached Octanist sets ``maybe_duplicate`` for good.
        """
        with write_transaction(self._conn, fsync=False):
            matched_by = self._matched_by(outcome_id)
            fate = _fate(answer, matched_by, lead_missing)
            return self._move(outcome_id, fate, answer, next_attempt_at)

    def record_unmatchable(self, outcome_id: int) -> StoredOutcome:
        """The lead has no id, email or phone: the outcome can't be sent (final, invalid)."""
        with write_transaction(self._conn, fsync=False):
            fate = _Fate(OutcomeStatus.INVALID, UNMATCHABLE_MESSAGE)
            return self._move(outcome_id, fate, None, None)

    def _move(
        self,
        outcome_id: int,
        fate: _Fate,
        answer: UpdateOutcome | None,
        next_attempt_at: float | None,
    ) -> StoredOutcome:
        if fate.status is OutcomeStatus.WAITING and next_attempt_at is None:
            raise ValueError("a Retryable answer needs next_attempt_at")
        if fate.status is not OutcomeStatus.WAITING:
            next_attempt_at = None
        check_outcome(self._status(outcome_id), Event.ANSWER, fate.status, outcome_id)
        request_id = getattr(answer, "request_id", None)
        server_answer = getattr(answer, "server_answer", None)
        answered = request_id is not None or server_answer is not None
        now = self._clock()
        self._conn.execute(
            "UPDATE outcomes SET status = ?, updated_at = ?, last_error = ?, delivered_at = ?,"
            " next_attempt_at = ?, send_started_at = NULL,"
            " request_id = CASE WHEN ? THEN ? ELSE request_id END,"
            " server_answer = CASE WHEN ? THEN ? ELSE server_answer END,"
            " maybe_duplicate = maybe_duplicate OR ? WHERE id = ?",
            (
                fate.status.value,
                now,
                fate.last_error,
                now if fate.status is OutcomeStatus.DELIVERED else None,
                next_attempt_at,
                answered,
                request_id,
                answered,
                server_answer,
                fate.maybe_duplicate,
                outcome_id,
            ),
        )
        return self._outcome(outcome_id)

    def recover_interrupted(self) -> list[int]:
        """At start-up: every outcome left in ``sending`` is queued again; returns their ids.

        One whose request had started may have been applied: flagged
        ``maybe_duplicate`` (a PATCH sets a status, so applying it twice is
        mostly harmless, but its note may show twice).
        """
        with write_transaction(self._conn):
            ids = [
                int(outcome_id)
                for (outcome_id,) in self._conn.execute(
                    "SELECT id FROM outcomes WHERE status = ? ORDER BY id",
                    (OutcomeStatus.SENDING.value,),
                )
            ]
            for outcome_id in ids:
                check_outcome(
                    OutcomeStatus.SENDING, Event.INTERRUPTED, OutcomeStatus.QUEUED, outcome_id
                )
            self._conn.execute(
                "UPDATE outcomes SET status = ?, updated_at = ?, next_attempt_at = NULL,"
                " maybe_duplicate = maybe_duplicate OR send_started_at IS NOT NULL,"
                " last_error = CASE WHEN send_started_at IS NOT NULL THEN ? ELSE ? END,"
                " send_started_at = NULL WHERE status = ?",
                (
                    OutcomeStatus.QUEUED.value,
                    self._clock(),
                    INTERRUPTED_AFTER_SENDING,
                    INTERRUPTED_BEFORE_SENDING,
                    OutcomeStatus.SENDING.value,
                ),
            )
        return ids

    def requeue(self, event: Event) -> list[int]:
        """Every outcome ``event`` sends back to the queue goes; returns their lead ids.

        ``KEY_CHANGED`` (refused or unsupported with the old key), ``SEND_NOW``
        (waiting ones, e.g. the network is back), ``API_AVAILABLE`` (the server
        turned out to have the endpoints after all).
        """
        sources = sorted(s.value for s in outcome_sources_for(event, OutcomeStatus.QUEUED))
        if not sources:
            return []
        marks = ", ".join("?" * len(sources))
        with write_transaction(self._conn):
            lead_ids = [
                int(lead_id)
                for (lead_id,) in self._conn.execute(
                    f"SELECT DISTINCT lead_id FROM outcomes WHERE status IN ({marks})", sources
                )
            ]
            self._conn.execute(
                f"UPDATE outcomes SET status = ?, next_attempt_at = NULL, updated_at = ?"
                f" WHERE status IN ({marks})",
                (OutcomeStatus.QUEUED.value, self._clock(), *sources),
            )
        return lead_ids

    # -- inside the caller's transaction -------------------------------------------------

    def _status(self, outcome_id: int) -> OutcomeStatus:
        row = self._conn.execute(
            "SELECT status FROM outcomes WHERE id = ?", (outcome_id,)
        ).fetchone()
        if row is None:
            raise OutcomeNotFound(outcome_id)
        return OutcomeStatus(row[0])

    def _matched_by(self, outcome_id: int) -> MatchBy | None:
        row = self._conn.execute(
            "SELECT matched_by FROM outcomes WHERE id = ?", (outcome_id,)
        ).fetchone()
        if row is None:
            raise OutcomeNotFound(outcome_id)
        return None if row[0] is None else MatchBy(row[0])

    def _outcome(self, outcome_id: int) -> StoredOutcome:
        outcome = self.get(outcome_id)
        if outcome is None:
            raise OutcomeNotFound(outcome_id)
        return outcome

    def _lead(self, lead_id: int) -> Lead:
        row = self._conn.execute(f"SELECT {COLUMNS} FROM leads WHERE id = ?", (lead_id,)).fetchone()
        if row is None:
            raise LeadNotFound(lead_id)
        return Lead.from_row(row)
