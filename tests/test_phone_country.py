"""The phone field's country picker: every country by name, code or dialling code."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
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
def button(qtbot: QtBot) -> PhoneCountryButton:
    widget = PhoneCountryButton()
    qtbot.addWidget(widget)
    widget.set_region("NL")
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()
    return widget


def test_the_button_shows_the_code_and_dialling_code(button: PhoneCountryButton) -> None:
    assert button.text() == "NL +31 ▾"
    assert "+31" in button.toolTip()
    button.set_region("")
    assert button.text() == "Country ▾"


def test_typing_on_the_button_searches_and_enter_picks(
    qtbot: QtBot, button: PhoneCountryButton
) -> None:
    qtbot.keyClick(button, Qt.Key.Key_B)  # a letter opens the list with it searched
    popup = button.popup()
    assert popup is not None
    assert popup.isVisible()
    qtbot.keyClicks(popup.search, "elgi")
    assert popup.shown_codes()[0] == "BE"

    with qtbot.waitSignal(button.regionChanged) as changed:
        qtbot.keyClick(popup.search, Qt.Key.Key_Return)

    assert changed.args == ["BE"]
    assert not popup.isVisible()
    assert button.text() == "BE +32 ▾"
    assert QApplication.focusWidget() is button


def test_escape_keeps_the_country(qtbot: QtBot, button: PhoneCountryButton) -> None:
    qtbot.keyClick(button, Qt.Key.Key_F4)
    popup = button.popup()
    assert popup is not None
    assert popup.current_code() == "NL"  # the list opens on the current country
    qtbot.keyClick(popup.search, Qt.Key.Key_Down)
    with qtbot.assertNotEmitted(button.regionChanged):
        qtbot.keyClick(popup.search, Qt.Key.Key_Escape)
    assert button.region() == "NL"
    assert not popup.isVisible()
