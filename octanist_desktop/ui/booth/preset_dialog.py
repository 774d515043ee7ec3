"""The event presets dialog: create, edit, duplicate and delete presets and their questions.

Works on a copy of the library: nothing is saved until Save, and Cancel
forgets every change. A renamed active preset stays active.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.presets import (
    SOURCE_KEYS,
    EventPreset,
    PresetLibrary,
    Question,
    QuestionKind,
    duplicate_name,
    library_problems,
    question_key,
)
from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.ui.booth.preset_questions import PresetQuestions, dialog_button
from octanist_desktop.ui.booth.preset_visitors import PresetVisitors
from octanist_desktop.ui.message_colours import error_colour
from octanist_desktop.ui.screen_reader import chain_tab_order, describe_dialog_buttons
from octanist_desktop.ui.words import translated

NEW_PRESET_NAME = QT_TRANSLATE_NOOP("PresetDialog", "New event")


class PresetDialog(PresetQuestions, PresetVisitors, QDialog):
    """Edits a copy of a ``PresetLibrary``; ``library()`` is the result once accepted.

    Left: the presets (New, Duplicate, Delete). Right: the selected preset's
    name, Source defaults, note prefix and questions; below the question
    list, the selected question's text, key, kind, (for a choice) options,
    one per line, and whether only staff answer it. A second tab holds what
    booth visitors are asked for and the consent wording they see.
    """

    def __init__(self, library: PresetLibrary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Event presets"))
        self.setObjectName("presetDialog")
        self.resize(820, 620)
        self._presets: list[EventPreset] = list(library.presets)
        # The name each row had when the dialog opened (None: added here), so
        # the active preset can be followed through a rename.
        self._origins: list[str | None] = [p.name for p in library.presets]
        self._active_name = library.active_name
        self._result = library
        self._loading = False

        self.preset_list = QListWidget(self)
        self.preset_list.setObjectName("presetList")
        # Event names are long ("Expo Amsterdam 2026 — hall 3"): wrap them, never cut them.
        self.preset_list.setWordWrap(True)
        self.preset_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.preset_list.setMinimumWidth(200)
        self.preset_list.setAccessibleName(self.tr("Events"))
        self.preset_list.setAccessibleDescription(
            self.tr("The events you prepared; the one selected is edited on the right")
        )
        self.preset_list.currentRowChanged.connect(self.on_preset_list_currentRowChanged)
        self.new_button = dialog_button(
            self.tr("&New"), self.add_preset, self.tr("Adds an empty event to the list")
        )
        self.duplicate_button = dialog_button(
            self.tr("Dup&licate"),
            self.duplicate_preset,
            self.tr("Adds a copy of the selected event, to change for the next one"),
        )
        self.delete_button = dialog_button(
            self.tr("&Delete"), self.delete_preset, self.tr("Removes the selected event")
        )
        left = QVBoxLayout()
        left.addWidget(self.preset_list, 1)
        for button in (self.new_button, self.duplicate_button, self.delete_button):
            left.addWidget(button)

        self.editor = QTabWidget(self)
        self.editor.setObjectName("presetTabs")
        # Its tab bar is the Tab stop; the tab widget itself would be a second one
        # after Cancel, sending Tab back into the editor instead of round to the list.
        self.editor.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.editor.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.editor.tabBar().setAccessibleName(self.tr("Event pages"))
        self.event_page = QWidget(self.editor)
        self.name_edit = self._preset_line("presetName")
        self.name_edit.setAccessibleDescription(
            self.tr("The event's name, as leads from it are tagged in History")
        )
        self.source_edits = {key: self._preset_line(f"preset_{key}") for key in SOURCE_KEYS}
        self.prefix_edit = self._preset_line("presetNotePrefix")
        self.prefix_edit.setPlaceholderText(
            self.tr("e.g. [Expo Amsterdam 2026] — put before every note")
        )
        details = QFormLayout()
        details.addRow(self.tr("N&ame:"), self.name_edit)
        for key, edit in self.source_edits.items():
            field = FIELD_BY_KEY[key]
            edit.setPlaceholderText(translated(field.help))
            details.addRow(self.tr("{label}:").format(label=translated(field.label)), edit)
        details.addRow(self.tr("Note pre&fix:"), self.prefix_edit)

        questions_box = self._build_questions_box(self.event_page)

        editor_layout = QVBoxLayout(self.event_page)
        editor_layout.addLayout(details)
        editor_layout.addWidget(questions_box, 1)
        self.editor.addTab(self.event_page, self.tr("&Event"))
        self.editor.addTab(self._build_visitor_page(), self.tr("Booth &visitors"))
        self.editor.setTabToolTip(0, self.tr("The event's name, sources and questions"))
        self.editor.setTabToolTip(1, self.tr("What booth visitors are asked and agree to"))

        self.message = QLabel(self)
        self.message.setObjectName("presetMessage")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {error_colour(self.palette())};")
        self.message.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        # Alt+S must press Save: without an owner it went to the focused answer-type
        # list, which took the "s" as a search and changed the question's type.
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("&Save"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        describe_dialog_buttons(buttons, accept=self.tr("Saves every event and closes this window"))

        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addWidget(self.editor, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        # Built column by column, but Save and Cancel came last in the chain only after
        # New / Duplicate / Delete, which sit under the list on the left.
        chain_tab_order(
            [
                self.preset_list,
                self.new_button,
                self.duplicate_button,
                self.delete_button,
                self.editor.tabBar(),
                self.name_edit,
                *self.source_edits.values(),
                self.prefix_edit,
                self.question_list,
                self.add_question_button,
                self.remove_question_button,
                self.up_button,
                self.down_button,
                self.question_label_edit,
                self.question_key_edit,
                self.question_kind_combo,
                self.options_edit,
                self.staff_only_box,
                *self.visitor_field_boxes.values(),
                *self.consent_editor.tab_stops(),
                buttons.button(QDialogButtonBox.StandardButton.Save),
                buttons.button(QDialogButtonBox.StandardButton.Cancel),
            ]
        )
        self._refresh_preset_list(0 if self._presets else -1)

    # -- results ------------------------------------------------------------------

    def presets(self) -> list[EventPreset]:
        """The presets as edited so far."""
        return list(self._presets)

    def library(self) -> PresetLibrary:
        """The edited library (the original until the dialog is accepted)."""
        return self._result

    def accept(self) -> None:
        """Save only a library without problems; otherwise say what to fix."""
        presets = [self._cleaned(p) for p in self._presets]
        problems = library_problems(presets)
        if problems:
            self.message.setText("\n".join(translated(problem) for problem in problems[:5]))
            self.message.show()
            return
        active = None
        for preset, origin in zip(presets, self._origins, strict=True):
            if origin is not None and origin == self._active_name:
                active = preset.name
        self._result = PresetLibrary(tuple(presets)).with_active(active)
        super().accept()

    # -- presets ------------------------------------------------------------------

    def add_preset(self) -> None:
        """A new, empty preset with a name no other preset has."""
        name = first = translated(NEW_PRESET_NAME)
        names = [p.name for p in self._presets]
        number = 2
        while name in names:
            name = f"{first} {number}"
            number += 1
        self._insert(EventPreset(name), None)
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def duplicate_preset(self) -> None:
        """A copy of the selected preset, named "… (copy)"."""
        row = self.preset_list.currentRow()
        if row < 0:
            return
        preset = self._presets[row]
        copy = replace(preset, name=duplicate_name(preset.name, [p.name for p in self._presets]))
        self._insert(copy, None)

    def delete_preset(self) -> None:
        """Remove the selected preset (Cancel brings it back)."""
        row = self.preset_list.currentRow()
        if row < 0:
            return
        del self._presets[row]
        del self._origins[row]
        self._refresh_preset_list(min(row, len(self._presets) - 1))

    def _insert(self, preset: EventPreset, origin: str | None) -> None:
        row = self.preset_list.currentRow() + 1
        self._presets.insert(row, preset)
        self._origins.insert(row, origin)
        self._refresh_preset_list(row)

    def _refresh_preset_list(self, row: int) -> None:
        self._loading = True
        try:
            self.preset_list.clear()
            self.preset_list.addItems([p.name for p in self._presets])
            for index, preset in enumerate(self._presets):
                self.preset_list.item(index).setToolTip(preset.name)
        finally:
            self._loading = False
        self.preset_list.setCurrentRow(row)
        self._load_preset(row)

    def on_preset_list_currentRowChanged(self, row: int) -> None:
        """Show the selected preset in the editor."""
        if not self._loading:
            self._load_preset(row)

    def _load_preset(self, row: int) -> None:
        has_preset = 0 <= row < len(self._presets)
        self.editor.setEnabled(has_preset)
        self.duplicate_button.setEnabled(has_preset)
        self.delete_button.setEnabled(has_preset)
        preset = self._presets[row] if has_preset else EventPreset("")
        self._loading = True
        try:
            self.name_edit.setText(preset.name)
            for key, edit in self.source_edits.items():
                edit.setText(getattr(preset, key))
            self.prefix_edit.setText(preset.note_prefix)
            self.question_list.clear()
            self.question_list.addItems([q.label for q in preset.questions])
            for key, box in self.visitor_field_boxes.items():
                box.setChecked(key in preset.visitor_fields)
            self.consent_editor.set_consent(preset.consent or self._default_consent())
        finally:
            self._loading = False
        self._show_consent_note(preset)
        self.question_list.setCurrentRow(0 if preset.questions else -1)
        self._load_question()

    def _preset_line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self.editor)
        edit.setObjectName(name)
        edit.textEdited.connect(self.on_preset_edited)
        return edit

    def on_preset_edited(self, _text: str = "") -> None:
        """Copy the editor's preset fields into the working copy."""
        row = self.preset_list.currentRow()
        if self._loading or row < 0:
            return
        texts = {key: edit.text() for key, edit in self.source_edits.items()}
        self._presets[row] = replace(
            self._presets[row],
            name=self.name_edit.text(),
            website=texts["website"],
            path=texts["path"],
            utm_source=texts["utm_source"],
            utm_medium=texts["utm_medium"],
            utm_campaign=texts["utm_campaign"],
            note_prefix=self.prefix_edit.text(),
        )
        item = self.preset_list.item(row)
        if item is not None:
            item.setText(self.name_edit.text())
            item.setToolTip(self.name_edit.text())

    # -- booth visitors (building the tab and its consent note: preset_visitors) -----

    def on_visitor_page_edited(self, *_args: object) -> None:
        """Copy what visitors are asked and the consent wording into the working copy."""
        row = self.preset_list.currentRow()
        if self._loading or row < 0:
            return
        fields = tuple(key for key, box in self.visitor_field_boxes.items() if box.isChecked())
        preset = self._presets[row]
        edited = self.consent_editor.consent()
        # Untouched default wording stays "the default" (it follows the app's language).
        unchanged_default = preset.consent is None and edited == self._default_consent()
        consent = None if unchanged_default else edited
        self._presets[row] = replace(preset, visitor_fields=fields, consent=consent)
        self._show_consent_note(self._presets[row])

    # -- questions (building the box and editing the list: preset_questions) ------

    def on_question_list_currentRowChanged(self, _row: int) -> None:
        """Show the selected question below the list."""
        if not self._loading:
            self._load_question()

    def on_question_label_edited(self, text: str) -> None:
        """A key still derived from the old text follows the new one."""
        questions = self._current_questions()
        row = self.question_list.currentRow()
        if self._loading or not 0 <= row < len(questions):
            return
        others = [q.key for i, q in enumerate(questions) if i != row]
        if self.question_key_edit.text() == question_key(questions[row].label, others):
            self.question_key_edit.setText(question_key(text, others))
        self.on_question_edited()

    def on_question_edited(self, *_args: object) -> None:
        """Copy the question editor into the working copy."""
        questions = self._current_questions()
        row = self.question_list.currentRow()
        if self._loading or not 0 <= row < len(questions):
            return
        kind = QuestionKind(str(self.question_kind_combo.currentData()))
        options = tuple(
            line.strip() for line in self.options_edit.toPlainText().splitlines() if line.strip()
        )
        questions[row] = Question(
            self.question_key_edit.text().strip(),
            self.question_label_edit.text(),
            kind,
            # Kept while editing even for other kinds, so switching back loses nothing.
            options,
            self.staff_only_box.isChecked(),
        )
        preset_row = self.preset_list.currentRow()
        self._presets[preset_row] = replace(self._presets[preset_row], questions=tuple(questions))
        item = self.question_list.item(row)
        if item is not None:
            item.setText(self.question_label_edit.text())
        self._update_options_enabled()

    @staticmethod
    def _cleaned(preset: EventPreset) -> EventPreset:
        return replace(
            preset,
            name=preset.name.strip(),
            questions=tuple(
                replace(
                    q,
                    label=q.label.strip(),
                    options=q.options if q.kind is QuestionKind.CHOICE else (),
                )
                for q in preset.questions
            ),
        )
