"""Saying that a lead being entered or imported may already be in the history.

The form shows it under the field that matched ("Same email as Marieke de
Vries, sent today 10:42 (lead 12)"); the import preview gives it as the
reason a row is skipped.
Month names are English whatever the locale, like the rest of the UI.
"""

from __future__ import annotations

from datetime import datetime

#: English month abbreviations, whatever the locale (the history table uses them too).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def when_entered(created_at: float, now: datetime | None = None) -> str:
    """'today 10:42', 'yesterday 10:42' or '03 Mar 2026 10:42'."""
    when = datetime.fromtimestamp(created_at)
    now = now or datetime.now()
    if when.date() == now.date():
        day = "today"
    elif (now.date() - when.date()).days == 1:
        day = "yesterday"
    else:
        day = f"{when.day:02d} {MONTHS[when.month - 1]} {when.year}"
    return f"{day} {when:%H:%M}"


def describe_match(created_at: float, delivered: bool, now: datetime | None = None) -> str:
    """'Sent today 10:42 — possible duplicate', the hint under email/phone."""
    verb = "Sent" if delivered else "Entered"
    return f"{verb} {when_entered(created_at, now)} — possible duplicate"


def describe_stored(
    lead_id: int, created_at: float, delivered: bool, now: datetime | None = None
) -> str:
    """'Already in history: lead 12, sent today 10:42.', why an import row is skipped."""
    verb = "sent" if delivered else "entered"
    return f"Already in history: lead {lead_id}, {verb} {when_entered(created_at, now)}."


#: How the hint names the field that matched.
_SAME_WHAT = {"email": "email", "phone": "phone number"}


def describe_same(
    field: str, name: str, created_at: float, delivered: bool, now: datetime | None = None
) -> str:
    """'Same email as Marieke de Vries, sent today 10:42', said on the field that matched.

    The form follows it with a link to the earlier lead ("(lead 12)").
    """
    what = _SAME_WHAT.get(field, field)
    verb = "sent" if delivered else "entered"
    when = when_entered(created_at, now)
    if name.strip():
        return f"Same {what} as {name.strip()}, {verb} {when}"
    return f"Same {what} as a lead {verb} {when}"


def describe_elsewhere(created_at: float | None, now: datetime | None = None) -> str:
    """'Already at Octanist: entered today 10:42 by another device', when a colleague's
    laptop (or a web form) sent the same visitor; the hint under email/phone."""
    if created_at is None:
        return "Already at Octanist, entered by another device — possible duplicate"
    return f"Already at Octanist: entered {when_entered(created_at, now)} by another device"
