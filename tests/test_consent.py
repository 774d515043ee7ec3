"""Consent in plain words: sentences mapped to Consent Mode flags, versions, the record."""

from __future__ import annotations

import pytest

from octanist_desktop.core.consent import (
    DEFAULT_CONSENT,
    ConsentFormatError,
    ConsentRecord,
    ConsentStatement,
    ConsentText,
    EnteredBy,
    consent_problems,
    default_consent,
    iso_time,
    staff_form_consent,
)
from octanist_desktop.core.fields import CONSENT_KEYS

T0 = 1_800_000_000.0  # 2027-01-15 08:00:00 UTC

TWO = ConsentText(
    "Tick what you agree to.",
    (
        ConsentStatement("Yes, measure my visit.", ("ad_storage", "ad_user_data")),
        ConsentStatement("Yes, statistics.", ("analytics_storage",)),
    ),
    "en",
)


def test_ticking_a_sentence_grants_its_flags_and_nothing_else() -> None:
    assert TWO.flags([False, False]) == dict.fromkeys(CONSENT_KEYS, False)
    assert TWO.flags([True, False]) == {
        "ad_storage": True,
        "ad_user_data": True,
        "ad_personalization": False,
        "analytics_storage": False,
    }
    assert TWO.flags([True, True])["analytics_storage"] is True
    assert TWO.flags([])["ad_storage"] is False  # nothing ticked: everything denied


def test_the_version_changes_with_any_word_or_mapping() -> None:
    same = ConsentText.from_json(TWO.to_json())
    assert same == TWO
    assert same.version == TWO.version
    assert len(TWO.version) == 12
    comma = ConsentText(TWO.intro.replace(".", ","), TWO.statements, "en")
    remapped = ConsentText(
        TWO.intro, (TWO.statements[0], ConsentStatement("Yes, statistics.", ("ad_storage",))), "en"
    )
    assert len({TWO.version, comma.version, remapped.version}) == 3


def test_defaults_ship_in_english_dutch_and_german_and_cover_every_flag() -> None:
    assert set(DEFAULT_CONSENT) == {"en", "nl", "de"}
    for text in DEFAULT_CONSENT.values():
        assert consent_problems(text) == []
        assert set(text.flags([True] * len(text.statements)).values()) == {True}
    assert default_consent("nl_BE").language == "nl"
    assert default_consent("de_AT").language == "de"
    assert default_consent("fr").language == "en"
    assert default_consent(None).language == "en"
    assert default_consent("nl").statements[0].text.startswith("Ja, u mag")
    assert default_consent("de").statements[0].text.startswith("Ja, Sie dürfen")
    assert DEFAULT_CONSENT["en"].version != DEFAULT_CONSENT["nl"].version


def test_the_staff_form_wording_names_each_flag() -> None:
    text = staff_form_consent()
    assert [s.flags for s in text.statements] == [(key,) for key in CONSENT_KEYS]
    assert text.statements[0].text.startswith("Ad storage: ")


def test_problems_in_a_wording_are_said_plainly() -> None:
    bad = ConsentText(
        "", (ConsentStatement(" ", ()), ConsentStatement("Yes.", ("ad_storage", "cookies"))), ""
    )
    assert consent_problems(bad) == [
        "Consent sentence 1 has no text.",
        "Consent sentence 1 doesn't say what it allows.",
        "Consent sentence 2 names unknown flags: cookies.",
    ]


@pytest.mark.parametrize(
    "data",
    [None, [], {"intro": 3, "statements": []}, {"statements": [{"text": "x", "flags": [1]}]}],
)
def test_damaged_stored_wordings_are_refused(data: object) -> None:
    with pytest.raises(ConsentFormatError):
        ConsentText.from_json(data)


def test_the_record_says_what_was_ticked_and_sends_a_compact_object() -> None:
    record = ConsentRecord(TWO, (False, True), T0, "booth-laptop", "Ann", EnteredBy.VISITOR)
    assert record.ticked_statements() == ["Yes, statistics."]
    assert record.flags()["analytics_storage"] is True
    assert record.for_custom() == {"version": TWO.version, "at": "2027-01-15T08:00:00Z"}
    assert iso_time(T0 + 0.7) == "2027-01-15T08:00:00Z"
