"""Owns the sender's QThread: start it, talk to it by signal, stop it cleanly."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QThread, Signal

from octanist_desktop.sender.worker import SenderWorker


class SenderThread(QObject):
    """The GUI thread's handle on the ``SenderWorker``.

    Every request to the worker is a queued signal; the worker's own signals
    (``worker.leadChanged`` …) are connected by the caller and arrive on the
    GUI thread as data.

    Signals (to the worker):
        sendNowRequested(): stop waiting and send due leads now.
        leadQueued(): a new lead was committed to the outbox.
        outcomeQueued(): a new outcome (qualified/won/lost) was saved.
        outcomesAvailable(): the server was seen to take outcomes; parked ones go.
        apiKeyChanged(str): use this key from now on.
    """

    sendNowRequested = Signal()
    leadQueued = Signal()
    outcomeQueued = Signal()
    outcomesAvailable = Signal()
    apiKeyChanged = Signal(str)

    def __init__(self, worker: SenderWorker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread(self)
        self._thread.setObjectName("octanist-sender")
        worker.moveToThread(self._thread)
        self._thread.started.connect(worker.on_thread_started)
        # Direct: runs on the sender thread itself as it ends, so its SQLite
        # connection is closed by the thread that opened it.
        self._thread.finished.connect(worker.on_thread_finished, Qt.ConnectionType.DirectConnection)
        self.sendNowRequested.connect(worker.on_send_now)
        self.leadQueued.connect(worker.on_lead_queued)
        self.outcomeQueued.connect(worker.on_outcome_queued)
        self.outcomesAvailable.connect(worker.on_outcomes_available)
        self.apiKeyChanged.connect(worker.on_api_key_changed)

    def start(self) -> None:
        """Start draining in the background."""
        self._thread.start()

    def is_running(self) -> bool:
        """True while the sender thread runs."""
        return self._thread.isRunning()

    def stop(self, timeout_s: float | None = 5.0) -> bool:
        """Ask the worker to stop and wait for its thread; False if it didn't end in time.

        ``None`` waits as long as it takes. A worker blocked in a request can
        only notice after the request's own timeout; a lead whose answer
        never came stays ``sending`` on disk and is re-queued (flagged as a
        possible duplicate) on the next start.
        """
        if not self._thread.isRunning():
            return True
        self.worker.stopping.set()
        self._thread.quit()
        if timeout_s is None:
            return self._thread.wait()
        return self._thread.wait(int(timeout_s * 1000))
