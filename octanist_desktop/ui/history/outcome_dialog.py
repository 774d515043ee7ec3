"""The question after the call: was the lead qualified, won or lost — and for how much?

``OutcomeDialog`` asks it for one or more leads and hands back an
``OutcomeDraft``; saving and sending it is ``OutcomeActions``' business.
Keyboard first: the stage is chosen with Alt+Q/W/L, the cursor starts in
Value (or Reason for a loss), and Ctrl+Enter saves from any field.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QLocale, Qt, Slot
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.deal import (
    LOSS_REASON_MAX,
    MARKABLE,
    NOTE_MAX,
    OutcomeDraft,
    OutcomeProblem,
    Stage,
)
from octanist_desktop.ui.message_colours import error_colour
from octanist_desktop.ui.money import format_money, parse_money
from octanist_desktop.ui.screen_reader import announce, describe_dialog_buttons


class OutcomeDialog(QDialog):
    """Qualified / Won / Lost, with value, loss reason and note, for ``who`` (a name or "3 leads").

    ``draft()`` is what was entered once the dialog is accepted.
    """

    def __init__(
        self,
        who: str,
        stage: Stage,
        *,
        currency: str,
        locale: QLocale | None = None,
        previous: OutcomeDraft | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("outcomeDialog")
        self.setWindowTitle(self.tr("Record the outcome"))
        self._currency = currency
        self._locale = locale or QLocale()
        self._draft: OutcomeDraft | None = None

        heading = QLabel(self.tr("What became of {who}?").format(who=who))
        heading.setWordWrap(True)
        heading.setObjectName("outcomeHeading")

        labels = {
            Stage.QUALIFIED: self.tr("&Qualified"),
            Stage.WON: self.tr("&Won"),
            Stage.LOST: self.tr("&Lost"),
        }
        self.stage_buttons: dict[Stage, QRadioButton] = {}
        self._stage_group = QButtonGroup(self)
        stage_row = QHBoxLayout()
        descriptions = {
            Stage.QUALIFIED: self.tr("The lead is a real prospect; the deal is still open"),
            Stage.WON: self.tr("The lead became a customer; give the deal's value"),
            Stage.LOST: self.tr("The lead did not buy; say why if you know"),
        }
        for markable in MARKABLE:
            button = QRadioButton(labels[markable])
            button.setObjectName(f"stage_{markable.value}")
            button.setAccessibleDescription(descriptions[markable])
            self.stage_buttons[markable] = button
            self._stage_group.addButton(button)
            stage_row.addWidget(button)
            button.toggled.connect(self._on_stage_toggled)
        stage_row.addStretch(1)

        self.value = QLineEdit()
        self.value.setObjectName("outcomeValue")
        self.value.setPlaceholderText(format_money(Decimal(5000), currency, self._locale))
        currency_label = QLabel(currency)
        value_row = QHBoxLayout()
        value_row.addWidget(currency_label)
        value_row.addWidget(self.value, 1)
        self.value_hint = QLabel()
        self.value_hint.setObjectName("outcomeValueHint")
        self.value_hint.setWordWrap(True)

        self.loss_reason = QComboBox()
        self.loss_reason.setObjectName("outcomeLossReason")
        self.loss_reason.setEditable(True)
        self.loss_reason.setAccessibleDescription(
            self.tr("Why it was lost (optional): pick a reason or type your own")
        )
        self.loss_reason.addItems(
            [
                "",
                self.tr("Price"),
                self.tr("Went with a competitor"),
                self.tr("No budget"),
                self.tr("Timing"),
                self.tr("No reply"),
                self.tr("Not a fit"),
            ]
        )
        line_edit = self.loss_reason.lineEdit()
        if line_edit is not None:
            line_edit.setMaxLength(LOSS_REASON_MAX)
            line_edit.setPlaceholderText(self.tr("Why it was lost (optional)"))

        self.note = QPlainTextEdit()
        self.note.setObjectName("outcomeNote")
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("Anything Octanist should keep with it (optional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 4)
        self.note.setAccessibleDescription(
            self.tr("Anything Octanist should keep with it (optional)")
        )

        self.error = QLabel()
        self.error.setObjectName("outcomeError")
        self.error.setWordWrap(True)
        self.error.hide()

        self._form = QFormLayout()
        self._form.addRow(self.tr("Outcome:"), stage_row)
        self._form.addRow(self.tr("&Value:"), value_row)
        self._form.addRow("", self.value_hint)
        self._form.addRow(self.tr("&Reason lost:"), self.loss_reason)
        self._form.addRow(self.tr("&Note:"), self.note)
        value_label = self._form.labelForField(value_row)
        if isinstance(value_label, QLabel):
            value_label.setBuddy(self.value)
        for field in (self.loss_reason, self.note):
            label = self._form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(field)

        buttons = QDialogButtonBox()
        self.save_button = buttons.addButton(
            self.tr("Save outcome  (Ctrl+Enter)"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setObjectName("outcomeSave")
        self.save_button.setAccessibleName(self.tr("Save outcome"))
        self.save_button.setAccessibleDescription(
            self.tr("Keeps the outcome with the lead and sends it to Octanist")
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        describe_dialog_buttons(buttons)
        buttons.accepted.connect(self.on_save)
        buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.on_save)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

        if previous is not None:
            if previous.value is not None:
                self.value.setText(_typed(previous.value, self._locale))
            self.note.setPlainText(previous.note)
            self.loss_reason.setCurrentText(previous.loss_reason)
        self.stage_buttons[stage].setChecked(True)
        self._on_stage_toggled()

    # -- reading it back -----------------------------------------------------------------

    def stage(self) -> Stage:
        """The stage chosen."""
        for stage, button in self.stage_buttons.items():
            if button.isChecked():
                return stage
        return Stage.QUALIFIED

    def draft(self) -> OutcomeDraft | None:
        """What was entered, once saved (None if the dialog was cancelled)."""
        return self._draft

    # -- slots -------------------------------------------------------------------------------

    @Slot()
    def _on_stage_toggled(self) -> None:
        stage = self.stage()
        lost = stage is Stage.LOST
        self.loss_reason.setVisible(lost)
        label = self._form.labelForField(self.loss_reason)
        if label is not None:
            label.setVisible(lost)
        self.value_hint.setText(
            self.tr("Needed for a won deal: what it is worth, so it counts as a conversion.")
            if stage is Stage.WON
            else self.tr("Optional: what the deal is likely to be worth.")
        )
        self.error.hide()
        (self.loss_reason if lost else self.value).setFocus(Qt.FocusReason.OtherFocusReason)

    @Slot()
    def on_save(self) -> None:
        """Check what was entered; accept the dialog, or say what to fix and stay."""
        text = self.value.text().strip()
        value = parse_money(text, self._currency, self._locale) if text else None
        if text and value is None:
            self._show_error(
                self.tr("“{text}” is not an amount. Type a number, such as {example}.").format(
                    text=text, example=_typed(Decimal("5000.50"), self._locale)
                ),
                self.value,
            )
            return
        stage = self.stage()
        draft = OutcomeDraft(
            stage,
            value,
            self.note.toPlainText().strip(),
            self.loss_reason.currentText().strip() if stage is Stage.LOST else "",
            self._currency,
        )
        problems = draft.problems()
        if problems:
            self._show_error(self._problem_text(problems[0]), self._field_for(problems[0]))
            return
        self._draft = draft
        self.accept()

    def _show_error(self, text: str, field: QWidget) -> None:
        self.error.setText(text)
        self.error.setStyleSheet(f"QLabel {{ color: {error_colour(self.palette())}; }}")
        self.error.show()
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        announce(self.error, text, urgent=True)

    def _problem_text(self, problem: OutcomeProblem) -> str:
        if problem is OutcomeProblem.VALUE_REQUIRED:
            return self.tr(
                "A won deal needs its value, so the ad platforms can count what it was worth."
            )
        if problem is OutcomeProblem.VALUE_NEGATIVE:
            return self.tr("The value can't be below zero.")
        if problem is OutcomeProblem.VALUE_TOO_LARGE:
            return self.tr("That value is too large to be right; check the number.")
        if problem is OutcomeProblem.NOTE_TOO_LONG:
            return self.tr("The note is too long: at most {count} characters.").format(
                count=NOTE_MAX
            )
        if problem is OutcomeProblem.LOSS_REASON_TOO_LONG:
            return self.tr("The reason is too long: at most {count} characters.").format(
                count=LOSS_REASON_MAX
            )
        return self.tr("Choose qualified, won or lost.")

    def _field_for(self, problem: OutcomeProblem) -> QWidget:
        if problem is OutcomeProblem.NOTE_TOO_LONG:
            return self.note
        if problem is OutcomeProblem.LOSS_REASON_TOO_LONG:
            return self.loss_reason
        return self.value


def _typed(value: Decimal, locale: QLocale) -> str:
    """A value as the user would type it here (no currency, no grouping)."""
    whole = value == value.to_integral_value()
    text = locale.toString(float(value), "f", 0 if whole else 2)
    return text.replace(locale.groupSeparator(), "")
