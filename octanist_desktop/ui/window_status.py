"""What the app and the sender tell the window about the outside world, shown in its status bar.

The connection (online, offline, no key, key refused), the queue counts,
where the key came from, the plan's usage, and how a status refresh went;
History's rows and card follow changed leads and refreshed statuses.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from octanist_desktop.core.key_words import KEY_SOURCE_LABELS
from octanist_desktop.core.states import KeySource

if TYPE_CHECKING:
    from octanist_desktop.core.remote import Usage
    from octanist_desktop.refresh.status_refresh import RefreshReport
    from octanist_desktop.ui.history.page import HistoryPage
    from octanist_desktop.ui.status_bar import StatusBar


class WindowStatus:
    """The main window's status side (mixed into ``MainWindow``); the app calls these.

    The slots the sender's thread signals stay on ``MainWindow`` itself: only
    a QObject class's own methods are delivered on the receiver's thread.
    """

    if TYPE_CHECKING:
        # What the window provides.
        status_bar: StatusBar
        _history_page: HistoryPage
        _detached: bool

        def show_message(self, text: str) -> None: ...

    def set_key_label(self, text: str) -> None:
        """Say something about the API key in the status bar (e.g. what it waits for)."""
        self.status_bar.show_key_source(text)

    def set_key_source(self, source: KeySource) -> None:
        """Say where the API key came from ("this session only", "environment"...)."""
        self.status_bar.show_key_source(KEY_SOURCE_LABELS[source])

    def show_usage(self, usage: Usage | None) -> None:
        """The plan's usage in the status bar ("148 of 500 leads this period"), or nothing."""
        from octanist_desktop.ui.usage_words import period_text, usage_line, usage_warning

        if usage is None:
            self.status_bar.show_usage("", "", "")
            return
        self.status_bar.show_usage(usage_line(usage), usage_warning(usage), period_text(usage))

    def on_status_refreshed(self, report: RefreshReport, *, asked: bool = False) -> None:
        """A status refresh ended: History's rows and card, the usage, and (when the
        user asked with F5) a line saying how it went."""
        if report.usage is not None:
            self.show_usage(report.usage)
        if not self._detached:
            self._history_page.reload()
        if asked:
            self.show_message(refresh_message(report))

    def on_availability_changed(self) -> None:
        """The server was seen to take outcomes, or not: the card says so."""
        if not self._detached:
            self._history_page.show_current_lead_again()

    def on_currency_changed(self) -> None:
        """Values are shown in another currency from now on: redraw what shows them."""
        self._history_page.reload()


def refresh_message(report: RefreshReport) -> str:
    """How a status refresh the user asked for went, in one line."""
    from octanist_desktop.core.remote import Availability

    # The words stay in the window's translation context, where they always were.
    if report.availability is Availability.UNSUPPORTED:
        return QCoreApplication.translate(
            "MainWindow", "This Octanist server doesn't report each lead's status."
        )
    if report.failure is not None:
        return QCoreApplication.translate(
            "MainWindow", "Couldn't read the status from Octanist now; it is tried again later."
        )
    return QCoreApplication.translate(
        "MainWindow", "Status read from Octanist: {count} of your leads."
    ).format(count=len(report.leads))
