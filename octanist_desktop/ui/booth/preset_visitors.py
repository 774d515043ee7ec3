"""The presets dialog's Booth visitors tab: what visitors are asked for, and the consent wording.

An untouched default wording stays "the default" (it follows the app's
language); an edited one is the event's own, and each change is a new
version.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from octanist_desktop.core.consent import ConsentText, default_consent
from octanist_desktop.core.fields import CUSTOM_FIELD_BY_KEY, FIELD_BY_KEY
from octanist_desktop.core.presets import VISITOR_FIELD_CHOICES, EventPreset
from octanist_desktop.ui.booth.consent_editor import ConsentEditor
from octanist_desktop.ui.language import spoken
from octanist_desktop.ui.words import translated

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTabWidget


class PresetVisitors:
    """Mixed into ``PresetDialog``: builds its Booth visitors tab and says which wording it is.

    What the tab's boxes signal (``on_visitor_page_edited``) stays on
    ``PresetDialog`` itself, a QObject class, so Qt knows its receiver.
    """

    if TYPE_CHECKING:
        # What the dialog provides.
        editor: QTabWidget

        def on_visitor_page_edited(self, *_args: object) -> None: ...

    def _build_visitor_page(self) -> QWidget:
        assert isinstance(self, QWidget)  # mixed into PresetDialog
        page = QWidget(self.editor)
        page.setObjectName("presetVisitorPage")
        self.visitor_field_boxes: dict[str, QCheckBox] = {}
        asked = QHBoxLayout()
        for key in VISITOR_FIELD_CHOICES:
            label = translated(
                FIELD_BY_KEY[key].label if key in FIELD_BY_KEY else CUSTOM_FIELD_BY_KEY[key].label
            )
            box = QCheckBox(label, page)
            box.setObjectName(f"visitorField_{key}")
            box.setAccessibleDescription(
                QCoreApplication.translate(
                    "PresetDialog", "Ask booth visitors for their {field}"
                ).format(field=label.lower())
            )
            box.toggled.connect(self.on_visitor_page_edited)
            self.visitor_field_boxes[key] = box
            asked.addWidget(box)
        asked.addStretch(1)
        self.consent_editor = ConsentEditor(page)
        self.consent_editor.changed.connect(self.on_visitor_page_edited)
        self.consent_note = QLabel(page)
        self.consent_note.setObjectName("consentNote")
        self.consent_note.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "PresetDialog", "In booth mode, visitors are asked for:"
                ),
                page,
            )
        )
        layout.addLayout(asked)
        layout.addSpacing(8)
        layout.addWidget(
            QLabel(
                QCoreApplication.translate(
                    "PresetDialog", "What visitors agree to (never ticked in advance):"
                ),
                page,
            )
        )
        layout.addWidget(self.consent_editor)
        layout.addWidget(self.consent_note)
        layout.addStretch(1)
        return page

    def _default_consent(self) -> ConsentText:
        return default_consent(spoken())

    def _show_consent_note(self, preset: EventPreset) -> None:
        if preset.consent is None:
            text = QCoreApplication.translate(
                "PresetDialog",
                "This is the default wording. Edit it to make it this event's own; each change "
                "is a new version, and leads already taken keep the words they were shown.",
            )
        else:
            text = QCoreApplication.translate(
                "PresetDialog",
                "Version {version}. Each change is a new version; leads already taken keep "
                "the words they were shown.",
            ).format(version=preset.consent.version)
        self.consent_note.setText(text)
