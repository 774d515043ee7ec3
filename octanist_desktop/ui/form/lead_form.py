"""The keyboard-first lead form: type, Tab, Ctrl+Return, next visitor.

Composition only: ``field_rows`` builds one row per catalogue field,
``messages`` says things, ``pins`` keeps values between leads,
``event_context`` adds what an event preset contributes. The form checks
the draft as it is typed but never talks to the network or the database:
an accepted lead goes to the ``save`` it was given, and the form is ready
for the next one.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping
from itertools import pairwise

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGroupBox,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.consent import CONSENT_KEY, iso_time, staff_form_consent
from octanist_desktop.core.custom_merge import CustomMerge, LeadContext
from octanist_desktop.core.fields import (
    CONSENT_KEYS,
    CUSTOM_FIELDS,
    FIELD_BY_KEY,
    FIELDS,
    IDENTIFIER_KEYS,
    Group,
    fields_in,
)
from octanist_desktop.core.presets import EventPreset, answers_for_custom
from octanist_desktop.core.validation import NEEDS_IDENTIFIER, ValidationResult, validate
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.ui.actions import PIN_FIELD, SUBMIT, key_sequences
from octanist_desktop.ui.form import event_context
from octanist_desktop.ui.form.context_bar import LeadContextBar
from octanist_desktop.ui.form.custom_rows import CustomDataField
from octanist_desktop.ui.form.duplicate_hint import DuplicateHint, DuplicateLookup
from octanist_desktop.ui.form.field_rows import CLICK_ID_KEYS, FieldRows, with_mnemonic
from octanist_desktop.ui.form.messages import (
    ERROR_PREFIX,
    WARNING_PREFIX,
    new_label,
    save_failure,
    show_hint,
    shown_text,
    style_label,
)
from octanist_desktop.ui.form.pins import FieldPins
from octanist_desktop.ui.form.qualifying_questions import QualifyingQuestions
from octanist_desktop.ui.words import translated

log = logging.getLogger(__name__)

#: Every input the form fills and clears: the API fields, then company and job title.
_ALL_KEYS = (*(f.key for f in FIELDS), *(f.key for f in CUSTOM_FIELDS))

#: ``save(payload)`` keeps an accepted lead and returns its id; raising refuses it.
SaveLead = Callable[[dict[str, object]], int]

# Validation is fast, but a short pause stops messages flickering mid-word.
VALIDATE_DELAY_MS = 150

__all__ = ["ERROR_PREFIX", "WARNING_PREFIX", "DuplicateLookup", "LeadForm", "SaveLead"]


class LeadForm(QWidget):
    """Every lead field, in catalogue groups, driven entirely from the keyboard.

    Focus starts in Name; Tab walks the fields in catalogue order; Ctrl+Return
    (or Ctrl+Enter on the keypad) from any field submits. The messages on
    screen and the lead sent come from one ``validate()`` of one draft (see
    ``draft_to_send``). An accepted lead goes to ``save(payload)``; when that
    returns, the form clears everything except pinned fields. When it raises,
    whatever the exception, the lead is refused: every input stays and the
    reason shows above the fields. A lead with errors is refused the same
    way, with the cursor in the first field that needs fixing.

    With an event preset (``set_preset``), its qualifying questions follow
    the Note in the form and in the Tab order; the answers, the event, the
    staff member and the capture method are merged into ``custom``
    (``core.custom_merge``) and the preset's note prefix goes in front of
    the note, before ``validate()`` sees the lead.

    In the visitor layout (booth mode) the duplicate hint is never shown: it
    tells about other people's leads.

    Signals:
        submitted(dict): a lead was accepted and saved; its payload.
        leadRequested(int): the user followed a duplicate hint's link to lead ``id``.
        draftChanged(): any input changed, by typing or by ``set_values``.
        captureMethodChanged(str): the user picked a capture method ("" for not said).
    """

    submitted = Signal(dict)
    draftChanged = Signal()
    leadRequested = Signal(int)
    captureMethodChanged = Signal(str)

    def __init__(
        self,
        *,
        default_region: str | None = None,
        pinned: PinnedValues | None = None,
        duplicate_lookup: DuplicateLookup | None = None,
        save: SaveLead | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("leadForm")
        self._default_region = default_region
        self._save = save
        # Set while the form itself changes inputs, so that isn't mistaken for typing.
        self._loading = False
        self._submit_attempted = False
        # An identifier the user typed in and then left; only after that (or a
        # submit) may the form say "enter at least one of …" about an empty form.
        self._identifier_touched = False
        self._edited_identifiers: set[str] = set()
        self._message_kinds: dict[str, str | None] = {f.key: None for f in FIELDS}
        self._preset: EventPreset | None = None
        self._staff_member = ""
        # A phone number with a problem the salesperson has been told about: the
        # next Ctrl+Enter with exactly this text sends it anyway.
        self._phone_to_confirm: str | None = None
        self._confirmed_phone: str | None = None
        # What the window puts before and after the form in the Tab chain (the
        # tabs before; the receipt, Send and the country question after).
        self._tab_head: list[QWidget] = []
        self._tab_tail: list[QWidget] = []

        self._validate_timer = QTimer(self)
        self._validate_timer.setSingleShot(True)
        self._validate_timer.setInterval(VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self.refresh_messages)

        self._pins = FieldPins(pinned, self)
        self._pins.toggled.connect(self.on_pins_toggled)
        self._rows = FieldRows(self, self._pins, self)
        self._rows.inputChanged.connect(self._on_input_changed)
        self._rows.pinnableEdited.connect(self.on_rows_pinnableEdited)
        self._build()
        self._rows.phone_country.set_region(default_region)
        self._rows.phone_country.regionChanged.connect(self.on_phone_country_regionChanged)
        self._rows.inputs["phone"].installEventFilter(self)  # F4 opens the country list
        self._rows.custom_editor().viewChanged.connect(self._chain_tab_order)
        self._duplicates = DuplicateHint(
            self._rows.duplicate_hints, duplicate_lookup, self._identifiers, self
        )
        self._duplicates.leadRequested.connect(self.leadRequested)
        self._loading = True
        try:
            self._pins.restore(self._rows.inputs)
        finally:
            self._loading = False
        self._chain_tab_order()

        for sequence in key_sequences(SUBMIT):
            shortcut = QShortcut(sequence, self)
            # Any descendant with focus counts, including the multi-line note
            # and the JSON editor, which do not claim Ctrl+Return for themselves.
            shortcut.setContext(SUBMIT.context)
            # Holding the keys down must not submit the blank form that follows.
            shortcut.setAutoRepeat(False)
            shortcut.activated.connect(self.submit)
        for sequence in key_sequences(PIN_FIELD):
            pin_shortcut = QShortcut(sequence, self)
            pin_shortcut.setContext(PIN_FIELD.context)
            pin_shortcut.activated.connect(self.toggle_pin_of_focused_field)

        self.refresh_messages()

    def _build(self) -> None:
        self._banner = new_label("formMessage", self)
        content = QWidget()
        content.setObjectName("leadFormContent")
        # Never squeeze below the preferred height: QFormLayout rows with
        # word-wrapped messages overlap when given less, so scroll instead.
        content.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        column = QVBoxLayout(content)
        for group in Group:
            if not fields_in(group):
                continue
            column.addWidget(self._rows.build_group(group))
            if group is Group.NOTE:
                # Asked right after the conversation notes; hidden without a preset.
                self._questions = QualifyingQuestions(content)
                self._questions.answersChanged.connect(self.on_questions_answersChanged)
                column.addWidget(self._questions)
        column.addStretch(1)

        self._context_bar = LeadContextBar(self)
        label = self._context_bar.capture_label
        label.setText(with_mnemonic(label.text(), self._rows.used_letters))
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

    def _chain_tab_order(self) -> None:
        chain: list[QWidget] = list(self._tab_head)
        for field in FIELDS:
            if field.key == CLICK_ID_KEYS[0]:
                chain.append(self._rows.click_ids_toggle)
            chain.extend(self._rows.tab_chain(field.key))
            if field.group is Group.NOTE:
                chain.extend(self._questions.input_widgets())
        chain.append(self._context_bar.capture_combo)
        chain.extend(self._tab_tail)
        for before, after in pairwise(chain):
            QWidget.setTabOrder(before, after)

    def set_tab_ends(self, head: list[QWidget], tail: list[QWidget]) -> None:
        """Put the window's ``head`` before the form in the Tab chain and ``tail`` after it."""
        self._tab_head = list(head)
        self._tab_tail = list(tail)
        self._chain_tab_order()

    # -- the draft -------------------------------------------------------------

    def input_widget(self, key: str) -> QWidget:
        """The widget that edits field ``key`` (a CustomDataEditor for ``custom``)."""
        return self._rows.inputs[key]

    def values(self) -> dict[str, object]:
        """The raw draft as typed: text for text fields, bool for consent, every key."""
        return self._rows.values()

    def set_values(self, draft: Mapping[str, object], *, replace: bool = False) -> None:
        """Fill the form from ``draft`` (a draft or a payload); unknown keys are ignored.

        Only the keys present change, unless ``replace`` is true: then every
        other field is emptied too (pins stay as they are). A JSON value for
        ``custom`` is shown pretty-printed; consent accepts a bool or "true".
        """
        draft = event_context.with_contact_fields(draft)
        self._loading = True
        try:
            for key in _ALL_KEYS:
                if key in draft:
                    self._rows.set_field(key, draft[key])
                elif replace:
                    self._rows.set_field(key, None)
        finally:
            self._loading = False
        if any(draft.get(key) for key in CLICK_ID_KEYS):
            self._rows.click_ids_toggle.setChecked(True)
        self.refresh_messages()
        self._schedule_duplicate_lookup()
        self.draftChanged.emit()

    def draft_to_send(self) -> tuple[dict[str, object], CustomMerge]:
        """The one draft the form checks, shows and sends: note prefix added, context merged."""
        return event_context.draft_to_send(self.values(), self._preset, self.lead_context())

    def has_unsaved_input(self) -> bool:
        """Whether anything was typed or ticked that a clear would lose (pins don't count)."""
        for key, value in self.values().items():
            if self.is_pinned(key):
                continue
            if value is True or (isinstance(value, str) and value.strip()):
                return True
        return bool(self.answers())

    def clear_for_next_lead(self) -> None:
        """Empty every field that isn't pinned, clear messages and put the cursor in Name."""
        self._validate_timer.stop()
        self._duplicates.clear()
        self._loading = True
        try:
            for key in _ALL_KEYS:
                if not self.is_pinned(key):
                    self._rows.set_field(key, None)
        finally:
            self._loading = False
        self._rows.custom_editor().clear()
        self._rows.phone_country.set_region(self._default_region)
        self._phone_to_confirm = self._confirmed_phone = None
        self._questions.clear_answers()
        self._submit_attempted = False
        self._identifier_touched = False
        self._edited_identifiers.clear()
        self._set_banner(None)
        self.refresh_messages()
        self.draftChanged.emit()
        self._focus_field("name", select=False)

    # -- submitting ------------------------------------------------------------

    def submit(self) -> bool:
        """Check the draft; give an accepted one to ``save`` and clear for the next.

        Returns whether the lead was accepted. On refusal (errors in the
        lead, or ``save`` raising anything at all) nothing is lost: every
        input stays, every message shows, and the reason is said.
        """
        self._validate_timer.stop()
        typed_phone = self._rows.text_of("phone").strip()
        if self._phone_to_confirm is not None and self._phone_to_confirm == typed_phone:
            # The second Ctrl+Enter on a number whose problem was named: send it anyway.
            self._confirmed_phone = typed_phone
        try:
            result, _merge = self._check()
            if not result.ok:
                self._submit_attempted = True
                if result.phone_needs_confirming:
                    self._phone_to_confirm = typed_phone
                self._show_result(result)  # now also "enter at least one of …"
                self._set_banner(None)
                first = self._first_error_in(result)
                if first is not None:
                    self._focus_field(first, select=first != "phone")
                return False
            payload = dict(result.payload)
            self._pins.save(self._rows.inputs)
            if self._save is not None:
                self._save(payload)
        except Exception as exc:  # any failure to build or keep the lead is a refusal
            # The type only: the message may quote what was typed (personal data).
            log.error("could not save a lead: %s", type(exc).__name__)
            self._set_banner(save_failure(exc))
            return False
        self.submitted.emit(payload)
        self.clear_for_next_lead()
        return True

    def _check(self) -> tuple[ValidationResult, CustomMerge]:
        """Validate the one draft and show its messages; both callers see the same result."""
        draft, merge = self.draft_to_send()
        result = self._validate(draft)
        self._show_result(result)
        self._show_merge_note(merge)
        return result, merge

    def _validate(self, draft: Mapping[str, object]) -> ValidationResult:
        """The form's one way to check a draft: the phone's own country, strictly."""
        return validate(
            draft,
            default_region=self.phone_region() or None,
            strict_phone=True,
            confirmed_phone=self._confirmed_phone,
        )

    def first_error_field(self) -> str | None:
        """The key of the first field (in catalogue order) that blocks sending, if any."""
        draft, _merge = self.draft_to_send()
        return self._first_error_in(self._validate(draft))

    def refresh_messages(self) -> None:
        """Validate now and update every message, without waiting for the typing pause."""
        self._validate_timer.stop()
        try:
            self._check()
        except Exception:  # a check that fails must not stop typing; submit says why
            log.exception("checking the lead failed")

    # -- pins --------------------------------------------------------------------

    def is_pinned(self, key: str) -> bool:
        """Whether field ``key`` keeps its value across leads."""
        return self._pins.is_pinned(key)

    def set_pinned(self, key: str, pinned: bool) -> None:
        """Pin or unpin a pinnable field (saved at once)."""
        self._pins.buttons[key].setChecked(pinned)

    def pinned_keys(self) -> list[str]:
        """The keys of the pinned fields, in catalogue order."""
        return self._pins.pinned_keys()

    def toggle_pin_of_focused_field(self) -> bool:
        """Ctrl+P: pin or unpin the field the cursor is in (or whose Pin has focus).

        Returns whether there was a pinnable field to toggle.
        """
        focus = QApplication.focusWidget()
        for key, button in self._pins.buttons.items():
            if focus is not None and focus in (button, self._rows.inputs[key]):
                button.toggle()
                return True
        return False

    def on_pins_toggled(self) -> None:
        """Remember the new set of pins straight away (they are saved together)."""
        self._pins.save(self._rows.inputs)

    def on_rows_pinnableEdited(self) -> None:
        """A pinned value was edited: store the new value for the next run."""
        if self._pins.pinned_keys():
            self._pins.save(self._rows.inputs)

    # -- what the form shows -------------------------------------------------------

    def set_default_region(self, region: str | None) -> None:
        """Change the country that national phone numbers belong to (from settings)."""
        chosen_here = self.phone_region() != (self._default_region or "")
        self._default_region = region
        if not chosen_here:  # a country picked for this lead stays picked
            self._rows.phone_country.set_region(region)
        self.refresh_messages()

    def phone_region(self) -> str:
        """The country of the phone number being typed ("" when none is chosen)."""
        return self._rows.phone_country.region()

    def set_phone_region(self, region: str | None) -> None:
        """Choose the phone number's country for this lead (the default comes back after it)."""
        self._rows.phone_country.set_region(region)
        self.refresh_messages()

    def phone_country_button(self) -> QWidget:
        """The country picker on the phone field."""
        return self._rows.phone_country

    def on_phone_country_regionChanged(self, _region: str) -> None:
        """Another country was picked: national numbers are read in it from now on."""
        self._phone_to_confirm = self._confirmed_phone = None
        self.refresh_messages()
        self._schedule_duplicate_lookup()
        self.draftChanged.emit()

    def message(self, key: str) -> str:
        """The message shown under field ``key`` right now ("" if none)."""
        return shown_text(self._rows.messages[key])

    def phone_hint(self) -> str:
        """The "Will be sent as …" line under Phone ("" if hidden)."""
        return shown_text(self._rows.phone_hint)

    def duplicate_hint(self) -> str:
        """The possible-duplicate lines under Email and Phone, as plain text ("" if hidden)."""
        return self._duplicates.text()

    def merge_note(self) -> str:
        """The line under Custom data about what is merged into it ("" if hidden)."""
        return shown_text(self._rows.merge_note)

    def click_ids_expanded(self) -> bool:
        """Whether the click ID fields are shown."""
        return self._rows.click_ids_toggle.isChecked()

    def set_click_ids_expanded(self, expanded: bool) -> None:
        """Show or hide the click ID fields."""
        self._rows.click_ids_toggle.setChecked(expanded)

    # -- event presets, staff and booth (the trade-show booth kit) -------------

    def lead_context(self) -> LeadContext:
        """The answers, event, staff member and capture method that go into ``custom``.

        A lead with any consent box ticked also carries the proof object
        (``core.consent``: this form's wording's version and the time), as a
        booth visitor's does; the window keeps the full record with the lead.
        """
        values = self.values()
        extra: dict[str, object] = {}
        if any(values.get(key) is True for key in CONSENT_KEYS):
            extra[CONSENT_KEY] = {
                "version": staff_form_consent().version,
                "at": iso_time(time.time()),
            }
        return LeadContext(
            self.answers(),
            event=self._preset.name if self._preset is not None else "",
            staff_member=self._staff_member,
            capture_method=self._context_bar.capture_method(),
            contact=self._rows.contact(),
            extra=extra,
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
            changes = event_context.source_changes(
                previous, preset, self._rows.text_of, self.is_pinned
            )
            self._loading = True
            try:
                for change in changes:
                    self._rows.set_field(change.key, change.value)
                    self._pins.set_quietly(change.key, change.pinned)
            finally:
                self._loading = False
            self._pins.save(self._rows.inputs)
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

    def set_consent_text(self, text: str | None) -> None:
        """Show ``text`` above the consent checkboxes (None or "" hides it)."""
        self._rows.consent_text.setText(text or "")
        self._rows.consent_text.setVisible(bool(text))

    def set_visitor_layout(self, visitor: bool) -> None:
        """Booth mode: show visitors only their contact details, questions and consent.

        Source tags, click IDs, custom data and the event line are for staff,
        and so is the duplicate hint: it would tell a visitor about other visitors.
        """
        self._duplicates.set_visitor(visitor)
        for name in ("group_custom", "group_source", "group_click_ids"):
            box = self.findChild(QGroupBox, name)
            if box is not None:
                box.setVisible(not visitor)
        self._context_bar.setVisible(not visitor)

    # -- slots and events ---------------------------------------------------

    def on_questions_answersChanged(self) -> None:
        """An answer changed: it counts as typing (re-check, tell listeners)."""
        if self._loading:
            return
        self._validate_timer.start()
        self.draftChanged.emit()

    def _identifiers(self) -> tuple[str | None, str | None]:
        """The typed email and phone as they would be sent, for the duplicate lookup."""
        email = self._rows.text_of("email").strip() or None
        phone_typed = self._rows.text_of("phone").strip() or None
        result = self._validate(self.values())
        payload_email = result.payload.get("email")
        if email is not None and isinstance(payload_email, str):
            email = payload_email
        phone = (result.phone_e164 or phone_typed) if phone_typed else None
        return email, phone

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Notice leaving an identifier field the user edited (see ``_identifier_touched``).

        On the phone field, F4 or Alt+Down opens the country list, as on a combo box.
        """
        if event.type() == QEvent.Type.KeyPress and watched is self._rows.inputs["phone"]:
            assert isinstance(event, QKeyEvent)
            alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
            if event.key() == Qt.Key.Key_F4 or (event.key() == Qt.Key.Key_Down and alt):
                self._rows.phone_country.open_list()
                return True
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
            palette = self.palette()
            for key, label in self._rows.messages.items():
                style_label(label, self._message_kinds[key], palette)
            for hint in self._rows.duplicate_hints.values():
                style_label(hint, "warning", palette)
            style_label(self._rows.phone_hint, None, palette)
            merge_note = self._rows.merge_note
            style_label(merge_note, merge_note.property("kind"), palette)
            style_label(self._banner, "error", palette)
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------

    def _on_input_changed(self, key: str) -> None:
        if self._loading:
            return
        if key in IDENTIFIER_KEYS and self._rows.focus_target(key).hasFocus():
            self._edited_identifiers.add(key)
        if key in CLICK_ID_KEYS:
            self._update_click_ids_toggle()
        self._validate_timer.start()
        if key == "phone":
            self._phone_to_confirm = self._confirmed_phone = None
        if key in ("email", "phone"):
            self._schedule_duplicate_lookup()
        self.draftChanged.emit()

    def _schedule_duplicate_lookup(self) -> None:
        self._duplicates.schedule()

    def _first_error_in(self, result: ValidationResult) -> str | None:
        return next((f.key for f in FIELDS if f.key in result.errors), None)

    def _focus_field(self, key: str, *, select: bool) -> None:
        if key in CLICK_ID_KEYS:
            self._rows.click_ids_toggle.setChecked(True)
        widget = self._rows.inputs[key]
        target = self._rows.focus_target(key)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        if select:
            if isinstance(widget, CustomDataField) and widget.parse().line is not None:
                # Selecting a whole JSON document hides where it breaks.
                widget.go_to_error()
            else:
                select_all = getattr(target, "selectAll", None)
                if callable(select_all):
                    select_all()
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
                elif key == "custom" and self._rows.custom_editor().has_error():
                    # The editor's own status line already says where the JSON breaks.
                    kind = text = None
            else:
                text = result.warnings.get(key)
                kind = "warning" if text is not None else None
            text = translated(text) if text is not None else None
            if key == "phone" and kind == "error" and self._phone_to_confirm is not None:
                text = self.tr("{problem} Press Ctrl+Enter again to send it anyway.").format(
                    problem=text
                )
            self._set_message(key, kind, text)

        typed_phone = self._rows.text_of("phone").strip()
        shown = result.phone_display or result.phone_e164
        hint = None
        as_typed = typed_phone in (result.phone_e164, shown)
        if shown and "phone" not in result.errors and not as_typed:
            hint = self.tr("Will be sent as {number}").format(number=shown)
        show_hint(self._rows.phone_hint, hint)
        style_label(self._rows.phone_hint, None, self.palette())
        self._update_click_ids_toggle()

    def _set_message(self, key: str, kind: str | None, text: str | None) -> None:
        label = self._rows.messages[key]
        self._message_kinds[key] = kind
        target = self._rows.focus_target(key)
        if text is None:
            label.clear()
            label.hide()
            target.setAccessibleDescription(translated(FIELD_BY_KEY[key].help))
            return
        prefix = ERROR_PREFIX if kind == "error" else WARNING_PREFIX
        label.setText(f"{prefix}{text}")
        style_label(label, kind, self.palette())
        label.show()
        # Screen readers announce the description with the field, so the message
        # is heard when the cursor lands there, not only seen.
        target.setAccessibleDescription(text)

    def _show_merge_note(self, merge: CustomMerge) -> None:
        text, kind = event_context.merge_note(merge)
        show_hint(self._rows.merge_note, text)
        if text is not None:
            self._rows.merge_note.setProperty("kind", kind)
            style_label(self._rows.merge_note, kind, self.palette())

    def _set_banner(self, text: str | None) -> None:
        show_hint(self._banner, f"{ERROR_PREFIX}{translated(text)}" if text is not None else None)
        if text is not None:
            style_label(self._banner, "error", self.palette())

    def _update_click_ids_toggle(self) -> None:
        flagged = sum(1 for key in CLICK_ID_KEYS if self._message_kinds.get(key))
        self._rows.update_click_ids_toggle(flagged)
