"""The lead form with an event preset: questions in the Tab chain, answers in ``custom``."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QGroupBox, QLabel
from pytestqt.qtbot import QtBot

from octanist_desktop.core.presets import EventPreset, Question, QuestionKind
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.ui.form.lead_form import WARNING_PREFIX, LeadForm

CTRL = Qt.KeyboardModifier.ControlModifier

EXPO = EventPreset(
    "Expo Amsterdam 2026",
    utm_source="expo-amsterdam",
    utm_campaign="expo-2026",
    note_prefix="[Expo AMS]",
    questions=(
        Question("interest", "Interested in", QuestionKind.CHOICE, ("Software", "Hardware")),
        Question("budget", "Budget", QuestionKind.TEXT),
        Question("fit", "How good a fit?", QuestionKind.RATING),
        Question("demo", "Wants a demo?", QuestionKind.YES_NO),
    ),
)
FAIR = EventPreset("Fair Utrecht", utm_source="fair-utrecht")


@pytest.fixture
def pins(tmp_path: Path) -> PinnedValues:
    return PinnedValues(SettingsStore(tmp_path))


@pytest.fixture
def form(qtbot: QtBot, pins: PinnedValues) -> LeadForm:
    form = LeadForm(default_region="NL", pinned=pins)
    qtbot.addWidget(form)
    form.resize(700, 900)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(form.isActiveWindow)
    return form


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else "<none>"


def keys(qtbot: QtBot, text: str) -> None:
    # Each keystroke goes wherever the cursor is by then, as a person's would.
    for char in text:
        widget = QApplication.focusWidget()
        assert widget is not None
        qtbot.keyClicks(widget, char)


def press(
    qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    widget = QApplication.focusWidget()
    assert widget is not None
    qtbot.keyClick(widget, key, modifiers)


def questions_box(form: LeadForm) -> QGroupBox:
    box = form.findChild(QGroupBox, "group_questions")
    assert box is not None
    return box


def test_questions_show_only_for_a_preset_and_follow_the_note_in_tab_order(
    qtbot: QtBot, form: LeadForm
) -> None:
    assert questions_box(form).isHidden()
    form.set_preset(EXPO)
    assert questions_box(form).isVisible()
    assert questions_box(form).title() == "Qualifying questions"
    label = form.findChild(QLabel, "question_fit_label")
    assert label is not None
    assert label.buddy() is form.question_widget("fit")
    assert form.question_widget("fit").accessibleName() == "How good a fit?"

    form.input_widget("name").setFocus()
    visited = [focused()]
    for _ in range(13):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [
        "name",
        "email",
        "phone",
        "company",  # issue 12: company and job title (the phone's country is F4)
        "title",
        "note",
        "question_interest",
        "question_budget",
        "question_fit",
        "question_demo",
        "customKey0",  # custom data as rows, then the switch to JSON text
        "customValue0",
        "customDataToggle",
        "website",
    ]

    form.set_preset(None)
    assert questions_box(form).isHidden()


def test_answers_typed_with_the_keyboard_reach_the_payload(qtbot: QtBot, form: LeadForm) -> None:
    form.set_preset(EXPO)
    form.set_staff_member("Anna")
    form.set_capture_method("walk-in")
    form.input_widget("name").setFocus()
    keys(qtbot, "Jane Doe")
    for _ in range(5):  # email, phone, company, job title, note
        press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "wants pricing")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "h")  # Hardware
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "10k")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "4")
    press(qtbot, Qt.Key.Key_Tab)
    keys(qtbot, "y")
    assert focused() == "question_demo"
    with qtbot.waitSignal(form.submitted, timeout=1000) as sent:
        press(qtbot, Qt.Key.Key_Return, CTRL)

    payload = sent.args[0]
    assert payload["custom"] == {
        "event": "Expo Amsterdam 2026",
        "staff_member": "Anna",
        "capture_method": "walk-in",
        "interest": "Hardware",
        "budget": "10k",
        "fit": 4,
        "demo": True,
    }
    assert payload["note"] == "[Expo AMS] wants pricing"
    assert payload["utm_source"] == "expo-amsterdam"
    # Ready for the next visitor: answers gone, event and capture method kept.
    assert form.answers() == {}
    combo = form.question_widget("fit")
    assert isinstance(combo, QComboBox)
    assert combo.currentText() == "—"
    assert focused() == "name"
    assert form.capture_method() == "walk-in"


def test_unanswered_questions_are_left_out(qtbot: QtBot, form: LeadForm) -> None:
    form.set_preset(EXPO)
    form.set_values({"name": "Jo"})
    with qtbot.waitSignal(form.submitted) as sent:
        assert form.submit()
    assert sent.args[0]["custom"] == {"event": "Expo Amsterdam 2026"}


def test_the_editor_wins_a_conflict_and_the_form_says_so(qtbot: QtBot, form: LeadForm) -> None:
    form.set_preset(EXPO)
    form.set_values({"name": "Jo"})
    form.question_widget("fit").setFocus()
    keys(qtbot, "2")
    form.input_widget("custom").setFocus()
    keys(qtbot, '{"fit": 5, "po": "A-17"}')
    qtbot.waitUntil(lambda: "fit" in form.merge_note())
    assert form.merge_note().startswith(WARNING_PREFIX)
    assert "replaces the form's value for: fit." in form.merge_note()
    note_label = form.findChild(QLabel, "customMergeNote")
    assert note_label is not None
    assert note_label.isVisible()
    with qtbot.waitSignal(form.submitted) as sent:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert sent.args[0]["custom"] == {"event": "Expo Amsterdam 2026", "fit": 5, "po": "A-17"}
    assert form.merge_note() == ""  # the empty form merges nothing


def test_plain_text_in_the_editor_is_kept_under_text(qtbot: QtBot, form: LeadForm) -> None:
    form.set_preset(EXPO)
    form.set_values({"name": "Jo", "custom": "met at the bar"})
    assert "under “text”" in form.merge_note()
    with qtbot.waitSignal(form.submitted) as sent:
        assert form.submit()
    assert sent.args[0]["custom"] == {"event": "Expo Amsterdam 2026", "text": "met at the bar"}


def test_without_any_context_custom_stays_as_typed(qtbot: QtBot, form: LeadForm) -> None:
    form.set_values({"name": "Jo", "custom": "plain"})
    assert form.merge_note() == ""
    with qtbot.waitSignal(form.submitted) as sent:
        assert form.submit()
    assert sent.args[0]["custom"] == "plain"
    assert "note" not in sent.args[0]


def test_answers_without_a_way_to_reach_anyone_are_refused(qtbot: QtBot, form: LeadForm) -> None:
    form.set_preset(EXPO)
    form.question_widget("budget").setFocus()
    keys(qtbot, "lots")
    with qtbot.assert_not_emitted(form.submitted):
        assert not form.submit()
    assert "Enter at least one of" in form.message("name")
    assert form.answers() == {"budget": "lots"}  # kept for the fix


def test_a_preset_pins_its_source_values_and_a_new_one_replaces_them(
    form: LeadForm, pins: PinnedValues
) -> None:
    form.set_values({"utm_medium": "booth"})
    form.set_pinned("utm_medium", True)  # the user's own pin survives preset changes
    form.set_preset(EXPO)
    assert form.values()["utm_source"] == "expo-amsterdam"
    assert form.is_pinned("utm_source")
    assert form.is_pinned("utm_campaign")
    assert pins.load() == {
        "utm_source": "expo-amsterdam",
        "utm_medium": "booth",
        "utm_campaign": "expo-2026",
    }
    form.set_preset(FAIR)
    values = form.values()
    assert values["utm_source"] == "fair-utrecht"
    assert values["utm_campaign"] == ""  # set by Expo, untouched, so cleared
    assert not form.is_pinned("utm_campaign")
    assert values["utm_medium"] == "booth"
    assert form.is_pinned("utm_medium")


def test_only_a_user_pick_of_capture_method_is_announced(qtbot: QtBot, form: LeadForm) -> None:
    with qtbot.assert_not_emitted(form.captureMethodChanged):
        form.set_capture_method("phone")
    combo = form.findChild(QComboBox, "captureMethod")
    assert combo is not None
    # Issue 12: every control is reached by Tab (after the form's fields).
    assert combo.focusPolicy() == Qt.FocusPolicy.StrongFocus
    with qtbot.waitSignal(form.captureMethodChanged) as picked:
        qtbot.keyClicks(combo, "b")  # picks "Booth" by its first letter
    assert picked.args == ["booth"]
    assert form.capture_method() == "booth"
