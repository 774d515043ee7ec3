"""Shared fixtures: offscreen Qt, a fresh data dir, an in-memory keyring, the sandbox."""

from __future__ import annotations

import os
import threading

# Before anything imports Qt: tests never open a real window or reach a real
# display (a DISPLAY could let keyring pop an unlock prompt and hang forever).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANG", "C.UTF-8")

from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from octanist_desktop.sandbox.server import SandboxServer

TEST_API_KEY = "sandbox-test-key-0123456789"


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict, so no test touches the user's real keyring."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        try:
            del self.secrets[(service, username)]
        except KeyError:
            raise keyring.errors.PasswordDeleteError(username) from None


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    """Every test gets an empty in-memory keyring; the previous backend comes back after."""
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class PromptingKeyring(MemoryKeyring):
    """A keyring behind an unlock prompt: every call waits until the test unlocks it.

    ``unlock()`` answers every waiting call and those after it. Calls wait at
    most 30 s, so a test that forgets to unlock can't hang the suite.
    """

    def __init__(self) -> None:
        super().__init__()
        self.unlocked = threading.Event()
        self.asked: list[str] = []

    def unlock(self) -> None:
        self.unlocked.set()

    def _wait(self, what: str) -> None:
        self.asked.append(what)
        self.unlocked.wait(timeout=30)

    def get_password(self, service: str, username: str) -> str | None:
        self._wait("get")
        return super().get_password(service, username)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._wait("set")
        super().set_password(service, username, password)

    def delete_password(self, service: str, username: str) -> None:
        self._wait("delete")
        super().delete_password(service, username)


@pytest.fixture
def prompting_keyring() -> Iterator[PromptingKeyring]:
    """The system keyring is waiting for an unlock prompt nobody has answered yet."""
    previous = keyring.get_keyring()
    backend = PromptingKeyring()
    keyring.set_keyring(backend)
    yield backend
    backend.unlock()  # threads still waiting on it finish before the process ends
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """A machine with no Secret Service at all: every call raises NoKeyringError."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


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
