"""The main window: the lead form, the history tab and a status bar that always tells the truth."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from octanist_desktop.core.states import ConnectionState, KeySource
from octanist_desktop.prefs.draft import DraftStore
from octanist_desktop.prefs.history_columns import HistoryColumnChoice
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.window_layout import WindowLayouts
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.actions import VisitorLock
from octanist_desktop.ui.entry_pages import EntryPages
from octanist_desktop.ui.form.draft_keeper import DraftKeeper
from octanist_desktop.ui.form.lead_form import LeadForm
from octanist_desktop.ui.form.lead_receipt import LeadReceipt
from octanist_desktop.ui.form.staff_capture import StaffCapture
from octanist_desktop.ui.history.page import AfterCallStores, HistoryPage
from octanist_desktop.ui.importing.actions import ImportActions  # booth kit: import
from octanist_desktop.ui.importing.stores import ImportStores
from octanist_desktop.ui.last_lead import LastLead
from octanist_desktop.ui.lead_intake import LeadIntake
from octanist_desktop.ui.status_bar import StatusBar
from octanist_desktop.ui.window_booth import HISTORY_TAB, NEW_LEAD_TAB, WindowBooth
from octanist_desktop.ui.window_menus import WindowMenus
from octanist_desktop.ui.window_placement import WindowPlacement
from octanist_desktop.ui.window_region import WindowRegion
from octanist_desktop.ui.window_status import WindowStatus

# The History tab is built the first time it is opened (or asked for): its
# table, model and icons are not part of the first window.
if TYPE_CHECKING:
    from octanist_desktop.ui.history.outcome_actions import OutcomeActions
    from octanist_desktop.ui.history.view import HistoryView

log = logging.getLogger(__name__)


def _default_currency() -> str:
    # ui.money brings in decimal: History's values need it, the first window doesn't.
    from octanist_desktop.ui.money import default_currency

    return default_currency()


class MainWindow(LeadIntake, WindowStatus, WindowBooth, WindowRegion, QMainWindow):
    """Everything the user sees all day.

    The window never talks HTTP and never touches the sender's thread: it
    enqueues on its own SQLite connection and pokes the sender by signal.

    Signals:
        leadQueued(int): a lead was committed to the outbox (its id); the app
            wakes the sender with it.
        sendNowRequested(): the user asked to retry now.
        outcomeQueued(int): an outcome (qualified/won/lost) was saved for this lead id.
        statusRefreshRequested(): the user wants each lead's status read from Octanist now.
        settingsRequested(): the user wants the settings dialog.
        sandboxRequested(): the first-run panel's "Try the built-in sandbox".
    """

    leadQueued = Signal(int)
    regionChosen = Signal(str)
    regionQuestionDismissed = Signal()
    sendNowRequested = Signal()
    outcomeQueued = Signal(int)
    statusRefreshRequested = Signal()
    settingsRequested = Signal()
    sandboxRequested = Signal()

    def __init__(
        self,
        *,
        outbox: Outbox,
        history: History,
        pinned: PinnedValues | None = None,
        default_region: str | None = None,
        sandbox_mode: bool = False,
        imports: ImportStores | None = None,  # booth kit: what CSV/vCard imports write to
        on_close: Callable[[], None] | None = None,
        layouts: WindowLayouts | None = None,
        drafts: DraftStore | None = None,
        after_call: AfterCallStores | None = None,
        currency: Callable[[], str] | None = None,
        history_columns: HistoryColumnChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._outbox = outbox
        self._history = history
        # After the call: outcomes and what Octanist says (ui/history/outcome_actions.py),
        # made when History first opens, not for the first window.
        self._after_call = after_call
        self._on_close = on_close
        self.setWindowTitle(
            self.tr("Octanist Desktop — Sandbox (leads stay on this computer)")
            if sandbox_mode
            else "Octanist Desktop"
        )
        # Sized to the screen it opens on (never larger), or as it was left there.
        self.placement = WindowPlacement(self, layouts)
        self.placement.restore()
        self._shown_once = False

        self.form = LeadForm(
            default_region=default_region,
            pinned=pinned,
            duplicate_lookup=self._duplicate_hint,
            save=self.save_lead,
        )
        self.form.leadRequested.connect(self.show_lead_in_history)
        # The New lead tab: the form with Send under it, or the first-run welcome.
        self.entry_stack = EntryPages(self.form)
        self.entry_stack.enterKeyRequested.connect(self.settingsRequested)
        self.entry_stack.sandboxRequested.connect(self.sandboxRequested)
        self.entry_stack.regionChosen.connect(self.on_region_prompt_regionChosen)
        self.entry_stack.regionQuestionDismissed.connect(self.regionQuestionDismissed)
        self.entry_stack.tabStopsChanged.connect(self._chain_tab_tail)
        self.submit_button = self.entry_stack.submit_button
        self.welcome, self.notice = self.entry_stack.welcome, self.entry_stack.notice
        # What happened to the last lead, beside the button (the bar never scrolls);
        # built when there is first something to say.
        self._detached = False
        self.last_lead = LastLead(
            self.form,
            outbox,
            self.entry_stack.button_bar,
            lambda: self._detached,
            self._chain_tab_tail,
            self,
        )
        self.last_lead.historyRequested.connect(self.show_lead_in_history)
        self.last_lead.takenBack.connect(self.on_last_lead_takenBack)

        #: Every booth-locked action of this window joins it (see ui/actions.py).
        self.visitor_lock = VisitorLock(self)
        self._history_page = HistoryPage(
            history,
            outbox,
            lock=self.visitor_lock,
            columns=history_columns,
            after_call=after_call,
            currency=currency or _default_currency,
        )
        self._history_page.retryRequested.connect(self.sendNowRequested)
        self._history_page.message.connect(self.show_message)
        self._history_page.outcomeQueued.connect(self.outcomeQueued)
        self._history_page.viewBuilt.connect(
            lambda view: self.placement.restore_splitter(view.splitter)
        )

        self.tabs = QTabWidget()
        self.tabs.addTab(self.entry_stack, self.tr("New lead"))  # Ctrl+1; Alt+N is Name
        self.tabs.addTab(self._history_page, self.tr("History"))  # Ctrl+2; Alt+H is Help
        self.tabs.currentChanged.connect(self.on_tabs_currentChanged)
        # A tab's tooltip is what Qt gives screen readers as its description.
        self.tabs.setTabToolTip(0, self.tr("Type a lead and send it (Ctrl+1)"))
        self.tabs.setTabToolTip(1, self.tr("Every lead sent from here, with its card (Ctrl+2)"))
        self.setCentralWidget(self.tabs)
        # Tab from Send, the last stop, goes round to the tabs and then Name.
        self.entry_stack.wrap_tab_to(self.tabs.tabBar())
        self._chain_tab_tail()

        self.status_bar = StatusBar(self)
        self.setStatusBar(self.status_bar)
        self.connection_label = self.status_bar.connection_label
        self.queue_label = self.status_bar.queue_label
        self.key_label = self.status_bar.key_label
        self.on_sender_connectionChanged(ConnectionState.UNKNOWN, "")
        self.on_sender_countsChanged({s.value: n for s, n in outbox.counts().items()})
        if sandbox_mode:
            self.set_key_source(KeySource.SANDBOX)

        # The record kept with each lead typed here (consent ticks, the badge scanned in).
        self._staff_capture = StaffCapture(lambda: self.form.lead_context().staff_member)

        # -- booth kit: CSV/vCard import and Paste vCard (ui/import_actions.py) --
        self._default_region = default_region
        self.import_actions = ImportActions(
            self,
            self.form,
            stores=imports,
            region=lambda: self._default_region,
            lock=self.visitor_lock,
        )
        self.import_actions.leadsImported.connect(self.on_import_leadsImported)
        self.import_actions.message.connect(self.show_message)
        self.import_actions.formFilled.connect(lambda: self.show_tab(NEW_LEAD_TAB))

        self.menus = WindowMenus(self)
        #: Booth kit: Scan badge… joins it (ui/booth/staff_scans.py).
        self.edit_menu = self.menus.edit_menu

        # The lead being typed survives a quit or a crash (ui/form/draft_keeper.py).
        self.drafts = DraftKeeper(self.form, drafts, self) if drafts is not None else None
        restored = self.drafts.restore() if self.drafts is not None else None
        if restored:
            self.last_lead.note(restored)

    @property
    def history_view(self) -> HistoryView:
        """The History tab's view, built on first use."""
        return self._history_page.view()

    @property
    def outcome_actions(self) -> OutcomeActions | None:
        """Marking leads qualified/won/lost, once History was opened (None before)."""
        return self._history_page.outcome_actions

    @Slot(int)
    def on_tabs_currentChanged(self, index: int) -> None:
        """Build the History tab the first time it is opened."""
        if index == HISTORY_TAB:
            self._history_page.view()

    # -- menus (ui/window_menus.py) ----------------------------------------------

    def add_menu(self, menu: QMenu) -> None:
        """Add a screen's menu to the menu bar, before Help (which stays last)."""
        self.menus.add_menu(menu)

    @Slot()
    def on_send_now_triggered(self) -> None:
        """F5: send what is queued now; in History, also read each lead's status back."""
        self.sendNowRequested.emit()
        if self.tabs.currentIndex() == HISTORY_TAB:
            self.statusRefreshRequested.emit()

    @Slot()
    def on_show_form_triggered(self) -> None:
        """View ▸ New lead (Ctrl+1)."""
        self.show_tab(NEW_LEAD_TAB)

    @Slot()
    def on_show_history_triggered(self) -> None:
        """View ▸ History (Ctrl+2)."""
        self.show_tab(HISTORY_TAB)

    # -- what the app tells the window -------------------------------------------

    def show_welcome(self, notice: str = "") -> None:
        """First run without a key: offer to enter one or to try the sandbox."""
        self.entry_stack.show_welcome(notice)

    def show_form(self) -> None:
        """The lead form, with the cursor in Name."""
        self.entry_stack.show_form_page()
        self.tabs.setCurrentIndex(NEW_LEAD_TAB)
        self.focus_name()

    def focus_name(self) -> None:
        """Put the cursor where the next lead's first keystroke belongs."""
        self.form.input_widget("name").setFocus(Qt.FocusReason.OtherFocusReason)

    def show_tab(self, index: int) -> None:
        """Switch tabs; the form tab comes back with the cursor in Name, History in its table."""
        self.tabs.setCurrentIndex(index)
        if index == NEW_LEAD_TAB and self.form_is_shown():
            self.focus_name()
        elif index == HISTORY_TAB:
            self._history_page.view().focus_table()

    # -- the New lead tab's pages (the form, the welcome panel, booth pages); booth
    # mode's hold on the window is in window_booth, the phone region in window_region.

    def form_is_shown(self) -> bool:
        """Whether the New lead tab shows the form (not the welcome panel or a booth page)."""
        return self.entry_stack.form_is_shown()

    @property
    def receipt(self) -> LeadReceipt:
        """The confirmation under the form for the last lead saved."""
        return self.last_lead.receipt

    def _chain_tab_tail(self) -> None:
        """Tab order around the form (ui/entry_pages.py): the tabs before it; the receipt
        (once built) before Send after it."""
        tabs = getattr(self, "tabs", None)
        receipt: list[QWidget] = []
        if self.last_lead.is_built():
            receipt += [self.receipt.edit_button, self.receipt.history_button]
        self.entry_stack.chain_tab_order(tabs.tabBar() if tabs is not None else None, receipt)

    @Slot(str)
    def on_region_prompt_regionChosen(self, region: str) -> None:
        """The question was answered: numbers are read in that country from now on."""
        self.set_default_region(region)
        self.regionChosen.emit(region)

    # -- the sender, the status bar and the outbox (see window_status, lead_intake) --

    @Slot(str)
    def show_message(self, text: str) -> None:
        """A transient status-bar message."""
        self.status_bar.show_transient(text)

    @Slot(int)
    def on_sender_leadChanged(self, lead_id: int) -> None:
        """A lead's row changed on the sender thread."""
        if not self._detached:
            self._history_page.lead_changed(lead_id)
        self.last_lead.lead_changed(lead_id)

    @Slot(dict)
    def on_sender_countsChanged(self, counts: dict[str, int]) -> None:
        """Keep the always-visible queue count right."""
        self.status_bar.show_counts(counts)

    @Slot(object, str)
    def on_sender_connectionChanged(self, state: ConnectionState, message: str) -> None:
        """Online / offline / no key / key refused, with the reason as a tooltip."""
        self.status_bar.show_connection(state, message)
        self.last_lead.connection_changed(state)

    @Slot(int)
    def announce_saved(self, lead_id: int) -> None:
        """A lead reached the outbox another way (booth mode, staff answers): count it, wake
        the sender, and show it in History."""
        # Count it at once; the sender's own (throttled) counts follow.
        self.status_bar.count_queued(1)
        self.leadQueued.emit(lead_id)
        # The history table learns about it after this keystroke is handled,
        # so the form is ready for the next lead first.
        QTimer.singleShot(0, lambda: self._on_lead_added(lead_id))

    @Slot(int, int)
    def on_import_leadsImported(self, count: int, last_id: int) -> None:
        """Booth kit: an import committed ``count`` leads; count them and wake the sender."""
        self.status_bar.count_queued(count)
        self.leadQueued.emit(last_id)
        self._on_lead_added(last_id)

    @Slot(int)
    def on_last_lead_takenBack(self, lead_id: int) -> None:
        """Edit took a lead out of the outbox: count again, drop its row, show the form."""
        self.status_bar.show_counts({s.value: n for s, n in self._outbox.counts().items()})
        self._history_page.lead_erased(lead_id)
        self.show_form()

    @Slot(int)
    def show_lead_in_history(self, lead_id: int) -> None:
        """Open History with lead ``lead_id`` selected (the search and filter cleared if they
        hide it); every link to a lead ends here.

        Never for a visitor at the booth: History is staff only.
        """
        if self.visitor_lock.is_locked():
            return
        view = self._history_page.view()
        self.tabs.setCurrentIndex(HISTORY_TAB)
        view.show_lead(lead_id)

    def showEvent(self, event: QShowEvent) -> None:
        """On the first show, pull the window (frame included) inside the screen."""
        super().showEvent(event)
        if not self._shown_once and not event.spontaneous():
            self._shown_once = True
            # The frame is known only once the window manager has placed the window.
            QTimer.singleShot(0, self.placement.fit_to_screen)

    @Slot()
    def on_quit_triggered(self) -> None:
        """File ▸ Quit (Ctrl+Q): with a lead half typed, ask first."""
        if self.drafts is not None and not self.drafts.ask_before_quitting(self):
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about a half-typed lead, remember the layout, then hand shutdown to the app.

        Only the user's own closing asks (Quit, or the window's close button);
        when the app closes the window (switching to the sandbox, a session
        ending) the draft is kept without a question.
        """
        if self.drafts is not None:
            asked = event.spontaneous() and not self._detached
            if asked and not self.drafts.ask_before_quitting(self):
                event.ignore()
                return
            self.drafts.stop()
        self.placement.save()
        if self._on_close is not None:
            self._on_close()
        super().closeEvent(event)
