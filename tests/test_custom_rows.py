"""Custom data as rows of name and value, with the JSON text one toggle away."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from octanist_desktop.core.validation import validate
from octanist_desktop.ui.form.custom_rows import CustomDataField, rows_for, text_for
from octanist_desktop.ui.form.json_editor import CustomDataEditor


@pytest.fixture
def field(qtbot: QtBot) -> CustomDataField:
    widget = CustomDataField()
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_rows_are_the_default_and_typing_makes_a_json_object(
    qtbot: QtBot, field: CustomDataField
) -> None:
    assert field.is_rows_view()
    field.editor().setFocus()
    qtbot.keyClicks(QApplication.focusWidget(), "budget")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "10k")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # a new empty row appeared
    qtbot.keyClicks(QApplication.focusWidget(), "decision")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClicks(QApplication.focusWidget(), "Q3")

    assert json.loads(field.text()) == {"budget": "10k", "decision": "Q3"}
    assert validate({"custom": field.text()}).payload["custom"] == {
        "budget": "10k",
        "decision": "Q3",
    }


def test_the_text_view_shows_the_same_data_and_edits_come_back_as_rows(
    qtbot: QtBot, field: CustomDataField
) -> None:
    field.setText('{"budget": "10k"}')
    field.toggle.click()
    assert not field.is_rows_view()
    assert json.loads(field.text_edit().toPlainText()) == {"budget": "10k"}

    field.text_edit().setPlainText('{"budget": "20k", "seats": 40}')
    field.toggle.click()

    assert field.is_rows_view()
    assert field.rows.rows()[:2] == [("budget", "20k"), ("seats", "40")]
    assert json.loads(field.text()) == {"budget": "20k", "seats": 40}


def test_data_rows_cannot_show_stays_text_and_says_why(field: CustomDataField) -> None:
    field.setText('{"contacts": [{"name": "Ada"}]}')

    assert not field.is_rows_view()
    field.toggle.click()
    assert not field.is_rows_view()
    assert field.why.isVisible()
    assert "stays as text" in field.why.text()


def test_clear_goes_back_to_empty_rows(field: CustomDataField) -> None:
    field.setText("met at the booth")
    field.clear()
    assert field.is_rows_view()
    assert field.text() == ""
    assert field.rows.rows() == [("", "")]


def test_a_value_without_a_name_is_kept_and_numbers_keep_their_type() -> None:
    assert json.loads(text_for([("", "call back"), ("seats", "40")], {"seats": 40})) == {
        "note": "call back",
        "seats": 40,
    }
    assert text_for([("", ""), ("  ", " ")]) == ""
    assert rows_for('{"vip": true, "seats": 40}') == [("vip", "true"), ("seats", "40")]
    assert rows_for("[1, 2]") is None
    assert rows_for('{"a": ') is None


def test_the_text_view_is_made_on_first_use_and_holds_the_value_typed_in_rows(
    qtbot: QtBot,
) -> None:
    field = CustomDataField()
    qtbot.addWidget(field)
    assert field.findChild(CustomDataEditor) is None  # rows only, until text is asked for
    field.rows.inputs()[0].setText("budget")
    field.rows.inputs()[1].setText("10k")
    assert field.parse().kind == "json"
    assert not field.has_error()

    field.toggle.click()

    assert field.findChild(CustomDataEditor) is field.text_editor
    assert field.text_edit().objectName() == "customText"
    assert json.loads(field.text_editor.text()) == {"budget": "10k"}
    assert field.text_editor.status_text() == "Valid JSON object"
    field.text_edit().setPlainText('{"budget": ')
    assert field.has_error()
    assert field.text() == '{"budget": '
