"""One running Octanist Desktop per data folder.

Two apps on one folder sent the same lead twice: the second one's start-up
recovery put the first one's lead in flight back in the queue. So a
session takes an OS-level lock on its data folder (``QLockFile``) before
anything opens the database, and holds it until its sender has stopped;
recovery only ever runs under it. A lock left by an app that crashed or was
killed is noticed (its process is gone) and taken over.

A second launch on a locked folder asks the running app to bring its window
to the front, and then exits. It asks by leaving a request file in the
folder; the running app watches the folder (``QFileSystemWatcher``, part of
QtCore), raises its window and deletes the file, which is its answer. No
socket and no QtNetwork: the running app pays nothing for listening (a
local server cost 2 MiB of QtNetwork, and OpenSSL for hashing its name),
and the frozen app, which leaves QtNetwork out, listens too.
"""

from __future__ import annotations

import contextlib
import logging
import time
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QLockFile, QObject, Signal

log = logging.getLogger(__name__)

LOCK_FILE = "octanist-desktop.lock"
#: What a later launch leaves in the folder to ask for the window.
SHOW_REQUEST_FILE = "octanist-desktop.show-request"
#: How long a second launch waits for an answer: the running app may still be starting.
KNOCK_FOR_S = 5.0
_LOOK_EVERY_S = 0.05


class FolderInUse(Exception):
    """Another Octanist Desktop holds this data folder."""

    def __init__(self, data_dir: Path, pid: int | None) -> None:
        super().__init__(f"{data_dir} is in use by Octanist Desktop (process {pid or '?'})")
        self.data_dir = data_dir
        self.pid = pid


class FolderLock:
    """The lock on one data folder, held from :meth:`take` until :meth:`release`.

    ``took_over`` is true when the lock was left behind by an app that had
    stopped without releasing it (a crash, kill -9, a power cut).
    """

    def __init__(self, lock: QLockFile, took_over: bool) -> None:
        self._lock = lock
        self.took_over = took_over

    @classmethod
    def take(cls, data_dir: Path) -> FolderLock:
        """Lock ``data_dir``; :class:`FolderInUse` if another app has it, ``OSError`` if the
        lock file can't be made (a read-only or unreadable folder)."""
        path = data_dir / LOCK_FILE
        left_behind = path.exists()
        lock = QLockFile(str(path))
        # A lock whose process still runs is never taken, however old: Qt
        # checks the process id, and an OS lock on the file guards the rest.
        if lock.tryLock(0):
            if left_behind:
                log.info("took over the data folder from an Octanist Desktop that had stopped")
            return cls(lock, took_over=left_behind)
        error = lock.error()
        if error == QLockFile.LockError.LockFailedError:
            info = lock.getLockInfo()
            pid = info[0] if isinstance(info, tuple) and info else None
            raise FolderInUse(data_dir, pid if isinstance(pid, int) else None)
        if error == QLockFile.LockError.PermissionError:
            raise PermissionError(13, "Permission denied", str(path))
        raise OSError(f"The lock file {path} can't be created")

    def release(self) -> None:
        """Let another app have the folder."""
        self._lock.unlock()


class LaunchListener(QObject):
    """Listens, in the running app, for later launches on the same folder.

    Signals:
        showRequested(): another launch wants this app's window in front.
    """

    showRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._request = Path(data_dir) / SHOW_REQUEST_FILE
        self._watcher: QFileSystemWatcher | None = None

    def listen(self) -> bool:
        """Start watching the folder; False if it can't be watched."""
        watcher = QFileSystemWatcher(self)
        if not watcher.addPath(str(self._request.parent)):
            log.warning("other launches can't reach this window: the folder can't be watched")
            return False
        watcher.directoryChanged.connect(self._on_watcher_directoryChanged)
        self._watcher = watcher
        # A launch that came while this app was starting left its request already.
        self._on_watcher_directoryChanged(str(self._request.parent))
        return True

    def close(self) -> None:
        """Stop listening."""
        if self._watcher is not None:
            self._watcher.directoryChanged.disconnect(self._on_watcher_directoryChanged)
            self._watcher.deleteLater()
            self._watcher = None

    def _on_watcher_directoryChanged(self, _path: str) -> None:
        # Any file made or removed in the folder lands here: one look is cheap.
        if not self._request.exists():
            return
        log.info("another launch asked for this window: bringing it to the front")
        self.showRequested.emit()
        with contextlib.suppress(FileNotFoundError):
            self._request.unlink()  # the answer: the launch that asked sees it gone


def ask_running_app_to_show(data_dir: Path, knock_for_s: float = KNOCK_FOR_S) -> bool:
    """From a second launch: ask the app holding ``data_dir`` to show its window.

    True once it said it did (took the request away). Waits up to
    ``knock_for_s``: an app that has just started answers once its window
    is up. A request nobody took is withdrawn.
    """
    request = Path(data_dir) / SHOW_REQUEST_FILE
    try:
        request.write_bytes(b"show\n")
    except OSError as exc:
        log.warning("could not ask the running app for its window: %s", exc)
        return False
    deadline = time.monotonic() + knock_for_s
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(_LOOK_EVERY_S)
    try:
        request.unlink()
    except FileNotFoundError:
        return True  # taken at the very last moment
    except OSError as exc:
        log.warning("could not withdraw the request for the window: %s", exc)
    return False
