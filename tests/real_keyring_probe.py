"""Round-trips an API key through the real system keyring and prints what happened as JSON.

Run by tests/test_real_keyring.py inside a private D-Bus session with an
unlocked gnome-keyring; not a test module itself. Steps, each recorded in the
JSON even when a later one fails:

1. the default keyring backend is named (it must be SecretService),
2. a random key is saved through ``ApiKeyStore``, through the keyring
   helper process (``--in-process``: in this process; ``--window-jobs``:
   started with QProcess by the window's key saver, as the app does it),
3. a fresh ``ApiKeyStore`` reads it back (``--window-jobs``: the key loader),
4. with ``--sandbox-url``: one lead is posted with the key read back,
5. the key is deleted and a fresh store finds nothing.

The key is passed with ``--key`` (so a sandbox can be started with it) or
made up here; it is never printed.
"""

from __future__ import annotations

import argparse
import json
import secrets
import sys
from typing import Any

from octanist_desktop.secrets.keyring_process import KeyringProcess
from octanist_desktop.secrets.keystore import (
    ApiKeyStore,
    InProcessKeyring,
    KeySource,
    KeyStoreError,
)


def _post_one_lead(sandbox_url: str, key: str) -> str:
    """Send one lead with ``key``; the outcome's class name (``Delivered`` on success)."""
    from octanist_desktop.net.client import OctanistClient

    client = OctanistClient(sandbox_url, key)
    try:
        outcome = client.post_lead({"name": "Keyring Probe", "email": "probe@example.com"})
    finally:
        client.close()
    return type(outcome).__name__


def _save_like_the_window(store: ApiKeyStore, key: str) -> None:
    """Save with the settings dialog's KeySaver: the helper driven by QProcess."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from octanist_desktop.ui.settings.key_check import KeySaver

    app = QCoreApplication.instance() or QCoreApplication([])
    errors: list[str] = []
    saver = KeySaver(store)
    saver.finished.connect(lambda error: (errors.append(error), app.quit()))
    saver.start(key)
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    if errors != [""]:
        raise KeyStoreError(errors[0] if errors else "the key saver never answered")


def _load_like_the_window(store: ApiKeyStore) -> tuple[str | None, KeySource]:
    """Load with the start-up KeyLoader: the helper driven by QProcess."""
    from PySide6.QtCore import QCoreApplication, QTimer

    from octanist_desktop.ui.settings.key_check import KeyLoader

    app = QCoreApplication.instance() or QCoreApplication([])
    answers: list[tuple[object, str, str]] = []
    loader = KeyLoader(store)
    loader.loaded.connect(lambda *answer: (answers.append(answer), app.quit()))
    loader.start()
    QTimer.singleShot(30_000, app.quit)
    app.exec()
    if not answers:
        raise KeyStoreError("the key loader never answered")
    loaded, source, error = answers[0]
    if error:
        raise KeyStoreError(error)
    return (loaded if isinstance(loaded, str) else None), KeySource(source)


def probe(
    account: str, key: str, sandbox_url: str | None, in_process: bool, window_jobs: bool = False
) -> dict[str, Any]:
    """Run the steps; stops at the first failure and says where in ``error``."""
    result: dict[str, Any] = {"account": account, "error": None}

    def fresh_store() -> ApiKeyStore:
        # No environ: a developer's OCTANIST_API_KEY must not stand in for the keyring.
        access = InProcessKeyring() if in_process else KeyringProcess()
        return ApiKeyStore(account, environ={}, access=access)

    store = fresh_store()
    step = "backend"
    try:
        result["backend"] = store.backend_name()
        step = "save"
        if window_jobs:
            _save_like_the_window(store, key)
        else:
            store.save(key)
        result["saved"] = True
        step = "read back"
        loaded, source = (
            _load_like_the_window(fresh_store()) if window_jobs else fresh_store().load()
        )
        result["source"] = source.value
        result["read_back_matches"] = loaded == key
        if sandbox_url is not None:
            step = "post lead"
            result["lead_outcome"] = _post_one_lead(sandbox_url, loaded or "")
        step = "forget"
        fresh_store().forget()
        result["after_forget"] = fresh_store().load()[1].value
    except KeyStoreError as exc:
        result["error"] = f"{step}: {exc.message}"
    except Exception as exc:
        # Any backend bug must still come back as JSON, without the key.
        result["error"] = f"{step}: {type(exc).__name__}: {exc}".replace(key, "•••")
    return result


def main(argv: list[str] | None = None) -> int:
    """Print the probe's JSON result; exit 0 only if every step did what it should."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--account", default=f"probe-{secrets.token_hex(4)}")
    parser.add_argument("--key", default=None, help="key to store (default: random)")
    parser.add_argument("--sandbox-url", default=None, help="also post one lead here")
    parser.add_argument(
        "--in-process", action="store_true", help="use keyring in this process, not the helper"
    )
    parser.add_argument(
        "--window-jobs",
        action="store_true",
        help="save and read back with the window's key saver and loader (QProcess)",
    )
    args = parser.parse_args(argv)
    key = args.key or f"probe-key-{secrets.token_urlsafe(18)}"
    result = probe(args.account, key, args.sandbox_url, args.in_process, args.window_jobs)
    print(json.dumps(result))
    ok = (
        result["error"] is None
        and result.get("read_back_matches") is True
        and result.get("source") == KeySource.KEYRING.value
        and result.get("after_forget") == KeySource.NONE.value
        and result.get("lead_outcome", "Delivered") == "Delivered"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
