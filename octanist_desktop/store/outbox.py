"""The durable outbox: a lead is committed to disk before any network activity,
and every attempt's fate is recorded there.

The GUI thread uses an ``Outbox`` to enqueue and for user actions (retry now);
the sender thread uses its own, on its own connection, to claim leads and
record what Octanist answered. A typical send::

    lead = outbox.next_due()
    outbox.mark_sending(lead.id)           # committed: the attempt is counted
    outbox.mark_request_started(lead.id)   # committed: from here it may reach Octanist
    outcome = client.post_lead(lead.payload)
    outbox.record(lead.id, outcome, next_attempt_at=...)

(``claim_next_due`` does the first two steps in one transaction.)
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.json_limits import MAX_DEPTH, nested_deeper_than
from octanist_desktop.store.capture import erase_captures, save_capture
from octanist_desktop.store.database import (
    count_by_status,
    empty_wal,
    purge_erased_from_search,
    write_transaction,
)
from octanist_desktop.store.lead import COLUMNS, Lead, payload_text
from octanist_desktop.store.lifecycle import (
    TAKE_BACK,
    Event,
    LeadNotFound,
    LeadStatus,
    check,
    sources_for,
)
from octanist_desktop.store.save_errors import LeadNotSaved, LeadNotStorable, storage_failure

# The outcome types are loaded by the first recorded answer (on the sender's
# thread), not by the window that only enqueues.
if TYPE_CHECKING:
    from octanist_desktop.core.outcomes import Outcome

# Written into SQL as literals (they are our own constants) where a partial
# index on them should be usable; SQLite can't match a bound parameter to one.
_QUEUED = LeadStatus.QUEUED.value
_WAITING = LeadStatus.WAITING.value

INTERRUPTED_AFTER_SENDING = (
    "The app stopped while this lead was being sent, so it goes out again. "
    "Octanist may already have it: it may arrive twice."
)
INTERRUPTED_BEFORE_SENDING = (
    "The app stopped just before sending this lead; it goes out again. No duplicate."
)
DELIVERED_WITHOUT_ID = (
    "Octanist confirmed it has this lead but gave no lead id for it. It is not sent "
    "again; look it up in Octanist by name or email if you need its id."
)
FAILED_IN_APP = (
    "Octanist Desktop ran into a problem of its own while sending this lead ({what}), "
    "so it is not sent again by itself. Press Retry to send it; if it happens again, "
    "tell support."
)


@dataclass(frozen=True, slots=True)
class _Fate:
    """What one outcome does to a lead's row."""

    status: LeadStatus
    last_error: str | None
    octanist_id: str | None = None
    maybe_duplicate: bool = False


#: The most a lead may take as JSON: far above what validation lets through
#: (the field limits add up to under 100 kB) and what Octanist is likely to take.
MAX_LEAD_BYTES = 1024 * 1024


def _lead_row(payload: Mapping[str, object], now: float) -> tuple[object, ...]:
    """The column values of a new queued lead; :class:`LeadNotStorable` for what can't be stored."""
    unknown = sorted(str(key) for key in payload if key not in FIELD_BY_KEY)
    if unknown:
        raise LeadNotStorable(f"Not Octanist lead fields: {', '.join(unknown)}")
    body = _payload_json(payload)
    try:
        size = len(body.encode("utf-8"))
    except UnicodeEncodeError:
        raise LeadNotStorable(_what_is_wrong(payload)) from None
    if size > MAX_LEAD_BYTES:
        raise LeadNotStorable(
            f"This lead is too large to save ({-(-size // 1024):,} kB; at most "
            f"{MAX_LEAD_BYTES // 1024:,} kB). Shorten its note or custom data."
        )
    return (
        body,
        LeadStatus.QUEUED.value,
        now,
        now,
        payload_text(payload, "name"),
        payload_text(payload, "email"),
        payload_text(payload, "phone"),
        payload_text(payload, "note"),
    )


def _payload_json(payload: Mapping[str, object]) -> str:
    # Measured without recursing first: json.dumps would hit the recursion
    # limit (RecursionError) somewhere below a thousand levels.
    if nested_deeper_than(dict(payload), MAX_DEPTH + 1):
        raise LeadNotStorable(_what_is_wrong(payload))
    try:
        return json.dumps(dict(payload), ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    except (ValueError, TypeError, RecursionError):
        raise LeadNotStorable(_what_is_wrong(payload)) from None


def _what_is_wrong(payload: Mapping[str, object]) -> str:
    """A sentence naming the first field that can't be stored, and why (the slow path)."""
    for key, value in payload.items():
        label = FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else str(key)
        if nested_deeper_than(value, MAX_DEPTH):
            return f"{label} is nested too deeply to save: at most {MAX_DEPTH} levels of brackets."
        try:
            json.dumps(value, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except UnicodeEncodeError:
            return (
                f"{label} has broken characters (half of an emoji, say) that can't be saved; "
                "type them again."
            )
        except ValueError:
            return f"{label} holds a number that can't be saved (not a number, or infinite)."
        except (TypeError, RecursionError):
            return f"{label} holds something that isn't text, a number, yes/no or a list."
    return "This lead can't be saved as it is."


def _fate(outcome: Outcome) -> _Fate:
    from octanist_desktop.core.outcomes import (
        Delivered,
        Invalid,
        Rejected,
        Retryable,
        Unauthorized,
    )

    if isinstance(outcome, Delivered):
        if not outcome.lead_id:
            # Delivered all the same: Octanist said yes (see net.answers).
            return _Fate(LeadStatus.DELIVERED, DELIVERED_WITHOUT_ID)
        return _Fate(LeadStatus.DELIVERED, None, octanist_id=outcome.lead_id)
    if isinstance(outcome, Invalid):
        return _Fate(LeadStatus.INVALID, outcome.message)
    if isinstance(outcome, Unauthorized):
        return _Fate(LeadStatus.UNAUTHORIZED, outcome.message)
    if isinstance(outcome, Rejected):
        return _Fate(LeadStatus.REJECTED, outcome.message)
    if isinstance(outcome, Retryable):
        return _Fate(LeadStatus.WAITING, outcome.reason, maybe_duplicate=outcome.maybe_delivered)
    raise TypeError(f"not an Outcome: {outcome!r}")


def _insert_row(
    conn: sqlite3.Connection, row: tuple[object, ...], record: CaptureRecord | None
) -> int:
    cursor = conn.execute(
        "INSERT INTO leads (payload, status, created_at, updated_at,"
        " name, email, phone, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        row,
    )
    assert cursor.lastrowid is not None
    if record is not None and not record.is_empty():
        # In the same commit: a lead is never on disk without its proof of consent.
        save_capture(conn, cursor.lastrowid, record)
    return cursor.lastrowid


def insert_lead(
    conn: sqlite3.Connection,
    payload: Mapping[str, object],
    record: CaptureRecord | None,
    now: float,
) -> int:
    """Insert one new queued lead inside the caller's transaction (checked as ``enqueue`` does)."""
    return _insert_row(conn, _lead_row(payload, now), record)


class Outbox:
    """Enqueue leads and move them through their lifecycle; one instance per thread.

    Every method is one committed transaction. Status changes are checked
    against ``lifecycle.TRANSITIONS`` and raise ``IllegalTransition`` (with a
    sentence for the user) when not allowed, or ``LeadNotFound`` (a subclass)
    when the lead was deleted meanwhile.
    """

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float] = time.time) -> None:
        self._conn = conn
        self._clock = clock

    def close(self) -> None:
        """Close the connection this outbox owns."""
        self._conn.close()

    # -- saving a lead ------------------------------------------------------------------

    def enqueue(self, payload: Mapping[str, object], capture: CaptureRecord | None = None) -> int:
        """Commit a new queued lead (fsynced: ``synchronous=FULL``) and return its id.

        ``payload`` is the JSON body for Octanist. Only catalogue fields are
        accepted, so nothing else (never a key or a header) can be stored.
        Raises :class:`LeadNotStorable` (a ``ValueError`` and ``TypeError``)
        for a payload that can't be stored — an unknown field, NaN, a set,
        nesting deeper than ``MAX_DEPTH``, broken characters, more than
        ``MAX_LEAD_BYTES`` — and :class:`StorageFailed` (an
        ``sqlite3.OperationalError``) when the disk or the file refuses, the
        file deleted or replaced included. Both say why in plain words;
        nothing is stored then.
        ``capture`` (proof of consent, the badge scan) is committed with it.
        """
        return self.enqueue_many([payload], [capture])[0]

    def enqueue_many(
        self,
        payloads: Sequence[Mapping[str, object]],
        captures: Sequence[CaptureRecord | None] = (),
    ) -> list[int]:
        """Commit several new queued leads in one fsynced transaction; their ids, in order.

        All or nothing: every payload is checked as ``enqueue`` checks one
        before anything is written, and a failed write stores none of them.
        One fsync for the lot is what makes an import of thousands of rows
        take a second instead of a minute on a slow disk. ``captures`` pairs
        with ``payloads`` by position (missing ones: no record). Raises what
        ``enqueue`` raises.
        """
        now = self._clock()
        rows = [_lead_row(payload, now) for payload in payloads]
        records = list(captures) + [None] * (len(rows) - len(captures))
        ids: list[int] = []
        try:
            with write_transaction(self._conn):
                for row, record in zip(rows, records, strict=False):
                    ids.append(_insert_row(self._conn, row, record))
        except LeadNotSaved:
            raise
        except UnicodeEncodeError as exc:
            raise LeadNotStorable(
                "A lead's consent record or badge scan has broken characters (half of an "
                "emoji, say) that can't be saved."
            ) from exc
        except (sqlite3.DataError, sqlite3.InterfaceError, sqlite3.ProgrammingError) as exc:
            # About a value (too big, a type SQLite can't bind), not about the disk.
            raise LeadNotStorable(f"A lead holds something that can't be saved ({exc}).") from exc
        except (sqlite3.Error, OSError) as exc:
            raise storage_failure(exc) from exc
        return ids

    def enqueue_each(
        self,
        payloads: Sequence[Mapping[str, object]],
        captures: Sequence[CaptureRecord | None] = (),
    ) -> list[int | LeadNotStorable]:
        """Like :meth:`enqueue_many`, but a lead that can't be stored fails alone.

        Returns, in order, each lead's id or the :class:`LeadNotStorable` that
        kept it out. The batch is tried in one transaction first; if any lead
        in it is refused, each is tried in its own, so the rest are saved.
        :class:`StorageFailed` (the disk, not a lead) still stops everything.
        """
        results: list[int | LeadNotStorable] = []
        try:
            results.extend(self.enqueue_many(payloads, captures))
            return results
        except LeadNotStorable as refused:
            if len(payloads) == 1:
                return [refused]
        records = list(captures) + [None] * (len(payloads) - len(captures))
        for payload, record in zip(payloads, records, strict=False):
            try:
                results.append(self.enqueue_many([payload], [record])[0])
            except LeadNotStorable as refused:
                results.append(refused)
        return results

    def get(self, lead_id: int) -> Lead | None:
        """One lead, or None if it doesn't exist (any more)."""
        row = self._conn.execute(f"SELECT {COLUMNS} FROM leads WHERE id = ?", (lead_id,)).fetchone()
        return None if row is None else Lead.from_row(row)

    # -- the sender's side ----------------------------------------------------------------

    def next_due(self) -> Lead | None:
        """The oldest lead to send now: queued, or waiting with its time come."""
        # Two index lookups instead of one OR (which sorts every pending lead).
        # The statuses are literals so SQLite can use the partial index on waiting.
        row = self._conn.execute(
            f"SELECT {COLUMNS} FROM leads WHERE leads.id = (SELECT min(id) FROM ("
            f" SELECT min(id) AS id FROM leads WHERE status = '{_QUEUED}' UNION ALL"
            f" SELECT min(id) FROM leads WHERE status = '{_WAITING}' AND next_attempt_at <= ?))",
            (self._clock(),),
        ).fetchone()
        return None if row is None else Lead.from_row(row)

    def claim_next_due(self) -> Lead | None:
        """:meth:`next_due` and :meth:`mark_sending` in one transaction.

        Nothing (a delete from the UI, say) can slip in between choosing the
        lead and claiming it. Returns the claimed lead, or None if none is due.
        Not fsynced on its own (see :meth:`mark_request_started`).
        """
        with write_transaction(self._conn, fsync=False):
            due = self.next_due()
            return None if due is None else self._claim(due.id)

    def next_wake_time(self) -> float | None:
        """When the earliest waiting lead is due (for the sender's timer), or None."""
        # Named, because without statistics SQLite prefers the status index
        # and reads every waiting lead; this one answers in one step.
        (earliest,) = self._conn.execute(
            "SELECT min(next_attempt_at) FROM leads INDEXED BY leads_waiting_by_time"
            f" WHERE status = '{_WAITING}'"
        ).fetchone()
        return None if earliest is None else float(earliest)

    def take_back(self, lead_id: int) -> Lead | None:
        """Remove a lead that is not at Octanist, so it can be corrected and saved again.

        Returns the lead as it was, or None when it can't be taken back: it is
        being sent, was delivered, may have arrived (a possible duplicate), or
        is gone. The check and the removal are one transaction, so the sender
        can't claim the lead in between. Like an erase, its text leaves the
        search index too.
        """
        allowed = tuple(status.value for status in TAKE_BACK)
        marks = ", ".join("?" for _ in allowed)
        with write_transaction(self._conn):
            row = self._conn.execute(
                f"SELECT {COLUMNS} FROM leads WHERE id = ? AND status IN ({marks})"
                " AND maybe_duplicate = 0",
                (lead_id, *allowed),
            ).fetchone()
            if row is None:
                return None
            self._conn.execute("DELETE FROM leads WHERE id = ?", (lead_id,))
            # Saved again from the form, it gets a new record of how it was captured.
            erase_captures(self._conn, [lead_id])
            purge_erased_from_search(self._conn)
        empty_wal(self._conn)
        return Lead.from_row(row)

    def mark_sending(self, lead_id: int) -> Lead:
        """Claim a queued or waiting lead and count the attempt; commits before any request."""
        with write_transaction(self._conn):
            return self._claim(lead_id)

    def _claim(self, lead_id: int) -> Lead:
        check(self._status(lead_id), Event.CLAIM, LeadStatus.SENDING, lead_id)
        self._conn.execute(
            "UPDATE leads SET status = ?, attempts = attempts + 1, send_started_at = NULL,"
            " updated_at = ? WHERE id = ?",
            (LeadStatus.SENDING.value, self._clock(), lead_id),
        )
        return self._lead(lead_id)

    def mark_request_started(self, lead_id: int) -> None:
        """Note that the request's bytes are about to go out; commits.

        From here a crash leaves us not knowing whether Octanist got the lead,
        so :meth:`recover_interrupted` will flag it as a possible duplicate.
        Only a lead in ``sending`` is marked; for any other (one deleted a
        moment ago, say) this does nothing.

        This is the one fsync on the send path, and it makes the claim before
        it durable too (WAL frames are synced in order). The claim and the
        answer are committed without their own fsync: losing either to a power
        cut leaves the lead queued (nothing went out) or in ``sending`` with
        this mark (re-queued and flagged) — never silently sent twice.
        """
        with write_transaction(self._conn):
            self._conn.execute(
                "UPDATE leads SET send_started_at = ? WHERE id = ? AND status = ?",
                (self._clock(), lead_id, LeadStatus.SENDING.value),
            )

    def record(self, lead_id: int, outcome: Outcome, next_attempt_at: float | None = None) -> Lead:
        """Store what an attempt came to and move the lead on; returns it as stored.

        Delivered → delivered (Octanist's lead id kept); Invalid → invalid;
        Unauthorized → unauthorized; Rejected → rejected; Retryable → waiting
        until ``next_attempt_at`` (required for Retryable, ignored otherwise).
        A Retryable that may have reached Octanist sets ``maybe_duplicate``,
        and nothing clears it. ``request_id`` and ``server_answer`` describe
        the last answer Octanist gave: an attempt without one keeps them.
        """
        fate = _fate(outcome)
        if fate.status is LeadStatus.WAITING and next_attempt_at is None:
            # A waiting lead without a time would never be due again.
            raise ValueError("a Retryable outcome needs next_attempt_at")
        if fate.status is not LeadStatus.WAITING:
            next_attempt_at = None  # only waiting leads have a next attempt
        now = self._clock()
        answered = outcome.request_id is not None or outcome.server_answer is not None
        # No fsync of its own: if a power cut undoes this, the lead is back in
        # `sending` with its request-started mark, so it is re-sent flagged.
        with write_transaction(self._conn, fsync=False):
            check(self._status(lead_id), Event.ANSWER, fate.status, lead_id)
            self._conn.execute(
                "UPDATE leads SET status = ?, updated_at = ?, last_error = ?,"
                " octanist_id = ?, delivered_at = ?, next_attempt_at = ?, send_started_at = NULL,"
                " request_id = CASE WHEN ? THEN ? ELSE request_id END,"
                " server_answer = CASE WHEN ? THEN ? ELSE server_answer END,"
                " maybe_duplicate = maybe_duplicate OR ? WHERE id = ?",
                (
                    fate.status.value,
                    now,
                    fate.last_error,
                    fate.octanist_id,
                    now if fate.status is LeadStatus.DELIVERED else None,
                    next_attempt_at,
                    answered,
                    outcome.request_id,
                    answered,
                    outcome.server_answer,
                    fate.maybe_duplicate,
                    lead_id,
                ),
            )
            return self._lead(lead_id)

    def record_failure(self, lead_id: int, what: str, *, maybe_delivered: bool) -> Lead:
        """The app itself failed while sending the lead: it waits for a person (``failed``).

        ``what`` names the failure for support (an exception's type, say);
        ``maybe_delivered`` (the request had gone out) flags a possible
        duplicate. Never retried automatically: a failure after the request
        went out could otherwise add a copy at Octanist on every attempt.
        """
        with write_transaction(self._conn, fsync=False):
            check(self._status(lead_id), Event.ANSWER, LeadStatus.FAILED, lead_id)
            self._conn.execute(
                "UPDATE leads SET status = ?, updated_at = ?, last_error = ?,"
                " next_attempt_at = NULL, send_started_at = NULL,"
                " maybe_duplicate = maybe_duplicate OR ? WHERE id = ?",
                (
                    LeadStatus.FAILED.value,
                    self._clock(),
                    FAILED_IN_APP.format(what=what),
                    maybe_delivered,
                    lead_id,
                ),
            )
            return self._lead(lead_id)

    def recover_interrupted(self) -> list[int]:
        """At start-up: every lead left in ``sending`` goes back to the queue; returns their ids.

        A lead whose request had started (see :meth:`mark_request_started`)
        may have reached Octanist, which has no idempotency key: it is
        flagged ``maybe_duplicate``. One that was merely claimed is not.
        """
        with write_transaction(self._conn):
            ids = [
                int(lead_id)
                for (lead_id,) in self._conn.execute(
                    "SELECT id FROM leads WHERE status = ? ORDER BY id",
                    (LeadStatus.SENDING.value,),
                )
            ]
            for lead_id in ids:
                check(LeadStatus.SENDING, Event.INTERRUPTED, LeadStatus.QUEUED, lead_id)
            # Every right-hand side reads the row as it was before this UPDATE.
            self._conn.execute(
                "UPDATE leads SET status = ?, updated_at = ?, next_attempt_at = NULL,"
                " maybe_duplicate = maybe_duplicate OR send_started_at IS NOT NULL,"
                " last_error = CASE WHEN send_started_at IS NOT NULL THEN ? ELSE ? END,"
                " send_started_at = NULL WHERE status = ?",
                (
                    LeadStatus.QUEUED.value,
                    self._clock(),
                    INTERRUPTED_AFTER_SENDING,
                    INTERRUPTED_BEFORE_SENDING,
                    LeadStatus.SENDING.value,
                ),
            )
        return ids

    # -- bulk and user actions ------------------------------------------------------------

    def requeue_unauthorized(self) -> int:
        """The API key changed: every lead refused with the old one is queued again."""
        return self._requeue_all(Event.KEY_CHANGED)

    def retry_all_waiting(self) -> int:
        """ "Send now" (or the network is back): every waiting lead is due at once."""
        return self._requeue_all(Event.SEND_NOW)

    def _requeue_all(self, event: Event) -> int:
        sources = sorted(s.value for s in sources_for(event, LeadStatus.QUEUED))
        marks = ", ".join("?" * len(sources))
        with write_transaction(self._conn):
            cursor = self._conn.execute(
                f"UPDATE leads SET status = ?, next_attempt_at = NULL, updated_at = ?"
                f" WHERE status IN ({marks})",
                (LeadStatus.QUEUED.value, self._clock(), *sources),
            )
        return cursor.rowcount

    def retry_now(self, lead_id: int) -> Lead:
        """The user's "Retry now": a waiting or refused lead goes back to the queue, due now.

        Raises ``IllegalTransition`` for a delivered lead (Octanist has it),
        one being sent, or one already queued. Attempts and the last error stay.
        """
        with write_transaction(self._conn):
            check(self._status(lead_id), Event.USER_RETRY, LeadStatus.QUEUED, lead_id)
            self._conn.execute(
                "UPDATE leads SET status = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?",
                (LeadStatus.QUEUED.value, self._clock(), lead_id),
            )
            return self._lead(lead_id)

    def counts(self) -> dict[LeadStatus, int]:
        """How many leads are in each status; every status is present, zero or not."""
        return count_by_status(self._conn)

    # -- inside the caller's transaction -----------------------------------------------------

    def _status(self, lead_id: int) -> LeadStatus:
        row = self._conn.execute("SELECT status FROM leads WHERE id = ?", (lead_id,)).fetchone()
        if row is None:
            raise LeadNotFound(lead_id)
        return LeadStatus(row[0])

    def _lead(self, lead_id: int) -> Lead:
        lead = self.get(lead_id)
        if lead is None:
            raise LeadNotFound(lead_id)
        return lead
