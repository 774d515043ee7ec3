"""SettingsDialog: saving to the keyring, session-only keys, and testing keys over real HTTP."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from octanist_desktop.core.key_words import (
    CHECK_ACCEPTED,
    CHECK_REFUSED,
    ENVIRONMENT_NOTE,
    SANDBOX_NOTE,
    SESSION_NOTE,
)
from octanist_desktop.core.states import KeySource
from octanist_desktop.net.client import OctanistClient
from octanist_desktop.sandbox.server import SandboxServer
from octanist_desktop.secrets.keystore import (
    DEFAULT_ACCOUNT,
    EMPTY_KEY_MESSAGE,
    NO_KEYRING_MESSAGE,
    SERVICE,
    ApiKeyStore,
)
from octanist_desktop.ui.settings.dialog import (
    CHECKING_MESSAGE,
    SAVING_MESSAGE,
    SettingsDialog,
)
from octanist_desktop.ui.settings.key_check import UNREACHABLE_PREFIX

if TYPE_CHECKING:
    from conftest import MemoryKeyring, PromptingKeyring

NEW_KEY = "ok_live_new_key_5e2b"
# A keyring helper process starts a fresh interpreter; on a busy machine that takes a while.
HELPER_TIMEOUT_MS = 10_000
UNUSED_URL = "http://127.0.0.1:9/api"  # discard port: only the Test key tests connect

MakeDialog = Callable[..., SettingsDialog]


@pytest.fixture
def store() -> ApiKeyStore:
    return ApiKeyStore(environ={})


@pytest.fixture
def make_dialog(qtbot: QtBot, store: ApiKeyStore) -> MakeDialog:
    """Build a shown dialog; keyword arguments override the defaults."""

    def make(**overrides: object) -> SettingsDialog:
        api_url = str(overrides.pop("api_url", UNUSED_URL))
        options: dict[str, object] = {"api_url": api_url, "region": "NL", **overrides}
        dialog = SettingsDialog(
            store,
            lambda key: OctanistClient(api_url, key, connect_timeout=2, read_timeout=5),
            **options,  # type: ignore[arg-type]
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _type_key(qtbot: QtBot, dialog: SettingsDialog, key: str) -> None:
    dialog.key_edit.clear()
    qtbot.keyClicks(dialog.key_edit, key)


def test_save_stores_the_key_in_the_keyring(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog()
    _type_key(qtbot, dialog, f"  {NEW_KEY} ")

    with qtbot.waitSignal(dialog.keyChanged, timeout=HELPER_TIMEOUT_MS) as changed:
        dialog.save_button.click()

    assert changed.args == [NEW_KEY]
    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): NEW_KEY}
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.save_error.text() == ""  # a quick keyring: no "Saving…" flash


def test_enter_saves(qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring) -> None:
    dialog = make_dialog()
    _type_key(qtbot, dialog, NEW_KEY)

    with qtbot.waitSignal(dialog.accepted, timeout=HELPER_TIMEOUT_MS):
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)

    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): NEW_KEY}


def test_escape_cancels_without_storing(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog()
    _type_key(qtbot, dialog, NEW_KEY)

    with (
        qtbot.assertNotEmitted(dialog.keyChanged),
        qtbot.assertNotEmitted(dialog.regionChanged),
        qtbot.waitSignal(dialog.rejected, timeout=1000),
    ):
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Escape)

    assert memory_keyring.secrets == {}


def test_no_keyring_offers_session_only_use(
    qtbot: QtBot, make_dialog: MakeDialog, store: ApiKeyStore, no_keyring: None
) -> None:
    dialog = make_dialog()
    _type_key(qtbot, dialog, NEW_KEY)

    with qtbot.assertNotEmitted(dialog.keyChanged):
        dialog.save_button.click()
        qtbot.waitUntil(lambda: not dialog.is_saving())

    assert dialog.isVisible()
    assert dialog.save_error.text() == NO_KEYRING_MESSAGE
    assert dialog.session_button.isVisible()
    assert "session only" in dialog.session_button.text()

    with qtbot.waitSignal(dialog.keyChanged, timeout=1000) as changed:
        qtbot.mouseClick(dialog.session_button, Qt.MouseButton.LeftButton)

    assert changed.args == [NEW_KEY]
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert store.load() == (NEW_KEY, KeySource.SESSION)


def test_saving_waits_for_the_unlock_prompt_without_freezing(
    qtbot: QtBot, make_dialog: MakeDialog, prompting_keyring: PromptingKeyring
) -> None:
    dialog = make_dialog()
    _type_key(qtbot, dialog, NEW_KEY)

    dialog.save_button.click()  # returns at once: the keyring helper process is asked
    qtbot.waitUntil(lambda: prompting_keyring.asked == ["set"], timeout=HELPER_TIMEOUT_MS)
    assert dialog.isVisible()
    assert dialog.is_saving()
    # A second on, the dialog says what it waits for.
    qtbot.waitUntil(lambda: dialog.save_error.text() == SAVING_MESSAGE, timeout=5000)
    assert not dialog.save_button.isEnabled()
    assert dialog.key_edit.isReadOnly()
    assert dialog.session_button.isVisible()

    with qtbot.waitSignal(dialog.keyChanged, timeout=HELPER_TIMEOUT_MS) as changed:
        prompting_keyring.unlock()  # the user typed their login password

    assert changed.args == [NEW_KEY]
    assert prompting_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): NEW_KEY}
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_a_keyring_that_never_answers_leaves_session_only_use(
    qtbot: QtBot,
    make_dialog: MakeDialog,
    store: ApiKeyStore,
    prompting_keyring: PromptingKeyring,
) -> None:
    dialog = make_dialog()
    _type_key(qtbot, dialog, NEW_KEY)
    dialog.save_button.click()
    qtbot.waitUntil(lambda: prompting_keyring.asked == ["set"], timeout=HELPER_TIMEOUT_MS)
    qtbot.waitUntil(dialog.session_button.isVisible, timeout=5000)

    with qtbot.waitSignal(dialog.keyChanged, timeout=1000) as changed:
        qtbot.mouseClick(dialog.session_button, Qt.MouseButton.LeftButton)

    assert changed.args == [NEW_KEY]
    assert not dialog.is_saving()
    assert store.load() == (NEW_KEY, KeySource.SESSION)  # asks no keyring: the session key wins


def test_unchanged_keyring_key_is_not_written_again(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(current_key="stored", key_source=KeySource.KEYRING)
    memory_keyring.secrets.clear()

    with qtbot.assertNotEmitted(dialog.keyChanged), qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()

    assert memory_keyring.secrets == {}


def test_environment_key_is_explained_and_never_stored(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(current_key="from-env", key_source=KeySource.ENVIRONMENT)

    assert dialog.source_note.isVisible()
    assert dialog.source_note.text() == ENVIRONMENT_NOTE

    with qtbot.assertNotEmitted(dialog.keyChanged), qtbot.waitSignal(dialog.accepted):
        qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Return)

    assert memory_keyring.secrets == {}


def test_session_key_can_be_saved_once_the_keyring_works(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(current_key=NEW_KEY, key_source=KeySource.SESSION)
    assert dialog.source_note.text() == SESSION_NOTE

    with qtbot.waitSignal(dialog.accepted, timeout=HELPER_TIMEOUT_MS):
        dialog.save_button.click()

    assert memory_keyring.secrets == {(SERVICE, DEFAULT_ACCOUNT): NEW_KEY}


def test_clearing_an_existing_key_is_refused(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(current_key="stored", key_source=KeySource.KEYRING)
    dialog.key_edit.clear()

    dialog.save_button.click()

    assert dialog.isVisible()
    assert dialog.save_error.text() == EMPTY_KEY_MESSAGE
    assert not dialog.session_button.isVisible()


@pytest.mark.parametrize("source", list(KeySource))
def test_settings_open_and_close_in_every_key_source_state(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring, source: KeySource
) -> None:
    # Regression: the sandbox's source once crashed the dialog before it opened
    # ("'sandbox' is not a valid KeySource"), so Settings did nothing in sandbox mode.
    key = None if source is KeySource.NONE else "the-key-in-use"
    dialog = make_dialog(current_key=key, key_source=source.value)
    assert dialog.isVisible()
    assert dialog.region_combo.isEnabled()

    with qtbot.assertNotEmitted(dialog.keyChanged), qtbot.waitSignal(dialog.accepted):
        dialog.save_button.click()

    # Saving with nothing changed writes nothing, whatever the key's source.
    if source is not KeySource.SESSION:
        assert memory_keyring.secrets == {}


def test_sandbox_key_is_neither_shown_nor_stored_and_leaving_is_offered(
    qtbot: QtBot, make_dialog: MakeDialog, memory_keyring: MemoryKeyring
) -> None:
    dialog = make_dialog(current_key="sandbox-key", key_source=KeySource.SANDBOX)

    assert dialog.source_note.text() == SANDBOX_NOTE
    assert dialog.key_edit.text() == ""
    assert not dialog.key_edit.isEnabled()
    assert dialog.leave_sandbox_button.isVisible()
    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("DE"))

    with (
        qtbot.waitSignal(dialog.regionChanged) as region,
        qtbot.waitSignal(dialog.leaveSandboxRequested),
    ):
        dialog.leave_sandbox_button.click()

    assert region.args == ["DE"]
    assert not dialog.isVisible()
    assert memory_keyring.secrets == {}


def test_leaving_the_sandbox_is_offered_only_in_the_sandbox(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(current_key="stored", key_source=KeySource.KEYRING)
    assert not dialog.leave_sandbox_button.isVisible()


def test_key_is_hidden_until_shown(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog(current_key=NEW_KEY, key_source=KeySource.KEYRING)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password

    qtbot.mouseClick(dialog.show_key, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Normal

    qtbot.mouseClick(dialog.show_key, Qt.MouseButton.LeftButton)
    assert dialog.key_edit.echoMode() == QLineEdit.EchoMode.Password


def test_api_url_is_shown_read_only(make_dialog: MakeDialog) -> None:
    dialog = make_dialog(api_url="https://octanist.com/api")

    assert dialog.api_url.text() == "https://octanist.com/api"
    assert dialog.api_url.isReadOnly()


def test_region_list_names_countries_and_a_change_is_announced(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    dialog = make_dialog(region="NL")
    assert dialog.region_combo.currentText() == "Netherlands (+31)"
    assert dialog.region_combo.count() > 200

    dialog.region_combo.setCurrentIndex(dialog.region_combo.findData("BE"))
    with qtbot.waitSignal(dialog.regionChanged, timeout=1000) as changed:
        dialog.save_button.click()

    assert changed.args == ["BE"]


def _test_key(qtbot: QtBot, dialog: SettingsDialog, key: str) -> str:
    """Press Test key and return the line shown once the check has finished."""
    _type_key(qtbot, dialog, key)
    with qtbot.waitSignal(dialog._key_check.finished, timeout=10_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
        assert dialog.check_result.text() == CHECKING_MESSAGE
        assert not dialog.test_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=1000)
    assert not dialog._key_check.is_running()  # its thread has been joined
    return dialog.check_result.text()


def test_test_key_accepts_the_sandbox_key(
    qtbot: QtBot, make_dialog: MakeDialog, sandbox: SandboxServer, api_key: str
) -> None:
    dialog = make_dialog(api_url=sandbox.url)

    assert _test_key(qtbot, dialog, api_key) == CHECK_ACCEPTED
    assert sandbox.requests_per_path.get("POST /api/check") == 1


def test_test_key_reports_a_refused_key(
    qtbot: QtBot, make_dialog: MakeDialog, sandbox: SandboxServer
) -> None:
    dialog = make_dialog(api_url=sandbox.url)

    assert _test_key(qtbot, dialog, "not-the-right-key") == CHECK_REFUSED


def test_test_key_reports_an_unreachable_server(
    qtbot: QtBot, make_dialog: MakeDialog, sandbox: SandboxServer, api_key: str
) -> None:
    dialog = make_dialog(api_url=sandbox.url)
    sandbox.go_offline()

    message = _test_key(qtbot, dialog, api_key)
    assert message.startswith(UNREACHABLE_PREFIX)
    # A key check carries no lead: no advice about one being sent again.
    assert "lead" not in message.lower()


def test_closing_during_a_test_joins_its_thread(
    qtbot: QtBot, make_dialog: MakeDialog, sandbox: SandboxServer, api_key: str
) -> None:
    dialog = make_dialog(api_url=sandbox.url)
    sandbox.set_delay(0.3)
    _type_key(qtbot, dialog, api_key)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog._key_check.is_running()

    with qtbot.assertNotEmitted(dialog._key_check.finished, wait=500):
        dialog.reject()
        assert not dialog._key_check.is_running()


def test_test_key_explains_a_bad_api_url(qtbot: QtBot, make_dialog: MakeDialog) -> None:
    dialog = make_dialog(api_url="ftp://octanist.example/api")

    message = _test_key(qtbot, dialog, NEW_KEY)

    assert message.startswith(UNREACHABLE_PREFIX)
    assert "https://" in message


def test_test_key_never_shows_the_key_from_a_failing_client(
    qtbot: QtBot, store: ApiKeyStore
) -> None:
    def quoting_factory(key: str) -> OctanistClient:
        raise ValueError(f"cannot build a client for {key}")

    dialog = SettingsDialog(store, quoting_factory, api_url=UNUSED_URL, region="NL")
    qtbot.addWidget(dialog)

    message = _test_key(qtbot, dialog, NEW_KEY)

    assert message.startswith(UNREACHABLE_PREFIX)
    assert NEW_KEY not in message


def test_typing_a_country_name_in_the_region_list_finds_it(
    qtbot: QtBot, make_dialog: MakeDialog
) -> None:
    # Sorted by code, "Ne…" used to land on "NE — Niger".
    dialog = make_dialog(region="DE")
    dialog.region_combo.setFocus()

    qtbot.keyClicks(dialog.region_combo, "Netherl")

    assert dialog.region_combo.currentData() == "NL"
