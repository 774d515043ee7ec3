"""Booth mode in the running app: PIN on first entry, the visitor's screen, idle reset, leaving."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import DELAY_STEP_S, FREE_TRIES, PINS_DIFFER, PinHash
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.store import SETTINGS_FILE, SettingsStore
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.session import DesktopSession
from octanist_desktop.store.history import HistoryQuery
from octanist_desktop.ui.booth.booth_mode import CLOSE_REFUSED, UNSENT_LEAD
from octanist_desktop.ui.booth.pin_dialogs import WRONG_PIN
from octanist_desktop.ui.main_window import HISTORY_TAB
from tests.event_session import (
    CTRL,
    SessionFactory,
    all_bytes_in,
    focused,
    open_session,
    press,
    type_keys,
)

__all__ = ["open_session"]  # the fixture, imported for pytest

PIN = "7391-kiosk"
CONSENT = "Tick what you agree to. You can withdraw at any time."


class FakeClock:
    def __init__(self) -> None:
        self.now = 50.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def booth_session(data_dir: Path, open_session: SessionFactory) -> DesktopSession:
    """A session whose booth PIN is already set, with a short idle time and thank-you."""
    settings = EventSettings(
        booth_idle_seconds=0.4, booth_thank_you_seconds=0.2, booth_consent_text=CONSENT
    )
    settings.booth_pin = PinHash.create(PIN)
    settings.save(SettingsStore(data_dir))
    return open_session()


def enter_booth(qtbot: QtBot, session: DesktopSession) -> None:
    session.event_kit.booth_action.trigger()
    qtbot.waitUntil(lambda: session.window.isFullScreen())
    assert session.event_kit.booth.active


def type_pin(qtbot: QtBot, session: DesktopSession, pin: str) -> None:
    """Esc, then the PIN and Enter in the prompt."""
    booth = session.event_kit.booth
    if booth.prompt is None:
        press(qtbot, Qt.Key.Key_Escape)
    prompt = booth.prompt
    assert prompt is not None
    qtbot.waitExposed(prompt)
    qtbot.keyClicks(prompt.pin_edit, pin)
    qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)


def test_first_entry_sets_a_pin_that_is_stored_only_hashed(
    qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    session = open_session()
    kit = session.event_kit
    kit.booth_action.trigger()
    dialog = kit.booth.setup_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.first, PIN)
    qtbot.keyClicks(dialog.second, PIN + "x")
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)
    assert dialog.message.text() == PINS_DIFFER
    assert not kit.booth.active
    assert dialog.second.text() == ""  # cleared for another go; the first PIN stays
    dialog.second.setFocus()
    qtbot.keyClicks(dialog.second, PIN)
    qtbot.keyClick(dialog.second, Qt.Key.Key_Return)

    qtbot.waitUntil(lambda: kit.booth.active)
    assert session.window.isFullScreen()
    assert kit.settings.booth_pin is not None
    assert EventSettings.load(SettingsStore(data_dir)).booth_pin is not None
    assert (data_dir / SETTINGS_FILE).exists()
    everything = all_bytes_in(data_dir)
    assert PIN.encode() not in everything
    assert PIN.encode("utf-16-le") not in everything


def test_booth_mode_shows_visitors_their_screen_and_nothing_else(
    qtbot: QtBot, booth_session: DesktopSession
) -> None:
    window = booth_session.window
    kit = booth_session.event_kit
    enter_booth(qtbot, booth_session)
    screen = kit.booth.screen
    assert window.centralWidget() is screen
    assert screen.isVisible()
    assert not window.tabs.isVisible()
    assert not window.form.isVisible()
    assert not window.statusBar().isVisible()
    assert not window.history_view.isEnabled()
    assert not window.history_view.export_action.isEnabled()
    assert not window.menuBar().isVisible()
    for action in (kit.presets_action, kit.settings_action, kit.booth_action):
        assert not action.isEnabled()
    assert screen.staff_button.isVisible()
    # Shortcuts that would reach History or Settings do nothing.
    with qtbot.assert_not_emitted(window.settingsRequested):
        press(qtbot, Qt.Key.Key_Comma, CTRL)
    press(qtbot, Qt.Key.Key_2, CTRL)
    assert window.centralWidget() is screen
    # The visitor sees the booth's consent introduction above the plain sentences.
    intro = screen.findChild(QLabel, "consentIntro")
    assert intro is not None
    assert intro.isVisible()
    assert intro.text() == CONSENT
    assert focused() is screen.field("name")
    # Closing the window (Alt+F4, the window manager) is refused.
    assert not window.close()
    assert window.isVisible()
    assert window.statusBar().currentMessage() == CLOSE_REFUSED


def test_a_visitor_lead_is_sent_thanked_and_cleared(
    qtbot: QtBot, booth_session: DesktopSession, sandbox: SandboxServer
) -> None:
    booth = booth_session.event_kit.booth
    screen = booth.screen
    enter_booth(qtbot, booth_session)
    type_keys(qtbot, "Visitor One")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "one@example.com")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.is_thanking()
    assert screen.thank_you_title.isVisible()
    assert screen.thank_you_title.text() == "Thank you!"
    qtbot.waitUntil(lambda: not screen.is_thanking())
    assert screen.field("name").text() == ""
    assert focused() is screen.field("name")
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    custom = sandbox.leads[0].payload["custom"]
    assert isinstance(custom, dict)
    assert custom["capture_method"] == "booth"
    assert set(custom) == {"capture_method", "consent"}
    assert booth_session.window.form.values()["name"] == "", "the staff form was never used"


def test_an_idle_form_is_emptied_without_sending(
    qtbot: QtBot, booth_session: DesktopSession, sandbox: SandboxServer
) -> None:
    screen = booth_session.event_kit.booth.screen
    enter_booth(qtbot, booth_session)
    type_keys(qtbot, "Half typed")
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, "half@exa")
    screen.consent_rows()[0].box.setChecked(True)
    assert screen.field("name").text() == "Half typed"
    qtbot.waitUntil(lambda: screen.field("name").text() == "", timeout=3000)
    assert screen.field("email").text() == ""
    assert not screen.consent_rows()[0].is_ticked()
    assert focused() is screen.field("name")
    assert booth_session.event_kit.booth.active
    assert sandbox.requests_seen == 0
    assert sum(booth_session.outbox.counts().values()) == 0  # type: ignore[arg-type]


def test_wrong_pins_are_refused_then_slowed_and_the_right_one_leaves(
    qtbot: QtBot, booth_session: DesktopSession
) -> None:
    window = booth_session.window
    booth = booth_session.event_kit.booth
    clock = FakeClock()
    booth.clock = clock
    enter_booth(qtbot, booth_session)
    booth.idle_timer.setInterval(60_000)  # this test is about the PIN, not idleness

    qtbot.mouseClick(booth.screen.staff_button, Qt.MouseButton.LeftButton)  # or Esc
    assert booth.prompt is not None
    type_pin(qtbot, booth_session, "0000")
    prompt = booth.prompt
    assert prompt is not None
    assert prompt.message.text().startswith(WRONG_PIN)
    assert booth.active
    for _ in range(FREE_TRIES - 1):
        type_pin(qtbot, booth_session, "1111")
    assert "wait" in prompt.message.text()
    type_pin(qtbot, booth_session, PIN)  # right, but too soon
    assert booth.active
    assert "Too many wrong tries" in prompt.message.text()

    clock.now += DELAY_STEP_S
    type_pin(qtbot, booth_session, PIN)
    qtbot.waitUntil(lambda: not booth.active)
    assert not window.isFullScreen()
    assert window.tabs.isTabVisible(HISTORY_TAB)
    assert window.menuBar().isVisible()
    assert window.history_view.isEnabled()
    assert booth_session.event_kit.presets_action.isEnabled()
    assert window.centralWidget() is window.tabs
    assert window.statusBar().isVisible()
    assert not booth.screen.isVisible()
    assert window.form.capture_method() == ""
    assert focused() is window.form.input_widget("name")


def test_entering_refuses_to_drop_a_half_typed_lead(
    qtbot: QtBot, booth_session: DesktopSession
) -> None:
    type_keys(qtbot, "Staff draft")
    booth_session.event_kit.booth_action.trigger()
    assert not booth_session.event_kit.booth.active
    assert booth_session.window.statusBar().currentMessage() == UNSENT_LEAD
    assert booth_session.window.form.values()["name"] == "Staff draft"


def test_a_visitor_is_never_told_about_other_visitors(
    qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    # Issue 10, item 8: the duplicate hint reads the history, so it is staff-only.
    settings = EventSettings(booth_idle_seconds=60)  # no idle reset hides the hint for us
    settings.booth_pin = PinHash.create(PIN)
    settings.save(SettingsStore(data_dir))
    booth_session = open_session()
    window = booth_session.window
    form = window.form
    form.set_values({"name": "Earlier Visitor", "email": "earlier@example.com"})
    assert form.submit()
    form.set_values({"email": "earlier@example.com"})
    qtbot.waitUntil(lambda: "Same email as Earlier Visitor" in form.duplicate_hint(), timeout=3000)
    form.clear_for_next_lead()

    enter_booth(qtbot, booth_session)
    screen = booth_session.event_kit.booth.screen
    screen.field("email").setFocus()
    type_keys(qtbot, "earlier@example.com")
    qtbot.wait(800)  # well past the staff form's lookup pause
    # The visitor's screen never looks in the history; the staff form is out of sight.
    shown = " ".join(
        label.text() for label in screen.findChildren(QLabel) if label.isVisibleTo(screen)
    )
    assert "duplicate" not in shown
    assert "Earlier" not in shown
    assert "Same email" not in shown
    assert screen.banner() == ""
    assert not form.isVisible()
    assert form.duplicate_hint() == ""


def test_consent_proof_travels_from_the_visitors_tick_to_octanist_and_the_export(
    qtbot: QtBot, booth_session: DesktopSession, sandbox: SandboxServer, tmp_path: Path
) -> None:
    import csv

    window = booth_session.window
    booth = booth_session.event_kit.booth
    booth.thank_you_timer.setInterval(60_000)
    enter_booth(qtbot, booth_session)
    booth.idle_timer.setInterval(60_000)
    screen = booth.screen
    wording = screen.context().consent
    type_keys(qtbot, "Vera Visser")
    qtbot.mouseClick(screen.consent_rows()[0].sentence, Qt.MouseButton.LeftButton)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.is_thanking()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)

    # Octanist gets the flags the ticked sentence grants, and the compact proof.
    payload = sandbox.leads[0].payload
    assert payload["ad_storage"] is True
    assert payload["ad_user_data"] is True
    assert payload.get("analytics_storage", False) is False
    custom = payload["custom"]
    assert isinstance(custom, dict)
    consent = custom["consent"]
    assert isinstance(consent, dict)
    assert consent["version"] == wording.version
    assert str(consent["at"]).endswith("Z")

    # This computer keeps the exact words, the ticks, when, where and who.
    (lead_id,) = booth_session.history.ids(HistoryQuery())
    record = booth_session.history.capture(lead_id)
    assert record is not None
    assert record.consent is not None
    assert record.consent.text == wording
    assert record.consent.ticked == (True, False, False)
    assert record.consent.entered_by.value == "visitor"

    # Staff leave booth mode; the export carries the proof.
    booth.leave()
    view = window.history_view
    path = tmp_path / "leads.csv"
    view.ask_save_path = lambda: path
    assert view.export_csv() == 1
    with path.open(encoding="utf-8-sig", newline="") as handle:
        (row,) = list(csv.DictReader(handle))
    assert row["consent_version"] == wording.version
    assert row["consent_ticked"] == wording.statements[0].text
    assert row["consent_text"].startswith(wording.intro)
    assert row["consent_entered_by"] == "visitor"


def test_a_lead_typed_by_staff_keeps_its_consent_ticks_as_staffs(
    qtbot: QtBot, booth_session: DesktopSession
) -> None:
    from PySide6.QtWidgets import QCheckBox

    form = booth_session.window.form
    type_keys(qtbot, "Phone Caller")
    box = form.input_widget("analytics_storage")
    assert isinstance(box, QCheckBox)
    box.setChecked(True)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    (lead_id,) = booth_session.history.ids(HistoryQuery())
    record = booth_session.history.capture(lead_id)
    assert record is not None
    assert record.consent is not None
    assert record.consent.entered_by.value == "staff"
    assert record.consent.ticked == (False, False, False, True)
    assert record.consent.text.statements[3].text.startswith("Analytics storage")
    # Octanist gets the same proof object as for a visitor, with the same time.
    lead = booth_session.history.get(lead_id)
    assert lead is not None
    custom = lead.payload["custom"]
    assert isinstance(custom, dict)
    assert custom["consent"] == record.consent.for_custom()


def test_a_staff_lead_without_consent_sends_no_proof_object(
    qtbot: QtBot, booth_session: DesktopSession
) -> None:
    type_keys(qtbot, "Caller Two")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    (lead_id,) = booth_session.history.ids(HistoryQuery())
    lead = booth_session.history.get(lead_id)
    assert lead is not None
    assert "custom" not in lead.payload
    record = booth_session.history.capture(lead_id)
    assert record is not None
    assert record.consent is not None
    assert record.consent.ticked == (False, False, False, False)
