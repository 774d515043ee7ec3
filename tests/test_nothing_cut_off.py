"""Nothing cut off: every screen at 1280×720 in a language ~40 % longer than English.

Each test opens one screen as the user sees it, with the pseudo-translation
installed (``ui.pseudo_locale``: every string lengthened ~40 %, accented)
and in German and Dutch, and fails on every label, button or tab whose text
doesn't fit its widget, on widgets pushed out of their window, and on
windows that don't fit a 1280×720 screen (``tests.cut_off``).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint, QRect, QSize, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.app import AppConfig, DesktopSession
from octanist_desktop.core.booth_pin import PinAttempts, PinHash
from octanist_desktop.core.deal import Stage
from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.importing.row_reading import ImportEvent
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import ApiKeyStore, KeySource
from octanist_desktop.ui import language, startup_problem
from octanist_desktop.ui.booth.event_settings_dialog import EventSettingsDialog
from octanist_desktop.ui.booth.pin_dialogs import PinPrompt, PinSetupDialog
from octanist_desktop.ui.booth.preset_dialog import PresetDialog
from octanist_desktop.ui.form.lead_receipt import ReceiptState
from octanist_desktop.ui.history import dialogs
from octanist_desktop.ui.history.dialogs import ExportScope
from octanist_desktop.ui.history.outcome_dialog import OutcomeDialog
from octanist_desktop.ui.importing.dialog import ImportDialog
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.settings.dialog import SettingsDialog
from octanist_desktop.ui.shortcut_sheet import ShortcutSheet
from octanist_desktop.ui.startup_problem import ProblemKind, StartupProblem
from octanist_desktop.ui.window_placement import first_start_geometry
from tests.cut_off import SCREEN, WINDOW_ROOM, cut_off
from tests.event_session import SessionFactory, open_session

__all__ = ["open_session"]

#: A folder to save a picture of each window checked in (to look at what was measured).
SHOTS_ENV = "OCTANIST_CUT_OFF_SHOTS"
#: How long a window may take to settle into its final layout.
SETTLE_MS = 1000
#: Longest first: the pseudo-translation, then German, Dutch and English.
LANGUAGES = ["pseudo", "de", "nl", "en"]


@pytest.fixture(params=LANGUAGES)
def speak(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The app speaks this language for one test (on a C system); English comes back after.

    English is what the suite already speaks (``conftest.app_language``).
    """
    if request.param == "en":
        yield "en"
        return
    installed = language.install(request.param, qapp, system=QLocale.c())
    yield request.param
    language.uninstall(installed)


@pytest.fixture(params=["first-start", "maximised"])
def window_size(request: pytest.FixtureRequest) -> QSize:
    """The main window on a 1280×720 screen: as it first opens, or maximised."""
    if request.param == "maximised":
        return WINDOW_ROOM
    return first_start_geometry(QRect(QPoint(0, 0), SCREEN)).size()


def assert_nothing_cut_off(qtbot: QtBot, window: QWidget) -> None:
    """``window``, shown and laid out, cuts off no text and fits the screen.

    Checked until it holds or for up to a second: some parts are filled in
    after a turn or two of the event loop (the card's timeline, a scroll
    area taking its content's new height), and a layout squeezed for that
    moment is not what the user reads.
    """
    if not window.isVisible():
        window.show()
    qtbot.waitExposed(window)
    found: list[str] = []

    def fits() -> bool:
        found[:] = cut_off(window)
        return not found

    with contextlib.suppress(qtbot.TimeoutError):
        qtbot.waitUntil(fits, timeout=SETTLE_MS)
    shots = os.environ.get(SHOTS_ENV)
    if shots:  # to look at what the test measured
        name = os.environ.get("PYTEST_CURRENT_TEST", "window").split(" ")[0].split("::")[-1]
        window.grab().save(str(Path(shots) / f"{name}-{window.objectName()}.png"))
    assert not found, "\n".join(found)


def test_main_window_form(
    speak: str, window_size: QSize, qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    window.resize(window_size)
    assert_nothing_cut_off(qtbot, window)


def test_main_window_form_saying_what_is_wrong(
    speak: str, window_size: QSize, qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    window.resize(window_size)
    form = window.form
    form.set_values(
        {
            "name": "Marieke de Vries-van der Berg",
            "email": "marieke@",
            "phone": "06 1234 5678",
            "company": "Bakker Logistiek en Transport B.V.",
            "note": "Wants a route planning demo for the whole fleet before the summer.",
        }
    )
    assert not form.submit()  # refused: each problem is said next to its field
    assert_nothing_cut_off(qtbot, window)


def test_phone_country_list(speak: str, qtbot: QtBot, open_session: SessionFactory) -> None:
    session = open_session()
    window = session.window
    window.resize(first_start_geometry(QRect(QPoint(0, 0), SCREEN)).size())
    button = window.form.phone_country_button()
    button.open_list()  # type: ignore[attr-defined]
    popup = button.popup()  # type: ignore[attr-defined]
    assert popup is not None
    assert_nothing_cut_off(qtbot, popup)


def test_main_window_receipt_after_a_submit(
    speak: str, window_size: QSize, qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    window.resize(window_size)
    form = window.form
    form.set_values({"name": "Marieke de Vries-van der Berg", "email": "marieke@example.nl"})
    assert form.submit()
    qtbot.waitUntil(lambda: window.receipt.state() is ReceiptState.DELIVERED, timeout=10_000)
    assert_nothing_cut_off(qtbot, window)


# Leads as a booth day leaves them: long company names, a refused one, one still waiting.
BOOTH_DAY = [
    {
        "name": "Marieke de Vries-van der Berg",
        "email": "marieke.devries@bakker-logistiek.nl",
        "phone": "+31612345678",
        "note": "Wants a route planning demo for the whole fleet before the summer.",
        "custom": {
            "company": "Bakker Logistiek en Transport B.V.",
            "title": "Head of Operations Benelux",
            "event": "Vakbeurs Logistiek Utrecht 2026",
            "staff_member": "Jan Visser",
        },
    },
    {
        "name": "Sophie Müller",
        "email": "sophie.mueller@kraftwerk-gmbh.de",
        "phone": "+4915112345678",
    },
    {"name": "Bad address", "email": "noreply@"},
]


def test_history_with_rows_and_the_details_card(
    speak: str, window_size: QSize, qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    window.resize(window_size)
    ids = [window.save_lead({**lead, "ad_storage": True}) for lead in BOOTH_DAY]
    window.show_tab(1)
    window.show_lead_in_history(ids[0])
    qtbot.waitUntil(lambda: bool(window.history_view.details.isVisible()))
    assert_nothing_cut_off(qtbot, window)


def test_welcome_panel_on_first_run(
    speak: str, window_size: QSize, qtbot: QtBot, data_dir: Path, sandbox: SandboxServer
) -> None:
    session = DesktopSession(AppConfig(api_url=sandbox.url, data_dir=data_dir), ApiKeyStore())
    qtbot.addWidget(session.window)
    try:
        session.start()
        window = session.window
        window.resize(window_size)
        qtbot.waitUntil(lambda: window.welcome.isVisible())
        assert_nothing_cut_off(qtbot, window)
    finally:
        assert session.shutdown()


@pytest.mark.parametrize("source", list(KeySource))
def test_settings_in_every_key_state(
    speak: str, qtbot: QtBot, sandbox: SandboxServer, source: KeySource
) -> None:
    dialog = SettingsDialog(
        ApiKeyStore(environ={}),
        lambda key: OctanistClient(sandbox.url, key),
        api_url=sandbox.url,
        region="NL",
        current_key=None if source is KeySource.NONE else "a-key-0123456789",
        key_source=source,
    )
    qtbot.addWidget(dialog)
    assert_nothing_cut_off(qtbot, dialog)


def test_settings_after_a_refused_key_test(
    speak: str, qtbot: QtBot, sandbox: SandboxServer
) -> None:
    dialog = SettingsDialog(
        ApiKeyStore(environ={}),
        lambda key: OctanistClient(sandbox.url, key),
        api_url=sandbox.url,
        region="NL",
    )
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setText("not-the-sandbox-key")
    with qtbot.waitSignal(dialog._key_check.finished, timeout=10_000):
        dialog.test_button.click()
    assert_nothing_cut_off(qtbot, dialog)


# A lead-retrieval export as it comes: a title above the table, a placeholder, a footer.
MESSY_EXPORT = """ExpoScan Lead Retrieval Report;;;;;;
Event: Packaging Expo Amsterdam 2026;;;;;;
Badge ID;First Name;Last Name;Company;Email;Mobile;Notes
100234;Eva;Visser;Visser Verpakking;eva@visser.example;020 765 4321;Wants samples
100235;Klaus;Wagner;Wagner Logistik;k.wagner@wagner.example;0171 2345678;
100237;Lukas;Huber;Alpenholz GmbH;N/A;0612345678;Number from a Dutch list?
Total leads: 3;;;;;;
"""


def test_import_dialog_with_its_preview(speak: str, qtbot: QtBot, data_dir: Path) -> None:
    source = data_dir / "expo-leads.csv"
    source.write_text(MESSY_EXPORT, encoding="utf-8")
    dialog = ImportDialog(
        source,
        stores=ImportStores.in_folder(data_dir),
        default_region="NL",
        event=ImportEvent("Packaging Expo Amsterdam 2026", "Jan Visser"),
    )
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.previewReady, timeout=10_000):
        dialog.show()
    dialog.preview_view.selectRow(2)
    assert_nothing_cut_off(qtbot, dialog)  # as it opens
    dialog.resize(WINDOW_ROOM)
    assert_nothing_cut_off(qtbot, dialog)


@pytest.mark.parametrize("stage", [Stage.QUALIFIED, Stage.WON, Stage.LOST])
def test_outcome_dialog(speak: str, qtbot: QtBot, stage: Stage) -> None:
    dialog = OutcomeDialog("“Marieke de Vries-van der Berg”", stage, currency="€")
    qtbot.addWidget(dialog)
    assert_nothing_cut_off(qtbot, dialog)


def test_pin_setup(speak: str, qtbot: QtBot) -> None:
    dialog = PinSetupDialog()
    qtbot.addWidget(dialog)
    assert_nothing_cut_off(qtbot, dialog)


def test_pin_prompt_after_wrong_pins(speak: str, qtbot: QtBot) -> None:
    prompt = PinPrompt(PinAttempts(PinHash.create("2468")))
    qtbot.addWidget(prompt)
    prompt.show()
    qtbot.waitExposed(prompt)
    for _ in range(3):
        prompt.pin_edit.setText("0000")
        prompt.accept()
    assert_nothing_cut_off(qtbot, prompt)


#: An event as staff set it up: what visitors are asked, and one question for staff.
EXPO = EventPreset(
    "Expo Amsterdam 2026 — hall 3, stand B12",
    utm_source="expo-amsterdam",
    utm_medium="booth",
    note_prefix="[Expo AMS]",
    questions=(
        Question(
            "looking_for",
            "What brings you to our stand?",
            QuestionKind.CHOICE,
            ("Lead capture", "CRM integration", "Just looking"),
        ),
        Question("call_back", "Shall we call you next week?", QuestionKind.YES_NO),
        Question("temperature", "How warm is this lead?", QuestionKind.RATING, staff_only=True),
    ),
)


def test_preset_dialog_and_consent_editor(speak: str, qtbot: QtBot) -> None:
    dialog = PresetDialog(PresetLibrary((EXPO,)))
    qtbot.addWidget(dialog)
    dialog.question_list.setCurrentRow(0)
    assert_nothing_cut_off(qtbot, dialog)
    dialog.editor.setCurrentIndex(1)  # what visitors are asked, and the consent wording
    assert_nothing_cut_off(qtbot, dialog)


def test_event_settings(speak: str, qtbot: QtBot) -> None:
    settings = EventSettings(staff_member="Jan Visser")
    settings.booth_pin = PinHash.create("2468")
    dialog = EventSettingsDialog(settings)
    qtbot.addWidget(dialog)
    # As openbox opened it at 1280x720: at its layout's minimum size, 58 px too
    # low for its wrapped notes at that width (the consent box over its note).
    dialog.resize(dialog.minimumSizeHint())
    assert_nothing_cut_off(qtbot, dialog)


def test_shortcut_sheet(speak: str, qtbot: QtBot) -> None:
    sheet = ShortcutSheet()
    qtbot.addWidget(sheet)
    assert_nothing_cut_off(qtbot, sheet)


def booth_session(data_dir: Path, open_session: SessionFactory) -> DesktopSession:
    """A session with an event preset and a booth PIN, as staff set them up."""
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EXPO,)))
    settings = EventSettings(staff_member="Jan Visser")
    settings.booth_pin = PinHash.create("2468")
    settings.booth_thank_you_seconds = 60  # stays up while it is checked
    settings.save(SettingsStore(data_dir))
    session = open_session()
    session.event_kit.choose_preset(EXPO.name)
    return session


def as_laptop_screen(qtbot: QtBot, window: QWidget) -> None:
    """Booth mode's full screen, as on a 1280×720 laptop (the offscreen screen is another size)."""
    window.showNormal()
    qtbot.wait(20)  # leaving full screen restores the old geometry on the next turn
    window.resize(SCREEN)
    qtbot.waitUntil(lambda: window.size() == SCREEN)


def test_booth_visitor_screen_and_thank_you(
    speak: str, qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    session = booth_session(data_dir, open_session)
    window = session.window
    booth = session.event_kit.booth
    booth.request_enter()
    as_laptop_screen(qtbot, window)
    screen = booth.screen
    screen.field("name").setText("Marieke de Vries-van der Berg")
    screen.field("email").setText("marieke@")
    screen.submit()  # refused: says what is wrong next to the field
    assert_nothing_cut_off(qtbot, screen)
    screen.field("email").setText("marieke@example.nl")
    screen.consent_rows()[0].box.setChecked(True)
    assert screen.submit()
    qtbot.waitUntil(screen.is_thanking)
    assert_nothing_cut_off(qtbot, screen)
    assert screen.is_thanking()  # what was checked was the thank-you
    booth.leave()


def test_staff_answers_for_held_visitors(
    speak: str, qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    session = booth_session(data_dir, open_session)
    window = session.window
    window.resize(WINDOW_ROOM)
    booth = session.event_kit.booth
    booth.request_enter()
    as_laptop_screen(qtbot, window)
    booth.screen.field("name").setText("Marieke de Vries-van der Berg")
    booth.screen.consent_rows()[0].box.setChecked(True)
    assert booth.screen.submit()
    booth.leave()
    window.resize(WINDOW_ROOM)
    session.event_kit.open_answers()
    dialog = session.event_kit.answers_dialog
    assert dialog is not None
    assert_nothing_cut_off(qtbot, dialog)


def answered_with_a_look(qtbot: QtBot, ask: Callable[[], object]) -> list[str]:
    """What ``ask()`` (a modal message box) cuts off, checked while it is up; then closed."""
    found: list[str] = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, look)
            return
        qtbot.waitExposed(box)
        qtbot.wait(50)
        found.extend(cut_off(box) or [])
        if not found and not box.isVisible():
            found.append("the message box was not shown")
        box.close()

    QTimer.singleShot(0, look)
    ask()
    return found


@pytest.mark.parametrize("kind", list(ProblemKind))
def test_start_up_problem_dialogs(
    speak: str, qtbot: QtBot, tmp_path: Path, kind: ProblemKind
) -> None:
    folder = tmp_path / "a data folder with a long name" / "Octanist Desktop"
    problem = StartupProblem(kind, folder, "database disk image is malformed", "2.4.0")
    assert not answered_with_a_look(qtbot, lambda: startup_problem.ask(problem))


def test_history_message_boxes(speak: str, qtbot: QtBot, open_session: SessionFactory) -> None:
    session = open_session()
    window = session.window
    window.resize(WINDOW_ROOM)
    ids = [window.save_lead({**lead, "ad_storage": True}) for lead in BOOTH_DAY]
    window.show_tab(1)
    window.show_lead_in_history(ids[0])
    view = window.history_view
    leads = view.selected_leads()
    choices = {ExportScope.ALL: 1204, ExportScope.SHOWN: 12, ExportScope.SELECTED: 1}
    assert not answered_with_a_look(qtbot, lambda: dialogs.ask_export_scope(view, choices))
    assert not answered_with_a_look(qtbot, lambda: dialogs.confirm_delete(view, leads))


def test_quitting_with_a_half_typed_lead(
    speak: str, qtbot: QtBot, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    window.form.set_values({"name": "Marieke de Vries-van der Berg"})
    drafts = window.drafts
    assert drafts is not None
    assert not answered_with_a_look(qtbot, lambda: drafts.ask_before_quitting(window))
