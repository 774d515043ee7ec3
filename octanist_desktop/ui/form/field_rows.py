"""The lead form's rows: one input per catalogue field, with its message line, pin and hints.

Built only by iterating the field catalogue, so a new API field appears
here without touching this module.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.fields import (
    CUSTOM_FIELDS,
    FIELDS,
    IDENTIFIER_KEYS,
    CustomField,
    Field,
    Group,
    Kind,
    fields_in,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.form.compact_text_edit import CompactPlainTextEdit
from octanist_desktop.ui.form.custom_rows import CustomDataField
from octanist_desktop.ui.form.field_letters import MNEMONIC_GROUPS, with_mnemonic
from octanist_desktop.ui.form.messages import as_text, new_label
from octanist_desktop.ui.form.phone_country import PhoneCountryButton
from octanist_desktop.ui.form.pins import FieldPins
from octanist_desktop.ui.words import translated

#: Field and group titles the form shows ("Contact" is the group, not a field).
_GROUP_TITLES = {
    Group.CONTACT: QT_TRANSLATE_NOOP("FieldRows", "Contact"),
    Group.NOTE: QT_TRANSLATE_NOOP("FieldRows", "Note"),
    Group.CUSTOM: QT_TRANSLATE_NOOP("FieldRows", "Custom data"),
    Group.SOURCE: QT_TRANSLATE_NOOP("FieldRows", "Source"),
    Group.CLICK_IDS: QT_TRANSLATE_NOOP("FieldRows", "Click IDs"),
    Group.CONSENT: QT_TRANSLATE_NOOP("FieldRows", "Consent"),
}


def group_title(group: Group) -> str:
    """A group box's title in the app's language."""
    return translated(_GROUP_TITLES.get(group, group.value))


CLICK_ID_KEYS = tuple(f.key for f in fields_in(Group.CLICK_IDS))

TextInput = QLineEdit | QPlainTextEdit | CustomDataField


class FieldRows(QObject):
    """Builds the group boxes of fields and answers for their inputs.

    ``focus_watcher`` gets an event filter on each identifier field (the
    form notices an identifier being left). Message labels, hints and the
    click-ID toggle are public for the form to fill.

    Signals:
        inputChanged(str): the user changed field ``key`` (not ``set_field``'s doing).
        pinnableEdited(): the user finished editing a pinnable field.
    """

    inputChanged = Signal(str)
    pinnableEdited = Signal()

    def __init__(self, owner: QWidget, pins: FieldPins, focus_watcher: QObject) -> None:
        super().__init__(owner)
        self._owner = owner
        self._pins = pins
        self._focus_watcher = focus_watcher
        self.used_letters: set[str] = set()
        self.inputs: dict[str, QWidget] = {}
        self.messages: dict[str, QLabel] = {}
        self.phone_hint = new_label("phoneHint", owner)
        #: "Same email as …" under Email, "Same phone number as …" under Phone.
        self.duplicate_hints = {
            "email": new_label("duplicateHint_email", owner),
            "phone": new_label("duplicateHint_phone", owner),
        }
        self.merge_note = new_label("customMergeNote", owner)
        self.consent_text = new_label("consentText", owner)
        self.click_ids_toggle = QToolButton(owner)
        self.click_ids_body = QWidget(owner)
        self.click_ids_mnemonic = ""
        #: The phone number's country, on the phone field itself.
        self.phone_country = PhoneCountryButton(owner)

    # -- building ---------------------------------------------------------------

    def build_group(self, group: Group) -> QGroupBox:
        """The box for ``group``'s fields (click IDs fold away; consent is checkboxes)."""
        fields = fields_in(group)
        if group is Group.CLICK_IDS:
            return self._build_click_ids(fields)
        if group is Group.CONSENT:
            return self._build_consent(group, fields)
        # A group holding one field of the same name ("Note") needs no second title.
        title = "" if len(fields) == 1 and fields[0].label == group.value else group_title(group)
        box = QGroupBox(title, self._owner)
        box.setObjectName(f"group_{group.name.lower()}")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            mnemonic = group in MNEMONIC_GROUPS
            text = (
                with_mnemonic(translated(field.label), self.used_letters)
                if mnemonic
                else translated(field.label)
            )
            label, row = self._build_text_row(field, text)
            form.addRow(label, row)
        if group is Group.CONTACT:
            # Company and job title: sent inside custom, typed with the contact details.
            for extra in CUSTOM_FIELDS:
                label, line = self._build_contact_row(extra)
                form.addRow(label, line)
        return box

    def _build_contact_row(self, field: CustomField) -> tuple[QLabel, QLineEdit]:
        line = QLineEdit(self._owner)
        line.setObjectName(field.key)
        line.setMaxLength(field.max_chars)
        line.setPlaceholderText(translated(field.help))
        line.setAccessibleName(translated(field.label))
        line.setAccessibleDescription(translated(field.help))
        line.setToolTip(translated(field.help))
        line.textChanged.connect(lambda _text, key=field.key: self.inputChanged.emit(key))
        self.inputs[field.key] = line
        label = QLabel(with_mnemonic(translated(field.label), self.used_letters), self._owner)
        label.setObjectName(f"{field.key}_label")
        label.setBuddy(line)
        label.setToolTip(translated(field.help))
        return label, line

    def _build_click_ids(self, fields: tuple[Field, ...]) -> QGroupBox:
        box = QGroupBox(self._owner)
        box.setObjectName("group_click_ids")
        layout = QVBoxLayout(box)

        toggle = self.click_ids_toggle
        toggle.setParent(box)
        toggle.setObjectName("clickIdsToggle")
        toggle.setCheckable(True)
        toggle.setChecked(False)
        toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toggle.setArrowType(Qt.ArrowType.RightArrow)
        toggle.setAutoRaise(True)
        # QToolButton defaults to Tab-only focus; clicking it should also keep focus.
        toggle.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        toggle.setAccessibleName(group_title(Group.CLICK_IDS))
        toggle.setAccessibleDescription(self.tr("Show or hide the ad click ID fields"))
        toggle.toggled.connect(self.on_click_ids_toggle_toggled)
        self.click_ids_mnemonic = with_mnemonic(group_title(Group.CLICK_IDS), self.used_letters)

        body = self.click_ids_body
        body.setParent(box)
        body.setObjectName("clickIdsBody")
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field in fields:
            label, row = self._build_text_row(field, translated(field.label))
            form.addRow(label, row)
        body.hide()

        layout.addWidget(toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(body)
        toggle.setText(self.click_ids_mnemonic)
        return box

    def _build_consent(self, group: Group, fields: tuple[Field, ...]) -> QGroupBox:
        box = QGroupBox(group_title(group), self._owner)
        box.setObjectName(f"group_{group.name.lower()}")
        layout = QVBoxLayout(box)
        # Booth mode shows the visitor what they agree to before the boxes.
        self.consent_text.setParent(box)
        layout.addWidget(self.consent_text)
        for field in fields:
            checkbox = QCheckBox(translated(field.label), box)
            checkbox.setObjectName(field.key)
            checkbox.setAccessibleName(translated(field.label))
            checkbox.setAccessibleDescription(translated(field.help))
            checkbox.setToolTip(translated(field.help))
            checkbox.toggled.connect(lambda _checked, key=field.key: self.inputChanged.emit(key))
            explanation = QLabel(translated(field.help), box)
            explanation.setObjectName(f"{field.key}_help")
            explanation.setTextFormat(Qt.TextFormat.PlainText)
            explanation.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            # Tells assistive technology which checkbox this sentence explains.
            explanation.setBuddy(checkbox)
            line = QHBoxLayout()
            line.addWidget(checkbox)
            line.addWidget(explanation, 1)
            layout.addLayout(line)
            layout.addWidget(self._new_message_label(field))
            self.inputs[field.key] = checkbox
        return box

    def _build_text_row(self, field: Field, label_text: str) -> tuple[QLabel, QWidget]:
        row = QWidget(self._owner)
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)

        editor = self._new_text_input(field, row)
        self.inputs[field.key] = editor

        line = QHBoxLayout()
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        if field.pinnable:
            line.addWidget(self._pins.new_button(field, row), 0, Qt.AlignmentFlag.AlignTop)
        if field.kind is Kind.PHONE:
            self.phone_country.setParent(row)
            line.addWidget(self.phone_country, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(line)
        column.addWidget(self._new_message_label(field))

        if field.kind is Kind.JSON:
            self.merge_note.setParent(row)
            column.addWidget(self.merge_note)
        if field.kind is Kind.PHONE:
            self.phone_hint.setParent(row)
            column.addWidget(self.phone_hint)
        duplicate_hint = self.duplicate_hints.get(field.key)
        if duplicate_hint is not None:
            duplicate_hint.setParent(row)
            column.addWidget(duplicate_hint)

        label = QLabel(label_text, self._owner)
        label.setObjectName(f"{field.key}_label")
        label.setBuddy(self.focus_target(field.key))
        label.setToolTip(translated(field.help))
        return label, row

    def _new_text_input(self, field: Field, parent: QWidget) -> TextInput:
        editor: TextInput
        if field.kind is Kind.JSON:
            editor = CustomDataField(parent)
            editor.textChanged.connect(lambda key=field.key: self.inputChanged.emit(key))
            # The field carries the key's name; its JSON text view (made on first
            # use) is "customText".
            editor.rows.setAccessibleName(translated(field.label))
            target: QWidget = editor
        elif field.kind is Kind.MULTILINE:
            note = CompactPlainTextEdit(parent, lines=4)
            note.setTabChangesFocus(True)
            note.setPlaceholderText(translated(field.help))
            note.textChanged.connect(lambda key=field.key: self.inputChanged.emit(key))
            editor = target = note
        else:
            line = QLineEdit(parent)
            line.setPlaceholderText(translated(field.help))
            line.textChanged.connect(lambda _text, key=field.key: self.inputChanged.emit(key))
            if field.pinnable:
                line.editingFinished.connect(self.pinnableEdited)
            editor = target = line
        target.setObjectName(field.key)
        target.setAccessibleName(translated(field.label))
        target.setAccessibleDescription(translated(field.help))
        target.setToolTip(translated(field.help))
        if field.key in IDENTIFIER_KEYS:
            target.installEventFilter(self._focus_watcher)
        return editor

    def _new_message_label(self, field: Field) -> QLabel:
        message = new_label(f"{field.key}_message", self._owner)
        self.messages[field.key] = message
        return message

    # -- reading and writing ------------------------------------------------------

    def focus_target(self, key: str) -> QWidget:
        """The widget that takes the cursor for field ``key``."""
        return self.inputs[key]  # Custom data: the field, which passes focus to its view

    def tab_chain(self, key: str) -> list[QWidget]:
        """Field ``key``'s controls in Tab order: its input(s), then its pin.

        The phone's country is not a stop of its own (F4 opens it from the
        field): Phone is followed by Company and Job title.
        """
        widget = self.inputs[key]
        chain = widget.tab_chain() if isinstance(widget, CustomDataField) else [widget]
        pin = self._pins.buttons.get(key)
        if pin is not None:
            chain.append(pin)
        if key == "phone":
            chain.extend(self.inputs[extra.key] for extra in CUSTOM_FIELDS)
        return chain

    def text_of(self, key: str) -> str:
        """Field ``key``'s text as typed ("" for a checkbox)."""
        widget = self.inputs[key]
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, CustomDataField):
            return widget.text()
        return ""

    def values(self) -> dict[str, object]:
        """The raw draft as typed: text for text fields, bool for consent, every key."""
        draft: dict[str, object] = {}
        for field in FIELDS:
            widget = self.inputs[field.key]
            if isinstance(widget, QCheckBox):
                draft[field.key] = widget.isChecked()
            else:
                draft[field.key] = self.text_of(field.key)
        for extra in CUSTOM_FIELDS:
            draft[extra.key] = self.text_of(extra.key)
        return draft

    def contact(self) -> dict[str, str]:
        """The company and job title as typed (sent inside ``custom``)."""
        return {extra.key: self.text_of(extra.key) for extra in CUSTOM_FIELDS}

    def set_field(self, key: str, value: object) -> None:
        """Show ``value`` in field ``key`` (consent takes a bool or "true")."""
        widget = self.inputs[key]
        if isinstance(widget, QCheckBox):
            if isinstance(value, str):
                widget.setChecked(value.strip().lower() == "true")
            else:
                widget.setChecked(value is True)
            return
        text = as_text(value)
        if isinstance(widget, QLineEdit):
            widget.setText(text)
        elif isinstance(widget, QPlainTextEdit):
            widget.setPlainText(text)
        elif isinstance(widget, CustomDataField):
            widget.setText(text)

    def custom_editor(self) -> CustomDataField:
        """The Custom data field (rows, or the JSON text one toggle away)."""
        editor = self.inputs["custom"]
        assert isinstance(editor, CustomDataField)
        return editor

    # -- the click-ID fold ----------------------------------------------------------

    def on_click_ids_toggle_toggled(self, expanded: bool) -> None:
        """Show or hide the click ID fields."""
        self.click_ids_body.setVisible(expanded)
        self.click_ids_toggle.setArrowType(
            Qt.ArrowType.DownArrow if expanded else Qt.ArrowType.RightArrow
        )

    def update_click_ids_toggle(self, flagged: int) -> None:
        """Say on the fold how many click IDs are filled and how many ``flagged`` to check."""
        filled = sum(1 for key in CLICK_ID_KEYS if self.text_of(key).strip())
        if filled and flagged:
            suffix = self.tr(" ({filled} filled, {flagged} to check)")
        elif filled:
            suffix = self.tr(" ({filled} filled)")
        elif flagged:
            suffix = self.tr(" ({flagged} to check)")
        else:
            suffix = ""
        suffix = suffix.format(filled=filled, flagged=flagged)
        self.click_ids_toggle.setText(f"{self.click_ids_mnemonic}{suffix}")
