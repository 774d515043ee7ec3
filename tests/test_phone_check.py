"""Strict phone checking: a number that can't be real in its country is an error until confirmed."""

from __future__ import annotations

import pytest

from octanist_desktop.core.phone_check import PhoneProblem, check_phone, international_form
from octanist_desktop.core.validation import validate


@pytest.mark.parametrize(
    ("typed", "region", "problem"),
    [
        ("06 1234 5678", "NL", None),
        ("020 555 1234", "NL", None),
        ("+31 6 12345678", None, None),
        ("06 1234 5678", None, PhoneProblem.NEEDS_COUNTRY),
        ("+31 6 123", "NL", PhoneProblem.TOO_SHORT),
        ("+31 6 1234 5678 9012", "NL", PhoneProblem.TOO_LONG),
        ("+999 1234 5678", "NL", PhoneProblem.UNKNOWN_COUNTRY_CODE),
        ("call me", "NL", PhoneProblem.UNREADABLE),
        ("+31 00 1234 5678", "NL", PhoneProblem.NOT_IN_USE),
        ("", None, None),
    ],
)
def test_what_is_wrong_with_a_number(typed: str, region: str | None, problem: object) -> None:
    assert check_phone(typed, region).problem == problem


def test_the_number_s_own_country_wins_over_the_chosen_one() -> None:
    for typed in ("+49 30 1", "+49 1", "0049 1"):
        check = check_phone(typed, "NL")
        assert check.problem is PhoneProblem.TOO_SHORT
        assert (check.region, check.dialling_code) == ("DE", 49)
    check = check_phone("+44 20 123", "NL")
    assert (check.region, check.dialling_code) == ("GB", 44)


def test_the_preview_is_grouped_the_way_it_is_read_out() -> None:
    result = validate({"phone": "06 12345678"}, default_region="NL", strict_phone=True)
    assert result.payload["phone"] == "+31612345678"
    assert result.phone_display == "+31 6 12345678"
    assert international_form("+31612345678") == "+31 6 12345678"


def test_in_the_form_a_short_number_is_an_error_naming_the_country() -> None:
    result = validate({"name": "Ada", "phone": "+31 6 123"}, strict_phone=True)

    assert result.errors == {
        "phone": "Too short for a phone number in NL (+31); a digit may be missing."
    }
    assert result.phone_needs_confirming


def test_a_national_number_without_a_country_is_an_error_in_the_form() -> None:
    result = validate({"name": "Ada", "phone": "06 1234 5678"}, strict_phone=True)
    assert "Choose the country" in result.errors["phone"]


def test_confirmed_it_is_sent_as_typed_with_a_warning() -> None:
    typed = "+31 6 123"
    result = validate(
        {"name": "Ada", "phone": typed}, strict_phone=True, confirmed_phone=f" {typed} "
    )

    assert result.ok
    assert result.payload["phone"] == typed
    assert "as you confirmed" in result.warnings["phone"]


def test_confirming_one_number_does_not_confirm_another() -> None:
    result = validate(
        {"name": "Ada", "phone": "+31 6 124"}, strict_phone=True, confirmed_phone="+31 6 123"
    )
    assert not result.ok


def test_imports_keep_the_lenient_rule() -> None:
    result = validate({"name": "Ada", "phone": "+31 6 123"}, default_region="NL")
    assert result.ok
    assert "phone" in result.warnings
