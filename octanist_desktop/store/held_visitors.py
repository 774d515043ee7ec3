"""Booth visitors' leads that wait for staff's answers, kept on disk until released.

An event's staff-only questions ("How warm is this lead?") are never shown
to a visitor; staff answer them afterwards, behind the PIN. Octanist can't
add custom data to a lead once it has it, so such a visitor's lead waits
here first — committed and fsynced like any lead, so a crash loses
nothing — with its proof of consent and the questions to answer. Staff
answering (or sending it as it is) moves it into the outbox in the same
transaction; deleting it is a privacy request, as in History.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from octanist_desktop.core.capture import CaptureRecord, capture_from_json, capture_to_json
from octanist_desktop.core.presets import (
    Question,
    answers_for_custom,
    question_from_json,
    question_to_json,
)
from octanist_desktop.store.database import write_transaction
from octanist_desktop.store.lead import payload_text
from octanist_desktop.store.outbox import insert_lead


@dataclass(frozen=True, slots=True)
class HeldVisitor:
    """One visitor's lead waiting for staff: its payload, record and unanswered questions."""

    id: int
    payload: dict[str, object]
    capture: CaptureRecord
    questions: tuple[Question, ...]
    held_at: float

    @property
    def who(self) -> str:
        """The visitor's name, email or phone, whichever they gave first ("" for none)."""
        for key in ("name", "email", "phone"):
            text = payload_text(self.payload, key)
            if text:
                return text
        return ""


class HeldVisitors:
    """The waiting visitors' leads, on the GUI thread's connection; every call one commit."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float] = time.time) -> None:
        self._conn = conn
        self._clock = clock

    def hold(
        self,
        payload: Mapping[str, object],
        capture: CaptureRecord,
        questions: Sequence[Question],
    ) -> int:
        """Keep a visitor's lead (fsynced) until staff answer ``questions``; its id here."""
        body = json.dumps(dict(payload), ensure_ascii=False, allow_nan=False)
        with write_transaction(self._conn):
            cursor = self._conn.execute(
                "INSERT INTO held_visitors (payload, capture, questions, held_at)"
                " VALUES (?, ?, ?, ?)",
                (
                    body,
                    json.dumps(capture_to_json(capture), ensure_ascii=False),
                    json.dumps([question_to_json(q) for q in questions], ensure_ascii=False),
                    self._clock(),
                ),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def waiting(self) -> list[HeldVisitor]:
        """Every waiting visitor's lead, oldest first."""
        rows = self._conn.execute(
            "SELECT id, payload, capture, questions, held_at FROM held_visitors ORDER BY id"
        )
        return [_held(row) for row in rows]

    def count(self) -> int:
        """How many visitors' leads wait."""
        (count,) = self._conn.execute("SELECT count(*) FROM held_visitors").fetchone()
        return int(count)

    def release(self, held_id: int, answers: Mapping[str, object]) -> int | None:
        """Staff answered (``answers`` by question key; empty: sent as it is): into the outbox.

        The answers join the lead's ``custom``; the lead and its record are
        committed and the waiting row removed in one transaction. Returns the
        new lead's id, or None when that visitor is no longer waiting.
        """
        with write_transaction(self._conn):
            row = self._conn.execute(
                "SELECT id, payload, capture, questions, held_at FROM held_visitors WHERE id = ?",
                (held_id,),
            ).fetchone()
            if row is None:
                return None
            held = _held(row)
            payload = dict(held.payload)
            extra = answers_for_custom(held.questions, answers)
            if extra:
                custom = payload.get("custom")
                merged = dict(custom) if isinstance(custom, dict) else {}
                merged.update(extra)
                payload["custom"] = merged
            lead_id = insert_lead(self._conn, payload, held.capture, self._clock())
            self._conn.execute("DELETE FROM held_visitors WHERE id = ?", (held_id,))
        return lead_id

    def discard(self, held_id: int) -> bool:
        """Delete a waiting visitor's lead for good (a privacy request); False if gone already."""
        with write_transaction(self._conn):
            cursor = self._conn.execute("DELETE FROM held_visitors WHERE id = ?", (held_id,))
        return bool(cursor.rowcount)


def _held(row: tuple[object, ...]) -> HeldVisitor:
    held_id, payload, capture, questions, held_at = row
    loaded = json.loads(str(payload))
    raw_questions = json.loads(str(questions))
    return HeldVisitor(
        id=int(str(held_id)),
        payload=loaded if isinstance(loaded, dict) else {},
        capture=capture_from_json(json.loads(str(capture))),
        questions=tuple(question_from_json(q) for q in raw_questions)
        if isinstance(raw_questions, list)
        else (),
        held_at=float(str(held_at)),
    )
