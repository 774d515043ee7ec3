"""The keyboard-first lead form: type, Tab, Ctrl+Return, next visitor.

Composition only: ``field_rows`` builds one row per catalogue field,
``form_layout`` lays them out (Tab chain, shortcuts), ``form_values`` reads
and fills the inputs, ``shown_result`` says what a check found, ``pins``
keeps values between leads, ``phone_input`` handles the phone's country,
``event_inputs`` and ``event_context`` add what an event preset, the staff
member and booth mode contribute. The form checks
the draft as it is typed but never talks to the network or the database:
an accepted lead goes to the ``save`` it was given, and the form is ready
for the next one.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QApplication, QWidget

from octanist_desktop.core.custom_merge import CustomMerge
from octanist_desktop.core.fields import FIELDS, IDENTIFIER_KEYS
from octanist_desktop.core.presets import EventPreset
from octanist_desktop.core.validation import ValidationResult, validate
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.ui.form import form_layout
from octanist_desktop.ui.form.custom_rows import CustomDataField
from octanist_desktop.ui.form.duplicate_hint import DuplicateHint, DuplicateLookup
from octanist_desktop.ui.form.event_inputs import EventInputs
from octanist_desktop.ui.form.field_rows import CLICK_ID_KEYS, FieldRows
from octanist_desktop.ui.form.form_values import ALL_KEYS, FormValues
from octanist_desktop.ui.form.messages import (
    ERROR_PREFIX,
    WARNING_PREFIX,
    save_failure,
)
from octanist_desktop.ui.form.phone_input import PhoneInput
from octanist_desktop.ui.form.pins import FieldPins
from octanist_desktop.ui.form.shown_result import ShownResult, ShownText
from octanist_desktop.ui.screen_reader import announce
from octanist_desktop.ui.words import translated

log = logging.getLogger(__name__)

#: ``save(payload)`` keeps an accepted lead and returns its id; raising refuses it.
SaveLead = Callable[[dict[str, object]], int]

# Validation is fast, but a short pause stops messages flickering mid-word.
VALIDATE_DELAY_MS = 150

__all__ = ["ERROR_PREFIX", "WARNING_PREFIX", "DuplicateLookup", "LeadForm", "SaveLead"]


class LeadForm(FormValues, EventInputs, PhoneInput, ShownText, QWidget):
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

        form_layout.add_shortcuts(self, self.submit, self.toggle_pin_of_focused_field)
        self.refresh_messages()

    def _build(self) -> None:
        parts = form_layout.lay_out(self, self._rows)
        self._parts = parts
        self._banner, self._questions = parts.banner, parts.questions
        self._context_bar, self._scroll = parts.context_bar, parts.scroll
        self._questions.answersChanged.connect(self.on_questions_answersChanged)
        self._context_bar.captureMethodChanged.connect(self.captureMethodChanged)
        # What the fields and the banner say for the last check (ui/form/shown_result.py).
        self._shown = ShownResult(self._rows, self._banner)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_app_focusChanged)

    @Slot(QWidget, QWidget)
    def on_app_focusChanged(self, _old: QWidget | None, new: QWidget | None) -> None:
        """Scroll a field that takes the focus into view, however it got it.

        The scroll area does that only for Tab pressed inside it: Tab round from the
        window's tabs to Name left Name scrolled out of sight, and the cursor with it.
        """
        content = self._scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new)

    def _chain_tab_order(self) -> None:
        form_layout.chain_tab_order(self._tab_head, self._rows, self._parts, self._tab_tail)

    def set_tab_ends(self, head: list[QWidget], tail: list[QWidget]) -> None:
        """Put the window's ``head`` before the form in the Tab chain and ``tail`` after it."""
        self._tab_head = list(head)
        self._tab_tail = list(tail)
        self._chain_tab_order()

    # -- the draft (reading and filling it: form_values) ---------------------------

    def clear_for_next_lead(self) -> None:
        """Empty every field that isn't pinned, clear messages and put the cursor in Name."""
        self._validate_timer.stop()
        self._duplicates.clear()
        self._loading = True
        try:
            for key in ALL_KEYS:
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
                    self._announce_problems(first, len(result.errors))
                return False
            payload = dict(result.payload)
            self._pins.save(self._rows.inputs)
            if self._save is not None:
                self._save(payload)
        except Exception as exc:  # any failure to build or keep the lead is a refusal
            # The type only: the message may quote what was typed (personal data).
            log.error("could not save a lead: %s", type(exc).__name__)
            self._set_banner(save_failure(exc))
            announce(self, translated(save_failure(exc)), urgent=True)
            return False
        self.submitted.emit(payload)
        self.clear_for_next_lead()
        return True

    def _check(self) -> tuple[ValidationResult, CustomMerge]:
        """Validate the one draft and show its messages; both callers see the same result."""
        draft, merge = self.draft_to_send()
        result = self._validate(draft)
        self._show_result(result)
        self._shown.show_merge_note(merge, self.palette())
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

    # -- pins (the direct calls are in form_values) ---------------------------------

    def on_pins_toggled(self) -> None:
        """Remember the new set of pins straight away (they are saved together)."""
        self._pins.save(self._rows.inputs)

    def on_rows_pinnableEdited(self) -> None:
        """A pinned value was edited: store the new value for the next run."""
        if self._pins.pinned_keys():
            self._pins.save(self._rows.inputs)

    # -- the phone's country (ui/form/phone_input.py) ------------------------------

    def on_phone_country_regionChanged(self, _region: str) -> None:
        """Another country was picked: national numbers are read in it from now on."""
        self._phone_to_confirm = self._confirmed_phone = None
        self.refresh_messages()
        self._schedule_duplicate_lookup()
        self.draftChanged.emit()

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
        # .get: an app style sheet (high contrast) sends events while the rows are built.
        if watched is self._rows.inputs.get("phone") and self._phone_key_opens_list(event):
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
            self._shown.restyle(self.palette())
        super().changeEvent(event)

    # -- internals ----------------------------------------------------------

    def _on_input_changed(self, key: str) -> None:
        if self._loading:
            return
        if key in IDENTIFIER_KEYS and self._rows.focus_target(key).hasFocus():
            self._edited_identifiers.add(key)
        if key in CLICK_ID_KEYS:
            self._shown.update_click_ids_toggle()
        self._validate_timer.start()
        if key == "phone":
            self._phone_to_confirm = self._confirmed_phone = None
        if key in ("email", "phone"):
            self._schedule_duplicate_lookup()
        self.draftChanged.emit()

    def _schedule_duplicate_lookup(self) -> None:
        self._duplicates.schedule()

    def _show_result(self, result: ValidationResult) -> None:
        self._shown.show(
            result,
            self.palette(),
            quiet_about_identifiers=not (self._submit_attempted or self._identifier_touched),
            phone_to_confirm=self._phone_to_confirm is not None,
        )

    def _set_banner(self, text: str | None) -> None:
        self._shown.set_banner(text, self.palette())

    def _announce_problems(self, first: str, count: int) -> None:
        # Focus lands on the field, but a screen reader reads its name, not the red line
        # under it: say what stopped the lead and where, once, when Send was refused.
        text = self.tr("Not sent: %n field(s) to fix. {field}: {problem}", None, count).format(
            field=self._rows.focus_target(first).accessibleName(), problem=self.message(first)
        )
        announce(self, text, urgent=True)

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
