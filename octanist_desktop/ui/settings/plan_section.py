"""Settings' "Octanist plan" part: usage this period, what the server offers, the currency.

Usage is what the last status refresh read ("148 of 500 leads this
period", with a warning from 90 % on and when leads are locked). When the
server has no outcome or status endpoints, a line says so. The currency is
only how values are shown here; Octanist takes a bare number.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QLocale, QTime, Signal, Slot
from PySide6.QtWidgets import QDialog, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from octanist_desktop.core.remote import Availability, Usage
from octanist_desktop.ui.message_colours import muted_css_colour, warning_colour
from octanist_desktop.ui.usage_words import (
    availability_line,
    period_text,
    usage_line,
    usage_warning,
)

#: Longer than any currency symbol or code; short enough to stay a symbol.
CURRENCY_MAX = 5


class PlanSection(QGroupBox):
    """What Octanist said about the plan, and the currency values are shown in.

    ``attach(dialog)`` announces a changed currency when the dialog is saved.

    Signals:
        currencyChanged(str): the symbol to show values with from now on.
    """

    currencyChanged = Signal(str)

    def __init__(
        self,
        usage: tuple[Usage, float] | None,
        availability: Availability,
        currency: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("planSection")
        self.setTitle(self.tr("Octanist plan"))
        self._currency = currency

        self.usage = QLabel()
        self.usage.setObjectName("planUsageText")
        self.usage.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("planWarning")
        self.warning.setWordWrap(True)
        self.unsupported = QLabel(availability_line(availability))
        self.unsupported.setObjectName("planUnsupported")
        self.unsupported.setWordWrap(True)
        self.unsupported.setVisible(bool(self.unsupported.text()))

        self.currency = QLineEdit(currency)
        self.currency.setObjectName("currencyEdit")
        self.currency.setMaxLength(CURRENCY_MAX)
        self.currency.setMaximumWidth(self.fontMetrics().horizontalAdvance("M") * 8)
        self.currency.setToolTip(
            self.tr("How deal values are shown, e.g. € or $. Octanist takes the number only.")
        )

        form = QFormLayout(self)
        form.addRow(self.tr("Usage:"), self.usage)
        form.addRow("", self.warning)
        form.addRow("", self.unsupported)
        currency_label = QLabel(self.tr("&Currency:"))
        currency_label.setBuddy(self.currency)
        form.addRow(currency_label, self.currency)
        self.show_usage(usage, availability)

    def show_usage(self, usage: tuple[Usage, float] | None, availability: Availability) -> None:
        """Usage as last read (and when), or why there is none."""
        muted = f"QLabel {{ color: {muted_css_colour(self.palette())}; }}"
        if usage is None:
            self.usage.setText(
                self.tr("Not read yet.")
                if availability is not Availability.UNSUPPORTED
                else self.tr("Not available from this server.")
            )
            self.usage.setStyleSheet(muted)
            self.warning.hide()
            return
        plan, fetched_at = usage
        moment = datetime.fromtimestamp(fetched_at)
        read_at = QLocale().toString(
            QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat
        )
        lines = [usage_line(plan), period_text(plan)]
        lines.append(self.tr("Read from Octanist at {time}.").format(time=read_at))
        self.usage.setText("\n".join(line for line in lines if line))
        self.usage.setStyleSheet("")
        warning = usage_warning(plan)
        self.warning.setText(warning)
        self.warning.setStyleSheet(f"QLabel {{ color: {warning_colour(self.palette())}; }}")
        self.warning.setVisible(bool(warning))

    def entered_currency(self) -> str:
        """The currency as typed, or the one before if the field was emptied."""
        return self.currency.text().strip() or self._currency

    def attach(self, dialog: QDialog) -> None:
        """Announce a changed currency when ``dialog`` is saved."""
        dialog.accepted.connect(self.on_dialog_accepted)

    @Slot()
    def on_dialog_accepted(self) -> None:
        """The dialog was saved: a new currency takes effect."""
        currency = self.entered_currency()
        if currency != self._currency:
            self._currency = currency
            self.currencyChanged.emit(currency)
