"""The whole app in one process: keyboard-only entry into the real sandbox, offline and back."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit
from pytestqt.qtbot import QtBot

import octanist_desktop.ui.settings.startup_key as startup_key
from octanist_desktop.config import AppConfig
from octanist_desktop.core.states import ConnectionState
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import SERVICE, ApiKeyStore
from octanist_desktop.session import DesktopSession
from octanist_desktop.store.database import open_database
from octanist_desktop.store.lifecycle import LeadStatus
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.form.custom_rows import CustomDataField
from octanist_desktop.ui.settings.dialog import SettingsDialog
from tests.conftest import MemoryKeyring, PromptingKeyring
from tests.event_session import FAST, focused, start_session
from tests.fresh_python import run_script


@pytest.fixture
def session_factory(qtbot: QtBot, data_dir: Path) -> Iterator[type[DesktopSession]]:
    """Build sessions against the test data dir; every one is shut down after."""
    made: list[DesktopSession] = []

    def make(api_url: str, **kwargs: object) -> DesktopSession:
        # Through the keyring helper process, as the app does; it uses the test's keyring.
        kwargs.setdefault("keystore", ApiKeyStore())
        session = DesktopSession(
            AppConfig(api_url=api_url, data_dir=data_dir), backoff=FAST, **kwargs
        )  # type: ignore[arg-type]
        qtbot.addWidget(session.window)
        made.append(session)
        return session

    yield make  # type: ignore[misc]
    for session in made:
        assert session.shutdown()


def type_lead(qtbot: QtBot, name: str, email: str, phone: str) -> None:
    """Name, Tab, Email, Tab, Phone, Ctrl+Return — nothing else, no mouse."""
    qtbot.keyClicks(focused(), name)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), email)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), phone)
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def test_three_leads_from_the_keyboard_reach_octanist(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> None:
    memory_keyring.set_password(SERVICE, "default", api_key)
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    window = session.window
    assert "Octanist" in window.windowTitle()
    name = window.form.input_widget("name")
    for n in range(3):
        type_lead(qtbot, f"Visitor {n}", f"visitor{n}@example.com", f"+31 20 123 456{n}")
        # Ready for the next lead at once: cleared, cursor back in Name.
        assert focused() is name
        assert isinstance(name, QLineEdit)
        assert name.text() == ""
    qtbot.waitUntil(lambda: len(sandbox.leads) == 3, timeout=5000)
    got = [(r.payload["name"], r.payload["email"], r.payload["phone"]) for r in sandbox.leads]
    assert got == [(f"Visitor {n}", f"visitor{n}@example.com", f"+3120123456{n}") for n in range(3)]
    qtbot.waitUntil(lambda: "All leads delivered" in window.queue_label.text())
    assert window.connection_label.property("state") == "online"


def test_invalid_submit_sends_nothing_and_points_at_the_problem(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> None:
    memory_keyring.set_password(SERVICE, "default", api_key)
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    form = session.window.form
    qtbot.keyClicks(focused(), "Ann")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "ann@@example")
    qtbot.keyClick(focused(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert focused() is form.input_widget("email")
    assert form.message("email")
    assert form.values()["name"] == "Ann"
    qtbot.wait(200)
    assert sandbox.requests_seen == 0
    assert session.outbox.counts().get("queued", 0) == 0  # type: ignore[call-overload]


def test_pull_the_network_keep_typing_delivered_when_it_returns(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> None:
    memory_keyring.set_password(SERVICE, "default", api_key)
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    window = session.window
    sandbox.go_offline()
    for n in range(3):
        type_lead(qtbot, f"Offline {n}", f"off{n}@example.com", "")
        assert focused() is window.form.input_widget("name")
    qtbot.waitUntil(lambda: window.connection_label.property("state") == "offline", timeout=5000)
    qtbot.waitUntil(lambda: "3 to send" in window.queue_label.text())
    sandbox.go_online()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 3, timeout=10_000)
    qtbot.waitUntil(lambda: window.connection_label.property("state") == "online")
    qtbot.waitUntil(lambda: "All leads delivered" in window.queue_label.text())


def test_first_run_without_a_key_offers_key_or_sandbox(
    qtbot: QtBot, session_factory: type[DesktopSession], sandbox: SandboxServer
) -> None:
    session = session_factory(sandbox.url)
    session.start()
    window = session.window
    qtbot.waitUntil(lambda: window.entry_stack.currentIndex() == 1)
    assert window.welcome.isVisible()
    # Nothing was refused: there is simply no key yet, and the bar says so.
    qtbot.waitUntil(lambda: "No API key yet" in window.connection_label.text())
    with qtbot.waitSignal(window.settingsRequested):
        window.welcome.enter_key_button.click()
    with qtbot.waitSignal(window.sandboxRequested):
        window.welcome.sandbox_button.click()


@pytest.mark.parametrize("depth", [960, 1000])
def test_custom_data_too_deep_to_store_is_refused_and_kept(
    depth: int,
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> None:
    # Issue 10, item 5: ~1000 levels of nesting used to clear the form and store nothing.
    memory_keyring.set_password(SERVICE, "default", api_key)
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    form = session.window.form
    deep = "[" * depth + "]" * depth
    form.set_values({"name": "Deep Custom", "custom": deep})
    assert not form.submit()
    assert form.values()["name"] == "Deep Custom"
    assert form.values()["custom"] == deep
    # Said in plain words: above the form when storing failed, or by the
    # editor's own line when the text could not be read as JSON at all.
    said = form.findChild(QLabel, "formMessage")
    editor = form.input_widget("custom")
    assert isinstance(editor, CustomDataField)  # rows, with the JSON editor inside
    assert (said.isVisible() and "Nothing was lost" in said.text()) or editor.has_error()
    assert "Traceback" not in said.text()
    assert sum(session.outbox.counts().values()) == 0


def test_a_refused_key_says_refused_not_missing(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.set_password(SERVICE, "default", "a-wrong-key-0123456789")
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    window = session.window
    window.form.set_values({"name": "Refused Key"})
    assert window.form.submit()
    qtbot.waitUntil(
        lambda: window.connection_label.property("state") == ConnectionState.KEY_REFUSED.value,
        timeout=5000,
    )
    assert "API key refused" in window.connection_label.text()
    assert "No API key yet" not in window.connection_label.text()


def test_no_keyring_says_so_and_still_works_for_the_session(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    no_keyring: None,
    api_key: str,
) -> None:
    session = session_factory(sandbox.url)
    session.start()
    window = session.window
    qtbot.waitUntil(lambda: window.notice.isVisible())
    assert "keyring" in window.notice.text().lower()
    session.keystore.use_for_session(api_key)
    session.on_dialog_keyChanged(api_key)
    assert "this session only" in window.key_label.text()
    assert window.entry_stack.currentIndex() == 0
    session.window.form.set_values({"name": "Session Key Lead"})
    assert session.window.form.submit()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)


def test_a_keyring_that_does_not_answer_never_keeps_leads_from_going_out(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    prompting_keyring: PromptingKeyring,
    api_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(startup_key, "KEY_WAIT_NOTICE_MS", 200)
    session = session_factory(sandbox.url)
    session.start()
    window = session.window
    # The unlock prompt is unanswered: the window says so, and typing goes on.
    qtbot.waitUntil(lambda: window.key_label.text() == startup_key.KEY_WAITING_LABEL)
    assert window.statusBar().currentMessage() == startup_key.KEY_WAITING_MESSAGE
    qtbot.waitUntil(lambda: prompting_keyring.asked == ["get"], timeout=10_000)
    window.form.set_values({"name": "Typed While Waiting"})
    assert window.form.submit()
    assert "1 to send" in window.queue_label.text()
    # Settings, paste, Save: the keyring doesn't answer that either, so the
    # dialog offers this session only, and the user takes it.
    window.settingsRequested.emit()
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None
    dialog.key_edit.setText(api_key)
    dialog.save_button.click()
    qtbot.waitUntil(dialog.session_button.isVisible, timeout=2000)
    # The save's helper process asks the keyring, and waits too.
    qtbot.waitUntil(lambda: prompting_keyring.asked == ["get", "set"], timeout=10_000)
    dialog.session_button.click()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    assert sandbox.leads[0].payload["name"] == "Typed While Waiting"
    assert "this session only" in window.key_label.text()
    assert prompting_keyring.asked == ["get", "set"]  # the start-up read and the save


QUIT_WHILE_KEYRING_HANGS = """
import json, sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
import octanist_desktop.app as app_module
import octanist_desktop.ui.settings.startup_key as startup_key

startup_key.KEY_WAIT_NOTICE_MS = 100
app = QApplication(sys.argv[:1])

def close_when_waiting():
    windows = [w for w in app.topLevelWidgets() if hasattr(w, "key_label")]
    if not windows or windows[0].key_label.text() != startup_key.KEY_WAITING_LABEL:
        QTimer.singleShot(50, close_when_waiting)
        return
    window = windows[0]
    window.form.set_values({"name": "Saved Before Quit"})
    saved = window.form.submit()
    print(json.dumps({"saved": saved}), flush=True)
    window.close()

QTimer.singleShot(50, close_when_waiting)
code = app_module.run(app_module.AppConfig("https://octanist.com/api", Path(sys.argv[1])))
print(json.dumps({"returned": code}), flush=True)
"""


def test_quitting_while_the_keyring_hangs_exits_cleanly(data_dir: Path) -> None:
    # Before: Qt aborted the app at exit ("QThread: Destroyed while thread is
    # still running"), a crash report for nothing worse than a locked keyring.
    started = time.monotonic()
    done = run_script(
        QUIT_WHILE_KEYRING_HANGS,
        str(data_dir),
        PYTHON_KEYRING_BACKEND="tests.hanging_keyring.Keyring",
    )
    assert done.returncode == 0, done.stderr
    assert "Destroyed while thread" not in done.stderr
    assert '{"saved": true}' in done.stdout
    # The keyring helper was killed, so nothing was left running: a normal return.
    assert '{"returned": 0}' in done.stdout
    assert time.monotonic() - started < 30
    outbox = Outbox(open_database(data_dir))
    try:
        assert outbox.counts()[LeadStatus.QUEUED] == 1
    finally:
        outbox.close()


def test_environment_key_is_used_and_never_stored(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OCTANIST_API_KEY", api_key)
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    assert "OCTANIST_API_KEY" in session.window.key_label.text()
    session.window.form.set_values({"name": "Env Lead"})
    assert session.window.form.submit()
    qtbot.waitUntil(lambda: len(sandbox.leads) == 1, timeout=5000)
    assert memory_keyring.secrets == {}


def test_sandbox_mode_keeps_its_leads_apart(qtbot: QtBot, data_dir: Path) -> None:
    session = DesktopSession(
        AppConfig(api_url="https://octanist.com/api", data_dir=data_dir, sandbox=True)
    )
    qtbot.addWidget(session.window)
    try:
        start_session(qtbot, session)
        assert "Sandbox" in session.window.windowTitle()
        assert session.data_dir == data_dir / "sandbox"
        assert session.sandbox is not None
        session.window.form.set_values({"name": "Demo"})
        assert session.window.form.submit()
        qtbot.waitUntil(lambda: session.sandbox is not None and len(session.sandbox.leads) == 1)
    finally:
        assert session.shutdown()
    assert not (data_dir / "leads.sqlite3").exists()


def test_settings_open_in_sandbox_mode_and_leaving_it_asks_for_a_real_key(
    qtbot: QtBot, data_dir: Path
) -> None:
    from octanist_desktop.controller import AppController

    session = DesktopSession(
        AppConfig(api_url="https://octanist.com/api", data_dir=data_dir, sandbox=True),
        ApiKeyStore(),
    )
    qtbot.addWidget(session.window)
    controller = AppController(session)
    controller.start()
    try:
        qtbot.waitUntil(lambda: session.lead_sender is not None)
        # Regression: this raised "'sandbox' is not a valid KeySource" and no dialog opened.
        session.window.settingsRequested.emit()
        dialog = session.window.findChild(SettingsDialog)
        assert dialog is not None
        qtbot.waitExposed(dialog)

        dialog.leave_sandbox_button.click()

        real = controller.session
        qtbot.addWidget(real.window)
        assert real is not session
        assert real.sandbox is None
        assert "Sandbox" not in real.window.windowTitle()
        settings = real.window.findChild(SettingsDialog)
        assert settings is not None
        assert settings.isVisible()
        assert settings.key_edit.isEnabled()
        # No key in the keyring yet: behind Settings, the first-run panel.
        qtbot.waitUntil(lambda: real.lead_sender is not None)
        assert real.window.entry_stack.currentIndex() == 1
    finally:
        assert controller.shutdown()


def test_insecure_api_url_is_refused_with_a_clear_message(data_dir: Path) -> None:
    from octanist_desktop.net.api_url import InvalidApiUrl

    with pytest.raises(InvalidApiUrl, match="https"):
        DesktopSession(AppConfig(api_url="http://octanist.com/api", data_dir=data_dir))


def test_version_answers_without_importing_qt() -> None:
    code = (
        "import sys, runpy; sys.argv = ['octanist-desktop', '--version'];"
        "\ntry:\n runpy.run_module('octanist_desktop', run_name='__main__')"
        "\nexcept SystemExit:\n pass"
        "\nassert 'PySide6' not in sys.modules, 'Qt was imported'"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=60
    )
    assert out.stdout.startswith("octanist-desktop ")


def test_try_the_sandbox_from_the_welcome_panel(qtbot: QtBot, data_dir: Path) -> None:
    from octanist_desktop.controller import AppController

    first = DesktopSession(
        AppConfig(api_url="https://octanist.com/api", data_dir=data_dir), ApiKeyStore()
    )
    qtbot.addWidget(first.window)
    controller = AppController(first)
    controller.start()
    qtbot.waitUntil(lambda: first.window.entry_stack.currentIndex() == 1)  # no key: welcome
    first.window.welcome.sandbox_button.click()
    second = controller.session
    qtbot.addWidget(second.window)
    try:
        assert second is not first
        assert second.sandbox is not None
        assert "Sandbox" in second.window.windowTitle()
        assert not first.window.isVisible()
        qtbot.waitUntil(lambda: second.lead_sender is not None and second.lead_sender.is_running())
        second.window.form.set_values({"name": "Demo visitor"})
        assert second.window.form.submit()
        qtbot.waitUntil(lambda: second.sandbox is not None and len(second.sandbox.leads) == 1)
    finally:
        assert controller.shutdown()


def test_duplicate_hint_and_live_history_rows(
    qtbot: QtBot,
    session_factory: type[DesktopSession],
    sandbox: SandboxServer,
    memory_keyring: MemoryKeyring,
    api_key: str,
) -> None:
    memory_keyring.set_password(SERVICE, "default", api_key)
    session = session_factory(sandbox.url)
    start_session(qtbot, session)
    window = session.window
    type_lead(qtbot, "Ann First", "ann@example.com", "+31 20 123 4567")
    model = window.history_view.model
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    # The sender's signal updates the row in place: queued → delivered.
    qtbot.waitUntil(lambda: (lead := model.lead_at(0)) is not None and lead.status == "delivered")
    # The same person again: the form warns before anything is sent.
    qtbot.keyClicks(focused(), "Ann Again")
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    qtbot.keyClicks(focused(), "ANN@example.com")
    # Named, on the field that matched, with a link to the earlier lead (issue 12).
    qtbot.waitUntil(lambda: "Same email as Ann First" in window.form.duplicate_hint(), timeout=3000)
    assert ", sent today " in window.form.duplicate_hint()
    first_id = model.lead_at(0).id  # type: ignore[union-attr]
    assert window.form.duplicate_hint().endswith(f"(lead {first_id})")
    hint = window.form.findChild(QLabel, "duplicateHint_email")
    hint.linkActivated.emit(f"lead:{first_id}")
    assert window.tabs.currentIndex() == 1
    rows = window.history_view.selected_rows()
    assert [model.lead_at(row).id for row in rows] == [first_id]  # type: ignore[union-attr]
