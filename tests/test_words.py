"""Lower layers' words: English as they are, translated whole at the UI, even after the database."""

from __future__ import annotations

import datetime as dt
import pickle
import sqlite3
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from octanist_desktop.core.words import QT_TRANSLATE_NOOP, recognise
from octanist_desktop.ui.words import translated

REACHED = QT_TRANSLATE_NOOP("WordsTest", "Could not reach {host}: {how}. The lead waits.")
REFUSED = QT_TRANSLATE_NOOP("WordsTest", "the connection was refused")
TOO_LONG = QT_TRANSLATE_NOOP("WordsTest", "{label} can be at most {limit} characters.")
SENT = QT_TRANSLATE_NOOP("WordsTest", "Sent {day} at {time}")
NAME = QT_TRANSLATE_NOOP("WordsTest", "Name")
ONLY_HERE = QT_TRANSLATE_NOOP("WordsTest", "A sentence only this test marks.")

DUTCH = {
    REACHED.template: "{host} is niet bereikbaar: {how}. De lead wacht.",
    REFUSED.template: "de verbinding werd geweigerd",
    TOO_LONG.template: "{label} mag hoogstens {limit} tekens hebben.",
    SENT.template: "Verstuurd op {day} om {time}",
    NAME.template: "Naam",
}


class DutchForTheTest(QTranslator):
    """A translator for this test's context only, as a .qm would answer."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None: not this translator's text (an empty string would be a translation).
        return DUTCH.get(source) if context == "WordsTest" else None


@pytest.fixture
def dutch(qapp: QApplication) -> Iterator[None]:
    translator = DutchForTheTest()
    qapp.installTranslator(translator)
    previous = QLocale()
    QLocale.setDefault(QLocale("nl_NL"))
    yield
    QLocale.setDefault(previous)
    qapp.removeTranslator(translator)


def test_words_read_as_english_everywhere_a_str_goes() -> None:
    words = REACHED.format(host="octanist.com", how=REFUSED)
    assert words == "Could not reach octanist.com: the connection was refused. The lead waits."
    assert isinstance(words, str)
    conn = sqlite3.connect(":memory:")
    conn.execute("CREATE TABLE t (text TEXT)")
    conn.execute("INSERT INTO t VALUES (?)", (words,))
    assert conn.execute("SELECT text FROM t").fetchone()[0] == words
    copy = pickle.loads(pickle.dumps(words))  # noqa: S301 -- our own bytes
    assert copy == words
    assert copy.values == words.values


def test_values_read_in_english_form() -> None:
    assert TOO_LONG.format(label=NAME, limit=1000) == "Name can be at most 1,000 characters."
    at = SENT.format(day=dt.date(2026, 3, 3), time=dt.time(10, 42))
    assert at == "Sent 03 Mar 2026 at 10:42"


def test_format_takes_keywords_only() -> None:
    with pytest.raises(TypeError):
        TOO_LONG.format("Name", 3)


def test_plain_text_is_recognised_with_its_values() -> None:
    stored = str(REACHED.format(host="api.example.com", how=REFUSED))
    found = recognise(stored)
    assert found is not None
    assert found.template == REACHED.template
    assert found.values == {"host": "api.example.com", "how": "the connection was refused"}
    assert recognise("Octanist said: the email is invalid") is None
    assert recognise(str(ONLY_HERE)) is ONLY_HERE


def test_the_ui_translates_whole_sentences_values_in_the_locale(dutch: None) -> None:
    assert (
        translated(TOO_LONG.format(label=NAME, limit=1000))
        == "Naam mag hoogstens 1.000 tekens hebben."
    )
    assert translated(SENT.format(day=dt.date(2026, 3, 3), time=dt.time(10, 42))) == (
        "Verstuurd op 3 mrt 2026 om 10:42"
    )


def test_text_back_from_the_database_is_translated_too(dutch: None) -> None:
    stored = str(REACHED.format(host="api.example.com", how=REFUSED))
    assert translated(stored) == (
        "api.example.com is niet bereikbaar: de verbinding werd geweigerd. De lead wacht."
    )


def test_unmarked_text_is_shown_as_it_came(dutch: None) -> None:
    assert translated("Octanist: e-mail ongeldig") == "Octanist: e-mail ongeldig"
    assert translated(None) == ""


def test_a_translation_with_broken_placeholders_falls_back_to_english(
    qapp: QApplication, caplog: pytest.LogCaptureFixture
) -> None:
    class Broken(QTranslator):
        def translate(  # type: ignore[override]
            self, context: str, source: str, disambiguation: str | None = None, n: int = -1
        ) -> str:
            return "{lable} kapot" if context == "WordsTest" else ""

    translator = Broken()
    qapp.installTranslator(translator)
    try:
        words = TOO_LONG.format(label="Name", limit=3)
        assert translated(words) == str(words)
    finally:
        qapp.removeTranslator(translator)
    assert "broken placeholders" in caplog.text
    assert QCoreApplication.translate("WordsTest", "Name") == "Name"


def test_a_value_that_looks_like_a_marked_word_stays_data(dutch: None) -> None:
    # Someone called "Name" (or a company called "Name") is not translated to "Naam".
    said = translated(TOO_LONG.format(label="Name", limit=3))
    assert said == "Name mag hoogstens 3 tekens hebben."
    assert translated(TOO_LONG.format(label=NAME, limit=3)) == "Naam mag hoogstens 3 tekens hebben."
