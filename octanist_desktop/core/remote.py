"""What Octanist says about leads and the plan, as data. No Qt, no HTTP here.

``net`` builds these from the read and stats answers (leniently: unknown
fields are ignored, a field of the wrong type reads as missing); ``store``
keeps them; the UI shows them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime
from decimal import Decimal
from enum import StrEnum

from octanist_desktop.core.deal import Stage

#: From this share of the plan's limit on, the app warns that the plan is nearly full.
USAGE_WARNING_SHARE = 0.9


def parse_time(text: object) -> datetime | None:
    """An ISO 8601 time as Octanist writes it (``2026-03-10T12:00:00.000Z``), or None."""
    if not isinstance(text, str) or not text.strip():
        return None
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


def stage_of(text: object) -> Stage | None:
    """Octanist's status text as a ``Stage``; None for anything it doesn't document."""
    try:
        return Stage(str(text).strip().lower()) if isinstance(text, str) else None
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class RemoteLead:
    """One lead as Octanist has it now.

    ``updated_at_text`` is the server's own spelling of ``updatedAt``: the
    refresh hands it back as ``updated_after`` so no clock but the server's
    is involved.
    """

    id: str
    stage: Stage | None = None
    value: Decimal | None = None
    loss_reason: str | None = None
    conversion_name: str | None = None
    campaign: str | None = None
    ad_group: str | None = None
    name: str = ""
    email: str = ""
    phone: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None
    updated_at_text: str | None = None
    qualified_at: datetime | None = None
    expires_at: datetime | None = None
    locked: bool = False


@dataclass(frozen=True, slots=True)
class LeadPage:
    """One page of ``GET /api/leads``."""

    leads: tuple[RemoteLead, ...]
    page: int
    has_more: bool
    total: int | None = None
    request_id: str | None = None


@dataclass(frozen=True, slots=True)
class Usage:
    """The plan's usage this period, from ``POST /api/stats``.

    ``leads_limit`` is None when the account has no limit (or no active
    subscription: then the period is unknown too).
    """

    leads_used: int
    leads_limit: int | None = None
    locked_leads: int = 0
    period_start: datetime | None = None
    period_end: datetime | None = None
    by_status: dict[str, int] = field(default_factory=dict)
    win_rate: float | None = None
    total_value: Decimal | None = None

    @property
    def share(self) -> float | None:
        """How much of the limit is used (0.0-1.0 and beyond), or None without a limit."""
        if not self.leads_limit:
            return None
        return self.leads_used / self.leads_limit

    @property
    def nearly_full(self) -> bool:
        """90 % of the plan used, or leads already locked: time to warn."""
        share = self.share
        return self.locked_leads > 0 or (share is not None and share >= USAGE_WARNING_SHARE)


class Availability(StrEnum):
    """Whether the server has the endpoints for outcomes, status and usage."""

    UNKNOWN = "unknown"  # not asked yet
    AVAILABLE = "available"  # one of them answered
    UNSUPPORTED = "unsupported"  # they answered 404/405: an older or different server
