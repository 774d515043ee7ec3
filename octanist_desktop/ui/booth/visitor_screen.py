"""Booth mode's face for visitors: their details, a few questions, consent, thank you.

Not the staff form made bigger: a visitor sees only what the event preset
asks of them ("Your name", "Your email"…), its visitor questions as big
buttons, and consent as the preset's plain sentences, none ticked. No
field names from the API, no shortcuts, no status, no hints for staff.
Every control is at least 48 px tall, the type is larger, and the scroll bar
is finger-wide, so a touch screen is all it needs.

The screen builds the lead with ``core.visitor_lead`` and hands it over
(``submitted``); it never touches the store. The staff side saves it and
calls ``show_thank_you``, or ``refuse`` when it could not be saved.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.presets import Question
from octanist_desktop.core.visitor_lead import BoothContext, VisitorEntry, visitor_lead
from octanist_desktop.ui.booth.visitor_inputs import (
    TOUCH_PX,
    AnswerButtons,
    ConsentRow,
    answer_input,
    answer_of,
)
from octanist_desktop.ui.booth.visitor_pages import (
    VisitorPages,
    empty_layout,
    scale_font,
    wrapped_label,
)
from octanist_desktop.ui.booth.visitor_problems import VisitorProblems

#: How much larger than the desktop's type the visitor's is.
TYPE_SCALE = 1.45

VisitorInput = QLineEdit | QPlainTextEdit


class VisitorScreen(VisitorPages, VisitorProblems, QWidget):
    """The visitor's form and the thank-you that follows it.

    ``set_context`` decides what is asked (the preset's visitor fields and
    questions, the consent wording). ``clock`` gives consent times (Unix seconds).

    Signals:
        submitted(dict, object): an accepted lead's payload and its ``CaptureRecord``.
            A slot that cannot keep it calls ``refuse(reason)`` before returning.
        staffRequested(): the small Staff button was touched (booth mode asks for the PIN).
        edited(): the visitor changed something.
    """

    submitted = Signal(dict, object)
    staffRequested = Signal()
    edited = Signal()

    def __init__(
        self,
        context: BoothContext,
        parent: QWidget | None = None,
        *,
        clock: Callable[[], float] = time.time,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("visitorScreen")
        self._clock = clock
        self._context = context
        self._fields: dict[str, VisitorInput] = {}
        self._messages: dict[str, QLabel] = {}
        self._answers: dict[str, QLineEdit | AnswerButtons] = {}
        self._consent_rows: list[ConsentRow] = []
        self._badge_custom: dict[str, object] = {}
        self._raw_scan = ""
        self._refusal: str | None = None
        self._phone_checked = ""

        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 9.0) * TYPE_SCALE)
        self.setFont(font)

        self.title = QLabel(self.tr("Leave your details"), self)
        self.title.setObjectName("visitorTitle")
        scale_font(self.title, 1.6, bold=True)
        self.staff_button = QPushButton(self.tr("Staff"), self)
        self.staff_button.setObjectName("visitorStaffButton")
        self.staff_button.setFlat(True)
        self.staff_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.staff_button.setAccessibleDescription(
            self.tr("For the people at this stand: asks for their PIN")
        )
        self.staff_button.setMinimumSize(TOUCH_PX * 2, TOUCH_PX)
        self.staff_button.clicked.connect(self.staffRequested)
        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.staff_button, 0, Qt.AlignmentFlag.AlignTop)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self._build_form_page())
        self.thank_you = self._build_thank_you()
        self.stack.addWidget(self.thank_you)

        outer = QVBoxLayout(self)
        outer.addLayout(header)
        outer.addWidget(self.stack, 1)

        for sequence in ("Ctrl+Return", "Ctrl+Enter"):
            # For a visitor with a keyboard; never advertised on screen.
            shortcut = QShortcut(QKeySequence(sequence), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(self.submit)
        self._rebuild()

    # -- building (the two pages themselves: visitor_pages) ---------------------------

    def _rebuild(self) -> None:
        """Lay out what the current context asks for (answers and ticks are lost)."""
        for box in (self.fields_box, self.questions_box, self.consent_box):
            empty_layout(box)
        self._fields.clear()
        self._messages.clear()
        self._answers.clear()
        self._consent_rows.clear()
        preset = self._context.preset
        keys = preset.visitor_fields if preset is not None else ("name", "email", "phone")
        for key in keys:
            self._add_field(key)
        for question in preset.visitor_questions() if preset is not None else ():
            self._add_question(question)
        consent = self._context.consent
        self.consent_intro.setText(consent.intro)
        self.consent_intro.setVisible(bool(consent.intro.strip()))
        for number, statement in enumerate(consent.statements, start=1):
            row = ConsentRow(statement.text, number)
            row.toggled.connect(lambda _ticked: self.edited.emit())
            self.consent_box.addWidget(row)
            self._consent_rows.append(row)
        self._chain_tab_order()
        self.clear()

    def _add_field(self, key: str) -> None:
        label = QLabel(self._label_for(key), self)
        label.setObjectName(f"visitorLabel_{key}")
        editor: VisitorInput
        if key == "note":
            note = QPlainTextEdit(self)
            note.setTabChangesFocus(True)
            note.setMinimumHeight(TOUCH_PX * 2)
            note.setMaximumHeight(TOUCH_PX * 3)
            note.textChanged.connect(self.edited)
            editor = note
        else:
            line = QLineEdit(self)
            line.setMinimumHeight(TOUCH_PX)
            if key == "email":
                line.setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
            elif key == "phone":
                line.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
            # Enter moves on, as the "next" key of an on-screen keyboard does.
            line.returnPressed.connect(self.focusNextChild)
            line.textEdited.connect(lambda _text: self.edited.emit())
            editor = line
        editor.setObjectName(f"visitor_{key}")
        editor.setAccessibleName(label.text())
        editor.setAccessibleDescription(self._description_for(key))
        label.setBuddy(editor)
        message = wrapped_label(f"visitorMessage_{key}")
        self._fields[key] = editor
        self._messages[key] = message
        for widget in (label, editor, message):
            self.fields_box.addWidget(widget)

    def _add_question(self, question: Question) -> None:
        label = QLabel(question.label, self)
        label.setObjectName(f"visitorQuestion_{question.key}")
        label.setWordWrap(True)
        widget = answer_input(question, self)
        if isinstance(widget, QLineEdit):
            widget.returnPressed.connect(self.focusNextChild)
            widget.textEdited.connect(lambda _text: self.edited.emit())
        else:
            widget.answerChanged.connect(self.edited)
        label.setBuddy(widget)
        self._answers[question.key] = widget
        self.questions_box.addWidget(label)
        self.questions_box.addWidget(widget)

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = list(self._fields.values())
        for widget in self._answers.values():
            chain.extend(widget.buttons() if isinstance(widget, AnswerButtons) else [widget])
        chain.extend(row.box for row in self._consent_rows)
        chain.append(self.send_button)
        for before, after in itertools.pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _description_for(self, key: str) -> str:
        descriptions = {
            "email": self.tr("So we can send you what you asked about"),
            "phone": self.tr("So we can call you back"),
            "note": self.tr("A question, or what you would like to hear about"),
        }
        return descriptions.get(key, self.tr("Fill in only what you want to share"))

    def _label_for(self, key: str) -> str:
        labels = {
            "name": self.tr("Your name"),
            "email": self.tr("Your email address"),
            "phone": self.tr("Your phone number"),
            "company": self.tr("Your company"),
            "title": self.tr("Your job title"),
            "note": self.tr("Anything you would like us to know?"),
        }
        return labels.get(key, key)

    # -- what booth mode asks of it ---------------------------------------------------

    def context(self) -> BoothContext:
        """What is asked, and the staff's side of each lead."""
        return self._context

    def set_context(self, context: BoothContext) -> None:
        """Ask what ``context`` says; rebuilds the form (and empties it) when that changed."""
        old, self._context = self._context, context
        if (old.preset, old.consent) != (context.preset, context.consent):
            self._rebuild()

    def field(self, key: str) -> VisitorInput:
        """The input for the visitor's ``key`` detail (name, email, phone, note)."""
        return self._fields[key]

    def field_keys(self) -> list[str]:
        """The details asked, in order."""
        return list(self._fields)

    def question_input(self, key: str) -> QLineEdit | AnswerButtons:
        """The input answering question ``key``."""
        return self._answers[key]

    def consent_rows(self) -> list[ConsentRow]:
        """One row per consent sentence, in order."""
        return list(self._consent_rows)

    def message(self, key: str) -> str:
        """The message under detail ``key`` ("" when none)."""
        label = self._messages[key]
        return label.text() if not label.isHidden() else ""

    def banner(self) -> str:
        """The message above the form, if any (a problem, or a note about a badge)."""
        for label in (self.error_banner, self.note_banner):
            if not label.isHidden():
                return label.text()
        return ""

    def has_input(self) -> bool:
        """Whether the visitor typed, chose, ticked or scanned anything."""
        typed = any(_text_of(widget).strip() for widget in self._fields.values())
        answered = any(answer_of(widget) not in (None, "") for widget in self._answers.values())
        ticked = any(row.is_ticked() for row in self._consent_rows)
        return typed or answered or ticked or bool(self._raw_scan)

    def clear(self) -> None:
        """Empty everything for the next visitor (the badge read too) and show the form."""
        for widget in self._fields.values():
            _forget(widget)
        for answer in self._answers.values():
            if isinstance(answer, QLineEdit):
                _forget(answer)
            else:
                answer.clear()
        for row in self._consent_rows:
            row.clear()
        self._badge_custom = {}
        self._raw_scan = ""
        self._refusal = None
        self._phone_checked = ""
        for label in (*self._messages.values(), self.note_banner, self.error_banner):
            label.clear()
            label.hide()
        self.form_scroll.verticalScrollBar().setValue(0)

    def focus_first(self) -> None:
        """Put the cursor in the first detail asked."""
        first = next(iter(self._fields.values()), None)
        if first is not None:
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def fill_from_badge(
        self, details: Mapping[str, str], custom: Mapping[str, object], raw_scan: str
    ) -> None:
        """A badge was scanned: its details fill the fields asked, the rest goes with the lead."""
        # The badge's company and title fill their fields when asked (the visitor may
        # correct them there); the rest of its custom data goes with the lead as read.
        rest = dict(custom)
        shown = {**details}
        for key in list(rest):
            if key in self._fields and isinstance(rest[key], str):
                shown[key] = str(rest.pop(key))
        for key, value in shown.items():
            widget = self._fields.get(key)
            if isinstance(widget, QLineEdit):
                widget.setText(value)
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(value)
        self._badge_custom = rest
        self._raw_scan = raw_scan
        if any(key in self._fields for key in shown):
            self.show_note(self.tr("We read your badge. Please check your details below."))
        else:
            self.show_note(
                self.tr("We read your badge. Add your details below if you like, then send.")
            )
        self.edited.emit()

    def show_note(self, text: str) -> None:
        """A friendly line above the form (None of it is an error)."""
        self.note_banner.setText(text)
        self.note_banner.show()

    def submit(self) -> bool:
        """Check the visitor's lead; hand an accepted one over and return True."""
        if self.stack.currentWidget() is not self.form_scroll:
            return False
        values = {key: _text_of(widget) for key, widget in self._fields.items()}
        answers = {key: answer_of(widget) for key, widget in self._answers.items()}
        ticked = tuple(row.is_ticked() for row in self._consent_rows)
        entry = VisitorEntry(values, answers, ticked, self._badge_custom, self._raw_scan)
        result, capture = visitor_lead(entry, self._context, self._clock())
        if not result.ok:
            self._show_problems(result)
            return False
        phone = values.get("phone", "").strip()
        if "phone" in result.warnings and phone != self._phone_checked:
            # Staff may send an odd number on purpose; a visitor is asked once
            # to look again, and sending again sends it as typed.
            self._phone_checked = phone
            self._show_problems(result, warn_phone=True)
            return False
        self._refusal = None
        self.submitted.emit(dict(result.payload), capture)
        refusal, self._refusal = self._refusal, None
        if refusal is not None:
            self._show_error(refusal)
            return False
        return True

    def refuse(self, reason: str) -> None:
        """Called from a ``submitted`` slot that could not keep the lead: keep the input."""
        self._refusal = reason

    def show_thank_you(self) -> None:
        """Thank the visitor; the form behind is already empty for the next one."""
        self.clear()
        self.title.hide()
        self.stack.setCurrentWidget(self.thank_you)

    def show_form(self) -> None:
        """Back to the (empty) form, cursor in the first field."""
        self.title.show()
        self.stack.setCurrentWidget(self.form_scroll)
        self.focus_first()

    def is_thanking(self) -> bool:
        """Whether the thank-you is showing."""
        return self.stack.currentWidget() is self.thank_you


def _forget(widget: VisitorInput) -> None:
    """Empty a field so that Undo can't bring the last visitor's words back.

    (QLineEdit.clear() is undoable; setText() and QPlainTextEdit.clear() drop the history.)
    """
    if isinstance(widget, QLineEdit):
        widget.setText("")
    else:
        widget.clear()


def _text_of(widget: VisitorInput) -> str:
    return widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
