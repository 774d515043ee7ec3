"""The durable outbox: a lead is on disk before any network activity, and its fate is recorded."""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager

from octanist_desktop.core.outcomes import (
    Delivered,
    Invalid,
    Outcome,
    Rejected,
    Retryable,
    Unauthorized,
)
from octanist_desktop.store.lead import COLUMNS, Lead
from octanist_desktop.store.lifecycle import (
    Event,
    IllegalTransition,
    LeadStatus,
    check,
    sources_for,
)

_S = LeadStatus


def _text(payload: Mapping[str, object], key: str) -> str:
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _placeholders(statuses: frozenset[LeadStatus]) -> tuple[str, list[str]]:
    values = sorted(s.value for s in statuses)
    return ",".join("?" * len(values)), values


class Outbox:
    """Enqueue leads and move them through their lifecycle; one instance per thread.

    The GUI thread uses it to enqueue and for user actions (retry now); the
    sender thread, on its own connection, to claim leads and record outcomes.
    """

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float] = time.time) -> None:
        self._conn = conn
        self._clock = clock

    def close(self) -> None:
        """Close the connection."""
        self._conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    # -- the GUI's side -------------------------------------------------------

    def enqueue(self, payload: Mapping[str, object]) -> int:
        """Commit a new lead, fsynced, and return its id. Nothing touches the network first."""
        now = self._clock()
        body = json.dumps(payload, ensure_ascii=False, separators=(",", ":"))
        # FULL: the commit survives a power cut, not just a crashed process.
        self._conn.execute("PRAGMA synchronous = FULL")
        try:
            with self._transaction() as conn:
                cursor = conn.execute(
                    "INSERT INTO leads (payload, status, created_at, updated_at,"
                    " name, email, phone, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        body,
                        _S.QUEUED.value,
                        now,
                        now,
                        _text(payload, "name"),
                        _text(payload, "email"),
                        _text(payload, "phone"),
                        _text(payload, "note"),
                    ),
                )
        finally:
            self._conn.execute("PRAGMA synchronous = NORMAL")
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def retry_now(self, lead_id: int) -> Lead:
        """ "Retry now": a waiting, refused or rejected lead goes back to the queue."""
        with self._transaction():
            lead = self._get(lead_id)
            check(lead.status, Event.USER_RETRY, _S.QUEUED)
            self._conn.execute(
                "UPDATE leads SET status = ?, next_attempt_at = NULL, updated_at = ? WHERE id = ?",
                (_S.QUEUED.value, self._clock(), lead_id),
            )
        return self._get(lead_id)

    # -- the sender's side ------------------------------------------------------

    def next_due(self) -> Lead | None:
        """The oldest lead to send now: queued, or waiting with its time come."""
        row = self._conn.execute(
            f"SELECT {COLUMNS} FROM leads WHERE status = ?"
            " OR (status = ? AND next_attempt_at <= ?) ORDER BY id LIMIT 1",
            (_S.QUEUED.value, _S.WAITING.value, self._clock()),
        ).fetchone()
        return None if row is None else Lead.from_row(row)

    def next_wake_time(self) -> float | None:
        """When the earliest waiting lead is due, if any."""
        row = self._conn.execute(
            "SELECT min(next_attempt_at) FROM leads WHERE status = ?", (_S.WAITING.value,)
        ).fetchone()
        return None if row is None or row[0] is None else float(row[0])

    def mark_sending(self, lead_id: int) -> Lead:
        """Claim a lead before its request is built; counts the attempt."""
        with self._transaction():
            lead = self._get(lead_id)
            check(lead.status, Event.CLAIM, _S.SENDING)
            self._conn.execute(
                "UPDATE leads SET status = ?, attempts = attempts + 1, send_started_at = NULL,"
                " updated_at = ? WHERE id = ?",
                (_S.SENDING.value, self._clock(), lead_id),
            )
        return self._get(lead_id)

    def mark_request_started(self, lead_id: int) -> None:
        """From here on the request may reach Octanist: a crash now means maybe a duplicate."""
        with self._transaction():
            self._conn.execute(
                "UPDATE leads SET send_started_at = ? WHERE id = ? AND status = ?",
                (self._clock(), lead_id, _S.SENDING.value),
            )

    def record(self, lead_id: int, outcome: Outcome, next_attempt_at: float | None = None) -> Lead:
        """Store what an attempt came to."""
        now = self._clock()
        status, error, octanist_id, delivered_at = self._classify(outcome, now)
        maybe_dup = isinstance(outcome, Retryable) and outcome.maybe_delivered
        with self._transaction():
            lead = self._get(lead_id)
            check(lead.status, Event.ANSWER, status)
            self._conn.execute(
                "UPDATE leads SET status = ?, last_error = ?,"
                " octanist_id = coalesce(?, octanist_id), request_id = coalesce(?, request_id),"
                " server_answer = ?, delivered_at = ?,"
                " next_attempt_at = ?, send_started_at = NULL, updated_at = ?,"
                " maybe_duplicate = maybe_duplicate OR ? WHERE id = ?",
                (
                    status.value,
                    error,
                    octanist_id,
                    outcome.request_id,
                    outcome.server_answer,
                    delivered_at,
                    next_attempt_at if status is _S.WAITING else None,
                    now,
                    int(maybe_dup),
                    lead_id,
                ),
            )
        return self._get(lead_id)

    @staticmethod
    def _classify(
        outcome: Outcome, now: float
    ) -> tuple[LeadStatus, str | None, str | None, float | None]:
        if isinstance(outcome, Delivered):
            return _S.DELIVERED, None, outcome.lead_id, now
        if isinstance(outcome, Invalid):
            return _S.INVALID, outcome.message, None, None
        if isinstance(outcome, Unauthorized):
            return _S.UNAUTHORIZED, outcome.message, None, None
        if isinstance(outcome, Rejected):
            return _S.REJECTED, outcome.message, None, None
        return _S.WAITING, outcome.reason, None, None

    def recover_interrupted(self) -> list[int]:
        """At start-up: leads left in ``sending`` go back to the queue.

        Where the request may already have gone out, the lead is flagged as a
        possible duplicate: Octanist has no idempotency key, so we can't know.
        """
        with self._transaction():
            ids = [
                int(r[0])
                for r in self._conn.execute(
                    "SELECT id FROM leads WHERE status = ?", (_S.SENDING.value,)
                )
            ]
            check(_S.SENDING, Event.INTERRUPTED, _S.QUEUED)
            self._conn.execute(
                "UPDATE leads SET status = ?, updated_at = ?,"
                " maybe_duplicate = maybe_duplicate OR (send_started_at IS NOT NULL),"
                " send_started_at = NULL WHERE status = ?",
                (_S.QUEUED.value, self._clock(), _S.SENDING.value),
            )
        return ids

    def requeue_unauthorized(self) -> int:
        """The key changed: every lead refused with the old one goes back to the queue."""
        return self._bulk(Event.KEY_CHANGED)

    def retry_all_waiting(self) -> int:
        """ "Send now" or the network is back: waiting leads are due at once, in order."""
        return self._bulk(Event.SEND_NOW)

    def _bulk(self, event: Event) -> int:
        marks, values = _placeholders(sources_for(event, _S.QUEUED))
        with self._transaction():
            cursor = self._conn.execute(
                f"UPDATE leads SET status = ?, next_attempt_at = NULL, updated_at = ?"
                f" WHERE status IN ({marks})",
                (_S.QUEUED.value, self._clock(), *values),
            )
        return cursor.rowcount

    def counts(self) -> dict[LeadStatus, int]:
        """How many leads are in each status (every status present, zero or not)."""
        counts = dict.fromkeys(LeadStatus, 0)
        for status, n in self._conn.execute("SELECT status, count(*) FROM leads GROUP BY status"):
            counts[LeadStatus(status)] = int(n)
        return counts

    def get(self, lead_id: int) -> Lead | None:
        """One lead, or None if it doesn't exist (any more)."""
        row = self._conn.execute(f"SELECT {COLUMNS} FROM leads WHERE id = ?", (lead_id,)).fetchone()
        return None if row is None else Lead.from_row(row)

    def _get(self, lead_id: int) -> Lead:
        lead = self.get(lead_id)
        if lead is None:
            raise IllegalTransition(f"Lead {lead_id} no longer exists (it may have been deleted).")
        return lead
