"""Consent in plain words, and the proof of what a visitor agreed to.

Google's Consent Mode has four flags (``ad_storage``, ``ad_user_data``,
``ad_personalization``, ``analytics_storage``); a visitor at a booth should
never have to read those words. A ``ConsentText`` is what they read
instead: an introduction and a few plain sentences, each mapped to one or
more flags. Ticking a sentence grants its flags; a flag no ticked sentence
grants is sent as false. Nothing is ever ticked in advance.

Every wording has a version id derived from its exact words and mapping:
changing one comma in a preset's consent text makes a new version, and a
lead keeps the version it was shown (stored with the lead, see
``store.capture``). A ``ConsentRecord`` is that proof: the wording, which
sentences were ticked, when, on which device, by which staff member, and
whether the visitor or the staff filled the form in. Octanist gets a compact
``consent`` object (version id and time) inside the lead's ``custom``.

Pure data: no Qt, no files. The default wording ships in English, Dutch and
German, written (not machine-translated) for a member of the public: formal
"u" and "Sie", as for any statement a stranger signs. It is not run through
the app's translations: a wording is a record, versioned by its exact words.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from octanist_desktop.core.fields import CONSENT_KEYS, FIELD_BY_KEY
from octanist_desktop.core.words import QT_TRANSLATE_NOOP

#: Where the compact consent object goes inside ``custom``.
CONSENT_KEY = "consent"
MAX_STATEMENTS = 6
MAX_STATEMENT_CHARS = 400
MAX_INTRO_CHARS = 1_000
_VERSION_CHARS = 12


class EnteredBy(StrEnum):
    """Who filled the form in: the visitor themselves, or staff for them."""

    VISITOR = "visitor"
    STAFF = "staff"


class ConsentFormatError(ValueError):
    """Stored consent text that is not in the shape this module writes."""


@dataclass(frozen=True, slots=True)
class ConsentStatement:
    """One sentence a visitor can tick, and the Consent Mode flags ticking it grants."""

    text: str
    flags: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ConsentText:
    """What a visitor reads before the consent boxes: an introduction and the sentences."""

    intro: str
    statements: tuple[ConsentStatement, ...]
    language: str = ""

    @property
    def version(self) -> str:
        """An id for exactly these words and this mapping (12 hex digits of a SHA-256)."""
        # hashlib loads OpenSSL's libcrypto (3 MiB): not before the first lead needs it.
        import hashlib

        canonical = json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:_VERSION_CHARS]

    def flags(self, ticked: Sequence[bool]) -> dict[str, bool]:
        """The four Consent Mode flags for these ticks (one per statement, in order)."""
        granted = {key: False for key in CONSENT_KEYS}
        for statement, tick in zip(self.statements, ticked, strict=False):
            if tick:
                for flag in statement.flags:
                    if flag in granted:
                        granted[flag] = True
        return granted

    def as_plain_text(self) -> str:
        """The wording as one readable text (the intro, then one line per sentence)."""
        lines = [self.intro.strip()] if self.intro.strip() else []
        lines += [f"• {statement.text.strip()}" for statement in self.statements]
        return "\n".join(lines)

    def to_json(self) -> dict[str, object]:
        """The JSON shape presets and the lead store keep."""
        return {
            "intro": self.intro,
            "statements": [{"text": s.text, "flags": list(s.flags)} for s in self.statements],
            "language": self.language,
        }

    @classmethod
    def from_json(cls, data: object) -> ConsentText:
        """Read what ``to_json`` wrote; raises ``ConsentFormatError`` for anything else."""
        if not isinstance(data, dict):
            raise ConsentFormatError("the consent text is not a JSON object")
        intro = data.get("intro", "")
        language = data.get("language", "")
        raw = data.get("statements")
        if not isinstance(intro, str) or not isinstance(language, str) or not isinstance(raw, list):
            raise ConsentFormatError("the consent text is not in the expected shape")
        statements = []
        for item in raw:
            if not isinstance(item, dict):
                raise ConsentFormatError("a consent sentence is not a JSON object")
            text, flags = item.get("text"), item.get("flags")
            if not isinstance(text, str) or not isinstance(flags, list):
                raise ConsentFormatError("a consent sentence is not in the expected shape")
            if not all(isinstance(flag, str) for flag in flags):
                raise ConsentFormatError("a consent sentence names a flag that is not text")
            statements.append(ConsentStatement(text, tuple(flags)))
        return cls(intro, tuple(statements), language)


def consent_problems(text: ConsentText) -> list[str]:
    """What keeps ``text`` from being shown to visitors, in words for the user (empty: fine)."""
    problems: list[str] = []
    if len(text.intro) > MAX_INTRO_CHARS:
        problems.append(_INTRO_TOO_LONG.format(limit=MAX_INTRO_CHARS))
    if len(text.statements) > MAX_STATEMENTS:
        problems.append(_TOO_MANY.format(limit=MAX_STATEMENTS))
    for number, statement in enumerate(text.statements, start=1):
        if not statement.text.strip():
            problems.append(_NO_TEXT.format(number=number))
        elif len(statement.text) > MAX_STATEMENT_CHARS:
            problems.append(_SENTENCE_TOO_LONG.format(number=number, limit=MAX_STATEMENT_CHARS))
        if not statement.flags:
            problems.append(_ALLOWS_NOTHING.format(number=number))
        unknown = [flag for flag in statement.flags if flag not in CONSENT_KEYS]
        if unknown:
            problems.append(_UNKNOWN_FLAGS.format(number=number, flags=", ".join(unknown)))
    return problems


_INTRO_TOO_LONG = QT_TRANSLATE_NOOP(
    "Consent", "The consent introduction can be at most {limit} characters."
)
_TOO_MANY = QT_TRANSLATE_NOOP("Consent", "Consent can have at most {limit} sentences.")
_NO_TEXT = QT_TRANSLATE_NOOP("Consent", "Consent sentence {number} has no text.")
_SENTENCE_TOO_LONG = QT_TRANSLATE_NOOP(
    "Consent", "Consent sentence {number} can be at most {limit} characters."
)
_ALLOWS_NOTHING = QT_TRANSLATE_NOOP(
    "Consent", "Consent sentence {number} doesn't say what it allows."
)
_UNKNOWN_FLAGS = QT_TRANSLATE_NOOP(
    "Consent", "Consent sentence {number} names unknown flags: {flags}."
)


# -- the default wording ---------------------------------------------------------------

_MEASURE = ("ad_storage", "ad_user_data")
_PERSONAL = ("ad_personalization",)
_ANALYTICS = ("analytics_storage",)

#: The consent text a preset starts with, by language code.
DEFAULT_CONSENT: Mapping[str, ConsentText] = {
    "en": ConsentText(
        "We would like to stay in touch. Tick what you agree to; you can withdraw your "
        "consent at any time by contacting us.",
        (
            ConsentStatement(
                "Yes, you may use my visit to measure and improve your advertising.", _MEASURE
            ),
            ConsentStatement(
                "Yes, you may show me advertising that suits my interests.", _PERSONAL
            ),
            ConsentStatement(
                "Yes, you may use my visit for statistics about your website and events.",
                _ANALYTICS,
            ),
        ),
        "en",
    ),
    "nl": ConsentText(
        "We houden graag contact. Vink aan waarmee u instemt; u kunt uw toestemming altijd "
        "intrekken door contact met ons op te nemen.",
        (
            ConsentStatement(
                "Ja, u mag mijn bezoek gebruiken om uw advertenties te meten en te verbeteren.",
                _MEASURE,
            ),
            ConsentStatement(
                "Ja, u mag mij advertenties laten zien die bij mijn interesses passen.", _PERSONAL
            ),
            ConsentStatement(
                "Ja, u mag mijn bezoek gebruiken voor statistieken over uw website en evenementen.",
                _ANALYTICS,
            ),
        ),
        "nl",
    ),
    "de": ConsentText(
        "Wir möchten gern mit Ihnen in Kontakt bleiben. Kreuzen Sie an, womit Sie "
        "einverstanden sind; Sie können Ihre Einwilligung jederzeit widerrufen, indem Sie "
        "uns kontaktieren.",
        (
            ConsentStatement(
                "Ja, Sie dürfen meinen Besuch nutzen, um Ihre Werbung zu messen und zu verbessern.",
                _MEASURE,
            ),
            ConsentStatement(
                "Ja, Sie dürfen mir Werbung zeigen, die zu meinen Interessen passt.", _PERSONAL
            ),
            ConsentStatement(
                "Ja, Sie dürfen meinen Besuch für Statistiken über Ihre Website und "
                "Veranstaltungen nutzen.",
                _ANALYTICS,
            ),
        ),
        "de",
    ),
}
DEFAULT_LANGUAGE = "en"


def default_consent(language: str | None) -> ConsentText:
    """The default wording in ``language`` ("nl", "nl_BE"…), English when there is none."""
    code = (language or "").split("_")[0].split("-")[0].lower()
    return DEFAULT_CONSENT.get(code, DEFAULT_CONSENT[DEFAULT_LANGUAGE])


def staff_form_consent(
    say: Callable[[str], str] = str, language: str = DEFAULT_LANGUAGE
) -> ConsentText:
    """The staff form's own consent wording: each flag's label and question, as shown there.

    ``say`` words a label or question in the language the form shows them in
    (the UI passes its translation and the language's code): the record keeps
    what was on the screen.
    """
    return ConsentText(
        "",
        tuple(
            ConsentStatement(
                f"{say(FIELD_BY_KEY[key].label)}: {say(FIELD_BY_KEY[key].help)}", (key,)
            )
            for key in CONSENT_KEYS
        ),
        language,
    )


# -- the proof kept with a lead -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ConsentRecord:
    """What one lead was shown and agreed to; ``at`` is Unix seconds (UTC).

    ``ticked`` has one entry per sentence of ``text``, in order.
    """

    text: ConsentText
    ticked: tuple[bool, ...]
    at: float
    device: str
    staff_member: str
    entered_by: EnteredBy

    def flags(self) -> dict[str, bool]:
        """The Consent Mode flags these ticks grant."""
        return self.text.flags(self.ticked)

    def ticked_statements(self) -> list[str]:
        """The sentences that were ticked, in order."""
        return [s.text for s, tick in zip(self.text.statements, self.ticked, strict=False) if tick]

    def for_custom(self) -> dict[str, object]:
        """The compact object sent inside ``custom``: the text's version and the time."""
        return {"version": self.text.version, "at": iso_time(self.at)}


def iso_time(timestamp: float) -> str:
    """A Unix time as ISO 8601 UTC to the second, e.g. "2026-03-10T12:00:00Z"."""
    moment = datetime.fromtimestamp(timestamp, UTC).replace(microsecond=0)
    return moment.isoformat().replace("+00:00", "Z")
