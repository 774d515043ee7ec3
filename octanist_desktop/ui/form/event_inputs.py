"""The lead form's event side: the preset, its questions, the staff member, how the lead was
captured, the consent wording, and the visitor layout booth mode shows.

What these contribute reaches the lead through ``lead_context()``, merged
into ``custom`` by ``event_context.draft_to_send`` before ``validate()``
sees the draft.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, cast

from PySide6.QtWidgets import QGroupBox, QWidget

from octanist_desktop.core.consent import CONSENT_KEY, iso_time, staff_form_consent
from octanist_desktop.core.custom_merge import LeadContext
from octanist_desktop.core.fields import CONSENT_KEYS
from octanist_desktop.core.presets import EventPreset, answers_for_custom
from octanist_desktop.ui.form import event_context

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from octanist_desktop.ui.form.context_bar import LeadContextBar
    from octanist_desktop.ui.form.duplicate_hint import DuplicateHint
    from octanist_desktop.ui.form.field_rows import FieldRows
    from octanist_desktop.ui.form.pins import FieldPins
    from octanist_desktop.ui.form.qualifying_questions import QualifyingQuestions


class EventInputs:
    """Mixed into ``LeadForm``: its event preset, staff, capture and booth-layout methods.

    Only methods called directly live here; what a signal calls stays on
    ``LeadForm`` itself, a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the form provides.
        draftChanged: SignalInstance
        _preset: EventPreset | None
        _staff_member: str
        _loading: bool
        _rows: FieldRows
        _pins: FieldPins
        _questions: QualifyingQuestions
        _context_bar: LeadContextBar
        _duplicates: DuplicateHint

        def values(self) -> dict[str, object]: ...
        def is_pinned(self, key: str) -> bool: ...
        def refresh_messages(self) -> None: ...
        def _chain_tab_order(self) -> None: ...

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
            box = cast(QWidget, self).findChild(QGroupBox, name)
            if box is not None:
                box.setVisible(not visitor)
        self._context_bar.setVisible(not visitor)
