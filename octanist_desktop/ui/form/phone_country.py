"""The country picker on the phone field: "NL +31 ▾", searchable by name or dialling code.

A national number ("06 1234 5678") means nothing without its country, so
the country sits on the phone field itself, where the salesperson looks.
The list is built the first time it opens (country names load then, not
at start-up); typing filters it by the country's name in the user's
language or in English, its ISO code or its dialling code.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.phone_countries import (
    PhoneCountry,
    find_countries,
    phone_countries,
)
from octanist_desktop.ui.language import spoken

_CODE_ROLE = Qt.ItemDataRole.UserRole


#: Room the popup keeps around its search hint (its frame, margins, the clear button).
_POPUP_MARGIN = 56


def dialling_code_of(region: str) -> int | None:
    """The dialling code of ``region`` (phonenumbers is loaded by then: the form validates)."""
    from octanist_desktop.core.countries import dialling_code

    return dialling_code(region) if region else None


class CountryList(QFrame):
    """A search box over the list of countries; Enter or a click picks one.

    Used as the phone button's popup and inside the first-run question.

    Signals:
        picked(str): the ISO code of the chosen country.
        cancelled(): Esc in the popup.
    """

    picked = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None, *, popup: bool = False) -> None:
        super().__init__(parent)
        self.setObjectName("countryList")
        if popup:
            self.setWindowFlags(Qt.WindowType.Popup)
            self.setFrameShape(QFrame.Shape.StyledPanel)
        self._countries: tuple[PhoneCountry, ...] = ()
        self.search = QLineEdit(self)
        self.search.setObjectName("countrySearch")
        self.search.setPlaceholderText(
            self.tr("Type a country or its code, e.g. Netherlands or +31")
        )
        self.search.setAccessibleName(self.tr("Search countries"))
        self.search.setClearButtonEnabled(True)
        for clear in self.search.findChildren(QToolButton):  # Qt's icon-only ✕ in the box
            clear.setAccessibleName(self.tr("Clear search"))
            clear.setAccessibleDescription(self.tr("Empties the search and lists every country"))
        self.search.textChanged.connect(self.on_search_textChanged)
        self.search.installEventFilter(self)
        self.list = QListWidget(self)
        self.list.setObjectName("countryChoices")
        self.list.setAccessibleName(self.tr("Countries"))
        self.list.setAccessibleDescription(
            self.tr("Enter or a click picks the country the number is read in")
        )
        self.list.itemActivated.connect(self.on_list_itemActivated)
        self.list.itemClicked.connect(self.on_list_itemActivated)
        self.empty = QLabel(self.tr("No country matches that."), self)
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        self.setFocusProxy(self.search)

    def load(self, language: str | None = None) -> None:
        """Fill the list (once) with every country, named in ``language`` (the UI's by default)."""
        if self._countries:
            return
        self._countries = phone_countries(language or spoken())
        self._show(list(self._countries))

    def select(self, code: str | None) -> None:
        """Highlight ``code`` (the current country) and clear the search."""
        self.search.clear()
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_CODE_ROLE) == code:
                self.list.setCurrentRow(row)
                self.list.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)
                return
        if self.list.count():
            self.list.setCurrentRow(0)

    def current_code(self) -> str | None:
        """The highlighted country's code."""
        item = self.list.currentItem()
        return str(item.data(_CODE_ROLE)) if item is not None else None

    def shown_codes(self) -> list[str]:
        """The codes the list shows now, top to bottom."""
        return [str(self.list.item(row).data(_CODE_ROLE)) for row in range(self.list.count())]

    @Slot(str)
    def on_search_textChanged(self, text: str) -> None:
        """Filter as the user types; the best match is highlighted."""
        self._show(find_countries(text, self._countries))

    @Slot(QListWidgetItem)
    def on_list_itemActivated(self, item: QListWidgetItem) -> None:
        """A country was chosen."""
        self.picked.emit(str(item.data(_CODE_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up/Down/Page keys in the search box move through the list; Enter picks; Esc cancels."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                self.list.keyPressEvent(event)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                code = self.current_code()
                if code is not None:
                    self.picked.emit(code)
                return True
            if key == Qt.Key.Key_Escape:
                self.cancelled.emit()
                return True
        return super().eventFilter(watched, event)

    def _show(self, countries: list[PhoneCountry]) -> None:
        self.list.clear()
        for country in countries:
            item = QListWidgetItem(f"{country.name}   +{country.dialling_code}   {country.code}")
            item.setData(_CODE_ROLE, country.code)
            item.setToolTip(country.label)
            self.list.addItem(item)
        self.empty.setVisible(not countries)
        if countries:
            self.list.setCurrentRow(0)


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
