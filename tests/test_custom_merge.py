"""Merging answers, event, staff and capture method into ``custom``: the rules in core."""

from __future__ import annotations

import json

import pytest

from octanist_desktop.core.custom_merge import LeadContext, merge_custom, merge_into_draft
from octanist_desktop.core.validation import validate

CONTEXT = LeadContext(
    {"budget": "10k", "fit": 4, "demo": False},
    event="Expo Amsterdam 2026",
    staff_member="Anna",
    capture_method="booth",
)
EXTRA = CONTEXT.as_custom()


def test_context_leaves_empty_parts_out_but_keeps_false_and_numbers() -> None:
    assert EXTRA == {
        "event": "Expo Amsterdam 2026",
        "staff_member": "Anna",
        "capture_method": "booth",
        "budget": "10k",
        "fit": 4,
        "demo": False,
    }
    assert LeadContext({"a": "", "b": None}, staff_member="  ").as_custom() == {}


@pytest.mark.parametrize("typed", ["", "plain words", '{"a": 1}', "[1, 2]", "{broken"])
def test_nothing_to_merge_leaves_custom_as_typed(typed: str) -> None:
    merge = merge_custom(typed, {"x": "", "y": None})
    assert merge.text == typed
    assert not merge.merged


def test_empty_editor_becomes_the_context_object() -> None:
    merge = merge_custom("   ", EXTRA)
    assert merge.merged
    assert json.loads(merge.text) == EXTRA
    assert merge.conflicts == ()
    assert merge.wrapped_as is None


def test_editor_object_is_merged_and_wins_conflicts() -> None:
    typed = '{"fit": 5, "budget": "10k", "po": "A-17"}'
    merge = merge_custom(typed, EXTRA)
    merged = json.loads(merge.text)
    assert merged["fit"] == 5  # the editor wins
    assert merged["po"] == "A-17"
    assert merged["event"] == "Expo Amsterdam 2026"
    # Same value in both is no conflict worth mentioning.
    assert merge.conflicts == ("fit",)


def test_plain_text_is_kept_under_text() -> None:
    merge = merge_custom("  call after 3pm ", EXTRA)
    merged = json.loads(merge.text)
    assert merged["text"] == "call after 3pm"
    assert merged["fit"] == 4
    assert merge.wrapped_as == "text"


def test_a_json_array_is_kept_under_data() -> None:
    merge = merge_custom('["a", 2]', {"fit": 4})
    assert json.loads(merge.text) == {"fit": 4, "data": ["a", 2]}
    assert merge.wrapped_as == "data"


def test_a_question_keyed_text_loses_to_the_typed_text() -> None:
    merge = merge_custom("typed", {"text": "answer"})
    assert json.loads(merge.text) == {"text": "typed"}
    assert merge.conflicts == ("text",)


def test_broken_json_is_not_merged_so_validation_still_refuses_it() -> None:
    draft, merge = merge_into_draft({"name": "Jo", "custom": '{"a": '}, CONTEXT)
    assert not merge.merged
    assert draft["custom"] == '{"a": '
    assert "custom" in validate(draft).errors


def test_merged_draft_validates_to_an_object_payload() -> None:
    draft, merge = merge_into_draft({"name": "Jo", "custom": "call later"}, CONTEXT)
    assert merge.merged
    payload = validate(draft).payload
    assert payload["custom"] == {**EXTRA, "text": "call later"}


def test_answers_alone_do_not_make_a_lead() -> None:
    draft, merge = merge_into_draft({"name": " ", "note": "hello"}, CONTEXT)
    assert not merge.merged
    assert "custom" not in draft
    assert not validate(draft).ok


def test_typed_custom_counts_as_an_identifier() -> None:
    draft, merge = merge_into_draft({"custom": "vip"}, CONTEXT)
    assert merge.merged
    assert validate(draft).payload["custom"] == {**EXTRA, "text": "vip"}


def test_company_and_job_title_go_into_custom_first_and_the_editor_still_wins() -> None:
    context = LeadContext({}, event="Expo", contact={"company": " Acme ", "title": ""})

    draft, merge = merge_into_draft({"name": "Ada", "custom": '{"company": "Acme BV"}'}, context)

    assert json.loads(str(draft["custom"])) == {"company": "Acme BV", "event": "Expo"}
    assert merge.conflicts == ("company",)


def test_a_company_alone_is_enough_to_send_custom_data() -> None:
    context = LeadContext({}, contact={"company": "Acme", "title": "CTO"})

    draft, merge = merge_into_draft({"custom": ""}, context)

    assert merge.merged
    assert json.loads(str(draft["custom"])) == {"company": "Acme", "title": "CTO"}
