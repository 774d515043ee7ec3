"""A pseudo-translation for finding text that would be cut off in a longer language.

Every string comes out about 40 % longer, with accents and brackets —
"Send lead" becomes "[Šéñð ļéåð ~~]" — so a label that has no room for
Dutch or German shows it at once, and text that never went through
``tr()`` stands out by having neither. Placeholders (``{name}``, ``%n``,
``%1``), HTML tags, entities and ``&&`` stay as they are, so the
translated text still formats and renders. Used by the "nothing cut off"
test and ``OCTANIST_LANGUAGE=pseudo``.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QTranslator

#: How much longer the pseudo-translation is than its source (German runs ~30 % longer).
GROWTH = 0.4

_ACCENTS = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "åƀçðéƒĝĥîĵķļṁñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ",
)
# What must survive untouched: placeholders, Qt's %-arguments, markup, && (a literal &).
# German's longer words: "Datenschutzerklärung" has 20 letters.
_WORD = 12
_KEEP = re.compile(r"\{\w*\}|\{\{|\}\}|%L?\d+|%L?n|<[^>]*>|&\w+;|&&")


def pseudo(text: str) -> str:
    """``text`` accented, bracketed and padded to about 1.4× its length."""
    if not text:
        return text
    pieces = []
    visible = 0
    position = 0
    for match in _KEEP.finditer(text):
        plain = text[position : match.start()]
        pieces.append(plain.translate(_ACCENTS))
        visible += len(plain)
        pieces.append(match.group())
        if not match.group().startswith("<"):
            visible += 1  # a value or a character will stand there
        position = match.end()
    plain = text[position:]
    pieces.append(plain.translate(_ACCENTS))
    visible += len(plain)
    extra = math.ceil(visible * GROWTH)
    padding = " " + _padding(extra - 3) if extra > 3 else ""
    return "[" + "".join(pieces) + padding + "]"


def _padding(length: int) -> str:
    """``length`` characters of "~", in words a line can break between.

    Translations are longer in more words, not in one word of forty letters:
    a single run of "~" would be wider than any wrapping label may be.
    """
    words = []
    while length > 0:
        word = min(length, _WORD)
        words.append("~" * word)
        length -= word + 1
    return " ".join(words)


class PseudoTranslator(QTranslator):
    """Answers every translation request, Qt's own included, with ``pseudo(source)``."""

    def translate(
        self,
        context: str,
        source_text: str,
        disambiguation: str | None = None,
        n: int = -1,
    ) -> str:
        """The pseudo-translation of ``source_text``."""
        return pseudo(source_text)

    def isEmpty(self) -> bool:
        """Never empty: it translates everything."""
        return False
