"""The searchable list of countries that the phone field's button and the region question open.

Built the first time one of them opens: its widgets and the country names
(phone_countries) are not part of the first window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
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
