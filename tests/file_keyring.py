"""A keyring backend kept in a JSON file, for keyring helper processes in tests.

``PYTHON_KEYRING_BACKEND=tests.file_keyring.Keyring`` and
``OCTANIST_TEST_KEYRING_FILE=<path>`` in the environment. Each call also
records what the process it ran in could see (argv, whether an API key was
in its environment), so tests can check the key never travels that way.
A password starting with ``explode:`` makes the backend raise an error that
quotes it, like a careless backend would.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import keyring.backend
import keyring.errors

FILE_VAR = "OCTANIST_TEST_KEYRING_FILE"


def _path() -> Path:
    return Path(os.environ[FILE_VAR])


def read_state(path: Path) -> dict[str, object]:
    """What the file holds: ``secrets`` ("service/user" → password) and ``seen``."""
    if not path.exists():
        return {"secrets": {}, "seen": []}
    state = json.loads(path.read_text())
    assert isinstance(state, dict)
    return state


class Keyring(keyring.backend.KeyringBackend):
    """Secrets in a JSON file; every call notes what its process could see."""

    priority = 1  # type: ignore[assignment]

    def _update(self, change: dict[str, str | None]) -> dict[str, str]:
        state = read_state(_path())
        secrets = state["secrets"]
        assert isinstance(secrets, dict)
        for name, value in change.items():
            if value is None:
                secrets.pop(name, None)
            else:
                secrets[name] = value
        seen = state["seen"]
        assert isinstance(seen, list)
        seen.append({"argv": sys.argv, "env_has_key": "OCTANIST_API_KEY" in os.environ})
        _path().write_text(json.dumps(state))
        return secrets

    def get_password(self, service: str, username: str) -> str | None:
        return self._update({}).get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        if password.startswith("explode:"):
            raise RuntimeError(f"backend choked on {password}")
        self._update({f"{service}/{username}": password})

    def delete_password(self, service: str, username: str) -> None:
        if f"{service}/{username}" not in self._update({}):
            raise keyring.errors.PasswordDeleteError(username)
        self._update({f"{service}/{username}": None})
