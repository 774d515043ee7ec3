"""Jobs around the API key that must never hold up the window: load it, save it, test it.

Loading and saving talk to the system keyring through its helper process
(``secrets/keyring_process.py``) started with ``tasks.run_process``: no
thread waits on a keyring, and ``stop`` kills a helper stuck behind an
unlock prompt nobody answers. The key travels to the helper on its stdin
only. Testing a key is one HTTP request, run with ``tasks.run_task``.
Every result comes back to the GUI thread as data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from octanist_desktop import tasks
from octanist_desktop.core.key_words import CHECK_ACCEPTED, CHECK_REFUSED
from octanist_desktop.core.states import KeyProblem, KeySource
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.secrets.keyring_process import (
    KeyringProcess,
    encode_request,
    helper_environment,
    process_command,
    read_answer,
    stored_key,
)
from octanist_desktop.secrets.keystore import ApiKeyStore, KeyStoreError, clean_key
from octanist_desktop.ui.words import translated

# ``net.client`` (and ``requests``) is imported by the key test itself, on its pool thread.
if TYPE_CHECKING:
    from octanist_desktop.core.outcomes import Retryable
    from octanist_desktop.net.client import OctanistClient

UNREACHABLE = QT_TRANSLATE_NOOP("KeyCheck", "Couldn't reach Octanist: {reason}")
UNREACHABLE_PREFIX = UNREACHABLE.template.split("{")[0]
#: The key was refused before any request (empty, or not a key's shape).
REFUSED_HERE = QT_TRANSLATE_NOOP("KeyCheck", "✖ {problem}")
UNEXPECTED = QT_TRANSLATE_NOOP("KeyCheck", "Octanist answered unexpectedly: {message}")


class KeyringCall(QObject):
    """One request to the keyring helper process at a time; the answer arrives as data.

    Signals:
        answered(object): the helper's answer (a dict), or the ``KeyStoreError``
            saying why there is none. Never emitted after ``stop``.
    """

    answered = Signal(object)

    def __init__(self, store: ApiKeyStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._account = store.account
        access = store.access
        # The same helper the store's blocking calls would use (tests swap it).
        self._command = access.command if isinstance(access, KeyringProcess) else process_command()
        self._process: tasks.ProcessTask | None = None

    def start(self, op: str, key: str | None = None) -> bool:
        """Ask the helper to ``op`` ("get", "set" with ``key``); False if a request is running."""
        if self.is_running():
            return False
        self._process = tasks.run_process(
            self._command,
            encode_request(op, self._account, key),
            self._on_process_finished,
            environment=helper_environment(),
            parent=self,
        )
        return True

    def is_running(self) -> bool:
        """True until the answer has been delivered (or ``stop``)."""
        return self._process is not None

    def stop(self) -> None:
        """Kill a helper still waiting on the keyring; its answer is dropped."""
        process, self._process = self._process, None
        if process is not None:
            process.kill()
            process.deleteLater()

    def _on_process_finished(self, code: int, out: bytes) -> None:
        process, self._process = self._process, None
        if process is not None:
            process.deleteLater()
        answer: dict[str, object] | KeyStoreError
        try:
            answer = read_answer(out, code)
        except KeyStoreError as exc:
            answer = exc
        self.answered.emit(answer)


def _describe(exc: Exception, key: str) -> str:
    """An exception in words, with the key cut out should it be quoted."""
    text = str(exc).replace(key, "•••") if key else str(exc)
    return text or type(exc).__name__


def _cause(outcome: Retryable) -> str:
    """``outcome.cause`` in the user's language: the reason said less its closing note.

    Every translation keeps the note last, as the English does; one that
    doesn't gets the English cause. (``translate`` is thread-safe.)
    """
    said, note = translated(outcome.reason), translated(outcome.note)
    if note and said.endswith(note):
        return said[: -len(note)].rstrip()
    return outcome.cause


def _check_key(client_factory: Callable[[str], OctanistClient], key: str) -> tuple[bool, str]:
    """Ask Octanist whether ``key`` is good; runs on the background thread."""
    from octanist_desktop.core.outcomes import Delivered, Retryable, Unauthorized

    # Any exception here would leave the dialog saying "Checking…" forever.
    try:
        client = client_factory(key)
    except Exception as exc:  # e.g. InvalidApiUrl: the message says what is wrong
        return False, UNREACHABLE.format(reason=_describe(exc, key))
    try:
        outcome = client.check_key()
    except Exception as exc:
        return False, UNREACHABLE.format(reason=_describe(exc, key))
    finally:
        client.close()
    if isinstance(outcome, Delivered):
        return True, CHECK_ACCEPTED
    if isinstance(outcome, Unauthorized):
        if outcome.problem is not KeyProblem.REFUSED:
            return False, REFUSED_HERE.format(problem=outcome.message)  # before any request
        return False, CHECK_REFUSED
    if isinstance(outcome, Retryable):
        # A key check sent no lead: what went wrong, without the note on sending again.
        return False, UNREACHABLE.format(reason=_cause(outcome))
    return False, UNEXPECTED.format(message=outcome.message)


class KeyCheck(QObject):
    """Tests an API key against Octanist in the background.

    ``client_factory(key)`` builds the client; its ``check_key()`` decides:
    Delivered means accepted, Unauthorized refused, Retryable unreachable.

    Signals:
        finished(bool, str): whether the key was accepted, and a line for the user.
    """

    finished = Signal(bool, str)

    def __init__(
        self,
        client_factory: Callable[[str], OctanistClient],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._client_factory = client_factory
        self._task: tasks.Task | None = None

    def start(self, key: str) -> bool:
        """Begin testing ``key``; False if a test is already running."""
        if self.is_running():
            return False
        factory = self._client_factory
        self._task = tasks.run_task(
            lambda _context: _check_key(factory, key),
            self._on_task_finished,
            name="octanist-key-check",
            parent=self,
        )
        return True

    def is_running(self) -> bool:
        """True while a test is under way."""
        return self._task is not None and self._task.is_running()

    def stop(self) -> None:
        """Drop a running test: its answer is never shown.

        The request itself ends by its own timeouts; quitting waits for it
        (``tasks.shutdown``) rather than leave it behind.
        """
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_task_finished(self, result: tuple[bool, str]) -> None:
        self._task = None
        ok, message = result
        # Worded here, on the GUI thread: a signal's str would lose the Words.
        self.finished.emit(ok, translated(message))


class KeyLoader(QObject):
    """Loads the API key at start-up without holding up the window.

    The environment's key needs no keyring; otherwise the keyring helper is
    asked, and may take as long as an unlock prompt does.

    Signals:
        loaded(object, str, str): the key or None, a ``KeySource`` value, and a
            human error message ("" when the keyring answered).
    """

    loaded = Signal(object, str, str)

    def __init__(self, store: ApiKeyStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._call = KeyringCall(store, self)
        self._call.answered.connect(self._on_call_answered)
        self._known: tuple[str, KeySource] | None = None

    def start(self) -> bool:
        """Begin loading; False if a load is already running."""
        if self.is_running():
            return False
        self._known = self._store.key_without_keyring()
        if self._known is not None:
            # Answered from the next turn of the event loop, as a keyring answer
            # would be: the caller's connections are all in place by then.
            QTimer.singleShot(0, self, self._deliver_known)
            return True
        return self._call.start("get")

    def is_running(self) -> bool:
        """True until ``loaded`` has been emitted (or ``stop``)."""
        return self._known is not None or self._call.is_running()

    def stop(self) -> None:
        """Give up on the load (at quit, or when a key was given meanwhile); nothing is emitted."""
        self._known = None
        self._call.stop()

    def _deliver_known(self) -> None:
        known, self._known = self._known, None
        if known is not None:
            self.loaded.emit(known[0], known[1].value, "")

    def _on_call_answered(self, answer: object) -> None:
        if isinstance(answer, KeyStoreError):
            self.loaded.emit(None, KeySource.NONE.value, answer.message)
            return
        assert isinstance(answer, dict)
        key, source = self._store.from_keyring(stored_key(answer))
        self.loaded.emit(key, source.value, "")


class KeySaver(QObject):
    """Stores a key in the system keyring without holding up the window.

    Saving may wait on an unlock prompt, or on a keyring that never answers;
    the window stays usable all the while, and ``stop`` ends the wait.

    Signals:
        finished(str): "" when the key is stored, else what went wrong, in words.
    """

    finished = Signal(str)

    def __init__(self, store: ApiKeyStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._call = KeyringCall(store, self)
        self._call.answered.connect(self._on_call_answered)

    def start(self, key: str) -> bool:
        """Begin saving ``key``; False if a save is already running."""
        if self.is_running():
            return False
        try:
            cleaned = clean_key(key)
        except KeyStoreError as exc:
            message = exc.message
            QTimer.singleShot(0, self, lambda: self.finished.emit(message))
            return True
        return self._call.start("set", cleaned)

    def is_running(self) -> bool:
        """True until ``finished`` has been emitted (or ``stop``)."""
        return self._call.is_running()

    def stop(self) -> None:
        """Stop waiting for the keyring: its helper is killed, nothing is emitted."""
        self._call.stop()

    def _on_call_answered(self, answer: object) -> None:
        if isinstance(answer, KeyStoreError):
            self.finished.emit(answer.message)
            return
        self._store.keyring_saved()
        self.finished.emit("")
