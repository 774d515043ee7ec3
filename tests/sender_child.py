"""A sender in its own process, for the crash tests: SIGKILL it anywhere, start it again.

It sends leads and the outcomes queued behind them; "idle" means neither is left.

usage: python tests/sender_child.py DATA_DIR API_URL API_KEY [--exit-when-idle]
Prints "started" once the sender thread runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Slot

from octanist_desktop.net.client import OctanistClient
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.sender.thread import SenderThread
from octanist_desktop.sender.worker import SenderWorker
from octanist_desktop.store.lifecycle import OUTCOMES_PENDING, PENDING


class IdleWatcher(QObject):
    """Quits the app when nothing is left to send; a QObject so the signal is queued to it."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__()
        self._app = app

    @Slot(dict)
    def on_worker_countsChanged(self, counts: dict[str, int]) -> None:
        leads = any(counts.get(s.value, 0) for s in PENDING)
        outcomes = any(counts.get(f"outcomes:{s.value}", 0) for s in OUTCOMES_PENDING)
        if not leads and not outcomes:
            self._app.quit()


def main() -> int:
    """Drain DATA_DIR's outbox to API_URL until killed (or until idle, if asked)."""
    data_dir, api_url, api_key = Path(sys.argv[1]), sys.argv[2], sys.argv[3]
    exit_when_idle = "--exit-when-idle" in sys.argv
    app = QCoreApplication(sys.argv[:1])
    worker = SenderWorker(
        data_dir,
        lambda key: OctanistClient(api_url, key, connect_timeout=1.0, read_timeout=2.0),
        api_key,
        backoff=Backoff(base=0.05, cap=0.2),
    )
    sender = SenderThread(worker)

    idle = IdleWatcher(app) if exit_when_idle else None
    if idle is not None:
        worker.countsChanged.connect(idle.on_worker_countsChanged)
    app.aboutToQuit.connect(lambda: sender.stop(10.0))
    sender.start()
    print("started", flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
