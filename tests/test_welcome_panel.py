"""WelcomePanel: two buttons that say what they do, focus on the first, mnemonics."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QStackedWidget, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.ui.welcome_panel import HEADING, WelcomePanel


@pytest.fixture
def panel(qtbot: QtBot) -> WelcomePanel:
    widget = WelcomePanel()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_heading_and_button_texts(panel: WelcomePanel) -> None:
    labels = [label.text() for label in panel.findChildren(QLabel)]

    assert HEADING in labels
    assert panel.enter_key_button.text() == "&Enter API key"
    assert panel.sandbox_button.text() == "Try the built-in &sandbox"


def test_enter_key_button_emits(panel: WelcomePanel, qtbot: QtBot) -> None:
    with (
        qtbot.waitSignal(panel.enterKeyRequested, timeout=1000),
        qtbot.assertNotEmitted(panel.sandboxRequested),
    ):
        qtbot.mouseClick(panel.enter_key_button, Qt.MouseButton.LeftButton)


def test_sandbox_button_emits(panel: WelcomePanel, qtbot: QtBot) -> None:
    with (
        qtbot.waitSignal(panel.sandboxRequested, timeout=1000),
        qtbot.assertNotEmitted(panel.enterKeyRequested),
    ):
        qtbot.mouseClick(panel.sandbox_button, Qt.MouseButton.LeftButton)


def test_focus_starts_on_enter_api_key(panel: WelcomePanel) -> None:
    assert panel.focusWidget() is panel.enter_key_button


def test_enter_on_the_focused_button_presses_it(panel: WelcomePanel, qtbot: QtBot) -> None:
    with qtbot.waitSignal(panel.enterKeyRequested, timeout=1000):
        qtbot.keyClick(panel.enter_key_button, Qt.Key.Key_Return)


def test_mnemonics_press_the_buttons(panel: WelcomePanel, qtbot: QtBot) -> None:
    panel.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is panel, timeout=1000)

    with qtbot.waitSignal(panel.sandboxRequested, timeout=1000):
        qtbot.keyClick(panel, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    with qtbot.waitSignal(panel.enterKeyRequested, timeout=1000):
        qtbot.keyClick(panel, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)


def test_switching_to_the_panel_in_a_stack_focuses_the_first_button(qtbot: QtBot) -> None:
    stack = QStackedWidget()
    qtbot.addWidget(stack)
    other = QWidget()
    panel = WelcomePanel()
    stack.addWidget(other)
    stack.addWidget(panel)
    stack.show()
    qtbot.waitExposed(stack)

    stack.setCurrentWidget(panel)

    assert stack.focusWidget() is panel.enter_key_button
