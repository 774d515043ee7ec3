"""Event presets: what a trade-show day fills in for every lead, and what it asks.

A preset ("Expo Amsterdam 2026") carries the source tags every lead from
that event shares, a prefix for the note, and a short list of qualifying
questions. The answers travel in the lead's ``custom`` object (see
``core.custom_merge``). Pure data and rules, no Qt and no files: the JSON
shape is defined here and ``presets_store`` reads and writes it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from octanist_desktop.core.capture import BADGE_KEY
from octanist_desktop.core.consent import (
    CONSENT_KEY,
    ConsentFormatError,
    ConsentText,
    consent_problems,
)
from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.words import QT_TRANSLATE_NOOP

#: The Source fields a preset can fill, in form order.
SOURCE_KEYS: tuple[str, ...] = ("website", "path", "utm_source", "utm_medium", "utm_campaign")

#: Keys the app itself writes into ``custom``; a question may not use them.
EVENT_KEY = "event"
STAFF_KEY = "staff_member"
CAPTURE_KEY = "capture_method"
#: Where plain text typed in the Custom data editor goes when it is merged.
TEXT_KEY = "text"
#: Where a JSON array typed in the Custom data editor goes when it is merged.
DATA_KEY = "data"
RESERVED_KEYS: frozenset[str] = frozenset(
    {EVENT_KEY, STAFF_KEY, CAPTURE_KEY, TEXT_KEY, DATA_KEY, CONSENT_KEY, BADGE_KEY}
)

#: The fields a visitor may be asked for in booth mode, in the order they are asked.
VISITOR_FIELD_CHOICES: tuple[str, ...] = ("name", "email", "phone", "company", "title", "note")
DEFAULT_VISITOR_FIELDS: tuple[str, ...] = ("name", "email", "phone")

#: How a lead was taken, as sent under ``capture_method`` ("" means not said).
CAPTURE_METHODS: tuple[str, ...] = ("phone", "walk-in", "booth", "import")
CAPTURE_LABELS: dict[str, str] = {
    "": "—",
    "phone": QT_TRANSLATE_NOOP("Presets", "Phone"),
    "walk-in": QT_TRANSLATE_NOOP("Presets", "Walk-in"),
    "booth": QT_TRANSLATE_NOOP("Presets", "Booth"),
    "import": QT_TRANSLATE_NOOP("Presets", "Import"),
}

RATING_VALUES: tuple[int, ...] = (1, 2, 3, 4, 5)
MAX_NAME_CHARS = 100
MAX_TEXT_ANSWER_CHARS = 500

_NOT_KEY_CHARS = re.compile(r"[^a-z0-9]+")


class QuestionKind(StrEnum):
    """How a qualifying question is answered (and what its answer is in JSON)."""

    CHOICE = "choice"  # one of the preset's options: a string
    TEXT = "text"  # a short line of text: a string
    RATING = "rating"  # 1–5: an integer
    YES_NO = "yes_no"  # a boolean


KIND_LABELS: dict[QuestionKind, str] = {
    QuestionKind.CHOICE: QT_TRANSLATE_NOOP("Presets", "Choice"),
    QuestionKind.TEXT: QT_TRANSLATE_NOOP("Presets", "Short text"),
    QuestionKind.RATING: QT_TRANSLATE_NOOP("Presets", "Rating 1–5"),
    QuestionKind.YES_NO: QT_TRANSLATE_NOOP("Presets", "Yes / no"),
}

# What keeps a preset from being saved (``preset_problems``), in whole sentences.
_NEEDS_NAME = QT_TRANSLATE_NOOP("Presets", "The preset needs a name.")
_NAME_TOO_LONG = QT_TRANSLATE_NOOP("Presets", "The preset name can be at most {limit} characters.")
_VALUE_TOO_LONG = QT_TRANSLATE_NOOP("Presets", "{label} can be at most {limit} characters.")
_QUESTION_WITHOUT_TEXT = QT_TRANSLATE_NOOP("Presets", "Question {number} has no text.")
_QUESTION_WITHOUT_KEY = QT_TRANSLATE_NOOP("Presets", "Question {number} needs a key.")
_KEY_RESERVED = QT_TRANSLATE_NOOP(
    "Presets", "Question {number}: the key “{key}” is used by the app itself; pick another."
)
_KEY_TAKEN = QT_TRANSLATE_NOOP(
    "Presets", "Question {number}: the key “{key}” is used by another question."
)
_CHOICE_WITHOUT_OPTIONS = QT_TRANSLATE_NOOP(
    "Presets", "Question {number} is a choice but has no options."
)
_NO_VISITOR_FIELDS = QT_TRANSLATE_NOOP(
    "Presets", "Visitors must be asked for at least one of their details."
)
_UNKNOWN_VISITOR_FIELDS = QT_TRANSLATE_NOOP("Presets", "Visitors can't be asked for: {keys}.")
_PROBLEM_OF = QT_TRANSLATE_NOOP("Presets", "{preset}: {problem}")
_UNNAMED = QT_TRANSLATE_NOOP("Presets", "(unnamed)")
_NAME_TWICE = QT_TRANSLATE_NOOP("Presets", "Two presets are called “{name}”.")


class PresetFormatError(ValueError):
    """Stored preset data that is not in the shape this module writes."""


@dataclass(frozen=True, slots=True)
class Question:
    """One qualifying question: ``key`` is its name inside ``custom``, ``label`` what is asked.

    A ``staff_only`` question ("How hot is this lead?") is never shown to a
    visitor in booth mode; staff answer it behind the PIN.
    """

    key: str
    label: str
    kind: QuestionKind = QuestionKind.TEXT
    options: tuple[str, ...] = ()
    staff_only: bool = False


@dataclass(frozen=True, slots=True)
class EventPreset:
    """A named event: default Source values, a note prefix and qualifying questions."""

    name: str
    website: str = ""
    path: str = ""
    utm_source: str = ""
    utm_medium: str = ""
    utm_campaign: str = ""
    note_prefix: str = ""
    questions: tuple[Question, ...] = field(default_factory=tuple)
    visitor_fields: tuple[str, ...] = DEFAULT_VISITOR_FIELDS
    #: What visitors agree to in booth mode; None means the default wording.
    consent: ConsentText | None = None

    def visitor_questions(self) -> tuple[Question, ...]:
        """The questions a visitor answers in booth mode (not the staff-only ones)."""
        return tuple(q for q in self.questions if not q.staff_only)

    def staff_questions(self) -> tuple[Question, ...]:
        """The questions only staff answer."""
        return tuple(q for q in self.questions if q.staff_only)

    def source_values(self) -> dict[str, str]:
        """The Source fields this preset sets (non-empty ones only), by field key."""
        values = {key: getattr(self, key).strip() for key in SOURCE_KEYS}
        return {key: value for key, value in values.items() if value}


def question_key(label: str, taken: Sequence[str] = ()) -> str:
    """A JSON key for a question labelled ``label``: lower-case, underscores, unique.

    ``"Budget (EUR)?"`` → ``"budget_eur"``; a key already in ``taken`` or
    reserved by the app gets ``_2``, ``_3``… appended.
    """
    base = _NOT_KEY_CHARS.sub("_", label.lower()).strip("_")[:40] or "question"
    key, number = base, 2
    while key in taken or key in RESERVED_KEYS:
        key = f"{base}_{number}"
        number += 1
    return key


def duplicate_name(name: str, taken: Sequence[str]) -> str:
    """A name for a copy of preset ``name`` that no preset in ``taken`` has."""
    candidate, number = f"{name} (copy)", 2
    while candidate in taken:
        candidate = f"{name} (copy {number})"
        number += 1
    return candidate


def preset_problems(preset: EventPreset) -> list[str]:
    """What keeps ``preset`` from being saved, in words for the user (empty: fine)."""
    problems: list[str] = []
    name = preset.name.strip()
    if not name:
        problems.append(_NEEDS_NAME)
    elif len(name) > MAX_NAME_CHARS:
        problems.append(_NAME_TOO_LONG.format(limit=MAX_NAME_CHARS))
    for key in SOURCE_KEYS:
        limit = FIELD_BY_KEY[key].max_chars
        if len(getattr(preset, key)) > limit:
            problems.append(_VALUE_TOO_LONG.format(label=FIELD_BY_KEY[key].label, limit=limit))
    seen: set[str] = set()
    for number, question in enumerate(preset.questions, start=1):
        if not question.label.strip():
            problems.append(_QUESTION_WITHOUT_TEXT.format(number=number))
        key = question.key.strip()
        if not key:
            problems.append(_QUESTION_WITHOUT_KEY.format(number=number))
        elif key in RESERVED_KEYS:
            problems.append(_KEY_RESERVED.format(number=number, key=key))
        elif key in seen:
            problems.append(_KEY_TAKEN.format(number=number, key=key))
        seen.add(key)
        if question.kind is QuestionKind.CHOICE and not [o for o in question.options if o.strip()]:
            problems.append(_CHOICE_WITHOUT_OPTIONS.format(number=number))
    if not preset.visitor_fields:
        problems.append(_NO_VISITOR_FIELDS)
    unknown = [key for key in preset.visitor_fields if key not in VISITOR_FIELD_CHOICES]
    if unknown:
        problems.append(_UNKNOWN_VISITOR_FIELDS.format(keys=", ".join(unknown)))
    if preset.consent is not None:
        problems.extend(consent_problems(preset.consent))
    return problems


def library_problems(presets: Sequence[EventPreset]) -> list[str]:
    """Problems with each preset, plus names used twice."""
    problems: list[str] = []
    names: set[str] = set()
    for preset in presets:
        label = preset.name.strip() or _UNNAMED
        problems.extend(
            _PROBLEM_OF.format(preset=label, problem=problem) for problem in preset_problems(preset)
        )
        folded = preset.name.strip().casefold()
        if folded and folded in names:
            problems.append(_NAME_TWICE.format(name=preset.name.strip()))
        names.add(folded)
    return problems


def answer_value(question: Question, raw: object) -> str | int | bool | None:
    """What an answer is sent as in ``custom``; None means "not answered" (left out).

    Text is trimmed, a rating must be 1–5, a choice must be one of the options.
    Anything else reads as no answer, so a stale or odd value is never sent.
    """
    if raw is None:
        return None
    match question.kind:
        case QuestionKind.YES_NO:
            return raw if isinstance(raw, bool) else None
        case QuestionKind.RATING:
            if isinstance(raw, bool) or not isinstance(raw, int | str):
                return None
            try:
                number = int(raw)
            except ValueError:
                return None
            return number if number in RATING_VALUES else None
        case QuestionKind.CHOICE:
            text = raw.strip() if isinstance(raw, str) else ""
            return text if text and text in (o.strip() for o in question.options) else None
        case _:
            text = raw.strip() if isinstance(raw, str) else ""
            return text[:MAX_TEXT_ANSWER_CHARS] or None


def answers_for_custom(
    questions: Sequence[Question], raw_answers: Mapping[str, object]
) -> dict[str, object]:
    """The answered questions as ``{key: value}``, in question order; empty answers left out."""
    answers: dict[str, object] = {}
    for question in questions:
        value = answer_value(question, raw_answers.get(question.key))
        if value is not None:
            answers[question.key] = value
    return answers


def with_note_prefix(note: str, prefix: str) -> str:
    """``note`` with the preset's ``prefix`` in front, unless the note already starts with it.

    An empty note becomes the prefix alone: the note is what salespeople read
    first in Octanist, so even a lead taken with no remark says where it came from.
    """
    marker = prefix.strip()
    if not marker:
        return note
    body = note.strip()
    if body.startswith(marker):
        return note
    if not body:
        return marker
    return f"{marker} {body}"


@dataclass(frozen=True, slots=True)
class PresetLibrary:
    """Every saved preset and which one is active (None: no event)."""

    presets: tuple[EventPreset, ...] = ()
    active_name: str | None = None

    def names(self) -> list[str]:
        """The presets' names, in saved order."""
        return [preset.name for preset in self.presets]

    def find(self, name: str | None) -> EventPreset | None:
        """The preset called ``name``, if there is one."""
        return next((p for p in self.presets if name is not None and p.name == name), None)

    def active(self) -> EventPreset | None:
        """The active preset; None when none is chosen or it no longer exists."""
        return self.find(self.active_name)

    def with_active(self, name: str | None) -> PresetLibrary:
        """The same presets with ``name`` active (None, or an unknown name: no event)."""
        return replace(self, active_name=name if self.find(name) is not None else None)


# -- JSON shape -------------------------------------------------------------------

LIBRARY_VERSION = 1


def library_to_json(library: PresetLibrary) -> dict[str, object]:
    """The whole library as the presets file holds it."""
    return {
        "version": LIBRARY_VERSION,
        "active": library.active_name,
        "presets": [preset_to_json(preset) for preset in library.presets],
    }


def library_from_json(data: dict[str, object]) -> tuple[PresetLibrary, list[str]]:
    """Read the presets file's object, skipping presets that can't be read.

    Returns the library and one sentence per skipped preset. Raises
    ``PresetFormatError`` when the object isn't a presets file at all.
    """
    raw_presets = data.get("presets")
    if not isinstance(raw_presets, list):
        raise PresetFormatError("there is no list of presets")
    presets: list[EventPreset] = []
    skipped: list[str] = []
    for number, item in enumerate(raw_presets, start=1):
        try:
            preset = preset_from_json(item)
        except PresetFormatError as exc:
            skipped.append(
                QT_TRANSLATE_NOOP("PresetFiles", "Preset {number} was skipped: {reason}.").format(
                    number=number, reason=str(exc)
                )
            )
            continue
        if preset.name in (p.name for p in presets):
            skipped.append(
                QT_TRANSLATE_NOOP(
                    "PresetFiles", "Preset {number} was skipped: “{name}” is there twice."
                ).format(number=number, name=preset.name)
            )
            continue
        presets.append(preset)
    active = data.get("active")
    library = PresetLibrary(tuple(presets)).with_active(active if isinstance(active, str) else None)
    return library, skipped


def preset_to_json(preset: EventPreset) -> dict[str, object]:
    """The preset as a JSON-ready dict (the file format ``preset_from_json`` reads)."""
    data: dict[str, object] = {"name": preset.name}
    for key in (*SOURCE_KEYS, "note_prefix"):
        data[key] = getattr(preset, key)
    data["questions"] = [question_to_json(q) for q in preset.questions]
    data["visitor_fields"] = list(preset.visitor_fields)
    data["consent"] = preset.consent.to_json() if preset.consent is not None else None
    return data


def preset_from_json(data: object) -> EventPreset:
    """Read one preset written by ``preset_to_json``; raises ``PresetFormatError`` if it isn't."""
    if not isinstance(data, dict):
        raise PresetFormatError(QT_TRANSLATE_NOOP("PresetFiles", "a preset is not a JSON object"))
    name = _string(data, "name")
    if not name.strip():
        raise PresetFormatError("a preset has no name")
    texts = {key: _string(data, key) for key in (*SOURCE_KEYS, "note_prefix")}
    raw_questions = data.get("questions", [])
    if not isinstance(raw_questions, list):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP("PresetFiles", "the questions of “{name}” are not a list").format(
                name=name
            )
        )
    questions = tuple(_question_from_json(item, name) for item in raw_questions)
    visitor_fields = data.get("visitor_fields", list(DEFAULT_VISITOR_FIELDS))
    if not isinstance(visitor_fields, list) or not all(isinstance(k, str) for k in visitor_fields):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP(
                "PresetFiles", "the visitor fields of “{name}” are not a list of names"
            ).format(name=name)
        )
    # Presets written before booth visitor mode have no consent: the default applies.
    raw_consent = data.get("consent")
    try:
        consent = None if raw_consent is None else ConsentText.from_json(raw_consent)
    except ConsentFormatError as exc:
        raise PresetFormatError(
            QT_TRANSLATE_NOOP(
                "PresetFiles", "the consent text of “{name}” can't be read: {reason}"
            ).format(name=name, reason=str(exc))
        ) from None
    return EventPreset(
        name,
        website=texts["website"],
        path=texts["path"],
        utm_source=texts["utm_source"],
        utm_medium=texts["utm_medium"],
        utm_campaign=texts["utm_campaign"],
        note_prefix=texts["note_prefix"],
        questions=questions,
        visitor_fields=tuple(k for k in visitor_fields if k in VISITOR_FIELD_CHOICES)
        or DEFAULT_VISITOR_FIELDS,
        consent=consent,
    )


def question_to_json(question: Question) -> dict[str, object]:
    """One question as the presets file (and a waiting booth lead) keeps it."""
    return {
        "key": question.key,
        "label": question.label,
        "kind": question.kind.value,
        "options": list(question.options),
        "staff_only": question.staff_only,
    }


def question_from_json(data: object) -> Question:
    """Read what ``question_to_json`` wrote; raises ``PresetFormatError`` if it isn't that."""
    return _question_from_json(data, "")


def _question_from_json(data: object, preset: str) -> Question:
    if not isinstance(data, dict):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP("PresetFiles", "a question of “{name}” is not a JSON object").format(
                name=preset
            )
        )
    try:
        kind = QuestionKind(_string(data, "kind") or QuestionKind.TEXT.value)
    except ValueError:
        raise PresetFormatError(
            QT_TRANSLATE_NOOP("PresetFiles", "a question of “{name}” has an unknown kind").format(
                name=preset
            )
        ) from None
    options = data.get("options", [])
    if not isinstance(options, list) or not all(isinstance(o, str) for o in options):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP(
                "PresetFiles", "a question of “{name}” has options that are not text"
            ).format(name=preset)
        )
    staff_only = data.get("staff_only", False)
    if not isinstance(staff_only, bool):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP(
                "PresetFiles",
                "a question of “{name}” has a staff-only mark that isn't true/false",
            ).format(name=preset)
        )
    return Question(_string(data, "key"), _string(data, "label"), kind, tuple(options), staff_only)


def _string(data: dict[object, object], key: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise PresetFormatError(
            QT_TRANSLATE_NOOP("PresetFiles", "“{key}” is not text").format(key=key)
        )
    return value
