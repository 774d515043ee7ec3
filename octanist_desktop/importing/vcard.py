"""Reading vCards (2.1, 3.0, 4.0) as leads: from a .vcf file or the clipboard.

Phones, mail clients and CRMs each write their own dialect: Android and
Outlook write 2.1 with ``QUOTED-PRINTABLE`` lines broken by a bare ``=`` and
``CHARSET=`` per line, Apple writes 3.0 with ``item1.`` groups and
``TYPE=INTERNET,pref``, newer tools write 4.0 with ``PREF=1`` and
``tel:`` URIs. Lines are unfolded here (vobject's own unfolding re-reads
a quoted-printable value at every soft line break, which makes a long
2.1 note quadratic); vobject parses each line (parameters,
quoted-printable, charsets); the values are unescaped here, because
vobject's own text behaviour cuts a value at its first unescaped comma, and
2.1 never escapes commas ("Met at the booth, wants a demo").

Cards are split apart before parsing, so one damaged card in a file of many
is reported on its own and the rest still import.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.importing.csv_table import CsvTable
from octanist_desktop.importing.text_files import DecodedText, decode_text, read_text_file

_BEGIN = re.compile(r"\s*BEGIN\s*:\s*VCARD\s*$", re.IGNORECASE)
_END = re.compile(r"\s*END\s*:\s*VCARD\s*$", re.IGNORECASE)
# Blank space (and a byte-order mark), then a BEGIN:VCARD line; "[^\S\n]" is
# whitespace within the line. One class up front, so a long blank run can't backtrack.
_STARTS_WITH_BEGIN = re.compile(
    r"[\s\ufeff]*BEGIN[^\S\n]*:[^\S\n]*VCARD[^\S\n]*(?:\n|$)", re.IGNORECASE
)
_LOOK_AHEAD_CHARS = 1 << 20
_PIECE_CHARS = 64 * 1024
_ESCAPE = re.compile(r"\\(.)", re.DOTALL)
_UNESCAPED = {"n": "\n", "N": "\n"}
_NO_PREFERENCE = 101  # vCard 4.0 PREF runs 1 (most preferred) to 100
_MAX_REASON_CHARS = 160

#: The columns a vCard becomes, named so the usual header matching maps them.
VCARD_COLUMNS = ("Name", "Email", "Phone", "Company", "Department", "Title", "Note", "Website")


class VCardError(ValueError):
    """The text holds no vCard at all, or the one card it holds can't be read."""


@dataclass(frozen=True, slots=True)
class VCardContact:
    """The lead-relevant parts of one card; "" where the card has nothing."""

    name: str = ""
    email: str = ""
    phone: str = ""
    company: str = ""
    department: str = ""
    title: str = ""
    note: str = ""
    website: str = ""

    def cells(self) -> tuple[str, ...]:
        """The values in ``VCARD_COLUMNS`` order."""
        return (
            self.name,
            self.email,
            self.phone,
            self.company,
            self.department,
            self.title,
            self.note,
            self.website,
        )

    def draft(self) -> dict[str, object]:
        """The form fields this card fills (name always, to replace a pasted card's text)."""
        draft: dict[str, object] = {"name": self.name}
        for key in ("email", "phone", "note", "website"):
            value = getattr(self, key)
            if value:
                draft[key] = value
        return draft

    def custom(self) -> dict[str, object]:
        """What goes into the lead's custom data: company, department, title."""
        extra = {"company": self.company, "department": self.department, "title": self.title}
        return {key: value for key, value in extra.items() if value}


@dataclass(frozen=True, slots=True)
class VCardReading:
    """Every card of a text, in order: a contact, or why that card couldn't be read."""

    cards: tuple[VCardContact | str, ...]

    @property
    def contacts(self) -> list[VCardContact]:
        """The cards that could be read."""
        return [card for card in self.cards if isinstance(card, VCardContact)]

    @property
    def problems(self) -> list[str]:
        """One sentence per card that couldn't be read."""
        return [card for card in self.cards if isinstance(card, str)]


def looks_like_vcard(text: str) -> bool:
    """True for text that starts (after blank space) with ``BEGIN:VCARD``.

    Looks at the first megabyte at most: quick on a clipboard of any size.
    """
    return bool(_STARTS_WITH_BEGIN.match(text, 0, _LOOK_AHEAD_CHARS))


def read_vcards(text: str) -> VCardReading:
    """Every card in ``text``; ``VCardError`` if there is no ``BEGIN:VCARD`` at all."""
    chunks = _split_cards(text)
    if not chunks:
        raise VCardError(
            QT_TRANSLATE_NOOP("ImportFiles", "This holds no vCard: there is no BEGIN:VCARD line.")
        )
    cards: list[VCardContact | str] = []
    for number, (chunk, closed) in enumerate(chunks, start=1):
        if not closed:
            cards.append(
                QT_TRANSLATE_NOOP(
                    "ImportFiles", "Card {number} is cut off: its END:VCARD line is missing."
                ).format(number=number)
            )
            continue
        try:
            cards.append(_parse_card(chunk))
        except VCardError as exc:
            cards.append(
                QT_TRANSLATE_NOOP("ImportFiles", "Card {number} can't be read: {reason}").format(
                    number=number, reason=str(exc)
                )
            )
    return VCardReading(tuple(cards))


def read_one_vcard(text: str) -> tuple[VCardContact, int]:
    """The first card of pasted ``text`` and how many cards the text holds.

    Only the first card is parsed: a clipboard holding a whole address book
    costs one card's work and a count. Raises ``VCardError`` with a sentence
    for the user when that card can't be read.
    """
    cards = _cards_in(text)
    first = next(cards, None)
    if first is None:
        raise VCardError(
            QT_TRANSLATE_NOOP("ImportFiles", "This holds no vCard: there is no BEGIN:VCARD line.")
        )
    chunk, closed = first
    if not closed:
        raise VCardError(
            QT_TRANSLATE_NOOP(
                "ImportFiles", "Card {number} is cut off: its END:VCARD line is missing."
            ).format(number=1)
        )
    try:
        card = _parse_card(chunk)
    except VCardError as exc:
        raise VCardError(
            QT_TRANSLATE_NOOP("ImportFiles", "Card {number} can't be read: {reason}").format(
                number=1, reason=str(exc)
            )
        ) from None
    return card, 1 + sum(1 for _ in cards)


def _split_cards(text: str) -> list[tuple[str, bool]]:
    """Each top-level card's text and whether it was closed (nested AGENT cards stay inside)."""
    return list(_cards_in(text))


def _cards_in(text: str) -> Iterator[tuple[str, bool]]:
    """``_split_cards``, one card at a time."""
    lines: list[str] = []
    depth = 0
    for line in _lines(text.lstrip("\ufeff")):
        if _BEGIN.match(line):
            depth += 1
        if depth:
            lines.append(line)
        if depth and _END.match(line):
            depth -= 1
            if depth == 0:
                yield "\r\n".join(lines) + "\r\n", True
                lines = []
    if lines:
        yield "\r\n".join(lines) + "\r\n", False


def _lines(text: str) -> Iterator[str]:
    """``text.splitlines()``, a piece at a time.

    One ``splitlines`` over megabytes holds the interpreter for tens of
    milliseconds, and the GUI thread waits that long for its next turn; a
    piece ends just after a newline, so the lines are the same.
    """
    start = 0
    while start < len(text):
        cut = text.find("\n", start + _PIECE_CHARS)
        end = len(text) if cut < 0 else cut + 1
        yield from text[start:end].splitlines()
        start = end


def _parse_card(chunk: str) -> VCardContact:
    try:
        lines = _content_lines(chunk)
    except Exception as exc:
        # vobject raises ParseError for bad lines, LookupError for an unknown
        # CHARSET, UnicodeDecodeError for quoted-printable in the wrong one.
        raise VCardError(_reason(exc)) from None
    by_name: dict[str, list[_Line]] = {}
    for position, line in enumerate(lines):
        name = str(getattr(line, "name", "")).upper()
        by_name.setdefault(name, []).append(_Line.of(line, position))
    full_name = _first_text(by_name, "FN") or _name_from_n(by_name)
    org = _structured(by_name["ORG"][0].value) if "ORG" in by_name else []
    return VCardContact(
        name=full_name,
        email=_best(by_name.get("EMAIL", []), prefer=("work",)),
        phone=_phone(_best(by_name.get("TEL", []), prefer=("cell", "mobile"), types_first=True)),
        company=org[0] if org else "",
        department=", ".join(part for part in org[1:] if part),
        title=_first_text(by_name, "TITLE"),
        note=_first_text(by_name, "NOTE"),
        website=_best(by_name.get("URL", []), prefer=("work",)),
    )


def _content_lines(chunk: str) -> list[object]:
    """The card's own property lines (not a nested AGENT card's), values still escaped.

    Line by line rather than ``vobject.readComponents``: a component applies
    vobject's text behaviour, which cuts values at commas (see the module
    notes). Each ``ContentLine`` decodes quoted-printable and CHARSET.
    """
    # Here, not at the top: telling whether a clipboard holds a vCard must not
    # load vobject on the GUI thread; reading one happens on the task pool.
    import vobject.base  # type: ignore[import-untyped]

    lines: list[object] = []
    depth = 0
    for text, number in _logical_lines(chunk):
        line = vobject.base.textLineToContentLine(text, number)
        name = str(line.name).upper()
        if name == "BEGIN":
            depth += 1
        elif name == "END":
            depth -= 1
        elif depth == 1:
            lines.append(line)
    return lines


def _logical_lines(chunk: str) -> Iterator[tuple[str, int]]:
    """The chunk's logical lines and the number of the physical line each starts on.

    Unfolds as vCard readers do: a line starting with a space or tab
    continues the one before (without that character); in a line that names
    quoted-printable, a trailing ``=`` is a 2.1 soft line break, joined with
    a newline for the decoder to drop; a blank line ends a logical line.
    Linear: each physical line is looked at once.
    """
    parts: list[str] = []
    start = 0  # numbered as vobject numbers them, for its error messages
    quoted = soft_break = False
    for number, raw in enumerate(chunk.split("\n"), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if parts:
                yield "".join(parts), start
            parts, start, quoted, soft_break = [], number, False, False
            continue
        if soft_break:
            parts += ("\n", line)
        elif line[0] in " \t":
            parts.append(line[1:])
        elif parts:
            yield "".join(parts), start
            parts, start, quoted = [line], number, False
        else:
            parts, quoted = [line], False
        # 2.1 may name the encoding without ENCODING= ("NOTE;QUOTED-PRINTABLE:").
        quoted = quoted or "quoted-printable" in line.lower()
        soft_break = quoted and line.endswith("=")
    if parts:
        yield "".join(parts), start


def _reason(exc: Exception) -> str:
    if isinstance(exc, UnicodeDecodeError):
        return QT_TRANSLATE_NOOP(
            "ImportFiles",
            "some of its text isn't in the character set the card names ({charset}).",
        ).format(charset=exc.encoding)
    if isinstance(exc, LookupError):
        return QT_TRANSLATE_NOOP(
            "ImportFiles", "it names a character set this app doesn't know ({charset})."
        ).format(charset=str(exc))
    text = str(exc).strip() or type(exc).__name__
    text = text if len(text) <= _MAX_REASON_CHARS else f"{text[:_MAX_REASON_CHARS]}…"
    return text if text.endswith(".") else f"{text}."


@dataclass(frozen=True, slots=True)
class _Line:
    """One property: its raw value, its TYPE words (lower case) and its preference."""

    value: str
    types: frozenset[str]
    preference: int
    position: int

    @classmethod
    def of(cls, line: object, position: int) -> _Line:
        params: dict[str, list[str]] = getattr(line, "params", {}) or {}
        words: set[str] = set()
        for raw in [*params.get("TYPE", []), *(getattr(line, "singletonparams", []) or [])]:
            words.update(w.strip().strip('"').lower() for w in str(raw).split(","))
        preference = _NO_PREFERENCE
        for raw in params.get("PREF", []):
            if str(raw).strip().isdigit():
                preference = min(preference, int(str(raw).strip()))
        if "pref" in words:
            preference = min(preference, 1)
        value = getattr(line, "value", "")
        return cls(value if isinstance(value, str) else "", frozenset(words), preference, position)


def _unescape(value: str) -> str:
    text = _ESCAPE.sub(lambda m: _UNESCAPED.get(m.group(1), m.group(1)), value)
    return text.replace("\r\n", "\n").replace("\r", "\n").strip()


def _structured(value: str) -> list[str]:
    """The parts of N or ORG: split at unescaped semicolons, each unescaped."""
    parts = re.split(r"(?<!\\);", value)
    return [_unescape(part) for part in parts]


def _first_text(by_name: dict[str, list[_Line]], name: str) -> str:
    for line in by_name.get(name, []):
        text = _unescape(line.value)
        if text:
            return text
    return ""


def _name_from_n(by_name: dict[str, list[_Line]]) -> str:
    if "N" not in by_name:
        return ""
    parts = _structured(by_name["N"][0].value) + [""] * 5
    family, given, additional, prefix, suffix = parts[:5]
    return " ".join(p for p in (prefix, given, additional, family, suffix) if p)


def _best(lines: list[_Line], *, prefer: tuple[str, ...], types_first: bool = False) -> str:
    """The most preferred non-empty value: PREF (or TYPE=pref), then ``prefer`` types.

    With ``types_first`` the ``prefer`` types come before PREF (a mobile
    number beats a preferred desk phone at a trade show).
    """
    usable = [line for line in lines if _unescape(line.value)]
    if not usable:
        return ""

    def rank(line: _Line) -> tuple[int, int, int]:
        typed = 0 if line.types.intersection(prefer) else 1
        if types_first:
            return typed, line.preference, line.position
        return line.preference, typed, line.position

    return _unescape(min(usable, key=rank).value)


def _phone(value: str) -> str:
    """A number as a person writes it: no ``tel:`` scheme, an extension as "ext. 12"."""
    if value[:4].lower() == "tel:":
        number, _, params = value[4:].partition(";")
        extension = next((p[4:] for p in params.split(";") if p.lower().startswith("ext=")), "")
        return f"{number} ext. {extension}" if extension else number
    return value


def vcard_table(reading: VCardReading, encoding: DecodedText | None = None) -> CsvTable:
    """The cards as a table the CSV import can check and import (a row per card)."""
    rows: list[tuple[str, ...]] = []
    problems: dict[int, str] = {}
    empty = ("",) * len(VCARD_COLUMNS)
    for index, card in enumerate(reading.cards):
        if isinstance(card, VCardContact):
            rows.append(card.cells())
        else:
            rows.append(empty)
            problems[index] = card
    return CsvTable(
        VCARD_COLUMNS,
        tuple(rows),
        tuple(range(1, len(rows) + 1)),
        encoding.encoding if encoding else "utf-8",
        ",",
        encoding.encoding_label if encoding else "UTF-8",
        problems,
        is_vcard=True,
    )


def read_vcard_bytes(data: bytes) -> CsvTable:
    """Decode a .vcf file's bytes and read its cards as a table (``VCardError`` if none)."""
    decoded = decode_text(data)
    return vcard_table(read_vcards(decoded.text), decoded)


def read_vcard_file(path: Path) -> CsvTable:
    """Read a .vcf file's cards as a table (``OSError``/``VCardError``/``FileTooLarge``)."""
    decoded = read_text_file(path)
    return vcard_table(read_vcards(decoded.text), decoded)
