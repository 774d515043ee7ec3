"""What the lead form holds: read it, fill it, and which fields keep their value (pins).

The one draft the form checks, shows and sends is ``draft_to_send``: the
values as typed, with the preset's note prefix and the event context merged
in (``event_context``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from octanist_desktop.core.custom_merge import CustomMerge, LeadContext
from octanist_desktop.core.fields import CUSTOM_FIELDS, FIELDS
from octanist_desktop.core.presets import EventPreset
from octanist_desktop.ui.form import event_context
from octanist_desktop.ui.form.field_rows import CLICK_ID_KEYS

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from octanist_desktop.ui.form.field_rows import FieldRows
    from octanist_desktop.ui.form.pins import FieldPins

#: Every input the form fills and clears: the API fields, then company and job title.
ALL_KEYS = (*(f.key for f in FIELDS), *(f.key for f in CUSTOM_FIELDS))


class FormValues:
    """Mixed into ``LeadForm``: its values in and out, and its pins.

    Only methods called directly live here; what a signal calls stays on
    ``LeadForm`` itself, a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the form provides.
        draftChanged: SignalInstance
        _preset: EventPreset | None
        _loading: bool
        _rows: FieldRows
        _pins: FieldPins

        def refresh_messages(self) -> None: ...
        def _schedule_duplicate_lookup(self) -> None: ...
        def lead_context(self) -> LeadContext: ...
        def answers(self) -> dict[str, object]: ...

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
            for key in ALL_KEYS:
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
