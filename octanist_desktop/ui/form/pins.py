"""Pins on the lead form: fields that keep their value for the next lead and after a restart."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLineEdit, QToolButton, QWidget

from octanist_desktop.core.fields import Field
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.ui.words import translated

log = logging.getLogger(__name__)


class FieldPins(QObject):
    """The Pin buttons beside pinnable fields, and where their values are kept.

    Signals:
        toggled(): a pin was switched by the user (not by ``set_quietly``).
    """

    toggled = Signal()

    def __init__(self, store: PinnedValues | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self.buttons: dict[str, QToolButton] = {}

    def new_button(self, field: Field, parent: QWidget) -> QToolButton:
        """The Pin button for ``field``."""
        pin = QToolButton(parent)
        pin.setObjectName(f"pin_{field.key}")
        pin.setText(self.tr("Pin"))
        pin.setCheckable(True)
        # In the Tab chain right after its field, like every control (Ctrl+P from the field).
        pin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        label = translated(field.label)
        pin.setAccessibleName(self.tr("Pin {field}").format(field=label))
        pin.setToolTip(
            self.tr(
                "Pin {field}: keep this value for the next lead, and after a restart (Ctrl+P)"
            ).format(field=label)
        )
        pin.toggled.connect(self.toggled)
        self.buttons[field.key] = pin
        return pin

    def is_pinned(self, key: str) -> bool:
        """Whether field ``key`` keeps its value across leads."""
        pin = self.buttons.get(key)
        return pin is not None and pin.isChecked()

    def pinned_keys(self) -> list[str]:
        """The keys of the pinned fields, in catalogue order."""
        return [key for key in self.buttons if self.is_pinned(key)]

    def set_quietly(self, key: str, pinned: bool) -> None:
        """Pin or unpin without ``toggled`` (the form is changing itself)."""
        pin = self.buttons[key]
        pin.blockSignals(True)
        pin.setChecked(pinned)
        pin.blockSignals(False)

    def restore(self, inputs: dict[str, QWidget]) -> None:
        """Put the stored pinned values back into their fields, pinned."""
        if self._store is None:
            return
        for key, value in self._store.load().items():
            line = inputs.get(key)
            if key not in self.buttons or not isinstance(line, QLineEdit):
                continue
            line.setText(value)
            self.set_quietly(key, True)

    def save(self, inputs: dict[str, QWidget]) -> None:
        """Store the pinned fields' values now (they are saved together)."""
        if self._store is None:
            return
        pins: dict[str, str] = {}
        for key in self.pinned_keys():
            line = inputs[key]
            if isinstance(line, QLineEdit):
                pins[key] = line.text()
        try:
            self._store.save(pins)
        except OSError as exc:
            # Pins are a convenience; failing to store them must not stop a lead.
            log.warning("Could not save pinned values to %s: %s", self._store.path, exc)
