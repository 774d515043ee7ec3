"""States that cross layers, as enums: code branches on these, never on a message's words.

``ConnectionState`` is what the sender tells the window about reaching
Octanist; ``KeyProblem`` says why a request was refused for its key (carried
by ``outcomes.Unauthorized``); ``KeySource`` says where the key in use came
from. The sentences shown for each live in ``core.key_words``.
"""

from __future__ import annotations

from enum import StrEnum

__all__ = ["ConnectionState", "KeyProblem", "KeySource"]


class ConnectionState(StrEnum):
    """What the status bar says about reaching Octanist."""

    UNKNOWN = "unknown"  # ready, nothing sent yet (or a new key not tried yet)
    ONLINE = "online"  # the last request got an answer from Octanist
    OFFLINE = "offline"  # the last request failed; the queue waits and tries again
    NO_KEY = "no_key"  # there is no usable key, so nothing is sent at all
    KEY_REFUSED = "key_refused"  # Octanist refused the key (401); the queue waits for a new one

    @property
    def waits_for_key(self) -> bool:
        """True when nothing can be sent until the key changes."""
        return self in (ConnectionState.NO_KEY, ConnectionState.KEY_REFUSED)


class KeyProblem(StrEnum):
    """Why a request was refused for its key."""

    MISSING = "missing"  # no key set: refused here, nothing sent
    MALFORMED = "malformed"  # a key no Octanist key can be (spaces, odd characters): not sent
    REFUSED = "refused"  # Octanist answered 401


class KeySource(StrEnum):
    """Where the key in use came from."""

    KEYRING = "keyring"
    SESSION = "session"
    ENVIRONMENT = "environment"
    SANDBOX = "sandbox"  # the built-in sandbox's own key
    NONE = "none"
