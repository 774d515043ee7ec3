"""Saying what is wrong with typed JSON in a salesperson's words, with line and column.

Python's ``json`` names the symptom where the parser gave up ("Expecting ','
delimiter" at the end of the text); a person needs the cause ("Missing
closing } at line 3"). A scan of the brackets and quotes finds the cause for
the common slips: a bracket never closed or closed by the wrong one, a quote
never closed, a comma too many or too few, a name without quotes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

__all__ = ["JsonProblem", "explain_json_error"]

_CLOSER = {"{": "}", "[": "]"}
_OPENER = {"}": "{", "]": "["}
_QUOTE_HINT = 'like "yes"'


@dataclass(frozen=True, slots=True)
class JsonProblem:
    """One JSON mistake: a sentence for the user and where it is (1-based)."""

    message: str
    line: int
    column: int


@dataclass(frozen=True, slots=True)
class _Spot:
    char: str
    pos: int


def explain_json_error(text: str, error: json.JSONDecodeError, offset: int = 0) -> JsonProblem:
    """Explain ``error``, raised by ``json.loads(text[offset:])``, in plain words.

    Positions in the answer refer to ``text`` as typed (``offset`` is where
    the parsed part starts). Never raises.
    """
    pos = offset + error.pos
    structural = _bracket_problem(text, offset, pos, error.msg)
    if structural is not None:
        return structural
    return _symptom(text, pos, error.msg)


def _bracket_problem(text: str, start: int, error_pos: int, msg: str) -> JsonProblem | None:
    """The first bracket or quote mistake at or before ``error_pos``, if that explains the error."""
    stack: list[_Spot] = []
    in_string = False
    escaped = False
    string_start = 0
    for pos in range(start, len(text)):
        char = text[pos]
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
            elif char == "\n":
                line, column = _position(text, string_start)
                return JsonProblem(
                    f'Missing closing " for the text that starts at line {line}, column {column}.',
                    line,
                    column,
                )
            continue
        if pos > error_pos:
            return None  # the parser stopped earlier, for another reason
        if char == '"':
            in_string, string_start = True, pos
        elif char in _CLOSER:
            stack.append(_Spot(char, pos))
        elif char in _OPENER:
            line, column = _position(text, pos)
            if not stack:
                return JsonProblem(
                    f"Extra {char} at line {line}, column {column}: there is nothing "
                    "for it to close.",
                    line,
                    column,
                )
            open_spot = stack.pop()
            if _CLOSER[open_spot.char] != char:
                open_line, open_column = _position(text, open_spot.pos)
                return JsonProblem(
                    f"Missing closing {_CLOSER[open_spot.char]} before the {char} at line "
                    f"{line}, column {column} (for the {open_spot.char} at line {open_line}, "
                    f"column {open_column}).",
                    line,
                    column,
                )
    if in_string:
        line, column = _position(text, string_start)
        return JsonProblem(
            f'Missing closing " for the text that starts at line {line}, column {column}.',
            line,
            column,
        )
    value_missing = msg.startswith("Expecting value") and _previous_char(text, error_pos) == ":"
    if stack and error_pos >= len(text.rstrip()) and not value_missing:
        spot = stack[-1]
        end_line, end_column = _position(text, len(text.rstrip()))
        open_line, open_column = _position(text, spot.pos)
        return JsonProblem(
            f"Missing closing {_CLOSER[spot.char]} at line {end_line} (the {spot.char} at "
            f"line {open_line}, column {open_column} is never closed).",
            end_line,
            end_column,
        )
    return None


def _symptom(text: str, pos: int, msg: str) -> JsonProblem:
    """Word the parser's own complaint, using the character it stopped at."""
    line, column = _position(text, pos)
    at = f"at line {line}, column {column}"
    char = text[pos:].lstrip()[:1]  # "" at the end of the text
    before = _previous_char(text, pos)
    if msg.startswith("Expecting property name"):
        if char == "}" and before == ",":
            message = f"Remove the comma before the }} {at}: nothing follows it."
        elif char == "'":
            message = f'Use double quotes (") around names, not single ones, {at}.'
        else:
            message = f'Put the name {at} in double quotes, like "company".'
    elif msg.startswith("Expecting ',' delimiter"):
        message = f"Missing comma {at}, between two items."
    elif msg.startswith("Expecting ':' delimiter"):
        message = f"Missing : {at}, between a name and its value."
    elif msg.startswith("Expecting value"):
        if char == "]" and before == ",":
            message = f"Remove the comma before the ] {at}: nothing follows it."
        elif char in (",", "}", "]", ""):
            message = f"A value is missing {at}."
        elif char == "'":
            message = f'Use double quotes (") around text, not single ones, {at}.'
        else:
            message = f"Put the text {at} in double quotes, {_QUOTE_HINT}."
    elif msg.startswith("Extra data"):
        message = (
            f"There is more after the end {at}; put everything inside one {{ }} "
            "or [ ], separated by commas."
        )
    elif msg.startswith("Invalid control character"):
        message = f"A line break or tab inside quotes {at}; write \\n or \\t instead."
    elif msg.startswith("Invalid \\escape") or msg.startswith("Invalid \\u"):
        message = f"A backslash {at} starts no known escape; write \\\\ for a backslash."
    else:
        message = f"{msg} {at}."
    return JsonProblem(message, line, column)


def _position(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of ``pos``, counted as ``json.JSONDecodeError`` does."""
    line = text.count("\n", 0, pos) + 1
    column = pos - text.rfind("\n", 0, pos)
    return line, column


def _previous_char(text: str, pos: int) -> str:
    """The last non-blank character before ``pos`` ("" at the start)."""
    stripped = text[:pos].rstrip()
    return stripped[-1] if stripped else ""
