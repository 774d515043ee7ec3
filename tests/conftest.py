"""Shared fixtures: offscreen Qt, a fresh data dir, a keyring of the test's own, the sandbox."""

from __future__ import annotations

import gc
import os

# Before anything imports Qt: tests never open a real window or reach a real
# display (a DISPLAY could let keyring pop an unlock prompt and hang forever).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")
# Tests speak the app's source language, whatever the developer's own choice.
os.environ.pop("OCTANIST_LANGUAGE", None)

import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from octanist_desktop.gui_thread_gc import collect_due
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.ui import language
from tests import file_keyring
from tests.file_keyring import FILE_VAR, update_state

sys.path.append(str(Path(__file__).resolve().parent.parent / "scripts"))
import translations

# `make test` builds the .qm files first; a bare `pytest` gets them here.
translations.compile_all()

TEST_API_KEY = "sandbox-test-key-0123456789"


@pytest.fixture(scope="session", autouse=True)
def cycles_collected_on_the_main_thread() -> Iterator[None]:
    """As in the app (``gui_thread_gc``): Python's cyclic collector never runs on a worker thread.

    Otherwise a Qt object left in a cycle by one test (a keyring helper's
    QProcess, a timer) is destroyed by whichever thread of a later test
    allocates at the wrong moment, and Qt warns on every turn of the event
    loop from then on.
    """
    gc.disable()
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def collect_due_cycles(cycles_collected_on_the_main_thread: None) -> Iterator[None]:
    """After each test, on the main thread: what Python's collector would have collected."""
    yield
    collect_due()


@pytest.fixture(autouse=True)
def no_key_held_down(qapp: QApplication) -> Iterator[None]:
    """After each test, no modifier key is left held down for the next one.

    A test that presses Ctrl+Return in a dialog which closes on the press
    never delivers the release to a window, so Qt keeps Ctrl held down; the
    next test's ``selectRow`` then toggles instead of selecting. Releasing
    the keys on a window of our own resets Qt's idea of the keyboard.
    """
    yield
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        window = QWidget()
        window.show()
        for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
            QTest.keyRelease(window, key)
        window.close()
        window.deleteLater()


class MemoryKeyring(file_keyring.Keyring):
    """The test's keyring: one JSON file that this process and its keyring helpers share.

    (Named for what it was before the app reached its keyring only through a
    helper process: a dict in this process.) ``secrets`` reads and writes
    the file as a dict keyed by (service, username); ``asked`` lists every call.
    """


class PromptingKeyring(MemoryKeyring):
    """A keyring behind an unlock prompt: every call waits until the test unlocks it.

    ``unlock()`` answers every waiting call and those after it. Calls wait at
    most 30 s, so a test that forgets to unlock can't hang the suite.
    """

    def unlock(self) -> None:
        update_state(self.path, lambda state: state.__setitem__("unlocked", True))


def _use_backend(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    # Keyring helper processes inherit the environment: they pick the same backend.
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", name)


@pytest.fixture(autouse=True)
def memory_keyring(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MemoryKeyring]:
    """Every test gets an empty keyring of its own, never the user's; the old one returns after."""
    monkeypatch.setenv(FILE_VAR, str(tmp_path_factory.mktemp("keyring") / "keyring.json"))
    _use_backend(monkeypatch, "tests.file_keyring.Keyring")
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def prompting_keyring(
    memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PromptingKeyring]:
    """The system keyring is waiting for an unlock prompt nobody has answered yet."""

    def prompting(state: dict[str, object]) -> None:
        state.update(prompting=True, unlocked=False, asked=[])

    update_state(memory_keyring.path, prompting)
    previous = keyring.get_keyring()
    backend = PromptingKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.unlock()  # helpers still waiting on it finish before the test's end
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """A machine with no Secret Service at all: every call raises NoKeyringError."""
    _use_backend(monkeypatch, "keyring.backends.fail.Keyring")
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture(scope="session", autouse=True)
def app_language(qapp: QApplication) -> Iterator[language.InstalledLanguage]:
    """English, installed as at start-up on a machine with the C locale (for plural forms)."""
    installed = language.install(None, qapp, system=QLocale.c())
    yield installed
    language.uninstall(installed)


@pytest.fixture(autouse=True)
def no_ambient_api_key(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own OCTANIST_API_KEY must not leak into tests."""
    monkeypatch.delenv("OCTANIST_API_KEY", raising=False)


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A fresh, empty app-data directory for one test."""
    path = tmp_path / "data"
    path.mkdir()
    return path


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A real Octanist-compatible HTTP server on a free loopback port."""
    server = SandboxServer(port=0, api_key=TEST_API_KEY)
    server.start()
    yield server
    server.stop()


@pytest.fixture
def api_key() -> str:
    """The key the ``sandbox`` fixture accepts."""
    return TEST_API_KEY
