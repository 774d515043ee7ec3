"""The one catalogue of Octanist's lead fields.

Form, validation, payload, history columns and CSV mapping all iterate over
``FIELDS``; adding an API field is one line here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from octanist_desktop.core.words import QT_TRANSLATE_NOOP


class Group(StrEnum):
    """Where a field sits in the form, in display order."""

    CONTACT = "Contact"
    NOTE = "Note"
    CUSTOM = "Custom data"
    SOURCE = "Source"
    CLICK_IDS = "Click IDs"
    CONSENT = "Consent"


class Kind(StrEnum):
    """How a field is edited, checked and turned into payload."""

    TEXT = "text"
    EMAIL = "email"
    PHONE = "phone"
    MULTILINE = "multiline"
    JSON = "json"
    URL = "url"
    PATH = "path"
    CLICK_ID = "click_id"
    META_ID = "meta_id"  # fbc / fbp: Meta's fb.<subdomain>.<ms>.<value> shape
    CONSENT = "consent"


# Octanist publishes no limits; these keep a runaway paste from becoming a lead
# the server will reject, and are stated in the error message.
DEFAULT_MAX_CHARS = 1_000
NOTE_MAX_CHARS = 10_000
CUSTOM_MAX_CHARS = 64_000


@dataclass(frozen=True, slots=True)
class Field:
    """One API field: its JSON key, what the user sees, and how it behaves."""

    key: str
    label: str
    group: Group
    kind: Kind
    help: str
    max_chars: int = DEFAULT_MAX_CHARS
    pinnable: bool = False


FIELDS: tuple[Field, ...] = (
    Field(
        "name",
        QT_TRANSLATE_NOOP("Fields", "Name"),
        Group.CONTACT,
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Fields", "The lead's full name."),
    ),
    Field(
        "email",
        QT_TRANSLATE_NOOP("Fields", "Email"),
        Group.CONTACT,
        Kind.EMAIL,
        QT_TRANSLATE_NOOP("Fields", "The lead's email address."),
    ),
    Field(
        "phone",
        QT_TRANSLATE_NOOP("Fields", "Phone"),
        Group.CONTACT,
        Kind.PHONE,
        QT_TRANSLATE_NOOP(
            "Fields", "Any format; a number without + is read in the country beside it."
        ),
    ),
    Field(
        "note",
        QT_TRANSLATE_NOOP("Fields", "Note"),
        Group.NOTE,
        Kind.MULTILINE,
        QT_TRANSLATE_NOOP("Fields", "Anything said on the call or at the booth."),
        NOTE_MAX_CHARS,
    ),
    Field(
        "custom",
        QT_TRANSLATE_NOOP("Fields", "Custom data"),
        Group.CUSTOM,
        Kind.JSON,
        QT_TRANSLATE_NOOP("Fields", "Plain text, or a JSON object or array (start with { or [)."),
        CUSTOM_MAX_CHARS,
    ),
    Field(
        "website",
        QT_TRANSLATE_NOOP("Fields", "Website"),
        Group.SOURCE,
        Kind.URL,
        QT_TRANSLATE_NOOP("Fields", "The site the lead came from, e.g. https://example.com."),
        pinnable=True,
    ),
    Field(
        "path",
        QT_TRANSLATE_NOOP("Fields", "Page path"),
        Group.SOURCE,
        Kind.PATH,
        QT_TRANSLATE_NOOP("Fields", "The page on that site, e.g. /contact."),
        pinnable=True,
    ),
    Field(
        "utm_source",
        QT_TRANSLATE_NOOP("Fields", "UTM source"),
        Group.SOURCE,
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Fields", "Where the traffic came from, e.g. google or expo."),
        pinnable=True,
    ),
    Field(
        "utm_medium",
        QT_TRANSLATE_NOOP("Fields", "UTM medium"),
        Group.SOURCE,
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Fields", "The channel, e.g. cpc, email or booth."),
        pinnable=True,
    ),
    Field(
        "utm_campaign",
        QT_TRANSLATE_NOOP("Fields", "UTM campaign"),
        Group.SOURCE,
        Kind.TEXT,
        QT_TRANSLATE_NOOP("Fields", "The campaign name."),
        pinnable=True,
    ),
    Field(
        "gclid",
        QT_TRANSLATE_NOOP("Fields", "Google Ads click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "gclid",
    ),
    Field(
        "fbc",
        QT_TRANSLATE_NOOP("Fields", "Meta click ID"),
        Group.CLICK_IDS,
        Kind.META_ID,
        QT_TRANSLATE_NOOP("Fields", "fbc, usually fb.1.<timestamp>.<id>"),
    ),
    Field(
        "fbp",
        QT_TRANSLATE_NOOP("Fields", "Meta browser ID"),
        Group.CLICK_IDS,
        Kind.META_ID,
        QT_TRANSLATE_NOOP("Fields", "fbp, usually fb.1.<timestamp>.<number>"),
    ),
    Field(
        "ga4cid",
        QT_TRANSLATE_NOOP("Fields", "GA4 client ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        QT_TRANSLATE_NOOP("Fields", "Google Analytics 4 client ID"),
    ),
    Field(
        "ga4sid",
        QT_TRANSLATE_NOOP("Fields", "GA4 session ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        QT_TRANSLATE_NOOP("Fields", "Google Analytics 4 session ID"),
    ),
    Field(
        "li_fat_id",
        QT_TRANSLATE_NOOP("Fields", "LinkedIn click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "li_fat_id",
    ),
    Field(
        "msclkid",
        QT_TRANSLATE_NOOP("Fields", "Microsoft Ads click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "msclkid",
    ),
    Field(
        "ttclid",
        QT_TRANSLATE_NOOP("Fields", "TikTok click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "ttclid",
    ),
    Field(
        "twclid",
        QT_TRANSLATE_NOOP("Fields", "X (Twitter) click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "twclid",
    ),
    Field(
        "rdt_cid",
        QT_TRANSLATE_NOOP("Fields", "Reddit click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "rdt_cid",
    ),
    Field(
        "sccid",
        QT_TRANSLATE_NOOP("Fields", "Snapchat click ID"),
        Group.CLICK_IDS,
        Kind.CLICK_ID,
        "sccid",
    ),
    Field(
        "ad_storage",
        QT_TRANSLATE_NOOP("Fields", "Ad storage"),
        Group.CONSENT,
        Kind.CONSENT,
        QT_TRANSLATE_NOOP("Fields", "May cookies be stored for advertising?"),
    ),
    Field(
        "ad_user_data",
        QT_TRANSLATE_NOOP("Fields", "Ad user data"),
        Group.CONSENT,
        Kind.CONSENT,
        QT_TRANSLATE_NOOP("Fields", "May this lead's data be sent to Google for advertising?"),
    ),
    Field(
        "ad_personalization",
        QT_TRANSLATE_NOOP("Fields", "Ad personalization"),
        Group.CONSENT,
        Kind.CONSENT,
        QT_TRANSLATE_NOOP("Fields", "May ads be personalised for this lead?"),
    ),
    Field(
        "analytics_storage",
        QT_TRANSLATE_NOOP("Fields", "Analytics storage"),
        Group.CONSENT,
        Kind.CONSENT,
        QT_TRANSLATE_NOOP("Fields", "May cookies be stored for analytics, such as visit duration?"),
    ),
)

FIELD_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}

#: Octanist needs at least one of these, non-empty.
IDENTIFIER_KEYS: tuple[str, ...] = ("name", "email", "phone", "custom")

CONSENT_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.kind is Kind.CONSENT)

#: Text fields: everything but the consent flags.
TEXT_KEYS: tuple[str, ...] = tuple(f.key for f in FIELDS if f.kind is not Kind.CONSENT)


@dataclass(frozen=True, slots=True)
class CustomField:
    """A form field sent inside ``custom`` under ``key``, not as an API field of its own.

    Octanist has no company or job title field, but they are the first two
    things a salesperson writes down; they travel as keys of the ``custom``
    object (merged with any other custom data), where import and vCard put
    them too.
    """

    key: str
    label: str
    help: str
    max_chars: int = DEFAULT_MAX_CHARS


#: Contact details sent as ``custom`` keys, shown in the form after the phone.
CUSTOM_FIELDS: tuple[CustomField, ...] = (
    CustomField(
        "company",
        QT_TRANSLATE_NOOP("Fields", "Company"),
        QT_TRANSLATE_NOOP("Fields", "The company or organisation the lead works for."),
    ),
    CustomField(
        "title",
        QT_TRANSLATE_NOOP("Fields", "Job title"),
        QT_TRANSLATE_NOOP("Fields", "The lead's role, e.g. Head of Marketing."),
    ),
)

CUSTOM_FIELD_BY_KEY: dict[str, CustomField] = {f.key: f for f in CUSTOM_FIELDS}


def fields_in(group: Group) -> tuple[Field, ...]:
    """The fields of one group, in catalogue order."""
    return tuple(f for f in FIELDS if f.group is group)
