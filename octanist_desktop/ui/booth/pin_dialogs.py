"""The two PIN dialogs of booth mode: choosing the PIN, and typing it to leave."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.booth_pin import MAX_PIN_CHARS, PinAttempts, new_pin_problem
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.message_colours import error_colour
from octanist_desktop.ui.screen_reader import announce, describe_dialog_buttons
from octanist_desktop.ui.text_fit import fit_to_text, wrap_label
from octanist_desktop.ui.words import translated

WRONG_PIN = QT_TRANSLATE_NOOP("PinPrompt", "That PIN is not right.")


def pin_edit(name: str, parent: QWidget) -> QLineEdit:
    """A masked line edit for a PIN."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(MAX_PIN_CHARS)
    return edit


def _message_label(parent: QWidget) -> QLabel:
    label = wrap_label(QLabel(parent))
    label.setObjectName("pinMessage")
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet(f"color: {error_colour(parent.palette())};")
    label.hide()
    return label


class PinSetupDialog(QDialog):
    """Asks for a new booth PIN twice; ``pin()`` is the accepted one.

    The caller hashes it at once (``PinHash.create``) and forgets it.
    """

    def __init__(self, parent: QWidget | None = None, *, intro: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Booth PIN"))
        self.setObjectName("pinSetupDialog")
        intro_label = QLabel(
            intro
            or self.tr(
                "Choose a PIN for booth mode. Staff need it to leave booth mode; "
                "visitors can't open the lead history or settings without it."
            ),
            self,
        )
        wrap_label(intro_label)
        self.first = pin_edit("newPin", self)
        self.second = pin_edit("repeatPin", self)
        self.first.setAccessibleDescription(self.tr("The PIN staff type to leave booth mode"))
        self.second.setAccessibleDescription(self.tr("The same PIN again, to rule out a typo"))
        self.message = _message_label(self)
        form = QFormLayout()
        form.addRow(self.tr("&New PIN:"), self.first)
        form.addRow(self.tr("&Repeat PIN:"), self.second)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_dialog_buttons(buttons, accept=self.tr("Sets this PIN for booth mode"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro_label)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def pin(self) -> str:
        """The PIN typed (meaningful once accepted)."""
        return self.first.text()

    def accept(self) -> None:
        """Close only for a usable PIN typed the same way twice."""
        problem = new_pin_problem(self.first.text(), self.second.text())
        if problem is not None:
            self.message.setText(translated(problem))
            self.message.show()
            announce(self.message, self.message.text(), urgent=True)
            fit_to_text(self)
            self.second.clear()
            self.first.setFocus()
            self.first.selectAll()
            return
        super().accept()


class PinPrompt(QDialog):
    """Asks for the booth PIN; closes accepted only for the right one.

    Wrong tries are counted by the shared ``PinAttempts``, so closing and
    reopening the prompt does not reset the wait after several wrong ones.
    """

    def __init__(self, attempts: PinAttempts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Leave booth mode"))
        self.setObjectName("pinPrompt")
        self._attempts = attempts
        intro = wrap_label(
            QLabel(self.tr("Staff only: type the booth PIN to leave booth mode."), self)
        )
        self.pin_edit = pin_edit("boothPin", self)
        self.pin_edit.setAccessibleDescription(
            self.tr("Staff only: type the booth PIN to leave booth mode.")
        )
        self.message = _message_label(self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_dialog_buttons(buttons, accept=self.tr("Checks the PIN and leaves booth mode"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleDescription(
            self.tr("Stays in booth mode")
        )
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Check the PIN; a wrong one (or one typed during a wait) keeps the prompt open."""
        outcome = self._attempts.check(self.pin_edit.text())
        self.pin_edit.clear()
        if outcome.verdict == "ok":
            super().accept()
            return
        seconds = max(1, round(outcome.wait_s))
        if outcome.verdict == "wait":
            text = self.tr("Too many wrong tries. Wait {seconds} s, then try again.")
        elif outcome.wait_s:
            text = self.tr(
                "That PIN is not right. Too many wrong tries: wait {seconds} s before the next one."
            )
        else:
            text = self.tr("That PIN is not right. Try again.")
        self.message.setText(text.format(seconds=seconds))
        self.message.show()
        announce(self.message, self.message.text(), urgent=True)
        fit_to_text(self)
        self.pin_edit.setFocus()
