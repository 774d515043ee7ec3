"""The sandbox's side of a lead after it is created: status, value, attribution, usage.

Octanist keeps more about a lead than the body it was created with: whether
it was qualified, won or lost and for how much, the conversion it counts as,
the Google Ads campaign it is attributed to, and when any of it last
changed. ``LeadRecord`` holds that for one lead; the functions below answer
the read and stats endpoints from a list of them. Stdlib only, like the rest
of the sandbox.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

#: The statuses a lead can have at Octanist; a new lead is ``open``.
STATUSES: tuple[str, ...] = ("open", "qualified", "won", "lost")
#: The statuses a PATCH may set.
SETTABLE_STATUSES: frozenset[str] = frozenset({"qualified", "won", "lost"})
#: How long Octanist keeps a lead (the sandbox's stand-in for ``expiresAt``).
RETENTION = timedelta(days=90)
#: What a lead counts as when it is passed on to the ad platforms.
CONVERSION_NAMES = {"qualified": "Qualified lead", "won": "Closed deal"}
#: The campaign a lead with a Google click id is attributed to when it names none.
DEFAULT_CAMPAIGN = "Search – Brand"
DEFAULT_AD_GROUP = "Trade show visitors"


def now_ms() -> datetime:
    """Now, in UTC, to the millisecond: what Octanist stores and shows.

    Kept to the millisecond so a time read back from an answer compares
    equal to the stored one (``updated_after`` is strictly after).
    """
    now = datetime.now(UTC)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def iso(when: datetime | None) -> str | None:
    """``when`` as Octanist writes times: ISO 8601, UTC, milliseconds, ``Z``."""
    if when is None:
        return None
    return when.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_iso(text: str) -> datetime | None:
    """An ISO 8601 time (``Z`` or an offset; a bare date is midnight UTC), or None."""
    try:
        when = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return when if when.tzinfo is not None else when.replace(tzinfo=UTC)


@dataclass(slots=True)
class LeadRecord:
    """One lead as Octanist keeps it. Mutable: PATCH and the control API change it."""

    lead_id: str
    payload: dict[str, object]
    created_at: datetime
    updated_at: datetime
    status: str = "open"
    value: float | None = None
    loss_reason: str | None = None
    notes: list[str] = field(default_factory=list)
    qualified_at: datetime | None = None
    campaign_name: str | None = None
    ad_group_name: str | None = None
    locked: bool = False

    @classmethod
    def created(cls, lead_id: str, payload: dict[str, object], now: datetime) -> LeadRecord:
        """A new, open lead; attributed to a campaign when it carries a Google click id."""
        record = cls(lead_id, dict(payload), now, now)
        if isinstance(payload.get("gclid"), str) and payload["gclid"]:
            campaign = payload.get("utm_campaign")
            record.campaign_name = (
                campaign if isinstance(campaign, str) and campaign else DEFAULT_CAMPAIGN
            )
            record.ad_group_name = DEFAULT_AD_GROUP
        return record

    def text(self, key: str) -> str:
        """A text field of the create body, or ""."""
        value = self.payload.get(key)
        return value if isinstance(value, str) else ""

    def change(
        self,
        now: datetime,
        *,
        status: str | None = None,
        value: float | None = None,
        note: str | None = None,
        loss_reason: str | None = None,
        campaign_name: str | None = None,
    ) -> None:
        """Apply what a PATCH (or someone at Octanist) changed; ``updatedAt`` moves on."""
        if status is not None:
            self.status = status
            if status in ("qualified", "won") and self.qualified_at is None:
                self.qualified_at = now
            if status != "lost":
                self.loss_reason = None
        if value is not None:
            self.value = value
        if note:
            self.notes.append(note)
        if loss_reason and self.status == "lost":
            self.loss_reason = loss_reason
        if campaign_name is not None:
            self.campaign_name = campaign_name or None
        self.updated_at = now

    def to_api(self) -> dict[str, object]:
        """The lead as ``GET /api/leads`` and ``GET /api/leads/{id}`` return it."""
        body: dict[str, object] = dict(self.payload)
        for key in ("ad_storage", "ad_user_data", "ad_personalization", "analytics_storage"):
            consent = body.get(key, False)
            body[key] = consent is True or (isinstance(consent, str) and consent.lower() == "true")
        if "custom" in body and not isinstance(body["custom"], str):
            # Octanist stores custom data as text, whatever was sent.
            body["custom"] = json.dumps(body["custom"], ensure_ascii=False)
        if self.notes:
            body["note"] = "\n".join([self.text("note"), *self.notes]).strip()
        body.update(
            {
                "id": self.lead_id,
                "status": self.status,
                "value": self.value,
                "lossReason": self.loss_reason,
                "conversionName": CONVERSION_NAMES.get(self.status),
                "source": "api",
                "createdAt": iso(self.created_at),
                "updatedAt": iso(self.updated_at),
                "qualifiedAt": iso(self.qualified_at),
                "expiresAt": iso(self.created_at + RETENTION),
                "googleAdsCampaignName": self.campaign_name,
                "googleAdsAdGroupName": self.ad_group_name,
                "locked": self.locked,
            }
        )
        return body


def phone_digits(phone: str) -> str:
    """A phone number reduced to ``+`` and digits, for matching."""
    return "".join(char for char in phone if char.isdigit() or char == "+")


def matching(records: Iterable[LeadRecord], email: str | None, phone: str | None) -> list[str]:
    """Ids of the leads with this email (any letter case) or else this phone number."""
    if email:
        wanted = email.strip().casefold()
        return [r.lead_id for r in records if r.text("email").strip().casefold() == wanted]
    if phone:
        digits = phone_digits(phone)
        return [r.lead_id for r in records if digits and phone_digits(r.text("phone")) == digits]
    return []


@dataclass(frozen=True, slots=True)
class ListQuery:
    """``GET /api/leads``'s parameters, checked."""

    limit: int = 50
    page: int = 1
    status: str | None = None
    updated_after: datetime | None = None
    sort: str = "created_at:desc"


def _created(record: LeadRecord) -> datetime:
    return record.created_at


def _updated(record: LeadRecord) -> datetime:
    return record.updated_at


#: The orders the list endpoint knows: name → (the time sorted by, descending?).
SORTS: dict[str, tuple[Callable[[LeadRecord], datetime], bool]] = {
    "created_at:desc": (_created, True),
    "created_at:asc": (_created, False),
    "updated_at:desc": (_updated, True),
    "updated_at:asc": (_updated, False),
}


def list_page(
    records: Sequence[LeadRecord], query: ListQuery
) -> tuple[list[dict[str, object]], dict[str, object]]:
    """One page of leads as the list endpoint returns it, and its ``pagination`` meta."""
    chosen = [
        r
        for r in records
        if (query.status is None or r.status == query.status)
        and (query.updated_after is None or r.updated_at > query.updated_after)
    ]
    key, descending = SORTS[query.sort]
    # The id breaks ties, so paging through leads changed in the same millisecond is stable.
    chosen.sort(key=lambda r: (key(r), r.lead_id), reverse=descending)
    total = len(chosen)
    start = (query.page - 1) * query.limit
    items = [r.to_api() for r in chosen[start : start + query.limit]]
    total_pages = max(math.ceil(total / query.limit), 1)
    pagination: dict[str, object] = {
        "limit": query.limit,
        "page": query.page,
        "totalPages": total_pages,
        "total": total,
        "hasMore": query.page < total_pages,
    }
    return items, pagination


def month_bounds(now: datetime, months_back: int = 0) -> tuple[datetime, datetime]:
    """The first instant and the last millisecond of the calendar month ``months_back`` ago."""
    year, month = now.year, now.month - months_back
    while month < 1:
        year, month = year - 1, month + 12
    start = datetime(year, month, 1, tzinfo=UTC)
    following = datetime(year + (month == 12), month % 12 + 1, 1, tzinfo=UTC)
    return start, following - timedelta(milliseconds=1)


def stats(
    records: Sequence[LeadRecord],
    start: datetime,
    end: datetime,
    *,
    leads_limit: int,
    extra_used: int = 0,
) -> dict[str, object]:
    """The ``data`` of ``POST /api/stats`` over the leads created from ``start`` to ``end``."""
    period = [r for r in records if start <= r.created_at <= end]
    by_status = Counter(r.status for r in period)
    used = len(period) + extra_used
    won_values = [r.value for r in period if r.status == "won" and r.value is not None]
    qualified = by_status["qualified"] + by_status["won"]
    decided = by_status["won"] + by_status["lost"]
    total_value = sum(won_values)
    return {
        "usage": {
            "leadsUsed": used,
            "leadsLimit": leads_limit,
            "lockedLeads": max(used - leads_limit, 0),
            "periodStart": iso(start),
            "periodEnd": iso(end),
        },
        "leads": {
            "total": used,
            "byStatus": {status: by_status[status] for status in STATUSES},
            "bySource": {"gtm": 0, "api": len(period), "manual": extra_used},
        },
        "conversion": {
            "qualified": qualified,
            "qualificationRate": round(qualified / len(period), 4) if period else 0,
            "winRate": round(by_status["won"] / decided, 4) if decided else 0,
            "averageValue": round(total_value / len(won_values), 2) if won_values else 0,
            "totalValue": total_value,
        },
    }
