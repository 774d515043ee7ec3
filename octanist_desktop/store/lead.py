"""One stored lead, as the outbox and the history see it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from octanist_desktop.store.lifecycle import LeadStatus

COLUMNS = (
    "id, payload, status, created_at, updated_at, delivered_at, attempts, next_attempt_at, "
    "octanist_id, request_id, last_error, server_answer, maybe_duplicate"
)


@dataclass(frozen=True, slots=True)
class Lead:
    """A lead and its fate. Times are Unix seconds (UTC); the UI shows local time."""

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
        """The lead's name, or ""."""
        return _text(self.payload.get("name"))

    @property
    def email(self) -> str:
        """The lead's email, or ""."""
        return _text(self.payload.get("email"))

    @property
    def phone(self) -> str:
        """The lead's phone, or ""."""
        return _text(self.payload.get("phone"))

    @classmethod
    def from_row(cls, row: Any) -> Lead:
        """Build from a row selected with ``COLUMNS``."""
        (
            id_,
            payload,
            status,
            created,
            updated,
            delivered,
            attempts,
            next_at,
            octanist_id,
            request_id,
            last_error,
            answer,
            maybe_dup,
        ) = tuple(row)
        loaded = json.loads(str(payload))
        return cls(
            id=int(id_),
            payload=loaded if isinstance(loaded, dict) else {},
            status=LeadStatus(str(status)),
            created_at=float(created),
            updated_at=float(updated),
            delivered_at=None if delivered is None else float(delivered),
            attempts=int(attempts),
            next_attempt_at=None if next_at is None else float(next_at),
            octanist_id=_opt(octanist_id),
            request_id=_opt(request_id),
            last_error=_opt(last_error),
            server_answer=_opt(answer),
            maybe_duplicate=bool(maybe_dup),
        )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _opt(value: object) -> str | None:
    return None if value is None else str(value)
