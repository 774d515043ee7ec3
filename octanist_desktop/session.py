"""One running configuration: the window and everything it needs, built and stopped.

The parts live in their own modules: sending and the status refresh
(``delivery``), the start-up key read (``ui.settings.startup_key``), the
Settings dialog and what is chosen in it (``ui.settings.coordinator``), the
booth kit (``ui.booth.event_kit``). A session holds its data folder's lock
from before the database opens until everything has stopped.
"""

from __future__ import annotations

import linecache
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal, Slot

from octanist_desktop import tasks
from octanist_desktop.config import AppConfig, session_folder
from octanist_desktop.core.states import KeySource
from octanist_desktop.core.validation import warm_up
from octanist_desktop.delivery import LeadDelivery
from octanist_desktop.net.api_url import validate_api_url
from octanist_desktop.prefs.draft import DraftStore
from octanist_desktop.prefs.history_columns import HistoryColumnChoice
from octanist_desktop.prefs.paths import ensure_private_dir
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.presets_store import PresetStore
from octanist_desktop.prefs.settings import AppSettings
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.prefs.window_layout import WindowLayouts
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.sender.backoff import Backoff
from octanist_desktop.single_instance import FolderLock, LaunchListener
from octanist_desktop.store.database import open_database
from octanist_desktop.store.held_visitors import HeldVisitors
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.booth.event_kit import EventKit
from octanist_desktop.ui.first_paint import AfterFirstPaint
from octanist_desktop.ui.form.region_prompt import system_region
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.main_window import MainWindow
from octanist_desktop.ui.settings.coordinator import SettingsCoordinator
from octanist_desktop.ui.settings.startup_key import StartupKeyRead

# What the first window doesn't need is imported where it is first used:
# the HTTP client (on the sender's thread, via ``client_factory``), the
# sender (once the key is known), the sandbox's HTTP server (sandbox mode
# only) and the settings dialog.
if TYPE_CHECKING:
    from octanist_desktop.net.client import OctanistClient
    from octanist_desktop.refresh.scheduler import RefreshScheduler
    from octanist_desktop.sandbox.server import SandboxServer
    from octanist_desktop.sender.thread import SenderThread
    from octanist_desktop.store.outcome_queue import OutcomeQueue
    from octanist_desktop.store.remote_index import RemoteIndex

log = logging.getLogger(__name__)

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
        self.settings_dialog = SettingsCoordinator(
            self.window,
            self.settings,
            self.prefs,
            self._shared_prefs,
            keystore=self.keystore,
            client_factory=self.client_factory,
            api_url=self.api_url,
            region=lambda: self.region,
            currency=lambda: self.currency,
            after_call=self.after_call_store,
            parent=self,
        )
        self.settings_dialog.keyChanged.connect(self.on_dialog_keyChanged)
        self.settings_dialog.leaveSandboxRequested.connect(self.leaveSandboxRequested)
        self.window.settingsRequested.connect(self.on_window_settingsRequested)
        self.window.regionChosen.connect(self.settings_dialog.on_dialog_regionChanged)
        self.window.regionQuestionDismissed.connect(
            self.settings_dialog.on_window_regionQuestionDismissed
        )
        # Trade-show booth kit: event presets, staff name, capture method, booth mode.
        self.event_kit = EventKit(self.window, PresetStore(self.prefs), self.prefs, held=self.held)
        self.delivery: LeadDelivery | None = None
        self._key_read = StartupKeyRead(self.keystore, self.window, self)
        self._key_read.loaded.connect(self.on_key_loader_loaded)
        self._closed = False

    @property
    def lead_sender(self) -> SenderThread | None:
        """The sender's thread, once the key is known (or known to be missing)."""
        return self.delivery.lead_sender if self.delivery is not None else None

    @property
    def refresher(self) -> RefreshScheduler | None:
        """The status refresh, started with the sender."""
        return self.delivery.refresher if self.delivery is not None else None

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
        """Show the window at once; once it is painted, the key is asked of the
        keyring's helper process and the sender starts when it answers."""
        self.window.show()
        self.window.focus_name()
        if self.region is None and not self.settings.region_asked:
            # Neither Settings nor the locale name a country: ask once, above the form.
            from octanist_desktop.core.time_zone import time_zone_region

            self.window.ask_for_region(time_zone_region())
        # The rest waits until the window is on screen (see ui.first_paint).
        AfterFirstPaint(self.window, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self._closed:
            return
        # Load what validation needs (phonenumbers, email-validator) on the
        # task pool, so the first keystroke's check doesn't stall the GUI.
        start_warm_up(self.region)
        # Other launches on this folder are listened for once the window is up.
        self._listen_for_launches()
        # The plan's usage as last read.
        self._show_saved_usage()
        if self.sandbox is not None:
            self.on_key_loader_loaded(self.sandbox.api_key, KeySource.SANDBOX.value, "")
            return
        # The keyring may take its time (an unlock prompt, a dead Secret
        # Service): its helper process answers when it answers.
        self._key_read.start()

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

    @Slot(object, str, str)
    def on_key_loader_loaded(self, key: object, source: str, error: str) -> None:
        """The key is known (or known to be missing): start sending."""
        self.api_key = key if isinstance(key, str) and key else None
        self.key_source = source
        self.window.set_key_source(KeySource(source))
        if self.api_key is None:
            self.window.show_welcome(error)
        self._start_sender()

    def _start_sender(self) -> None:
        if self.delivery is not None:
            return
        self.delivery = LeadDelivery(
            self.data_dir,
            self.api_key,
            self.window,
            client_factory=self.client_factory,
            refresh_client_factory=self.refresh_client_factory,
            backoff=self._backoff,
            parent=self,
        )

    def refresh_client_factory(self, api_key: str | None) -> OctanistClient:
        """A client for the status refresh: a shorter wait for answers than the sender's,
        since nothing is lost by giving up on a read."""
        from octanist_desktop.net.client import OctanistClient

        return OctanistClient(self.api_url, api_key, read_timeout=10.0)

    @Slot()
    def on_window_settingsRequested(self) -> None:
        """Open the settings dialog (one at a time)."""
        self.settings_dialog.open(self.api_key, self.key_source)

    @Slot(str)
    def on_dialog_keyChanged(self, key: str) -> None:
        """A new key: the sender resumes with it, the form comes back."""
        self.api_key = key or None
        # The dialog just saved it: no keyring round trip needed to know where.
        source = KeySource.SESSION if self.keystore.has_session_key else KeySource.KEYRING
        self.key_source = source.value
        self.window.set_key_source(source)
        if self.delivery is not None:
            self.delivery.set_api_key(key)
        else:
            # The keyring never answered the start-up read: this key wins, and
            # whatever the keyring says later is dropped.
            self._stop_key_read()
            self._start_sender()
        if self.api_key:
            self.window.show_form()

    def _stop_key_read(self) -> None:
        """Give up on the start-up key read: a keyring helper still waiting is killed."""
        self._key_read.stop()

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
        self.settings_dialog.close()
        if self.delivery is not None:
            stopped = self.delivery.stop()
        self.window.detach_from_store()
        self._conn.close()
        if self.sandbox is not None:
            self.sandbox.stop()
        if self._launches is not None:
            self._launches.close()
        # Last: the sender has ended, so no lead of ours is left in flight.
        self._folder_lock.release()
        return stopped
