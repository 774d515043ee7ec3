"""Reading the "Custom data" field: plain text, or a JSON object or array.

Octanist accepts ``custom`` as a string or as any JSON value. The form lets
the salesperson type either; text that starts with ``{`` or ``[`` is taken to
be JSON and must parse, so a half-typed object is never sent as a string by
accident.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Literal

from octanist_desktop.core.fields import FIELD_BY_KEY
from octanist_desktop.core.json_limits import (
    MAX_DEPTH,
    nested_deeper_than,
    storable_text,
    storable_value,
)
from octanist_desktop.core.json_problems import explain_json_error
from octanist_desktop.core.words import QT_TRANSLATE_NOOP, Words

CustomKind = Literal["empty", "text", "json", "error"]

_LABEL = FIELD_BY_KEY["custom"].label
_JSON_OPENERS = ("{", "[")
_MAX_INT_DIGITS = 4_000
#: A problem with the custom data, said after the field's name ("Custom data: …").
IN_CUSTOM_DATA = QT_TRANSLATE_NOOP("CustomData", "{label}: {problem}")
_TOO_DEEP = IN_CUSTOM_DATA.format(
    label=_LABEL,
    problem=QT_TRANSLATE_NOOP(
        "CustomData", "it is nested too deeply to send (at most {depth} levels of brackets)."
    ).format(depth=MAX_DEPTH),
)
_NOT_A_JSON_VALUE = QT_TRANSLATE_NOOP(
    "CustomData", "{name} is not a JSON value; write it as text in quotes."
)
_NUMBER_TOO_LARGE = QT_TRANSLATE_NOOP("CustomData", "the number {number} is too large.")
_NUMBER_TOO_LONG = QT_TRANSLATE_NOOP("CustomData", "a number with {digits} digits is too long.")
_UNREADABLE = QT_TRANSLATE_NOOP("CustomData", "it could not be read.")


@dataclass(frozen=True, slots=True)
class CustomParse:
    """What the custom-data text will be sent as, or why it can't be.

    ``kind`` is ``"empty"`` (nothing but whitespace), ``"text"`` (sent as a
    trimmed string), ``"json"`` (sent as the parsed object or array) or
    ``"error"`` (looks like JSON but isn't). ``line`` and ``column`` are
    1-based positions in the text as typed, when the error has a position.
    ``broken_characters`` is true when the value had lone surrogates (a
    ``"\\ud83d"`` escape without its other half) that were replaced by U+FFFD.
    """

    kind: CustomKind
    value: object
    error: str | None = None
    line: int | None = None
    column: int | None = None
    broken_characters: bool = False


class _NotSendableNumberError(ValueError):
    """A number JSON can carry in text but not as a value we could send back out."""


def _reject_constant(name: str) -> object:
    # Python's json accepts NaN and Infinity, but they are not JSON and the
    # request body would be refused, so they count as a syntax mistake here.
    raise _NotSendableNumberError(_NOT_A_JSON_VALUE.format(name=name))


def _finite_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _NotSendableNumberError(_NUMBER_TOO_LARGE.format(number=text[:30]))
    return value


def _bounded_int(text: str) -> int:
    # Python refuses to convert integers this long anyway, with a message
    # meant for programmers; say it in plain words instead.
    if len(text.lstrip("-")) > _MAX_INT_DIGITS:
        raise _NotSendableNumberError(_NUMBER_TOO_LONG.format(digits=len(text)))
    return int(text)


def parse_custom(text: str, *, repair: bool = True) -> CustomParse:
    """Read custom-data text the way ``validate()`` will send it.

    Cheap enough for the JSON editor to call on every keystroke. Never raises.
    ``repair=False`` leaves broken characters in the value (for a merge whose
    result ``validate()`` reads again and then repairs, with its warning).
    """
    # One replacement character per broken one: line and column stay right.
    storable = storable_text(text) if repair and not text.isascii() else text
    broken = storable != text
    text = storable
    trimmed = text.strip()
    if not trimmed:
        return CustomParse("empty", None)
    if not trimmed.startswith(_JSON_OPENERS):
        return CustomParse("text", trimmed, broken_characters=broken)
    # Positions must refer to the text as typed, but str.strip() removes more
    # kinds of whitespace than JSON allows, so parse the trimmed text and shift.
    offset = len(text) - len(text.lstrip())
    try:
        value = _DECODER.decode(trimmed)
    except json.JSONDecodeError as exc:
        problem = explain_json_error(text, exc, offset)
        message = IN_CUSTOM_DATA.format(label=_LABEL, problem=problem.message)
        return CustomParse("error", None, message, problem.line, problem.column)
    except RecursionError:
        return CustomParse("error", None, _TOO_DEEP)
    except ValueError as exc:
        # _NotSendableNumberError from the number hooks above.
        return CustomParse("error", None, IN_CUSTOM_DATA.format(label=_LABEL, problem=_said(exc)))
    # json.dumps, and with it saving the lead, fails far below what json.loads
    # reads; refuse here, where the salesperson can still flatten it. Each level
    # opens a bracket: text with few brackets needn't be walked (an import
    # parses thousands of small objects).
    if _brackets(trimmed) > MAX_DEPTH and nested_deeper_than(value):
        return CustomParse("error", None, _TOO_DEEP)
    if not repair:
        return CustomParse("json", value)
    if "\\u" not in trimmed:
        # The text has no broken characters (repaired above) and no \u escape
        # that could make one: nothing inside to repair.
        return CustomParse("json", value, broken_characters=broken)
    value, broken_inside = storable_value(value)
    return CustomParse("json", value, broken_characters=broken or broken_inside)


def _brackets(text: str) -> int:
    """How many brackets ``text`` opens, in strings or not: at least its depth."""
    return text.count("{") + text.count("[")


# One decoder for every parse: json.loads builds a new one per call when given hooks.
_DECODER = json.JSONDecoder(
    parse_constant=_reject_constant, parse_float=_finite_float, parse_int=_bounded_int
)


def _said(exc: BaseException) -> str:
    """What the number hooks said (their ``Words``), else the exception's first line."""
    said = exc.args[0] if exc.args else None
    if isinstance(said, Words):
        return said
    text = str(exc).splitlines()[0] if str(exc) else ""
    return f"{text.rstrip('.')[:200]}." if text else _UNREADABLE
