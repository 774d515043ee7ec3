"""The lead form, driven the way a salesperson drives it: from the keyboard.

Real widgets, offscreen, real key events: typing goes through QTest key
clicks on the focused widget, and Ctrl+Return goes through Qt's shortcut map.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QToolButton,
    QWidget,
)
from pytestqt.qtbot import QtBot

from octanist_desktop.core.fields import CONSENT_KEYS, CUSTOM_FIELDS, FIELDS, Kind
from octanist_desktop.core.validation import NEEDS_IDENTIFIER
from octanist_desktop.prefs.pinned import PinnedValues
from octanist_desktop.prefs.store import SETTINGS_FILE, SettingsStore
from octanist_desktop.store.database import open_database
from octanist_desktop.store.outbox import Outbox
from octanist_desktop.ui.form.custom_rows import CustomDataField
from octanist_desktop.ui.form.duplicate_hint import SameLead
from octanist_desktop.ui.form.json_editor import CustomDataEditor
from octanist_desktop.ui.form.lead_form import ERROR_PREFIX, WARNING_PREFIX, LeadForm

CTRL = Qt.KeyboardModifier.ControlModifier
KEYPAD = Qt.KeyboardModifier.KeypadModifier

FormFactory = Callable[..., LeadForm]


@pytest.fixture
def pins(tmp_path: Path) -> PinnedValues:
    return PinnedValues(SettingsStore(tmp_path))


@pytest.fixture
def make_form(qtbot: QtBot, pins: PinnedValues) -> FormFactory:
    """Build, show and activate a form, as the main window would."""

    def make(**kwargs: object) -> LeadForm:
        kwargs.setdefault("default_region", "NL")
        kwargs.setdefault("pinned", pins)
        form = LeadForm(**kwargs)  # type: ignore[arg-type]
        qtbot.addWidget(form)
        form.resize(700, 900)
        form.show()
        form.activateWindow()
        qtbot.waitUntil(form.isActiveWindow)
        return form

    return make


@pytest.fixture
def form(make_form: FormFactory) -> LeadForm:
    return make_form()


def focused() -> str:
    widget = QApplication.focusWidget()
    return widget.objectName() if widget is not None else "<none>"


def line(form: LeadForm, key: str) -> QLineEdit:
    widget = form.findChild(QLineEdit, key)
    assert widget is not None, key
    return widget


def note(form: LeadForm) -> QPlainTextEdit:
    widget = form.findChild(QPlainTextEdit, "note")
    assert widget is not None
    return widget


def custom(form: LeadForm) -> CustomDataEditor:
    # The text view is made the first time it is asked for (not with the form).
    field = form.findChild(CustomDataField)
    assert field is not None
    return field.text_editor


def type_into_focus(qtbot: QtBot, text: str) -> None:
    """Type where the cursor is, like a person would."""
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


# -- structure --------------------------------------------------------------


def test_every_catalogue_field_has_one_named_accessible_input(form: LeadForm) -> None:
    for field in FIELDS:
        matches = [w for w in form.findChildren(QWidget, field.key) if w.objectName() == field.key]
        assert len(matches) == 1, field.key
        widget = matches[0]
        assert widget.accessibleName() == field.label
        expected_type = {
            Kind.CONSENT: QCheckBox,
            Kind.MULTILINE: QPlainTextEdit,
            Kind.JSON: CustomDataField,  # rows by default, the JSON text one toggle away
        }.get(field.kind, QLineEdit)
        assert isinstance(widget, expected_type), field.key
        if isinstance(widget, QLineEdit):
            assert widget.placeholderText() == field.help
            assert widget.toolTip() == field.help


def test_labels_are_buddies_and_alt_letters_jump_to_fields(qtbot: QtBot, form: LeadForm) -> None:
    for field in FIELDS:
        if field.kind is Kind.CONSENT:
            continue
        label = form.findChild(QLabel, f"{field.key}_label")
        assert label is not None
        assert label.buddy() is form.findChild(QWidget, field.key)
    assert form.findChild(QLabel, "name_label").text() == "&Name"
    assert form.findChild(QLabel, "email_label").text() == "E&mail"

    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    assert focused() == "email"
    press(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert focused() == "name"


def test_consent_checkboxes_show_their_explanation(form: LeadForm) -> None:
    for key in CONSENT_KEYS:
        field = next(f for f in FIELDS if f.key == key)
        explanation = form.findChild(QLabel, f"{key}_help")
        assert explanation is not None
        assert explanation.text() == field.help
        assert explanation.isVisible()
        assert explanation.buddy() is form.findChild(QCheckBox, key)


# -- keyboard flow ----------------------------------------------------------


def test_focus_starts_in_name(form: LeadForm) -> None:
    assert focused() == "name"


def test_tab_walks_the_fields_in_catalogue_order(qtbot: QtBot, form: LeadForm) -> None:
    # Every control is reached (issue 12): company and job title, the custom
    # data rows and their toggle, and each field's Pin. The phone's country is
    # no stop: typing on after Phone must land in Company, not in a search box.
    visited = [focused()]
    for _ in range(23):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [
        "name",
        "email",
        "phone",
        "company",
        "title",
        "note",
        "customKey0",
        "customValue0",
        "customDataToggle",
        "website",
        "pin_website",
        "path",
        "pin_path",
        "utm_source",
        "pin_utm_source",
        "utm_medium",
        "pin_utm_medium",
        "utm_campaign",
        "pin_utm_campaign",
        "clickIdsToggle",
        "ad_storage",
        "ad_user_data",
        "ad_personalization",
        "analytics_storage",
    ]


def test_click_ids_open_from_the_keyboard_and_join_the_tab_chain(
    qtbot: QtBot, form: LeadForm
) -> None:
    assert not form.click_ids_expanded()
    assert not line(form, "gclid").isVisible()
    form.findChild(QToolButton, "clickIdsToggle").setFocus()
    press(qtbot, Qt.Key.Key_Space)
    assert form.click_ids_expanded()
    assert line(form, "gclid").isVisible()

    visited = []
    for _ in range(12):
        press(qtbot, Qt.Key.Key_Tab)
        visited.append(focused())
    assert visited == [f.key for f in FIELDS if f.kind in (Kind.CLICK_ID, Kind.META_ID)] + [
        "ad_storage"
    ]


def test_type_tab_type_ctrl_return_sends_and_clears(
    qtbot: QtBot, form: LeadForm, make_form: FormFactory, pins: PinnedValues
) -> None:
    # Pin a source tag once, as at the start of a day at the booth.
    pin = form.findChild(QToolButton, "pin_utm_source")
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton)
    line(form, "utm_source").setFocus()
    type_into_focus(qtbot, "expo")
    line(form, "name").setFocus()

    type_into_focus(qtbot, "Jane Doe")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "jane@example.com")
    press(qtbot, Qt.Key.Key_Tab)
    type_into_focus(qtbot, "020 123 4567")
    with qtbot.waitSignal(form.submitted, timeout=1000) as sent:
        press(qtbot, Qt.Key.Key_Return, CTRL)

    assert sent.args == [
        {
            "name": "Jane Doe",
            "email": "jane@example.com",
            "phone": "+31201234567",
            "utm_source": "expo",
            "ad_storage": False,
            "ad_user_data": False,
            "ad_personalization": False,
            "analytics_storage": False,
        }
    ]
    # Ready for the next visitor at once: empty, cursor in Name, pin kept.
    assert line(form, "name").text() == ""
    assert line(form, "email").text() == ""
    assert line(form, "phone").text() == ""
    assert focused() == "name"
    assert line(form, "utm_source").text() == "expo"
    assert pin.isChecked()
    assert form.message("name") == ""
    assert pins.load() == {"utm_source": "expo"}

    # The next day, a new window restores the pin and its value.
    tomorrow = make_form()
    assert line(tomorrow, "utm_source").text() == "expo"
    assert tomorrow.is_pinned("utm_source")
    assert not tomorrow.is_pinned("utm_medium")


def test_submit_clears_every_unpinned_field(qtbot: QtBot, form: LeadForm) -> None:
    draft: dict[str, object] = {f.key: f"x{i}" for i, f in enumerate(FIELDS)}
    draft.update({"email": "a@example.com", "website": "https://example.com", "custom": "hi"})
    draft.update({"path": "/contact", "phone": "+31201234567"})
    draft.update(dict.fromkeys(CONSENT_KEYS, True))
    draft.update({"company": "Acme", "title": "CTO"})
    form.set_values(draft)
    form.set_pinned("website", True)
    with qtbot.waitSignal(form.submitted):
        assert form.submit() is True
    expected = {f.key: ("" if f.kind is not Kind.CONSENT else False) for f in FIELDS}
    expected.update({f.key: "" for f in CUSTOM_FIELDS})  # company and job title clear too
    expected["website"] = "https://example.com"
    assert form.values() == expected


@pytest.mark.parametrize(
    ("where", "key", "modifiers"),
    [
        ("note", Qt.Key.Key_Return, CTRL),
        ("custom", Qt.Key.Key_Return, CTRL),
        ("note", Qt.Key.Key_Enter, CTRL | KEYPAD),
        ("custom", Qt.Key.Key_Enter, CTRL | KEYPAD),
        ("email", Qt.Key.Key_Enter, CTRL | KEYPAD),
        ("ad_storage", Qt.Key.Key_Return, CTRL),
    ],
    ids=["note", "custom", "note-keypad", "custom-keypad", "email-keypad", "checkbox"],
)
def test_ctrl_return_submits_from_multiline_fields_too(
    qtbot: QtBot, form: LeadForm, where: str, key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    type_into_focus(qtbot, "Jane")
    form.findChild(QWidget, where).setFocus()
    if where == "custom":
        type_into_focus(qtbot, '{"deal": 5}')
    elif where == "note":
        type_into_focus(qtbot, "wants a demo")
    # What the editors hold at the moment of sending: no line break was typed.
    held_at_send: list[str] = []
    form.submitted.connect(
        lambda _payload: held_at_send.append(note(form).toPlainText() + custom(form).text())
    )
    with qtbot.waitSignal(form.submitted, timeout=1000) as sent:
        press(qtbot, key, modifiers)
    payload = sent.args[0]
    assert payload["name"] == "Jane"
    if where == "custom":
        assert payload["custom"] == {"deal": 5}
        assert held_at_send == ['{"deal": 5}']
    elif where == "note":
        assert payload["note"] == "wants a demo"
        assert held_at_send == ["wants a demo"]
    assert focused() == "name"
    assert custom(form).text() == ""
    assert note(form).toPlainText() == ""


def test_invalid_submit_keeps_everything_and_points_at_the_first_error(
    qtbot: QtBot, form: LeadForm
) -> None:
    type_into_focus(qtbot, "Jane")
    line(form, "website").setFocus()
    type_into_focus(qtbot, "ftp://files")
    line(form, "email").setFocus()
    type_into_focus(qtbot, "jane.example.com")
    line(form, "utm_medium").setFocus()
    with qtbot.assert_not_emitted(form.submitted):
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert line(form, "name").text() == "Jane"
    assert line(form, "email").text() == "jane.example.com"
    assert line(form, "website").text() == "ftp://files"
    # Email comes before Website in the catalogue.
    assert focused() == "email"
    assert form.first_error_field() == "email"
    assert line(form, "email").selectedText() == "jane.example.com"
    assert form.message("email").startswith(ERROR_PREFIX)
    assert "@" in form.message("email")
    assert form.message("website").startswith(ERROR_PREFIX)
    assert form.findChild(QLabel, "email_message").isVisible()


def test_empty_form_is_quiet_until_the_first_submit(qtbot: QtBot, form: LeadForm) -> None:
    qtbot.wait(250)  # longer than the typing pause
    assert form.message("name") == ""
    with qtbot.assert_not_emitted(form.submitted):
        assert form.submit() is False
    assert form.message("name") == ERROR_PREFIX + NEEDS_IDENTIFIER
    assert focused() == "name"


def test_emptying_an_identifier_and_leaving_it_asks_for_one(qtbot: QtBot, form: LeadForm) -> None:
    press(qtbot, Qt.Key.Key_Tab)  # merely passing through Name is not "touching" it
    qtbot.wait(250)
    assert form.message("name") == ""
    line(form, "name").setFocus()
    type_into_focus(qtbot, "J")
    press(qtbot, Qt.Key.Key_Backspace)
    qtbot.wait(250)
    assert form.message("name") == ""  # still typing there
    press(qtbot, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: form.message("name") == ERROR_PREFIX + NEEDS_IDENTIFIER)


def test_messages_appear_and_go_while_typing(qtbot: QtBot, form: LeadForm) -> None:
    line(form, "email").setFocus()
    type_into_focus(qtbot, "jane@")
    qtbot.waitUntil(lambda: form.message("email").startswith(ERROR_PREFIX))
    assert form.findChild(QLabel, "email_message").isVisible()
    assert line(form, "email").accessibleDescription() in form.message("email")
    type_into_focus(qtbot, "example.com")
    qtbot.waitUntil(lambda: form.message("email") == "")
    assert line(form, "email").accessibleDescription() == "The lead's email address."

    line(form, "path").setFocus()
    type_into_focus(qtbot, "https://example.com/contact")
    qtbot.waitUntil(lambda: form.message("path").startswith(WARNING_PREFIX))


def test_error_and_warning_labels_differ_in_colour(qtbot: QtBot, form: LeadForm) -> None:
    form.set_values({"email": "nope", "path": "https://example.com/x"})
    error_style = form.findChild(QLabel, "email_message").styleSheet()
    warning_style = form.findChild(QLabel, "path_message").styleSheet()
    assert "color" in error_style
    assert "color" in warning_style
    assert error_style != warning_style


def test_phone_shows_what_it_will_be_sent_as(qtbot: QtBot, form: LeadForm) -> None:
    line(form, "phone").setFocus()
    type_into_focus(qtbot, "020 123 4567")
    # Grouped as it is read out (issue 12); sent as +31201234567.
    qtbot.waitUntil(lambda: form.phone_hint() == "Will be sent as +31 20 123 4567")
    line(form, "phone").clear()
    type_into_focus(qtbot, "+31201234567")
    qtbot.waitUntil(lambda: form.phone_hint() == "")
    assert form.findChild(QLabel, "phoneHint").isHidden()


def test_duplicate_hint_is_looked_up_after_a_pause(qtbot: QtBot, make_form: FormFactory) -> None:
    calls: list[tuple[str | None, str | None]] = []

    def lookup(email: str | None, phone: str | None) -> list[SameLead]:
        calls.append((email, phone))
        found = []
        if email == "jane@example.com":
            found.append(SameLead("email", "Same email as Jane Doe, sent today 10:42", 12))
        if phone == "+31201234567":
            found.append(SameLead("phone", "Same phone number as Jan, sent today 9:15", 7))
        return found

    form = make_form(duplicate_lookup=lookup)
    line(form, "email").setFocus()
    type_into_focus(qtbot, "jane@example.com")
    assert calls == []  # never synchronously, per keystroke
    qtbot.waitUntil(lambda: "Same email as Jane Doe" in form.duplicate_hint())
    assert calls == [("jane@example.com", None)]
    # Said on the field that matched (issue 12), with the lead it matched.
    under_email = form.findChild(QLabel, "duplicateHint_email")
    assert under_email.isVisible()
    assert form.duplicate_hint() == "⚠ Same email as Jane Doe, sent today 10:42 (lead 12)"
    assert not form.findChild(QLabel, "duplicateHint_phone").isVisible()

    line(form, "email").clear()
    line(form, "phone").setFocus()
    type_into_focus(qtbot, "020 1234567")
    qtbot.waitUntil(lambda: len(calls) == 2)
    assert calls[-1] == (None, "+31201234567")
    assert "Same phone number as Jan" in form.duplicate_hint()
    assert not under_email.isVisible()

    line(form, "phone").clear()
    qtbot.waitUntil(lambda: form.duplicate_hint() == "")
    assert len(calls) == 2  # nothing to look up


def test_a_failing_duplicate_lookup_does_not_stop_entry(
    qtbot: QtBot, make_form: FormFactory, caplog: pytest.LogCaptureFixture
) -> None:
    def lookup(email: str | None, phone: str | None) -> list[SameLead]:
        raise RuntimeError("database is locked")

    form = make_form(duplicate_lookup=lookup)
    type_into_focus(qtbot, "Jane")
    line(form, "email").setFocus()
    type_into_focus(qtbot, "jane@example.com")
    qtbot.waitUntil(lambda: "Duplicate lookup failed" in caplog.text)
    assert form.duplicate_hint() == ""
    with qtbot.waitSignal(form.submitted):
        press(qtbot, Qt.Key.Key_Return, CTRL)


def test_a_click_id_error_opens_the_section_and_takes_focus(qtbot: QtBot, form: LeadForm) -> None:
    form.set_values({"name": "Jane", "fbc": "x" * 1001})
    form.set_click_ids_expanded(False)
    with qtbot.assert_not_emitted(form.submitted):
        assert form.submit() is False
    assert form.click_ids_expanded()
    assert focused() == "fbc"
    assert "1,000" in form.message("fbc")


def test_broken_json_puts_the_cursor_on_the_error(qtbot: QtBot, form: LeadForm) -> None:
    form.set_values({"custom": '{\n  "a": 1,\n  "b" 2\n}'})
    with qtbot.assert_not_emitted(form.submitted):
        form.submit()
    assert focused() == "customText"  # the JSON text view, where the mistake is
    cursor = custom(form).editor().textCursor()
    assert (cursor.blockNumber() + 1, cursor.positionInBlock() + 1) == (3, 7)
    # The editor's own status line says it; no second copy under the field.
    assert custom(form).status_text() == (
        "Missing : at line 3, column 7, between a name and its value."
    )
    assert form.message("custom") == ""


def test_consent_is_ticked_with_space_and_sent(qtbot: QtBot, form: LeadForm) -> None:
    type_into_focus(qtbot, "Jane")
    form.findChild(QCheckBox, "ad_user_data").setFocus()
    press(qtbot, Qt.Key.Key_Space)
    with qtbot.waitSignal(form.submitted) as sent:
        press(qtbot, Qt.Key.Key_Return, CTRL)
    assert sent.args[0]["ad_user_data"] is True
    assert sent.args[0]["ad_storage"] is False
    assert not form.findChild(QCheckBox, "ad_user_data").isChecked()


def test_a_refused_lead_stays_in_the_form(
    qtbot: QtBot, make_form: FormFactory, data_dir: Path
) -> None:
    # The save the form is given fails for real: a read-only database file. (It
    # used to be a submitted slot calling refuse_submission; that veto is gone.)
    open_database(data_dir).close()
    read_only = sqlite3.connect(f"file:{data_dir / 'leads.sqlite3'}?mode=ro", uri=True)
    form = make_form(save=Outbox(read_only).enqueue)
    type_into_focus(qtbot, "Jane")
    with qtbot.assert_not_emitted(form.submitted):
        assert form.submit() is False
    assert line(form, "name").text() == "Jane"
    banner = form.findChild(QLabel, "formMessage")
    assert banner.isVisible()
    assert "could not be saved" in banner.text()
    assert "Nothing was lost" in banner.text()
    read_only.close()


# -- values -----------------------------------------------------------------


def test_values_and_set_values_round_trip(qtbot: QtBot, form: LeadForm) -> None:
    with qtbot.waitSignal(form.draftChanged):
        form.set_values({"name": "Jo", "ad_storage": "TRUE", "custom": {"a": [1]}})
    values = form.values()
    assert values["name"] == "Jo"
    assert values["ad_storage"] is True
    assert values["custom"] == '{\n  "a": [\n    1\n  ]\n}'
    assert values["email"] == ""

    form.set_values({"email": "jo@example.com"})
    assert form.values()["name"] == "Jo"  # only the given keys change
    form.set_values({"email": "jo@example.com"}, replace=True)
    assert form.values()["name"] == ""
    assert form.values()["ad_storage"] is False


def test_typing_announces_draft_changes(qtbot: QtBot, form: LeadForm) -> None:
    with qtbot.waitSignal(form.draftChanged):
        type_into_focus(qtbot, "J")


# -- pinned values ----------------------------------------------------------


def test_pins_are_saved_atomically_and_only_for_pinnable_fields(tmp_path: Path) -> None:
    store = PinnedValues(SettingsStore(tmp_path / "sub"))
    store.save({"utm_source": "expo", "name": "not pinnable", "path": "/stand"})
    assert store.load() == {"utm_source": "expo", "path": "/stand"}
    assert json.loads(store.path.read_text(encoding="utf-8"))["pinned"] == {
        "path": "/stand",
        "utm_source": "expo",
    }
    assert sorted(p.name for p in store.path.parent.iterdir()) == [SETTINGS_FILE]


@pytest.mark.parametrize(
    "content",
    [b"{not json", b"[1, 2]", b'{"utm_source": 5}', b"", b"\xff\xfe"],
    ids=["syntax", "array", "number", "empty", "not-utf8"],
)
def test_a_corrupt_pin_file_means_no_pins(tmp_path: Path, content: bytes) -> None:
    (tmp_path / SETTINGS_FILE).write_bytes(content)
    assert PinnedValues(SettingsStore(tmp_path)).load() == {}


def test_a_form_with_a_corrupt_pin_file_starts_normally(
    tmp_path: Path, make_form: FormFactory
) -> None:
    (tmp_path / SETTINGS_FILE).write_text("{{{", encoding="utf-8")
    form = make_form(pinned=PinnedValues(SettingsStore(tmp_path)))
    assert form.pinned_keys() == []
    form.set_pinned("path", True)
    assert PinnedValues(SettingsStore(tmp_path)).load() == {"path": ""}


def test_unpinning_forgets_the_value(form: LeadForm, pins: PinnedValues) -> None:
    form.set_values({"utm_medium": "booth"})
    form.set_pinned("utm_medium", True)
    assert pins.load() == {"utm_medium": "booth"}
    form.set_pinned("utm_medium", False)
    assert pins.load() == {}
