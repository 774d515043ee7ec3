"""Event presets: the rules in core, and the presets file on disk (real files, damaged ones too)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from octanist_desktop.core.presets import (
    EventPreset,
    PresetLibrary,
    Question,
    QuestionKind,
    answer_value,
    answers_for_custom,
    duplicate_name,
    library_problems,
    preset_problems,
    question_key,
    with_note_prefix,
)
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.store import LEGACY_FILES, SETTINGS_FILE, SettingsStore
from tests.settings_file import stored_section

EXPO = EventPreset(
    "Expo Amsterdam 2026",
    website="https://example.com",
    path="/expo",
    utm_source="expo-amsterdam",
    utm_medium="booth",
    utm_campaign="expo-2026",
    note_prefix="[Expo AMS]",
    questions=(
        Question("interest", "Interested in", QuestionKind.CHOICE, ("Software", "Hardware")),
        Question("budget", "Budget", QuestionKind.TEXT),
        Question("fit", "How good a fit?", QuestionKind.RATING),
        Question("demo", "Wants a demo?", QuestionKind.YES_NO),
    ),
)


# -- rules --------------------------------------------------------------------------


def test_source_values_are_the_non_empty_source_fields() -> None:
    assert EventPreset("X", utm_source=" expo ", path="").source_values() == {"utm_source": "expo"}
    assert EXPO.source_values()["website"] == "https://example.com"


@pytest.mark.parametrize(
    ("question", "raw", "sent"),
    [
        (EXPO.questions[0], "Software", "Software"),
        (EXPO.questions[0], "Boats", None),  # not one of the options
        (EXPO.questions[1], "  10k  ", "10k"),
        (EXPO.questions[1], "   ", None),
        (EXPO.questions[2], 4, 4),
        (EXPO.questions[2], "5", 5),
        (EXPO.questions[2], 6, None),
        (EXPO.questions[2], True, None),
        (EXPO.questions[3], False, False),
        (EXPO.questions[3], "yes", None),
        (EXPO.questions[3], None, None),
    ],
)
def test_answers_are_sent_as_their_kind_or_left_out(
    question: Question, raw: object, sent: object
) -> None:
    assert answer_value(question, raw) == sent


def test_answers_for_custom_leaves_unanswered_questions_out() -> None:
    raw = {"interest": None, "budget": "", "fit": 3, "demo": True, "stray": "x"}
    assert answers_for_custom(EXPO.questions, raw) == {"fit": 3, "demo": True}


@pytest.mark.parametrize(
    ("note", "sent"),
    [
        ("wants a quote", "[Expo AMS] wants a quote"),
        ("", "[Expo AMS]"),
        ("[Expo AMS] already there", "[Expo AMS] already there"),
        ("  [Expo AMS] typed with a space", "  [Expo AMS] typed with a space"),
    ],
)
def test_note_prefix_is_added_once(note: str, sent: str) -> None:
    assert with_note_prefix(note, "[Expo AMS] ") == sent
    assert with_note_prefix(note, "  ") == note


def test_question_keys_are_readable_unique_and_never_reserved() -> None:
    assert question_key("Budget (EUR)?") == "budget_eur"
    assert question_key("Budget", ["budget"]) == "budget_2"
    assert question_key("Event") == "event_2"  # "event" is the preset's name
    assert question_key("???") == "question"


def test_duplicate_names_count_up() -> None:
    assert duplicate_name("Expo", ["Expo"]) == "Expo (copy)"
    assert duplicate_name("Expo", ["Expo", "Expo (copy)"]) == "Expo (copy 2)"


def test_problems_name_what_to_fix() -> None:
    bad = EventPreset(
        " ",
        questions=(
            Question("event", "Which event?"),
            Question("a", "A", QuestionKind.CHOICE, ("  ",)),
            Question("a", ""),
        ),
    )
    problems = preset_problems(bad)
    assert "The preset needs a name." in problems
    assert any("used by the app itself" in p for p in problems)
    assert any("has no options" in p for p in problems)
    assert any("used by another question" in p for p in problems)
    assert any("has no text" in p for p in problems)
    assert preset_problems(EXPO) == []
    assert any(
        "Two presets" in p for p in library_problems([EXPO, EventPreset("expo amsterdam 2026")])
    )


def test_library_follows_the_active_name() -> None:
    library = PresetLibrary((EXPO,), "Expo Amsterdam 2026")
    assert library.active() == EXPO
    assert library.with_active("Gone").active() is None
    assert library.with_active(None).active_name is None


# -- the file ----------------------------------------------------------------------


# What an older version kept in a file of its own.
PRESETS_FILE = LEGACY_FILES["presets"]


def test_presets_round_trip_through_the_data_dir(data_dir: Path) -> None:
    store = PresetStore(SettingsStore(data_dir))
    assert store.load() == PresetLibrary()
    library = PresetLibrary((EXPO, EventPreset("Call day")), "Expo Amsterdam 2026")
    store.save(library)
    again = PresetStore(SettingsStore(data_dir))
    assert again.load() == library
    assert again.problem is None
    # Written whole and privately, with no temporary file left behind.
    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_FILE]
    if os.name == "posix":
        assert (data_dir / SETTINGS_FILE).stat().st_mode & 0o777 == 0o600
    saved = stored_section(data_dir, "presets")
    assert isinstance(saved, dict)
    assert saved["active"] == "Expo Amsterdam 2026"
    assert saved["presets"][0]["questions"][2] == {
        "key": "fit",
        "label": "How good a fit?",
        "kind": "rating",
        "options": [],
        "staff_only": False,
    }


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"presets": 5}', b"", b"\xff\xfe"],
    ids=["syntax", "array", "not-a-list", "empty", "not-utf8"],
)
def test_a_damaged_presets_file_is_kept_aside_and_reads_as_empty(
    data_dir: Path, content: bytes
) -> None:
    (data_dir / PRESETS_FILE).write_bytes(content)
    store = PresetStore(SettingsStore(data_dir))
    assert store.load() == PresetLibrary()
    assert store.problem is not None
    assert "could not be read" in store.problem
    # Moving into the settings file keeps the old file as it was.
    assert (data_dir / f"{PRESETS_FILE}.bak-v1").read_bytes() == content
    # Saving afterwards works and never touches the kept copy.
    store.save(PresetLibrary((EXPO,)))
    assert PresetStore(SettingsStore(data_dir)).load().names() == [EXPO.name]
    assert (data_dir / f"{PRESETS_FILE}.bak-v1").read_bytes() == content


def test_one_unreadable_preset_does_not_lose_the_others(data_dir: Path) -> None:
    good = {"name": "Good", "questions": [{"key": "q", "label": "Q?", "kind": "yes_no"}]}
    raw = {
        "active": "Good",
        "presets": [good, {"name": 5}, {"name": "Bad kind", "questions": [{"kind": "essay"}]}],
    }
    (data_dir / PRESETS_FILE).write_text(json.dumps(raw), encoding="utf-8")
    store = PresetStore(SettingsStore(data_dir))
    library = store.load()
    assert library.names() == ["Good"]
    assert library.active_name == "Good"
    assert library.presets[0].questions == (Question("q", "Q?", QuestionKind.YES_NO),)
    assert store.problem is not None
    assert "Preset 2 was skipped" in store.problem
    assert "Preset 3 was skipped" in store.problem
    assert (data_dir / f"{SETTINGS_FILE}.damaged").exists()


# -- booth visitor mode: what visitors are asked, and in which words --------------------


def test_visitor_fields_staff_only_questions_and_consent_round_trip(data_dir: Path) -> None:
    from octanist_desktop.core.consent import default_consent

    preset = EventPreset(
        "Beurs Utrecht",
        questions=(
            Question("interest", "What interests you?", QuestionKind.TEXT),
            Question("heat", "How hot is this lead?", QuestionKind.RATING, staff_only=True),
        ),
        visitor_fields=("name", "email", "note"),
        consent=default_consent("nl"),
    )
    assert [q.key for q in preset.visitor_questions()] == ["interest"]
    assert [q.key for q in preset.staff_questions()] == ["heat"]
    store = PresetStore(SettingsStore(data_dir))
    store.save(PresetLibrary((preset,)))
    assert PresetStore(SettingsStore(data_dir)).load().presets == (preset,)


def test_presets_from_before_visitor_mode_get_the_defaults() -> None:
    from octanist_desktop.core.presets import DEFAULT_VISITOR_FIELDS, preset_from_json

    old = {"name": "Old", "questions": [{"key": "q", "label": "Q?", "kind": "text", "options": []}]}
    preset = preset_from_json(old)
    assert preset.visitor_fields == DEFAULT_VISITOR_FIELDS
    assert preset.consent is None
    assert preset.questions[0].staff_only is False


def test_visitor_and_consent_problems_are_named() -> None:
    from octanist_desktop.core.consent import ConsentStatement, ConsentText

    bad = EventPreset(
        "X",
        visitor_fields=(),
        consent=ConsentText("", (ConsentStatement("Yes.", ()),)),
    )
    assert preset_problems(bad) == [
        "Visitors must be asked for at least one of their details.",
        "Consent sentence 1 doesn't say what it allows.",
    ]
    assert question_key("Consent") != "consent"
    assert question_key("Badge id") != "badge_id"
