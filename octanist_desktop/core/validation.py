"""Checking a lead as typed and building the JSON body Octanist receives.

``validate()`` runs on every keystroke: it trims every value, reports
errors (which block sending) and warnings (which don't) per field, in words
a salesperson understands, and builds the payload from the field catalogue.
It never raises, whatever the draft holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import TypeAlias
from urllib.parse import SplitResult, urlsplit, urlunsplit

from octanist_desktop.core.custom_json import CustomParse, parse_custom
from octanist_desktop.core.fields import FIELDS, IDENTIFIER_KEYS, Field, Kind
from octanist_desktop.core.json_limits import REPLACEMENT_CHARACTER, storable_text
from octanist_desktop.core.phone import read_phone, region_code
from octanist_desktop.core.phone_check import (
    PhoneCheck,
    PhoneProblem,
    check_phone,
    international_form,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP, recognise

__all__ = [
    "CustomParse",
    "LeadDraft",
    "ValidationResult",
    "parse_custom",
    "validate",
    "warm_up",
]

#: What the form hands over: field key → text (or bool/str for consent). Missing keys are empty.
LeadDraft: TypeAlias = Mapping[str, object]

NEEDS_IDENTIFIER = QT_TRANSLATE_NOOP(
    "Validation", "Enter at least one of Name, Email, Phone or Custom data."
)

# "example.com:8080" has no scheme although urlsplit would read one; a scheme
# is letters followed by ":" and then anything but a port number.
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:(?!\d)")
_WEB_SCHEMES = ("http", "https")
# Characters no host name can hold; urlsplit lets them through.
_BAD_HOST_CHARS = re.compile(r"[\s<>\"'`{}|\\^%,;!$&()*+=~]")
_LOOKS_LIKE_URL = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*://|www\.)", re.IGNORECASE)
# Meta's fbc/fbp: fb.<subdomain index>.<creation time in ms>.<click or browser id>
_META_ID = re.compile(r"fb\.[0-2]\.\d{12,14}\..+", re.DOTALL)
_WHITESPACE = re.compile(r"\s")
# RFC 5322 dot-atom: what email-validator accepts, unchanged, before the @.
_DOT_ATOM = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_MAX_EMAIL_CHARS = 254
_MAX_LOCAL_CHARS = 64
_CONSENT_WORDS = ("true", "false")

_NOT_INTERNATIONAL = QT_TRANSLATE_NOOP(
    "Validation",
    "Couldn't read this as an international number; start it with + and the country code, "
    "or it will be sent exactly as typed.",
)
_NOT_A_PHONE_NUMBER = QT_TRANSLATE_NOOP(
    "Validation", "Couldn't read this as a phone number; it will be sent exactly as typed."
)
# Lone surrogates can't be written to disk or sent; dropping them without a
# word would change the lead behind the salesperson's back.
_BROKEN_CHARACTERS = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} had broken characters (half of an emoji, say); each is replaced by "
    "{replacement} so the lead can be saved.",
).format(replacement=REPLACEMENT_CHARACTER)
#: Two warnings about one field, said one after the other.
_TWO_WARNINGS = QT_TRANSLATE_NOOP("Validation", "{first} {second}")

# Strict phone checking (the form): what is wrong, in one sentence; {where} is "NL (+31)".
PHONE_PROBLEMS = {
    PhoneProblem.NEEDS_COUNTRY: QT_TRANSLATE_NOOP(
        "Validation",
        "Choose the country of this number, or start it with + and the country code.",
    ),
    PhoneProblem.UNREADABLE: QT_TRANSLATE_NOOP(
        "Validation", "This can't be read as a phone number."
    ),
    PhoneProblem.UNKNOWN_COUNTRY_CODE: QT_TRANSLATE_NOOP(
        "Validation",
        "No country uses the code this number starts with; check the digits after the +.",
    ),
    PhoneProblem.TOO_SHORT: QT_TRANSLATE_NOOP(
        "Validation", "Too short for a phone number in {where}; a digit may be missing."
    ),
    PhoneProblem.TOO_LONG: QT_TRANSLATE_NOOP(
        "Validation", "Too long for a phone number in {where}; check for an extra digit."
    ),
    PhoneProblem.WRONG_LENGTH: QT_TRANSLATE_NOOP(
        "Validation", "Wrong number of digits for a phone number in {where}."
    ),
    PhoneProblem.NOT_IN_USE: QT_TRANSLATE_NOOP(
        "Validation", "No phone number in {where} starts like this; check the digits."
    ),
}
SENT_AS_CONFIRMED = QT_TRANSLATE_NOOP(
    "Validation", "{problem} It is sent as typed, as you confirmed."
)
_THIS_COUNTRY = QT_TRANSLATE_NOOP("Validation", "this country")
_UNREADABLE_FIELD = QT_TRANSLATE_NOOP(
    "Validation", "{label} couldn't be read; clear it and type it again."
)
_TOO_LONG = QT_TRANSLATE_NOOP(
    "Validation", "{label} can be at most {limit} characters; this one has {length}."
)
_EXTENSION_LEFT_OFF = QT_TRANSLATE_NOOP(
    "Validation",
    "The extension ({extension}) can't be sent with the number and is left off; put it in "
    "the Note if it matters.",
)
_EXAMPLE_SITE = "https://example.com"
_NOT_A_WEB_ADDRESS = QT_TRANSLATE_NOOP(
    "Validation", "{label} isn't a web address; write it like {example}."
)
_NOT_HTTP = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} must be a web address starting with http:// or https://, like {example}.",
)
_NO_DOMAIN = QT_TRANSLATE_NOOP("Validation", "{label} needs a domain name, like {example}.")
_WHOLE_ADDRESS_AS_PATH = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} looks like a whole web address; enter only the part after the domain, like /contact.",
)
_SPACE_IN_CLICK_ID = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} has a space in it; click IDs have none, so check it was copied whole.",
)
_ODD_META_ID = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} doesn't look like Meta's usual fb.1.<timestamp>.<ID> form; check it was copied whole.",
)
_NOT_CONSENT_WORD = QT_TRANSLATE_NOOP(
    "Validation",
    "{label} says “{word}”, which counts as no consent; only “true” means consent.",
)
# email-validator's own sentences (as ``_one_sentence`` leaves them) that people
# meet when typing: marked here so they are translated like the app's.
EMAIL_CHECK_WORDS = (
    QT_TRANSLATE_NOOP("EmailCheck", "An email address must have an @-sign."),
    QT_TRANSLATE_NOOP("EmailCheck", "There must be something before the @-sign."),
    QT_TRANSLATE_NOOP("EmailCheck", "There must be something after the @-sign."),
    QT_TRANSLATE_NOOP("EmailCheck", "An email address cannot have two periods in a row."),
    QT_TRANSLATE_NOOP(
        "EmailCheck", "An email address cannot have a period and a hyphen next to each other."
    ),
    QT_TRANSLATE_NOOP("EmailCheck", "There can't be anything after the email address."),
    QT_TRANSLATE_NOOP(
        "EmailCheck", "The part after the @-sign is not valid: it should have a period."
    ),
    QT_TRANSLATE_NOOP(
        "EmailCheck",
        "The part after the @-sign is not valid: it is not within a valid top-level domain.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailCheck",
        "The part after the @-sign is a special-use or reserved name that cannot be used "
        "with email.",
    ),
    QT_TRANSLATE_NOOP(
        "EmailCheck", "The email address contains invalid characters before the @-sign: {chars}."
    ),
    QT_TRANSLATE_NOOP(
        "EmailCheck", "The part after the @-sign contains invalid characters: {chars}."
    ),
    QT_TRANSLATE_NOOP(
        "EmailCheck",
        'The email address has the "full-width" at-sign (@) character instead of a regular '
        "at-sign.",
    ),
)
_NOT_YES_OR_NO = QT_TRANSLATE_NOOP(
    "Validation", "{label} isn't a yes or no, so it counts as no consent."
)


@dataclass(frozen=True, slots=True)
class ValidationResult:
    """The verdict on one draft, and what would be sent.

    ``errors`` and ``warnings`` map a field key to one sentence for the
    salesperson; errors block sending, warnings don't. ``payload`` is the JSON
    body, built even when there are errors (best effort). ``phone_e164`` is
    what the phone will be sent as, when it could be normalised.
    """

    errors: dict[str, str]
    warnings: dict[str, str]
    payload: dict[str, object]
    phone_e164: str | None = None
    #: With ``strict_phone``: what is wrong with the phone number, if anything.
    phone_check: PhoneCheck | None = None
    #: The number as it is read out, "+31 6 12345678", when it could be read.
    phone_display: str | None = None
    #: Nothing identifies the lead (no name, email, phone or custom data): the error
    #: under Name is ``NEEDS_IDENTIFIER``. A fact to branch on, never the sentence.
    missing_identifier: bool = False

    @property
    def phone_needs_confirming(self) -> bool:
        """True when the only thing stopping the lead is a phone number to confirm."""
        return set(self.errors) == {"phone"} and self.phone_check is not None

    @property
    def ok(self) -> bool:
        """True when nothing blocks sending."""
        return not self.errors


@dataclass(slots=True)
class _Verdict:
    """One field's outcome: what to send (None: leave it out) and what to tell the user."""

    value: object
    error: str | None = None
    warning: str | None = None
    phone_e164: str | None = None
    broken_characters: bool = False
    phone_check: PhoneCheck | None = None


def validate(
    draft: LeadDraft,
    *,
    default_region: str | None = None,
    strict_phone: bool = False,
    confirmed_phone: str | None = None,
) -> ValidationResult:
    """Check ``draft`` and build its payload.

    ``default_region`` (e.g. ``"NL"``) is the country phone numbers without
    a ``+`` belong to; None, or a code phonenumbers doesn't know, means only
    international numbers are read. Unknown keys in the draft are ignored.

    With ``strict_phone`` (the form), a number that can't be a valid number
    in its country is an error, unless it is exactly ``confirmed_phone``
    (the salesperson said to send it anyway): then it is a warning and the
    number is sent as typed. Without it (imports), such numbers only warn.
    """
    errors: dict[str, str] = {}
    warnings: dict[str, str] = {}
    payload: dict[str, object] = {}
    phone_e164: str | None = None
    phone_check: PhoneCheck | None = None
    identifier_typed = False
    region = region_code(default_region)
    strict = _StrictPhone(strict_phone, confirmed_phone)

    # A plain dict (every caller but a test's odd mapping) can't raise on get().
    plain = type(draft) is dict
    for field in FIELDS:
        raw = draft.get(field.key) if plain else _lookup(draft, field.key)
        if raw is None or (type(raw) is str and not raw):
            # Most of the 25 fields are empty (an import checks thousands of rows):
            # nothing to check, and a consent left empty is a no.
            if field.kind is Kind.CONSENT:
                payload[field.key] = False
            continue
        if field.kind is Kind.CONSENT:
            verdict = _consent(field, raw)
        else:
            typed = _as_text(raw)
            if typed is None:
                verdict = _Verdict(None, _UNREADABLE_FIELD.format(label=field.label))
            else:
                # isascii() is a flag lookup: most fields skip the call entirely.
                storable = typed if typed.isascii() else storable_text(typed)
                text = storable.strip()
                if text and field.key in IDENTIFIER_KEYS:
                    identifier_typed = True
                verdict = _check_text(field, text, storable, region, strict)
                if storable != typed:
                    verdict.broken_characters = True
        if verdict.phone_e164 is not None:
            phone_e164 = verdict.phone_e164
        if verdict.phone_check is not None:
            phone_check = verdict.phone_check
        if verdict.value is not None:
            payload[field.key] = verdict.value
        warning = verdict.warning
        if verdict.broken_characters:
            broken = _BROKEN_CHARACTERS.format(label=field.label)
            warning = (
                broken if warning is None else _TWO_WARNINGS.format(first=broken, second=warning)
            )
        if verdict.error is not None:
            errors[field.key] = verdict.error
        elif warning is not None:
            warnings[field.key] = warning

    missing_identifier = not identifier_typed and "name" not in errors
    if missing_identifier:
        errors["name"] = NEEDS_IDENTIFIER
    # Only the form shows it; imports validate thousands of rows and skip the extra parse.
    display = international_form(phone_e164) if strict_phone and phone_e164 is not None else None
    return ValidationResult(
        errors, warnings, payload, phone_e164, phone_check, display, missing_identifier
    )


@dataclass(frozen=True, slots=True)
class _StrictPhone:
    on: bool = False
    confirmed: str | None = None


def _lookup(draft: LeadDraft, key: str) -> object:
    try:
        return draft.get(key)
    except Exception:  # a broken mapping must not stop the form; treat the field as empty
        return None


def _as_text(raw: object) -> str | None:
    """The text of a field value; None when it isn't text at all (a bug upstream)."""
    if raw is None:
        return ""
    if isinstance(raw, str):
        # str() drops any subclass behaviour, so strip() below is the real one.
        return str.__str__(raw)
    if isinstance(raw, int | float) and not isinstance(raw, bool):
        return str(raw)
    return None


def _check_text(
    field: Field, text: str, typed: str, region: str | None, strict: _StrictPhone
) -> _Verdict:
    """Check one trimmed text value; ``typed`` is the same value untrimmed."""
    if not text:
        return _Verdict(None)
    if len(text) > field.max_chars:
        return _Verdict(
            text, _TOO_LONG.format(label=field.label, limit=field.max_chars, length=len(text))
        )
    match field.kind:
        case Kind.EMAIL:
            return _email(text)
        case Kind.PHONE:
            return _strict_phone(text, region, strict) if strict.on else _phone(text, region)
        case Kind.URL:
            return _website(field, text)
        case Kind.PATH:
            return _path(field, text)
        case Kind.JSON:
            return _custom(text, typed)
        case Kind.CLICK_ID | Kind.META_ID:
            return _click_id(field, text)
        case _:
            return _Verdict(text)


def _email(text: str) -> _Verdict:
    value, error = _checked_email(text)
    return _Verdict(value, error)


# An import checks thousands of addresses, most at a few domains, and checks them
# all again when a column's destination changes; the domain part is three
# quarters of email-validator's work. Kept: the last addresses, and per domain.
@lru_cache(maxsize=16_384)
def _checked_email(text: str) -> tuple[str, str | None]:
    """(what to send, None) for a good address, (as typed, why not) for a bad one."""
    local, at, domain = text.rpartition("@")
    if (
        at
        and len(text) <= _MAX_EMAIL_CHARS
        and len(local) <= _MAX_LOCAL_CHARS
        and domain.isascii()
        and _DOT_ATOM.fullmatch(local)
    ):
        # A plain ASCII local part is sent as written; only the domain is normalised.
        normalised_domain = _checked_domain(domain)
        if normalised_domain is not None:
            return f"{local}@{normalised_domain}", None
    # Imported here, not at the top: see ``warm_up``.
    from email_validator import EmailNotValidError, validate_email

    try:
        checked = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        return text, _one_sentence(str(exc))
    return checked.normalized, None


@lru_cache(maxsize=1_024)
def _checked_domain(domain: str) -> str | None:
    """The domain as email-validator normalises it, or None when it refuses it."""
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(f"x@{domain}", check_deliverability=False).domain
    except EmailNotValidError:
        return None


def _one_sentence(message: str) -> str:
    # email-validator speaks plain English, but a few of its messages are two
    # sentences and a few lack the full stop.
    message = message.strip().replace(". It ", ": it ")
    message = message if message.endswith((".", "?", "!")) else f"{message}."
    return recognise(message) or message  # see EMAIL_CHECK_WORDS


def _phone(text: str, region: str | None) -> _Verdict:
    reading = read_phone(text, region)
    if reading.e164 is None:
        if region is None and not text.startswith("+"):
            return _Verdict(text, warning=_NOT_INTERNATIONAL)
        return _Verdict(text, warning=_NOT_A_PHONE_NUMBER)
    extension_left_off = None
    if reading.extension:
        extension_left_off = _EXTENSION_LEFT_OFF.format(extension=reading.extension)
    return _Verdict(reading.e164, warning=extension_left_off, phone_e164=reading.e164)


def _strict_phone(text: str, region: str | None, strict: _StrictPhone) -> _Verdict:
    verdict = _phone(text, region)
    check = check_phone(text, region)
    if check.problem is None:
        return verdict
    where = check.region or ""
    if check.dialling_code is not None:
        where = f"{where} (+{check.dialling_code})".strip()
    sentence = PHONE_PROBLEMS[check.problem].format(where=where or _THIS_COUNTRY)
    value = verdict.phone_e164 or text
    if strict.confirmed is not None and strict.confirmed.strip() == text:
        warning = SENT_AS_CONFIRMED.format(problem=sentence)
        return _Verdict(value, warning=warning, phone_e164=verdict.phone_e164, phone_check=check)
    return _Verdict(value, sentence, phone_e164=verdict.phone_e164, phone_check=check)


def _website(field: Field, text: str) -> _Verdict:
    example = _EXAMPLE_SITE
    candidate = text if _SCHEME.match(text) else f"https://{text}"
    try:
        parts = urlsplit(candidate)
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        return _Verdict(text, _NOT_A_WEB_ADDRESS.format(label=field.label, example=example))
    if parts.scheme.lower() not in _WEB_SCHEMES:
        return _Verdict(text, _NOT_HTTP.format(label=field.label, example=example))
    host = parts.hostname or ""
    # "http//example.com" (a colon short) would otherwise read as the host "http".
    if not host.strip(".") or _BAD_HOST_CHARS.search(host) or host in _WEB_SCHEMES:
        return _Verdict(text, _NO_DOMAIN.format(label=field.label, example=example))
    return _Verdict(_normalised_url(parts))


def _normalised_url(parts: SplitResult) -> str:
    # Lower-case the scheme and host only: paths and user names are case-sensitive.
    userinfo, at, hostport = parts.netloc.rpartition("@")
    netloc = f"{userinfo}{at}{hostport.lower()}"
    return urlunsplit((parts.scheme.lower(), netloc, parts.path, parts.query, parts.fragment))


def _path(field: Field, text: str) -> _Verdict:
    value = text if text.startswith("/") else f"/{text}"
    if _LOOKS_LIKE_URL.match(text):
        return _Verdict(
            value,
            warning=_WHOLE_ADDRESS_AS_PATH.format(label=field.label),
        )
    return _Verdict(value)


def _custom(text: str, typed: str) -> _Verdict:
    # Parse what was typed, so the line and column match the editor.
    parsed = parse_custom(typed)
    if parsed.kind == "error":
        return _Verdict(text, parsed.error)
    return _Verdict(parsed.value, broken_characters=parsed.broken_characters)


def _click_id(field: Field, text: str) -> _Verdict:
    if _WHITESPACE.search(text):
        return _Verdict(
            text,
            warning=_SPACE_IN_CLICK_ID.format(label=field.label),
        )
    if field.kind is Kind.META_ID and not _META_ID.fullmatch(text):
        return _Verdict(
            text,
            warning=_ODD_META_ID.format(label=field.label),
        )
    return _Verdict(text)


def _consent(field: Field, raw: object) -> _Verdict:
    """Octanist's rule: a bool as it is; of strings only "true" (any case) means yes."""
    if raw is None:
        return _Verdict(False)
    if isinstance(raw, bool):
        return _Verdict(raw)
    if isinstance(raw, str):
        word = str.__str__(raw).strip().lower()
        if word and word not in _CONSENT_WORDS:
            shown = word if len(word) <= 20 else f"{word[:20]}…"
            return _Verdict(
                False,
                warning=_NOT_CONSENT_WORD.format(label=field.label, word=shown),
            )
        return _Verdict(word == "true")
    return _Verdict(False, warning=_NOT_YES_OR_NO.format(label=field.label))


# A lead that exercises the slow first steps: both libraries' imports and
# phonenumbers' per-country metadata, which it loads on first use.
_WARM_UP_DRAFT = {"email": "warm-up@example.com", "phone": "+31 20 123 4567"}


def warm_up(default_region: str | None = None) -> None:
    """Load what ``validate`` needs (phonenumbers, email-validator) now rather than later.

    They take ~60 ms to import; the app runs this on its task pool right
    after its window is shown (``app.start_warm_up``), so the first
    keystroke doesn't wait.
    ``validate`` doesn't depend on it: a call that arrives first imports
    them itself, and one that arrives during the warm-up waits on Python's
    import lock for the same module.
    """
    validate(_WARM_UP_DRAFT, default_region=default_region)
    if default_region:
        # A national number loads the default region's metadata too.
        validate({"phone": "0201234567"}, default_region=default_region)
