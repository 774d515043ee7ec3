"""Whether a typed phone number can really be a number in its country, and if not, why.

``read_phone`` turns what can be read into E.164; this says what is wrong
with the rest: a national number with no country chosen, too few or too
many digits, a country code nobody has, or digits of the right length that
no number in that country starts with. The form refuses such a number
until the salesperson confirms it (they may have written it down right).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from octanist_desktop.core.phone import region_code

__all__ = ["PhoneCheck", "PhoneProblem", "check_phone", "international_form"]


class PhoneProblem(StrEnum):
    """Why a typed number can't be a phone number in its country."""

    NEEDS_COUNTRY = "needs_country"  # no + and no country chosen
    UNREADABLE = "unreadable"  # not digits of a phone number at all
    UNKNOWN_COUNTRY_CODE = "unknown_country_code"  # +999…
    TOO_SHORT = "too_short"
    TOO_LONG = "too_long"
    WRONG_LENGTH = "wrong_length"  # between lengths the country uses
    NOT_IN_USE = "not_in_use"  # a possible length, but no such number there


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """The verdict on one typed number: its problem (None if fine) and its country."""

    problem: PhoneProblem | None
    #: The country the number was read in: its own (+49…) or the chosen one.
    region: str | None = None
    dialling_code: int | None = None


def check_phone(text: str, default_region: object = None) -> PhoneCheck:
    """Check ``text`` as a number of ``default_region`` (or of its own +country code).

    An empty text is fine. Never raises.
    """
    import phonenumbers

    typed = text.strip()
    if not typed:
        return PhoneCheck(None)
    region = region_code(default_region)
    international = typed.startswith(("+", "00"))
    try:
        number = phonenumbers.parse(typed, region)
    except phonenumbers.NumberParseException as exc:
        kind = phonenumbers.NumberParseException
        if exc.error_type == kind.INVALID_COUNTRY_CODE:
            if region is None and not international:
                return PhoneCheck(PhoneProblem.NEEDS_COUNTRY)
            return PhoneCheck(PhoneProblem.UNKNOWN_COUNTRY_CODE)
        where, dial = _own_country(typed) if international else (region, _dialling(region))
        if exc.error_type in (kind.TOO_SHORT_NSN, kind.TOO_SHORT_AFTER_IDD):
            return PhoneCheck(PhoneProblem.TOO_SHORT, where, dial)
        if exc.error_type == kind.TOO_LONG:
            return PhoneCheck(PhoneProblem.TOO_LONG, where, dial)
        return PhoneCheck(PhoneProblem.UNREADABLE, where, dial)
    dial = number.country_code or None
    own = phonenumbers.region_code_for_number(number)
    if not own or own in ("ZZ", "001"):
        # An invalid number has no region of its own; its country code still names one.
        own = phonenumbers.region_code_for_country_code(dial or 0)
    number_region = own if own and own not in ("ZZ", "001") else region
    reason = phonenumbers.is_possible_number_with_reason(number)
    why = phonenumbers.ValidationResult
    problem: PhoneProblem | None = None
    if reason == why.INVALID_COUNTRY_CODE:
        problem = PhoneProblem.UNKNOWN_COUNTRY_CODE
    elif reason in (why.TOO_SHORT, why.IS_POSSIBLE_LOCAL_ONLY):
        problem = PhoneProblem.TOO_SHORT
    elif reason == why.TOO_LONG:
        problem = PhoneProblem.TOO_LONG
    elif reason == why.INVALID_LENGTH:
        problem = PhoneProblem.WRONG_LENGTH
    elif not phonenumbers.is_valid_number(number):
        problem = PhoneProblem.NOT_IN_USE
    return PhoneCheck(problem, number_region, dial)


def international_form(e164: str) -> str:
    """'+31612345678' → '+31 6 12345678', the way it is read out; the input if unreadable."""
    import phonenumbers

    try:
        number = phonenumbers.parse(e164, None)
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL))


def _own_country(typed: str) -> tuple[str | None, int | None]:
    """The country a +… number names by its first digits, for one too short to parse."""
    import phonenumbers

    digits = "".join(c for c in typed.removeprefix("00") if c.isdigit())
    for length in (1, 2, 3):
        code = int(digits[:length]) if len(digits) >= length else 0
        region = phonenumbers.region_code_for_country_code(code) if code else "ZZ"
        if region not in ("ZZ", "001"):
            return str(region), code
    return None, None


def _dialling(region: str | None) -> int | None:
    import phonenumbers

    return int(phonenumbers.country_code_for_region(region)) or None if region else None
