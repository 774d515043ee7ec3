"""core.deal: what an outcome must hold, and the PATCH body it becomes."""

from __future__ import annotations

from decimal import Decimal

import pytest

from octanist_desktop.core.deal import (
    Match,
    MatchBy,
    OutcomeDraft,
    OutcomeProblem,
    Stage,
    match_for,
    parse_value,
    value_json,
)
from octanist_desktop.core.remote import Usage


def test_the_id_wins_and_email_and_phone_are_never_used_with_it() -> None:
    assert match_for("lead_1", "a@example.com", "+31 6") == Match(MatchBy.ID, "lead_1")
    assert match_for(None, " a@example.com ", "+31 6") == Match(MatchBy.EMAIL, "a@example.com")
    assert match_for(None, "", "+31 6 1234") == Match(MatchBy.PHONE, "+31 6 1234")
    assert match_for(None, " ", "") is None


def test_won_body_by_id() -> None:
    draft = OutcomeDraft(Stage.WON, Decimal("5000.00"), note=" Signed ", currency="EUR")
    assert draft.problems() == []
    assert draft.body(Match(MatchBy.ID, "lead_1")) == {
        "id": "lead_1",
        "status": "won",
        "value": 5000,
        "note": "Signed",
    }


def test_lost_body_keeps_the_reason_and_other_stages_drop_it() -> None:
    lost = OutcomeDraft(Stage.LOST, loss_reason="Went with a competitor")
    qualified = OutcomeDraft(Stage.QUALIFIED, Decimal("12.5"), loss_reason="ignored")
    assert lost.body(Match(MatchBy.EMAIL, "a@b.c")) == {
        "email": "a@b.c",
        "status": "lost",
        "lossReason": "Went with a competitor",
    }
    assert qualified.body(Match(MatchBy.PHONE, "+316")) == {
        "phone": "+316",
        "status": "qualified",
        "value": 12.5,
    }


@pytest.mark.parametrize(
    ("draft", "problem"),
    [
        (OutcomeDraft(Stage.OPEN), OutcomeProblem.NOT_MARKABLE),
        (OutcomeDraft(Stage.WON), OutcomeProblem.VALUE_REQUIRED),
        (OutcomeDraft(Stage.WON, Decimal(-1)), OutcomeProblem.VALUE_NEGATIVE),
        (OutcomeDraft(Stage.WON, Decimal("NaN")), OutcomeProblem.VALUE_NEGATIVE),
        (OutcomeDraft(Stage.WON, Decimal("1e12")), OutcomeProblem.VALUE_TOO_LARGE),
        (OutcomeDraft(Stage.LOST, note="x" * 2001), OutcomeProblem.NOTE_TOO_LONG),
        (OutcomeDraft(Stage.LOST, loss_reason="x" * 301), OutcomeProblem.LOSS_REASON_TOO_LONG),
    ],
)
def test_problems(draft: OutcomeDraft, problem: OutcomeProblem) -> None:
    assert problem in draft.problems()


def test_qualified_and_lost_need_no_value() -> None:
    assert OutcomeDraft(Stage.QUALIFIED).problems() == []
    assert OutcomeDraft(Stage.LOST).problems() == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [(Decimal(5000), 5000), (Decimal("5000.00"), 5000), (Decimal("0.125"), 0.12)],
)
def test_value_json(value: Decimal, expected: float) -> None:
    assert value_json(value) == expected


def test_parse_value() -> None:
    assert parse_value(" 1200.50 ") == Decimal("1200.50")
    assert parse_value("lots") is None
    assert parse_value("Infinity") is None


@pytest.mark.parametrize(
    ("used", "limit", "locked", "warn"),
    [(449, 500, 0, False), (450, 500, 0, True), (10, 500, 1, True), (9999, None, 0, False)],
)
def test_usage_warns_at_ninety_percent_or_when_locked(
    used: int, limit: int | None, locked: int, warn: bool
) -> None:
    assert Usage(used, limit, locked).nearly_full is warn
