"""The New lead tab's pages: the form with its Send bar, the first-run welcome, booth pages.

The form page holds the lead form (it scrolls itself), the first-run
country question above it when asked, and the bar under it with Send (and,
once there is something to say, the last lead's receipt). The welcome page
offers a key or the sandbox while there is neither. A screen may add a page
of its own (booth mode's thank-you) and show it in the form's place.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.ui.form.lead_form import LeadForm
from octanist_desktop.ui.form.region_prompt import RegionPrompt
from octanist_desktop.ui.welcome_panel import WelcomePanel
from octanist_desktop.ui.words import translated


class EntryPages(QStackedWidget):
    """The stack in the New lead tab: the form page first, the welcome page second.

    Signals:
        enterKeyRequested(): the welcome panel's "Enter API key".
        sandboxRequested(): the welcome panel's "Try the built-in sandbox".
        regionChosen(str): the first-run country question was answered ("NL").
        regionQuestionDismissed(): the question's "Not now".
        tabStopsChanged(): the country question was built; the Tab chain must include it.
    """

    enterKeyRequested = Signal()
    sandboxRequested = Signal()
    regionChosen = Signal(str)
    regionQuestionDismissed = Signal()
    tabStopsChanged = Signal()

    def __init__(self, form: LeadForm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._form = form
        # Its words stay in the window's translation context, where they always were.
        self.submit_button = QPushButton(
            QCoreApplication.translate("MainWindow", "&Send lead  (Ctrl+Enter)")
        )
        self.submit_button.setObjectName("sendLead")
        self.submit_button.setAccessibleName(QCoreApplication.translate("MainWindow", "Send lead"))
        self.submit_button.setAccessibleDescription(
            QCoreApplication.translate(
                "MainWindow",
                "Checks the form, saves the lead on this computer and sends it to Octanist",
            )
        )
        self.submit_button.setDefault(False)
        # Reached by Tab after the form (Ctrl+Enter is quicker, but every control is reachable).
        self.submit_button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.submit_button.clicked.connect(form.submit)
        self.submit_button.installEventFilter(self)
        self._tab_wrap: QWidget | None = None

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        # The form scrolls itself, so Tab keeps the focused field in view.
        form_layout.addWidget(form, 1)
        #: The bar under the form: Send on the right; the receipt goes in at its start.
        self.button_bar = QHBoxLayout()
        self.button_bar.addStretch(1)
        self.button_bar.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        form_layout.addLayout(self.button_bar)
        self._form_layout = form_layout
        self._region_prompt: RegionPrompt | None = None

        self.welcome = WelcomePanel()
        self.welcome.enterKeyRequested.connect(self.enterKeyRequested)
        self.welcome.sandboxRequested.connect(self.sandboxRequested)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setObjectName("notice")
        self.notice.hide()
        welcome_page = QWidget()
        welcome_layout = QVBoxLayout(welcome_page)
        welcome_layout.addWidget(self.notice)
        welcome_layout.addWidget(self.welcome, 1)

        self.addWidget(form_page)
        self.addWidget(welcome_page)
        self._form_page, self._welcome_page = form_page, welcome_page

    def show_welcome(self, notice: str = "") -> None:
        """The welcome page, with ``notice`` above it (hidden when empty) and focus on it."""
        self.notice.setText(translated(notice))
        self.notice.setVisible(bool(notice))
        self.setCurrentWidget(self._welcome_page)
        self.welcome.setFocus()

    def show_form_page(self) -> None:
        """The form page (the caller puts the cursor where it belongs)."""
        self.setCurrentWidget(self._form_page)

    def form_is_shown(self) -> bool:
        """Whether the form page is the current page (not the welcome or a booth page)."""
        return self.currentWidget() is self._form_page

    def add_page(self, page: QWidget) -> None:
        """Another page, shown in the form's place with ``show_page``."""
        self.addWidget(page)

    def show_page(self, page: QWidget) -> None:
        """Show a page added with ``add_page``."""
        self.setCurrentWidget(page)

    def leave_page(self, page: QWidget) -> None:
        """Back to the form if ``page`` is showing (else nothing changes)."""
        if self.currentWidget() is page:
            self.setCurrentWidget(self._form_page)

    def built_region_prompt(self) -> RegionPrompt | None:
        """The country question if it was ever asked (None: never built)."""
        return self._region_prompt

    @property
    def region_prompt(self) -> RegionPrompt:
        """The first-run question about the phone numbers' country, above the form (built
        when first asked)."""
        if self._region_prompt is None:
            prompt = RegionPrompt()
            prompt.regionChosen.connect(self.regionChosen)
            prompt.dismissed.connect(self.regionQuestionDismissed)
            self._form_layout.insertWidget(0, prompt)
            self._region_prompt = prompt
            self.tabStopsChanged.emit()
        return self._region_prompt

    def chain_tab_order(self, tab_bar: QWidget | None, receipt: Sequence[QWidget]) -> None:
        """Tab order around the form: ``tab_bar`` and the country question before it; the
        ``receipt``'s buttons and Send after it."""
        head: list[QWidget] = [tab_bar] if tab_bar is not None else []
        if self._region_prompt is not None:
            head += [self._region_prompt.choose_button, self._region_prompt.later_button]
        tail = [*receipt, self.submit_button]
        self._form.set_tab_ends(head, tail)

    def wrap_tab_to(self, target: QWidget) -> None:
        """Tab on Send (the form page's last stop) goes round to ``target``."""
        self._tab_wrap = target

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Tab on Send goes round to the start (see ``wrap_tab_to``)."""
        if (
            watched is self.submit_button
            and self._tab_wrap is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Tab
            and not event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self._tab_wrap.setFocus(Qt.FocusReason.TabFocusReason)
            return True
        return super().eventFilter(watched, event)
