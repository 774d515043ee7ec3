"""Which language the app speaks, the Settings choice, and Qt's own translations beside ours."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from octanist_desktop.config import AppConfig
from octanist_desktop.prefs.language import load_language, save_language
from octanist_desktop.prefs.store import SettingsStore
from octanist_desktop.secrets.keystore import ApiKeyStore
from octanist_desktop.session import DesktopSession
from octanist_desktop.ui import language
from octanist_desktop.ui.mnemonics import menu_clashes
from octanist_desktop.ui.pseudo_locale import pseudo
from octanist_desktop.ui.settings.dialog import SettingsDialog
from tests.event_session import start_session


@pytest.fixture
def speak(qapp: QApplication) -> Iterator[object]:
    """Install a language for one test; the suite's English comes back after."""
    installed: list[language.InstalledLanguage] = []

    def install(choice: str | None, system: str = "C") -> language.InstalledLanguage:
        done = language.install(choice, qapp, system=QLocale(system))
        installed.append(done)
        return done

    yield install
    for done in reversed(installed):
        language.uninstall(done)


@pytest.mark.parametrize(
    ("choice", "system", "expected"),
    [
        (None, "nl_BE", "nl"),
        (None, "de_AT", "de"),
        (None, "fr_FR", "en"),  # not translated: English
        (None, "C", "en"),
        ("de", "nl_NL", "de"),  # Settings wins over the system
        ("en", "de_DE", "en"),
        ("xx", "nl_NL", "nl"),  # a choice we don't have (a newer version's): the system's
        ("pseudo", "nl_NL", "pseudo"),
    ],
)
def test_the_choice_wins_then_the_system_then_english(
    choice: str | None, system: str, expected: str
) -> None:
    assert language.resolve(choice, QLocale(system)) == expected


def test_a_chosen_language_is_written_as_in_the_systems_country() -> None:
    assert language.locale_for("de", QLocale("nl_BE")).name() == "de_BE"
    assert language.locale_for("nl", QLocale("en_US")).name() == "nl_NL"  # no nl_US: its home


def test_dutch_translates_the_app_and_qts_own_buttons(speak: object, qtbot: QtBot) -> None:
    speak("nl")  # type: ignore[operator]
    assert QCoreApplication.translate("SettingsDialog", "Lan&guage:") == "&Taal:"
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(buttons)
    assert buttons.button(QDialogButtonBox.StandardButton.Cancel).text() == "Annuleren"
    assert QLocale().name() == "nl_NL"  # chosen on a C system: the language's home
    assert QLocale().toString(1234567) == "1.234.567"


def test_following_a_dutch_system_keeps_its_locale(speak: object) -> None:
    installed = speak(None, "nl_BE")  # type: ignore[operator]
    assert installed.code == "nl"
    assert QCoreApplication.translate("SettingsDialog", "Lan&guage:") == "&Taal:"


def test_only_the_chosen_languages_files_are_loaded(speak: object) -> None:
    installed = speak("de")  # type: ignore[operator]
    files = [translator.filePath() for translator in installed.translators]
    assert [Path(f).name for f in files] == ["octanist_de.qm", "qtbase_de.qm"]
    english = speak("en")  # type: ignore[operator]
    assert [Path(t.filePath()).name for t in english.translators] == ["octanist_en.qm"]


def test_the_environment_overrides_settings_for_one_run(
    speak: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(language.ENVIRONMENT_VARIABLE, "pseudo")
    speak("nl")  # type: ignore[operator]
    assert QCoreApplication.translate("SettingsDialog", "Lan&guage:") == pseudo("Lan&guage:")


def test_the_pseudo_translation_is_longer_accented_and_keeps_placeholders() -> None:
    text = "Send {count} leads to %1 <b>now</b> &amp; later"
    said = pseudo(text)
    assert said.startswith("[")
    assert said.endswith("]")
    for kept in ("{count}", "%1", "<b>", "</b>", "&amp;"):
        assert kept in said
    assert "Šéñð" in said
    assert len(pseudo("Send the lead to Octanist")) >= 1.4 * len("Send the lead to Octanist")
    assert pseudo("") == ""


def test_pseudo_plural_forms_still_count(speak: object) -> None:
    speak("pseudo")  # type: ignore[operator]
    said = QCoreApplication.translate("Anything", "%n lead(s)", None, 3)
    assert "3" in said
    assert said.startswith("[")


def test_language_choice_round_trips_and_follows_the_system_when_cleared(tmp_path: Path) -> None:
    store = SettingsStore(tmp_path)
    assert load_language(store) is None
    save_language(store, "de")
    assert load_language(SettingsStore(tmp_path)) == "de"
    save_language(store, None)
    assert load_language(SettingsStore(tmp_path)) is None


def make_dialog(qtbot: QtBot, choice: str | None) -> SettingsDialog:
    dialog = SettingsDialog(
        ApiKeyStore(environ={}),
        lambda key: None,  # type: ignore[arg-type,return-value]
        api_url="https://octanist.com/api",
        region="NL",
        language_choice=choice,
    )
    qtbot.addWidget(dialog)
    return dialog


def test_settings_offers_the_languages_named_in_themselves(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, None)
    combo = dialog.language_combo
    names = [combo.itemText(i) for i in range(combo.count())]
    assert names == ["System language (English)", "English", "Nederlands", "Deutsch"]
    assert dialog.selected_language() == ""
    assert "next start" in dialog.language_note.text()


def test_settings_announces_a_changed_language_only(qtbot: QtBot) -> None:
    dialog = make_dialog(qtbot, "nl")
    assert dialog.selected_language() == "nl"
    with qtbot.assertNotEmitted(dialog.languageChanged):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    dialog = make_dialog(qtbot, "nl")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData(""))
    with qtbot.waitSignal(dialog.languageChanged) as signal:
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert signal.args == [""]


def test_the_language_chosen_in_a_sandbox_session_is_kept_for_every_session(
    qtbot: QtBot, data_dir: Path
) -> None:
    session = DesktopSession(
        AppConfig(api_url="https://octanist.com/api", data_dir=data_dir, sandbox=True),
        ApiKeyStore(),
    )
    qtbot.addWidget(session.window)
    try:
        start_session(qtbot, session)
        session.window.settingsRequested.emit()
        dialog = session.window.findChild(SettingsDialog)
        assert dialog is not None
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("de"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    finally:
        assert session.shutdown()
    # The main folder's settings, which start-up reads before any session exists.
    assert load_language(SettingsStore(data_dir)) == "de"
    assert load_language(SettingsStore(data_dir / "sandbox")) is None


def test_country_names_follow_the_apps_language(speak: object, qtbot: QtBot) -> None:
    speak("de", "fr_FR")  # type: ignore[operator]
    assert language.spoken() == "de"
    dialog = make_dialog(qtbot, "de")
    combo = dialog.region_combo
    assert combo.itemText(combo.findData("NL")) == "Niederlande (+31)"
    assert dialog.windowTitle() == "Einstellungen"


def test_import_rows_name_countries_in_the_apps_language() -> None:
    from octanist_desktop.importing.column_mapping import auto_map
    from octanist_desktop.importing.csv_import import check_rows
    from octanist_desktop.importing.csv_table import read_csv_bytes

    table = read_csv_bytes(b"Name,Phone,Country\nLukas Huber,0612345678,Austria\n")
    preview = check_rows(table, auto_map(table.headers), default_region="NL", language="de")
    assert preview is not None
    [verdict] = preview.verdicts
    assert "Österreich" in verdict.message
    english = check_rows(table, auto_map(table.headers), default_region="NL")
    assert english is not None
    assert "Austria" in english.verdicts[0].message


def test_keyring_problems_from_the_helper_process_are_said_in_dutch(speak: object) -> None:
    # The keyring's helper process sends its words as plain text; the welcome
    # page and Settings say them in the user's language (seen in English on a
    # Dutch desktop without a keyring).
    import keyring.errors

    from octanist_desktop.secrets.keystore import NO_KEYRING_MESSAGE, as_key_store_error
    from octanist_desktop.ui.words import translated

    speak("nl")  # type: ignore[operator]
    assert translated(str(NO_KEYRING_MESSAGE)).startswith("Je systeem heeft geen wachtwoordkluis")
    failed = as_key_store_error(keyring.errors.InitError("org.freedesktop.DBus.Error"))
    said = translated(str(failed.message))
    assert said.startswith("De wachtwoordkluis van het systeem kon niet starten (")
    assert "org.freedesktop.DBus.Error" in said
    assert "Controleer of de wachtwoordkluis" in said


@pytest.mark.parametrize("choice", ["en", "nl", "de"])
def test_no_menu_gives_one_letter_to_two_items_in_any_language(
    speak: object, qtbot: QtBot, data_dir: Path, choice: str
) -> None:
    # Seen in German: Event had Import, Mitarbeiter and Messemodus all on "m".
    speak(choice)  # type: ignore[operator]
    session = DesktopSession(
        AppConfig(api_url="https://octanist.com/api", data_dir=data_dir, sandbox=True),
        ApiKeyStore(),
    )
    qtbot.addWidget(session.window)
    try:
        start_session(qtbot, session)
        assert menu_clashes(session.window.menuBar()) == {}
    finally:
        assert session.shutdown()
