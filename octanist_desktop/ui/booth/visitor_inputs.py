"""Touch-sized inputs for booth visitors: answer buttons and consent sentences.

A finger needs a target of at least 44 px; a visitor at a stand has no
mouse to hover with and may have no keyboard. So a choice, a rating and a
yes/no are rows of big buttons (nothing pre-selected), and each consent
sentence is a big box beside its whole sentence, either of which ticks it.
Everything here also works from the keyboard (Tab, Space).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from octanist_desktop.core.presets import (
    MAX_TEXT_ANSWER_CHARS,
    RATING_VALUES,
    Question,
    QuestionKind,
)
from octanist_desktop.ui.contrast import background_for

#: The smallest touch target, in pixels (Apple's and Google's guidance: 44–48).
TOUCH_PX = 48
_COLUMNS = 3
# A chosen answer must be plain to see from a step back, on light and dark palettes.
# (No font rules: they would drop the visitor screen's larger type.)
_ANSWER_STYLE = """
QPushButton {
    border: 1px solid palette(mid); border-radius: 6px; padding: 6px 12px;
    background: palette(button); color: palette(button-text);
}
QPushButton:checked {
    background: {chosen}; color: palette(highlighted-text);
    border: 2px solid {chosen};
}
QPushButton:focus { border: 2px solid palette(highlight); }
"""


def answer_style(palette: QPalette) -> str:
    """The answer buttons' style: a chosen one in the highlight colour, deepened until
    its text reads at 4.5:1 (Fusion's own blue under white is 3.7:1)."""
    chosen = background_for(
        palette.color(QPalette.ColorRole.HighlightedText),
        palette.color(QPalette.ColorRole.Highlight),
    )
    return _ANSWER_STYLE.replace("{chosen}", chosen.name())


class AnswerButtons(QWidget):
    """One question answered by touching one of a few big buttons; none is chosen at first.

    Touching the chosen button again takes the answer back.

    Signals:
        answerChanged(): a button was chosen or let go.
    """

    answerChanged = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"question_{question.key}")
        self.setAccessibleName(question.label)
        # Not exclusive: an exclusive group can't go back to "no answer".
        self._group = QButtonGroup(self)
        self._group.setExclusive(False)
        self._values: dict[QAbstractButton, object] = {}
        self.setStyleSheet(answer_style(self.palette()))
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        for index, (text, value) in enumerate(_choices(question)):
            button = QPushButton(text, self)
            button.setCheckable(True)
            button.setMinimumHeight(TOUCH_PX)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setAccessibleName(f"{question.label} {text}")
            button.setAccessibleDescription(
                self.tr("Tap to choose this answer; tap again to take it back")
            )
            # Set on the button itself: a style sheet stops it inheriting the larger type.
            button.setFont(self.font())
            self._group.addButton(button)
            self._values[button] = value
            grid.addWidget(button, *divmod(index, _COLUMNS))
        self._group.buttonToggled.connect(self._on_group_buttonToggled)

    def value(self) -> object:
        """The chosen answer (str, int or bool), or None."""
        for button, value in self._values.items():
            if button.isChecked():
                return value
        return None

    def buttons(self) -> list[QAbstractButton]:
        """The answer buttons, in order."""
        return list(self._values)

    def clear(self) -> None:
        """No answer."""
        for button in self._values:
            button.blockSignals(True)
            button.setChecked(False)
            button.blockSignals(False)

    def _on_group_buttonToggled(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            # One answer: choosing a button lets go of the one chosen before.
            for other in self._values:
                if other is not button and other.isChecked():
                    other.blockSignals(True)
                    other.setChecked(False)
                    other.blockSignals(False)
        self.answerChanged.emit()


def answer_input(question: Question, parent: QWidget) -> QLineEdit | AnswerButtons:
    """The touch input for ``question``: a line for text, big buttons otherwise."""
    if question.kind is QuestionKind.TEXT:
        line = QLineEdit(parent)
        line.setObjectName(f"question_{question.key}")
        line.setAccessibleName(question.label)
        line.setAccessibleDescription(
            QCoreApplication.translate("AnswerButtons", "Type your answer, or leave it empty")
        )
        line.setMaxLength(MAX_TEXT_ANSWER_CHARS)
        line.setMinimumHeight(TOUCH_PX)
        return line
    return AnswerButtons(question, parent)


def answer_of(widget: QLineEdit | AnswerButtons) -> object:
    """The raw answer an input holds (``core.presets.answer_value`` cleans it)."""
    return widget.text() if isinstance(widget, QLineEdit) else widget.value()


class _TouchLabel(QLabel):
    """A wrapped sentence that acts on a touch or click (its box is beside it)."""

    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A touch or click on the sentence counts as one on its box."""
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class ConsentRow(QWidget):
    """One consent sentence: a big box, never ticked at first, and the whole sentence.

    Signals:
        toggled(bool): the box was ticked or unticked.
    """

    toggled = Signal(bool)

    def __init__(self, text: str, number: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"consent_{number}")
        self.box = QCheckBox(self)
        self.box.setObjectName(f"consentBox_{number}")
        self.box.setAccessibleName(text)
        self.box.setAccessibleDescription(
            self.tr("Tick only if you agree; you can leave it empty and still send your details")
        )
        self.box.setMinimumSize(TOUCH_PX, TOUCH_PX)
        self.box.setStyleSheet(
            f"QCheckBox::indicator {{ width: {TOUCH_PX - 14}px; height: {TOUCH_PX - 14}px; }}"
        )
        self.box.toggled.connect(self.toggled)
        self.sentence = _TouchLabel(text, self)
        self.sentence.setObjectName(f"consentText_{number}")
        self.sentence.setWordWrap(True)
        self.sentence.setTextFormat(Qt.TextFormat.PlainText)
        self.sentence.setBuddy(self.box)
        self.sentence.clicked.connect(self.box.toggle)
        self.setMinimumHeight(TOUCH_PX)
        line = QHBoxLayout(self)
        line.setContentsMargins(0, 4, 0, 4)
        line.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        line.addWidget(self.sentence, 1)

    def is_ticked(self) -> bool:
        """Whether the visitor ticked this sentence."""
        return self.box.isChecked()

    def clear(self) -> None:
        """Unticked, for the next visitor."""
        self.box.setChecked(False)


def _choices(question: Question) -> list[tuple[str, object]]:
    match question.kind:
        case QuestionKind.RATING:
            return [(str(n), n) for n in RATING_VALUES]
        case QuestionKind.YES_NO:
            return [
                (QCoreApplication.translate("VisitorInputs", "Yes"), True),
                (QCoreApplication.translate("VisitorInputs", "No"), False),
            ]
        case _:
            return [(o.strip(), o.strip()) for o in question.options if o.strip()]
