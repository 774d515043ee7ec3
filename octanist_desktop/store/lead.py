"""One stored lead, as the sender and the history see it."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass

from octanist_desktop.store.lifecycle import LeadStatus

_NAMES = (
    "id",
    "payload",
    "status",
    "created_at",
    "updated_at",
    "delivered_at",
    "attempts",
    "next_attempt_at",
    "octanist_id",
    "request_id",
    "last_error",
    "server_answer",
    "maybe_duplicate",
)

#: The select list that :meth:`Lead.from_row` reads; qualified so joins can use it.
COLUMNS = ", ".join(f"leads.{name}" for name in _NAMES)


@dataclass(frozen=True, slots=True)
class Lead:
    """A lead and its fate.

    Times are Unix seconds (UTC); the UI shows them in local time.
    ``maybe_duplicate`` means Octanist may hold this lead twice: an attempt
    may have reached it without an answer coming back. It stays set after a
    later delivery, so the user knows to look.
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
        return payload_text(self.payload, "name")

    @property
    def email(self) -> str:
        """The lead's email address, or ""."""
        return payload_text(self.payload, "email")

    @property
    def phone(self) -> str:
        """The lead's phone number as sent, or ""."""
        return payload_text(self.payload, "phone")

    @property
    def note(self) -> str:
        """The note taken with the lead, or ""."""
        return payload_text(self.payload, "note")

    @classmethod
    def from_row(cls, row: sqlite3.Row | tuple[object, ...]) -> Lead:
        """Build a lead from a row selected with :data:`COLUMNS`."""
        (
            lead_id,
            payload,
            status,
            created_at,
            updated_at,
            delivered_at,
            attempts,
            next_attempt_at,
            octanist_id,
            request_id,
            last_error,
            server_answer,
            maybe_duplicate,
        ) = tuple(row)
        loaded = json.loads(str(payload))
        return cls(
            id=_int(lead_id),
            payload=loaded if isinstance(loaded, dict) else {},
            status=LeadStatus(str(status)),
            created_at=_float(created_at),
            updated_at=_float(updated_at),
            delivered_at=None if delivered_at is None else _float(delivered_at),
            attempts=_int(attempts),
            next_attempt_at=None if next_attempt_at is None else _float(next_attempt_at),
            octanist_id=_optional_text(octanist_id),
            request_id=_optional_text(request_id),
            last_error=_optional_text(last_error),
            server_answer=_optional_text(server_answer),
            maybe_duplicate=bool(maybe_duplicate),
        )


def payload_text(payload: Mapping[str, object], key: str) -> str:
    """A text field of a payload, or "" when it is missing or not text."""
    value = payload.get(key)
    return value if isinstance(value, str) else ""


def _int(value: object) -> int:
    assert isinstance(value, int), value
    return value


def _float(value: object) -> float:
    assert isinstance(value, int | float), value
    return float(value)


def _optional_text(value: object) -> str | None:
    return None if value is None else str(value)
