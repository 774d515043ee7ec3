"""No two controls in a window or dialog answer the same Alt+letter."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinAttempts, PinHash
from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.store.database import open_database
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.booth.event_settings_dialog import EventSettingsDialog
from octanist_desktop.ui.booth.pin_dialogs import PinPrompt, PinSetupDialog
from octanist_desktop.ui.booth.preset_dialog import PresetDialog
from octanist_desktop.ui.importing.dialog import ImportDialog
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.main_window import MainWindow
from octanist_desktop.ui.mnemonics import mnemonic_clashes, mnemonic_of
from octanist_desktop.ui.settings.dialog import SettingsDialog
from octanist_desktop.ui.shortcut_sheet import ShortcutSheet


def test_mnemonic_of_reads_qt_s_rule() -> None:
    assert mnemonic_of("Dup&licate") == "l"
    assert mnemonic_of("Salt && &Pepper") == "p"
    assert mnemonic_of("No mnemonic") is None
    assert mnemonic_of("Trailing &") is None


def _settings(data_dir: Path) -> QWidget:
    return SettingsDialog(ApiKeyStore(environ={}), lambda key: None, api_url="x", region="NL")  # type: ignore[arg-type,return-value]


def _preset(data_dir: Path) -> QWidget:
    question = Question("budget", "Budget?", QuestionKind.CHOICE, ("Small", "Large"))
    library = PresetLibrary((EventPreset("Expo", questions=(question,)),), "Expo")
    return PresetDialog(library)


DIALOGS: dict[str, Callable[[Path], QWidget]] = {
    "settings": _settings,
    "presets": _preset,
    "event settings": lambda _d: EventSettingsDialog(EventSettings()),
    "pin setup": lambda _d: PinSetupDialog(),
    "pin prompt": lambda _d: PinPrompt(PinAttempts(PinHash.create("2468"))),
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_no_dialog_has_a_mnemonic_clash(qtbot: QtBot, data_dir: Path, name: str) -> None:
    dialog = DIALOGS[name](data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    assert mnemonic_clashes(dialog) == {}


def test_the_import_dialog_and_the_shortcut_sheet_have_no_clash(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    source = tmp_path / "leads.csv"
    source.write_text("Name,Email\nAda,ada@example.com\n", encoding="utf-8")
    dialog = ImportDialog(source, stores=ImportStores.in_folder(data_dir), default_region="NL")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=10_000):
        dialog.show()
    assert mnemonic_clashes(dialog) == {}
    dialog.done(0)

    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    sheet.show()
    assert mnemonic_clashes(sheet) == {}


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    conn = open_database(data_dir)
    main = MainWindow(outbox=Outbox(conn), history=History(conn))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    conn.close()


def test_the_main_window_has_no_mnemonic_clash(qtbot: QtBot, window: MainWindow) -> None:
    window.receipt.show_saved(1, "Ada")  # its buttons count once shown
    QApplication.processEvents()
    assert mnemonic_clashes(window) == {}
    window.show_tab(1)
    QApplication.processEvents()
    assert mnemonic_clashes(window) == {}


def test_alt_s_in_the_preset_editor_saves_and_leaves_the_answer_type_alone(
    qtbot: QtBot, data_dir: Path
) -> None:
    dialog = _preset(data_dir)
    assert isinstance(dialog, PresetDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=2000)
    dialog.question_list.setCurrentRow(0)
    combo = dialog.question_kind_combo
    combo.setFocus()
    kind = combo.currentData()

    qtbot.keyClick(combo, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)

    # The button animates its click for a moment before the dialog closes.
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=2000)
    assert combo.currentData() == kind
    assert dialog.presets()[0].questions[0].kind is QuestionKind.CHOICE
