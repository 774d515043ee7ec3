"""Words for people, written in the lower layers in English and translated by the UI.

``core`` has no Qt (DESIGN.md), yet the field catalogue, validation, key,
storage and network messages are read by salespeople in their own language.
Such text is written as ``QT_TRANSLATE_NOOP("Context", "English text")``:
the name Qt's ``lupdate`` looks for, so ``make translations`` extracts it
into the ``.ts`` files under its context. At run time the marker returns a
``Words``: a ``str`` equal to the English text (so logs, tests, exports and
the database keep reading English) that also knows its context and
template. A sentence with values is built with ``Words.format``, never by
joining fragments, so a translator sees whole sentences. The UI says it in
the user's language with ``ui.words.translated``.

Text that went through the database comes back as a plain ``str``:
``recognise`` finds the marked sentence it was made from (and the values
filled in), so a stored "What went wrong" is translated too. Nothing
branches on what it finds; it is only ever shown.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from functools import cache, lru_cache

__all__ = ["QT_TRANSLATE_NOOP", "Words", "english", "recognise"]

#: Month abbreviations of the English text (dates look alike whatever the locale).
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

_PLACEHOLDER = re.compile(r"\{(\w+)\}")


class Words(str):
    """English text the UI translates: the text itself, plus where it came from.

    ``context`` and ``template`` are what ``QCoreApplication.translate``
    needs; ``values`` fill the template's ``{name}`` placeholders (numbers,
    dates, times, other ``Words`` or plain text such as a host name). The
    ``str`` value is the English sentence with the values filled in.
    """

    context: str
    template: str
    values: Mapping[str, object]

    def __new__(
        cls, context: str, template: str, values: Mapping[str, object] | None = None
    ) -> Words:
        """Words ``template`` (in ``context``), with ``values`` filled in when given."""
        filled = dict(values or {})
        # Text without values is never formatted: it may hold braces ("start with {").
        text = (
            template.format_map(_Partly({k: english(v) for k, v in filled.items()}))
            if filled
            else template
        )
        self = super().__new__(cls, text)
        self.context = context
        self.template = template
        self.values = filled
        return self

    def format(self, *args: object, **values: object) -> Words:
        """The same words with ``values`` put into their ``{name}`` placeholders.

        Keywords only: a translation may put the values in another order.
        """
        if args:
            raise TypeError("Words.format takes keyword values only")
        return Words(self.context, self.template, {**self.values, **values})

    def __reduce__(self) -> tuple[object, ...]:
        return (Words, (self.context, self.template, dict(self.values)))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Words:
    """Mark ``text`` for translation in ``context``; it is remembered for ``recognise``."""
    words = Words(context, text)
    _REGISTRY.setdefault(text, words)
    return words


def english(value: object) -> str:
    """How a value reads in the English text: ``1,234``, ``10:42``, ``03 Mar 2026``."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}"
    if isinstance(value, dt.datetime):
        return f"{value:%Y-%m-%d %H:%M:%S}"
    if isinstance(value, dt.date):
        return f"{value.day:02d} {MONTHS[value.month - 1]} {value.year}"
    if isinstance(value, dt.time):
        return f"{value:%H:%M}"
    return str(value)


class _Partly(dict[str, str]):
    """Values for ``format_map`` that leave a placeholder without one as it is."""

    def __missing__(self, name: str) -> str:
        return "{" + name + "}"


#: Every marked text by its English template (first marked wins).
_REGISTRY: dict[str, Words] = {}


def recognise(text: str) -> Words | None:
    """The marked words ``text`` was made from, with its values, or None.

    For text that lost its ``Words`` on the way (read back from the
    database): an exact marked text, or a marked template whose fixed parts
    match, the longest such template first. The values come back as the
    text that filled them in (themselves recognised when shown). A template
    with no words of its own ("{date} {time}") is never guessed at: it would
    fit anything.
    """
    if isinstance(text, Words):
        return text
    exact = _REGISTRY.get(text)
    if exact is not None:
        return exact
    for template, anchor in _templates(len(_REGISTRY)):
        if anchor not in text:
            continue
        match = _pattern(template).fullmatch(text)
        if match is not None:
            words = _REGISTRY[template]
            return words.format(**match.groupdict())
    return None


@lru_cache(maxsize=1)
def _templates(_size: int) -> tuple[tuple[str, str], ...]:
    """(template, longest fixed part) for every template with values, the most
    specific (the most fixed text) first.

    Cached per registry size: a module imported later adds its templates.
    Only the fixed parts are worked out here; a template's pattern is
    compiled the first time its anchor is found in a text (``_pattern``):
    compiling all of them took ~20 ms of the first window's build.
    """
    found = []
    for template in _REGISTRY:
        parts = _PLACEHOLDER.split(template)
        if len(parts) == 1:
            continue
        fixed = parts[0::2]
        if not any(c.isalpha() for part in fixed for c in part):
            continue  # "{first} {second}", "✖ {problem}": they would match anything
        found.append((template, max(fixed, key=len), sum(map(len, fixed))))
    # The most specific template (the most fixed text) wins over a looser one.
    found.sort(key=lambda item: -item[2])
    return tuple((template, anchor) for template, anchor, _ in found)


@cache
def _pattern(template: str) -> re.Pattern[str]:
    """The pattern that matches ``template`` filled in, its values as named groups."""
    regex = []
    seen: set[str] = set()
    for index, part in enumerate(_PLACEHOLDER.split(template)):
        if index % 2 == 0:
            regex.append(re.escape(part))
        elif part in seen:
            regex.append(f"(?P={part})")
        else:
            seen.add(part)
            regex.append(f"(?P<{part}>.+?)")
    return re.compile("".join(regex), re.DOTALL)
