"""Reading a typed phone number into the international form Octanist's examples use.

A number is only rewritten when ``phonenumbers`` can read it and it has a
possible length for its country; anything else is sent as typed, because a
salesperson's odd-looking number is still better than none.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

# ``phonenumbers`` is imported where it is used: loading it takes ~20 ms that
# the first window shouldn't wait for. ``app.start_warm_up`` loads it on the
# task pool after the window is shown; a call that comes first
# simply imports it (Python's import lock makes the two wait for each other).


@dataclass(frozen=True, slots=True)
class PhoneReading:
    """What a typed phone number will be sent as.

    ``e164`` is the number in E.164 form (``+31201234567``), or None when it
    could not be read as a possible number. ``extension`` is an extension
    the salesperson typed, which E.164 has no room for.
    """

    e164: str | None
    extension: str | None = None
    #: phonenumbers knows the number as one in service (not only the right length);
    #: worked out only when ``read_phone`` is asked to (``check_valid``).
    valid: bool = False
    #: The number carried its own country code (+…, 00…); the region didn't matter.
    international: bool = False
    #: The region the number belongs to ("DE"), when it could be read (with ``check_valid``).
    region: str | None = None


def region_code(region: object) -> str | None:
    """The default region as phonenumbers knows it (``"nl"`` → ``"NL"``), or None if unknown.

    Settings may hold anything; an unknown region means "international numbers only"
    rather than an exception on every keystroke.
    """
    if not isinstance(region, str):
        return None
    return _known_region(region)


@lru_cache(maxsize=32)
def _known_region(region: str) -> str | None:
    # Cached: an import asks once per row for the same few regions.
    import phonenumbers

    code = region.strip().upper()
    return code if code in phonenumbers.SUPPORTED_REGIONS else None


def read_phone(
    text: str, default_region: object = None, *, check_valid: bool = False
) -> PhoneReading:
    """Read ``text`` as a phone number, national numbers in ``default_region``.

    Never raises. Without a usable region only numbers starting with ``+``
    (the country code) can be read. ``check_valid`` also asks whether the
    number is one in service, and in which region (an import needs to know;
    typing doesn't, and it costs as much again).
    """
    region = region_code(default_region)
    return _checked(text, region) if check_valid else _read(text, region)


# An import reads each row's number twice (to pick its region, then in validate()),
# and every number again when a column's destination changes: the readings of a
# whole file are kept (16,384 numbers, both ways, take about 8 MB). The parsed
# numbers behind them are kept only for the rows just read.
_KEPT_READINGS = 16_384


@lru_cache(maxsize=_KEPT_READINGS)
def _read(text: str, region: str | None) -> PhoneReading:
    return _parse(text, region)[0]


@lru_cache(maxsize=_KEPT_READINGS)
def _checked(text: str, region: str | None) -> PhoneReading:
    reading, number = _parse(text, region)
    if number is None:
        return reading
    import phonenumbers

    if not reading.international and region is not None:
        # A national number belongs to the region it was read in: checking it there
        # first skips phonenumbers' search for its region. Regions sharing a country
        # code (GB and Guernsey, US and Canada) fall through to the full check.
        valid = phonenumbers.is_valid_number_for_region(
            number, region
        ) or phonenumbers.is_valid_number(number)
        return PhoneReading(reading.e164, reading.extension, valid, False, region)
    own = phonenumbers.region_code_for_number(number)
    return PhoneReading(
        reading.e164,
        reading.extension,
        valid=own is not None and phonenumbers.is_valid_number_for_region(number, own),
        international=reading.international,
        region=own if own and own not in ("ZZ", "001") else None,
    )


@lru_cache(maxsize=64)
def _parse(text: str, region: str | None) -> tuple[PhoneReading, Any]:
    import phonenumbers

    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return PhoneReading(None), None
    if not phonenumbers.is_possible_number(number):
        return PhoneReading(None), None
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    # Its own country code: one other than the region's, or written with + or 00
    # (phonenumbers can say so itself, but keeping the raw input costs a fifth more).
    international = text.lstrip(" (").startswith(("+", "00")) or (
        region is None or number.country_code != phonenumbers.country_code_for_region(region)
    )
    reading = PhoneReading(e164, number.extension or None, international=international)
    return reading, number
