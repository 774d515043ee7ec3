"""What an event adds to a lead: the preset's note prefix; answers and who/where/how in custom.

Pure functions over the form's values, so the draft the form validates
(and shows messages for) is exactly the draft it sends.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from octanist_desktop.core.custom_json import parse_custom
from octanist_desktop.core.custom_merge import CustomMerge, LeadContext, merge_into_draft
from octanist_desktop.core.fields import CUSTOM_FIELDS
from octanist_desktop.core.presets import SOURCE_KEYS, EventPreset, with_note_prefix
from octanist_desktop.ui.form.messages import WARNING_PREFIX


def draft_to_send(
    values: Mapping[str, object], preset: EventPreset | None, context: LeadContext
) -> tuple[dict[str, object], CustomMerge]:
    """``values`` as they are sent: note prefix added, ``context`` merged into ``custom``."""
    draft = dict(values)
    if preset is not None and preset.note_prefix.strip():
        note = draft.get("note")
        draft["note"] = with_note_prefix(note if isinstance(note, str) else "", preset.note_prefix)
    return merge_into_draft(draft, context)


def with_contact_fields(draft: Mapping[str, object]) -> dict[str, object]:
    """``draft`` with company and job title lifted out of a custom object into their fields.

    A pasted vCard, an edited lead or a restored payload carries them inside
    ``custom``; the form shows them where they are typed, and merges them back on send.
    """
    result = dict(draft)
    if any(field.key in result for field in CUSTOM_FIELDS):
        return result
    custom = result.get("custom")
    value = custom if isinstance(custom, dict) else None
    if isinstance(custom, str):
        parsed = parse_custom(custom)
        value = parsed.value if parsed.kind == "json" and isinstance(parsed.value, dict) else None
    if value is None:
        return result
    rest = dict(value)
    for field in CUSTOM_FIELDS:
        if isinstance(rest.get(field.key), str):
            result[field.key] = rest.pop(field.key)
    if len(rest) != len(value):
        result["custom"] = rest or ""
    return result


def merge_note(merge: CustomMerge) -> tuple[str | None, str | None]:
    """The line under Custom data about what was merged into it, and its kind (None: muted)."""
    if not merge.merged:
        return None, None
    parts = []
    if merge.conflicts:
        keys = ", ".join(merge.conflicts)
        replaces = QCoreApplication.translate(
            "LeadForm", "Your custom data replaces the form's value for: {keys}."
        ).format(keys=keys)
        parts.append(f"{WARNING_PREFIX}{replaces}")
    if merge.wrapped_as is not None:
        if merge.wrapped_as == "text":
            sent_under = QCoreApplication.translate(
                "LeadForm",
                "The text above is sent under “{key}”, together with the company, job title, "
                "answers and event details.",
            )
        else:
            sent_under = QCoreApplication.translate(
                "LeadForm",
                "The list above is sent under “{key}”, together with the company, job title, "
                "answers and event details.",
            )
        parts.append(sent_under.format(key=merge.wrapped_as))
    if not parts:
        parts.append(
            QCoreApplication.translate(
                "LeadForm",
                "The company, job title, answers and event details are sent with the custom data.",
            )
        )
    return " ".join(parts), "warning" if merge.conflicts else None


@dataclass(frozen=True, slots=True)
class SourceChange:
    """Set field ``key`` to ``value`` (None empties it) and pin or unpin it."""

    key: str
    value: str | None
    pinned: bool


def source_changes(
    old: EventPreset | None,
    new: EventPreset | None,
    text_of: Callable[[str], str],
    is_pinned: Callable[[str], bool],
) -> list[SourceChange]:
    """What switching from ``old`` to ``new`` does to the Source fields.

    The new preset's values fill their fields, pinned; values the old one
    set that nobody changed since are emptied and unpinned.
    """
    old_values = old.source_values() if old is not None else {}
    new_values = new.source_values() if new is not None else {}
    changes = []
    for key in SOURCE_KEYS:
        if key in new_values:
            changes.append(SourceChange(key, new_values[key], True))
        elif is_pinned(key) and text_of(key).strip() == old_values.get(key):
            changes.append(SourceChange(key, None, False))
    return changes
