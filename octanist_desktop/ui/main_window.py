"""The main window: the lead form, the history tab and a status bar that always tells the truth."""

from __future__ import annotations

import logging
import platform
import sqlite3
import time
from collections.abc import Callable, Mapping
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import (
    CONSENT_KEY,
    ConsentRecord,
    EnteredBy,
    staff_form_consent,
)
from octanist_desktop.core.fields import CONSENT_KEYS
from octanist_desktop.core.key_words import KEY_SOURCE_LABELS
from octanist_desktop.core.match_hint import describe_elsewhere
from octanist_desktop.core.states import ConnectionState, KeySource
from octanist_desktop.prefs.draft import DraftStore
from octanist_desktop.prefs.history_columns import HistoryColumnChoice
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.window_layout import WindowLayouts
from octanist_desktop.store.history import History
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.actions import (
    QUIT,
    SEND_NOW,
    SETTINGS,
    SHORTCUTS,
    SHOW_FORM,
    SHOW_HISTORY,
    VisitorLock,
    make_action,
)
from octanist_desktop.ui.form.draft_keeper import DraftKeeper
from octanist_desktop.ui.form.duplicate_hint import SameLead, same_leads
from octanist_desktop.ui.form.lead_form import LeadForm
from octanist_desktop.ui.form.lead_receipt import LeadReceipt
from octanist_desktop.ui.form.region_prompt import RegionPrompt
from octanist_desktop.ui.importing.actions import ImportActions  # booth kit: import
from octanist_desktop.ui.language import spoken
from octanist_desktop.ui.last_lead import LastLead
from octanist_desktop.ui.money import default_currency
from octanist_desktop.ui.status_bar import StatusBar
from octanist_desktop.ui.welcome_panel import WelcomePanel
from octanist_desktop.ui.window_placement import WindowPlacement
from octanist_desktop.ui.words import translated

# The History tab is built the first time it is opened (or asked for): its
# table, model and icons are not part of the first window.
if TYPE_CHECKING:
    from octanist_desktop.core.remote import Usage
    from octanist_desktop.importing.badge_scan import BadgeReading
    from octanist_desktop.refresh.status_refresh import RefreshReport
    from octanist_desktop.store.outcome_queue import OutcomeQueue
    from octanist_desktop.store.remote_index import RemoteIndex
    from octanist_desktop.ui.history.outcome_actions import OutcomeActions
    from octanist_desktop.ui.history.view import HistoryView

log = logging.getLogger(__name__)

NEW_LEAD_TAB, HISTORY_TAB = 0, 1


class MainWindow(QMainWindow):
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
        data_dir: Path | None = None,  # booth kit: imports open their own connection here
        on_close: Callable[[], None] | None = None,
        layouts: WindowLayouts | None = None,
        drafts: DraftStore | None = None,
        after_call: Callable[[], tuple[OutcomeQueue, RemoteIndex]] | None = None,
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
        self._currency = currency or default_currency
        self.outcome_actions: OutcomeActions | None = None
        self._history_columns = history_columns
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
        self.submit_button = QPushButton(self.tr("&Send lead  (Ctrl+Enter)"))
        self.submit_button.setObjectName("sendLead")
        self.submit_button.setDefault(False)
        # Reached by Tab after the form (Ctrl+Enter is quicker, but every control is reachable).
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        # Tab from Send, the last stop, goes round to the tabs and then Name.
        self.submit_button.installEventFilter(self)
        self.submit_button.clicked.connect(self.form.submit)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        # The form scrolls itself, so Tab keeps the focused field in view.
        form_layout.addWidget(self.form, 1)
        button_bar = QHBoxLayout()
        button_bar.addStretch(1)
        button_bar.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        form_layout.addLayout(button_bar)
        self._form_layout = form_layout
        # What happened to the last lead, beside the button (the bar never scrolls);
        # built when there is first something to say.
        self._detached = False
        self.last_lead = LastLead(
            self.form, outbox, button_bar, lambda: self._detached, self._chain_tab_tail, self
        )
        self.last_lead.historyRequested.connect(self.show_lead_in_history)
        self.last_lead.takenBack.connect(self.on_last_lead_takenBack)
        self._region_prompt: RegionPrompt | None = None

        self.welcome = WelcomePanel()
        self.welcome.enterKeyRequested.connect(self.settingsRequested)
        self.welcome.sandboxRequested.connect(self.sandboxRequested)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.notice.hide()
        welcome_page = QWidget()
        welcome_layout = QVBoxLayout(welcome_page)
        welcome_layout.addWidget(self.notice)
        welcome_layout.addWidget(self.welcome, 1)

        self.entry_stack = QStackedWidget()
        self.entry_stack.addWidget(form_page)
        self.entry_stack.addWidget(welcome_page)
        self._form_page, self._welcome_page = form_page, welcome_page

        self._history_view: HistoryView | None = None
        self._history_page = QWidget()
        self._history_page.setObjectName("historyPage")
        QVBoxLayout(self._history_page).setContentsMargins(0, 0, 0, 0)

        self.tabs = QTabWidget()
        self.tabs.addTab(self.entry_stack, self.tr("New lead"))  # Ctrl+1; Alt+N is Name
        self.tabs.addTab(self._history_page, self.tr("History"))  # Ctrl+2; Alt+H is Help
        self.tabs.currentChanged.connect(self.on_tabs_currentChanged)
        self.setCentralWidget(self.tabs)
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

        #: Every booth-locked action of this window joins it (see ui/actions.py).
        self.visitor_lock = VisitorLock(self)
        self._badge: BadgeReading | None = None

        # -- booth kit: CSV/vCard import and Paste vCard (ui/import_actions.py) --
        self._default_region = default_region
        self.import_actions = ImportActions(
            self,
            self.form,
            data_dir=data_dir,
            region=lambda: self._default_region,
            lock=self.visitor_lock,
        )
        self.import_actions.leadsImported.connect(self.on_import_leadsImported)
        self.import_actions.message.connect(self.show_message)
        self.import_actions.formFilled.connect(lambda: self.show_tab(NEW_LEAD_TAB))

        self._build_menus()

        # The lead being typed survives a quit or a crash (ui/form/draft_keeper.py).
        self.drafts = DraftKeeper(self.form, drafts, self) if drafts is not None else None
        restored = self.drafts.restore() if self.drafts is not None else None
        if restored:
            self.last_lead.note(restored)

    @property
    def history_view(self) -> HistoryView:
        """The History tab's view, built on first use."""
        return self._ensure_history_view()

    def _ensure_history_view(self) -> HistoryView:
        if self._history_view is None:
            from octanist_desktop.ui.history.view import HistoryView

            columns = self._history_columns
            view = HistoryView(
                self._history,
                self._outbox,
                lock=self.visitor_lock,
                shown_columns=columns.load() if columns is not None else None,
            )
            if columns is not None:
                view.columnsChanged.connect(columns.save)
            view.retryRequested.connect(self.sendNowRequested)
            view.message.connect(self.show_message)
            if self._after_call is not None:
                from octanist_desktop.ui.history.outcome_actions import OutcomeActions

                queue, index = self._after_call()
                self.outcome_actions = OutcomeActions(
                    view,
                    queue,
                    index,
                    currency=self._currency,
                    lock=self.visitor_lock,
                )
                self.outcome_actions.outcomeQueued.connect(self.outcomeQueued)
            layout = self._history_page.layout()
            assert layout is not None
            layout.addWidget(view)
            self.placement.restore_splitter(view.splitter)
            self._history_view = view
        return self._history_view

    @Slot(int)
    def on_tabs_currentChanged(self, index: int) -> None:
        """Build the History tab the first time it is opened."""
        if index == HISTORY_TAB:
            self._ensure_history_view()

    # -- menus -----------------------------------------------------------------

    def _build_menus(self) -> None:
        lock = self.visitor_lock
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        settings = make_action(SETTINGS, self, self.settingsRequested.emit, lock=lock)
        file_menu.addAction(settings)
        file_menu.addAction(make_action(SEND_NOW, self, self.on_send_now_triggered, lock=lock))
        file_menu.addSeparator()
        file_menu.addAction(make_action(QUIT, self, self.on_quit_triggered, lock=lock))

        # booth kit: Import CSV…/Import vCard… at the top of File, Edit ▸ Paste vCard
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        self.import_actions.add_to_menus(file_menu, edit_menu, before=settings)
        #: Booth kit: Scan badge… joins it (ui/booth/staff_scans.py).
        self.edit_menu = edit_menu

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(make_action(SHOW_FORM, self, self.on_show_form_triggered, lock=lock))
        view_menu.addAction(
            make_action(SHOW_HISTORY, self, self.on_show_history_triggered, lock=lock)
        )

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.setObjectName("helpMenu")
        help_menu.addAction(make_action(SHORTCUTS, self, self.show_shortcut_sheet, lock=lock))
        self._help_menu = help_menu
        self._shortcut_sheet: QDialog | None = None

    def add_menu(self, menu: QMenu) -> None:
        """Add a screen's menu to the menu bar, before Help (which stays last)."""
        self.menuBar().insertMenu(self._help_menu.menuAction(), menu)

    @Slot()
    def show_shortcut_sheet(self) -> None:
        """Help ▸ Keyboard shortcuts (F1): built the first time, then raised."""
        if self._shortcut_sheet is None:
            from octanist_desktop.ui.shortcut_sheet import ShortcutSheet

            self._shortcut_sheet = ShortcutSheet(self)
        if self._shortcut_sheet.isVisible():
            self._shortcut_sheet.raise_()
            self._shortcut_sheet.activateWindow()
        else:
            self._shortcut_sheet.show()

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
        self.notice.setText(translated(notice))
        self.notice.setVisible(bool(notice))
        self.entry_stack.setCurrentWidget(self._welcome_page)
        self.welcome.setFocus()

    def show_form(self) -> None:
        """The lead form, with the cursor in Name."""
        self.entry_stack.setCurrentWidget(self._form_page)
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
            self._ensure_history_view().focus_table()

    # -- the New lead tab's pages (the form, the welcome panel, booth pages) -------

    def form_is_shown(self) -> bool:
        """Whether the New lead tab shows the form (not the welcome panel or a booth page)."""
        return self.entry_stack.currentWidget() is self._form_page

    def add_entry_page(self, page: QWidget) -> None:
        """Give the New lead tab another page (booth mode's thank-you); see ``show_entry_page``."""
        self.entry_stack.addWidget(page)

    def show_entry_page(self, page: QWidget) -> None:
        """Show a page added with ``add_entry_page`` in place of the form."""
        self.entry_stack.setCurrentWidget(page)

    def leave_entry_page(self, page: QWidget) -> None:
        """Back to the form if ``page`` is showing (else nothing changes)."""
        if self.entry_stack.currentWidget() is page:
            self.entry_stack.setCurrentWidget(self._form_page)

    # -- booth mode (trade-show booth kit; ui/booth_mode.py drives this) ----------

    def set_locked_for_visitors(self, locked: bool) -> None:
        """Show visitors the lead form only: no History (nor its export), menus or settings."""
        self.tabs.setCurrentIndex(NEW_LEAD_TAB)
        self.tabs.setTabVisible(HISTORY_TAB, not locked)
        self.tabs.tabBar().setVisible(not locked)
        # Disabled as well as hidden: its shortcuts (export, retry…) must not fire.
        self._history_page.setEnabled(not locked)
        self.menuBar().setVisible(not locked)
        self.visitor_lock.set_locked(locked)
        self.form.set_visitor_layout(locked)
        # The receipt names the last lead and links to History: staff only.
        self.last_lead.set_visitor(locked)
        if locked and self._region_prompt is not None:
            self._region_prompt.hide()

    @property
    def receipt(self) -> LeadReceipt:
        """The confirmation under the form for the last lead saved."""
        return self.last_lead.receipt

    @property
    def region_prompt(self) -> RegionPrompt:
        """The first-run question about the phone numbers' country (built when asked)."""
        if self._region_prompt is None:
            prompt = RegionPrompt()
            prompt.regionChosen.connect(self.on_region_prompt_regionChosen)
            prompt.dismissed.connect(self.regionQuestionDismissed)
            self._form_layout.insertWidget(0, prompt)
            self._region_prompt = prompt
            self._chain_tab_tail()
        return self._region_prompt

    def ask_for_region(self, suggested: str | None = None) -> None:
        """First run with no country for phone numbers: ask, above the form."""
        self.region_prompt.ask(suggested)

    def _chain_tab_tail(self) -> None:
        """Tab order around the form: the tabs and the country question before it; the
        receipt and Send after it."""
        head: list[QWidget] = []
        tabs = getattr(self, "tabs", None)
        if tabs is not None:
            head.append(tabs.tabBar())
        if self._region_prompt is not None:
            head += [self._region_prompt.choose_button, self._region_prompt.later_button]
        tail: list[QWidget] = []
        if self.last_lead.is_built():
            tail += [self.receipt.edit_button, self.receipt.history_button]
        tail.append(self.submit_button)
        self.form.set_tab_ends(head, tail)

    @Slot(str)
    def on_region_prompt_regionChosen(self, region: str) -> None:
        """The question was answered: numbers are read in that country from now on."""
        self.set_default_region(region)
        self.regionChosen.emit(region)

    def show_booth_face(self, face: QWidget | None) -> None:
        """Booth mode: ``face`` (the visitor's screen) takes the whole window; None: back.

        The tabs, the staff form and the status bar are out of the visitor's
        sight and reach while it shows; the form keeps whatever it held.
        """
        current = self.centralWidget()
        shown = self.tabs if face is None else face
        if current is not shown:
            # Taken, not replaced: setCentralWidget would delete the tabs (or the face).
            # Kept as the window's hidden child, so it still goes when the window goes.
            taken = self.takeCentralWidget()
            if taken is not None:
                taken.setParent(self)
                taken.hide()
            self.setCentralWidget(shown)
            shown.show()
        self.status_bar.setVisible(face is None)

    def default_region(self) -> str | None:
        """The country that national phone numbers belong to."""
        return self._default_region

    def set_default_region(self, region: str | None) -> None:
        """The phone region changed in settings: the form and imports use it from now on."""
        self._default_region = region
        self.form.set_default_region(region)

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
        if not self._detached and self._history_view is not None:
            self._history_view.model.refresh()
            self._history_view.show_current_lead_again()
        if asked:
            self.show_message(self._refresh_message(report))

    def _refresh_message(self, report: RefreshReport) -> str:
        from octanist_desktop.core.remote import Availability

        if report.availability is Availability.UNSUPPORTED:
            return self.tr("This Octanist server doesn't report each lead's status.")
        if report.failure is not None:
            return self.tr("Couldn't read the status from Octanist now; it is tried again later.")
        return self.tr("Status read from Octanist: {count} of your leads.").format(
            count=len(report.leads)
        )

    def on_availability_changed(self) -> None:
        """The server was seen to take outcomes, or not: the card says so."""
        if not self._detached and self._history_view is not None:
            self._history_view.show_current_lead_again()

    def on_currency_changed(self) -> None:
        """Values are shown in another currency from now on: redraw what shows them."""
        if self._history_view is not None:
            self._history_view.model.refresh()
            self._history_view.show_current_lead_again()

    @Slot(str)
    def show_message(self, text: str) -> None:
        """A transient status-bar message."""
        self.status_bar.show_transient(text)

    # -- slots ---------------------------------------------------------------------

    def save_lead(self, payload: dict[str, object]) -> int:
        """The form's ``save``: commit the lead to disk now; the network gets it later.

        The lead keeps its record (``staff_capture``: the consent ticks, as
        staff's, and the badge it was scanned from) in the same commit.
        Raises whatever the store raises (a full disk, a read-only file, a
        payload that can't be stored): the form then keeps the input and says why.
        """
        lead_id = self._outbox.enqueue(payload, self.staff_capture(payload))
        try:
            self._on_lead_saved(lead_id, payload)
        except Exception:
            # The lead is safe on disk: a failure to show it must not make the
            # form keep it, or Ctrl+Enter again would store it twice.
            log.exception("showing saved lead %d failed", lead_id)
        return lead_id

    def save_visitor_lead(self, payload: Mapping[str, object], capture: CaptureRecord) -> int:
        """Booth mode's save: a visitor's lead and its proof of consent, committed together.

        Raises like ``save_lead``; booth mode then keeps the visitor's input.
        """
        lead_id = self._outbox.enqueue(payload, capture)
        try:
            self.announce_saved(lead_id)
        except Exception:
            log.exception("announcing saved lead %d failed", lead_id)
        return lead_id

    @property
    def history(self) -> History:
        """The window's read access to the stored leads."""
        return self._history

    def note_badge(self, reading: BadgeReading) -> None:
        """The staff form was filled from a scanned badge: keep its raw scan with the lead."""
        self._badge = reading

    def staff_capture(self, payload: Mapping[str, object]) -> CaptureRecord:
        """The record kept with a lead typed in the staff form: its consent ticks, as staff's,
        and the badge it was filled from (when the lead still holds that badge's details)."""
        badge, self._badge = self._badge, None
        badge_id = raw_scan = ""
        if badge is not None and _holds_badge(payload, badge):
            badge_id, raw_scan = badge.badge_id, badge.raw
        ticked = tuple(payload.get(key) is True for key in CONSENT_KEYS)
        consent = ConsentRecord(
            # The wording as the form showed it, in the app's language.
            staff_form_consent(translated, spoken()),
            ticked,
            _consent_time(payload),
            platform.node(),
            self.form.lead_context().staff_member,
            EnteredBy.STAFF,
        )
        return CaptureRecord(consent, badge_id, raw_scan)

    def _on_lead_saved(self, lead_id: int, payload: dict[str, object]) -> None:
        self.last_lead.saved(lead_id, payload)
        self.announce_saved(lead_id)

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

    def detach_from_store(self) -> None:
        """The database is about to close: ignore anything the sender still had in flight."""
        self._detached = True

    def _on_lead_added(self, lead_id: int) -> None:
        # Not built yet: it reads every lead from the store when it is.
        if not self._detached and self._history_view is not None:
            self._history_view.on_outbox_leadAdded(lead_id)

    @Slot(int)
    def on_sender_leadChanged(self, lead_id: int) -> None:
        """A lead's row changed on the sender thread."""
        if not self._detached and self._history_view is not None:
            self._history_view.on_sender_leadChanged(lead_id)
            if self.outcome_actions is not None:
                self.outcome_actions.on_lead_changed(lead_id)
        self.last_lead.lead_changed(lead_id)

    @Slot(int)
    def on_last_lead_takenBack(self, lead_id: int) -> None:
        """Edit took a lead out of the outbox: count again, drop its row, show the form."""
        self.status_bar.show_counts({s.value: n for s, n in self._outbox.counts().items()})
        if self._history_view is not None:
            self._history_view.model.on_leads_erased([lead_id])
        self.show_form()

    @Slot(int)
    def show_lead_in_history(self, lead_id: int) -> None:
        """Open History with lead ``lead_id`` selected (the search and filter cleared if they
        hide it); every link to a lead ends here.

        Never for a visitor at the booth: History is staff only.
        """
        if self.visitor_lock.is_locked():
            return
        view = self._ensure_history_view()
        self.tabs.setCurrentIndex(HISTORY_TAB)
        view.show_lead(lead_id)

    @Slot(dict)
    def on_sender_countsChanged(self, counts: dict[str, int]) -> None:
        """Keep the always-visible queue count right."""
        self.status_bar.show_counts(counts)

    @Slot(object, str)
    def on_sender_connectionChanged(self, state: ConnectionState, message: str) -> None:
        """Online / offline / no key / key refused, with the reason as a tooltip."""
        self.status_bar.show_connection(state, message)
        self.last_lead.connection_changed(state)

    def _duplicate_hint(self, email: str | None, phone: str | None) -> list[SameLead]:
        """The earlier lead the typed email matches, and the one the phone matches; for a
        field with none here, a lead at Octanist from another device (the refresh's index)."""
        if self._detached:
            return []
        found = same_leads(self._history, email, phone)
        matched = {match.field for match in found}
        for field, typed in (("email", email), ("phone", phone)):
            if typed and field not in matched:
                elsewhere = self._elsewhere_hint(field, typed)
                if elsewhere is not None:
                    found.append(elsewhere)
        return found

    def _elsewhere_hint(self, field: str, typed: str) -> SameLead | None:
        """A lead at Octanist with this email or phone that this app didn't send."""
        if self._after_call is None:
            return None
        try:
            _, index = self._after_call()
            found = (
                index.elsewhere(typed, None) if field == "email" else index.elsewhere(None, typed)
            )
        except sqlite3.Error:
            return None
        if not found:
            return None
        return SameLead(field, describe_elsewhere(found[0].created_at), None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab on Send (the last stop of the form page) goes round to the start."""
        if (
            watched is self.submit_button
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.tabs.tabBar().setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

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


def _holds_badge(payload: Mapping[str, object], badge: BadgeReading) -> bool:
    """Whether a lead still carries what ``badge`` filled in (not a later, hand-typed one)."""
    custom = payload.get("custom")
    if badge.badge_id and isinstance(custom, dict) and custom.get("badge_id") == badge.badge_id:
        return True
    return any(value and payload.get(key) == value for key, value in badge.draft.items())


def _consent_time(payload: Mapping[str, object]) -> float:
    """When the consent sent in ``custom`` was given (so the record says the same), else now."""
    custom = payload.get("custom")
    proof = custom.get(CONSENT_KEY) if isinstance(custom, dict) else None
    at = proof.get("at") if isinstance(proof, dict) else None
    if isinstance(at, str):
        try:
            return datetime.fromisoformat(at).timestamp()
        except ValueError:
            pass
    return time.time()
