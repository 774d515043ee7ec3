"""The "Qualifying questions" group: the active event preset's questions, as form inputs.

Every answer is a keyboard-first input: a choice, a rating and a yes/no
are combo boxes that start at "—" (no answer) and pick an item by its
first letter or digit (type 4 for a rating of 4, Y or N for yes/no); a
short text is a line edit. The group hides itself when there are no
questions, which also takes it out of the Tab chain.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QWidget

from octanist_desktop.core.presets import (
    MAX_TEXT_ANSWER_CHARS,
    RATING_VALUES,
    Question,
    QuestionKind,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.words import translated

TITLE = QT_TRANSLATE_NOOP("QualifyingQuestions", "Qualifying questions")
_YES = QT_TRANSLATE_NOOP("QualifyingQuestions", "Yes")
_NO = QT_TRANSLATE_NOOP("QualifyingQuestions", "No")
NO_ANSWER = "—"

AnswerInput = QComboBox | QLineEdit


class QualifyingQuestions(QGroupBox):
    """One input per question of the active preset; ``answers()`` reads them all.

    Inputs are named ``question_<key>`` and carry the question as their
    accessible name.

    Signals:
        answersChanged(): an answer was typed or picked (not by ``clear_answers``).
    """

    answersChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translated(TITLE), parent)
        self.setObjectName("group_questions")
        self._layout = QFormLayout(self)
        self._layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._questions: tuple[Question, ...] = ()
        self._inputs: dict[str, AnswerInput] = {}
        self._quiet = False
        self.hide()

    def set_questions(self, questions: Sequence[Question]) -> None:
        """Replace the inputs with one per question (answers are lost); hide when none."""
        while self._layout.rowCount():
            self._layout.removeRow(0)
        self._inputs.clear()
        self._questions = tuple(questions)
        for question in self._questions:
            widget = self._new_input(question)
            self._inputs[question.key] = widget
            label = QLabel(question.label, self)
            label.setObjectName(f"question_{question.key}_label")
            label.setWordWrap(True)
            label.setBuddy(widget)
            self._layout.addRow(label, widget)
        self.setVisible(bool(self._questions))

    def questions(self) -> tuple[Question, ...]:
        """The questions shown, in order."""
        return self._questions

    def input_widgets(self) -> list[QWidget]:
        """The answer inputs in question order (the form chains them into Tab)."""
        return list(self._inputs.values())

    def input_widget(self, key: str) -> QWidget:
        """The input answering question ``key``."""
        return self._inputs[key]

    def answers(self) -> dict[str, object]:
        """Every question's raw answer by key: str, int (rating), bool (yes/no) or None."""
        answers: dict[str, object] = {}
        for key, widget in self._inputs.items():
            if isinstance(widget, QLineEdit):
                answers[key] = widget.text()
            else:
                answers[key] = widget.currentData()
        return answers

    def clear_answers(self) -> None:
        """Back to "no answer" everywhere, for the next lead."""
        self._quiet = True
        try:
            for widget in self._inputs.values():
                if isinstance(widget, QLineEdit):
                    widget.clear()
                else:
                    widget.setCurrentIndex(0)
        finally:
            self._quiet = False

    def _new_input(self, question: Question) -> AnswerInput:
        widget: AnswerInput
        if question.kind is QuestionKind.TEXT:
            widget = QLineEdit(self)
            widget.setMaxLength(MAX_TEXT_ANSWER_CHARS)
            widget.textChanged.connect(self._on_answer_changed)
        else:
            widget = QComboBox(self)
            widget.addItem(NO_ANSWER, None)
            for text, value in _choices(question):
                widget.addItem(text, value)
            widget.currentIndexChanged.connect(self._on_answer_changed)
        widget.setObjectName(f"question_{question.key}")
        widget.setAccessibleName(question.label)
        widget.setToolTip(question.label)
        return widget

    def _on_answer_changed(self, *_args: object) -> None:
        if not self._quiet:
            self.answersChanged.emit()


def _choices(question: Question) -> list[tuple[str, object]]:
    match question.kind:
        case QuestionKind.RATING:
            return [(str(n), n) for n in RATING_VALUES]
        case QuestionKind.YES_NO:
            return [(translated(_YES), True), (translated(_NO), False)]
        case _:
            return [
                (option.strip(), option.strip()) for option in question.options if option.strip()
            ]
