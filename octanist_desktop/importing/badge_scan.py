"""What a scanned trade-show badge holds: a contact, a link with details, or an attendee id.

Badge codes vary by show. Some carry the whole contact (a vCard 2.1/3.0/4.0,
a MECARD, a BIZCARD — read by ``importing.contact_codes``), some a link
with the details as query parameters (``https://reg.example/b?id=7731&
email=…``), and many only an attendee id, matched against the organiser's
list after the show. ``read_badge`` tells them apart and says what to fill.

A reading never guesses from a damaged scan: a code cut short (a MECARD
without its closing ``;``, a vCard without ``END:VCARD``, a link without a
host) or one holding nothing usable is a ``BadgeScanError`` with a
``BadgeProblem`` code, and the caller changes nothing. Words for people
are the UI's; this module returns codes and facts. No Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import parse_qsl, unquote, urlsplit

from octanist_desktop.core.capture import BADGE_KEY
from octanist_desktop.importing.contact_codes import (
    ContactCodeError,
    looks_like_contact_codes,
    read_contact_code,
)

MAX_SCAN_CHARS = 4_000
MAX_ID_CHARS = 64

_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:/#+\-]*")
_EMAIL = re.compile(r"[^\s@;,<>]+@[^\s@;,<>]+\.[^\s@;,<>]+")
_PHONE = re.compile(r"\+?[\d()][\d ()./\-]{5,}\d")
_NOT_ALNUM = re.compile(r"[^a-z0-9]")
_BROKEN_ESCAPE = re.compile(r"%(?![0-9A-Fa-f]{2})")
# Codes whose standard spelling is upper case: seen in lower case, Caps Lock was on.
_UPPER_PREFIXES = ("MECARD:", "BIZCARD:", "BEGIN:VCARD")

# Query parameter names, compared lower-case without separators ("Last_Name" → "lastname").
_NAME_PARAMS = frozenset({"name", "fn", "fullname", "attendeename", "displayname"})
_FIRST_PARAMS = frozenset({"firstname", "fname", "first", "given", "givenname"})
_LAST_PARAMS = frozenset({"lastname", "lname", "last", "surname", "family", "familyname"})
_EMAIL_PARAMS = frozenset({"email", "mail", "emailaddress"})
_PHONE_PARAMS = frozenset({"phone", "tel", "telephone", "mobile", "cell", "phonenumber"})
_COMPANY_PARAMS = frozenset({"company", "org", "organisation", "organization", "companyname"})
_TITLE_PARAMS = frozenset({"title", "jobtitle", "position", "function", "role"})
_ID_PARAMS = frozenset(
    {
        "id",
        "badge",
        "badgeid",
        "attendee",
        "attendeeid",
        "uid",
        "code",
        "barcode",
        "regid",
        "registrationid",
        "ticket",
        "ticketid",
        "visitorid",
    }
)


class BadgeKind(StrEnum):
    """What kind of code a badge carried."""

    CONTACT = "contact"  # vCard, MECARD or BIZCARD
    LINK = "link"  # a URL, details in its query parameters
    ID = "id"  # an attendee id only
    TEXT = "text"  # plain lines of text (name, email, phone)


class BadgeProblem(StrEnum):
    """Why a scan can't be used (the UI says it in words)."""

    CUT_OFF = "cut_off"  # the scanner read only part of the code
    UNREADABLE = "unreadable"  # no contact, link or id in it


class BadgeScanError(ValueError):
    """A scan that can't be used; ``problem`` says why."""

    def __init__(self, problem: BadgeProblem) -> None:
        super().__init__(problem.value)
        self.problem = problem


@dataclass(frozen=True, slots=True)
class BadgeReading:
    """What one badge holds.

    ``draft`` is the form fields it fills (name, email, phone…); ``custom``
    what goes into the lead's custom data (company, title, and the attendee
    id under ``badge_id``); ``badge_id`` that id alone ("" when none);
    ``raw`` the code as read (after any Caps Lock fix).
    """

    kind: BadgeKind
    raw: str
    draft: dict[str, str] = field(default_factory=dict)
    custom: dict[str, object] = field(default_factory=dict)
    badge_id: str = ""

    @property
    def who(self) -> str:
        """The best short way to name this badge's owner ("" when it holds only an id)."""
        return self.draft.get("name") or self.draft.get("email") or self.draft.get("phone") or ""


def undo_inverted_case(text: str) -> tuple[str, bool]:
    """``text`` with Caps Lock undone when a code's upper-case prefix came out lower-case."""
    start = text.lstrip()
    for prefix in _UPPER_PREFIXES:
        if start[: len(prefix)] == prefix.swapcase():
            return text.swapcase(), True
    return text, False


def read_badge(scanned: str) -> BadgeReading:
    """Read one scanned code; raises ``BadgeScanError`` when it can't be used."""
    text, _fixed = undo_inverted_case(scanned.strip().lstrip("\ufeff"))
    if not text or len(text) > MAX_SCAN_CHARS:
        raise BadgeScanError(BadgeProblem.UNREADABLE)
    if "\ufffd" in text or any(not (c.isprintable() or c in "\r\n\t") for c in text):
        # A replacement character or a control code: the read went wrong somewhere.
        raise BadgeScanError(BadgeProblem.UNREADABLE)
    if looks_like_contact_codes(text):
        return _contact(text)
    lowered = text.lower()
    if lowered.startswith(("http://", "https://")):
        return _link(text)
    if "\n" not in text and len(text) <= MAX_ID_CHARS and _ID.fullmatch(text):
        return BadgeReading(BadgeKind.ID, text, custom={BADGE_KEY: text}, badge_id=text)
    return _plain_text(text)


def _contact(text: str) -> BadgeReading:
    upper = text.upper()
    if upper.startswith(("MECARD:", "BIZCARD:")) and not text.rstrip().endswith(";"):
        # Every field ends with ";" (the code with ";;"): a last field without one was cut.
        raise BadgeScanError(BadgeProblem.CUT_OFF)
    if upper.lstrip().startswith("BEGIN:VCARD") and "END:VCARD" not in upper:
        raise BadgeScanError(BadgeProblem.CUT_OFF)
    try:
        contact = read_contact_code(text)
    except ContactCodeError:
        raise BadgeScanError(BadgeProblem.UNREADABLE) from None
    draft = {key: str(value) for key, value in contact.draft().items() if value}
    return BadgeReading(BadgeKind.CONTACT, text, draft, dict(contact.custom()))


def _link(text: str) -> BadgeReading:
    try:
        parts = urlsplit(text)
    except ValueError:
        raise BadgeScanError(BadgeProblem.CUT_OFF) from None
    host = parts.hostname or ""
    if ("." not in host and host != "localhost") or _BROKEN_ESCAPE.search(parts.query):
        raise BadgeScanError(BadgeProblem.CUT_OFF)
    params: dict[str, str] = {}
    for key, value in parse_qsl(parts.query, keep_blank_values=False):
        params.setdefault(_NOT_ALNUM.sub("", key.lower()), value.strip())
    draft: dict[str, str] = {}
    name = _param(params, _NAME_PARAMS) or " ".join(
        part for part in (_param(params, _FIRST_PARAMS), _param(params, _LAST_PARAMS)) if part
    )
    for key, value in (
        ("name", name),
        ("email", _param(params, _EMAIL_PARAMS)),
        ("phone", _param(params, _PHONE_PARAMS)),
    ):
        if value:
            draft[key] = value
    custom: dict[str, object] = {}
    for key, names in (("company", _COMPANY_PARAMS), ("title", _TITLE_PARAMS)):
        value = _param(params, names)
        if value:
            custom[key] = value
    badge_id = _param(params, _ID_PARAMS)[:MAX_ID_CHARS]
    if not badge_id and not draft:
        # A bare link: its last path step is the attendee's code ("…/b/8F7E6D").
        last = unquote(parts.path.rstrip("/").rpartition("/")[2])
        badge_id = last if last and len(last) <= MAX_ID_CHARS and _ID.fullmatch(last) else text
        badge_id = badge_id[:MAX_SCAN_CHARS]
    if badge_id:
        custom[BADGE_KEY] = badge_id
    return BadgeReading(BadgeKind.LINK, text, draft, custom, badge_id)


def _param(params: dict[str, str], names: frozenset[str]) -> str:
    return next((params[name] for name in params if name in names and params[name]), "")


def _plain_text(text: str) -> BadgeReading:
    """Lines of plain text: an email, a phone number and a name line picked out of them."""
    draft: dict[str, str] = {}
    email = _EMAIL.search(text)
    if email:
        draft["email"] = email.group(0)
    phone = _PHONE.search(text)
    if phone and sum(c.isdigit() for c in phone.group(0)) >= 7:
        draft["phone"] = phone.group(0).strip()
    for line in text.splitlines():
        words = line.strip()
        # A name line has letters and no digits, "@" or ":" (those are emails, phones, labels).
        if (
            any(c.isalpha() for c in words)
            and not any(c.isdigit() or c in "@:" for c in words)
            and len(words) <= 100
        ):
            draft["name"] = words
            break
    if not draft:
        raise BadgeScanError(BadgeProblem.UNREADABLE)
    return BadgeReading(BadgeKind.TEXT, text, draft)
