"""The presets dialog's qualifying questions: the list, its buttons and the question editor.

A question's text, key, answer type, options (for a choice, one per line)
and whether only staff answer it. Edits go into the dialog's working copy
of the selected preset; nothing is saved until the dialog is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.presets import (
    KIND_LABELS,
    EventPreset,
    Question,
    QuestionKind,
    question_key,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.form.compact_text_edit import CompactPlainTextEdit
from octanist_desktop.ui.words import translated

NEW_QUESTION_LABEL = QT_TRANSLATE_NOOP("PresetDialog", "New question")


class PresetQuestions:
    """Mixed into ``PresetDialog``: builds and drives its questions box.

    What a list or an editor signals (``on_question_*``) stays on
    ``PresetDialog`` itself, a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the dialog provides.
        preset_list: QListWidget
        _presets: list[EventPreset]
        _loading: bool

        def on_question_list_currentRowChanged(self, _row: int) -> None: ...
        def on_question_label_edited(self, text: str) -> None: ...
        def on_question_edited(self, *_args: object) -> None: ...

    def _build_questions_box(self, parent: QWidget) -> QGroupBox:
        questions_box = QGroupBox(
            QCoreApplication.translate("PresetDialog", "Qualifying questions"), parent
        )
        self.question_list = QListWidget(questions_box)
        self.question_list.setObjectName("questionList")
        self.question_list.setAccessibleName(
            QCoreApplication.translate("PresetDialog", "Qualifying questions")
        )
        self.question_list.setAccessibleDescription(
            QCoreApplication.translate(
                "PresetDialog",
                "The questions asked at this event; the one selected is edited below",
            )
        )
        self.question_list.currentRowChanged.connect(self.on_question_list_currentRowChanged)
        self.add_question_button = dialog_button(
            QCoreApplication.translate("PresetDialog", "Add &question"),
            self.add_question,
            QCoreApplication.translate("PresetDialog", "Adds a question to this event"),
        )
        self.remove_question_button = dialog_button(
            QCoreApplication.translate("PresetDialog", "&Remove"),
            self.remove_question,
            QCoreApplication.translate("PresetDialog", "Removes the selected question"),
        )
        self.remove_question_button.setAccessibleName(
            QCoreApplication.translate("PresetDialog", "Remove question")
        )
        self.up_button = dialog_button(
            QCoreApplication.translate("PresetDialog", "Move &up"),
            lambda: self.move_question(-1),
            QCoreApplication.translate(
                "PresetDialog", "Asks the selected question one place earlier"
            ),
        )
        self.up_button.setAccessibleName(
            QCoreApplication.translate("PresetDialog", "Move question up")
        )
        self.down_button = dialog_button(
            QCoreApplication.translate("PresetDialog", "Move do&wn"),
            lambda: self.move_question(1),
            QCoreApplication.translate(
                "PresetDialog", "Asks the selected question one place later"
            ),
        )
        self.down_button.setAccessibleName(
            QCoreApplication.translate("PresetDialog", "Move question down")
        )
        question_buttons = QVBoxLayout()
        for button in (
            self.add_question_button,
            self.remove_question_button,
            self.up_button,
            self.down_button,
        ):
            question_buttons.addWidget(button)
        question_buttons.addStretch(1)

        self.question_label_edit = QLineEdit(questions_box)
        self.question_label_edit.setObjectName("questionLabel")
        self.question_label_edit.setAccessibleDescription(
            QCoreApplication.translate("PresetDialog", "The question as staff and visitors read it")
        )
        self.question_label_edit.textEdited.connect(self.on_question_label_edited)
        self.question_key_edit = QLineEdit(questions_box)
        self.question_key_edit.setObjectName("questionKey")
        self.question_key_edit.setToolTip(
            QCoreApplication.translate(
                "PresetDialog", "The name of this answer in the lead's custom data"
            )
        )
        self.question_key_edit.textEdited.connect(self.on_question_edited)
        self.question_kind_combo = QComboBox(questions_box)
        self.question_kind_combo.setObjectName("questionKind")
        for kind, label in KIND_LABELS.items():
            self.question_kind_combo.addItem(translated(label), kind.value)
        self.question_kind_combo.activated.connect(self.on_question_edited)
        self.question_kind_combo.setAccessibleDescription(
            QCoreApplication.translate(
                "PresetDialog",
                "How the question is answered: a choice, yes or no, a rating or free text",
            )
        )
        self.options_edit = CompactPlainTextEdit(questions_box, lines=3)
        self.options_edit.setObjectName("questionOptions")
        self.options_edit.setTabChangesFocus(True)
        self.options_edit.setPlaceholderText(
            QCoreApplication.translate("PresetDialog", "One option per line")
        )
        self.options_edit.setAccessibleDescription(
            QCoreApplication.translate("PresetDialog", "The answers to choose from, one per line")
        )
        self.options_edit.textChanged.connect(self.on_question_edited)
        self.staff_only_box = QCheckBox(
            QCoreApplication.translate("PresetDialog", "Staff only (&hidden from visitors)"),
            questions_box,
        )
        self.staff_only_box.setObjectName("questionStaffOnly")
        self.staff_only_box.setToolTip(
            QCoreApplication.translate(
                "PresetDialog",
                "Booth visitors never see this question; staff answer it behind the PIN.",
            )
        )
        self.staff_only_box.toggled.connect(self.on_question_edited)
        question_form = QFormLayout()
        question_form.addRow(
            QCoreApplication.translate("PresetDialog", "Question &text:"), self.question_label_edit
        )
        question_form.addRow(
            QCoreApplication.translate("PresetDialog", "&Key:"), self.question_key_edit
        )
        question_form.addRow(
            QCoreApplication.translate("PresetDialog", "Answer t&ype:"), self.question_kind_combo
        )
        question_form.addRow(
            QCoreApplication.translate("PresetDialog", "&Options:"), self.options_edit
        )
        question_form.addRow("", self.staff_only_box)
        question_row = QHBoxLayout()
        question_row.addWidget(self.question_list, 1)
        question_row.addLayout(question_buttons)
        questions_layout = QVBoxLayout(questions_box)
        questions_layout.addLayout(question_row)
        questions_layout.addLayout(question_form)
        return questions_box

    def _current_questions(self) -> list[Question]:
        row = self.preset_list.currentRow()
        return list(self._presets[row].questions) if row >= 0 else []

    def _set_questions(self, questions: list[Question], select: int) -> None:
        row = self.preset_list.currentRow()
        self._presets[row] = replace(self._presets[row], questions=tuple(questions))
        self._loading = True
        try:
            self.question_list.clear()
            self.question_list.addItems([q.label for q in questions])
        finally:
            self._loading = False
        self.question_list.setCurrentRow(select)
        self._load_question()

    def add_question(self) -> None:
        """Append a short-text question and put the cursor in its text."""
        if self.preset_list.currentRow() < 0:
            return
        questions = self._current_questions()
        label = translated(NEW_QUESTION_LABEL)
        key = question_key(label, [q.key for q in questions])
        questions.append(Question(key, label))
        self._set_questions(questions, len(questions) - 1)
        self.question_label_edit.setFocus()
        self.question_label_edit.selectAll()

    def remove_question(self) -> None:
        """Remove the selected question."""
        questions = self._current_questions()
        row = self.question_list.currentRow()
        if 0 <= row < len(questions):
            del questions[row]
            self._set_questions(questions, min(row, len(questions) - 1))

    def move_question(self, step: int) -> None:
        """Move the selected question up (-1) or down (+1)."""
        questions = self._current_questions()
        row = self.question_list.currentRow()
        target = row + step
        if 0 <= row < len(questions) and 0 <= target < len(questions):
            questions[row], questions[target] = questions[target], questions[row]
            self._set_questions(questions, target)

    def _load_question(self) -> None:
        questions = self._current_questions()
        row = self.question_list.currentRow()
        question = questions[row] if 0 <= row < len(questions) else None
        for widget in (
            self.question_label_edit,
            self.question_key_edit,
            self.question_kind_combo,
            self.options_edit,
            self.staff_only_box,
            self.remove_question_button,
            self.up_button,
            self.down_button,
        ):
            widget.setEnabled(question is not None)
        self._loading = True
        try:
            self.question_label_edit.setText(question.label if question else "")
            self.question_key_edit.setText(question.key if question else "")
            kind = question.kind if question else QuestionKind.TEXT
            self.question_kind_combo.setCurrentIndex(self.question_kind_combo.findData(kind.value))
            self.options_edit.setPlainText("\n".join(question.options) if question else "")
            self.staff_only_box.setChecked(question.staff_only if question else False)
        finally:
            self._loading = False
        self._update_options_enabled()

    def _update_options_enabled(self) -> None:
        is_choice = self.question_kind_combo.currentData() == QuestionKind.CHOICE.value
        self.options_edit.setEnabled(is_choice and self.question_kind_combo.isEnabled())


def dialog_button(text: str, slot: Callable[[], None], description: str) -> QPushButton:
    """A button beside a list that never takes Enter (Enter in a text field saves);
    ``description`` says what it does, for a screen reader."""
    button = QPushButton(text)
    button.setAccessibleDescription(description)
    # Enter in a text field saves the dialog; these buttons must not steal it.
    button.setAutoDefault(False)
    button.clicked.connect(slot)
    return button
