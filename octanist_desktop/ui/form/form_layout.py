"""How the lead form is laid out: the banner, the event line, the scrolling field groups,
the Tab chain through them, and the form's own shortcuts (Ctrl+Enter, Ctrl+P).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from octanist_desktop.core.fields import FIELDS, Group, fields_in
from octanist_desktop.ui.actions import PIN_FIELD, SUBMIT, key_sequences
from octanist_desktop.ui.form.context_bar import LeadContextBar
from octanist_desktop.ui.form.field_letters import with_mnemonic
from octanist_desktop.ui.form.field_rows import CLICK_ID_KEYS, FieldRows
from octanist_desktop.ui.form.messages import new_label
from octanist_desktop.ui.form.qualifying_questions import QualifyingQuestions


@dataclass(frozen=True, slots=True)
class FormParts:
    """The widgets ``lay_out`` made around the field rows."""

    banner: QLabel  # why the last lead was refused
    questions: QualifyingQuestions  # the preset's questions, after the Note
    context_bar: LeadContextBar  # the event, staff member and capture method
    scroll: QScrollArea  # holds every field group


def lay_out(form: QWidget, rows: FieldRows) -> FormParts:
    """Put ``rows``' groups (and the questions after the Note) in a scroll area in ``form``."""
    banner = new_label("formMessage", form)
    content = QWidget()
    content.setObjectName("leadFormContent")
    # Never squeeze below the preferred height: QFormLayout rows with
    # word-wrapped messages overlap when given less, so scroll instead.
    content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    column = QVBoxLayout(content)
    questions: QualifyingQuestions | None = None
    for group in Group:
        if not fields_in(group):
            continue
        column.addWidget(rows.build_group(group))
        if group is Group.NOTE:
            # Asked right after the conversation notes; hidden without a preset.
            questions = QualifyingQuestions(content)
            column.addWidget(questions)
    column.addStretch(1)
    assert questions is not None, "the catalogue has a Note group"

    context_bar = LeadContextBar(form)
    label = context_bar.capture_label
    label.setText(with_mnemonic(label.text(), rows.used_letters))

    # The form is taller than a laptop screen; it scrolls itself so the
    # window can place it anywhere. QScrollArea keeps the Tab target visible.
    scroll = QScrollArea(form)
    scroll.setObjectName("leadFormScroll")
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(content)

    outer = QVBoxLayout(form)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(banner)
    outer.addWidget(context_bar)
    outer.addWidget(scroll, 1)
    return FormParts(banner, questions, context_bar, scroll)


def chain_tab_order(
    head: Sequence[QWidget], rows: FieldRows, parts: FormParts, tail: Sequence[QWidget]
) -> None:
    """Tab walks ``head``, the fields in catalogue order (questions after the Note), the
    capture method, then ``tail``."""
    chain: list[QWidget] = list(head)
    for field in FIELDS:
        if field.key == CLICK_ID_KEYS[0]:
            chain.append(rows.click_ids_toggle)
        chain.extend(rows.tab_chain(field.key))
        if field.group is Group.NOTE:
            chain.extend(parts.questions.input_widgets())
    chain.append(parts.context_bar.capture_combo)
    chain.extend(tail)
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)


def add_shortcuts(
    form: QWidget, submit: Callable[[], object], toggle_pin: Callable[[], object]
) -> None:
    """Ctrl+Enter (``submit``) and Ctrl+P (``toggle_pin``) anywhere in ``form``."""
    for sequence in key_sequences(SUBMIT):
        shortcut = QShortcut(sequence, form)
        # Any descendant with focus counts, including the multi-line note
        # and the JSON editor, which do not claim Ctrl+Return for themselves.
        shortcut.setContext(SUBMIT.context)
        # Holding the keys down must not submit the blank form that follows.
        shortcut.setAutoRepeat(False)
        shortcut.activated.connect(submit)
    for sequence in key_sequences(PIN_FIELD):
        pin_shortcut = QShortcut(sequence, form)
        pin_shortcut.setContext(PIN_FIELD.context)
        pin_shortcut.activated.connect(toggle_pin)
