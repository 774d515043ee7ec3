"""Merging what the form knows about a lead into its ``custom`` object.

The company and job title typed in the form, qualifying answers, the event
preset's name, the staff member and the capture method all travel in
``custom``, together with whatever was typed
in the Custom data editor. The rules:

* Empty values are left out. With nothing left to add, ``custom`` stays
  exactly as typed.
* A typed JSON object is merged key by key; when a key is in both, the
  **editor wins** (the salesperson typed it on purpose) and the key is
  reported in ``conflicts`` so the form can say so.
* Typed plain text is kept under ``"text"``, a typed JSON array under
  ``"data"`` (``wrapped_as`` names which), so nothing typed is lost.
* Typed JSON that does not parse is left alone: validation then refuses it
  with the usual message, and nothing is merged.
* A draft without a name, email, phone, company, job title or typed custom
  data gets nothing merged either: the answers alone don't make a lead, and
  validation must still ask for a way to reach the person.

The merged object goes back into the draft as JSON text, so ``validate()``
checks it (size, shape) like anything typed.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field

from octanist_desktop.core.custom_json import parse_custom
from octanist_desktop.core.fields import IDENTIFIER_KEYS
from octanist_desktop.core.presets import (
    CAPTURE_KEY,
    DATA_KEY,
    EVENT_KEY,
    STAFF_KEY,
    TEXT_KEY,
)

__all__ = ["CustomMerge", "LeadContext", "merge_custom", "merge_into_draft"]


@dataclass(frozen=True, slots=True)
class LeadContext:
    """What the form adds to a lead's ``custom``: answers and who/where/how it was taken.

    ``extra`` holds what else the app attaches (the ``consent`` proof object).
    """

    answers: Mapping[str, object]
    event: str = ""
    staff_member: str = ""
    capture_method: str = ""
    #: The form's own custom fields (``fields.CUSTOM_FIELDS``: company, job title).
    contact: Mapping[str, str] = field(default_factory=dict)
    #: What else the app attaches (the ``consent`` proof object).
    extra: Mapping[str, object] = field(default_factory=dict)

    def as_custom(self) -> dict[str, object]:
        """The non-empty parts as ``custom`` keys: company and title, event, staff, method,
        the answers, then the extras."""
        extra: dict[str, object] = {
            **{key: value.strip() for key, value in self.contact.items()},
            EVENT_KEY: self.event.strip(),
            STAFF_KEY: self.staff_member.strip(),
            CAPTURE_KEY: self.capture_method.strip(),
            **self.answers,
            **self.extra,
        }
        return {key: value for key, value in extra.items() if not _is_empty(value)}


@dataclass(frozen=True, slots=True)
class CustomMerge:
    """The outcome of one merge.

    ``text`` is what the Custom data field should hold for ``validate()``;
    ``merged`` says whether anything was added; ``conflicts`` lists the keys
    where the editor's value replaced the form's (in the form's order);
    ``wrapped_as`` is ``"text"`` or ``"data"`` when the editor's content was
    kept under that key, else None.
    """

    text: str
    merged: bool = False
    conflicts: tuple[str, ...] = ()
    wrapped_as: str | None = None


def merge_custom(typed: str, extra: Mapping[str, object]) -> CustomMerge:
    """Merge ``extra`` (already-clean ``custom`` keys) into the Custom data text ``typed``."""
    additions = {key: value for key, value in extra.items() if not _is_empty(value)}
    if not additions:
        return CustomMerge(typed)
    # Unrepaired: validate() reads the merged text again and says what it repairs.
    parsed = parse_custom(typed, repair=False)
    if parsed.kind == "error":
        return CustomMerge(typed)
    if parsed.kind == "empty":
        return CustomMerge(_dump(additions), merged=True)
    if parsed.kind == "text":
        return _merge_object(additions, {TEXT_KEY: parsed.value}, wrapped_as=TEXT_KEY)
    if isinstance(parsed.value, dict):
        return _merge_object(additions, parsed.value, wrapped_as=None)
    return _merge_object(additions, {DATA_KEY: parsed.value}, wrapped_as=DATA_KEY)


def merge_into_draft(
    draft: Mapping[str, object], context: LeadContext
) -> tuple[dict[str, object], CustomMerge]:
    """A copy of ``draft`` whose ``custom`` carries ``context``, and how the merge went.

    Nothing is merged into a draft with no identifier of its own (see the module notes).
    """
    result = dict(draft)
    typed = draft.get("custom")
    typed_text = typed if isinstance(typed, str) else ""
    has_contact = any(value.strip() for value in context.contact.values())
    if not isinstance(typed, str | None) or not (_has_identifier(draft) or has_contact):
        return result, CustomMerge(typed_text)
    merge = merge_custom(typed_text, context.as_custom())
    if merge.merged:
        result["custom"] = merge.text
    return result, merge


def _merge_object(
    additions: dict[str, object], typed: dict[str, object], *, wrapped_as: str | None
) -> CustomMerge:
    conflicts = tuple(
        key for key, value in additions.items() if key in typed and typed[key] != value
    )
    return CustomMerge(
        _dump({**additions, **typed}), merged=True, conflicts=conflicts, wrapped_as=wrapped_as
    )


def _dump(value: object) -> str:
    return json.dumps(value, ensure_ascii=False)


def _is_empty(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def _has_identifier(draft: Mapping[str, object]) -> bool:
    for key in IDENTIFIER_KEYS:
        value = draft.get(key)
        if isinstance(value, str) and value.strip():
            return True
    return False
