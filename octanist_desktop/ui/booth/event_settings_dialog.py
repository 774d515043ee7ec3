"""Staff and booth settings: who takes the leads, how, and how booth mode behaves."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.booth_pin import PinHash, new_pin_problem
from octanist_desktop.core.presets import CAPTURE_LABELS, CAPTURE_METHODS
from octanist_desktop.core.wedge_burst import MAX_AFFIX_CHARS, MAX_GAP_MS, MIN_GAP_MS
from octanist_desktop.prefs.event_settings import MAX_STAFF_CHARS, EventSettings
from octanist_desktop.ui.booth.pin_dialogs import pin_edit
from octanist_desktop.ui.form.compact_text_edit import CompactPlainTextEdit
from octanist_desktop.ui.message_colours import error_colour
from octanist_desktop.ui.screen_reader import chain_tab_order, describe_dialog_buttons
from octanist_desktop.ui.text_fit import fit_to_text
from octanist_desktop.ui.words import translated

MIN_IDLE_S, MAX_IDLE_S = 10, 3600
MIN_THANK_YOU_S, MAX_THANK_YOU_S = 1, 30


class EventSettingsDialog(QDialog):
    """Edits a copy of ``EventSettings``; ``result_settings()`` is the edited copy.

    Leaving both PIN fields empty keeps the current PIN; a new one is hashed
    here and never kept in plain text.
    """

    def __init__(self, settings: EventSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Staff and booth settings"))
        self.setObjectName("eventSettingsDialog")
        self._settings = settings
        self._result = settings

        self.staff_edit = QLineEdit(settings.staff_member, self)
        self.staff_edit.setObjectName("staffMemberEdit")
        self.staff_edit.setMaxLength(MAX_STAFF_CHARS)
        self.staff_edit.setPlaceholderText(self.tr("Sent with every lead from this computer"))
        self.capture_combo = QComboBox(self)
        self.capture_combo.setObjectName("captureMethodEdit")
        self.capture_combo.setAccessibleDescription(
            self.tr("How leads typed on this computer usually reach you; changeable per lead")
        )
        for method in ("", *CAPTURE_METHODS):
            self.capture_combo.addItem(translated(CAPTURE_LABELS[method]), method)
        self.capture_combo.setCurrentIndex(
            max(self.capture_combo.findData(settings.capture_method), 0)
        )
        staff_form = QFormLayout()
        staff_form.addRow(self.tr("&Staff member:"), self.staff_edit)
        staff_form.addRow(self.tr("&Captured via:"), self.capture_combo)

        self.idle_spin = _seconds_spin(settings.booth_idle_seconds, MIN_IDLE_S, MAX_IDLE_S)
        self.idle_spin.setObjectName("boothIdleSeconds")
        self.idle_spin.setAccessibleDescription(
            self.tr("Seconds without a touch before a half-filled visitor form is emptied")
        )
        self.thank_you_spin = _seconds_spin(
            settings.booth_thank_you_seconds, MIN_THANK_YOU_S, MAX_THANK_YOU_S
        )
        self.thank_you_spin.setAccessibleDescription(
            self.tr("Seconds the thank-you shows before the form is ready for the next visitor")
        )
        self.consent_edit = CompactPlainTextEdit(self, lines=3)
        self.consent_edit.setObjectName("boothConsentText")
        self.consent_edit.setTabChangesFocus(True)
        self.consent_edit.setPlainText(settings.booth_consent_text)
        self.consent_edit.setAccessibleDescription(
            self.tr("Shown above the consent sentences when the event has none of its own.")
        )
        self.new_pin = pin_edit("newBoothPin", self)
        self.repeat_pin = pin_edit("repeatBoothPin", self)
        self.new_pin.setAccessibleDescription(
            self.tr("The PIN staff type to leave booth mode; leave empty to keep the current one")
        )
        self.repeat_pin.setAccessibleDescription(self.tr("The new PIN again, to rule out a typo"))
        pin_state = (
            self.tr("A PIN is set.") if settings.booth_pin is not None else self.tr("No PIN yet.")
        )
        booth = QGroupBox(self.tr("Booth mode"), self)
        booth_form = QFormLayout(booth)
        booth_form.addRow(self.tr("Empty an &idle form after:"), self.idle_spin)
        booth_form.addRow(self.tr("Show “&Thank you” for:"), self.thank_you_spin)
        booth_form.addRow(self.tr("C&onsent introduction:"), self.consent_edit)
        booth_form.addRow(
            _note(self.tr("Shown above the consent sentences when the event has none of its own."))
        )
        booth_form.addRow(
            QLabel(
                self.tr("{pin_state} Leave the PIN fields empty to keep it.").format(
                    pin_state=pin_state
                ),
                booth,
            )
        )
        booth_form.addRow(self.tr("&New PIN:"), self.new_pin)
        booth_form.addRow(self.tr("&Repeat PIN:"), self.repeat_pin)

        scanner = QGroupBox(self.tr("Badge scanner"), self)
        self.gap_spin = QSpinBox(scanner)
        self.gap_spin.setObjectName("scannerGap")
        self.gap_spin.setRange(MIN_GAP_MS, MAX_GAP_MS)
        self.gap_spin.setSuffix(" ms")
        self.gap_spin.setValue(settings.scanner_gap_ms)
        self.gap_spin.setAccessibleDescription(
            self.tr("Keys closer together than this are read as a badge scanner, not a person")
        )
        self.prefix_edit = _affix_edit("scannerPrefix", settings.scanner_prefix, scanner)
        self.suffix_edit = _affix_edit("scannerSuffix", settings.scanner_suffix, scanner)
        self.prefix_edit.setAccessibleDescription(
            self.tr("What the scanner types before each code; type \\t for Tab")
        )
        self.suffix_edit.setAccessibleDescription(
            self.tr("What the scanner types after each code; empty when it ends with Enter")
        )
        scanner_form = QFormLayout(scanner)
        scanner_form.addRow(self.tr("Scanner keys at most:"), self.gap_spin)
        scanner_form.addRow(self.tr("Scanner &prefix:"), self.prefix_edit)
        scanner_form.addRow(self.tr("Scanner s&uffix:"), self.suffix_edit)
        scanner_form.addRow(
            _note(
                self.tr(
                    "What the scanner is set to type before and after each code; leave both "
                    "empty for a scanner that ends with Enter. Type \\t for Tab."
                )
            )
        )

        self.message = QLabel(self)
        self.message.setObjectName("eventSettingsMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_dialog_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addLayout(staff_form)
        layout.addWidget(booth)
        layout.addWidget(scanner)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        # The spin boxes were built before their group box: Tab jumped past them.
        chain_tab_order(
            [
                self.staff_edit,
                self.capture_combo,
                self.idle_spin,
                self.thank_you_spin,
                self.consent_edit,
                self.new_pin,
                self.repeat_pin,
                self.gap_spin,
                self.prefix_edit,
                self.suffix_edit,
                buttons.button(QDialogButtonBox.StandardButton.Save),
                buttons.button(QDialogButtonBox.StandardButton.Cancel),
            ]
        )

    def showEvent(self, event: QShowEvent) -> None:
        """Tall enough for its wrapped notes at the width it opened with.

        Under a window manager the dialog opened 489 px tall where its layout
        needs 547 px in German: the consent box was drawn over the note below it.
        """
        super().showEvent(event)
        fit_to_text(self)

    def result_settings(self) -> EventSettings:
        """The edited settings (the original ones until accepted)."""
        return self._result

    def accept(self) -> None:
        """Check a new PIN, hash it, and close with the edited settings."""
        pin_hash = self._settings.booth_pin
        new_pin, repeated = self.new_pin.text(), self.repeat_pin.text()
        if new_pin or repeated:
            problem = new_pin_problem(new_pin, repeated)
            if problem is not None:
                self.message.setText(translated(problem))
                self.message.show()
                self.repeat_pin.clear()
                self.new_pin.setFocus()
                return
            pin_hash = PinHash.create(new_pin)
        self.new_pin.clear()
        self.repeat_pin.clear()
        method = self.capture_combo.currentData()
        self._result = replace(
            self._settings,
            staff_member=self.staff_edit.text().strip(),
            capture_method=method if isinstance(method, str) else "",
            booth_idle_seconds=float(self.idle_spin.value()),
            booth_thank_you_seconds=float(self.thank_you_spin.value()),
            booth_consent_text=self.consent_edit.toPlainText().strip(),
            booth_pin=pin_hash,
            scanner_gap_ms=self.gap_spin.value(),
            scanner_prefix=affix_from_text(self.prefix_edit.text()),
            scanner_suffix=affix_from_text(self.suffix_edit.text()),
        )
        super().accept()


def _seconds_spin(value: float, low: int, high: int) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(low, high)
    spin.setSuffix(" s")
    spin.setValue(min(max(round(value), low), high))
    return spin


def affix_from_text(text: str) -> str:
    """A scanner prefix or suffix as typed in the dialog: ``\\t`` is Tab, ``\\n`` Enter."""
    return text.replace("\\t", "\t").replace("\\n", "\n")


def affix_as_text(affix: str) -> str:
    """How a stored prefix or suffix is shown in the dialog (Tab as ``\\t``)."""
    return affix.replace("\t", "\\t").replace("\n", "\\n")


def _affix_edit(name: str, affix: str, parent: QWidget) -> QLineEdit:
    edit = QLineEdit(affix_as_text(affix), parent)
    edit.setObjectName(name)
    edit.setMaxLength(MAX_AFFIX_CHARS * 2)
    return edit


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
    return label
