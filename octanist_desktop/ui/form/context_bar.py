"""The line above the lead form: which event, which staff member, how the lead was taken."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from octanist_desktop.core.presets import CAPTURE_LABELS, CAPTURE_METHODS
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.words import translated

NO_EVENT = QT_TRANSLATE_NOOP("LeadContextBar", "No event preset")
CAPTURE_LABEL = QT_TRANSLATE_NOOP("LeadContextBar", "Captured via:")


class LeadContextBar(QWidget):
    """Shows the active event and staff member, and picks the capture method.

    The capture method is set once per shift, not per lead, so its selector
    stays out of the Tab chain (like the pins); the form gives its label an
    Alt+letter that no field uses.

    Signals:
        captureMethodChanged(str): the user picked a method ("" for not said).
    """

    captureMethodChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("leadContextBar")
        self.event_label = QLabel(translated(NO_EVENT), self)
        self.event_label.setObjectName("eventName")
        self.event_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_label = QLabel(self)
        self.staff_label.setObjectName("staffMember")
        self.staff_label.setTextFormat(Qt.TextFormat.PlainText)
        self.staff_label.hide()

        self.capture_combo = QComboBox(self)
        self.capture_combo.setObjectName("captureMethod")
        self.capture_combo.setAccessibleName(self.tr("Captured via"))
        self.capture_combo.setToolTip(self.tr("How this lead was taken; sent in custom data"))
        for method in ("", *CAPTURE_METHODS):
            self.capture_combo.addItem(translated(CAPTURE_LABELS[method]), method)
        # In the Tab chain, after the form's fields: set once per event, not per lead.
        self.capture_combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.capture_combo.activated.connect(self.on_capture_combo_activated)
        self.capture_label = QLabel(translated(CAPTURE_LABEL), self)
        self.capture_label.setObjectName("captureMethod_label")
        self.capture_label.setBuddy(self.capture_combo)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.addWidget(self.event_label)
        layout.addWidget(self.staff_label)
        layout.addStretch(1)
        layout.addWidget(self.capture_label)
        layout.addWidget(self.capture_combo)

    def set_event(self, name: str | None) -> None:
        """Show the active preset's name (None: no event)."""
        self.event_label.setText(
            self.tr("Event: {name}").format(name=name) if name else translated(NO_EVENT)
        )

    def set_staff_member(self, name: str) -> None:
        """Show who is taking leads ("" hides it)."""
        self.staff_label.setText(self.tr("· Staff: {name}").format(name=name) if name else "")
        self.staff_label.setVisible(bool(name))

    def capture_method(self) -> str:
        """The chosen method ("" for not said)."""
        method = self.capture_combo.currentData()
        return method if isinstance(method, str) else ""

    def set_capture_method(self, method: str) -> None:
        """Choose a method without announcing it (an unknown one means not said)."""
        index = self.capture_combo.findData(method)
        self.capture_combo.setCurrentIndex(max(index, 0))

    def on_capture_combo_activated(self, _index: int) -> None:
        """The user picked a method: pass it on to be remembered."""
        self.captureMethodChanged.emit(self.capture_method())
