"""After Ctrl+Enter the line under the form says what happened to the lead, and Edit works."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from octanist_desktop.config import AppConfig
from octanist_desktop.core.booth_pin import PinHash
from octanist_desktop.prefs.event_settings import EventSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.session import DesktopSession
from octanist_desktop.ui.form.lead_receipt import ReceiptState
from tests.event_session import CTRL, SessionFactory, focused, open_session, press, type_keys

__all__ = ["open_session"]  # the fixture, imported for pytest


def type_lead(qtbot: QtBot, name: str, email: str) -> None:
    type_keys(qtbot, name)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, email)
    press(qtbot, Qt.Key.Key_Return, CTRL)


def receipt_text(session: DesktopSession) -> str:
    receipt = session.window.receipt
    return receipt.text() if receipt.isVisible() else ""


def test_the_receipt_follows_the_lead_until_it_is_delivered(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    assert not session.window.receipt.isVisible()
    sandbox.set_delay(0.5)

    type_lead(qtbot, "Marieke de Vries", "marieke@example.com")

    assert receipt_text(session) == "✓ Marieke de Vries — saved, sending…"
    assert focused() is session.window.form.input_widget("name")  # ready for the next lead
    qtbot.waitUntil(lambda: receipt_text(session) == "✓ Marieke de Vries — delivered", timeout=5000)


def test_offline_says_queued_and_edit_takes_the_lead_back(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    window = session.window
    sandbox.go_offline()

    type_lead(qtbot, "Jan Jansen", "jan@example.com")
    qtbot.waitUntil(lambda: window.receipt.state() is ReceiptState.OFFLINE, timeout=5000)
    assert "queued: offline" in receipt_text(session)
    lead_id = window.receipt.lead_id()
    assert lead_id is not None

    def edit_takes_it_back() -> bool:
        # The sender probes the waiting lead every moment here (a fast backoff): if
        # Edit lands while it is on the wire, it says so, and the next try works.
        qtbot.mouseClick(window.receipt.edit_button, Qt.MouseButton.LeftButton)
        return window.receipt.state() is ReceiptState.TAKEN_BACK

    qtbot.waitUntil(edit_takes_it_back, timeout=5000)

    assert window.form.values()["name"] == "Jan Jansen"
    assert window.form.values()["email"] == "jan@example.com"
    assert window.receipt.state() is ReceiptState.TAKEN_BACK
    # With Edit and the link gone there is room: the sentence is shown whole, not elided.
    QApplication.processEvents()
    label = window.receipt.findChild(QLabel, "leadReceiptText")
    assert label is not None
    assert label.text() == window.receipt.text()
    assert window._outbox.get(lead_id) is None  # it will not go out as well
    assert focused() is window.form.input_widget("name")
    sandbox.go_online()
    press(qtbot, Qt.Key.Key_Return, CTRL)  # saved again, corrected or not
    assert window.receipt.lead_id() != lead_id
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=20_000)
    assert sandbox.leads[0].payload["name"] == "Jan Jansen"


def test_edit_after_delivery_explains_why_not(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    window = session.window
    type_lead(qtbot, "Piet Pieters", "piet@example.com")
    qtbot.waitUntil(lambda: window.receipt.state() is ReceiptState.DELIVERED, timeout=5000)

    window.receipt.edit_button.click()

    assert "Already delivered to Octanist" in receipt_text(session)
    assert not window.form.has_unsaved_input()
    assert len(sandbox.leads) == 1


def test_edit_never_overwrites_a_lead_being_typed(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    window = session.window
    sandbox.go_offline()
    type_lead(qtbot, "First Visitor", "first@example.com")
    type_keys(qtbot, "Second Visitor")

    window.receipt.edit_button.click()

    assert "Send or clear the lead you are typing first" in receipt_text(session)
    assert window.form.values()["name"] == "Second Visitor"
    lead_id = window.receipt.lead_id()
    assert lead_id is not None
    assert window._outbox.get(lead_id) is not None  # still on its way, not taken back


def test_a_refused_lead_says_why_and_points_to_history(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    window = session.window
    sandbox.set_reject_rule("email", "@competitor")

    type_lead(qtbot, "Spy", "spy@competitor.example")

    qtbot.waitUntil(lambda: window.receipt.state() is ReceiptState.REFUSED, timeout=5000)
    assert receipt_text(session).startswith("✖ Spy — refused: ")
    assert receipt_text(session).endswith(", see History")

    window.receipt.history_button.click()

    view = window.history_view
    assert window.tabs.currentIndex() == 1
    rows = view.selected_rows()
    assert len(rows) == 1
    lead = view.model.lead_at(rows[0])
    assert lead is not None
    assert lead.id == window.receipt.lead_id()


def test_the_status_bar_says_ready_until_something_is_sent(
    qtbot: QtBot, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    window = session.window
    assert window.connection_label.text() == "● Ready"  # not an eternal "Connecting…"
    sandbox.set_delay(0.5)

    type_lead(qtbot, "Ada", "ada@example.com")

    assert window.connection_label.text() == "● Sending…"
    qtbot.waitUntil(lambda: window.connection_label.text() == "● Online", timeout=5000)


def test_no_api_key_is_said_once(qtbot: QtBot, data_dir: Path, sandbox: SandboxServer) -> None:
    session = DesktopSession(AppConfig(api_url=sandbox.url, data_dir=data_dir), ApiKeyStore())
    qtbot.addWidget(session.window)
    try:
        session.start()
        qtbot.waitUntil(lambda: session.lead_sender is not None)
        bar = session.window.status_bar
        qtbot.waitUntil(lambda: "No API key" in bar.connection_label.text())
        shown = [label.text() for label in bar.findChildren(QLabel) if label.isVisible()]
        assert sum("No API key" in text for text in shown) == 1, shown
    finally:
        assert session.shutdown()


def test_a_visitor_at_the_booth_sees_no_receipt_and_no_way_into_history(
    qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    settings = EventSettings(booth_idle_seconds=60)
    settings.booth_pin = PinHash.create("7391-kiosk")
    settings.save(SettingsStore(data_dir))
    session = open_session()
    window = session.window
    window.form.set_values({"name": "Staff Lead"})
    assert window.form.submit()
    assert window.receipt.isVisible()

    session.event_kit.booth_action.trigger()
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert not window.receipt.isVisible()  # the last lead's name is not the next visitor's
    window.form.set_values({"name": "Visitor"})
    assert window.form.submit()
    assert not window.receipt.isVisible()
    window.show_lead_in_history(1)
    assert window.tabs.currentIndex() == 0


def test_tab_goes_round_the_whole_window(qtbot: QtBot, open_session: SessionFactory) -> None:
    # Issue 12: every control by Tab, in a sensible order: the fields, the capture
    # method, the receipt's Edit and link, Send, the tabs, and round to Name.
    session = open_session()
    window = session.window
    if window._region_prompt is not None:  # the first-run country question, put away
        window.region_prompt.later_button.click()
    window.form.input_widget("name").setFocus()
    type_lead(qtbot, "Ada", "ada@example.com")
    window.form.input_widget("analytics_storage").setFocus()
    visited = []
    for _ in range(6):
        press(qtbot, Qt.Key.Key_Tab)
        widget = focused()
        visited.append(widget.objectName() or type(widget).__name__)
    assert visited == [
        "captureMethod",
        "leadReceiptEdit",
        "leadReceiptHistory",
        "sendLead",
        "qt_tabwidget_tabbar",
        "name",
    ]
