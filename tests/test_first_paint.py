"""What waits for the first paint still happens: the key, the sender, the saved usage."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow
from pytestqt.qtbot import QtBot

from octanist_desktop.app import AppConfig, DesktopSession
from octanist_desktop.core.remote import Usage
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import SERVICE, ApiKeyStore
from octanist_desktop.store.database import open_database
from octanist_desktop.store.remote_index import RemoteIndex
from octanist_desktop.ui.first_paint import AfterFirstPaint
from tests.conftest import MemoryKeyring
from tests.event_session import FAST


class PaintLog(QObject):
    """Notes each paint of one window, next to what the work under test notes."""

    def __init__(self, window: QMainWindow, log: list[str]) -> None:
        super().__init__(window)
        self._log = log
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._log.append("paint")
        return False


def test_the_work_runs_once_after_the_first_paint(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    window.setCentralWidget(QLabel("Name"))
    log: list[str] = []
    PaintLog(window, log)
    AfterFirstPaint(window, lambda: log.append("work"), latest_ms=60_000)
    window.show()
    assert log == []  # not inside show()
    qtbot.waitUntil(lambda: "work" in log)
    assert log[0] == "paint"
    window.update()
    qtbot.waitUntil(lambda: log.count("paint") >= 2)
    qtbot.wait(50)
    assert log.count("work") == 1


def test_a_window_never_painted_still_gets_the_work(qtbot: QtBot) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    done: list[str] = []
    AfterFirstPaint(window, lambda: done.append("work"), latest_ms=50)
    qtbot.waitUntil(lambda: done == ["work"])
    qtbot.wait(100)
    assert done == ["work"]


def test_after_the_first_paint_the_session_reads_the_key_and_shows_the_saved_usage(
    qtbot: QtBot,
    data_dir: Path,
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> None:
    conn = open_database(data_dir)
    RemoteIndex(conn).save_usage(Usage(leads_used=148, leads_limit=500))
    conn.close()
    memory_keyring.set_password(SERVICE, "default", api_key)
    session = DesktopSession(
        AppConfig(api_url=sandbox.url, data_dir=data_dir), ApiKeyStore(), backoff=FAST
    )
    qtbot.addWidget(session.window)
    try:
        session.start()
        usage = session.window.status_bar.usage_label
        # Nothing of it is done before the window is on screen.
        assert session.lead_sender is None
        assert usage.text() == ""
        qtbot.waitExposed(session.window)
        qtbot.waitUntil(lambda: "148" in usage.text())
        assert usage.isVisibleTo(session.window)
        qtbot.waitUntil(
            lambda: session.lead_sender is not None and session.lead_sender.is_running(),
            timeout=10_000,
        )
        assert session.api_key == api_key
    finally:
        assert session.shutdown()
