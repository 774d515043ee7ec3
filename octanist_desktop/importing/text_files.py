"""Turning the bytes of an exported file into text, whatever the exporter chose.

Spreadsheets and badge scanners write UTF-8 (with or without a byte-order
mark), UTF-16 ("Unicode text" from Excel) or the Windows code page 1252.
Latin-1 comes last because it never fails: any byte is some character, so a
file always opens and a wrong guess shows as odd letters in the preview, not
as an error.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from octanist_desktop.core.words import QT_TRANSLATE_NOOP

#: Refuse files larger than this: a lead export is never near it, and reading
#: a mistakenly chosen video into memory would freeze the machine.
MAX_FILE_BYTES = 200 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_GUESSES = ("utf-8", "cp1252", "latin-1")


class FileTooLarge(ValueError):
    """The chosen file is far larger than any lead export."""


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and the encoding it was read with (a Python codec name)."""

    text: str
    encoding: str

    @property
    def encoding_label(self) -> str:
        """The encoding as a person would name it, e.g. "UTF-8 with BOM"."""
        return {
            "utf-8-sig": "UTF-8 with BOM",
            "utf-8": "UTF-8",
            "utf-16": "UTF-16",
            "cp1252": "Windows-1252",
            "latin-1": "Latin-1",
        }.get(self.encoding, self.encoding)


def decode_text(data: bytes) -> DecodedText:
    """Decode ``data``: a byte-order mark decides, else UTF-8, then cp1252, then Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return DecodedText(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                break  # a BOM followed by garbage: fall through to the guesses
    for encoding in _GUESSES:
        try:
            return DecodedText(data.decode(encoding), encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def read_text_file(path: Path) -> DecodedText:
    """Read and decode a whole file; ``FileTooLarge`` or ``OSError`` when it can't be."""
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise FileTooLarge(
            QT_TRANSLATE_NOOP(
                "ImportFiles",
                "{file} is {size} MB; a lead export is far smaller. Is this the right file?",
            ).format(file=path.name, size=round(size / 1024 / 1024))
        )
    return decode_text(path.read_bytes())
