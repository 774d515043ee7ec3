"""What the details card says about a lead, as (label, value) lines: no JSON, no field keys.

Each function turns part of a lead into the lines one card section shows:
its contact details, its custom data (nested objects indented, lists
joined), where it came from and the consent flags, and the facts a support
ticket needs. Labels come from the field catalogue and are translated.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from octanist_desktop.core.consent import CONSENT_KEY
from octanist_desktop.core.fields import CUSTOM_FIELDS, FIELD_BY_KEY, Group, Kind, fields_in
from octanist_desktop.core.presets import CAPTURE_KEY, CAPTURE_LABELS, EVENT_KEY, STAFF_KEY
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.store.lead import Lead
from octanist_desktop.ui.history.columns import readable_phone
from octanist_desktop.ui.history.status_words import format_full_time
from octanist_desktop.ui.words import TranslationContext, translated


class LeadCard(TranslationContext):
    """The translation context of these words (see ``TranslationContext``)."""


#: One line of the card: what it is, and its value as text.
Fact = tuple[str, str]

#: Custom data keys the app itself writes, with the words the card uses for them.
_KNOWN_CUSTOM_LABELS: dict[str, str] = {
    EVENT_KEY: QT_TRANSLATE_NOOP("LeadCard", "Event"),
    STAFF_KEY: QT_TRANSLATE_NOOP("LeadCard", "Staff"),
    CAPTURE_KEY: QT_TRANSLATE_NOOP("LeadCard", "Taken by"),
}
#: Shown among the contact details, so not again among the custom data.
# Company and job title are contact lines; the consent proof sent in custom data
# ({version, at}) is told in words under "Source and consent", from the lead's record.
_NOT_CUSTOM_LINES = frozenset(extra.key for extra in CUSTOM_FIELDS) | {CONSENT_KEY}
# Nested custom data deeper than this is summarised rather than unrolled.
_MAX_DEPTH = 3


def _label(key: str) -> str:
    field = FIELD_BY_KEY.get(key)
    return translated(field.label) if field is not None else key


def _custom_object(lead: Lead) -> Mapping[str, object]:
    custom = lead.payload.get("custom")
    return custom if isinstance(custom, dict) else {}


def value_text(value: object) -> str:
    """A custom data value as a person reads it: yes/no, lists joined, nothing as "—"."""
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("LeadCard", "yes")
            if value
            else QCoreApplication.translate("LeadCard", "no")
        )
    if isinstance(value, list):
        if all(not isinstance(item, dict | list) for item in value):
            return ", ".join(value_text(item) for item in value)
        return LeadCard.tr("%n entry(s)", None, len(value))
    if isinstance(value, dict):
        return LeadCard.tr("%n detail(s)", None, len(value))
    return str(value)


def contact_facts(lead: Lead) -> list[Fact]:
    """Email, phone, company, job title and the note, where the lead has them."""
    custom = _custom_object(lead)
    facts: list[Fact] = []
    if lead.email:
        facts.append((_label("email"), lead.email))
    if lead.phone:
        facts.append((_label("phone"), readable_phone(lead.phone)))
    for extra in CUSTOM_FIELDS:  # company and job title, as the form calls them
        value = custom.get(extra.key)
        if value not in (None, ""):
            facts.append((translated(extra.label), value_text(value)))
    if lead.note:
        facts.append((_label("note"), lead.note))
    return facts


def custom_facts(lead: Lead) -> list[Fact]:
    """The custom data as "key: value" lines; nested objects are indented under their key.

    Text custom data is one line; a list is one line per entry. Company and
    job title are left to ``contact_facts``, the consent proof to the card's
    consent line.
    """
    custom = lead.payload.get("custom")
    if custom is None or custom == "":
        return []
    if isinstance(custom, dict):
        shown = {k: v for k, v in custom.items() if k not in _NOT_CUSTOM_LINES}
        return _object_facts(shown, depth=0)
    if isinstance(custom, list):
        return [(f"{n}.", value_text(item)) for n, item in enumerate(custom, start=1)]
    return [(QCoreApplication.translate("LeadCard", "Custom data"), str(custom))]


def _object_facts(data: Mapping[str, object], depth: int) -> list[Fact]:
    facts: list[Fact] = []
    indent = "    " * depth
    for key, value in data.items():
        label = _KNOWN_CUSTOM_LABELS.get(key) if depth == 0 else None
        shown_key = indent + (
            QCoreApplication.translate("LeadCard", label) if label is not None else key
        )
        if key == CAPTURE_KEY and depth == 0 and isinstance(value, str):
            value = translated(CAPTURE_LABELS.get(value, value))
        if isinstance(value, dict) and value and depth < _MAX_DEPTH:
            facts.append((shown_key, ""))
            facts += _object_facts(value, depth + 1)
        else:
            facts.append((shown_key, value_text(value)))
    return facts


def source_facts(lead: Lead) -> list[Fact]:
    """Where the lead came from (website, page, UTM tags, click ids) and its consent flags."""
    facts: list[Fact] = []
    for group in (Group.SOURCE, Group.CLICK_IDS):
        for field in fields_in(group):
            value = lead.payload.get(field.key)
            if isinstance(value, str) and value:
                facts.append((_label(field.key), value))
    for field in fields_in(Group.CONSENT):
        value = lead.payload.get(field.key)
        if field.kind is Kind.CONSENT and isinstance(value, bool):
            facts.append((_label(field.key), value_text(value)))
    return facts


def support_facts(lead: Lead) -> list[Fact]:
    """What a support ticket needs: lead number, times, attempts, Octanist's ids."""
    delivered = (
        format_full_time(lead.delivered_at)
        if lead.delivered_at is not None
        else QCoreApplication.translate("LeadCard", "Not yet")
    )
    return [
        (QCoreApplication.translate("LeadCard", "Lead no."), str(lead.id)),
        (QCoreApplication.translate("LeadCard", "Entered"), format_full_time(lead.created_at)),
        (QCoreApplication.translate("LeadCard", "Last change"), format_full_time(lead.updated_at)),
        (QCoreApplication.translate("LeadCard", "Delivered"), delivered),
        (QCoreApplication.translate("LeadCard", "Attempts"), str(lead.attempts)),
    ]
