"""A keyring backend kept in a JSON file, shared by a test and its keyring helper processes.

``PYTHON_KEYRING_BACKEND=tests.file_keyring.Keyring`` and
``OCTANIST_TEST_KEYRING_FILE=<path>`` in the environment; the test process
installs the same backend with ``keyring.set_keyring``, so both see one keyring.

Each call is noted in ``asked`` ("get", "set", "delete") and records what the
process it ran in could see (argv, whether an API key was in its
environment, its pid), so tests can check the key never travels that way.
With ``prompting`` set, every call waits (at most 30 s) until ``unlocked``
is, like a keyring behind an unlock prompt; with ``hanging``, for good. A
password starting with ``explode:`` makes the backend raise an error that
quotes it, like a careless backend would.
"""

from __future__ import annotations

import fcntl
import json
import os
import sys
import time
from collections.abc import Callable, Iterator, MutableMapping
from contextlib import contextmanager
from pathlib import Path

import keyring.backend
import keyring.errors

FILE_VAR = "OCTANIST_TEST_KEYRING_FILE"
PROMPT_LIMIT_S = 30.0
_POLL_S = 0.02


def _path() -> Path:
    return Path(os.environ[FILE_VAR])


def read_state(path: Path) -> dict[str, object]:
    """What the file holds: ``secrets`` ("service/user" → password), ``seen``, ``asked``."""
    state: dict[str, object] = {"secrets": {}, "seen": [], "asked": []}
    if path.exists() and path.stat().st_size:
        loaded = json.loads(path.read_text())
        assert isinstance(loaded, dict)
        state.update(loaded)
    return state


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    # The test and a helper may change the file at the same moment.
    with open(path.with_name(path.name + ".lock"), "a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def update_state(path: Path, change: Callable[[dict[str, object]], None]) -> dict[str, object]:
    """Read, change and write the file back whole, under a lock; returns the new state."""
    with _locked(path):
        state = read_state(path)
        change(state)
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(json.dumps(state))
        os.replace(temporary, path)
    return state


class FileSecrets(MutableMapping[tuple[str, str], str]):
    """The file's secrets as a dict keyed by (service, username), read and written live."""

    def __init__(self, path: Path) -> None:
        self._path = path

    def _all(self) -> dict[tuple[str, str], str]:
        secrets = read_state(self._path)["secrets"]
        assert isinstance(secrets, dict)
        return {tuple(name.split("/", 1)): value for name, value in secrets.items()}  # type: ignore[misc]

    def __getitem__(self, key: tuple[str, str]) -> str:
        return self._all()[key]

    def __setitem__(self, key: tuple[str, str], value: str) -> None:
        update_state(self._path, lambda state: _secrets(state).__setitem__("/".join(key), value))

    def __delitem__(self, key: tuple[str, str]) -> None:
        if key not in self._all():
            raise KeyError(key)
        update_state(self._path, lambda state: _secrets(state).pop("/".join(key)))

    def __iter__(self) -> Iterator[tuple[str, str]]:
        return iter(self._all())

    def __len__(self) -> int:
        return len(self._all())

    def __repr__(self) -> str:
        return repr(self._all())


def _secrets(state: dict[str, object]) -> dict[str, str]:
    secrets = state["secrets"]
    assert isinstance(secrets, dict)
    return secrets


class Keyring(keyring.backend.KeyringBackend):
    """Secrets in a JSON file; every call notes what its process could see."""

    priority = 1  # type: ignore[assignment]

    @property
    def path(self) -> Path:
        """The file this keyring lives in."""
        return _path()

    @property
    def secrets(self) -> FileSecrets:
        """The stored passwords, keyed by (service, username)."""
        return FileSecrets(self.path)

    @property
    def asked(self) -> list[str]:
        """Every call made so far, in any process: "get", "set" or "delete"."""
        asked = read_state(self.path)["asked"]
        assert isinstance(asked, list)
        return asked

    def _call(self, what: str) -> None:
        def note(state: dict[str, object]) -> None:
            seen, asked = state["seen"], state["asked"]
            assert isinstance(seen, list)
            assert isinstance(asked, list)
            seen.append(
                {
                    "argv": sys.argv,
                    "env_has_key": "OCTANIST_API_KEY" in os.environ,
                    "pid": os.getpid(),
                }
            )
            asked.append(what)

        state = update_state(self.path, note)
        if state.get("hanging"):
            while True:
                time.sleep(60)
        if state.get("prompting"):
            deadline = time.monotonic() + PROMPT_LIMIT_S
            while not read_state(self.path).get("unlocked") and time.monotonic() < deadline:
                time.sleep(_POLL_S)

    def get_password(self, service: str, username: str) -> str | None:
        self._call("get")
        return _secrets(read_state(self.path)).get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        self._call("set")
        if password.startswith("explode:"):
            raise RuntimeError(f"backend choked on {password}")
        update_state(
            self.path, lambda state: _secrets(state).__setitem__(f"{service}/{username}", password)
        )

    def delete_password(self, service: str, username: str) -> None:
        self._call("delete")
        if f"{service}/{username}" not in _secrets(read_state(self.path)):
            raise keyring.errors.PasswordDeleteError(username)
        update_state(self.path, lambda state: _secrets(state).pop(f"{service}/{username}"))
