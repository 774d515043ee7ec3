"""One running Octanist Desktop per data folder.

Two apps on one folder sent the same lead twice: the second one's start-up
recovery put the first one's lead in flight back in the queue. So a
session takes an OS-level lock on its data folder (``QLockFile``) before
anything opens the database, and holds it until its sender has stopped;
recovery only ever runs under it. A lock left by an app that crashed or was
killed is noticed (its process is gone) and taken over.

A second launch on a locked folder asks the running app, over a local
socket named after the folder, to bring its window to the front, and then
exits. ``QtNetwork`` is loaded only for that: by the running app once its
window is shown, by a second launch just before it leaves.
"""

from __future__ import annotations

import getpass
import logging
import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

LOCK_FILE = "octanist-desktop.lock"
_SHOW = b"show\n"
_SHOWN = b"shown\n"
#: How long a second launch keeps knocking: the running app may still be starting.
KNOCK_FOR_S = 5.0
_KNOCK_TIMEOUT_MS = 1000


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


def channel_name(data_dir: Path) -> str:
    """The local socket's name for ``data_dir``: one per folder and user, short enough for
    Unix socket paths, no path characters."""
    # Here, not at the top: hashlib loads OpenSSL, which the first window doesn't need.
    import hashlib

    try:
        who = getpass.getuser()
    except (KeyError, OSError):
        who = str(os.getuid()) if hasattr(os, "getuid") else "user"
    where = os.path.normcase(str(data_dir.resolve()))
    digest = hashlib.sha256(f"{who}\0{where}".encode()).hexdigest()[:20]
    return f"octanist-desktop-{digest}"


class LaunchListener(QObject):
    """Listens, in the running app, for later launches on the same folder.

    Signals:
        showRequested(): another launch wants this app's window in front.
    """

    showRequested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = channel_name(data_dir)
        self._server: QLocalServer | None = None

    def listen(self) -> bool:
        """Start listening (loads QtNetwork); False if the channel can't be opened."""
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        # Holding the folder lock, this app is the only one that may listen:
        # a socket file left by a killed app is stale and goes.
        QLocalServer.removeServer(self._name)
        if not server.listen(self._name):
            log.warning("other launches can't reach this window: %s", server.errorString())
            return False
        server.newConnection.connect(self._on_server_newConnection)
        self._server = server
        return True

    def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_server_newConnection(self) -> None:
        server = self._server
        while server is not None and server.hasPendingConnections():
            socket = server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_socket_readyRead(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_socket_readyRead(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == _SHOW:
            log.info("another launch asked for this window: bringing it to the front")
            self.showRequested.emit()
            socket.write(_SHOWN)
            socket.flush()
        socket.disconnectFromServer()


def ask_running_app_to_show(data_dir: Path, knock_for_s: float = KNOCK_FOR_S) -> bool:
    """From a second launch: ask the app holding ``data_dir`` to show its window.

    True once it said it did. Keeps trying for ``knock_for_s``: an app that
    has just started listens only once its window is up.
    """
    from PySide6.QtNetwork import QLocalSocket

    name = channel_name(data_dir)
    deadline = time.monotonic() + knock_for_s
    while True:
        socket = QLocalSocket()
        socket.connectToServer(name)
        if socket.waitForConnected(_KNOCK_TIMEOUT_MS):
            socket.write(_SHOW)
            socket.flush()
            answered = b""
            while socket.waitForReadyRead(_KNOCK_TIMEOUT_MS):
                answered += bytes(socket.readAll().data())
                if answered.endswith(b"\n"):
                    break
            socket.disconnectFromServer()
            if answered == _SHOWN:
                return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(0.2)
