"""The lead form's phone number: its country, and F4 to pick another.

A national number is read in the phone's own country: the form's default
(from Settings or the first-run question) unless another was picked for
this lead. F4 or Alt+Down on the phone field opens the country list, as on
a combo box.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from octanist_desktop.ui.form.messages import shown_text

if TYPE_CHECKING:
    from octanist_desktop.ui.form.field_rows import FieldRows


class PhoneInput:
    """Mixed into ``LeadForm``: choosing and reading the phone number's country.

    Only methods called directly live here; what a signal calls stays on
    ``LeadForm`` itself, a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the form provides.
        _default_region: str | None
        _rows: FieldRows

        def refresh_messages(self) -> None: ...

    def set_default_region(self, region: str | None) -> None:
        """Change the country that national phone numbers belong to (from settings)."""
        chosen_here = self.phone_region() != (self._default_region or "")
        self._default_region = region
        if not chosen_here:  # a country picked for this lead stays picked
            self._rows.phone_country.set_region(region)
        self.refresh_messages()

    def phone_region(self) -> str:
        """The country of the phone number being typed ("" when none is chosen)."""
        return self._rows.phone_country.region()

    def set_phone_region(self, region: str | None) -> None:
        """Choose the phone number's country for this lead (the default comes back after it)."""
        self._rows.phone_country.set_region(region)
        self.refresh_messages()

    def phone_country_button(self) -> QWidget:
        """The country picker on the phone field."""
        return self._rows.phone_country

    def phone_hint(self) -> str:
        """The "Will be sent as …" line under Phone ("" if hidden)."""
        return shown_text(self._rows.phone_hint)

    def _phone_key_opens_list(self, event: QEvent) -> bool:
        """F4 or Alt+Down pressed in the phone field: open the country list (True: handled)."""
        if event.type() != QEvent.Type.KeyPress:
            return False
        assert isinstance(event, QKeyEvent)
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt):
            self._rows.phone_country.open_list()
            return True
        return False
