"""Background jobs around the API key: test it, load it at start-up, save it.

Each can block for a long time (an HTTP request, a keyring unlock prompt), so
each runs on its own short-lived QThread. The key goes in and comes out as a
signal argument only; results come back to the GUI thread as data.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QThread, Signal, Slot

from octanist_desktop.core.key_words import CHECK_ACCEPTED, CHECK_REFUSED
from octanist_desktop.core.states import KeyProblem, KeySource
from octanist_desktop.secrets.keystore import ApiKeyStore, KeyStoreError

# ``net.client`` (and ``requests``) is imported by the job itself, on its own thread.
if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient

UNREACHABLE_PREFIX = "Couldn't reach Octanist: "

# Threads that would not stop in time (a keyring prompt nobody answers).
# Destroying a running QThread aborts the process, so they are kept alive
# here until the process ends.
_ABANDONED: list[tuple[QThread, QObject]] = []


def abandoned_jobs() -> int:
    """How many jobs were given up on while still running.

    Their threads are still blocked (in a keyring call, most likely). Python
    would destroy them at exit, and Qt aborts the process when a running
    QThread is destroyed: an app with any left should end with ``os._exit``.
    """
    return len(_ABANDONED)


class _Worker(QObject):
    """Runs one job on the background thread and hands back its result."""

    done = Signal(object)

    def __init__(self, job: Callable[[str], object]) -> None:
        super().__init__()
        self._job = job

    @Slot(str)
    def run(self, argument: str) -> None:
        """Run the job; the job itself turns every failure into a result."""
        self.done.emit(self._job(argument))


class _BackgroundRun(QObject):
    """One job at a time on a fresh QThread, joined as soon as it reports.

    Signals:
        result(object): what the job returned, delivered on the GUI thread.
    """

    result = Signal(object)
    _requested = Signal(str)

    def __init__(self, name: str, job: Callable[[str], object], parent: QObject | None) -> None:
        super().__init__(parent)
        self._name = name
        self._job = job
        self._thread: QThread | None = None
        self._worker: _Worker | None = None

    def is_running(self) -> bool:
        """True from ``launch`` until the result has been delivered (or ``stop``)."""
        return self._thread is not None

    def launch(self, argument: str) -> bool:
        """Start the job with ``argument``; False (and nothing started) if one is running."""
        if self._thread is not None:
            return False
        thread = QThread()  # no parent: only this object decides when it dies
        thread.setObjectName(self._name)
        worker = _Worker(self._job)
        worker.moveToThread(thread)
        worker.done.connect(self._on_worker_done)
        self._requested.connect(worker.run)
        self._thread, self._worker = thread, worker
        thread.start()
        # Queued into the worker's thread: the argument never sits in an attribute.
        self._requested.emit(argument)
        return True

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Drop a running job and join its thread; False if it did not end in time.

        A job blocked in a request or an unlock prompt can't be interrupted;
        its result is discarded. A thread that outlives ``timeout_ms`` is
        parked until the process ends rather than destroyed while running.
        """
        thread, worker = self._thread, self._worker
        if thread is None or worker is None:
            return True
        worker.done.disconnect(self._on_worker_done)
        self._requested.disconnect(worker.run)
        self._thread = self._worker = None
        thread.quit()
        if thread.wait(timeout_ms):
            return True
        _ABANDONED.append((thread, worker))
        return False

    @Slot(object)
    def _on_worker_done(self, result: object) -> None:
        # A result queued just before `stop()` may still arrive; it belongs to
        # a job already given up on, perhaps with a new one running now.
        if self.sender() is not self._worker:
            return
        thread, worker = self._thread, self._worker
        self._thread = self._worker = None
        if worker is not None:
            self._requested.disconnect(worker.run)
        if thread is not None:
            # The job has returned, so the thread's loop ends at once.
            thread.quit()
            thread.wait()
        self.result.emit(result)


def _describe(exc: Exception, key: str) -> str:
    """An exception in words, with the key cut out should it be quoted."""
    text = str(exc).replace(key, "•••") if key else str(exc)
    return text or type(exc).__name__


def _check_key(client_factory: Callable[[str], OctanistClient], key: str) -> tuple[bool, str]:
    """Ask Octanist whether ``key`` is good; runs on the background thread."""
    from octanist_desktop.core.outcomes import Delivered, Retryable, Unauthorized

    # Any exception here would leave the dialog saying "Checking…" forever.
    try:
        client = client_factory(key)
    except Exception as exc:  # e.g. InvalidApiUrl: the message says what is wrong
        return False, f"{UNREACHABLE_PREFIX}{_describe(exc, key)}"
    try:
        outcome = client.check_key()
    except Exception as exc:
        return False, f"{UNREACHABLE_PREFIX}{_describe(exc, key)}"
    finally:
        client.close()
    if isinstance(outcome, Delivered):
        return True, CHECK_ACCEPTED
    if isinstance(outcome, Unauthorized):
        if outcome.problem is not KeyProblem.REFUSED:
            return False, f"✖ {outcome.message}"  # refused here, before any request
        return False, CHECK_REFUSED
    if isinstance(outcome, Retryable):
        return False, f"{UNREACHABLE_PREFIX}{_without_lead_advice(outcome.reason)}"
    return False, f"Octanist answered unexpectedly: {outcome.message}"


def _without_lead_advice(reason: str) -> str:
    """The client's reasons end with what happens to the lead; a key check sent none."""
    sentences = [part for part in reason.split(". ") if part]
    kept = [part for part in sentences if "lead" not in part.lower()]
    text = ". ".join(kept or sentences[:1])
    return text if text.endswith(".") else text + "."


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
        self._run = _BackgroundRun(
            "octanist-key-check", lambda key: _check_key(client_factory, key), self
        )
        self._run.result.connect(self._on_run_result)

    def start(self, key: str) -> bool:
        """Begin testing ``key``; False if a test is already running."""
        return self._run.launch(key)

    def is_running(self) -> bool:
        """True while a test is under way."""
        return self._run.is_running()

    def stop(self, timeout_ms: int = 10_000) -> bool:
        """Abandon a running test and join its thread (see ``_BackgroundRun.stop``)."""
        return self._run.stop(timeout_ms)

    @Slot(object)
    def _on_run_result(self, result: object) -> None:
        ok, message = cast(tuple[bool, str], result)
        self.finished.emit(ok, message)


def _load_key(store: ApiKeyStore) -> tuple[str | None, str, str]:
    """Read the key; runs on the background thread because the keyring may block."""
    try:
        key, source = store.load()
    except KeyStoreError as exc:
        return None, KeySource.NONE.value, exc.message
    except Exception as exc:  # never leave the window waiting for a signal that won't come
        return None, KeySource.NONE.value, f"Reading the key failed ({type(exc).__name__})."
    return key, source.value, ""


class KeyLoader(QObject):
    """Loads the API key off the GUI thread at start-up.

    Signals:
        loaded(object, str, str): the key or None, a ``KeySource`` value, and a
            human error message ("" when the keyring answered).
    """

    loaded = Signal(object, str, str)

    def __init__(self, store: ApiKeyStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = _BackgroundRun("octanist-key-loader", lambda _: _load_key(store), self)
        self._run.result.connect(self._on_run_result)

    def start(self) -> bool:
        """Begin loading; False if a load is already running."""
        return self._run.launch("")

    def is_running(self) -> bool:
        """True until ``loaded`` has been emitted."""
        return self._run.is_running()

    def stop(self, timeout_ms: int = 2_000) -> bool:
        """Give up on a load (say, at quit) and join its thread if it ends in time."""
        return self._run.stop(timeout_ms)

    @Slot(object)
    def _on_run_result(self, result: object) -> None:
        key, source, error = cast(tuple[str | None, str, str], result)
        self.loaded.emit(key, source, error)


def _save_key(store: ApiKeyStore, key: str) -> str:
    """Store the key in the keyring; "" when done, else why not (for the user)."""
    try:
        store.save(key)
    except KeyStoreError as exc:
        return exc.message
    except Exception as exc:  # never leave the dialog saying "Saving…" forever
        return f"Saving the key failed ({type(exc).__name__})."
    return ""


class KeySaver(QObject):
    """Stores a key in the system keyring off the GUI thread.

    Saving may wait on an unlock prompt, or on a keyring that never answers;
    the window stays usable all the while.

    Signals:
        finished(str): "" when the key is stored, else what went wrong, in words.
    """

    finished = Signal(str)

    def __init__(self, store: ApiKeyStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._run = _BackgroundRun("octanist-key-saver", lambda key: _save_key(store, key), self)
        self._run.result.connect(self._on_run_result)

    def start(self, key: str) -> bool:
        """Begin saving ``key``; False if a save is already running."""
        return self._run.launch(key)

    def is_running(self) -> bool:
        """True until ``finished`` has been emitted."""
        return self._run.is_running()

    def stop(self, timeout_ms: int = 100) -> bool:
        """Stop waiting for the save (its result is dropped); see ``_BackgroundRun.stop``."""
        return self._run.stop(timeout_ms)

    @Slot(object)
    def _on_run_result(self, result: object) -> None:
        self.finished.emit(cast(str, result))
