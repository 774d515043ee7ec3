"""The settings store: one private file, sections apart, unknown keys kept, v1 files moved in."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from octanist_desktop.core.booth_pin import PinHash
from octanist_desktop.core.presets import EventPreset, PresetLibrary
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.import_mappings import ImportMappings
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.settings import AppSettings
from octanist_desktop.prefs.store import (
    LAYOUT_VERSION,
    LEGACY_FILES,
    SETTINGS_FILE,
    SettingsStore,
)
from octanist_desktop.prefs.window_layout import WindowLayouts


def on_disk(data_dir: Path) -> dict[str, object]:
    document = json.loads((data_dir / SETTINGS_FILE).read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def test_nothing_is_written_until_something_is_saved(data_dir: Path) -> None:
    store = SettingsStore(data_dir)
    assert AppSettings.load(store) == AppSettings()
    assert EventSettings.load(store) == EventSettings()
    assert PinnedValues(store).load() == {}
    assert list(data_dir.iterdir()) == []

    AppSettings(default_region="NL").save(store)

    assert sorted(p.name for p in data_dir.iterdir()) == [SETTINGS_FILE]
    if os.name == "posix":
        assert (data_dir / SETTINGS_FILE).stat().st_mode & 0o777 == 0o600
    assert on_disk(data_dir) == {"version": LAYOUT_VERSION, "app": {"default_region": "NL"}}


def test_each_owner_saves_its_own_section_and_leaves_the_others(data_dir: Path) -> None:
    # Separate handles, as the window, the booth kit and the settings dialog hold.
    AppSettings(default_region="BE").save(SettingsStore(data_dir))
    PinnedValues(SettingsStore(data_dir)).save({"utm_source": "expo"})
    EventSettings(staff_member="Anna").save(SettingsStore(data_dir))
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EventPreset("Expo"),), "Expo"))

    again = SettingsStore(data_dir)
    assert AppSettings.load(again).default_region == "BE"
    assert PinnedValues(again).load() == {"utm_source": "expo"}
    assert EventSettings.load(again).staff_member == "Anna"
    assert PresetStore(again).load().names() == ["Expo"]


def test_what_a_newer_version_wrote_is_kept(data_dir: Path) -> None:
    newer = {
        "version": LAYOUT_VERSION + 1,
        "app": {"default_region": "NL", "theme": "dark"},
        "event": {"staff_member": "Anna", "badge_printer": "Zebra"},
        "sync": {"every": 60},
    }
    (data_dir / SETTINGS_FILE).write_text(json.dumps(newer), encoding="utf-8")
    store = SettingsStore(data_dir)
    assert AppSettings.load(store).default_region == "NL"

    AppSettings(default_region="DE").save(store)
    EventSettings(staff_member="Bram").save(store)

    document = on_disk(data_dir)
    assert document["version"] == LAYOUT_VERSION + 1  # still the newer layout
    assert document["app"] == {"default_region": "DE", "theme": "dark"}
    event = document["event"]
    assert isinstance(event, dict)
    assert event["staff_member"] == "Bram"
    assert event["badge_printer"] == "Zebra"
    assert document["sync"] == {"every": 60}


def test_version_one_files_move_into_one_and_are_kept_as_they_were(data_dir: Path) -> None:
    pin = PinHash.create("2468")
    old = {
        SETTINGS_FILE: {"default_region": "BE", "from_a_plugin": True},
        LEGACY_FILES["event"]: {"staff_member": "Anna", "booth_pin": pin.to_json()},
        LEGACY_FILES["presets"]: {"active": "Expo", "presets": [{"name": "Expo"}]},
        LEGACY_FILES["pinned"]: {"utm_source": "expo"},
        LEGACY_FILES["window"]: {"version": 1, "last_screen": "s", "screens": {"s": {}}},
        LEGACY_FILES["import_mappings"]: {"version": 1, "mappings": {"name": [["field", "name"]]}},
    }
    for name, content in old.items():
        (data_dir / name).write_text(json.dumps(content), encoding="utf-8")
    before = {name: (data_dir / name).read_bytes() for name in old}

    store = SettingsStore(data_dir)
    assert AppSettings.load(store).default_region == "BE"
    event = EventSettings.load(store)
    assert event.staff_member == "Anna"
    assert event.booth_pin is not None
    assert event.booth_pin.matches("2468")
    assert PresetStore(store).load().active_name == "Expo"
    assert PinnedValues(store).load() == {"utm_source": "expo"}
    assert WindowLayouts(store).last_screen == "s"
    assert ImportMappings(store).recall(["Name"]) == [("field", "name")]

    document = on_disk(data_dir)
    assert document["version"] == LAYOUT_VERSION
    assert document["from_a_plugin"] is True  # an unknown key stays
    assert sorted(p.name for p in data_dir.iterdir()) == sorted(
        [SETTINGS_FILE] + [f"{name}.bak-v1" for name in old]
    )
    for name, content in before.items():
        assert (data_dir / f"{name}.bak-v1").read_bytes() == content
    # Once moved, always read from the one file.
    assert AppSettings.load(SettingsStore(data_dir)).default_region == "BE"


@pytest.mark.parametrize("content", [b"{oops", b"[]", b"", b"\xff\xfe"])
def test_a_damaged_settings_file_reads_as_defaults_and_is_kept_aside(
    data_dir: Path, content: bytes
) -> None:
    (data_dir / SETTINGS_FILE).write_bytes(content)
    store = SettingsStore(data_dir)
    assert AppSettings.load(store) == AppSettings()
    assert [damage.section for damage in store.problems("presets")] == [None]
    presets = PresetStore(store)
    presets.load()
    assert presets.problem is not None
    assert "could not be read" in presets.problem
    assert f"{SETTINGS_FILE}.damaged" in presets.problem

    AppSettings(default_region="NL").save(store)

    assert AppSettings.load(SettingsStore(data_dir)).default_region == "NL"
    assert (data_dir / f"{SETTINGS_FILE}.damaged").read_bytes() == content
    assert store.problems("presets") == []  # a healthy file again


def test_a_cleared_booth_pin_is_removed_from_disk(data_dir: Path) -> None:
    store = SettingsStore(data_dir)
    settings = EventSettings(staff_member="Anna")
    settings.booth_pin = PinHash.create("2468")
    settings.save(store)
    settings.booth_pin = None
    settings.save(store)
    event = on_disk(data_dir)["event"]
    assert isinstance(event, dict)
    assert "booth_pin" not in event
    assert EventSettings.load(store).booth_pin is None
