"""ApiKeyStore against keyring backends (in-memory, failing, locked, misbehaving), in this
process; and KeyLoader, which reads the key through the helper process at start-up
without the window waiting."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

import keyring
import keyring.backend
import keyring.errors
import pytest
from keyring.backends import chainer
from pytestqt.qtbot import QtBot

from octanist_desktop import tasks
from octanist_desktop.secrets.keystore import (
    DEFAULT_ACCOUNT,
    EMPTY_KEY_MESSAGE,
    LOCKED_MESSAGE,
    NO_KEYRING_MESSAGE,
    SERVICE,
    ApiKeyStore,
    InProcessKeyring,
    KeySource,
    KeyStoreError,
)
from octanist_desktop.ui.settings.key_check import KeyLoader
from tests.file_keyring import read_state

if TYPE_CHECKING:
    from conftest import MemoryKeyring, PromptingKeyring

SECRET = "ok_live_4f8a9c2e7b1d"
# A helper process starts a fresh interpreter; on a busy machine that takes a while.
HELPER_TIMEOUT_MS = 10_000


class LockedKeyring(keyring.backend.KeyringBackend):
    """A Secret Service whose collection stays locked: every call says so."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the item!")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("Failed to unlock the item!")


class LeakyKeyring(keyring.backend.KeyringBackend):
    """A misbehaving backend that quotes its input in its errors, like a D-Bus dump."""

    priority = 1

    def get_password(self, service: str, username: str) -> str | None:
        raise OSError("org.freedesktop.DBus.Error.ServiceUnknown: no secrets service")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.PasswordSetError(f"could not store {password!r} for {username}")

    def delete_password(self, service: str, username: str) -> None:
        raise RuntimeError("connection closed")


class PlaintextFileKeyring(keyring.backend.KeyringBackend):
    """Stands in for keyrings.alt's plaintext file backend (same module path)."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.written: list[str] = []

    def get_password(self, service: str, username: str) -> str | None:
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.written.append(password)

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.PasswordDeleteError(username)


PlaintextFileKeyring.__module__ = "keyrings.alt.file"


@pytest.fixture
def install_keyring() -> Iterator[Callable[[keyring.backend.KeyringBackend], None]]:
    """Make a given backend the system keyring for one test; the previous comes back after."""
    previous = keyring.get_keyring()
    yield keyring.set_keyring
    keyring.set_keyring(previous)


def test_save_then_load_from_a_fresh_store(memory_keyring: MemoryKeyring) -> None:
    ApiKeyStore(environ={}, access=InProcessKeyring()).save(SECRET)

    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): SECRET}
    assert ApiKeyStore(environ={}, access=InProcessKeyring()).load() == (SECRET, KeySource.KEYRING)


def test_nothing_stored_loads_as_none(memory_keyring: MemoryKeyring) -> None:
    assert ApiKeyStore(environ={}, access=InProcessKeyring()).load() == (None, KeySource.NONE)


def test_accounts_are_separate(memory_keyring: MemoryKeyring) -> None:
    ApiKeyStore("trade-show", environ={}, access=InProcessKeyring()).save(SECRET)

    assert ApiKeyStore(environ={}, access=InProcessKeyring()).load() == (None, KeySource.NONE)
    assert ApiKeyStore("trade-show", environ={}, access=InProcessKeyring()).load() == (
        SECRET,
        KeySource.KEYRING,
    )


def test_pasted_whitespace_is_stripped(memory_keyring: MemoryKeyring) -> None:
    ApiKeyStore(environ={}, access=InProcessKeyring()).save(f"  {SECRET}\n")

    assert memory_keyring.secrets[(SERVICE, DEFAULT_ACCOUNT)] == SECRET


@pytest.mark.parametrize("blank", ["", "   ", "\n\t"])
def test_an_empty_key_is_refused(memory_keyring: MemoryKeyring, blank: str) -> None:
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    with pytest.raises(KeyStoreError) as save_error:
        store.save(blank)
    with pytest.raises(KeyStoreError) as session_error:
        store.use_for_session(blank)

    assert save_error.value.message == EMPTY_KEY_MESSAGE
    assert session_error.value.message == EMPTY_KEY_MESSAGE
    assert memory_keyring.secrets == {}


def test_forget_removes_the_key_and_tolerates_an_empty_keyring(
    memory_keyring: MemoryKeyring,
) -> None:
    store = ApiKeyStore(environ={}, access=InProcessKeyring())
    store.save(SECRET)

    store.forget()
    store.forget()  # already gone: still fine

    assert memory_keyring.secrets == {}
    assert store.load() == (None, KeySource.NONE)


def test_environment_key_wins_and_is_never_stored(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.secrets[(SERVICE, DEFAULT_ACCOUNT)] = "stored-key"
    store = ApiKeyStore(environ={"OCTANIST_API_KEY": f" {SECRET} "}, access=InProcessKeyring())

    assert store.load() == (SECRET, KeySource.ENVIRONMENT)
    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): "stored-key"}


def test_environment_key_needs_no_keyring(no_keyring: None) -> None:
    store = ApiKeyStore(environ={"OCTANIST_API_KEY": SECRET}, access=InProcessKeyring())

    assert store.load() == (SECRET, KeySource.ENVIRONMENT)


def test_blank_environment_variable_is_ignored(memory_keyring: MemoryKeyring) -> None:
    memory_keyring.secrets[(SERVICE, DEFAULT_ACCOUNT)] = SECRET

    assert ApiKeyStore(environ={"OCTANIST_API_KEY": "  "}, access=InProcessKeyring()).load() == (
        SECRET,
        KeySource.KEYRING,
    )


def test_no_keyring_gives_a_human_message_and_session_use_still_works(no_keyring: None) -> None:
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    with pytest.raises(KeyStoreError) as load_error:
        store.load()
    with pytest.raises(KeyStoreError) as save_error:
        store.save(SECRET)
    store.use_for_session(f" {SECRET} ")

    assert load_error.value.message == NO_KEYRING_MESSAGE
    assert save_error.value.message == NO_KEYRING_MESSAGE
    assert SECRET not in str(save_error.value)
    assert store.load() == (SECRET, KeySource.SESSION)
    assert "no usable" in store.backend_name()


def test_session_key_wins_over_the_keyring_and_is_not_written(
    memory_keyring: MemoryKeyring,
) -> None:
    memory_keyring.secrets[(SERVICE, DEFAULT_ACCOUNT)] = "older-key"
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    store.use_for_session(SECRET)

    assert store.load() == (SECRET, KeySource.SESSION)
    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): "older-key"}
    assert ApiKeyStore(environ={}, access=InProcessKeyring()).load() == (
        "older-key",
        KeySource.KEYRING,
    )


def test_saving_replaces_the_session_key(memory_keyring: MemoryKeyring) -> None:
    store = ApiKeyStore(environ={}, access=InProcessKeyring())
    store.use_for_session("session-only")

    store.save(SECRET)

    assert store.load() == (SECRET, KeySource.KEYRING)


def test_forget_also_drops_the_session_key(memory_keyring: MemoryKeyring) -> None:
    store = ApiKeyStore(environ={}, access=InProcessKeyring())
    store.use_for_session(SECRET)

    store.forget()

    assert store.load() == (None, KeySource.NONE)


def test_locked_keyring_says_how_to_unlock(
    install_keyring: Callable[[keyring.backend.KeyringBackend], None],
) -> None:
    install_keyring(LockedKeyring())
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    for action in (store.load, lambda: store.save(SECRET), store.forget):
        with pytest.raises(KeyStoreError) as error:
            action()
        assert error.value.message == LOCKED_MESSAGE
        assert SECRET not in str(error.value)
        assert SECRET not in repr(error.value)


def test_misbehaving_backend_errors_are_translated_and_redacted(
    install_keyring: Callable[[keyring.backend.KeyringBackend], None],
) -> None:
    install_keyring(LeakyKeyring())
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    with pytest.raises(KeyStoreError) as save_error:
        store.save(SECRET)
    with pytest.raises(KeyStoreError) as load_error:
        store.load()
    with pytest.raises(KeyStoreError) as forget_error:
        store.forget()

    assert "refused to store the key" in save_error.value.message
    assert SECRET not in str(save_error.value)
    assert SECRET not in repr(save_error.value)
    assert save_error.value.__cause__ is None
    assert save_error.value.__suppress_context__
    assert "ServiceUnknown" in load_error.value.message
    assert "connection closed" in forget_error.value.message
    for error in (save_error, load_error, forget_error):
        assert "try again" in error.value.message


def test_plaintext_keyrings_alt_backend_counts_as_no_keyring(
    install_keyring: Callable[[keyring.backend.KeyringBackend], None],
) -> None:
    plaintext = PlaintextFileKeyring()
    install_keyring(plaintext)
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    with pytest.raises(KeyStoreError) as error:
        store.save(SECRET)

    assert error.value.message == NO_KEYRING_MESSAGE
    assert plaintext.written == []


def test_construction_touches_no_keyring(
    install_keyring: Callable[[keyring.backend.KeyringBackend], None],
) -> None:
    install_keyring(LockedKeyring())

    store = ApiKeyStore(
        environ={}, access=InProcessKeyring()
    )  # a locked keyring would raise on any call

    assert repr(store) == "ApiKeyStore(account='default')"


def test_repr_never_shows_the_key(memory_keyring: MemoryKeyring) -> None:
    store = ApiKeyStore(environ={"OCTANIST_API_KEY": SECRET}, access=InProcessKeyring())
    store.use_for_session("another-secret-key")
    store.load()

    assert SECRET not in repr(store)
    assert "another-secret-key" not in repr(store)


def test_backend_name_names_the_backend_in_use(memory_keyring: MemoryKeyring) -> None:
    assert "MemoryKeyring" in ApiKeyStore(environ={}, access=InProcessKeyring()).backend_name()


def test_loader_delivers_the_stored_key(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    memory_keyring.secrets[(SERVICE, DEFAULT_ACCOUNT)] = SECRET
    loader = KeyLoader(ApiKeyStore(environ={}))

    with qtbot.waitSignal(loader.loaded, timeout=HELPER_TIMEOUT_MS) as loaded:
        assert loader.start()

    assert loaded.args == [SECRET, KeySource.KEYRING, ""]
    assert not loader.is_running()


def test_loader_reports_a_missing_keyring_as_a_message(qtbot: QtBot, no_keyring: None) -> None:
    loader = KeyLoader(ApiKeyStore(environ={}))

    with qtbot.waitSignal(loader.loaded, timeout=HELPER_TIMEOUT_MS) as loaded:
        loader.start()

    assert loaded.args == [None, KeySource.NONE, NO_KEYRING_MESSAGE]


def test_loader_takes_the_environment_key_without_asking_the_keyring(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    loader = KeyLoader(ApiKeyStore(environ={"OCTANIST_API_KEY": SECRET}))

    with qtbot.waitSignal(loader.loaded, timeout=1000) as loaded:
        assert loader.start()

    assert loaded.args == [SECRET, KeySource.ENVIRONMENT, ""]
    assert memory_keyring.asked == []


def test_loader_never_blocks_the_gui_thread(
    qtbot: QtBot, prompting_keyring: PromptingKeyring
) -> None:
    prompting_keyring.secrets[(SERVICE, DEFAULT_ACCOUNT)] = SECRET
    loader = KeyLoader(ApiKeyStore(environ={}))

    with qtbot.assertNotEmitted(loader.loaded, wait=100):
        assert loader.start()  # returns at once although the keyring is still "prompting"
    assert not loader.start()  # one load at a time
    qtbot.waitUntil(lambda: prompting_keyring.asked == ["get"], timeout=HELPER_TIMEOUT_MS)

    with qtbot.waitSignal(loader.loaded, timeout=HELPER_TIMEOUT_MS) as loaded:
        prompting_keyring.unlock()

    assert loaded.args == [SECRET, KeySource.KEYRING, ""]
    assert prompting_keyring.asked == ["get"]
    # Asked in the helper process: nothing in this one waited for the keyring.
    seen = read_state(prompting_keyring.path)["seen"]
    assert isinstance(seen, list)
    assert seen[-1]["pid"] != os.getpid()


def test_loader_gives_up_on_a_keyring_that_never_answers(
    qtbot: QtBot, prompting_keyring: PromptingKeyring
) -> None:
    loader = KeyLoader(ApiKeyStore(environ={}))
    loader.start()
    qtbot.waitUntil(lambda: bool(prompting_keyring.asked), timeout=HELPER_TIMEOUT_MS)

    with qtbot.assertNotEmitted(loader.loaded, wait=300):
        loader.stop()  # the helper is killed, not left waiting
        assert not loader.is_running()
        prompting_keyring.unlock()
    assert not tasks.busy()


def test_a_chain_of_backends_skips_the_plaintext_one(
    monkeypatch: pytest.MonkeyPatch,
    install_keyring: Callable[[keyring.backend.KeyringBackend], None],
    memory_keyring: MemoryKeyring,
) -> None:
    plaintext = PlaintextFileKeyring()
    plaintext.priority = 5  # keyring's chainer would try it first
    monkeypatch.setattr(keyring.backend, "get_all_keyring", lambda: [plaintext, memory_keyring])
    install_keyring(chainer.ChainerBackend())
    store = ApiKeyStore(environ={}, access=InProcessKeyring())

    store.save(SECRET)

    assert plaintext.written == []
    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): SECRET}
    assert "MemoryKeyring" in store.backend_name()
