"""A total time limit per request, however slowly the server drips its answer.

``requests`` only knows a connect timeout and a read timeout, and the read
timeout counts from the last byte: a server (or a proxy) that sends one
byte every few seconds keeps a request alive for as long as it likes. Here
a watchdog thread cuts the request's connection when its time is up; the
blocked read then fails at once, and the caller asks :attr:`cut`.

Connections find the running request's watchdog through a thread-local:
the request and its connections run on the same (the sender's) thread.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool
from urllib3.poolmanager import PoolManager, ProxyManager

_running = threading.local()


class Deadline:
    """Watches one request at a time and cuts its connection when the time is up.

    One per client (one client per thread); its thread starts with the first
    request and ends with :meth:`close`.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._changed = threading.Condition(self._lock)
        self._due: float | None = None
        # Sockets, not connections: http.client lets go of a connection's
        # socket once a "Connection: close" answer starts, the answer keeps it.
        self._sockets: list[socket.socket] = []
        self._cut = False
        self._closed = False
        # Whether the watchdog sleeps with no request to time (only then does a
        # new request need to wake it: a timed sleep ends before the new due).
        self._idle = True
        self._wake_at = 0.0  # when a timed sleep of the watchdog ends
        self._thread: threading.Thread | None = None

    @property
    def cut(self) -> bool:
        """Whether the last request ran out of time and had its connection cut."""
        with self._lock:
            return self._cut

    @contextlib.contextmanager
    def running(self, seconds: float) -> Iterator[Deadline]:
        """Watch the request made inside this block; cut it after ``seconds``."""
        with self._lock:
            self._due = time.monotonic() + seconds
            self._cut = False
            self._sockets.clear()
            if self._thread is None and not self._closed:
                self._thread = threading.Thread(
                    target=self._watch, name="octanist-request-deadline", daemon=True
                )
                self._thread.start()
            elif self._idle or self._due < self._wake_at:
                # A sender sends request after request: waking the watchdog
                # only from idle spares two thread switches per request.
                self._changed.notify()
        _running.deadline = self
        try:
            yield self
        finally:
            _running.deadline = None
            with self._lock:
                self._due = None
                self._sockets.clear()

    def track(self, connection: HTTPConnection) -> None:
        """``connection`` carries the running request (called from the connection itself)."""
        sock = getattr(connection, "sock", None)
        if not isinstance(sock, socket.socket):
            return  # not connected yet: connect() tracks it once it is
        with self._lock:
            if self._due is None:
                return
            if sock not in self._sockets:
                self._sockets.append(sock)
            if self._cut:
                _shut(sock)

    def close(self) -> None:
        """Stop the watchdog thread."""
        with self._lock:
            self._closed = True
            self._changed.notify()
            thread, self._thread = self._thread, None
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout=1.0)

    def _watch(self) -> None:
        with self._lock:
            while not self._closed:
                if self._due is None or self._cut:
                    self._idle = True
                    self._changed.wait()
                    continue
                self._idle = False
                left = self._due - time.monotonic()
                if left > 0:
                    # Wakes at the due time of this request or an earlier one;
                    # a later request's due is read again then.
                    self._wake_at = self._due
                    self._changed.wait(left)
                    continue
                self._cut = True
                for sock in self._sockets:
                    _shut(sock)


def _shut(sock: socket.socket) -> None:
    """Shut ``sock`` down, so a read blocked on it returns at once."""
    # socket.socket's shutdown, also for an SSLSocket: the TLS object stays
    # untouched for the thread that is inside a read on it.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _track(connection: HTTPConnection) -> None:
    deadline = getattr(_running, "deadline", None)
    if deadline is not None:
        deadline.track(connection)


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        super().connect()
        _track(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _track(self)
        super().request(*args, **kwargs)


class _WatchedHTTPSConnection(HTTPSConnection):
    def connect(self) -> None:
        super().connect()
        _track(self)

    def request(self, *args: Any, **kwargs: Any) -> None:
        _track(self)
        super().request(*args, **kwargs)


class _WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection


class _WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection


_WATCHED_POOLS = {"http": _WatchedHTTPPool, "https": _WatchedHTTPSPool}


class DeadlineAdapter(HTTPAdapter):
    """``requests``' adapter, with connections a :class:`Deadline` can cut."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        """The usual pool manager, making watched connections."""
        super().init_poolmanager(*args, **kwargs)
        _watch_pools(self.poolmanager)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        """The usual proxy manager, making watched connections (not for SOCKS proxies)."""
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if isinstance(manager, ProxyManager):
            _watch_pools(manager)
        return manager


def _watch_pools(manager: PoolManager) -> None:
    manager.pool_classes_by_scheme = dict(_WATCHED_POOLS)
