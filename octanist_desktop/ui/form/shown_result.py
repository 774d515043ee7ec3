"""What the lead form shows for one checked draft: a message per field, the phone's
"Will be sent as …", the line about merged custom data, and the refusal banner.

The form validates a draft once and hands the result here; this module
only decides which words go under which field, in which colour, and what a
screen reader hears with each field.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel

from octanist_desktop.core.custom_merge import CustomMerge
from octanist_desktop.core.fields import FIELD_BY_KEY, FIELDS
from octanist_desktop.core.validation import ValidationResult
from octanist_desktop.ui.form import event_context
from octanist_desktop.ui.form.field_rows import CLICK_ID_KEYS, FieldRows
from octanist_desktop.ui.form.messages import (
    ERROR_PREFIX,
    WARNING_PREFIX,
    Kind,
    show_hint,
    shown_text,
    style_label,
)
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from octanist_desktop.ui.form.duplicate_hint import DuplicateHint


class ShownResult:
    """The labels of one form's ``rows`` and its ``banner``, and what each says now."""

    def __init__(self, rows: FieldRows, banner: QLabel) -> None:
        self._rows = rows
        self._banner = banner
        self._kinds: dict[str, Kind] = {f.key: None for f in FIELDS}

    def show(
        self,
        result: ValidationResult,
        palette: QPalette,
        *,
        quiet_about_identifiers: bool,
        phone_to_confirm: bool,
    ) -> None:
        """Every field's message for ``result``, and the phone's "Will be sent as …".

        ``quiet_about_identifiers``: "enter at least one of …" waits until the
        user left an identifier or tried to send. ``phone_to_confirm``: the
        phone's problem was named once; another Ctrl+Enter sends it anyway.
        """
        for field in FIELDS:
            key = field.key
            kind: Kind = None
            text = result.errors.get(key)
            if text is not None:
                kind = "error"
                if key == "name" and result.missing_identifier and quiet_about_identifiers:
                    kind = text = None
                elif key == "custom" and self._rows.custom_editor().has_error():
                    # The editor's own status line already says where the JSON breaks.
                    kind = text = None
            else:
                text = result.warnings.get(key)
                kind = "warning" if text is not None else None
            text = translated(text) if text is not None else None
            if key == "phone" and kind == "error" and phone_to_confirm:
                # The words stay in the form's translation context, where they always were.
                text = QCoreApplication.translate(
                    "LeadForm", "{problem} Press Ctrl+Enter again to send it anyway."
                ).format(problem=text)
            self._set_message(key, kind, text, palette)

        typed_phone = self._rows.text_of("phone").strip()
        shown = result.phone_display or result.phone_e164
        hint = None
        as_typed = typed_phone in (result.phone_e164, shown)
        if shown and "phone" not in result.errors and not as_typed:
            hint = QCoreApplication.translate("LeadForm", "Will be sent as {number}").format(
                number=shown
            )
        show_hint(self._rows.phone_hint, hint)
        style_label(self._rows.phone_hint, None, palette)
        self.update_click_ids_toggle()

    def _set_message(self, key: str, kind: Kind, text: str | None, palette: QPalette) -> None:
        label = self._rows.messages[key]
        self._kinds[key] = kind
        target = self._rows.focus_target(key)
        if text is None:
            label.clear()
            label.hide()
            target.setAccessibleDescription(translated(FIELD_BY_KEY[key].help))
            return
        prefix = ERROR_PREFIX if kind == "error" else WARNING_PREFIX
        label.setText(f"{prefix}{text}")
        style_label(label, kind, palette)
        label.show()
        # Screen readers announce the description with the field, so the message
        # is heard when the cursor lands there, not only seen.
        target.setAccessibleDescription(text)

    def show_merge_note(self, merge: CustomMerge, palette: QPalette) -> None:
        """The line under Custom data about what is merged into it (hidden when nothing)."""
        text, kind = event_context.merge_note(merge)
        show_hint(self._rows.merge_note, text)
        if text is not None:
            self._rows.merge_note.setProperty("kind", kind)
            style_label(self._rows.merge_note, kind, palette)

    def set_banner(self, text: str | None, palette: QPalette) -> None:
        """Say why the lead was refused above the fields (None hides it)."""
        show_hint(self._banner, f"{ERROR_PREFIX}{translated(text)}" if text is not None else None)
        if text is not None:
            style_label(self._banner, "error", palette)

    def update_click_ids_toggle(self) -> None:
        """The click IDs toggle says how many of its hidden fields have something to say."""
        flagged = sum(1 for key in CLICK_ID_KEYS if self._kinds.get(key))
        self._rows.update_click_ids_toggle(flagged)

    def restyle(self, palette: QPalette) -> None:
        """Re-colour every message for ``palette`` (light and dark switched)."""
        for key, label in self._rows.messages.items():
            style_label(label, self._kinds[key], palette)
        for hint in self._rows.duplicate_hints.values():
            style_label(hint, "warning", palette)
        style_label(self._rows.phone_hint, None, palette)
        merge_note = self._rows.merge_note
        style_label(merge_note, merge_note.property("kind"), palette)
        style_label(self._banner, "error", palette)


class ShownText:
    """Mixed into ``LeadForm``: what it shows right now, read back as text."""

    if TYPE_CHECKING:
        # What the form provides.
        _rows: FieldRows
        _duplicates: DuplicateHint

    def message(self, key: str) -> str:
        """The message shown under field ``key`` right now ("" if none)."""
        return shown_text(self._rows.messages[key])

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
