"""The badge scanner's settings: kept per computer, edited with the staff and booth settings."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.ui.booth.event_settings_dialog import EventSettingsDialog


def test_scanner_settings_are_edited_and_kept(qtbot: QtBot, data_dir: Path) -> None:
    dialog = EventSettingsDialog(EventSettings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.gap_spin.value() == 60
    dialog.gap_spin.setValue(45)
    qtbot.keyClicks(dialog.prefix_edit, "]Q1")
    qtbot.keyClicks(dialog.suffix_edit, "\\t")  # a scanner set to end with Tab
    dialog.accept()
    edited = dialog.result_settings()
    assert (edited.scanner_gap_ms, edited.scanner_prefix, edited.scanner_suffix) == (
        45,
        "]Q1",
        "\t",
    )
    edited.save(SettingsStore(data_dir))
    again = EventSettings.load(SettingsStore(data_dir))
    assert (again.scanner_gap_ms, again.scanner_prefix, again.scanner_suffix) == (45, "]Q1", "\t")
    shown = EventSettingsDialog(again)
    qtbot.addWidget(shown)
    assert shown.suffix_edit.text() == "\\t"


def test_odd_stored_scanner_settings_fall_back(data_dir: Path) -> None:
    store = SettingsStore(data_dir)
    store.update("event", {"scanner_gap_ms": -5, "scanner_prefix": 7, "scanner_suffix": "#" * 50})
    settings = EventSettings.load(SettingsStore(data_dir))
    assert settings.scanner_gap_ms == 10
    assert settings.scanner_prefix == ""
    assert settings.scanner_suffix == "#" * 10
