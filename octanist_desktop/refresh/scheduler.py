"""When to read back from Octanist: on request (F5 in History), and calmly while online.

``RefreshScheduler`` runs one ``StatusRefresh`` at a time on the task pool
(``tasks.run_task``) and hands its report to the GUI thread. While the
sender says Octanist answers, it refreshes shortly after coming online and
then every ``interval_ms``; offline, or without a working key, it waits. A
request during a run is remembered and run right after it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from octanist_desktop import tasks
from octanist_desktop.core.states import ConnectionState

if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient
    from octanist_desktop.refresh.status_refresh import RefreshReport

log = logging.getLogger(__name__)

#: Every ten minutes while online: calm for the server, fresh enough for a sales desk.
INTERVAL_MS = 10 * 60 * 1000
#: After coming online, wait this long first: leads queued offline go out before.
FIRST_DELAY_MS = 3000

ClientFactory = Callable[[str | None], "OctanistClient"]


class RefreshScheduler(QObject):
    """Runs status refreshes: now on request, and every ``interval_ms`` while online.

    Signals (on the GUI thread):
        started(): a run began (the window may say "Refreshing…").
        refreshed(RefreshReport): a run ended; what it found.
    """

    started = Signal()
    refreshed = Signal(object)

    def __init__(
        self,
        data_dir: Path,
        client_factory: ClientFactory,
        api_key: str | None,
        *,
        interval_ms: int = INTERVAL_MS,
        first_delay_ms: int = FIRST_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._data_dir = data_dir
        self._client_factory = client_factory
        self._api_key = api_key
        self._first_delay_ms = first_delay_ms
        self._task: tasks.Task | None = None
        self._again = False
        self._online = False
        self._stopped = False
        self._interval_ms = interval_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh_now)

    def is_running(self) -> bool:
        """True while a refresh is under way."""
        return self._task is not None and self._task.is_running()

    def set_api_key(self, api_key: str | None) -> None:
        """Use ``api_key`` from the next run on (the sender says when it works)."""
        self._api_key = api_key or None

    @Slot(object, str)
    def on_sender_connectionChanged(self, state: ConnectionState, _message: str) -> None:
        """Refresh soon after Octanist answers again; pause while it doesn't."""
        online = state is ConnectionState.ONLINE
        if online and not self._online and not self._stopped:
            self._timer.start(self._first_delay_ms)
        elif not online:
            self._timer.stop()
        self._online = online

    @Slot()
    def refresh_now(self) -> bool:
        """Start a refresh; while one runs, another follows it. False when it can't run."""
        if self._stopped or not self._api_key:
            return False
        if self.is_running():
            self._again = True
            return True
        self._timer.stop()
        from octanist_desktop.refresh.status_refresh import StatusRefresh

        factory, key = self._client_factory, self._api_key
        refresh = StatusRefresh(self._data_dir, lambda: factory(key))
        self._task = tasks.run_task(
            lambda context: refresh.run(context.is_cancelled),
            self._on_task_finished,
            name="octanist-status-refresh",
            parent=self,
        )
        self._task.failed.connect(self._on_task_failed)
        self.started.emit()
        return True

    def stop(self) -> None:
        """No more runs; one under way is told to stop and its report dropped."""
        self._stopped = True
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            self._task = None

    def _on_task_finished(self, report: RefreshReport) -> None:
        self._task = None
        self.refreshed.emit(report)
        self._next()

    def _on_task_failed(self, error: object) -> None:
        # A bug, not the network (the refresh turns every network trouble into a
        # report): logged by the task pool; try again at the next interval.
        log.warning("status refresh failed: %s", type(error).__name__)
        self._task = None
        self._next()

    def _next(self) -> None:
        if self._stopped:
            return
        if self._again:
            self._again = False
            self.refresh_now()
        elif self._online:
            self._timer.start(self._interval_ms)
