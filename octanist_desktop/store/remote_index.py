"""What Octanist last said: each sent lead's status there, the account's recent leads, usage.

The status refresh writes here (on its own thread and connection); the
History reads it to show status, value and campaign beside each lead, and
the form asks it whether a visitor is "already at Octanist" from another
device. Only what identifies a lead (email, phone, when it was entered)
and its status is kept — never notes or custom data — and the account's
leads older than the refresh window are pruned.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import Decimal

from octanist_desktop.core.deal import Stage, parse_value
from octanist_desktop.core.remote import Availability, RemoteLead, Usage
from octanist_desktop.store.database import phone_key, write_transaction

#: How many "elsewhere" matches the duplicate hint gets at most.
MATCH_LIMIT = 5
_MARK_AVAILABILITY = "outcomes_api"
_MARK_REFRESHES = "refresh_count"
_MARK_USAGE = "usage"
#: What ``octanist_leads.stage`` holds for a lead Octanist no longer has.
_GONE = "deleted"


def email_key(email: str) -> str:
    """An email as the index compares it: trimmed, lower-cased."""
    return email.strip().lower()


@dataclass(frozen=True, slots=True)
class RemoteState:
    """Octanist's side of one of this app's leads, as of the last refresh.

    ``changed`` is true when the last refresh found its status, value or
    campaign changed at Octanist (not by an outcome this app sent); ``gone``
    when Octanist no longer has the lead (deleted there, or expired).
    """

    octanist_id: str
    stage: Stage | None
    value: Decimal | None
    loss_reason: str | None
    conversion_name: str | None
    campaign: str | None
    ad_group: str | None
    locked: bool
    updated_at: float | None
    fetched_at: float
    changed: bool
    gone: bool = False


@dataclass(frozen=True, slots=True)
class ElsewhereMatch:
    """A lead at Octanist with the same email or phone that this app did not send."""

    octanist_id: str
    created_at: float | None


def _timestamp(when: datetime | None) -> float | None:
    return None if when is None else when.timestamp()


def _text(value: Decimal | None) -> str | None:
    return None if value is None else str(value)


class RemoteIndex:
    """Read and write what Octanist said; one instance per thread, on its connection."""

    def __init__(self, conn: sqlite3.Connection, clock: Callable[[], float] = time.time) -> None:
        self._conn = conn
        self._clock = clock

    # -- small durable marks -------------------------------------------------------------

    def mark(self, name: str) -> str | None:
        """A value kept in ``sync_state`` (e.g. the refresh's high-water mark), or None."""
        row = self._conn.execute("SELECT value FROM sync_state WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_mark(self, name: str, value: str | None) -> None:
        """Keep (or, with None, forget) a value in ``sync_state``."""
        with write_transaction(self._conn, fsync=False):
            self._set_mark(name, value)

    def _set_mark(self, name: str, value: str | None) -> None:
        if value is None:
            self._conn.execute("DELETE FROM sync_state WHERE name = ?", (name,))
        else:
            self._conn.execute(
                "INSERT INTO sync_state (name, value) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
                (name, value),
            )

    def availability(self) -> Availability:
        """Whether this server has the outcome, status and usage endpoints, as last seen."""
        try:
            return Availability(self.mark(_MARK_AVAILABILITY) or Availability.UNKNOWN)
        except ValueError:
            return Availability.UNKNOWN

    def set_availability(self, availability: Availability) -> bool:
        """Remember what the server showed; True when that is news."""
        if self.availability() is availability:
            return False
        self.set_mark(_MARK_AVAILABILITY, availability.value)
        return True

    def usage(self) -> tuple[Usage, float] | None:
        """The plan's usage as last read, and when (Unix seconds), or None."""
        text = self.mark(_MARK_USAGE)
        if text is None:
            return None
        try:
            saved = json.loads(text)
            usage = Usage(
                leads_used=int(saved["leads_used"]),
                leads_limit=saved["leads_limit"],
                locked_leads=int(saved["locked_leads"]),
                period_start=_datetime(saved.get("period_start")),
                period_end=_datetime(saved.get("period_end")),
                by_status=dict(saved.get("by_status", {})),
                win_rate=saved.get("win_rate"),
                total_value=parse_value(saved["total_value"]) if saved.get("total_value") else None,
            )
            return usage, float(saved["fetched_at"])
        except (ValueError, KeyError, TypeError):
            return None  # written by a different version: read it again

    def save_usage(self, usage: Usage) -> None:
        """Keep the plan's usage as just read, so it shows at once after a restart."""
        saved = {
            "leads_used": usage.leads_used,
            "leads_limit": usage.leads_limit,
            "locked_leads": usage.locked_leads,
            "period_start": _timestamp(usage.period_start),
            "period_end": _timestamp(usage.period_end),
            "by_status": usage.by_status,
            "win_rate": usage.win_rate,
            "total_value": _text(usage.total_value),
            "fetched_at": self._clock(),
        }
        self.set_mark(_MARK_USAGE, json.dumps(saved))

    # -- refreshing ------------------------------------------------------------------------

    def current_refresh(self) -> int:
        """How many refreshes have brought leads back (0 before the first)."""
        return int(self.mark(_MARK_REFRESHES) or 0)

    def begin_refresh(self) -> int:
        """Count a new refresh; what it changes is marked with the returned number."""
        number = self.current_refresh() + 1
        self.set_mark(_MARK_REFRESHES, str(number))
        return number

    def apply(self, leads: Iterable[RemoteLead], refresh: int) -> list[int]:
        """Keep what Octanist said about ``leads``; returns this app's lead ids among them.

        A lead of this app whose status, value or campaign differs from what
        was known (a lead starts ``open``, without a value) is marked changed
        in ``refresh`` — unless an outcome this app delivered explains it.
        One transaction for the lot, not fsynced: it can all be read again.
        """
        now = self._clock()
        touched: list[int] = []
        with write_transaction(self._conn, fsync=False):
            for lead in leads:
                local = self._local_lead(lead.id)
                before = self._conn.execute(
                    "SELECT stage, value, campaign, changed_in FROM octanist_leads WHERE id = ?",
                    (lead.id,),
                ).fetchone()
                changed_in = 0 if before is None else int(before[3])
                if local is not None:
                    known = (
                        (before[0], before[1], before[2])
                        if before is not None
                        else (Stage.OPEN.value, None, None)
                    )
                    now_is = (
                        None if lead.stage is None else lead.stage.value,
                        _text(lead.value),
                        lead.campaign,
                    )
                    # A new campaign is always news; a new status or value is
                    # unless it is what this app's own outcome set.
                    deal_changed = _deal_differs(known, now_is)
                    if known[2] != now_is[2] or (
                        deal_changed and not self._explained_by_us(local, lead)
                    ):
                        changed_in = refresh
                    touched.append(local)
                self._conn.execute(
                    "INSERT OR REPLACE INTO octanist_leads (id, stage, value, loss_reason,"
                    " conversion_name, campaign, ad_group, locked, email_key, phone_key,"
                    " created_at, updated_at, updated_at_text, expires_at, fetched_at, changed_in)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        lead.id,
                        None if lead.stage is None else lead.stage.value,
                        _text(lead.value),
                        lead.loss_reason,
                        lead.conversion_name,
                        lead.campaign,
                        lead.ad_group,
                        lead.locked,
                        email_key(lead.email),
                        phone_key(lead.phone),
                        _timestamp(lead.created_at),
                        _timestamp(lead.updated_at),
                        lead.updated_at_text,
                        _timestamp(lead.expires_at),
                        now,
                        changed_in,
                    ),
                )
        return touched

    def _local_lead(self, octanist_id: str) -> int | None:
        row = self._conn.execute(
            "SELECT id FROM leads WHERE octanist_id = ? ORDER BY id LIMIT 1", (octanist_id,)
        ).fetchone()
        return None if row is None else int(row[0])

    def _explained_by_us(self, lead_id: int, lead: RemoteLead) -> bool:
        """Whether this app's own latest delivered outcome set what Octanist now says."""
        row = self._conn.execute(
            "SELECT stage, value FROM outcomes WHERE lead_id = ? AND status = 'delivered'"
            " ORDER BY id DESC LIMIT 1",
            (lead_id,),
        ).fetchone()
        if row is None or lead.stage is None or row[0] != lead.stage.value:
            return False
        sent = None if row[1] is None else parse_value(str(row[1]))
        return sent is None or sent == lead.value

    def sent_leads(self, limit: int, *, unchecked_only: bool = False) -> list[tuple[int, str]]:
        """This app's delivered leads as (lead id, Octanist id), newest first.

        ``unchecked_only``: those the refresh has never read back.
        """
        unchecked = (
            " AND NOT EXISTS (SELECT 1 FROM octanist_leads o WHERE o.id = leads.octanist_id)"
            if unchecked_only
            else ""
        )
        rows = self._conn.execute(
            "SELECT id, octanist_id FROM leads WHERE status = 'delivered'"
            f" AND octanist_id IS NOT NULL AND octanist_id != ''{unchecked}"
            " ORDER BY id DESC LIMIT ?",
            (limit,),
        )
        return [(int(lead_id), str(octanist_id)) for lead_id, octanist_id in rows]

    def prune(self, before: float) -> int:
        """Forget the account's leads entered before ``before`` that aren't this app's."""
        with write_transaction(self._conn, fsync=False):
            cursor = self._conn.execute(
                "DELETE FROM octanist_leads WHERE created_at < ? AND id NOT IN"
                " (SELECT octanist_id FROM leads WHERE octanist_id IS NOT NULL)",
                (before,),
            )
        return cursor.rowcount

    def mark_gone(self, octanist_id: str) -> None:
        """Octanist no longer has this lead (a read answered "not found"): say so, once."""
        with write_transaction(self._conn, fsync=False):
            self._conn.execute(
                "INSERT OR REPLACE INTO octanist_leads (id, stage, fetched_at, changed_in)"
                " VALUES (?, ?, ?, 0)",
                (octanist_id, _GONE, self._clock()),
            )

    # -- reading, for the window ----------------------------------------------------------

    def for_leads(self, lead_ids: Iterable[int]) -> dict[int, RemoteState]:
        """Octanist's side of each of these leads that has been read back."""
        ids = list(lead_ids)
        refresh = self.current_refresh()
        found: dict[int, RemoteState] = {}
        for start in range(0, len(ids), 500):  # SQLite's bound-parameter limit
            chunk = ids[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            rows = self._conn.execute(
                "SELECT leads.id, o.id, o.stage, o.value, o.loss_reason, o.conversion_name,"
                " o.campaign, o.ad_group, o.locked, o.updated_at, o.fetched_at, o.changed_in"
                " FROM leads JOIN octanist_leads o ON o.id = leads.octanist_id"
                f" WHERE leads.id IN ({marks})",
                chunk,
            )
            for row in rows:
                stage = _stage(row[2])
                found[int(row[0])] = RemoteState(
                    octanist_id=str(row[1]),
                    stage=stage,
                    value=None if row[3] is None else parse_value(str(row[3])),
                    loss_reason=row[4],
                    conversion_name=row[5],
                    campaign=row[6],
                    ad_group=row[7],
                    locked=bool(row[8]),
                    updated_at=None if row[9] is None else float(row[9]),
                    fetched_at=float(row[10]),
                    changed=refresh > 0 and int(row[11]) == refresh,
                    gone=row[2] == _GONE,
                )
        return found

    def elsewhere(self, email: str | None, phone: str | None) -> list[ElsewhereMatch]:
        """Leads at Octanist with this email or phone that this app did not send.

        The "already at Octanist: entered today 10:42 by another device" hint;
        newest first, at most five. Two index lookups: instant as you type.
        """
        lookups: list[tuple[str, str]] = []
        if email and email_key(email):
            lookups.append(("email_key", email_key(email)))
        if phone and phone_key(phone):
            lookups.append(("phone_key", phone_key(phone)))
        found: dict[str, ElsewhereMatch] = {}
        for column, key in lookups:
            rows = self._conn.execute(
                f"SELECT id, created_at FROM octanist_leads WHERE {column} = ?"
                " AND id NOT IN (SELECT octanist_id FROM leads WHERE octanist_id IS NOT NULL)"
                f" ORDER BY created_at DESC LIMIT {MATCH_LIMIT}",
                (key,),
            )
            for octanist_id, created_at in rows:
                found[str(octanist_id)] = ElsewhereMatch(
                    str(octanist_id), None if created_at is None else float(created_at)
                )
        ordered = sorted(found.values(), key=lambda m: m.created_at or 0.0, reverse=True)
        return ordered[:MATCH_LIMIT]


def _deal_differs(known: tuple[object, ...], now_is: tuple[str | None, ...]) -> bool:
    """Whether the stage or the value (compared as numbers) changed."""
    stage, value, _ = known
    if stage != now_is[0]:
        return True
    before = None if value is None else parse_value(str(value))
    after = None if now_is[1] is None else parse_value(now_is[1])
    return before != after


def _stage(text: object) -> Stage | None:
    try:
        return None if text is None else Stage(str(text))
    except ValueError:
        return None


def _datetime(value: object) -> datetime | None:
    if isinstance(value, int | float):
        return datetime.fromtimestamp(value, UTC)
    return None
