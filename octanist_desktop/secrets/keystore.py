"""The one place that touches the OS keyring for the Octanist API key.

Keyring access is lazy: nothing here calls ``keyring`` at import or at
construction, because the first call can block (a Secret Service that never
answers, an unlock prompt). Callers make the first call off the GUI thread.

Every failure mode of ``keyring`` and its backends becomes one
``KeyStoreError`` whose message tells a person what happened and what to do,
and never contains the key. There is no plaintext fallback: keyrings.alt
backends count as "no keyring".

``ApiKeyStore`` reaches the keyring through a ``KeyringAccess``: by default
a short-lived helper process per call (``keyring_process.KeyringProcess``),
so a keyring that hangs can be killed and keyring's libraries never load
into the app; ``InProcessKeyring`` is what that helper runs.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Protocol

from octanist_desktop.core.states import KeySource
from octanist_desktop.core.words import QT_TRANSLATE_NOOP

# ``keyring`` is imported inside the methods that use it, not here: importing
# it costs ~60 ms, and the first use is on the key loader's thread anyway.
if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

SERVICE = "octanist-desktop"
DEFAULT_ACCOUNT = "default"
ENV_VAR = "OCTANIST_API_KEY"

# Marked words (core.words): the helper process sends them as plain text and
# the window says them in the user's language.
NO_KEYRING_MESSAGE = QT_TRANSLATE_NOOP(
    "KeyStore",
    "Your system has no password store (keyring) this app can use. "
    "You can still use the key for this session only; it will not be saved.",
)
LOCKED_MESSAGE = QT_TRANSLATE_NOOP(
    "KeyStore",
    "The system keyring is locked. Unlock it (log in to your desktop session) "
    "and try again, or use the key for this session only.",
)
EMPTY_KEY_MESSAGE = QT_TRANSLATE_NOOP(
    "KeyStore", "The API key is empty. Copy it from Octanist → Settings → API and paste it here."
)
_KEYRING_FAILED = QT_TRANSLATE_NOOP(
    "KeyStore",
    "{what} ({detail}). Check that your desktop's password store is running and "
    "unlocked, then try again, or use the key for this session only.",
)
_NOT_STARTED = QT_TRANSLATE_NOOP("KeyStore", "The system keyring could not be started")
_NOT_STORED = QT_TRANSLATE_NOOP("KeyStore", "The system keyring refused to store the key")
_NOT_WORKING = QT_TRANSLATE_NOOP("KeyStore", "The system keyring did not work")

# Long backend messages (D-Bus dumps) help nobody in a dialog.
_DETAIL_LIMIT = 200
_REDACTED = "•••"


class KeyStoreError(Exception):
    """The key could not be read, stored or removed.

    ``message`` says what happened and what to do, in words for a person.
    It never contains the API key.
    """

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def _is_refused(backend: KeyringBackend) -> bool:
    """True for backends that don't keep a secret safe, or keep nothing at all."""
    from keyring.backends import chainer, fail, null

    if isinstance(backend, fail.Keyring | null.Keyring | chainer.ChainerBackend):
        return True
    # keyrings.alt holds plaintext and "encrypted" files whose password sits
    # next to them; neither is a place for an API key.
    return type(backend).__module__.startswith("keyrings.alt")


def _redacted(text: str, secret: str | None) -> str:
    if secret:
        text = text.replace(secret, _REDACTED)
    if len(text) > _DETAIL_LIMIT:
        text = text[:_DETAIL_LIMIT] + "…"
    return text


def as_key_store_error(exc: BaseException, secret: str | None = None) -> KeyStoreError:
    """Translate any keyring or backend failure into words for the user."""
    import keyring.errors

    if isinstance(exc, keyring.errors.NoKeyringError):
        return KeyStoreError(NO_KEYRING_MESSAGE)
    if isinstance(exc, keyring.errors.KeyringLocked):
        return KeyStoreError(LOCKED_MESSAGE)
    detail = _redacted(str(exc), secret) or type(exc).__name__
    if isinstance(exc, keyring.errors.InitError):
        what = _NOT_STARTED
    elif isinstance(exc, keyring.errors.PasswordSetError):
        what = _NOT_STORED
    else:
        # D-Bus errors, a Secret Service that went away, a misbehaving backend.
        what = _NOT_WORKING
    return KeyStoreError(_KEYRING_FAILED.format(what=what, detail=detail))


def clean_key(key: str) -> str:
    """The key as the server expects it: pasted whitespace removed; ``KeyStoreError`` if empty."""
    cleaned = key.strip()
    if not cleaned:
        raise KeyStoreError(EMPTY_KEY_MESSAGE)
    return cleaned


class KeyringAccess(Protocol):
    """The four things the app asks of a keyring; each raises ``KeyStoreError``."""

    def get(self, account: str) -> str | None:
        """The stored key, or None."""
        ...

    def set(self, account: str, key: str) -> None:
        """Store the key."""
        ...

    def delete(self, account: str) -> None:
        """Remove the key; nothing stored is not an error."""
        ...

    def name(self) -> str:
        """A short name of the keyring in use."""
        ...

    def cancel(self) -> None:
        """Make calls still waiting on the keyring give up, if this access can."""
        ...


class InProcessKeyring:
    """The OS keyring through the ``keyring`` library, in this process."""

    def get(self, account: str) -> str | None:
        """The stored key, or None; raises ``KeyStoreError``."""
        backend = self._backend()
        try:
            return backend.get_password(SERVICE, account)
        except Exception as exc:
            raise as_key_store_error(exc) from None

    def set(self, account: str, key: str) -> None:
        """Store ``key``; raises ``KeyStoreError``."""
        backend = self._backend()
        try:
            backend.set_password(SERVICE, account, key)
        except Exception as exc:
            # `from None`: the backend's own exception may quote what it was given.
            raise as_key_store_error(exc, secret=key) from None

    def delete(self, account: str) -> None:
        """Remove the key; already gone is fine. Raises ``KeyStoreError``."""
        backend = self._backend()
        import keyring.errors

        try:
            backend.delete_password(SERVICE, account)
        except keyring.errors.PasswordDeleteError:
            pass  # Already gone: that is what the user wanted.
        except Exception as exc:
            raise as_key_store_error(exc) from None

    def name(self) -> str:
        """The backend's module and class, or why there is none."""
        try:
            backend = self._backend()
        except KeyStoreError:
            return "none (no usable system keyring)"
        return f"{type(backend).__module__}.{type(backend).__name__}"

    def cancel(self) -> None:
        """Nothing: a call blocked inside this process can't be interrupted."""

    def _backend(self) -> KeyringBackend:
        """The first acceptable keyring backend, or ``KeyStoreError``."""
        import keyring
        from keyring.backends import chainer

        try:
            chosen = keyring.get_keyring()
            # A chainer would write to whichever backend accepts first,
            # plaintext ones included; pick the safe one ourselves.
            candidates = (
                list(chosen.backends) if isinstance(chosen, chainer.ChainerBackend) else [chosen]
            )
        except Exception as exc:
            raise as_key_store_error(exc) from None
        for backend in candidates:
            if not _is_refused(backend):
                return backend
        raise KeyStoreError(NO_KEYRING_MESSAGE)


class ApiKeyStore:
    """Reads and writes the Octanist API key for one account.

    Precedence when loading: ``OCTANIST_API_KEY`` in the environment (never
    stored), then a key the user chose to use for this session only, then
    the system keyring. Lazy: no keyring call happens until ``load``,
    ``save``, ``forget`` or ``backend_name``; each of them blocks until the
    keyring answers, so the window never calls them: its key jobs ask the
    helper process asynchronously and use ``key_without_keyring`` and
    ``keyring_saved`` for the rest.
    """

    def __init__(
        self,
        account: str = DEFAULT_ACCOUNT,
        environ: Mapping[str, str] = os.environ,
        access: KeyringAccess | None = None,
    ) -> None:
        self.account = account
        self._environ = environ
        if access is None:
            # Imported here: the helper's module imports this one.
            from octanist_desktop.secrets.keyring_process import KeyringProcess

            access = KeyringProcess()
        self._keyring: KeyringAccess = access
        self._session_key: str | None = None

    def __repr__(self) -> str:
        # The session key is deliberately absent.
        return f"{type(self).__name__}(account={self.account!r})"

    @property
    def access(self) -> KeyringAccess:
        """How this store reaches the system keyring."""
        return self._keyring

    def load(self) -> tuple[str | None, KeySource]:
        """The key in use and where it came from; ``(None, NONE)`` when there is none.

        A session-only key wins over the keyring: the user chose it this run,
        usually because saving to the keyring failed.
        Raises ``KeyStoreError`` when the keyring is needed and fails.
        """
        known = self.key_without_keyring()
        if known is not None:
            return known
        return self.from_keyring(self._keyring.get(self.account))

    def key_without_keyring(self) -> tuple[str, KeySource] | None:
        """The environment's key or this session's, which win over the keyring; else None."""
        from_env = self._environ.get(ENV_VAR, "").strip()
        if from_env:
            return from_env, KeySource.ENVIRONMENT
        if self._session_key is not None:
            return self._session_key, KeySource.SESSION
        return None

    @staticmethod
    def from_keyring(stored: str | None) -> tuple[str | None, KeySource]:
        """What the keyring's answer means: a usable key, or ``(None, NONE)``."""
        if stored is not None and stored.strip():
            return stored.strip(), KeySource.KEYRING
        return None, KeySource.NONE

    def save(self, key: str) -> None:
        """Store the key in the system keyring; raises ``KeyStoreError``.

        A successful save replaces any session-only key.
        """
        cleaned = clean_key(key)
        self._keyring.set(self.account, cleaned)
        self.keyring_saved()

    def keyring_saved(self) -> None:
        """The keyring now holds the key (saved by a key job): a session-only key gives way."""
        self._session_key = None

    @property
    def has_session_key(self) -> bool:
        """True when a key kept for this run only is in use (it wins over the keyring)."""
        return self._session_key is not None

    def use_for_session(self, key: str) -> None:
        """Keep the key in memory for this run only; it is never written anywhere."""
        self._session_key = clean_key(key)

    def forget(self) -> None:
        """Remove the key from the keyring and from this session."""
        self._session_key = None
        self._keyring.delete(self.account)

    def backend_name(self) -> str:
        """A short name of the keyring in use, for an About or Settings line."""
        return self._keyring.name()
