"""Event ▸ Export / Import presets in the running app: one laptop's kit onto another's."""

from __future__ import annotations

import json
from pathlib import Path

from pytestqt.qtbot import QtBot

from octanist_desktop.config import AppConfig
from octanist_desktop.core.consent import default_consent
from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.session import DesktopSession
from tests.event_session import FAST, SessionFactory, open_session, start_session

__all__ = ["open_session"]  # the fixture, imported for pytest

EXPO = EventPreset(
    "Expo Amsterdam 2026",
    utm_source="expo-amsterdam",
    note_prefix="[Expo AMS]",
    questions=(Question("interest", "Interested in", QuestionKind.CHOICE, ("A", "B")),),
    # The words visitors agree to travel with the preset.
    consent=default_consent("nl"),
)


def test_the_team_leads_kit_lands_on_another_laptop(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, open_session: SessionFactory
) -> None:
    expo = EXPO
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((expo,), expo.name))
    session = open_session()
    transfer = session.event_kit.transfer
    kit_file = tmp_path / "team"
    transfer.ask_export_path = lambda: kit_file
    messages: list[str] = []
    session.window.status_bar.messageChanged.connect(
        lambda text: messages.append(text) if text else None
    )

    written = transfer.export_presets()

    assert written == tmp_path / "team.octanist-presets.json"
    assert json.loads(written.read_text(encoding="utf-8"))["presets"][0]["name"] == expo.name
    assert f"Exported 1 preset to {written}" in messages[-1]
    assert session.shutdown()

    # Another laptop: a preset of its own, and an older copy of the Expo one.
    other = data_dir.parent / "other-laptop"
    older = EventPreset("expo amsterdam 2026", utm_source="old")
    PresetStore(SettingsStore(other)).save(PresetLibrary((EventPreset("Local"), older)))
    laptop = DesktopSession(
        AppConfig(api_url=session.api_url, data_dir=other), ApiKeyStore(), backoff=FAST
    )
    qtbot.addWidget(laptop.window)
    try:
        start_session(qtbot, laptop)
        laptop.event_kit.transfer.ask_import_path = lambda: written
        assert laptop.event_kit.transfer.import_presets()
        names = laptop.event_kit.library.names()
        assert names == ["Local", expo.name]
        assert laptop.event_kit.library.find(expo.name) == expo
        # Stored for the next start too.
        assert PresetStore(SettingsStore(other)).load().names() == names
        menu = [a.text() for a in laptop.event_kit.active_menu.actions()]
        assert expo.name in menu
    finally:
        assert laptop.shutdown()


def test_a_file_that_is_not_a_kit_is_refused_in_words(
    tmp_path: Path, open_session: SessionFactory
) -> None:
    session = open_session()
    transfer = session.event_kit.transfer
    stray = tmp_path / "notes.json"
    stray.write_text('{"todo": ["buy coffee"]}', encoding="utf-8")
    transfer.ask_import_path = lambda: stray
    messages: list[str] = []
    session.window.status_bar.messageChanged.connect(messages.append)

    assert not transfer.import_presets()

    assert "not an event presets file" in messages[-1]
    assert session.event_kit.library == PresetLibrary()


def test_nothing_to_export_says_where_presets_are_made(open_session: SessionFactory) -> None:
    session = open_session()
    transfer = session.event_kit.transfer
    transfer.ask_export_path = lambda: None  # never asked
    messages: list[str] = []
    session.window.status_bar.messageChanged.connect(messages.append)
    assert transfer.export_presets() is None
    assert "Event ▸ Presets" in messages[-1]


def test_the_event_menu_s_items_export_and_import_the_first_time_they_are_used(
    data_dir: Path, tmp_path: Path, open_session: SessionFactory
) -> None:
    # The code behind the two items is made on first use: the items still do it all.
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EXPO,), EXPO.name))
    session = open_session()
    kit = session.event_kit
    menu = {action.objectName(): action for action in kit.menu.actions()}
    assert list(menu)[1:3] == ["exportPresetsAction", "importPresetsAction"]
    assert menu["importPresetsAction"].text() == "I&mport presets…"
    kit_file = tmp_path / "team.octanist-presets.json"
    kit.transfer.ask_export_path = lambda: kit_file
    kit.transfer.ask_import_path = lambda: kit_file

    menu["exportPresetsAction"].trigger()
    assert json.loads(kit_file.read_text(encoding="utf-8"))["presets"][0]["name"] == EXPO.name

    kit.set_library(PresetLibrary())
    menu["importPresetsAction"].trigger()
    assert kit.library.names() == [EXPO.name]
