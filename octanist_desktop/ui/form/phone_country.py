"""The country picker on the phone field: "NL +31 ▾", searchable by name or dialling code.

A national number ("06 1234 5678") means nothing without its country, so
the country sits on the phone field itself, where the salesperson looks.
The list is built the first time it opens (country names load then, not
at start-up); typing filters it by the country's name in the user's
language or in English, its ISO code or its dialling code.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QApplication,
    QToolButton,
    QWidget,
)

if TYPE_CHECKING:
    from octanist_desktop.ui.form.country_list import CountryList


#: Room the popup keeps around its search hint (its frame, margins, the clear button).
_POPUP_MARGIN = 56


def dialling_code_of(region: str) -> int | None:
    """The dialling code of ``region`` (phonenumbers is loaded by then: the form validates)."""
    from octanist_desktop.core.countries import dialling_code

    return dialling_code(region) if region else None


class PhoneCountryButton(QToolButton):
    """The phone field's country: shows "NL +31", opens the searchable list.

    It takes no focus of its own, like the arrow of a combo box: Tab goes
    from Phone straight on to Company, so a salesperson typing ahead never
    types a company name into a country search. The keyboard opens the list
    with F4 or Alt+Down in the phone field; a click opens it too. After a
    pick (or Esc) the cursor is back where it was, in the phone field.

    Signals:
        regionChanged(str): the user picked another country ("NL").
    """

    regionChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneCountry")
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Country of the phone number"))
        self._region = ""
        # Where the cursor goes back to when the list closes.
        self._return_to: QWidget | None = None
        self._popup: CountryList | None = None
        self.clicked.connect(self.open_list)
        self._refresh()

    def region(self) -> str:
        """The chosen country's ISO code ("" when none is chosen)."""
        return self._region

    def set_region(self, region: str | None) -> None:
        """Show ``region`` (no ``regionChanged``: the form set it)."""
        self._region = (region or "").upper()
        self._refresh()

    def popup(self) -> CountryList | None:
        """The list, once it has been opened."""
        return self._popup

    @Slot()
    def open_list(self, first_letters: str = "") -> None:
        """Open the country list under the button, searching for ``first_letters``."""
        if self._popup is None:
            # The list and its country names: built on first open, not for the first window.
            from octanist_desktop.ui.form.country_list import CountryList

            self._popup = CountryList(self, popup=True)
            self._popup.picked.connect(self.on_popup_picked)
            self._popup.cancelled.connect(self.on_popup_cancelled)
            # Wide enough for the search's hint in a longer language (German cut it
            # to "… Deutschland oder +…"), within reason.
            search = self._popup.search
            hint = search.fontMetrics().horizontalAdvance(search.placeholderText())
            self._popup.resize(min(max(360, hint + _POPUP_MARGIN), 560), 320)
        popup = self._popup
        focused = QApplication.focusWidget()
        if focused is not None and not popup.isAncestorOf(focused):
            self._return_to = focused
        popup.load()
        popup.select(self._region)
        if first_letters:
            popup.search.setText(first_letters)
        below = self.mapToGlobal(QPoint(self.width() - popup.width(), self.height()))
        popup.move(below)
        popup.show()
        popup.search.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot(str)
    def on_popup_picked(self, code: str) -> None:
        """A country was chosen: show it, tell the form, give focus back."""
        if self._popup is not None:
            self._popup.hide()
        self._give_focus_back()
        if code != self._region:
            self._region = code
            self._refresh()
            self.regionChanged.emit(code)

    @Slot()
    def on_popup_cancelled(self) -> None:
        """Esc: close the list and keep the country."""
        if self._popup is not None:
            self._popup.hide()
        self._give_focus_back()

    def _give_focus_back(self) -> None:
        target = self._return_to
        if target is not None:
            target.setFocus(Qt.FocusReason.PopupFocusReason)

    def _refresh(self) -> None:
        if not self._region:
            self.setText(self.tr("Country ▾"))
            self.setToolTip(self.tr("Choose the country of numbers typed without + (F4)"))
            return
        dial = dialling_code_of(self._region)
        code = f" +{dial}" if dial else ""
        self.setText(f"{self._region}{code} ▾")
        self.setToolTip(
            self.tr(
                "Numbers typed without + are read as {code}{dial} numbers; F4 to change"
            ).format(code=self._region, dial=f" (+{dial})" if dial else "")
        )
