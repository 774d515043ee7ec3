"""Telling a badge scanner's typing from a person's: the rules, without Qt.

Rented badge scanners are USB or Bluetooth barcode readers in
"keyboard wedge" mode: they type the code as keystrokes, a few
milliseconds apart, and end with Enter. A person never keeps every gap
under ~60 ms for more than a few keys. So a *burst* — keystrokes whose
gaps are all shorter than ``WedgeRules.gap_s`` — that is long enough and
ends with Enter (or the scanner's configured suffix) is a scan.

A multi-line code (a vCard in a QR code) arrives as several lines, each
ended by Enter, all inside one burst; the burst ends with the first
silence longer than the gap.

Caps Lock inverts what a wedge scanner types: it holds Shift for a capital
and gets a small letter. Each keystroke carries whether Shift was held,
so a burst whose letters mostly disagree with Shift is read back inverted.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

#: Keystrokes further apart than this are a person typing.
DEFAULT_GAP_MS = 60
#: Shorter bursts are left alone: "ok⏎" typed quickly is not a badge.
DEFAULT_MIN_CHARS = 4
MIN_GAP_MS, MAX_GAP_MS = 10, 500
MAX_AFFIX_CHARS = 10

ENTER = "\n"


@dataclass(frozen=True, slots=True)
class WedgeRules:
    """What makes a burst of keystrokes a scan; the prefix and suffix are removed from it.

    ``prefix``/``suffix`` are what a scanner is set to type before and after
    each code (some send an AIM code such as ``]Q1``, some a Tab instead of
    Enter); empty means none.
    """

    gap_ms: int = DEFAULT_GAP_MS
    min_chars: int = DEFAULT_MIN_CHARS
    prefix: str = ""
    suffix: str = ""

    @property
    def gap_s(self) -> float:
        """The longest gap between a scanner's keystrokes, in seconds."""
        return self.gap_ms / 1000


def clean_gap_ms(value: object) -> int:
    """A stored gap setting as a usable number of milliseconds (the default when odd)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return DEFAULT_GAP_MS
    if not math.isfinite(value):
        return DEFAULT_GAP_MS
    return min(MAX_GAP_MS, max(MIN_GAP_MS, round(value)))


@dataclass(frozen=True, slots=True)
class Keystroke:
    """One key press: the text it types (``ENTER`` for Enter), when, and whether Shift was held."""

    text: str
    at: float
    shift: bool = False

    @property
    def is_enter(self) -> bool:
        """Whether this is the Enter key."""
        return self.text == ENTER


@dataclass(frozen=True, slots=True)
class Burst:
    """A scan read from a burst: its text (lines joined by newlines) and how it was typed.

    ``caps_inverted`` says the text was typed with Caps Lock on and has
    been turned back (``text`` is already corrected).
    """

    text: str
    caps_inverted: bool = False


def is_fast(previous: Keystroke | None, current: Keystroke, rules: WedgeRules) -> bool:
    """Whether ``current`` follows ``previous`` closely enough to belong to the same burst."""
    return previous is not None and current.at - previous.at < rules.gap_s


def read_burst(
    strokes: Sequence[Keystroke], rules: WedgeRules, *, need_end: bool = True
) -> Burst | None:
    """The scan in ``strokes`` (one burst), or None when it was a person typing.

    ``need_end=False`` is for a field meant for scanning, where a scanner
    that sends no Enter is expected: any long enough burst counts there.
    """
    if len(strokes) < 2:
        return None
    typed = "".join(stroke.text for stroke in strokes)
    body = _strip_affixes(typed, rules)
    if body is None:
        return None
    ended = typed.endswith(ENTER) or (bool(rules.suffix) and typed.endswith(rules.suffix))
    if need_end and not ended and ENTER not in typed:
        return None
    text = body.strip(ENTER)
    if len(text.replace(ENTER, "")) < rules.min_chars:
        return None
    inverted = caps_lock_inverted(strokes)
    return Burst(text.swapcase() if inverted else text, inverted)


def caps_lock_inverted(strokes: Sequence[Keystroke]) -> bool:
    """Whether most letters came out in the case opposite to the Shift key (Caps Lock was on).

    A scanner holds Shift for every capital; with Caps Lock on, Shift gives
    a small letter and no Shift a capital. Letters without case (digits,
    most non-Latin scripts) say nothing either way.
    """
    agree = disagree = 0
    for stroke in strokes:
        char = stroke.text
        if len(char) != 1 or char.lower() == char.upper():
            continue
        if char.isupper() == stroke.shift:
            agree += 1
        else:
            disagree += 1
    return disagree > agree


def _strip_affixes(typed: str, rules: WedgeRules) -> str | None:
    text = typed
    if rules.suffix:
        trimmed = text.rstrip(ENTER) if rules.suffix != ENTER else text
        if trimmed.endswith(rules.suffix):
            text = trimmed[: -len(rules.suffix)]
    if rules.prefix:
        start = text.lstrip(ENTER)
        if not start.startswith(rules.prefix):
            # A scanner set to send a prefix always sends it; a burst
            # without one is someone else typing (or a cut-off read).
            return None
        text = start[len(rules.prefix) :]
    return text
