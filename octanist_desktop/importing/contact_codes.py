"""Reading contact codes — MECARD, BIZCARD and vCard text — as contacts.

Badge scanners and QR readers hand over one code per scan, usually one per
line when saved to a file: ``MECARD:N:Doe,Jane;TEL:+31…;EMAIL:…;;`` (NTT
Docomo's format, common on conference badges), ``BIZCARD:N:Jane;X:Doe;…;;``
or a whole vCard. The same parser serves a file of codes, pasted text and a
single scanned badge:

* ``read_contact_code(text)`` — one code → a ``Contact`` (``ContactCodeError``
  with a sentence for the user when it can't be read);
* ``read_contact_codes(text)`` — every code in a text, in order, each a
  ``Contact`` or the reason it couldn't be read;
* ``looks_like_contact_codes(text)`` — whether a text starts with one.

No Qt and no files: text in, contact fields out.
"""

from __future__ import annotations

import re

from octanist_desktop.core.words import QT_TRANSLATE_NOOP
from octanist_desktop.importing.vcard import (
    VCardContact,
    VCardError,
    VCardReading,
    looks_like_vcard,
    read_vcards,
)

__all__ = [
    "Contact",
    "ContactCodeError",
    "looks_like_contact_codes",
    "read_contact_code",
    "read_contact_codes",
]

#: The fields a code fills (the vCard reader's contact, so every reader gives the same thing).
Contact = VCardContact

_PREFIX = re.compile(r"\s*(MECARD|BIZCARD)\s*:", re.IGNORECASE)
_MAX_SHOWN = 40


class ContactCodeError(ValueError):
    """The text is no contact code, or one that holds no name, email or phone."""


def looks_like_contact_codes(text: str) -> bool:
    """True for text whose first non-blank line is a MECARD, BIZCARD or vCard."""
    stripped = text.lstrip("\ufeff \t\r\n")
    return bool(_PREFIX.match(stripped)) or looks_like_vcard(stripped)


def read_contact_code(text: str) -> Contact:
    """The contact in one code (MECARD, BIZCARD or vCard)."""
    stripped = text.strip().lstrip("\ufeff")
    if looks_like_vcard(stripped):
        try:
            reading = read_vcards(stripped)
        except VCardError as exc:
            raise ContactCodeError(str(exc)) from None
        first = reading.cards[0]
        if isinstance(first, str):
            raise ContactCodeError(first)
        return first
    match = _PREFIX.match(stripped)
    if not match:
        shown = stripped if len(stripped) <= _MAX_SHOWN else f"{stripped[:_MAX_SHOWN]}…"
        raise ContactCodeError(
            QT_TRANSLATE_NOOP(
                "ImportFiles", "“{text}” is not a contact code (MECARD, BIZCARD or vCard)."
            ).format(text=shown)
        )
    fields = _fields(stripped[match.end() :])
    contact = _mecard(fields) if match.group(1).upper() == "MECARD" else _bizcard(fields)
    if not (contact.name or contact.email or contact.phone):
        raise ContactCodeError(
            QT_TRANSLATE_NOOP("ImportFiles", "This code holds no name, email or phone.")
        )
    return contact


def read_contact_codes(text: str) -> VCardReading:
    """Every code in ``text``: vCards as blocks, MECARD and BIZCARD one per line.

    Lines that are no code become entries saying so, so a damaged scan is
    reported in its place and the rest still import.
    """
    lines = text.lstrip("\ufeff").splitlines()
    if not any(_PREFIX.match(line) for line in lines):
        return read_vcards(text)  # a plain .vcf: its cards numbered as cards
    cards: list[Contact | str] = []
    block: list[str] = []
    depth = start = 0
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if depth or looks_like_vcard(stripped):
            block.append(line)
            if stripped.upper().startswith("BEGIN:VCARD"):
                depth += 1
                start = start or number
            elif stripped.upper().startswith("END:VCARD"):
                depth -= 1
                if depth == 0:
                    cards.append(_one_vcard(block, start))
                    block, start = [], 0
            continue
        if not stripped:
            continue
        try:
            cards.append(read_contact_code(stripped))
        except ContactCodeError as exc:
            cards.append(
                QT_TRANSLATE_NOOP("ImportFiles", "Line {number}: {problem}").format(
                    number=number, problem=str(exc)
                )
            )
    if block:
        cards.append(_one_vcard(block, start))
    return VCardReading(tuple(cards))


def _one_vcard(block: list[str], line: int) -> Contact | str:
    """One vCard among other codes; a problem is told by the line the card starts on."""
    card = read_vcards("\n".join(block)).cards[0]
    if isinstance(card, str):
        return f"Line {line}: {card.replace('Card 1 ', 'the vCard ', 1)}"
    return card


def _fields(body: str) -> list[tuple[str, str]]:
    """``KEY:value;KEY:value;;`` split at unescaped semicolons, values unescaped."""
    fields: list[tuple[str, str]] = []
    current: list[str] = []
    escaped = False
    for char in body:
        if escaped:
            current.append(char)
            escaped = False
        elif char == "\\":
            escaped = True
        elif char == ";":
            fields.append(_key_value("".join(current)))
            current = []
        else:
            current.append(char)
    if current:
        fields.append(_key_value("".join(current)))
    return [(key, value) for key, value in fields if key]


def _key_value(item: str) -> tuple[str, str]:
    key, _colon, value = item.partition(":")
    return key.strip().upper(), value.strip()


def _first(fields: list[tuple[str, str]], *keys: str) -> str:
    for wanted in keys:
        for key, value in fields:
            if key == wanted and value:
                return value
    return ""


def _mecard(fields: list[tuple[str, str]]) -> Contact:
    # N is "Last,First" (a comma between the parts); some scanners write one name.
    family, _comma, given = _first(fields, "N").partition(",")
    name = " ".join(part.strip() for part in (given, family) if part.strip())
    notes = [value for key, value in fields if key in ("NOTE", "MEMO") and value]
    return Contact(
        name=name or _first(fields, "NICKNAME"),
        email=_first(fields, "EMAIL"),
        phone=_first(fields, "TEL", "TEL-AV"),
        company=_first(fields, "ORG"),
        title=_first(fields, "TITLE"),
        note="\n".join(notes),
        website=_first(fields, "URL"),
    )


def _bizcard(fields: list[tuple[str, str]]) -> Contact:
    # N first name, X last name, T title, C company, B business phone, M mobile, E email.
    name = " ".join(part for part in (_first(fields, "N"), _first(fields, "X")) if part)
    return Contact(
        name=name,
        email=_first(fields, "E"),
        phone=_first(fields, "M", "B"),
        company=_first(fields, "C"),
        title=_first(fields, "T"),
    )
