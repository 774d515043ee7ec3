"""Every control on every screen has a name and a description a screen reader can say.

Read through Qt's own accessibility layer (``QAccessible.queryAccessibleInterface``),
so a buddy label, a button's text or a tooltip counts where Qt hands it on,
and a control left bare (an icon button, a list, a text box with only a
placeholder) fails.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinAttempts, PinHash
from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.deal import Stage
from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.store.database import open_database
from octanist_desktop.store.held_visitors import HeldVisitors
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.booth.badge_reader import BadgeReader
from octanist_desktop.ui.booth.event_settings_dialog import EventSettingsDialog
from octanist_desktop.ui.booth.pin_dialogs import PinPrompt, PinSetupDialog
from octanist_desktop.ui.booth.preset_dialog import PresetDialog
from octanist_desktop.ui.booth.staff_answers import StaffAnswersDialog
from octanist_desktop.ui.booth.staff_scans import ScanPrompt
from octanist_desktop.ui.booth.visitor_screen import VisitorScreen
from octanist_desktop.ui.booth.wedge_filter import WedgeRules
from octanist_desktop.ui.form.country_list import CountryList
from octanist_desktop.ui.history.outcome_dialog import OutcomeDialog
from octanist_desktop.ui.importing.dialog import ImportDialog
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.main_window import MainWindow
from octanist_desktop.ui.settings.dialog import SettingsDialog
from octanist_desktop.ui.shortcut_sheet import ShortcutSheet
from octanist_desktop.ui.startup_problem import ProblemKind, StartupProblem, problem_box
from tests.accessibility import accessible_text, controls, undescribed, unnamed
from tests.test_visitor_screen import CONTEXT

STAFF_ONLY = Question("heat", "How warm is this lead?", QuestionKind.RATING, staff_only=True)


def assert_named_and_described(root: QWidget) -> None:
    QApplication.processEvents()
    assert controls(root), "nothing found to check"
    assert unnamed(root) == []
    assert undescribed(root) == []


@pytest.fixture
def window(qtbot: QtBot, data_dir: Path) -> Iterator[MainWindow]:
    conn = open_database(data_dir)
    outbox = Outbox(conn)
    for name in ("Ada", "Bo"):
        outbox.enqueue({"name": name, "email": f"{name.lower()}@example.com"})
    main = MainWindow(outbox=outbox, history=History(conn))
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    conn.close()


def test_the_main_window_with_the_form_and_the_receipt(window: MainWindow) -> None:
    window.receipt.show_saved(1, "Ada")
    assert_named_and_described(window)
    # The checker sees the form's own controls, not only the window's frame.
    names = {accessible_text(w, QAccessible.Text.Name) for w in controls(window)}
    assert {"Name", "Email", "Edit", "Show in History", "Send lead"} <= names


def test_history_with_a_lead_s_card(window: MainWindow) -> None:
    window.show_lead_in_history(1)
    window.history_view.details.show_sent.setChecked(True)
    assert_named_and_described(window)


def test_the_region_question(window: MainWindow) -> None:
    prompt = window.region_prompt
    assert_named_and_described(prompt)


def _settings(_d: Path) -> QWidget:
    return SettingsDialog(ApiKeyStore(environ={}), lambda key: None, api_url="x", region="NL")  # type: ignore[arg-type,return-value]


def _presets(_d: Path) -> QWidget:
    question = Question("budget", "Budget?", QuestionKind.CHOICE, ("Small", "Large"))
    return PresetDialog(PresetLibrary((EventPreset("Expo", questions=(question,)),), "Expo"))


def _staff_answers(data_dir: Path) -> QWidget:
    held = HeldVisitors(open_database(data_dir))
    held.hold({"name": "Bo Bakker"}, CaptureRecord(), (STAFF_ONLY,))
    return StaffAnswersDialog(held)


def _scan_prompt(_d: Path) -> QWidget:
    parent = QWidget()
    return ScanPrompt(BadgeReader(parent), WedgeRules(), parent)


def _startup_problem(_d: Path) -> QWidget:
    box, fresh = problem_box(StartupProblem(ProblemKind.DAMAGED, Path("/tmp/x")))
    assert isinstance(fresh, QPushButton)
    return box


def _thank_you(_d: Path) -> QWidget:
    screen = VisitorScreen(CONTEXT)
    screen.show_thank_you()
    return screen


def _country_list(_d: Path) -> QWidget:
    countries = CountryList()
    countries.load("en")
    return countries


DIALOGS: dict[str, Callable[[Path], QWidget]] = {
    "settings": _settings,
    "presets and the consent editor": _presets,
    "event settings": lambda _d: EventSettingsDialog(EventSettings()),
    "pin setup": lambda _d: PinSetupDialog(),
    "pin prompt": lambda _d: PinPrompt(PinAttempts(PinHash.create("2468"))),
    "shortcut sheet": lambda _d: ShortcutSheet(),
    "outcome": lambda _d: OutcomeDialog("Ada", Stage.WON, currency="€"),
    "visitor screen": lambda _d: VisitorScreen(CONTEXT),
    "thank you": _thank_you,
    "staff answers": _staff_answers,
    "scan prompt": _scan_prompt,
    "start-up problem": _startup_problem,
    "phone country list": _country_list,
}


@pytest.mark.parametrize("name", list(DIALOGS))
def test_every_dialog(qtbot: QtBot, data_dir: Path, name: str) -> None:
    dialog = DIALOGS[name](data_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    if isinstance(dialog, PresetDialog):
        for tab in range(dialog.editor.count()):  # the consent editor is on the second page
            dialog.editor.setCurrentIndex(tab)
            assert_named_and_described(dialog)
    assert_named_and_described(dialog)
    if isinstance(dialog, QDialog):
        dialog.done(0)


def test_the_import_dialog(qtbot: QtBot, data_dir: Path, tmp_path: Path) -> None:
    source = tmp_path / "leads.csv"
    source.write_text("Name,Email\nAda,ada@example.com\n", encoding="utf-8")
    dialog = ImportDialog(source, stores=ImportStores.in_folder(data_dir), default_region="NL")
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=10_000):
        dialog.show()
    assert_named_and_described(dialog)
    dialog.done(0)


def test_an_unnamed_icon_button_is_caught(qtbot: QtBot) -> None:
    # The check itself: a bare icon button (no text, no name) must fail it.
    page = QWidget()
    qtbot.addWidget(page)
    bare = QPushButton(page)
    bare.setObjectName("bareIcon")
    named = QPushButton(page)
    named.setAccessibleName("Pin Name")
    assert unnamed(page) == ["QPushButton#bareIcon ''"]
    assert len(undescribed(page)) == 2
    named.setToolTip("Keep this value for the next lead")  # Qt hands a tooltip on as description
    assert len(undescribed(page)) == 1
