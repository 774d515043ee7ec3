"""Staff-only questions: never shown to a visitor, answered by staff afterwards behind the PIN.

The visitor's lead waits on disk (not sent: Octanist can't add custom data
later) until staff answer or send it as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinHash
from octanist_desktop.core.capture import CaptureRecord, capture_from_json, capture_to_json
from octanist_desktop.core.consent import ConsentRecord, EnteredBy, default_consent
from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.session import DesktopSession
from octanist_desktop.store.database import open_database
from octanist_desktop.store.held_visitors import HeldVisitors
from octanist_desktop.store.history import History, HistoryQuery
from octanist_desktop.store.outbox import Outbox
from tests.event_session import CTRL, SessionFactory, open_session, press, type_keys

__all__ = ["open_session"]  # the fixture, imported for pytest

PIN = "2580-staff"
HEAT = Question("heat", "How warm is this lead?", QuestionKind.RATING, staff_only=True)
EXPO = EventPreset(
    "Expo Amsterdam 2026",
    questions=(Question("interest", "What interests you?", QuestionKind.TEXT), HEAT),
)
WORDING = default_consent("en")
RECORD = CaptureRecord(
    ConsentRecord(
        WORDING, (True, False, False), 1_800_000_000.0, "stand-1", "Sam", EnteredBy.VISITOR
    ),
    badge_id="EXPO-1",
    raw_scan="EXPO-1",
)


@pytest.fixture
def conn(data_dir: Path) -> Iterator[sqlite3.Connection]:
    connection = open_database(data_dir)
    yield connection
    connection.close()


def test_a_capture_record_survives_json() -> None:
    assert capture_from_json(capture_to_json(RECORD)) == RECORD
    assert capture_from_json(capture_to_json(CaptureRecord())) == CaptureRecord()


def test_a_held_lead_waits_unsent_until_staff_answer(
    conn: sqlite3.Connection, data_dir: Path
) -> None:
    held, outbox, history = HeldVisitors(conn), Outbox(conn), History(conn)
    payload = {"name": "Bo Bakker", "custom": {"event": EXPO.name, "interest": "CRM"}}
    held_id = held.hold(payload, RECORD, (HEAT,))
    assert outbox.next_due() is None, "not sent while it waits"
    assert history.ids(HistoryQuery()) == []

    # It survives a restart.
    reopened = open_database(data_dir)
    try:
        (waiting,) = HeldVisitors(reopened).waiting()
    finally:
        reopened.close()
    assert waiting.who == "Bo Bakker"
    assert waiting.questions == (HEAT,)
    assert waiting.capture == RECORD

    lead_id = held.release(held_id, {"heat": 4})
    assert lead_id is not None
    assert held.count() == 0
    lead = outbox.next_due()
    assert lead is not None
    assert lead.id == lead_id
    assert lead.payload["custom"] == {"event": EXPO.name, "interest": "CRM", "heat": 4}
    assert history.capture(lead_id) == RECORD
    assert held.release(held_id, {}) is None, "released once only"


def test_a_held_lead_can_be_sent_as_it_is_or_deleted(conn: sqlite3.Connection) -> None:
    held, outbox = HeldVisitors(conn), Outbox(conn)
    first = held.hold({"name": "One"}, RECORD, (HEAT,))
    second = held.hold({"name": "Two"}, RECORD, (HEAT,))
    lead_id = held.release(first, {})
    lead = outbox.get(lead_id or 0)
    assert lead is not None
    assert "custom" not in lead.payload
    assert held.discard(second)
    assert held.count() == 0


@pytest.fixture
def expo_session(data_dir: Path, open_session: SessionFactory) -> DesktopSession:
    PresetStore(SettingsStore(data_dir)).save(PresetLibrary((EXPO,), EXPO.name))
    settings = EventSettings(booth_idle_seconds=600, booth_thank_you_seconds=0.2)
    settings.booth_pin = PinHash.create(PIN)
    settings.save(SettingsStore(data_dir))
    return open_session()


def test_staff_answer_after_the_visitor_and_only_then_is_it_sent(
    qtbot: QtBot, expo_session: DesktopSession, sandbox: SandboxServer
) -> None:
    kit = expo_session.event_kit
    kit.booth_action.trigger()
    booth = kit.booth
    qtbot.waitUntil(lambda: booth.active)
    screen = booth.screen
    assert screen.findChild(QWidget, "question_heat") is None  # staff only
    type_keys(qtbot, "Bo Bakker")
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert screen.is_thanking()
    assert expo_session.held.count() == 1
    qtbot.wait(300)
    assert sandbox.leads == [], "nothing goes out before staff answered"

    # Staff: Esc, the PIN — and the visitors waiting for answers are shown.
    press(qtbot, Qt.Key.Key_Escape)
    prompt = booth.prompt
    assert prompt is not None
    qtbot.keyClicks(prompt.pin_edit, PIN)
    qtbot.keyClick(prompt.pin_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kit.answers_dialog is not None)
    dialog = kit.answers_dialog
    assert dialog is not None
    assert [v.who for v in dialog.waiting()] == ["Bo Bakker"]
    heat = dialog.questions.input_widget("heat")
    assert isinstance(heat, QComboBox)
    heat.setCurrentIndex(heat.findData(4))
    qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    assert expo_session.held.count() == 0
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    custom = sandbox.leads[0].payload["custom"]
    assert isinstance(custom, dict)
    assert custom["heat"] == 4
    assert custom["event"] == EXPO.name
    assert "consent" in custom


def test_staff_can_send_all_as_they_are_or_delete_one(
    qtbot: QtBot, expo_session: DesktopSession, sandbox: SandboxServer
) -> None:
    held = expo_session.held
    held.hold({"name": "Keep Me"}, RECORD, (HEAT,))
    held.hold({"name": "Forget Me"}, RECORD, (HEAT,))
    kit = expo_session.event_kit
    kit.answers_action.trigger()
    dialog = kit.answers_dialog
    assert dialog is not None
    dialog.visitor_list.setCurrentRow(1)
    dialog.confirm_delete = lambda visitor: visitor.who == "Forget Me"
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert [v.who for v in dialog.waiting()] == ["Keep Me"]
    qtbot.mouseClick(dialog.send_all_button, Qt.MouseButton.LeftButton)
    assert held.count() == 0
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    assert sandbox.leads[0].payload["name"] == "Keep Me"
