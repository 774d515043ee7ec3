"""Staff's view of booth visitors waiting for the staff-only answers, behind the PIN.

Opens by itself when staff leave booth mode while visitors wait, and from
Event ▸ Answer for booth visitors… at any time. Pick a visitor, answer the
questions only staff see, and send; or send everyone as they are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.store.held_visitors import HeldVisitor, HeldVisitors
from octanist_desktop.store.lead import payload_text
from octanist_desktop.ui.form.qualifying_questions import QualifyingQuestions
from octanist_desktop.ui.screen_reader import chain_tab_order, describe_dialog_buttons


class StaffAnswersDialog(QDialog):
    """Lists the waiting visitors' leads; answering one sends it.

    Signals:
        leadReleased(int): a waiting lead went into the outbox (the new lead's id).
        message(str): a sentence for the status bar.
    """

    leadReleased = Signal(int)
    message = Signal(str)

    def __init__(self, held: HeldVisitors, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("staffAnswersDialog")
        self.setWindowTitle(self.tr("Answers for booth visitors"))
        self.resize(760, 460)
        self._held = held
        self._waiting: list[HeldVisitor] = []

        intro = QLabel(
            self.tr(
                "These visitors' details wait for your answers to the questions only staff "
                "see. They are sent once you answer, or as they are."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.visitor_list = QListWidget(self)
        self.visitor_list.setObjectName("waitingVisitors")
        self.visitor_list.setAccessibleName(self.tr("Waiting visitors"))
        self.visitor_list.setAccessibleDescription(
            self.tr("Visitors whose details wait for staff answers; pick one to answer for")
        )
        self.visitor_list.currentRowChanged.connect(self.on_visitor_list_currentRowChanged)
        self.details = QLabel(self)
        self.details.setObjectName("waitingVisitorDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.questions = QualifyingQuestions(self)
        self.send_button = QPushButton(self.tr("&Send with these answers"), self)
        self.send_button.setObjectName("sendWithAnswers")
        self.send_button.setDefault(True)
        self.send_button.setAccessibleDescription(
            self.tr("Sends the selected visitor's details with the answers you gave")
        )
        self.send_button.clicked.connect(self.send_current)
        self.send_all_button = QPushButton(self.tr("Send &all as they are"), self)
        self.send_all_button.setObjectName("sendAllAsTheyAre")
        self.send_all_button.setAutoDefault(False)
        self.send_all_button.setAccessibleDescription(
            self.tr("Sends every waiting visitor's details without staff answers")
        )
        self.send_all_button.clicked.connect(self.send_all_as_they_are)
        self.delete_button = QPushButton(self.tr("&Delete…"), self)
        self.delete_button.setObjectName("deleteWaitingVisitor")
        self.delete_button.setAutoDefault(False)
        self.delete_button.setAccessibleDescription(
            self.tr("Deletes the selected visitor's details without sending them; asks first")
        )
        self.delete_button.clicked.connect(self.delete_current)
        #: Asks before deleting (tests replace it): ``(visitor) -> bool``.
        self.confirm_delete: Callable[[HeldVisitor], bool] = self._confirm_delete

        right = QVBoxLayout()
        right.addWidget(self.details)
        right.addWidget(self.questions)
        right.addStretch(1)
        actions = QHBoxLayout()
        actions.addWidget(self.delete_button)
        actions.addStretch(1)
        actions.addWidget(self.send_button)
        right.addLayout(actions)
        columns = QHBoxLayout()
        columns.addWidget(self.visitor_list, 1)
        columns.addLayout(right, 2)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.send_all_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        describe_dialog_buttons(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self._close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.reload()

    def waiting(self) -> list[HeldVisitor]:
        """The visitors listed, oldest first."""
        return list(self._waiting)

    def reload(self, select: int = 0) -> None:
        """Read the waiting visitors again; close when none is left."""
        self._waiting = self._held.waiting()
        self.visitor_list.clear()
        for visitor in self._waiting:
            when = datetime.fromtimestamp(visitor.held_at).strftime("%H:%M")
            who = visitor.who or self.tr("(no name given)")
            QListWidgetItem(f"{who} — {when}", self.visitor_list)
        has_any = bool(self._waiting)
        for widget in (self.send_button, self.send_all_button, self.delete_button, self.questions):
            widget.setEnabled(has_any)
        if has_any:
            self.visitor_list.setCurrentRow(min(select, len(self._waiting) - 1))
        else:
            self.details.setText(self.tr("No visitor is waiting."))
            self.questions.set_questions(())

    @Slot(int)
    def on_visitor_list_currentRowChanged(self, row: int) -> None:
        """Show the chosen visitor and the questions to answer for them."""
        if not 0 <= row < len(self._waiting):
            return
        visitor = self._waiting[row]
        lines = [
            payload_text(visitor.payload, key)
            for key in ("name", "email", "phone")
            if payload_text(visitor.payload, key)
        ]
        self.details.setText("\n".join(lines) or self.tr("(no contact details)"))
        self.questions.set_questions(visitor.questions)
        self.questions.clear_answers()
        # The answers sit above Delete and Send; new inputs joined the chain at its end.
        chain_tab_order(
            [
                self.visitor_list,
                *self.questions.input_widgets(),
                self.delete_button,
                self.send_button,
                self.send_all_button,
                self._close_button,
            ]
        )

    @Slot()
    def send_current(self) -> None:
        """Send the chosen visitor's lead with the answers given."""
        row = self.visitor_list.currentRow()
        if not 0 <= row < len(self._waiting):
            return
        self._release(self._waiting[row], self.questions.answers())
        self.reload(row)

    @Slot()
    def send_all_as_they_are(self) -> None:
        """Send every waiting visitor's lead without staff answers."""
        for visitor in list(self._waiting):
            self._release(visitor, {})
        self.reload()

    @Slot()
    def delete_current(self) -> None:
        """Delete the chosen visitor's details for good (a privacy request), after asking."""
        row = self.visitor_list.currentRow()
        if not 0 <= row < len(self._waiting):
            return
        visitor = self._waiting[row]
        if not self.confirm_delete(visitor):
            return
        try:
            self._held.discard(visitor.id)
        except (sqlite3.Error, OSError) as exc:
            self.message.emit(
                self.tr("This visitor's details could not be deleted ({error}).").format(error=exc)
            )
            return
        self.reload(row)

    def _confirm_delete(self, visitor: HeldVisitor) -> bool:
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Delete a visitor's details"))
        box.setText(
            self.tr("Delete the details of {who} from this computer?").format(
                who=visitor.who or self.tr("this visitor")
            )
        )
        box.setInformativeText(self.tr("They are never sent to Octanist. This cannot be undone."))
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is delete

    def _release(self, visitor: HeldVisitor, answers: dict[str, object]) -> None:
        try:
            lead_id = self._held.release(visitor.id, answers)
        except (sqlite3.Error, OSError) as exc:
            self.message.emit(
                self.tr(
                    "This visitor's lead could not be sent on ({error}); it still waits."
                ).format(error=exc)
            )
            return
        if lead_id is not None:
            self.leadReleased.emit(lead_id)
