"""Asking once, without getting in the way, which country the phone numbers are from.

With no region in Settings and none in the computer's locale (a C.UTF-8
system says nothing), a number typed without + can't be read. A bar above
the form asks the question on first run; it never takes the cursor from the
lead being typed, and "Not now" puts it away for good (Settings can still
set the country).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

if TYPE_CHECKING:
    from octanist_desktop.ui.form.country_list import CountryList


def system_region() -> str | None:
    """The two-letter region of the user's locale, as a phone-number default (None: the
    locale names none, as a C.UTF-8 system's doesn't)."""
    name = QLocale.system().name()  # e.g. "nl_NL"
    region = name.rsplit("_", 1)[-1] if "_" in name else ""
    return region.upper() if len(region) == 2 and region.isalpha() else None


class RegionPrompt(QFrame):
    """ "Which country are your leads' phone numbers from?" with Choose country… and Not now.

    Signals:
        regionChosen(str): the country picked ("NL").
        dismissed(): "Not now".
    """

    regionChosen = Signal(str)
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("regionPrompt")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.question = QLabel(
            self.tr(
                "Which country are your leads' phone numbers from? Numbers typed "
                "without + are read in it; you can still pick another per number."
            ),
            self,
        )
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)
        self.choose_button = QPushButton(self.tr("Choose country…"), self)
        self.choose_button.setObjectName("chooseRegion")
        self.choose_button.setAutoDefault(False)
        self.choose_button.setAccessibleDescription(
            self.tr(
                "Opens the list of countries; numbers typed without + are read in the one you pick"
            )
        )
        self.choose_button.clicked.connect(self.on_choose_button_clicked)
        self.later_button = QPushButton(self.tr("Not now"), self)
        self.later_button.setObjectName("notNowRegion")
        self.later_button.setAutoDefault(False)
        self.later_button.setAccessibleDescription(
            self.tr("Hides this question; you can set the country later in Settings")
        )
        self.later_button.clicked.connect(self.on_later_button_clicked)
        self._list: CountryList | None = None
        self._suggested: str | None = None
        layout = QHBoxLayout(self)
        layout.addWidget(self.question, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.later_button)
        self.hide()

    def ask(self, suggested: str | None = None) -> None:
        """Show the question; ``suggested`` (a guess, e.g. from the time zone) is preselected."""
        self._suggested = suggested
        self.show()

    def country_list(self) -> CountryList | None:
        """The list of countries, once opened."""
        return self._list

    @Slot()
    def on_choose_button_clicked(self) -> None:
        """Open the searchable list of countries under the button."""
        if self._list is None:
            from octanist_desktop.ui.form.country_list import CountryList

            self._list = CountryList(self, popup=True)
            self._list.picked.connect(self.on_list_picked)
            self._list.cancelled.connect(self.on_list_cancelled)
            self._list.resize(360, 320)
        country_list = self._list
        country_list.load()
        country_list.select(self._suggested)
        below = self.choose_button.mapToGlobal(QPoint(0, self.choose_button.height()))
        country_list.move(below)
        country_list.show()
        country_list.search.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(str)
    def on_list_picked(self, code: str) -> None:
        """A country was picked: that's the answer."""
        if self._list is not None:
            self._list.hide()
        self.hide()
        self.regionChosen.emit(code)

    @Slot()
    def on_list_cancelled(self) -> None:
        """Esc in the list: the question stays."""
        if self._list is not None:
            self._list.hide()

    @Slot()
    def on_later_button_clicked(self) -> None:
        """Not now: don't ask again."""
        self.hide()
        self.dismissed.emit()
