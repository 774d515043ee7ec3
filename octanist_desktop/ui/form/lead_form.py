"""The keyboard-first lead form: type, Tab, Ctrl+Return, next visitor.

Built only by iterating the field catalogue, so a new API field appears here
without touching this module. The form checks the draft as it is typed,
but never talks to the network or the database: an accepted lead leaves as
the ``submitted`` signal's payload and the form is ready for the next one.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Mapping
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPalette, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.custom_merge import CustomMerge, LeadContext, merge_into_draft
from octanist_desktop.core.fields import (
    FIELD_BY_KEY,
    FIELDS,
    IDENTIFIER_KEYS,
    Field,
    Group,
    Kind,
    fields_in,
)
from octanist_desktop.core.presets import (
    SOURCE_KEYS,
    EventPreset,
    answers_for_custom,
    with_note_prefix,
)
from octanist_desktop.core.validation import NEEDS_IDENTIFIER, ValidationResult, validate
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.ui.form.context_bar import LeadContextBar
from octanist_desktop.ui.form.json_editor import CompactPlainTextEdit, CustomDataEditor
from octanist_desktop.ui.form.qualifying_questions import QualifyingQuestions
from octanist_desktop.ui.message_colours import error_colour, muted_css_colour, warning_colour

log = logging.getLogger(__name__)

#: ``duplicate_lookup(email, phone)`` → a hint like "Sent today 10:42 — possible duplicate".
DuplicateLookup = Callable[[str | None, str | None], str | None]

# Validation is fast, but a short pause stops messages flickering mid-word.
VALIDATE_DELAY_MS = 150
# The duplicate lookup reads the database; once per pause in typing is plenty.
DUPLICATE_DELAY_MS = 250

# Alt+letter mnemonics are given to the fields typed most; these letters are
# left alone because menus conventionally own them (File, Edit, View, Tools, Help).
_MENU_LETTERS = frozenset("fevth")
_MNEMONIC_GROUPS = (Group.CONTACT, Group.NOTE, Group.CUSTOM, Group.SOURCE)

ERROR_PREFIX = "✖ "
WARNING_PREFIX = "⚠ "

_CLICK_ID_KEYS = tuple(f.key for f in fields_in(Group.CLICK_IDS))

TextInput = QLineEdit | QPlainTextEdit | CustomDataEditor


def _with_mnemonic(label: str, used: set[str]) -> str:
    """``label`` with ``&`` before its first letter no other label in the form uses yet."""
    for index, char in enumerate(label):
        lowered = char.lower()
        if char.isalpha() and lowered not in used and lowered not in _MENU_LETTERS:
            used.add(lowered)
            return f"{label[:index]}&{label[index:]}"
    return label


class LeadForm(QWidget):
    """Every lead field, in catalogue groups, driven entirely from the keyboard.

    Focus starts in Name; Tab walks the fields in catalogue order; Ctrl+Return
    (or Ctrl+Enter on the keypad) from any field submits. An accepted submit
    emits the payload and clears everything except pinned fields; a refused
    one keeps every input, shows every message and puts the cursor in the
    first field that needs fixing.

    With an event preset (``set_preset``), its qualifying questions follow
    the Note in the form and in the Tab order; on submit the answers, the
    event, the staff member and the capture method are merged into
    ``custom`` (``core.custom_merge``) and the preset's note prefix goes in
    front of the note, before ``validate()`` sees the lead.

    Signals:
        submitted(dict): the JSON payload of an accepted lead (``ValidationResult.payload``).
            A slot that cannot keep the lead (e.g. the disk is full) calls
            ``refuse_submission(reason)`` before returning, and the form keeps the input.
        draftChanged(): any input changed, by typing or by ``set_values``.
        captureMethodChanged(str): the user picked a capture method ("" for not said).
    """

    submitted = Signal(dict)
    draftChanged = Signal()
    captureMethodChanged = Signal(str)

    def __init__(
        self,
        *,
        default_region: str | None = None,
        pinned: PinnedValues | None = None,
        duplicate_lookup: DuplicateLookup | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadForm")
        self._default_region = default_region
        self._pinned_store = pinned
        self._duplicate_lookup = duplicate_lookup

        self._inputs: dict[str, QWidget] = {}
        self._messages: dict[str, QLabel] = {}
        self._message_kinds: dict[str, str | None] = {}
        self._pins: dict[str, QToolButton] = {}
        # Set while the form itself changes inputs, so that isn't mistaken for typing.
        self._loading = False
        self._submit_attempted = False
        # An identifier the user typed in and then left; only after that (or a
        # submit) may the form say "enter at least one of …" about an empty form.
        self._identifier_touched = False
        self._edited_identifiers: set[str] = set()
        self._refusal: str | None = None
        self._preset: EventPreset | None = None
        self._staff_member = ""

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.refresh_messages)
        self._duplicate_timer = QTimer(self)
        self._duplicate_timer.setSingleShot(True)
        self._duplicate_timer.setInterval(DUPLICATE_DELAY_MS)
        self._duplicate_timer.timeout.connect(self.on_duplicate_timer_timeout)

        self._build()
        self._restore_pins()
        self._chain_tab_order()

        for sequence in (
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return),
            QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter),
        ):
            shortcut = QShortcut(sequence, self)
            # Any descendant with focus counts, including the multi-line note
            # and the JSON editor, which do not claim Ctrl+Return for themselves.
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            # Holding the keys down must not submit the blank form that follows.
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(self.submit)

        self.refresh_messages()

    # -- building -----------------------------------------------------------

    def _build(self) -> None:
        self._banner = QLabel(self)
        self._banner.setObjectName("formMessage")
        self._banner.setWordWrap(True)
        self._banner.setTextFormat(Qt.TextFormat.PlainText)
        self._banner.hide()

        content = QWidget()
        content.setObjectName("leadFormContent")
        # Never squeeze below the preferred height: QFormLayout rows with
        # word-wrapped messages overlap when given less, so scroll instead.
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(content)
        used_letters: set[str] = set()
        for group in Group:
            fields = fields_in(group)
            if not fields:
                continue
            if group is Group.CLICK_IDS:
                column.addWidget(self._build_click_ids(fields, used_letters))
            elif group is Group.CONSENT:
                column.addWidget(self._build_consent(group, fields))
            else:
                column.addWidget(self._build_group(group, fields, used_letters))
            if group is Group.NOTE:
                # Asked right after the conversation notes; hidden without a preset.
                self._questions = QualifyingQuestions(content)
                self._questions.answersChanged.connect(self.on_questions_answersChanged)
                column.addWidget(self._questions)
        column.addStretch(1)

        self._context_bar = LeadContextBar(self)
        self._context_bar.capture_label.setText(
            _with_mnemonic(self._context_bar.capture_label.text(), used_letters)
        )
        self._context_bar.captureMethodChanged.connect(self.captureMethodChanged)

        # The form is taller than a laptop screen; it scrolls itself so the
        # window can place it anywhere. QScrollArea keeps the Tab target visible.
        self._scroll = QScrollArea(self)
        self._scroll.setObjectName("leadFormScroll")
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QFrame.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._scroll.setWidget(content)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._banner)
        outer.addWidget(self._context_bar)
        outer.addWidget(self._scroll, 1)

    def _build_group(self, group: Group, fields: tuple[Field, ...], used: set[str]) -> QGroupBox:
        # A group holding one field of the same name ("Note") needs no second title.
        title = "" if len(fields) == 1 and fields[0].label == group.value else group.value
        box = QGroupBox(title, self)
        box.setObjectName(f"group_{group.name.lower()}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            text = _with_mnemonic(field.label, used) if group in _MNEMONIC_GROUPS else field.label
            label, row = self._build_text_row(field, text)
            form.addRow(label, row)
        return box

    def _build_click_ids(self, fields: tuple[Field, ...], used: set[str]) -> QGroupBox:
        box = QGroupBox(self)
        box.setObjectName("group_click_ids")
        layout = QVBoxLayout(box)

        toggle = QToolButton(box)
        toggle.setObjectName("clickIdsToggle")
        toggle.setCheckable(True)
        toggle.setChecked(False)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setAutoRaise(True)
        # QToolButton defaults to Tab-only focus; clicking it should also keep focus.
        toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        toggle.setAccessibleName(Group.CLICK_IDS.value)
        toggle.setAccessibleDescription("Show or hide the ad click ID fields")
        toggle.toggled.connect(self.on_click_ids_toggle_toggled)
        self._click_ids_toggle = toggle
        self._click_ids_mnemonic = _with_mnemonic(Group.CLICK_IDS.value, used)

        body = QWidget(box)
        body.setObjectName("clickIdsBody")
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            label, row = self._build_text_row(field, field.label)
            form.addRow(label, row)
        body.hide()
        self._click_ids_body = body

        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        toggle.setText(self._click_ids_mnemonic)
        return box

    def _build_consent(self, group: Group, fields: tuple[Field, ...]) -> QGroupBox:
        box = QGroupBox(group.value, self)
        box.setObjectName(f"group_{group.name.lower()}")
        layout = QVBoxLayout(box)
        # Booth mode shows the visitor what they agree to before the boxes.
        self._consent_text = QLabel(box)
        self._consent_text.setObjectName("consentText")
        self._consent_text.setTextFormat(Qt.TextFormat.PlainText)
        self._consent_text.setWordWrap(True)
        self._consent_text.hide()
        layout.addWidget(self._consent_text)
        for field in fields:
            checkbox = QCheckBox(field.label, box)
            checkbox.setObjectName(field.key)
            checkbox.setAccessibleName(field.label)
            checkbox.setAccessibleDescription(field.help)
            checkbox.setToolTip(field.help)
            checkbox.toggled.connect(lambda _checked, key=field.key: self._on_input_changed(key))
            explanation = QLabel(field.help, box)
            explanation.setObjectName(f"{field.key}_help")
            explanation.setTextFormat(Qt.TextFormat.PlainText)
            explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            # Tells assistive technology which checkbox this sentence explains.
            explanation.setBuddy(checkbox)
            line = QHBoxLayout()
            line.addWidget(checkbox)
            line.addWidget(explanation, 1)
            layout.addLayout(line)
            message = self._new_message_label(field)
            layout.addWidget(message)
            self._inputs[field.key] = checkbox
        return box

    def _build_text_row(self, field: Field, label_text: str) -> tuple[QLabel, QWidget]:
        row = QWidget(self)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)

        editor = self._new_text_input(field, row)
        self._inputs[field.key] = editor
        focus_target = editor.editor() if isinstance(editor, CustomDataEditor) else editor

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        if field.pinnable:
            line.addWidget(self._new_pin_button(field, row), 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(line)
        column.addWidget(self._new_message_label(field))

        if field.kind is Kind.JSON:
            self._merge_note = self._new_hint_label("customMergeNote", row)
            column.addWidget(self._merge_note)

        if field.kind is Kind.PHONE:
            self._phone_hint = self._new_hint_label("phoneHint", row)
            column.addWidget(self._phone_hint)
            self._duplicate_hint = self._new_hint_label("duplicateHint", row)
            column.addWidget(self._duplicate_hint)

        label = QLabel(label_text, self)
        label.setObjectName(f"{field.key}_label")
        label.setBuddy(focus_target)
        label.setToolTip(field.help)
        return label, row

    def _new_text_input(self, field: Field, parent: QWidget) -> TextInput:
        editor: TextInput
        if field.kind is Kind.JSON:
            editor = CustomDataEditor(parent)
            editor.textChanged.connect(lambda key=field.key: self._on_input_changed(key))
            target: QWidget = editor.editor()
        elif field.kind is Kind.MULTILINE:
            note = CompactPlainTextEdit(parent, lines=4)
            note.setTabChangesFocus(True)
            note.setPlaceholderText(field.help)
            note.textChanged.connect(lambda key=field.key: self._on_input_changed(key))
            editor = target = note
        else:
            line = QLineEdit(parent)
            line.setPlaceholderText(field.help)
            line.textChanged.connect(lambda _text, key=field.key: self._on_input_changed(key))
            if field.pinnable:
                line.editingFinished.connect(self.on_pinnable_editingFinished)
            editor = target = line
        target.setObjectName(field.key)
        target.setAccessibleName(field.label)
        target.setAccessibleDescription(field.help)
        target.setToolTip(field.help)
        if field.key in IDENTIFIER_KEYS:
            target.installEventFilter(self)
        return editor

    def _new_pin_button(self, field: Field, parent: QWidget) -> QToolButton:
        pin = QToolButton(parent)
        pin.setObjectName(f"pin_{field.key}")
        pin.setText("Pin")
        pin.setCheckable(True)
        # Pins are set once per event, not per lead: keep them out of the Tab chain.
        pin.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        pin.setAccessibleName(f"Pin {field.label}")
        pin.setToolTip(f"Pin {field.label}: keep this value for the next lead, and after a restart")
        pin.toggled.connect(self.on_pin_toggled)
        self._pins[field.key] = pin
        return pin

    def _new_message_label(self, field: Field) -> QLabel:
        message = QLabel(self)
        message.setObjectName(f"{field.key}_message")
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        message.hide()
        self._messages[field.key] = message
        self._message_kinds[field.key] = None
        return message

    def _new_hint_label(self, name: str, parent: QWidget) -> QLabel:
        hint = QLabel(parent)
        hint.setObjectName(name)
        hint.setTextFormat(Qt.TextFormat.PlainText)
        hint.setWordWrap(True)
        hint.hide()
        return hint

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = []
        for field in FIELDS:
            if field.key == _CLICK_ID_KEYS[0]:
                chain.append(self._click_ids_toggle)
            chain.append(self._focus_target(field.key))
            if field.group is Group.NOTE:
                chain.extend(self._questions.input_widgets())
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def _restore_pins(self) -> None:
        if self._pinned_store is None:
            return
        stored = self._pinned_store.load()
        self._loading = True
        try:
            for key, value in stored.items():
                pin = self._pins.get(key)
                line = self._inputs.get(key)
                if pin is None or not isinstance(line, QLineEdit):
                    continue
                line.setText(value)
                pin.blockSignals(True)
                pin.setChecked(True)
                pin.blockSignals(False)
        finally:
            self._loading = False

    # -- public API ---------------------------------------------------------

    def input_widget(self, key: str) -> QWidget:
        """The widget that edits field ``key`` (a CustomDataEditor for ``custom``)."""
        return self._inputs[key]

    def values(self) -> dict[str, object]:
        """The raw draft as typed: text for text fields, bool for consent, every key."""
        draft: dict[str, object] = {}
        for field in FIELDS:
            widget = self._inputs[field.key]
            if isinstance(widget, QCheckBox):
                draft[field.key] = widget.isChecked()
            else:
                draft[field.key] = self._text_of(field.key)
        return draft

    def set_values(self, draft: Mapping[str, object], *, replace: bool = False) -> None:
        """Fill the form from ``draft`` (a draft or a payload); unknown keys are ignored.

        Only the keys present change, unless ``replace`` is true: then every
        other field is emptied too (pins stay as they are). A JSON value for
        ``custom`` is shown pretty-printed; consent accepts a bool or "true".
        """
        self._loading = True
        try:
            for field in FIELDS:
                if field.key in draft:
                    self._set_field(field.key, draft[field.key])
                elif replace:
                    self._set_field(field.key, None)
        finally:
            self._loading = False
        if any(draft.get(key) for key in _CLICK_ID_KEYS):
            self._click_ids_toggle.setChecked(True)
        self._update_click_ids_toggle()
        self.refresh_messages()
        self._schedule_duplicate_lookup()
        self.draftChanged.emit()

    def clear_for_next_lead(self) -> None:
        """Empty every field that isn't pinned, clear messages and put the cursor in Name."""
        self._validate_timer.stop()
        self._duplicate_timer.stop()
        self._loading = True
        try:
            for field in FIELDS:
                if not self.is_pinned(field.key):
                    self._set_field(field.key, None)
        finally:
            self._loading = False
        self._questions.clear_answers()
        self._submit_attempted = False
        self._identifier_touched = False
        self._edited_identifiers.clear()
        self._set_banner(None)
        self._show_hint(self._duplicate_hint, None)
        self._update_click_ids_toggle()
        self.refresh_messages()
        self.draftChanged.emit()
        self._focus_field("name", select=False)

    def submit(self) -> bool:
        """Check the draft; send an accepted one out as ``submitted`` and clear for the next.

        Returns whether the lead was accepted. On refusal nothing is emitted,
        every input stays, every message shows and the first field to fix has focus.
        """
        self._validate_timer.stop()
        draft, merge = self.draft_to_send()
        self._show_merge_note(merge)
        result = validate(draft, default_region=self._default_region)
        if result.ok:
            self._save_pins()
            self._refusal = None
            self.submitted.emit(dict(result.payload))
            refusal, self._refusal = self._refusal, None
            if refusal is None:
                self.clear_for_next_lead()
                return True
            self._set_banner(refusal)
            self._show_result(result)
            return False
        self._submit_attempted = True
        self._set_banner(None)
        self._show_result(result)
        first = self._first_error_in(result)
        if first is not None:
            self._focus_field(first, select=True)
        return False

    def refuse_submission(self, reason: str) -> None:
        """Called from a ``submitted`` slot that could not keep the lead: keep the input.

        The form then shows ``reason`` above the fields instead of clearing,
        so a full disk or a broken database never costs a typed lead.
        """
        self._refusal = reason

    def has_unsaved_input(self) -> bool:
        """Whether anything was typed or ticked that a clear would lose (pins don't count)."""
        for key, value in self.values().items():
            if self.is_pinned(key):
                continue
            if value is True or (isinstance(value, str) and value.strip()):
                return True
        return bool(self.answers())

    def first_error_field(self) -> str | None:
        """The key of the first field (in catalogue order) that blocks sending, if any."""
        return self._first_error_in(validate(self.values(), default_region=self._default_region))

    def is_pinned(self, key: str) -> bool:
        """Whether field ``key`` keeps its value across leads."""
        pin = self._pins.get(key)
        return pin is not None and pin.isChecked()

    def set_pinned(self, key: str, pinned: bool) -> None:
        """Pin or unpin a pinnable field (saved at once)."""
        self._pins[key].setChecked(pinned)

    def pinned_keys(self) -> list[str]:
        """The keys of the pinned fields, in catalogue order."""
        return [key for key in self._pins if self.is_pinned(key)]

    def set_default_region(self, region: str | None) -> None:
        """Change the country that national phone numbers belong to (from settings)."""
        self._default_region = region
        self.refresh_messages()

    def message(self, key: str) -> str:
        """The message shown under field ``key`` right now ("" if none)."""
        label = self._messages[key]
        return label.text() if not label.isHidden() else ""

    def phone_hint(self) -> str:
        """The "Will be sent as …" line under Phone ("" if hidden)."""
        return self._phone_hint.text() if not self._phone_hint.isHidden() else ""

    def duplicate_hint(self) -> str:
        """The possible-duplicate line under Email/Phone ("" if hidden)."""
        return self._duplicate_hint.text() if not self._duplicate_hint.isHidden() else ""

    def click_ids_expanded(self) -> bool:
        """Whether the click ID fields are shown."""
        return self._click_ids_toggle.isChecked()

    def set_click_ids_expanded(self, expanded: bool) -> None:
        """Show or hide the click ID fields."""
        self._click_ids_toggle.setChecked(expanded)

    def refresh_messages(self) -> None:
        """Validate now and update every message, without waiting for the typing pause."""
        self._validate_timer.stop()
        self._show_result(validate(self.values(), default_region=self._default_region))
        self._show_merge_note(self.draft_to_send()[1])

    # -- event presets, staff and booth (the trade-show booth kit) -------------

    def draft_to_send(self) -> tuple[dict[str, object], CustomMerge]:
        """The draft as submit validates it: note prefix added, context merged into ``custom``."""
        draft = self.values()
        if self._preset is not None and self._preset.note_prefix.strip():
            note = draft.get("note")
            draft["note"] = with_note_prefix(
                note if isinstance(note, str) else "", self._preset.note_prefix
            )
        return merge_into_draft(draft, self.lead_context())

    def lead_context(self) -> LeadContext:
        """The answers, event, staff member and capture method that go into ``custom``."""
        answers = answers_for_custom(self._questions.questions(), self._questions.answers())
        return LeadContext(
            answers,
            event=self._preset.name if self._preset is not None else "",
            staff_member=self._staff_member,
            capture_method=self._context_bar.capture_method(),
        )

    def preset(self) -> EventPreset | None:
        """The active event preset, if any."""
        return self._preset

    def set_preset(self, preset: EventPreset | None, *, apply_source: bool = True) -> None:
        """Make ``preset`` the active event: its questions appear, its name goes into ``custom``.

        With ``apply_source`` its Source values fill their fields and are
        pinned, so they stay for every lead (the user may still edit or
        unpin them); values the previous preset set and nobody changed are
        cleared and unpinned. At start-up pass ``apply_source=False``: the
        pins restored from disk already hold what the user last had.
        """
        previous, self._preset = self._preset, preset
        self._questions.set_questions(preset.questions if preset is not None else ())
        self._context_bar.set_event(preset.name if preset is not None else None)
        self._chain_tab_order()
        if apply_source:
            self._apply_source_values(previous, preset)
        self.refresh_messages()
        self.draftChanged.emit()

    def set_staff_member(self, name: str) -> None:
        """Who is taking leads on this device; sent in ``custom`` ("" leaves it out)."""
        self._staff_member = name.strip()
        self._context_bar.set_staff_member(self._staff_member)
        self.refresh_messages()

    def capture_method(self) -> str:
        """The capture method sent in ``custom`` ("" for not said)."""
        return self._context_bar.capture_method()

    def set_capture_method(self, method: str) -> None:
        """Choose the capture method (without ``captureMethodChanged``)."""
        self._context_bar.set_capture_method(method)
        self.refresh_messages()

    def answers(self) -> dict[str, object]:
        """The qualifying answers as they will be sent (unanswered ones left out)."""
        return answers_for_custom(self._questions.questions(), self._questions.answers())

    def question_widget(self, key: str) -> QWidget:
        """The input answering qualifying question ``key``."""
        return self._questions.input_widget(key)

    def merge_note(self) -> str:
        """The line under Custom data about what is merged into it ("" if hidden)."""
        return self._merge_note.text() if not self._merge_note.isHidden() else ""

    def set_consent_text(self, text: str | None) -> None:
        """Show ``text`` above the consent checkboxes (None or "" hides it)."""
        self._consent_text.setText(text or "")
        self._consent_text.setVisible(bool(text))

    def set_visitor_layout(self, visitor: bool) -> None:
        """Booth mode: show visitors only their contact details, questions and consent.

        Source tags, click IDs, custom data and the event line are for staff.
        """
        for name in ("group_custom", "group_source", "group_click_ids"):
            box = self.findChild(QGroupBox, name)
            if box is not None:
                box.setVisible(not visitor)
        self._context_bar.setVisible(not visitor)

    # -- slots and events ---------------------------------------------------

    def on_click_ids_toggle_toggled(self, expanded: bool) -> None:
        """Show or hide the click ID fields."""
        self._click_ids_body.setVisible(expanded)
        self._click_ids_toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )

    def on_questions_answersChanged(self) -> None:
        """An answer changed: it counts as typing (re-check, tell listeners)."""
        if self._loading:
            return
        self._validate_timer.start()
        self.draftChanged.emit()

    def on_pin_toggled(self, _checked: bool) -> None:
        """Remember the new set of pins straight away (they are saved together)."""
        self._save_pins()

    def on_pinnable_editingFinished(self) -> None:
        """A pinned value was edited: store the new value for the next run."""
        if any(self.is_pinned(key) for key in self._pins):
            self._save_pins()

    def on_duplicate_timer_timeout(self) -> None:
        """Ask whether a lead with this email or phone was sent before."""
        email = self._text_of("email").strip() or None
        phone_typed = self._text_of("phone").strip() or None
        if self._duplicate_lookup is None or (email is None and phone_typed is None):
            self._show_hint(self._duplicate_hint, None)
            return
        result = validate(self.values(), default_region=self._default_region)
        payload_email = result.payload.get("email")
        if email is not None and isinstance(payload_email, str):
            email = payload_email
        phone = (result.phone_e164 or phone_typed) if phone_typed else None
        try:
            hint = self._duplicate_lookup(email, phone)
        except Exception:
            # A hint is a courtesy; a failing lookup must never stop lead entry.
            log.exception("Duplicate lookup failed")
            hint = None
        self._show_hint(self._duplicate_hint, f"{WARNING_PREFIX}{hint}" if hint else None)
        self._style_label(self._duplicate_hint, "warning")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice leaving an identifier field the user edited (see ``_identifier_touched``)."""
        if event.type() == QEvent.Type.FocusOut:
            key = watched.objectName()
            if key in self._edited_identifiers and not self._identifier_touched:
                self._identifier_touched = True
                self._validate_timer.start()
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        """Put the cursor in Name whenever the form is shown (not when un-minimised)."""
        super().showEvent(event)
        if not event.spontaneous():
            self._focus_field("name", select=False)

    def changeEvent(self, event: QEvent) -> None:
        """Re-colour messages when the palette switches between light and dark."""
        if event.type() == QEvent.Type.PaletteChange:
            for key, label in self._messages.items():
                self._style_label(label, self._message_kinds[key])
            self._style_label(self._duplicate_hint, "warning")
            self._style_label(self._phone_hint, None)
            self._style_label(self._merge_note, self._merge_note.property("kind"))
            self._style_label(self._banner, "error")
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------

    def _apply_source_values(self, old: EventPreset | None, new: EventPreset | None) -> None:
        old_values = old.source_values() if old is not None else {}
        new_values = new.source_values() if new is not None else {}
        self._loading = True
        try:
            for key in SOURCE_KEYS:
                if key in new_values:
                    self._set_field(key, new_values[key])
                    self._set_pin_quietly(key, True)
                elif self.is_pinned(key) and self._text_of(key).strip() == old_values.get(key):
                    self._set_field(key, None)
                    self._set_pin_quietly(key, False)
        finally:
            self._loading = False
        self._save_pins()

    def _set_pin_quietly(self, key: str, pinned: bool) -> None:
        pin = self._pins[key]
        pin.blockSignals(True)
        pin.setChecked(pinned)
        pin.blockSignals(False)

    def _show_merge_note(self, merge: CustomMerge) -> None:
        if not merge.merged:
            self._show_hint(self._merge_note, None)
            return
        parts = []
        if merge.conflicts:
            keys = ", ".join(merge.conflicts)
            parts.append(f"{WARNING_PREFIX}Your custom data replaces the form's value for: {keys}.")
        if merge.wrapped_as is not None:
            what = "text" if merge.wrapped_as == "text" else "list"
            parts.append(
                f"The {what} above is sent under “{merge.wrapped_as}”, together with the "
                "answers and event details."
            )
        if not parts:
            parts.append("Answers and event details are added to the custom data.")
        self._show_hint(self._merge_note, " ".join(parts))
        kind = "warning" if merge.conflicts else None
        self._merge_note.setProperty("kind", kind)
        self._style_label(self._merge_note, kind)

    def _focus_target(self, key: str) -> QWidget:
        widget = self._inputs[key]
        return widget.editor() if isinstance(widget, CustomDataEditor) else widget

    def _on_input_changed(self, key: str) -> None:
        if self._loading:
            return
        if key in IDENTIFIER_KEYS and self._focus_target(key).hasFocus():
            self._edited_identifiers.add(key)
        if key in _CLICK_ID_KEYS:
            self._update_click_ids_toggle()
        self._validate_timer.start()
        if key in ("email", "phone"):
            self._schedule_duplicate_lookup()
        self.draftChanged.emit()

    def _schedule_duplicate_lookup(self) -> None:
        if self._duplicate_lookup is not None:
            self._duplicate_timer.start()

    def _set_field(self, key: str, value: object) -> None:
        widget = self._inputs[key]
        if isinstance(widget, QCheckBox):
            if isinstance(value, str):
                widget.setChecked(value.strip().lower() == "true")
            else:
                widget.setChecked(value is True)
            return
        text = _as_text(value)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, CustomDataEditor):
            widget.setText(text)

    def _first_error_in(self, result: ValidationResult) -> str | None:
        return next((f.key for f in FIELDS if f.key in result.errors), None)

    def _focus_field(self, key: str, *, select: bool) -> None:
        if key in _CLICK_ID_KEYS:
            self._click_ids_toggle.setChecked(True)
        widget = self._inputs[key]
        target = self._focus_target(key)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if select:
            if isinstance(widget, CustomDataEditor) and widget.parse().line is not None:
                # Selecting a whole JSON document hides where it breaks.
                widget.go_to_error()
            elif isinstance(target, QLineEdit | QPlainTextEdit):
                target.selectAll()
        self._scroll.ensureWidgetVisible(target)

    def _show_result(self, result: ValidationResult) -> None:
        quiet_about_identifiers = not (self._submit_attempted or self._identifier_touched)
        for field in FIELDS:
            key = field.key
            kind: str | None = None
            text = result.errors.get(key)
            if text is not None:
                kind = "error"
                if key == "name" and text == NEEDS_IDENTIFIER and quiet_about_identifiers:
                    kind = text = None
                elif key == "custom" and self._custom_editor().has_error():
                    # The editor's own status line already says where the JSON breaks.
                    kind = text = None
            else:
                text = result.warnings.get(key)
                kind = "warning" if text is not None else None
            self._set_message(key, kind, text)

        typed_phone = self._text_of("phone").strip()
        e164 = result.phone_e164
        hint = None
        if e164 and "phone" not in result.errors and e164 != typed_phone:
            hint = f"Will be sent as {e164}"
        self._show_hint(self._phone_hint, hint)
        self._update_click_ids_toggle()

    def _set_message(self, key: str, kind: str | None, text: str | None) -> None:
        label = self._messages[key]
        self._message_kinds[key] = kind
        target = self._focus_target(key)
        field = FIELD_BY_KEY[key]
        if text is None:
            label.clear()
            label.hide()
            target.setAccessibleDescription(field.help)
            return
        prefix = ERROR_PREFIX if kind == "error" else WARNING_PREFIX
        label.setText(f"{prefix}{text}")
        self._style_label(label, kind)
        label.show()
        # Screen readers announce the description with the field, so the message
        # is heard when the cursor lands there, not only seen.
        target.setAccessibleDescription(text)

    def _style_label(self, label: QLabel, kind: str | None) -> None:
        if kind == "error":
            label.setStyleSheet(f"color: {error_colour(self.palette())};")
        elif kind == "warning":
            label.setStyleSheet(f"color: {warning_colour(self.palette())};")
        else:
            colour = muted_css_colour(self.palette())
            label.setStyleSheet(f"color: {colour};")

    def _show_hint(self, label: QLabel, text: str | None) -> None:
        if text is None:
            label.clear()
            label.hide()
        else:
            label.setText(text)
            if label is self._phone_hint:
                self._style_label(label, None)
            label.show()

    def _set_banner(self, text: str | None) -> None:
        if text is None:
            self._banner.clear()
            self._banner.hide()
        else:
            self._banner.setText(f"{ERROR_PREFIX}{text}")
            self._style_label(self._banner, "error")
            self._banner.show()

    def _update_click_ids_toggle(self) -> None:
        filled = sum(1 for key in _CLICK_ID_KEYS if self._text_of(key).strip())
        flagged = sum(1 for key in _CLICK_ID_KEYS if self._message_kinds.get(key))
        details = []
        if filled:
            details.append(f"{filled} filled")
        if flagged:
            details.append(f"{flagged} to check")
        suffix = f" ({', '.join(details)})" if details else ""
        self._click_ids_toggle.setText(f"{self._click_ids_mnemonic}{suffix}")

    def _text_of(self, key: str) -> str:
        widget = self._inputs[key]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, CustomDataEditor):
            return widget.text()
        return ""

    def _custom_editor(self) -> CustomDataEditor:
        editor = self._inputs["custom"]
        assert isinstance(editor, CustomDataEditor)
        return editor

    def _save_pins(self) -> None:
        if self._pinned_store is None:
            return
        pins: dict[str, str] = {}
        for key in self.pinned_keys():
            line = self._inputs[key]
            if isinstance(line, QLineEdit):
                pins[key] = line.text()
        try:
            self._pinned_store.save(pins)
        except OSError as exc:
            # Pins are a convenience; failing to store them must not stop a lead.
            log.warning("Could not save pinned values to %s: %s", self._pinned_store.path, exc)


def _as_text(value: object) -> str:
    """How a draft or payload value is shown in a text field."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, dict | list):
        return json.dumps(value, indent=2, ensure_ascii=False)
    return str(value)
