"""The keyring through a real helper process: round trip, errors, what crosses, cancel."""

from __future__ import annotations

import sys
import threading
import time
from pathlib import Path

import pytest

from octanist_desktop.secrets.keyring_process import FAILED_MESSAGE, STOPPED_MESSAGE, KeyringProcess
from octanist_desktop.secrets.keystore import (
    DEFAULT_ACCOUNT,
    NO_KEYRING_MESSAGE,
    SERVICE,
    ApiKeyStore,
    KeySource,
    KeyStoreError,
)
from tests.file_keyring import FILE_VAR, read_state

KEY = "ok_live_helper_key_7f3a9c"


@pytest.fixture
def keyring_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The helper's keyring is a JSON file; the helper inherits this environment."""
    path = tmp_path / "keyring.json"
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.file_keyring.Keyring")
    monkeypatch.setenv(FILE_VAR, str(path))
    return path


def test_save_load_forget_through_the_helper(keyring_file: Path) -> None:
    store = ApiKeyStore(environ={}, access=KeyringProcess())
    assert store.load() == (None, KeySource.NONE)
    store.save(f"  {KEY}\n")
    assert read_state(keyring_file)["secrets"] == {f"{SERVICE}/{DEFAULT_ACCOUNT}": KEY}
    assert ApiKeyStore(environ={}, access=KeyringProcess()).load() == (KEY, KeySource.KEYRING)
    assert store.backend_name() == "tests.file_keyring.Keyring (in its own process)"
    store.forget()
    store.forget()  # already gone: fine
    assert store.load() == (None, KeySource.NONE)


def test_the_key_never_travels_in_argv_or_the_environment(
    keyring_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OCTANIST_API_KEY", "env-key-not-for-the-helper")
    ApiKeyStore(environ={}, access=KeyringProcess()).save(KEY)
    seen = read_state(keyring_file)["seen"]
    assert isinstance(seen, list)
    assert seen
    for call in seen:
        assert KEY not in " ".join(call["argv"])
        assert call["env_has_key"] is False


def test_no_keyring_in_the_helper_is_the_usual_message(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
    store = ApiKeyStore(environ={}, access=KeyringProcess())
    with pytest.raises(KeyStoreError) as caught:
        store.load()
    assert caught.value.message == NO_KEYRING_MESSAGE
    with pytest.raises(KeyStoreError, match="no password store"):
        store.save(KEY)


def test_a_backend_error_quoting_the_key_comes_back_without_it(keyring_file: Path) -> None:
    secret = f"explode:{KEY}"
    with pytest.raises(KeyStoreError) as caught:
        ApiKeyStore(environ={}, access=KeyringProcess()).save(secret)
    assert KEY not in caught.value.message
    assert "did not work" in caught.value.message


def test_a_helper_that_dies_is_a_clear_error() -> None:
    dead = KeyringProcess([sys.executable, "-c", "import sys; sys.exit(3)"])
    with pytest.raises(KeyStoreError) as caught:
        dead.get(DEFAULT_ACCOUNT)
    assert caught.value.message == FAILED_MESSAGE.format(code=3)


def test_the_app_itself_answers_as_its_helper(keyring_file: Path) -> None:
    # What the frozen app runs: its own executable with --keyring-process.
    as_the_app = KeyringProcess([sys.executable, "-m", "octanist_desktop", "--keyring-process"])
    as_the_app.set(DEFAULT_ACCOUNT, KEY)
    assert as_the_app.get(DEFAULT_ACCOUNT) == KEY


def test_cancel_stops_a_helper_stuck_in_the_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "tests.hanging_keyring.Keyring")
    helper = KeyringProcess()
    errors: list[str] = []

    def load() -> None:
        try:
            helper.get(DEFAULT_ACCOUNT)
        except KeyStoreError as exc:
            errors.append(exc.message)

    thread = threading.Thread(target=load)
    thread.start()
    deadline = time.monotonic() + 10
    while not helper.busy() and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.3)  # well inside the backend's endless wait
    helper.cancel()
    thread.join(5)
    assert not thread.is_alive()
    assert errors == [STOPPED_MESSAGE]
    assert not helper.busy()
