"""A lead from what a visitor filled in at the booth, and its proof of consent.

Booth mode's visitor face holds only the visitor's own details, their
answers and their consent ticks. The rest of the lead comes from the
staff's side: the staff form's pinned values (website, UTM tags…), the
event preset (its name, note prefix, the wording shown), who is at the
booth and this device. ``visitor_lead`` puts them together exactly as the
staff form would, plus the ``consent`` proof object in ``custom``, and
checks the result with the one ``validate()``. No Qt.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from octanist_desktop.core.capture import BADGE_KEY, CaptureRecord
from octanist_desktop.core.consent import CONSENT_KEY, ConsentRecord, ConsentText, EnteredBy
from octanist_desktop.core.custom_merge import LeadContext, merge_custom, merge_into_draft
from octanist_desktop.core.fields import CUSTOM_FIELD_BY_KEY
from octanist_desktop.core.presets import EventPreset, answers_for_custom, with_note_prefix
from octanist_desktop.core.validation import ValidationResult, validate

BOOTH_CAPTURE_METHOD = "booth"


@dataclass(frozen=True, slots=True)
class VisitorEntry:
    """What a visitor gave: their details by field key, raw answers by question key,
    one tick per consent sentence, and what their scanned badge added (if any)."""

    values: Mapping[str, str]
    answers: Mapping[str, object] = field(default_factory=dict)
    ticked: tuple[bool, ...] = ()
    badge_custom: Mapping[str, object] = field(default_factory=dict)
    raw_scan: str = ""


@dataclass(frozen=True, slots=True)
class BoothContext:
    """The staff's side of a visitor's lead.

    ``base_values`` are the staff form's pinned fields; ``consent`` the
    wording shown (the preset's, or the default); ``device`` this computer.
    """

    consent: ConsentText
    preset: EventPreset | None = None
    base_values: Mapping[str, object] = field(default_factory=dict)
    staff_member: str = ""
    device: str = ""
    region: str | None = None


def visitor_lead(
    entry: VisitorEntry, context: BoothContext, now: float
) -> tuple[ValidationResult, CaptureRecord]:
    """The checked lead and the record to keep with it (``now``: Unix seconds)."""
    preset = context.preset
    draft: dict[str, object] = dict(context.base_values)
    # Company and job title travel in custom, as the staff form sends them.
    contact = {k: v for k, v in entry.values.items() if k in CUSTOM_FIELD_BY_KEY}
    for key, value in entry.values.items():
        if key not in contact:
            draft[key] = value
    ticked = tuple(entry.ticked[: len(context.consent.statements)])
    ticked += (False,) * (len(context.consent.statements) - len(ticked))
    draft.update(context.consent.flags(ticked))
    if preset is not None and preset.note_prefix.strip():
        note = draft.get("note")
        draft["note"] = with_note_prefix(note if isinstance(note, str) else "", preset.note_prefix)
    if entry.badge_custom:
        typed = draft.get("custom")
        draft["custom"] = merge_custom(
            typed if isinstance(typed, str) else "", entry.badge_custom
        ).text
    record = ConsentRecord(
        context.consent, ticked, now, context.device, context.staff_member, EnteredBy.VISITOR
    )
    questions = preset.visitor_questions() if preset is not None else ()
    lead_context = LeadContext(
        answers_for_custom(questions, entry.answers),
        event=preset.name if preset is not None else "",
        staff_member=context.staff_member,
        capture_method=BOOTH_CAPTURE_METHOD,
        contact=contact,
        extra={CONSENT_KEY: record.for_custom()},
    )
    merged, _merge = merge_into_draft(draft, lead_context)
    result = validate(merged, default_region=context.region)
    badge_id = entry.badge_custom.get(BADGE_KEY)
    capture = CaptureRecord(record, badge_id if isinstance(badge_id, str) else "", entry.raw_scan)
    return result, capture
