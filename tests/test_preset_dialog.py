"""The presets dialog: create, edit, duplicate, delete presets and their questions."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QDialog
from pytestqt.qtbot import QtBot

from octanist_desktop.core.presets import EventPreset, PresetLibrary, Question, QuestionKind
from octanist_desktop.ui.booth.preset_dialog import PresetDialog

EXPO = EventPreset(
    "Expo", utm_source="expo", questions=(Question("fit", "Fit?", QuestionKind.RATING),)
)


@pytest.fixture
def dialog(qtbot: QtBot) -> PresetDialog:
    dialog = PresetDialog(PresetLibrary((EXPO,), "Expo"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot: QtBot, widget: object, text: str) -> None:
    """Select all in a line edit and type over it, as a user would."""
    widget.setFocus()  # type: ignore[attr-defined]
    widget.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(widget, text)  # type: ignore[arg-type]


def test_a_new_preset_with_a_choice_question_is_saved(qtbot: QtBot, dialog: PresetDialog) -> None:
    qtbot.mouseClick(dialog.new_button, Qt.MouseButton.LeftButton)
    assert dialog.name_edit.hasFocus()
    qtbot.keyClicks(dialog.name_edit, "Fair Utrecht")
    retype(qtbot, dialog.source_edits["utm_campaign"], "fair-26")
    retype(qtbot, dialog.prefix_edit, "[Fair]")
    qtbot.mouseClick(dialog.add_question_button, Qt.MouseButton.LeftButton)
    assert dialog.question_label_edit.hasFocus()
    qtbot.keyClicks(dialog.question_label_edit, "Company size")
    assert dialog.question_key_edit.text() == "company_size"  # follows the text
    qtbot.keyClicks(dialog.question_kind_combo, "c")  # "Choice", by its first letter
    assert dialog.options_edit.isEnabled()
    dialog.options_edit.setFocus()
    qtbot.keyClicks(dialog.options_edit, "1-10")
    qtbot.keyClick(dialog.options_edit, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.options_edit, "11+")

    with qtbot.waitSignal(dialog.finished) as finished:
        dialog.accept()
    assert finished.args == [QDialog.DialogCode.Accepted.value]
    library = dialog.library()
    assert library.names() == ["Expo", "Fair Utrecht"]
    assert library.active_name == "Expo"
    fair = library.presets[1]
    assert fair.utm_campaign == "fair-26"
    assert fair.note_prefix == "[Fair]"
    assert fair.questions == (
        Question("company_size", "Company size", QuestionKind.CHOICE, ("1-10", "11+")),
    )


def test_renaming_the_active_preset_keeps_it_active(qtbot: QtBot, dialog: PresetDialog) -> None:
    retype(qtbot, dialog.name_edit, "Expo Amsterdam")
    assert dialog.preset_list.item(0).text() == "Expo Amsterdam"
    dialog.accept()
    assert dialog.library().active_name == "Expo Amsterdam"


def test_duplicate_then_delete(qtbot: QtBot, dialog: PresetDialog) -> None:
    qtbot.mouseClick(dialog.duplicate_button, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.presets()] == ["Expo", "Expo (copy)"]
    assert dialog.presets()[1].questions == EXPO.questions
    dialog.preset_list.setCurrentRow(0)
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    dialog.accept()
    library = dialog.library()
    assert library.names() == ["Expo (copy)"]
    assert library.active_name is None  # the active one was deleted


def test_questions_can_be_reordered_and_removed(qtbot: QtBot, dialog: PresetDialog) -> None:
    qtbot.mouseClick(dialog.add_question_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.question_label_edit, "Budget")
    qtbot.mouseClick(dialog.up_button, Qt.MouseButton.LeftButton)
    assert [q.key for q in dialog.presets()[0].questions] == ["budget", "fit"]
    dialog.question_list.setCurrentRow(1)
    qtbot.mouseClick(dialog.remove_question_button, Qt.MouseButton.LeftButton)
    assert [q.key for q in dialog.presets()[0].questions] == ["budget"]


def test_problems_keep_the_dialog_open(qtbot: QtBot, dialog: PresetDialog) -> None:
    qtbot.mouseClick(dialog.add_question_button, Qt.MouseButton.LeftButton)
    retype(qtbot, dialog.question_key_edit, "fit")
    with qtbot.assert_not_emitted(dialog.finished):
        dialog.accept()
    assert dialog.isVisible()
    assert "used by another question" in dialog.message.text()
    assert dialog.library() == PresetLibrary((EXPO,), "Expo")


def test_cancel_forgets_every_change(qtbot: QtBot, dialog: PresetDialog) -> None:
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    dialog.reject()
    assert dialog.library() == PresetLibrary((EXPO,), "Expo")


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """Click a checkbox on its box (a click past its words does nothing)."""
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))


def test_booth_visitor_fields_staff_only_questions_and_consent_are_edited(
    qtbot: QtBot, dialog: PresetDialog
) -> None:
    from octanist_desktop.core.consent import DEFAULT_CONSENT, ConsentStatement

    # The fit question is for staff only (a click on the box, not past its words).
    tick(qtbot, dialog.staff_only_box)
    dialog.editor.setCurrentIndex(1)
    boxes = dialog.visitor_field_boxes
    assert [k for k, box in boxes.items() if box.isChecked()] == ["name", "email", "phone"]
    tick(qtbot, boxes["phone"])
    tick(qtbot, boxes["note"])
    # Untouched, the wording stays "the default"; starting from Dutch makes it the event's own.
    assert dialog.presets()[0].consent is None
    assert "default wording" in dialog.consent_note.text()
    qtbot.mouseClick(dialog.consent_editor.dutch_button, Qt.MouseButton.LeftButton)
    dutch = DEFAULT_CONSENT["nl"]
    assert dialog.presets()[0].consent == dutch
    assert dutch.version in dialog.consent_note.text()
    editor = dialog.consent_editor
    retype(qtbot, editor.sentence_edits[2], "Ja, stuur mij statistieken.")
    tick(qtbot, editor.flag_boxes[2]["ad_storage"])

    dialog.accept()
    (expo,) = dialog.library().presets
    assert expo.questions[0].staff_only
    assert expo.visitor_fields == ("name", "email", "note")
    assert expo.consent is not None
    assert expo.consent.statements[:2] == dutch.statements[:2]
    assert expo.consent.statements[2] == ConsentStatement(
        "Ja, stuur mij statistieken.", ("ad_storage", "analytics_storage")
    )
    assert expo.consent.version != dutch.version  # an edited wording is a new version


def test_a_sentence_without_flags_keeps_the_dialog_open(qtbot: QtBot, dialog: PresetDialog) -> None:
    dialog.editor.setCurrentIndex(1)
    retype(qtbot, dialog.consent_editor.sentence_edits[3], "Yes, call me.")
    dialog.accept()
    assert dialog.isVisible()
    assert "Consent sentence 4 doesn't say what it allows." in dialog.message.text()
