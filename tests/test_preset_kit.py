"""core.preset_kit: a booth team's presets in one file, and how importing merges them."""

from __future__ import annotations

import json

import pytest

from octanist_desktop.core.preset_kit import KIT_FORMAT, import_kit, kit_from_json, kit_to_json
from octanist_desktop.core.presets import (
    EventPreset,
    PresetFormatError,
    PresetLibrary,
    Question,
    QuestionKind,
)

EXPO = EventPreset(
    "Expo Amsterdam",
    utm_source="expo",
    note_prefix="[Expo]",
    questions=(Question("budget", "Budget?", QuestionKind.CHOICE, ("<10k", "10k+")),),
)
FAIR = EventPreset("Job fair", utm_campaign="jobs")


def test_a_kit_survives_the_trip_through_a_file() -> None:
    text = json.dumps(kit_to_json([EXPO, FAIR]))
    presets, skipped = kit_from_json(json.loads(text))
    assert presets == [EXPO, FAIR]
    assert skipped == []


@pytest.mark.parametrize(
    ("data", "says"),
    [
        ({"presets": []}, "not an event presets file"),
        ([1, 2], "not an event presets file"),
        ({"format": KIT_FORMAT, "version": 99, "presets": []}, "newer Octanist Desktop"),
        ({"format": KIT_FORMAT, "version": 1, "presets": {}}, "no list"),
    ],
)
def test_other_files_are_refused_in_words(data: object, says: str) -> None:
    with pytest.raises(PresetFormatError, match=says):
        kit_from_json(data)


def test_unreadable_or_unusable_presets_are_skipped_with_a_reason() -> None:
    data = kit_to_json([EXPO])
    presets = data["presets"]
    assert isinstance(presets, list)
    presets.append({"name": 3})
    presets.append({"name": "Bad", "questions": [{"key": "event", "label": "Which?"}]})
    presets.append({"name": "expo amsterdam"})

    found, skipped = kit_from_json(data)

    assert found == [EXPO]
    assert len(skipped) == 3
    assert "used by the app itself" in skipped[1]
    assert "twice" in skipped[2]


def test_importing_adds_new_updates_same_named_and_never_deletes() -> None:
    mine = EventPreset("Local only")
    old_expo = EventPreset("EXPO Amsterdam", utm_source="old")
    library = PresetLibrary((mine, old_expo, FAIR), active_name="EXPO Amsterdam")
    new_one = EventPreset("Roadshow")

    result = import_kit(library, [EXPO, FAIR, new_one], ["x was skipped"])

    assert result.library.presets == (mine, EXPO, FAIR, new_one)
    assert result.added == ("Roadshow",)
    assert result.updated == ("Expo Amsterdam",)
    assert result.unchanged == ("Job fair",)
    assert result.skipped == ("x was skipped",)
    assert result.library.active_name == "Expo Amsterdam"  # still the event of the day
