"""Opening any import file: contact codes (vCard, MECARD, BIZCARD) by content, else CSV."""

from __future__ import annotations

from pathlib import Path

from octanist_desktop.importing.contact_codes import looks_like_contact_codes, read_contact_codes
from octanist_desktop.importing.csv_table import CsvTable, parse_csv_text
from octanist_desktop.importing.text_files import DecodedText, read_text_file
from octanist_desktop.importing.vcard import vcard_table

#: File-name patterns for the file choosers.
CSV_PATTERNS = "*.csv *.txt *.tsv"
VCARD_PATTERNS = "*.vcf *.vcard"


def read_import_file(path: Path) -> CsvTable:
    """The rows of a CSV export, or the contacts of a vCard or badge-code file, as a table.

    Raises ``OSError`` when the file can't be read, and a ``ValueError``
    (``NotATable``, ``VCardError``, ``FileTooLarge``) with a sentence for the
    user when its content can't be used.
    """
    return read_import_text(read_text_file(path))


def read_import_text(decoded: DecodedText) -> CsvTable:
    """Decoded text (a file's, or pasted) as a table: contact codes first, else CSV."""
    if looks_like_contact_codes(decoded.text):
        return vcard_table(read_contact_codes(decoded.text), decoded)
    return parse_csv_text(
        decoded.text, encoding=decoded.encoding, encoding_label=decoded.encoding_label
    )
