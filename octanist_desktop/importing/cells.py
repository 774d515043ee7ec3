"""Making sense of one messy cell: placeholders, Excel guards, email wrappers, extensions.

Hand-typed sheets fill "nothing known" with ``N/A``, ``-``, ``TBC``, ``0``
or ``n.v.t.``; Excel exports protect numbers as ``="0612…"`` or ``'0612…``;
mail clients and CRMs export addresses as ``mailto:…``, ``Name <addr>``,
``=HYPERLINK("mailto:…";"…")`` or, from Exchange, an internal X.500 path
that is no email address at all. Google joins several values of one cell
with `` ::: ``. Each function here takes the cell as written and returns
what a lead should carry, plus a fact the preview can show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parseaddr

#: Cells that mean "nothing here", folded (case, spaces and dots ignored).
PLACEHOLDERS = frozenset(
    {
        "",
        "na",
        "n/a",
        "#n/a",
        "-",
        "--",
        "---",
        "–",
        "—",
        "_",
        "?",
        "??",
        "x",
        "0",
        "none",
        "null",
        "nil",
        "tbc",
        "tbd",
        "tba",
        "unknown",
        "notknown",
        "notprovided",
        "notgiven",
        "noemail",
        "nophone",
        "nvt",
        "ntb",
        "ka",
        "geen",
        "onbekend",
        "keine",
        "keineangabe",
        "unbekannt",
        "aucun",
        "aucune",
        "inconnu",
        "nc",
        "nd",
        "ninguno",
        "desconocido",
    }
)
#: What joins several values in one cell of a Google Contacts export.
MULTI_VALUE_SEPARATOR = " ::: "

_FOLD = re.compile(r"[\s.]+")
_EXCEL_GUARD = re.compile(r'\A="(.*)"\Z', re.DOTALL)
_HYPERLINK = re.compile(
    r'\A=\s*HYPERLINK\s*\(\s*"([^"]*)"\s*(?:[,;]\s*"([^"]*)"\s*)?\)\s*\Z', re.IGNORECASE
)
_MAILTO = re.compile(r"\Amailto:", re.IGNORECASE)
_X500 = re.compile(r"\A(?:ex:|x500:)?/o=", re.IGNORECASE)
_PLAIN_ADDRESS = re.compile(r"[^\s@<>,;]+@[^\s@<>,;]+")
_EMAIL_SPLIT = re.compile(r"\s*[;,]\s*|\s+:::\s+")
# "ext. 12", "x12", "#12", "poste 204", "Durchwahl 12", "toestel 3" at the end of a number.
_EXTENSION = re.compile(
    r"\s*(?:,|;)?\s*(?:(?:ext|extn|extension|poste|p|durchwahl|dw|durchw|toestel|tst|tel|interno|"
    r"int)\.?\s*:?\s*|(?<=[\d\s)])x\s*|#\s*)(\d{1,6})\s*\Z",
    re.IGNORECASE,
)


def unguard(cell: str) -> str:
    """The cell without Excel's text guards (``="…"``, a leading ``'``) and outer spaces."""
    text = cell.strip()
    guarded = _EXCEL_GUARD.match(text)
    if guarded:
        text = guarded.group(1).strip()
    if text.startswith("'"):
        text = text[1:].strip()
    return text


def is_placeholder(cell: str) -> bool:
    """True for a cell that only says "nothing known" ("N/A", "-", "TBC", "0", "n.v.t.")."""
    text = cell.strip()
    if len(text) > 16:
        return False
    folded = text.casefold()
    if folded in PLACEHOLDERS:
        return True
    # "n.v.t.", "N / A", "k. A.": only then is the slower folding worth it.
    return (" " in folded or "." in folded) and _FOLD.sub("", folded) in PLACEHOLDERS


def first_value(cell: str) -> tuple[str, tuple[str, ...]]:
    """The first of a cell's `` ::: ``-joined values, and the rest."""
    if MULTI_VALUE_SEPARATOR not in cell:
        return cell, ()
    parts = [part.strip() for part in cell.split(MULTI_VALUE_SEPARATOR)]
    values = [part for part in parts if part]
    return (values[0], tuple(values[1:])) if values else ("", ())


class EmailNote:
    """What happened to an email cell (a code the preview turns into words)."""

    EXCHANGE = "exchange"  # an Exchange X.500 path, not an address: dropped
    EXTRACTED = "extracted"  # the address was taken out of a wrapper


@dataclass(frozen=True, slots=True)
class CleanEmail:
    """An email cell cleaned: ``address`` ("" for none), the others, and ``note``.

    ``others`` are further addresses in the same cell; ``note`` is one of
    ``EmailNote`` or "".
    """

    address: str
    others: tuple[str, ...] = ()
    note: str = ""


def clean_email(cell: str) -> CleanEmail:
    """The address in an email cell, whatever wraps it; placeholders are empty."""
    text = unguard(cell)
    if is_placeholder(text):
        return CleanEmail("")
    hyperlink = _HYPERLINK.match(text)
    wrapped = False
    if hyperlink:
        target, label = hyperlink.group(1).strip(), (hyperlink.group(2) or "").strip()
        text = target if "@" in target else label
        wrapped = True
    if _X500.match(text):
        return CleanEmail("", note=EmailNote.EXCHANGE)
    parts = [part for part in _EMAIL_SPLIT.split(text) if part] if "@" in text else [text]
    addresses: list[str] = []
    for part in parts:
        address, was_wrapped = _one_address(part)
        wrapped = wrapped or was_wrapped
        if address and not is_placeholder(address) and address not in addresses:
            addresses.append(address)
    if not addresses:
        return CleanEmail("")
    return CleanEmail(addresses[0], tuple(addresses[1:]), EmailNote.EXTRACTED if wrapped else "")


def _one_address(part: str) -> tuple[str, bool]:
    text = part.strip()
    if _MAILTO.match(text):
        return text[7:].split("?", 1)[0].strip(), True
    if "<" in text and ">" in text:
        _name, address = parseaddr(text)
        if address:
            return _MAILTO.sub("", address).split("?", 1)[0].strip(), True
    if " " in text and "@" in text:
        # "Anna de Vries anna@x.nl" or "anna@x.nl (work)": the one word with an @.
        found = _PLAIN_ADDRESS.search(text)
        if found:
            return found.group(0).strip("()[]\"'"), True
    return text, False


@dataclass(frozen=True, slots=True)
class CleanPhone:
    """A phone cell cleaned: the number, its extension ("" for none), further numbers."""

    number: str
    extension: str = ""
    others: tuple[str, ...] = ()


def clean_phone(cell: str) -> CleanPhone:
    """The number in a phone cell, with an extension split off; placeholders are empty."""
    text, others = first_value(unguard(cell))
    text = unguard(text)
    if is_placeholder(text):
        return CleanPhone("", others=others)
    if text[:4].casefold() == "tel:":
        text = text[4:].strip()
    extension = ""
    match = _EXTENSION.search(text)
    # Only where what is left still has a number's worth of digits: "x12" alone is no phone.
    if match and sum(c.isdigit() for c in text[: match.start()]) >= 6:
        extension = match.group(1)
        text = text[: match.start()].rstrip(" ,;-/")
    return CleanPhone(text, extension, others)


def clean_name(cell: str) -> str:
    """A name cell (or part of one): guards removed, placeholders empty."""
    text = unguard(cell)
    return "" if is_placeholder(text) else text


def clean_text(cell: str) -> str:
    """Any other cell: Excel's guards removed, otherwise as written ("0" may be an answer)."""
    return unguard(cell) if cell[:2] == '="' or cell[:1] == "'" else cell.strip()
