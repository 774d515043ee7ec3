"""Sending leads and reading their status back, for one session's window.

The sender runs on its own thread (``sender.thread``), the status refresh
on the task pool (``refresh.scheduler``); both talk to the window only by
signals. Made once the key is known (or known to be missing).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot

from octanist_desktop.sender.backoff import Backoff

if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient
    from octanist_desktop.refresh.status_refresh import RefreshReport
    from octanist_desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

SENDER_STOP_TIMEOUT_S = 3.0

ClientFactory = Callable[[str | None], "OctanistClient"]


class LeadDelivery(QObject):
    """The sender on its thread and the status refresh, wired to the window.

    ``stop`` ends both; a request in flight is waited for, never abandoned.
    """

    def __init__(
        self,
        data_dir: Path,
        api_key: str | None,
        window: MainWindow,
        *,
        client_factory: ClientFactory,
        refresh_client_factory: ClientFactory,
        backoff: Backoff | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        from octanist_desktop.refresh.scheduler import RefreshScheduler
        from octanist_desktop.sender.thread import SenderThread
        from octanist_desktop.sender.worker import SenderWorker

        self._window = window
        self._refresh_asked = False
        self._stopped = False
        worker = SenderWorker(data_dir, client_factory, api_key, backoff=backoff)
        self.lead_sender = SenderThread(worker, self)
        worker.leadChanged.connect(window.on_sender_leadChanged)
        worker.countsChanged.connect(window.on_sender_countsChanged)
        worker.connectionChanged.connect(window.on_sender_connectionChanged)
        window.leadQueued.connect(self.on_window_leadQueued)
        window.outcomeQueued.connect(self.on_window_outcomeQueued)
        window.sendNowRequested.connect(self.lead_sender.sendNowRequested)
        # Each lead's status and the plan's usage, read back while online and on F5.
        self.refresher = RefreshScheduler(data_dir, refresh_client_factory, api_key, parent=self)
        worker.connectionChanged.connect(self.refresher.on_sender_connectionChanged)
        worker.availabilityChanged.connect(self.on_sender_availabilityChanged)
        window.statusRefreshRequested.connect(self.on_window_statusRefreshRequested)
        self.refresher.refreshed.connect(self.on_refresher_refreshed)
        self.lead_sender.start()

    def set_api_key(self, key: str) -> None:
        """A new key ("" for none): the sender and the refresh go on with it."""
        self.refresher.set_api_key(key or None)
        self.lead_sender.apiKeyChanged.emit(key)

    @Slot(int)
    def on_window_leadQueued(self, _lead_id: int) -> None:
        """A lead is on disk: wake the sender."""
        self.lead_sender.leadQueued.emit()

    @Slot(int)
    def on_window_outcomeQueued(self, _lead_id: int) -> None:
        """An outcome is on disk: wake the sender (it goes once its lead is at Octanist)."""
        self.lead_sender.outcomeQueued.emit()

    @Slot()
    def on_window_statusRefreshRequested(self) -> None:
        """F5 in History: read each lead's status back now, and say how it went."""
        if self.refresher.refresh_now():
            self._refresh_asked = True
            self._window.show_message(self.tr("Reading each lead's status from Octanist…"))

    @Slot(object)
    def on_refresher_refreshed(self, report: RefreshReport) -> None:
        """What a refresh found goes to the window; parked outcomes go when the server has them."""
        from octanist_desktop.core.remote import Availability

        asked, self._refresh_asked = self._refresh_asked, False
        if self._stopped:
            return
        self._window.on_status_refreshed(report, asked=asked)
        if report.availability is Availability.AVAILABLE:
            self.lead_sender.outcomesAvailable.emit()

    @Slot(object)
    def on_sender_availabilityChanged(self, _availability: object) -> None:
        """The sender found out whether the server takes outcomes: History's card follows."""
        self._window.on_availability_changed()

    def stop(self) -> bool:
        """Stop the refresh and the sender; False when the sender needed longer than
        its grace period (a request in flight to a slow server): it was waited for
        all the same, so nothing is left running."""
        self._stopped = True
        self.refresher.stop()  # a run under way ends after its current request
        if self.lead_sender.stop(SENDER_STOP_TIMEOUT_S):
            return True
        # The request ends by its own timeouts; the lead stays "sending" on
        # disk until it has, so an end here would change nothing but the odds.
        log.warning("waiting for the request in flight to end before quitting")
        self._window.hide()
        self.lead_sender.stop(None)
        return False
