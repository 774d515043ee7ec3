"""What a column holds, judged from its values: emails, phones, IDs, dates, countries or text.

Header words alone mislead: an "Attendee" column of ticket numbers is no
name, and a "Contact" column full of addresses is an email column. Each
column's first non-empty values are classified one by one; the kind most of
them share (three in five) is the column's kind.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from octanist_desktop.core.countries import region_for
from octanist_desktop.importing.cells import clean_email, is_placeholder, unguard

#: Values looked at per column: enough to outvote a few odd cells, cheap on 10,000 rows.
SAMPLE_SIZE = 60
#: Share of a column's values that must agree for it to count as that kind.
MAJORITY = 0.6


class ValueKind(StrEnum):
    """What one value (or a whole column) looks like."""

    EMAIL = "email"
    PHONE = "phone"
    NUMBER = "number"  # an ID: ticket, badge, record or attendee number
    DATE = "date"
    COUNTRY = "country"
    TEXT = "text"
    EMPTY = "empty"  # nothing but blanks and placeholders


_DATE = re.compile(
    r"\d{4}-\d{1,2}-\d{1,2}(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp][Mm])?)?"
    r"|\d{1,2}\s+[A-Za-zÀ-ÿ]{3,10}\.?\s+\d{4}(?:,?\s+\d{1,2}:\d{2})?"
    r"|[A-Za-z]{3,10}\.?\s+\d{1,2},?\s+\d{4}(?:,?\s+\d{1,2}:\d{2}(?:\s*[AaPp][Mm])?)?"
)
# A badge/ticket/record code: optional letters, digits, dashes; no spaces.
_CODE = re.compile(r"[A-Za-z]{0,6}[-_#/]?\d[\dA-Za-z-]*")
_PHONE_CHARS = re.compile(r"[\d\s+().\-/]+")
_DIGITS = re.compile(r"\d")
_DIAL_CODE = re.compile(r"(?:\+|00)\d{1,4}")
_MIN_PHONE_DIGITS = 6
_MAX_PHONE_DIGITS = 15
_MAX_COUNTRY_CHARS = 40


def value_kind(cell: str) -> ValueKind:
    """The kind of one cell as written."""
    text = unguard(cell)
    if not text or is_placeholder(text):
        return ValueKind.EMPTY
    if "@" in text and clean_email(text).address.count("@") == 1:
        return ValueKind.EMAIL
    digits = len(_DIGITS.findall(text))
    if digits and _DATE.fullmatch(text):
        return ValueKind.DATE
    if _DIAL_CODE.fullmatch(text.replace(" ", "")):
        return ValueKind.COUNTRY
    if digits >= _MIN_PHONE_DIGITS and _PHONE_CHARS.fullmatch(text.split(" ext", 1)[0]):
        return _phone_or_number(text, digits)
    if digits and _CODE.fullmatch(text):
        return ValueKind.NUMBER
    if not digits and len(text) <= _MAX_COUNTRY_CHARS and region_for(text, dial_codes=False):
        return ValueKind.COUNTRY
    return ValueKind.TEXT


def _phone_or_number(text: str, digits: int) -> ValueKind:
    """Digits with phone punctuation: a phone; bare digits: a number unless shaped like one."""
    if digits > _MAX_PHONE_DIGITS:
        return ValueKind.NUMBER
    if text.startswith(("+", "00", "(")):
        return ValueKind.PHONE
    if text.isdigit():
        # Bare digits: a national number starts with its trunk 0; IDs rarely do.
        return ValueKind.PHONE if text.startswith("0") else ValueKind.NUMBER
    return ValueKind.PHONE


@dataclass(frozen=True, slots=True)
class ColumnProfile:
    """What a column's values show: its ``kind``, and how many of its samples agreed."""

    kind: ValueKind
    agreeing: int = 0
    sampled: int = 0

    @property
    def is_mixed(self) -> bool:
        """True when no kind had a majority (the column is called TEXT then)."""
        return self.sampled > 0 and self.agreeing < self.sampled * MAJORITY


def profile_column(rows: Sequence[Sequence[str]], column: int) -> ColumnProfile:
    """The kind most of ``column``'s first non-empty values share (``SAMPLE_SIZE`` of them)."""
    kinds: Counter[ValueKind] = Counter()
    sampled = 0
    for row in rows:
        if column >= len(row):
            continue
        kind = value_kind(row[column])
        if kind is ValueKind.EMPTY:
            continue
        kinds[kind] += 1
        sampled += 1
        if sampled == SAMPLE_SIZE:
            break
    if not sampled:
        return ColumnProfile(ValueKind.EMPTY)
    kind, count = kinds.most_common(1)[0]
    if count < sampled * MAJORITY:
        return ColumnProfile(ValueKind.TEXT, kinds[ValueKind.TEXT], sampled)
    return ColumnProfile(kind, count, sampled)


def profile_columns(rows: Sequence[Sequence[str]], width: int) -> list[ColumnProfile]:
    """A profile for each of ``width`` columns."""
    return [profile_column(rows, column) for column in range(width)]
