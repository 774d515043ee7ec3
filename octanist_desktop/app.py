"""The composition root: builds store, client, key store and sender, and wires the window."""

from __future__ import annotations

import linecache
import logging
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication

from octanist_desktop import __version__, tasks
from octanist_desktop.core.key_words import KEY_WAITING_LABEL, KEY_WAITING_MESSAGE
from octanist_desktop.core.states import KeySource
from octanist_desktop.core.validation import warm_up
from octanist_desktop.gui_thread_gc import GuiThreadCollector
from octanist_desktop.net.api_url import validate_api_url
from octanist_desktop.prefs.draft import DraftStore
from octanist_desktop.prefs.history_columns import HistoryColumnChoice
from octanist_desktop.prefs.language import load_language, save_language
from octanist_desktop.prefs.paths import ensure_private_dir
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.settings import AppSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.prefs.window_layout import WindowLayouts
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.single_instance import (
    FolderInUse,
    FolderLock,
    LaunchListener,
    ask_running_app_to_show,
)
from octanist_desktop.store.database import open_database
from octanist_desktop.store.held_visitors import HeldVisitors
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui import language
from octanist_desktop.ui.booth.event_kit import EventKit
from octanist_desktop.ui.form.region_prompt import system_region
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.main_window import MainWindow
from octanist_desktop.ui.settings.key_check import KeyLoader

# What the first window doesn't need is imported where it is first used:
# the HTTP client (on the sender's thread, via ``client_factory``), the
# sender (once the key is known), the sandbox's HTTP server (sandbox mode
# only) and the settings dialog.
if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient
    from octanist_desktop.refresh.scheduler import RefreshScheduler
    from octanist_desktop.refresh.status_refresh import RefreshReport
    from octanist_desktop.sandbox.server import SandboxServer
    from octanist_desktop.sender.thread import SenderThread
    from octanist_desktop.sender.worker import SenderWorker
    from octanist_desktop.store.outcome_queue import OutcomeQueue
    from octanist_desktop.store.remote_index import RemoteIndex
    from octanist_desktop.ui.settings.dialog import SettingsDialog

log = logging.getLogger(__name__)

# resources/ sits beside the package in a checkout and in the frozen app.
RESOURCES = Path(__file__).resolve().parent.parent / "resources"
SENDER_STOP_TIMEOUT_S = 3.0
# How long the keyring may take before the window says what it is waiting for.
KEY_WAIT_NOTICE_MS = 4000


@dataclass(frozen=True)
class AppConfig:
    """What the command line decided."""

    api_url: str
    data_dir: Path
    sandbox: bool = False


_warm_up_started = False


def start_warm_up(region: str | None) -> tasks.Task | None:
    """Load what validation needs (phonenumbers, email-validator) on the task pool.

    Once per process (a sandbox session after a real one needs no second);
    None when it was started before. ``validate`` doesn't depend on it: see
    ``core.validation.warm_up``.
    """
    global _warm_up_started
    if _warm_up_started:
        return None
    _warm_up_started = True
    return tasks.run_task(lambda _context: warm_up(region), name="octanist-validation-warm-up")


def session_folder(config: AppConfig) -> Path:
    """The data folder a session keeps its leads in: the sandbox has its own."""
    return config.data_dir / "sandbox" if config.sandbox else config.data_dir


class DesktopSession(QObject):
    """One running configuration: the window and everything it needs.

    Owns every thread it starts and stops them all in ``shutdown``. The
    sandbox gets its own data folder, so demo leads never mix with real ones
    and a real backlog is never "delivered" to the sandbox.

    Holds its data folder's lock (``single_instance``) from before the
    database is opened until everything is stopped: raises ``FolderInUse``
    when another app has the folder, and opens nothing then.
    """

    #: Settings' "Leave the sandbox": the user wants to send real leads with their own key.
    leaveSandboxRequested = Signal()

    def __init__(
        self,
        config: AppConfig,
        keystore: ApiKeyStore | None = None,
        *,
        backoff: Backoff | None = None,
    ) -> None:
        super().__init__()
        # PySide6 reads the whole source of every module imported after it, to
        # see whether it asks for a ``__feature__`` (PySide's snake_case
        # support); the text stays in linecache, 3 MiB for this app's modules.
        # Nothing needs it afterwards (a traceback reads the file again), and
        # the window about to be built reuses the memory.
        linecache.clearcache()
        self.config = config
        self._backoff = backoff
        self.sandbox: SandboxServer | None = None
        api_url = validate_api_url(config.api_url)
        # The folder given (or the default) is private too, not only the
        # sandbox's folder inside it: both hold people's names and numbers.
        ensure_private_dir(config.data_dir)
        self.data_dir = ensure_private_dir(session_folder(config))
        # Before the database: a second app must not recover (re-queue) leads
        # the first one has in flight.
        self._folder_lock = FolderLock.take(self.data_dir)
        self._launches: LaunchListener | None = None
        try:
            self._build(config, api_url, keystore)
        except BaseException:
            if self.sandbox is not None:
                self.sandbox.stop()
            self._folder_lock.release()
            raise

    def _build(self, config: AppConfig, api_url: str, keystore: ApiKeyStore | None) -> None:
        if config.sandbox:
            from octanist_desktop.sandbox.server import SandboxServer

            self.sandbox = SandboxServer(port=0)
            self.sandbox.start()
            api_url = self.sandbox.url
        self.api_url = api_url
        # The keyring lives in its own process: killable when it hangs, and
        # its libraries never load here (see keyring_process).
        self.keystore = keystore or ApiKeyStore()
        # Everything remembered between runs, in one file (see prefs.store).
        self.prefs = SettingsStore(self.data_dir)
        self.settings = AppSettings.load(self.prefs)
        # The language is one for real and sandbox sessions: kept in the main folder.
        self._shared_prefs = SettingsStore(config.data_dir)
        self.api_key: str | None = None
        self.key_source = KeySource.NONE.value

        self._conn = open_database(self.data_dir)
        self.outbox = Outbox(self._conn)
        self.history = History(self._conn)
        self._after_call: tuple[OutcomeQueue, RemoteIndex] | None = None
        self.refresher: RefreshScheduler | None = None
        self._refresh_asked = False
        # Booth visitors' leads waiting for staff's answers to staff-only questions.
        self.held = HeldVisitors(self._conn)
        self.window = MainWindow(
            outbox=self.outbox,
            history=self.history,
            pinned=PinnedValues(self.prefs),
            default_region=self.region,
            sandbox_mode=config.sandbox,
            # booth kit: CSV/vCard imports write here, each run on its own connection
            imports=ImportStores.in_folder(self.data_dir, self.prefs),
            # One layout for real and sandbox sessions: it is the same screen.
            layouts=WindowLayouts.in_folder(config.data_dir),
            # The half-typed lead, kept with the leads (the sandbox has its own).
            drafts=DraftStore.in_folder(self.data_dir),
            after_call=self.after_call_store,
            currency=lambda: self.currency,
            history_columns=HistoryColumnChoice(self.prefs),
        )
        self.window.settingsRequested.connect(self.on_window_settingsRequested)
        self.window.regionChosen.connect(self.on_dialog_regionChanged)
        self.window.regionQuestionDismissed.connect(self.on_window_regionQuestionDismissed)
        # Trade-show booth kit: event presets, staff name, capture method, booth mode.
        self.event_kit = EventKit(self.window, PresetStore(self.prefs), self.prefs, held=self.held)
        self.lead_sender: SenderThread | None = None
        self._key_loader: KeyLoader | None = None
        self._key_wait_timer = QTimer(self)
        self._key_wait_timer.setSingleShot(True)
        self._key_wait_timer.setInterval(KEY_WAIT_NOTICE_MS)
        self._key_wait_timer.timeout.connect(self.on_key_wait_timer_timeout)
        self._dialog: SettingsDialog | None = None
        self._closed = False

    @property
    def region(self) -> str | None:
        """The default region for phone numbers typed without a +."""
        return self.settings.default_region or system_region()

    @property
    def currency(self) -> str:
        """How deal values are shown: the symbol from Settings, else the locale's."""
        from octanist_desktop.ui.money import default_currency

        return self.settings.currency or default_currency()

    def after_call_store(self) -> tuple[OutcomeQueue, RemoteIndex]:
        """Outcomes and what Octanist said, on the window's connection; made on first use
        (the History tab, a duplicate hint), not for the first window."""
        if self._after_call is None:
            from octanist_desktop.store.outcome_queue import OutcomeQueue
            from octanist_desktop.store.remote_index import RemoteIndex

            self._after_call = (OutcomeQueue(self._conn), RemoteIndex(self._conn))
        return self._after_call

    def client_factory(self, api_key: str | None) -> OctanistClient:
        """A client for this session's API URL (one per thread: each has its own Session)."""
        from octanist_desktop.net.client import OctanistClient

        return OctanistClient(self.api_url, api_key)

    def start(self) -> None:
        """Show the window at once; the key arrives from a background thread."""
        self.window.show()
        self.window.focus_name()
        # Once the window has had its first turn of the event loop, load what
        # validation needs (phonenumbers, email-validator) on the task pool,
        # so the first keystroke's check doesn't stall the GUI.
        QTimer.singleShot(0, lambda: start_warm_up(self.region))
        # Other launches on this folder are listened for once the window is up.
        QTimer.singleShot(0, self._listen_for_launches)
        if self.region is None and not self.settings.region_asked:
            # Neither Settings nor the locale name a country: ask once, above the form.
            from octanist_desktop.core.phone_countries import time_zone_region

            self.window.ask_for_region(time_zone_region())
        # The plan's usage as last read, once the window is up.
        QTimer.singleShot(0, self._show_saved_usage)
        if self.sandbox is not None:
            self.on_key_loader_loaded(self.sandbox.api_key, KeySource.SANDBOX.value, "")
            return
        # The keyring may take its time (an unlock prompt, a dead Secret
        # Service): its helper process answers when it answers.
        self._key_loader = KeyLoader(self.keystore, self)
        self._key_loader.loaded.connect(self.on_key_loader_loaded)
        self._key_loader.start()
        self._key_wait_timer.start()

    def _listen_for_launches(self) -> None:
        if self._closed or self._launches is not None:
            return
        self._launches = LaunchListener(self.data_dir, self)
        self._launches.showRequested.connect(self.on_launches_showRequested)
        self._launches.listen()

    @Slot()
    def on_launches_showRequested(self) -> None:
        """Octanist Desktop was started again on this folder: this window comes forward."""
        window = self.window
        state = window.windowState() & ~Qt.WindowState.WindowMinimized
        window.setWindowState(state | Qt.WindowState.WindowActive)
        window.show()
        window.raise_()
        window.activateWindow()

    def _show_saved_usage(self) -> None:
        if self._closed:
            return
        _, index = self.after_call_store()
        saved = index.usage()
        self.window.show_usage(saved[0] if saved is not None else None)

    @Slot()
    def on_key_wait_timer_timeout(self) -> None:
        """The keyring is slow to answer: say so, and what the user can do."""
        if self._key_loader is not None and self._key_loader.is_running():
            self.window.set_key_label(KEY_WAITING_LABEL)
            self.window.show_message(KEY_WAITING_MESSAGE)

    @Slot(object, str, str)
    def on_key_loader_loaded(self, key: object, source: str, error: str) -> None:
        """The key is known (or known to be missing): start sending."""
        self._key_wait_timer.stop()
        self.api_key = key if isinstance(key, str) and key else None
        self.key_source = source
        self.window.set_key_source(KeySource(source))
        if self.api_key is None:
            self.window.show_welcome(error)
        self._start_sender()

    def _start_sender(self) -> None:
        if self.lead_sender is not None:
            return
        from octanist_desktop.sender.thread import SenderThread
        from octanist_desktop.sender.worker import SenderWorker

        worker = SenderWorker(
            self.data_dir, self.client_factory, self.api_key, backoff=self._backoff
        )
        self.lead_sender = SenderThread(worker, self)
        worker.leadChanged.connect(self.window.on_sender_leadChanged)
        worker.countsChanged.connect(self.window.on_sender_countsChanged)
        worker.connectionChanged.connect(self.window.on_sender_connectionChanged)
        self.window.leadQueued.connect(self.on_window_leadQueued)
        self.window.outcomeQueued.connect(self.on_window_outcomeQueued)
        self.window.sendNowRequested.connect(self.lead_sender.sendNowRequested)
        self._start_refresher(worker)
        self.lead_sender.start()

    def _start_refresher(self, worker: SenderWorker) -> None:
        """Each lead's status and the plan's usage, read back while online and on F5."""
        from octanist_desktop.refresh.scheduler import RefreshScheduler

        self.refresher = RefreshScheduler(
            self.data_dir, self.refresh_client_factory, self.api_key, parent=self
        )
        worker.connectionChanged.connect(self.refresher.on_sender_connectionChanged)
        worker.availabilityChanged.connect(self.on_sender_availabilityChanged)
        self.window.statusRefreshRequested.connect(self.on_window_statusRefreshRequested)
        self.refresher.refreshed.connect(self.on_refresher_refreshed)

    @Slot(int)
    def on_window_leadQueued(self, _lead_id: int) -> None:
        """A lead is on disk: wake the sender."""
        if self.lead_sender is not None:
            self.lead_sender.leadQueued.emit()

    @Slot()
    def on_window_statusRefreshRequested(self) -> None:
        """F5 in History: read each lead's status back now, and say how it went."""
        if self.refresher is not None and self.refresher.refresh_now():
            self._refresh_asked = True
            self.window.show_message(self.tr("Reading each lead's status from Octanist…"))

    @Slot(object)
    def on_refresher_refreshed(self, report: RefreshReport) -> None:
        """What a refresh found goes to the window; parked outcomes go when the server has them."""
        from octanist_desktop.core.remote import Availability

        asked, self._refresh_asked = self._refresh_asked, False
        if self._closed:
            return
        self.window.on_status_refreshed(report, asked=asked)
        if report.availability is Availability.AVAILABLE and self.lead_sender is not None:
            self.lead_sender.outcomesAvailable.emit()

    @Slot(object)
    def on_sender_availabilityChanged(self, _availability: object) -> None:
        """The sender found out whether the server takes outcomes: History's card follows."""
        self.window.on_availability_changed()

    def refresh_client_factory(self, api_key: str | None) -> OctanistClient:
        """A client for the status refresh: a shorter wait for answers than the sender's,
        since nothing is lost by giving up on a read."""
        from octanist_desktop.net.client import OctanistClient

        return OctanistClient(self.api_url, api_key, read_timeout=10.0)

    @Slot(int)
    def on_window_outcomeQueued(self, _lead_id: int) -> None:
        """An outcome is on disk: wake the sender (it goes once its lead is at Octanist)."""
        if self.lead_sender is not None:
            self.lead_sender.outcomeQueued.emit()

    @Slot()
    def on_window_settingsRequested(self) -> None:
        """Open the settings dialog (one at a time)."""
        if self._dialog is not None:
            self._dialog.raise_()
            self._dialog.activateWindow()
            return
        from octanist_desktop.ui.settings.dialog import SettingsDialog

        dialog = SettingsDialog(
            self.keystore,
            self.client_factory,
            api_url=self.api_url,
            region=self.region or "",
            current_key=self.api_key,
            key_source=self.key_source,
            language_choice=load_language(self._shared_prefs),
            parent=self.window,
        )
        from octanist_desktop.ui.settings.plan_section import PlanSection

        _, index = self.after_call_store()
        plan = PlanSection(index.usage(), index.availability(), self.currency)
        dialog.add_section(plan)
        plan.attach(dialog)
        plan.currencyChanged.connect(self.on_plan_currencyChanged)
        dialog.keyChanged.connect(self.on_dialog_keyChanged)
        dialog.regionChanged.connect(self.on_dialog_regionChanged)
        dialog.languageChanged.connect(self.on_dialog_languageChanged)
        dialog.leaveSandboxRequested.connect(self.leaveSandboxRequested)
        dialog.finished.connect(self._on_dialog_finished)
        self._dialog = dialog
        dialog.open()

    def _on_dialog_finished(self, _result: int) -> None:
        if self._dialog is not None:
            self._dialog.deleteLater()
        self._dialog = None

    @Slot(str)
    def on_dialog_keyChanged(self, key: str) -> None:
        """A new key: the sender resumes with it, the form comes back."""
        self.api_key = key or None
        # The dialog just saved it: no keyring round trip needed to know where.
        source = KeySource.SESSION if self.keystore.has_session_key else KeySource.KEYRING
        self.key_source = source.value
        self.window.set_key_source(source)
        if self.refresher is not None:
            self.refresher.set_api_key(self.api_key)
        if self.lead_sender is not None:
            self.lead_sender.apiKeyChanged.emit(key)
        else:
            # The keyring never answered the start-up read: this key wins, and
            # whatever the keyring says later is dropped.
            self._stop_key_read()
            self._start_sender()
        if self.api_key:
            self.window.show_form()

    @Slot(str)
    def on_dialog_regionChanged(self, region: str) -> None:
        """Remember the phone region and use it from the next keystroke on."""
        self.settings.default_region = region or None
        self.settings.region_asked = True
        self.settings.save(self.prefs)
        self.window.set_default_region(self.region)  # booth kit: imports use it too

    @Slot()
    def on_window_regionQuestionDismissed(self) -> None:
        """'Not now' to the phone-country question: it isn't asked again."""
        self.settings.region_asked = True
        self.settings.save(self.prefs)

    @Slot(str)
    def on_dialog_languageChanged(self, code: str) -> None:
        """Remember the language for the next start ("" follows the system)."""
        try:
            save_language(self._shared_prefs, code or None)
        except OSError as exc:
            log.warning("language not saved: %s", exc)
            self.window.show_message(
                self.tr("The language could not be saved ({problem}).").format(problem=exc)
            )

    @Slot(str)
    def on_plan_currencyChanged(self, currency: str) -> None:
        """Remember the currency values are shown in, and show them so."""
        self.settings.currency = currency
        self.settings.save(self.prefs)
        self.window.on_currency_changed()

    def _stop_key_read(self) -> None:
        """Give up on the start-up key read: a keyring helper still waiting is killed."""
        self._key_wait_timer.stop()
        if self._key_loader is not None:
            self._key_loader.stop()

    def shutdown(self) -> bool:
        """Stop everything this session started and close the database.

        Returns False when the sender needed longer than its grace period (a
        request in flight to a server that is slow to answer): it was waited
        for all the same, so nothing is left running.
        """
        if self._closed:
            return True
        self._closed = True
        stopped = True
        self.event_kit.shutdown()  # booth kit: timers and input watching
        self._stop_key_read()
        if self.refresher is not None:
            self.refresher.stop()  # a run under way ends after its current request
        if self._dialog is not None:
            self._dialog.done(0)
        if self.lead_sender is not None and not self.lead_sender.stop(SENDER_STOP_TIMEOUT_S):
            # The request ends by its own timeouts; the lead stays "sending" on
            # disk until it has, so an end here would change nothing but the odds.
            log.warning("waiting for the request in flight to end before quitting")
            self.window.hide()
            self.lead_sender.stop(None)
            stopped = False
        self.window.detach_from_store()
        self._conn.close()
        if self.sandbox is not None:
            self.sandbox.stop()
        if self._launches is not None:
            self._launches.close()
        # Last: the sender has ended, so no lead of ours is left in flight.
        self._folder_lock.release()
        return stopped


class AppController(QObject):
    """Holds the running session and swaps it for a sandbox one on request."""

    def __init__(self, session: DesktopSession) -> None:
        super().__init__()
        self.session = session
        self._connect(session)

    def _connect(self, session: DesktopSession) -> None:
        session.window.sandboxRequested.connect(self.on_window_sandboxRequested)
        session.leaveSandboxRequested.connect(self.on_session_leaveSandboxRequested)

    def start(self) -> None:
        """Show the first session's window."""
        self.session.start()

    @Slot()
    def on_window_sandboxRequested(self) -> None:
        """ "Try the built-in sandbox": a new session in sandbox mode replaces this one.

        The sandbox has its own data folder, so nothing typed there can ever
        be mistaken for a real lead, and a real backlog is never sent to it.
        """
        self._swap(sandbox=True)

    @Slot()
    def on_session_leaveSandboxRequested(self) -> None:
        """Settings' "Leave the sandbox": a real session replaces it, with Settings open.

        The real session reads its key from the keyring as at start-up; Settings
        opens at once so a first key can be pasted without a restart.
        """
        new = self._swap(sandbox=False)
        if new is not None:
            new.on_window_settingsRequested()

    def _swap(self, *, sandbox: bool) -> DesktopSession | None:
        old = self.session
        config = replace(old.config, sandbox=sandbox)
        try:
            new = DesktopSession(config, old.keystore)
        except FolderInUse as busy:
            # Another app has that folder (two apps in the sandbox): show that one.
            ask_running_app_to_show(busy.data_dir, knock_for_s=1.0)
            old.window.show_message(
                self.tr(
                    "That folder is open in another Octanist Desktop window; it is in front now."
                )
            )
            return None
        except Exception as error:  # the sandbox's folder or database: say it, stay here
            from octanist_desktop.ui.startup_problem import ask, diagnose

            log.error("could not open %s: %s", session_folder(config), type(error).__name__)
            ask(diagnose(error, session_folder(config)))
            return None
        self._connect(new)
        self.session = new
        new.start()  # shown before the old one closes, so the app doesn't quit
        old.shutdown()
        old.window.close()
        return new

    def shutdown(self) -> bool:
        """Stop the current session; False if its sender would not stop in time."""
        return self.session.shutdown()


def run(config: AppConfig) -> int:
    """Start the GUI and return its exit code."""
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(name)s: %(message)s")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Octanist Desktop")
    app.setOrganizationName("Octanist")
    app.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName("octanist-desktop")
    icon = RESOURCES / "octanist-desktop.svg"
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    # Before the first widget (start-up problems included): every tr() from
    # here on speaks the chosen language.
    language.install(load_language(SettingsStore(config.data_dir)), app)
    session = first_session(config)
    if isinstance(session, int):
        return session
    # Qt objects caught in reference cycles die on this thread, not on the
    # sender's or a refresh's (see gui_thread_gc).
    collector = GuiThreadCollector(app)
    collector.start()
    controller = AppController(session)
    controller.start()
    code = app.exec()
    controller.shutdown()
    # Key tests, imports, erases and keyring helpers still running: cancelled,
    # killed or waited for. Every thread has ended before Qt is torn down.
    tasks.shutdown()
    collector.stop()
    return code


def first_session(config: AppConfig) -> DesktopSession | int:
    """The first session, or the exit code when there will be none (a dialog said why:
    see ``ui.startup_problem.open_first``)."""
    from octanist_desktop.ui.startup_problem import open_first

    return open_first(session_folder(config), lambda: DesktopSession(config))
