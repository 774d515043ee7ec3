"""The Event menu in the running app: presets and staff settings, end to end to the sandbox."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.store import LEGACY_FILES, SettingsStore
from octanist_desktop.sandbox.server import SandboxServer
from tests.event_session import CTRL, SessionFactory, focused, open_session, press, type_keys
from tests.settings_file import stored_section

__all__ = ["open_session"]  # the fixture, imported for pytest

EXPO = EventPreset(
    "Expo Amsterdam 2026",
    utm_source="expo-amsterdam",
    note_prefix="[Expo AMS]",
    questions=(
        Question("interest", "Interested in", QuestionKind.CHOICE, ("Software", "Hardware")),
        Question("fit", "How good a fit?", QuestionKind.RATING),
        Question("demo", "Wants a demo?", QuestionKind.YES_NO),
    ),
)
FAIR = EventPreset("Fair Utrecht", utm_source="fair-utrecht")


def test_answers_typed_at_the_booth_reach_octanist_in_custom(
    qtbot: QtBot, data_dir: Path, sandbox: SandboxServer, open_session: SessionFactory
) -> None:
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EXPO,), EXPO.name))
    EventSettings(staff_member="Anna", capture_method="phone").save(SettingsStore(data_dir))
    session = open_session()
    form = session.window.form
    assert form.preset() == EXPO

    type_keys(qtbot, "Jane Doe")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "jane@example.com")
    # Phone, company and job title (issue 12), then the note; the phone's country is F4.
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "call back Monday")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "s")  # Software
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "5")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "n")  # No
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert focused() is form.input_widget("name")

    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    payload = sandbox.leads[0].payload
    assert payload["custom"] == {
        "event": "Expo Amsterdam 2026",
        "staff_member": "Anna",
        "capture_method": "phone",
        "interest": "Software",
        "fit": 5,
        "demo": False,
    }
    assert payload["note"] == "[Expo AMS] call back Monday"
    assert payload["name"] == "Jane Doe"


def test_choosing_a_preset_in_the_menu_applies_and_remembers_it(
    qtbot: QtBot, data_dir: Path, sandbox: SandboxServer, open_session: SessionFactory
) -> None:
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EXPO, FAIR)))
    session = open_session()
    kit = session.event_kit
    names = [a.text() for a in kit.active_menu.actions()]
    assert names == ["No preset", EXPO.name, FAIR.name]
    assert kit.active_menu.actions()[0].isChecked()

    kit.active_menu.actions()[2].trigger()
    form = session.window.form
    assert form.preset() == FAIR
    assert form.values()["utm_source"] == "fair-utrecht"
    assert form.is_pinned("utm_source")
    assert kit.active_menu.actions()[2].isChecked()
    saved = stored_section(data_dir, "presets")
    assert isinstance(saved, dict)
    assert saved["active"] == FAIR.name

    form.set_values({"name": "Piet"})
    assert form.submit()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    assert sandbox.leads[0].payload["utm_source"] == "fair-utrecht"
    assert sandbox.leads[0].payload["custom"] == {"event": "Fair Utrecht"}

    # The next start has the same event and Source values, without re-applying.
    session.shutdown()
    again = open_session()
    assert again.window.form.preset() == FAIR
    assert again.window.form.values()["utm_source"] == "fair-utrecht"


def test_staff_settings_and_capture_method_are_remembered(
    qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    session = open_session()
    kit = session.event_kit
    kit.settings_action.trigger()
    dialog = kit.settings_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    staff = dialog.findChild(QLineEdit, "staffMemberEdit")
    assert staff is not None
    staff.setFocus()
    qtbot.keyClicks(staff, "Bram")
    qtbot.keyClick(staff, Qt.Key.Key_Return)  # Enter saves
    assert kit.settings_dialog is None
    assert kit.settings.staff_member == "Bram"
    form = session.window.form
    assert form.lead_context().staff_member == "Bram"

    combo = form.findChild(type(dialog.capture_combo), "captureMethod")
    assert combo is not None
    qtbot.keyClicks(combo, "w")  # Walk-in
    saved = stored_section(data_dir, "event")
    assert isinstance(saved, dict)
    assert saved["staff_member"] == "Bram"
    assert saved["capture_method"] == "walk-in"
    assert "booth_pin" not in saved


def test_a_damaged_presets_file_is_reported_not_fatal(
    data_dir: Path, open_session: SessionFactory
) -> None:
    # An older version's presets file, damaged: its content can't move into the settings.
    (data_dir / LEGACY_FILES["presets"]).write_text("{nope", encoding="utf-8")
    session = open_session()
    assert session.window.form.preset() is None
    assert "could not be read" in session.window.statusBar().currentMessage()
