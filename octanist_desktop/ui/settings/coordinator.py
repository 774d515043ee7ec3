"""Settings for one session: the dialog, one at a time, and what is chosen in it.

The phone country asked above the form and the dialog's region, language
and currency are remembered here (``prefs``); a new key is handed on to the
session, which owns the sender.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from octanist_desktop.prefs.language import load_language, save_language
from octanist_desktop.prefs.settings import AppSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.secrets.keystore import ApiKeyStore

# The dialog is built the first time it opens, not for the first window.
if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient
    from octanist_desktop.store.outcome_queue import OutcomeQueue
    from octanist_desktop.store.remote_index import RemoteIndex
    from octanist_desktop.ui.main_window import MainWindow
    from octanist_desktop.ui.settings.dialog import SettingsDialog

log = logging.getLogger(__name__)


class SettingsCoordinator(QObject):
    """Opens the Settings dialog and remembers what the user chose.

    Signals:
        keyChanged(str): the dialog saved a key ("" when it was removed).
        leaveSandboxRequested(): Settings' "Leave the sandbox".
    """

    keyChanged = Signal(str)
    leaveSandboxRequested = Signal()

    def __init__(
        self,
        window: MainWindow,
        settings: AppSettings,
        prefs: SettingsStore,
        shared_prefs: SettingsStore,
        *,
        keystore: ApiKeyStore,
        client_factory: Callable[[str | None], OctanistClient],
        api_url: str,
        region: Callable[[], str | None],
        currency: Callable[[], str],
        after_call: Callable[[], tuple[OutcomeQueue, RemoteIndex]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._window = window
        self._settings = settings
        self._prefs = prefs
        # The language is one for real and sandbox sessions: kept in the main folder.
        self._shared_prefs = shared_prefs
        self._keystore = keystore
        self._client_factory = client_factory
        self._api_url = api_url
        self._region = region
        self._currency = currency
        self._after_call = after_call
        self._dialog: SettingsDialog | None = None

    def open(self, current_key: str | None, key_source: str) -> None:
        """Open the settings dialog (one at a time: a second request raises the first)."""
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        from octanist_desktop.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self._keystore,
            self._client_factory,
            api_url=self._api_url,
            region=self._region() or "",
            current_key=current_key,
            key_source=key_source,
            language_choice=load_language(self._shared_prefs),
            parent=self._window,
        )
        from octanist_desktop.ui.settings.plan_section import PlanSection

        _, index = self._after_call()
        plan = PlanSection(index.usage(), index.availability(), self._currency())
        dialog.add_section(plan)
        plan.attach(dialog)
        plan.currencyChanged.connect(self.on_plan_currencyChanged)
        dialog.keyChanged.connect(self.keyChanged)
        dialog.regionChanged.connect(self.on_dialog_regionChanged)
        dialog.languageChanged.connect(self.on_dialog_languageChanged)
        dialog.leaveSandboxRequested.connect(self.leaveSandboxRequested)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def close(self) -> None:
        """Close the dialog if it is open (the session ends)."""
        if self._dialog is not None:
            self._dialog.done(0)

    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    @Slot(str)
    def on_dialog_regionChanged(self, region: str) -> None:
        """Remember the phone region and use it from the next keystroke on."""
        self._settings.default_region = region or None
        self._settings.region_asked = True
        self._settings.save(self._prefs)
        self._window.set_default_region(self._region())  # booth kit: imports use it too

    @Slot()
    def on_window_regionQuestionDismissed(self) -> None:
        """'Not now' to the phone-country question: it isn't asked again."""
        self._settings.region_asked = True
        self._settings.save(self._prefs)

    @Slot(str)
    def on_dialog_languageChanged(self, code: str) -> None:
        """Remember the language for the next start ("" follows the system)."""
        try:
            save_language(self._shared_prefs, code or None)
        except OSError as exc:
            log.warning("language not saved: %s", exc)
            self._window.show_message(
                self.tr("The language could not be saved ({problem}).").format(problem=exc)
            )

    @Slot(str)
    def on_plan_currencyChanged(self, currency: str) -> None:
        """Remember the currency values are shown in, and show them so."""
        self._settings.currency = currency
        self._settings.save(self._prefs)
        self._window.on_currency_changed()
