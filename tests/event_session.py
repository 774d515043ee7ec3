"""A whole app session against the sandbox: fixtures and keyboard helpers for window-level tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.config import AppConfig
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import SERVICE, ApiKeyStore
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.session import DesktopSession
from tests.conftest import MemoryKeyring

FAST = Backoff(base=0.1, cap=0.3, jitter=0.0)
CTRL = Qt.KeyboardModifier.ControlModifier

SessionFactory = Callable[[], DesktopSession]


@pytest.fixture
def open_session(
    qtbot: QtBot,
    data_dir: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> Iterator[SessionFactory]:
    """Start sessions on the test data dir with a working key; each is shut down after."""
    memory_keyring.set_password(SERVICE, "default", api_key)
    made: list[DesktopSession] = []

    def make() -> DesktopSession:
        session = DesktopSession(
            AppConfig(api_url=sandbox.url, data_dir=data_dir), ApiKeyStore(), backoff=FAST
        )
        qtbot.addWidget(session.window)
        made.append(session)
        start_session(qtbot, session)
        return session

    yield make
    for session in made:
        assert session.shutdown()


def start_session(qtbot: QtBot, session: DesktopSession) -> None:
    """Show the window and wait until the sender runs and the cursor is in Name."""
    session.start()
    qtbot.waitExposed(session.window)
    session.window.activateWindow()
    # The key comes from the keyring helper process: a fresh interpreter, slow on a busy machine.
    qtbot.waitUntil(
        lambda: session.lead_sender is not None and session.lead_sender.is_running(),
        timeout=10_000,
    )
    name = session.window.form.input_widget("name")
    qtbot.waitUntil(lambda: QApplication.focusWidget() is name)


def focused() -> QWidget:
    """The widget the next keystroke goes to."""
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def type_keys(qtbot: QtBot, text: str) -> None:
    """Type where the cursor is."""
    qtbot.keyClicks(focused(), text)


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """One key, on whatever has focus."""
    qtbot.keyClick(focused(), key, modifiers)


def all_bytes_in(folder: Path) -> bytes:
    """Every file under ``folder``, concatenated (to look for a secret that must not be there)."""
    return b"".join(p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file())
