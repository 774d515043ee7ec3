"""A keyring backend that never answers, for a child process (PYTHON_KEYRING_BACKEND).

Like gnome-keyring showing an unlock prompt that nobody will ever see.
"""

from __future__ import annotations

import threading

import keyring.backend

_NEVER = threading.Event()


class Keyring(keyring.backend.KeyringBackend):
    """Every call blocks for good."""

    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        _NEVER.wait()
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        _NEVER.wait()

    def delete_password(self, service: str, username: str) -> None:
        _NEVER.wait()
