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

from octanist_desktop.core.words import QT_TRANSLATE_NOOP

__all__ = ["JsonProblem", "explain_json_error"]

_CLOSER = {"{": "}", "[": "]"}
_OPENER = {"}": "{", "]": "["}

# Brackets and quotes are values ({char}), so no translation has to escape braces.
_AT = QT_TRANSLATE_NOOP("JsonProblems", "at line {line}, column {column}")
_UNCLOSED_TEXT = QT_TRANSLATE_NOOP(
    "JsonProblems",
    "Missing closing {quote} for the text that starts at line {line}, column {column}.",
)
_EXTRA_CLOSER = QT_TRANSLATE_NOOP(
    "JsonProblems",
    "Extra {char} at line {line}, column {column}: there is nothing for it to close.",
)
_WRONG_CLOSER = QT_TRANSLATE_NOOP(
    "JsonProblems",
    "Missing closing {closer} before the {char} at line {line}, column {column} (for the "
    "{opener} at line {open_line}, column {open_column}).",
)
_NEVER_CLOSED = QT_TRANSLATE_NOOP(
    "JsonProblems",
    "Missing closing {closer} at line {line} (the {opener} at line {open_line}, column "
    "{open_column} is never closed).",
)
_TRAILING_COMMA = QT_TRANSLATE_NOOP(
    "JsonProblems", "Remove the comma before the {char} {at}: nothing follows it."
)
_SINGLE_QUOTED_NAME = QT_TRANSLATE_NOOP(
    "JsonProblems", "Use double quotes ({quote}) around names, not single ones, {at}."
)
_UNQUOTED_NAME = QT_TRANSLATE_NOOP(
    "JsonProblems", "Put the name {at} in double quotes, like {example}."
)
_MISSING_COMMA = QT_TRANSLATE_NOOP("JsonProblems", "Missing comma {at}, between two items.")
_MISSING_COLON = QT_TRANSLATE_NOOP(
    "JsonProblems", "Missing {colon} {at}, between a name and its value."
)
_MISSING_VALUE = QT_TRANSLATE_NOOP("JsonProblems", "A value is missing {at}.")
_SINGLE_QUOTED_TEXT = QT_TRANSLATE_NOOP(
    "JsonProblems", "Use double quotes ({quote}) around text, not single ones, {at}."
)
_UNQUOTED_TEXT = QT_TRANSLATE_NOOP(
    "JsonProblems", "Put the text {at} in double quotes, like {example}."
)
_MORE_AFTER_END = QT_TRANSLATE_NOOP(
    "JsonProblems",
    "There is more after the end {at}; put everything inside one {braces} or {brackets}, "
    "separated by commas.",
)
_CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "JsonProblems", "A line break or tab inside quotes {at}; write {newline} or {tab} instead."
)
_BAD_ESCAPE = QT_TRANSLATE_NOOP(
    "JsonProblems", "A backslash {at} starts no known escape; write {backslash} for a backslash."
)
# Python's own words, when none of the above fits.
_PARSER_SAYS = QT_TRANSLATE_NOOP("JsonProblems", "{problem} {at}.")


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
                return JsonProblem(_unclosed_text(line, column), line, column)
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
                    _EXTRA_CLOSER.format(char=char, line=str(line), column=str(column)),
                    line,
                    column,
                )
            open_spot = stack.pop()
            if _CLOSER[open_spot.char] != char:
                open_line, open_column = _position(text, open_spot.pos)
                message = _WRONG_CLOSER.format(
                    closer=_CLOSER[open_spot.char],
                    char=char,
                    line=str(line),
                    column=str(column),
                    opener=open_spot.char,
                    open_line=str(open_line),
                    open_column=str(open_column),
                )
                return JsonProblem(message, line, column)
    if in_string:
        line, column = _position(text, string_start)
        return JsonProblem(_unclosed_text(line, column), line, column)
    value_missing = msg.startswith("Expecting value") and _previous_char(text, error_pos) == ":"
    if stack and error_pos >= len(text.rstrip()) and not value_missing:
        spot = stack[-1]
        end_line, end_column = _position(text, len(text.rstrip()))
        open_line, open_column = _position(text, spot.pos)
        message = _NEVER_CLOSED.format(
            closer=_CLOSER[spot.char],
            line=str(end_line),
            opener=spot.char,
            open_line=str(open_line),
            open_column=str(open_column),
        )
        return JsonProblem(message, end_line, end_column)
    return None


def _symptom(text: str, pos: int, msg: str) -> JsonProblem:
    """Word the parser's own complaint, using the character it stopped at."""
    line, column = _position(text, pos)
    at = _AT.format(line=str(line), column=str(column))
    char = text[pos:].lstrip()[:1]  # "" at the end of the text
    before = _previous_char(text, pos)
    if msg.startswith("Expecting property name"):
        if char == "}" and before == ",":
            message = _TRAILING_COMMA.format(char="}", at=at)
        elif char == "'":
            message = _SINGLE_QUOTED_NAME.format(quote='"', at=at)
        else:
            message = _UNQUOTED_NAME.format(at=at, example='"company"')
    elif msg.startswith("Expecting ',' delimiter"):
        message = _MISSING_COMMA.format(at=at)
    elif msg.startswith("Expecting ':' delimiter"):
        message = _MISSING_COLON.format(colon=":", at=at)
    elif msg.startswith("Expecting value"):
        if char == "]" and before == ",":
            message = _TRAILING_COMMA.format(char="]", at=at)
        elif char in (",", "}", "]", ""):
            message = _MISSING_VALUE.format(at=at)
        elif char == "'":
            message = _SINGLE_QUOTED_TEXT.format(quote='"', at=at)
        else:
            message = _UNQUOTED_TEXT.format(at=at, example='"yes"')
    elif msg.startswith("Extra data"):
        message = _MORE_AFTER_END.format(at=at, braces="{ }", brackets="[ ]")
    elif msg.startswith("Invalid control character"):
        message = _CONTROL_CHARACTER.format(at=at, newline="\\n", tab="\\t")
    elif msg.startswith("Invalid \\escape") or msg.startswith("Invalid \\u"):
        message = _BAD_ESCAPE.format(at=at, backslash="\\\\")
    else:
        message = _PARSER_SAYS.format(problem=msg, at=at)
    return JsonProblem(message, line, column)


def _unclosed_text(line: int, column: int) -> str:
    return _UNCLOSED_TEXT.format(quote='"', line=str(line), column=str(column))


def _position(text: str, pos: int) -> tuple[int, int]:
    """1-based line and column of ``pos``, counted as ``json.JSONDecodeError`` does."""
    line = text.count("\n", 0, pos) + 1
    column = pos - text.rfind("\n", 0, pos)
    return line, column


def _previous_char(text: str, pos: int) -> str:
    """The last non-blank character before ``pos`` ("" at the start)."""
    stripped = text[:pos].rstrip()
    return stripped[-1] if stripped else ""
