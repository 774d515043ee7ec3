"""No country known for phone numbers: asked once, above the form, never in the way."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

import octanist_desktop.session as session_module
from octanist_desktop.prefs.settings import AppSettings
from octanist_desktop.prefs.store import SettingsStore
from tests.event_session import SessionFactory, open_session

__all__ = ["open_session"]  # the fixture, imported for pytest


@pytest.fixture(autouse=True)
def no_locale_country(monkeypatch: pytest.MonkeyPatch) -> None:
    """A C.UTF-8 machine: the locale names no country."""
    monkeypatch.setattr(session_module, "system_region", lambda: None)


def test_the_question_shows_without_taking_the_cursor_and_an_answer_sticks(
    qtbot: QtBot, data_dir: Path, open_session: SessionFactory
) -> None:
    session = open_session()
    window = session.window
    prompt = window.region_prompt
    assert prompt.isVisible()
    assert QApplication.focusWidget() is window.form.input_widget("name")

    prompt.choose_button.click()
    country_list = prompt.country_list()
    assert country_list is not None
    qtbot.keyClicks(country_list.search, "Belg")
    qtbot.keyClick(country_list.search, Qt.Key.Key_Return)

    assert not prompt.isVisible()
    assert window.form.phone_region() == "BE"
    assert AppSettings.load(SettingsStore(data_dir)).default_region == "BE"
    assert session.shutdown()
    again = open_session()
    assert again.window._region_prompt is None  # not asked, not even built


def test_not_now_is_remembered(qtbot: QtBot, data_dir: Path, open_session: SessionFactory) -> None:
    session = open_session()
    session.window.region_prompt.later_button.click()
    assert not session.window.region_prompt.isVisible()
    assert AppSettings.load(SettingsStore(data_dir)).region_asked
    assert session.shutdown()

    again = open_session()
    assert again.window._region_prompt is None
    assert again.window.form.phone_region() == ""
