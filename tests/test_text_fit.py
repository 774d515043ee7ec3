"""Messages that appear in small dialogs are shown whole, not cut off at the bottom."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinAttempts, PinHash
from octanist_desktop.core.presets import EventPreset, PresetLibrary
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import ApiKeyStore, KeySource
from octanist_desktop.ui.booth.pin_dialogs import PinPrompt
from octanist_desktop.ui.booth.preset_dialog import PresetDialog
from octanist_desktop.ui.message_colours import error_colour
from octanist_desktop.ui.settings.dialog import SettingsDialog


def assert_shown_whole(label: QLabel, window: QWidget) -> None:
    assert label.isVisible()
    assert label.height() >= label.heightForWidth(label.width()), label.text()
    top_left = label.mapTo(window, label.rect().topLeft())
    assert window.rect().contains(QRect(top_left, label.size())), label.text()


def test_the_pin_prompt_grows_to_show_why_the_pin_was_refused(qtbot: QtBot) -> None:
    prompt = PinPrompt(PinAttempts(PinHash.create("2468")))
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)

    for _ in range(3):
        prompt.pin_edit.setText("0000")
        prompt.accept()
    QApplication.processEvents()

    assert "Too many wrong tries" in prompt.message.text()
    assert_shown_whole(prompt.message, prompt)


def test_long_preset_names_wrap_and_keep_a_tooltip(qtbot: QtBot) -> None:
    name = "Expo Amsterdam 2026 — hall 3, stand B12, with the partner booth next door"
    dialog = PresetDialog(PresetLibrary((EventPreset(name),), None))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    item = dialog.preset_list.item(0)
    assert dialog.preset_list.wordWrap()
    assert item.toolTip() == name
    rect = dialog.preset_list.visualItemRect(item)
    assert rect.height() > dialog.preset_list.fontMetrics().height() * 1.5  # wrapped, not cut


def test_the_key_test_answer_is_coloured_and_shown_whole(
    qtbot: QtBot, sandbox: SandboxServer
) -> None:
    dialog = SettingsDialog(
        ApiKeyStore(environ={}),
        lambda key: OctanistClient(sandbox.url, key),
        api_url=sandbox.url,
        region="NL",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.key_edit.setText("not-the-sandbox-key")

    with qtbot.waitSignal(dialog._key_check.finished, timeout=10_000):
        dialog.test_button.click()
    QApplication.processEvents()

    assert dialog.check_result.text().startswith("✖")
    assert error_colour(dialog.palette()) in dialog.check_result.styleSheet()
    assert_shown_whole(dialog.check_result, dialog)


def test_the_sandbox_note_in_settings_leaves_no_blank_lines_around_it(qtbot: QtBot) -> None:
    dialog = SettingsDialog(
        ApiKeyStore(environ={}),
        lambda key: OctanistClient("http://127.0.0.1:9/api", key),
        api_url="http://127.0.0.1:9/api",
        region="",
        current_key="sandbox-key",
        key_source=KeySource.SANDBOX,
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    QApplication.processEvents()

    note = dialog.source_note
    assert_shown_whole(note, dialog)
    # Sized for its own width: no room for more than one spare line.
    assert note.height() <= note.heightForWidth(note.width()) + note.fontMetrics().lineSpacing()
    assert dialog.region_combo.currentIndex() == -1
    assert "choose" in dialog.region_combo.placeholderText()
