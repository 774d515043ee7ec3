"""A keyboard-wedge badge scanner at work in the running app, with real key timing.

The scanner (tests/wedge_scanner.py) types each code a few milliseconds per
key, ending with Enter, into whatever field has the cursor — as a rented
USB scanner does. Every code format, a repeat scan, Caps Lock, a partial
read, an id-only badge, a badge already in the history, the Scan badge
prompt for scanners without Enter, and a visitor scanning at the booth.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinHash
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.session import DesktopSession
from octanist_desktop.store.history import HistoryQuery
from tests.event_session import CTRL, SessionFactory, focused, open_session, press
from tests.wedge_scanner import scan, type_slowly

__all__ = ["open_session"]  # the fixture, imported for pytest

# Wider than a real scanner needs, so a busy test machine can't split a scan.
GAP_MS = 200

VCARD_21 = (
    "BEGIN:VCARD\nVERSION:2.1\nN:Jansen;Jan\nFN:Jan Jansen\nORG:Jansen BV\n"
    "TEL;CELL:+31612345678\nEMAIL;INTERNET:jan@jansen.nl\nEND:VCARD"
)
VCARD_30 = "BEGIN:VCARD\nVERSION:3.0\nFN:Zoe Zwart\nEMAIL;TYPE=INTERNET:zoe@example.nl\nEND:VCARD"
VCARD_40 = (
    "BEGIN:VCARD\nVERSION:4.0\nFN:Ann Lee\nTEL;VALUE=uri;TYPE=cell:tel:+442079460958\nEND:VCARD"
)
MECARD = "MECARD:N:Smith,Ann;TEL:+31201234567;EMAIL:ann@example.com;ORG:Acme;;"
BIZCARD = "BIZCARD:N:Ben;X:Okafor;T:CTO;C:Okafor Ltd;E:ben@okafor.ng;;"
LINK = "https://reg.example.com/b?attendee_id=EXPO-7731&name=Bo+Bakker&email=bo%40example.nl"


@pytest.fixture
def session(data_dir: Path, open_session: SessionFactory) -> DesktopSession:
    settings = EventSettings(scanner_gap_ms=GAP_MS)
    settings.booth_pin = PinHash.create("1357-booth")
    settings.save(SettingsStore(data_dir))
    return open_session()


def settle(qtbot: QtBot) -> None:
    """Let the silence that ends a scan pass."""
    qtbot.wait(GAP_MS * 3)


def message(session: DesktopSession) -> str:
    return session.window.statusBar().currentMessage()


@pytest.mark.parametrize(
    ("code", "expected", "custom"),
    [
        (VCARD_21, {"name": "Jan Jansen", "email": "jan@jansen.nl"}, {"company": "Jansen BV"}),
        (VCARD_30, {"name": "Zoe Zwart", "email": "zoe@example.nl"}, None),
        (VCARD_40, {"name": "Ann Lee", "phone": "+442079460958"}, None),
        (MECARD, {"name": "Ann Smith", "email": "ann@example.com"}, {"company": "Acme"}),
        (BIZCARD, {"name": "Ben Okafor", "email": "ben@okafor.ng"}, {"title": "CTO"}),
        (LINK, {"name": "Bo Bakker", "email": "bo@example.nl"}, {"badge_id": "EXPO-7731"}),
    ],
    ids=["vcard-2.1", "vcard-3.0", "vcard-4.0", "mecard", "bizcard", "link"],
)
def test_each_code_format_fills_the_staff_form_from_any_field(
    qtbot: QtBot,
    session: DesktopSession,
    code: str,
    expected: dict[str, str],
    custom: dict[str, str] | None,
) -> None:
    form = session.window.form
    note = form.input_widget("note")
    note.setFocus()
    type_slowly("Met at", GAP_MS * 3)
    scan(code)
    settle(qtbot)
    values = form.values()
    for key, value in expected.items():
        assert values[key] == value, key
    assert values["note"] == "Met at", "the scan was taken out of the field it landed in"
    assert focused() is note
    if custom is not None:
        typed = str(values["custom"])
        for key, value in custom.items():
            # Company and job title have fields of their own in the form.
            if key in values:
                assert values[key] == value, key
            else:
                assert f'"{key}": "{value}"' in typed
    assert message(session).startswith("Filled the form from the badge of ")

    # Sent with Ctrl+Enter: the lead keeps the raw scan on this computer.
    press(qtbot, Qt.Key.Key_Return, CTRL)
    (lead_id,) = session.history.ids(HistoryQuery())
    record = session.history.capture(lead_id)
    assert record is not None
    assert record.raw_scan == code


def test_an_id_only_badge_makes_a_lead_to_reconcile_later(
    qtbot: QtBot, session: DesktopSession
) -> None:
    session.event_kit.choose_preset(None)
    scan("A-000731-XZ")
    settle(qtbot)
    form = session.window.form
    assert form.values()["name"] == ""
    assert '"badge_id": "A-000731-XZ"' in str(form.values()["custom"])
    assert message(session).startswith("Badge A-000731-XZ read")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    (lead_id,) = session.history.ids(HistoryQuery())
    lead = session.history.get(lead_id)
    assert lead is not None
    assert lead.payload["custom"] == {"badge_id": "A-000731-XZ"}
    record = session.history.capture(lead_id)
    assert record is not None
    assert record.badge_id == "A-000731-XZ"
    assert session.history.find_badge("A-000731-XZ")[0].id == lead_id

    # The same badge later (a second visit): the staff hear it is in the history.
    qtbot.wait(50)
    session.event_kit.scans.reader.forget_last()
    scan("A-000731-XZ")
    settle(qtbot)
    assert "already in the history: lead" in message(session)
    assert "Possible duplicate." in message(session)


def test_a_repeat_scan_is_ignored_with_a_note(qtbot: QtBot, session: DesktopSession) -> None:
    form = session.window.form
    scan(MECARD)
    settle(qtbot)
    form.input_widget("name").setFocus()
    form.set_values({"name": "Ann Smith-Jones"})  # staff corrected the name
    scan(MECARD)  # the scanner read the badge twice
    settle(qtbot)
    assert form.values()["name"] == "Ann Smith-Jones"
    assert message(session) == "Already scanned: this badge was read a moment ago."


def test_caps_lock_inverted_scans_are_read_as_printed(
    qtbot: QtBot, session: DesktopSession
) -> None:
    scan(MECARD, caps_lock=True)
    settle(qtbot)
    values = session.window.form.values()
    assert values["name"] == "Ann Smith"
    assert values["email"] == "ann@example.com"


def test_a_partial_read_changes_nothing_and_says_what_to_do(
    qtbot: QtBot, session: DesktopSession
) -> None:
    form = session.window.form
    type_slowly("Carla", GAP_MS * 3)
    scan("MECARD:N:Smith,Ann;EMAIL:ann@exa")  # the scanner lost the end
    settle(qtbot)
    assert form.values()["name"] == "Carla"
    assert form.values()["email"] == ""
    assert message(session).startswith("The badge was only partly read, so nothing was filled in.")


def test_the_scan_badge_prompt_takes_a_scanner_without_enter(
    qtbot: QtBot, session: DesktopSession
) -> None:
    kit = session.event_kit
    press(qtbot, Qt.Key.Key_B, CTRL)
    prompt = kit.scans.prompt
    assert prompt is not None
    qtbot.waitExposed(prompt)
    qtbot.waitUntil(lambda: focused() is prompt.code_edit)
    scan("EXPO-88812", enter=False)
    qtbot.waitUntil(lambda: kit.scans.prompt is None)
    assert '"badge_id": "EXPO-88812"' in str(session.window.form.values()["custom"])
    name = session.window.form.input_widget("name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)


def test_a_visitor_scans_their_badge_at_the_booth(qtbot: QtBot, session: DesktopSession) -> None:
    session.outbox.enqueue({"custom": {"badge_id": "EXPO-7731"}})  # scanned before
    booth = session.event_kit.booth
    session.event_kit.booth_action.trigger()
    qtbot.waitUntil(lambda: booth.active)
    screen = booth.screen
    scan(LINK)
    settle(qtbot)
    assert screen.field("name").text() == "Bo Bakker"
    assert screen.field("email").text() == "bo@example.nl"
    assert screen.banner() == "We read your badge. Please check your details below."
    assert "history" not in screen.banner()  # the duplicate hint is for staff only
    assert session.window.form.values()["name"] == "", "the staff form was not touched"
    screen.submit()
    lead_id = session.history.ids(HistoryQuery())[0]
    record = session.history.capture(lead_id)
    assert record is not None
    assert record.raw_scan == LINK
    assert record.badge_id == "EXPO-7731"
