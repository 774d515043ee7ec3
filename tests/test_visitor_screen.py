"""Booth mode's visitor face on its own: plain words, big targets, touch alone, consent proof."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot

from octanist_desktop.core.capture import CaptureRecord
from octanist_desktop.core.consent import EnteredBy, default_consent
from octanist_desktop.core.presets import EventPreset, Question, QuestionKind
from octanist_desktop.core.visitor_lead import BoothContext
from octanist_desktop.ui.booth.visitor_inputs import TOUCH_PX, AnswerButtons
from octanist_desktop.ui.booth.visitor_screen import VisitorScreen

T0 = 1_800_000_000.0
WORDING = default_consent("en")
EXPO = EventPreset(
    "Expo Amsterdam 2026",
    questions=(
        Question("interest", "What interests you?", QuestionKind.CHOICE, ("Software", "Hardware")),
        Question("visit_again", "Shall we visit you?", QuestionKind.YES_NO),
        Question("heat", "How hot is this lead?", QuestionKind.RATING, staff_only=True),
    ),
    visitor_fields=("name", "email", "phone", "note"),
)
CONTEXT = BoothContext(
    WORDING, EXPO, base_values={"utm_source": "expo"}, staff_member="Ann", device="stand-1"
)

#: Words for staff and developers that a visitor must never read.
DEVELOPER_WORDS = (
    "E.164",
    "JSON",
    "custom",
    "utm",
    "UTM",
    "Ctrl",
    "ad_storage",
    "Ad storage",
    "Ad user data",
    "analytics",
    "API",
    "payload",
    "Sandbox",
    "SANDBOX",
    "lead",
    "Interest level",
    "How hot",
)

Submitted = list[tuple[dict[str, object], CaptureRecord]]
TOUCH_SCREEN = QTest.createTouchDevice()


@pytest.fixture
def screen(qtbot: QtBot) -> VisitorScreen:
    widget = VisitorScreen(CONTEXT, clock=lambda: T0)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow)
    widget.focus_first()
    return widget


@pytest.fixture
def submitted(screen: VisitorScreen) -> Submitted:
    got: Submitted = []
    screen.submitted.connect(lambda payload, record: got.append((payload, record)))
    return got


def visible_texts(root: QWidget) -> list[str]:
    texts = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts.append(widget.placeholderText())
        texts.append(widget.toolTip())
    return [t for t in texts if t]


def tap(widget: QWidget, point: QPoint | None = None) -> None:
    """One finger on the screen and off again: a touch event, not a mouse click.

    The visitor scrolls the control into view first, as a person would.
    """
    screen = widget.window()
    assert isinstance(screen, VisitorScreen)
    screen.form_scroll.ensureWidgetVisible(widget)
    QApplication.processEvents()
    at = point if point is not None else widget.rect().center()
    # Committed by hand: a sequence left to commit itself when Python frees it
    # may go out after the next one, and Qt drops a release before its press.
    press = QTest.touchEvent(widget, TOUCH_SCREEN, False)
    press.press(0, at, widget)
    press.commit()
    release = QTest.touchEvent(widget, TOUCH_SCREEN, False)
    release.release(0, at, widget)
    release.commit()
    QApplication.processEvents()


def test_the_visitor_reads_plain_words_only(screen: VisitorScreen) -> None:
    texts = visible_texts(screen)
    for word in DEVELOPER_WORDS:
        assert not [t for t in texts if word in t], word
    labels = {screen.findChild(QLabel, f"visitorLabel_{k}").text() for k in screen.field_keys()}
    assert labels == {
        "Your name",
        "Your email address",
        "Your phone number",
        "Anything you would like us to know?",
    }
    assert [row.sentence.text() for row in screen.consent_rows()] == [
        s.text for s in WORDING.statements
    ]
    assert screen.findChild(QLabel, "consentIntro").text() == WORDING.intro


def test_the_preset_decides_what_is_asked(qtbot: QtBot, screen: VisitorScreen) -> None:
    assert screen.field_keys() == ["name", "email", "phone", "note"]
    assert screen.findChild(QWidget, "question_interest") is not None
    assert screen.findChild(QWidget, "question_heat") is None, "staff-only: never for visitors"
    short = EventPreset("Call-back day", visitor_fields=("name", "phone"))
    screen.set_context(BoothContext(default_consent("nl"), short))
    qtbot.waitUntil(lambda: screen.findChild(QWidget, "question_interest") is None)
    assert screen.field_keys() == ["name", "phone"]
    assert screen.consent_rows()[0].sentence.text().startswith("Ja, u mag")


def test_every_control_is_big_enough_for_a_finger(screen: VisitorScreen) -> None:
    small = [
        (widget.objectName(), widget.height())
        for widget in screen.findChildren(QWidget)
        if isinstance(widget, QAbstractButton | QLineEdit | QPlainTextEdit)
        and widget.isVisibleTo(screen)
        and widget.height() < 44
    ]
    assert small == []
    assert screen.send_button.height() >= TOUCH_PX
    assert screen.staff_button.height() >= 44
    # The visitor's type is larger than the desktop's.
    assert screen.field("name").font().pointSizeF() > QApplication.font().pointSizeF() * 1.3


def test_consent_is_never_ticked_in_advance(screen: VisitorScreen, submitted: Submitted) -> None:
    assert not any(row.is_ticked() for row in screen.consent_rows())
    QTest.keyClicks(screen.field("name"), "Bo Bakker")
    assert screen.submit()
    payload, record = submitted[0]
    for key in ("ad_storage", "ad_user_data", "ad_personalization", "analytics_storage"):
        assert payload.get(key, False) is False
    assert record.consent is not None
    assert record.consent.ticked == (False, False, False)


def test_a_visit_by_touch_alone(qtbot: QtBot, screen: VisitorScreen, submitted: Submitted) -> None:
    # Qt drops touch points off the screen, and the offscreen screen is 800×600.
    screen.resize(780, 590)
    # Tap the field (an on-screen keyboard then types into it), tap answers and sentences.
    tap(screen.field("email"))
    qtbot.waitUntil(screen.field("email").hasFocus)
    QTest.keyClicks(QApplication.focusWidget(), "bo@example.nl")
    interest = screen.question_input("interest")
    assert isinstance(interest, AnswerButtons)
    tap(interest.buttons()[1])
    rows = screen.consent_rows()
    tap(rows[0].sentence)  # the sentence itself ticks its box
    tap(rows[2].box)
    tap(rows[2].box)  # and untick again
    tap(rows[2].box)
    tap(screen.send_button)
    qtbot.waitUntil(lambda: len(submitted) == 1)
    payload, record = submitted[0]
    assert payload["email"] == "bo@example.nl"
    assert payload["ad_storage"] is True
    assert payload["ad_user_data"] is True
    assert payload["analytics_storage"] is True
    assert payload.get("ad_personalization", False) is False
    custom = payload["custom"]
    assert isinstance(custom, dict)
    assert custom["interest"] == "Hardware"
    assert custom["consent"] == {"version": WORDING.version, "at": "2027-01-15T08:00:00Z"}
    assert payload["utm_source"] == "expo"  # the staff's pinned tag goes along
    assert record.consent is not None
    assert record.consent.entered_by is EnteredBy.VISITOR
    assert record.consent.ticked == (True, False, True)


def test_problems_are_said_in_the_visitors_words(
    screen: VisitorScreen, submitted: Submitted
) -> None:
    assert not screen.submit()
    assert screen.banner() == "Please fill in your name, email address or phone number."
    QTest.keyClicks(screen.field("email"), "bo@")
    assert not screen.submit()
    assert screen.message("email") == "Please check your email address."
    assert screen.field("email").hasFocus()
    screen.field("email").clear()
    # A number that can't be read: asked once to look again; sending again sends it.
    QTest.keyClicks(screen.field("phone"), "12")
    assert not screen.submit()
    assert screen.message("phone") == "Please check your phone number. If it is right, send again."
    assert screen.field("phone").hasFocus()
    assert submitted == []
    assert screen.submit()
    assert submitted[0][0]["phone"] == "12"


def test_a_refused_save_keeps_the_input_and_says_so(screen: VisitorScreen) -> None:
    screen.submitted.connect(lambda _p, _r: screen.refuse("Please ask someone at the stand."))
    QTest.keyClicks(screen.field("name"), "Bo")
    assert not screen.submit()
    assert screen.field("name").text() == "Bo"
    assert screen.banner() == "Please ask someone at the stand."


def test_thank_you_then_an_empty_form(qtbot: QtBot, screen: VisitorScreen) -> None:
    screen.submitted.connect(lambda _p, _r: screen.show_thank_you())
    QTest.keyClicks(screen.field("name"), "Bo")
    screen.consent_rows()[0].box.setChecked(True)
    assert screen.submit()
    assert screen.is_thanking()
    assert screen.thank_you_title.isVisible()
    assert screen.thank_you_title.text() == "Thank you!"
    assert not screen.submit(), "nothing to send from the thank-you"
    screen.show_form()
    assert screen.field("name").text() == ""
    assert not screen.consent_rows()[0].is_ticked()
    assert screen.field("name").hasFocus()
    assert not screen.has_input()


def test_a_badge_fills_what_is_asked_and_travels_with_the_lead(
    screen: VisitorScreen, submitted: Submitted
) -> None:
    screen.fill_from_badge(
        {"name": "Bo Bakker", "email": "bo@example.nl"},
        {"company": "Bakkerij Bo", "badge_id": "EXPO-1"},
        "MECARD:N:Bakker,Bo;EMAIL:bo@example.nl;ORG:Bakkerij Bo;;",
    )
    assert screen.field("name").text() == "Bo Bakker"
    assert screen.banner() == "We read your badge. Please check your details below."
    assert screen.submit()
    payload, record = submitted[0]
    custom = payload["custom"]
    assert isinstance(custom, dict)
    assert custom["company"] == "Bakkerij Bo"
    assert custom["badge_id"] == "EXPO-1"
    assert record.badge_id == "EXPO-1"
    assert record.raw_scan.startswith("MECARD:")


def test_enter_moves_on_like_an_on_screen_keyboards_next_key(
    screen: VisitorScreen,
) -> None:
    QTest.keyClicks(screen.field("name"), "Bo")
    QTest.keyClick(screen.field("name"), Qt.Key.Key_Return)
    assert screen.field("email").hasFocus()
