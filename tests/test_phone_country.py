"""The phone field's country picker: every country by name, code or dialling code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from octanist_desktop.core.phone_countries import find_countries, phone_countries, ui_language
from octanist_desktop.ui.form.phone_country import PhoneCountryButton


@pytest.mark.parametrize(
    ("query", "first"),
    [
        ("Netherlands", "NL"),
        ("nether", "NL"),
        ("NL", "NL"),
        ("+31", "NL"),
        ("0031", "NL"),
        ("31", "NL"),
        ("germ", "DE"),
        ("united k", "GB"),
        ("+44", "GB"),
        ("+1", "US"),
        ("neth", "NL"),
        ("cote d", "CI"),  # accents folded: Côte d'Ivoire
    ],
)
def test_find_a_country_by_name_code_or_dialling_code(query: str, first: str) -> None:
    assert find_countries(query, phone_countries("en"))[0].code == first


def test_names_come_in_the_user_s_language_and_english_still_finds_them() -> None:
    dutch = phone_countries("nl")
    germany = next(c for c in dutch if c.code == "DE")
    assert germany.name == "Duitsland"
    assert germany.label == "Duitsland (+49)"
    assert find_countries("Germany", dutch)[0].code == "DE"
    assert find_countries("ne", dutch)[0].code == "NL"  # Nederland: a name, not Niger's code
    assert find_countries("NE", dutch)[0].code == "NE"  # typed as a code


def test_ui_language_from_a_locale_name() -> None:
    assert ui_language("nl_NL") == "nl"
    assert ui_language("de-AT") == "de"
    assert ui_language("C") == "en"
    assert ui_language("C.UTF-8") == "en"


@pytest.fixture
def phone_row(qtbot: QtBot) -> QWidget:
    """A phone field with the country button beside it, the field focused."""
    box = QWidget()
    qtbot.addWidget(box)
    field = QLineEdit(box)
    button = PhoneCountryButton(box)
    button.set_region("NL")
    layout = QHBoxLayout(box)
    layout.addWidget(field)
    layout.addWidget(button)
    box.show()
    qtbot.waitExposed(box)
    box.activateWindow()
    field.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field)
    return box


@pytest.fixture
def phone(phone_row: QWidget) -> QLineEdit:
    found = phone_row.findChild(QLineEdit)
    assert found is not None
    return found


@pytest.fixture
def button(phone_row: QWidget) -> PhoneCountryButton:
    found = phone_row.findChild(PhoneCountryButton)
    assert found is not None
    return found


def test_the_button_shows_the_code_and_dialling_code(button: PhoneCountryButton) -> None:
    assert button.text() == "NL +31 ▾"
    assert "+31" in button.toolTip()
    button.set_region("")
    assert button.text() == "Country ▾"


def test_the_button_takes_no_focus_so_tab_never_lands_in_a_country_search(
    qtbot: QtBot, phone: QLineEdit, button: PhoneCountryButton
) -> None:
    assert button.focusPolicy() == Qt.FocusPolicy.NoFocus
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QApplication.focusWidget() is not button


def test_a_click_opens_a_search_enter_picks_and_the_cursor_is_back_in_the_phone(
    qtbot: QtBot, phone: QLineEdit, button: PhoneCountryButton
) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    popup = button.popup()
    assert popup is not None
    assert popup.isVisible()
    qtbot.keyClicks(popup.search, "belgi")
    assert popup.shown_codes()[0] == "BE"

    with qtbot.waitSignal(button.regionChanged) as changed:
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)

    assert changed.args == ["BE"]
    assert not popup.isVisible()
    assert button.text() == "BE +32 ▾"
    assert QApplication.focusWidget() is phone


def test_escape_keeps_the_country(
    qtbot: QtBot, phone: QLineEdit, button: PhoneCountryButton
) -> None:
    button.open_list()
    popup = button.popup()
    assert popup is not None
    assert popup.current_code() == "NL"  # the list opens on the current country
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    with qtbot.assertNotEmitted(button.regionChanged):
        qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert button.region() == "NL"
    assert not popup.isVisible()
    assert QApplication.focusWidget() is phone
