"""Saying that a lead being entered or imported may already be in the history.

The form shows it under the field that matched ("Same email as Marieke de
Vries, sent today 10:42 (lead 12)"); the import preview gives it as the
reason a row is skipped.
The sentences are ``core.words`` marked words: the UI says them in the
user's language, with the date and time in their locale.
"""

from __future__ import annotations

from datetime import datetime

from octanist_desktop.core.words import MONTHS, QT_TRANSLATE_NOOP, Words

__all__ = [
    "MONTHS",
    "describe_elsewhere",
    "describe_match",
    "describe_same",
    "describe_stored",
    "when_entered",
]

_TODAY = QT_TRANSLATE_NOOP("MatchHint", "today {time}")
_YESTERDAY = QT_TRANSLATE_NOOP("MatchHint", "yesterday {time}")
_ON_DAY = QT_TRANSLATE_NOOP("MatchHint", "{date} {time}")

_MATCH = {
    True: QT_TRANSLATE_NOOP("MatchHint", "Sent {when} — possible duplicate"),
    False: QT_TRANSLATE_NOOP("MatchHint", "Entered {when} — possible duplicate"),
}
_STORED = {
    True: QT_TRANSLATE_NOOP("MatchHint", "Already in history: lead {lead}, sent {when}."),
    False: QT_TRANSLATE_NOOP("MatchHint", "Already in history: lead {lead}, entered {when}."),
}
# Whole sentences for each field, named or not, sent or not: a translator
# needs them whole (the words around a name change with the field and the verb).
_SAME = {
    ("email", True, True): QT_TRANSLATE_NOOP("MatchHint", "Same email as {name}, sent {when}"),
    ("email", True, False): QT_TRANSLATE_NOOP("MatchHint", "Same email as {name}, entered {when}"),
    ("email", False, True): QT_TRANSLATE_NOOP("MatchHint", "Same email as a lead sent {when}"),
    ("email", False, False): QT_TRANSLATE_NOOP("MatchHint", "Same email as a lead entered {when}"),
    ("phone", True, True): QT_TRANSLATE_NOOP(
        "MatchHint", "Same phone number as {name}, sent {when}"
    ),
    ("phone", True, False): QT_TRANSLATE_NOOP(
        "MatchHint", "Same phone number as {name}, entered {when}"
    ),
    ("phone", False, True): QT_TRANSLATE_NOOP(
        "MatchHint", "Same phone number as a lead sent {when}"
    ),
    ("phone", False, False): QT_TRANSLATE_NOOP(
        "MatchHint", "Same phone number as a lead entered {when}"
    ),
}

_ELSEWHERE = QT_TRANSLATE_NOOP("MatchHint", "Already at Octanist: entered {when} by another device")
_ELSEWHERE_UNKNOWN = QT_TRANSLATE_NOOP(
    "MatchHint", "Already at Octanist, entered by another device — possible duplicate"
)


def when_entered(created_at: float, now: datetime | None = None) -> Words:
    """'today 10:42', 'yesterday 10:42' or '03 Mar 2026 10:42' (the UI says it in its language)."""
    when = datetime.fromtimestamp(created_at)
    now = now or datetime.now()
    if when.date() == now.date():
        return _TODAY.format(time=when.time())
    if (now.date() - when.date()).days == 1:
        return _YESTERDAY.format(time=when.time())
    return _ON_DAY.format(date=when.date(), time=when.time())


def describe_match(created_at: float, delivered: bool, now: datetime | None = None) -> Words:
    """'Sent today 10:42 — possible duplicate', the hint under email/phone."""
    return _MATCH[delivered].format(when=when_entered(created_at, now))


def describe_stored(
    lead_id: int, created_at: float, delivered: bool, now: datetime | None = None
) -> Words:
    """'Already in history: lead 12, sent today 10:42.', why an import row is skipped."""
    # The id as it is written everywhere else: no thousands separator.
    return _STORED[delivered].format(lead=str(lead_id), when=when_entered(created_at, now))


def describe_same(
    field: str, name: str, created_at: float, delivered: bool, now: datetime | None = None
) -> Words:
    """'Same email as Marieke de Vries, sent today 10:42', said on the field that matched.

    The form follows it with a link to the earlier lead ("(lead 12)").
    ``field`` is "email" or "phone".
    """
    named = bool(name.strip())
    sentence = _SAME[("phone" if field == "phone" else "email", named, delivered)]
    return sentence.format(name=name.strip(), when=when_entered(created_at, now))


def describe_elsewhere(created_at: float | None, now: datetime | None = None) -> Words:
    """'Already at Octanist: entered today 10:42 by another device', when a colleague's
    laptop (or a web form) sent the same visitor; the hint under email/phone."""
    if created_at is None:
        return _ELSEWHERE_UNKNOWN
    return _ELSEWHERE.format(when=when_entered(created_at, now))
