"""JSON mistakes are named by their cause, in plain words, at the right line and column."""

from __future__ import annotations

import json

import pytest

from octanist_desktop.core.custom_json import parse_custom
from octanist_desktop.core.json_problems import explain_json_error


def explain(text: str) -> tuple[str, int, int]:
    trimmed = text.lstrip()
    try:
        json.loads(trimmed)
    except json.JSONDecodeError as exc:
        problem = explain_json_error(text, exc, len(text) - len(trimmed))
        return problem.message, problem.line, problem.column
    raise AssertionError("the text parsed")


@pytest.mark.parametrize(
    ("text", "message", "where"),
    [
        # The example: a missing } reported as "Expecting ',' delimiter".
        (
            '{\n  "company": "Acme",\n  "size": 40\n',
            "Missing closing } at line 3 (the { at line 1, column 1 is never closed).",
            (3, 13),
        ),
        (
            '{"tags": ["a", "b"}',
            "Missing closing ] before the } at line 1, column 19 (for the [ at line 1, column 10).",
            (1, 19),
        ),
        ('{"a": 1}}', "Extra } at line 1, column 9: there is nothing for it to close.", (1, 9)),
        (
            '{"a": "hello}\n',
            'Missing closing " for the text that starts at line 1, column 7.',
            (1, 7),
        ),
        ('{"a": 1 "b": 2}', "Missing comma at line 1, column 9, between two items.", (1, 9)),
        (
            '{"a" 1}',
            "Missing : at line 1, column 6, between a name and its value.",
            (1, 6),
        ),
        (
            '{"a": 1,\n}',
            "Remove the comma before the } at line 2, column 1: nothing follows it.",
            (2, 1),
        ),
        (
            "[1, 2,]",
            "Remove the comma before the ] at line 1, column 7: nothing follows it.",
            (1, 7),
        ),
        (
            '{company: "Acme"}',
            'Put the name at line 1, column 2 in double quotes, like "company".',
            (1, 2),
        ),
        (
            "{'company': 'Acme'}",
            'Use double quotes (") around names, not single ones, at line 1, column 2.',
            (1, 2),
        ),
        ('{"vip": yes}', 'Put the text at line 1, column 9 in double quotes, like "yes".', (1, 9)),
        ('{"a": }', "A value is missing at line 1, column 7.", (1, 7)),
        (
            '{"a": 1} {"b": 2}',
            "There is more after the end at line 1, column 10; put everything inside one "
            "{ } or [ ], separated by commas.",
            (1, 10),
        ),
    ],
)
def test_mistakes_are_named_by_their_cause(text: str, message: str, where: tuple[int, int]) -> None:
    said, line, column = explain(text)
    assert said == message
    assert (line, column) == where


def test_positions_count_the_text_as_typed() -> None:
    parsed = parse_custom('\n\n  {"a": 1 "b": 2}')

    assert (parsed.line, parsed.column) == (3, 11)
    assert parsed.error == "Custom data: Missing comma at line 3, column 11, between two items."


def test_the_first_mistake_is_named_first() -> None:
    # A comma is missing on line 2 and the } never comes: fix them in order.
    said, line, _ = explain('{"a": 1\n "b": 2\n')
    assert said.startswith("Missing comma")
    assert line == 2


@pytest.mark.parametrize(
    "text",
    ['{"a": "\\q"}', '{"a": "tab\there"}', "[", "{", '["', '{"a": [1, {"b": 2]}', "}{", "[1,,2]"],
)
def test_every_mistake_gets_a_sentence_with_a_position(text: str) -> None:
    said, line, column = explain(text)
    assert said.endswith(".")
    assert f"line {line}" in said
    assert line >= 1
    assert column >= 1
