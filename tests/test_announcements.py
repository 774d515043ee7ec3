"""Status changes are said aloud: Qt's accessibility events reach a screen reader's ear.

The receipt (saved → delivered / queued / refused), the status bar's
connection, and a lead the form refused to send each raise an announcement
(``QAccessibleAnnouncementEvent``); a refusal also raises an Alert. The
events are Qt's own, heard through ``QAccessible``'s update handler
(tests/accessibility.py), from the whole app talking to the sandbox.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from octanist_desktop.core.booth_pin import PinAttempts, PinHash
from octanist_desktop.core.states import ConnectionState
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.ui.booth.pin_dialogs import PinPrompt
from octanist_desktop.ui.booth.visitor_screen import VisitorScreen
from octanist_desktop.ui.form.lead_receipt import ReceiptState
from octanist_desktop.ui.screen_reader import announce
from octanist_desktop.ui.status_bar import StatusBar
from tests.accessibility import ScreenReaderEar
from tests.event_session import CTRL, SessionFactory, focused, open_session, press, type_keys
from tests.test_visitor_screen import CONTEXT

__all__ = ["open_session"]  # the fixture, used by name

# The ear calls into libQt6Gui.so by its Itanium-mangled name: Linux (and CI's Ubuntu) only.
pytestmark = pytest.mark.skipif(
    sys.platform != "linux", reason="QAccessible's update handler is reached via libQt6Gui.so"
)


@pytest.fixture
def ear() -> Iterator[ScreenReaderEar]:
    with ScreenReaderEar() as listening:
        yield listening


def type_lead(qtbot: QtBot, name: str, email: str) -> None:
    type_keys(qtbot, name)
    press(qtbot, Qt.Key.Key_Tab)
    type_keys(qtbot, email)
    press(qtbot, Qt.Key.Key_Return, CTRL)


def test_the_ear_hears_an_announcement_and_nothing_when_no_reader_listens(
    qtbot: QtBot,
) -> None:
    label = QLabel("x")
    label.setObjectName("probe")
    qtbot.addWidget(label)
    with ScreenReaderEar() as ear:
        announce(label, "Saved", urgent=True)
    assert ear.announcements() == ["Saved"]
    assert ear.alerts() == ["probe"]
    with ScreenReaderEar() as ear:
        pass
    announce(label, "Nobody hears this")  # no reader: no event, no cost
    assert ear.announcements() == []


def test_saved_then_delivered_and_online_are_said(
    qtbot: QtBot, ear: ScreenReaderEar, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    session = open_session()
    sandbox.set_delay(0.3)

    type_lead(qtbot, "Marieke de Vries", "marieke@example.com")

    said = ear.announcements
    assert "Marieke de Vries — saved, sending…" in said()  # no "check mark" read first
    qtbot.waitUntil(lambda: "Marieke de Vries — delivered" in said(), timeout=5000)
    assert "Online" in said()
    assert said().count("Marieke de Vries — delivered") == 1  # once, however often it is told
    assert ear.alerts() == []  # good news doesn't interrupt
    assert session.window.receipt.state() is ReceiptState.DELIVERED


def test_offline_and_queued_are_said(
    qtbot: QtBot, ear: ScreenReaderEar, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    open_session()
    sandbox.go_offline()

    type_lead(qtbot, "Jan Jansen", "jan@example.com")

    said = ear.announcements
    qtbot.waitUntil(
        lambda: any(s.startswith("Jan Jansen — queued: offline") for s in said()), timeout=5000
    )
    qtbot.waitUntil(lambda: any(s.startswith("Offline — leads are kept") for s in said()))


def test_a_refused_lead_is_said_at_once_with_an_alert(
    qtbot: QtBot, ear: ScreenReaderEar, open_session: SessionFactory, sandbox: SandboxServer
) -> None:
    open_session()
    sandbox.set_reject_rule("email", "@competitor")

    type_lead(qtbot, "Spy", "spy@competitor.example")

    qtbot.waitUntil(lambda: "leadReceiptText" in ear.alerts(), timeout=5000)
    refused = [s for s in ear.announcements() if s.startswith("Spy — refused: ")]
    assert len(refused) == 1
    assert refused[0].endswith(", see History")


def test_a_lead_the_form_refuses_to_send_says_what_and_where(
    qtbot: QtBot, ear: ScreenReaderEar, open_session: SessionFactory
) -> None:
    session = open_session()
    form = session.window.form

    type_lead(qtbot, "Ann", "ann@@example")

    assert focused() is form.input_widget("email")
    (said,) = [s for s in ear.announcements() if s.startswith("Not sent")]
    assert said.endswith(f"Email: {form.message('email')}")
    assert form.objectName() in ear.alerts()


def test_the_status_bar_says_a_new_connection_state_once(
    qtbot: QtBot, ear: ScreenReaderEar
) -> None:
    bar = StatusBar()
    qtbot.addWidget(bar)
    bar.show()
    for _ in range(3):  # the sender reports its state after every attempt
        bar.show_connection(ConnectionState.OFFLINE, "")
    bar.show_connection(ConnectionState.KEY_REFUSED, "")
    said = ear.announcements()
    assert len(said) == 2
    assert said[0].startswith("Offline")
    assert ear.alerts() == ["connectionState"]  # a refused key interrupts; offline waits


def test_the_visitor_hears_what_to_fix(qtbot: QtBot, ear: ScreenReaderEar) -> None:
    screen = VisitorScreen(CONTEXT)
    qtbot.addWidget(screen)
    screen.show()
    qtbot.waitExposed(screen)

    screen.submit()  # nothing filled in

    assert "Please fill in your name, email address or phone number." in ear.announcements()
    assert "visitorError" in ear.alerts()


def test_a_wrong_pin_is_said(qtbot: QtBot, ear: ScreenReaderEar) -> None:
    prompt = PinPrompt(PinAttempts(PinHash.create("2468")))
    qtbot.addWidget(prompt)
    prompt.show()
    prompt.pin_edit.setText("0000")
    prompt.accept()
    assert ear.announcements() == ["That PIN is not right. Try again."]
    assert ear.alerts() == ["pinMessage"]
